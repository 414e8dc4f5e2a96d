import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { splitSentences } from "../src/index.js";
import { anyCodeUnits, messyText } from "./arbitraries.js";

const split = (s: string) => splitSentences(s).map((x) => x.text);

describe("splitSentences", () => {
  it("splits on . ! ? ؟ ؛ …", () => {
    expect(split("انتهى الاجتماع. هل نجح؟ نعم! ثم ماذا؛ لا أحد يعرف… ربما")).toEqual([
      "انتهى الاجتماع.", "هل نجح؟", "نعم!", "ثم ماذا؛", "لا أحد يعرف…", "ربما",
    ]);
    expect(split("Really?! Yes...  Fine.")).toEqual(["Really?!", "Yes...", "Fine."]);
  });

  it("makes a headline line without a stop its own sentence", () => {
    expect(split("عاجل: انفجار في بيروت\nقال مسؤول إن الانفجار وقع صباحا.")).toEqual([
      "عاجل: انفجار في بيروت", "قال مسؤول إن الانفجار وقع صباحا.",
    ]);
    expect(split("العنوان\r\n\r\nالنص الأول. النص الثاني")).toEqual(["العنوان", "النص الأول.", "النص الثاني"]);
  });

  it("does not split inside numbers", () => {
    expect(split("بلغ النمو 3.5 في المئة و١٫٥ في المئة. ثم تراجع.")).toEqual(["بلغ النمو 3.5 في المئة و١٫٥ في المئة.", "ثم تراجع."]);
  });

  it("does not split after abbreviations and initials", () => {
    expect(split("قال د. محمد علي إن الوضع مستقر.")).toEqual(["قال د. محمد علي إن الوضع مستقر."]);
    expect(split("نقلت وكالة أ.ف.ب عن المصدر قوله. وأضاف المصدر.")).toEqual(["نقلت وكالة أ.ف.ب عن المصدر قوله.", "وأضاف المصدر."]);
    expect(split("قالت وكالة (أ ف ب) إن الاجتماع انتهى.")).toEqual(["قالت وكالة (أ ف ب) إن الاجتماع انتهى."]);
    expect(split("التقى م. عبدالله بالوفد.")).toEqual(["التقى م. عبدالله بالوفد."]);
    expect(split("J. K. Rowling met Mr. Smith vs. Dr. Who. Then left.")).toEqual(["J. K. Rowling met Mr. Smith vs. Dr. Who.", "Then left."]);
  });

  it("still ends a sentence after a date's era letter", () => {
    expect(split("وقع ذلك عام 1445 هـ. ثم انتهى.")).toEqual(["وقع ذلك عام 1445 هـ.", "ثم انتهى."]);
    expect(split("وقع ذلك عام 2020م. ثم انتهى.")).toEqual(["وقع ذلك عام 2020م.", "ثم انتهى."]);
    expect(split("نقلت ذلك وكالة أ ف ب. ثم انتهى.")).toEqual(["نقلت ذلك وكالة أ ف ب.", "ثم انتهى."]);
  });

  it("does not split inside URLs and e-mails", () => {
    expect(split("راجع www.spa.gov.sa/a.html?x=1 أو info@spa.gov.sa للمزيد. شكرا.")).toEqual([
      "راجع www.spa.gov.sa/a.html?x=1 أو info@spa.gov.sa للمزيد.", "شكرا.",
    ]);
  });

  it("does not split inside a quotation that continues", () => {
    expect(split("وقال: «الوضع خطير. يجب التحرك» ثم غادر. وانتهى.")).toEqual(["وقال: «الوضع خطير. يجب التحرك» ثم غادر.", "وانتهى."]);
    expect(split('وقال: "هل نحن مستعدون؟ بالتأكيد" وأضاف أنه متفائل.')).toEqual(['وقال: "هل نحن مستعدون؟ بالتأكيد" وأضاف أنه متفائل.']);
    expect(split("قال “لن نتراجع! أبدا” بحزم.")).toEqual(["قال “لن نتراجع! أبدا” بحزم."]);
  });

  it("ends a sentence after a quotation that closes with a stop", () => {
    expect(split("وقال: «انتهى الأمر.» ثم غادر.")).toEqual(["وقال: «انتهى الأمر.»", "ثم غادر."]);
    expect(split("وتساءل: «إلى متى؟» «لا أحد يعرف».")).toEqual(["وتساءل: «إلى متى؟»", "«لا أحد يعرف»."]);
    // punctuation after the closing quote: the sentence goes on
    expect(split("وقال: «انتهى الأمر.»، مضيفا أنه راض. ثم غادر.")).toEqual(["وقال: «انتهى الأمر.»، مضيفا أنه راض.", "ثم غادر."]);
  });

  it("ignores a quote that is not closed on its line", () => {
    expect(split('قال "مرحبا. ثم انتهى.\nسطر آخر.')).toEqual(['قال "مرحبا.', "ثم انتهى.", "سطر آخر."]);
  });

  it("keeps closing brackets and quotes with the sentence", () => {
    expect(split("(انتهى الاجتماع.) بدأ آخر.")).toEqual(["(انتهى الاجتماع.)", "بدأ آخر."]);
  });

  it("splits a stop glued to the next Arabic word", () => {
    expect(split("انتهى الاجتماع.وقال الوزير كلمة.")).toEqual(["انتهى الاجتماع.", "وقال الوزير كلمة."]);
  });

  it("drops pieces without letters or digits", () => {
    expect(split("* * *\nنص.\n...")).toEqual(["نص."]);
  });

  it("splits the news fixture", () => {
    const text = readFileSync(new URL("./fixtures/news.txt", import.meta.url), "utf8");
    const sentences = split(text);
    expect(sentences[0]).toBe("موسكو تختبر مقاتلة سو-57 الجديدة");
    expect(sentences).toContain(
      "وقال المتحدث باسم الوزارة إيغور كوناشينكوف: «حلّقت الطائرة 45 دقيقة. كانت كل الأنظمة تعمل بشكل طبيعي» ثم عادت إلى القاعدة.",
    );
    expect(sentences).toContain("وأضاف د. كوناشينكوف أن الصفقة تبلغ ١٬٠٠٠٫٥ مليون روبل، أي نحو 1,000.5 مليون، بزيادة 3.5% عن العام الماضي.");
    expect(sentences).toContain("للمزيد: https://www.example.com/news/2024/su-57?lang=ar أو راسلونا على press@example.org.");
    expect(sentences.slice(-3)).toEqual(["هل تنجح الصفقة؟", "لا أحد يعرف…", "حتى الآن!"]);
  });
});

