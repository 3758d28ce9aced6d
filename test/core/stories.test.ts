/**
 * Which articles tell one story (server/src/corpus/stories.ts), on hand-made actors: shared
 * distinctive actors, dates, pinned folders, names and determinism.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { groupStories, type StoryInput } from '../../server/src/corpus/stories';
import type { ActorKind, ArticleActor, ArticleDate } from '../../server/src/analysis/types';

function actor(key: string, name: string, kind: ActorKind): ArticleActor {
  return { key, name, kind, aliases: [], mentions: [], roles: [], relations: [], statements: [] };
}

const person = (name: string, key = name.toLowerCase()) => actor(key, name, 'person');
const place = (name: string, key = name.toLowerCase()) => actor(key, name, 'place');
const org = (name: string, key = name.toLowerCase()) => actor(key, name, 'organisation');
const day = (d: string): ArticleDate => ({ day: d, precision: 'day', basis: 'published', evidence: d });

function article(id: string, actors: ArticleActor[], date?: string, label = `${id}.txt`): StoryInput {
  return { id, label, actors, ...(date ? { date: day(date) } : {}) };
}

/** The stories as sorted lists of article ids. */
const groups = (inputs: StoryInput[], pins: string[] = []) => groupStories(inputs, pins).map((s) => s.articles.join('+'));

test('two articles that share two distinctive actors are one story, whatever their dates', () => {
  const a = article('a', [place('Paiporta'), place('Catarroja'), person('Lena Ortiz')], '2024-01-01');
  const b = article('b', [place('Paiporta'), place('Catarroja'), person('Tomas Vey')], '2024-06-01');
  assert.deepEqual(groups([a, b]), ['a+b']);
  // One of them only, months apart: two stories.
  const c = article('c', [place('Paiporta'), person('Tomas Vey')], '2024-06-01');
  assert.deepEqual(groups([a, c]), ['a', 'c']);
});

test('months apart, two articles that share only people tell two stories; a place or a named organisation keeps one', () => {
  // A prime minister and the leader of the opposition, quoted after one stampede and after another eight months later.
  const a = article('a', [person('Narendra Modi'), person('Rahul Gandhi'), place('Prayagraj')], '2025-01-30');
  const b = article('b', [person('Narendra Modi'), person('Rahul Gandhi'), place('Karur')], '2025-09-28');
  assert.deepEqual(groups([a, b]), ['a', 'b']);
  // Within a month they are one story; months apart, a shared town or a named party keeps them one.
  assert.deepEqual(groups([a, { ...b, date: day('2025-02-10') }]), ['a+b']);
  assert.deepEqual(groups([a, article('c', [person('Narendra Modi'), place('Prayagraj')], '2025-09-28')]), ['a+c']);
  const d = article('d', [person('Tundu Lissu'), org('Chadema')], '2025-10-30');
  assert.deepEqual(groups([d, article('e', [person('Tundu Lissu'), org('Chadema')], '2026-04-02')]), ['d+e']);
});

