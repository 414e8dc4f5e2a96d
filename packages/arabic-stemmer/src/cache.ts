// A bounded memo for stemmers. News vocabulary is Zipfian: a few thousand words make up most
// tokens, and a hundred thousand nearly all. Two tiers:
// - a small hot map of the first `HOT_ENTRIES` distinct words met (frequent words come early),
//   small enough to stay in the CPU cache — a large Map costs a cache miss per lookup. Stems
//   never change, so it is never invalidated;
// - a main map of two generations: when the young map is full it becomes the old one and a
//   fresh map starts; hits in the old map are promoted.
// Memory stays below two maps of `maxEntries` plus the hot tier.
const HOT_ENTRIES = 8192

/** Longer tokens are rare and would pin memory; they are stemmed each time. */
const MAX_CACHED_LENGTH = 64

export function memoize(fn: (word: string) => string, maxEntries: number): (word: string) => string {
  if (maxEntries <= 0) return fn
  const hot = new Map<string, string>()
  let young = new Map<string, string>()
  let old = new Map<string, string>()
  const hotLimit = Math.min(HOT_ENTRIES, maxEntries)
  return (word: string): string => {
    const fromHot = hot.get(word)
    if (fromHot !== undefined) return fromHot
    const hit = young.get(word)
    if (hit !== undefined) return hit
    const value = old.get(word) ?? fn(word)
    if (word.length <= MAX_CACHED_LENGTH) {
      if (hot.size < hotLimit) hot.set(word, value)
      if (young.size >= maxEntries) {
        old = young
        young = new Map()
      }
      young.set(word, value)
    }
    return value
  }
}
