import { describe, expect, it } from "vitest";
import { backgroundDf, backgroundProbe, backgroundSize, idf } from "../src/background.js";
import { stemOf } from "../src/text.js";

// Words any news corpus uses in many articles, in several inflected and cliticised forms.
const COMMON = ["الحكومة", "والحكومات", "الرئيس", "للرئيس", "المملكة", "وزارة", "الوزارات", "العام", "المدينة", "بالمدن"];

describe("background document frequencies", () => {
  it("are keyed by the stems the current stemmer produces (rebuild data/df.json when it changes)", () => {
    expect(backgroundSize).toBeGreaterThan(30_000);
    for (const word of COMMON) expect(backgroundDf(stemOf(word))).toBeGreaterThan(500);
  });

  it("were built by the current stemmer: its 2,000 most frequent word forms still have their stems", () => {
    const probe = backgroundProbe();
    expect(probe.length).toBe(2000);
    const changed = probe.filter(({ form, stem }) => stemOf(form) !== stem).map(({ form, stem }) => `${form}: ${stem} → ${stemOf(form)}`);
    // on failure: pnpm --filter @mawjaz/keywords exec tsx scripts/build-df.ts
    expect(changed, "data/df.json was built with another stemmer; rebuild it (see data/README.md)").toEqual([]);
  });

  it("give common words a low IDF and unseen words the highest", () => {
    expect(idf(stemOf("الحكومة"))).toBeLessThan(idf(stemOf("بيونغ")));
    expect(idf("zzzz-unseen")).toBeCloseTo(Math.log(backgroundSize + 1), 6);
  });
});
