import { describe, expect, it } from "vitest";
import { dateDistanceFactor, parseDay } from "../src/dates.js";

describe("dates", () => {
  it("parses YYYY-MM-DD (and longer ISO strings) to day numbers, anything else to null", () => {
    expect(parseDay("1970-01-02")).toBe(1);
    expect(parseDay("2024-06-19T10:00:00Z")).toBe(parseDay("2024-06-19"));
    expect(parseDay("19/06/2024")).toBeNull();
    expect(parseDay(null)).toBeNull();
    expect(parseDay("")).toBeNull();
  });

  it("keeps a week's follow-ups whole, decays after, and separates articles over 45 days apart", () => {
    expect(dateDistanceFactor(0, 7)).toBe(1);
    expect(dateDistanceFactor(0, 14)).toBeCloseTo(0.5, 10);
    expect(dateDistanceFactor(0, 46)).toBe(0);
    expect(dateDistanceFactor(null, 400)).toBe(1);
  });
});
