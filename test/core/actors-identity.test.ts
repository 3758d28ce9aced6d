/**
 * Identity of actors across articles: keys that survive case, diacritics, apostrophes, possessives
 * and acronyms, and the merge of several articles' actors into the corpus view.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { actorKey, mergeActors } from '../../server/src/analysis/actors/identity';
import { analyseArticle } from '../../server/src/analysis/analyse';
import type { ArticleActor } from '../../server/src/analysis/types';
import { seed, seedTestOptions } from '../support/seeds';

test('actorKey: the same actor written differently has one key', () => {
  const same: string[][] = [
    ['Agnès Callamard', 'Agnes Callamard', 'AGNÈS CALLAMARD', 'Agne\u0300s Callamard'],
    ['Kok An’s', 'Kok An\'s', 'kok an', 'Kok  An'],
    ['the Philippines’', 'Philippines', 'The Philippines'],
    ['UN', 'U.N.', 'United Nations', 'the United Nations'],
    ['U.S.', 'US', 'USA', 'United States', 'United States of America', 'America'],
    ['UK', 'U.K.', 'Britain', 'United Kingdom'],
    ['Burma', 'Myanmar'],
    ['Trần Thị Hoa', 'Tran Thi Hoa'],
    ['Đặng Văn Lợi', 'Dang Van Loi'],
    ['Ban Ki-moon', 'Ban Ki moon'],
    ['Rodrigo “Digoy” Santillan', 'Rodrigo Santillan'],
    ['Vietnamese nationals', 'Vietnamese citizens', 'Vietnamese people'],
    ['Cambodians', 'Cambodian nationals', '85 Cambodians'.replace(/^\d+ /, '')],
    ['FATF', 'Financial Action Task Force'],
    ['Al-Jadeed TV', 'Al-Jadeed', 'Al Jadeed'],
  ];
  for (const names of same) {
    const keys = new Set(names.map(actorKey));
    assert.equal(keys.size, 1, `${names.join(' / ')} → ${[...keys].join(' / ')}`);
  }
  // A name shown with its acronym in brackets.
  assert.equal(actorKey('National Electoral Council (CNE)'), actorKey('National Electoral Council'));
  assert.equal(actorKey('Agence France-Presse (AFP)'), actorKey('AFP'));
});

test('actorKey: different actors keep different keys', () => {
  const pairs: [string, string][] = [
    ['Cambodia', 'Cambodian'], // a demonym alone is not the country
    ['Cambodia', 'Cambodians'], // nor are its nationals
    ['Hun Sen', 'Hun Manet'],
    ['us', 'US'], // only the capitals are the country
    ['Thai', 'Thailand'],
    ['Vietnamese nationals', 'Vietnamese workers'],
    ['Nepal TV', 'Nepal'], // a broadcaster named after its country is not the country
  ];
  for (const [a, b] of pairs) assert.notEqual(actorKey(a), actorKey(b), `${a} / ${b}`);
});

test('actorKey never throws and is stable on odd input', () => {
  const odd = ['', ' ', '’s', "'", '...', '()', 'A', '\u0000', '🙂', 'x'.repeat(10_000), 'ÀÉÎÕÜ', '“”', 'the', 'U.', '...S.'];
  for (const s of odd) {
    const k = actorKey(s);
    assert.equal(typeof k, 'string');
    assert.equal(actorKey(s), k);
  }
  assert.equal(actorKey(undefined as unknown as string), '');
});

function actor(partial: Partial<ArticleActor> & { name: string; kind: ArticleActor['kind'] }): ArticleActor {
  return {
    key: actorKey(partial.name),
    aliases: [],
    mentions: [{ span: { start: 0, end: partial.name.length }, text: partial.name, sentence: { start: 0, end: 10 } }],
    roles: [],
    relations: [],
    statements: [],
    ...partial,
  };
}

test('mergeActors: by key, fullest name, kind most articles give, findings keep their article', () => {
  const merged = mergeActors([
    {
      article: 'a.txt',
      actors: [
        actor({ name: 'Callamard', kind: 'person', key: actorKey('Agnès Callamard'), roles: [{ text: 'Amnesty chief', span: { start: 1, end: 2 }, mention: { start: 3, end: 4 } }] }),
        actor({ name: 'UN', kind: 'organisation', acronym: 'UN' }),
        actor({ name: 'U.S.', kind: 'place' }),
      ],
    },
    {
      article: 'b.txt',
      actors: [
        actor({ name: 'Agnès Callamard', kind: 'person', statements: [{ text: 'said so', span: { start: 5, end: 12 } }] }),
        actor({ name: 'United Nations', kind: 'organisation' }),
        actor({ name: 'United States', kind: 'organisation' }),
      ],
    },
    { article: 'c.txt', actors: [actor({ name: 'United States', kind: 'place' })] },
  ]);
  const byKey = new Map(merged.map((m) => [m.key, m]));
  const callamard = byKey.get('agnes callamard')!;
  assert.equal(callamard.name, 'Agnès Callamard');
  assert.deepEqual(callamard.aliases, ['Callamard']);
  assert.deepEqual(callamard.articles, ['a.txt', 'b.txt']);
  assert.deepEqual(callamard.roles.map((r) => r.article), ['a.txt']);
  assert.deepEqual(callamard.statements.map((s) => s.article), ['b.txt']);
  assert.equal(callamard.mentions.length, 2);

  const un = byKey.get('united nations')!;
  assert.equal(un.name, 'United Nations', 'the full name wins over the acronym');
  assert.ok(un.aliases.includes('UN'));

  const us = byKey.get('united states')!;
  assert.equal(us.kind, 'place', 'two articles say place, one says organisation');
  assert.equal(us.name, 'United States');
  assert.ok(us.aliases.includes('U.S.'));
});

test('mergeActors: an acronym-only actor joins the full name it abbreviates', () => {
  const merged = mergeActors([
    { article: 'a.txt', actors: [actor({ name: 'Economic and Financial Crimes Commission', kind: 'organisation', acronym: 'EFCC' })] },
    { article: 'b.txt', actors: [actor({ name: 'EFCC', kind: 'organisation' })] },
    { article: 'c.txt', actors: [actor({ name: 'Karen Border Guard Force', kind: 'organisation' })] },
    { article: 'd.txt', actors: [actor({ name: 'KBGF', kind: 'organisation' })] },
    // Ambiguous initials join nothing.
    { article: 'e.txt', actors: [actor({ name: 'Central Bank', kind: 'organisation' }), actor({ name: 'Civic Board', kind: 'organisation' })] },
    { article: 'f.txt', actors: [actor({ name: 'CB', kind: 'organisation' })] },
  ]);
  const names = merged.map((m) => m.name).sort();
  assert.deepEqual(names, ['CB', 'Central Bank', 'Civic Board', 'Economic and Financial Crimes Commission', 'Karen Border Guard Force']);
  const efcc = merged.find((m) => m.name === 'Economic and Financial Crimes Commission')!;
  assert.deepEqual(efcc.articles, ['a.txt', 'b.txt']);
  assert.ok(efcc.aliases.includes('EFCC'));
  const kbgf = merged.find((m) => m.name === 'Karen Border Guard Force')!;
  assert.deepEqual(kbgf.articles, ['c.txt', 'd.txt'], 'initials of the full name');
});

test('mergeActors: an acronym an article reads as a body never joins a person whose name has its initials', () => {
  const merged = mergeActors([
    { article: 'a.txt', actors: [actor({ name: 'KRV', kind: 'organisation' })] },
    { article: 'b.txt', actors: [actor({ name: 'Kavya R V', kind: 'person' })] },
    // Initials an article reads as a person still join the person.
    { article: 'c.txt', actors: [actor({ name: 'Tomas Arno Lind', kind: 'person' })] },
    { article: 'd.txt', actors: [actor({ name: 'TAL', kind: 'person' })] },
  ]);
  assert.deepEqual(merged.map((m) => `${m.kind} ${m.name} ${m.articles.join(',')}`).sort(), [
    'organisation KRV a.txt',
    'person Kavya R V b.txt',
    'person Tomas Arno Lind c.txt,d.txt',
  ]);
});

test('mergeActors: a person named without a second family name is the one named with it, when only one is', () => {
  const merged = mergeActors([
    { article: 'a.txt', actors: [actor({ name: 'Edmundo González Urrutia', kind: 'person' }), actor({ name: 'Nicolás Maduro Moros', kind: 'person' })] },
    { article: 'b.txt', actors: [actor({ name: 'Edmundo González', kind: 'person' }), actor({ name: 'Nicolás Maduro', kind: 'person' })] },
    // Two longer names start with the shorter one: it joins neither.
    { article: 'c.txt', actors: [actor({ name: 'Ana Lima Souza', kind: 'person' }), actor({ name: 'Ana Lima Prado', kind: 'person' }), actor({ name: 'Ana Lima', kind: 'person' })] },
    // A place is no person's name.
    { article: 'd.txt', actors: [actor({ name: 'San José', kind: 'place' }), actor({ name: 'San José Ortega', kind: 'person' })] },
  ]);
  const names = merged.map((m) => m.name).sort();
  assert.deepEqual(names, ['Ana Lima', 'Ana Lima Prado', 'Ana Lima Souza', 'Edmundo González Urrutia', 'Nicolás Maduro Moros', 'San José', 'San José Ortega']);
  const gonzalez = merged.find((m) => m.name === 'Edmundo González Urrutia')!;
  assert.deepEqual(gonzalez.articles, ['a.txt', 'b.txt']);
  assert.ok(gonzalez.aliases.includes('Edmundo González'));
});

test('mergeActors on the two seeds: the same people, places and groups meet', seedTestOptions(), () => {
  const merged = mergeActors(['000', '003'].map((p) => ({ article: p, actors: analyseArticle(seed(p).text).actors })));
  const get = (key: string) => merged.find((m) => m.key === key) ?? assert.fail(`no ${key}`);
  for (const key of ['hun manet', 'cambodia', 'amnesty international', 'phnom penh', 'poipet', 'southeast asia', 'cambodian nationals', 'united nations']) {
    assert.deepEqual(get(key).articles, ['000', '003'], key);
  }
  const un = get('united nations');
  assert.equal(un.name, 'United Nations');
  assert.equal(un.kind, 'organisation');
  assert.equal(new Set(merged.map((m) => m.key)).size, merged.length, 'one actor per key');
  assert.deepEqual(get('hun manet').roles.map((r) => `${r.article}: ${r.text}`), ['000: Prime Minister', '003: Prime Minister']);
});
