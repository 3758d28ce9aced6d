/**
 * Calendar dates as plain values: a day is `YYYY-MM-DD`, compared as strings and counted in days.
 * No clock is read here (the core is deterministic): "today" is always the article's own date.
 */

import { MONTHS, WEEKDAYS } from '../lexicon/claims';

export { MONTHS, WEEKDAYS };

/** The month (1–12) a word names: full names and the usual abbreviations ("Sept.", "Jan"). */
export function monthOf(word: string): number | undefined {
  const w = word.toLowerCase().replace(/\.$/, '');
  if (w.length < 3) return undefined;
  const i = MONTHS.findIndex((m) => m === w || (w.length <= 4 && m.startsWith(w)));
  return i >= 0 ? i + 1 : undefined;
}

export function weekdayOf(word: string): number | undefined {
  const i = WEEKDAYS.indexOf(word.toLowerCase());
  return i >= 0 ? i : undefined;
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** Whether y-m-d is a real calendar day. */
export function isValidDay(y: number, m: number, d: number): boolean {
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d) || m < 1 || m > 12 || d < 1) return false;
  return d <= daysInMonth(y, m);
}

export function daysInMonth(y: number, m: number): number {
  return [31, y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];
}

export function isoDay(y: number, m: number, d: number): string {
  return `${y}-${pad(m)}-${pad(d)}`;
}

/** Days since 1970-01-01 of an ISO day (`YYYY-MM-DD`). */
export function dayNumber(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  return Math.floor(Date.UTC(y, m - 1, d) / 86_400_000);
}

export function fromDayNumber(n: number): string {
  const date = new Date(n * 86_400_000);
  return isoDay(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

export function addDays(iso: string, days: number): string {
  return fromDayNumber(dayNumber(iso) + days);
}

/** Day of the week (0 = Sunday) of an ISO day. */
export function weekdayOfDay(iso: string): number {
  return (((dayNumber(iso) + 4) % 7) + 7) % 7;
}

/** Days between two ISO days, b - a. */
export function daysBetween(a: string, b: string): number {
  return dayNumber(b) - dayNumber(a);
}

/** First and last day of a month or a year. */
export function monthSpan(y: number, m: number): { from: string; to: string } {
  return { from: isoDay(y, m, 1), to: isoDay(y, m, daysInMonth(y, m)) };
}

export function yearSpan(y: number): { from: string; to: string } {
  return { from: isoDay(y, 1, 1), to: isoDay(y, 12, 31) };
}

/** Whether [a.from, a.to] and [b.from, b.to] share a day. */
export function spansOverlap(a: { from: string; to: string }, b: { from: string; to: string }): boolean {
  return a.from <= b.to && b.from <= a.to;
}
