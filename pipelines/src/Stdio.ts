/** Standard input and output for the Unix-style commands. */
import { Effect } from "effect"
import { StdinFailed } from "./errors.js"

/** All of standard input as UTF-8 text (a BOM is dropped). */
export const readStdin: Effect.Effect<string, StdinFailed> = Effect.async<string, StdinFailed>((resume) => {
  const chunks: Array<Buffer> = []
  const stdin = process.stdin
  stdin.on("data", (chunk: Buffer) => chunks.push(chunk))
  stdin.on("end", () => resume(Effect.succeed(Buffer.concat(chunks).toString("utf8").replace(/^\uFEFF/, ""))))
  stdin.on("error", (cause) => resume(Effect.fail(new StdinFailed({ cause }))))
})

/** Write to standard output, waiting until the data is flushed (so large outputs are not cut at exit). */
export const writeStdout = (text: string): Effect.Effect<void> =>
  Effect.async<void>((resume) => {
    if (text.length === 0) return resume(Effect.void)
    process.stdout.write(text, () => resume(Effect.void))
  })

export const writeStderr = (text: string): Effect.Effect<void> => Effect.sync(() => void process.stderr.write(text))
