/**
 * The view model: the briefing turned into exactly what the templates print (ordered, numbered, formatted).
 * Everything stays plain text here; escaping is Handlebars' job.
 */
import type { ArticleEntry, Briefing } from "@mawjaz/briefing"
import { termsBarChart } from "./charts.js"
import { counted, createFormatter, type Digits, type Formatter, type Locale } from "./format.js"
import { labelsFor, type Labels } from "./labels.js"

export interface RenderOptions {
  locale?: Locale
  digits?: Digits
  /** Page of each contents target (section or article anchor), e.g. read from a first print; printed in the contents. */
  pageNumbers?: Record<string, number>
}

export const CHART_TERMS = 25
export const KWIC_TERMS = 10
export const KWIC_LINES = 3
const KWIC_CONTEXT = 60
const COVER_KEYPHRASES = 8
const COVER_ARTICLES = 10
/** Stories on the cover (five, the largest, so that the cover stays one page); the rest are in the Stories section. */
const COVER_STORIES = 5
const COVER_TERMS = 10
const TABLE_TERMS = 50
const TABLE_KEYPHRASES = 25
const REMOVED_TEXT = 160

interface ArticleRef { ref: string; anchor: string; id: string }

/** Anchors are ours (ASCII, numbered), never derived from article ids, so links stay valid whatever the ids hold. */
export const articleAnchor = (index: number) => `art-${index + 1}`
export const storyAnchor = (index: number) => `story-${index + 1}`

function clip(text: string, max: number, side: "start" | "end"): string {
  const t = text.replace(/\s+/g, " ")
  if (t.length <= max) return t
  if (side === "end") {
    const cut = t.slice(0, max)
    const space = cut.lastIndexOf(" ")
    return `${space > max / 2 ? cut.slice(0, space) : cut}…`
  }
  const cut = t.slice(t.length - max)
  const space = cut.indexOf(" ")
  return `…${space >= 0 && space < max / 2 ? cut.slice(space + 1) : cut}`
}

function articleTitle(a: ArticleEntry): { title: string; titleIsLead: boolean } {
  const title = a.title?.trim()
  if (title) return { title, titleIsLead: false }
  return { title: clip(a.lead.trim() || a.id, 140, "end"), titleIsLead: true }
}