test('two articles that share only places and tell different kinds of event are two stories of one region', () => {
  const blast = (id: string, actors: ArticleActor[]) => ({ ...article(id, actors), kinds: ['fire'] });
  const protest = (id: string, actors: ArticleActor[]) => ({ ...article(id, actors), kinds: ['unrest'] });
  // A tanker explosion in Jigawa and a report on the protests in Kano and Jigawa, both undated.
  const a = blast('a', [place('Kano'), place('Jigawa'), place('Majiya')]);
  const b = protest('b', [place('Kano'), place('Jigawa'), org('Amnesty International')]);
  assert.deepEqual(groups([a, b]), ['a', 'b']);
  // One town and dates within a month bring a lone article into a story, not one of another kind.
  const dated = (x: StoryInput, d: string) => ({ ...x, date: day(d) });
  const c = dated(blast('c', [place('Kano'), place('Majiya'), person('Lena Ortiz')]), '2024-10-16');
  const c2 = dated(blast('c2', [place('Kano'), place('Majiya')]), '2024-10-17');
  assert.deepEqual(groups([c, c2, dated(protest('d', [place('Majiya')]), '2024-10-20')]), ['c+c2', 'd']);
  assert.deepEqual(groups([c, c2, dated(blast('d', [place('Majiya')]), '2024-10-20')]), ['c+c2+d']);
  // The same kind of event, or a kind one of them does not name: one story.
  assert.deepEqual(groups([a, blast('e', [place('Kano'), place('Jigawa')])]), ['a+e']);
  assert.deepEqual(groups([a, article('f', [place('Kano'), place('Jigawa')])]), ['a+f']);
  // A person both name is more than a region: one story, whatever the kinds.
  assert.deepEqual(groups([blast('g', [place('Kano'), person('Abba Yusuf')]), protest('h', [place('Kano'), person('Abba Yusuf')])]), ['g+h']);
});

test('sharing only a country is not one story', () => {
  const a = article('a', [place('Spain', 'spain'), person('Lena Ortiz')], '2024-11-01');
  const b = article('b', [place('Spain', 'spain'), person('Tomas Vey')], '2024-11-02');
  assert.deepEqual(groups([a, b]), ['a', 'b']);
  // Nor only a world region.
  const c = article('c', [place('Europe', 'europe'), person('Lena Ortiz')], '2024-11-01');
  const d = article('d', [place('Europe', 'europe'), person('Tomas Vey')], '2024-11-02');
  assert.deepEqual(groups([c, d]), ['c', 'd']);
});

test('sharing only well-known organisations (the UN, a news agency) is not one story, even two of them', () => {
  const un = () => org('United Nations');
  const reuters = () => org('Reuters');
  const a = article('a', [un(), reuters(), person('Lena Ortiz')], '2024-11-01');
  const b = article('b', [un(), reuters(), person('Tomas Vey')], '2024-11-02');
  assert.deepEqual(groups([a, b]), ['a', 'b']);
  // National groups tell nothing either.
  const g = (id: string) => article(id, [actor('cambodians', 'Cambodians', 'group'), actor('thais', 'Thais', 'group')], '2024-11-01');
  assert.deepEqual(groups([g('x'), g('y')]), ['x', 'y']);
});

test('one shared actor is enough when the dates are within a month', () => {
  const a = article('a', [place('Paiporta'), person('Lena Ortiz')], '2024-11-01');
  const near = article('b', [place('Paiporta'), person('Tomas Vey')], '2024-11-30');
  const edge = article('b', [place('Paiporta'), person('Tomas Vey')], '2024-12-02');
  const far = article('b', [place('Paiporta'), person('Tomas Vey')], '2024-12-03');
  assert.deepEqual(groups([a, near]), ['a+b']);
  assert.deepEqual(groups([a, edge]), ['a+b'], '31 days apart');
  assert.deepEqual(groups([a, far]), ['a', 'b'], '32 days apart');
});

test('when a date is missing, one shared named person or organisation is enough, a town is not', () => {
  const a = article('a', [person('Carlos Mazón', 'carlos mazon'), place('Paiporta')], '2024-11-01');
  const b = article('b', [person('Carlos Mazón', 'carlos mazon'), place('Alzira')]);
  assert.deepEqual(groups([a, b]), ['a+b']);
  const c = article('c', [org('Change Healthcare'), place('Nashville')]);
  const d = article('d', [org('Change Healthcare'), place('Dallas')]);
  assert.deepEqual(groups([c, d]), ['c+d']);
  // A town, or a name of one word, shared alone without dates proves too little.
  const e = article('e', [place('Paiporta'), person('Lena Ortiz')]);
  const f = article('f', [place('Paiporta'), person('Tomas Vey')]);
  assert.deepEqual(groups([e, f]), ['e', 'f']);
  const g = article('g', [person('Mazón', 'mazon'), place('Alzira')]);
  const h = article('h', [person('Mazón', 'mazon'), place('Paiporta')]);
  assert.deepEqual(groups([g, h]), ['g', 'h']);
  // An organisation's own name of one word is strong ("Frelimora"); an acronym is not ("KRB": many bodies share one).
  assert.deepEqual(groups([article('i', [org('Frelimora'), place('Alzira')]), article('j', [org('Frelimora'), place('Paiporta')])]), ['i+j']);
  assert.deepEqual(groups([article('k', [org('KRB'), place('Alzira')]), article('l', [org('KRB'), place('Paiporta')])]), ['k', 'l']);
});

