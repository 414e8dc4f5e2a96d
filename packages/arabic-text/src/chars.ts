/**
 * Character classes for the scanners, one byte per UTF-16 code unit, filled from the runs in
 * data/char-classes.json. Scanners read one array cell per character.
 */
import data from "../data/char-classes.json" with { type: "json" };

export {
  ARABIC,
  ARABIC_DIGIT,
  ARABIC_MARK,
  DIGIT,
  HIGH_SURROGATE,
  JOINER,
  LATIN,
  LOW_SURROGATE,
  MARK,
  NONE,
  OTHER_DIGIT,
  OTHER_LETTER,
} from "./classify.js";

export const CLASS: Uint8Array = loadClasses(data.runs);

function loadClasses(runs: readonly number[]): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (let r = 0; r < runs.length; r += 2) {
    const start = runs[r]!;
    const end = r + 2 < runs.length ? runs[r + 2]! : 0x10000;
    table.fill(runs[r + 1]!, start, end);
  }
  return table;
}

/** True for the code point of a letter outside the BMP (astral scripts, mathematical letters). */
const LETTER = /\p{L}/u;
export function isAstralLetter(codePoint: number): boolean {
  return LETTER.test(String.fromCodePoint(codePoint));
}
