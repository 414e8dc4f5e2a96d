/**
 * The view model: the briefing turned into exactly what the templates print (ordered, numbered, formatted, and cut
 * to the edition's budget). Everything stays plain text here; escaping is Handlebars' job.
 * Every lookup goes through maps built once, so the view is linear in the size of the briefing.
 */
import type { ArticleEntry, Briefing, Story } from "@mawjaz/briefing"
import { budgetFor, type Budget, type Edition } from "./budget.js"
import { sparkline, termsBarChart, timeBarChart } from "./charts.js"
import { counted, createFormatter, type CountForms, type Digits, type Formatter, type Locale } from "./format.js"
import { labelsFor, type Labels } from "./labels.js"

export type { Edition } from "./budget.js"

export interface RenderOptions {
  locale?: Locale
  digits?: Digits
  /** Page of each contents target (section or article anchor), e.g. read from a first print; printed in the contents. */
  pageNumbers?: Record<string, number>
  /**
   * "print" (default): the bounded document Chromium prints to PDF. "screen": the same leading sections, then every
   * story and every article (an index with each article's details on demand), for the HTML written beside the PDF.
   */
  edition?: Edition
  /** Base name of the HTML, Markdown and JSON written beside the PDF (default "briefing"), named where the print
   *  edition says the full set of articles is. */
  basename?: string
}

export const CHART_TERMS = 25
export const KWIC_TERMS = 10
export const KWIC_LINES = 3
const KWIC_CONTEXT = 60
const COVER_KEYPHRASES = 8
const COVER_ARTICLES = 10
/** Stories on the cover (five, the best ranked, so that the cover stays one page); the rest are in the Stories section. */
const COVER_STORIES = 5
const COVER_TERMS = 10
const COVER_CHIP = 30
const TABLE_TERMS = 50
const TABLE_KEYPHRASES = 25
const REMOVED_TEXT = 160
/** Bars of the articles-per-day chart and of a rising item's small chart at most: longer series are binned. */
const TIME_BARS = 92
const SPARK_BARS = 60
/** Index rows per block: each block is laid out only near the viewport (content-visibility), see styles. */
const INDEX_BLOCK = 200
/** Height of a closed index row, in CSS px, for the blocks' placeholder size before they are first laid out. */
export const INDEX_ROW_PX = 30
/** The same for a row of the list of all stories. */
export const STORY_ROW_PX = 26

export interface ArticleRef { ref: string; anchor: string; id: string }

/** Anchors are ours (ASCII, numbered), never derived from article ids, so links stay valid whatever the ids hold. */
export const articleAnchor = (index: number) => `art-${index + 1}`
export const storyAnchor = (index: number) => `story-${index + 1}`

export function clip(text: string, max: number, side: "start" | "end" = "end"): string {
  if (max === Infinity) return text
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

const fill = (template: string, values: Record<string, string>) =>
  template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole)

const take = <T>(xs: readonly T[], n: number): readonly T[] => (xs.length <= n ? xs : xs.slice(0, n))

/**
 * The articles that get a section of their own in the print edition: all of them when they fit the budget; otherwise
 * those of the stories shown, best-ranked story first, each story's summarised articles before its others, an equal
 * share per story (at least three) until the budget is spent.
 */
export function detailedArticles(briefing: Briefing, shown: readonly Story[], budget: number, indexOf: ReadonlyMap<string, number>): Set<number> {
  const n = briefing.articles.length
  if (n <= budget) return new Set(briefing.articles.map((_, i) => i))
  const out = new Set<number>()
  if (budget <= 0 || shown.length === 0) return out
  const perStory = Math.max(3, Math.ceil(budget / shown.length))
  for (const s of shown) {
    let taken = 0
    for (const id of [...s.summary.map((x) => x.article), ...s.articles]) {
      if (out.size >= budget || taken >= perStory) break
      const i = indexOf.get(id)
      if (i === undefined || out.has(i)) continue
      out.add(i)
      taken += 1
    }
    if (out.size >= budget) break
  }
  return out
}

interface Bin { from: number; to: number; value: number }

