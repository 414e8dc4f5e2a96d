import { describe, expect, it } from "vitest";
import {
  backgroundDf,
  backgroundSize,
  countTerms,
  distinctiveTerms,
  KEYNESS_MIN,
  residualIdf,
  keyness,
  UNSEEN_BACKGROUND_DF,
  withKeyness,
  type Term,
} from "../src/index.js";
import { stemOf } from "../src/text.js";

const term = (stem: string, articles: number, count = articles): Term => ({
  term: stem,
  stem,
  count,
  articles,
  share: 0,
  variants: [stem],
});

describe("keyness (signed G², Dunning 1993)", () => {
  it("matches values computed by hand", () => {
    // a=10 of 100 vs b=0 of 100: cells [[10, 0], [90, 100]], N = 200.
    // Expected: with the term 5 and 5, without it 95 and 95.
    // G² = 2 (10 ln(10/5) + 90 ln(90/95) + 100 ln(100/95)) = 2 (6.931472 − 4.866050 + 5.129329) = 14.389503
    expect(keyness(10, 100, 0, 100)).toBeCloseTo(14.389503, 5);
    // a=1 of 2 vs b=0 of 2: expected 0.5, 0.5 with and 1.5, 1.5 without.
    // G² = 2 (1 ln(1/0.5) + 1 ln(1/1.5) + 2 ln(2/1.5)) = 2 (0.693147 − 0.405465 + 0.575364) = 1.726092
    expect(keyness(1, 2, 0, 2)).toBeCloseTo(1.726092, 5);
    // a=5 of 10 vs b=1 of 10: expected 3, 3 with and 7, 7 without.
    // G² = 2 (5 ln(5/3) + 1 ln(1/3) + 5 ln(5/7) + 9 ln(9/7)) = 2 (2.554128 − 1.098612 − 1.682361 + 2.261827) = 4.069969
    expect(keyness(5, 10, 1, 10)).toBeCloseTo(4.069969, 5);
  });

  it("is 0 for equal rates, positive when over-represented, negative when under", () => {
    expect(keyness(10, 100, 10, 100)).toBe(0);
    expect(keyness(30, 300, 3067.6, 30676)).toBeCloseTo(0, 9);
    expect(keyness(20, 100, 10, 100)).toBeGreaterThan(0);
    expect(keyness(10, 100, 20, 100)).toBeLessThan(0);
  });

  it("is antisymmetric: swapping corpus and background flips the sign only", () => {
    for (const [a, n1, b, n2] of [
      [10, 100, 0, 100],
      [5, 10, 1, 10],
      [30, 1000, 16582, 30676],
      [2, 50, 0.5, 30676],
    ] as const) {
      expect(keyness(b, n2, a, n1)).toBeCloseTo(-keyness(a, n1, b, n2), 9);
    }
  });

  it("grows with the evidence at a fixed ratio of rates", () => {
    expect(keyness(20, 200, 10, 200)).toBeGreaterThan(keyness(10, 100, 5, 100));
  });

  it("is 0 for empty or invalid tables, never NaN", () => {
    expect(keyness(0, 0, 5, 10)).toBe(0);
    expect(keyness(1, 10, 1, 0)).toBe(0);
    expect(keyness(Number.NaN, 10, 1, 10)).toBe(0);
    expect(keyness(0, 10, 0, 10)).toBe(0);
    expect(keyness(10, 10, 10, 10)).toBe(0);
    expect(Number.isFinite(keyness(10, 10, 0, 10))).toBe(true);
  });
});

