/**
 * Time as values (server/src/analysis/time/): the article's date from its own text, time
 * expressions resolved against it, and the calendar helpers under both.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { articleDate, yearlessArticleDate } from '../../server/src/analysis/time/articleDate';
import { timeValueOf } from '../../server/src/analysis/time/timeValue';
import { addDays, daysBetween, isValidDay, weekdayOfDay } from '../../server/src/analysis/time/dates';
import { parseStructure } from '../../server/src/analysis/structure';
import type { ArticleDate, TimeValue } from '../../server/src/analysis/types';

const dateOf = (text: string) => articleDate(text, parseStructure(text));

// ---------------------------------------------------------------------------------------------
// The article's date
// ---------------------------------------------------------------------------------------------

test('article date: a Published line', () => {
  const text = 'Storm hits coast\n\nPublished: May 24, 2024\n\nThe storm killed 12 people on Thursday, officials said.\n';
  assert.deepEqual(dateOf(text), { day: '2024-05-24', precision: 'day', basis: 'published', evidence: 'Published: May 24, 2024' });
});

test('article date: a dateline takes its year from a URL in the Sources list', () => {
  const text = [
    'Gunmen attack concert hall near Moscow',
    '',
    'MOSCOW, March 23 (Reuters) - At least 40 people were killed in an attack on a concert hall, officials said.',
    '',
    'Sources:',
    '- https://www.reuters.com/world/europe/2024/03/23/attack-concert/',
    '',
  ].join('\n');
  assert.deepEqual(dateOf(text), { day: '2024-03-23', precision: 'day', basis: 'dateline', evidence: 'MOSCOW, March 23 (Reuters) -' });
});

test('article date: a date in a URL', () => {
  const text = 'Flood update\n\nOfficials said 30 people were evacuated from the town.\n\nSources:\n- https://example.com/news/2024/05/24/flood-update\n';
  assert.deepEqual(dateOf(text), { day: '2024-05-24', precision: 'day', basis: 'url', evidence: '2024/05/24' });
});

test('article date: a day with its month by name in a URL, or day and month in one order only', () => {
  const at = (url: string) => dateOf(`Flood update\n\nOfficials said 30 people were evacuated from the town.\n\nSources:\n- ${url}\n`);
  assert.deepEqual(at('https://example.com.pk/26-Aug-2025/rain-damages-report'), { day: '2025-08-26', precision: 'day', basis: 'url', evidence: '26-Aug-2025' });
  assert.deepEqual(at('https://example.com/news/march-5-2025-floods-update'), { day: '2025-03-05', precision: 'day', basis: 'url', evidence: 'march-5-2025' });
  assert.deepEqual(at('https://example.com/cyclone-toll-dw-12-22-2025'), { day: '2025-12-22', precision: 'day', basis: 'url', evidence: '12-22-2025' });
  // 12-02-2025 is 2 December or 12 February: no date. Nor "top 5 … 2025".
  assert.equal(at('https://example.com/cyclone-toll-dw-12-02-2025'), undefined);
  assert.equal(at('https://example.com/top-5-mayors-2025'), undefined);
});

test('article date: otherwise the latest full date the text mentions', () => {
  const text = 'Strike continues\n\nThe strike began on April 12, 2024, after talks broke down on March 3, 2024, officials said. Workers walked out again.\n';
  assert.deepEqual(dateOf(text), { day: '2024-04-12', precision: 'day', basis: 'mentions', evidence: 'April 12, 2024' });
});

test('article date: a day written with full stops, as European sites print it, never a decimal or a version', () => {
  const text = 'Attack on the market\nagency\n21.12.2024 - 17:13\nA car drove into the crowd. 200 people were injured, officials said.\n';
  assert.deepEqual(dateOf(text), { day: '2024-12-21', precision: 'day', basis: 'mentions', evidence: '21.12.2024' });
  assert.equal(dateOf('Release notes\n\nVersion 1.12.2024.3 applies to 300 users.\n'), undefined);
});

test('article date: datelines as agencies and papers write them, the year from a date the text mentions', () => {
  const body = 'The toll rose to 36, officials said. Protests began on September 8, 2025.\n';
  const cases: [string, string][] = [
    ['VELDOR, SEPTEMBER 12\n', 'VELDOR, SEPTEMBER 12'],
    ['NEW KARSU, September 12. /TASS/. ', 'NEW KARSU, September 12.'],
    ['Velmora [Ostland], September 12 (HBTV): ', 'Velmora [Ostland], September 12 (HBTV):'],
    ['Veldor, September12\n', 'Veldor, September12'],
    ['VELDOR, Ostland, Sept. 12 (AP) — ', 'VELDOR, Ostland, Sept. 12 (AP) —'],
  ];
  for (const [line, evidence] of cases) {
    assert.deepEqual(dateOf(`Title of the piece\n\n${line}${body}`), { day: '2025-09-12', precision: 'day', basis: 'dateline', evidence }, line);
  }
  // A weekday opening a sentence is no dateline: the date is then the latest one mentioned.
  assert.deepEqual(dateOf(`Title\n\nTuesday, September 12: ${body}`)?.basis, 'mentions');
});

test('article date: the day an article calls today', () => {
  const text = 'Floods\n\nA day of mourning starts today (October 31), after rains that began on October 28, 2024.\n';
  assert.deepEqual(dateOf(text), { day: '2024-10-31', precision: 'day', basis: 'today', evidence: 'today (October 31' });
});

test('article date: a dateline or "today" without a year anywhere gives the day and month only', () => {
  const text = (line: string) => `Title\n\n${line} The toll rose to 36 on Friday, officials said.\n`;
  assert.equal(dateOf(text('VELDOR, SEPTEMBER 12 -')), undefined);
  assert.deepEqual(yearlessArticleDate(text('VELDOR, SEPTEMBER 12 -')), { month: 9, day: 12, basis: 'dateline', evidence: 'VELDOR, SEPTEMBER 12 -' });
  assert.deepEqual(yearlessArticleDate(text('Mourning begins today, Oct. 31.')), { month: 10, day: 31, basis: 'today', evidence: 'today, Oct. 31' });
  assert.equal(yearlessArticleDate(text('Mourning begins on Friday.')), undefined);
  // February 29 is a day in some year.
  assert.deepEqual(yearlessArticleDate(text('VELDOR, February 29 -'))?.day, 29);
});

test('article date: a follow-up that counts the time since its event takes no date from the days it mentions', () => {
  const text = (lead: string) => `Protests\n\n${lead} the protests that began on October 21, 2024, left 411 people dead, the platform said.\n`;
  assert.equal(dateOf(text('One year after')), undefined);
  assert.equal(dateOf(text('Six months on,')), undefined);
  assert.equal(dateOf(text('On the first anniversary,')), undefined);
  // Without it, the latest day mentioned is the date.
  assert.deepEqual(dateOf(text('Last week'))?.day, '2024-10-21');
  // A date it states itself still counts.
  assert.deepEqual(dateOf(`Published: October 22, 2025\n\n${text('One year after')}`)?.day, '2025-10-22');
});

test('article date: none when the text gives no date', () => {
  assert.equal(dateOf('No date here\n\nOfficials said 30 people were evacuated from the town on Tuesday.\n'), undefined);
  assert.equal(dateOf(''), undefined);
  // A month and year the text names is history it recalls, not when it was written.
  assert.equal(dateOf('Quake explainer\n\nIn October 2015 a quake in the same range killed hundreds of people across the region.\n'), undefined);
});

// ---------------------------------------------------------------------------------------------
// Time expressions
// ---------------------------------------------------------------------------------------------

/** Friday 16 May 2025. */
const FRIDAY: ArticleDate = { day: '2025-05-16', precision: 'day', basis: 'published', evidence: 'Published: May 16, 2025' };

