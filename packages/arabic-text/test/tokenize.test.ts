import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isStopword, normalize, tokenize, type Token } from "../src/index.js";
import { anyCodeUnits, messyText } from "./arbitraries.js";

const texts = (s: string) => tokenize(s).map((t) => t.text);
const kinds = (s: string) => tokenize(s).map((t) => `${t.text}:${t.kind}`);

describe("tokenize", () => {
  it("splits Arabic words and drops punctuation", () => {
    expect(texts("قال الرئيس، إن الوضع (خطير)!")).toEqual(["قال", "الرئيس", "إن", "الوضع", "خطير"]);
  });

  it("keeps diacritics, tatweel and ZWNJ inside a word", () => {
    const toks = tokenize("مُحَمَّدٌ الســلام می‌رود");
    expect(toks.map((t) => t.text)).toEqual(["مُحَمَّدٌ", "الســلام", "می‌رود"]);
    expect(toks.map((t) => t.norm)).toEqual(["محمد", "السلام", "ميرود"]);
  });

  it("gives the search form as norm, lower-cased for Latin", () => {
    const toks = tokenize("أحمد إلى مسؤول المدينة Reuters ١٢");
    expect(toks.map((t) => t.norm)).toEqual(["احمد", "الي", "مسؤول", "المدينة", "reuters", "12"]);
  });

  it("labels token kinds", () => {
    expect(kinds("قال Putin 2024 Путин 中文 𝐀𝐁")).toEqual([
      "قال:arabic", "Putin:latin", "2024:number", "Путин:other", "中文:other", "𝐀𝐁:other",
    ]);
  });

  it("keeps numbers with decimals and thousands separators whole", () => {
    expect(kinds("1,000.5 و١٬٠٠٠٫٥ و3.5% و۱۲۳ الساعة 10:30")).toEqual([
      "1,000.5:number", "و:arabic", "١٬٠٠٠٫٥:number", "و:arabic", "3.5:number", "و:arabic", "۱۲۳:number",
      "الساعة:arabic", "10:30:number",
    ]);
    expect(tokenize("١٬٠٠٠٫٥")[0]!.norm).toBe("1,000.5");
    expect(texts("العدد 5. ثم")).toEqual(["العدد", "5", "ثم"]);
  });

  it("keeps hyphenated names and models whole", () => {
    expect(kinds("سو-57 Su-35 كيم جونغ-أون F-16 كوفيد-19 Al-Qaeda")).toEqual([
      "سو-57:arabic", "Su-35:latin", "كيم:arabic", "جونغ-أون:arabic", "F-16:latin", "كوفيد-19:arabic", "Al-Qaeda:latin",
    ]);
    expect(tokenize("جونغ-أون")[0]!.norm).toBe("جونغ-اون");
  });

  it("splits number ranges and spaced dashes", () => {
    expect(texts("2019-2020 بين 10-15 قال - ثم")).toEqual(["2019", "2020", "بين", "10", "15", "قال", "ثم"]);
    expect(texts("1-كيف 2-السعي 2019-nCoV")).toEqual(["1", "كيف", "2", "السعي", "2019-nCoV"]);
  });

  it("keeps Latin contractions and alphanumerics", () => {
    expect(kinds("Trump's MH17 5G")).toEqual(["Trump's:latin", "MH17:latin", "5G:latin"]);
  });

  it("keeps URLs and e-mail addresses whole", () => {
    expect(kinds("زوروا https://www.spa.gov.sa/ar/news?id=5. أو www.alarabiya.net أو spa.gov.sa/x أو info@spa.gov.sa، شكرا")).toEqual([
      "زوروا:arabic", "https://www.spa.gov.sa/ar/news?id=5:url", "أو:arabic", "www.alarabiya.net:url", "أو:arabic",
      "spa.gov.sa/x:url", "أو:arabic", "info@spa.gov.sa:email", "شكرا:arabic",
    ]);
    expect(tokenize("(http://x.com/a_(b))")[0]!.text).toBe("http://x.com/a_(b)");
    expect(tokenize("Mail: A.B@Example.COM")[1]).toMatchObject({ kind: "email", norm: "a.b@example.com" });
  });

  it("does not take abbreviations or sentence ends for hosts", () => {
    expect(kinds("U.S. e.g. end.The")).toEqual(["U:latin", "S:latin", "e:latin", "g:latin", "end:latin", "The:latin"]);
  });

  it("drops a proclitic written apart with a tatweel", () => {
    expect(texts('رحب بـ"حزب الله" والـ50 صاروخا ولـ Reuters وبالـ"فيتو"')).toEqual([
      "رحب", "حزب", "الله", "50", "صاروخا", "Reuters", "فيتو",
    ]);
    // a tatweel inside a word keeps it whole
    expect(texts("بـحزب")).toEqual(["بـحزب"]);
    // a non-clitic word ending in tatweel stays
    expect(texts("كتابـ")).toEqual(["كتابـ"]);
  });

  it("keeps a phrase ligature as one token whose norm is the phrase, a stopword", () => {
    const [, salla] = tokenize("محمد ﷺ");
    expect(salla).toMatchObject({ text: "ﷺ", norm: "صلي الله عليه وسلم", kind: "arabic" });
    expect(isStopword(salla!.norm)).toBe(true);
  });

  it("splits scripts glued together", () => {
    expect(kinds("وSu-35 كوفيد19 2020م")).toEqual(["و:arabic", "Su-35:latin", "كوفيد:arabic", "19:number", "2020:number", "م:arabic"]);
  });

  it("maps presentation forms and Persian letters in norm only", () => {
    const [a, b] = tokenize("ﻻ پوتین");
    expect(a).toMatchObject({ text: "ﻻ", norm: "لا", kind: "arabic" });
    expect(b).toMatchObject({ text: "پوتین", norm: "بوتين", kind: "arabic" });
  });

  it("tokenises the news fixture sensibly", () => {
    const text = readFileSync(new URL("./fixtures/news.txt", import.meta.url), "utf8");
    const toks = tokenize(text);
    const words = toks.map((t) => t.text);
    expect(words).toContain("سو-57");
    expect(words).toContain("جونغ-أون");
    expect(words).toContain("MiG-31");
    expect(words).toContain("١٬٠٠٠٫٥");
    expect(words).toContain("https://www.example.com/news/2024/su-57?lang=ar");
    expect(words).toContain("press@example.org");
    expect(words.filter((w) => w === "ف" || w === "أ" || w === "ب").length).toBeGreaterThan(0);
    for (const t of toks) expect(t.norm.length).toBeGreaterThan(0);
  });
});

