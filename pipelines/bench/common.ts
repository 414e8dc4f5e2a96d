/** Helpers for the whole-process benchmarks: run a command several times and take the median. */
import { spawnSync } from "node:child_process"
import { resolve } from "node:path"

export const ROOT = resolve(import.meta.dirname, "../..")
export const DATA = process.env.MAWJAZ_DATA ?? resolve(ROOT, "../shared/data")

export const median = (xs: ReadonlyArray<number>) => {
  const s = [...xs].sort((a, b) => a - b)
  const m = s.length >> 1
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2
}

/** Wall-clock seconds of one whole process. */
export const time = (cmd: string, args: ReadonlyArray<string>, options: { input?: Buffer | string; env?: NodeJS.ProcessEnv } = {}) => {
  const t0 = performance.now()
  const r = spawnSync(cmd, args, { cwd: ROOT, input: options.input ?? "", env: { ...process.env, ...options.env }, maxBuffer: 1 << 30 })
  const seconds = (performance.now() - t0) / 1000
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(" ")} failed: ${r.stderr?.toString().slice(0, 400)}`)
  return { seconds, stdout: r.stdout, stderr: r.stderr }
}

export const runs = (n: number, f: () => number) => Array.from({ length: n }, f)
