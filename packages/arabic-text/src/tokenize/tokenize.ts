import {
  ARABIC,
  ARABIC_DIGIT,
  ARABIC_MARK,
  CLASS,
  DIGIT,
  HIGH_SURROGATE,
  JOINER,
  LATIN,
  MARK,
  OTHER_DIGIT,
  OTHER_LETTER,
  isAstralLetter,
} from "../chars.js";
import { normalize, normalizeSearchRange } from "../normalize/normalize.js";
import { isDetachedClitic } from "./clitics.js";
import { linkAt, linkRunEnd } from "./url.js";

export type TokenKind = "arabic" | "latin" | "number" | "url" | "email" | "other";

export interface Token {
  /** The token as written: text.slice(start, end). */
  text: string;
  /** normalize(text, "search"), lower-cased for Latin and other cased scripts. */
  norm: string;
  start: number;
  end: number;
  kind: TokenKind;
}

// Kinds of the parts a token is made of (a token is one part, or parts joined by hyphens).
const P_NONE = 0;
const P_ARABIC = 1;
const P_LATIN = 2;
const P_NUMBER = 3;
const P_OTHER = 4;

/** Set by scanPart: the kind of the part just scanned (avoids allocating a result object). */
let partKind = P_NONE;

function codePointAt(text: string, i: number, n: number): number {
  const hi = text.charCodeAt(i);
  if (hi < 0xd800 || hi > 0xdbff || i + 1 >= n) return -1;
  const lo = text.charCodeAt(i + 1);
  if (lo < 0xdc00 || lo > 0xdfff) return -1;
  return (hi - 0xd800) * 0x400 + (lo - 0xdc00) + 0x10000;
}

function isAstralLetterAt(text: string, i: number, n: number): boolean {
  const cp = codePointAt(text, i, n);
  return cp >= 0 && isAstralLetter(cp);
}

/** The kind of part that can start at i, without scanning it. */
function partStartKind(text: string, i: number, n: number): number {
  const cls = CLASS[text.charCodeAt(i)]!;
  if (cls === ARABIC) return P_ARABIC;
  if (cls === LATIN) return P_LATIN;
  if (cls === DIGIT || cls === ARABIC_DIGIT || cls === OTHER_DIGIT) return P_NUMBER;
  if (cls === OTHER_LETTER) return P_OTHER;
  if (cls === HIGH_SURROGATE && isAstralLetterAt(text, i, n)) return P_OTHER;
  return P_NONE;
}

function isDigitClass(cls: number): boolean {
  return cls === DIGIT || cls === ARABIC_DIGIT || cls === OTHER_DIGIT;
}

/** Separators allowed between digits: . , ٫ ٬ and the colon of times (10:30). */
function isNumberSeparator(c: number): boolean {
  return c === 0x2e || c === 0x2c || c === 0x066b || c === 0x066c || c === 0x3a;
}

function isApostrophe(c: number): boolean {
  return c === 0x27 || c === 0x2019 || c === 0x02bc;
}

function isHyphen(c: number): boolean {
  return c === 0x2d || c === 0x2010 || c === 0x2011;
}

function scanArabic(text: string, i: number, n: number): number {
  while (i < n) {
    const cls = CLASS[text.charCodeAt(i)]!;
    if (cls === ARABIC || cls === ARABIC_MARK || cls === MARK) i++;
    else if (cls === JOINER && i + 1 < n && CLASS[text.charCodeAt(i + 1)] === ARABIC) i++;
    else break;
  }
  return i;
}

function scanLatin(text: string, i: number, n: number): number {
  while (i < n) {
    const c = text.charCodeAt(i);
    const cls = CLASS[c]!;
    if (cls === LATIN || cls === DIGIT || cls === MARK) i++;
    else if (isApostrophe(c) && i + 1 < n && CLASS[text.charCodeAt(i + 1)] === LATIN && CLASS[text.charCodeAt(i - 1)] === LATIN) i++;
    else break;
  }
  return i;
}

