// Fast one-word normalisation for the stemmer. It mirrors the "search" profile of
// @mawjaz/arabic-text for a single token, but works on char codes and returns the input
// string itself when nothing changes (the common case for Token.norm), so it costs no
// allocation in the hot path. Unlike the search profile it keeps أ إ آ and ى: the stemmer
// reads them (إفعال masdar vs أفعال plural, قوى vs قوي) and `unifyLetters` removes them at the end.

import { ALEF, ALEF_HAMZA_ABOVE, ALEF_HAMZA_BELOW, ALEF_MADDA, ALEF_MAKSURA, YEH } from "./chars.js"

const ACTION_KEEP = 0
const ACTION_DROP = -1

/** What to do with one code unit: ACTION_KEEP, ACTION_DROP or the replacement code. */
function charAction(c: number): number {
  if (c < 0x41) return ACTION_KEEP
  if (c <= 0x5a) return c + 32 // ASCII upper → lower
  if (c < 0x00ad) return ACTION_KEEP
  if (c === 0x00ad) return ACTION_DROP // soft hyphen
  if (c < 0x0610) return ACTION_KEEP
  if (c <= 0x061a) return ACTION_DROP // Quranic honorifics and small high marks
  if (c === 0x061c) return ACTION_DROP // Arabic letter mark
  if (c < 0x0640) return ACTION_KEEP
  if (c === 0x0640) return ACTION_DROP // tatweel
  if (c <= 0x064a) return ACTION_KEEP
  if (c <= 0x065f) return ACTION_DROP // harakat, tanwin, shadda, sukun, hamza marks
  if (c <= 0x0669) return c - 0x0660 + 0x30 // Arabic-Indic digits
  if (c === 0x0670) return ACTION_DROP // superscript alef
  if (c === 0x0671) return ALEF // alef wasla
  if (c < 0x067e) return ACTION_KEEP
  return persianOrMarkAction(c)
}

function persianOrMarkAction(c: number): number {
  switch (c) {
    case 0x067e: return 0x0628 // پ → ب
    case 0x0686: return 0x062c // چ → ج
    case 0x0698: return 0x0632 // ژ → ز
    case 0x06a4: return 0x0641 // ڤ → ف
    case 0x06a8: return 0x0642 // ڨ → ق
    case 0x06a9: return 0x0643 // ک → ك
    case 0x06af: return 0x0643 // گ → ك
    case 0x06be: return 0x0647 // ھ → ه
    case 0x06c0: return 0x0647 // ۀ → ه
    case 0x06c1: return 0x0647 // ہ → ه
    case 0x06c3: return 0x0629 // ۃ → ة
    case 0x06cc: return YEH // ی → ي
    case 0x06cd: return YEH // ۍ → ي
    case 0x06d0: return YEH // ې → ي
    case 0x06d2: return YEH // ے → ي
    case 0x06d5: return 0x0647 // ە → ه
  }
  if (c >= 0x06d6 && c <= 0x06ed) return ACTION_DROP // Quranic annotation marks
  if (c >= 0x06f0 && c <= 0x06f9) return c - 0x06f0 + 0x30 // Eastern Arabic-Indic digits
  if (c >= 0x200b && c <= 0x200f) return ACTION_DROP // zero-width space/joiners, LRM, RLM
  if (c >= 0x202a && c <= 0x202e) return ACTION_DROP // bidi embeddings
  if (c >= 0x2066 && c <= 0x2069) return ACTION_DROP // bidi isolates
  if (c === 0xfeff) return ACTION_DROP // BOM / zero-width no-break space
  return ACTION_KEEP
}

function isPresentationForm(c: number): boolean {
  return (c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfefe)
}

function isNonAsciiLatin(c: number): boolean {
  return c >= 0x00c0 && c <= 0x024f
}

