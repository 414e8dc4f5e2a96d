// An open-addressing hash table from strings to values. In V8 a large Map keyed by fresh
// token strings is bound by memory latency; this table keeps keys in one array, their hashes
// in an Int32Array, probes linearly, and is about twice as fast for the stemmer's cache. A
// slot's hash is compared before its key, so a probe that passes another word's slot does not
// read that word's string. Capacity is fixed: callers check `size` against `limit`.

/** FNV-1a over UTF-16 code units. */
export function hashString(s: string): number {
  let h = 0x811c9dc5 | 0
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619)
  return h
}

export class StringTable<V> {
  private readonly keys: (string | undefined)[]
  private readonly hashes: Int32Array
  private readonly values: (V | undefined)[]
  private readonly mask: number
  /** Entries allowed before the table counts as full (half its slots). */
  readonly limit: number
  size = 0

  constructor(entries: number) {
    const slots = 1 << Math.max(4, Math.ceil(Math.log2(Math.max(1, entries) * 2)))
    this.keys = new Array<string | undefined>(slots).fill(undefined)
    this.hashes = new Int32Array(slots)
    this.values = new Array<V | undefined>(slots).fill(undefined)
    this.mask = slots - 1
    this.limit = slots >>> 1
  }

  /** The value stored for `key` (whose `hashString` is `hash`), or undefined. */
  get(key: string, hash: number): V | undefined {
    const keys = this.keys
    const hashes = this.hashes
    let i = hash & this.mask
    for (;;) {
      const k = keys[i]
      if (k === undefined) return undefined
      if (hashes[i] === hash && k === key) return this.values[i]
      i = (i + 1) & this.mask
    }
  }

  /** Store `value` for `key` (whose `hashString` is `hash`); the table must not be full. */
  set(key: string, hash: number, value: V): void {
    const keys = this.keys
    let i = hash & this.mask
    for (;;) {
      const k = keys[i]
      if (k === undefined) {
        keys[i] = key
        this.hashes[i] = hash
        this.size++
        break
      }
      if (this.hashes[i] === hash && k === key) break
      i = (i + 1) & this.mask
    }
    this.values[i] = value
  }

  get full(): boolean {
    return this.size >= this.limit
  }

  /** A table with room for twice as many entries, holding these ones. */
  grown(): StringTable<V> {
    const bigger = new StringTable<V>(this.limit * 2)
    const keys = this.keys
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i]
      if (k !== undefined) bigger.set(k, this.hashes[i]!, this.values[i]!)
    }
    return bigger
  }
}
