/**
 * The few text primitives the summariser needs, in one place so the rest of the package
 * never depends on how sentences are split or words are stemmed.
 */
import { stem } from "@mawjaz/arabic-stemmer"
import { isStopword, splitSentences } from "@mawjaz/arabic-text"

export interface Span {
  text: string
  start: number
  end: number
}

const SENTENCE_FINAL = /[.!?؟…:؛"»”]$/u
const WORD = /[\p{L}\p{N}]+/gu

/** Light normal form used for matching words: no diacritics/tatweel, one alef, ى→ي, Latin lower-cased. */
export function normWord(word: string): string {
  let out = ""
  for (const ch of word) {
    const c = ch.charCodeAt(0)
    if ((c >= 0x064b && c <= 0x065f) || c === 0x0670 || c === 0x0640 || (c >= 0x0610 && c <= 0x061a)) continue
    if (c === 0x0623 || c === 0x0625 || c === 0x0622 || c === 0x0671) out += "ا"
    else if (c === 0x0649) out += "ي"
    else out += ch
  }
  return /[A-Z]/.test(out) ? out.toLowerCase() : out
}

/**
 * Joins hard-wrapped lines (a line break inside a sentence, as in text wrapped at 80 columns) by replacing the
 * break with a space; same length, so offsets are unchanged. A break is kept after a short line (a title)
 * or after sentence-final punctuation, and blank lines are kept.
 */
export function unwrapLines(text: string): string {
  const parts: string[] = []
  let lineStart = 0
  let copied = 0
  for (let nl = text.indexOf("\n"); nl >= 0; nl = text.indexOf("\n", nl + 1)) {
    const lineEnd = nl > 0 && text[nl - 1] === "\r" ? nl - 1 : nl
    const line = text.slice(lineStart, lineEnd).trimEnd()
    const nextLineEnd = text.indexOf("\n", nl + 1)
    const nextLine = text.slice(nl + 1, nextLineEnd < 0 ? text.length : nextLineEnd)
    if (line.length >= 30 && !SENTENCE_FINAL.test(line) && nextLine.trim().length > 0) {
      parts.push(text.slice(copied, lineEnd), " ".repeat(nl + 1 - lineEnd))
      copied = nl + 1
    }
    lineStart = nl + 1
  }
  parts.push(text.slice(copied))
  return parts.join("")
}

/** Sentences of `text` with offsets, from splitSentences over the unwrapped text. */
export function sentences(text: string): Span[] {
  const flat = unwrapLines(text)
  return splitSentences(flat).map((s) => ({ text: text.slice(s.start, s.end), start: s.start, end: s.end }))
}

/** Word tokens of `text`, normalised. */
export function words(text: string): string[] {
  const out: string[] = []
  for (const m of text.matchAll(WORD)) out.push(normWord(m[0]))
  return out
}

/** True for function words that carry no topic. */
export function isStop(norm: string): boolean {
  return isStopword(norm)
}

/** The light stem of a normalised word (shared, cached stemmer of @mawjaz/arabic-stemmer). */
export function stemWord(norm: string): string {
  return stem(norm)
}

/** Content terms of a sentence: stemmed, stopwords and 1-letter tokens dropped. */
export function contentTerms(text: string): string[] {
  return contentTermsOf(words(text))
}

/** Content terms from already normalised word tokens. */
export function contentTermsOf(tokens: readonly string[]): string[] {
  const out: string[] = []
  for (const w of tokens) {
    if (w.length < 2 || isStop(w)) continue
    out.push(stemWord(w))
  }
  return out
}
