/**
 * Prints the fixture with the system Chromium and reads the PDF back with poppler-utils.
 * Skipped (with the reason printed) when Chromium or poppler-utils is missing.
 */
import { execFileSync } from "node:child_process"
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import puppeteer, { type Browser } from "puppeteer"
import { PDFDict, PDFDocument, PDFHexString, PDFName, PDFString } from "pdf-lib"
import { CHROMIUM_ARGS, destinationPages, printDocument, printPdf, renderHtml } from "../src/index.js"
import { PRINT_PAGE_LIMIT } from "../src/budget.js"
import { synthetic } from "./synthetic.js"
import { loadBriefing } from "./fixture.js"
import { hostile, IMG, plain, squash } from "./helpers.js"

const CHROMIUM = process.env["PUPPETEER_EXECUTABLE_PATH"] ?? "/usr/bin/chromium"
const hasTool = (t: string) => { try { execFileSync(t, ["-v"], { stdio: "ignore" }); return true } catch { return false } }
const missing = [!existsSync(CHROMIUM) && `Chromium (${CHROMIUM})`, !hasTool("pdftotext") && "poppler-utils"].filter(Boolean)
if (missing.length) console.warn(`pdf.test.ts skipped: ${missing.join(" and ")} not installed (apt-get install chromium poppler-utils)`)

const fixture = await loadBriefing()
const dir = mkdtempSync(join(tmpdir(), "mawjaz-report-test-"))
const run = (cmd: string, args: string[]) => execFileSync(cmd, args, { encoding: "utf8" })

function outlineTitles(doc: PDFDocument): string[] {
  const titles: string[] = []
  const walk = (item: PDFDict | undefined) => {
    for (let it = item; it; it = it.lookupMaybe(PDFName.of("Next"), PDFDict)) {
      const t = it.lookup(PDFName.of("Title"))
      if (t instanceof PDFString || t instanceof PDFHexString) titles.push(t.decodeText())
      walk(it.lookupMaybe(PDFName.of("First"), PDFDict))
    }
  }
  walk(doc.catalog.lookupMaybe(PDFName.of("Outlines"), PDFDict)?.lookupMaybe(PDFName.of("First"), PDFDict))
  return titles
}