/** Consecutive runs of `size` values summed (the last run may be shorter). */
function binBy(values: readonly number[], size: number): Bin[] {
  const bins: Bin[] = []
  for (let from = 0; from < values.length; from += size) {
    const to = Math.min(values.length, from + size) - 1
    let value = 0
    for (let i = from; i <= to; i++) value += values[i]!
    bins.push({ from, to, value })
  }
  return bins
}

/** Days binned to at most `max` bars: by day, week, calendar month or year, whichever is the finest that fits. */
function binDays(days: readonly { date: string; articles: number }[], max: number): { unit: "day" | "week" | "month" | "year"; bins: Bin[] } {
  const values = days.map((d) => d.articles)
  if (days.length <= max) return { unit: "day", bins: binBy(values, 1) }
  if (Math.ceil(days.length / 7) <= max) return { unit: "week", bins: binBy(values, 7) }
  for (const [unit, width] of [["month", 7], ["year", 4]] as const) {
    const bins: Bin[] = []
    days.forEach((d, i) => {
      const key = d.date.slice(0, width)
      const last = bins[bins.length - 1]
      if (last && days[last.from]!.date.slice(0, width) === key) { last.to = i; last.value += d.articles }
      else bins.push({ from: i, to: i, value: d.articles })
    })
    if (bins.length <= max || unit === "year") return { unit, bins }
  }
  return { unit: "day", bins: binBy(values, 1) }
}

