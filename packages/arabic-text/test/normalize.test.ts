import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  normalize,
  normalizeAlef,
  normalizeAlefMaqsura,
  normalizeDigits,
  normalizeHamza,
  normalizePersian,
  normalizePresentationForms,
  normalizePunctuation,
  normalizeSpaces,
  normalizeTehMarbuta,
  removeControls,
  removeDiacritics,
  removeTatweel,
} from "../src/index.js";
import { anyCodeUnits, messyText } from "./arbitraries.js";

describe("single-purpose normalisers", () => {
  it("removeDiacritics removes harakat, tanwin, shadda, sukun, superscript alef and Quranic marks", () => {
    expect(removeDiacritics("مُحَمَّدٌ")).toBe("محمد");
    expect(removeDiacritics("كِتَابًا")).toBe("كتابا");
    expect(removeDiacritics("هٰذا")).toBe("هذا");
    expect(removeDiacritics("الرَّحِيمِۖ")).toBe("الرحيم");
    expect(removeDiacritics("محمدؐ")).toBe("محمد");
    expect(removeDiacritics("ـَ")).toBe("ـ"); // tatweel is not a diacritic
    expect(removeDiacritics("أإآ")).toBe("أإآ"); // precomposed hamza letters stay
  });

  it("removeTatweel removes kashida only", () => {
    expect(removeTatweel("الســـلام")).toBe("السلام");
    expect(removeTatweel("بـ")).toBe("ب");
  });

  it("normalizeAlef maps أ إ آ ٱ to ا", () => {
    expect(normalizeAlef("أحمد إبراهيم آمن ٱلله")).toBe("احمد ابراهيم امن الله");
    expect(normalizeAlef("ؤئى")).toBe("ؤئى");
  });

  it("normalizeHamza maps the carriers ؤ ئ", () => {
    expect(normalizeHamza("مسؤول رئيس")).toBe("مسوول رييس");
    expect(normalizeHamza("ءأ")).toBe("ءأ");
  });

  it("normalizeAlefMaqsura maps ى to ي", () => {
    expect(normalizeAlefMaqsura("على مستوى")).toBe("علي مستوي");
  });

  it("normalizeTehMarbuta maps ة to ه", () => {
    expect(normalizeTehMarbuta("مدينة")).toBe("مدينه");
  });

  it("normalizePersian maps Persian and Urdu letters to Arabic", () => {
    expect(normalizePersian("کتاب")).toBe("كتاب");
    expect(normalizePersian("ایران")).toBe("ايران");
    expect(normalizePersian("پوتین")).toBe("بوتين");
    expect(normalizePersian("چین گاز ژاپن ڤيتنام")).toBe("جين كاز زابن فيتنام");
    expect(normalizePersian("ھە")).toBe("هه");
    expect(normalizePersian("ې")).toBe("ي");
  });

  it("normalizeDigits maps Arabic-Indic and Eastern digits and separators to ASCII", () => {
    expect(normalizeDigits("٠١٢٣٤٥٦٧٨٩")).toBe("0123456789");
    expect(normalizeDigits("۰۱۲۳۴۵۶۷۸۹")).toBe("0123456789");
    expect(normalizeDigits("١٬٠٠٠٫٥")).toBe("1,000.5");
    expect(normalizeDigits("٥٪")).toBe("5%");
  });

  it("removeControls removes zero-width and bidi controls", () => {
    const controls = "\u200B\u200C\u200D\u200E\u200F\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\uFEFF\u061C\u00AD";
    expect(removeControls(`a${controls}b`)).toBe("ab");
    expect(removeControls("\u202Bمرحبا\u202C")).toBe("مرحبا");
  });

  it("normalizeSpaces maps every space to U+0020 without collapsing", () => {
    expect(normalizeSpaces("a\u00A0b\u2009c\u3000d\te\u202Ff")).toBe("a b c d e f");
    expect(normalizeSpaces("a  b")).toBe("a  b");
    expect(normalizeSpaces("a\u2028b")).toBe("a\nb");
    expect(normalizeSpaces("a\nb")).toBe("a\nb");
  });

  it("normalizePunctuation unifies quotes and dashes", () => {
    expect(normalizePunctuation("«نص» “text” „x‟")).toBe('"نص" "text" "x"');
    expect(normalizePunctuation("‘a’")).toBe("'a'");
    expect(normalizePunctuation("a–b—c‐d−e")).toBe("a-b-c-d-e");
    expect(normalizePunctuation("،؛؟")).toBe("،؛؟");
  });

  it("normalizePresentationForms applies NFKC to the Arabic presentation blocks only", () => {
    expect(normalizePresentationForms("ﻻ ﷲ ﺍﻟﺴﻼﻡ")).toBe("لا الله السلام");
    expect(normalizePresentationForms("ﻷ")).toBe("لأ");
    expect(normalizePresentationForms("ﹰ")).toBe("\u064B"); // spacing fathatan: the mark, without a space
    expect(normalizePresentationForms("ﬁ ① ２")).toBe("ﬁ ① ２"); // other compatibility characters untouched
  });

  it("each function leaves other text untouched", () => {
    const latin = "Reuters 2024, x-y.";
    for (const f of [removeDiacritics, removeTatweel, normalizeAlef, normalizeHamza, normalizeAlefMaqsura, normalizeTehMarbuta, normalizePersian, normalizePresentationForms, removeControls]) {
      expect(f(latin)).toBe(latin);
      expect(f("")).toBe("");
    }
  });
});

