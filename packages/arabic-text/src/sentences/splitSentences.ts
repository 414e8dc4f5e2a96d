import { ARABIC, ARABIC_DIGIT, ARABIC_MARK, CLASS, DIGIT, LATIN, NONE, OTHER_DIGIT } from "../chars.js";
import { LATIN_ABBREVIATIONS } from "./abbreviations.js";

export interface Sentence {
  /** text.slice(start, end), trimmed of spaces and invisible controls. */
  text: string;
  start: number;
  end: number;
}

/** Quotations longer than this do not hold their inner sentences together (long quoted speeches). */
const MAX_QUOTE_LENGTH = 600;

function isLineBreak(c: number): boolean {
  return c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029 || c === 0x85;
}

/** Spaces and invisible format characters, trimmed from sentence ends. */
function isBlank(c: number): boolean {
  return (
    c === 0x20 || c === 0x09 || c === 0x0b || c === 0x0c || isLineBreak(c) || c === 0xa0 || c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200f) || (c >= 0x202a && c <= 0x202f) || c === 0x205f || (c >= 0x2060 && c <= 0x206f) ||
    c === 0x3000 || c === 0xfeff || c === 0x061c || c === 0xad
  );
}

/** . ! ? ؟ ؛ … and the Arabic full stop ۔ */
function isTerminator(c: number): boolean {
  return c === 0x2e || c === 0x21 || c === 0x3f || c === 0x061f || c === 0x061b || c === 0x2026 || c === 0x06d4;
}

/** Closing quotes and brackets that stay with the sentence they close. */
function isCloser(c: number): boolean {
  return c === 0x22 || c === 0x27 || c === 0xbb || c === 0x201d || c === 0x2019 || c === 0x29 || c === 0x5d || c === 0x7d || c === 0x203a;
}

function closingQuoteOf(c: number): number {
  if (c === 0x201c) return 0x201d; // “ ”
  if (c === 0xab) return 0xbb; // « »
  if (c === 0x201e) return 0x201c; // „ “ (German style)
  if (c === 0x2039) return 0x203a; // ‹ ›
  return -1;
}

function isWordChar(c: number): boolean {
  const cls = CLASS[c]!;
  return cls !== NONE && cls !== 10 && cls !== 9 && cls !== 8;
}

/**
 * Is the full stop at `dot` part of an abbreviation (د. م. أ.ف.ب J. Mr.) rather than the end of a sentence?
 */
function isAbbreviationStop(text: string, dot: number): boolean {
  // the word before the stop
  let s = dot;
  let letters = 0;
  while (s > 0) {
    const c = text.charCodeAt(s - 1);
    const cls = CLASS[c]!;
    if (cls === ARABIC || cls === LATIN) letters++;
    else if (cls !== ARABIC_MARK) break;
    s--;
  }
  if (letters === 0) return false;
  const before = s > 0 ? text.charCodeAt(s - 1) : 0x20;
  if (letters === 1) {
    // glued to a number (2020م.) or to a digit: an era marker at the end of a date, a real stop
    if (isDigitChar(before)) return false;
    // a letter of a dotted acronym (أ.ف.ب. ، U.S.) or an initial (د. ، J.): not a stop
    // a single letter after a number and a space (1445 هـ.): era marker, a real stop
    let p = s - 1;
    while (p >= 0 && isBlank(text.charCodeAt(p))) p--;
    if (p >= 0 && p < s - 1 && isDigitChar(text.charCodeAt(p))) return false;
    // last letter of a spaced acronym (أ ف ب.): a real stop
    if (p >= 0 && p < s - 1 && isSingleLetterWordEndingAt(text, p)) return false;
    return true;
  }
  if (CLASS[text.charCodeAt(dot - 1)] === LATIN && letters <= 5) {
    return LATIN_ABBREVIATIONS.has(text.slice(s, dot).toLowerCase());
  }
  return false;
}

function isDigitChar(c: number): boolean {
  const cls = CLASS[c]!;
  return cls === DIGIT || cls === ARABIC_DIGIT || cls === OTHER_DIGIT;
}

/** Is text[p] the only letter of its word? */
function isSingleLetterWordEndingAt(text: string, p: number): boolean {
  let q = p;
  while (q >= 0 && CLASS[text.charCodeAt(q)] === ARABIC_MARK) q--;
  if (q < 0 || (CLASS[text.charCodeAt(q)] !== ARABIC && CLASS[text.charCodeAt(q)] !== LATIN)) return false;
  const before = q > 0 ? text.charCodeAt(q - 1) : 0x20;
  return !isWordChar(before);
}

/**
 * Can a sentence end after the terminator run ending at `after`? A stop must be followed by a space,
 * a line break, the end, a closing quote or bracket, or an Arabic letter (a missing space); this keeps
 * 3.5, x.com and a.b.c together.
 */