test('the anchor is a Friday', () => {
  assert.equal(weekdayOfDay(FRIDAY.day), 5);
});

test('time values resolved against an article of Friday 16 May 2025', () => {
  const rows: [string, TimeValue][] = [
    ['on Friday', { kind: 'day', from: '2025-05-16', to: '2025-05-16', text: 'on Friday', weekday: 5 }],
    ['on Thursday', { kind: 'day', from: '2025-05-15', to: '2025-05-15', text: 'on Thursday', weekday: 4 }],
    ['yesterday', { kind: 'day', from: '2025-05-15', to: '2025-05-15', text: 'yesterday', relative: true }],
    ['today', { kind: 'day', from: '2025-05-16', to: '2025-05-16', text: 'today', relative: true }],
    // "by" a day: the end of a running total, the latest such day on or before the article's.
    ['by Tuesday', { kind: 'through', to: '2025-05-13', text: 'by Tuesday', weekday: 2 }],
    ['as of Monday', { kind: 'through', to: '2025-05-12', text: 'as of Monday', weekday: 1 }],
    ['since Sunday', { kind: 'since', from: '2025-05-11', to: '2025-05-16', text: 'since Sunday', weekday: 0 }],
    ['since January', { kind: 'since', from: '2025-01-01', to: '2025-05-16', text: 'since January', month: 1 }],
    ['last year', { kind: 'year', from: '2024-01-01', to: '2024-12-31', text: 'last year', relative: true }],
    // "this year" is the year so far.
    ['this year', { kind: 'since', from: '2025-01-01', to: '2025-05-16', text: 'this year', relative: true }],
    ['so far this year', { kind: 'since', from: '2025-01-01', to: '2025-05-16', text: 'so far this year', relative: true }],
    ['last month', { kind: 'month', from: '2025-04-01', to: '2025-04-30', text: 'last month', relative: true }],
    ['in May', { kind: 'month', from: '2025-05-01', to: '2025-05-31', text: 'in May', month: 5 }],
    // A month more than a month after the article's date is last year's.
    ['in December', { kind: 'month', from: '2024-12-01', to: '2024-12-31', text: 'in December', month: 12 }],
    ['between July 14 and 16', { kind: 'span', from: '2024-07-14', to: '2024-07-16', text: 'between July 14 and 16', month: 7 }],
    ['in 2023', { kind: 'year', from: '2023-01-01', to: '2023-12-31', text: 'in 2023', year: 2023 }],
    ['so far', { kind: 'through', to: '2025-05-16', text: 'so far' }],
    // Weeks start on Sunday: last week is Sunday 4 to Saturday 10 May.
    ['last week', { kind: 'period', from: '2025-05-04', to: '2025-05-10', text: 'last week', relative: true }],
    ['this week', { kind: 'period', from: '2025-05-11', to: '2025-05-16', text: 'this week', relative: true }],
  ];
  for (const [text, expected] of rows) assert.deepEqual(timeValueOf(text, FRIDAY), expected, text);
});

