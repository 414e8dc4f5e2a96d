// Stemming speed on 1M real news tokens (SaudiNewsNet, split on whitespace and punctuation),
// in process, ours (cold cache, warm cache, no cache) beside the Snowball (npm), nlp.js and
// Snowball C (PyStemmer, if /usr/bin/python3.11 has it) and Lucene (bench/peers/LuceneSpeed.java, if Java
// and Debian's liblucene8-java are here) stemmers on the same tokens.
// Ours and Snowball C: best of three passes, each with a new stemmer (and cache).
// Usage: pnpm exec tsx bench/speed.ts [tokens]
import { execFileSync } from "node:child_process"
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import path from "node:path"
import { StemmerAr } from "@nlpjs/lang-ar"
import snowball from "snowball-stemmers"
import { createStemmer } from "../src/index.js"
import { newsTokens } from "./news.js"

const count = Number(process.argv[2] ?? 1_000_000)
const tokens = await newsTokens(count)
console.log(`${tokens.length} tokens, ${new Set(tokens).size} distinct`)

let sink = 0
interface Rate {
  wall: number
  cpu: number
}

/**
 * Words per second of one pass of `stem` over `words`, by wall clock and by this process's
 * CPU time (the machine is shared: CPU time is the figure that other load distorts least).
 */
function onePass(stem: (w: string) => string, words: readonly string[]): Rate {
  const t0 = process.hrtime.bigint()
  const c0 = process.cpuUsage()
  for (let i = 0; i < words.length; i++) sink += stem(words[i]!).length
  const cpu = process.cpuUsage(c0)
  const wall = Number(process.hrtime.bigint() - t0) / 1e9
  return { wall: words.length / wall, cpu: words.length / ((cpu.user + cpu.system) / 1e6) }
}

/** The best of `runs` passes, each with a stemmer from `make` (best-of-n damps other load). */
function best(make: () => (w: string) => string, words: readonly string[], runs: number, warm = false): string {
  let top: Rate = { wall: 0, cpu: 0 }
  for (let r = 0; r < runs; r++) {
    const stem = make()
    if (warm) onePass(stem, words)
    const rate = onePass(stem, words)
    top = { wall: Math.max(top.wall, rate.wall), cpu: Math.max(top.cpu, rate.cpu) }
  }
  return `${fmt(top.wall)} | ${fmt(top.cpu)}`
}

const fmt = (r: number) => `${(r / 1e6).toFixed(2)}M`
const rows: [string, string][] = []
const RUNS = 3

// Warm up the JIT, for the cached and the uncached stemmer, on a slice with its own stemmers: every
// measured pass below starts with a new, empty cache, and only compiled code carries over.
const warmUp = tokens.slice(-50_000)
onePass(createStemmer({ cacheSize: 0 }), warmUp)
for (let r = 0; r < 3; r++) onePass(createStemmer(), warmUp)

rows.push(["mawjaz `createStemmer()`, fresh cache (first pass)", best(() => createStemmer(), tokens, RUNS)])
rows.push(["mawjaz, warm cache (second pass)", best(() => createStemmer(), tokens, RUNS, true)])
rows.push(["mawjaz, no cache", best(() => createStemmer({ cacheSize: 0 }), tokens, RUNS)])
const sample = tokens.slice(0, 200_000)
const sb = snowball.newStemmer("arabic")
rows.push(["snowball-stemmers (npm), no cache (first 200k)", best(() => (w) => sb.stem(w), sample, 1)])
const nlpjs = new StemmerAr()
rows.push(["@nlpjs/lang-ar, no cache (first 200k)", best(() => (w) => nlpjs.stemWord(w), sample, 1)])

// The peers outside Node read the same tokens from a file, one a line.
const dir = mkdtempSync(path.join(tmpdir(), "mawjaz-speed-"))
const file = path.join(dir, "tokens.txt")
writeFileSync(file, tokens.join("\n"))

const python = "/usr/bin/python3.11"
try {
  const script = `
import sys, time, Stemmer
words = open(sys.argv[1], encoding="utf-8").read().split("\\n")
for size, label in ((0, "no cache"), (10000, "its default 10k cache")):
    wall = cpu = 0.0
    for run in range(3):  # best of three, as for ours
        s = Stemmer.Stemmer("arabic", size)
        t = time.perf_counter(); c = time.process_time(); s.stemWords(words)
        dt = time.perf_counter() - t; ct = time.process_time() - c
        wall = max(wall, len(words) / dt); cpu = max(cpu, len(words) / max(ct, 1e-9))
    print(f"{label}\\t{wall/1e6:.2f}M | {cpu/1e6:.2f}M")
`
  const out = execFileSync(python, ["-c", script, file], { encoding: "utf8" })
  for (const line of out.trim().split("\n")) {
    const [label, value] = line.split("\t")
    rows.push([`Snowball C (PyStemmer), ${label}`, value!])
  }
} catch {
  rows.push(["Snowball C (PyStemmer)", "not available | -"])
}

// Lucene's ArabicNormalizer + ArabicStemmer (Debian liblucene8-java), when Java and the jar are here.
try {
  const jars = readdirSync("/usr/share/java").filter((f) => /^lucene-(core|analyzers-common)-[\d.]+\.jar$/.test(f))
  const classPath = jars.map((f) => path.join("/usr/share/java", f)).join(path.delimiter)
  const source = path.join(import.meta.dirname, "peers", "LuceneSpeed.java")
  const out = execFileSync("java", ["-cp", classPath, source, file], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] })
  rows.push(["Lucene ArabicNormalizer + ArabicStemmer (Java 17), no cache, JIT warmed", out.trim()])
} catch {
  rows.push(["Lucene ArabicStemmer", "not available (needs java and liblucene8-java) | -"])
}
rmSync(dir, { recursive: true })

console.log("| stemmer | words/s (wall clock) | words/s (CPU time) |")
console.log("|---|---|---|")
for (const [name, value] of rows) console.log(`| ${name} | ${value} |`)
if (sink < 0) console.log(sink)
