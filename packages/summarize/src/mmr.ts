/**
 * Maximal Marginal Relevance ordering (Carbonell & Goldstein 1998, "The use of MMR, diversity-based
 * reranking for reordering documents and producing summaries", SIGIR): repeatedly pick the sentence
 * maximising  λ·salience − (1−λ)·max similarity to the sentences already picked.
 * Sentences nearly identical to a picked one (similarity ≥ `duplicate`) go after every other sentence.
 */
export function mmrOrder(
  salience: readonly number[],
  similarity: (i: number, j: number) => number,
  lambda: number,
  duplicate: number,
): number[] {
  const n = salience.length
  const picked: number[] = []
  const deferred: number[] = []
  const maxSim = new Float64Array(n)
  const done = new Uint8Array(n)
  for (let step = 0; step < n; step++) {
    let best = -1
    let bestValue = -Infinity
    for (let i = 0; i < n; i++) {
      if (done[i]) continue
      const value = lambda * salience[i]! - (1 - lambda) * maxSim[i]!
      if (value > bestValue || (value === bestValue && i < best)) {
        best = i
        bestValue = value
      }
    }
    if (best < 0) break
    done[best] = 1
    if (maxSim[best]! >= duplicate) {
      deferred.push(best)
      continue
    }
    picked.push(best)
    for (let i = 0; i < n; i++) if (!done[i]) maxSim[i] = Math.max(maxSim[i]!, similarity(i, best))
  }
  return [...picked, ...deferred]
}
