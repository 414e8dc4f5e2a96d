// A stem vocabulary: words → dense stem ids, with a bounded word cache. Counting stems by id
// (an array increment) is much cheaper than a Map keyed by stem strings, and the cached
// stemmer of `createStemmer` is this vocabulary's `stemOf`.
import { StringTable } from "./string-table.js"

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

/** Longer tokens are rare and would pin memory; they are stemmed each time. */
const MAX_CACHED_LENGTH = 64

/**
 * A vocabulary over `stemmer`. The word cache holds up to `cacheEntries` words per generation:
 * when the young generation is full it becomes the old one (whose hits are promoted) and a new
 * one starts, so memory is bounded by two generations plus the distinct stems.
 */
export function createVocabulary(stemmer: (word: string) => string, cacheEntries: number): StemVocabulary {
  const stems: string[] = []
  const stemIds = new StringTable(1024)
  let stemIndex = stemIds
  let young = new StringTable(cacheEntries)
  let old: StringTable | undefined

  function internStem(s: string): number {
    const known = stemIndex.get(s)
    if (known >= 0) return known
    if (stemIndex.full) stemIndex = rehash(stemIndex, stems)
    stemIndex.set(s, stems.length)
    stems.push(s)
    return stems.length - 1
  }

  function idOf(word: string): number {
    const hit = young.get(word)
    if (hit >= 0) return hit
    const fromOld = old === undefined ? -1 : old.get(word)
    const id = fromOld >= 0 ? fromOld : internStem(stemmer(word))
    if (word.length <= MAX_CACHED_LENGTH) {
      if (young.full) {
        old = young
        young = new StringTable(cacheEntries)
      }
      young.set(word, id)
    }
    return id
  }

  return {
    idOf,
    stemAt: (id) => stems[id]!,
    stemOf: (word) => stems[idOf(word)]!,
    get size() {
      return stems.length
    },
  }
}

/** A table twice as large holding every stem: the stem index grows with the vocabulary. */
function rehash(table: StringTable, stems: readonly string[]): StringTable {
  const bigger = new StringTable(table.limit * 2)
  for (let id = 0; id < stems.length; id++) bigger.set(stems[id]!, id)
  return bigger
}
