// A stem vocabulary: words → dense stem ids, with a bounded word cache. Counting stems by id
// (an array increment) is much cheaper than a Map keyed by stem strings.
import { StringTable, hashString } from "./string-table.js"
import { cachedPerWord } from "./word-cache.js"

export interface StemVocabulary {
  /** The id of the word's stem (ids are dense: 0, 1, 2 … in order of first appearance). */
  idOf(word: string): number
  /** The stem with that id. */
  stemAt(id: number): string
  /** The stem of the word (cached). */
  stemOf(word: string): string
  /** Number of distinct stems seen. */
  readonly size: number
}

/** A vocabulary over `stemmer`, caching up to `cacheEntries` words per generation (0: no cache). */
export function createVocabulary(stemmer: (word: string) => string, cacheEntries: number): StemVocabulary {
  const stems: string[] = []
  let stemIndex = new StringTable<number>(1024)

  function internStem(s: string): number {
    const h = hashString(s)
    const known = stemIndex.get(s, h)
    if (known !== undefined) return known
    if (stemIndex.full) stemIndex = stemIndex.grown()
    stemIndex.set(s, h, stems.length)
    stems.push(s)
    return stems.length - 1
  }

  const uncachedId = (word: string) => internStem(stemmer(word))
  const idOf = cacheEntries > 0 ? cachedPerWord(uncachedId, cacheEntries) : uncachedId
  return {
    idOf,
    stemAt: (id) => stems[id]!,
    stemOf: (word) => stems[idOf(word)]!,
    get size() {
      return stems.length
    },
  }
}
