/**
 * The whole product on the seeds: `mawjaz briefing` writes a PDF, HTML, Markdown and JSON;
 * the PDF read back with pdftotext holds every article in correct logical order.
 */
import { decodeBriefing } from "@mawjaz/briefing"
import { existsSync, readFileSync, readdirSync } from "node:fs"
import { join } from "node:path"
import { beforeAll, describe, expect, it } from "vitest"
import { fold, lettersOnly, mawjaz, pdfFonts, pdfText, ROOT, SEEDS, tempDir } from "./helpers.js"

describe("mawjaz briefing on the seeds", () => {
  const dir = tempDir()
  const out = join(dir, "briefing.pdf")
  let run: ReturnType<typeof mawjaz>

  beforeAll(() => {
    run = mawjaz(["briefing", "--out", out])
  })

  it("exits 0 with a one-line summary naming the output", () => {
    expect(run.stderr).not.toMatch(/Error|at .*\.js/)
    expect(run.status).toBe(0)
    expect(run.stdout).toMatch(/5 articles read, 0 skipped, \d+ pages, [\d.]+ s → .*briefing\.pdf/)
  })

  it("writes the PDF, HTML, Markdown and JSON side by side", () => {
    for (const ext of ["pdf", "html", "md", "json"]) expect(existsSync(join(dir, `briefing.${ext}`))).toBe(true)
    expect(readFileSync(out).subarray(0, 5).toString()).toBe("%PDF-")
  })

  it("writes a briefing.json that decodes with the versioned schema", () => {
    const json = JSON.parse(readFileSync(join(dir, "briefing.json"), "utf8"))
    const briefing = decodeBriefing(json)
    expect(briefing.schemaVersion).toBe(2)
    expect(briefing.articles.map((a) => a.id).sort()).toEqual(readdirSync(SEEDS).filter((f) => f.endsWith(".txt")).map((f) => f.replace(/\.txt$/, "")).sort())
    expect(briefing.terms.length).toBeGreaterThan(10)
    for (let i = 1; i < briefing.terms.length; i++) expect(briefing.terms[i - 1]!.count).toBeGreaterThanOrEqual(briefing.terms[i]!.count)
    expect(briefing.keyphrases.length).toBeGreaterThan(0)
    expect(briefing.topics.length).toBeGreaterThan(0)
  })

  it("finds the seeds' two stories: Kim in Russia (September 2023) and Putin in Pyongyang (June 2024)", () => {
    const briefing = decodeBriefing(JSON.parse(readFileSync(join(dir, "briefing.json"), "utf8")))
    const groups = briefing.stories.map((s) => s.articles.map((id) => id.slice(0, 3)).sort())
    expect(groups.sort()).toEqual([["000", "001", "003"], ["002", "004"]])
    // The Trump/Panama text appended to one page is cut as "related", so it forms no story.
    expect(briefing.stories.flatMap((s) => [s.label, ...s.keyphrases]).join(" ")).not.toMatch(/ترامب|بنما/)
  })

  it("gives summary sentences whose offsets point into the source file", () => {
    const briefing = decodeBriefing(JSON.parse(readFileSync(join(dir, "briefing.json"), "utf8")))
    for (const article of briefing.articles) {
      expect(article.summary.length).toBeGreaterThanOrEqual(2)
      expect(article.summary.length).toBeLessThanOrEqual(4)
      const source = readFileSync(join(ROOT, article.path), "utf8")
      for (const s of article.summary) expect(source.slice(s.start, s.end)).toBe(s.text)
      for (const r of article.removed) expect(source.split(/\r?\n/)[r.line - 1]?.trim()).toBe(r.text.trim())
    }
  })

  it("prints every article's title (or lead sentence) in logical order, with the font embedded", () => {
    const text = lettersOnly(pdfText(out))
    const briefing = decodeBriefing(JSON.parse(readFileSync(join(dir, "briefing.json"), "utf8")))
    for (const article of briefing.articles) {
      const heading = fold(article.title ?? article.lead)
      // The first words are enough to show order and joining; a long lead may wrap over lines.
      const opening = heading.split(" ").slice(0, 6).join(" ")
      expect(text).toContain(lettersOnly(opening))
    }
    const fonts = pdfFonts(out)
    expect(fonts).toMatch(/Naskh/)
    expect(fonts).not.toMatch(/Type 3/)
    for (const line of fonts.split("\n").slice(2).filter(Boolean)) expect(line).toMatch(/\byes\b/)
  })
})
