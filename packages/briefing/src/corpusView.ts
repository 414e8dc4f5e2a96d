/**
 * The corpus view in four independent parts — terms, entities, stories, topics — each a plain function of plain
 * data returning plain data, so that a caller can run them side by side (the CLI runs each in its own
 * worker thread) and `assembleBriefing` puts them together. Each part runs with the articles' own words
 * as the stemmer's evidence (`withTextWords`), as the whole corpus view always has.
 */
import { tokenize } from "@mawjaz/arabic-text"
import { withTextWords } from "@mawjaz/arabic-stemmer"
import { corpusKeyphrases, countTerms, distinctiveTerms, withKeyness } from "@mawjaz/keywords"
import { summarizeStory } from "@mawjaz/summarize"
import { extractTopics, findEntities, groupStories } from "@mawjaz/topics"
import type { Paragraph } from "@mawjaz/articles"
import { effectiveOutlets, risingFrame } from "./rising.js"
import { termsInContext } from "./termsInContext.js"

/** One distinct article (copies left out) as the corpus view sees it. */
export interface CorpusDoc {
  readonly id: string
  /** The cleaned body, paragraphs joined by blank lines. */
  readonly text: string
  readonly title: string | null
  readonly date: string | null
  /** Index into the corpus calendar (`calendarOf`), null when undated. */
  readonly day: number | null
  readonly source: string | null
}

/** What the story summaries quote from: the decoded source text and its cleaned paragraphs. */
export interface StorySource {
  readonly id: string
  readonly text: string
  readonly paragraphs: ReadonlyArray<Paragraph>
}

export interface PlainTerm {
  readonly term: string
  readonly stem: string
  readonly count: number
  readonly articles: number
  readonly share: number
  readonly keyness: number
  readonly variants: ReadonlyArray<string>
}

/**
 * A term's daily series for the "rising" section: articles using it per calendar day, as [day, articles]
 * pairs, counting only the articles that take part in the test (./rising.ts), and its effective number of
 * outlets in the recent window.
 */
export interface Series {
  readonly key: string
  readonly label: string
  readonly daily: ReadonlyArray<readonly [number, number]>
  readonly sources: number
}

export interface TermsView {
  readonly terms: ReadonlyArray<PlainTerm>
  readonly distinctive: ReadonlyArray<PlainTerm>
  readonly keyphrases: ReadonlyArray<{ readonly phrase: string; readonly score: number }>
  /** Keyword-in-context lines for the leading distinctive terms. */
  readonly termsInContext: ReadonlyArray<{
    readonly term: string
    readonly lines: ReadonlyArray<{ readonly article: string; readonly left: string; readonly match: string; readonly right: string }>
  }>
  /** Daily series of the terms that could rise: in a few articles at least. */
  readonly termSeries: ReadonlyArray<Series>
}

export interface EntitiesView {
  readonly entities: ReadonlyArray<{
    readonly name: string
    readonly kind: "person" | "place" | "organisation"
    readonly variants: ReadonlyArray<string>
    readonly count: number
    readonly articles: ReadonlyArray<string>
  }>
}

export interface StoriesView {
  readonly stories: ReadonlyArray<{
    readonly id: string
    readonly label: string
    readonly keyphrases: ReadonlyArray<string>
    readonly articles: ReadonlyArray<string>
    readonly summary: ReadonlyArray<{ readonly article: string; readonly text: string; readonly start: number; readonly end: number }>
  }>
  readonly unassigned: ReadonlyArray<string>
}

export interface TopicsView {
  /** Null when the corpus is too small for a topic model (the stories then serve as topics). */
  readonly topics: ReadonlyArray<{ readonly label: string; readonly keyphrases: ReadonlyArray<string>; readonly articles: ReadonlyArray<string>; readonly weight: number }> | null
}

export interface ViewOptions {
  readonly topTerms?: number
  readonly topKeyphrases?: number
  /** Below this many distinct articles, topics are the stories themselves: a topic model needs a corpus. */
  readonly minArticlesForTopicModel?: number
}

/** The Arabic word forms of the articles (search normal form): the stemmer's evidence for new names. */
export const textWordsOf = (docs: ReadonlyArray<{ readonly text: string }>): Set<string> => {
  const words = new Set<string>()
  for (const d of docs) for (const token of tokenize(d.text)) if (token.kind === "arabic") words.add(token.norm)
  return words
}

const withWordsOf = <A>(docs: ReadonlyArray<{ readonly text: string }>, run: () => A): A => withTextWords(textWordsOf(docs), run)

/** A term rises only if enough articles use it to tell a burst from chance. */
const MIN_SERIES_ARTICLES = 3
/** The daily series kept for the rising test: the terms in the most articles. */
const MAX_SERIES = 4000

const plainTerm = (t: { term: string; stem: string; count: number; articles: number; share: number; keyness: number; variants: ReadonlyArray<string> }): PlainTerm => ({
  term: t.term, stem: t.stem, count: t.count, articles: t.articles, share: t.share, keyness: t.keyness, variants: [...t.variants]
})

/**
 * Distinctive terms must be used across outlets: a term that one outlet prints (its name, its "link to the
 * story" line, its house spelling) sets the outlet apart, not the news. 1.5 effective outlets lets a term
 * through that one outlet uses twice as often as the rest put together, and stops one at 90% or more.
 */
