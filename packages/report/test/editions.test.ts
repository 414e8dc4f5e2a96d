/**
 * The two editions, the print edition's page budget, the new sections (corpus, rising, distinctive terms, themes) and
 * linear-time rendering, on synthetic briefings built here.
 */
import { createHash } from "node:crypto"
import { describe, expect, it } from "vitest"
import type { Briefing } from "@mawjaz/briefing"
import { renderHtml, renderMarkdown } from "../src/index.js"
import { PRINT_BUDGET } from "../src/budget.js"
import { loadBriefing } from "./fixture.js"
import { synthetic } from "./synthetic.js"

const fixture = await loadBriefing()
const count = (html: string, pattern: RegExp) => (html.match(new RegExp(pattern.source, `${pattern.flags}g`)) ?? []).length
const section = (html: string, id: string, end = "</section>") => {
  const start = html.indexOf(`id="${id}"`)
  return start < 0 ? "" : html.slice(start, html.indexOf(end, start))
}
/** Contents entries, and the article sections (print) or index rows (screen). */
const tocEntries = (html: string) => count(html, /<li class="toc-level-/)
const articleSections = (html: string) => count(html, /<article class="article/)
const indexRows = (html: string) => count(html, /<div class="ix" id="art-/)

describe("print edition: bounded at any corpus size", () => {
  // 5,000 articles in 800 stories, with every text and list far longer than the budget lets through.
  const big = synthetic({ articles: 5000, stories: 800, worst: true })
  const html = renderHtml(big)

  it("details at most the budget's articles, those of the stories shown, and says so", () => {
    expect(articleSections(html)).toBe(PRINT_BUDGET.detailed)
    expect(indexRows(html)).toBe(0)
    const shownStories = new Set(big.stories.slice(0, PRINT_BUDGET.stories).map((s) => s.id))
    for (const m of html.matchAll(/<article class="article[^"]*" id="art-(\d+)"/g)) {
      expect(shownStories.has(big.articles[Number(m[1]) - 1]!.story!)).toBe(true)
    }
    expect(section(html, "articles")).toContain(`تفاصيل ${PRINT_BUDGET.detailed} من مقالاتها البالغة 5,000`)
    expect(section(html, "appendix")).toContain(`تفاصيل ${PRINT_BUDGET.detailed} من مقالاتها البالغة 5,000`)
    expect(html).toContain("briefing.html و")
  }, 60_000)

  it("shows the best-ranked stories, each with a capped list of articles, and counts the rest", () => {
    expect(count(html, /<article class="story"/)).toBe(PRINT_BUDGET.stories)
    const first = section(html, "story-1", "</article>")
    expect(count(first, /<li><span class="when">/)).toBe(PRINT_BUDGET.storyArticles)
    expect(first).toContain("عدد المقالات الأخرى:")
    expect(html).toContain(`القصص الأخرى (${800 - PRINT_BUDGET.stories})`)
    expect(html).not.toContain('id="story-13"')
  })

  it("keeps the contents, the tables and the document itself within fixed sizes", () => {
    expect(tocEntries(html)).toBeLessThanOrEqual(14 + PRINT_BUDGET.stories + PRINT_BUDGET.detailed)
    expect(count(section(html, "entities"), /<tr class="kind-/)).toBe(PRINT_BUDGET.entities)
    expect(count(section(html, "distinctive"), /<tr>/)).toBe(PRINT_BUDGET.distinctive + 1)
    expect(count(section(html, "rising"), /<tr class="kind-/)).toBe(PRINT_BUDGET.rising)
    expect(count(section(html, "appendix"), /<td class="path">/)).toBe(PRINT_BUDGET.skipped)
    expect(html).not.toMatch(/<script/i)
    expect(html.length).toBeLessThan(1_500_000)
  })

  it("does not grow with the corpus: the same structure for 2,000 and 20,000 articles", () => {
    const small = renderHtml(synthetic({ articles: 2000, stories: 300 }))
    const large = renderHtml(synthetic({ articles: 20_000, stories: 3000 }))
    for (const measure of [tocEntries, articleSections, (h: string) => count(h, /<tr/), (h: string) => count(h, /<article/)]) {
      expect(measure(large)).toBe(measure(small))
    }
    expect(Math.abs(large.length - small.length) / small.length).toBeLessThan(0.05)
  })

  it("prints a small briefing whole: every article and every story", () => {
    const seeds = renderHtml(fixture)
    expect(articleSections(seeds)).toBe(fixture.articles.length)
    expect(count(seeds, /<article class="story"/)).toBe(fixture.stories.length)
    expect(section(seeds, "articles")).not.toContain("تعرض هذه النسخة المطبوعة")
    expect(section(seeds, "appendix")).toContain("تعرض هذه النسخة المطبوعة تفاصيل المقالات كلها (5)")
  })
})

describe("screen edition: every article, readable without script", () => {
  const b = synthetic({ articles: 3000, stories: 400 })
  const html = renderHtml(b, { edition: "screen" })

  it("has the same leading sections as the print edition", () => {
    const print = renderHtml(b)
    for (const id of ["cover", "contents", "corpus", "stories", "rising", "distinctive", "topics", "entities", "terms", "appendix"]) {
      expect(html, id).toContain(`id="${id}"`)
      expect(print, id).toContain(`id="${id}"`)
    }
    const heading = (h: string) => section(h, "story-1", "</h2>")
    expect(heading(html)).toEqual(heading(print))
    expect(count(html, /<article class="story"/)).toBe(count(print, /<article class="story"/))
  })

  it("lists every article in the index, with its summary and keywords in the page", () => {
    expect(indexRows(html)).toBe(b.articles.length)
    expect(articleSections(html)).toBe(0)
    const row = html.slice(html.indexOf('<div class="ix" id="art-2"'), html.indexOf('<div class="ix" id="art-3"'))
    const a = b.articles[1]!
    expect(row).toContain(`<a class="t" href="#art-2">${a.title}</a>`)
    expect(row).toContain(a.summary[0]!.text)
    expect(row).toContain(a.keywords.join("، "))
    expect(row).toContain('hidden="until-found"')
    expect(row).toContain(`data-d="${a.date}"`)
    expect(count(html, /<div class="ix-block"/)).toBe(Math.ceil(b.articles.length / 200))
  })

  it("folds the rest of each top story's articles into the story, readable without script", () => {
    const story = section(html, "story-1", "</article>")
    expect(count(story, /<li><span class="when">/)).toBe(b.stories[0]!.articles.length)
    expect(story).toContain('<details class="more-articles"><summary class="more">')
  })

  it("lists every story, each linked from its articles' rows", () => {
    expect(count(section(html, "all-stories"), /<div class="row"/)).toBe(b.stories.length)
    for (const i of [1, 13, 400]) expect(html).toContain(`id="story-${i}"`)
    expect(html).toContain('<a class="s" href="#story-')
  })

  it("runs one script only, allowed by its hash in the CSP, and hides the filter until it runs", () => {
    const scripts = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)]
    expect(scripts).toHaveLength(1)
    const hash = createHash("sha256").update(scripts[0]![1]!, "utf8").digest("base64")
    expect(html).toContain(`default-src 'none'; img-src data:; font-src data:; style-src 'unsafe-inline'; script-src 'sha256-${hash}'">`)
    expect(html).toContain('<form class="filter" id="index-filter" hidden>')
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//i)
  })

  it("keeps the print edition free of script and index", () => {
    const print = renderHtml(b, { edition: "print" })
    expect(print).not.toMatch(/<script/i)
    expect(print).not.toContain("script-src")
    expect(print).not.toContain('id="index-list"')
    expect(print).not.toContain('id="all-stories"')
  })
})

describe("new sections", () => {
  it("says why nothing is rising when the articles have no dates or too few days", () => {
    const undated = renderHtml(synthetic({ articles: 50, stories: 5, days: 0 }))
    expect(section(undated, "rising")).toContain("المقالات بلا تواريخ")
    expect(section(undated, "rising")).not.toContain("<table")
    expect(section(undated, "corpus")).toContain("لا تحمل أي مقالة تاريخًا.")
    const short = renderHtml(synthetic({ articles: 50, stories: 5, days: 3 }), { locale: "en" })
    expect(section(short, "rising")).toContain("too few dated days")
    expect(section(short, "rising")).not.toContain("<table")
  })

  it("charts each rising item's daily series and gives its counts and ratio", () => {
    const b = synthetic({ articles: 400, stories: 20, days: 60 })
    const rising = section(renderHtml(b), "rising")
    expect(count(rising, /<td class="spark"><svg/)).toBe(b.rising.items.length)
    expect(rising).toContain(`×${b.rising.items[0]!.ratio.toFixed(1)}`)
    expect(rising).toContain("الفترة الأخيرة: 15 أغسطس 2015 – 29 أغسطس 2015")
  })

  it("charts articles per day, binned by week or month over long periods", () => {
    const daily = section(renderHtml(synthetic({ articles: 300, stories: 10, days: 40 })), "corpus")
    expect(daily).toContain("<svg")
    expect(daily).toContain("المقالات في كل يوم")
    const weekly = renderHtml(synthetic({ articles: 300, stories: 10, days: 400 }), { locale: "en" })
    expect(section(weekly, "corpus")).toContain("Articles per week")
    const monthly = renderHtml(synthetic({ articles: 300, stories: 10, days: 2000 }), { locale: "en" })
    expect(section(monthly, "corpus")).toContain("Articles per month")
  })

  it("leads the cover with the distinctive terms, and tables them with keyness and counts", () => {
    const b: Briefing = { ...fixture, distinctive: [...fixture.terms].reverse() }
    const html = renderHtml(b)
    const cover = section(html, "cover")
    expect(cover).toContain("أبرز المصطلحات المميِّزة")
    expect(cover.indexOf(b.distinctive[0]!.term)).toBeGreaterThan(0)
    const table = section(html, "distinctive")
    expect(table).toContain(`<td class="term" dir="rtl">${b.distinctive[0]!.term}</td>`)
    expect(table).toContain(`data-value="${b.distinctive[0]!.keyness}"`)
  })

  it("writes the new sections' numbers in the chosen digits", () => {
    const html = renderHtml(synthetic({ articles: 300, stories: 10, days: 30 }), { digits: "arabic" })
    expect(section(html, "corpus")).toContain("٣٠٠ مقال")
    expect(section(html, "rising")).toMatch(/×[٠-٩]+٫[٠-٩]/)
  })
})

describe("linear time: lookups by id, never a search per article", () => {
  /** The briefing with its lists wrapped so that every search method call is counted. */
  function counting(b: Briefing): { briefing: Briefing; searches: () => number } {
    let searches = 0
    const SEARCH = new Set(["find", "findIndex", "filter", "indexOf", "includes", "some", "every", "lastIndexOf"])
    const wrap = <T extends object>(xs: T): T => new Proxy(xs, {
      get(target, key, receiver) {
        const value = Reflect.get(target, key, receiver)
        if (typeof key === "string" && SEARCH.has(key) && typeof value === "function") {
          return (...args: unknown[]) => { searches += 1; return (value as (...a: unknown[]) => unknown).apply(target, args) }
        }
        return value
      }
    })
    const briefing = {
      ...b,
      articles: wrap([...b.articles]),
      stories: wrap(b.stories.map((s) => ({ ...s, articles: wrap([...s.articles]) }))),
      duplicates: wrap([...b.duplicates]),
      unassigned: wrap([...b.unassigned])
    } as unknown as Briefing
    return { briefing, searches: () => searches }
  }

  const big = synthetic({ articles: 20_000, stories: 2500 })
  const withDuplicates: Briefing = {
    ...big,
    articles: big.articles.map((a, i) => (i % 50 === 1 ? { ...a, duplicateOf: big.articles[i - 1]!.id } : a)),
    duplicates: big.articles.flatMap((a, i) => (i % 50 === 0 ? [{ original: a.id, copies: [big.articles[i + 1]!.id] }] : []))
  } as unknown as Briefing

  it("renders both editions and the Markdown with no search over the articles, stories or duplicates", () => {
    for (const render of [
      (b: Briefing) => renderHtml(b, { edition: "print" }),
      (b: Briefing) => renderHtml(b, { edition: "screen" }),
      (b: Briefing) => renderMarkdown(b)
    ]) {
      const { briefing, searches } = counting(withDuplicates)
      render(briefing)
      expect(searches()).toBe(0)
    }
  })

  it("writes every article of 20,000 into the screen edition and the Markdown, duplicates marked both ways", () => {
    const screen = renderHtml(withDuplicates, { edition: "screen" })
    expect(indexRows(screen)).toBe(20_000)
    expect(count(screen, /نسخة مكررة من المقالة <a href="#art-\d+">/)).toBe(400)
    expect(count(screen, /نسخ مكررة منها: <a href="#art-\d+">/)).toBe(400)
    const md = renderMarkdown(withDuplicates)
    expect(count(md, /^### \d[\d,]*\. /m)).toBe(20_000)
  }, 60_000)
})
