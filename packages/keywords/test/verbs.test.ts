import { describe, expect, it } from "vitest";
import { isFiniteVerb } from "../src/candidates.js";
import { extractKeyphrases } from "../src/index.js";
import { wordTokens } from "../src/text.js";

const verb = (word: string) => isFiniteVerb(wordTokens(word)[0]!);

describe("finite verbs stay out of keyphrases", () => {
  it("reads future and imperfect verbs as the stemmer does, and leaves nouns alone", () => {
    for (const w of ["سيبدأ", "وستطرح", "سنعمل", "يقول", "تحصل", "يتعلق"]) expect(verb(w)).toBe(true);
    for (const w of ["سياسة", "ستة", "سنوات", "تطور", "يوم", "تركيا", "وسائل", "تونس", "يناير", "وقت", "صوت", "بيروت", "الكويت", "سيارات", "طلعت", "مدحت", "رأفت"]) expect(verb(w)).toBe(false);
  });

  it("never gives a phrase that holds a verb", () => {
    const text =
      "أعلن الكرملين أن الرئيس الروسي بوتين سيبدأ زيارة إلى كوريا الشمالية. وقال مسؤولون إن زيارة بوتين تأتي بعد تسعة أشهر من قمة سابقة. " +
      "ويرى محللون أن زيارة بوتين ستعزز الشراكة الاستراتيجية بين البلدين، فيما يتعلق الأمر بالأمن. وسيبدأ بوتين محادثات مع كيم جونغ أون.";
    const phrases = extractKeyphrases(text, { top: 15 }).map((k) => k.phrase);
    expect(phrases.length).toBeGreaterThan(3);
    for (const p of phrases) for (const w of ["سيبدأ", "وسيبدأ", "ستعزز", "يتعلق"]) expect(p.split(" ")).not.toContain(w);
  });
});
