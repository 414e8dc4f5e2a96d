import { isStopword, tokenize } from "@mawjaz/arabic-text";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { corpusKeyphrases, extractKeyphrases } from "../src/index.js";
import { containsPhrase, isNearDuplicate, mergeNearDuplicates } from "../src/merge.js";
import { KOREA_ARTICLE, LIBRARY_ARTICLE, NAMES_ARTICLE, NESTED_ARTICLE } from "./fixtures.js";

function edgeWords(phrase: string): [string, string] {
  const tokens = tokenize(phrase);
  return [tokens[0]?.norm ?? "", tokens[tokens.length - 1]?.norm ?? ""];
}

const VOCAB = [
  "في", "من", "على", "إلى", "قال", "وقال", "أن", "إن", "الذي", "هذا", "مع", "عن",
  "الرئيس", "الروسي", "مجلس", "الأمن", "الدولي", "كوريا", "الشمالية", "القمة", "موسكو", "الاتفاق",
  "النووي", "بن", "زايد", "2024", "،", ".", "\n",
];

describe("extractKeyphrases", () => {
  it("finds the multiword names and noun phrases of an article", () => {
    const phrases = extractKeyphrases(KOREA_ARTICLE, { top: 10 }).map((k) => k.phrase);
    expect(phrases).toContain("كيم جونغ أون");
    expect(phrases.some((p) => p.includes("كوري") && p.includes("شمالي"))).toBe(true);
    expect(phrases).toContain("الرئيس الروسي");
  });

  it("never starts or ends a phrase with a stopword, reporting verb or number", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...VOCAB), { maxLength: 60 }), (words) => {
        for (const { phrase } of extractKeyphrases(words.join(" "), { top: 20 })) {
          const [first, last] = edgeWords(phrase);
          expect(isStopword(first, { reportingVerbs: true })).toBe(false);
          expect(isStopword(last, { reportingVerbs: true })).toBe(false);
          expect(/^[0-9]+$/.test(last)).toBe(false);
          expect(/^[0-9]+$/.test(first)).toBe(false);
          expect(tokenize(phrase).length).toBeLessThanOrEqual(4);
        }
      }),
      { numRuns: 150 },
    );
  }, 60_000);

  it("does not cut a name after its link word", () => {
    const phrases = extractKeyphrases(NAMES_ARTICLE, { top: 10 }).map((k) => k.phrase);
    expect(phrases).toContain("سلطان بن زايد");
    for (const p of phrases) expect(edgeWords(p)[1]).not.toBe("بن");
  });

  it("keeps only one of nested near-duplicates (الكوري الشمالي / الزعيم الكوري الشمالي)", () => {
    const phrases = extractKeyphrases(NESTED_ARTICLE, { top: 15 }).map((k) => k.phrase);
    const nested = phrases.filter((p) => p === "الكوري الشمالي" || p === "الزعيم الكوري الشمالي");
    expect(nested).toHaveLength(1);
    const unmerged = extractKeyphrases(NESTED_ARTICLE, { top: 15, merge: false }).map((k) => k.phrase);
    expect(unmerged).toEqual(expect.arrayContaining(["الكوري الشمالي", "الزعيم الكوري الشمالي"]));
  });

  it("drops fragments of a longer name that never occur on their own", () => {
    const phrases = extractKeyphrases(KOREA_ARTICLE, { top: 15 }).map((k) => k.phrase);
    expect(phrases).not.toContain("كيم جونغ");
    expect(phrases).not.toContain("جونغ أون");
  });

  it("gives no phrase that only dates an event (يوم السبت، شهر يونيو)", () => {
    const text =
      "افتتح المركز الثقافي يوم السبت معرض الكتاب الدولي. ويستمر معرض الكتاب الدولي حتى يوم السبت المقبل، " +
      "بعد أن أجل في شهر يونيو. وقال مدير المركز الثقافي إن معرض الكتاب الدولي يستقبل الزوار يوم السبت وسائر الأيام.";
    const phrases = extractKeyphrases(text, { top: 15 }).map((k) => k.phrase);
    expect(phrases).toContain("معرض الكتاب الدولي");
    for (const p of ["يوم السبت", "السبت", "شهر يونيو", "يونيو"]) expect(phrases).not.toContain(p);
  });

  it("drops a fragment even when the full name occurs only once", () => {
    const text =
      "ذكرت الوكالة أن زعيم كوريا الشمالية، كيم جونغ أون، ناقش مسائل التعاون العسكري مع وزير الدفاع الروسي. " +
      "وتفقد كيم القاذفات الاستراتيجية في قاعدة جوية قرب فلاديفوستوك، ثم زار كيم مصنعا للطائرات في كومسومولسك.";
    const phrases = extractKeyphrases(text, { top: 15 }).map((k) => k.phrase);
    expect(phrases).toContain("كيم جونغ أون");
    expect(phrases).not.toContain("كيم جونغ");
  });

  it("counts inflection and clitic variants of a phrase as one and shows a bare form", () => {
    const phrases = extractKeyphrases(LIBRARY_ARTICLE, { top: 10 }).map((k) => k.phrase);
    // المكتبة، المكتبات، للمكتبات، المكتبة العامة، المكتبات العامة: one phrase, one label
    const library = ["المكتبة", "المكتبات", "المكتبة العامة", "المكتبات العامة"];
    expect(phrases.filter((p) => library.includes(p))).toHaveLength(1);
    for (const p of phrases) expect(p.startsWith("وال")).toBe(false);
    const conj = extractKeyphrases("وكوريا الشمالية دولة. وكوريا الشمالية تريد الغذاء.", { top: 3 });
    expect(conj.map((k) => k.phrase)).toContain("كوريا الشمالية");
  });

  it("is deterministic and sorted best first", () => {
    const a = extractKeyphrases(KOREA_ARTICLE, { top: 12 });
    expect(extractKeyphrases(KOREA_ARTICLE, { top: 12 })).toEqual(a);
    for (let i = 1; i < a.length; i++) expect(a[i - 1]!.score).toBeGreaterThanOrEqual(a[i]!.score);
  });

  it("never throws on arbitrary strings", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (s) => {
        expect(Array.isArray(extractKeyphrases(s))).toBe(true);
      }),
      { numRuns: 100 },
    );
    for (const s of ["", "   ", "\u064B\u064B", "ـــ", "😀😀", "\uD800", "a".repeat(100_000), "كلمة".repeat(5000)]) {
      expect(() => extractKeyphrases(s)).not.toThrow();
      expect(() => corpusKeyphrases([{ id: "x", text: s }])).not.toThrow();
    }
  }, 60_000);
});

