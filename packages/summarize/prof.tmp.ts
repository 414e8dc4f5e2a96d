import { readFileSync } from "node:fs"
import { candidates } from "./src/candidates.js"
import { analyse } from "./src/features.js"
import { sentences } from "./src/text.js"
import { summarize } from "./src/index.js"
const texts = readFileSync("/work/shared/data/news/saudinewsnet.sample1000.jsonl", "utf8").trim().split("\n").map((l) => JSON.parse(l).content as string)
const time = (name: string, f: (t: string) => unknown) => { const t0 = performance.now(); for (const t of texts) f(t); console.log(name, ((performance.now() - t0) / texts.length).toFixed(2), "ms") }
time("sentences", (t) => sentences(t))
time("candidates", (t) => candidates({ text: t }))
const cs = texts.map((t) => candidates({ text: t }))
let i = 0
time("analyse", () => analyse(cs[i++]!))
time("summarize", (t) => summarize(t))
console.log("mean cands", cs.reduce((s, c) => s + c.length, 0) / cs.length, "max", Math.max(...cs.map((c) => c.length)))
