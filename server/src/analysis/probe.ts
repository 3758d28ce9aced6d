/**
 * A cheap look at the start of a file, before anything is parsed: does it hold prose at all? A
 * workspace that is not a folder of articles (a code repository with logs, CSV files, requirement
 * lists, licences) must cost next to nothing, so every candidate file's first few kilobytes are
 * read and only files that show prose there are read in full and analysed.
 *
 * The test is deliberately generous: it only turns away what cannot be an article (no prose
 * paragraph in the window, or too few words in a file read whole), never a real article, whatever
 * its language (a non-English article still gets its notice from the full analysis). Pure.
 */

/** How much of a file is looked at before deciding. */
export const PROBE_BYTES = 4096;

export type ProbeVerdict =
  | { candidate: true; reason: string }
  | { candidate: false; reason: string }
  /** NUL bytes or many control characters: the analysis gives its binary notice without the rest. */
  | { candidate: false; binary: true; reason: string };

const SOURCE_HEADER = /^\s*[-*•]?\s*Source\s*:\s*\S+\s*$/i;
/** A log line: a timestamp, a bracketed time or a level word first. */
const LOG_LINE = /^\s*(?:\[?\d{1,4}[-/.:]\d{1,2}|\[?\d{2}:\d{2}|\[?(?:TRACE|DEBUG|INFO|NOTICE|WARN|WARNING|ERROR|ERR|FATAL|CRITICAL)\b)/i;
/** Sentence ends of the scripts an article may be written in. */
const SENTENCE_END = /[.!?。！？।۔។။؟]["”’»)\]]*(?:\s|$)/u;

const LETTER = /\p{L}/u;

/** Letters and words of a text in one pass (ASCII without a regular expression: most files are ASCII). */
function count(text: string): { letters: number; words: number; visible: number } {
  let letters = 0;
  let words = 0;
  let visible = 0;
  // Letters of scripts beyond Latin: scripts written without spaces count by characters (./structure.ts).
  let dense = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const isLetter = c < 128 ? (c >= 65 && c <= 90) || (c >= 97 && c <= 122) : c > 0xbf && LETTER.test(text[i]);
    if (isLetter) {
      letters++;
      if (c > 0x24f) dense++;
      if (!inWord) words++;
      inWord = true;
    } else if (!(inWord && (c === 39 || c === 45 || c === 0x2019))) inWord = false;
    if (c > 32) visible++;
  }
  // At least as many words as the analysis counts (it adds Han and kana by two, South-east Asian by four).
  return { letters, words: words + Math.floor(dense / 2), visible };
}

/** Whether a paragraph (lines between blank lines, log lines removed) reads as prose. */
function isProse(lines: readonly string[]): boolean {
  const text = lines.join(' ');
  const { letters: l, visible } = count(text);
  if (l < 80) return false;
  if (l / visible < 0.6) return false;
  const separators = (text.match(/[,;\t|]/g) ?? []).length;
  if (separators > l / 15) return false;
  const meanLine = lines.reduce((n, s) => n + s.trim().length, 0) / lines.length;
  return SENTENCE_END.test(text) || meanLine >= 60;
}

/**
 * Judges the start of a file. `complete` says the head is the whole file (so a word count is
 * final); `minWords` is the analysis's own minimum of prose words.
 */
export function probeText(head: string, complete: boolean, minWords = 40): ProbeVerdict {
  const sample = head.slice(0, 65536);
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c === 0) return { candidate: false, binary: true, reason: 'a NUL byte' };
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 0xfffd) control++;
  }
  // A truncated head may end inside a multi-byte character: one replacement character is no sign.
  if (sample.length && (control - 1) / sample.length > 0.05) return { candidate: false, binary: true, reason: 'control characters' };

  const lines = sample.split(/\r\n|\r|\n/);
  const firstLines = lines.filter((l) => l.trim()).slice(0, 3);
  if (firstLines.some((l) => SOURCE_HEADER.test(l))) return { candidate: true, reason: 'a Source header' };
  if (complete) {
    // Words counted as the analysis counts them (runs of letters), or more: when even these are
    // too few, the analysis would turn the file away too.
    const { words } = count(sample);
    if (words < minWords) return { candidate: false, reason: `too few words (${words})` };
  }
  let paragraph: string[] = [];
  const flush = (): boolean => {
    const prose = paragraph.length > 0 && isProse(paragraph);
    paragraph = [];
    return prose;
  };
  // The last line of a truncated head may be cut short: it still counts as part of its paragraph.
  for (const line of lines) {
    if (!line.trim() || LOG_LINE.test(line)) {
      if (flush()) return { candidate: true, reason: 'a paragraph of prose' };
      continue;
    }
    paragraph.push(line);
  }
  if (flush()) return { candidate: true, reason: 'a paragraph of prose' };
  return { candidate: false, reason: complete ? 'no paragraph of prose' : `no paragraph of prose in the first ${Math.round(PROBE_BYTES / 1024)} KB` };
}
