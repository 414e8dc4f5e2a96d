/** Progress on stderr, only when stderr is a terminal: logs and pipes stay clean. */
import { Effect } from "effect"

const enabled = () => process.stderr.isTTY === true

export const progress = (stage: string, n?: number, total?: number) =>
  Effect.sync(() => {
    if (!enabled()) return
    const count = n === undefined ? "" : total === undefined ? ` ${n}` : ` ${n}/${total}`
    process.stderr.write(`\r\x1b[2K${stage}${count}`)
  })

export const progressDone = Effect.sync(() => {
  if (enabled()) process.stderr.write("\r\x1b[2K")
})
