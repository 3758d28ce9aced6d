/**
 * Reads the layout of a news article saved as plain text: an optional `- Source: domain` header,
 * a title, section headings, paragraphs, a closing `Sources:` list of URLs, and the site furniture
 * that scrapers leave behind (`spot_img`, an empty `Published:`, teasers of unrelated stories under
 * "Related articles"). It never throws: odd input gives a structure plus problems.
 */
import { splitLines, trimSpan, type Line } from './lines';
import type { ArticleStructure, Block, BoilerplateRegion, Problem, SourceHeader, Span, UrlRef } from './types';

export interface StructureOptions {
  /** Fewer prose words than this and the file is not treated as an article. */
  minArticleWords: number;
}

export const defaultStructureOptions: StructureOptions = { minArticleWords: 40 };

const SOURCE_HEADER = /^\s*[-*•]?\s*Source\s*:\s*(\S+)\s*$/i;
const SOURCES_LABEL = /^\s*(?:Sources?|References|Links)\s*:\s*(.*)$/i;
const URL_PATTERN = /\b(?:https?:\/\/|www\.)[^\s<>"“”‘’()[\]{}]+[^\s<>"“”‘’()[\]{}.,;:!?'’]/gi;

/** Single lines that are site furniture wherever they stand. */
const FURNITURE_LINE =
  /^\s*(?:spot_img|spot_imgspot_img|(?:Published|Updated|Posted|Last updated)(?:\s*:.{0,40}|\s+(?:on\s+)?\d.{0,30})|Advertisement|ADVERTISEMENT|Share(?: this(?: article)?)?\s*:?|Read more\s*:?|Continue reading.{0,20}|Subscribe(?: to [\w\s]{0,30})?\s*:?|Sign up(?: for| to)? (?:our|the) newsletter.{0,30}|Follow us(?: on)?.{0,40}|Tags?\s*:.*|Photo\s*:.{0,80}|Image\s*:.{0,80}|Credit\s*:.{0,80}|(?:Copyright\s*)?(?:©|\(c\))\s*.{0,80}|Copyright\s+\d{4}.{0,80}|All rights reserved\.?|Click here to .{0,40}|Comments?|Leave a (?:comment|reply)|Print|Email|Facebook|Twitter|LinkedIn|WhatsApp|Telegram)\s*$/i;

/** Furniture lines that credit a photographer, an agency or a copyright holder: read for names. */
const CREDIT_LINE = /^\s*(?:(?:Photo|Photos|Image|Picture|Credit)\s*:.{0,80}|(?:Copyright\s*)?(?:©|\(c\))\s*.{0,80}|Copyright\s+\d{4}.{0,80})\s*$/i;

/** A line that opens a run of teasers for other stories: everything after it is boilerplate. */
const TEASERS_START =
  /^\s*(?:Related (?:articles?|posts?|stories|news|content|reading)|Recent (?:articles?|posts?|stories|news)|More (?:from|on|stories|news)\b.{0,40}|You (?:may|might) also (?:like|be interested in)|Read next|Also read|Trending(?: now)?|Popular (?:articles?|posts?|stories)|Latest (?:articles?|posts?|stories|news)|Most read|Editor'?s picks)\s*:?\s*$/i;

const SENTENCE_END = /[.!?…]["”’')\]]*$/;

/**
 * Scripts written without spaces between words: a run of them is a phrase or a whole sentence.
 * Their words are about two characters long in Chinese and Japanese and four in Thai, Lao, Khmer
 * and Burmese, which is how such runs are counted.
 */
const HAN_KANA = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;
const SOUTHEAST_ASIAN = /[\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}\p{Script=Tibetan}]/gu;

/**
 * Counts words made of letters (any script), which is what a reader would count; in scripts
 * without spaces, by characters, so a Chinese or Khmer article reads as an article (and gets its
 * "not English" notice) instead of as a short note.
 */
function countWords(text: string): number {
  const m = text.match(/\p{L}[\p{L}\p{M}'’-]*/gu);
  let words = m ? m.length : 0;
  if (/[^\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}]/u.test(text)) {
    const hanKana = (text.match(HAN_KANA) ?? []).length;
    const southeast = (text.match(SOUTHEAST_ASIAN) ?? []).length;
    words += Math.floor(hanKana / 2) + Math.floor(southeast / 4);
  }
  return words;
}

function domainOf(value: string): string {
  const m = /^(?:[a-z][a-z0-9+.-]*:\/\/)?([^/?#\s:]+)/i.exec(value.trim());
  if (!m) return '';
  return m[1].toLowerCase().replace(/^www\./, '').replace(/\.$/, '');
}

/** Whether a short line reads as a heading rather than a sentence of prose. */
function looksLikeHeading(text: string): boolean {
  const t = text.trim();
  if (!t || SENTENCE_END.test(t) || /[,;:]$/.test(t)) return false;
  const words = countWords(t);
  if (words === 0 || words > 14) return false;
  // A heading starts with a capital letter, a digit or a quote; prose fragments start lower case.
  if (!/^["“‘'(]?[\p{Lu}\p{N}]/u.test(t)) return false;
  // Headings are mostly words; a line of figures or symbols is data, not a heading.
  const letters = (t.match(/\p{L}/gu) ?? []).length;
  return letters / t.length > 0.6;
}

function binaryProblem(text: string): Problem | undefined {
  const sample = text.slice(0, 65536);
  if (sample.length === 0) return undefined;
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c === 0) {
      return {
        code: 'article.binary',
        severity: 'information',
        message: 'This file holds binary data (a NUL byte), so Crosscheck does not read it as an article.',
      };
    }
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 0xfffd) control++;
  }
  if (control / sample.length > 0.05) {
    return {
      code: 'article.binary',
      severity: 'information',
      message: `This file looks binary or mis-encoded (${Math.round((100 * control) / sample.length)}% control or replacement characters), so Crosscheck does not read it as an article.`,
    };
  }
  return undefined;
}

/** Parses the layout of an article. Offsets index `text` as given (BOM and CRLF included). */
export function parseStructure(text: string, options: StructureOptions = defaultStructureOptions): ArticleStructure {
  const contentStart = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const structure: ArticleStructure = {
    length: text.length,
    contentStart,
    blocks: [],
    urls: [],
    boilerplate: [],
    isArticle: false,
    problems: [],
  };

  const binary = binaryProblem(text);
  if (binary) {
    structure.problems.push(binary);
    structure.notArticleReason = binary.message;
    return structure;
  }

  const lines = splitLines(text, contentStart);
  let teasersFrom = -1;
  let inSourcesList = false;
  let previousWasBlank = true;
  let lastParagraphLine: Line | undefined;

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const trimmed = line.text.trim();
    if (!trimmed) {
      previousWasBlank = true;
      lastParagraphLine = undefined;
      continue;
    }
    const span = trimSpan(text, line.start, line.end);

    if (TEASERS_START.test(trimmed)) {
      // "Latest Stories" above the headline is a menu of the site, not the list of teasers after
      // the article: the article has not begun until a paragraph of prose has been read.
      if (!structure.blocks.some((b) => b.kind === 'paragraph')) {
        structure.boilerplate.push({ kind: 'site-furniture', span });
        previousWasBlank = true;
        lastParagraphLine = undefined;
        continue;
      }
      teasersFrom = span.start;
      break;
    }
    if (!structure.sourceHeader && structure.blocks.length === 0 && SOURCE_HEADER.test(line.text)) {
      structure.sourceHeader = readSourceHeader(text, line, span);
      previousWasBlank = true;
      continue;
    }
    if (FURNITURE_LINE.test(trimmed)) {
      structure.boilerplate.push({ kind: CREDIT_LINE.test(trimmed) ? 'credit' : 'site-furniture', span });
      previousWasBlank = true;
      lastParagraphLine = undefined;
      continue;
    }
    const label = SOURCES_LABEL.exec(line.text);
    if (label && (label[1].trim() === '' || /^(?:https?:\/\/|www\.)/i.test(label[1].trim()))) {
      const labelEnd = line.start + line.text.indexOf(':') + 1;
      structure.sourcesLabel = { start: span.start, end: labelEnd };
      collectUrls(text, { start: labelEnd, end: line.end }, true, structure.urls);
      inSourcesList = true;
      lastParagraphLine = undefined;
      continue;
    }
    if (inSourcesList && isUrlLine(trimmed)) {
      collectUrls(text, span, true, structure.urls);
      continue;
    }
    inSourcesList = false;

    collectUrls(text, span, false, structure.urls);
    // A headline may be a question ("Who Profits From the Scam Compounds?"), but only as a title.
    const questionTitle = structure.blocks.length === 0 && /\?["”’]?$/.test(trimmed) && looksLikeHeading(trimmed.replace(/\?(["”’]?)$/, '$1'));
    const isHeading = (looksLikeHeading(trimmed) || questionTitle) && !isUrlLine(trimmed);
    if (isHeading) {
      const kind = structure.blocks.length === 0 ? 'title' : 'heading';
      const block: Block = { kind, span, text: text.slice(span.start, span.end) };
      if (kind === 'title') structure.title = block;
      structure.blocks.push(block);
      lastParagraphLine = undefined;
    } else {
      // A hard-wrapped paragraph continues on the next line when the previous line stops
      // mid-sentence and no blank line separates them.
      const previous = structure.blocks[structure.blocks.length - 1];
      if (
        lastParagraphLine &&
        previous?.kind === 'paragraph' &&
        !previousWasBlank &&
        !SENTENCE_END.test(lastParagraphLine.text.trim())
      ) {
        previous.span = { start: previous.span.start, end: span.end };
        previous.text = text.slice(previous.span.start, span.end);
      } else {
        structure.blocks.push({ kind: 'paragraph', span, text: text.slice(span.start, span.end) });
      }
      lastParagraphLine = line;
    }
    previousWasBlank = false;
  }

  if (teasersFrom >= 0) {
    const end = trimSpan(text, teasersFrom, text.length).end;
    structure.boilerplate.push({ kind: 'teasers', span: { start: teasersFrom, end } });
  }

  demoteTitleWhenProseStarts(structure);
  judgeArticle(structure, options);
  return structure;
}

