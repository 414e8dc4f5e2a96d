/**
 * How long the seeds briefing takes, whole process, median of 5 — beside Chromium alone printing
 * the same HTML file (`chromium --headless --print-to-pdf`), and where the time goes.
 * Run: pnpm --filter @mawjaz/pipelines bench:briefing
 */
import { mkdtempSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { CHROMIUM_ARGS } from "@mawjaz/report"
import { findChromiumSync } from "./chromium.js"
import { CORES, median, ROOT, runs, time } from "./common.js"

const N = Number(process.env.RUNS ?? 5)
const dir = mkdtempSync(join(tmpdir(), "mawjaz-bench-"))
const out = join(dir, "briefing.pdf")
const bin = join(ROOT, "pipelines/dist/bin.js")

const oursRuns = runs(N, () => time(process.execPath, [bin, "briefing", "--out", out]))
const ours = oursRuns.map((r) => r.seconds)
const viaPnpm = runs(N, () => time("pnpm", ["-s", "mawjaz", "briefing", "--out", out]).seconds)
const stages = time(process.execPath, [bin, "briefing", "--out", out], { env: { MAWJAZ_TIMINGS: "1" } }).stderr.toString()

const chromium = findChromiumSync()
const asRoot = process.getuid?.() === 0
const flags = ["--headless", ...CHROMIUM_ARGS.filter((f) => asRoot || f !== "--no-sandbox"),
  "--no-pdf-header-footer", `--user-data-dir=${join(dir, "profile")}`]
const aloneRuns = runs(N, () => time(chromium, [...flags, `--print-to-pdf=${join(dir, "alone.pdf")}`, `file://${join(dir, "briefing.html")}`]))
const alone = aloneRuns.map((r) => r.seconds)

const m = (xs: number[]) => median(xs).toFixed(2)
console.log(`seeds briefing, whole process, median of ${N} runs`)
console.log(`  node pipelines/dist/bin.js briefing   ${m(ours)} s   (runs: ${ours.map((x) => x.toFixed(2)).join(" ")})`)
console.log(`  pnpm -s mawjaz briefing               ${m(viaPnpm)} s`)
console.log(`  chromium --headless --print-to-pdf    ${m(alone)} s   (same briefing.html)`)
console.log(`  ratio mawjaz / chromium alone         ${(median(ours) / median(alone)).toFixed(2)}×  (via pnpm ${(median(viaPnpm) / median(alone)).toFixed(2)}×)`)
const cpu = (rs: ReadonlyArray<{ cpu: number }>) => median(rs.map((r) => r.cpu))
console.log(`CPU seconds the machine spent busy (all processes; ${CORES} cores), median of ${N} runs`)
console.log(`  mawjaz briefing                       ${cpu(oursRuns).toFixed(2)}`)
console.log(`  chromium alone                        ${cpu(aloneRuns).toFixed(2)}   (${((cpu(aloneRuns) / median(alone) / CORES) * 100).toFixed(0)} % of the cores over its run)`)
console.log(`  least wall time the cores allow       ${(cpu(oursRuns) / CORES).toFixed(2)} s for mawjaz (its CPU / ${CORES} cores)`)
console.log(`stages of one run (ms; cpu = the mawjaz process's CPU ms so far):\n${stages.trim()}`)
