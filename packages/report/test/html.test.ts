import { describe, expect, it } from "vitest"
import fc from "fast-check"
import type { Briefing } from "@mawjaz/briefing"
import { renderHtml } from "../src/index.js"
import { sortOrders } from "../src/view.js"
import { loadBriefing } from "./fixture.js"
import { hostile, idsInOrder, IMG, SCRIPT } from "./helpers.js"

const fixture = await loadBriefing()
const SECTIONS = ["cover", "contents", "corpus", "stories", "rising", "distinctive", "entities", "terms", "articles", "appendix"] as const

describe("renderHtml", () => {
  const html = renderHtml(fixture)

  it("is one self-contained document: font inlined, no script, nothing fetched from elsewhere", () => {
    expect(html.startsWith("<!DOCTYPE html>")).toBe(true)
    expect(html).toMatch(/@font-face \{ font-family: "Mawjaz Naskh";[^}]*url\(data:font\/ttf;base64,AAEAAA/)
    expect(html).not.toMatch(/<script/i)
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//i)
    expect(html).not.toMatch(/url\((?!data:)/)
    expect(html).toContain("Content-Security-Policy")
  })

  it("has every section, in order, right to left", () => {
    const at = idsInOrder(html, SECTIONS)
    expect(at.every((i) => i > 0)).toBe(true)
    expect([...at].sort((a, b) => a - b)).toEqual(at)
    expect(html).toMatch(/<html lang="ar" dir="rtl">/)
  })

  it("has one section per article, each with its summary and paragraph references", () => {
    fixture.articles.forEach((a, i) => {
      expect(html).toContain(`id="art-${i + 1}"`)
      for (const s of a.summary) expect(html).toContain(`¶&#8239;${s.paragraph}`)
    })
    expect(html).toContain(fixture.articles[0]!.summary[0]!.text.slice(0, 40))
  })

  it("marks an article without a title and shows its lead sentence instead", () => {
    const untitled = fixture.articles.findIndex((a) => a.title === null)
    expect(untitled).toBeGreaterThanOrEqual(0)
    const section = html.slice(html.indexOf(`id="art-${untitled + 1}"`))
    expect(section.slice(0, 600)).toContain("بلا عنوان، الجملة الأولى")
    expect(section).toContain(fixture.articles[untitled]!.lead.slice(0, 30))
  })

  it("draws the top-terms bar chart as SVG with the terms as labels", () => {
    const terms = html.slice(html.indexOf('id="terms"'))
    const svg = terms.slice(terms.indexOf("<svg"), terms.indexOf("</svg>"))
    expect(svg.length).toBeGreaterThan(1000)
    for (const t of fixture.terms.slice(0, 25)) expect(svg).toContain(`>${t.term}</text>`)
    expect(svg).not.toContain(`>${fixture.terms[25]!.term}</text>`)
  })

  it("highlights each term in its keyword-in-context lines", () => {
    const t = fixture.termsInContext[0]!
    expect(html).toContain(`<mark>${t.lines[0]!.match}</mark>`)
  })

  it("shows hostile article text as text: no element, no request", () => {
    const out = renderHtml(hostile(fixture))
    expect(out).not.toContain(SCRIPT)
    expect(out).not.toContain(IMG)
    expect(out).not.toMatch(/<img/i)
    expect(out).not.toMatch(/<script/i)
    expect(out).toContain("&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;")
    expect(out).toContain("&lt;img src&#x3D;http://127.0.0.1:1/x.png&gt;")
  })

  it("escapes any string put in a title, a sentence or a term", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (s) => {
        const b = hostile(fixture)
        const a = { ...b.articles[0]!, title: s, summary: [{ ...b.articles[0]!.summary[0]!, text: s }] }
        const out = renderHtml({ ...b, articles: [a, ...b.articles.slice(1)], terms: [{ ...b.terms[0]!, term: s }] } as Briefing)
        const body = out.slice(out.indexOf("<body"))
        expect(body).not.toMatch(/<(script|img|iframe|object|link|style)\b/i)
      }),
      { numRuns: 20 }
    )
  }, 60_000)

  it("writes labels in English with --locale en, leaving article text Arabic", () => {
    const en = renderHtml(fixture, { locale: "en" })
    expect(en).toMatch(/<html lang="en" dir="ltr">/)
    for (const label of ["Contents", "The corpus at a glance", "What is rising", "Distinctive terms", "Top terms", "Stories", "Who and where", "Articles", "Appendix", "Method notes"]) expect(en).toContain(label)
    expect(en).not.toContain("المحتويات")
    expect(en).toContain(fixture.articles[0]!.summary[0]!.text.slice(0, 40))
  })

  it("prints the report's own numbers in Arabic-Indic digits on request, never the article text's", () => {
    const ar = renderHtml(fixture, { digits: "arabic" })
    const words = fixture.corpus.words.toLocaleString("en-US")
    expect(ar).not.toContain(`<dd>${words}</dd>`)
    expect(ar).toContain("<dd>٣٬٤٤٤</dd>")
    const latin = renderHtml(fixture)
    expect(latin).toContain(`<dd>${words}</dd>`)
    const sentence = fixture.articles.flatMap((a) => a.summary).find((s) => /\d/.test(s.text))!
    expect(ar).toContain(sentence.text.slice(0, 60))
  })

  it("writes given page numbers into the contents", () => {
    const out = renderHtml(fixture, { pageNumbers: { terms: 3, appendix: 12 } })
    expect(out).toContain('<span class="toc-page" data-target="terms">3</span>')
    expect(out).toContain('<span class="toc-page" data-target="appendix">12</span>')
    expect(html).toContain('<span class="toc-page" data-target="terms"></span>')
  })

  it("marks duplicates both ways", () => {
    const [a, b] = fixture.articles
    const dup = {
      ...fixture,
      articles: [a!, { ...b!, duplicateOf: a!.id }, ...fixture.articles.slice(2)],
      duplicates: [{ original: a!.id, copies: [b!.id] }]
    } as unknown as Briefing
    const out = renderHtml(dup)
    expect(out).toContain('نسخة مكررة من المقالة <a href="#art-1">[1]</a>')
    expect(out).toContain('نسخ مكررة منها: <a href="#art-2">[2]</a>')
  })

  it("renders an empty briefing without failing", () => {
    const empty = { ...fixture, articles: [], terms: [], keyphrases: [], termsInContext: [], stories: [], entities: [], topics: [], skipped: [], unassigned: [], duplicates: [] } as unknown as Briefing
    const out = renderHtml(empty)
    expect(idsInOrder(out, SECTIONS).every((i) => i > 0)).toBe(true)
    expect(out).toContain("لا توجد مقالات.")
  })
})

