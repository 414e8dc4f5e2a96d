/**
 * Step 1 of the briefing: what the report says about one cleaned article on its own —
 * word count, lead sentence, keywords and an extractive summary with paragraph references.
 */
import type { Article } from "@mawjaz/articles"
import { splitSentences, tokenize } from "@mawjaz/arabic-text"
import { extractKeyphrases } from "@mawjaz/keywords"
import { summarize } from "@mawjaz/summarize"
import { SummarySentence } from "./Briefing.js"

export interface AnalysedArticle {
  readonly article: Article
  /** The cleaned body, paragraphs joined by blank lines (for corpus-level analysis). */
  readonly body: string
  readonly wordCount: number
  readonly lead: string
  readonly keywords: ReadonlyArray<string>
  readonly summary: ReadonlyArray<SummarySentence>
}

export interface AnalyseOptions {
  /** Keywords shown per article. */
  readonly keywords?: number
  /** Fixed number of summary sentences; by default 2 to 4 depending on the article's length. */
  readonly sentences?: number
}

const WORD_KINDS = new Set(["arabic", "latin", "number"])

export const bodyOf = (article: Article): string =>
  article.paragraphs.map((p) => p.text).join("\n\n")

export const countWords = (text: string): number => {
  let n = 0
  for (const token of tokenize(text)) if (WORD_KINDS.has(token.kind)) n++
  return n
}

/** 2 sentences for a short article, 3 for a usual one, 4 for a long one. */
export const summaryLength = (wordCount: number): number =>
  wordCount < 250 ? 2 : wordCount < 900 ? 3 : 4

/** 1-based number of the paragraph holding `offset`, or the nearest one before it. */
const paragraphNumber = (article: Article, offset: number): number => {
  let found = 1
  article.paragraphs.forEach((p, i) => {
    if (p.start <= offset) found = i + 1
  })
  return found
}

export const analyseArticle = (article: Article, options: AnalyseOptions = {}): AnalysedArticle => {
  const body = bodyOf(article)
  const wordCount = countWords(body)
  const firstBody = article.paragraphs.find((p) => p.kind === "body")
  const lead = firstBody ? (splitSentences(firstBody.text)[0]?.text ?? firstBody.text) : ""
  const keywords = extractKeyphrases(body, { top: options.keywords ?? 8 }).map((k) => k.phrase)
  const { summary } = summarize(
    { text: article.text, paragraphs: article.paragraphs },
    { sentences: options.sentences ?? summaryLength(wordCount), keyphrases: keywords }
  )
  return {
    article,
    body,
    wordCount,
    lead,
    keywords,
    summary: summary.map((s) =>
      new SummarySentence({ text: s.text, start: s.start, end: s.end, paragraph: paragraphNumber(article, s.start) })
    )
  }
}
