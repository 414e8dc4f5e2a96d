// Distinctive terms: stems a corpus uses in more of its articles than everyday news does, scored by the
// signed log-likelihood ratio G² of T. Dunning (1993), "Accurate methods for the statistics of surprise
// and coincidence", Computational Linguistics 19(1), 61–74, over document frequencies: how many of the
// corpus's articles contain the stem against how many of the background's (SaudiNewsNet, data/df.json).
// Unlike a ratio of rates, G² grows with the evidence, so a stem in 2 articles cannot outrank one in 200.
import { backgroundDf, backgroundSize } from "./background.js";
import type { Term } from "./terms.js";

/**
 * Background df of a stem the table does not list. The table drops stems seen in fewer than 4 of its
 * articles, so an unlisted stem's true df is 0–3 and mostly 0 or 1 (most unlisted stems are typos,
 * rare inflections and names met once). Half an article is the usual correction for an empty cell
 * (Haldane–Anscombe) and stays below every df the table could hide: it keeps the score finite and
 * modest for a stem in a handful of corpus articles, while a stem unknown to the background that many
 * corpus articles use still scores high.
 */
export const UNSEEN_BACKGROUND_DF = 0.5;

/** Share of the corpus a term must be in to be listed as distinctive, besides MIN_ARTICLES. */
const MIN_ARTICLE_SHARE = 0.002;
const MIN_ARTICLES = 2;

const xlogx = (o: number, e: number): number => (o > 0 && e > 0 ? o * Math.log(o / e) : 0);

/**
 * Signed G² of a 2×2 table: `a` of `n1` corpus articles contain the term, `b` of `n2` background ones.
 * Positive when the corpus rate a/n1 is above the background rate b/n2, negative when below, 0 when equal
 * or when either side is empty. Counts may be fractional (pseudo-counts); they are clamped to [0, n].
 */
export function keyness(a: number, n1: number, b: number, n2: number): number {
  if (!(n1 > 0 && n2 > 0 && Number.isFinite(n1) && Number.isFinite(n2))) return 0;
  if (!Number.isFinite(a) || !Number.isFinite(b)) return 0;
  const x = Math.min(Math.max(a, 0), n1);
  const y = Math.min(Math.max(b, 0), n2);
  const n = n1 + n2;
  const withTerm = x + y;
  const without = n - withTerm;
  const g2 =
    2 *
    (xlogx(x, (n1 * withTerm) / n) +
      xlogx(y, (n2 * withTerm) / n) +
      xlogx(n1 - x, (n1 * without) / n) +
      xlogx(n2 - y, (n2 * without) / n));
  const diff = x / n1 - y / n2;
  // rounding can leave a tiny negative G² for equal rates
  return diff > 0 ? Math.max(0, g2) : diff < 0 ? -Math.max(0, g2) : 0;
}

/** Keyness of a stem used in `articles` of `corpusArticles` articles, against the bundled background. */
export function termKeyness(stem: string, articles: number, corpusArticles: number): number {
  const b = backgroundDf(stem);
  return keyness(articles, corpusArticles, b > 0 ? b : UNSEEN_BACKGROUND_DF, backgroundSize);
}

/** The terms with their `keyness` added, in the order given. */
export function withKeyness<T extends Term>(terms: readonly T[], corpusArticles: number): (T & { keyness: number })[] {
  return terms.map((t) => ({ ...t, keyness: termKeyness(t.stem, t.articles, corpusArticles) }));
}

export interface DistinctiveOptions {
  /** how many terms to return (default 50; 0 or Infinity = all) */
  top?: number;
  /** fewest corpus articles a term must be in (default: 2, and at least 0.2% of the corpus) */
  minArticles?: number;
}

/** χ²(1) critical value at p < 0.001: a keyness above it is no accident of sampling. */
export const KEYNESS_MIN = 10.83;

/**
 * Residual IDF (Church & Gale 1995, "Inverse document frequency (IDF): a measure of deviations from
 * Poisson"): how much fewer articles a term is in than a term used as often but spread at random would
 * be. Topical words (names, events) cluster in the articles about them and score high; everyday words
 * (العام، العمل، يوم) are spread like chance and score near 0.
 */
export function residualIdf(count: number, articles: number, corpusArticles: number): number {
  if (!(articles > 0 && corpusArticles > 0 && count > 0)) return 0;
  const spread = 1 - Math.exp(-count / corpusArticles);
  return Math.log2(corpusArticles / articles) + Math.log2(spread);
}

/**
 * Terms that set the corpus apart from everyday news: those in enough of its articles whose keyness is
 * significant (p < 0.001), highest first, ties by count, then stem. A corpus much like the background (a
 * sample of the same news) has few such terms, and no order of near-zero scores means anything: the list
 * is then filled with the terms that are not under-represented and cluster most in few articles (residual
 * IDF), so that it still names what the articles are about rather than the words every article uses.
 */
export function distinctiveTerms<T extends Term>(
  terms: readonly T[],
  corpusArticles: number,
  options: DistinctiveOptions = {},
): (T & { keyness: number })[] {
  const top = options.top ?? 50;
  const limit = top > 0 && Number.isFinite(top) ? top : Infinity;
  const minArticles = options.minArticles ?? Math.max(MIN_ARTICLES, Math.ceil(MIN_ARTICLE_SHARE * corpusArticles));
  const listed = withKeyness(
    terms.filter((t) => t.articles >= minArticles),
    corpusArticles,
  );
  const byStem = (x: T, y: T) => (x.stem < y.stem ? -1 : x.stem > y.stem ? 1 : 0);
  const significant = listed
    .filter((t) => t.keyness > KEYNESS_MIN)
    .sort((x, y) => y.keyness - x.keyness || y.count - x.count || byStem(x, y));
  if (significant.length >= limit) return significant.slice(0, limit);
  const ridf = (t: T) => residualIdf(t.count, t.articles, corpusArticles);
  const fill = listed
    .filter((t) => t.keyness >= 0 && t.keyness <= KEYNESS_MIN)
    .map((t) => ({ t, r: ridf(t) }))
    .sort((x, y) => y.r - x.r || y.t.count - x.t.count || byStem(x.t, y.t))
    .map((x) => x.t);
  return [...significant, ...fill].slice(0, limit);
}
