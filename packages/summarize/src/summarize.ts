/**
 * Single-article extractive summary: candidates → features → learned salience → MMR order → length.
 */
import { defaultSentenceCount, fillWordBudget, type FillStrategy } from "./budget.js"
import { candidates, type Candidate } from "./candidates.js"
import { analyse } from "./features.js"
import { mmrOrder } from "./mmr.js"
import { defaultModel, salience, type Model } from "./model.js"
import type { ScoredSentence, Summary, SummaryInput, SummaryOptions } from "./types.js"

export interface RankedArticle {
  input: SummaryInput
  candidates: Candidate[]
  /** Candidate indices in pick order. */
  order: number[]
  salience: number[]
  similarity: Float64Array[]
}

/** Accepts a plain string or a SummaryInput; anything else becomes an empty text. */
export function toInput(input: string | SummaryInput): SummaryInput {
  if (typeof input === "string") return { text: input }
  if (input && typeof input.text === "string") return input
  return { text: "" }
}

/** Every candidate sentence of the article with its salience, in pick order. */
export function rankArticle(
  raw: string | SummaryInput,
  keyphrases: readonly string[] = [],
  model: Model = defaultModel,
): RankedArticle {
  const input = toInput(raw)
  const cands = candidates(input)
  const { features, similarity } = analyse(cands, keyphrases, { centrality: (model.weights.centrality ?? 0) !== 0 })
  const sal = features.map((x) => salience(x, model))
  const order = mmrOrder(sal, (i, j) => similarity[i]![j]!, model.lambda, model.duplicate)
  return { input, candidates: cands, order, salience: sal, similarity }
}

function scored(c: Candidate, score: number): ScoredSentence {
  return { text: c.text, start: c.start, end: c.end, score: Math.round(score * 1e6) / 1e6 }
}

/** Positions (into `order`) of the summary sentences under the options. */
export function chooseFromRanking(
  ranked: RankedArticle,
  options: SummaryOptions = {},
  fill: FillStrategy = options.fill ?? "skip",
): number[] {
  const { order, candidates: cands } = ranked
  if (options.words !== undefined && Number.isFinite(options.words)) {
    const sized = order.map((i) => cands[i]!)
    return fillWordBudget(sized, Math.max(0, options.words), fill)
  }
  const wanted =
    options.sentences !== undefined && Number.isFinite(options.sentences)
      ? Math.max(0, Math.floor(options.sentences))
      : defaultSentenceCount(cands.reduce((sum, c) => sum + c.words, 0))
  // Near-duplicates sit at the end of the ranking; they are only used if nothing else is left.
  return order.slice(0, wanted).map((_, k) => k)
}

/** Extractive summary of one article (see the package README). */
export function summarize(input: string | SummaryInput, options: SummaryOptions = {}): Summary {
  const ranked = rankArticle(input, options.keyphrases ?? [])
  const picks = chooseFromRanking(ranked, options)
  const rankedOut = ranked.order.map((i) => scored(ranked.candidates[i]!, ranked.salience[i]!))
  const summary = picks
    .map((k) => ranked.order[k]!)
    .sort((a, b) => a - b)
    .map((i) => scored(ranked.candidates[i]!, ranked.salience[i]!))
  return { summary, ranked: rankedOut }
}
