/**
 * When an article was written, read from its own text: a `Published:`/`Updated:` line, a
 * dateline ("MOSCOW, March 23 (Reuters) -"), a date in one of its URLs ("/2024/05/24/"), or, as a
 * last resort, the latest full date the text mentions (a report is written on or after every day
 * it describes). Never the file's time on disk: the core reads no file system and no clock.
 */
import type { ArticleDate, ArticleStructure } from '../types';
import { isoDay, isValidDay, monthOf } from './dates';

const MONTH = '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
/** "May 24, 2024", "May 24 2024", "Sept. 13, 2024". */
const MONTH_DAY_YEAR = new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d\\d)\\b`, 'g');
/** "24 May 2024", "24th May, 2024". */
const DAY_MONTH_YEAR = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH},?\\s+((?:19|20)\\d\\d)\\b`, 'g');
/** "2024-05-24". */
const ISO = /\b((?:19|20)\d\d)-(\d\d)-(\d\d)\b/g;
/** "May 2024": month precision. */
const MONTH_YEAR = new RegExp(`\\b${MONTH}\\s+((?:19|20)\\d\\d)\\b`, 'g');
const PUBLISHED = /^\s*(?:Published|Updated|Posted|Last updated|Date)\b\s*(?:on\s*)?:?\s*(.{4,80})$/im;
/** "MOSCOW, March 23 (Reuters) -", "BELGRADE, Serbia, March 15 (AP) —". */
const DATELINE = new RegExp(`^[A-Z][A-Z .'-]{2,40}(?:,\\s*[A-Z][A-Za-z .'-]{2,30})?,?\\s+${MONTH}\\s+(\\d{1,2})(?:,?\\s+((?:19|20)\\d\\d))?\\s*(?:\\((?:[A-Za-z .]{2,30})\\))?\\s*[-–—]`, 'm');

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
  return out.filter((f) => f.m !== undefined && f.d !== undefined && isValidDay(f.y, f.m, f.d));
}

/** A date in a URL's path: /2024/05/24/, /2024-05-24-, /20240524, or /2024/05/ (month only). */
export function dateInUrl(url: string): Found | undefined {
  const path = url.replace(/^[a-z]+:\/\/[^/]+/i, '');
  let m = /(?:^|[/_-])((?:19|20)\d\d)[/_-](0?[1-9]|1[0-2])[/_-](0?[1-9]|[12]\d|3[01])(?=$|[/_.-])/.exec(path);
  if (m && isValidDay(+m[1], +m[2], +m[3])) return { y: +m[1], m: +m[2], d: +m[3], evidence: m[0].replace(/^[/_-]/, ''), index: 0 };
  m = /(?:^|[/_-])((?:19|20)\d\d)(0[1-9]|1[0-2])([0-2]\d|3[01])(?=$|[/_.-])/.exec(path);
  if (m && isValidDay(+m[1], +m[2], +m[3])) return { y: +m[1], m: +m[2], d: +m[3], evidence: m[0].replace(/^[/_-]/, ''), index: 0 };
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
  const dateline = DATELINE.exec(head);
  if (dateline) {
    const m = monthOf(dateline[1])!;
    const d = +dateline[2];
    const y = dateline[3] ? +dateline[3] : (urlDay?.y ?? latest(mentioned)?.y);
    if (y !== undefined && isValidDay(y, m, d)) return toDate({ y, m, d, evidence: dateline[0].trim(), index: 0 }, 'dateline');
  }
  if (urlDay) return toDate(urlDay, 'url');
  const mention = latest(mentioned);
  if (mention) return toDate(mention, 'mentions');
  const urlMonth = latest(urlDates);
  if (urlMonth) return toDate(urlMonth, 'url');
  const months: Found[] = [];
  for (const match of text.matchAll(MONTH_YEAR)) {
    const m = monthOf(match[1]);
    if (m !== undefined) months.push({ y: +match[2], m, evidence: match[0], index: match.index ?? 0 });
  }
  const month = latest(months);
  return month ? toDate(month, 'mentions') : undefined;
}
