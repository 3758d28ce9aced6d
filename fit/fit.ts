/**
 * Fits the matcher's evidence weights (server/src/analysis/matching/weights.json) by logistic
 * regression on labelled pairs: every candidate pair the matcher scores (scorePairs) whose two
 * figures a truth file speaks of. A pair is labelled 1 when the truth links the two figures (the
 * same measure and moment: conflict, discrepancy, revision or agreement) and 0 when it lists them
 * as a near miss, or gives them different measure ids, or the same measure at different moments.
 * Only pairs the rules leave to be compared (agree or conflict) are used: for the others, scope,
 * moment and portion rules decide whatever the weights.
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
import { logistic } from '../server/src/analysis/matching/score';
import type { ArticleAnalysis } from '../server/src/analysis/types';
import { groupStories } from '../server/src/corpus/stories';
import { claimIndexAt, locateFigure, parseTruth, type Truth } from '../eval/score';

const ROOT = join(import.meta.dirname, '..');
const WEIGHTS = join(ROOT, 'server/src/analysis/matching/weights.json');
const EVIDENCE = RULES.filter((r) => r.verdict === 'evidence').map((r) => r.id);
/** Strength of the L2 penalty, in labelled pairs. */
const LAMBDA = Number(process.env.FIT_LAMBDA || 5);
/** Whether only pairs the rules leave to be compared (agree or conflict) are used. */
const COMPARED_ONLY = process.env.FIT_ALL_PAIRS === undefined;

interface Example {
  x: number[];
  y: number;
  source: string;
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

/** Labelled examples of one event set. */
function examplesOf(set: EventSet): Example[] {
  const files = readdirSync(set.dir).filter((f) => f.endsWith('.txt')).sort();
  const texts = new Map(files.map((f) => [f, readFileSync(join(set.dir, f), 'utf8')]));
  const analyses = new Map<string, ArticleAnalysis>(files.map((f) => [f, analyseArticle(texts.get(f)!)]));
  const stories = groupStories(files.map((f) => ({ id: f, label: f, actors: analyses.get(f)!.actors, date: analyses.get(f)!.date })));
  const storyOf = new Map(stories.flatMap((s) => s.articles.map((a) => [a, s.id] as const)));
  const inputs: LinkInput[] = files.map((f) => ({ article: f, claims: analyses.get(f)!.claims, actors: analyses.get(f)!.actors, story: storyOf.get(f), date: analyses.get(f)!.date?.day, looksBack: analyses.get(f)!.looksBack }));
  const scored = scorePairs(inputs);

  const claimOf = (file: string, quote: string, figure: string): string | undefined => {
    const text = texts.get(file);
    if (text === undefined) return undefined;
    const at = locateFigure(text, quote, figure);
    if ('error' in at) return undefined;
    const index = claimIndexAt(analyses.get(file)!.claims, at.span);
    return index >= 0 ? `${file}#${index}` : undefined;
  };
  const key = (x: string, y: string) => (x < y ? `${x}|${y}` : `${y}|${x}`);
  const labels = new Map<string, number>();
  // Figures' measure ids and moments, for pairs the truth does not list.
  const figureOf = new Map<string, { measure?: string; asOf?: string }>();
  for (const f of set.truth.figures ?? []) {
    const ref = claimOf(f.file, f.quote, f.figure);
    if (ref) figureOf.set(ref, { measure: f.measure, asOf: f.asOf });
  }
  for (const l of set.truth.nearMisses ?? []) {
    const a = claimOf(l.a, l.aQuote, l.aFigure);
    const b = claimOf(l.b, l.bQuote, l.bFigure);
    if (a && b) labels.set(key(a, b), 0);
  }
  for (const l of set.truth.links ?? []) {
    const a = claimOf(l.a, l.aQuote, l.aFigure);
    const b = claimOf(l.b, l.bQuote, l.bFigure);
    if (a && b) labels.set(key(a, b), 1);
  }
  const out: Example[] = [];
  for (const p of scored) {
    // The confidence decides only between pairs the rules leave to be compared (agree or
    // conflict): scope, moment and portion rules decide the rest whatever the weights.
    if (COMPARED_ONLY && p.relation !== 'agree' && p.relation !== 'conflict') continue;
    const a = `${p.a.article}#${p.a.index}`;
    const b = `${p.b.article}#${p.b.index}`;
    let y = labels.get(key(a, b));
    if (y === undefined) {
      const fa = figureOf.get(a);
      const fb = figureOf.get(b);
      if (!fa || !fb || !fa.measure || !fb.measure) continue;
      y = fa.measure === fb.measure && fa.asOf === fb.asOf ? 1 : 0;
    }
    out.push({ x: EVIDENCE.map((id) => p.features[id] ?? 0), y, source: set.name });
  }
  return out;
}

/** L2-regularised logistic regression by full-batch gradient descent (deterministic). */
function fit(examples: Example[], lambda = LAMBDA, steps = 4000, rate = 0.5): { bias: number; w: number[] } {
  const n = examples.length;
  const d = EVIDENCE.length;
  let bias = 0;
  const w = new Array<number>(d).fill(0);
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
    for (let k = 0; k < d; k++) w[k] -= rate * (gw[k] / n + (lambda * w[k]) / n);
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
  const examples = sets.flatMap(examplesOf);
  const positives = examples.filter((e) => e.y === 1).length;
  console.log(`${examples.length} labelled pairs from ${sets.length} event sets (${positives} same measure and moment, ${examples.length - positives} not)`);
  const { bias, w } = fit(examples);
  console.log(`log loss ${logLoss(examples, bias, w).toFixed(3)} (all-zero weights: ${logLoss(examples, 0, new Array(w.length).fill(0)).toFixed(3)})`);
  const weights: Record<string, number> = {};
  EVIDENCE.forEach((id, k) => (weights[id] = Math.round(w[k] * 1000) / 1000));
  for (const [id, value] of Object.entries(weights)) console.log(`  ${id.padEnd(32)} ${value >= 0 ? ' ' : ''}${value.toFixed(3)}`);
  console.log(`  ${'bias'.padEnd(32)} ${bias.toFixed(3)}`);
  if (dry) return;
  const data = {
    note: 'Written by fit/fit.ts (npm run fit): logistic regression over the evidence rules of matching/rules.ts. Do not edit by hand; refit instead.',
    fittedOn: { sets: sets.map((s) => s.name), pairs: examples.length, positives, lambda: LAMBDA, comparedOnly: COMPARED_ONLY },
    bias: Math.round(bias * 1000) / 1000,
    weights,
  };
  writeFileSync(WEIGHTS, `${JSON.stringify(data, null, 2)}\n`);
  console.log(`wrote ${WEIGHTS.slice(ROOT.length + 1)}`);
}

main();