function canEndBefore(text: string, after: number): boolean {
  if (after >= text.length) return true;
  const c = text.charCodeAt(after);
  if (isBlank(c) || isCloser(c)) return true;
  return CLASS[c] === ARABIC;
}

/** Trim blanks and push the sentence when it has a letter or a digit. */
function pushSentence(out: Sentence[], text: string, start: number, end: number): void {
  while (start < end && isBlank(text.charCodeAt(start))) start++;
  while (end > start && isBlank(text.charCodeAt(end - 1))) end--;
  if (end <= start) return;
  for (let i = start; i < end; i++) {
    if (isWordChar(text.charCodeAt(i))) {
      out.push({ text: text.slice(start, end), start, end });
      return;
    }
  }
}

/**
 * Split text into sentences with offsets into it. Ends a sentence at . ! ? ؟ ؛ … (with the closing
 * quotes and brackets that follow) and at every line break, so a headline without a stop is a sentence
 * of its own. Does not split inside numbers (3.5), abbreviations (د. أ.ف.ب J. Mr.), URLs and e-mails,
 * or inside a quotation “…” «…» "…" that closes later on the same line.
 */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  if (typeof text !== "string" || text.length === 0) return out;
  const n = text.length;
  let start = 0;
  let quoteEnd = -1; // index of the quote that closes the quotation we are in
  let asciiClose = -1; // index of the " that closes an ASCII quotation (not an opener)
  let lineEnd = -1; // index of the next line break (cached)
  const closeCache = new Map<number, number>();
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isLineBreak(c)) {
      pushSentence(out, text, start, i);
      start = i + 1;
      quoteEnd = -1;
      i++;
      continue;
    }
    const close = closingQuoteOf(c);
    if ((close >= 0 || (c === 0x22 && i !== asciiClose)) && i > quoteEnd) {
      // an opening quote: hold sentences together up to its closing quote on the same line
      if (lineEnd < i) lineEnd = nextLineBreak(text, i);
      const target = close >= 0 ? close : 0x22;
      const q = nextIndexOf(closeCache, text, target, i + 1);
      if (q > 0 && q < lineEnd && q - i <= MAX_QUOTE_LENGTH) {
        quoteEnd = q;
        if (c === 0x22) asciiClose = q;
      }
      i++;
      continue;
    }
    if (!isTerminator(c)) {
      i++;
      continue;
    }
    // a run of terminators (?! ... ؟!) and the closers after it
    let j = i;
    while (j < n && isTerminator(text.charCodeAt(j))) j++;
    const single = j === i + 1;
    if (single && c === 0x2e && (!canEndBefore(text, j) || isAbbreviationStop(text, i))) {
      i = j;
      continue;
    }
    if (!canEndBefore(text, j)) {
      i = j;
      continue;
    }
    if (i < quoteEnd) {
      // inside a quotation: a stop directly before its closing quote ends the sentence after the quote
      let k = j;
      while (k < n && isBlank(text.charCodeAt(k)) && !isLineBreak(text.charCodeAt(k))) k++;
      if (k === quoteEnd) {
        let e = k + 1;
        while (e < n && isCloser(text.charCodeAt(e))) e++;
        // …unless punctuation follows the quote (»، مضيفا): then the sentence goes on
        let f = e;
        while (f < n && isBlank(text.charCodeAt(f)) && !isLineBreak(text.charCodeAt(f))) f++;
        if (f < n && !isLineBreak(text.charCodeAt(f)) && !isWordChar(text.charCodeAt(f)) && closingQuoteOf(text.charCodeAt(f)) < 0 && text.charCodeAt(f) !== 0x22) {
          i = e;
          continue;
        }
        pushSentence(out, text, start, e);
        start = e;
        i = e;
        continue;
      }
      i = j;
      continue;
    }
    while (j < n && isCloser(text.charCodeAt(j))) j++;
    pushSentence(out, text, start, j);
    start = j;
    i = j;
  }
  pushSentence(out, text, start, n);
  return out;
}

/**
 * text.indexOf(char, from) with the last answer cached per character: `from` only grows, so a cached
 * position at or after `from` (or a cached "none") is still the answer. Keeps unclosed quotes linear.
 */
function nextIndexOf(cache: Map<number, number>, text: string, char: number, from: number): number {
  const cached = cache.get(char);
  if (cached !== undefined && (cached === -1 || cached >= from)) return cached;
  const found = text.indexOf(String.fromCharCode(char), from);
  cache.set(char, found);
  return found;
}

function nextLineBreak(text: string, from: number): number {
  const n = text.length;
  for (let k = from; k < n; k++) if (isLineBreak(text.charCodeAt(k))) return k;
  return n;
}