test('a pinned folder is one story named after the folder, and no article outside joins it', () => {
  const a = article('a', [person('Lena Ortiz'), place('Paiporta')], '2024-11-01', 'pinned/a.txt');
  const b = article('b', [person('Tomas Vey'), place('Kampot')], '2023-01-01', 'pinned/b.txt');
  // Shares two actors and the date with pinned/a.txt, yet stays out.
  const c = article('c', [person('Lena Ortiz'), place('Paiporta')], '2024-11-01', 'other/c.txt');
  const stories = groupStories([a, b, c], ['pinned']);
  assert.deepEqual(
    stories.map((s) => ({ id: s.id, name: s.name, articles: s.articles, pinned: s.pinned })),
    [
      { id: 'pin:pinned', name: 'pinned', articles: ['a', 'b'], pinned: true },
      { id: 'c', name: 'Lena Ortiz · Paiporta', articles: ['c'], pinned: false },
    ],
  );
  // Written "./pinned/" it is the same pin.
  assert.deepEqual(groups([a, b, c], ['./pinned/']), ['a+b', 'c']);
  // Unpinned, a and c are one story and b is alone.
  assert.deepEqual(groups([a, b, c]), ['a+c', 'b']);
});

test('a story is named after its two key actors: most articles first, then by key; the fullest name shown', () => {
  const a = article('a', [person('Lena Ortiz'), place('Paiporta'), place('Catarroja')], '2024-11-01');
  const b = article('b', [person('Lena Ortiz'), place('Paiporta'), place('Catarroja')], '2024-11-02');
  const c = article('c', [person('Lena Ortiz', 'lena ortiz'), person('Lena María Ortiz', 'lena ortiz'), place('Paiporta')], '2024-11-03');
  const [story, ...rest] = groupStories([a, b, c]);
  assert.equal(rest.length, 0);
  assert.deepEqual(story.articles, ['a', 'b', 'c']);
  assert.deepEqual(story.keyActors, ['Lena María Ortiz', 'Paiporta', 'Catarroja']);
  assert.equal(story.name, 'Lena María Ortiz · Paiporta');
  assert.equal(story.id, 'a');
  assert.equal(story.pinned, false);
  // A story of one article lists its own actors; without any, it is named by its label.
  const [alone] = groupStories([article('z', [], undefined, 'notes/z.txt')]);
  assert.equal(alone.name, 'notes/z.txt');
  assert.deepEqual(alone.keyActors, []);
});

test('in a large workspace, an actor more articles name than the hub bound (2 x the square root of the workspace, at least 12) tells no stories apart', () => {
  // Forty articles: the bound is 13 (2 x 6.3); an actor fourteen of them name, not most of them, is a hub.
  const workspace = (named: number) =>
    Array.from({ length: 40 }, (_, i) => article(`a${String(i).padStart(2, '0')}`, [person(`Person Number${i}`), ...(i < named ? [person('Olaf Brandt')] : [])], undefined));
  assert.equal(groupStories(workspace(14)).length, 40);
  // Named by thirteen of forty, it still joins them.
  assert.deepEqual(groups(workspace(13)).slice(0, 1), [Array.from({ length: 13 }, (_, i) => `a${String(i).padStart(2, '0')}`).join('+')]);
  assert.equal(groupStories(workspace(13)).length, 28);
});

