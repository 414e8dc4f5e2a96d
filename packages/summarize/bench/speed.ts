/**
 * Throughput: summarise the first 10,000 SaudiNewsNet articles (../shared/data/news/saudinewsnet.jsonl.gz,
 * or $MAWJAZ_DATA/news/...) with the default options (2–4 sentences) and print the time.
 *
 *   pnpm bench            # N=10000; override with BENCH_N=...
 */
import { createReadStream } from "node:fs"
import path from "node:path"
import { createInterface } from "node:readline"
import { fileURLToPath } from "node:url"
import { createGunzip } from "node:zlib"
import { summarize } from "../src/index.js"

const here = path.dirname(fileURLToPath(import.meta.url))
const data = process.env.MAWJAZ_DATA ?? path.resolve(here, "../../..", "../shared/data")
const file = path.join(data, "news", "saudinewsnet.jsonl.gz")
const limit = Number(process.env.BENCH_N ?? 10000)

const texts: string[] = []
const lines = createInterface({ input: createReadStream(file).pipe(createGunzip()), crlfDelay: Infinity })
for await (const line of lines) {
  if (texts.length >= limit) break
  try {
    const record = JSON.parse(line) as { content?: unknown }
    if (typeof record.content === "string") texts.push(record.content)
  } catch {
    // a malformed line is not an article
  }
}
lines.close()

const chars = texts.reduce((s, t) => s + t.length, 0)
const cpu0 = process.cpuUsage()
const t0 = performance.now()
let sentences = 0
for (const t of texts) sentences += summarize(t).summary.length
const seconds = (performance.now() - t0) / 1000
const cpu = process.cpuUsage(cpu0)
const cpuSeconds = (cpu.user + cpu.system) / 1e6
console.log(
  `summarised ${texts.length} articles (${(chars / 1e6).toFixed(1)} M chars, ${sentences} summary sentences) ` +
    `in ${seconds.toFixed(1)} s (${((seconds * 1000) / Math.max(1, texts.length)).toFixed(2)} ms/article; reading excluded); CPU time ${cpuSeconds.toFixed(1)} s`,
)
