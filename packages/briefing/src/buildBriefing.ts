/**
 * Step 2 of the briefing: the corpus view over analysed articles — terms, keyphrases,
 * stories, topics, entities — assembled into one `Briefing` value.
 */
import { tokenize } from "@mawjaz/arabic-text"
import { withTextWords } from "@mawjaz/arabic-stemmer"
import type { Skipped as SkippedInput } from "@mawjaz/articles"
import { corpusKeyphrases, countTerms } from "@mawjaz/keywords"
import { summarizeStory } from "@mawjaz/summarize"
import { extractTopics, findEntities, groupStories } from "@mawjaz/topics"
import type { AnalysedArticle } from "./analyseArticle.js"
import {
  ArticleEntry,
  Briefing,
  CorpusOverview,
  Duplicate,
  Entity,
  Keyphrase,
  Removal,
  SCHEMA_VERSION,
  Skipped,
  Story,
  StorySentence,
  Term,
  Topic
} from "./Briefing.js"
import { termsInContext } from "./termsInContext.js"

export interface BuildOptions {
  /** The report's title; by default the corpus's three leading keyphrases. */
  readonly title?: string
  /** Generation time (ISO 8601). */
  readonly generatedAt: string
  readonly generator: { readonly name: string; readonly version: string }
  /** Duplicate groups from `findDuplicates`, by article id. */
  readonly duplicates?: ReadonlyArray<{ readonly original: string; readonly copies: ReadonlyArray<string> }>
  readonly topTerms?: number
  readonly topKeyphrases?: number
  /** At most this many entities in the "who and where" table. */
  readonly topEntities?: number
  /** Below this many distinct articles, topics are the stories themselves: a topic model needs a corpus. */
  readonly minArticlesForTopicModel?: number
}

const dateRange = (dates: ReadonlyArray<string | null>) => {
  const known = dates.filter((d): d is string => d !== null).sort()
  return { from: known[0] ?? null, to: known[known.length - 1] ?? null }
}

/** The Arabic word forms of the articles (search normal form). */
const textWordsOf = (analysed: ReadonlyArray<AnalysedArticle>): Set<string> => {
  const words = new Set<string>()
  for (const a of analysed) for (const token of tokenize(a.body)) if (token.kind === "arabic") words.add(token.norm)
  return words
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
): Briefing => withTextWords(textWordsOf(analysed), () => assemble(analysed, skipped, options))

const assemble = (
  analysed: ReadonlyArray<AnalysedArticle>,
  skipped: ReadonlyArray<SkippedInput>,
  options: BuildOptions
): Briefing => {
  const duplicates = (options.duplicates ?? []).map((d) => new Duplicate({ original: d.original, copies: [...d.copies] }))
  const copyOf = new Map<string, string>()
  for (const d of duplicates) for (const c of d.copies) copyOf.set(c, d.original)

  // Copies are shown as such but not counted twice.
  const distinct = analysed.filter((a) => !copyOf.has(a.article.id))
  const docs = distinct.map((a) => ({ id: a.article.id, text: a.body }))
  const byId = new Map(analysed.map((a) => [a.article.id, a]))

  const terms = countTerms(docs, { top: options.topTerms ?? 50 }).map((t) => new Term({ ...t, variants: [...t.variants] }))
  const keyphrases = corpusKeyphrases(docs, { top: options.topKeyphrases ?? 20 }).map((k) => new Keyphrase(k))

  const storyDocs = distinct.map((a) => ({ id: a.article.id, text: a.body, date: a.article.date, title: a.article.title }))
  const grouped = groupStories(storyDocs)
  const stories = grouped.stories.map((s) => {
    const members = s.articles.flatMap((id) => {
      const a = byId.get(id)
      return a ? [a] : []
    })
    const summary = summarizeStory(
      members.map((a) => ({ id: a.article.id, input: { text: a.article.text, paragraphs: a.article.paragraphs } })),
      { sentences: 3 }
    ).map((s) => new StorySentence({ article: s.article, text: s.text, start: s.start, end: s.end }))
    return new Story({
      id: s.id,
      label: s.label,
      keyphrases: [...s.keyphrases],
      articles: [...s.articles],
      dateRange: dateRange(members.map((a) => a.article.date)),
      summary
    })
  })
  const storyOf = new Map<string, string>()
  for (const s of stories) for (const id of s.articles) storyOf.set(id, s.id)
  for (const [copy, original] of copyOf) {
    const story = storyOf.get(original)
    if (story) storyOf.set(copy, story)
  }

  const topics =
    distinct.length >= (options.minArticlesForTopicModel ?? 30)
      ? extractTopics(storyDocs, { seed: 1 }).topics.map((t) => new Topic({ ...t, keyphrases: [...t.keyphrases], articles: [...t.articles] }))
      : stories.map(
          (s) =>
            new Topic({
              label: s.label,
              keyphrases: [...s.keyphrases],
              articles: [...s.articles],
              weight: distinct.length ? s.articles.length / distinct.length : 0
            })
        )

  // A name seen once is as often a misreading as a name; the table keeps repeated ones, and never fewer than a handful.
  const found = findEntities(docs)
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
        summary: [...a.summary],
        removed: a.article.removed.map((r) => new Removal(r)),
        duplicateOf: copyOf.get(a.article.id) ?? null,
        story: storyOf.get(a.article.id) ?? null
      })
  )

  const corpus = new CorpusOverview({
    articles: analysed.length,
    words: analysed.reduce((n, a) => n + a.wordCount, 0),
    sources: [...new Set(analysed.flatMap((a) => (a.article.source ? [a.article.source] : [])))].sort(),
    dateRange: dateRange(analysed.map((a) => a.article.date))
  })

  return new Briefing({
    schemaVersion: SCHEMA_VERSION,
    // The corpus's leading keyphrases say what the whole set is about; a story label describes only its part.
    title: options.title ?? (keyphrases.slice(0, 3).map((k) => k.phrase).join("، ") || stories[0]?.label || "موجز"),
    generatedAt: options.generatedAt,
    generator: { name: options.generator.name, version: options.generator.version },
    corpus,
    articles,
    terms,
    keyphrases,
    termsInContext: termsInContext(docs, terms.slice(0, 10)),
    stories,
    unassigned: [...grouped.unassigned],
    topics,
    entities,
    duplicates,
    skipped: skipped.map((s) => new Skipped(s.line === undefined ? { path: s.path, reason: s.reason } : { path: s.path, reason: s.reason, line: s.line }))
  })
}
