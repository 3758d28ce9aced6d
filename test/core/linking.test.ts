/**
 * Incremental linking (server/src/corpus/linking.ts): after an edit, an added or a removed
 * article, and stories that merge or split, the links kept plus the pairs examined again are the
 * links a full run gives.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { analyseArticle } from '../../server/src/analysis/analyse';
import { defaultConflictOptions, linkClaims } from '../../server/src/analysis/conflicts';
import { IncrementalLinker, type LinkArticle } from '../../server/src/corpus/linking';
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
