/**
 * Timing of the report stage, to compare with Chromium printing the same HTML on its own.
 *   pnpm bench [briefing.json] [--runs 5] [--articles N]
 * Default input: the test fixture. --articles N repeats the input's articles (with new ids) up to N, to see how
 * rendering scales with the number of article sections.
 * Prints medians of --runs runs: renderHtml; `chromium --headless --print-to-pdf` of the same HTML as a whole process;
 * browser launch; printPdf without and with the contents' page numbers (the product's default: read from the printed
 * PDF and drawn into it).
 */
import { execFileSync } from "node:child_process"
import { mkdtempSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import puppeteer from "puppeteer"
import type { Briefing } from "@mawjaz/briefing"
import { CHROMIUM_ARGS, pageCount, printPdf, renderHtml } from "../src/index.js"
import { stampContentsPages } from "../src/stamp.js"
import { FIXTURE, loadBriefing } from "../test/fixture.js"

const CHROMIUM = process.env["PUPPETEER_EXECUTABLE_PATH"] ?? "/usr/bin/chromium"
const arg = (name: string) => { const i = process.argv.indexOf(`--${name}`); return i >= 0 ? process.argv[i + 1] : undefined }
const input = process.argv.slice(2).find((a, i, all) => !a.startsWith("--") && !all[i - 1]?.startsWith("--")) ?? FIXTURE
const runs = Number(arg("runs") ?? 5)
const target = arg("articles") === undefined ? undefined : Number(arg("articles"))

function scale(b: Briefing, n: number): Briefing {
  const articles = Array.from({ length: n }, (_, i) => {
    const a = b.articles[i % b.articles.length]!
    return i < b.articles.length ? a : { ...a, id: `${a.id}-${i}`, duplicateOf: null, story: null }
  })
  return { ...b, articles, corpus: { ...b.corpus, articles: n } } as Briefing
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!
async function time(f: () => Promise<unknown> | unknown): Promise<number> {
  const t = performance.now()
  await f()
  return performance.now() - t
}

const base = await loadBriefing(input)
const briefing = target ? scale(base, target) : base
const dir = mkdtempSync(join(tmpdir(), "mawjaz-bench-"))
let html = ""
const render = median(await Promise.all(Array.from({ length: runs }, () => time(() => { html = renderHtml(briefing) }))))
const htmlFile = join(dir, "briefing.html")
writeFileSync(htmlFile, html)

const cli: number[] = []
for (let i = 0; i < runs; i++) {
  cli.push(await time(() => execFileSync(CHROMIUM, [
    "--headless", ...CHROMIUM_ARGS, "--no-pdf-header-footer", `--print-to-pdf=${join(dir, "cli.pdf")}`, `file://${htmlFile}`
  ], { stdio: "ignore" })))
}

const launch: number[] = [], one: number[] = [], two: number[] = [], stamp: number[] = []
let pages = 0
for (let i = 0; i < runs; i++) {
  let browser: Awaited<ReturnType<typeof puppeteer.launch>> | undefined
  launch.push(await time(async () => { browser = await puppeteer.launch({ executablePath: CHROMIUM, args: [...CHROMIUM_ARGS] }) }))
  try {
    const page = await browser!.newPage()
    let plain: Uint8Array = new Uint8Array()
    one.push(await time(async () => { plain = await printPdf(page, html, { contentsPageNumbers: false }) }))
    const targets = Array.from(html.matchAll(/data-target="([^"]+)"/g), (m) => m[1]!)
    stamp.push(await time(() => stampContentsPages(plain, { targets, start: "contents", end: "contents-end", rtl: true, format: String })))
    let pdf: Uint8Array = new Uint8Array()
    two.push(await time(async () => { pdf = await printPdf(page, html) }))
    pages = await pageCount(pdf)
  } finally {
    await browser?.close()
  }
}

const ms = (x: number) => `${Math.round(x)} ms`
console.log(`input: ${input}${target ? ` scaled to ${target} articles` : ""} · ${briefing.articles.length} articles · ${pages} pages · HTML ${Math.round(html.length / 1024)} KiB · median of ${runs}`)
console.log(`renderHtml                                   ${ms(render)}`)
console.log(`chromium --headless --print-to-pdf (process) ${ms(median(cli))}`)
console.log(`puppeteer.launch                             ${ms(median(launch))}`)
console.log(`printPdf, no contents page numbers           ${ms(median(one))}`)
console.log(`printPdf, with contents page numbers         ${ms(median(two))}  (page numbers cost: ${ms(median(two) - median(one))})`)
console.log(`  of which stampContentsPages (pdf-lib)      ${ms(median(stamp))}`)
console.log(`peak RSS of this Node process                ${Math.round(process.resourceUsage().maxRSS / 1024)} MiB`)
