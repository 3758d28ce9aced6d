/**
 * Fits the matcher's evidence weights (server/src/analysis/matching/weights.json) by logistic
 * regression on labelled pairs: every candidate pair the matcher scores (scorePairs) to which the
 * rules give a relation and whose two figures a truth file speaks of. The confidence predicts that
 * the link is right as the rules read it, so the label is eval/score.ts linkRight's: for a conflict
 * or an agreement, 1 when the truth links the two figures (one measure at one moment) and 0 for a
 * near miss, different measure ids or the same measure at another moment; for an update or a
 * revision, 1 when they are one measure (a truth link, a near miss of kind "update", the same
 * measure id); for a different scope, 1 for a near miss of kind "part-whole" or "other-scope".
 * Besides the evidence rules, each relation other than a conflict or an agreement has a term of
 * its own (RELATION_TERMS), so an update is not judged less likely because its two figures are
 * for two days.
 *
 * Data: the development half of the real corpus (corpus/split.json; pages in corpus/pages/,
 * git-ignored) and the invented held-out fixtures (test/fixtures/heldout/). The test half is never
 * read here. Usage: `npm run fit` (writes the weights) or `npm run fit -- --dry-run`.
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyseArticle } from '../server/src/analysis/analyse';
import { scorePairs, type LinkInput } from '../server/src/analysis/matching/link';
import { RULES } from '../server/src/analysis/matching/rules';
import { logistic, RELATION_TERMS } from '../server/src/analysis/matching/score';
import type { ArticleAnalysis } from '../server/src/analysis/types';
import { groupStories } from '../server/src/corpus/stories';
import { claimIndexAt, linkRight, locateFigure, parseTruth, type PairTruth, type Truth } from '../eval/score';

const ROOT = join(import.meta.dirname, '..');
const WEIGHTS = join(ROOT, 'server/src/analysis/matching/weights.json');
const EVIDENCE_RULES = RULES.filter((r) => r.verdict === 'evidence');
const EVIDENCE = EVIDENCE_RULES.map((r) => r.id);
/** Strength of the L2 penalty, in labelled pairs. */
const LAMBDA = Number(process.env.FIT_LAMBDA || 5);

interface Example {
  x: number[];
  y: number;
  source: string;
  /** Its two figures are from two events. */
  across: boolean;
}

interface EventSet {
  name: string;
  dir: string;
  truth: Truth;
}

function eventSets(): EventSet[] {
  const sets: EventSet[] = [];
  const split = JSON.parse(readFileSync(join(ROOT, 'corpus/split.json'), 'utf8')) as { development: string[] };
  for (const event of split.development) {
    const dir = join(ROOT, 'corpus/pages', event);
    const truthFile = join(ROOT, 'corpus/truth', `${event}.json`);
    if (!existsSync(dir) || !existsSync(truthFile)) {
      console.log(`skipped ${event}: corpus/pages/${event} is not here (see corpus/README.md to rebuild it)`);
      continue;
    }
    sets.push({ name: event, dir, truth: parseTruth(JSON.parse(readFileSync(truthFile, 'utf8'))).truth });
  }
  const heldout = join(ROOT, 'test/fixtures/heldout');
  for (const round of readdirSync(heldout).sort())
    for (const event of readdirSync(join(heldout, round)).sort()) {
      const dir = join(heldout, round, event);
      if (!statSync(dir).isDirectory()) continue;
      sets.push({ name: `${round}/${event}`, dir, truth: parseTruth(JSON.parse(readFileSync(join(dir, 'truth.json'), 'utf8'))).truth });
    }
  return sets;
}

/**
 * Labelled examples of event sets read as one workspace (a reviewer's folder holds several
 * stories): pairs within an event are labelled by its truth, pairs across two events are wrong
 * whatever their link (two stories share no measure).
 */
