/**
 * Mirrors and copies (server/src/corpus/mirrors.ts and the corpus around it): identical and
 * near-identical texts are found, copies never conflict with each other, two stories are compared
 * once however many copies each has, and messages and the article hover say where else an article
 * was published.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { analyseArticle } from '../../server/src/analysis/analyse';
import { articleCard } from '../../server/src/corpus/cards';
import { Corpus } from '../../server/src/corpus/corpus';
import { allConflicts, findingsFor } from '../../server/src/corpus/findings';
import {
  areCopies,
  describePublications,
  estimatedContainment,
  estimatedJaccard,
  fullestCopy,
  groupMirrors,
  mapClaims,
  mirrorSignature,
  normalisedWords,
  otherPublications,
  SIGNATURE_SIZE,
  similarity,
  type MirrorItem,
} from '../../server/src/corpus/mirrors';
import { ReviewSet } from '../../server/src/corpus/reviews';
import { defaultSettings } from '../../server/src/settings';

const STORY = [
  'Crane Collapses at Varno Harbour',
  'A container crane collapsed at Varno harbour on Tuesday night, killing two dock workers and injuring 14 others, the port authority said on Wednesday.',
  'The crane, one of six on the eastern quay, had been inspected in March. Engineers from the regional safety board arrived on Wednesday morning and closed the quay while they examined the wreckage.',
  'The dock workers union said more than 300 of its members would stop work on Thursday to demand an independent inquiry into maintenance at the port, which handles about 1.2 million containers a year.',
];
const FIGURES = ['two', '14', 'more than 300', 'about 1.2 million'];

test('words are normalised: case, punctuation, compatibility forms and digits', () => {
  assert.deepEqual(normalisedWords('The PORT’s “crane”—ﬁxed in 2024: 1,200 tonnes.'), ['the', 'port', 's', 'crane', 'fixed', 'in', '2024', '1', '200', 'tonnes']);
  assert.deepEqual(normalisedWords(''), []);
});

test('a signature has a fixed size and is the same for the same text, whatever its layout', () => {
  const a = mirrorSignature(STORY, FIGURES);
  const b = mirrorSignature(STORY.map((s) => s.replace(/ /g, '  ').toUpperCase()), [...FIGURES].reverse());
  assert.equal(a.minhash.length, SIGNATURE_SIZE);
  assert.equal(a.words, 97);
  assert.equal(a.exact, b.exact);
  assert.deepEqual(a.minhash, b.minhash);
  assert.equal(a.figures, b.figures);
  assert.equal(estimatedJaccard(a, b), 1);
  assert.ok(areCopies(a, b));
});

test('a near copy (another headline, one word changed) is a copy; one that changed a figure is not', () => {
  const original = mirrorSignature(STORY, FIGURES);
  const retitled = [`Two Killed as Crane Falls in Varno`, STORY[1].replace('collapsed', 'fell'), ...STORY.slice(2)];
  const near = mirrorSignature(retitled, FIGURES);
  assert.notEqual(near.exact, original.exact);
  assert.ok(estimatedJaccard(original, near) >= 0.8, `estimated Jaccard ${estimatedJaccard(original, near)}`);
  assert.ok(areCopies(original, near));

  const updated = [STORY[0], STORY[1].replace('injuring 14', 'injuring 19'), ...STORY.slice(2)];
  const revised = mirrorSignature(updated, ['two', '19', 'more than 300', 'about 1.2 million']);
  assert.ok(estimatedJaccard(original, revised) >= 0.8);
  assert.equal(areCopies(original, revised), false, 'a changed figure makes a new version, not a mirror');
});

test('a cut-down copy (an excerpt) is a copy when it states no figure the fuller text does not; the fuller one is compared', () => {
  const longer = [
    ...STORY,
    'Port officials said the eastern quay would stay closed for at least a week. Ships due to dock there have been sent to the western terminal, where delays of up to two days are expected, and the authority has asked shipping lines to avoid the harbour until the inspection is over.',
    'The regional government announced an inquiry on Thursday evening and said its findings would be published within three months. Relatives of the two men who died met the governor and asked for compensation and a full account of what went wrong.',
  ];
  const longFigures = [...FIGURES, 'at least a week', 'up to two days', 'three months'];
  const full = mirrorSignature(longer, longFigures);
  const excerpt = mirrorSignature(STORY, FIGURES);
  assert.ok(estimatedContainment(full, excerpt) >= 0.9, `containment ${estimatedContainment(full, excerpt)}`);
  assert.ok(estimatedJaccard(full, excerpt) < 0.8);
  assert.ok(areCopies(full, excerpt));
  const changed = mirrorSignature(STORY, [...FIGURES.slice(0, 3), 'about 1.5 million']);
  assert.equal(areCopies(full, changed), false, 'a figure the fuller text does not state');
  assert.equal(fullestCopy(['b.txt', 'a.txt', 'c.txt'], (id) => ({ 'a.txt': 97, 'b.txt': 180, 'c.txt': 180 })[id]!), 'b.txt');
});

test('a candidate pair is judged on its shingles, not on the MinHash estimate (which read a copy 98% contained as 88%)', () => {
  // One page as one site lays it out (a line a paragraph, a teaser at the end) and as another does.
  const oneSite = mirrorSignature([...STORY.join('\n').split('\n'), 'Markets Close Higher on Friday'], FIGURES);
  const other = mirrorSignature(STORY, FIGURES);
  const { containment } = similarity(oneSite, other);
  assert.equal(containment, 1, "every shingle of the shorter layout is in the other");
  assert.notEqual(oneSite.exact, other.exact);
  assert.deepEqual(other.shingles, [...other.shingles].sort((x, y) => x - y), 'sorted');
  assert.equal(new Set(other.shingles).size, other.shingles.length, 'distinct');
  // An unlucky MinHash (every value different) does not hide the copy; without shingles it would.
  const unlucky = { ...oneSite, minhash: oneSite.minhash.map((v) => v ^ 1) };
  assert.equal(areCopies(unlucky, other), true);
  assert.equal(areCopies({ ...unlucky, shingles: [] }, other), false);
});

test('another article on the same event is not a copy, and an empty text copies nothing', () => {
  const other = mirrorSignature(
    [
      'Union Calls Strike After Varno Crane Deaths',
      'Dock workers in Varno will walk out on Thursday after two colleagues died when a crane gave way on the eastern quay, union leaders told a rally outside the port gates.',
      'The port authority has promised a full review of its equipment. More than 300 members are expected to join the stoppage.',
    ],
    ['two', 'More than 300'],
  );
  const original = mirrorSignature(STORY, FIGURES);
  assert.ok(estimatedJaccard(original, other) < 0.2, `estimated Jaccard ${estimatedJaccard(original, other)}`);
  assert.equal(areCopies(original, other), false);
  const empty = mirrorSignature([], []);
  assert.equal(empty.words, 0);
  assert.equal(areCopies(empty, mirrorSignature([], [])), false);
});

test('groups: identical and near copies together, in id order, whatever the input order; singletons left out', () => {
  const original = mirrorSignature(STORY, FIGURES);
  const near = mirrorSignature([`Two Killed as Crane Falls in Varno`, ...STORY.slice(1)], FIGURES);
  const other = mirrorSignature(['Budget Vote Delayed', 'The city council of Larkspur postponed its budget vote until next month after a dispute over road repairs and the cost of a new library.'], []);
  const items: MirrorItem[] = [
    { id: 'sites/c.txt', signature: near },
    { id: 'a.txt', signature: original },
    { id: 'other.txt', signature: other },
    { id: 'sites/b.txt', signature: original },
  ];
  const expected = [{ members: ['a.txt', 'sites/b.txt', 'sites/c.txt'] }];
  assert.deepEqual(groupMirrors(items), expected);
  assert.deepEqual(groupMirrors([...items].reverse()), expected);
  assert.deepEqual(groupMirrors([items[1], items[2]]), []);
});

test('claims of two copies map figure to figure, the k-th occurrence to the k-th', () => {
  assert.deepEqual(mapClaims(['14', 'two', '14', 'more than 300', 'nine'], ['two', '14', 'more than  300', '14']), [1, 0, 3, 2, -1]);
  assert.deepEqual(mapClaims([], ['two']), []);
});

test('other publications: one per other site, the rest as copies, in words', () => {
  const places = [
    { id: 'a.txt', site: 'harbour-news.example' },
    { id: 'b.txt', site: 'wire.example' },
    { id: 'c.txt', site: 'wire.example' },
    { id: 'd.txt', site: 'harbour-news.example' },
    { id: 'e.txt' },
  ];
  const { sites, copies } = otherPublications(places, 'a.txt');
  assert.deepEqual(sites.map((p) => p.id), ['b.txt']);
  assert.deepEqual(copies.map((p) => p.id), ['c.txt', 'd.txt', 'e.txt']);
  assert.equal(describePublications({ sites: 1, copies: 3 }), 'also published by 1 site and in 3 more copies');
  assert.equal(describePublications({ sites: 4, copies: 0 }), 'also published by 4 sites');
  assert.equal(describePublications({ sites: 0, copies: 1 }), 'also in 1 more copy');
});

// ------------------------------------------------------------------------------------------------
// In the corpus: a fixture pair whose figures conflict, each article published several times.
// ------------------------------------------------------------------------------------------------

const FIXTURE = join(__dirname, '..', 'fixtures', 'claims', 'coop-bank-fraud');
const A = readFileSync(join(FIXTURE, 'a-lakeside-news.txt'), 'utf8');
const B = readFileSync(join(FIXTURE, 'b-north-finance.txt'), 'utf8');

/** The same text as another site publishes it: its own header, furniture and Sources list. */
function republished(text: string, site: string): string {
  return text.replace(/^- Source: .*$/m, `- Source: ${site}`).replace(/\n\n/, '\n\nPublished:\n\nspot_img\n\n') + `\nSources:\nhttps://${site}/news/1\n`;
}

