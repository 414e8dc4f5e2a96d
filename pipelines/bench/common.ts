/** Helpers for the whole-process benchmarks: run a command several times and take the median. */
import { spawnSync } from "node:child_process"
import { readFileSync } from "node:fs"
import { cpus } from "node:os"
import { resolve } from "node:path"

export const ROOT = resolve(import.meta.dirname, "../..")
export const DATA = process.env.MAWJAZ_DATA ?? resolve(ROOT, "../shared/data")

export const median = (xs: ReadonlyArray<number>) => {
  const s = [...xs].sort((a, b) => a - b)
  const m = s.length >> 1
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2
}

export const CORES = cpus().length

/**
 * CPU seconds the whole machine has spent busy so far (Linux /proc/stat; NaN elsewhere). Chromium's helper
 * processes are forked by its zygote and never waited for by the command, so a command's own rusage misses them:
 * the machine-wide figure, on an otherwise idle machine, counts every process of the run.
 */
const busyCpu = (): number => {
  try {
    const [user, nice, system, , , irq, softirq, steal] = readFileSync("/proc/stat", "utf8").split("\n")[0]!.trim().split(/\s+/).slice(1).map(Number)
    return (user! + nice! + system! + irq! + softirq! + steal!) / 100
  } catch {
    return Number.NaN
  }
}

/** Wall-clock seconds of one whole process, and the machine's busy CPU seconds meanwhile. */
export const time = (cmd: string, args: ReadonlyArray<string>, options: { input?: Buffer | string; env?: NodeJS.ProcessEnv } = {}) => {
  const c0 = busyCpu()
  const t0 = performance.now()
  const r = spawnSync(cmd, args, { cwd: ROOT, input: options.input ?? "", env: { ...process.env, ...options.env }, maxBuffer: 1 << 30 })
  const seconds = (performance.now() - t0) / 1000
  const cpu = busyCpu() - c0
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(" ")} failed: ${r.stderr?.toString().slice(0, 400)}`)
  return { seconds, cpu, stdout: r.stdout, stderr: r.stderr }
}

export const runs = (n: number, f: () => number) => Array.from({ length: n }, f)
