import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyseArticle } from '../../server/src/analysis/analyse';

const body = 'Reporters at the regional desk followed the story closely through the week, and officials spoke with residents about what they had seen.';

test('story kinds: the kinds of event the headline and first paragraph name, one kind for what one event brings together', () => {
  const kinds = (title: string, lede: string) => analyseArticle(`${title}\n\n${lede} ${body}\n\nMore protests and a blast were reported elsewhere later in the week.\n`).storyKinds;
  assert.deepEqual(kinds('Tanker explosion kills 147 in northern town', 'A fuel tanker exploded on Tuesday night as residents gathered.'), ['fire']);
  assert.deepEqual(kinds('Police fire tear gas at protesters in the capital', 'Demonstrators marched against the election results on Friday.'), ['election', 'unrest']);
  // A storm, its floods and its landslides are one kind.
  assert.deepEqual(kinds('Cyclone toll rises as floods and landslides cut off towns', 'Heavy rain kept falling on Sunday.'), ['weather']);
  // Words past the first paragraph do not count; an article that names no kind has none.
  assert.equal(kinds('Council approves the new budget', 'The council voted on Monday to approve the budget for next year.'), undefined);
});

test('story kinds: an article with no title reads its first paragraph only, never a credit line', () => {
  const text = `- Source: example.org\n\nPhoto: Fire crews at the blaze (Reuters)\n\nThe council voted on Monday to approve the budget for next year. ${body}\n\nThe mayor said the vote was close and that work on the new budget would start at once. ${body}\n`;
  const analysis = analyseArticle(text);
  assert.ok(analysis.structure.isArticle);
  assert.equal(analysis.storyKinds, undefined);
  assert.equal(analyseArticle('').storyKinds, undefined);
});
