// A bounded cache of per-word results (stems, stem ids), shared by `createStemmer` and the stem
// vocabulary. Two tiers:
// - hot: the first words met (in Zipfian text, mostly the frequent ones: the first 32k distinct
//   forms met in SaudiNewsNet are 81% of its first 3M tokens), in a table of under 1 MB, never
//   evicted;
// - generations: when the young one is full it becomes the old one (whose hits are kept) and a
//   new one starts, so memory is bounded by two generations.
// A word's result only changes with the scope of text words (`withTextWords`): all tables are
// dropped when the scope opens or closes.
import { StringTable, hashString } from "./string-table.js"
import { textWordsEpoch } from "./text-words.js"

/** Longer tokens are rare and would pin memory; they are computed each time. */
const MAX_CACHED_LENGTH = 64

const HOT_ENTRIES = 32_768

/** `compute` cached per word, with at most `entries` words per generation (entries > 0). */
export function cachedPerWord<V>(compute: (word: string) => V, entries: number): (word: string) => V {
  let hot: StringTable<V>
  let young: StringTable<V>
  let old: StringTable<V> | undefined
  let epoch: number

  function clear(): void {
    hot = new StringTable<V>(Math.min(HOT_ENTRIES, entries))
    // generations start small and grow to `entries`, so an idle cache costs little memory
    young = new StringTable<V>(Math.min(entries, 4096))
    old = undefined
    epoch = textWordsEpoch()
  }
  clear()

  function remember(word: string, h: number, value: V): void {
    if (!hot.full) return hot.set(word, h, value)
    if (young.full && young.limit < entries) young = young.grown()
    else if (young.full) {
      old = young
      young = new StringTable<V>(entries)
    }
    young.set(word, h, value)
  }

  return (word) => {
    if (epoch !== textWordsEpoch()) clear()
    if (word.length > MAX_CACHED_LENGTH) return compute(word)
    const h = hashString(word)
    const hit = hot.get(word, h) ?? young.get(word, h)
    if (hit !== undefined) return hit
    const value = old?.get(word, h) ?? compute(word)
    remember(word, h, value)
    return value
  }
}
