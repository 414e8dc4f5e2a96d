import { describe, expect, it } from "vitest"
import { createStemmer, createStemVocabulary, stem, withTextWords } from "../src/index.js"

// Names newer than the news lexicon (2015): neither the form nor its remainder is attested there.
const NEW_NAME = "لزيلينسكي"

describe("withTextWords", () => {
  it("takes a preposition before a new name for a clitic when the name occurs on its own in the text", () => {
    expect(stem(NEW_NAME)).toBe("لزيلينسكي")
    expect(withTextWords(["قال", "زيلينسكي", "إن"], () => stem(NEW_NAME))).toBe("زيلينسكي")
    expect(withTextWords(["قال"], () => stem(NEW_NAME))).toBe("لزيلينسكي")
  })

  it("applies to stemmers made before the scope, and drops what they cached inside it", () => {
    const own = createStemmer()
    const vocabulary = createStemVocabulary()
    expect(own("بباخموت")).toBe("بباخموت")
    const inside = withTextWords(["باخموت"], () => [own("بباخموت"), vocabulary.stemOf("بباخموت")])
    expect(inside).toEqual(["باخموت", "باخموت"])
    expect(own("بباخموت")).toBe("بباخموت")
    expect(vocabulary.stemOf("بباخموت")).toBe("بباخموت")
  })

  it("nests, and matches the text's words in any spelling of alef and ى", () => {
    const stems = withTextWords(["زيلينسكي"], () => withTextWords(["باخموت"], () => [stem("لزيلينسكي"), stem("بباخموت")]))
    expect(stems).toEqual(["زيلينسكي", "باخموت"])
    expect(withTextWords(["زِيلِينسكي"], () => stem(NEW_NAME))).toBe("زيلينسكي")
  })

  it("leaves words the news lexicon decides alone: a name seen in news keeps its letter", () => {
    expect(withTextWords(["يسكوف", "وريدا"], () => [stem("بيسكوف"), stem("فلوريدا")])).toEqual([stem("بيسكوف"), stem("فلوريدا")])
  })

  it("restores the outer scope when the computation throws", () => {
    expect(() => withTextWords(["زيلينسكي"], () => { throw new Error("boom") })).toThrow("boom")
    expect(stem(NEW_NAME)).toBe("لزيلينسكي")
  })
})
