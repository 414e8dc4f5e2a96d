import { labelsFor } from "../src/labels.js"
import { describe, expect, it } from "vitest"
import fc from "fast-check"
import { counted, createFormatter, measureText, toArabicDigits } from "../src/index.js"

describe("digits and dates", () => {
  it("maps Latin digits to Arabic-Indic ones and the decimal point between digits", () => {
    expect(toArabicDigits("12.5% of 2024")).toBe("١٢٫٥% of ٢٠٢٤")
  })
  it("formats counts, shares and dates in either digit set", () => {
    const latin = createFormatter("ar", "latin")
    const arabic = createFormatter("ar", "arabic")
    expect(latin.int(3444)).toBe("3,444")
    expect(arabic.int(3444)).toBe("٣٬٤٤٤")
    expect(latin.date("2023-09-17", "?")).toBe("17 سبتمبر 2023")
    expect(arabic.date("2023-09-17", "?")).toBe("١٧ سبتمبر ٢٠٢٣")
    expect(createFormatter("en").date("2023-09-17", "?")).toBe("September 17, 2023")
    expect(latin.date(null, "غير معروف")).toBe("غير معروف")
    expect(latin.dateRange("2023-09-14", "2023-09-14", "?")).toBe("14 سبتمبر 2023")
  })
  it("never throws on odd dates and numbers", () => {
    fc.assert(fc.property(fc.string(), fc.double(), (s, x) => {
      const f = createFormatter("ar", "arabic")
      f.date(s, "?"); f.timestamp(s); f.int(x); f.percent(x); f.score(x)
    }))
  })
})

describe("measureText", () => {
  it("measures Arabic with the real font: joined letters are narrower than isolated ones", () => {
    const joined = measureText("ببببب", "13px sans-serif")
    const isolated = 5 * measureText("ب", "13px sans-serif")
    expect(joined).toBeGreaterThan(0)
    expect(joined).toBeLessThan(isolated)
  })
  it("scales with size and weight, and copes with text the font lacks", () => {
    const w = measureText("كوريا الشمالية", "12px sans-serif")
    expect(measureText("كوريا الشمالية", "24px sans-serif")).toBeCloseTo(2 * w, 5)
    expect(measureText("كوريا الشمالية", "bold 12px sans-serif")).toBeGreaterThan(w * 0.95)
    expect(measureText("Latin 😀 \ud800", "12px x")).toBeGreaterThan(0)
    expect(measureText("", "12px x")).toBe(0)
  })
})

describe("counted: a number with its noun in the right plural form", () => {
  const ar = labelsFor("ar").cover.articlesInStory
  const int = createFormatter("ar", "latin").int
  it("follows Arabic number agreement", () => {
    expect([1, 2, 3, 10, 11, 99, 100, 103].map((n) => counted(n, ar, "ar", int))).toEqual([
      "مقال واحد", "مقالان", "3 مقالات", "10 مقالات", "11 مقالًا", "99 مقالًا", "100 مقال", "103 مقالات"
    ])
  })
  it("uses the locale's digits and English's two forms", () => {
    expect(counted(3, ar, "ar", createFormatter("ar", "arabic").int)).toBe("٣ مقالات")
    const en = labelsFor("en").cover.articlesInStory
    expect([1, 2, 25].map((n) => counted(n, en, "en", createFormatter("en").int))).toEqual(["1 article", "2 articles", "25 articles"])
  })
})
