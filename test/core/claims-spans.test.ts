/**
 * Claim spans index the original text exactly — qualifier, figure, scale and currency word, no
 * counted noun — whatever the line endings, BOM or non-ASCII text before them. And the extractor
 * never throws and always gives the same answer.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyseArticle } from '../../server/src/analysis/analyse';
import { extractClaims } from '../../server/src/analysis/claims';
import { tokenize } from '../../server/src/analysis/nlp';
import { parseStructure } from '../../server/src/analysis/structure';
import type { ArticleStructure, Sentence } from '../../server/src/analysis/types';
import { dedent, parseFixture } from '../support/fixture';

const ARTICLE = dedent(`
  - Source: www.example.org
  Café Owners in Sète Count the Cost 🌊

  Published:

  Agnès Lefèvre, who runs a café on the quay, said the storm surge — the worst in decades — flooded more than 300 homes and shops along the seafront. Town officials in Sète put the damage at €40m, and insurers expect claims of up to $1.5bn across the region.

  Résumé of the Night

  Firefighters evacuated nearly 2,000 residents, and about 45% of them spent the night in schools; 2.5 billion baht (about $70 million) in emergency aid was pledged by donors abroad.
`);

const EXPECTED = [
  'more than 300',
  '€40m',
  'up to $1.5bn',
  'nearly 2,000',
  'about 45%',
  '2.5 billion baht',
];

function claimTexts(text: string): { text: string; slice: string; start: number }[] {
  return analyseArticle(text).claims.map((c) => ({ text: c.text, slice: text.slice(c.span.start, c.span.end), start: c.span.start }));
}

test('spans cover qualifier, figure, scale and currency word, and slice back to the claim text', () => {
  const claims = claimTexts(ARTICLE);
  assert.deepEqual(
    claims.map((c) => c.slice),
    EXPECTED,
  );
  for (const c of claims) assert.equal(c.text, c.slice);
});

test('spans survive CRLF line endings, a BOM and non-ASCII text before the figures', () => {
  const lf = claimTexts(ARTICLE);
  const crlfText = '\uFEFF' + ARTICLE.replace(/\n/g, '\r\n');
  const crlf = claimTexts(crlfText);
  assert.deepEqual(
    crlf.map((c) => c.slice),
    EXPECTED,
  );
  // Each claim moved by the BOM plus one character per line break before it.
  for (let i = 0; i < lf.length; i++) {
    const lineBreaksBefore = ARTICLE.slice(0, lf[i].start).split('\n').length - 1;
    assert.equal(crlf[i].start, lf[i].start + 1 + lineBreaksBefore, EXPECTED[i]);
  }
});

test('an equivalent keeps its own span inside the claim sentence', () => {
  const claim = analyseArticle(ARTICLE).claims.find((c) => c.text === '2.5 billion baht')!;
  assert.equal(claim.equivalents?.length, 1);
  const eq = claim.equivalents![0];
  assert.equal(ARTICLE.slice(eq.span.start, eq.span.end), 'about $70 million');
  assert.equal(eq.unit.currency, 'USD');
  assert.deepEqual(eq.interval, { low: 63e6, high: 77e6, lowInclusive: true, highInclusive: true });
});

test('caret markers place the spans of a fixture exactly', () => {
  const { files, markers } = parseFixture(`
    - Source: example.org
    Flood Relief Reaches the Valley

    Volunteers from the lowland towns have worked through the weekend, clearing roads and carrying supplies to families who stayed behind, while engineers inspected bridges and the regional council kept the shelters open for everyone who needed them.

    Crews rescued at least 120 people, and the council has released some $2.3 million so far.
                  ^^^^^^^^^^^^ claim
                                                                    ^^^^^^^^^^^^^^^^^ claim
  `);
  const text = files[0].text;
  const claims = analyseArticle(text).claims;
  assert.deepEqual(
    claims.map((c) => [c.span.start, c.span.end]),
    markers.map((m) => [m.start, m.end]),
  );
});

/** A structure with one paragraph block, so extractClaims can be fed hand-made sentences. */
function oneBlock(text: string): ArticleStructure {
  return {
    length: text.length,
    contentStart: 0,
    blocks: [{ kind: 'paragraph', span: { start: 0, end: text.length }, text }],
    urls: [],
    boilerplate: [],
    isArticle: true,
    problems: [],
  };
}

test('never throws: odd numbers, broken terms, malformed actors', () => {
  const odd = [
    '$ $$ 1,,000 10- -10 1e9 ½ 3/4 1.2.3 $1.5bnn US$ €m 100%% ∞ 0 0.0 00000 999999999999999999999999 bn billion million',
    'between and, more than, up to, about, 10 to, from to 5, a third of, half, one in, 5,000-strong',
    '\u0000\uFFFD\u200B 12\u00A0000 people, ٣٠٠ people, 三百 people',
    'x'.repeat(5000) + ' 300 people',
  ];
  for (const text of odd) {
    const structure = oneBlock(text);
    const sentences = tokenize(text, structure);
    assert.doesNotThrow(() => extractClaims({ text, structure, sentences }, []));
    assert.doesNotThrow(() => analyseArticle(text));
  }
  const broken: Sentence[] = [
    { span: { start: 0, end: 3 }, blockIndex: 99, terms: [{ text: '300', normal: '300', start: 0, end: 3, pre: '', post: '', tags: [] }] },
    { span: { start: 0, end: 0 }, blockIndex: 0, terms: [] },
    { span: { start: 0, end: 5 }, blockIndex: 0, terms: [{ text: '', normal: '', start: 0, end: 0, pre: '', post: '', tags: ['Value'] }] },
  ];
  const text = '300 people';
  const badActors = [{ key: 'x', name: 'X', kind: 'place', aliases: [], mentions: [{ span: { start: 5, end: 1 }, text: '', sentence: { start: 0, end: 0 } }], roles: [], relations: [], statements: [] }];
  assert.doesNotThrow(() => extractClaims({ text, structure: oneBlock(text), sentences: broken }, badActors as never));
});

test('the same input gives the same claims', () => {
  const a = analyseArticle(ARTICLE).claims;
  const b = analyseArticle(ARTICLE).claims;
  assert.deepEqual(a, b);
  const structure = parseStructure(ARTICLE);
  const sentences = tokenize(ARTICLE, structure);
  assert.deepEqual(extractClaims({ text: ARTICLE, structure, sentences }, []), extractClaims({ text: ARTICLE, structure, sentences }, []));
});
