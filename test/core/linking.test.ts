/**
 * Incremental linking (server/src/corpus/linking.ts): after an edit, an added or a removed
 * article, and stories that merge or split, the links kept plus the pairs examined again are the
 * links a full run gives; links stored from a full run stand for one over the same articles.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { analyseArticle } from '../../server/src/analysis/analyse';
import { defaultConflictOptions, linkClaims } from '../../server/src/analysis/conflicts';
import { defaultAnalysisOptions } from '../../server/src/analysis/notices';
import { Corpus } from '../../server/src/corpus/corpus';
import { IncrementalLinker, type LinkArticle } from '../../server/src/corpus/linking';
import { contentKey } from '../../server/src/runtime/analysisCache';
import { groupStories } from '../../server/src/corpus/stories';

const FIXTURES = join(__dirname, '..', 'fixtures', 'claims');

function article(id: string, text: string): LinkArticle {
  const a = analyseArticle(text);
  return { article: id, claims: a.claims, actors: a.actors, token: a };
}

/** Every fixture set in one workspace, sorted by id, with its stories. */
function workspace(articles: LinkArticle[]): LinkArticle[] {
  const sorted = [...articles].sort((x, y) => (x.article < y.article ? -1 : 1));
  const stories = groupStories(sorted.map((a) => ({ id: a.article, label: a.article, actors: a.actors ?? [] })));
  const storyOf = new Map(stories.flatMap((s) => s.articles.map((id) => [id, s.id] as const)));
  return sorted.map((a) => ({ ...a, story: storyOf.get(a.article) }));
}

const texts = new Map<string, string>();
for (const event of readdirSync(FIXTURES).sort())
  for (const file of readdirSync(join(FIXTURES, event)).sort()) texts.set(`${event}/${file}`, readFileSync(join(FIXTURES, event, file), 'utf8'));
const base = [...texts].map(([id, text]) => article(id, text));

const render = (links: ReturnType<typeof linkClaims>) => links.map((l) => `${l.a.article}#${l.a.index} ${l.b.article}#${l.b.index} ${l.relation} ${l.confidence} ${l.reasons.join('; ')}`);

test('edits, additions and removals: incremental links equal a full run, and only affected articles are reported', () => {
  const linker = new IncrementalLinker({ alwaysFullBelow: 0, fullRunShare: 1 });
  let current = workspace(base);
  const first = linker.update(current, defaultConflictOptions);
  assert.equal(first.mode, 'full');
  assert.deepEqual(render(first.links), render(linkClaims(current, defaultConflictOptions)));

  // An edit that changes a figure of one article.
  const edited = [...texts.keys()].find((id) => id.startsWith('coop-bank-fraud/a'))!;
  const newText = texts.get(edited)!.replace('About 2,100 members', 'About 2,950 members');
  current = workspace(base.map((a) => (a.article === edited ? article(edited, newText) : a)));
  const update = linker.update(current, defaultConflictOptions);
  assert.equal(update.mode, 'incremental');
  assert.equal(update.focus, 1);
  assert.deepEqual(render(update.links), render(linkClaims(current, defaultConflictOptions)));
  assert.ok(update.changed !== 'all');
  assert.ok(update.changed.has(edited));
  assert.ok([...update.changed].every((id) => id.startsWith('coop-bank-fraud/')), [...update.changed].join());

  // The same inputs again: nothing to do.
  const again = linker.update(current, defaultConflictOptions);
  assert.equal(again.mode, 'unchanged');
  assert.deepEqual(again.changed, new Set());

  // A removal and an addition.
  const removed = [...texts.keys()].find((id) => id.startsWith('derrow-earthquake/'))!;
  current = workspace(current.filter((a) => a.article !== removed));
  const afterRemoval = linker.update(current, defaultConflictOptions);
  assert.deepEqual(render(afterRemoval.links), render(linkClaims(current, defaultConflictOptions)));
  current = workspace([...current, article('derrow-earthquake/z-copy-desk.txt', texts.get(removed)!.replace(/^- Source: .*$/m, '- Source: copydesk.example'))]);
  const afterAddition = linker.update(current, defaultConflictOptions);
  assert.equal(afterAddition.mode, 'incremental');
  assert.deepEqual(render(afterAddition.links), render(linkClaims(current, defaultConflictOptions)));
});