test('a folder of one story stays one story: an actor most of the workspace names is its own, never a hub', () => {
  // Fifteen articles on one attack, each naming the town and two of five officials, over nine days:
  // the town is named by all fifteen, more than the hub bound of 12.
  const officials = ['Anna Keller', 'Bruno Falk', 'Clara Sommer', 'Dieter Hahn', 'Eva Roth'];
  const attack = Array.from({ length: 15 }, (_, i) =>
    article(`m${String(i).padStart(2, '0')}`, [place('Veldorf'), person(officials[i % 5]), person(officials[(i + 1) % 5]), person(`Witness Number${i}`)], `2024-12-${String(20 + (i % 9)).padStart(2, '0')}`),
  );
  const one = attack.map((a) => a.id).join('+');
  assert.deepEqual(groups(attack), [one]);
  // Beside twenty articles on other stories the town is a hub (15 of 35 articles name it, not most),
  // yet it still counts as the second actor two of its articles share: the story stays whole.
  const others = Array.from({ length: 20 }, (_, i) => article(`z${String(i).padStart(2, '0')}`, [place(`Village ${i}`), person(`Farmer Number${i}`)], '2024-12-21'));
  const result = groups([...attack, ...others]);
  assert.ok(result.includes(one), result.join(' | '));
  assert.equal(result.length, 21);
  // A hub alone never joins two articles: fifteen that share only the town stay apart.
  const bare = Array.from({ length: 15 }, (_, i) => article(`b${String(i).padStart(2, '0')}`, [place('Veldorf'), person(`Witness Number${i}`)], undefined));
  assert.equal(groupStories([...bare, ...others]).length, 35);
});

test('an undated article that names only an actor most of the workspace names joins its story', () => {
  // Four dated articles on one unrest share a party and a city; an undated copy names the city (a
  // town: no strong sign by itself) and a town none of the others names.
  const dated = ['a', 'b', 'c', 'd'].map((id) => article(id, [org('Chadora'), place('Mwanzo'), person(`Reporter ${id.toUpperCase()}`)], '2025-11-01'));
  const copy = article('e', [place('Mwanzo'), place('Arushi')], undefined);
  assert.deepEqual(groups([...dated, copy]), ['a+b+c+d+e']);
  // In a workspace where most articles do not name it, the city alone brings no undated article in.
  const others = Array.from({ length: 6 }, (_, i) => article(`z${i}`, [place(`Village ${i}`)], '2025-11-01'));
  assert.ok(groups([...dated, copy, ...others]).includes('e'));
});

test('an undated article that shares only the country most of the folder names joins the folder\'s story', () => {
  // Four dated articles on one country's unrest; an undated piece names the country and people and
  // towns none of the others names.
  const dated = ['a', 'b', 'c', 'd'].map((id) => article(id, [place('Spain', 'spain'), org('Chadora'), place('Mwanzo'), person(`Reporter ${id.toUpperCase()}`)], '2025-11-01'));
  const lone = article('e', [place('Spain', 'spain'), person('Tomas Vey'), place('Arushi')]);
  assert.deepEqual(groups([...dated, lone]), ['a+b+c+d+e']);
  // Dated, it needs a shared actor other than the country.
  assert.deepEqual(groups([...dated, article('e', [place('Spain', 'spain'), person('Tomas Vey')], '2025-11-02')]), ['a+b+c+d', 'e']);
  // When most of the workspace does not name the country, the country brings no article in.
  const others = Array.from({ length: 6 }, (_, i) => article(`z${i}`, [place(`Village ${i}`)], '2025-11-01'));
  assert.ok(groups([...dated, lone, ...others]).includes('e'));
});