test('time values without an article date: unresolved, or a period that is not placed', () => {
  const rows: [string, TimeValue][] = [
    ['on Friday', { kind: 'unresolved', text: 'on Friday', weekday: 5 }],
    ['yesterday', { kind: 'unresolved', text: 'yesterday', relative: true }],
    ['by Tuesday', { kind: 'through', text: 'by Tuesday', weekday: 2 }],
    // The key is present and undefined (resolve returns `from: span?.from`).
    ['since Sunday', { kind: 'since', from: undefined, text: 'since Sunday', weekday: 0 }],
    ['since January', { kind: 'since', from: undefined, text: 'since January', month: 1 }],
    ['last year', { kind: 'period', text: 'last year', relative: true }],
    ['this year', { kind: 'period', text: 'this year', relative: true }],
    ['in May', { kind: 'unresolved', text: 'in May', month: 5 }],
    ['between July 14 and 16', { kind: 'unresolved', text: 'between July 14 and 16', month: 7 }],
    ['so far', { kind: 'through', text: 'so far' }],
    ['last week', { kind: 'period', text: 'last week', relative: true }],
    // A year needs no anchor.
    ['in 2023', { kind: 'year', from: '2023-01-01', to: '2023-12-31', text: 'in 2023', year: 2023 }],
  ];
  for (const [text, expected] of rows) assert.deepEqual(timeValueOf(text, undefined), expected, text);
});