describe("normalize profiles", () => {
  const sample = "قَالَ الرَّئِيسُ إِنَّ مسؤولي المدينة ذهبوا إلى آسيا ـــ ١٢٣ «ﻻ» کتاب\u200F\u00A0ی";

  it("search: aggressive, keeps ة ؤ ئ, maps ى to ي", () => {
    expect(normalize(sample, "search")).toBe('قال الرئيس ان مسؤولي المدينة ذهبوا الي اسيا  123 "لا" كتاب ي');
    expect(normalize(sample)).toBe(normalize(sample, "search"));
  });

  it("display: keeps spelling and diacritics, only cleans", () => {
    expect(normalize(sample, "display")).toBe('قَالَ الرَّئِيسُ إِنَّ مسؤولي المدينة ذهبوا إلى آسيا  ١٢٣ "لا" كتاب ي');
  });

  it("options override the profile flags", () => {
    expect(normalize("مدينة مسؤول", { tehMarbuta: true, hamza: true })).toBe("مدينه مسوول");
    expect(normalize("أَحمد", { profile: "display", alef: true })).toBe("اَحمد");
    expect(normalize("أحمد ١", { alef: false, digits: false })).toBe("أحمد ١");
  });

  it("composed steps reach the characters other steps produce", () => {
    // presentation form → أ → ا ; Persian heh goal teh marbuta ۃ → ة → ه with tehMarbuta
    expect(normalize("ﺃ")).toBe("ا");
    expect(normalize("ۃ", { tehMarbuta: true })).toBe("ه");
    expect(normalize("\uFDFC")).toBe("ريال");
  });

  it("is idempotent on every BMP code unit, for both profiles", () => {
    for (const profile of ["search", "display"] as const) {
      for (let c = 0; c < 0x10000; c++) {
        const once = normalize(String.fromCharCode(c), profile);
        if (normalize(once, profile) !== once) throw new Error(`${profile} not idempotent at U+${c.toString(16)}`);
      }
    }
  });

  it("is idempotent on arbitrary text (property)", () => {
    fc.assert(
      fc.property(fc.oneof(messyText, anyCodeUnits), fc.constantFrom("search", "display") as fc.Arbitrary<"search" | "display">, (text, profile) => {
        const once = normalize(text, profile);
        expect(normalize(once, profile)).toBe(once);
      }),
      { numRuns: 2000 },
    );
  });

  it("is idempotent for any combination of options (property)", () => {
    const flags = fc.record({
      presentationForms: fc.boolean(), diacritics: fc.boolean(), tatweel: fc.boolean(), alef: fc.boolean(),
      hamza: fc.boolean(), alefMaqsura: fc.boolean(), tehMarbuta: fc.boolean(), persian: fc.boolean(),
      digits: fc.boolean(), controls: fc.boolean(), spaces: fc.boolean(), punctuation: fc.boolean(),
    });
    fc.assert(
      fc.property(messyText, flags, (text, options) => {
        const once = normalize(text, options);
        expect(normalize(once, options)).toBe(once);
      }),
      { numRuns: 500 },
    );
  });

  it("never throws and returns a string on bad input", () => {
    const big = "ب".repeat(1 << 20);
    expect(normalize(big)).toBe(big);
    expect(normalize("")).toBe("");
    expect(normalize("\uD800")).toBe("\uD800");
    expect(normalize("😀ً")).toBe("😀");
    expect(normalize(undefined as unknown as string)).toBe("");
    fc.assert(fc.property(anyCodeUnits, (text) => typeof normalize(text) === "string"));
  });
});
