/**
 * Candidate sentences: the body sentences of an article that may appear in a summary.
 * Headlines, subheadings, captions, quote-only lines, boilerplate and very short fragments are
 * dropped here, so no scorer can ever pick them.
 */
import { contentTerms, contentTermsOf, sentences, words, type Span } from "./text.js"
import type { SummaryInput } from "./types.js"

export interface Candidate extends Span {
  /** Position among all candidates (0-based). */
  index: number
  /** Number of word tokens. */
  words: number
  /** Stemmed content terms. */
  terms: string[]
  /** True when the sentence opens its paragraph (or blank-line block). */
  paragraphStart: boolean
}

/** Fewer word tokens than this is a fragment, not a sentence worth summarising. */
const MIN_WORDS = 4

/** The regions of text summary sentences may come from: body paragraphs, else blank-line blocks. */
export function bodyRegions(input: SummaryInput): Span[] {
  const { text, paragraphs } = input
  if (paragraphs && paragraphs.length > 0) {
    return paragraphs
      .filter((p) => p.kind === "body" && p.start >= 0 && p.end <= text.length && p.end > p.start)
      .map((p) => ({ text: text.slice(p.start, p.end), start: p.start, end: p.end }))
      .sort((a, b) => a.start - b.start)
  }
  const out: Span[] = []
  const re = /\n[ \t\r\f\v]*\n/g
  let from = 0
  for (const m of text.matchAll(re)) {
    if (m.index > from) out.push({ text: text.slice(from, m.index), start: from, end: m.index })
    from = m.index + m[0].length
  }
  if (from < text.length) out.push({ text: text.slice(from), start: from, end: text.length })
  return out
}

/** A single short line with no sentence-final punctuation: a headline or subheading. */
export function isHeadingLike(block: string): boolean {
  const t = block.trim()
  if (t.includes("\n")) return false
  if (/[.!?؟…:؛]["'»”)]*$/.test(t)) return false
  return words(t).length <= 14
}

/** Captions, bylines, links and other page furniture. */
export function isFurniture(sentence: string, wordCount = words(sentence).length): boolean {
  const t = sentence.trim()
  if (/^[(\[]?\s*(صورة|الصورة|تصوير|صور|photo|image|caption)(?=[\s:：\-–—|]|$)/iu.test(t)) return true
  if (/https?:\/\/|www\.|@\w+\.\w+/iu.test(t) && wordCount < 25) return true
  if (/^(اقرأ|اقرا|شاهد|طالع)\s+(أيضا|ايضا|أيضاً|ايضاً|المزيد)/u.test(t)) return true
  if (/(جميع\s+الحقوق|حقوق\s+النشر|all rights reserved)/iu.test(t)) return true
  return false
}

/** A line that is nothing but a quotation in quote marks. */
export function isQuoteOnly(sentence: string): boolean {
  const t = sentence.trim().replace(/[.!?؟…]+$/u, "")
  const pairs: [string, string][] = [["«", "»"], ['"', '"'], ["“", "”"], ["'", "'"]]
  return pairs.some(([a, b]) => t.startsWith(a) && t.endsWith(b) && t.length > 2)
}

/**
 * A short line on its own without sentence-final punctuation (a name, a label, a caption cut from its
 * picture): the span fills its whole line, has few words, and does not end a sentence.
 */
export function isLineFragment(text: string, span: Span, wordCount = words(span.text).length): boolean {
  if (wordCount >= 8 || /[.!?؟…]["'»”)]*$/u.test(span.text)) return false
  const before = text.lastIndexOf("\n", span.start - 1)
  const after = text.indexOf("\n", span.end)
  const line = text.slice(before + 1, after < 0 ? text.length : after)
  return line.trim() === span.text.trim()
}

/** True when a sentence may be part of a summary. */
export function isSummaryMaterial(
  sentence: string,
  wordCount = words(sentence).length,
  termCount = contentTerms(sentence).length,
): boolean {
  if (wordCount < MIN_WORDS || termCount < 2) return false
  return !isFurniture(sentence, wordCount) && !isQuoteOnly(sentence)
}

/** Candidate sentences of the input, in document order, offsets into input.text. */
export function candidates(input: SummaryInput): Candidate[] {
  const out: Candidate[] = []
  const useBlocks = !input.paragraphs || input.paragraphs.length === 0
  for (const region of bodyRegions(input)) {
    if (useBlocks && isHeadingLike(region.text)) continue
    let first = true
    for (const s of sentences(region.text)) {
      const span = { text: s.text, start: region.start + s.start, end: region.start + s.end }
      const isFirst = first
      first = false
      const tokens = words(span.text)
      const terms = contentTermsOf(tokens)
      if (!isSummaryMaterial(span.text, tokens.length, terms.length)) continue
      if (isLineFragment(input.text, span, tokens.length)) continue
      out.push({ ...span, index: out.length, words: tokens.length, terms, paragraphStart: isFirst })
    }
  }
  return out
}
