/**
 * How many of the ranked sentences make the summary: a sentence count, or a word budget filled with whole
 * sentences (the human summaries of news are whole sentences, so none is truncated).
 */
export interface Sized {
  words: number
}

/** Default length for the briefing: 2–4 sentences by article length (in words). */
export function defaultSentenceCount(articleWords: number): number {
  if (articleWords < 150) return 2
  if (articleWords < 700) return 3
  return 4
}

/**
 * Fill strategies for a word budget, in pick order:
 * - "skip": add each sentence that still fits, skipping those that would overflow (never exceeds the budget);
 * - "stop": stop at the first sentence that would overflow (never exceeds the budget);
 * - "nearest": like "skip", but the first sentence that would overflow is added (and filling ends) when that
 *   brings the total closer to the budget: the summary is the set of whole sentences nearest the budget,
 *   overflowing it by less than half a sentence.
 */
export type FillStrategy = "skip" | "stop" | "nearest"

/** Indices (into `ranked`) of the sentences chosen under a word budget. */
export function fillWordBudget(ranked: readonly Sized[], budget: number, strategy: FillStrategy = "skip"): number[] {
  const chosen: number[] = []
  let total = 0
  for (let i = 0; i < ranked.length; i++) {
    const w = ranked[i]!.words
    if (total + w <= budget) {
      chosen.push(i)
      total += w
      continue
    }
    if (strategy === "stop") break
    if (strategy === "nearest" && Math.abs(total + w - budget) < Math.abs(total - budget)) {
      chosen.push(i)
      total += w
      break
    }
  }
  return chosen
}
