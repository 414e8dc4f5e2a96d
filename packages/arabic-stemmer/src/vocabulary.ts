// A stem vocabulary: words → dense stem ids, with a bounded word cache. Counting stems by id
// (an array increment) is much cheaper than a Map keyed by stem strings, and the cached
// stemmer of `createStemmer` is this vocabulary's `stemOf`.
import { StringTable, hashString } from "./string-table.js"

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
 * The hot tier: the first words met (in Zipfian text, mostly the frequent ones), in a table
 * small enough to stay in the CPU cache. Stems never change, so it is never invalidated.
 */
const HOT_ENTRIES = 16_384

/**
 * A vocabulary over `stemmer`. The word cache holds up to `cacheEntries` words per generation:
 * when the young generation is full it becomes the old one (whose hits are promoted) and a new
 * one starts, so memory is bounded by two generations plus the distinct stems.
 */
export function createVocabulary(stemmer: (word: string) => string, cacheEntries: number): StemVocabulary {
  const stems: string[] = []
  let stemIndex = new StringTable(1024)
  const hot = new StringTable(Math.min(HOT_ENTRIES, cacheEntries))
  // generations start small and grow to `cacheEntries`, so an idle stemmer costs little memory
  const firstSize = Math.min(cacheEntries, 4096)
  let young = new StringTable(firstSize)
  let old: StringTable | undefined

  function internStem(s: string): number {
    const h = hashString(s)
    const known = stemIndex.get(s, h)
    if (known >= 0) return known
    if (stemIndex.full) stemIndex = stemIndex.grown()
    stemIndex.set(s, h, stems.length)
    stems.push(s)
    return stems.length - 1
  }

  function idOf(word: string): number {
    const h = hashString(word)
    const fromHot = hot.get(word, h)
    if (fromHot >= 0) return fromHot
    const hit = young.get(word, h)
    if (hit >= 0) return hit
    const fromOld = old === undefined ? -1 : old.get(word, h)
    const id = fromOld >= 0 ? fromOld : internStem(stemmer(word))
    if (word.length <= MAX_CACHED_LENGTH) {
      if (!hot.full) hot.set(word, h, id)
      else {
        if (young.full && young.limit < cacheEntries) young = young.grown()
        else if (young.full) {
          old = young
          young = new StringTable(cacheEntries)
        }
        young.set(word, h, id)
      }
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
