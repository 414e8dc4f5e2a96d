/**
 * Renders a briefing (the test fixture, or the briefing.json given as argument) to the screen edition's HTML, the
 * Markdown, the PDF of the print edition and one PNG per page, in a temporary folder, and prints the paths and timings.
 *   pnpm preview [briefing.json] [--locale en] [--digits arabic] [--out DIR]
 */
import { execFileSync } from "node:child_process"
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import puppeteer from "puppeteer"
import { CHROMIUM_ARGS, pageCount, printPdf, renderHtml, renderMarkdown } from "../src/index.js"
import { FIXTURE, loadBriefing } from "../test/fixture.js"


function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`)
  return i >= 0 ? process.argv[i + 1] : undefined
}

const input = process.argv.slice(2).find((a, i, all) => !a.startsWith("--") && !all[i - 1]?.startsWith("--")) ?? FIXTURE
const locale = arg("locale") === "en" ? "en" : "ar"
const digits = arg("digits") === "arabic" ? "arabic" : "latin"
const out = arg("out") ?? mkdtempSync(join(tmpdir(), "mawjaz-preview-"))
mkdirSync(out, { recursive: true })

const t0 = performance.now()
const briefing = await loadBriefing(input)
const t1 = performance.now()
const html = renderHtml(briefing, { locale, digits, edition: "print" })
const t2 = performance.now()
const screen = renderHtml(briefing, { locale, digits, edition: "screen" })
writeFileSync(join(out, "briefing.html"), screen)
writeFileSync(join(out, "briefing.md"), renderMarkdown(briefing, { locale, digits }))

const browser = await puppeteer.launch({ executablePath: process.env.PUPPETEER_EXECUTABLE_PATH ?? "/usr/bin/chromium", args: [...CHROMIUM_ARGS] })
try {
  const t3 = performance.now()
  const page = await browser.newPage()
  const blocked: string[] = []
  const pdf = await printPdf(page, html, { locale, digits, onBlockedRequest: (u) => blocked.push(u) })
  const t4 = performance.now()
  writeFileSync(join(out, "briefing.pdf"), pdf)
  execFileSync("pdftoppm", ["-r", "60", "-png", join(out, "briefing.pdf"), join(out, "page")])
  const ms = (a: number, b: number) => `${Math.round(b - a)} ms`
  console.log(`input    ${input}`)
  console.log(`output   ${out}  (briefing.html ${Math.round(screen.length / 1024)} KiB, print edition ${Math.round(html.length / 1024)} KiB, briefing.pdf ${Math.round(pdf.length / 1024)} KiB, ${await pageCount(pdf)} pages)`)
  console.log(`decode ${ms(t0, t1)} · renderHtml (print) ${ms(t1, t2)} · printPdf ${ms(t3, t4)} · blocked requests ${blocked.length}`)
} finally {
  await browser.close()
}