function checkTokens(text: string, tokens: Token[]): void {
  let last = 0;
  for (const t of tokens) {
    expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(t.start).toBeGreaterThanOrEqual(last);
    expect(t.end).toBeGreaterThan(t.start);
    last = t.end;
    // norm is the search form, lower-cased when the token has Latin or other cased letters
    const norm = normalize(t.text);
    if (t.kind === "latin" || t.kind === "url" || t.kind === "email") expect(t.norm).toBe(norm.toLowerCase());
    else expect([norm, norm.toLowerCase()]).toContain(t.norm);
    expect(t.norm.length).toBeGreaterThan(0);
    expect(/\s/u.test(t.text)).toBe(false);
  }
}

describe("tokenize on any input", () => {
  it("offsets slice back to token.text, in order, without overlap (property)", () => {
    fc.assert(
      fc.property(fc.oneof(messyText, anyCodeUnits), (text) => checkTokens(text, tokenize(text))),
      { numRuns: 3000 },
    );
  });

  it("never throws on empty, blank, lone marks, surrogates, emoji", () => {
    for (const s of ["", " ", "\n\t", "ً", "ـــ", "\uD800", "\uDC00\uD800", "😀👍🏽", "ـً", "-", "--5", "a-", "@", "http://", "www.", ".com", "x@", "@x.com"]) {
      checkTokens(s, tokenize(s));
    }
    expect(tokenize(undefined as unknown as string)).toEqual([]);
  });

  it("handles 1 MB tokens in linear time", () => {
    const arabic = "ب".repeat(1 << 20);
    expect(tokenize(arabic)).toHaveLength(1);
    const dotted = "a.".repeat(1 << 19);
    expect(tokenize(dotted)).toHaveLength(1 << 19);
    const digits = "1,".repeat(1 << 19) + "1";
    expect(tokenize(digits)).toHaveLength(1);
    const hyphens = "a-".repeat(1 << 19) + "a";
    expect(tokenize(hyphens)).toHaveLength(1);
    const url = "http://x.com/" + "a".repeat(1 << 20);
    expect(tokenize(url)).toHaveLength(1);
  });
});