export function buildView(briefing: Briefing, options: RenderOptions = {}, parts: { chart?: boolean; full?: boolean } = {}) {
  const locale: Locale = options.locale === "en" ? "en" : "ar"
  const digits: Digits = options.digits === "arabic" ? "arabic" : "latin"
  const edition: Edition = options.edition === "screen" ? "screen" : "print"
  const budget: Budget = budgetFor(parts.full ? "full" : edition)
  const charts = parts.chart !== false
  const labels: Labels = labelsFor(locale)
  // Bars of terms keep their Arabic labels on the right; time runs in the document's reading direction.
  const rtl = true
  const timeRtl = labels.dir === "rtl"
  const f: Formatter = createFormatter(locale, digits)
  const pages = options.pageNumbers ?? {}
  const unknown = labels.articles.unknown
  const count = (n: number, forms: CountForms) => counted(n, forms, locale, f.int)
  const base = options.basename ?? "briefing"
  const files = { html: `${base}.html`, md: `${base}.md`, json: `${base}.json` }
  const elsewhere = parts.full ? files.json : edition === "print" ? files.html : files.json

  // Indexes, built once.
  const articles = briefing.articles
  const indexOf = new Map<string, number>()
  articles.forEach((a, i) => { if (!indexOf.has(a.id)) indexOf.set(a.id, i) })
  const originalOf = new Map<string, string>()
  const copiesOf = new Map<string, string[]>()
  for (const d of briefing.duplicates) {
    for (const c of d.copies) if (!originalOf.has(c)) originalOf.set(c, d.original)
    const list = copiesOf.get(d.original)
    if (list) list.push(...d.copies)
    else copiesOf.set(d.original, [...d.copies])
  }
  const storyIndex = new Map(briefing.stories.map((s, i) => [s.id, i] as const))
  const titles = new Map<number, { title: string; titleIsLead: boolean }>()
  const titleAt = (i: number) => {
    let t = titles.get(i)
    if (t === undefined) titles.set(i, (t = articleTitle(articles[i]!)))
    return t
  }
  const titleOf = (id: string) => {
    const i = indexOf.get(id)
    return i === undefined ? id : titleAt(i).title
  }

  const shownStories = take(briefing.stories, budget.stories)
  const detailed: Set<number> = parts.full
    ? new Set(articles.map((_, i) => i))
    : edition === "print" ? detailedArticles(briefing, shownStories, budget.detailed, indexOf) : new Set()
  // A reference links to the article only where the article is in the document (every article on screen).
  const linked = (i: number) => edition === "screen" || detailed.has(i)
  const refs = new Map<number, ArticleRef>()
  const refOf = (id: string): ArticleRef => {
    const i = indexOf.get(id)
    if (i === undefined) return { id, anchor: "", ref: f.digits(id) }
    let r = refs.get(i)
    if (r === undefined) refs.set(i, (r = { id, anchor: linked(i) ? articleAnchor(i) : "", ref: f.int(i + 1) }))
    return r
  }
  const storyLinked = (i: number) => i < shownStories.length || (edition === "screen" && !parts.full)
  const storyRef = (i: number) => ({ anchor: storyLinked(i) ? storyAnchor(i) : "", label: clip(briefing.stories[i]!.label, budget.labelChars) })
  const listed = (id: string) => {
    const r = refOf(id)
    const a = articles[indexOf.get(id) ?? -1]
    return { ...r, title: clip(titleOf(id), Math.min(budget.titleChars, 110)), date: f.date(a?.date ?? null, unknown), source: short(a?.source ?? "") }
  }
  const short = (text: string) => clip(text, budget.chipChars)
  const note = (text: string) => clip(text, budget.noteChars)
  const more = (template: string, rest: number) => (rest > 0 ? fill(template, { n: f.int(rest), file: elsewhere }) : "")

  // Stories
  const stories = shownStories.map((s, i) => ({
    anchor: storyAnchor(i),
    rank: f.int(i + 1),
    label: clip(s.label, budget.labelChars),
    keyphrases: take(s.keyphrases, budget.storyKeyphrases).map(short),
    period: f.dateRange(s.dateRange.from, s.dateRange.to, unknown),
    count: count(s.articles.length, labels.cover.articlesInStory),
    sources: take(s.sources, budget.storySources).map(short).join("، ") + (s.sources.length > budget.storySources ? "، …" : ""),
    articles: take(s.articles, budget.storyArticles).map(listed),
    moreArticles: more(labels.stories.moreArticles, s.articles.length - budget.storyArticles),
    // On screen the rest of the story's articles are there too, folded.
    restArticles: budget.everything ? s.articles.slice(budget.storyArticles).map(listed) : [],
    summary: take(s.summary, budget.storySummary).map((sent) => ({ text: clip(sent.text, budget.sentenceChars), ...refOf(sent.article) })),
    firstLine: s.summary[0]?.text ?? ""
  }))
  const hiddenStories = briefing.stories.length - stories.length
  const storiesNote = {
    shown: hiddenStories > 0 ? fill(labels.stories.shown, { shown: f.int(stories.length), total: f.int(briefing.stories.length) }) : "",
    more: hiddenStories > 0 ? fill(edition === "screen" ? labels.stories.moreScreen : labels.stories.morePrint, { n: f.int(hiddenStories), file: files.html }) : ""
  }

  // Articles with a section of their own (print), or all of them (Markdown, screen details).
  const articleView = (i: number) => {
    const a = articles[i]!
    const { title, titleIsLead } = titleAt(i)
    const original = a.duplicateOf ?? originalOf.get(a.id) ?? null
    const copies = copiesOf.get(a.id) ?? []
    const si = a.story === null ? undefined : storyIndex.get(a.story)
    return {
      anchor: articleAnchor(i),
      ref: f.int(i + 1),
      title: clip(title, budget.titleChars),
      titleIsLead,
      source: a.source === null ? unknown : short(a.source),
      date: f.date(a.date, unknown),
      words: f.int(a.wordCount),
      path: note(a.path),
      keywords: take(a.keywords, budget.keywords).map(short),
      summary: take(a.summary, budget.articleSummary).map((s) => ({ text: clip(s.text, budget.sentenceChars), paragraph: f.int(s.paragraph) })),
      removed: take(a.removed, budget.removed).map((r) => ({
        kind: labels.articles.kinds[r.kind] ?? r.kind,
        line: f.int(r.line),
        text: clip(r.text, Math.min(REMOVED_TEXT, budget.noteChars), "end")
      })),
      moreRemoved: more(labels.articles.removedMore, a.removed.length - budget.removed),
      duplicateOf: original === null ? null : refOf(original),
      copies: take(copies, budget.copies).map(refOf),
      moreCopies: copies.length > budget.copies,
      story: si === undefined ? null : storyRef(si)
    }
  }
  const articleSections = [...detailed].sort((a, b) => a - b).map(articleView)

  // Corpus at a glance
  const c = briefing.corpus
  const distinct = c.bySource.reduce((sum, s) => sum + s.articles, 0)
  const binned = binDays(c.days, TIME_BARS)
  const binLabel = (b: Bin) => {
    const d = c.days[b.from]!.date
    return binned.unit === "month" ? f.month(d) : binned.unit === "year" ? f.digits(d.slice(0, 4)) : f.shortDate(d)
  }
  const daysWith = c.days.reduce((n, d) => n + (d.articles > 0 ? 1 : 0), 0)
  const duplicateCount = new Set(briefing.duplicates.flatMap((d) => d.copies)).size
  const corpus = {
    facts: [
      count(c.articles, labels.cover.articlesInStory),
      count(c.bySource.length || c.sources.length, labels.corpus.sourcesCount),
      count(daysWith, labels.corpus.days),
      ...(duplicateCount > 0 ? [count(duplicateCount, labels.corpus.duplicates)] : [])
    ].join(" · "),
    period: f.dateRange(c.dateRange.from, c.dateRange.to, unknown),
    undated: c.undated > 0 ? count(c.undated, labels.corpus.undated) : "",
    chart: charts && c.days.length > 1
      ? timeBarChart(binned.bins.map((b) => ({ label: binLabel(b), value: b.value, display: f.int(b.value) })), { rtl: timeRtl, format: f.int })
      : "",
    bars: binned.bins.map((b) => ({ label: binned.unit === "day" ? f.date(c.days[b.from]!.date, unknown) : binLabel(b), value: f.int(b.value) })),
    chartCaption: { day: labels.corpus.perDay, week: labels.corpus.perWeek, month: labels.corpus.perMonth, year: labels.corpus.perYear }[binned.unit],
    oneDay: c.days.length === 1 ? fill(labels.corpus.oneDay, { date: f.date(c.days[0]!.date, unknown) }) : "",
    noDates: c.days.length === 0 ? labels.corpus.noDates : "",
    sources: take(c.bySource, budget.sources).map((s) => ({
      source: short(s.source),
      articles: f.int(s.articles),
      share: f.percent(distinct > 0 ? s.articles / distinct : 0)
    })),
    moreSources: c.bySource.length > budget.sources
      ? fill(labels.corpus.moreSources, {
        n: f.int(c.bySource.length - budget.sources),
        m: f.int(c.bySource.slice(budget.sources).reduce((sum, s) => sum + s.articles, 0))
      })
      : ""
  }

  // What is rising
  const r = briefing.rising
  const dayIndex = new Map(c.days.map((d, i) => [d.date, i] as const))
  const recentFrom = r.recent ? dayIndex.get(r.recent.from) ?? c.days.length : c.days.length
  const spark = (daily: readonly number[]) => {
    if (!charts || daily.length === 0) return ""
    const size = Math.ceil(daily.length / SPARK_BARS)
    const bins = binBy(daily, size)
    // A bin is recent when it reaches into the recent period.
    const firstRecent = bins.findIndex((b) => b.to >= recentFrom)
    return sparkline(bins.map((b) => b.value), firstRecent < 0 ? bins.length : firstRecent, { rtl: timeRtl })
  }
  const rising = {
    ok: r.status === "ok",
    reason: r.status === "no-dates" ? labels.rising.noDates : r.status === "too-few-days" ? labels.rising.tooFewDays : "",
    periods: r.status === "ok" && r.recent && r.baseline
      ? fill(labels.rising.periods, {
        recent: f.dateRange(r.recent.from, r.recent.to, unknown),
        baseline: f.dateRange(r.baseline.from, r.baseline.to, unknown)
      })
      : "",
    items: r.status === "ok" ? take(r.items, budget.rising).map((item) => {
      const si = item.kind === "story" ? storyIndex.get(item.key) : undefined
      return {
        kind: labels.rising.kinds[item.kind],
        kindKey: item.kind,
        label: clip(item.label, budget.labelChars),
        anchor: si !== undefined && storyLinked(si) ? storyAnchor(si) : "",
        chart: spark(item.daily),
        recent: f.int(item.recent),
        earlier: f.int(item.earlier),
        ratio: `×${f.decimal(item.ratio)}`,
        score: f.score(item.score)
      }
    }) : []
  }

  // Distinctive terms
  const distinctive = take(briefing.distinctive, budget.distinctive).map((t, i) => ({
    rank: f.int(i + 1),
    term: short(t.term),
    keyness: f.decimal(t.keyness), keynessValue: t.keyness,
    count: f.int(t.count), countValue: t.count,
    articles: f.int(t.articles), articlesValue: t.articles
  }))

  // Themes
  const topics = take(briefing.topics, budget.topics).map((t) => ({
    label: clip(t.label, budget.labelChars),
    size: f.int(t.articles.length),
    keyphrases: take(t.keyphrases, budget.topicKeyphrases).map(short).join("، "),
    weight: f.score(t.weight),
    examples: take(t.articles, budget.topicTitles).map(listed),
    more: more(labels.topics.more, t.articles.length - budget.topicTitles)
  }))

  const topTerms = briefing.terms.slice(0, TABLE_TERMS)
  const termOrders = sortOrders(topTerms, {
    term: (a, b) => collator.compare(a.term, b.term),
    articles: (a, b) => b.articles - a.articles
  })
  const shownEntities = take(briefing.entities, budget.entities)
  const entityOrders = sortOrders(shownEntities, {
    name: (a, b) => collator.compare(a.name, b.name),
    kind: (a, b) => collator.compare(labels.entities[a.kind], labels.entities[b.kind])
  })
  const chart = !charts ? "" : termsBarChart(
    briefing.terms.slice(0, CHART_TERMS).map((t) => ({ label: t.term, value: t.count, display: f.int(t.count) })),
    { rtl }
  )

  // Every story and every article (screen)
  const allStories = budget.everything ? blocks(briefing.stories.map((s, i) => ({
    id: i < stories.length ? "" : storyAnchor(i),
    anchor: storyAnchor(i),
    rank: f.int(i + 1),
    label: s.label,
    size: f.int(s.articles.length),
    period: f.dateRange(s.dateRange.from, s.dateRange.to, unknown),
    sources: take(s.sources, 3).join("، ") + (s.sources.length > 3 ? "، …" : "")
  })), INDEX_BLOCK, STORY_ROW_PX) : []
  const sourceNumber = new Map(c.bySource.map((s, i) => [s.source, i + 1] as const))
  const index = budget.everything ? blocks(articles.map((a, i) => {
    const v = articleView(i)
    const si = a.story === null ? undefined : storyIndex.get(a.story)
    return {
      ...v,
      story: si === undefined ? null : { anchor: storyAnchor(si), label: clip(briefing.stories[si]!.label, 60) },
      storyNo: si === undefined ? "" : String(si + 1),
      sourceNo: a.source === null ? "" : String(sourceNumber.get(a.source) ?? ""),
      iso: a.date ?? "",
      keywordsLine: v.keywords.join("، "),
      // One paragraph per article, each sentence followed by its paragraph number: few elements for 30,000 rows.
      summaryLine: v.summary.map((x) => `${x.text} (¶\u202f${x.paragraph})`).join(" ")
    }
  }), INDEX_BLOCK, INDEX_ROW_PX) : []

  const sections = (id: string, label: string) => ({ id, label, level: 1 })
  const contents = [
    sections("corpus", labels.corpus.title),
    sections("stories", labels.stories.title),
    ...stories.map((s) => ({ id: s.anchor, label: s.label, level: 2, arabic: true })),
    sections("rising", labels.rising.title),
    sections("distinctive", labels.distinctive.title),
    ...(topics.length ? [sections("topics", labels.topics.title)] : []),
    sections("entities", labels.entities.title),
    sections("terms", labels.terms.title),
    ...(briefing.keyphrases.length ? [{ id: "keyphrases", label: labels.terms.keyphrases, level: 2 }] : []),
    ...(briefing.termsInContext.length ? [{ id: "in-context", label: labels.terms.inContext, level: 2 }] : []),
    ...(budget.everything
      ? [sections("all-stories", labels.stories.all), sections("articles", labels.articles.index)]
      : [
        sections("articles", labels.articles.title),
        ...articleSections.map((a) => ({ id: a.anchor, label: a.title, level: 2, number: a.ref, arabic: true }))
      ]),
    sections("appendix", labels.appendix.title)
  ].map((e) => ({ ...e, page: pages[e.id] === undefined ? "" : f.int(pages[e.id]!) }))

  const distinctiveCover = briefing.distinctive.length > 0
  // Listed only where every article is in the document: at volume the count says enough (the index lists them).
  const listUnassigned = !budget.everything && detailed.size === articles.length
  const unassigned = listUnassigned ? take(briefing.unassigned, budget.unassigned).map(listed) : []
  const coverArticles = stories.length > 0 ? [] : take(articles, COVER_ARTICLES).map((a, i) => {
    const r = refOf(a.id)
    return { anchor: r.anchor, ref: r.ref, title: clip(titleAt(i).title, 110, "end"), meta: [a.source === null ? null : short(a.source), a.date === null ? null : f.date(a.date, unknown)].filter((x) => x !== null).join(" · ") }
  })

  return {
    lang: labels.lang,
    dir: labels.dir,
    digits,
    edition,
    screen: edition === "screen",
    labels,
    title: clip(briefing.title, budget.labelChars + 20),
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
      moreStories: briefing.stories.length > COVER_STORIES ? labels.cover.moreStories.replace("{n}", f.int(briefing.stories.length - COVER_STORIES)) : "",
      // Without stories the overview lists the articles themselves, one line each.
      articles: coverArticles,
      moreArticles: stories.length === 0 && articles.length > COVER_ARTICLES
        ? labels.cover.moreArticles.replace("{n}", f.int(articles.length - COVER_ARTICLES))
        : "",
      keyphrases: briefing.keyphrases.slice(0, COVER_KEYPHRASES).map((k) => clip(k.phrase, COVER_CHIP)),
      termsLabel: distinctiveCover ? labels.cover.distinctiveTerms : labels.cover.topTerms,
      terms: (distinctiveCover ? briefing.distinctive : briefing.terms).slice(0, COVER_TERMS).map((t) => ({ term: clip(t.term, COVER_CHIP), count: f.int(t.count) }))
    },
    contents,
    corpus,
    stories,
    storiesNote,
    unassignedCount: briefing.unassigned.length > 0 ? count(briefing.unassigned.length, labels.stories.unassignedCount) : "",
    unassigned,
    moreUnassigned: listUnassigned ? more(labels.stories.moreUnassigned, briefing.unassigned.length - budget.unassigned) : "",
    rising,
    distinctive,
    topics,
    moreTopics: more(labels.topics.moreTopics, briefing.topics.length - budget.topics),
    terms: {
      chart,
      chartCaption: counted(Math.min(CHART_TERMS, briefing.terms.length), labels.terms.chartCaption, locale, f.int),
      rows: topTerms.map((t, i) => ({
        order: termOrders[i],
        rank: f.int(i + 1), rankValue: i + 1,
        term: short(t.term),
        count: f.int(t.count), countValue: t.count,
        articles: f.int(t.articles), articlesValue: t.articles,
        share: f.percent(t.share), shareValue: t.share,
        variants: t.variants.filter((v) => v !== t.term).slice(0, 4).map(short).join("، ")
      })),
      keyphrases: briefing.keyphrases.slice(0, TABLE_KEYPHRASES).map((k, i) => ({
        rank: f.int(i + 1), phrase: clip(k.phrase, budget.labelChars), score: f.score(k.score), scoreValue: k.score
      })),
      kwic: briefing.termsInContext.slice(0, KWIC_TERMS).map((t) => ({
        term: short(t.term),
        lines: t.lines.slice(0, KWIC_LINES).map((l) => ({
          left: clip(l.left, KWIC_CONTEXT, "start"),
          match: short(l.match),
          right: clip(l.right, KWIC_CONTEXT, "end"),
          ...refOf(l.article)
        }))
      }))
    },
    entities: shownEntities.map((e, i) => ({
      order: entityOrders[i],
      name: clip(e.name, Math.min(80, budget.labelChars)),
      variants: e.variants.filter((v) => v !== e.name).slice(0, 3).map((v) => clip(v, 40)).join("، "),
      kindKey: e.kind,
      kind: labels.entities[e.kind],
      count: f.int(e.count), countValue: e.count,
      articleCount: f.int(e.articles.length),
      articles: take(e.articles, budget.entityRefs).map(refOf),
      moreRefs: e.articles.length > budget.entityRefs && budget.entityRefs > 0
    })),
    moreEntities: more(labels.entities.more, briefing.entities.length - budget.entities),
    articles: articleSections,
    detailedNote: edition === "print" && !parts.full
      ? fill(labels.articles.detailed, { n: f.int(articleSections.length), total: f.int(articles.length) })
      : "",
    everyArticle: edition === "print" && !parts.full && articleSections.length < articles.length
      ? fill(labels.articles.everyArticle, files)
      : "",
    allStories,
    index,
    indexRowPx: INDEX_ROW_PX,
    filter: {
      stories: budget.everything ? briefing.stories.map((s, i) => ({ value: String(i + 1), number: f.int(i + 1), label: clip(s.label, 60) })) : [],
      sources: c.bySource.map((s, i) => ({ value: String(i + 1), label: s.source })),
      from: c.days[0]?.date ?? "",
      to: c.days[c.days.length - 1]?.date ?? ""
    },
    appendix: {
      skipped: take(briefing.skipped, budget.skipped).map((s) => ({ path: note(s.path), reason: note(s.reason), line: s.line === undefined ? "" : f.int(s.line) })),
      moreSkipped: more(labels.appendix.moreSkipped, briefing.skipped.length - budget.skipped),
      methods: [
        { name: labels.terms.title, lines: labels.appendix.methods.terms },
        { name: labels.distinctive.title, lines: labels.appendix.methods.distinctive },
        { name: labels.terms.keyphrases, lines: labels.appendix.methods.keyphrases },
        { name: labels.articles.summary, lines: labels.appendix.methods.summaries },
        { name: labels.stories.title, lines: labels.appendix.methods.stories },
        { name: labels.rising.title, lines: labels.appendix.methods.rising },
        // The print edition says what it leaves out and where the rest is.
        ...(edition === "print" && !parts.full ? [{
          name: labels.appendix.editionTitle,
          lines: [
            articleSections.length === articles.length
              ? fill(labels.articles.detailedAll, { n: f.int(articles.length) })
              : fill(labels.articles.detailed, { n: f.int(articleSections.length), total: f.int(articles.length) }),
            fill(labels.articles.everyArticle, files)
          ]
        }] : [])
      ],
      versions: [
        { name: labels.appendix.generator, value: `${briefing.generator.name} ${briefing.generator.version}` },
        { name: labels.appendix.schema, value: `schemaVersion ${briefing.schemaVersion}` },
        ...(parts.full ? [] : [{ name: labels.appendix.edition, value: labels.appendix.editions[edition] }]),
        { name: labels.appendix.generatedAt, value: f.timestamp(briefing.generatedAt) },
        { name: labels.appendix.font, value: "Noto Naskh Arabic (SIL OFL 1.1)" }
      ]
    }
  }
}

export type View = ReturnType<typeof buildView>

/** Rows cut into blocks of `size`, each with its placeholder height (rows of a fixed height `rowPx`). */
function blocks<T>(rows: readonly T[], size: number, rowPx: number): { rows: readonly T[]; height: number }[] {
  const out: { rows: readonly T[]; height: number }[] = []
  for (let i = 0; i < rows.length; i += size) {
    const part = rows.slice(i, i + size)
    out.push({ rows: part, height: part.length * rowPx })
  }
  return out
}

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
