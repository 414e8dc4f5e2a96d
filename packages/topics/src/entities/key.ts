/// <reference path="../natural.d.ts" />
/**
 * Comparison keys that merge spelling variants of one name: transliterations of
 * "g" written غ / ج (بيونغ / بيونج, سيرغي / سيرجي), hamza and alef forms
 * (أون / اون), hyphens (جونغ-أون), teh marbuta and alef maqsura.
 */
import jaroWinkler from "natural/lib/natural/distance/jaro-winkler_distance.js";
import { normalizeWord } from "../analyse.js";
import { looksTransliterated } from "./discover.js";

const keyCache = new Map<string, string>();

export function letterKey(word: string): string {
  const hit = keyCache.get(word);
  if (hit !== undefined) return hit;
  const key = computeKey(word);
  if (keyCache.size > 100_000) keyCache.clear();
  keyCache.set(word, key);
  return key;
}

function computeKey(word: string): string {
  return normalizeWord(word)
    .replace(/[غگ]/g, "ج")
    .replace(/[ؤ]/g, "و")
    .replace(/[ئ]/g, "ي")
    .replace(/ء/g, "")
    .replace(/ة/g, "ه")
    .replace(/[\u200c\u200d]/g, "");
}

/** Key of a multi-word name: word keys joined by one space (hyphens count as spaces). */
export function nameKey(words: readonly string[]): string {
  return words
    .flatMap((w) => w.split(/[-‐–]/))
    .map(letterKey)
    .filter((w) => w !== "")
    .join(" ");
}

/**
 * Jaro-Winkler similarity (Winkler 1990) of two keys, via natural's implementation.
 * Returns 0..1.
 */
export function similarity(a: string, b: string): number {
  if (a === b) return 1;
  if (a === "" || b === "") return 0;
  const v = jaroWinkler(a, b);
  return Number.isFinite(v) ? v : 0;
}

/** A word in which two spellings of one name may differ: five letters or more, transliterated-looking. */
export function mayDiffer(word: string): boolean {
  return word.length >= 5 && looksTransliterated(word);
}

/**
 * Two keys name the same thing when they have as many words, all equal but one,
 * and that one differs only as two transliterations of a foreign word do: both look
 * transliterated (./discover.ts), 5+ letters, Jaro-Winkler ≥ 0.92, e.g.
 * فوستوتشني / فوستوشني. Native words that look alike (ليبيا / ليبيريا، القاعدة /
 * الجامعة) are not merged.
 */
export function sameName(a: string, b: string): boolean {
  if (a === b) return true;
  const wa = a.split(" ");
  const wb = b.split(" ");
  if (wa.length !== wb.length) return false;
  let differing = 0;
  for (let i = 0; i < wa.length; i++) {
    const x = wa[i] as string;
    const y = wb[i] as string;
    if (x === y) continue;
    if (!mayDiffer(x) || !mayDiffer(y)) return false;
    if (similarity(x, y) < 0.92) return false;
    differing++;
  }
  return differing <= 1;
}
