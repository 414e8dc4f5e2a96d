// The whole path over the first 10,000 SaudiNewsNet articles on one thread: stream-decompress
// and split lines (jsonlFileLines) → JSON.parse → tokenize (@mawjaz/arabic-text; each token carries
// its "search" normal form) → stem → count (by stem id, with createStemVocabulary). Prints tokens/s
// and MB/s, the vocabulary, and peak RSS (memory is bounded by the vocabulary: articles are read
// one at a time).
// The whole path is timed as a user runs it, with no clock inside the loop; a second pass, with a
// clock around each stage, gives the breakdown (its JIT is warm, its stemmer cache is new).
// "On one core": where taskset(1) exists, the whole path is run once more in a child process pinned to
// one CPU, so that the JIT compiler, GC and zlib threads share that core with the main thread.
// Usage: pnpm exec tsx bench/pipeline.ts [articles]
import { execFileSync } from "node:child_process"
import { tokenize } from "@mawjaz/arabic-text"
import { createStemVocabulary, type StemVocabulary } from "../src/index.js"
import { articleContents } from "./news.js"

const limit = Number(process.argv[2] ?? 10_000)
/** Run only the whole path and print its seconds (the pinned child process). */
const wholeOnly = process.argv.includes("--whole-only")

interface Counts {
  vocabulary: StemVocabulary
  counts: Int32Array
  tokens: number
}

function newCounts(): Counts {
  return { vocabulary: createStemVocabulary(), counts: new Int32Array(1 << 16), tokens: 0 }
}

/** Stem and count the tokens' normal forms. */
function count(c: Counts, norms: ReadonlyArray<{ norm: string }>): void {
  for (let i = 0; i < norms.length; i++) {
    const id = c.vocabulary.idOf(norms[i]!.norm)
    if (id >= c.counts.length) {
      const bigger = new Int32Array(c.counts.length * 2)
      bigger.set(c.counts)
      c.counts = bigger
    }
    c.counts[id]!++
  }
  c.tokens += norms.length
}

const cpuSeconds = (since: NodeJS.CpuUsage) => {
  const u = process.cpuUsage(since)
  return (u.user + u.system) / 1e6
}

// Pass 1: the whole path, as a user runs it.
const whole = newCounts()
const cpu0 = process.cpuUsage()
const t0 = performance.now()
for await (const { content } of articleContents(limit)) {
  count(whole, tokenize(content))
}
const wholeWall = (performance.now() - t0) / 1000
const wholeCpu = cpuSeconds(cpu0)
if (wholeOnly) {
  console.log(wholeWall)
  process.exit(0)
}

const { vocabulary, counts, tokens } = whole
let top = 0
for (let id = 1; id < vocabulary.size; id++) if (counts[id]! > counts[top]!) top = id
const topLine = `most frequent stem: ${vocabulary.stemAt(top)} (${counts[top]})`
const distinctStems = vocabulary.size
const rssAfterWhole = process.memoryUsage().rss

// Pass 2: the same with a clock around each stage.
const staged = newCounts()
let tokenizeMs = 0
let stemMs = 0
let bytes = 0
let bytesMs = 0 // counting the UTF-8 bytes is the bench's own work: left out of every stage
const t1 = performance.now()
for await (const { content } of articleContents(limit)) {
  const z = performance.now()
  bytes += Buffer.byteLength(content)
  const a = performance.now()
  bytesMs += a - z
  const articleTokens = tokenize(content)
  const b = performance.now()
  count(staged, articleTokens)
  stemMs += performance.now() - b
  tokenizeMs += b - a
}
const stagedWall = (performance.now() - t1 - bytesMs) / 1000

const mb = bytes / 1e6
const m = (x: number) => `${(x / 1e6).toFixed(2)}M`
console.log(`${limit} articles, ${mb.toFixed(1)} MB of text, ${tokens} tokens, ${distinctStems} distinct stems`)
console.log("| | seconds | tokens/s | MB/s |")
console.log("|---|---|---|---|")
const row = (name: string, s: number) => console.log(`| ${name} | ${s.toFixed(2)} | ${m(tokens / s)} | ${(mb / s).toFixed(1)} |`)
row("**whole path, wall clock**", wholeWall)
row("whole path, CPU time (all threads: zlib inflates in a worker thread, GC marks and the JIT compiles in helpers)", wholeCpu)
const pinned = onOneCore()
if (pinned !== undefined) row("**whole path on one core** (`taskset -c 0`: every thread of the process on one CPU), wall clock", pinned)
const tokenizeS = tokenizeMs / 1000
const stemS = stemMs / 1000
console.log(`\nsecond pass, wall clock by stage (${stagedWall.toFixed(2)} s in all):\n`)
console.log("| stage | seconds | tokens/s |")
console.log("|---|---|---|")
const stage = (name: string, s: number) => console.log(`| ${name} | ${s.toFixed(2)} | ${m(tokens / s)} |`)
stage("read: gunzip + split lines + JSON.parse", stagedWall - tokenizeS - stemS)
stage("tokenize + normalise (@mawjaz/arabic-text)", tokenizeS)
stage("stem + count (this package)", stemS)
stage("tokenize + normalise + stem + count", tokenizeS + stemS)
console.log(`\n${topLine}`)
console.log(`RSS after the whole path ${(rssAfterWhole / 1048576).toFixed(0)} MB; peak RSS of the process (both passes) ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`)

/** Seconds of the whole path in a child process pinned to CPU 0, or undefined without taskset. */
function onOneCore(): number | undefined {
  try {
    const args = ["-c", "0", process.execPath, ...process.execArgv, process.argv[1]!, String(limit), "--whole-only"]
    return Number(execFileSync("taskset", args, { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim())
  } catch {
    return undefined
  }
}
