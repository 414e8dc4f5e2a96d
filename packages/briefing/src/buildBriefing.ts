/**
 * Step 2 of the briefing: the corpus view over analysed articles — terms, keyphrases, stories,
 * topics, entities, what is rising — assembled into one `Briefing` value. `buildBriefing` does it all
 * in one call; a caller that wants the three heavy parts side by side (the CLI, in worker threads)
 * runs `prepareCorpus`, the parts of ./corpusView.ts, and `assembleBriefing` itself.
 */
import type { Article, Skipped as SkippedInput } from "@mawjaz/articles"
import type { AnalysedArticle } from "./analyseArticle.js"
import {
  ArticleEntry,
  Briefing,
  ContextLine,
  CorpusOverview,
  DayCount,
  Duplicate,
  Entity,
  Keyphrase,
  Removal,
  SCHEMA_VERSION,
  Skipped,
  SourceCount,
  Story,
  StorySentence,
  SummarySentence,
  Term,
  TermInContext,
  Topic
} from "./Briefing.js"
import { calendarOf, type Calendar } from "./days.js"
import { risingFrame, risingOf, type ArticleFacts } from "./rising.js"
import {
  entitiesView,
  storiesView,
  termsView,
  topicsView,
  type CorpusDoc,
  type EntitiesView,
  type PlainTerm,
  type StoriesView,
  type StorySource,
  type TermsView,
  type TopicsView,
  type ViewOptions
} from "./corpusView.js"

export interface BuildOptions extends ViewOptions {
  /** The report's title; by default the corpus's three leading keyphrases. */
  readonly title?: string
  /** Generation time (ISO 8601). */
  readonly generatedAt: string
  readonly generator: { readonly name: string; readonly version: string }
  /** Duplicate groups from `findDuplicates`, by article id. */
  readonly duplicates?: ReadonlyArray<{ readonly original: string; readonly copies: ReadonlyArray<string> }>
  /** At most this many entities in the "who and where" table. */
  readonly topEntities?: number
}

export interface CorpusViews {
  readonly terms: TermsView
  readonly entities: EntitiesView
  readonly stories: StoriesView
  readonly topics: TopicsView
}

export interface PreparedCorpus {
  readonly calendar: Calendar
  /** The distinct articles (copies left out), as the corpus view reads them. */
  readonly docs: Array<CorpusDoc>
  /** Their source text and paragraphs, for story summaries. */
  readonly sources: Array<StorySource>
}

const copiesOf = (duplicates: BuildOptions["duplicates"]): Map<string, string> => {
  const copyOf = new Map<string, string>()
  for (const d of duplicates ?? []) for (const c of d.copies) copyOf.set(c, d.original)
  return copyOf
}

/** What the corpus view reads: the distinct articles, with their day in the corpus calendar. */
export const prepareCorpus = (analysed: ReadonlyArray<AnalysedArticle>, duplicates?: BuildOptions["duplicates"]): PreparedCorpus => {
  const copyOf = copiesOf(duplicates)
  const calendar = calendarOf(analysed.map((a) => a.article.date))
  const docs: Array<CorpusDoc> = []
  const sources: Array<StorySource> = []
  analysed.forEach((a, i) => {
    // Copies are shown as such but not counted twice.
    if (copyOf.has(a.article.id)) return
    docs.push({ id: a.article.id, text: a.body, title: a.article.title, date: a.article.date, day: calendar.index[i] ?? null, source: a.article.source })
    sources.push({ id: a.article.id, text: a.article.text, paragraphs: a.article.paragraphs })
  })
  return { calendar, docs, sources }
}

/**
 * The corpus view over analysed articles. Stems are taken with the articles' own words as evidence
 * beside the stemmer's news lexicon, so that a name newer than it counts as one term with and without
 * a preposition (لزيلينسكي and زيلينسكي) when it occurs on its own somewhere in the articles.
 */
export const buildBriefing = (
  analysed: ReadonlyArray<AnalysedArticle>,
  skipped: ReadonlyArray<SkippedInput>,
  options: BuildOptions
): Briefing => {
  const { docs, sources } = prepareCorpus(analysed, options.duplicates)
  const views: CorpusViews = {
    terms: termsView(docs, options),
    entities: entitiesView(docs),
    stories: storiesView(docs, sources),
    topics: topicsView(docs, options)
  }
  return assembleBriefing(analysed, skipped, views, options)
}

