/** k-fold split over articles (round-robin, deterministic) for cross-validation. */
export function folds<T>(items: readonly T[], k: number): T[][] {
  const out: T[][] = Array.from({ length: k }, () => [])
  items.forEach((x, i) => out[i % k]!.push(x))
  return out
}
