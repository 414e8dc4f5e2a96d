// A Bloom filter over strings (Bloom 1970): k bit positions per key from two 32-bit hashes by
// double hashing (Kirsch & Mitzenmacher 2006). Used for the list of attested news word forms,
// which it stores in about 10 bits a word at a false-positive rate under 1%.

export interface BloomFilter {
  /** Number of bits, a power of two. */
  readonly bits: number
  /** Bit positions per key. */
  readonly hashes: number
  readonly data: Uint8Array
}

export function createBloomFilter(keys: number, falsePositiveRate: number): BloomFilter {
  const ideal = Math.ceil((-keys * Math.log(falsePositiveRate)) / (Math.LN2 * Math.LN2))
  let bits = 1024
  while (bits < ideal) bits *= 2
  // more than 8 probes buys little once the table is rounded up to a power of two
  const hashes = Math.min(8, Math.max(1, Math.round((bits / Math.max(1, keys)) * Math.LN2)))
  return { bits, hashes, data: new Uint8Array(bits >>> 3) }
}

export function addKey(filter: BloomFilter, key: string): void {
  hashKey(key)
  const mask = filter.bits - 1
  for (let i = 0; i < filter.hashes; i++) {
    const bit = (h1 + Math.imul(i, h2)) & mask
    filter.data[bit >>> 3]! |= 1 << (bit & 7)
  }
}

export function hasKey(filter: BloomFilter, key: string): boolean {
  hashKey(key)
  const mask = filter.bits - 1
  const data = filter.data
  for (let i = 0; i < filter.hashes; i++) {
    const bit = (h1 + Math.imul(i, h2)) & mask
    if ((data[bit >>> 3]! & (1 << (bit & 7))) === 0) return false
  }
  return true
}

// The two hashes of the last key, set by hashKey (module variables: no allocation per lookup).
let h1 = 0
let h2 = 0

/**
 * FNV-1a, and a second, independent multiplicative hash with a murmur3 finaliser (made odd for
 * double hashing), in one pass over the UTF-16 code units: this runs for every lexicon check.
 */
function hashKey(key: string): void {
  let a = 0x811c9dc5
  let b = 0x9747b28c
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i)
    a = Math.imul(a ^ c, 0x01000193)
    b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 15)
  }
  b ^= b >>> 16
  b = Math.imul(b, 0x85ebca6b)
  b ^= b >>> 13
  h1 = a >>> 0
  h2 = (b >>> 0) | 1
}

export function filterToBase64(filter: BloomFilter): string {
  return Buffer.from(filter.data).toString("base64")
}

/** Decodes base64 without Buffer, so that the package also runs in browsers. */
export function filterFromBase64(bits: number, hashes: number, base64: string): BloomFilter {
  const binary = atob(base64)
  const data = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i++) data[i] = binary.charCodeAt(i)
  return { bits, hashes, data }
}