/** `charAction` of every code unit below U+0700 (Latin, Arabic), looked up rather than computed. */
const TABLE_END = 0x0700
const LATIN_LOWER = -2 // À..ɏ: lower-cased with the whole word
const ACTIONS = new Int32Array(TABLE_END)
for (let c = 0; c < TABLE_END; c++) ACTIONS[c] = isNonAsciiLatin(c) ? LATIN_LOWER : charAction(c)

/**
 * Normalise one word for stemming: presentation forms (NFKC), no diacritics, tatweel or
 * control characters, ٱ → ا, Persian letters → Arabic, digits → ASCII, Latin lower-cased.
 * Hamzated alefs and ى are kept (see `unifyLetters`).
 */
export function normalizeWord(word: string): string {
  const n = word.length
  for (let i = 0; i < n; i++) {
    const c = word.charCodeAt(i)
    if (c < TABLE_END) {
      const action = ACTIONS[c]!
      if (action === ACTION_KEEP) continue
      return action === LATIN_LOWER ? rewrite(word.toLowerCase(), 0) : rewrite(word, i)
    }
    if (isPresentationForm(c)) return rewrite(word.normalize("NFKC"), 0)
    if (charAction(c) !== ACTION_KEEP) return rewrite(word, i)
  }
  return word
}

/** Rebuild `word` from position `from`, everything before it being unchanged. */
function rewrite(word: string, from: number): string {
  const parts: string[] = []
  let out = word.slice(0, from)
  for (let i = from; i < word.length; i++) {
    const c = word.charCodeAt(i)
    const action = c < TABLE_END ? ACTIONS[c]! : charAction(c)
    if (action === ACTION_DROP) continue
    out += String.fromCharCode(action === ACTION_KEEP || action === LATIN_LOWER ? c : action)
    // keep concatenation chains short on huge tokens
    if (out.length >= 4096) {
      parts.push(out)
      out = ""
    }
  }
  if (parts.length === 0) return out
  parts.push(out)
  return parts.join("")
}

// أ إ آ ٱ → ا, ى → ي: 1 marks a code unit that `unifyLetters` replaces.
const UNIFIED = new Uint8Array(TABLE_END)
for (const c of [ALEF_HAMZA_ABOVE, ALEF_HAMZA_BELOW, ALEF_MADDA, 0x0671, ALEF_MAKSURA]) UNIFIED[c] = 1

function isUnified(c: number): boolean {
  return !(c < TABLE_END && UNIFIED[c] === 1) // NaN (past a string's end) included
}

/** `unifyLetters` of one code unit. */
export function unifyCode(c: number): number {
  if (isUnified(c)) return c
  return c === ALEF_MAKSURA ? YEH : ALEF
}

/** أ إ آ ٱ → ا and ى → ي, returning the same string when there is nothing to change. */
export function unifyLetters(word: string): string {
  const n = word.length
  for (let i = 0; i < n; i++) if (!isUnified(word.charCodeAt(i))) return unifyFrom(word, i)
  return word
}

const HAMZATED_ALEF = /[\u0622\u0623\u0625\u0671]/g
const ALEF_MAKSURA_RE = /\u0649/g
/** Beyond this length native `replace` is cheaper than concatenation and keeps no long string chain. */
const LONG_WORD = 64

/** Rebuilds `word` from `from`, its first letter to replace; copies unchanged runs whole. */
function unifyFrom(word: string, from: number): string {
  if (word.length > LONG_WORD) return word.replace(HAMZATED_ALEF, "\u0627").replace(ALEF_MAKSURA_RE, "\u064a")
  let out = word.slice(0, from)
  let run = from
  for (let i = from; i < word.length; i++) {
    const c = word.charCodeAt(i)
    if (isUnified(c)) continue
    out += word.slice(run, i) + (c === ALEF_MAKSURA ? "\u064a" : "\u0627")
    run = i + 1
  }
  return run === word.length ? out : out + word.slice(run)
}

/** The full "search" normal form of one word (what `stem` returns for non-Arabic input). */
export function searchForm(word: string): string {
  return unifyLetters(normalizeWord(word))
}