const dateRange = (dates: ReadonlyArray<string | null>) => {
  const known = dates.filter((d): d is string => d !== null).sort()
  return { from: known[0] ?? null, to: known[known.length - 1] ?? null }
}

const toTerm = (t: PlainTerm) => new Term({ ...t, variants: [...t.variants] })

/**
 * A story's rank: its size weighted by the square root of its concentration in time (articles per day of
 * its span, the span counted inclusively), so that a burst of reports on one event outranks a slow
 * trickle of the same size, while size still leads. Undated stories count as concentrated in one day.
 */
export const storyScore = (articles: number, spanDays: number | null): number =>
  articles * Math.sqrt(articles / Math.max(1, spanDays ?? 1))

const spanOf = (range: { from: string | null; to: string | null }): number | null =>
  range.from && range.to ? Math.round((Date.parse(range.to) - Date.parse(range.from)) / 86_400_000) + 1 : null

const byCountDesc = (counts: Map<string, number>) =>
  [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))

/**
 * What the briefing keeps of an analysed article once the corpus view has read its text: everything it
 * prints about the article, without the text itself (at volume, most of a run's memory).
 */
export interface AnalysedEntry {
  readonly article: Omit<Article, "text" | "paragraphs">
  readonly wordCount: number
  readonly lead: string
  readonly keywords: ReadonlyArray<string>
  readonly summary: AnalysedArticle["summary"]
}

export const entryOf = (a: AnalysedArticle): AnalysedEntry => {
  const { text: _text, paragraphs: _paragraphs, ...article } = a.article
  return { article, wordCount: a.wordCount, lead: a.lead, keywords: a.keywords, summary: a.summary }
}

