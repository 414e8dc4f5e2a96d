/**
 * Learns the weights of the sentence scorer (data/model.json) on EASC dev: a logistic regression whose
 * soft target is the share of the five human summaries that contain the sentence (its bigrams), then the
 * MMR λ from a small grid, scored by ROUGE. Run through `pnpm eval -- --write` (eval/easc.ts).
 */
import { writeFileSync } from "node:fs"
import path from "node:path"
import { fileURLToPath } from "node:url"
import { candidates } from "../src/candidates.js"
import { FEATURES, analyse } from "../src/features.js"
import type { Model } from "../src/model.js"
import type { EascArticle } from "./corpus.js"
import { rougeTokens } from "./rouge.js"

export interface Example {
  x: Float64Array
  y: number
}

function bigrams(tokens: readonly string[]): Set<string> {
  const s = new Set<string>()
  for (let i = 0; i + 1 < tokens.length; i++) s.add(tokens[i] + " " + tokens[i + 1])
  return s
}

/** Share of the references that contain the sentence (by the share of its bigrams found there). */
export function sentenceLabel(sentence: string, references: readonly Set<string>[]): number {
  const own = bigrams(rougeTokens(sentence))
  if (own.size === 0) return 0
  let sum = 0
  for (const ref of references) {
    let hit = 0
    for (const g of own) if (ref.has(g)) hit++
    sum += hit / own.size
  }
  return sum / Math.max(1, references.length)
}

export function examples(articles: readonly EascArticle[]): Example[] {
  const out: Example[] = []
  for (const a of articles) {
    const refs = a.references.map((r) => bigrams(rougeTokens(r)))
    const cands = candidates({ text: a.text })
    const { features } = analyse(cands, a.keyphrases)
    cands.forEach((c, i) => out.push({ x: features[i]!, y: sentenceLabel(c.text, refs) }))
  }
  return out
}

/** Logistic regression with soft targets, L2-regularised, full-batch gradient descent. */
export function fitLogistic(
  data: readonly Example[],
  use: ReadonlySet<string> = new Set(FEATURES),
  l2 = 0.01,
  steps = 3000,
  rate = 0.5,
): { bias: number; w: Float64Array } {
  const d = FEATURES.length
  const w = new Float64Array(d)
  let bias = 0
  const n = Math.max(1, data.length)
  for (let step = 0; step < steps; step++) {
    const g = new Float64Array(d)
    let gb = 0
    for (const { x, y } of data) {
      let z = bias
      for (let k = 0; k < d; k++) z += w[k]! * x[k]!
      const err = 1 / (1 + Math.exp(-z)) - y
      gb += err
      for (let k = 0; k < d; k++) g[k]! += err * x[k]!
    }
    bias -= (rate * gb) / n
    for (let k = 0; k < d; k++) if (use.has(FEATURES[k]!)) w[k]! -= rate * (g[k]! / n + l2 * w[k]!)
  }
  return { bias, w }
}

export function toModel(fit: { bias: number; w: Float64Array }, lambda: number, duplicate: number): Model {
  const weights: Record<string, number> = {}
  FEATURES.forEach((f, k) => (weights[f] = Math.round(fit.w[k]! * 1e4) / 1e4))
  return { bias: Math.round(fit.bias * 1e4) / 1e4, weights, lambda, duplicate }
}

export const modelPath = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../data/model.json")

export function writeModel(model: Model): void {
  writeFileSync(modelPath, JSON.stringify(model, null, 2) + "\n")
}

/**
 * The features the learned scorer uses, chosen by cross-validated ROUGE on EASC dev (5- and 7-fold): the
 * second-sentence indicator, similarity to the lead sentence, SumBasic term frequency, numbers and quote
 * marks did not help and are left out. Keyphrase coverage (of the keyphrases @mawjaz/keywords extracts,
 * as the briefing passes them) is correlated with centrality, so its weight is chosen by ROUGE on a grid,
 * with λ and the duplicate threshold, rather than by the logistic fit.
 */
export const LEARNED = new Set([
  "first",
  "inversePosition",
  "relativePosition",
  "paragraphStart",
  "centrality",
  "centroid",
  "logLength",
  "short",
  "relativePositionByLength",
  "degree",
])
export const LAMBDAS = [0.7, 0.8, 0.9, 1]
export const DUPLICATES = [0.5, 0.6, 0.7]
export const KEYPHRASE_WEIGHTS = [0, 0.1, 0.2, 0.4, 0.8]

/** Fit on the given articles: logistic weights, then λ and the duplicate threshold by ROUGE on them. */
export function trainModel(articles: readonly EascArticle[], quick: (m: Model) => number): Model {
  const fit = fitLogistic(examples(articles), LEARNED)
  let best = toModel(fit, 1, 0.6)
  let bestValue = -Infinity
  for (const lambda of LAMBDAS) {
    for (const duplicate of DUPLICATES) {
      for (const keyphrases of KEYPHRASE_WEIGHTS) {
        const m = toModel(fit, lambda, duplicate)
        m.weights.keyphrases = keyphrases
        const v = quick(m)
        if (v > bestValue) {
          best = m
          bestValue = v
        }
      }
    }
  }
  return best
}