export function buildView(briefing: Briefing, options: RenderOptions = {}, parts: { chart?: boolean } = {}) {
  const locale: Locale = options.locale === "en" ? "en" : "ar"
  const digits: Digits = options.digits === "arabic" ? "arabic" : "latin"
  const labels: Labels = labelsFor(locale)
  const f: Formatter = createFormatter(locale, digits)
  const pages = options.pageNumbers ?? {}
  const unknown = labels.articles.unknown

  const refs = new Map<string, ArticleRef>()
  briefing.articles.forEach((a, i) => refs.set(a.id, { id: a.id, anchor: articleAnchor(i), ref: f.int(i + 1) }))
  const refOf = (id: string): ArticleRef => refs.get(id) ?? { id, anchor: "articles", ref: f.digits(id) }
  const storyIndex = new Map(briefing.stories.map((s, i) => [s.id, i] as const))
  const titleOf = (id: string) => {
    const a = briefing.articles.find((x) => x.id === id)
    return a ? articleTitle(a).title : id
  }

  const stories = briefing.stories.map((s, i) => ({
    anchor: storyAnchor(i),
    label: s.label,
    keyphrases: s.keyphrases,
    period: f.dateRange(s.dateRange.from, s.dateRange.to, unknown),
    count: counted(s.articles.length, labels.cover.articlesInStory, locale, f.int),
    articles: s.articles.map((id) => {
      const a = briefing.articles.find((x) => x.id === id)
      return { ...refOf(id), title: titleOf(id), date: f.date(a?.date ?? null, unknown), source: a?.source ?? "" }
    }),
    summary: s.summary.map((sent) => ({ text: sent.text, ...refOf(sent.article) })),
    firstLine: s.summary[0]?.text ?? ""
  }))

  const articles = briefing.articles.map((a, i) => {
    const { title, titleIsLead } = articleTitle(a)
    const dup = briefing.duplicates.find((d) => d.copies.includes(a.id))
    const original = a.duplicateOf ?? dup?.original ?? null
    const copies = briefing.duplicates.filter((d) => d.original === a.id).flatMap((d) => d.copies)
    const si = a.story === null ? undefined : storyIndex.get(a.story)
    return {
      anchor: articleAnchor(i),
      ref: f.int(i + 1),
      title,
      titleIsLead,
      source: a.source ?? unknown,
      date: f.date(a.date, unknown),
      known: [a.source, a.date === null ? null : f.date(a.date, unknown)].filter((x): x is string => x !== null),
      words: f.int(a.wordCount),
      path: a.path,
      keywords: a.keywords,
      summary: a.summary.map((s) => ({ text: s.text, paragraph: f.int(s.paragraph) })),
      removed: a.removed.map((r) => ({
        kind: labels.articles.kinds[r.kind] ?? r.kind,
        line: f.int(r.line),
        text: clip(r.text, REMOVED_TEXT, "end")
      })),
      duplicateOf: original === null ? null : refOf(original),
      copies: copies.map(refOf),
      story: si === undefined ? null : { anchor: storyAnchor(si), label: briefing.stories[si]!.label }
    }
  })

  const topTerms = briefing.terms.slice(0, TABLE_TERMS)
  const termOrders = sortOrders(topTerms, {
    term: (a, b) => collator.compare(a.term, b.term),
    articles: (a, b) => b.articles - a.articles
  })
  const entityOrders = sortOrders(briefing.entities, {
    name: (a, b) => collator.compare(a.name, b.name),
    kind: (a, b) => collator.compare(labels.entities[a.kind], labels.entities[b.kind])
  })
  const chart = parts.chart === false ? "" : termsBarChart(
    briefing.terms.slice(0, CHART_TERMS).map((t) => ({ label: t.term, value: t.count, display: f.int(t.count) })),
    { rtl: true }
  )

  const contents = [
    { id: "terms", label: labels.terms.title, level: 1 },
    ...(briefing.keyphrases.length ? [{ id: "keyphrases", label: labels.terms.keyphrases, level: 2 }] : []),
    ...(briefing.termsInContext.length ? [{ id: "in-context", label: labels.terms.inContext, level: 2 }] : []),
    { id: "stories", label: labels.stories.title, level: 1 },
    ...stories.map((s) => ({ id: s.anchor, label: s.label, level: 2, arabic: true })),
    { id: "entities", label: labels.entities.title, level: 1 },
    { id: "articles", label: labels.articles.title, level: 1 },
    ...articles.map((a) => ({ id: a.anchor, label: a.title, level: 2, number: a.ref, arabic: true })),
    { id: "appendix", label: labels.appendix.title, level: 1 }
  ].map((e) => ({ ...e, page: pages[e.id] === undefined ? "" : f.int(pages[e.id]!) }))

  const c = briefing.corpus
  return {
    lang: labels.lang,
    dir: labels.dir,
    digits,
    labels,
    title: briefing.title,
    generator: `${briefing.generator.name} ${briefing.generator.version}`,
    cover: {
      period: f.dateRange(c.dateRange.from, c.dateRange.to, unknown),
      stats: [
        { label: labels.cover.articles, value: f.int(c.articles) },
        { label: labels.cover.words, value: f.int(c.words) },
        { label: labels.cover.sources, value: f.int(c.sources.length) }
      ],
      generated: f.timestamp(briefing.generatedAt),
      stories: stories.slice(0, COVER_STORIES).map((s) => ({ anchor: s.anchor, label: s.label, count: s.count, line: clip(s.firstLine, 120, "end") })),
      moreStories: stories.length > COVER_STORIES ? labels.cover.moreStories.replace("{n}", f.int(stories.length - COVER_STORIES)) : "",
      // Without stories the overview lists the articles themselves, one line each.
      articles: stories.length > 0 ? [] : articles.slice(0, COVER_ARTICLES).map((a) => ({
        anchor: a.anchor, ref: a.ref, title: clip(a.title, 110, "end"), meta: a.known.join(" · ")
      })),
      moreArticles: stories.length === 0 && articles.length > COVER_ARTICLES
        ? labels.cover.moreArticles.replace("{n}", f.int(articles.length - COVER_ARTICLES))
        : "",
      keyphrases: briefing.keyphrases.slice(0, COVER_KEYPHRASES).map((k) => k.phrase),
      terms: briefing.terms.slice(0, COVER_TERMS).map((t) => ({ term: t.term, count: f.int(t.count) }))
    },
    contents,
    terms: {
      chart,
      chartCaption: counted(Math.min(CHART_TERMS, briefing.terms.length), labels.terms.chartCaption, locale, f.int),
      rows: topTerms.map((t, i) => ({
        order: termOrders[i],
        rank: f.int(i + 1), rankValue: i + 1,
        term: t.term,
        count: f.int(t.count), countValue: t.count,
        articles: f.int(t.articles), articlesValue: t.articles,
        share: f.percent(t.share), shareValue: t.share,
        variants: t.variants.filter((v) => v !== t.term).slice(0, 4).join("، ")
      })),
      keyphrases: briefing.keyphrases.slice(0, TABLE_KEYPHRASES).map((k, i) => ({
        rank: f.int(i + 1), phrase: k.phrase, score: f.score(k.score), scoreValue: k.score
      })),
      kwic: briefing.termsInContext.slice(0, KWIC_TERMS).map((t) => ({
        term: t.term,
        lines: t.lines.slice(0, KWIC_LINES).map((l) => ({
          left: clip(l.left, KWIC_CONTEXT, "start"),
          match: l.match,
          right: clip(l.right, KWIC_CONTEXT, "end"),
          ...refOf(l.article)
        }))
      }))
    },
    stories,
    unassigned: briefing.unassigned.map((id) => ({ ...refOf(id), title: titleOf(id) })),
    topics: briefing.topics.map((t) => ({
      label: t.label,
      keyphrases: t.keyphrases.join("، "),
      articles: t.articles.map(refOf),
      weight: f.score(t.weight)
    })),
    entities: briefing.entities.map((e, i) => ({
      order: entityOrders[i],
      name: e.name,
      variants: e.variants.filter((v) => v !== e.name).slice(0, 3).join("، "),
      kindKey: e.kind,
      kind: labels.entities[e.kind],
      count: f.int(e.count), countValue: e.count,
      articles: e.articles.map(refOf)
    })),
    articles,
    appendix: {
      skipped: briefing.skipped.map((s) => ({ path: s.path, reason: s.reason, line: s.line === undefined ? "" : f.int(s.line) })),
      methods: [
        { name: labels.terms.title, lines: labels.appendix.methods.terms },
        { name: labels.terms.keyphrases, lines: labels.appendix.methods.keyphrases },
        { name: labels.articles.summary, lines: labels.appendix.methods.summaries },
        { name: labels.stories.title, lines: labels.appendix.methods.stories }
      ],
      versions: [
        { name: labels.appendix.generator, value: `${briefing.generator.name} ${briefing.generator.version}` },
        { name: labels.appendix.schema, value: `schemaVersion ${briefing.schemaVersion}` },
        { name: labels.appendix.generatedAt, value: f.timestamp(briefing.generatedAt) },
        { name: labels.appendix.font, value: "Noto Naskh Arabic (SIL OFL 1.1)" }
      ]
    }
  }
}

export type View = ReturnType<typeof buildView>

const collator = new Intl.Collator("ar")

/**
 * The rows' positions under each other sort key, as CSS custom properties (`--by-term: 3; …`): the HTML
 * version sorts its tables without script, a hidden radio button per key choosing which property
 * becomes the rows' flex `order` (styles/print.css, "Sortable tables"). Ties keep the table's own order.
 */
export function sortOrders<T>(rows: readonly T[], keys: Record<string, (a: T, b: T) => number>): string[] {
  const styles = rows.map(() => [] as string[])
  for (const [key, compare] of Object.entries(keys)) {
    const order = rows.map((_, i) => i).sort((a, b) => compare(rows[a]!, rows[b]!) || a - b)
    order.forEach((row, position) => styles[row]!.push(`--by-${key}: ${position}`))
  }
  return styles.map((s) => s.join("; "))
}
