/**
 * The lexicon (server/src/analysis/lexicon/): every word list is data, once, keyed on root forms.
 * Every JSON file of the folder is read as written, so a list added by hand is checked too: each
 * list has a description and at least one word; words are lower case (codes such as "USD" may
 * stay in capitals), without duplicates, and no
 * word is an inflected form (plural, verb form) of another word of the same list, since the
 * loader builds those. Name tables (countries, organisations) keep their capitals but no name twice.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import {
  inflect, pluralsOf, SAYING_VERBS, SOURCE_NOUNS, SPEECH_VERBS, PLACE_PREPOSITIONS, RELATION_NOUNS, verbForms,
} from '../../server/src/analysis/lexicon';
import { fold } from '../../server/src/analysis/actors/fold';

const DIR = join(__dirname, '..', '..', 'server', 'src', 'analysis', 'lexicon');

interface ListEntry {
  description?: unknown;
  inflect?: unknown;
  words?: unknown;
  map?: unknown;
  entries?: unknown;
}

function lexiconFiles(): { file: string; lists: Record<string, ListEntry> }[] {
  return readdirSync(DIR).filter((f) => f.endsWith('.json')).sort().map((file) => ({ file, lists: JSON.parse(readFileSync(join(DIR, file), 'utf8')) }));
}

/** The problems of one list of words: empty, not lower case, duplicated, or an inflection of another entry. */
function wordProblems(name: string, words: unknown, inflected: boolean): string[] {
  if (!Array.isArray(words) || words.length === 0) return [`${name}: no words`];
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const w of words) {
    if (typeof w !== 'string' || w.trim() !== w || w === '') { problems.push(`${name}: not a word: ${JSON.stringify(w)}`); continue; }
    // Words are folded to lower case; codes (currency codes, acronyms) may stay in capitals.
    if (w !== w.toLowerCase() && !/^\p{Lu}{2,6}$/u.test(w)) problems.push(`${name}: not lower case: ${w}`);
    if (seen.has(w)) problems.push(`${name}: twice: ${w}`);
    seen.add(w);
  }
  // A list the loader inflects holds roots only; closed classes ("as", "its") are listed as written.
  if (!inflected) return problems;
  for (const w of seen) {
    for (const other of seen) {
      if (other === w) continue;
      if (pluralsOf(w).includes(other)) problems.push(`${name}: ${other} is the plural of ${w}; list the root only`);
      else if (verbForms(w).includes(other) && !pluralsOf(w).includes(other) && other !== `${w}s`) problems.push(`${name}: ${other} is a form of ${w}; list the root only`);
    }
  }
  return problems;
}

