/**
 * A briefing at volume: a few thousand real news articles (SaudiNewsNet, read from the evaluation data
 * beside the repository, never copied into it) make a briefing that stays a briefing — bounded pages,
 * leading with what is rising and what is distinctive — while every article stays in the HTML and JSON;
 * and Ctrl-C in the middle of the heavy work stops the run promptly with nothing written.
 */
import { spawn, spawnSync } from "node:child_process"
import { createReadStream, createWriteStream, existsSync, readFileSync, readdirSync } from "node:fs"
import { join, resolve } from "node:path"
import { createInterface } from "node:readline"
import { Readable } from "node:stream"
import { pipeline } from "node:stream/promises"
import { createGunzip, createGzip } from "node:zlib"
import { beforeAll, describe, expect, it } from "vitest"
import { BIN, lettersOnly, mawjaz, pdfText, ROOT, tempDir } from "./helpers.js"

const NEWS = resolve(process.env.MAWJAZ_DATA ?? join(ROOT, "../shared/data"), "news/saudinewsnet.jsonl.gz")
const ARTICLES = 2500

const pdfPages = (file: string) => Number(/Pages:\s+(\d+)/.exec(spawnSync("pdfinfo", [file], { encoding: "utf8" }).stdout)?.[1])
const browsersUsing = (dir: string) => spawnSync("pgrep", ["-f", dir], { encoding: "utf8" }).stdout.trim()
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

let corpus = ""

beforeAll(async () => {
  if (!existsSync(NEWS)) throw new Error(`the evaluation data is missing: ${NEWS} (see ../shared/data/README.md)`)
  corpus = join(tempDir("mawjaz-volume-"), `sample-${ARTICLES}.jsonl.gz`)
  // Every 12th article: the dataset is ordered by outlet and date, and a briefing of a few weeks of all
  // outlets is what a user brings.
  const lines = createInterface({ input: createReadStream(NEWS).pipe(createGunzip()) })
  async function* sample() {
    let n = 0
    let kept = 0
    for await (const line of lines) {
      if (n++ % 12 !== 0) continue
      if (kept++ >= ARTICLES) break
      yield `${line}\n`
    }
  }
  await pipeline(Readable.from(sample()), createGzip(), createWriteStream(corpus))
})

describe(`a briefing of ${ARTICLES} news articles`, () => {
  it("completes within the page bound, leads with what is rising and distinctive, and keeps every article in HTML and JSON", () => {
    const out = join(tempDir(), "briefing.pdf")
    const run = mawjaz(["briefing", corpus, "--out", out])
    expect(run.status, run.stderr).toBe(0)
    const pages = pdfPages(out)
    expect(pages).toBeGreaterThan(5)
    expect(pages).toBeLessThanOrEqual(60)

    const briefing = JSON.parse(readFileSync(out.replace(/\.pdf$/, ".json"), "utf8"))
    expect(briefing.schemaVersion).toBe(2)
    expect(briefing.articles.length).toBeGreaterThan(ARTICLES * 0.95)
    // The corpus spans weeks of July–August 2015: something rises, and the days are all there.
    expect(briefing.rising.status).toBe("ok")
    expect(briefing.rising.items.length).toBeGreaterThan(0)
    expect(briefing.corpus.days.length).toBeGreaterThan(7)
    // Distinctive terms are not the everyday words that lead a frequency count.
    const distinctive = briefing.distinctive.slice(0, 10).map((t: { term: string }) => t.term)
    expect(distinctive.length).toBe(10)
    expect(distinctive).not.toContain(briefing.terms[0].term)

    const text = pdfText(out)
    expect(text).toContain(briefing.rising.items[0].label.split(/\s+/)[0])
    expect(text).toContain(distinctive[0])
    // The top story leads, with its size.
    expect(text).toContain(briefing.stories[0].label.split(/\s+/)[0])

    // Every article is in the HTML, which the PDF is not.
    const html = readFileSync(out.replace(/\.pdf$/, ".html"), "utf8")
    expect(html.match(/id="art-\d+"/g)?.length).toBe(briefing.articles.length)
    // Each title is there, read as text (tags and the report's number and direction marks aside).
    const entities: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', "#x27": "'", "#39": "'" }
    const page = lettersOnly(html.replace(/<[^>]*>/g, "").replace(/&(amp|lt|gt|quot|#x27|#39);/g, (_, e: string) => entities[e]!))
    const titled = briefing.articles.filter((a: { title: string | null }) => a.title !== null && a.title.length < 100)
    const missing = titled.filter((a: { title: string }) => !page.includes(lettersOnly(a.title)))
    expect(missing).toEqual([])
  })

  it("stops within seconds on Ctrl-C during the heavy stage, with Chromium closed and nothing written", async () => {
    const profiles = tempDir("mawjaz-profiles-")
    const out = join(tempDir(), "briefing.pdf")
    const child = spawn(process.execPath, [BIN, "briefing", corpus, "--out", out], {
      cwd: ROOT,
      env: { ...process.env, PUPPETEER_TMP_DIR: profiles, MAWJAZ_TIMINGS: "1" },
      stdio: ["ignore", "ignore", "pipe"]
    })
    let stderr = ""
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()))
    const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)))
    // The analysis has started once the corpus is cleaned (the stage timings say so).
    const deadline = Date.now() + 120_000
    while (!/clean corpus/.test(stderr) && Date.now() < deadline) await sleep(50)
    expect(stderr).toMatch(/clean corpus/)
    await sleep(500)
    const sent = Date.now()
    child.kill("SIGINT")
    const code = await exited
    const took = Date.now() - sent
    expect(code).toBe(130)
    // "Promptly": well under the seconds a user waits before pressing Ctrl-C again.
    expect(took).toBeLessThan(5000)
    await sleep(500)
    expect(browsersUsing(profiles)).toBe("")
    expect(readdirSync(profiles)).toEqual([])
    for (const ext of [".pdf", ".html", ".md", ".json"]) expect(existsSync(out.replace(/\.pdf$/, ext))).toBe(false)
  })
})
