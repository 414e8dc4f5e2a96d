/**
 * How specific a stem is in general news, from the background document frequencies that
 * @mawjaz/keywords ships (SaudiNewsNet, 30,676 articles; see that package's data/README.md).
 * Returned as a weight in (0, 1]: ln(N / df) / ln(N), 1 for stems seen in fewer than MIN_DF
 * background articles (names, specific words), near 0 for stems in most articles.
 */
import { backgroundDf as keywordsDf, backgroundSize } from "@mawjaz/keywords";

/** Below this many background articles a stem counts as fully specific: rare counts say little. */
const MIN_DF = 20;
const N = Math.max(2, backgroundSize);

export function backgroundDf(stem: string): number {
  const df = keywordsDf(stem);
  return df >= MIN_DF ? df : 0;
}

export function backgroundIdf(stem: string): number {
  const df = backgroundDf(stem);
  if (df <= 0) return 1;
  return Math.max(0.01, Math.log(N / df) / Math.log(N));
}
