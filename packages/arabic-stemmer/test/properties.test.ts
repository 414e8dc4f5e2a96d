// Properties of stem and root on arbitrary input (fast-check).
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import brokenPluralTable from "../data/broken-plurals.json" with { type: "json" }
import { createStemmer, normalizeWord, root, searchForm, stem } from "../src/index.js"

const arabicLetters = "ءآأؤإئابةتثجحخدذرزسشصضطظعغفقكلمنهوىي"
const marks = "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0640"
const arabicWord = fc
  .array(fc.constantFrom(...arabicLetters), { minLength: 1, maxLength: 14 })
  .map((cs) => cs.join(""))
const decoratedWord = fc
  .array(fc.constantFrom(...arabicLetters, ...marks), { minLength: 1, maxLength: 16 })
  .filter((cs) => cs.some((c) => arabicLetters.includes(c)))
  .map((cs) => cs.join(""))
const anyString = fc.oneof(
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 20 }),
  decoratedWord,
)
const uncached = createStemmer({ cacheSize: 0 })

describe("stem properties", () => {
  it("never returns an empty string for a word with an Arabic letter", () => {
    fc.assert(fc.property(decoratedWord, (w) => stem(w).length > 0))
  })
  it("never throws, whatever the input (lone surrogates, emoji, marks, mixed scripts)", () => {
    fc.assert(
      fc.property(anyString, (w) => {
        expect(typeof stem(w)).toBe("string")
        expect(typeof root(w)).toBe("string")
      }),
    )
  })
  it("returns the search normal form: no diacritics, tatweel, hamzated alef or ى", () => {
    fc.assert(fc.property(decoratedWord, (w) => !/[\u064b-\u065f\u0640\u0623\u0625\u0622\u0649]/.test(stem(w))))
  })
  it("is never longer than the normalised word, unless it is a broken plural's singular", () => {
    // دول → دولة, عرب → عربي: only the broken-plural step may lengthen a word.
    const singulars = new Set(
      Object.entries(brokenPluralTable)
        .filter(([plural]) => !plural.startsWith("_"))
        .map(([, singular]) => stem(String(singular))),
    )
    fc.assert(
      fc.property(arabicWord, (w) => {
        const s = stem(w)
        return s.length <= searchForm(w).length || singulars.has(s)
      }),
    )
  })
  it("gives the same stem with and without the cache, and for raw and normalised input", () => {
    fc.assert(
      fc.property(decoratedWord, (w) => {
        expect(stem(w)).toBe(uncached(w))
        expect(stem(normalizeWord(w))).toBe(stem(w))
      }),
    )
  })
  it("does not care about diacritics and tatweel", () => {
    fc.assert(
      fc.property(arabicWord, fc.constantFrom(...marks), fc.nat(), (w, mark, at) => {
        const i = at % (w.length + 1)
        expect(stem(w.slice(0, i) + mark + w.slice(i))).toBe(stem(w))
      }),
    )
  })
  it("leaves non-Arabic words normalised and otherwise unchanged", () => {
    fc.assert(fc.property(fc.stringMatching(/^[a-z0-9]{1,12}$/), (w) => stem(w) === w))
  })
  it("handles a 1 MB token", () => {
    const huge = "ب".repeat(1 << 20)
    expect(stem(huge).length).toBeGreaterThan(0)
    expect(root("\u064e".repeat(1 << 20))).toBe("")
  })
})

describe("root", () => {
  it("reads triliteral roots off common templates", () => {
    expect(root("مكتبات")).toBe("كتب")
    expect(root("الاستخدام")).toBe("خدم")
    expect(root("والمعلومات")).toBe("علم")
    expect(root("مفاوضات")).toBe("فوض")
  })
  it("never returns an empty string for a word with an Arabic letter", () => {
    fc.assert(fc.property(decoratedWord, (w) => root(w).length > 0))
  })
})
