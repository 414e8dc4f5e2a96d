/**
 * How much of the briefing each rendering shows. The printed edition is bounded by construction: every section
 * shows at most a fixed number of items and every item at most a fixed amount of text, so the PDF stays within
 * PRINT_PAGE_LIMIT A4 pages at any corpus size (README, "Page budget"; test/budget.test.ts prints the worst case).
 */
export type Edition = "print" | "screen"

export interface Budget {
  /** Stories shown in full (summary, sources, articles), highest score first. */
  stories: number
  /** Article lines under each of those stories. */
  storyArticles: number
  storySources: number
  storySummary: number
  storyKeyphrases: number
  /** Articles with a section of their own: the top stories' articles, up to this many (the print edition). */
  detailed: number
  /** Article lines under "articles outside any story". */
  unassigned: number
  rising: number
  distinctive: number
  topics: number
  topicTitles: number
  topicKeyphrases: number
  entities: number
  /** Article references per name (0: the count only). */
  entityRefs: number
  sources: number
  skipped: number
  /** Per article: copies listed, keywords, summary sentences and removed lines shown. */
  copies: number
  keywords: number
  articleSummary: number
  removed: number
  /** Longest sentence, title and label shown, in characters; longer ones are cut at a word and end in "…". */
  sentenceChars: number
  titleChars: number
  labelChars: number
  /** Longest keyword, keyphrase, term, name or source shown (chips and table cells). */
  chipChars: number
  /** Longest file path, reason or removed line shown. */
  noteChars: number
  /** Every story in a compact table, and every article in an index with its details (the screen edition). */
  everything: boolean
}

/** The printed edition never exceeds this many A4 pages. */
export const PRINT_PAGE_LIMIT = 60

export const PRINT_BUDGET: Budget = {
  stories: 12,
  storyArticles: 8,
  storySources: 5,
  storySummary: 3,
  storyKeyphrases: 6,
  detailed: 30,
  unassigned: 20,
  rising: 15,
  distinctive: 30,
  topics: 12,
  topicTitles: 3,
  topicKeyphrases: 8,
  entities: 40,
  entityRefs: 0,
  sources: 15,
  skipped: 20,
  copies: 10,
  keywords: 8,
  articleSummary: 4,
  removed: 3,
  sentenceChars: 360,
  titleChars: 140,
  labelChars: 100,
  chipChars: 40,
  noteChars: 120,
  everything: false
}

/** The screen edition: the same leading sections, then every story and every article (details on demand). */
export const SCREEN_BUDGET: Budget = {
  ...PRINT_BUDGET,
  detailed: 0,
  unassigned: 0,
  distinctive: 100,
  topics: Infinity,
  entities: Infinity,
  entityRefs: 12,
  sources: Infinity,
  skipped: Infinity,
  copies: Infinity,
  keywords: Infinity,
  articleSummary: Infinity,
  removed: Infinity,
  sentenceChars: Infinity,
  titleChars: Infinity,
  chipChars: Infinity,
  noteChars: 240,
  everything: true
}

/** Markdown: every story with all its articles, every article in full. */
export const FULL_BUDGET: Budget = {
  ...SCREEN_BUDGET,
  stories: Infinity,
  storyArticles: Infinity,
  storySources: Infinity,
  storySummary: Infinity,
  storyKeyphrases: Infinity,
  detailed: Infinity,
  unassigned: Infinity,
  topicTitles: 5,
  entityRefs: 20,
  labelChars: Infinity,
  everything: false
}

export function budgetFor(edition: Edition | "full"): Budget {
  return edition === "screen" ? SCREEN_BUDGET : edition === "full" ? FULL_BUDGET : PRINT_BUDGET
}
