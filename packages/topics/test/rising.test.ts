import { describe, expect, it } from "vitest";
import { findRising, recentWindowDays, RISING_MIN_SCORE } from "../src/index.js";

/** 14 days of 100 articles each. */
const DAYS = 14;
const totals = new Array<number>(DAYS).fill(100);
const flat = (perDay: number): number[] => new Array<number>(DAYS).fill(perDay);

describe("recentWindowDays", () => {
  it("takes 1 day for a week or less, 2 for 7–20 days, then 15% of the span", () => {
    expect([1, 4, 6].map(recentWindowDays)).toEqual([1, 1, 1]);
    expect([7, 14, 20].map(recentWindowDays)).toEqual([2, 2, 2]);
    expect(recentWindowDays(22)).toBe(3);
    expect(recentWindowDays(30)).toBe(5);
    expect(recentWindowDays(90)).toBe(14);
    expect(recentWindowDays(0)).toBe(1);
  });
});

describe("findRising", () => {
  it("finds a burst in the last days", () => {
    // 2 articles a day for 12 days, then 20 a day
    const burst = [...flat(2).slice(0, 12), 20, 20];
    const result = findRising(DAYS, totals, [
      { key: "burst", daily: burst },
      { key: "flat", daily: flat(10) },
    ]);
    expect(result.status).toBe("ok");
    expect(result.recent).toEqual({ from: 12, to: 13 });
    expect(result.baseline).toEqual({ from: 0, to: 11 });
    expect(result.items.map((i) => i.key)).toEqual(["burst"]);
    const [item] = result.items;
    expect(item!.recent).toBe(40);
    expect(item!.earlier).toBe(24);
    expect(item!.score).toBeGreaterThan(RISING_MIN_SCORE);
    // ((40 + 0.5) / 201) / ((24 + 0.5) / 1201)
    expect(item!.ratio).toBeCloseTo((40.5 / 201) / (24.5 / 1201), 9);
    expect(item!.daily).toEqual(burst);
  });

  it("accepts series as maps of day → articles, and orders items strongest first", () => {
    const result = findRising(DAYS, totals, [
      { key: "weak", daily: new Map([[5, 1], [13, 8]]) },
      { key: "strong", daily: new Map([[2, 1], [12, 15], [13, 15]]) },
    ]);
    expect(result.items.map((i) => i.key)).toEqual(["strong", "weak"]);
    expect(result.items[1]!.daily).toEqual([0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 8]);
  });

  it("does not report a flat series, a falling one, or one too rare in the window", () => {
    const fell = [...flat(20).slice(0, 12), 1, 0];
    const rare = [...flat(0).slice(0, 12), 1, 1];
    const result = findRising(DAYS, totals, [
      { key: "flat", daily: flat(30) },
      { key: "fell", daily: fell },
      { key: "rare", daily: rare },
    ]);
    expect(result.status).toBe("ok");
    expect(result.items).toEqual([]);
    // the rare one rises when one recent article is enough
    expect(findRising(DAYS, totals, [{ key: "rare", daily: [...flat(0).slice(0, 12), 3, 3] }], { minRecent: 3 }).items).toHaveLength(1);
  });

  it("is relative to the articles of each day: more articles overall is no burst", () => {
    const busy = [...totals.slice(0, 12), 400, 400];
    const series = [...flat(10).slice(0, 12), 40, 40];
    expect(findRising(DAYS, busy, [{ key: "same-share", daily: series }]).items).toEqual([]);
  });

  it("honours recentDays and top", () => {
    const burst = [...flat(1).slice(0, 9), 15, 15, 15, 15, 15];
    const result = findRising(DAYS, totals, [{ key: "a", daily: burst }], { recentDays: 5 });
    expect(result.recent).toEqual({ from: 9, to: 13 });
    expect(result.items[0]!.recent).toBe(75);
    const many = Array.from({ length: 5 }, (_, i) => ({ key: `k${i}`, daily: [...flat(1).slice(0, 12), 10 + i, 10 + i] }));
    expect(findRising(DAYS, totals, many, { top: 2 }).items.map((i) => i.key)).toEqual(["k4", "k3"]);
    expect(findRising(DAYS, totals, many, { top: 0 }).items).toHaveLength(5);
  });

  it("counts the span from the first to the last day with articles", () => {
    // 30 slots, articles only on days 10–17 (8 days): the window is 2 days, the baseline days 10–15
    const sparse = new Array<number>(30).fill(0);
    for (let d = 10; d <= 17; d++) sparse[d] = 50;
    const result = findRising(30, sparse, []);
    expect(result).toEqual({ status: "ok", recent: { from: 16, to: 17 }, baseline: { from: 10, to: 15 }, items: [] });
  });

  it("leaves out series used by fewer than minSources outlets in the window, when they say", () => {
    const burst = [...flat(2).slice(0, 12), 20, 20];
    const series = [
      { key: "one-outlet", daily: burst, sources: 1 },
      { key: "spread", daily: burst, sources: 6.5 },
      { key: "unknown", daily: burst },
    ];
    expect(findRising(DAYS, totals, series).items.map((i) => i.key).sort()).toEqual(["spread", "unknown"]);
    expect(findRising(DAYS, totals, series, { minSources: 1 }).items).toHaveLength(3);
  });

  it("says no-dates when no day has articles", () => {
    expect(findRising(DAYS, flat(0), [{ key: "a", daily: flat(1) }])).toEqual({ status: "no-dates", recent: null, baseline: null, items: [] });
    expect(findRising(0, [], []).status).toBe("no-dates");
  });

  it("says too-few-days with fewer than 4 days of articles, or nothing before the window", () => {
    const three = new Array<number>(DAYS).fill(0);
    three[0] = three[5] = three[13] = 100;
    expect(findRising(DAYS, three, [{ key: "a", daily: three }]).status).toBe("too-few-days");
    const four = [...three];
    four[8] = 100;
    expect(findRising(DAYS, four, []).status).toBe("ok");
    // a window as long as the corpus leaves no baseline
    expect(findRising(DAYS, totals, [], { recentDays: DAYS }).status).toBe("too-few-days");
  });

  it("never throws on odd input and ignores days outside the slots", () => {
    const result = findRising(DAYS, totals, [
      { key: "odd", daily: new Map([[-1, 50], [99, 50], [1.5, 50], [13, Number.NaN]]) },
      { key: "short", daily: [1, 2] },
    ]);
    expect(result.status).toBe("ok");
    expect(result.items).toEqual([]);
  });
});