test('lexicon: every list is described, non-empty, lower case, without duplicates, keyed on root forms', () => {
  const files = lexiconFiles();
  assert.ok(files.length >= 5, 'the lexicon folder holds the lists');
  const problems: string[] = [];
  let lists = 0;
  for (const { file, lists: content } of files) {
    for (const [name, list] of Object.entries(content)) {
      lists++;
      const id = `${file} ${name}`;
      if (typeof list.description !== 'string' || list.description.length < 10) problems.push(`${id}: no one-line description`);
      else if (list.description.includes('\n')) problems.push(`${id}: the description takes more than one line`);
      if (list.inflect !== undefined && !['none', 'noun', 'plural', 'verb'].includes(list.inflect as string)) problems.push(`${id}: unknown inflection ${String(list.inflect)}`);
      const inflected = list.inflect !== undefined && list.inflect !== 'none';
      if (list.words !== undefined) problems.push(...wordProblems(id, list.words, inflected));
      else if (list.map !== undefined) {
        const map = list.map as Record<string, unknown>;
        if (Object.keys(map).length === 0) problems.push(`${id}: empty map`);
        const all: string[] = [];
        for (const [key, words] of Object.entries(map)) {
          if (key !== key.toLowerCase() && !/^\p{Lu}{2,6}$/u.test(key)) problems.push(`${id}: key not lower case: ${key}`);
          // A map to one value (a relation, a number) is keyed on the word itself.
          if (!Array.isArray(words) || words.every((w) => typeof w === 'number')) {
            if (!['string', 'number'].includes(typeof words) && !Array.isArray(words)) problems.push(`${id}.${key}: neither words nor a value`);
            continue;
          }
          problems.push(...wordProblems(`${id}.${key}`, words, inflected));
          if (Array.isArray(words)) all.push(...(words as string[]));
        }
        const twice = all.filter((w, i) => all.indexOf(w) !== i);
        if (twice.length > 0 && inflected) problems.push(`${id}: under two keys: ${twice.join(', ')}`);
      } else if (Array.isArray(list.entries)) {
        if (list.entries.length === 0) problems.push(`${id}: no entries`);
        const names = new Map<string, number>();
        for (const entry of list.entries as (Record<string, unknown> | unknown[])[]) {
          if (Array.isArray(entry)) {
            // Generated rows: [name, country code, …]; one name may stand in several countries.
            const name = entry.find((x) => typeof x === 'string');
            if (typeof name !== 'string' || name === '') problems.push(`${id}: a row without a name: ${JSON.stringify(entry)}`);
            else names.set(JSON.stringify(entry.map((x) => (typeof x === 'string' ? fold(x) : x))), (names.get(JSON.stringify(entry.map((x) => (typeof x === 'string' ? fold(x) : x)))) ?? 0) + 1);
            continue;
          }
          const spelled = [...((entry.names as string[] | undefined) ?? []), ...(entry.name ? [entry.name as string] : []), ...(entry.acronym ? [entry.acronym as string] : [])];
          if (spelled.length === 0) problems.push(`${id}: an entry without a name: ${JSON.stringify(entry)}`);
          for (const n of spelled) names.set(fold(n), (names.get(fold(n)) ?? 0) + 1);
        }
        for (const [n, count] of names) if (count > 1) problems.push(`${id}: ${n} named ${count} times`);
      } else problems.push(`${id}: neither words, a map nor entries`);
    }
  }
  assert.ok(lists >= 40, `only ${lists} lists`);
  assert.deepEqual(problems, []);
});

test('lexicon: roots are inflected as their list asks', () => {
  assert.deepEqual(inflect('ministry', 'noun'), ['ministry', 'ministries']);
  assert.deepEqual(inflect('spokesman', 'plural'), ['spokesmen']);
  assert.deepEqual(inflect('child', 'noun'), ['child', 'children']);
  assert.deepEqual(verbForms('say').sort(), ['said', 'say', 'saying', 'says']);
  assert.deepEqual(verbForms('testify').sort(), ['testified', 'testifies', 'testify', 'testifying']);
  assert.deepEqual(verbForms('note').sort(), ['note', 'noted', 'notes', 'noting']);
  assert.deepEqual(verbForms('admit').sort(), ['admit', 'admits', 'admitted', 'admitting']);
  assert.deepEqual(verbForms('stress').sort(), ['stress', 'stressed', 'stresses', 'stressing']);
});

test('lexicon: the shared lists hold the union of the copies they replace', () => {
  // Verbs of saying: the actors' speech verbs and the claims' attribution verbs.
  for (const w of ['said', 'says', 'told', 'added', 'warned', 'noted', 'tweeted', 'testified', 'reiterated', 'wrote']) assert.ok(SPEECH_VERBS.has(w), w);
  for (const w of ['estimated', 'reported', 'believes', 'said', 'claimed', 'alleged']) assert.ok(SAYING_VERBS.has(w), w);
  assert.ok(!SPEECH_VERBS.has('reported'), 'a country or a ministry reports: "reported" names no speaker');
  // Source nouns: the claims' and the actors' lists.
  for (const w of ['report', 'reports', 'estimates', 'figures', 'data', 'statistics', 'tally', 'count', 'audit', 'census', 'statement', 'analysis', 'analyses']) assert.ok(SOURCE_NOUNS.has(w), w);
  // Place prepositions: both copies.
  for (const w of ['in', 'near', 'outside', 'across', 'throughout', 'inside', 'around', 'within', 'at', 'over']) assert.ok(PLACE_PREPOSITIONS.has(w), w);
  assert.equal(RELATION_NOUNS.get('children'), 'child-of');
  assert.equal(RELATION_NOUNS.get('allies'), 'associate-of');
});
