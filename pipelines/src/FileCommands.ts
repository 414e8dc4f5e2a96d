/**
 * The file commands: articles read from files or folders, one JSON entry (or text block) per article
 * on stdout, written as it is computed so memory stays bounded on large datasets. Large inputs are
 * computed by a pool of worker threads (ComputePool.ts), in batches, and printed in input order.
 */
import type { Skipped } from "@mawjaz/articles"
import { Chunk, Effect, Stream } from "effect"
import type { ComputeItem, ComputeResult, ComputeTask, SummarySentence } from "./Compute.js"
import { BATCH, inProcess, POOL_SIZE, workerPool, type Computer } from "./ComputePool.js"
import { ComputeFailed, EmptyCorpus } from "./errors.js"
import { expandPaths, isLarge, readExpanded } from "./Inputs.js"
import { writeStderr, writeStdout } from "./Stdio.js"

export interface FileCommandOptions {
  readonly paths: ReadonlyArray<string>
  readonly maxBytes: number
  readonly concurrency: number
}

const reportSkipped = (skipped: Skipped) =>
  writeStderr(`mawjaz: skipped ${skipped.line === undefined ? skipped.path : `${skipped.path}:${skipped.line}`}: ${skipped.reason}\n`)

/**
 * Stream articles from files and print one JSON object whose entries are written as they are
 * computed, so memory stays bounded on large datasets. Skipped inputs are reported on stderr.
 */
const perArticle = (
  options: FileCommandOptions,
  json: boolean,
  task: ComputeTask,
  asText: (a: { readonly id: string; readonly title: string | null }, value: ComputeResult) => string
) =>
  Effect.scoped(
    Effect.gen(function* () {
      const expanded = yield* expandPaths(options.paths)
      const large = POOL_SIZE > 0 && isLarge(expanded.files)
      const compute: Computer = large ? yield* workerPool.pipe(Effect.mapError((cause) => new ComputeFailed({ cause }))) : inProcess
      let count = 0
      if (json) yield* writeStdout("{")
      const write = (article: { readonly id: string; readonly title: string | null }, value: ComputeResult) => {
        const chunk = json
          ? `${count === 0 ? "\n" : ",\n"}  ${JSON.stringify(article.id)}: ${JSON.stringify(value)}`
          : asText(article, value)
        count++
        return writeStdout(chunk)
      }
      yield* readExpanded(expanded, options).pipe(
        Stream.grouped(BATCH),
        // Batches go to the workers concurrently and come back in input order.
        Stream.mapEffect(
          (batch) => {
            const skipped: Array<Skipped> = []
            const items: Array<ComputeItem> = []
            for (const item of Chunk.toReadonlyArray(batch)) {
              if (item._tag === "Skipped") skipped.push(item.skipped)
              else if (item._tag === "Article") items.push({ kind: "article", article: item.article })
              else items.push({ kind: "record", record: item.record, file: item.file, line: item.line })
            }
            const outcomes = items.length === 0 ? Effect.succeed([]) : compute({ task, items })
            return Effect.map(Effect.mapError(outcomes, (cause) => new ComputeFailed({ cause })), (results) => ({ skipped, results }))
          },
          { concurrency: large ? POOL_SIZE + 1 : 1 }
        ),
        Stream.runForEach(({ skipped, results }) =>
          Effect.gen(function* () {
            for (const s of skipped) yield* reportSkipped(s)
            for (const r of results) {
              if (r.ok) yield* write(r, r.value)
              else yield* reportSkipped(r.skipped)
            }
          })
        )
      )
      if (json) yield* writeStdout(count ? "\n}\n" : "}\n")
      if (count === 0) return yield* Effect.fail(new EmptyCorpus({ skipped: [] }))
    })
  )

export const keywordsCommand = (options: FileCommandOptions & { readonly top: number; readonly json: boolean }) =>
  perArticle(options, options.json, { kind: "keywords", top: options.top }, (article, phrases) =>
    `${article.id}\t${(phrases as ReadonlyArray<string>).join("، ")}\n`
  )

export const summarizeCommand = (
  options: FileCommandOptions & { readonly sentences?: number | undefined; readonly words?: number | undefined; readonly json: boolean }
) =>
  perArticle(options, options.json, { kind: "summarize", sentences: options.sentences, words: options.words }, (article, value) => {
    const { summary } = value as { summary: ReadonlyArray<SummarySentence> }
    return `# ${article.title ?? article.id}\n${summary.map((s) => s.text).join("\n")}\n\n`
  })