describe("distinctiveTerms", () => {
  const common = stemOf("العام");
  const unseen = "زقزقطون";

  it("ranks a stem unseen in the background but in many corpus articles above a ubiquitous one", () => {
    expect(backgroundDf(common)).toBeGreaterThan(10_000);
    expect(backgroundDf(unseen)).toBe(0);
    // the ubiquitous stem leads by count and articles
    const terms = [term(common, 55, 90), term(unseen, 12, 15)];
    const ranked = distinctiveTerms(terms, 100);
    expect(ranked.map((t) => t.stem)).toEqual([unseen, common]);
    expect(ranked[0]!.keyness).toBeGreaterThan(10.83);
    // عام is in about half of all news articles: no surprise in 55 of 100
    expect(Math.abs(ranked[1]!.keyness)).toBeLessThan(3.84);
  });

  it("treats an unseen stem as in half a background article, so a couple of occurrences do not lead", () => {
    const [only] = withKeyness([term(unseen, 2)], 1000);
    expect(only!.keyness).toBeCloseTo(keyness(2, 1000, UNSEEN_BACKGROUND_DF, backgroundSize), 9);
    // a topical stem known to the background (زلزال: in 89 of its articles) in 3% of the corpus outranks
    // the one-off (G² ≈ 79 against ≈ 11)
    const topical = stemOf("زلزال");
    const ranked = distinctiveTerms([term(unseen, 2), term(topical, 30)], 1000);
    expect(ranked[0]!.stem).toBe(topical);
  });

  it("lists only terms in enough articles: 2, and at least 0.2% of the corpus", () => {
    const terms = [term("ا1", 1), term("ا2", 2), term("ا9", 9), term("ا10", 10)];
    expect(distinctiveTerms(terms, 100).map((t) => t.stem).sort()).toEqual(["ا10", "ا2", "ا9"]);
    // 0.2% of 5,000 = 10
    expect(distinctiveTerms(terms, 5000).map((t) => t.stem)).toEqual(["ا10"]);
    expect(distinctiveTerms(terms, 5000, { minArticles: 1 })).toHaveLength(4);
  });

  it("sorts by keyness, then count, then stem, and keeps `top`", () => {
    // all unseen in the background, so equal articles give equal keyness
    const terms = [term("ب", 5, 5), term("ج", 5, 9), term("ا", 5, 5), term("د", 20, 20)];
    const ranked = distinctiveTerms(terms, 100);
    expect(ranked.map((t) => t.stem)).toEqual(["د", "ج", "ا", "ب"]);
    for (let i = 1; i < ranked.length; i++) expect(ranked[i - 1]!.keyness).toBeGreaterThanOrEqual(ranked[i]!.keyness);
    expect(distinctiveTerms(terms, 100, { top: 2 }).map((t) => t.stem)).toEqual(["د", "ج"]);
    expect(distinctiveTerms(terms, 100, { top: 0 })).toHaveLength(4);
  });

  it("ranks by residual IDF when the corpus is like the background (every G² is 0)", () => {
    const stems = ["الحكومة", "الرئيس", "المملكة", "وزارة"].map(stemOf);
    // Same document frequencies as the background; the last is used 5 times an article where it occurs
    // (clustered: a topic), the first once (spread like chance).
    const terms = stems.map((s, i) => term(s, backgroundDf(s), backgroundDf(s) * (i + 1)));
    const ranked = distinctiveTerms(terms, backgroundSize);
    for (const t of ranked) expect(t.keyness).toBe(0);
    expect(ranked.map((t) => t.stem)).toEqual([...stems].reverse());
  });

  it("puts every significant term before the filling", () => {
    const n = 1000;
    const everyday = term(stemOf("العام"), 300, 300);
    const topical = term(stemOf("زقزقطون"), 40, 200);
    const ranked = distinctiveTerms([everyday, topical], n);
    expect(ranked[0]!.stem).toBe(topical.stem);
    expect(ranked[0]!.keyness).toBeGreaterThan(KEYNESS_MIN);
  });

  it("gives residual IDF near 0 for a term spread like chance and more for a clustered one", () => {
    // 100 uses in 1,000 articles spread at random reach about 95 articles.
    expect(Math.abs(residualIdf(100, 95, 1000))).toBeLessThan(0.05);
    expect(residualIdf(100, 20, 1000)).toBeGreaterThan(2);
  });

  it("keeps the order and every field of the terms in withKeyness", () => {
    const terms = countTerms(
      [
        { id: "a", text: "زقزقطون في العاصمة. زقزقطون مرة أخرى." },
        { id: "b", text: "العام الماضي في العاصمة" },
      ],
      { top: 0, days: [0, 1] },
    );
    const scored = withKeyness(terms, 2);
    expect(scored.map((t) => t.stem)).toEqual(terms.map((t) => t.stem));
    scored.forEach((t, i) => {
      const { keyness: k, ...rest } = t;
      expect(rest).toEqual(terms[i]);
      expect(Number.isFinite(k)).toBe(true);
    });
    expect(scored.find((t) => t.stem === unseen)?.daily).toEqual(new Map([[0, 1]]));
  });
});

// The per-day series that the rising test (@mawjaz/topics) reads, next to the keyness they accompany.
describe("countTerms with days", () => {
  const docs = [
    { id: "a", text: "زلزال في المدينة. زلزال آخر." },
    { id: "b", text: "زلزال جديد في المدينة" },
    { id: "c", text: "زلزال" },
    { id: "d", text: "المدينة هادئة" },
  ];

  it("counts the articles using each term per day index, undated articles in no day", () => {
    const terms = countTerms(docs, { top: 0, days: [3, 3, null, 5] });
    const quake = terms.find((t) => t.stem === stemOf("زلزال"))!;
    expect(quake.count).toBe(4);
    expect(quake.articles).toBe(3);
    expect(quake.daily).toEqual(new Map([[3, 2]]));
    expect(terms.find((t) => t.stem === stemOf("المدينة"))!.daily).toEqual(new Map([[3, 2], [5, 1]]));
  });

  it("leaves everything else as without days, and adds no field when days are not given", () => {
    const without = countTerms(docs, { top: 0 });
    const withDays = countTerms(docs, { top: 0, days: [0, 1, 2, 3] });
    expect(without.every((t) => !("daily" in t))).toBe(true);
    expect(withDays.map(({ daily: _, ...rest }) => rest)).toEqual(without);
    for (const t of withDays) expect([...t.daily!.values()].reduce((s, n) => s + n, 0)).toBe(t.articles);
  });

  it("counts the articles using each term per group (outlet) the same way", () => {
    const terms = countTerms(docs, { top: 0, groups: [0, 1, 1, null] });
    expect(terms.find((t) => t.stem === stemOf("زلزال"))!.byGroup).toEqual(new Map([[0, 1], [1, 2]]));
    expect(terms.find((t) => t.stem === stemOf("المدينة"))!.byGroup).toEqual(new Map([[0, 1], [1, 1]]));
    expect(countTerms(docs, { top: 0 }).every((t) => !("byGroup" in t))).toBe(true);
  });

  it("treats missing or invalid day indices as undated", () => {
    const terms = countTerms(docs, { top: 0, days: [1, Number.NaN] });
    expect(terms.find((t) => t.stem === stemOf("زلزال"))!.daily).toEqual(new Map([[1, 1]]));
  });
});
