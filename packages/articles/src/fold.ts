/**
 * A matching key for comparing lines with phrases and with each other: no diacritics or
 * tatweel, one alef, ى → ي, ة → ه, Arabic-Indic digits → ASCII, punctuation → space,
 * Latin lower-cased, spaces collapsed. Only used for comparisons, never for output.
 */

const DIACRITICS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/gu;
const LETTER_VARIANTS = /[أإآٱىةکی]/gu;
const INDIC_DIGITS = /[\u0660-\u0669\u06F0-\u06F9]/gu;
const NON_WORD = /[^\p{L}\p{N}]+/gu;
const MAP: Readonly<Record<string, string>> = {
  "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ک": "ك", "ی": "ي",
};

/** Lines are folded by several rules each; a small cache keeps that to one pass per line. */
const cache = new Map<string, string>();
const CACHE_LIMIT = 20_000;

export function fold(text: string): string {
  const hit = cache.get(text);
  if (hit !== undefined) return hit;
  const out = foldUncached(text);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(text, out);
  return out;
}

function foldUncached(text: string): string {
  const src = /[\uFB50-\uFDFF\uFE70-\uFEFF\uFF00-\uFFEF]/u.test(text) ? text.normalize("NFKC") : text;
  return src
    .replace(DIACRITICS, "")
    .replace(LETTER_VARIANTS, (c) => MAP[c] ?? c)
    .replace(INDIC_DIGITS, (d) => String(d.charCodeAt(0) - (d.charCodeAt(0) >= 0x06f0 ? 0x06f0 : 0x0660)))
    .toLowerCase()
    .replace(NON_WORD, " ")
    .trim();
}

const wordsCache = new Map<string, string[]>();

/** Words of the folded text (cached like fold; callers must not mutate the array). */
export function foldedWords(text: string): string[] {
  const hit = wordsCache.get(text);
  if (hit) return hit;
  const f = fold(text);
  const words = f === "" ? [] : f.split(" ");
  if (wordsCache.size >= CACHE_LIMIT) wordsCache.clear();
  wordsCache.set(text, words);
  return words;
}

const WORD = /(?:^|\s)[^\s\p{L}\p{N}]*[\p{L}\p{N}]/gu;

/** Number of whitespace-separated words containing a letter or digit. */
const countCache = new Map<string, number>();

export function wordCount(text: string): number {
  const hit = countCache.get(text);
  if (hit !== undefined) return hit;
  WORD.lastIndex = 0;
  let n = 0;
  while (WORD.exec(text) !== null) n++;
  if (countCache.size >= CACHE_LIMIT) countCache.clear();
  countCache.set(text, n);
  return n;
}
