/**
 * Progress on stderr, only when stderr is a terminal: logs and pipes stay clean. A counted stage shows
 * n/N and, once it has run a little, an estimate of the time left; a long stage without counts shows
 * its elapsed time, refreshed every second, so the line never looks frozen.
 */
import { Duration, Effect, Schedule } from "effect"

const enabled = () => process.stderr.isTTY === true

let current = { stage: "", since: 0 }

const seconds = (s: number) => (s < 60 ? `${Math.round(s)} s` : `${Math.floor(s / 60)} min ${String(Math.round(s % 60)).padStart(2, "0")} s`)

/** "about 1 min 20 s left", from the stage's pace so far; nothing until the estimate means something. */
const left = (n: number, total: number) => {
  const elapsed = (performance.now() - current.since) / 1000
  if (n <= 0 || n >= total || elapsed < 2) return ""
  return `, about ${seconds((elapsed / n) * (total - n))} left`
}

const write = (line: string) => process.stderr.write(`\r\x1b[2K${line}`)

export const progress = (stage: string, n?: number, total?: number) =>
  Effect.sync(() => {
    if (!enabled()) return
    if (stage !== current.stage) current = { stage, since: performance.now() }
    const count = n === undefined ? "" : total === undefined ? ` ${n}` : ` ${n}/${total}${left(n, total)}`
    write(`${stage}${count}`)
  })

/** Runs `effect` with the stage shown and its elapsed time refreshed every second. */
export const ticking = <A, E, R>(stage: string, effect: Effect.Effect<A, E, R>): Effect.Effect<A, E, R> =>
  enabled()
    ? Effect.suspend(() => {
        const since = performance.now()
        current = { stage, since }
        const show = Effect.sync(() => write(`${stage} (${seconds((performance.now() - since) / 1000)})`))
        // The ticker is a fiber of this scope: it ends with the stage, however the stage ends.
        return Effect.scoped(Effect.zipRight(Effect.forkScoped(Effect.repeat(show, Schedule.spaced(Duration.seconds(1)))), effect))
      })
    : effect

export const progressDone = Effect.sync(() => {
  if (enabled()) process.stderr.write("\r\x1b[2K")
})
