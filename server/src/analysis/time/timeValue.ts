/**
 * A time expression as the claim extractor finds it ("on Friday", "by Tuesday", "since January",
 * "last year", "between July 14 and 16") turned into a value once, resolved against the article's
 * own date. The matcher compares these values and never reads time text again.
 */
import type { ArticleDate, TimeValue } from '../types';
import { addDays, isoDay, isValidDay, monthOf, monthSpan, weekdayOf, weekdayOfDay, yearSpan } from './dates';
import { CUMULATIVE_THROUGH as CUMULATIVE_THROUGH_WORDS, RELATIVE_LEADS, RELATIVE_PERIODS } from '../lexicon/claims';

const CUMULATIVE_THROUGH = new RegExp(`^(?:${CUMULATIVE_THROUGH_WORDS.join('|')})\\b`);

interface Parts {
  years: number[];
  months: number[];
  days: number[];
  weekday?: number;
  relative?: { which: 'last' | 'this'; unit: string };
  dayWord?: 'yesterday' | 'today';
}

function partsOf(t: string): Parts {
  const parts: Parts = { years: [], months: [], days: [] };
  // "last year's", "this week's": the possessive names the same time.
  const words = t.split(/[\s,/-]+/).filter(Boolean).map((w) => w.replace(/\.$/, '').replace(/['’]s$/i, ''));
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (/^(?:19|20)\d\d$/.test(w)) parts.years.push(+w);
    else if (/^\d{1,2}(?:st|nd|rd|th)?$/.test(w)) {
      const d = parseInt(w, 10);
      if (d >= 1 && d <= 31) parts.days.push(d);
    } else if (weekdayOf(w) !== undefined) parts.weekday = weekdayOf(w);
    else if (w === 'yesterday') parts.dayWord = 'yesterday';
    else if (w === 'today' || w === 'tonight') parts.dayWord = 'today';
    else if (RELATIVE_LEADS.has(w) && RELATIVE_PERIODS.has(words[i + 1] ?? '')) {
      parts.relative = { which: w === 'this' ? 'this' : 'last', unit: words[i + 1] };
      i++;
    } else {
      const m = monthOf(w);
      if (m !== undefined) parts.months.push(m);
    }
  }
  return parts;
}

/** The year a month (and day) without a year most likely falls in, seen from the article's date. */
function yearFor(month: number, day: number | undefined, anchor: ArticleDate | undefined): number | undefined {
  if (!anchor) return undefined;
  const y = +anchor.day.slice(0, 4);
  // A month more than a month after the article's date is last year's ("in December", written in January).
  const candidate = isoDay(y, month, Math.min(day ?? 1, 28));
  return candidate > addDays(anchor.day, 31) ? y - 1 : y;
}

/** The span an expression without a lead word names, or undefined. */
function spanOf(p: Parts, anchor: ArticleDate | undefined): { kind: TimeValue['kind']; from: string; to: string } | undefined {
  const dayAnchor = anchor?.precision === 'day' ? anchor.day : undefined;
  if (p.dayWord && dayAnchor) {
    const d = p.dayWord === 'yesterday' ? addDays(dayAnchor, -1) : dayAnchor;
    return { kind: 'day', from: d, to: d };
  }
  if (p.months.length > 1 && p.days.length >= 2) {
    // "from May 30 to June 2", "between December 30 and January 2": each day with its own month,
    // the year from where the range ends.
    const [m1, m2] = [p.months[0], p.months[p.months.length - 1]];
    const [d1, d2] = [p.days[0], p.days[p.days.length - 1]];
    const y2 = p.years[p.years.length - 1] ?? yearFor(m2, d2, anchor);
    if (y2 === undefined) return undefined;
    const y1 = p.years.length > 1 ? p.years[0] : m1 > m2 ? y2 - 1 : y2;
    if (isValidDay(y1, m1, d1) && isValidDay(y2, m2, d2)) return { kind: 'span', from: isoDay(y1, m1, d1), to: isoDay(y2, m2, d2) };
  }
  if (p.months.length) {
    const month = p.months[p.months.length - 1];
    const year = p.years[p.years.length - 1] ?? yearFor(month, p.days[p.days.length - 1], anchor);
    if (year === undefined) return undefined;
    const days = p.days.filter((d) => isValidDay(year, month, d));
    if (days.length === 1) return { kind: 'day', from: isoDay(year, month, days[0]), to: isoDay(year, month, days[0]) };
    // "between July 14 and 16".
    if (days.length >= 2) return { kind: 'span', from: isoDay(year, month, Math.min(...days)), to: isoDay(year, month, Math.max(...days)) };
    return { kind: 'month', ...monthSpan(year, month) };
  }
  if (p.years.length) {
    const lo = Math.min(...p.years);
    const hi = Math.max(...p.years);
    return { kind: 'year', from: yearSpan(lo).from, to: yearSpan(hi).to };
  }
  if (p.weekday !== undefined && dayAnchor) {
    // "on Friday" in an article of Saturday 25 May is Friday 24 May: the latest such day on or before the article's.
    const back = (weekdayOfDay(dayAnchor) - p.weekday + 7) % 7;
    const d = addDays(dayAnchor, -back);
    return { kind: 'day', from: d, to: d };
  }
  if (p.relative && anchor) {
    const y = +anchor.day.slice(0, 4);
    const m = +anchor.day.slice(5, 7);
    const { which, unit } = p.relative;
    if (unit === 'year') return { kind: 'year', ...yearSpan(which === 'last' ? y - 1 : y) };
    if (unit === 'month') {
      const mm = which === 'last' ? (m === 1 ? 12 : m - 1) : m;
      const yy = which === 'last' && m === 1 ? y - 1 : y;
      return { kind: 'month', ...monthSpan(yy, mm) };
    }
    if ((unit === 'week' || unit === 'weekend') && dayAnchor) {
      const start = addDays(dayAnchor, -weekdayOfDay(dayAnchor));
      return which === 'last' ? { kind: 'period', from: addDays(start, -7), to: addDays(start, -1) } : { kind: 'period', from: start, to: dayAnchor };
    }
  }
  return undefined;
}

/** The value of a time expression, resolved against the article's date when it needs one. */
export function timeValueOf(text: string, anchor: ArticleDate | undefined): TimeValue {
  const value = resolve(text, anchor);
  const p = partsOfText(value.text);
  if (p.relative || p.dayWord) value.relative = true;
  if (p.years.length === 1) value.year = p.years[0];
  if (p.months.length === 1) value.month = p.months[0];
  if (p.days.length === 1 && p.months.length === 1) value.dayOfMonth = p.days[0];
  if (p.weekday !== undefined) value.weekday = p.weekday;
  return value;
}

function partsOfText(t: string): Parts {
  const lower = t.toLowerCase();
  return partsOf(/\bMay\b/.test(t) ? lower : lower.replace(/\bmay\b/g, ''));
}

function resolve(text: string, anchor: ArticleDate | undefined): TimeValue {
  const t = text.replace(/\s+/g, ' ').trim();
  const lower = t.toLowerCase();
  // "may" as a word is a month only when written "May".
  const p = partsOfText(t);
  const span = spanOf(p, anchor);
  const anchorDay = anchor?.precision === 'day' ? anchor.day : undefined;
  if (/^since\b/.test(lower)) {
    if (span && anchorDay) return { kind: 'since', from: span.from, to: anchorDay, text: t };
    return { kind: 'since', from: span?.from, text: t };
  }
  if (/^(?:so far|to date)\b/.test(lower) && !span) return anchorDay ? { kind: 'through', to: anchorDay, text: t } : { kind: 'through', text: t };
  if (/^so far this\b/.test(lower) && span && anchorDay) return { kind: 'since', from: span.from, to: anchorDay, text: t };
  if (CUMULATIVE_THROUGH.test(lower)) return span ? { kind: 'through', to: span.to, text: t } : { kind: 'through', text: t };
  if (span) {
    // "this year", "this month": the period so far.
    if (p.relative?.which === 'this' && anchorDay && span.to > anchorDay) return { kind: 'since', from: span.from, to: anchorDay, text: t };
    return { kind: span.kind, from: span.from, to: span.to, text: t };
  }
  // "last week" in an article without a date: a period, though not placed.
  if (p.relative) return { kind: 'period', text: t };
  return { kind: 'unresolved', text: t };
}
