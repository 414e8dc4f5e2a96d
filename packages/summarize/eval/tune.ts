/**
 * Fast ROUGE-1/2 for choosing global parameters: features are precomputed once per article, so each trial
 * only re-scores, re-orders and re-fills.
 */
import { fillWordBudget, type FillStrategy } from "../src/budget.js"
import { candidates } from "../src/candidates.js"
import { analyse } from "../src/features.js"
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
  const { features, similarity } = analyse(cands, a.keyphrases)
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
