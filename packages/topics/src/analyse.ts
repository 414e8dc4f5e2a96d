/**
 * The text layer every finder in this package reads through: word tokens, their
 * "search" normal form, stopword test and stem. Kept in one file so that the
 * tokenizer, stopword list and stemmer can be swapped in one place.
 */

import { stem } from "@mawjaz/arabic-stemmer";
import { isStopword, normalize, tokenize as tokenizeText } from "@mawjaz/arabic-text";

export interface Word {
  text: string;
  norm: string;
  start: number;
  end: number;
  kind: "arabic" | "latin" | "number" | "other";
}

/** Search normal form (@mawjaz/arabic-text "search" profile), Latin lower-cased. */
export function normalizeWord(word: string): string {
  return normalize(word, "search").toLowerCase();
}

/** Word tokens with offsets into `text` (punctuation, URLs and e-mail addresses dropped). */
export function tokenize(text: string): Word[] {
  const out: Word[] = [];
  for (const t of tokenizeText(text)) {
    if (t.norm === "" || t.kind === "url" || t.kind === "email") continue;
    out.push({ text: t.text, norm: t.norm, start: t.start, end: t.end, kind: t.kind });
  }
  return out;
}

/** Function words and reporting verbs (قال، أضاف …) carry no topic or event. */
export function isStop(norm: string): boolean {
  return norm.length < 2 || isStopword(norm, { reportingVerbs: true });
}

/** Light stem (@mawjaz/arabic-stemmer) of a normalised word. */
export function stemOf(norm: string): string {
  return stem(norm);
}

export interface ContentWord { surface: string; stem: string; start: number; end: number }

/** Content words (not stopwords, not bare numbers except years) with stem and surface. */
export function contentWords(text: string): ContentWord[] {
  const out: ContentWord[] = [];
  for (const w of tokenize(text)) {
    if (w.kind === "number") {
      if (/^(19|20)[0-9]{2}$/.test(w.norm)) out.push({ surface: w.text, stem: w.norm, start: w.start, end: w.end });
      continue;
    }
    if (w.kind === "other" || isStop(w.norm)) continue;
    const stem = stemOf(w.norm);
    if (stem.length < 2) continue;
    out.push({ surface: w.text, stem, start: w.start, end: w.end });
  }
  return out;
}
