import { stem } from "@mawjaz/arabic-stemmer"
import { readArticles, type Article } from "@mawjaz/articles"
import { KEYNESS_MIN } from "@mawjaz/keywords"
import { describe, expect, it } from "vitest"
import {
  analyseArticle,
  assembleBriefing,
  entitiesView,
  entryOf,
  buildBriefing,
  calendarOf,
  decodeBriefing,
  encodeBriefing,
  prepareCorpus,
  SCHEMA_VERSION,
  storiesView,
  storyScore,
  termsInContext,
  termsView,
  topicsView
} from "../src/index.js"

// Short news items of our own: two on a flood, one on a book fair, and a copy of the first.
const FLOOD_1 = `أمطار غزيرة تغمر شوارع مدينة الإسكندرية

غمرت أمطار غزيرة شوارع مدينة الإسكندرية صباح الأحد، ما أدى إلى تعطل حركة المرور في عدد من الأحياء.

وقالت محافظة الإسكندرية إن فرق الطوارئ تعمل على سحب المياه من الشوارع الرئيسية، وإن المدارس ستغلق أبوابها يوم الاثنين.

وتوقعت هيئة الأرصاد استمرار الأمطار الغزيرة على السواحل الشمالية حتى منتصف الأسبوع.
`
const FLOOD_2 = `السيول تعطل الدراسة في الإسكندرية

قررت محافظة الإسكندرية تعليق الدراسة في المدارس يوم الاثنين بعد أمطار غزيرة أغرقت الشوارع.

وأوضحت المحافظة أن فرق الطوارئ سحبت المياه من معظم الشوارع الرئيسية، فيما تتوقع هيئة الأرصاد أمطارا غزيرة جديدة على السواحل الشمالية.
`
const FAIR = `افتتاح معرض الكتاب في عمان

افتتحت وزارة الثقافة معرض عمان الدولي للكتاب بمشاركة أكثر من ثلاثمئة دار نشر عربية وأجنبية.

ويضم برنامج المعرض ندوات فكرية وأمسيات شعرية وتوقيع كتب جديدة لعدد من الروائيين العرب.
`

const read = (name: string, text: string): Article => {
  const { articles } = readArticles(`${name}.txt`, new TextEncoder().encode(text))
  expect(articles).toHaveLength(1)
  return articles[0]!
}

const corpus = () => [read("flood-1", FLOOD_1), read("flood-2", FLOOD_2), read("fair", FAIR), read("flood-copy", FLOOD_1)]

const build = () =>
  buildBriefing(corpus().map((a) => analyseArticle(a)), [{ path: "broken.txt", reason: "empty file" }], {
    generatedAt: "2026-01-01T00:00:00.000Z",
    generator: { name: "mawjaz", version: "test" },
    duplicates: [{ original: "flood-1", copies: ["flood-copy"] }]
  })

describe("analyseArticle", () => {
  it("gives a summary whose offsets and paragraph numbers point into the article", () => {
    const article = read("flood-1", FLOOD_1)
    const analysed = analyseArticle(article)
    expect(analysed.summary.length).toBeGreaterThanOrEqual(2)
    for (const s of analysed.summary) {
      expect(article.text.slice(s.start, s.end)).toBe(s.text)
      const p = article.paragraphs[s.paragraph - 1]!
      expect(p.start <= s.start && s.end <= p.end).toBe(true)
    }
    expect(analysed.wordCount).toBeGreaterThan(30)
    expect(analysed.keywords.length).toBeGreaterThan(0)
    expect(analysed.lead.startsWith("غمرت أمطار غزيرة")).toBe(true)
  })
})

// Two items of our own on a name newer than the stemmer's news lexicon, once bare and once behind ل and ب.
const VISIT = `زيلينسكي يزور برلين

وصل الرئيس الأوكراني زيلينسكي إلى برلين اليوم في زيارة رسمية يلتقي خلالها المستشار الألماني.
`
const TALKS = `محادثات في برلين

قال المستشار الألماني إنه أكد لزيلينسكي استمرار الدعم، وإن الحكومة ستبحث مع فريق زيلينسكي طلبات جديدة.

وأشاد المستشار بزيلينسكي وبالدعم الأوروبي.
`