test('an undated lone article that shares a town with a story joins it when it names the country most of that story\'s articles name', () => {
  // Two stories: one in Spain (two articles sharing two towns), one in France; Spain is not what
  // most of the workspace names.
  const spain = ['a', 'b'].map((id) => article(id, [place('Spain', 'spain'), place('Paiporta'), place('Catarroja'), person(`Reporter ${id.toUpperCase()}`)], '2024-11-01'));
  const france = ['f', 'g', 'h'].map((id) => article(id, [place('France', 'france'), place('Lyonne'), place('Grenelle'), person(`Writer ${id.toUpperCase()}`)], '2024-11-01'));
  const lone = article('e', [place('Spain', 'spain'), place('Catarroja'), person('Tomas Vey')]);
  assert.deepEqual(groups([...spain, ...france, lone]), ['a+b+e', 'f+g+h']);
  // The same town beside another country (a capital named in a neighbour's story) is no sign.
  const neighbour = article('e', [place('Portugal', 'portugal'), place('Catarroja'), person('Tomas Vey')]);
  assert.deepEqual(groups([...spain, ...france, neighbour]), ['a+b', 'e', 'f+g+h']);
  // Nor the town alone, as before.
  assert.deepEqual(groups([...spain, ...france, article('e', [place('Catarroja'), person('Tomas Vey')])]), ['a+b', 'e', 'f+g+h']);
});

test('a city and the state it lies in, both shared, are one sign of where; a person named in full and by surname is one sign', () => {
  // An outage at a company of Austin, Texas, and a flood in Texas a year later: "Austin" and "Texas" are one place named twice.
  const a = article('a', [place('Austin'), place('Texas'), org('Kelvo Systems')], '2024-07-19');
  const b = article('b', [place('Austin'), place('Texas'), place('Kerr County')], '2025-07-05');
  assert.deepEqual(groups([a, b]), ['a', 'b']);
  // Two towns are two signs.
  const c = article('c', [place('Paiporta'), place('Catarroja')], '2024-01-01');
  const d = article('d', [place('Paiporta'), place('Catarroja')], '2024-06-01');
  assert.deepEqual(groups([c, d]), ['c+d']);
  // "Lena Ortiz" and "Ortiz" in both articles of two stories a year apart: one person, one sign.
  const e = article('e', [person('Lena Ortiz'), person('Ortiz', 'ortiz'), place('Velmora')], '2024-01-01');
  const f = article('f', [person('Lena Ortiz'), person('Ortiz', 'ortiz'), place('Karsu')], '2025-01-01');
  assert.deepEqual(groups([e, f]), ['e', 'f']);
  // With a second actor of their own in common, they are one story.
  assert.deepEqual(groups([e, { ...f, actors: [...f.actors, place('Velmora')] }]), ['e+f']);
});

test('deterministic whatever the input order', () => {
  const inputs = [
    article('d', [place('Kampot'), person('Sok Chea')], '2024-03-02'),
    article('a', [place('Paiporta'), person('Lena Ortiz')], '2024-11-01'),
    article('c', [place('Kampot'), person('Sok Chea')], '2024-03-01'),
    article('b', [place('Paiporta'), person('Tomas Vey')], '2024-11-05'),
    article('e', [place('Spain', 'spain')], '2024-11-05'),
  ];
  const expected = groupStories(inputs);
  assert.deepEqual(
    expected.map((s) => `${s.id}:${s.articles.join('+')}:${s.name}`),
    ['a:a+b:Paiporta', 'c:c+d:Kampot · Sok Chea', 'e:e:e.txt'],
  );
  const orders = [[...inputs].reverse(), [inputs[2], inputs[4], inputs[0], inputs[3], inputs[1]], [inputs[3], inputs[1], inputs[4], inputs[2], inputs[0]]];
  for (const order of orders) assert.deepEqual(groupStories(order), expected);
});

