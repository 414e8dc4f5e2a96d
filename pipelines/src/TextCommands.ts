/**
 * The Unix-style commands over the packages: text in on stdin (or files), text or JSON out on stdout.
 */
import { normalize, tokenize } from "@mawjaz/arabic-text"
import { createStemmer, root } from "@mawjaz/arabic-stemmer"
import type { Article } from "@mawjaz/articles"
import { bodyOf } from "@mawjaz/briefing"
import { extractKeyphrases } from "@mawjaz/keywords"
import { summarize } from "@mawjaz/summarize"
import { Effect, Stream } from "effect"
import { EmptyCorpus } from "./errors.js"
import { readInputs } from "./Inputs.js"
import { readStdin, writeStderr, writeStdout } from "./Stdio.js"

export const normalizeCommand = (profile: "search" | "display") =>
  Effect.flatMap(readStdin, (text) => writeStdout(normalize(text, profile)))

export const tokenizeCommand = (normalized: boolean) =>
  Effect.flatMap(readStdin, (text) => {
    const tokens = tokenize(text)
    return writeStdout(tokens.length ? tokens.map((t) => (normalized ? t.norm : t.text)).join("\n") + "\n" : "")
  })

/** One word a line in, exactly one stem a line out; a blank line stays blank. */
export const stemCommand = (roots: boolean) =>
  Effect.flatMap(readStdin, (text) => {
    const stemOf = roots ? root : createStemmer()
    const lines = text.split("\n")
    // A final newline ends the last line; it is not an extra blank line.
    if (lines[lines.length - 1] === "") lines.pop()
    const out = new Array<string>(lines.length)
    for (let i = 0; i < lines.length; i++) {
      const word = lines[i]!.trim()
      out[i] = word === "" ? "" : stemOf(word)
    }
    return writeStdout(out.length ? out.join("\n") + "\n" : "")
  })

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
    let skipped = 0
    if (json) yield* writeStdout("{")
    yield* Stream.runForEach(stream, (item) => {
      if (item._tag === "Skipped") {
        skipped++
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
    if (count === 0) return yield* Effect.fail(new EmptyCorpus({ skipped }))
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
