/**
 * The briefing at volume, whole process, as a user runs it: `mawjaz briefing` on 1,000, 10,000 and all
 * 30,676 SaudiNewsNet articles, median of RUNS runs each — wall time, CPU time of the process (all threads),
 * peak RSS, pages, and each stage's wall time and CPU/wall ratio (from MAWJAZ_TIMINGS).
 * Run: pnpm --filter @mawjaz/pipelines bench:volume   (SIZES=1000,10000 RUNS=1 for a shorter run)
 */
import { createReadStream, createWriteStream, existsSync, mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { createInterface } from "node:readline"
import { pipeline } from "node:stream/promises"
import { Readable } from "node:stream"
import { createGunzip, createGzip } from "node:zlib"
import { DATA, median, ROOT, time } from "./common.js"

const RUNS = Number(process.env.RUNS ?? 3)
const SIZES = (process.env.SIZES ?? "1000,10000,30676").split(",").map(Number)
const NEWS = join(DATA, "news")
const FULL = join(NEWS, "saudinewsnet.jsonl.gz")
const bin = join(ROOT, "pipelines/dist/bin.js")
const dir = mkdtempSync(join(tmpdir(), "mawjaz-volume-"))

/** The first n articles as a user would have them: the sample file, a .jsonl.gz of n lines, or the whole dataset. */
const corpusOf = async (n: number): Promise<string> => {
  if (n === 1000 && existsSync(join(NEWS, "saudinewsnet.sample1000.jsonl"))) return join(NEWS, "saudinewsnet.sample1000.jsonl")
  if (n >= 30676) return FULL
  const file = join(dir, `first-${n}.jsonl.gz`)
  const lines = createInterface({ input: createReadStream(FULL).pipe(createGunzip()) })
  async function* first() {
    let k = 0
    for await (const line of lines) {
      if (k++ >= n) break
      yield `${line}\n`
    }
  }
  await pipeline(Readable.from(first()), createGzip(), createWriteStream(file))
  return file
}

interface Run {
  wall: number
  cpu: number
  rss: number
  pages: number
  articles: number
  stages: Array<{ name: string; ms: number; cpuMs: number }>
}

const parse = (stderr: string, seconds: number): Run => {
  const stages: Run["stages"] = []
  let lastCpu = 0
  let total = { cpu: NaN, rss: NaN }
  for (const line of stderr.split("\n")) {
    const stage = /^ {2}(\S.*?)\s{2,}(\d+)\s+@\s*(\d+)\s+cpu\s+(\d+)\s+rss\s+(\d+)$/.exec(line)
    if (stage) {
      const cpu = Number(stage[4])
      // The browser starts beside the other stages, and the corpus view's parts inside it: their lines are
      // not counted in the CPU split.
      if (stage[1] === "start browser" || stage[1]!.startsWith("corpus: ")) continue
      stages.push({ name: stage[1]!, ms: Number(stage[2]), cpuMs: cpu - lastCpu })
      lastCpu = cpu
    }
    const end = /total wall (\d+) ms\s+cpu (\d+) ms\s+peak rss (\d+) MB/.exec(line)
    if (end) total = { cpu: Number(end[2]) / 1000, rss: Number(end[3]) }
  }
  const summary = /(\d+) articles read, (\d+) skipped, (\d+) pages/.exec(stderr)
  return { wall: seconds, cpu: total.cpu, rss: total.rss, pages: Number(summary?.[3]), articles: Number(summary?.[1]), stages }
}

const rows: Array<{ n: number; runs: Array<Run> }> = []
for (const n of SIZES) {
  const file = await corpusOf(n)
  const runs: Array<Run> = []
  for (let r = 0; r < RUNS; r++) {
    const out = join(dir, `briefing-${n}.pdf`)
    const { seconds, stdout, stderr } = time(process.execPath, [bin, "briefing", file, "--out", out], { env: { MAWJAZ_TIMINGS: "1" } })
    // The stage timings are on stderr, the summary line on stdout.
    runs.push(parse(`${stderr.toString()}\n${stdout.toString()}`, seconds))
    process.stderr.write(`  ${n} articles, run ${r + 1}: ${seconds.toFixed(1)} s\n`)
  }
  rows.push({ n, runs })
}

const f1 = (x: number) => x.toFixed(1)
console.log(`mawjaz briefing on SaudiNewsNet, whole process, median of ${RUNS} (machine: ${process.env.HOSTNAME ?? "this one"})`)
console.log("")
console.log("| articles | wall s | runs | CPU s | CPU / wall | peak RSS MB | pages |")
console.log("|---:|---:|---|---:|---:|---:|---:|")
for (const { n, runs } of rows) {
  const mid = [...runs].sort((a, b) => a.wall - b.wall)[runs.length >> 1]!
  console.log(
    `| ${mid.articles.toLocaleString("en")} (${n.toLocaleString("en")} lines) | **${f1(median(runs.map((r) => r.wall)))}** | ${runs.map((r) => f1(r.wall)).join(" · ")} | ` +
      `${f1(mid.cpu)} | ${(mid.cpu / mid.wall).toFixed(2)} | ${Math.max(...runs.map((r) => r.rss)).toFixed(0)} | ${mid.pages} |`
  )
}
console.log("")
console.log("Stages of the median run: wall s (CPU / wall)")
const names = [...new Set(rows.flatMap((r) => r.runs.flatMap((x) => x.stages.map((s) => s.name))))]
console.log(`| stage | ${rows.map((r) => r.n.toLocaleString("en")).join(" | ")} |`)
console.log(`|---|${rows.map(() => "---:").join("|")}|`)
for (const name of names) {
  const cells = rows.map(({ runs }) => {
    const mid = [...runs].sort((a, b) => a.wall - b.wall)[runs.length >> 1]!
    const s = mid.stages.find((x) => x.name === name)
    return s ? `${(s.ms / 1000).toFixed(1)} (${s.ms > 0 ? (s.cpuMs / s.ms).toFixed(2) : "–"})` : "–"
  })
  console.log(`| ${name} | ${cells.join(" | ")} |`)
}
rmSync(dir, { recursive: true, force: true })