/** Puts the corpus view's parts together with the articles' own entries into one `Briefing`. */
export const assembleBriefing = (
  analysed: ReadonlyArray<AnalysedEntry>,
  skipped: ReadonlyArray<SkippedInput>,
  views: CorpusViews,
  options: BuildOptions
): Briefing => {
  const duplicates = (options.duplicates ?? []).map((d) => new Duplicate({ original: d.original, copies: [...d.copies] }))
  const copyOf = copiesOf(options.duplicates)
  const calendar = calendarOf(analysed.map((a) => a.article.date))
  const byId = new Map(analysed.map((a, i) => [a.article.id, { a, day: calendar.index[i] ?? null }]))
  const distinct = analysed.filter((a) => !copyOf.has(a.article.id))

  const stories = views.stories.stories
    .map((s) => {
      const members = s.articles.flatMap((id) => {
        const m = byId.get(id)
        return m ? [m.a] : []
      })
      const range = dateRange(members.map((a) => a.article.date))
      const sources = new Map<string, number>()
      for (const a of members) if (a.article.source) sources.set(a.article.source, (sources.get(a.article.source) ?? 0) + 1)
      return { s, range, sources: byCountDesc(sources).map(([name]) => name), score: storyScore(members.length, spanOf(range)) }
    })
    // Stable: ties keep the story finder's order (size, then first date).
    .map((x, i) => ({ ...x, i }))
    .sort((p, q) => q.score - p.score || p.i - q.i)
    .map(({ s, range, sources, score }, rank) =>
      new Story({
        // Numbered by rank, so that story-1 is the one the briefing leads with.
        id: `story-${rank + 1}`,
        label: s.label,
        keyphrases: [...s.keyphrases],
        articles: [...s.articles],
        dateRange: range,
        sources,
        score,
        summary: s.summary.map((x) => new StorySentence({ article: x.article, text: x.text, start: x.start, end: x.end }))
      })
    )
  const storyOf = new Map<string, string>()
  for (const s of stories) for (const id of s.articles) storyOf.set(id, s.id)
  for (const [copy, original] of copyOf) {
    const story = storyOf.get(original)
    if (story) storyOf.set(copy, story)
  }

  const topics =
    views.topics.topics?.map((t) => new Topic({ ...t, keyphrases: [...t.keyphrases], articles: [...t.articles] })) ??
    stories.map(
      (s) =>
        new Topic({
          label: s.label,
          keyphrases: [...s.keyphrases],
          articles: [...s.articles],
          weight: distinct.length ? s.articles.length / distinct.length : 0
        })
    )

  // A name seen once is as often a misreading as a name; the table keeps repeated ones, and never fewer than a handful.
  const found = views.entities.entities
  const repeated = found.filter((e) => e.count >= 2)
  const entities = (repeated.length >= 10 ? repeated : found.slice(0, 10))
    .slice(0, options.topEntities ?? 60)
    .map((e) => new Entity({ ...e, variants: [...e.variants], articles: [...e.articles] }))

  const articles = analysed.map(
    (a) =>
      new ArticleEntry({
        id: a.article.id,
        path: a.article.path,
        title: a.article.title,
        date: a.article.date,
        source: a.article.source,
        author: a.article.author,
        url: a.article.url,
        encoding: a.article.encoding,
        wordCount: a.wordCount,
        lead: a.lead,
        keywords: [...a.keywords],
        // Worker threads hand back plain objects: the model's classes are made here.
        summary: a.summary.map((s) => new SummarySentence({ text: s.text, start: s.start, end: s.end, paragraph: s.paragraph })),
        removed: a.article.removed.map((r) => new Removal({ kind: r.kind, line: r.line, text: r.text })),
        duplicateOf: copyOf.get(a.article.id) ?? null,
        story: storyOf.get(a.article.id) ?? null
      })
  )

  const perDay = new Array<number>(calendar.days.length).fill(0)
  let undated = 0
  const bySource = new Map<string, number>()
  for (const { a, day } of byId.values()) {
    if (day === null) undated++
    else perDay[day]!++
    if (a.article.source) bySource.set(a.article.source, (bySource.get(a.article.source) ?? 0) + 1)
  }
  const corpus = new CorpusOverview({
    articles: analysed.length,
    words: analysed.reduce((n, a) => n + a.wordCount, 0),
    sources: [...bySource.keys()].sort(),
    dateRange: dateRange(analysed.map((a) => a.article.date)),
    days: calendar.days.map((date, i) => new DayCount({ date, articles: perDay[i]! })),
    undated,
    bySource: byCountDesc(bySource).map(([source, n]) => new SourceCount({ source, articles: n }))
  })

  // The rising test over the distinct articles, with the same frame as the terms' series (./rising.ts).
  const frameDocs = distinct.map((a) => ({ id: a.article.id, day: byId.get(a.article.id)?.day ?? null, source: a.article.source }))
  const frame = risingFrame(frameDocs)
  const facts = new Map<string, ArticleFacts>(frameDocs.map((d, i) => [d.id, { day: d.day, source: d.source, eligible: frame.eligible[i]! }]))
  const totals = new Array<number>(calendar.days.length).fill(0)
  for (const f of facts.values()) if (f.eligible && f.day !== null) totals[f.day]!++
  const rising = risingOf(
    calendar,
    frame,
    totals,
    views.terms.termSeries.map((t) => ({ key: `term:${t.key}`, label: t.label, kind: "term" as const, daily: new Map(t.daily.map(([d, n]) => [d, n] as [number, number])), sources: t.sources })),
    entities,
    stories,
    (id) => facts.get(id)
  )

  const keyphrases = views.terms.keyphrases.map((k) => new Keyphrase({ phrase: k.phrase, score: k.score }))
  return new Briefing({
    schemaVersion: SCHEMA_VERSION,
    // The corpus's leading keyphrases say what the whole set is about; a story label describes only its part.
    title: options.title ?? (keyphrases.slice(0, 3).map((k) => k.phrase).join("، ") || stories[0]?.label || "موجز"),
    generatedAt: options.generatedAt,
    generator: { name: options.generator.name, version: options.generator.version },
    corpus,
    articles,
    terms: views.terms.terms.map(toTerm),
    distinctive: views.terms.distinctive.map(toTerm),
    rising,
    keyphrases,
    termsInContext: views.terms.termsInContext.map(
      (t) => new TermInContext({ term: t.term, lines: t.lines.map((l) => new ContextLine({ article: l.article, left: l.left, match: l.match, right: l.right })) })
    ),
    stories,
    unassigned: [...views.stories.unassigned],
    topics,
    entities,
    duplicates,
    skipped: skipped.map((s) => new Skipped(s.line === undefined ? { path: s.path, reason: s.reason } : { path: s.path, reason: s.reason, line: s.line }))
  })
}