function corpusOf(files: Record<string, string>): Corpus {
  const corpus = new Corpus();
  for (const [name, text] of Object.entries(files)) corpus.set(name, name, 1, text, analyseArticle(text));
  return corpus;
}

const conflictsOf = (corpus: Corpus, id: string) => findingsFor(corpus, id, defaultSettings).filter((f) => f.code === 'numeric-conflict');

test('copies are compared once: as many conflicts as without copies, none between copies, shown on one copy', () => {
  const plain = corpusOf({ 'a.txt': A, 'b.txt': B });
  const expected = allConflicts(plain, defaultSettings).length;
  assert.ok(expected > 0, 'the fixture pair conflicts');

  const corpus = corpusOf({
    'a.txt': A,
    'mirror/a-wire.txt': republished(A, 'wire.example'),
    'mirror/a-daily.txt': republished(A, 'daily.example'),
    'copy/a.txt': A,
    'b.txt': B,
    'mirror/b-wire.txt': republished(B, 'wire.example'),
  });
  assert.deepEqual(corpus.copiesOf('mirror/a-wire.txt')?.members, ['a.txt', 'copy/a.txt', 'mirror/a-daily.txt', 'mirror/a-wire.txt']);
  assert.equal(corpus.copiesOf('a.txt')?.primary, 'a.txt');
  assert.deepEqual(corpus.copiesOf('b.txt')?.members, ['b.txt', 'mirror/b-wire.txt']);
  assert.equal(allConflicts(corpus, defaultSettings).length, expected);
  for (const link of corpus.links) assert.notEqual(corpus.copiesOf(link.a.article), corpus.copiesOf(link.b.article), 'a link never joins two copies');
  // For scoring per file, each link holds for every pair of copies, with the same figures.
  const across = corpus.linksAcrossCopies();
  assert.equal(across.length, corpus.links.length * 4 * 2);
  for (const l of across) {
    assert.notEqual(corpus.copiesOf(l.a.article), corpus.copiesOf(l.b.article));
    const original = corpus.links.find((m) => m.relation === l.relation && corpus.claim(m.a)!.text === corpus.claim(l.a)!.text && corpus.claim(m.b)!.text === corpus.claim(l.b)!.text);
    assert.ok(original, `${l.a.article} ~ ${l.b.article}`);
  }

  // The warnings sit on the first copy of each text; the others carry none.
  assert.equal(conflictsOf(corpus, 'a.txt').length, conflictsOf(plain, 'a.txt').length);
  for (const id of ['copy/a.txt', 'mirror/a-daily.txt', 'mirror/a-wire.txt', 'mirror/b-wire.txt']) assert.deepEqual(conflictsOf(corpus, id), [], id);

  // The message says where else the other side was published, and links to the copies.
  const finding = conflictsOf(corpus, 'a.txt')[0];
  assert.match(finding.message, /^Conflicts with b\.txt \(also published by 1 site\): /);
  assert.deepEqual(
    finding.related.map((r) => [r.article, r.message.split(':')[0]]),
    [
      ['b.txt', 'b.txt'],
      ['mirror/b-wire.txt', 'also published by wire.example'],
    ],
  );
  // The copy's related span is the same figure in the copy.
  const copyRelated = finding.related[1];
  const bFigure = corpus.claim(finding.claim!.other)!.text;
  assert.equal(republished(B, 'wire.example').slice(copyRelated.span.start, copyRelated.span.end), bFigure);
});

