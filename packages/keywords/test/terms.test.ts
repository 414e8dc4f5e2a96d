import { isStopword, normalize } from "@mawjaz/arabic-text";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { countTerms } from "../src/index.js";
import { FUNCTION_WORD_HEAVY, KOREA_ARTICLE, LIBRARY_ARTICLE } from "./fixtures.js";

describe("countTerms", () => {
  it("never lets function words or reporting verbs top the list", () => {
    const terms = countTerms([{ id: "a", text: FUNCTION_WORD_HEAVY }], { top: 0 });
    expect(terms[0]?.term).toBe("القطار");
    for (const t of terms) {
      for (const v of t.variants) expect(isStopword(normalize(v), { reportingVerbs: true })).toBe(false);
    }
  });

  it("counts clitic and article variants of a word together", () => {
    const terms = countTerms([{ id: "a", text: LIBRARY_ARTICLE }], { top: 0 });
    const library = terms.find((t) => t.variants.includes("المكتبات"));
    expect(library).toBeDefined();
    expect(library!.variants).toEqual(expect.arrayContaining(["المكتبات", "للمكتبات", "وبالمكتبات"]));
    // المكتبة ×3، المكتبات ×2، للمكتبات، بالمكتبات: one stem
    expect(library!.count).toBeGreaterThanOrEqual(7);
  });

  it("counts every cliticised spelling of a word as one term (property)", () => {
    const spellings: Record<string, string[]> = {
      موسكو: ["موسكو", "وموسكو", "بموسكو", "لموسكو", "فموسكو"],
      الحكومة: ["الحكومة", "والحكومة", "بالحكومة", "للحكومة", "فالحكومة"],
      سوريا: ["سوريا", "وسوريا", "بسوريا", "لسوريا", "وبسوريا"],
    };
    fc.assert(
      fc.property(
        fc.constantFrom(...Object.keys(spellings)),
        fc.array(fc.nat({ max: 4 }), { minLength: 1, maxLength: 12 }),
        (word, picks) => {
          const forms = picks.map((i) => spellings[word]![i]!);
          const terms = countTerms([{ id: "a", text: forms.join(" ، ") }], { top: 0 });
          expect(terms).toHaveLength(1);
          expect(terms[0]!.count).toBe(forms.length);
          expect(new Set(terms[0]!.variants)).toEqual(new Set(forms));
        },
      ),
      { numRuns: 60 },
    );
  });

  it("labels a term by a bare surface form rather than a cliticised one", () => {
    const text = "وكوريا تريد الغذاء. وكوريا تريد النفط. وكوريا تريد المال. كوريا دولة.";
    const [top] = countTerms([{ id: "a", text }], { top: 1 });
    expect(top?.term).toBe("كوريا");
    expect(top?.count).toBe(4);
    expect(top?.variants).toEqual(["وكوريا", "كوريا"]);
  });

  it("reports articles, shares and a count-sorted list", () => {
    const terms = countTerms(
      [
        { id: "a", text: KOREA_ARTICLE },
        { id: "b", text: LIBRARY_ARTICLE },
      ],
      { top: 0 },
    );
    const total = terms.reduce((s, t) => s + t.share, 0);
    expect(total).toBeCloseTo(1, 6);
    for (let i = 1; i < terms.length; i++) expect(terms[i - 1]!.count).toBeGreaterThanOrEqual(terms[i]!.count);
    const korea = terms.find((t) => t.term === "كوريا" || t.variants.includes("كوريا"));
    expect(korea?.articles).toBe(1);
    expect(terms.find((t) => t.variants.includes("المدينة"))?.articles).toBe(1);
  });

  it("excludes numbers and one-letter tokens", () => {
    const terms = countTerms([{ id: "a", text: "2024 2024 2024 ٢٠٢٤ و ب القمة القمة" }], { top: 0 });
    expect(terms.map((t) => t.term)).toEqual(["القمة"]);
  });

  it("never throws and is deterministic on arbitrary input", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: "binary" }), { maxLength: 3 }), (texts) => {
        const docs = texts.map((text, i) => ({ id: String(i), text }));
        expect(countTerms(docs)).toEqual(countTerms(docs));
      }),
      { numRuns: 100 },
    );
  }, 60_000);
});
