import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { rougeAgainst, rougeL, rougeN, rougeTokens, lcsLength } from "../eval/rouge.js"
import { fillWordBudget } from "../src/budget.js"
import { lexRank } from "../src/lexrank.js"
import { mmrOrder } from "../src/mmr.js"

describe("ROUGE (eval/rouge.ts)", () => {
  it("normalises both sides as the EASC references need", () => {
    expect(rougeTokens("أَعلنَ الـــوزير إنشاء مدرسةٍ، في المدينة.")).toEqual(["اعلن", "الوزير", "انشاء", "مدرسه", "في", "المدينه"])
    expect(rougeTokens("مستشفى")).toEqual(["مستشفي"])
  })

  it("computes clipped n-gram F1 and LCS F1", () => {
    const c = ["a", "b", "a", "c"]
    const r = ["a", "b", "c"]
    // unigram overlap: a (min(2,1)=1) + b + c = 3; P = 3/4, R = 3/3
    expect(rougeN(c, r, 1)).toBeCloseTo((2 * 0.75 * 1) / 1.75, 10)
    // bigrams: ab ba ac vs ab bc → overlap 1; P = 1/3, R = 1/2
    expect(rougeN(c, r, 2)).toBeCloseTo((2 * (1 / 3) * 0.5) / (1 / 3 + 0.5), 10)
    expect(lcsLength(c, r)).toBe(3)
    expect(rougeL(c, r)).toBeCloseTo((2 * 0.75 * 1) / 1.75, 10)
    expect(rougeN([], r, 1)).toBe(0)
  })

  it("scores a summary identical to every reference as 1", () => {
    const s = rougeAgainst("قال الوزير إن المشروع اكتمل", ["قال الوزير ان المشروع اكتمل", "قال الوزير إن المشروع اكتمل"])
    expect(s).toEqual({ r1: 1, r2: 1, rl: 1 })
  })
})

describe("budget fill", () => {
  const ranked = [{ words: 30 }, { words: 50 }, { words: 10 }, { words: 20 }]
  it("skip never exceeds the budget and keeps filling with shorter sentences", () => {
    expect(fillWordBudget(ranked, 45, "skip")).toEqual([0, 2])
    expect(fillWordBudget(ranked, 5, "skip")).toEqual([])
  })
  it("stop ends at the first sentence that does not fit", () => {
    expect(fillWordBudget(ranked, 45, "stop")).toEqual([0])
  })
  it("nearest adds the overflowing sentence only when that lands closer to the budget", () => {
    // 30 + 50 = 80 is nearer 60 than 30 is: added, and filling ends.
    expect(fillWordBudget(ranked, 60, "nearest")).toEqual([0, 1])
    // 30 + 50 is farther from 45 than 30: skipped; 10 fits; 40 + 20 is farther from 45 than 40: skipped.
    expect(fillWordBudget(ranked, 45, "nearest")).toEqual([0, 2])
    expect(fillWordBudget([{ words: 30 }, { words: 40 }], 60, "nearest")).toEqual([0, 1])
    expect(fillWordBudget([{ words: 30 }, { words: 80 }], 60, "nearest")).toEqual([0])
  })
  it("never exceeds the budget with skip, for any lengths", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 80 }), { maxLength: 20 }), fc.integer({ min: 0, max: 300 }), (ws, b) => {
        const picks = fillWordBudget(ws.map((words) => ({ words })), b, "skip")
        expect(picks.reduce((s, i) => s + ws[i]!, 0)).toBeLessThanOrEqual(b)
      }),
    )
  })
})

describe("LexRank", () => {
  it("gives the sentence similar to all others the highest centrality; ranks sum to 1", () => {
    const sim = [
      [1, 0.5, 0.5, 0.5],
      [0.5, 1, 0, 0],
      [0.5, 0, 1, 0.1],
      [0.5, 0, 0.1, 1],
    ].map((r) => Float64Array.from(r))
    const rank = lexRank(sim)
    expect(rank.reduce((s, x) => s + x, 0)).toBeCloseTo(1, 6)
    expect(Math.max(...rank)).toBe(rank[0])
  })
})

describe("MMR", () => {
  it("orders by salience, defers near-duplicates to the end", () => {
    const sim = (i: number, j: number) => (i + j === 1 ? 0.95 : 0)
    expect(mmrOrder([0.9, 0.8, 0.5], sim, 1, 0.6)).toEqual([0, 2, 1])
  })
  it("with λ < 1 prefers a novel sentence over a similar, slightly more salient one", () => {
    const sim = (i: number, j: number) => (i + j === 1 ? 0.5 : 0)
    expect(mmrOrder([0.9, 0.8, 0.7], sim, 0.7, 0.9)).toEqual([0, 2, 1])
  })
})