describe("corpusKeyphrases", () => {
  it("ranks the phrases shared by the corpus and is order-independent in content", () => {
    const docs = [
      { id: "a", text: KOREA_ARTICLE },
      { id: "b", text: LIBRARY_ARTICLE },
      { id: "c", text: `${KOREA_ARTICLE}\nوزارة الثقافة تدعم المكتبة العامة.` },
    ];
    const phrases = corpusKeyphrases(docs, { top: 10 });
    expect(phrases.length).toBeGreaterThan(0);
    expect(phrases.map((p) => p.phrase)).toContain("كيم جونغ أون");
    expect(corpusKeyphrases(docs, { top: 10 })).toEqual(phrases);
    const reversed = corpusKeyphrases([...docs].reverse(), { top: 10 });
    expect(reversed.map((p) => p.phrase).sort()).toEqual(phrases.map((p) => p.phrase).sort());
  });
});

describe("near-duplicate merging", () => {
  it("matches whole stems only", () => {
    expect(containsPhrase("زعيم كوري شمالي", "كوري شمالي")).toBe(true);
    expect(containsPhrase("زعيم كوري شمالي", "وري شمالي")).toBe(false);
  });

  it("merges a nested phrase that seldom stands alone, keeps one that often does", () => {
    expect(isNearDuplicate({ key: "زعيم كوري شمالي", count: 3, score: 1 }, { key: "كوري شمالي", count: 5, score: 2 }, 2)).toBe(true);
    expect(isNearDuplicate({ key: "مجلس امن دولي", count: 1, score: 1 }, { key: "مجلس امن", count: 9, score: 2 }, 2)).toBe(false);
    const ranked = [
      { key: "كيم جونغ", count: 7, score: 9 },
      { key: "موسكو", count: 3, score: 5 },
      { key: "كيم جونغ اون", count: 5, score: 4 },
    ];
    expect(mergeNearDuplicates(ranked, 10).map((k) => k.key)).toEqual(["كيم جونغ", "موسكو"]);
    // the longer name takes the shorter one's place and score
    expect(mergeNearDuplicates(ranked, 10, 2, true)).toEqual([
      { key: "كيم جونغ اون", count: 5, score: 9 },
      { key: "موسكو", count: 3, score: 5 },
    ]);
  });
});
