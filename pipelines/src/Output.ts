/**
 * Writing outputs so that an existing file is only ever replaced by a complete new one:
 * every file is written beside its target under a temporary name, and renamed only when all are written.
 */
import { FileSystem, Path } from "@effect/platform"
import { Effect } from "effect"
import { WriteFailed } from "./errors.js"

export interface OutputFile {
  readonly path: string
  readonly data: Uint8Array | string
}

export const writeAll = (files: ReadonlyArray<OutputFile>) =>
  Effect.gen(function* () {
    const fs = yield* FileSystem.FileSystem
    const path = yield* Path.Path
    const staged: Array<{ temp: string; target: string }> = []
    const cleanUp = Effect.forEach(staged, (s) => fs.remove(s.temp).pipe(Effect.ignore), { discard: true })
    const stage = Effect.forEach(
      files,
      (file) =>
        Effect.gen(function* () {
          yield* fs.makeDirectory(path.dirname(file.path), { recursive: true }).pipe(Effect.mapError((cause) => new WriteFailed({ path: file.path, cause })))
          const temp = path.join(path.dirname(file.path), `.${path.basename(file.path)}.${process.pid}.tmp`)
          staged.push({ temp, target: file.path })
          const write = typeof file.data === "string" ? fs.writeFileString(temp, file.data) : fs.writeFile(temp, file.data)
          yield* write.pipe(Effect.mapError((cause) => new WriteFailed({ path: file.path, cause })))
        }),
      { discard: true }
    )
    yield* stage.pipe(Effect.onError(() => cleanUp))
    yield* Effect.forEach(staged, (s) => fs.rename(s.temp, s.target).pipe(Effect.mapError((cause) => new WriteFailed({ path: s.target, cause }))), {
      discard: true
    }).pipe(Effect.onError(() => cleanUp))
  })
