/**
 * The confidence that two claims are one measure at one moment: the logistic of the weighted
 * sum of the evidence rules that fired (./rules.ts). The weights are data (./weights.json),
 * fitted by `npm run fit` (fit/fit.ts) on labelled pairs; nothing here is tuned by hand.
 */
import data from './weights.json';
import { RULES, type Pair, type Rule } from './rules';

export interface Weights {
  bias: number;
  weights: Record<string, number>;
}

export const defaultWeights: Weights = { bias: data.bias, weights: data.weights as Record<string, number> };

const EVIDENCE: readonly Rule[] = RULES.filter((r) => r.verdict === 'evidence');

/** The evidence rules' values for a pair, by id (0 where a rule did not fire). */
export function featuresOf(p: Pair): { values: Record<string, number>; reasons: Map<string, string> } {
  const values: Record<string, number> = {};
  const reasons = new Map<string, string>();
  for (const rule of EVIDENCE) {
    const reason = rule.test(p);
    if (reason === undefined) {
      values[rule.id] = 0;
      continue;
    }
    values[rule.id] = rule.value ? rule.value(p) : 1;
    reasons.set(rule.id, reason);
  }
  return { values, reasons };
}

export function logistic(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

export function confidenceOf(values: Record<string, number>, weights: Weights = defaultWeights): number {
  let z = weights.bias;
  for (const [id, x] of Object.entries(values)) z += (weights.weights[id] ?? 0) * x;
  return logistic(z);
}