test('time values: an anchor of month precision places months and years but no weekday', () => {
  const may: ArticleDate = { day: '2025-05-01', precision: 'month', basis: 'url', evidence: '/2025/05/' };
  assert.deepEqual(timeValueOf('on Friday', may), { kind: 'unresolved', text: 'on Friday', weekday: 5 });
  assert.deepEqual(timeValueOf('last year', may), { kind: 'year', from: '2024-01-01', to: '2024-12-31', text: 'last year', relative: true });
  assert.deepEqual(timeValueOf('in March', may), { kind: 'month', from: '2025-03-01', to: '2025-03-31', text: 'in March', month: 3 });
});

test('time values: "may" is a month only when written "May"', () => {
  assert.deepEqual(timeValueOf('in May', FRIDAY).kind, 'month');
  assert.deepEqual(timeValueOf('may', FRIDAY), { kind: 'unresolved', text: 'may' });
});

// ---------------------------------------------------------------------------------------------
// Calendar helpers
// ---------------------------------------------------------------------------------------------

test('dates: weekday of a day, 0 = Sunday', () => {
  assert.equal(weekdayOfDay('1970-01-01'), 4);
  assert.equal(weekdayOfDay('2025-05-11'), 0);
  assert.equal(weekdayOfDay('2025-05-17'), 6);
  assert.equal(weekdayOfDay('2024-02-29'), 4);
  assert.equal(weekdayOfDay('1969-12-31'), 3, 'before the epoch');
});

test('dates: addDays across a month end, a year end and a leap day', () => {
  assert.equal(addDays('2025-05-30', 3), '2025-06-02');
  assert.equal(addDays('2025-06-02', -3), '2025-05-30');
  assert.equal(addDays('2024-12-31', 1), '2025-01-01');
  assert.equal(addDays('2024-02-28', 1), '2024-02-29');
  assert.equal(addDays('2025-02-28', 1), '2025-03-01');
  assert.equal(addDays('2025-05-16', 0), '2025-05-16');
});

test('dates: daysBetween is b - a', () => {
  assert.equal(daysBetween('2025-05-10', '2025-05-16'), 6);
  assert.equal(daysBetween('2025-05-16', '2025-05-10'), -6);
  assert.equal(daysBetween('2024-02-01', '2024-03-01'), 29);
  assert.equal(daysBetween('2025-02-01', '2025-03-01'), 28);
  assert.equal(daysBetween('2024-01-01', '2025-01-01'), 366);
});

test('dates: isValidDay knows leap years, including centuries', () => {
  assert.equal(isValidDay(2024, 2, 29), true);
  assert.equal(isValidDay(2025, 2, 29), false);
  assert.equal(isValidDay(2000, 2, 29), true);
  assert.equal(isValidDay(1900, 2, 29), false);
  assert.equal(isValidDay(2025, 4, 31), false);
  assert.equal(isValidDay(2025, 13, 1), false);
  assert.equal(isValidDay(2025, 1, 0), false);
  assert.equal(isValidDay(2025, 1, 1.5), false);
});

test('time values: a range across two months keeps each day with its month, and its year from where it ends', () => {
  assert.deepEqual(timeValueOf('from January 30 to February 2', FRIDAY), { kind: 'span', from: '2025-01-30', to: '2025-02-02', text: 'from January 30 to February 2' });
  assert.deepEqual(timeValueOf('from May 30 to June 2', FRIDAY), { kind: 'span', from: '2025-05-30', to: '2025-06-02', text: 'from May 30 to June 2' });
  assert.deepEqual(timeValueOf('between December 30 and January 2', FRIDAY), { kind: 'span', from: '2024-12-30', to: '2025-01-02', text: 'between December 30 and January 2' });
});
