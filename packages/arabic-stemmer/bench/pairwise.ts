// Pairwise conflation scores: items grouped by gold lemma and by predicted stem; precision is
// the share of same-stem pairs that share a lemma, recall the share of same-lemma pairs that
// share a stem (the measure used by issue 3; cf. the cluster-pair F of Paice 1996).
export interface PairScores {
  precision: number
  recall: number
  f1: number
  goldPairs: number
  predictedPairs: number
  correctPairs: number
}

function pairs(counts: Map<string, number>): number {
  let total = 0
  for (const n of counts.values()) total += (n * (n - 1)) / 2
  return total
}

function bump(counts: Map<string, number>, key: string): void {
  counts.set(key, (counts.get(key) ?? 0) + 1)
}

export function pairwiseScores(items: readonly { lemma: string; stem: string }[]): PairScores {
  const byLemma = new Map<string, number>()
  const byStem = new Map<string, number>()
  const byBoth = new Map<string, number>()
  for (const { lemma, stem } of items) {
    bump(byLemma, lemma)
    bump(byStem, stem)
    bump(byBoth, `${lemma}\u0000${stem}`)
  }
  const goldPairs = pairs(byLemma)
  const predictedPairs = pairs(byStem)
  const correctPairs = pairs(byBoth)
  const precision = predictedPairs === 0 ? 1 : correctPairs / predictedPairs
  const recall = goldPairs === 0 ? 1 : correctPairs / goldPairs
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)
  return { precision, recall, f1, goldPairs, predictedPairs, correctPairs }
}