describe("splitSentences on any input", () => {
  it("offsets slice back to trimmed, ordered sentences (property)", () => {
    fc.assert(
      fc.property(fc.oneof(messyText, anyCodeUnits), (text) => {
        let last = 0;
        for (const s of splitSentences(text)) {
          expect(text.slice(s.start, s.end)).toBe(s.text);
          expect(/^\s|\s$/u.test(s.text)).toBe(false);
          expect(/[\n\r\u2028\u2029\x85]/u.test(s.text)).toBe(false);
          expect(s.text.length).toBeGreaterThan(0);
          expect(s.start).toBeGreaterThanOrEqual(last);
          last = s.end;
        }
      }),
      { numRuns: 3000 },
    );
  });

  it("never throws on bad input, including 1 MB runs", () => {
    for (const s of ["", " ", "\n", ".", "؟؟؟", "«", "\"", "\uD800", "😀.", "ً."]) expect(() => splitSentences(s)).not.toThrow();
    expect(splitSentences("ب".repeat(1 << 20))).toHaveLength(1);
    expect(splitSentences('"'.repeat(1 << 18) + "نص").length).toBe(1);
    expect(splitSentences("«نص. ".repeat(1 << 16)).length).toBe(1 << 16);
    expect(splitSentences(undefined as unknown as string)).toEqual([]);
  });
});
