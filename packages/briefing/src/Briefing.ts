/**
 * The briefing model: everything the report shows, as one versioned, documented value.
 * Defined once here as Effect Schemas; `reports/briefing.json` is its JSON encoding.
 */
import { Schema } from "effect"

export const SCHEMA_VERSION = 2 as const

/** A sentence chosen for a summary; `start`/`end` are offsets into the article's decoded source text. */
export class SummarySentence extends Schema.Class<SummarySentence>("SummarySentence")({
  text: Schema.String,
  start: Schema.Int,
  end: Schema.Int,
  /** 1-based paragraph number inside the cleaned article, for "¶ n" references. */
  paragraph: Schema.Int
}) {}

/** Something the cleaner removed from an article; `line` is 1-based into the decoded source text. */
export class Removal extends Schema.Class<Removal>("Removal")({
  kind: Schema.Literal("boilerplate", "related", "caption", "metadata", "duplicate"),
  line: Schema.Int,
  text: Schema.String
}) {}

export class Keyphrase extends Schema.Class<Keyphrase>("Keyphrase")({
  phrase: Schema.String,
  score: Schema.Number
}) {}

export class ArticleEntry extends Schema.Class<ArticleEntry>("ArticleEntry")({
  /** The file name without extension, or the `id` field of a `.jsonl` record. */
  id: Schema.String,
  path: Schema.String,
  title: Schema.NullOr(Schema.String),
  /** YYYY-MM-DD when known. */
  date: Schema.NullOr(Schema.String),
  source: Schema.NullOr(Schema.String),
  author: Schema.NullOr(Schema.String),
  url: Schema.NullOr(Schema.String),
  encoding: Schema.String,
  /** Words of the cleaned article (Arabic, Latin and number tokens). */
  wordCount: Schema.Int,
  /** The first sentence of the cleaned article, for listings when there is no title. */
  lead: Schema.String,
  keywords: Schema.Array(Schema.String),
  summary: Schema.Array(SummarySentence),
  removed: Schema.Array(Removal),
  /** Id of the article this one copies (exact or near duplicate), or null. */
  duplicateOf: Schema.NullOr(Schema.String),
  /** Id of the story the article belongs to, or null. */
  story: Schema.NullOr(Schema.String)
}) {}

export class Term extends Schema.Class<Term>("Term")({
  /** The most frequent surface form. */
  term: Schema.String,
  stem: Schema.String,
  count: Schema.Int,
  /** How many articles contain it. */
  articles: Schema.Int,
  /** Share of all content tokens, 0..1. */
  share: Schema.Number,
  /**
   * How much more often articles of this corpus use it than the background news corpus does:
   * signed log-likelihood G² (Dunning 1993) of its document frequency, positive when over-represented.
   */
  keyness: Schema.Number,
  variants: Schema.Array(Schema.String)
}) {}

/** A keyword-in-context line: `left` + `match` + `right` is a span of the article's text. */
export class ContextLine extends Schema.Class<ContextLine>("ContextLine")({
  article: Schema.String,
  left: Schema.String,
  match: Schema.String,
  right: Schema.String
}) {}

export class TermInContext extends Schema.Class<TermInContext>("TermInContext")({
  term: Schema.String,
  lines: Schema.Array(ContextLine)
}) {}

export class StorySentence extends Schema.Class<StorySentence>("StorySentence")({
  article: Schema.String,
  text: Schema.String,
  start: Schema.Int,
  end: Schema.Int
}) {}

/** Articles reporting the same event, ordered by date. */
export class Story extends Schema.Class<Story>("Story")({
  id: Schema.String,
  label: Schema.String,
  keyphrases: Schema.Array(Schema.String),
  articles: Schema.Array(Schema.String),
  dateRange: Schema.Struct({ from: Schema.NullOr(Schema.String), to: Schema.NullOr(Schema.String) }),
  /** The outlets that carried it, most articles first. */
  sources: Schema.Array(Schema.String),
  /**
   * Rank of the story: its size weighted by how concentrated in time it is (articles per day of its
   * span); stories are sorted by it, highest first.
   */
  score: Schema.Number,
  summary: Schema.Array(StorySentence)
}) {}

/** A theme of the corpus: from the topic model on larger corpora, from the stories on small ones. */
export class Topic extends Schema.Class<Topic>("Topic")({
  label: Schema.String,
  keyphrases: Schema.Array(Schema.String),
  articles: Schema.Array(Schema.String),
  weight: Schema.Number
}) {}

