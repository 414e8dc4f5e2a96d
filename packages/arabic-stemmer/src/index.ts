// @mawjaz/arabic-stemmer — a light stemmer for Arabic news text with a broken-plural table
// and optional root extraction. See README.md for the algorithm and its references.
import { rootUncached } from "./root.js"
import { stemUncached } from "./stemmer.js"
import { createVocabulary, type StemVocabulary } from "./vocabulary.js"
import { cachedPerWord } from "./word-cache.js"

export interface StemmerOptions {
  /** Words per cache generation (default 262 144; 0 disables the cache). */
  cacheSize?: number
  /** Return roots instead of light stems. */
  root?: boolean
}

// 10,000 news articles hold about 180,000 distinct token forms: a generation holds them all, so a
// corpus of that size is stemmed once per form.
const DEFAULT_CACHE_SIZE = 262_144

/** A stemming function with its own cache. */
export function createStemmer(options: StemmerOptions = {}): (word: string) => string {
  const size = options.cacheSize ?? DEFAULT_CACHE_SIZE
  const uncached = options.root === true ? rootUncached : stemUncached
  return size > 0 ? cachedPerWord(uncached, size) : uncached
}

/**
 * A stem vocabulary: `idOf(word)` gives a dense id per distinct stem (cached), `stemAt(id)`
 * the stem. Counting by id in an array is the fastest way to count stems.
 */
export function createStemVocabulary(options: StemmerOptions = {}): StemVocabulary {
  const uncached = options.root === true ? rootUncached : stemUncached
  return createVocabulary(uncached, options.cacheSize ?? DEFAULT_CACHE_SIZE)
}

export type { StemVocabulary } from "./vocabulary.js"

const defaultStem = createStemmer()
const defaultRoot = createStemmer({ root: true, cacheSize: 20_000 })

/**
 * The light stem of a word (raw or a Token.norm), in the "search" normal form.
 * Never "" for a word with an Arabic letter; non-Arabic input comes back normalised.
 */
export function stem(word: string): string {
  return defaultStem(word)
}

/** The (usually triliteral) root of a word, e.g. مكتبات → كتب. */
export function root(word: string): string {
  return defaultRoot(word)
}

export { stemUncached } from "./stemmer.js"
export { rootUncached } from "./root.js"
export { normalizeWord, searchForm } from "./normalize-word.js"
export { withTextWords } from "./text-words.js"
