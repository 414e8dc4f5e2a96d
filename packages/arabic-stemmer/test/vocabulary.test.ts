// The cache and the stem vocabulary must never change what a word stems to.
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { createStemVocabulary, createStemmer, stemUncached } from "../src/index.js"
import { StringTable, hashString } from "../src/string-table.js"

const words = ["والكتاب", "الكتاب", "كتاب", "للكتاب", "وقالت", "يقولون", "الصواريخ", "صاروخ", "Gaza", ""]

describe("createStemVocabulary", () => {
  it("gives dense ids shared by words with the same stem", () => {
    const vocab = createStemVocabulary()
    const ids = words.map((w) => vocab.idOf(w))
    expect(ids.slice(0, 4)).toEqual([0, 0, 0, 0])
    expect(vocab.idOf("يقولون")).toBe(vocab.idOf("وقالت"))
    expect(vocab.stemAt(ids[6]!)).toBe("صاروخ")
    expect(vocab.size).toBe(new Set(words.map(stemUncached)).size)
    expect(Math.max(...ids)).toBe(vocab.size - 1)
  })
  it("stays correct when a tiny cache turns over many times", () => {
    const vocab = createStemVocabulary({ cacheSize: 4 })
    const stemmer = createStemmer({ cacheSize: 3 })
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words, "وزير", "الوزراء", "بيونغ", "أوكرانيا"), { maxLength: 60 }), (ws) => {
        for (const w of ws) {
          expect(vocab.stemOf(w)).toBe(stemUncached(w))
          expect(stemmer(w)).toBe(stemUncached(w))
        }
      }),
    )
  })
  it("does not cache huge tokens but still stems them", () => {
    const vocab = createStemVocabulary()
    const huge = "س".repeat(100_000)
    expect(vocab.stemOf(huge)).toBe(stemUncached(huge))
  })
})

describe("StringTable", () => {
  it("stores and finds every key up to its limit, with colliding probes", () => {
    const table = new StringTable<number>(100)
    const keys = Array.from({ length: table.limit }, (_, i) => `k${i}`)
    keys.forEach((k, i) => table.set(k, hashString(k), i))
    expect(table.full).toBe(true)
    keys.forEach((k, i) => expect(table.get(k, hashString(k))).toBe(i))
    expect(table.get("absent", hashString("absent"))).toBeUndefined()
  })
  it("compares keys by content, not identity", () => {
    const table = new StringTable<number>(8)
    table.set("كتاب", hashString("كتاب"), 7)
    const fresh = ["ك", "ت", "ا", "ب"].join("")
    expect(table.get(fresh, hashString(fresh))).toBe(7)
  })
})
