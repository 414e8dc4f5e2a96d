import { ARABIC, CLASS, HIGH_SURROGATE, LATIN, OTHER_LETTER, isAstralLetter } from "../chars.js";

/**
 * Share of the letters in text that are Arabic script (0..1); digits, punctuation, spaces and marks
 * are not counted. 0 when there are no letters.
 */
export function arabicShare(text: string): number {
  if (typeof text !== "string") return 0;
  let arabic = 0;
  let letters = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const cls = CLASS[text.charCodeAt(i)]!;
    if (cls === ARABIC) {
      arabic++;
      letters++;
    } else if (cls === LATIN || cls === OTHER_LETTER) letters++;
    else if (cls === HIGH_SURROGATE && i + 1 < n) {
      const cp = text.codePointAt(i)!;
      if (cp > 0xffff) {
        if (isAstralLetter(cp)) letters++;
        i++;
      }
    }
  }
  return letters === 0 ? 0 : arabic / letters;
}
