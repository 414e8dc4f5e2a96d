/** The Unix-style commands: stdin in, stdout out, and JSON formats others can script against. */
import { readdirSync, readFileSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { mawjaz, SEEDS, tempDir } from "./helpers.js"

describe("mawjaz normalize / tokenize / stem", () => {
  it("normalises stdin to stdout", () => {
    const run = mawjaz(["normalize"], { input: "أَهْلاً بِكُمْ في مُوسكـــو\n" })
    expect(run.status).toBe(0)
    expect(run.stdout).toBe("اهلا بكم في موسكو\n")
  })

  it("keeps spelling with the display profile", () => {
    const run = mawjaz(["normalize", "--profile", "display"], { input: "مدرسة إلى\u200f\n" })
    expect(run.stdout).toBe("مدرسة إلى\n")
  })

  it("tokenises one token a line, keeping hyphenated names whole", () => {
    const run = mawjaz(["tokenize"], { input: "زار كيم جونغ-أون موسكو، يوم 13 أيلول." })
    expect(run.status).toBe(0)
    expect(run.stdout.trim().split("\n")).toEqual(["زار", "كيم", "جونغ-أون", "موسكو", "يوم", "13", "أيلول"])
  })

  it("writes exactly one stem a line, blank lines kept", () => {
    const words = ["والصواريخ", "", "بالأسلحة", "كوريا", "", "", "الدبلوماسية"]
    const run = mawjaz(["stem"], { input: words.join("\n") + "\n" })
    expect(run.status).toBe(0)
    const lines = run.stdout.split("\n")
    expect(lines.pop()).toBe("")
    expect(lines.length).toBe(words.length)
    lines.forEach((line, i) => expect(line === "").toBe(words[i] === ""))
    expect(lines[0]).not.toMatch(/^و/)
    expect(lines[3]).toMatch(/^كوري/)
  })

  it("gives roots with --root", () => {
    const run = mawjaz(["stem", "--root"], { input: "المكتبات\n" })
    expect(run.status).toBe(0)
    expect(run.stdout.trim().length).toBeGreaterThan(1)
  })
})

describe("mawjaz keywords / summarize", () => {
  it("ranks keyphrases per article as JSON keyed by file name", () => {
    const run = mawjaz(["keywords", SEEDS, "--top", "5", "--json"])
    expect(run.status).toBe(0)
    const result = JSON.parse(run.stdout) as Record<string, Array<string>>
    expect(Object.keys(result)).toHaveLength(5)
    for (const phrases of Object.values(result)) {
      expect(phrases.length).toBeGreaterThan(0)
      expect(phrases.length).toBeLessThanOrEqual(5)
    }
  })

  it("computes a dataset in worker threads, in input order, exactly as the main thread does", () => {
    // 80 records from the seeds (each seed 16 times), with bad lines among them: more than two batches of work.
    const seeds = readdirSync(SEEDS).filter((f) => f.endsWith(".txt")).sort().map((f) => readFileSync(join(SEEDS, f), "utf8"))
    const lines: Array<string> = []
    for (let i = 0; i < 80; i++) {
      lines.push(JSON.stringify({ id: `r${i}`, title: `عنوان ${i}`, content: seeds[i % seeds.length] }))
      if (i === 40) lines.push("{not json", JSON.stringify({ id: "empty", content: "" }))
    }
    const file = join(tempDir(), "dataset.jsonl")
    writeFileSync(file, lines.join("\n") + "\n")
    for (const command of ["keywords", "summarize"]) {
      const pooled = mawjaz([command, file, "--json"], { env: { ...process.env, MAWJAZ_WORKERS: "2" } })
      const inMain = mawjaz([command, file, "--json"], { env: { ...process.env, MAWJAZ_WORKERS: "0" } })
      expect(pooled.status).toBe(0)
      expect(pooled.stdout).toBe(inMain.stdout)
      expect(Object.keys(JSON.parse(pooled.stdout) as object)).toEqual(Array.from({ length: 80 }, (_, i) => `r${i}`))
      expect(pooled.stderr).toContain("dataset.jsonl:42")
      expect(pooled.stderr).toContain("dataset.jsonl:43")
    }
  }, 120_000)

  it("summarises with offsets into the source and a full ranking", () => {
    const file = join(SEEDS, "000_c28bba0c94519a16.txt")
    const run = mawjaz(["summarize", file, "--sentences", "2", "--json"])
    expect(run.status).toBe(0)
    const result = JSON.parse(run.stdout) as Record<string, { summary: Array<{ text: string; start: number; end: number; score: number }>; ranked: Array<{ text: string; start: number; end: number }> }>
    const { summary, ranked } = result["000_c28bba0c94519a16"]!
    const source = readFileSync(file, "utf8")
    expect(summary).toHaveLength(2)
    for (const s of [...summary, ...ranked]) expect(source.slice(s.start, s.end)).toBe(s.text)
    expect(ranked.length).toBeGreaterThan(10)
    // The summary is the first two of the ranking, shown in document order.
    const firstTwo = ranked.slice(0, 2).map((s) => s.start).sort((a, b) => a - b)
    expect(summary.map((s) => s.start)).toEqual(firstTwo)
  })

  it("has --help with an example on every command", () => {
    for (const cmd of ["briefing", "normalize", "tokenize", "stem", "keywords", "summarize"]) {
      const run = mawjaz([cmd, "--help"])
      expect(run.status).toBe(0)
      expect(run.stdout).toMatch(/Example:/)
    }
  })

  it("explains a usage error on stderr alone and exits 2", () => {
    const counts = [["briefing", "--max-mb", "0"], ["keywords", SEEDS, "--top", "0"], ["summarize", SEEDS, "--sentences", "-1"]]
    for (const args of [["terms"], ["briefing", "--digits", "roman"], ["stem", "--nope"], ["keywords"], ...counts]) {
      const run = mawjaz(args)
      expect(run.status).toBe(2)
      expect(run.stdout).toBe("")
      expect(run.stderr.trim()).not.toBe("")
      expect(run.stderr).not.toMatch(/_tag|ERROR \(#/)
    }
    expect(mawjaz(["terms"]).stderr).toMatch(/Invalid subcommand .*briefing/)
    expect(mawjaz(["summarize", SEEDS, "--sentences", "0"]).stderr).toMatch(/--sentences must be 1 or more/)
  })
})
