/**
 * The words a claim is shown in: hovers, diagnostics, the command line and the matcher's reasons.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  describeBounds,
  describeInterval,
  describeIntervalCompact,
  describeScope,
  formatClaimSummary,
  formatCompact,
  formatNumber,
} from '../../server/src/analysis/claimText';
import type { Interval, NumericClaim } from '../../server/src/analysis/types';

const open = (low: number): Interval => ({ low, high: null, lowInclusive: false, highInclusive: false });

test('formatNumber: scale words from a million, grouped digits below, decimals trimmed', () => {
  const rows: [number, string][] = [
    [40e9, '40 billion'],
    [1.5e9, '1.5 billion'],
    [33e6, '33 million'],
    [1.2e12, '1.2 trillion'],
    [1_137_000_001, '1,137,000,001'],
    [1000, '1,000'],
    [1050, '1,050'],
    [85, '85'],
    [0, '0'],
    [33.333333, '33.33'],
    [0.5, '0.5'],
    [-2500, '-2,500'],
  ];
  for (const [n, s] of rows) assert.equal(formatNumber(n), s, String(n));
});

test('formatCompact: exponents from a million, for reasons', () => {
  assert.equal(formatCompact(4e10), '4e10');
  assert.equal(formatCompact(3.3e7), '3.3e7');
  assert.equal(formatCompact(1.15e9), '1.15e9');
  assert.equal(formatCompact(1050), '1,050');
});

test('describeInterval: bounds, unit and rate in words', () => {
  const usd = { kind: 'currency' as const, currency: 'USD' };
  assert.equal(describeInterval({ interval: open(40e9), unit: usd, rate: 'year' }), '> 40 billion USD a year');
  assert.equal(describeInterval({ interval: { low: 0, high: 40e9, lowInclusive: true, highInclusive: true }, unit: usd }), '≤ 40 billion USD');
  assert.equal(describeInterval({ interval: { low: 0, high: 1, lowInclusive: true, highInclusive: false }, unit: { kind: 'percent' } }), '< 1%');
  assert.equal(
    describeInterval({ interval: { low: 950, high: 1050, lowInclusive: true, highInclusive: false }, unit: { kind: 'count', noun: 'arrest' } }),
    '950 to under 1,050 arrests',
  );
  assert.equal(describeInterval({ interval: { low: 12, high: null, lowInclusive: true, highInclusive: false }, unit: { kind: 'count', noun: 'person' } }), '≥ 12 people');
  assert.equal(describeInterval({ interval: { low: 85, high: 85, lowInclusive: true, highInclusive: true }, unit: { kind: 'count', noun: 'property' }, rate: 'day' }), '85 properties a day');
  assert.equal(describeInterval({ interval: { low: 1000, high: 1100, lowInclusive: false, highInclusive: true }, unit: { kind: 'count' } }), 'over 1,000 to 1,100');
  assert.equal(describeInterval({ interval: { low: null, high: null, lowInclusive: false, highInclusive: false }, unit: { kind: 'count' } }), 'any value');
});

test('describeIntervalCompact and describeBounds: the reasons\' form', () => {
  assert.equal(describeIntervalCompact(open(4e10)), '> 4e10');
  assert.equal(describeIntervalCompact({ low: 0, high: 4e10, lowInclusive: true, highInclusive: true }), '≤ 4e10');
  assert.equal(describeIntervalCompact({ low: 2e9, high: 1e12, lowInclusive: true, highInclusive: false }), '2e9 to under 1e12');
  assert.equal(describeBounds({ low: 14, high: 14, lowInclusive: true, highInclusive: true }), '14');
});

const claim: NumericClaim = {
  text: 'more than $40 billion',
  span: { start: 10, end: 31 },
  sentence: { start: 0, end: 120 },
  qualifier: 'more than',
  interval: open(40e9),
  value: 40e9,
  unit: { kind: 'currency', currency: 'USD' },
  rate: 'year',
  measure: { label: 'illicit revenue', words: ['proceeds'] },
  counted: { events: ['proceeds'], classes: [], nationalities: [], words: [] },
  facets: [],
  modality: 'fact',
  scope: { places: ['southeast asia'] },
  attribution: 'A 2024 UN report',
};

test('describeScope and formatClaimSummary: one line per claim', () => {
  assert.equal(describeScope(claim), 'in southeast asia; according to A 2024 UN report');
  assert.equal(describeScope({ scope: { places: [], time: 'between July 14 and 16', year: 2025 } }), 'between July 14 and 16');
  assert.equal(describeScope({ scope: { places: [], year: 2024 } }), 'in 2024');
  assert.equal(describeScope({ scope: { places: [] } }), '');
  assert.equal(
    formatClaimSummary(claim),
    '"more than $40 billion" = > 40 billion USD a year — illicit revenue (in southeast asia; according to A 2024 UN report)',
  );
  const baht: NumericClaim = {
    ...claim,
    text: '2.5 billion baht',
    qualifier: 'bare round figure',
    interval: { low: 2.45e9, high: 2.55e9, lowInclusive: true, highInclusive: false },
    unit: { kind: 'currency', currency: 'THB' },
    rate: undefined,
    scope: { places: [] },
    attribution: undefined,
    measure: { label: 'money lost', words: ['loss'] },
    equivalents: [{ value: 70e6, interval: { low: 63e6, high: 77e6, lowInclusive: true, highInclusive: true }, unit: { kind: 'currency', currency: 'USD' }, span: { start: 0, end: 1 } }],
  };
  assert.equal(formatClaimSummary(baht), '"2.5 billion baht" = 2.45 billion to under 2.55 billion THB (stated as 63 million to 77 million USD) — money lost');
});
