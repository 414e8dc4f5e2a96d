// Sets and maps for the stemmer's word lists, keyed by unified spelling (ا for alef forms, ي for ى)
// and asked in any spelling. Each word is checked against them about eight times, mostly as a fresh
// substring that is in none: V8 must hash such a string in its runtime before a Set can answer, and
// the substring would first be unified. A bit per (length, first two letters, last letter) seen
// among the keys answers all but 3 in 100 of those misses on news text from a 16 KB array.
import { unifyCode, unifyLetters } from "./normalize-word.js"

const FILTER_BITS = 1 << 17

/** The filter bit of a word: a mix of its length and its first two and last letters, unified. */
function bucket(word: string): number {
  const n = word.length
  const first = unifyCode(word.charCodeAt(0)) & 0xff
  const second = unifyCode(word.charCodeAt(1)) & 0xff
  const last = unifyCode(word.charCodeAt(n - 1)) & 0xff
  return Math.imul((n << 24) ^ (first << 16) ^ (second << 8) ^ last, 0x9e3779b1) >>> 15
}

function filterOf(keys: Iterable<string>): Uint8Array {
  const filter = new Uint8Array(FILTER_BITS >>> 3)
  for (const key of keys) {
    const b = bucket(key)
    filter[b >>> 3]! |= 1 << (b & 7)
  }
  return filter
}

function mayHold(filter: Uint8Array, word: string): boolean {
  const b = bucket(word)
  return (filter[b >>> 3]! & (1 << (b & 7))) !== 0
}

/** A read-only set of words in unified spelling, asked in any spelling. */
export class WordSet {
  private readonly words: ReadonlySet<string>
  private readonly filter: Uint8Array

  constructor(words: Iterable<string>) {
    this.words = new Set(words)
    this.filter = filterOf(this.words)
  }

  has(word: string): boolean {
    return mayHold(this.filter, word) && this.words.has(unifyLetters(word))
  }

  [Symbol.iterator](): IterableIterator<string> {
    return this.words.values()
  }
}

/** A read-only map from words in unified spelling, asked in any spelling. */
export class WordMap<V> {
  private readonly entries: ReadonlyMap<string, V>
  private readonly filter: Uint8Array

  constructor(entries: Iterable<readonly [string, V]>) {
    this.entries = new Map(entries)
    this.filter = filterOf(this.entries.keys())
  }

  get(word: string): V | undefined {
    return mayHold(this.filter, word) ? this.entries.get(unifyLetters(word)) : undefined
  }
}
