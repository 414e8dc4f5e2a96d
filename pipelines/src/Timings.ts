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
            process.stderr.write(`  ${stage.padEnd(24)} ${(now - t0).toFixed(0).padStart(6)}   @${now.toFixed(0).padStart(6)}   cpu ${cpu.padStart(6)}\n`)
          })
        )
      })
    : effect