test('stories that merge are linked across, and links never cross stories that split', () => {
  const linker = new IncrementalLinker({ alwaysFullBelow: 0, fullRunShare: 1 });
  const flood = base.filter((a) => a.article.startsWith('valley-flood/'));
  // Two stories by hand: the first article alone, then all together.
  const split = flood.map((a, i) => ({ ...a, story: i === 0 ? 'one' : 'two' }));
  const merged = flood.map((a) => ({ ...a, story: 'all' }));
  assert.deepEqual(render(linker.update(split, defaultConflictOptions).links), render(linkClaims(split, defaultConflictOptions)));
  assert.ok(linkClaims(merged, defaultConflictOptions).length > linkClaims(split, defaultConflictOptions).length, 'the merge links across');
  const up = linker.update(merged, defaultConflictOptions);
  assert.equal(up.mode, 'incremental');
  assert.deepEqual(render(up.links), render(linkClaims(merged, defaultConflictOptions)));
  const down = linker.update(split, defaultConflictOptions);
  assert.deepEqual(render(down.links), render(linkClaims(split, defaultConflictOptions)));
});

test('stored links: a corpus takes the links of a full run over the very same articles instead of linking again, and goes on from them as from that run', () => {
  const analyses = new Map([...texts].map(([id, text]) => [id, analyseArticle(text)]));
  const keyOf = (id: string, text: string) => contentKey(text, defaultAnalysisOptions) + id.length;
  const fill = (corpus: Corpus, edits: Map<string, string> = new Map()) => {
    for (const [id, text] of texts) {
      const edited = edits.get(id);
      corpus.set(id, id, 1, edited ?? text, edited ? analyseArticle(edited) : analyses.get(id)!, { contentKey: keyOf(id, edited ?? text) });
    }
    return corpus;
  };
  const linked = fill(new Corpus());
  assert.equal(linked.linksOfFullRun(), undefined, 'not linked yet');
  assert.ok(linked.links.length > 0);
  const full = linked.linksOfFullRun()!;
  assert.ok(full && full.links.length > 0 && full.key === linked.linkKey());
  assert.equal(new Corpus().linkKey(), JSON.stringify(defaultConflictOptions) + '\u0001[]', 'no articles: the options and pins only');

  // The same articles: the stored links are taken as they are (an empty list shows it), and every finding is new.
  const taken = fill(new Corpus());
  taken.useStoredLinks(full.key, []);
  assert.deepEqual(taken.links, []);
  assert.equal(taken.takeChanged(), 'all');

  // One article differs: its key differs, so the stored links are dropped and the corpus links again.
  const edited = [...texts.keys()].find((id) => id.startsWith('coop-bank-fraud/a'))!;
  const edits = new Map([[edited, texts.get(edited)!.replace('About 2,100 members', 'About 2,950 members')]]);
  const other = fill(new Corpus(), edits);
  assert.notEqual(other.linkKey(), full.key);
  other.useStoredLinks(full.key, []);
  assert.deepEqual(render(other.links), render(fill(new Corpus(), edits).links));

  // Seeded with the real links (read back from JSON), an edit relinks incrementally to what the linked corpus gets.
  const seeded = fill(new Corpus());
  seeded.useStoredLinks(full.key, JSON.parse(JSON.stringify(full.links)));
  assert.deepEqual(render(seeded.links), render(full.links));
  assert.equal(seeded.linksOfFullRun()?.key, full.key);
  for (const corpus of [seeded, linked]) corpus.set(edited, edited, 2, edits.get(edited)!, analyseArticle(edits.get(edited)!), { contentKey: keyOf(edited, edits.get(edited)!) });
  assert.deepEqual(render(seeded.links), render(linked.links));

  // Without content keys there is no link key, and nothing to store.
  const unkeyed = new Corpus();
  for (const [id, text] of texts) unkeyed.set(id, id, 1, text, analyses.get(id)!);
  assert.ok(unkeyed.links.length > 0);
  assert.equal(unkeyed.linkKey(), undefined);
  assert.equal(unkeyed.linksOfFullRun(), undefined);
});
