/**
 * Story summary: 2–3 sentences drawn from all the articles of a story. Each article's candidates are
 * scored as in a single-article summary; then MMR runs over the pooled sentences with similarities over
 * one shared vocabulary, so the same fact reported by two sources is picked once.
 */
import { sentenceVectors } from "./features.js"
import { mmrOrder } from "./mmr.js"
import { rankArticle } from "./summarize.js"
import { Vocabulary, cosine } from "./vectors.js"
import type { StoryArticle, StorySentence } from "./types.js"
import type { Candidate } from "./candidates.js"

/** How many top sentences of each article enter the pool. */
const PER_ARTICLE = 4
/**
 * Two sources rarely word a fact identically, so across articles the novelty weight is higher and the
 * duplicate threshold lower than within one article.
 */
const STORY_LAMBDA = 0.7
const STORY_DUPLICATE = 0.45

export function summarizeStory(
  articles: readonly StoryArticle[],
  options: { sentences?: number } = {},
): StorySentence[] {
  const wanted =
    options.sentences !== undefined && Number.isFinite(options.sentences)
      ? Math.max(0, Math.floor(options.sentences))
      : articles.length > 1
        ? 3
        : 2
  const pool: { article: string; articleIndex: number; candidate: Candidate; salience: number }[] = []
  articles.forEach((a, articleIndex) => {
    const ranked = rankArticle(a.input)
    for (const i of ranked.order.slice(0, PER_ARTICLE)) {
      pool.push({ article: a.id, articleIndex, candidate: ranked.candidates[i]!, salience: ranked.salience[i]! })
    }
  })
  if (pool.length === 0 || wanted === 0) return []
  const vectors = sentenceVectors(
    pool.map((p) => p.candidate),
    new Vocabulary(),
  )
  const order = mmrOrder(
    pool.map((p) => p.salience),
    (i, j) => cosine(vectors[i]!, vectors[j]!),
    STORY_LAMBDA,
    STORY_DUPLICATE,
  )
  const chosen = new Set<number>()
  for (const i of order) {
    if (chosen.size >= wanted) break
    // A near-duplicate of a chosen sentence is never used, even to fill the count.
    if ([...chosen].some((j) => cosine(vectors[i]!, vectors[j]!) >= STORY_DUPLICATE)) continue
    chosen.add(i)
  }
  return [...chosen]
    .sort((a, b) => pool[a]!.articleIndex - pool[b]!.articleIndex || pool[a]!.candidate.start - pool[b]!.candidate.start)
    .map((i) => {
      const p = pool[i]!
      const c = p.candidate
      return { text: c.text, start: c.start, end: c.end, score: Math.round(p.salience * 1e6) / 1e6, article: p.article }
    })
}
