/**
 * Synthetic briefings of any size for the volume tests: deterministic Arabic-looking text, every list and text as
 * long as asked. `worst` makes every field far longer than any real briefing has (titles, sentences, labels, lists),
 * so that the printed edition's page bound is tested against text the budget must cut, not against typical text.
 */
import type { Briefing } from "@mawjaz/briefing"

const WORDS = [
  "الحكومة", "الرئيس", "المفاوضات", "الاتفاق", "الاقتصاد", "النفط", "الأسعار", "المنطقة", "الأمن", "الوزير",
  "البرلمان", "الانتخابات", "المعارضة", "العاصمة", "الحدود", "السكان", "المستشفى", "الجامعة", "المدينة", "القطاع",
  "التعاون", "العلاقات", "المجلس", "الدولي", "الخليج", "الشركات", "الاستثمار", "التجارة", "الطاقة", "المياه",
  "قال", "أعلن", "أكد", "أضاف", "اليوم", "أمس", "خلال", "بعد", "قبل", "على", "في", "من", "إلى", "مع", "عن"
]

/** A small deterministic generator (mulberry32), so the same options always give the same briefing. */
function random(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export interface SyntheticOptions {
  articles: number
  stories: number
  /** Days from the first date to the last (0: no dates at all). */
  days?: number
  /** Every text and list far beyond the print budget's cuts. */
  worst?: boolean
  seed?: number
}

export function synthetic(options: SyntheticOptions): Briefing {
  const rnd = random(options.seed ?? 1)
  const worst = options.worst ?? false
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!
  // A few texts of each length, shared: a large briefing costs memory for its lists, not for copies of its text.
  const pool = new Map<number, string[]>()
  const text = (words: number) => {
    let texts = pool.get(words)
    if (texts === undefined) {
      texts = Array.from({ length: 8 }, () => Array.from({ length: words }, () => pick(WORDS)).join(" "))
      pool.set(words, texts)
    }
    return pick(texts)
  }
  const n = options.articles
  const dayCount = options.days ?? 120
  const start = Date.UTC(2015, 6, 1)
  const iso = (d: number) => new Date(start + d * 86_400_000).toISOString().slice(0, 10)
  const sources = Array.from({ length: worst ? 300 : 12 }, (_, i) => (worst ? `${text(12)} ${i}` : `source-${i + 1}`))
  // Two articles in three belong to a story; stories of low number are the large ones (a few big stories, many small).
  const storyOf = (i: number) => {
    if (i % 3 === 0 || options.stories === 0) return null
    const u = (Math.imul(i, 2654435761) >>> 0) / 4294967296
    return Math.floor(u * u * options.stories)
  }
  const ids = Array.from({ length: n }, (_, i) => `a-${String(i).padStart(6, "0")}`)
  const dates = Array.from({ length: n }, (_, i) => (dayCount === 0 ? null : iso(Math.floor((i / n) * dayCount))))

  const articles = ids.map((id, i) => {
    const s = storyOf(i)
    return {
      id,
      path: `data/${worst ? text(30).replace(/ /g, "/") : "news"}/${id}.txt`,
      title: i % 17 === 5 ? null : text(worst ? 60 : 9),
      date: dates[i]!,
      source: sources[i % sources.length]!,
      author: null,
      url: null,
      encoding: "utf-8",
      wordCount: 300 + (i % 500),
      lead: text(worst ? 80 : 20),
      keywords: Array.from({ length: worst ? 40 : 8 }, () => text(worst ? 4 : 1)),
      summary: Array.from({ length: worst ? 12 : 3 }, (_, k) => ({ text: text(worst ? 300 : 30), start: k * 100, end: k * 100 + 90, paragraph: k + 1 })),
      removed: Array.from({ length: worst ? 30 : i % 7 === 0 ? 1 : 0 }, (_, k) => ({ kind: "boilerplate" as const, line: k + 1, text: text(worst ? 80 : 6) })),
      duplicateOf: null,
      story: s === null ? null : `story-${s + 1}`
    }
  })

  const members = Array.from({ length: options.stories }, () => [] as number[])
  articles.forEach((_, i) => { const s = storyOf(i); if (s !== null) members[s]!.push(i) })
  const stories = members.map((m, s) => ({
    id: `story-${s + 1}`,
    label: text(worst ? 40 : 4),
    keyphrases: Array.from({ length: worst ? 30 : 5 }, () => text(worst ? 5 : 2)),
    articles: m.map((i) => ids[i]!),
    dateRange: { from: dates[m[0] ?? 0] ?? null, to: dates[m[m.length - 1] ?? 0] ?? null },
    sources: worst ? sources.slice(0, 60) : sources.slice(0, 3),
    score: options.stories - s,
    summary: m.slice(0, worst ? 10 : 3).map((i) => ({ article: ids[i]!, text: text(worst ? 300 : 30), start: 0, end: 100 }))
  }))

  const term = (k: number) => ({
    term: worst ? text(6) : `${pick(WORDS)}${k}`, stem: `s${k}`, count: 5000 - k, articles: 900 - (k % 800), share: 0.01,
    keyness: 3000 - k, variants: Array.from({ length: worst ? 20 : 2 }, () => text(worst ? 4 : 1))
  })
  const terms = Array.from({ length: worst ? 500 : 200 }, (_, k) => term(k))
  const dayList = Array.from({ length: dayCount }, (_, d) => ({ date: iso(d), articles: 0 }))
  dates.forEach((d) => { if (d !== null) dayList[Math.round((Date.parse(d) - start) / 86_400_000)]!.articles += 1 })
  const recentFrom = Math.floor(dayCount * 0.75)
  const daily = () => dayList.map((_, d) => Math.floor(rnd() * (d >= recentFrom ? 12 : 4)))

  return {
    schemaVersion: 2,
    title: text(worst ? 40 : 6),
    generatedAt: "2026-12-01T00:00:00.000Z",
    generator: { name: "mawjaz", version: "0.0.0" },
    corpus: {
      articles: n,
      words: n * 400,
      sources,
      dateRange: { from: dayCount === 0 ? null : iso(0), to: dayCount === 0 ? null : iso(dayCount - 1) },
      days: dayList,
      undated: dayCount === 0 ? n : 0,
      bySource: sources.map((source, i) => ({ source, articles: Math.ceil((n - i) / sources.length) }))
    },
    articles,
    terms,
    distinctive: terms,
    rising: dayCount < 8
      ? { status: dayCount === 0 ? "no-dates" as const : "too-few-days" as const, recent: null, baseline: null, items: [] }
      : {
        status: "ok" as const,
        recent: { from: iso(recentFrom), to: iso(dayCount - 1) },
        baseline: { from: iso(0), to: iso(recentFrom - 1) },
        items: Array.from({ length: worst ? 60 : 12 }, (_, k) => ({
          kind: (["term", "entity", "story"] as const)[k % 3]!,
          label: k % 3 === 2 ? stories[k % Math.max(1, stories.length)]?.label ?? text(3) : text(worst ? 30 : 2),
          key: k % 3 === 2 ? `story-${(k % Math.max(1, stories.length)) + 1}` : `k${k}`,
          score: 100 - k, recent: 40 + k, earlier: 10, ratio: 3.5, daily: daily()
        }))
      },
    keyphrases: Array.from({ length: worst ? 300 : 40 }, (_, k) => ({ phrase: text(worst ? 12 : 2), score: 1 - k / 400 })),
    termsInContext: terms.slice(0, worst ? 50 : 10).map((t, k) => ({
      term: t.term,
      lines: Array.from({ length: worst ? 20 : 3 }, (_, j) => ({ article: ids[(k * 7 + j) % n]!, left: text(worst ? 60 : 8), match: t.term, right: text(worst ? 60 : 8) }))
    })),
    stories,
    unassigned: ids.filter((_, i) => storyOf(i) === null),
    topics: Array.from({ length: worst ? 100 : 10 }, (_, k) => ({
      label: text(worst ? 30 : 3),
      keyphrases: Array.from({ length: worst ? 30 : 6 }, () => text(worst ? 4 : 1)),
      articles: ids.filter((_, i) => i % (worst ? 100 : 10) === k),
      weight: 1 / (k + 1)
    })),
    entities: Array.from({ length: worst ? 800 : 150 }, (_, k) => ({
      name: worst ? text(20) : `${pick(WORDS)} ${k}`,
      kind: (["person", "place", "organisation"] as const)[k % 3]!,
      variants: Array.from({ length: worst ? 10 : 2 }, () => text(worst ? 10 : 1)),
      count: 1000 - k,
      articles: ids.filter((_, i) => i % (k + 2) === 0)
    })),
    duplicates: [],
    skipped: Array.from({ length: worst ? 2000 : 3 }, (_, k) => ({ path: `in/${text(worst ? 40 : 1)}-${k}.txt`, reason: text(worst ? 80 : 5) }))
  } as unknown as Briefing
}
