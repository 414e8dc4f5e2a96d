/**
 * The character classes the scanners use, and how each code unit is classified from its Unicode
 * properties. The table itself is loaded from data/char-classes.json (see scripts/build-char-classes.ts).
 */
export const NONE = 0; // space, punctuation, symbols, controls
export const ARABIC = 1; // Arabic-script letter (incl. presentation forms)
export const ARABIC_MARK = 2; // harakat, Quranic marks, tatweel: part of a word, never its start
export const DIGIT = 3; // ASCII digit
export const ARABIC_DIGIT = 4; // Arabic-Indic and Eastern Arabic-Indic digits
export const LATIN = 5; // Latin letter
export const OTHER_LETTER = 6; // letter of any other script (Greek, Cyrillic, CJK, ...)
export const MARK = 7; // any other combining mark: part of a word
export const JOINER = 8; // ZWNJ / ZWJ: part of a word only between letters
export const HIGH_SURROGATE = 9;
export const LOW_SURROGATE = 10;
export const OTHER_DIGIT = 11; // decimal digits of other scripts

const LETTER = /\p{L}/u;
const MARK_RE = /\p{M}/u;
const DIGIT_RE = /\p{Nd}/u;
const ARABIC_RE = /\p{Script_Extensions=Arabic}/u;
const LATIN_RE = /\p{Script=Latin}/u;
const LETTER_BUT_TATWEEL = /(?!\u0640)\p{L}/u;

function isPresentationForm(c: number): boolean {
  return (c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfeff);
}

/** The class of one UTF-16 code unit. */
export function classifyCodeUnit(c: number): number {
  if (c >= 0x30 && c <= 0x39) return DIGIT;
  if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) return LATIN;
  if (c < 0x80) return NONE;
  if (c >= 0xd800 && c <= 0xdfff) return c < 0xdc00 ? HIGH_SURROGATE : LOW_SURROGATE;
  switch (c) {
    case 0x0640: // tatweel stretches a word, it is not a letter of it
    case 0x06e5: // small waw / small yeh: Quranic annotation marks
    case 0x06e6:
      return ARABIC_MARK;
    case 0x06dd: // end of ayah, rub el hizb, place of sajdah: verse symbols, not word parts
    case 0x06de:
    case 0x06e9:
      return NONE;
    case 0x200c: // ZWNJ, ZWJ
    case 0x200d:
      return JOINER;
  }
  const s = String.fromCharCode(c);
  if (LETTER.test(s)) {
    if (ARABIC_RE.test(s)) {
      // presentation forms that stand for marks only (ﹰ ﹱ ﱞ …) are marks, not letters
      if (isPresentationForm(c) && !LETTER_BUT_TATWEEL.test(s.normalize("NFKC"))) return ARABIC_MARK;
      return ARABIC;
    }
    return LATIN_RE.test(s) ? LATIN : OTHER_LETTER;
  }
  if (MARK_RE.test(s)) return ARABIC_RE.test(s) ? ARABIC_MARK : MARK;
  if (DIGIT_RE.test(s)) return ARABIC_RE.test(s) ? ARABIC_DIGIT : OTHER_DIGIT;
  return NONE;
}