test('an explainer that names two stories months apart joins the one it shares the most with and makes them no one story', () => {
  // A crush at a rally in September; a festival stampede in January; an undated explainer on the
  // rally that recalls the festival.
  const rally = [
    article('r1', [place('Karsa'), person('Vel Aran'), org('Velar Party')], '2025-09-27'),
    article('r2', [place('Karsa'), person('Vel Aran'), org('Velar Party')], '2025-09-29'),
  ];
  const fair = [
    article('f1', [place('Tarvi'), place('Sangha Ghat'), person('Yogen Das')], '2025-01-29'),
    article('f2', [place('Tarvi'), place('Sangha Ghat'), person('Yogen Das')], '2025-02-03'),
  ];
  const explainer = article('x', [place('Karsa'), person('Vel Aran'), org('Velar Party'), place('Tarvi'), place('Sangha Ghat')]);
  assert.deepEqual(groups([...rally, ...fair, explainer]), ['f1+f2', 'r1+r2+x']);
  // Within a month of each other they may be one story told over days: the explainer joins them.
  const fairInSeptember = fair.map((a, k) => ({ ...a, date: day(`2025-09-2${k}`) }));
  assert.deepEqual(groups([...rally, ...fairInSeptember, explainer]), ['f1+f2+r1+r2+x']);
  // An actor two articles of each part name makes the parts one story's early and late coverage.
  const late = fair.map((a) => ({ ...a, actors: [...a.actors, org('Velar Party')] }));
  assert.deepEqual(groups([...rally, ...late, explainer]), ['f1+f2+r1+r2+x']);
  // One dated article on a side is too little to tell.
  const oneDated = [fair[0], { ...fair[1], date: undefined }];
  assert.deepEqual(groups([...rally, ...oneDated, explainer]), ['f1+f2+r1+r2+x']);
});

test('two articles that form a story of their own (one official quoted in one city) join the larger story whose main place is theirs, within a month and of one kind', () => {
  const main = ['m1', 'm2', 'm3', 'm4'].map((id) => article(id, [place('Antanara'), person('Andry Velo'), org('Capsa Unit')], '2025-10-01'));
  const pair = ['p1', 'p2'].map((id) => article(id, [place('Antanara'), person('Volkan Tarek')], '2025-10-03'));
  assert.deepEqual(groups([...main, ...pair]), ['m1+m2+m3+m4+p1+p2']);
  // Months apart: two stories of one city.
  const later = pair.map((a) => ({ ...a, date: day('2026-03-01') }));
  assert.deepEqual(groups([...main, ...later]), ['m1+m2+m3+m4', 'p1+p2']);
  // Different kinds of event: two stories of one city.
  const protest = main.map((a) => ({ ...a, kinds: ['unrest'] }));
  const fire = pair.map((a) => ({ ...a, kinds: ['fire'] }));
  assert.deepEqual(groups([...protest, ...fire]), ['m1+m2+m3+m4', 'p1+p2']);
  // A person both name is no such sign (an official quoted in two events).
  const quoted = pair.map((a) => article(a.id, [place('Kestrel Bay'), person('Andry Velo')], '2025-10-03'));
  assert.deepEqual(groups([...main, ...quoted]), ['m1+m2+m3+m4', 'p1+p2']);
});

test('one shared actor brings a lone article into a story, but never joins two stories (a minister quoted in two events)', () => {
  const minister = () => person('Greta Whitlock');
  // Two floods and a fire, each told by articles that share their own town and official.
  const flood = (id: string) => article(id, [place('Paiporta'), person('Lena Ortiz'), minister()], '2024-11-01');
  const fire = (id: string) => article(id, [place('Kestrel Bay'), person('Tomas Vey'), minister()], '2024-11-03');
  // Ten unrelated articles, so that five mentions of the minister are not most of the workspace.
  const others = Array.from({ length: 10 }, (_, i) => article(`z${i}`, [place(`Village ${i}`)], '2024-11-01'));
  assert.deepEqual(groups([flood('a'), flood('b'), fire('c'), fire('d'), ...others]).slice(0, 2), ['a+b', 'c+d']);
  // A lone article that names only the minister joins one of them (the larger, or on a tie the first), not both.
  const lone = article('e', [minister(), person('Ana Lind')], '2024-11-02');
  const result = groups([flood('a'), flood('b'), fire('c'), fire('d'), lone, ...others]).filter((g) => !g.startsWith('z'));
  assert.equal(result.length, 2, result.join(' | '));
  assert.ok(result.includes('a+b+e') || result.includes('c+d+e'), result.join(' | '));
});

