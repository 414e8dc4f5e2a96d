/** The summarisers compared on EASC: ours (any model, any fill strategy) and Lead. */
import { fillWordBudget, type FillStrategy } from "../src/budget.js"
import { defaultModel, type Model } from "../src/model.js"
import { chooseFromRanking, rankArticle } from "../src/summarize.js"
import { sentences, words } from "../src/text.js"
import type { EascArticle } from "./corpus.js"
import { meanScores, rougeAgainst, rougeTokens, type RougeScores } from "./rouge.js"

/** Our summary under the article's word budget, as text. */
export function oursText(a: EascArticle, model: Model = defaultModel, fill: FillStrategy = "skip"): string {
  const ranked = rankArticle(a.text, a.keyphrases, model)
  const picks = chooseFromRanking(ranked, { words: a.budget }, fill)
    .map((k) => ranked.order[k]!)
    .sort((x, y) => x - y)
  return picks.map((i) => ranked.candidates[i]!.text).join(" ")
}

/** Lead: the first sentences of the article in document order under the same budget. */
export function leadText(a: EascArticle, fill: FillStrategy = "skip"): string {
  const ss = sentences(a.text).map((s) => ({ ...s, words: words(s.text).length }))
  return fillWordBudget(ss, a.budget, fill)
    .map((i) => ss[i]!.text)
    .join(" ")
}

export function score(articles: readonly EascArticle[], system: (a: EascArticle) => string): RougeScores {
  return meanScores(articles.map((a) => rougeAgainst(system(a), a.references)))
}

/**
 * Sentences taken in the given pick order until the budget is reached, the last one cut to fit exactly,
 * then put back in document order: for comparison only (the references are whole sentences).
 */
function truncated(picked: readonly { text: string; start: number }[], budget: number): string {
  const parts: { start: number; tokens: string[] }[] = []
  let left = Math.round(budget)
  for (const p of picked) {
    if (left <= 0) break
    const tokens = rougeTokens(p.text).slice(0, left)
    left -= tokens.length
    parts.push({ start: p.start, tokens })
  }
  return parts
    .sort((x, y) => x.start - y.start)
    .map((p) => p.tokens.join(" "))
    .join(" ")
}

/** Our sentences in pick order, the last one cut at exactly the budget. */
export function oursTruncated(a: EascArticle, model: Model = defaultModel): string {
  const ranked = rankArticle(a.text, a.keyphrases, model)
  return truncated(
    ranked.order.map((i) => ranked.candidates[i]!),
    a.budget,
  )
}

/** Lead, the last sentence cut at exactly the budget. */
export function leadTruncated(a: EascArticle): string {
  return truncated(sentences(a.text), a.budget)
}
