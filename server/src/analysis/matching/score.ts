/**
 * The confidence that a link, as the rules read it, is right: for a conflict or an agreement, that
 * the two claims are one measure at one moment; for an update or a revision, that they are one
 * measure at two moments; for a different scope, that they are one kind of figure for two scopes.
 * It is the logistic of the weighted sum of the evidence rules that fired (./rules.ts) plus the
 * term of the relation the rules gave (conflict and agreement have none). The weights are data
 * (./weights.json), fitted by `npm run fit` (fit/fit.ts) on labelled pairs; nothing here is tuned
 * by hand.
 */
import data from './weights.json';
import { RULES, type Pair, type Rule } from './rules';

export interface Weights {
  bias: number;
  weights: Record<string, number>;
  /** The term of each relation that is not a comparison of two figures for one moment. */
  relations?: Partial<Record<RelationTerm, number>>;
}

/** The relations with a term of their own: a conflict and an agreement are the baseline. */
export const RELATION_TERMS = ['update', 'revision', 'different-scope'] as const;
export type RelationTerm = (typeof RELATION_TERMS)[number];

export const defaultWeights: Weights = { bias: data.bias, weights: data.weights as Record<string, number>, relations: (data as { relations?: Weights['relations'] }).relations };

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

export function confidenceOf(values: Record<string, number>, weights: Weights = defaultWeights, relation?: string): number {
  let z = weights.bias + ((relation !== undefined && weights.relations?.[relation as RelationTerm]) || 0);
  for (const [id, x] of Object.entries(values)) z += (weights.weights[id] ?? 0) * x;
  return logistic(z);
}
