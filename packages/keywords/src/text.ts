// Text adapter: the one place where this package meets tokenisation, normalisation, stopwords and stemming
// (@mawjaz/arabic-text and @mawjaz/arabic-stemmer). Everything else works on `WordToken`s.
import { isStopword, removeDiacritics, removeTatweel, tokenize, type Token } from "@mawjaz/arabic-text";
import { createStemmer } from "@mawjaz/arabic-stemmer";

export interface WordToken {
  /** the word as written, diacritics and tatweel removed */
  surface: string;
  /** "search" normal form */
  norm: string;
  /** stem in "search" normal form */
  stem: string;
  start: number;
  end: number;
  kind: "arabic" | "latin" | "number" | "other";
  /** a function word or reporting verb: never a term, never a phrase edge */
  stop: boolean;
  /** punctuation or a line break separates this token from the previous one */
  breakBefore: boolean;
}

const stemWord = createStemmer();

const MARKS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/;

function cleanSurface(s: string): string {
  return MARKS.test(s) ? removeTatweel(removeDiacritics(s)) : s;
}

function kindOf(t: Token): WordToken["kind"] {
  if (t.kind === "arabic" || t.kind === "latin" || t.kind === "number") return t.kind;
  return "other";
}

// Two lookups in small sets (kept in cache) beat a memo of every word form seen.
export function isStop(norm: string): boolean {
  return isStopword(norm, { reportingVerbs: true });
}

export function stemOf(norm: string): string {
  return stemWord(norm);
}

/** Hyphenated Arabic words (جونغ-أون، كوريا-الشمالية) are read as separate words, like their spaced spellings. */
function isHyphenated(t: Token): boolean {
  return t.kind === "arabic" && t.text.includes("-") && t.norm.includes("-");
}

function splitHyphens(t: Token): { text: string; norm: string; start: number }[] {
  if (!isHyphenated(t)) return [{ text: t.text, norm: t.norm, start: t.start }];
  const parts: { text: string; norm: string; start: number }[] = [];
  const normParts = t.norm.split("-");
  let offset = 0;
  t.text.split("-").forEach((piece, i) => {
    if (piece) parts.push({ text: piece, norm: normParts[i] ?? piece, start: t.start + offset });
    offset += piece.length + 1;
  });
  return parts.length === normParts.filter(Boolean).length ? parts : [{ text: t.text, norm: t.norm, start: t.start }];
}

/** Anything but plain spaces between two words (punctuation, a line break) ends a phrase. */
function hasBreak(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return true;
    if (c !== 32 && c !== 9 && c !== 0xa0 && c !== 0x200c && c !== 0x200f && c !== 0x200e && !(c >= 0x2000 && c <= 0x200b)) return true;
  }
  return false;
}

/** Word tokens of `text` with stems, stopword flags and clause breaks. */
export function wordTokens(text: string): WordToken[] {
  const out: WordToken[] = [];
  let last = 0;
  const push = (kind: WordToken["kind"], partText: string, norm: string, start: number, first: boolean) => {
    const surface = cleanSurface(partText);
    if (surface === "" || norm === "") return false;
    out.push({
      surface,
      norm,
      stem: kind === "arabic" || kind === "latin" ? stemOf(norm) : norm,
      start,
      end: start + partText.length,
      kind,
      stop: isStop(norm),
      breakBefore: out.length === 0 || (first && hasBreak(text, last, start)),
    });
    return true;
  };
  for (const token of tokenize(text)) {
    const kind = kindOf(token);
    if (!isHyphenated(token)) push(kind, token.text, token.norm, token.start, true);
    else {
      let first = true;
      for (const part of splitHyphens(token)) if (push(kind, part.text, part.norm, part.start, first)) first = false;
    }
    last = token.end;
  }
  return out;
}
