import { describe, expect, it } from "vitest"
import { effectiveOutlets, risingFrame, seriesOfArticles } from "../src/index.js"

describe("risingFrame", () => {
  it("takes the recent window from the span, and leaves out outlets that only appear in it", () => {
    // Ten days (one day of window for fewer than 7 days of span, two for 7 to 20).
    const docs = [
      ...Array.from({ length: 10 }, (_, day) => ({ day, source: "A" })),
      { day: 9, source: "B" }, // joins on the last day: its habits would all "rise"
      { day: null, source: "A" }
    ]
    const frame = risingFrame(docs)
    expect(frame.recentFrom).toBe(8)
    expect(frame.last).toBe(9)
    expect(frame.eligible).toEqual([...Array.from({ length: 10 }, () => true), false, false])
  })

  it("has no window without dates", () => {
    expect(risingFrame([{ day: null, source: "A" }])).toEqual({ recentFrom: null, last: null, eligible: [false] })
  })
})

describe("effectiveOutlets", () => {
  it("is 1 for one outlet, k for k equal ones, and near 1 when one outlet holds almost everything", () => {
    expect(effectiveOutlets([7])).toBe(1)
    expect(effectiveOutlets([3, 3, 3])).toBeCloseTo(3)
    expect(effectiveOutlets([97, 1, 1, 1])).toBeLessThan(1.1)
    expect(effectiveOutlets([])).toBe(0)
  })
})

describe("seriesOfArticles", () => {
  it("counts eligible articles per day and the outlets of the recent window", () => {
    const facts = new Map([
      ["a", { day: 1, source: "A", eligible: true }],
      ["b", { day: 5, source: "B", eligible: true }],
      ["c", { day: 5, source: "A", eligible: true }],
      ["d", { day: 5, source: "C", eligible: false }]
    ])
    const s = seriesOfArticles(["a", "b", "c", "d", "missing"], (id) => facts.get(id), 4)
    expect([...s.daily]).toEqual([[1, 1], [5, 2]])
    expect(s.sources).toBeCloseTo(2)
  })
})
