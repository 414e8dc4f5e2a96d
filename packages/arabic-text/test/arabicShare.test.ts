import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { arabicShare } from "../src/index.js";
import { anyCodeUnits, messyText } from "./arbitraries.js";

describe("arabicShare", () => {
  it("is the share of letters that are Arabic script", () => {
    expect(arabicShare("مرحبا")).toBe(1);
    expect(arabicShare("hello")).toBe(0);
    expect(arabicShare("abcd ابجد")).toBe(0.5);
    expect(arabicShare("کتاب ﻻ")).toBe(1); // Persian letters and presentation forms are Arabic script
  });

  it("ignores digits, punctuation, spaces and diacritics", () => {
    expect(arabicShare("مُحَمَّد 2024 ١٢٣ !؟،")).toBe(1);
    expect(arabicShare("123 ... ًٌ")).toBe(0);
    expect(arabicShare("")).toBe(0);
  });

  it("counts astral letters as non-Arabic letters", () => {
    expect(arabicShare("ب𝐀")).toBe(0.5);
    expect(arabicShare("ب😀")).toBe(1);
  });

  it("is within 0..1 on any input (property)", () => {
    fc.assert(
      fc.property(fc.oneof(messyText, anyCodeUnits), (text) => {
        const share = arabicShare(text);
        expect(share).toBeGreaterThanOrEqual(0);
        expect(share).toBeLessThanOrEqual(1);
      }),
    );
  });
});