test('a lone article joins the story it shares the most actors with, not the first it meets', () => {
  const quake = (id: string) => article(id, [place('Kestrel Bay'), person('Tomas Vey'), person('Greta Whitlock')], '2024-11-03');
  // The flood's two articles share the water board and Catarroja; each names one more actor of its own.
  const c = article('c', [place('Catarroja'), org('Velmora Water Board'), place('Paiporta')], '2024-11-01');
  const d = article('d', [place('Catarroja'), org('Velmora Water Board'), person('Lena Ortiz')], '2024-11-01');
  // One actor in common with the quake's articles; two with the flood's, one with each article.
  const lone = article('e', [person('Greta Whitlock'), place('Paiporta'), person('Lena Ortiz')], '2024-11-02');
  const others = Array.from({ length: 10 }, (_, i) => article(`z${i}`, [place(`Village ${i}`)], '2024-11-01'));
  assert.deepEqual(groups([quake('a'), quake('b'), c, d, lone, ...others]).slice(0, 2), ['a+b', 'c+d+e']);
  // One with each: the larger story, then the first.
  const even = article('e', [person('Greta Whitlock'), place('Paiporta'), place('Alzira')], '2024-11-02');
  assert.deepEqual(groups([quake('a'), quake('b'), c, d, even, ...others]).slice(0, 2), ['a+b+e', 'c+d']);
});

test('a body every country has ("the Ministry of Health") is no strong sign when a date is missing', () => {
  const a = article('a', [org('Ministry of Health', 'health ministry'), place('Veldor')], '2024-03-23');
  const b = article('b', [org('Ministry of Health', 'health ministry'), place('Kestrel Bay')]);
  assert.deepEqual(groups([a, b]), ['a', 'b']);
  // A country's own body named by its country ("the Nepali government", "the Kenyan army") is no stronger a sign than the country.
  for (const name of ['Interior Ministry', 'National Police', 'Supreme Court', 'Emergency Situations Ministry', 'Civil Protection Agency', 'Nepali government', 'Kenyan army']) {
    assert.deepEqual(groups([article('a', [org(name), place('Veldor')], '2024-03-23'), article('b', [org(name), place('Kestrel Bay')])]), ['a', 'b'], name);
  }
  // A named body is: "the Velmora Water Board", "the Kestrel Valley Relief Trust".
  for (const name of ['Velmora Water Board', 'Kestrel Valley Relief Trust']) {
    assert.deepEqual(groups([article('a', [org(name), place('Veldor')], '2024-03-23'), article('b', [org(name), place('Kestrel Bay')])]), ['a+b'], name);
  }
  // With dates within a month, the generic body still counts as one shared actor.
  assert.deepEqual(groups([a, { ...b, date: day('2024-03-25') }]), ['a+b']);
});

