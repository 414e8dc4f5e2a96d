/**
 * The file commands: articles read from files or folders, one JSON entry (or text block) per article
 * on stdout, written as it is computed so memory stays bounded on large datasets.
 */
import type { Article, Skipped } from "@mawjaz/articles"
import { bodyOf } from "@mawjaz/briefing"
import { extractKeyphrases } from "@mawjaz/keywords"
import { summarize } from "@mawjaz/summarize"
import { Effect, Stream } from "effect"
import { EmptyCorpus } from "./errors.js"
import { readInputs } from "./Inputs.js"
import { writeStderr, writeStdout } from "./Stdio.js"

export interface FileCommandOptions {
  readonly paths: ReadonlyArray<string>
  readonly maxBytes: number
  readonly concurrency: number
}

/**
 * Stream articles from files and print one JSON object whose entries are written as they are
 * computed, so memory stays bounded on large datasets. Skipped inputs are reported on stderr.
 */
const perArticle = <A>(options: FileCommandOptions, json: boolean, compute: (a: Article) => A, asText: (a: Article, value: A) => string) =>
  Effect.gen(function* () {
    const stream = yield* readInputs(options.paths, options)
    let count = 0
    const skipped: Array<Skipped> = []
    if (json) yield* writeStdout("{")
    yield* Stream.runForEach(stream, (item) => {
      if (item._tag === "Skipped") {
        skipped.push(item.skipped)
        const where = item.skipped.line === undefined ? item.skipped.path : `${item.skipped.path}:${item.skipped.line}`
        return writeStderr(`mawjaz: skipped ${where}: ${item.skipped.reason}\n`)
      }
      const value = compute(item.article)
      const chunk = json
        ? `${count === 0 ? "\n" : ",\n"}  ${JSON.stringify(item.article.id)}: ${JSON.stringify(value)}`
        : asText(item.article, value)
      count++
      return writeStdout(chunk)
    })
    if (json) yield* writeStdout(count ? "\n}\n" : "}\n")
    if (count === 0) return yield* Effect.fail(new EmptyCorpus({ skipped: [] }))
  })

export const keywordsCommand = (options: FileCommandOptions & { readonly top: number; readonly json: boolean }) =>
  perArticle(
    options,
    options.json,
    (article) => extractKeyphrases(bodyOf(article), { top: options.top }).map((k) => k.phrase),
    (article, phrases) => `${article.id}\t${phrases.join("، ")}\n`
  )

export const summarizeCommand = (
  options: FileCommandOptions & { readonly sentences?: number | undefined; readonly words?: number | undefined; readonly json: boolean }
) =>
  perArticle(
    options,
    options.json,
    (article) => {
      const length = options.words !== undefined ? { words: options.words } : { sentences: options.sentences ?? 3 }
      const { summary, ranked } = summarize({ text: article.text, paragraphs: article.paragraphs }, length)
      const plain = (s: { text: string; start: number; end: number; score: number }) => ({ text: s.text, start: s.start, end: s.end, score: s.score })
      return { summary: summary.map(plain), ranked: ranked.map(plain) }
    },
    (article, { summary }) => `# ${article.title ?? article.id}\n${summary.map((s) => s.text).join("\n")}\n\n`
  )
