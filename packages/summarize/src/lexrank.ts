/**
 * Continuous LexRank (Erkan & Radev 2004, "LexRank: Graph-based lexical centrality as salience in text
 * summarization", JAIR 22): the stationary distribution of a random walk on the sentence similarity graph,
 * with damping as in PageRank / TextRank (Mihalcea & Tarau 2004).
 */

/** Centrality of each sentence; values sum to 1. `similarity` is symmetric, diagonal ignored. */
export function lexRank(similarity: readonly Float64Array[], damping = 0.85, iterations = 30): Float64Array {
  const n = similarity.length
  const rank = new Float64Array(n).fill(n > 0 ? 1 / n : 0)
  if (n <= 1) return rank
  const rowSum = new Float64Array(n)
  for (let i = 0; i < n; i++) {
    let s = 0
    for (let j = 0; j < n; j++) if (j !== i) s += similarity[i]![j]!
    rowSum[i] = s
  }
  let next = new Float64Array(n)
  let current = rank
  for (let it = 0; it < iterations; it++) {
    next.fill((1 - damping) / n)
    for (let i = 0; i < n; i++) {
      const share = current[i]!
      if (rowSum[i] === 0) {
        // A sentence sharing nothing spreads its weight evenly (dangling node).
        for (let j = 0; j < n; j++) next[j]! += (damping * share) / n
        continue
      }
      const row = similarity[i]!
      for (let j = 0; j < n; j++) if (j !== i) next[j]! += (damping * share * row[j]!) / rowSum[i]!
    }
    let delta = 0
    for (let i = 0; i < n; i++) delta += Math.abs(next[i]! - current[i]!)
    const tmp = current
    current = next
    next = tmp
    if (delta < 1e-6) break
  }
  return current
}