test('an open copy carries its group’s warnings, with the claims of that copy; reviews hold on every copy', () => {
  const corpus = corpusOf({ 'a.txt': A, 'mirror/a-wire.txt': republished(A, 'wire.example'), 'b.txt': B });
  const before = conflictsOf(corpus, 'a.txt');
  assert.ok(before.length > 0);
  corpus.takeChanged();
  corpus.setPreferred(new Set(['mirror/a-wire.txt']));
  assert.deepEqual([...(corpus.takeChanged() as Set<string>)].sort(), ['a.txt', 'mirror/a-wire.txt']);
  assert.deepEqual(conflictsOf(corpus, 'a.txt'), []);
  const moved = conflictsOf(corpus, 'mirror/a-wire.txt');
  assert.equal(moved.length, before.length);
  const text = republished(A, 'wire.example');
  for (const [i, f] of moved.entries()) {
    assert.equal(text.slice(f.span.start, f.span.end), A.slice(before[i].span.start, before[i].span.end));
    assert.equal(f.message, before[i].message);
  }
  // Marked as reviewed on the first copy, the pair stays quiet on the open one.
  const claim = corpus.claimAt('a.txt', before[0].span.start)!.claim;
  const other = corpus.claim(before[0].claim!.other)!;
  const reviewed = new ReviewSet([{ a: { file: 'a.txt', text: claim.text }, b: { file: 'b.txt', text: other.text } }]);
  assert.equal(findingsFor(corpus, 'mirror/a-wire.txt', defaultSettings, reviewed).filter((f) => f.code === 'numeric-conflict').length, moved.length - 1);
});

