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
 * The wrap width when the text is hard-wrapped (most lines cut near one width, as in text wrapped at 80
 * columns), else 0. Titles, bylines and one-paragraph-per-line text are not hard-wrapped.
 */
export function wrapWidth(text: string): number {
  const lengths = text
    .split("\n")
    .map((l) => l.trimEnd().length)
    .filter((n) => n > 0)
  if (lengths.length < 4) return 0
  const width = Math.max(...lengths)
  if (width < 40 || width > 200) return 0
  const near = lengths.filter((n) => n >= 0.75 * width).length
  return near >= 3 && near >= 0.5 * lengths.length ? width : 0
}

/**
 * Joins hard-wrapped lines (a line break inside a sentence) by replacing the break with a space; same
 * length, so offsets are unchanged. Only in hard-wrapped text, only after a line of 30 characters or more
 * that does not end a sentence; blank lines are kept.
 */
export function unwrapLines(text: string): string {
  const width = wrapWidth(text)
  if (width === 0) return text
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