describe("sortOrders", () => {
  it("gives each row its position under every key, ties in table order", () => {
    const rows = [{ t: "ب", n: 1 }, { t: "أ", n: 3 }, { t: "ج", n: 3 }]
    const styles = sortOrders(rows, { t: (a, b) => a.t.localeCompare(b.t, "ar"), n: (a, b) => b.n - a.n })
    expect(styles).toEqual(["--by-t: 1; --by-n: 2", "--by-t: 0; --by-n: 0", "--by-t: 2; --by-n: 1"])
  })
  it("is a permutation for any key", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 5 }), { maxLength: 30 }), (xs) => {
        const positions = sortOrders(xs, { v: (a, b) => a - b }).map((s) => Number(/--by-v: (\d+)/.exec(s)![1]))
        expect([...positions].sort((a, b) => a - b)).toEqual(xs.map((_, i) => i))
      }),
    )
  })
})

describe("sortable tables in the HTML version", () => {
  const html = renderHtml(fixture)
  it("has a hidden radio button per sort key, chosen by the column headings' labels", () => {
    for (const id of ["terms-by-count", "terms-by-term", "terms-by-articles", "entities-by-count", "entities-by-name", "entities-by-kind"]) {
      expect(html).toContain(`<input type="radio" class="sort-key"`)
      expect(html).toContain(`id="${id}"`)
      expect(html).toContain(`<label for="${id}">`)
    }
  })
  it("sets every term row's position under each key", () => {
    const rows = [...html.matchAll(/<tr style="(--by-term: \d+; --by-articles: \d+)"><td class="num" data-value="\d+">[^<]*<\/td><td class="term" dir="rtl">([^<]+)<\/td>/g)]
    expect(rows.length).toBe(Math.min(50, fixture.terms.length))
    const byTerm = rows.map((m) => ({ pos: Number(/--by-term: (\d+)/.exec(m[1]!)![1]), term: m[2]! })).sort((a, b) => a.pos - b.pos).map((r) => r.term)
    expect(byTerm).toEqual([...byTerm].sort(new Intl.Collator("ar").compare))
  })
})

describe("page footer", () => {
  it("is a CSS margin box with the page counters in the report's digits", () => {
    expect(renderHtml(fixture)).toContain('@bottom-center { content: "صفحة " counter(page, decimal) " من " counter(pages, decimal); }')
    expect(renderHtml(fixture, { digits: "arabic" })).toContain("counter(pages, arabic-indic)")
    expect(renderHtml(fixture, { locale: "en" })).toContain('content: "Page " counter(page, decimal) " of " counter(pages, decimal)')
  })
})

describe("cover", () => {
  it("lists at most five stories and points to the rest", () => {
    const story = fixture.stories[0]!
    const many: Briefing = { ...fixture, stories: Array.from({ length: 12 }, (_, i) => ({ ...story, id: `story-${i + 1}`, label: `قصة ${i + 1}` })) }
    const html = renderHtml(many)
    const cover = html.slice(html.indexOf('id="cover"'), html.indexOf('id="contents"'))
    expect(cover).toContain("قصة 5")
    expect(cover).not.toContain("قصة 6<")
    expect(cover).toContain("عدد القصص الأخرى: 7")
  })
})
