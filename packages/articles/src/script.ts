/**
 * Script measures for the language check and for rejecting mis-decoded bytes. The Arabic
 * share is the project's own (@mawjaz/arabic-text): letters only, so numbers and URLs do
 * not dilute it.
 */
import { arabicShare } from "@mawjaz/arabic-text";

export const arabicLetterShare: (text: string) => number = arabicShare;

const LETTER = /\p{L}/gu;

/** Whether the text has at least `min` letters (any script); stops counting there. */
export function hasLetters(text: string, min: number): boolean {
  LETTER.lastIndex = 0;
  let n = 0;
  while (n < min && LETTER.exec(text) !== null) n++;
  LETTER.lastIndex = 0;
  return n >= min;
}
