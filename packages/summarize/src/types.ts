/** A sentence of the input with its offsets (input.text.slice(start, end) === text) and its score. */
export interface ScoredSentence {
  text: string
  start: number
  end: number
  score: number
}

/** A paragraph span of the input; subheadings are never summary material. */
export interface ParagraphSpan {
  start: number
  end: number
  kind: "body" | "subheading"
}

export interface SummaryInput {
  text: string
  paragraphs?: readonly ParagraphSpan[]
}

export interface SummaryOptions {
  /** Number of sentences wanted (default: 2–4 by article length). Ignored when `words` is set. */
  sentences?: number
  /** Word budget, filled with whole sentences in pick order (see `fill`). */
  words?: number
  /**
   * How a word budget is filled: "skip" (default; never exceeds the budget), "stop", or "nearest" (the
   * whole-sentence total nearest the budget, possibly a little over; used for the EASC evaluation).
   */
  fill?: "skip" | "stop" | "nearest"
  /** Keyphrases of the article (e.g. from @mawjaz/keywords); sentences covering them score higher. */
  keyphrases?: readonly string[]
}

export interface Summary {
  /** The chosen sentences, in document order. */
  summary: ScoredSentence[]
  /** Every candidate sentence in pick order: its first k are the k-sentence summary. */
  ranked: ScoredSentence[]
}

export interface StoryArticle {
  id: string
  input: string | SummaryInput
}

export type StorySentence = ScoredSentence & { article: string }
