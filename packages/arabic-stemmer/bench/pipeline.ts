// The whole path over the first 10,000 SaudiNewsNet articles on one core: stream-decompress
// (zlib + readline) → tokenize (@mawjaz/arabic-text; each token carries its "search" normal
// form) → stem → count (by stem id, with createStemVocabulary). Prints tokens/s and MB/s overall and per stage, the vocabulary, and
// peak RSS (memory is bounded by the vocabulary: articles are read one at a time).
// Usage: pnpm exec tsx bench/pipeline.ts [articles]
import { tokenize } from "@mawjaz/arabic-text"
import { createStemVocabulary } from "../src/index.js"
import { articleContents } from "./news.js"

const limit = Number(process.argv[2] ?? 10_000)
const vocabulary = createStemVocabulary()
let counts: Int32Array = new Int32Array(1 << 16)
let articles = 0
let tokens = 0
let bytes = 0
let tokenizeNs = 0n
let stemNs = 0n

const cpu0 = process.cpuUsage()
const t0 = process.hrtime.bigint()
for await (const { content } of articleContents(limit)) {
  articles++
  bytes += Buffer.byteLength(content)
  const a = process.hrtime.bigint()
  const toks = tokenize(content)
  const b = process.hrtime.bigint()
  for (let i = 0; i < toks.length; i++) {
    const id = vocabulary.idOf(toks[i]!.norm)
    if (id >= counts.length) counts = grow(counts)
    counts[id]!++
  }
  stemNs += process.hrtime.bigint() - b
  tokenizeNs += b - a
  tokens += toks.length
}
function grow(a: Int32Array): Int32Array {
  const b = new Int32Array(a.length * 2)
  b.set(a)
  return b
}

const wall = Number(process.hrtime.bigint() - t0) / 1e9
const used = process.cpuUsage(cpu0)
const cpu = (used.user + used.system) / 1e6
const mb = bytes / 1e6
const m = (x: number) => `${(x / 1e6).toFixed(2)}M`

console.log(`${articles} articles, ${mb.toFixed(1)} MB of text, ${tokens} tokens, ${vocabulary.size} distinct stems`)
console.log("| stage | seconds (wall) | tokens/s | MB/s |")
console.log("|---|---|---|---|")
const row = (name: string, s: number) =>
  console.log(`| ${name} | ${s.toFixed(2)} | ${m(tokens / s)} | ${(mb / s).toFixed(1)} |`)
row("whole path (wall clock)", wall)
row("whole path (CPU time)", cpu)
row("tokenize + normalise (wall)", Number(tokenizeNs) / 1e9)
row("stem + count (wall)", Number(stemNs) / 1e9)
let top = 0
for (let id = 1; id < vocabulary.size; id++) if (counts[id]! > counts[top]!) top = id
console.log(`most frequent stem: ${vocabulary.stemAt(top)} (${counts[top]})`)
console.log(`peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`)