function readSourceHeader(text: string, line: Line, span: Span): SourceHeader {
  const colon = line.text.indexOf(':');
  const valueSpan = trimSpan(text, line.start + colon + 1, line.end);
  const value = text.slice(valueSpan.start, valueSpan.end);
  return { span, value, valueSpan, domain: domainOf(value) };
}

function isUrlLine(trimmed: string): boolean {
  return /^(?:[-*•]\s*|\d+[.)]\s*)?(?:https?:\/\/|www\.)\S+$/i.test(trimmed);
}

function collectUrls(text: string, span: Span, inSourcesList: boolean, into: UrlRef[]): void {
  const slice = text.slice(span.start, span.end);
  URL_PATTERN.lastIndex = 0;
  for (let m = URL_PATTERN.exec(slice); m; m = URL_PATTERN.exec(slice)) {
    const start = span.start + m.index;
    into.push({ url: m[0], span: { start, end: start + m[0].length }, domain: domainOf(m[0]), inSourcesList });
  }
}

/**
 * A first short line followed directly by prose is a title. When the first content line is
 * itself a long sentence, the article has no title and every heading-like line is a heading.
 */
function demoteTitleWhenProseStarts(structure: ArticleStructure): void {
  const first = structure.blocks[0];
  if (!first || first.kind !== 'title') return;
  if (structure.blocks.length === 1) {
    // A lone short line is a note, not a titled article.
    first.kind = 'paragraph';
    structure.title = undefined;
  }
}

function judgeArticle(structure: ArticleStructure, options: StructureOptions): void {
  const paragraphs = structure.blocks.filter((b) => b.kind === 'paragraph');
  const proseWords = paragraphs.reduce((n, b) => n + countWords(b.text), 0);
  if (proseWords < options.minArticleWords) {
    structure.notArticleReason = `Too little prose to be an article (${proseWords} words; at least ${options.minArticleWords} expected).`;
    return;
  }
  // Tabular data (CSV, logs) has many separators per line and few sentences.
  const sample = paragraphs.map((b) => b.text).join('\n');
  const separators = (sample.match(/[,;\t|]/g) ?? []).length;
  const sentences = (sample.match(/[.!?](?:\s|$)/g) ?? []).length;
  if (separators > countWords(sample) / 2 && sentences < paragraphs.length) {
    structure.notArticleReason = 'This file looks like tabular data, not prose.';
    return;
  }
  structure.isArticle = true;
}

/** Offsets of all boilerplate, for masking it out of the language analysis. */
export function isInBoilerplate(regions: readonly BoilerplateRegion[], offset: number): boolean {
  return regions.some((r) => offset >= r.span.start && offset < r.span.end);
}
