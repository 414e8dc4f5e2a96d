import { describe, expect, it } from "vitest"
import { renderMarkdown } from "../src/index.js"
import { escapeMarkdown } from "../src/markdown.js"
import { loadBriefing } from "./fixture.js"
import { hostile, SCRIPT } from "./helpers.js"

const fixture = await loadBriefing()

describe("renderMarkdown", () => {
  const md = renderMarkdown(fixture)

  it("has the title and every section heading in order", () => {
    expect(md.startsWith(`# ${escapeMarkdown(fixture.title)}`)).toBe(true)
    const headings = ["## نظرة عامة", "## المدونة في لمحة", "## القصص", "## ما الذي يتصاعد", "## المصطلحات المميِّزة", "## من وأين", "## المصطلحات الأكثر تكرارًا", "## المقالات", "## ملحق"]
    const at = headings.map((h) => md.indexOf(h))
    expect(at.every((i) => i >= 0)).toBe(true)
    expect([...at].sort((a, b) => a - b)).toEqual(at)
  })

  it("lists each article with its summary and paragraph references", () => {
    fixture.articles.forEach((_, i) => expect(md).toContain(`### ${i + 1}. `))
    expect(md).toMatch(/\(¶ 1\)/)
  })

  it("has a GFM table of terms", () => {
    expect(md).toContain("| \\# | المصطلح | التكرار | المقالات | النسبة من الكلمات |")
    expect(md).toContain(`| 1 | ${fixture.terms[0]!.term} | ${fixture.terms[0]!.count} |`)
  })

  it("keeps the spaces around a term highlighted in its context", () => {
    const line = fixture.termsInContext.flatMap((t) => t.lines).find((l) => /\s$/.test(l.left) && /^\s/.test(l.right))!
    expect(md).toContain(` **${escapeMarkdown(line.match)}** `)
    // no highlighted word glued to the words around it
    expect(md).not.toMatch(/\p{L}\*\*\p{L}+\*\*\p{L}/u)
  })

  it("escapes markup from articles", () => {
    const out = renderMarkdown(hostile(fixture))
    expect(out).not.toContain(SCRIPT)
    expect(out).not.toMatch(/(?<!\\)<img/)
    expect(out).toContain("\\<script\\>")
  })

  it("follows the locale and digit options", () => {
    const en = renderMarkdown(fixture, { locale: "en", digits: "arabic" })
    expect(en).toContain("## Top terms")
    expect(en).toContain("### ١. ")
  })
})
