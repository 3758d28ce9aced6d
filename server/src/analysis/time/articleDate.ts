/**
 * When an article was written, read from its own text: a `Published:`/`Updated:` line, a
 * dateline ("MOSCOW, March 23 (Reuters) -"), a date in one of its URLs ("/2024/05/24/"), or, as a
 * last resort, the latest full date the text mentions (a report is written on or after every day
 * it describes). Never a month and year alone that the text names ("in October 2015"): that is
 * most often history the article recalls. Never the file's time on disk: the core reads no file system and no clock.
 */
import type { ArticleDate, ArticleStructure, YearlessDate } from '../types';
import { isoDay, isValidDay, monthOf } from './dates';

/** A month's name in a URL, whole or cut to three letters ("aug", "sept", "march"). */
const URL_MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
/** "/26-Aug-2025/" in a URL's path. */
const URL_DAY_MONTH_YEAR = new RegExp(`(?:^|[/_-])(0?[1-9]|[12]\\d|3[01])[_-]${URL_MONTH}[_-]((?:19|20)\\d\\d)(?=$|[/_.-])`, 'i');
/** "/march-5-2025-…" in a URL's path. */
const URL_MONTH_DAY_YEAR = new RegExp(`(?:^|[/_-])${URL_MONTH}[_-](0?[1-9]|[12]\\d|3[01])[_-]((?:19|20)\\d\\d)(?=$|[/_.-])`, 'i');
const MONTH = '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
/** "May 24, 2024", "May 24 2024", "Sept. 13, 2024". */
const MONTH_DAY_YEAR = new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d\\d)\\b`, 'g');
/** "24 May 2024", "24th May, 2024". */
const DAY_MONTH_YEAR = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH},?\\s+((?:19|20)\\d\\d)\\b`, 'g');
/** "2024-05-24". */
const ISO = /\b((?:19|20)\d\d)-(\d\d)-(\d\d)\b/g;
/** "21.12.2024", "3.1.2025": day, month and year with full stops, as European sites print them. */
const DOTTED = /(?<![\d.])([0-3]?\d)\.([01]?\d)\.((?:19|20)\d\d)(?![\d.]\d)/g;
const PUBLISHED = /^\s*(?:Published|Updated|Posted|Last updated|Date)\b\s*(?:on\s*)?:?\s*(.{4,80})$/im;
/**
 * A dateline opening one of the article's first lines: "MOSCOW, March 23 (Reuters) -",
 * "BELGRADE, Serbia, March 15 (AP) —", "Madrid [Spain], October 31 (HBTV):", "NEW DELHI,
 * September 11. /TASS/.", "KATHMANDU, SEPTEMBER 8" on a line of its own. The place is one to four
 * capitalised words, never a weekday ("Tuesday, March 5" opens a sentence, not a dateline).
 */
const DATELINE = new RegExp(
  `^(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\\b)[A-Z][A-Za-z.'-]+(?: [A-Z][A-Za-z.'-]+){0,3}(?:\\s*\\[[A-Za-z .'-]{2,30}\\])?(?:,\\s*[A-Z][A-Za-z .'-]{2,30})?,?\\s+${MONTH}\\s*(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+((?:19|20)\\d\\d))?\\s*(?:\\((?:[A-Za-z .]{2,30})\\))?\\s*(?:[-–—:]|\\.(?=\\s)|$)`,
  'm',
);
/** "today (October 31)", "today, Sept. 9,": the article's own day, named. */
const TODAY = new RegExp(`\\btoday\\s*(?:\\(|,)\\s*(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\\s+)?${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+((?:19|20)\\d\\d))?\\b`, 'i');

/** "one year after", "six months on", "eight months after the attack", "the first anniversary". */
const LOOKING_BACK = /\b(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|several|\d{1,2})\s+(?:years?|months?)\s+(?:after|on|since|later)\b|anniversary\b)/i;

/** The text counts the time since its event ("one year after", "the first anniversary"): written well after it. */
export function looksBack(text: string): boolean {
  return LOOKING_BACK.test(text);
}