function scanOther(text: string, i: number, n: number): number {
  while (i < n) {
    const cls = CLASS[text.charCodeAt(i)]!;
    if (cls === OTHER_LETTER || cls === MARK || cls === OTHER_DIGIT) i++;
    else if (cls === HIGH_SURROGATE && isAstralLetterAt(text, i, n)) i += 2;
    else break;
  }
  return i;
}

function scanNumber(text: string, i: number, n: number): number {
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isDigitClass(CLASS[c]!)) i++;
    else if (isNumberSeparator(c) && i + 1 < n && isDigitClass(CLASS[text.charCodeAt(i + 1)]!)) i += 2;
    else break;
  }
  return i;
}

/** Scan one part starting at i (which must start a part); sets partKind; returns its end. */
function scanPart(text: string, i: number, n: number): number {
  const kind = partStartKind(text, i, n);
  partKind = kind;
  switch (kind) {
    case P_ARABIC:
      return scanArabic(text, i, n);
    case P_LATIN:
      return scanLatin(text, i, n);
    case P_OTHER:
      return scanOther(text, i, n);
    case P_NUMBER: {
      const end = scanNumber(text, i, n);
      // 5G, 3D, 100km: a number glued to Latin letters is one Latin token
      if (end < n && CLASS[text.charCodeAt(end)] === LATIN) {
        partKind = P_LATIN;
        return scanLatin(text, end, n);
      }
      return end;
    }
    default:
      return i + 1;
  }
}

const KIND_NAMES: readonly TokenKind[] = ["other", "arabic", "latin", "number", "other"];

/**
 * Split text into word tokens with offsets into the original string (punctuation and spaces dropped).
 * Arabic words keep their diacritics and tatweel; numbers keep decimal and thousands separators;
 * parts joined by a hyphen (سو-57, Su-35, جونغ-أون, 2019-nCoV) are one token, but not a number range
 * (10-15) or a numbered list item (1-كيف);
 * URLs and e-mail addresses are one token. A proclitic written apart with a tatweel (بـ"…", الـ50) is dropped.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  if (typeof text !== "string") return tokens;
  const n = text.length;
  let i = 0;
  let noLinkBefore = 0; // positions before this were already checked for links without success
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c < 0x80 && i >= noLinkBefore && CLASS[c] !== 0) {
      const link = linkAt(text, i);
      if (link) {
        const slice = text.slice(i, link.end);
        tokens.push({ text: slice, norm: normalize(slice).toLowerCase(), start: i, end: link.end, kind: link.kind });
        i = link.end;
        continue;
      }
      noLinkBefore = linkRunEnd(text, i);
    }
    const firstKind = partStartKind(text, i, n);
    if (firstKind === P_NONE) {
      i++;
      continue;
    }
    const start = i;
    let end = scanPart(text, i, n);
    let kind = partKind;
    let cased = partKind === P_LATIN || partKind === P_OTHER;
    let parts = 1;
    // hyphenated names and models: join parts while at least one side has letters
    while (end + 1 < n && isHyphen(text.charCodeAt(end)) && partStartKind(text, end + 1, n) !== P_NONE) {
      const nextEnd = scanPart(text, end + 1, n);
      // 10-15 is a range; 1-كيف is a numbered list item: only letters before the hyphen, or Latin after it, join
      if (kind === P_NUMBER && partKind !== P_LATIN) break;
      if (kind === P_NUMBER) kind = partKind;
      if (partKind === P_LATIN || partKind === P_OTHER) cased = true;
      end = nextEnd;
      parts++;
    }
    i = end;
    if (kind === P_ARABIC && parts === 1 && text.charCodeAt(end - 1) === 0x0640 && isDetachedClitic(text, start, end)) continue;
    const slice = text.slice(start, end);
    let norm = normalizeSearchRange(text, start, end, slice);
    if (cased) norm = norm.toLowerCase();
    if (norm.length === 0) continue; // defensive: a token whose every character normalises away
    tokens.push({ text: slice, norm, start, end, kind: KIND_NAMES[kind]! });
  }
  return tokens;
}
