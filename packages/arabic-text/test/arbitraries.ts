import fc from "fast-check";

/** Pieces that exercise every branch of the scanners: Arabic with marks, digits of three scripts, separators, links, surrogates. */
const PIECES = [
  "ا", "أ", "إ", "آ", "ٱ", "ب", "ت", "ة", "ى", "ي", "ئ", "ؤ", "ء", "ل", "ه", "و", "ف", "ك", "ی", "ک", "پ", "ە",
  "َ", "ً", "ّ", "ْ", "ٰ", "ۖ", "ـ", "ﻻ", "ﷲ", "ﹰ", "ﺁ", "\uFDFA",
  "0", "1", "5", "٠", "٣", "٫", "٬", "۴", "۵", ".", ",", ":", "-", "‐", "–", "—", "'", "’",
  "a", "B", "z", "Su", "é", "e\u0301", "Я", "ж", "中", "𝐀", "😀", "👍🏽", "\uD800", "\uDC00", "\uDBFF\uDFFF",
  " ", "\u00A0", "\u2009", "\n", "\r\n", "\t", "\u200C", "\u200D", "\u200E", "\u200F", "\u202B", "\u2067", "\uFEFF",
  "«", "»", "“", "”", "\"", "(", ")", "!", "?", "؟", "؛", "،", "…", "...", "@", "/",
  "http://", "https://x.com/a", "www.", ".com", ".sa", "info@", "بـ", "الـ", "د.", "م.", "أ.ف.ب", " أ ف ب ",
];

export const piece: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...PIECES) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 0x10ffff }).map((c) => String.fromCodePoint(c)) },
);

/** Strings built from the pieces above, including unpaired surrogates. */
export const messyText: fc.Arbitrary<string> = fc.array(piece, { maxLength: 60 }).map((parts) => parts.join(""));

/** Any UTF-16 string (code units drawn uniformly, so unpaired surrogates are common). */
export const anyCodeUnits: fc.Arbitrary<string> = fc
  .array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 80 })
  .map((units) => String.fromCharCode(...units));
