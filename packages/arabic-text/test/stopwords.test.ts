import { describe, expect, it } from "vitest";
import { isStopword, normalize, reportingVerbs, stopwords, tokenize } from "../src/index.js";

describe("stopwords", () => {
  it("are stored in search normal form", () => {
    for (const w of stopwords) expect(normalize(w)).toBe(w);
    for (const w of reportingVerbs) expect(normalize(w)).toBe(w);
  });

  it("cover function words, pronouns, prepositions and particles with و/ف", () => {
    for (const w of ["في", "من", "إلى", "على", "عن", "هو", "هي", "التي", "الذي", "الذين", "وفي", "وهو", "فإن", "ولكن", "أن", "إن", "لم", "لن", "قد", "كان", "وكانت", "هذا", "وذلك", "خلال", "عليه", "منها", "لها", "أيضا", "حيث", "بين"]) {
      expect(isStopword(normalize(w)), w).toBe(true);
    }
  });

  it("match Token.norm, whatever the spelling of alef, alef maqsura and diacritics", () => {
    const norms = tokenize("إلى الى إلي أنَّ عَلى ﻋﻠﻰ").map((t) => t.norm);
    for (const n of norms) expect(isStopword(n), n).toBe(true);
  });

  it("keep reporting verbs apart, behind an option", () => {
    for (const w of ["قال", "وقال", "قالت", "فقالت", "أضاف", "وأضاف", "أضافت", "أكد", "وأكدت", "أوضح", "أشار", "وأشارت", "ذكر", "تابع", "يقول", "مضيفا"]) {
      const n = normalize(w);
      expect(isStopword(n), w).toBe(false);
      expect(isStopword(n, { reportingVerbs: true }), w).toBe(true);
    }
  });

  it("leave news content words alone", () => {
    for (const w of ["الرئيس", "الحكومة", "السعودية", "النفط", "وزارة", "مجلس", "الأمن", "الحرب", "صاروخ", "المملكة", "قالب", "الحج", "العام"]) {
      expect(isStopword(normalize(w)), w).toBe(false);
      expect(isStopword(normalize(w), { reportingVerbs: true }), w).toBe(false);
    }
  });

  it("never throw", () => {
    expect(isStopword("")).toBe(false);
    expect(isStopword(undefined as unknown as string)).toBe(false);
  });
});
