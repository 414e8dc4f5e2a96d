import { readFileSync } from "node:fs"
import { splitSentences } from "@mawjaz/arabic-text"
import { unwrapLines, words, contentTerms } from "./src/text.js"
import { isSummaryMaterial } from "./src/candidates.js"
const texts = readFileSync("/work/shared/data/news/saudinewsnet.sample1000.jsonl", "utf8").trim().split("\n").map((l) => JSON.parse(l).content as string)
const time = (name: string, f: (t: string) => unknown) => { const t0 = performance.now(); for (const t of texts) f(t); console.log(name, ((performance.now() - t0) / texts.length).toFixed(2), "ms") }
time("unwrap", (t) => unwrapLines(t))
time("split", (t) => splitSentences(t))
time("words", (t) => words(t))
time("terms", (t) => contentTerms(t))
time("material", (t) => isSummaryMaterial(t))
