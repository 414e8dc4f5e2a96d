/**
 * Inputs: expand the paths a user gives into files, read them with bounded concurrency, and turn
 * each into articles or a reason for skipping it. A bad file is reported and skipped, never fatal.
 */
import type { Article, JsonlRecord, Skipped } from "@mawjaz/articles"
import { jsonlFileLines, parseJsonlLine, readArticles } from "@mawjaz/articles"
import { FileSystem, Path } from "@effect/platform"
import { Effect, Option, Stream } from "effect"
import { NoInput } from "./errors.js"

export const SUPPORTED = [".txt", ".md", ".html", ".htm", ".jsonl", ".jsonl.gz"] as const

const isSupported = (file: string) => SUPPORTED.some((ext) => file.toLowerCase().endsWith(ext))
const isJsonl = (file: string) => /\.jsonl(\.gz)?$/i.test(file)

/** One item of the input stream: an article, or a file (or record) that was skipped. */
export type InputItem =
  | { readonly _tag: "Article"; readonly article: Article }
  | { readonly _tag: "Skipped"; readonly skipped: Skipped }

const skip = (path: string, reason: string, line?: number): InputItem => ({
  _tag: "Skipped",
  skipped: line === undefined ? { path, reason } : { path, reason, line }
})

const describe = (cause: unknown): string => {
  const e = cause as { reason?: string; description?: string; message?: string; cause?: { code?: string } }
  const code = e?.cause?.code
  if (code === "ENOENT") return "file not found (or a broken link)"
  if (code === "EACCES" || code === "EPERM") return "permission denied"
  if (code === "EISDIR") return "is a directory"
  return e?.description ?? e?.message ?? String(cause)
}

/**
 * The entries under a folder (paths relative to it), sorted, each folder read once however many
 * links lead to it, so a link cycle ends at its first repetition; hidden files and folders are ignored.
 */
const entriesUnder = (root: string) =>
  Effect.gen(function* () {
    const fs = yield* FileSystem.FileSystem
    const path = yield* Path.Path
    const seen = new Set<string>()
    const entries: Array<string> = []
    const visit = (relative: string): Effect.Effect<void> =>
      Effect.gen(function* () {
        const dir = path.join(root, relative)
        const real = yield* fs.realPath(dir).pipe(Effect.orElseSucceed(() => dir))
        if (seen.has(real)) return
        seen.add(real)
        for (const name of yield* fs.readDirectory(dir).pipe(Effect.orElseSucceed(() => []))) {
          if (name.startsWith(".")) continue
          const entry = relative === "" ? name : path.join(relative, name)
          const stat = yield* fs.stat(path.join(root, entry)).pipe(Effect.option)
          if (Option.isSome(stat) && stat.value.type === "Directory") yield* visit(entry)
          else entries.push(entry)
        }
      })
    yield* visit("")
    return entries.sort()
  })

/**
 * Files named on the command line are read whatever their extension; inside folders (recursively)
 * only supported extensions are read, others are listed as skipped; hidden files are ignored.
 * A file reached twice (named twice, or through a link) is read once.
 */
export const expandPaths = (paths: ReadonlyArray<string>) =>
  Effect.gen(function* () {
    const fs = yield* FileSystem.FileSystem
    const path = yield* Path.Path
    const files: Array<string> = []
    const skipped: Array<InputItem> = []
    const seen = new Set<string>()
    const firstTime = (file: string) =>
      Effect.map(fs.realPath(file).pipe(Effect.orElseSucceed(() => path.resolve(file))), (real) => {
        if (seen.has(real)) return false
        seen.add(real)
        return true
      })
    for (const given of paths) {
      const info = yield* fs.stat(given).pipe(Effect.option)
      if (Option.isNone(info)) {
        skipped.push(skip(given, "not found"))
        continue
      }
      if (info.value.type !== "Directory") {
        if (yield* firstTime(given)) files.push(given)
        continue
      }
      for (const entry of yield* entriesUnder(given)) {
        const full = path.join(given, entry)
        if (!isSupported(entry)) skipped.push(skip(full, "unsupported file type (expected .txt, .md, .html, .htm, .jsonl or .jsonl.gz)"))
        else if (yield* firstTime(full)) files.push(full)
      }
    }
    if (files.length === 0 && skipped.length === 0) return yield* Effect.fail(new NoInput({ paths }))
    return { files, skipped }
  })

