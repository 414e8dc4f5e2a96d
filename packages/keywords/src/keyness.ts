// Distinctive terms: stems a corpus uses in more of its articles than everyday news does, scored by the
// signed log-likelihood ratio G² of T. Dunning (1993), "Accurate methods for the statistics of surprise
// and coincidence", Computational Linguistics 19(1), 61–74, over document frequencies: how many of the
// corpus's articles contain the stem against how many of the background's (SaudiNewsNet, data/df.json).
// Unlike a ratio of rates, G² grows with the evidence, so a stem in 2 articles cannot outrank one in 200.
import { backgroundDf, backgroundMeanWords, backgroundSize } from "./background.js";
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

/**
 * The corpus's article lengths, for comparing its document frequencies with the background's fairly: a
 * corpus of long articles (analyses, features) contains every general word (كثير، الوقت، يبدو) in more of
 * its articles than everyday news does, without using it any more per word. Each term's background rate
 * is turned into the rate expected at the corpus's lengths, under the usual model of a word occurring at a
 * constant rate per word (a Poisson process; Church & Gale 1995, "Poisson mixtures"): a term in a share p
 * of background articles of mean length L̄ occurs at λ = −ln(1 − p) / L̄ per word, so an article of L words
 * contains it with probability 1 − e^(−λL). Lengths are grouped in buckets so that this costs little per term.
 */
export interface LengthProfile {
  /** Bucket lengths (words) and how many corpus articles fall in each. */
  readonly lengths: readonly number[];
  readonly counts: readonly number[];
  readonly articles: number;
}

/** Buckets of about 10% width: the expected rate changes little within one. */
export function lengthProfile(wordCounts: readonly number[]): LengthProfile {
  const buckets = new Map<number, { sum: number; n: number }>();
  for (const w of wordCounts) {
    const words = Math.max(1, w);
    const k = Math.round(Math.log(words) / Math.log(1.1));
    const b = buckets.get(k) ?? { sum: 0, n: 0 };
    b.sum += words;
    b.n++;
    buckets.set(k, b);
  }
  const all = [...buckets.values()];
  return { lengths: all.map((b) => b.sum / b.n), counts: all.map((b) => b.n), articles: wordCounts.length };
}

/** The background df a stem would have if the background's articles had the corpus's lengths. */
function lengthMatchedDf(b: number, profile: LengthProfile | undefined): number {
  if (!profile || profile.articles === 0 || !(backgroundMeanWords > 0)) return b;
  const p = Math.min(b / backgroundSize, 1 - 1e-9);
  const rate = -Math.log(1 - p) / backgroundMeanWords;
  let expected = 0;
  for (let i = 0; i < profile.lengths.length; i++) expected += profile.counts[i]! * (1 - Math.exp(-rate * profile.lengths[i]!));
  return (expected / profile.articles) * backgroundSize;
}

/**
 * Keyness of a stem used in `articles` of `corpusArticles` articles, against the bundled background; with
 * a `profile` of the corpus's article lengths, against the background's rate at those lengths.
 */
export function termKeyness(stem: string, articles: number, corpusArticles: number, profile?: LengthProfile): number {
  const b = backgroundDf(stem);
  return keyness(articles, corpusArticles, lengthMatchedDf(b > 0 ? b : UNSEEN_BACKGROUND_DF, profile), backgroundSize);
}

/** The terms with their `keyness` added, in the order given. */
export function withKeyness<T extends Term>(terms: readonly T[], corpusArticles: number, profile?: LengthProfile): (T & { keyness: number })[] {
  return terms.map((t) => ({ ...t, keyness: termKeyness(t.stem, t.articles, corpusArticles, profile) }));
}

export interface DistinctiveOptions {
  /** how many terms to return (default 50; 0 or Infinity = all) */
  top?: number;
  /** fewest corpus articles a term must be in (default: 2, and at least 0.2% of the corpus) */
  minArticles?: number;
  /** the corpus's article lengths (`lengthProfile`), to compare against the background at those lengths */
  profile?: LengthProfile;
}

/**
 * Terms that set the corpus apart from everyday news: those in enough of its articles, by keyness
 * (highest first), ties by count, then stem. When the corpus is the background itself every score is
 * about 0, and the order falls back to count among the ties.
 */
export function distinctiveTerms<T extends Term>(
  terms: readonly T[],
  corpusArticles: number,
  options: DistinctiveOptions = {},
): (T & { keyness: number })[] {
  const top = options.top ?? 50;
  const minArticles = options.minArticles ?? Math.max(MIN_ARTICLES, Math.ceil(MIN_ARTICLE_SHARE * corpusArticles));
  const listed = withKeyness(
    terms.filter((t) => t.articles >= minArticles),
    corpusArticles,
    options.profile,
  );
  listed.sort(
    (x, y) => y.keyness - x.keyness || y.count - x.count || (x.stem < y.stem ? -1 : x.stem > y.stem ? 1 : 0),
  );
  return top > 0 && Number.isFinite(top) ? listed.slice(0, top) : listed;
}
