// Error analysis for the conflation benchmark: the lemma groups split across most stems
// (recall loss) and the stems shared by most lemmas (precision loss).
// Usage: pnpm exec tsx eval/errors.ts [n]
import { readLemmaForms } from "../bench/data.js"
import { createStemmer } from "../src/index.js"

const top = Number(process.argv[2] ?? 25)
const stem = createStemmer({ cacheSize: 0 })
const items = readLemmaForms().map((i) => ({ ...i, stem: stem(i.form) }))

function groupBy<T>(xs: readonly T[], key: (x: T) => string): Map<string, T[]> {
  const m = new Map<string, T[]>()
  for (const x of xs) m.set(key(x), [...(m.get(key(x)) ?? []), x])
  return m
}

const pairs = (n: number) => (n * (n - 1)) / 2

console.log("== recall loss: lemma groups split over several stems (missed pairs)")
const byLemma = [...groupBy(items, (i) => i.lemma)].map(([lemma, xs]) => {
  const stems = groupBy(xs, (x) => x.stem)
  let hit = 0
  for (const g of stems.values()) hit += pairs(g.length)
  return { lemma, upos: xs[0]!.upos, missed: pairs(xs.length) - hit, stems }
})
for (const g of byLemma.sort((a, b) => b.missed - a.missed).slice(0, top)) {
  const parts = [...g.stems].map(([s, xs]) => `${s}:{${xs.map((x) => x.form).join(" ")}}`)
  console.log(`${g.missed}\t${g.lemma} ${g.upos}\t${parts.join("  ")}`)
}

console.log("\n== precision loss: stems shared by several lemmas (wrong pairs)")
const byStem = [...groupBy(items, (i) => i.stem)].map(([s, xs]) => {
  const lemmas = groupBy(xs, (x) => x.lemma)
  let same = 0
  for (const g of lemmas.values()) same += pairs(g.length)
  return { stem: s, wrong: pairs(xs.length) - same, lemmas }
})
for (const g of byStem.sort((a, b) => b.wrong - a.wrong).slice(0, top)) {
  const parts = [...g.lemmas].map(([l, xs]) => `${l}:{${xs.map((x) => x.form).join(" ")}}`)
  console.log(`${g.wrong}\t${g.stem}\t${parts.join("  ")}`)
}
