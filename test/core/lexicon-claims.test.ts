/**
 * The claim extractor's and the matcher's word lists (server/src/analysis/lexicon/claims.json,
 * time.json, matching.json, loaded by lexicon/claims.ts): every list is non-empty, lower case
 * (ISO currency codes stay in capitals), without duplicates; lists read together as one set
 * share no word; no word folds into two roots of one map; and no list repeats, word for word,
 * a list the lexicon already holds elsewhere.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import * as L from '../../server/src/analysis/lexicon/claims';

const DIR = join(__dirname, '..', '..', 'server', 'src', 'analysis', 'lexicon');
const OWN = ['claims.json', 'time.json', 'matching.json'];

interface List {
  description: string;
  words?: string[];
  map?: Record<string, unknown>;
  entries?: unknown[];
}

function read(file: string): Record<string, List> {
  return JSON.parse(readFileSync(join(DIR, file), 'utf8')) as Record<string, List>;
}

/** The words of a list: its words, the words a map lists under its keys, or the phrases of its rows. */
function wordsOf(list: List): string[] {
  if (list.words) return list.words;
  if (list.map) return Object.values(list.map).flatMap((v) => (Array.isArray(v) && v.every((x) => typeof x === 'string') ? (v as string[]) : []));
  return [];
}

const own = Object.fromEntries(OWN.map((f) => [f, read(f)]));

test('lexicon (claims): every list is described and non-empty, its words lower case and listed once', () => {
  const problems: string[] = [];
  for (const [file, lists] of Object.entries(own)) {
    for (const [name, list] of Object.entries(lists)) {
      const id = `${file} ${name}`;
      if (typeof list.description !== 'string' || list.description.length < 10 || list.description.includes('\n')) problems.push(`${id}: no one-line description`);
      const size = list.words?.length ?? (list.map ? Object.keys(list.map).length : list.entries?.length ?? 0);
      if (size === 0) problems.push(`${id}: empty`);
      const words = wordsOf(list);
      const seen = new Set<string>();
      for (const w of words) {
        // ISO currency codes are the one list written in capitals, as they are matched.
        if (w !== w.toLowerCase() && !(name === 'currencyCodes' && /^[A-Z]{3}$/.test(w))) problems.push(`${id}: not lower case: ${w}`);
        if (seen.has(w)) problems.push(`${id}: twice: ${w}`);
        seen.add(w);
      }
      if (list.entries) {
        // Rows keyed on a phrase or a name (qualifiers, currency symbols, scales, units) hold each once.
        const keys = list.entries.flatMap((e) => {
          const row = e as unknown[];
          const names = row.find((x) => Array.isArray(x)) as string[] | undefined;
          return names ?? [String(row.find((x) => typeof x === 'string'))];
        });
        const twice = keys.filter((k, i) => keys.indexOf(k) !== i);
        if (twice.length > 0) problems.push(`${id}: rows twice: ${twice.join(', ')}`);
        for (const e of list.entries) for (const x of (e as unknown[]).flat()) if (typeof x === 'string' && name !== 'currencySymbols' && x !== x.toLowerCase()) problems.push(`${id}: not lower case: ${x}`);
      }
    }
  }
  assert.deepEqual(problems, []);
});

test('lexicon (claims): lists read together as one set share no word', () => {
  const c = own['claims.json'];
  const t = own['time.json'];
  const groups: [string, List[]][] = [
    ['reporting verbs (saying, "that" verbs, others)', [c.sayingVerbs, c.thatVerbs, c.otherReportingWords]],
    ['words that are never places (months, weekdays, determiners)', [t.months, t.weekdays, c.notPlaceDeterminers]],
    ['number words (units, tens)', [c.numberUnits, c.numberTens]],
  ];
  const problems: string[] = [];
  for (const [what, lists] of groups) {
    // A map of word → value (number words) is keyed on its words.
    const all = lists.flatMap((l) => (l.words ?? (wordsOf(l).length > 0 ? wordsOf(l) : Object.keys(l.map ?? {}))));
    const twice = all.filter((w, i) => all.indexOf(w) !== i);
    if (twice.length > 0) problems.push(`${what}: ${[...new Set(twice)].join(', ')}`);
  }
  // A map that folds words into roots folds each word into one root only.
  for (const name of ['eventForms', 'classForms', 'eventNounClasses', 'sayingVerbs', 'thatVerbs', 'currencyWords', 'dollarCountries', 'irregularSingulars']) {
    const all = wordsOf(c[name]);
    const twice = all.filter((w, i) => all.indexOf(w) !== i);
    if (twice.length > 0) problems.push(`${name}: under two roots: ${twice.join(', ')}`);
  }
  assert.deepEqual(problems, []);
});

test('lexicon (claims): no list repeats word for word a list the lexicon holds elsewhere', () => {
  const others = readdirSync(DIR).filter((f) => f.endsWith('.json') && !OWN.includes(f) && f !== 'worldPlaces.json');
  const key = (words: string[]) => [...new Set(words)].sort().join(' ');
  const elsewhere = new Map<string, string>();
  for (const f of others) for (const [name, list] of Object.entries(read(f))) if (list.words) elsewhere.set(key(list.words), `${f} ${name}`);
  const mine = new Map<string, string>();
  const problems: string[] = [];
  for (const [file, lists] of Object.entries(own)) {
    for (const [name, list] of Object.entries(lists)) {
      const words = wordsOf(list);
      if (words.length < 2) continue;
      const k = key(words);
      if (elsewhere.has(k)) problems.push(`${file} ${name} repeats ${elsewhere.get(k)}`);
      if (mine.has(k)) problems.push(`${file} ${name} repeats ${mine.get(k)}`);
      mine.set(k, `${file} ${name}`);
    }
  }
  assert.deepEqual(problems, []);
});

test('lexicon (claims): the loaded sets and maps', () => {
  assert.ok(L.PLACE_PREPOSITIONS.has('across'), 'place prepositions come from english.json');
  assert.ok(L.REPORTING_VERBS.has('said') && L.REPORTING_VERBS.has('found') && L.REPORTING_VERBS.has('according'));
  assert.ok(!L.SAYING.has('found') && L.SAYING_WITH_THAT.has('found'));
  assert.equal(L.EVENT_OF.get('detained'), 'arrest');
  assert.equal(L.CLASS_OF.get('individuals'), 'person');
  assert.equal(L.CLASS_OF_EVENT_NOUN.arrests, 'person');
  assert.equal(L.CURRENCY_WORDS.baht, 'THB');
  assert.equal(L.DOLLAR_COUNTRIES['hong kong'], 'HKD');
  assert.equal(L.IRREGULAR_SINGULAR.people, 'person');
  assert.ok(L.NOT_PLACES.has('may') && L.NOT_PLACES.has('sunday') && L.NOT_PLACES.has('those'));
  assert.ok(L.COMPASS_WORDS.has('North') && !L.COMPASS_WORDS.has('north'));
  assert.equal(L.MONTHS.length, 12);
  assert.equal(L.WEEKDAYS[0], 'sunday');
  assert.deepEqual(L.UNITS_OF_MEASURE.find((u) => u.names.includes('kg')), { dimension: 'mass', base: 'kilograms', factor: 1, names: ['kilogram', 'kilo', 'kg', 'kilogramme'] });
  assert.equal('the cocaine'.replace(L.leadingWords(L.ARTICLES), ''), 'cocaine');
});
