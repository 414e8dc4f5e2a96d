import { describe, expect, it } from "vitest";
import data from "../data/char-classes.json" with { type: "json" };
import { ARABIC, ARABIC_DIGIT, ARABIC_MARK, CLASS, DIGIT, JOINER, LATIN, MARK, NONE, OTHER_LETTER } from "../src/chars.js";
import { classifyCodeUnit } from "../src/classify.js";

describe("character classes", () => {
  // Only meaningful on the Unicode version the file was built with (property regexes follow the runtime's ICU).
  it.runIf(process.versions.unicode === data.unicode)("data/char-classes.json matches the classification rules (rebuild with scripts/build-char-classes.ts)", () => {
    const wrong: string[] = [];
    for (let c = 0; c < 0x10000; c++) if (CLASS[c] !== classifyCodeUnit(c)) wrong.push(c.toString(16));
    expect(wrong.slice(0, 20)).toEqual([]);
  });

  it("classifies the characters the scanners rely on", () => {
    expect(CLASS["ب".charCodeAt(0)]).toBe(ARABIC);
    expect(CLASS["ی".charCodeAt(0)]).toBe(ARABIC);
    expect(CLASS["ﻻ".charCodeAt(0)]).toBe(ARABIC);
    expect(CLASS["ـ".charCodeAt(0)]).toBe(ARABIC_MARK);
    expect(CLASS["َ".charCodeAt(0)]).toBe(ARABIC_MARK);
    expect(CLASS["ﹰ".charCodeAt(0)]).toBe(ARABIC_MARK);
    expect(CLASS["٣".charCodeAt(0)]).toBe(ARABIC_DIGIT);
    expect(CLASS["۴".charCodeAt(0)]).toBe(ARABIC_DIGIT);
    expect(CLASS["7".charCodeAt(0)]).toBe(DIGIT);
    expect(CLASS["é".charCodeAt(0)]).toBe(LATIN);
    expect(CLASS["Ж".charCodeAt(0)]).toBe(OTHER_LETTER);
    expect(CLASS[0x0301]).toBe(MARK);
    expect(CLASS[0x200c]).toBe(JOINER);
    for (const ch of " .،؛؟«»-\u00A0\u200F") expect(CLASS[ch.charCodeAt(0)], ch).toBe(NONE);
  });
});
