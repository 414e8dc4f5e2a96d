// Eyeball check on real news: the most frequent Arabic tokens of the first N SaudiNewsNet
// articles with their stems, and the stems that merge the most distinct tokens.
// Usage: pnpm exec tsx eval/news-sample.ts [articles] [top]
import { tokenize } from "@mawjaz/arabic-text"
import { articleContents } from "../bench/news.js"
import { stem } from "../src/index.js"

const articles = Number(process.argv[2] ?? 2000)
const top = Number(process.argv[3] ?? 300)
const freq = new Map<string, number>()
for await (const { content } of articleContents(articles)) {
  for (const t of tokenize(content)) if (t.kind === "arabic") freq.set(t.norm, (freq.get(t.norm) ?? 0) + 1)
}
const sorted = [...freq].sort((a, b) => b[1] - a[1])
console.log(sorted.slice(0, top).map(([w, n]) => `${w}→${stem(w)}(${n})`).join("  "))
const byStem = new Map<string, [string, number][]>()
for (const [w, n] of sorted.slice(0, 20000)) {
  const s = stem(w)
  byStem.set(s, [...(byStem.get(s) ?? []), [w, n]])
}
console.log("\n== largest stem classes (top 20k tokens)")
for (const [s, ws] of [...byStem].sort((a, b) => b[1].length - a[1].length).slice(0, 40)) {
  console.log(`${s}: ${ws.slice(0, 25).map(([w]) => w).join(" ")}`)
}