const MIN_DISTINCTIVE_OUTLETS = 1.5
/**
 * An outlet's habit: a term in nearly every article of one outlet (of a few articles at least) that also
 * holds most of the term's uses — a signature line the cleaner left in, such as «رابط الخبر بصحيفة …».
 */
const HABIT = { outletArticles: 10, ofOutlet: 0.8, ofTerm: 0.5 }

/** Terms by count and by keyness, corpus keyphrases, named entities, and the terms' daily series. */
export const termsView = (docs: ReadonlyArray<CorpusDoc>, options: ViewOptions = {}): TermsView =>
  withWordsOf(docs, () => {
    const frame = risingFrame(docs)
    // One pass gives each term's articles per day (only articles that take part in the rising test; the
    // totals count every article) and per outlet, the outlets split into their recent and earlier articles.
    const outlets = new Map<string, number>()
    const outletOf = (d: CorpusDoc) => {
      const key = d.source ?? ""
      let k = outlets.get(key)
      if (k === undefined) outlets.set(key, (k = outlets.size))
      return k
    }
    const isRecent = (d: CorpusDoc, i: number) => frame.eligible[i] === true && frame.recentFrom !== null && d.day !== null && d.day >= frame.recentFrom
    const counted = countTerms(docs, {
      top: 0,
      days: docs.map((d, i) => (frame.eligible[i] ? d.day : null)),
      groups: docs.map((d, i) => outletOf(d) * 2 + (isRecent(d, i) ? 1 : 0))
    })
    const all = withKeyness(counted, docs.length)
    const spread = (t: (typeof all)[number], recentOnly: boolean) => {
      const perOutlet = new Array<number>(outlets.size).fill(0)
      for (const [g, n] of t.byGroup ?? []) if (!recentOnly || g % 2 === 1) perOutlet[g >> 1]! += n
      return effectiveOutlets(perOutlet)
    }
    const perOutlet = new Array<number>(outlets.size).fill(0)
    for (const d of docs) perOutlet[outlets.get(d.source ?? "")!]!++
    const habit = (t: (typeof all)[number]) => {
      const uses = new Array<number>(outlets.size).fill(0)
      for (const [g, n] of t.byGroup ?? []) uses[g >> 1]! += n
      return uses.some((n, o) => perOutlet[o]! >= HABIT.outletArticles && n >= HABIT.ofOutlet * perOutlet[o]! && n >= HABIT.ofTerm * t.articles)
    }
    const top = options.topTerms ?? 50
    const manyOutlets = outlets.size >= 2
    const distinctive = distinctiveTerms(
      manyOutlets ? all.filter((t) => spread(t, false) >= MIN_DISTINCTIVE_OUTLETS && !habit(t)) : all,
      docs.length,
      { top }
    ).map(plainTerm)
    const candidates = all.filter((t) => t.daily !== undefined && sumOf(t.daily) >= MIN_SERIES_ARTICLES)
    candidates.sort((a, b) => b.articles - a.articles || (a.stem < b.stem ? -1 : 1))
    candidates.length = Math.min(candidates.length, MAX_SERIES)
    return {
      terms: all.slice(0, top).map(plainTerm),
      distinctive,
      termsInContext: termsInContext(docs, distinctive.slice(0, 10)).map((t) => ({ term: t.term, lines: t.lines.map((l) => ({ ...l })) })),
      keyphrases: corpusKeyphrases(docs, { top: options.topKeyphrases ?? 20 }),
      termSeries: candidates.map((t) => ({ key: t.stem, label: t.term, daily: [...(t.daily ?? new Map<number, number>())], sources: spread(t, true) }))
    }
  })

const sumOf = (daily: ReadonlyMap<number, number>) => {
  let n = 0
  for (const v of daily.values()) n += v
  return n
}

/** People, places and organisations named in the articles. */
export const entitiesView = (docs: ReadonlyArray<CorpusDoc>): EntitiesView =>
  withWordsOf(docs, () => ({ entities: findEntities(docs).map((e) => ({ ...e, variants: [...e.variants], articles: [...e.articles] })) }))

/** Stories (articles on one event) with a summary each, quoting the members' source text. */
export const storiesView = (docs: ReadonlyArray<CorpusDoc>, sources: ReadonlyArray<StorySource>): StoriesView =>
  withWordsOf(docs, () => {
    const grouped = groupStories(docs)
    const byId = new Map(sources.map((s) => [s.id, s]))
    const stories = grouped.stories.map((s) => {
      const members = s.articles.flatMap((id) => {
        const a = byId.get(id)
        return a ? [{ id, input: { text: a.text, paragraphs: a.paragraphs } }] : []
      })
      const summary = summarizeStory(members, { sentences: 3 }).map((x) => ({ article: x.article, text: x.text, start: x.start, end: x.end }))
      return { id: s.id, label: s.label, keyphrases: [...s.keyphrases], articles: [...s.articles], summary }
    })
    return { stories, unassigned: [...grouped.unassigned] }
  })

/** Topics from the topic model, when the corpus is large enough for one. */
export const topicsView = (docs: ReadonlyArray<CorpusDoc>, options: ViewOptions = {}): TopicsView =>
  docs.length < (options.minArticlesForTopicModel ?? 30)
    ? { topics: null }
    : withWordsOf(docs, () => ({
        topics: extractTopics(docs, { seed: 1 }).topics.map((t) => ({ ...t, keyphrases: [...t.keyphrases], articles: [...t.articles] }))
      }))