/** A `.jsonl` or `.jsonl.gz` dataset, one record a line, streamed so memory does not grow with its size. */
const jsonlLines = (file: string) =>
  Stream.fromAsyncIterable(
    (async function* () {
      let n = 0
      for await (const line of jsonlFileLines(file)) {
        n++
        yield { line: n, text: line }
      }
    })(),
    (cause) => cause
  )

/** A dataset record parsed but not yet made an article (the file commands clean it in a worker thread). */
export interface RecordItem {
  readonly _tag: "Record"
  readonly record: JsonlRecord
  readonly file: string
  readonly line: number
}

/** The records of a dataset, parsed; bad lines are skipped items. */
export const readJsonlRecords = (file: string): Stream.Stream<InputItem | RecordItem> =>
  jsonlLines(file).pipe(
    Stream.filterMap(({ line, text }) => {
      const parsed = parseJsonlLine(text, file, line)
      if (parsed === null) return Option.none()
      if (!parsed.ok) return Option.some<InputItem | RecordItem>({ _tag: "Skipped", skipped: parsed.skipped })
      return Option.some<InputItem | RecordItem>({ _tag: "Record", record: parsed.record, file, line })
    }),
    Stream.catchAll((cause) => Stream.make(skip(file, `could not be read: ${describe(cause)}`)))
  )

const readOne = (file: string, maxBytes: number) =>
  Effect.gen(function* () {
    const fs = yield* FileSystem.FileSystem
    const info = yield* fs.stat(file).pipe(Effect.either)
    if (info._tag === "Left") return [skip(file, `could not be read: ${describe(info.left)}`)]
    if (info.right.type === "Directory") return [skip(file, "is a directory")]
    const size = Number(info.right.size)
    if (size > maxBytes) {
      return [skip(file, `too large (${(size / 1048576).toFixed(1)} MB; the limit is ${(maxBytes / 1048576).toFixed(1)} MB, see --max-mb)`)]
    }
    const bytes = yield* fs.readFile(file).pipe(Effect.either)
    if (bytes._tag === "Left") return [skip(file, `could not be read: ${describe(bytes.left)}`)]
    const { articles, skipped } = readArticles(file, bytes.right, { maxBytes })
    return [
      ...articles.map((article): InputItem => ({ _tag: "Article", article })),
      ...skipped.map((s): InputItem => ({ _tag: "Skipped", skipped: s }))
    ]
  })

export interface ReadOptions {
  readonly maxBytes: number
  readonly concurrency: number
}

/** Whether the inputs are large: a dataset, or many files. */
export const isLarge = (files: ReadonlyArray<string>) => files.some(isJsonl) || files.length > 64

/**
 * Every input of paths already expanded, as articles, skipped items and dataset records, in the order the
 * files were given. A dataset's records are parsed but not cleaned: that is the costlier half, which the
 * callers do where their work runs (worker threads, for large inputs).
 */
export const readExpanded = (
  { files, skipped }: { readonly files: ReadonlyArray<string>; readonly skipped: ReadonlyArray<InputItem> },
  options: ReadOptions
): Stream.Stream<RecordItem | InputItem, never, FileSystem.FileSystem> =>
    Stream.concat(
      Stream.fromIterable(skipped),
      Stream.fromIterable(files).pipe(
        // Files are read concurrently but kept in the order given, so a briefing is reproducible.
        Stream.mapEffect(
          (file) =>
            isJsonl(file)
              ? Effect.succeed(readJsonlRecords(file))
              : Effect.map(readOne(file, options.maxBytes), (items) => Stream.fromIterable(items)),
          { concurrency: options.concurrency }
        ),
        Stream.flatten()
      )
    )

/** Article ids must be unique in a briefing: a second `a.txt` in another folder becomes `a-2`. */
export const uniqueIds = (articles: ReadonlyArray<Article>): Array<Article> => {
  const seen = new Map<string, number>()
  return articles.map((a) => {
    const n = (seen.get(a.id) ?? 0) + 1
    seen.set(a.id, n)
    return n === 1 ? a : { ...a, id: `${a.id}-${n}` }
  })
}