function examplesOf(sets: readonly EventSet[]): Example[] {
  // A file's id in the workspace: under its event's name when there are several events.
  const idOf = (set: EventSet, file: string) => (sets.length > 1 ? `${set.name}/${file}` : file);
  const eventOf = new Map<string, string>();
  const texts = new Map<string, string>();
  for (const set of sets)
    for (const f of readdirSync(set.dir).filter((x) => x.endsWith('.txt')).sort()) {
      const id = idOf(set, f);
      eventOf.set(id, set.name);
      texts.set(id, readFileSync(join(set.dir, f), 'utf8'));
    }
  const files = [...texts.keys()];
  const analyses = new Map<string, ArticleAnalysis>(files.map((f) => [f, analyseArticle(texts.get(f)!)]));
  const stories = groupStories(files.map((f) => ({ id: f, label: f, actors: analyses.get(f)!.actors, date: analyses.get(f)!.date })));
  const storyOf = new Map(stories.flatMap((s) => s.articles.map((a) => [a, s.id] as const)));
  const inputs: LinkInput[] = files.map((f) => ({ article: f, claims: analyses.get(f)!.claims, actors: analyses.get(f)!.actors, story: storyOf.get(f), date: analyses.get(f)!.date?.day, looksBack: analyses.get(f)!.looksBack }));
  const scored = scorePairs(inputs);

  const claimOf = (set: EventSet, name: string, quote: string, figure: string): string | undefined => {
    const file = idOf(set, name);
    const text = texts.get(file);
    if (text === undefined) return undefined;
    const at = locateFigure(text, quote, figure);
    if ('error' in at) return undefined;
    const index = claimIndexAt(analyses.get(file)!.claims, at.span);
    return index >= 0 ? `${file}#${index}` : undefined;
  };
  const key = (x: string, y: string) => (x < y ? `${x}|${y}` : `${y}|${x}`);
  // What the truth says of each pair it lists: the tier of a link, the kind of a near miss.
  const listed = new Map<string, PairTruth>();
  // Figures' measure ids and moments, for pairs the truth does not list.
  const figureOf = new Map<string, { measure?: string; asOf?: string }>();
  for (const set of sets) {
    for (const f of set.truth.figures ?? []) {
      const ref = claimOf(set, f.file, f.quote, f.figure);
      if (ref) figureOf.set(ref, { measure: f.measure, asOf: f.asOf });
    }
    for (const l of set.truth.nearMisses ?? []) {
      const a = claimOf(set, l.a, l.aQuote, l.aFigure);
      const b = claimOf(set, l.b, l.bQuote, l.bFigure);
      if (a && b) listed.set(key(a, b), { near: l.kind || 'unspecified' });
    }
    for (const l of set.truth.links ?? []) {
      const a = claimOf(set, l.a, l.aQuote, l.aFigure);
      const b = claimOf(set, l.b, l.bQuote, l.bFigure);
      if (a && b) listed.set(key(a, b), { link: l.relation });
    }
  }
  const out: Example[] = [];
  for (const p of scored) {
    if (!p.relation) continue;
    const a = `${p.a.article}#${p.a.index}`;
    const b = `${p.b.article}#${p.b.index}`;
    const fa = figureOf.get(a);
    const fb = figureOf.get(b);
    const across = eventOf.get(p.a.article) !== eventOf.get(p.b.article);
    const y = across ? 0 : linkRight(p.relation, {
      ...listed.get(key(a, b)),
      sameMeasure: fa?.measure && fb?.measure ? fa.measure === fb.measure : undefined,
      sameMoment: fa?.asOf && fb?.asOf ? fa.asOf === fb.asOf : undefined,
    });
    if (y === undefined) continue;
    const x = [...EVIDENCE.map((id) => p.features[id] ?? 0), ...RELATION_TERMS.map((r) => (p.relation === r ? 1 : 0))];
    out.push({ x, y, source: eventOf.get(p.a.article)!, across });
  }
  return out;
}

/**
 * L2-regularised logistic regression by full-batch gradient descent (deterministic). Only the
 * coordinates `free` marks move (the bias always does); the others keep their value in `start`.
 */
function fit(examples: Example[], free: readonly boolean[], start: { bias: number; w: number[] }, lambda = LAMBDA, steps = 4000, rate = 0.5): { bias: number; w: number[] } {
  // A weight is kept on the side of zero its rule's direction names (projected gradient descent).
  const sign = [...EVIDENCE_RULES.map((r) => (r.direction === 'for' ? 1 : r.direction === 'against' ? -1 : 0)), ...RELATION_TERMS.map(() => 0)];
  const n = Math.max(1, examples.length);
  const d = free.length;
  let bias = start.bias;
  const w = [...start.w];
  for (let step = 0; step < steps; step++) {
    let gb = 0;
    const gw = new Array<number>(d).fill(0);
    for (const e of examples) {
      let z = bias;
      for (let k = 0; k < d; k++) z += w[k] * e.x[k];
      const err = logistic(z) - e.y;
      gb += err;
      for (let k = 0; k < d; k++) gw[k] += err * e.x[k];
    }
    bias -= (rate * gb) / n;
    for (let k = 0; k < d; k++) {
      if (!free[k]) continue;
      w[k] -= rate * (gw[k] / n + (lambda * w[k]) / n);
      if (sign[k] * w[k] < 0) w[k] = 0;
    }
  }
  return { bias, w };
}

