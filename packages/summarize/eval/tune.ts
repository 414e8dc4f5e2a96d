/**
 * Direct ROUGE tuning of the scorer's weights by coordinate ascent (starting from the logistic fit), over
 * features precomputed once per article, so each trial only re-scores, re-orders and re-fills.
 */
import { fillWordBudget, type FillStrategy } from "../src/budget.js"
import { candidates } from "../src/candidates.js"
import { FEATURES, analyse } from "../src/features.js"
import { mmrOrder } from "../src/mmr.js"
import { salience, type Model } from "../src/model.js"
import type { EascArticle } from "./corpus.js"
import { rougeTokens } from "./rouge.js"

interface Counts {
  grams: Map<string, number>
  total: number
}

export interface Prepared {
  features: Float64Array[]
  similarity: Float64Array[]
  words: { words: number }[]
  tokens: string[][]
  refs: { uni: Counts; bi: Counts }[]
  budget: number
}

function counts(tokens: readonly string[], n: number): Counts {
  const grams = new Map<string, number>()
  for (let i = 0; i + n <= tokens.length; i++) {
    const g = n === 1 ? tokens[i]! : tokens[i] + " " + tokens[i + 1]
    grams.set(g, (grams.get(g) ?? 0) + 1)
  }
  return { grams, total: Math.max(0, tokens.length - n + 1) }
}

export function prepare(a: EascArticle): Prepared {
  const cands = candidates({ text: a.text })
  const { features, similarity } = analyse(cands)
  return {
    features,
    similarity,
    words: cands.map((c) => ({ words: c.words })),
    tokens: cands.map((c) => rougeTokens(c.text)),
    refs: a.references.map((r) => {
      const t = rougeTokens(r)
      return { uni: counts(t, 1), bi: counts(t, 2) }
    }),
    budget: a.budget,
  }
}

function f1(c: Counts, r: Counts): number {
  let o = 0
  for (const [g, k] of c.grams) o += Math.min(k, r.grams.get(g) ?? 0)
  if (o === 0) return 0
  const p = o / c.total
  const q = o / r.total
  return (2 * p * q) / (p + q)
}

/** Mean ROUGE-1 and ROUGE-2 F1 of the model on prepared articles. */
export function quickScore(data: readonly Prepared[], model: Model, fill: FillStrategy): { r1: number; r2: number } {
  let r1 = 0
  let r2 = 0
  for (const d of data) {
    const sal = d.features.map((x) => salience(x, model))
    const order = mmrOrder(sal, (i, j) => d.similarity[i]![j]!, model.lambda, model.duplicate)
    const picks = fillWordBudget(order.map((i) => d.words[i]!), d.budget, fill)
      .map((k) => order[k]!)
      .sort((x, y) => x - y)
    const tokens = picks.flatMap((i) => d.tokens[i]!)
    const uni = counts(tokens, 1)
    const bi = counts(tokens, 2)
    for (const ref of d.refs) {
      r1 += f1(uni, ref.uni) / d.refs.length
      r2 += f1(bi, ref.bi) / d.refs.length
    }
  }
  const n = Math.max(1, data.length)
  return { r1: r1 / n, r2: r2 / n }
}

/** Coordinate ascent on the feature weights and λ, maximising ROUGE-1 + ROUGE-2. */
export function coordinateAscent(data: readonly Prepared[], start: Model, fill: FillStrategy, rounds = 3): Model {
  const objective = (m: Model): number => {
    const s = quickScore(data, m, fill)
    return s.r1 + s.r2
  }
  let best = { ...start, weights: { ...start.weights } }
  let bestValue = objective(best)
  for (let round = 0; round < rounds; round++) {
    const step = 1 / (round + 1)
    let improved = false
    for (const f of FEATURES) {
      for (const delta of [-step, step, -2 * step, 2 * step]) {
        const trial = { ...best, weights: { ...best.weights, [f]: (best.weights[f] ?? 0) + delta } }
        const v = objective(trial)
        if (v > bestValue + 1e-6) {
          best = trial
          bestValue = v
          improved = true
        }
      }
    }
    for (const lambda of [0.6, 0.7, 0.8, 0.9, 1]) {
      const trial = { ...best, lambda }
      const v = objective(trial)
      if (v > bestValue + 1e-6) {
        best = trial
        bestValue = v
        improved = true
      }
    }
    if (!improved) break
  }
  return best
}
