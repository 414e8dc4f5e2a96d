// Counts of word forms (stemmer's unified normal form) in SaudiNewsNet, for building the lexicon.
import { articleContents } from "../bench/news.js"
import { normalizeWord, unifyLetters } from "../src/normalize-word.js"
import { isArabicWord } from "../src/stemmer.js"

/** How often each all-Arabic word form occurs in the news corpus, in unified spelling. */
export async function countForms(limit = Number.POSITIVE_INFINITY): Promise<Map<string, number>> {
  const counts = new Map<string, number>()
  for await (const { content } of articleContents(limit)) {
    for (const t of content.split(/[^\p{L}\p{M}\p{N}]+/u)) {
      const w = normalizeWord(t)
      if (w.length < 2 || w.length > 24 || !isArabicWord(w)) continue
      const u = unifyLetters(w)
      counts.set(u, (counts.get(u) ?? 0) + 1)
    }
  }
  return counts
}
