export type {
  ScoredSentence,
  SummaryInput,
  SummaryOptions,
  Summary,
  ParagraphSpan,
  StoryArticle,
  StorySentence,
} from "./types.js"
export { summarize } from "./summarize.js"
export { summarizeStory } from "./story.js"
export { candidates, isSummaryMaterial } from "./candidates.js"
export { defaultSentenceCount, type FillStrategy } from "./budget.js"
