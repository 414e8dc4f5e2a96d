// The word lists answer exactly as a Set of unified spellings would, whatever the spelling asked.
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { unifyLetters } from "../src/normalize-word.js"
import { WordMap, WordSet } from "../src/word-set.js"

// Letters that unification touches (أ إ آ ٱ ى) among plain ones, so that spellings collide.
const letter = fc.constantFrom(..."اأإآٱىيبتسلمنوةه".split(""))
const word = fc.array(letter, { minLength: 0, maxLength: 9 }).map((cs) => cs.join(""))

describe("WordSet", () => {
  it("agrees with a Set of unified keys for any word, in any spelling", () => {
    fc.assert(
      fc.property(fc.array(word, { maxLength: 40 }), fc.array(word, { maxLength: 40 }), (keys, asked) => {
        const unified = new Set(keys.map(unifyLetters))
        const set = new WordSet(unified)
        for (const w of [...keys, ...asked]) expect(set.has(w)).toBe(unified.has(unifyLetters(w)))
      }),
    )
  })
  it("finds a listed word written with a hamza or ى", () => {
    const set = new WordSet(["الي", "اعلن"])
    expect(set.has("إلى")).toBe(true)
    expect(set.has("أعلن")).toBe(true)
    expect(set.has("اعلان")).toBe(false)
    expect(set.has("")).toBe(false)
  })
})

describe("WordMap", () => {
  it("agrees with a Map of unified keys for any word, in any spelling", () => {
    fc.assert(
      fc.property(fc.array(word, { maxLength: 40 }), fc.array(word, { maxLength: 40 }), (keys, asked) => {
        const unified = new Map(keys.map((k, i) => [unifyLetters(k), i] as const))
        const map = new WordMap(unified)
        for (const w of [...keys, ...asked]) expect(map.get(w)).toBe(unified.get(unifyLetters(w)))
      }),
    )
  })
})