describe.skipIf(missing.length > 0)("printPdf", () => {
  let browser: Browser
  let file = ""
  let text = ""
  let blocked: string[] = []

  beforeAll(async () => {
    browser = await puppeteer.launch({ executablePath: CHROMIUM, args: [...CHROMIUM_ARGS] })
    const page = await browser.newPage()
    const pdf = await printPdf(page, renderHtml(hostile(fixture)), { onBlockedRequest: (u) => blocked.push(u) })
    file = join(dir, "briefing.pdf")
    writeFileSync(file, pdf)
    text = plain(run("pdftotext", ["-enc", "UTF-8", file, "-"]))
  }, 120_000)

  afterAll(async () => {
    await browser?.close()
  })

  it("is A4 with a sane page count", () => {
    const info = run("pdfinfo", [file])
    expect(info).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/)
    const pages = Number(/Pages:\s+(\d+)/.exec(info)![1])
    expect(pages).toBeGreaterThanOrEqual(fixture.articles.length)
    expect(pages).toBeLessThan(40)
    expect(squash(text)).toContain(`صفحة1من${pages}`)
    expect(squash(text)).toContain(`صفحة${pages}من${pages}`)
  })

  it("gives Arabic sentences back in logical order", () => {
    const all = squash(text)
    for (const a of fixture.articles.slice(1)) for (const s of a.summary) expect(all).toContain(squash(s.text))
  })

  it("has the sections in order", () => {
    const body = squash(run("pdftotext", ["-enc", "UTF-8", "-f", "3", file, "-"]))
    const titles = ["المدونة في لمحة", "القصص", "ما الذي يتصاعد", "المصطلحات المميِّزة", "من وأين", "المصطلحات الأكثر تكرارًا", "العبارات المفتاحية", "المقالات", "ملحق", "ملاحظات المنهج"]
    let from = 0
    for (const t of titles) {
      const at = body.indexOf(squash(t), from)
      expect(at, t).toBeGreaterThanOrEqual(from)
      from = at + 1
    }
  })

  it("embeds every font, none of them Type 3", () => {
    const rows = run("pdffonts", [file]).trim().split("\n").slice(2)
    expect(rows.some((r) => r.includes("NotoNaskhArabic"))).toBe(true)
    for (const r of rows) {
      expect(r).not.toMatch(/Type 3/)
      expect(r).toMatch(/\s+yes\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$/) // emb = yes
    }
  })

  it("has bookmarks for the sections and the articles", async () => {
    const doc = await PDFDocument.load(new Uint8Array(readFileSync(file)))
    const titles = outlineTitles(doc)
    for (const t of ["المحتويات", "المدونة في لمحة", "القصص", "ما الذي يتصاعد", "المصطلحات المميِّزة", "المصطلحات الأكثر تكرارًا", "من وأين", "المقالات", "ملحق"]) expect(titles).toContain(t)
    expect(titles).toContain(fixture.articles[2]!.title)
    expect(new Set(titles).size).toBe(titles.length)
  })

  it("numbers the contents with the pages the sections landed on", async () => {
    const pages = await destinationPages(new Uint8Array(readFileSync(file)))
    const contents = run("pdftotext", ["-enc", "UTF-8", "-layout", "-f", "2", "-l", "2", file, "-"])
    const rows = new Map(contents.split("\n").map((l) => plain(l)).map((l) => {
      const m = /^(\d+) (.+)$/.exec(l)
      return m ? [m[2]!, Number(m[1])] as const : [l, NaN] as const
    }))
    expect(rows.get("القصص")).toBe(pages["stories"])
    expect(rows.get("من وأين")).toBe(pages["entities"])
    expect(rows.get("ملحق")).toBe(pages["appendix"])
    expect(pages["art-1"]).toBeGreaterThan(pages["articles"]! - 1)
  })

  it("shows planted markup as text and fetches nothing", () => {
    expect(squash(text)).toContain(squash(IMG))
    expect(text).toContain("127.0.0.1:1/x.png")
    expect(blocked).toEqual([])
  })

  it("blocks every network request even when markup gets through", async () => {
    const page = await browser.newPage()
    const seen: string[] = []
    const html = `<!DOCTYPE html><html><body><p>نص</p><img src="http://127.0.0.1:1/x.png"><link rel="stylesheet" href="https://example.invalid/a.css"><script src="http://127.0.0.1:1/a.js"></script></body></html>`
    const pdf = await printPdf(page, html, { onBlockedRequest: (u) => seen.push(u) })
    expect(pdf.length).toBeGreaterThan(500)
    expect(seen).toContain("http://127.0.0.1:1/x.png")
    expect(seen).toContain("https://example.invalid/a.css")
    await page.close()
  }, 60_000)

  it("sorts the HTML tables by a click on a column heading, with scripts disabled", async () => {
    const page = await browser.newPage()
    await page.setJavaScriptEnabled(false)
    await page.setViewport({ width: 1000, height: 800 })
    await page.setContent(renderHtml(fixture), { waitUntil: "load" })
    // The terms as they appear down the screen (rows are reordered visually, not in the DOM).
    const shown = () => page.evaluate(`Array.from(document.querySelectorAll("table.terms-table tbody tr"))
      .map((r) => [r.getBoundingClientRect().top, r.children[1].textContent])
      .sort((a, b) => a[0] - b[0]).map((x) => x[1])`) as Promise<string[]>
    const byCount = await shown()
    expect(byCount).toEqual(fixture.terms.slice(0, byCount.length).map((t) => t.term))
    await (await page.$("table.terms-table th.by-term label"))!.click()
    const byTerm = await shown()
    expect(byTerm).toEqual([...byCount].sort(new Intl.Collator("ar").compare))
    await (await page.$("table.terms-table th.by-count label"))!.click()
    expect(await shown()).toEqual(byCount)
    await page.close()
  }, 60_000)

  it("opens the screen edition: the filter's script runs under the CSP, and details open without script", async () => {
    const b = synthetic({ articles: 2000, stories: 200 })
    const html = renderHtml(b, { edition: "screen" })
    const page = await browser.newPage()
    const violations: string[] = []
    page.on("console", (m) => { if (/Content Security Policy/i.test(m.text())) violations.push(m.text()) })
    await page.setViewport({ width: 1100, height: 900 })
    await page.setContent(html, { waitUntil: "load" })
    expect(await page.evaluate(`document.getElementById("index-filter").hidden`)).toBe(false)
    await page.select('select[name="source"]', "2")
    await page.waitForFunction(`document.querySelector('output[name="count"]').value !== ""`)
    const shown = await page.evaluate(`Array.from(document.querySelectorAll(".ix")).filter((r) => !r.hidden).map((r) => Number(r.id.slice(4)))`) as number[]
    const expected = b.articles.flatMap((a, i) => (a.source === b.corpus.bySource[1]!.source ? [i + 1] : []))
    expect(shown).toEqual(expected)
    expect(violations).toEqual([])
    await page.close()

    const plain = await browser.newPage()
    await plain.setJavaScriptEnabled(false)
    await plain.setViewport({ width: 1100, height: 900 })
    await plain.setContent(html, { waitUntil: "load" })
    expect(await plain.evaluate(`document.getElementById("index-filter").hidden`)).toBe(true)
    const height = `document.querySelector("#art-1500 > .b").getBoundingClientRect().height`
    expect(await plain.evaluate(height)).toBe(0)
    await plain.evaluate(`location.hash = "#art-1500"`)
    expect(await plain.evaluate(height)).toBeGreaterThan(40)
    expect(await plain.evaluate(`document.querySelector("#art-1500 > .b").innerText`)).toContain(b.articles[1499]!.summary[0]!.text.slice(0, 30))
    await plain.close()
  }, 120_000)

  it(`prints at most ${PRINT_PAGE_LIMIT} pages for 5,000 articles in 800 stories, every text and list longer than the budget`, async () => {
    const page = await browser.newPage()
    const { pages } = await printDocument(page, renderHtml(synthetic({ articles: 5000, stories: 800, worst: true })), { timeout: 120_000 })
    await page.close()
    expect(pages).toBeGreaterThan(20)
    expect(pages).toBeLessThanOrEqual(PRINT_PAGE_LIMIT)
  }, 180_000)

  it("numbers the pages in the footer in the chosen digits, in the embedded font", async () => {
    const page = await browser.newPage()
    const pdf = await printPdf(page, renderHtml(fixture, { digits: "arabic" }), { digits: "arabic" })
    await page.close()
    const arabic = join(dir, "arabic-digits.pdf")
    writeFileSync(arabic, pdf)
    const pages = Number(/Pages:\s+(\d+)/.exec(run("pdfinfo", [arabic]))![1])
    const last = (n: number) => [...String(n)].map((d) => String.fromCharCode(0x0660 + Number(d))).join("")
    const firstPage = squash(run("pdftotext", ["-enc", "UTF-8", "-f", "1", "-l", "1", arabic, "-"]))
    expect(firstPage).toContain(`صفحة١من${last(pages)}`)
    expect(firstPage).not.toMatch(/صفحة\d/)
    // No font outside the document's own: the footer is set in the embedded Naskh.
    expect(run("pdffonts", [arabic])).not.toMatch(/Type 3/)
  }, 60_000)
})