interface Found {
  y: number;
  m: number;
  d?: number;
  evidence: string;
  index: number;
}

function fullDates(text: string): Found[] {
  const out: Found[] = [];
  for (const match of text.matchAll(MONTH_DAY_YEAR)) out.push({ y: +match[3], m: monthOf(match[1])!, d: +match[2], evidence: match[0], index: match.index ?? 0 });
  for (const match of text.matchAll(DAY_MONTH_YEAR)) out.push({ y: +match[3], m: monthOf(match[2])!, d: +match[1], evidence: match[0], index: match.index ?? 0 });
  for (const match of text.matchAll(ISO)) out.push({ y: +match[1], m: +match[2], d: +match[3], evidence: match[0], index: match.index ?? 0 });
  for (const match of text.matchAll(DOTTED)) out.push({ y: +match[3], m: +match[2], d: +match[1], evidence: match[0], index: match.index ?? 0 });
  return out.filter((f) => f.m !== undefined && f.d !== undefined && isValidDay(f.y, f.m, f.d));
}

/** A date in a URL's path: /2024/05/24/, /2024-05-24-, /20240524, or /2024/05/ (month only). */
export function dateInUrl(url: string): Found | undefined {
  const path = url.replace(/^[a-z]+:\/\/[^/]+/i, '');
  let m = /(?:^|[/_-])((?:19|20)\d\d)[/_-](0?[1-9]|1[0-2])[/_-](0?[1-9]|[12]\d|3[01])(?=$|[/_.-])/.exec(path);
  if (m && isValidDay(+m[1], +m[2], +m[3])) return { y: +m[1], m: +m[2], d: +m[3], evidence: m[0].replace(/^[/_-]/, ''), index: 0 };
  m = /(?:^|[/_-])((?:19|20)\d\d)(0[1-9]|1[0-2])([0-2]\d|3[01])(?=$|[/_.-])/.exec(path);
  if (m && isValidDay(+m[1], +m[2], +m[3])) return { y: +m[1], m: +m[2], d: +m[3], evidence: m[0].replace(/^[/_-]/, ''), index: 0 };
  // A month by name: "/26-Aug-2025/", "/march-5-2025-…".
  m = URL_DAY_MONTH_YEAR.exec(path);
  if (m && isValidDay(+m[3], monthOf(m[2])!, +m[1])) return { y: +m[3], m: monthOf(m[2])!, d: +m[1], evidence: m[0].replace(/^[/_-]/, ''), index: 0 };
  m = URL_MONTH_DAY_YEAR.exec(path);
  if (m && isValidDay(+m[3], monthOf(m[1])!, +m[2])) return { y: +m[3], m: monthOf(m[1])!, d: +m[2], evidence: m[0].replace(/^[/_-]/, ''), index: 0 };
  // Day and month in either order before the year ("…-12-22-2025"): only when one reading is possible.
  m = /(?:^|[/_-])(\d\d?)[_-](\d\d?)[_-]((?:19|20)\d\d)(?=$|[/_.-])/.exec(path);
  if (m) {
    const [a, b, y] = [+m[1], +m[2], +m[3]];
    const readings = [isValidDay(y, a, b) ? { m: a, d: b } : undefined, isValidDay(y, b, a) ? { m: b, d: a } : undefined].filter((r) => r !== undefined);
    if (readings.length === 1 || (readings.length === 2 && a === b)) return { y, ...readings[0]!, evidence: m[0].replace(/^[/_-]/, ''), index: 0 };
  }
  m = /\/((?:19|20)\d\d)\/(0?[1-9]|1[0-2])\//.exec(path);
  if (m) return { y: +m[1], m: +m[2], evidence: m[0], index: 0 };
  return undefined;
}

function toDate(f: Found, basis: ArticleDate['basis']): ArticleDate {
  return f.d !== undefined
    ? { day: isoDay(f.y, f.m, f.d), precision: 'day', basis, evidence: f.evidence }
    : { day: isoDay(f.y, f.m, 1), precision: 'month', basis, evidence: f.evidence };
}