function logLoss(examples: Example[], bias: number, w: number[]): number {
  let loss = 0;
  for (const e of examples) {
    let z = bias;
    for (let k = 0; k < w.length; k++) z += w[k] * e.x[k];
    const p = Math.min(1 - 1e-9, Math.max(1e-9, logistic(z)));
    loss -= e.y * Math.log(p) + (1 - e.y) * Math.log(1 - p);
  }
  return loss / Math.max(1, examples.length);
}

function main(): void {
  const dry = process.argv.includes('--dry-run');
  const sets = eventSets();
  // The real development events as one workspace; each invented fixture set as one of its own.
  const real = sets.filter((s) => !s.name.includes('/'));
  const examples = [...examplesOf(real), ...sets.filter((s) => s.name.includes('/')).flatMap((s) => examplesOf([s]))];
  console.log(`of them, ${examples.filter((e) => e.across).length} pairs across two real events (wrong whatever their link)`);
  const positives = examples.filter((e) => e.y === 1).length;
  console.log(`${examples.length} labelled pairs from ${sets.length} event sets (${positives} whose link is right, ${examples.length - positives} not)`);
  // First the evidence weights, on the pairs the rules leave to be compared (a conflict or an
  // agreement): the confidence of a warning is theirs alone. Then, with those fixed, each other
  // relation's term on the pairs given that relation.
  const d = EVIDENCE.length + RELATION_TERMS.length;
  const compared = examples.filter((e) => RELATION_TERMS.every((_, k) => e.x[EVIDENCE.length + k] === 0));
  const first = fit(compared, Array.from({ length: d }, (_, k) => k < EVIDENCE.length), { bias: 0, w: new Array<number>(d).fill(0) });
  const w = [...first.w];
  const bias = first.bias;
  RELATION_TERMS.forEach((r, k) => {
    const own = examples.filter((e) => e.x[EVIDENCE.length + k] === 1);
    const free = Array.from({ length: d }, (_, j) => j === EVIDENCE.length + k);
    // The bias stays the compared pairs': the term alone moves (the bias is refitted and put back).
    const fitted = fit(own, free, { bias, w });
    w[EVIDENCE.length + k] = fitted.w[EVIDENCE.length + k] + (fitted.bias - bias);
    console.log(`relation ${r}: ${own.length} labelled pairs (${own.filter((e) => e.y === 1).length} right)`);
  });
  console.log(`compared (conflict or agreement): ${compared.length} labelled pairs (${compared.filter((e) => e.y === 1).length} one measure at one moment)`);
  console.log(`log loss ${logLoss(examples, bias, w).toFixed(3)} (all-zero weights: ${logLoss(examples, 0, new Array(w.length).fill(0)).toFixed(3)})`);
  const weights: Record<string, number> = {};
  EVIDENCE.forEach((id, k) => (weights[id] = Math.round(w[k] * 1000) / 1000));
  const relations: Record<string, number> = {};
  RELATION_TERMS.forEach((r, k) => (relations[r] = Math.round(w[EVIDENCE.length + k] * 1000) / 1000));
  for (const [id, value] of Object.entries(weights)) console.log(`  ${id.padEnd(32)} ${value >= 0 ? ' ' : ''}${value.toFixed(3)}`);
  for (const [id, value] of Object.entries(relations)) console.log(`  ${`relation ${id}`.padEnd(32)} ${value >= 0 ? ' ' : ''}${value.toFixed(3)}`);
  console.log(`  ${'bias'.padEnd(32)} ${bias.toFixed(3)}`);
  if (dry) return;
  const data = {
    note: 'Written by fit/fit.ts (npm run fit): logistic regression over the evidence rules of matching/rules.ts. Do not edit by hand; refit instead.',
    fittedOn: { sets: sets.map((s) => s.name), pairs: examples.length, positives, lambda: LAMBDA },
    bias: Math.round(bias * 1000) / 1000,
    weights,
    relations,
  };
  writeFileSync(WEIGHTS, `${JSON.stringify(data, null, 2)}\n`);
  console.log(`wrote ${WEIGHTS.slice(ROOT.length + 1)}`);
}

main();