describe("buildBriefing", () => {
  it("counts a name newer than the news lexicon as one term with and without a preposition", () => {
    const briefing = buildBriefing([read("visit", VISIT), read("talks", TALKS)].map((a) => analyseArticle(a)), [], {
      generatedAt: "2026-01-01T00:00:00.000Z",
      generator: { name: "mawjaz", version: "test" }
    })
    const name = briefing.terms.find((t) => t.stem === "زيلينسكي")
    expect(name?.count).toBe(4)
    expect(name?.variants).toEqual(expect.arrayContaining(["لزيلينسكي", "بزيلينسكي"]))
    // outside the briefing the stemmer has no such evidence
    expect(stem("لزيلينسكي")).toBe("لزيلينسكي")
  })

  it("counts a copied article once but still lists it, marked as a copy", () => {
    const briefing = build()
    expect(briefing.corpus.articles).toBe(4)
    const copy = briefing.articles.find((a) => a.id === "flood-copy")!
    expect(copy.duplicateOf).toBe("flood-1")
    // The copy's words do not inflate the counts: each term is counted over the three distinct articles.
    for (const t of briefing.terms) expect(t.articles).toBeLessThanOrEqual(3)
  })

  it("sorts terms by count and keeps function words out of them", () => {
    const { terms } = build()
    expect(terms.length).toBeGreaterThan(5)
    for (let i = 1; i < terms.length; i++) expect(terms[i - 1]!.count).toBeGreaterThanOrEqual(terms[i]!.count)
    for (const t of terms.slice(0, 5)) expect(["في", "من", "على", "إلى", "أن", "إن"]).not.toContain(t.term)
  })

  it("groups the two flood reports into a story and uses the stories as topics on a small corpus", () => {
    const briefing = build()
    const flood = briefing.stories.find((s) => s.articles.includes("flood-1"))
    expect(flood?.articles).toContain("flood-2")
    expect(flood?.articles).not.toContain("fair")
    expect(briefing.articles.find((a) => a.id === "flood-copy")?.story).toBe(flood?.id)
    expect(briefing.topics.map((t) => t.label)).toEqual(briefing.stories.map((s) => s.label))
    for (const s of flood?.summary ?? []) expect(["flood-1", "flood-2"]).toContain(s.article)
  })

  it("round-trips through its JSON encoding with the schema version", () => {
    const briefing = build()
    const json = JSON.parse(JSON.stringify(encodeBriefing(briefing)))
    expect(json.schemaVersion).toBe(SCHEMA_VERSION)
    expect(decodeBriefing(json)).toEqual(briefing)
    expect(json.skipped).toEqual([{ path: "broken.txt", reason: "empty file" }])
  })

  it("rejects a file of another schema version", () => {
    const json = JSON.parse(JSON.stringify(encodeBriefing(build())))
    expect(() => decodeBriefing({ ...json, schemaVersion: 1 })).toThrow()
  })
})

describe("the corpus view in parts", () => {
  it("gives the same briefing assembled from parts that crossed a thread as in one call", () => {
    const analysed = corpus().map((a) => analyseArticle(a))
    const options = {
      generatedAt: "2026-01-01T00:00:00.000Z",
      generator: { name: "mawjaz", version: "test" },
      duplicates: [{ original: "flood-1", copies: ["flood-copy"] }]
    }
    const { docs, sources } = prepareCorpus(analysed, options.duplicates)
    // What a worker thread hands back is a structured clone: plain data, no classes.
    const views = structuredClone({ terms: termsView(docs), entities: entitiesView(docs), stories: storiesView(docs, sources), topics: topicsView(docs) })
    const parts = assembleBriefing(structuredClone(analysed.map(entryOf)), [{ path: "broken.txt", reason: "empty file" }], views, options)
    expect(encodeBriefing(parts)).toEqual(encodeBriefing(build()))
  })

  it("says why nothing can rise in a corpus without dates", () => {
    const { rising, corpus } = build()
    expect(rising.status).toBe("no-dates")
    expect(rising.items).toEqual([])
    expect(corpus.days).toEqual([])
    expect(corpus.undated).toBe(4)
  })

  it("ranks distinctive terms with the significant ones first, by keyness, and gives every term its keyness", () => {
    const { distinctive, terms } = build()
    expect(distinctive.length).toBeGreaterThan(3)
    const significant = distinctive.filter((t) => t.keyness > KEYNESS_MIN)
    expect(distinctive.slice(0, significant.length)).toEqual(significant)
    for (let i = 1; i < significant.length; i++) expect(significant[i - 1]!.keyness).toBeGreaterThanOrEqual(significant[i]!.keyness)
    for (const t of terms) expect(Number.isFinite(t.keyness)).toBe(true)
  })
})

describe("calendarOf", () => {
  it("lists every day from the first date to the last, and places each date on it", () => {
    const c = calendarOf(["2015-07-30", null, "2015-08-02", "2015-07-30", "not a date"])
    expect(c.days).toEqual(["2015-07-30", "2015-07-31", "2015-08-01", "2015-08-02"])
    expect(c.index).toEqual([0, null, 3, 0, null])
  })

  it("is empty without dates", () => {
    expect(calendarOf([null, null])).toEqual({ days: [], index: [null, null] })
  })
})

describe("storyScore", () => {
  it("ranks a burst of reports above a slow trickle of the same size, and size above concentration", () => {
    expect(storyScore(10, 1)).toBeGreaterThan(storyScore(10, 20))
    expect(storyScore(30, 20)).toBeGreaterThan(storyScore(10, 1))
    expect(storyScore(5, null)).toBe(storyScore(5, 1))
  })
})

describe("termsInContext", () => {
  it("takes each line from a different article, around a real occurrence", () => {
    const docs = [
      { id: "a", text: "زارت الوزيرة المدارس.\nثم عادت الوزيرة إلى المدارس مرة أخرى." },
      { id: "b", text: "قالت إن المدارس ستغلق يوم الاثنين." }
    ]
    const [kwic] = termsInContext(docs, [{ term: "المدارس", stem: stem("المدارس") }])
    expect(kwic!.lines.map((l) => l.article)).toEqual(["a", "b"])
    expect(kwic!.lines[0]!.match).toBe("المدارس")
    expect(kwic!.lines[0]!.left + kwic!.lines[0]!.match + kwic!.lines[0]!.right).toBe("زارت الوزيرة المدارس.")
  })
})
