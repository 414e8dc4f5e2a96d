import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { parseDate } from "../src/index.js";

describe("parseDate", () => {
  it.each([
    ["2024-06-19 17:50:06", "2024-06-19"],
    ["2023-07-04T09:30:00+03:00", "2023-07-04"],
    ["19/06/2024", "2024-06-19"],
    ["17th, September 2023 GMT", "2023-09-17"],
    ["September 17, 2023", "2023-09-17"],
    ["الأحد 17 أيلول 2023", "2023-09-17"],
    ["17 سبتمبر 2023", "2023-09-17"],
    ["3 تموز/ يوليو 2022", "2022-07-03"],
    ["1 كانون الثاني 2020", "2020-01-01"],
    ["1 كانون الأول 2020", "2020-12-01"],
    ["٢٥ تشرين الثاني ٢٠٢١", "2021-11-25"],
    ["٢٠٢٤/٠٣/٠٥", "2024-03-05"],
    ["5 آب 2019", "2019-08-05"],
    ["12 يونيو 2018", "2018-06-12"],
  ])("%s → %s", (text, iso) => {
    expect(parseDate(text)).toBe(iso);
  });

  it("rejects impossible dates and text without a date", () => {
    expect(parseDate("31/02/2023")).toBeNull();
    expect(parseDate("في العام 2000")).toBeNull();
    expect(parseDate("")).toBeNull();
  });

  it("resolves relative day words only against an anchor", () => {
    expect(parseDate("أمس")).toBeNull();
    expect(parseDate("الثلاثاء")).toBeNull();
    expect(parseDate("أمس", { anchor: "2024-06-19" })).toBe("2024-06-18");
    // 2024-06-19 is a Wednesday: the Tuesday before is the 18th, Wednesday is the day itself.
    expect(parseDate("يوم الثلاثاء", { anchor: "2024-06-19" })).toBe("2024-06-18");
    expect(parseDate("الأربعاء", { anchor: "2024-06-19" })).toBe("2024-06-19");
  });

  it("never throws", () => {
    fc.assert(fc.property(fc.string({ unit: "binary", maxLength: 60 }), (s) => {
      const d = parseDate(s, { anchor: "2024-01-01" });
      return d === null || /^\d{4}-\d{2}-\d{2}$/.test(d);
    }), { numRuns: 200 });
  });
});
