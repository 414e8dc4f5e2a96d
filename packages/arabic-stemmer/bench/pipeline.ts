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
let tokenizeCpu = 0
let stemCpu = 0
const cpuNow = () => {
  const u = process.cpuUsage()
  return (u.user + u.system) / 1e6
}

const cpu0 = process.cpuUsage()
const t0 = process.hrtime.bigint()
for await (const { content } of articleContents(limit)) {
  articles++
  bytes += Buffer.byteLength(content)
  const a = process.hrtime.bigint()
  const ca = cpuNow()
  const toks = tokenize(content)
  const b = process.hrtime.bigint()
  const cb = cpuNow()
  for (let i = 0; i < toks.length; i++) {
    const id = vocabulary.idOf(toks[i]!.norm)
    if (id >= counts.length) counts = grow(counts)
    counts[id]!++
  }
  stemNs += process.hrtime.bigint() - b
  stemCpu += cpuNow() - cb
  tokenizeNs += b - a
  tokenizeCpu += cb - ca
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
// CPU time is the process's own: on a shared machine it is the figure that other load distorts least
const mb = bytes / 1e6
const m = (x: number) => `${(x / 1e6).toFixed(2)}M`

console.log(`${articles} articles, ${mb.toFixed(1)} MB of text, ${tokens} tokens, ${vocabulary.size} distinct stems`)
console.log("| stage | seconds (wall) | seconds (CPU) | tokens/s (CPU) | MB/s (CPU) |")
console.log("|---|---|---|---|---|")
const row = (name: string, w: number, c: number) =>
  console.log(`| ${name} | ${w.toFixed(2)} | ${c.toFixed(2)} | ${m(tokens / c)} | ${(mb / c).toFixed(1)} |`)
const tw = Number(tokenizeNs) / 1e9
const sw = Number(stemNs) / 1e9
row("whole path", wall, cpu)
row("read: gunzip + split lines + JSON.parse", wall - tw - sw, cpu - tokenizeCpu - stemCpu)
row("tokenize + normalise (@mawjaz/arabic-text)", tw, tokenizeCpu)
row("stem + count (this package)", sw, stemCpu)
let top = 0
for (let id = 1; id < vocabulary.size; id++) if (counts[id]! > counts[top]!) top = id
console.log(`most frequent stem: ${vocabulary.stemAt(top)} (${counts[top]})`)
console.log(`peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`)
