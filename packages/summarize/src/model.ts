/**
 * The sentence scorer: a logistic model over the features of features.ts (weights learned on EASC dev
 * by eval/train.ts, stored in data/model.json), plus the global selection parameters.
 */
import model from "../data/model.json" with { type: "json" }
import { FEATURES } from "./features.js"

export interface Model {
  bias: number
  weights: Record<string, number>
  /** MMR trade-off between salience and novelty (Carbonell & Goldstein 1998). */
  lambda: number
  /** Cosine above which two sentences say the same thing; the second is never picked. */
  duplicate: number
}

export const defaultModel: Model = model as Model

/** Probability-like salience of a sentence from its features. */
export function salience(x: Float64Array, m: Model = defaultModel): number {
  let z = m.bias
  for (let i = 0; i < FEATURES.length; i++) z += (m.weights[FEATURES[i]!] ?? 0) * x[i]!
  return 1 / (1 + Math.exp(-z))
}