export class Entity extends Schema.Class<Entity>("Entity")({
  name: Schema.String,
  kind: Schema.Literal("person", "place", "organisation"),
  variants: Schema.Array(Schema.String),
  count: Schema.Int,
  articles: Schema.Array(Schema.String)
}) {}

export class Duplicate extends Schema.Class<Duplicate>("Duplicate")({
  original: Schema.String,
  copies: Schema.Array(Schema.String)
}) {}

export class Skipped extends Schema.Class<Skipped>("Skipped")({
  path: Schema.String,
  reason: Schema.String,
  /** 1-based line of a `.jsonl` file, when one record of it was skipped. */
  line: Schema.optional(Schema.Int)
}) {}

/** Articles of one day (copies included, as in `corpus.articles`). */
export class DayCount extends Schema.Class<DayCount>("DayCount")({
  date: Schema.String,
  articles: Schema.Int
}) {}

/** Articles per outlet. */
export class SourceCount extends Schema.Class<SourceCount>("SourceCount")({
  source: Schema.String,
  articles: Schema.Int
}) {}

export class CorpusOverview extends Schema.Class<CorpusOverview>("CorpusOverview")({
  articles: Schema.Int,
  words: Schema.Int,
  sources: Schema.Array(Schema.String),
  dateRange: Schema.Struct({ from: Schema.NullOr(Schema.String), to: Schema.NullOr(Schema.String) }),
  /** Every day from the first to the last date, with its article count (0 for a day without articles). */
  days: Schema.Array(DayCount),
  /** Articles without a date. */
  undated: Schema.Int,
  /** Articles per source, most first. */
  bySource: Schema.Array(SourceCount)
}) {}

/**
 * Something whose daily frequency bursts in the latest days against the earlier days of the corpus:
 * a term (by stem), a named entity, or a story.
 */
export class RisingItem extends Schema.Class<RisingItem>("RisingItem")({
  kind: Schema.Literal("term", "entity", "story"),
  /** What the report prints: the term's surface form, the entity's name, the story's label. */
  label: Schema.String,
  /** The stem, the entity's name, or the story id. */
  key: Schema.String,
  /** Signed log-likelihood G² of the recent period against the earlier one; higher = stronger burst. */
  score: Schema.Number,
  /** Articles using it in the recent period, and in the earlier one. */
  recent: Schema.Int,
  earlier: Schema.Int,
  /** How many times more often per article in the recent period than before (smoothed). */
  ratio: Schema.Number,
  /** Articles using it per day, aligned with `corpus.days`. */
  daily: Schema.Array(Schema.Int)
}) {}

export class Rising extends Schema.Class<Rising>("Rising")({
  /** "ok", or why nothing can rise: no dates, or too few dated days to compare a recent period with earlier ones. */
  status: Schema.Literal("ok", "no-dates", "too-few-days"),
  /** The recent period and the baseline it is compared with (null when status is not "ok"). */
  recent: Schema.NullOr(Schema.Struct({ from: Schema.String, to: Schema.String })),
  baseline: Schema.NullOr(Schema.Struct({ from: Schema.String, to: Schema.String })),
  /** Strongest first: terms, entities and stories mixed, each kind at most a handful. */
  items: Schema.Array(RisingItem)
}) {}

export class Briefing extends Schema.Class<Briefing>("Briefing")({
  schemaVersion: Schema.Literal(SCHEMA_VERSION),
  title: Schema.String,
  /** ISO 8601 timestamp of generation. */
  generatedAt: Schema.String,
  generator: Schema.Struct({ name: Schema.String, version: Schema.String }),
  corpus: CorpusOverview,
  articles: Schema.Array(ArticleEntry),
  /** Sorted by count, most frequent first. */
  terms: Schema.Array(Term),
  /** Terms that set this corpus apart from everyday news, by `keyness`, highest first. */
  distinctive: Schema.Array(Term),
  /** What is rising in the latest days. */
  rising: Rising,
  /** Best first. */
  keyphrases: Schema.Array(Keyphrase),
  termsInContext: Schema.Array(TermInContext),
  /** Sorted by `score`, highest first. */
  stories: Schema.Array(Story),
  /** Article ids that belong to no story. */
  unassigned: Schema.Array(Schema.String),
  topics: Schema.Array(Topic),
  entities: Schema.Array(Entity),
  duplicates: Schema.Array(Duplicate),
  skipped: Schema.Array(Skipped)
}) {}

/** Encode for `briefing.json`. */
export const encodeBriefing = Schema.encodeSync(Briefing)
/** Decode and validate a `briefing.json` value. */
export const decodeBriefing = Schema.decodeUnknownSync(Briefing)
