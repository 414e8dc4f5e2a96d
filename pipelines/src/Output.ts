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

/**
 * `mkdir -p`, one directory at a time from the nearest existing ancestor down: Node 20's recursive
 * mkdir never returns where the kernel refuses a directory with ENOENT (under /proc or /sys).
 */
const makeDirectories = (dir: string) =>
  Effect.gen(function* () {
    const fs = yield* FileSystem.FileSystem
    const path = yield* Path.Path
    // a path through a file (ENOTDIR) does not exist either
    const exists = (p: string) => fs.exists(p).pipe(Effect.orElseSucceed(() => false))
    const missing: string[] = []
    let d = path.resolve(dir)
    while (!(yield* exists(d)) && path.dirname(d) !== d) {
      missing.push(d)
      d = path.dirname(d)
    }
    // d is the nearest existing ancestor (or the root)
    const info = yield* fs.stat(d)
    if (info.type !== "Directory") return yield* Effect.fail(new Error(`${d} is a file, not a directory`))
    for (const m of missing.reverse()) {
      // made meanwhile by another process: as good as made here
      yield* fs.makeDirectory(m).pipe(Effect.catchIf((e) => e._tag === "SystemError" && e.reason === "AlreadyExists", () => Effect.void))
    }
  })

export const writeAll = (files: ReadonlyArray<OutputFile>) =>
  Effect.gen(function* () {
    const fs = yield* FileSystem.FileSystem
    const path = yield* Path.Path
    const staged: Array<{ temp: string; target: string }> = []
    const cleanUp = Effect.forEach(staged, (s) => fs.remove(s.temp).pipe(Effect.ignore), { discard: true })
    // each folder once, though the pdf, html, md and json share one
    const folders = new Map(files.map((file) => [path.dirname(file.path), file.path] as const))
    const makeFolders = Effect.forEach(
      folders,
      ([dir, file]) => makeDirectories(dir).pipe(Effect.mapError((cause) => new WriteFailed({ path: file, cause }))),
      { discard: true }
    )
    const stage = Effect.forEach(
      files,
      (file) =>
        Effect.gen(function* () {
          const temp = path.join(path.dirname(file.path), `.${path.basename(file.path)}.${process.pid}.tmp`)
          staged.push({ temp, target: file.path })
          const write = typeof file.data === "string" ? fs.writeFileString(temp, file.data) : fs.writeFile(temp, file.data)
          yield* write.pipe(Effect.mapError((cause) => new WriteFailed({ path: file.path, cause })))
        }),
      { discard: true }
    )
    yield* makeFolders
    yield* stage.pipe(Effect.onError(() => cleanUp))
    yield* Effect.forEach(staged, (s) => fs.rename(s.temp, s.target).pipe(Effect.mapError((cause) => new WriteFailed({ path: s.target, cause }))), {
      discard: true
    }).pipe(Effect.onError(() => cleanUp))
  })
