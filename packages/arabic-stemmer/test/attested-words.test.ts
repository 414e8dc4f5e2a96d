import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { isAttested } from "../src/attested-words.js"
import { addKey, createBloomFilter, hasKey } from "../src/bloom-filter.js"

describe("Bloom filter", () => {
  it("finds every key it was given", () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string({ minLength: 1, maxLength: 12 }), { maxLength: 300 }), (keys) => {
        const filter = createBloomFilter(keys.length, 0.01)
        for (const k of keys) addKey(filter, k)
        return keys.every((k) => hasKey(filter, k))
      }),
    )
  })
  it("rejects most keys it was not given", () => {
    const filter = createBloomFilter(1000, 0.01)
    for (let i = 0; i < 1000; i++) addKey(filter, `in${i}`)
    let hits = 0
    for (let i = 0; i < 10_000; i++) if (hasKey(filter, `out${i}`)) hits++
    expect(hits).toBeLessThan(300)
  })
})

describe("news lexicon", () => {
  it("knows common news words and not made-up letter strings", () => {
    for (const w of ["الحكومة", "قال", "شكل", "كوريا", "صاروخ"]) expect(isAttested(w)).toBe(true)
    for (const w of ["ضظغثق", "يسكوفغ", "ثثثث"]) expect(isAttested(w)).toBe(false)
  })
  it("never throws", () => {
    fc.assert(fc.property(fc.string({ unit: "binary" }), (s) => typeof isAttested(s) === "boolean"))
  })
})
