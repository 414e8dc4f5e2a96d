/**
 * Size and opening time of the screen edition (the HTML written beside the PDF, every article in it).
 *   pnpm bench:screen [briefing.json] [--articles N] [--runs 3]
 * Default input: a synthetic briefing of --articles articles (default 30 676). Prints the median of --runs runs:
 * renderHtml (screen) in Node; in headless Chromium, with the page's script enabled: first contentful paint, the load
 * event, and the renderer's main-thread busy time (what the page costs, apart from waiting for a loaded machine's CPU).
 */
import { mkdtempSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import puppeteer from "puppeteer"
import { CHROMIUM_ARGS, renderHtml } from "../src/index.js"
import { loadBriefing } from "../test/fixture.js"
import { synthetic } from "../test/synthetic.js"

const CHROMIUM = process.env["PUPPETEER_EXECUTABLE_PATH"] ?? "/usr/bin/chromium"
const arg = (name: string) => { const i = process.argv.indexOf(`--${name}`); return i >= 0 ? process.argv[i + 1] : undefined }
const input = process.argv.slice(2).find((a, i, all) => !a.startsWith("--") && !all[i - 1]?.startsWith("--"))
const runs = Number(arg("runs") ?? 3)
const briefing = input ? await loadBriefing(input) : synthetic({ articles: Number(arg("articles") ?? 30_676), stories: 4000 })
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!

const renders: number[] = []
let html = ""
for (let i = 0; i < runs; i++) {
  const t = performance.now()
  html = renderHtml(briefing, { edition: "screen" })
  renders.push(performance.now() - t)
}
const file = join(mkdtempSync(join(tmpdir(), "mawjaz-screen-")), "briefing.html")
writeFileSync(file, html)

const browser = await puppeteer.launch({ executablePath: CHROMIUM, args: [...CHROMIUM_ARGS] })
const load: number[] = [], fcp: number[] = [], busy: number[] = []
try {
  for (let i = 0; i < runs; i++) {
    const page = await browser.newPage()
    await page.setViewport({ width: 1280, height: 900 })
    const before = (await page.metrics()).TaskDuration ?? 0
    const t = performance.now()
    await page.goto(`file://${file}`, { waitUntil: "load", timeout: 300_000 })
    load.push(performance.now() - t)
    busy.push(((await page.metrics()).TaskDuration ?? 0) * 1000 - before * 1000)
    fcp.push(await page.evaluate(`performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? NaN`) as number)
    await page.close()
  }
} finally {
  await browser.close()
}

const ms = (x: number) => `${Math.round(x)} ms`
console.log(`${input ?? "synthetic"} · ${briefing.articles.length} articles · ${(Buffer.byteLength(html) / 1048576).toFixed(1)} MiB · ${file} · median of ${runs}`)
console.log(`renderHtml (screen)              ${ms(median(renders))}`)
console.log(`Chromium: first contentful paint ${ms(median(fcp))}`)
console.log(`Chromium: load event             ${ms(median(load))}`)
console.log(`Chromium: main-thread busy       ${ms(median(busy))}`)