test('the article hover says where else it was published, with links, and which copy is compared', () => {
  const corpus = corpusOf({ 'a.txt': A, 'mirror/a-wire.txt': republished(A, 'wire.example'), 'copy/a.txt': A, 'b.txt': B });
  const card = articleCard('mirror/a-wire.txt', { corpus, here: 'mirror/a-wire.txt', markdown: false, linkTo: (a) => a });
  assert.match(card, /^- Also published by 1 site and in 1 more copy: lakesidenews\.example \(a\.txt\) · lakesidenews\.example \(copy\/a\.txt\)$/m);
  assert.match(card, /^- Copies of one text are compared once, as a\.txt, and never with each other$/m);
  const single = articleCard('b.txt', { corpus, here: 'b.txt', markdown: false, linkTo: (a) => a });
  assert.doesNotMatch(single, /published by|Copies of one text/);
});

test('an edited copy that changes a figure leaves its group and is compared like any article', () => {
  const corpus = corpusOf({ 'a.txt': A, 'mirror/a-wire.txt': republished(A, 'wire.example'), 'b.txt': B });
  assert.ok(corpus.copiesOf('mirror/a-wire.txt'));
  const edited = republished(A, 'wire.example').replace('312 dormant accounts', '412 dormant accounts');
  corpus.set('mirror/a-wire.txt', 'mirror/a-wire.txt', 2, edited, analyseArticle(edited));
  assert.equal(corpus.copiesOf('mirror/a-wire.txt'), undefined);
  assert.ok(conflictsOf(corpus, 'mirror/a-wire.txt').some((f) => /412/.test(f.message)), 'the changed figure is compared with the original');
});
