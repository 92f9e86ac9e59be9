// Scoring with the pack's message model: a logistic-regression "does this read like a violating
// collection message" score over character n-grams, plus a naive-Bayes head that names the most
// likely category. Pure data in, numbers out.

import type { Category, MessageModel } from '../types';
import { ngrams } from './features';

export interface CompiledModel {
  model: MessageModel;
  weights: Map<string, number>;
  heads: { category: Category; prior: number; weights: Map<string, number> }[];
}

export function compileModel(model: MessageModel): CompiledModel {
  const weights = new Map<string, number>();
  model.features.forEach((f, i) => weights.set(f, model.weights[i]!));
  const heads = model.heads.map((h) => {
    const w = new Map<string, number>();
    h.features.forEach((f, i) => w.set(f, h.weights[i]!));
    return { category: h.category, prior: h.prior, weights: w };
  });
  return { model, weights, heads };
}

/** Probability that the folded text is a violating message. */
export function violationScore(m: CompiledModel, folded: string): number {
  let z = m.model.bias;
  // Binary features: each n-gram counts once. Only the few that carry a weight are de-duplicated.
  const seen = new Set<string>();
  for (let n = 1; n <= 3; n++) {
    for (let i = 0; i + n <= folded.length; i++) {
      const g = folded.slice(i, i + n);
      const w = m.weights.get(g);
      if (w === undefined || seen.has(g)) continue;
      seen.add(g);
      z += w;
    }
  }
  return 1 / (1 + Math.exp(-z));
}

/** Categories ranked by the naive-Bayes head, most likely first. */
export function rankCategories(m: CompiledModel, folded: string): Category[] {
  const grams = ngrams(folded);
  return m.heads
    .map((h) => {
      let s = h.prior;
      for (const g of grams) s += h.weights.get(g) ?? 0;
      return { c: h.category, s };
    })
    .sort((a, b) => b.s - a.s)
    .map((x) => x.c);
}
