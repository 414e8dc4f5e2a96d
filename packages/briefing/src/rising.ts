/**
 * The briefing's "what is rising" section: terms, entities and stories whose share of articles bursts in
 * the latest days (`findRising` in @mawjaz/topics: a recent window against the earlier days, signed G²).
 *
 * Two guards keep an outlet's own habits from passing for news, both measured on SaudiNewsNet
 * (packages/topics/README.md, "Rising"):
 * - only articles of outlets that also have articles before the recent window take part: an outlet that
 *   joins the corpus in its last days brings its datelines and sign-offs, which would all "rise";
 * - an item must be used by at least two *effective* outlets in the recent window (1 / Σ pᵢ², pᵢ each
 *   outlet's share of the item's recent articles): a share line that one outlet prints under every article
 *   is used by one effective outlet however many others mention the word once.
 */
import { findRising, recentWindowDays } from "@mawjaz/topics"
import { Rising, RisingItem, type Entity, type Story } from "./Briefing.js"
import type { Calendar } from "./days.js"

export interface RisingFrame {
  /** First day of the recent window (a calendar index), null without dated articles. */
  readonly recentFrom: number | null
  /** Last dated day. */
  readonly last: number | null
  /** Per document: whether it takes part in the test (dated, and its outlet has articles before the window). */
  readonly eligible: ReadonlyArray<boolean>
}

/** The recent window of a corpus and the articles that take part in the rising test. */
export const risingFrame = (docs: ReadonlyArray<{ readonly day: number | null; readonly source: string | null }>): RisingFrame => {
  let first = Infinity
  let last = -Infinity
  for (const d of docs) {
    if (d.day === null) continue
    if (d.day < first) first = d.day
    if (d.day > last) last = d.day
  }
  if (!Number.isFinite(first)) return { recentFrom: null, last: null, eligible: docs.map(() => false) }
  const recentFrom = Math.max(first, last - recentWindowDays(last - first + 1) + 1)
  const before = new Set<string>()
  for (const d of docs) if (d.day !== null && d.day < recentFrom) before.add(d.source ?? "")
  return { recentFrom, last, eligible: docs.map((d) => d.day !== null && before.has(d.source ?? "")) }
}

/** 1 / Σ pᵢ² over the outlets' counts: 1 for a single outlet, k for k outlets in equal shares. */
export const effectiveOutlets = (counts: Iterable<number>): number => {
  let sum = 0
  let squares = 0
  for (const c of counts) {
    sum += c
    squares += c * c
  }
  return squares > 0 ? (sum * sum) / squares : 0
}

/** A series for the test: articles per calendar day, and its effective outlets in the recent window. */
export interface RisingSeriesInput {
  readonly key: string
  readonly label: string
  readonly kind: RisingItem["kind"]
  readonly daily: ReadonlyMap<number, number>
  readonly sources: number
}

/** How many of each kind the section keeps. */
const KEEP = { term: 8, entity: 5, story: 5 } as const

export interface ArticleFacts {
  readonly day: number | null
  readonly source: string | null
  readonly eligible: boolean
}

/** The series of a list of articles (an entity's, a story's): eligible articles only. */
export const seriesOfArticles = (
  ids: ReadonlyArray<string>,
  factsOf: (id: string) => ArticleFacts | undefined,
  recentFrom: number | null
): { daily: Map<number, number>; sources: number } => {
  const daily = new Map<number, number>()
  const outlets = new Map<string, number>()
  for (const id of ids) {
    const f = factsOf(id)
    if (!f || !f.eligible || f.day === null) continue
    daily.set(f.day, (daily.get(f.day) ?? 0) + 1)
    if (recentFrom !== null && f.day >= recentFrom) outlets.set(f.source ?? "", (outlets.get(f.source ?? "") ?? 0) + 1)
  }
  return { daily, sources: effectiveOutlets(outlets.values()) }
}

/**
 * The section: each kind tested on its own and kept to a handful, then mixed strongest first. A term
 * that is also a listed entity's name is shown once, as the entity.
 */
export const risingOf = (
  calendar: Calendar,
  frame: RisingFrame,
  totals: ReadonlyArray<number>,
  terms: ReadonlyArray<RisingSeriesInput>,
  entities: ReadonlyArray<Entity>,
  stories: ReadonlyArray<Story>,
  factsOf: (id: string) => ArticleFacts | undefined
): Rising => {
  if (frame.recentFrom === null || frame.last === null) return new Rising({ status: "no-dates", recent: null, baseline: null, items: [] })
  const options = { recentDays: frame.last - frame.recentFrom + 1 }
  // Dated articles but none before the recent window (one day of news, say): nothing to compare with.
  if (!frame.eligible.some((e) => e)) return new Rising({ status: "too-few-days", recent: null, baseline: null, items: [] })
  const base = findRising(calendar.days.length, totals, [], options)
  if (base.status !== "ok") return new Rising({ status: base.status, recent: null, baseline: null, items: [] })
  const inputs = new Map<string, RisingSeriesInput>()
  const run = (series: ReadonlyArray<RisingSeriesInput>, top: number) => {
    for (const s of series) inputs.set(s.key, s)
    return findRising(calendar.days.length, totals, series, { ...options, top }).items
  }
  const entitySeries = entities.map((e): RisingSeriesInput => ({ key: `entity:${e.name}`, label: e.name, kind: "entity", ...seriesOfArticles(e.articles, factsOf, frame.recentFrom) }))
  const storySeries = stories.map((s): RisingSeriesInput => ({ key: `story:${s.id}`, label: s.label, kind: "story", ...seriesOfArticles(s.articles, factsOf, frame.recentFrom) }))
  const names = new Set(entities.flatMap((e) => [e.name, ...e.variants]))
  const found = [
    ...run(terms.filter((t) => !names.has(t.label)), KEEP.term),
    ...run(entitySeries, KEEP.entity),
    ...run(storySeries, KEEP.story)
  ].sort((a, b) => b.score - a.score)
  const iso = (p: { from: number; to: number } | null) => (p ? { from: calendar.days[p.from]!, to: calendar.days[p.to]! } : null)
  return new Rising({
    status: "ok",
    recent: iso(base.recent),
    baseline: iso(base.baseline),
    items: found.map((i) => {
      const s = inputs.get(i.key)!
      return new RisingItem({
        kind: s.kind,
        label: s.label,
        key: i.key.slice(i.key.indexOf(":") + 1),
        score: i.score,
        recent: i.recent,
        earlier: i.earlier,
        ratio: i.ratio,
        daily: [...i.daily]
      })
    })
  })
}