test('a dateline without a year is near an article dated within a month of it in some year', () => {
  const a = article('a', [place('Paiporta'), person('Lena Ortiz')], '2025-09-08');
  const b: StoryInput = { ...article('b', [place('Paiporta'), person('Tomas Vey')]), yearlessDate: { month: 9, day: 12, basis: 'dateline', evidence: 'VELDOR, SEPTEMBER 12' } };
  assert.deepEqual(groups([a, b]), ['a+b']);
  const far: StoryInput = { ...b, yearlessDate: { month: 3, day: 12, basis: 'dateline', evidence: 'VELDOR, MARCH 12' } };
  assert.deepEqual(groups([a, far]), ['a', 'b']);
  // Across the turn of a year: "January 3" is nine days after December 25.
  const dec = article('a', [place('Paiporta'), person('Lena Ortiz')], '2024-12-25');
  const jan: StoryInput = { ...b, yearlessDate: { month: 1, day: 3, basis: 'dateline', evidence: 'VELDOR, JANUARY 3' } };
  assert.deepEqual(groups([dec, jan]), ['a+b']);
});

test('in a large workspace an actor named by many articles tells no stories apart (√ bound)', () => {
  // 400 articles in 100 stories of four; one spokesperson appears in 60 of them across stories.
  const inputs: StoryInput[] = [];
  for (let s = 0; s < 100; s++)
    for (let k = 0; k < 4; k++) {
      const id = `s${String(s).padStart(3, '0')}-${k}`;
      const actors = [place(`Town ${s}`), person(`Official ${s}`)];
      if (s < 30 && k < 2) actors.push(person('Nadia Conti'), org('Audit Office'));
      inputs.push(article(id, actors, '2024-11-01'));
    }
  // Sixty articles name both of the recurring actors: above 2 × √400 = 40, so they join nothing.
  const stories = groupStories(inputs);
  assert.equal(stories.length, 100);
  assert.ok(stories.every((st) => st.articles.length === 4));
});

test('an article whose dateline gives no year is dated in the year of its story, and its figures with it', async () => {
  const { Corpus } = await import('../../server/src/corpus/corpus');
  const { analyseArticle } = await import('../../server/src/analysis/analyse');
  const { articleCard } = await import('../../server/src/corpus/cards');
  const more = 'Rescue teams worked through the night in the valley below the dam, and families waited for news at the district hospital. Engineers said the wall had shown cracks for years, and residents said warnings had been ignored by the authorities.';
  const dated = `- Source: wire.example\nDam toll rises in Veldor\n\nVELDOR, September 10, 2025 (Wire) - The dam collapse in Veldor killed 30 people, said Tomas Vey of the Velmora Water Board.\n\n${more}\n`;
  const yearless = `- Source: herald.example\nVeldor mourns\n\nVELDOR, SEPTEMBER 12\nThe toll from the Veldor dam collapse has reached 36 people dead, Tomas Vey of the Velmora Water Board said on Friday.\n\n${more}\n`;
  const corpus = new Corpus();
  corpus.set('a.txt', 'a.txt', 1, dated, analyseArticle(dated));
  corpus.set('b.txt', 'b.txt', 1, yearless, analyseArticle(yearless));
  assert.equal(corpus.get('b.txt')!.analysis.date, undefined);
  assert.deepEqual(corpus.dateOf('b.txt'), { day: '2025-09-12', precision: 'day', basis: 'story', evidence: 'VELDOR, SEPTEMBER 12' });
  const toll = corpus.claimsOf('b.txt').find((c) => c.text === '36')!;
  assert.equal(toll.asOf, '2025-09-12', '"on Friday" of an article of Friday 12 September 2025');
  assert.equal(corpus.get('b.txt')!.analysis.claims.find((c) => c.text === '36')!.asOf, undefined, 'the cached analysis is left as it is');
  const card = articleCard('b.txt', { corpus, here: 'b.txt', markdown: false, linkTo: (a: string) => a });
  assert.ok(card.includes('- Date: 2025-09-12 (from its text, the year from its story\'s other articles: "VELDOR, SEPTEMBER 12")'), card);
  // Alone, it stays undated.
  const alone = new Corpus();
  alone.set('b.txt', 'b.txt', 1, yearless, analyseArticle(yearless));
  assert.equal(alone.dateOf('b.txt'), undefined);
});
