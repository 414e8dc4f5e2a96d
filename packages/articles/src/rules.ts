/**
 * Line rules: each answers one question about a single line, from its wording and shape
 * only. The sequencing (what a marker does to the lines after it, captions against the
 * title, subheadings between paragraphs) lives in clean.ts.
 */
import { agencies, labels, phraseIndex, phrases, type LabelClass, type PhraseClass } from "./lexicon.js";
import { fold, foldedWords, wordCount } from "./fold.js";

const EMAIL = /^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/u;
const URL_LIKE = /^(?:https?:\/\/|www\.)\S+$/iu;
const DOMAIN = /^(?:[a-z0-9-]+\.)+(?:com|net|org|info|news|tv|co|gov|edu|me|io|[a-z]{2})(?:\/\S*)?$/iu;
const FINAL_STOP = /[.!?؟…]["'”»)\]]*$/u;
const HAS_LETTER = /\p{L}/u;

/** No letters at all: lone numbers, bullets, rules, counters ("0", "* * *", "|"). */
export function hasNoWords(text: string): boolean {
  return !HAS_LETTER.test(text);
}

/** Ends like a sentence (full stop, question or exclamation mark, ellipsis), closing quotes allowed. */
export function endsLikeSentence(text: string): boolean {
  return FINAL_STOP.test(text);
}

/** No headline, subheading or caption is longer than this. */
const MAX_HEADLINE_CHARS = 300;

/** A full stop, question or exclamation mark inside the line followed by more words — not an ellipsis, not an abbreviation ("د. "). */
function hasInnerSentenceEnd(text: string): boolean {
  for (const m of text.matchAll(/[.!?؟]+(?=\s+\p{L})/gu)) {
    if (m[0].length > 1) continue;
    const before = text.slice(Math.max(0, m.index - 12), m.index);
    const word = (/\S*$/u.exec(before)?.[0] ?? "").replace(/[^\p{L}]/gu, "");
    if (m[0] === "." && word.length <= 2) continue;
    return true;
  }
  return false;
}

/** Short, unpunctuated line: the shape of a headline, subheading, caption or widget label. */
export function isHeadlineShaped(text: string, maxWords = 15): boolean {
  if (text.length > MAX_HEADLINE_CHARS) return false;
  const n = wordCount(text);
  if (n === 0 || n > maxWords) return false;
  if (hasInnerSentenceEnd(text)) return false;

  if (/[.:؛;،,]["'”»)\]]*$/u.test(text)) return false;
  return !/[.][\s"'”»)\]]*$/u.test(text);
}

/** Tokens that are all e-mail addresses, URLs or bare domains. */
export function isLinkOnly(text: string): boolean {
  const tokens = text.split(/\s+/).filter((t) => t !== "");
  if (tokens.length === 0 || tokens.length > 4) return false;
  return tokens.every((t) => {
    const u = t.replace(/^[<(["']+|[>)\]"'.,،]+$/gu, "");
    return EMAIL.test(u) || URL_LIKE.test(u) || DOMAIN.test(u);
  });
}

/** The host of the first URL or bare domain in the text. */
export function domainOf(text: string): string | null {
  for (const raw of text.split(/\s+/)) {
    const t = raw.replace(/^[<(["']+|[>)\]"'.,،]+$/gu, "");
    if (EMAIL.test(t)) continue;
    const m = /^(?:https?:\/\/)?((?:[a-z0-9-]+\.)+[a-z]{2,})(?:[/:?#]\S*)?$/iu.exec(t);
    if (m && (URL_LIKE.test(t) || DOMAIN.test(t))) return m[1]!.toLowerCase().replace(/^www\./, "");
  }
  return null;
}

/**
 * A line made of lexicon phrases of the given classes: nothing but those phrases (and
 * numbers) — one stray word is allowed when several phrases make up the line — and short.
 */
export function isPhraseLine(text: string, classes: readonly PhraseClass[], slack = 1, maxWords = 12): boolean {
  const words = foldedWords(text);
  if (words.length === 0 || words.length > maxWords) return false;
  const covered = new Array<boolean>(words.length).fill(false);
  let matches = 0;
  for (const cls of classes) {
    for (const h of phraseIndex[cls].findAll(words)) {
      if (covered[h.pos]) continue;
      matches++;
      for (let k = h.pos; k < h.pos + h.len; k++) covered[k] = true;
    }
  }
  if (matches === 0) return false;
  const remaining = words.filter((w, i) => !covered[i] && !/^\d+$/.test(w)).length;
  return remaining <= (matches > 1 ? slack : 0);
}

/** The line opens with a multi-word lexicon phrase of the class and stays short. */
export function opensWithPhrase(text: string, cls: PhraseClass, maxWords: number): boolean {
  const words = foldedWords(text);
  if (words.length === 0 || words.length > maxWords) return false;
  return phraseIndex[cls].matchAt(words, 0) > 1;
}

/** The line contains a lexicon phrase of the class somewhere. */
export function mentionsPhrase(text: string, cls: PhraseClass): boolean {
  return phraseIndex[cls].first(foldedWords(text)) !== -1;
}

/** Word position at which a lexicon phrase of the class first occurs (-1 when absent). */
export function phrasePosition(text: string, cls: PhraseClass): number {
  return phraseIndex[cls].first(foldedWords(text));
}

export interface LabelMatch {
  cls: LabelClass;
  /** the raw text after the label and its colon ("" when none) */
  value: string;
}

/**
 * "المصدر: الحرة", "تاريخ النشر: 17th, September 2023", "الكاتب:" — a known label at the
 * start of a short line, followed by a colon (or standing alone).
 */
export function matchLabel(text: string): LabelMatch | null {
  if (wordCount(text) > 14) return null;
  const colon = text.search(/[:：]/u);
  const head = colon === -1 ? text : text.slice(0, colon);
  const value = colon === -1 ? "" : text.slice(colon + 1).trim();
  const fh = fold(head);
  if (fh === "") return null;
  for (const cls of ["date", "source", "author", "site"] as const) {
    for (const l of labels[cls]) {
      if (fh === l || fh === `و${l}`) {
        if (colon === -1 && fold(text) !== l) return null;
        return { cls, value };
      }
    }
  }
  return null;
}

/** "(أ ف ب)", "(رويترز)", "أ ف ب" alone: the agency name, or null. */
export function agencyLine(text: string): string | null {
  const inner = text.replace(/^[\s([{«"“-]+|[\s)\]}»"”.-]+$/gu, "");
  if (wordCount(inner) > 5) return null;
  const f = fold(inner);
  if (agencies.has(f)) return agencies.get(f)!;
  // Several agencies together: "(رويترز - أ ف ب)".
  const parts = inner.split(/\s*[-–/،,+]\s*/u).map(fold).filter((p) => p !== "");
  if (parts.length > 1 && parts.every((p) => agencies.has(p))) return parts.map((p) => agencies.get(p)!).join("، ");
  return null;
}

/** An agency named in parentheses near the start of a paragraph: "الرياض (رويترز) -". */
export function datelineAgency(text: string): string | null {
  const head = text.slice(0, 80);
  const m = /[(（]([^()（）]{1,30})[)）]/u.exec(head);
  if (!m) return null;
  return agencyLine(m[1]!);
}

/** "انتهى" / "(انتهى)": the end-of-story marker of wire copy. */
export function isEndMarker(text: string): boolean {
  const f = fold(text.replace(/^[\s([{«"“-]+|[\s)\]}»"”.-]+$/gu, ""));
  return phrases.endMarkers.includes(f);
}


/** A list item: starts with a bullet or an item number ("* ", "• ", "- ", "3. ", "2 - "). */
export function isListItem(text: string): boolean {
  return /^(?:[*•●▪◦·‣\-–—]+\s*|\d{1,3}\s*[.)\-–]\s+|\(\d{1,3}\)\s*)\S/u.test(text);
}