function latest(dates: Found[]): Found | undefined {
  let best: Found | undefined;
  for (const f of dates) if (!best || isoDay(f.y, f.m, f.d ?? 1) > isoDay(best.y, best.m, best.d ?? 1)) best = f;
  return best;
}

/** Month words written in capitals ("SEPTEMBER 8"), in title case, keeping every offset. */
function titleCaseMonths(text: string): string {
  return text.replace(/\b(JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)([A-Z]*)\b/g, (_, a: string, b: string) => a[0] + a.slice(1).toLowerCase() + b.toLowerCase());
}

/** The dateline of one of the article's first lines, with its year when it gives one. */
function datelineOf(text: string): { m: number; d: number; y?: number; evidence: string; basis: 'dateline' } | undefined {
  const lines = titleCaseMonths(text.slice(0, 1500)).split(/\r?\n/).filter((l) => l.trim() && !/^\s*-\s*Source:/i.test(l)).slice(0, 6);
  const original = text.slice(0, 1500).split(/\r?\n/).filter((l) => l.trim() && !/^\s*-\s*Source:/i.test(l));
  for (const [i, line] of lines.entries()) {
    const match = DATELINE.exec(line.trim());
    const m = match ? monthOf(match[1]) : undefined;
    // The evidence as written ("KATHMANDU, SEPTEMBER 8"): title-casing kept every offset.
    if (match && m !== undefined) return { m, d: +match[2], y: match[3] ? +match[3] : undefined, evidence: original[i].trim().slice(0, match[0].length).trim(), basis: 'dateline' };
  }
  return undefined;
}

/**
 * The day and month an article names as its own (a dateline, "today (October 31)") when nothing in
 * it gives the year: its story's other articles may (../../corpus/corpus.ts).
 */
export function yearlessArticleDate(text: string): YearlessDate | undefined {
  const dateline = datelineOf(text);
  if (dateline) return dateline.y === undefined && isValidDay(2024, dateline.m, dateline.d) ? { month: dateline.m, day: dateline.d, basis: 'dateline', evidence: dateline.evidence } : undefined;
  const today = TODAY.exec(text);
  const m = today ? monthOf(today[1]) : undefined;
  if (today && m !== undefined && !today[3] && isValidDay(2024, m, +today[2])) return { month: m, day: +today[2], basis: 'today', evidence: today[0] };
  return undefined;
}

/** The article's date, when its text gives one. */
export function articleDate(text: string, structure: ArticleStructure): ArticleDate | undefined {
  const head = text.slice(0, 3000);
  const published = PUBLISHED.exec(head) ?? PUBLISHED.exec(text.slice(-1500));
  if (published) {
    const f = fullDates(published[1])[0];
    if (f) return toDate({ ...f, evidence: published[0].trim() }, 'published');
  }
  const urlDates = structure.urls.map((u) => dateInUrl(u.url)).filter((f): f is Found => f !== undefined);
  const urlDay = latest(urlDates.filter((f) => f.d !== undefined));
  const mentioned = fullDates(text);
  const dateline = datelineOf(text);
  const today = TODAY.exec(text);
  const named = dateline ?? (today ? { m: monthOf(today[1])!, d: +today[2], y: today[3] ? +today[3] : undefined, evidence: today[0], basis: 'today' as const } : undefined);
  if (named) {
    const y = named.y ?? urlDay?.y ?? latest(mentioned)?.y;
    if (y !== undefined && isValidDay(y, named.m, named.d)) return toDate({ y, m: named.m, d: named.d, evidence: named.evidence, index: 0 }, named.basis);
  }
  if (urlDay) return toDate(urlDay, 'url');
  // A follow-up that counts the time since its event ("one year after the protests began", "on
  // the anniversary") was written well after every day it names: the latest is no date for it.
  const lookingBack = LOOKING_BACK.test(text);
  const mention = lookingBack ? undefined : latest(mentioned);
  if (mention) return toDate(mention, 'mentions');
  const urlMonth = latest(urlDates);
  if (urlMonth) return toDate(urlMonth, 'url');
  // A month the text names ("in October 2015") is most often history its article recalls: no date for it.
  return undefined;
}
