/** Stage timings on stderr when MAWJAZ_TIMINGS is set: to see where a run's time goes. */
import { Effect } from "effect"

export const timed = <A, E, R>(stage: string, effect: Effect.Effect<A, E, R>): Effect.Effect<A, E, R> =>
  process.env.MAWJAZ_TIMINGS
    ? Effect.suspend(() => {
        const t0 = performance.now()
        return Effect.ensuring(
          effect,
          Effect.sync(() => {
            const now = performance.now()
            // Duration, the time since the process started (stages overlap the browser's start-up), and this
            // process's CPU time so far, all threads (above the wall clock when V8 compiles in the background).
            const { user, system } = process.cpuUsage()
            const cpu = ((user + system) / 1000).toFixed(0)
            const rss = (process.memoryUsage.rss() / 1048576).toFixed(0)
            process.stderr.write(`  ${stage.padEnd(24)} ${(now - t0).toFixed(0).padStart(6)}   @${now.toFixed(0).padStart(6)}   cpu ${cpu.padStart(6)}   rss ${rss.padStart(5)}\n`)
          })
        )
      })
    : effect

// The whole run, when it ends: wall time, CPU time of every thread, and the process's peak resident memory
// (worker threads share the process, so it covers them; Chromium's processes are its own).
if (process.env.MAWJAZ_TIMINGS) {
  process.once("exit", () => {
    const { user, system } = process.cpuUsage()
    const peak = process.resourceUsage().maxRSS / 1024
    process.stderr.write(
      `  total wall ${performance.now().toFixed(0)} ms   cpu ${((user + system) / 1000).toFixed(0)} ms   peak rss ${peak.toFixed(0)} MB\n`
    )
  })
}
