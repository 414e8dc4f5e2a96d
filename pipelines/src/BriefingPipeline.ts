/**
 * The briefing, end to end: read inputs → clean → find duplicates → analyse each article →
 * build the briefing model → render HTML, Markdown and PDF → write all outputs at once.
 */
import { analyseArticle, buildBriefing, encodeBriefing, type AnalysedArticle } from "@mawjaz/briefing"
import type { Article, Skipped } from "@mawjaz/articles"
import { cleanCorpus, findDuplicates } from "@mawjaz/articles"
import { renderHtml, renderMarkdown } from "@mawjaz/report"
import { Path } from "@effect/platform"
import { Chunk, Effect, Stream } from "effect"
import { EmptyCorpus } from "./errors.js"
import { readInputs, uniqueIds } from "./Inputs.js"
import { writeAll } from "./Output.js"
import { progress, progressDone } from "./Progress.js"
import { Renderer } from "./Renderer.js"
import { timed } from "./Timings.js"
import { VERSION } from "./version.js"

export interface BriefingOptions {
  readonly paths: ReadonlyArray<string>
  /** Where the PDF goes; the HTML, Markdown and JSON are written beside it with the same name. */
  readonly out: string
  readonly title?: string | undefined
  readonly locale: "ar" | "en"
  readonly digits: "latin" | "arabic"
  readonly maxBytes: number
  readonly concurrency: number
}

export interface BriefingResult {
  readonly articles: number
  readonly skipped: ReadonlyArray<Skipped>
  readonly pages: number
  readonly seconds: number
  readonly outputs: ReadonlyArray<string>
}

/** Read every input; articles and skipped inputs come back separately, in input order. */
export const collectArticles = (paths: ReadonlyArray<string>, options: { maxBytes: number; concurrency: number }) =>
  Effect.gen(function* () {
    const path = yield* Path.Path
    const stream = yield* readInputs(paths, options)
    let n = 0
    const items = yield* Stream.runCollect(stream.pipe(Stream.tap(() => progress("reading", ++n))))
    const articles: Array<Article> = []
    const skipped: Array<Skipped> = []
    for (const item of Chunk.toReadonlyArray(items)) {
      if (item._tag === "Article") articles.push(item.article)
      else skipped.push(item.skipped)
    }
    // Paths are shown relative to the working folder when they are inside it: shorter, and the same on every machine.
    const display = (file: string) => {
      const rel = path.relative(process.cwd(), file)
      return rel.startsWith("..") || path.isAbsolute(rel) ? file : rel
    }
    return {
      articles: uniqueIds(articles).map((a) => ({ ...a, path: display(a.path) })),
      skipped: skipped.map((s) => ({ ...s, path: display(s.path) }))
    }
  })

export const analyseAll = (articles: ReadonlyArray<Article>, concurrency: number) =>
  Stream.fromIterable(articles).pipe(
    Stream.zipWithIndex,
    Stream.mapEffect(
      ([article, i]) => Effect.zipRight(progress("analysing article", i + 1, articles.length), Effect.sync(() => analyseArticle(article))),
      { concurrency }
    ),
    Stream.runCollect,
    Effect.map((chunk): Array<AnalysedArticle> => Chunk.toArray(chunk))
  )

export const outputPaths = (out: string, path: Path.Path) => {
  const base = out.replace(/\.pdf$/i, "")
  return { pdf: `${base}.pdf`, html: `${base}.html`, md: `${base}.md`, json: `${base}.json`, dir: path.dirname(out) }
}

export const makeBriefing = (options: BriefingOptions) =>
  Effect.gen(function* () {
    const started = performance.now()
    const path = yield* Path.Path
    const renderer = yield* Renderer
    // Chromium starts now, while the articles are read and analysed: its start-up is most of a run's wait.
    yield* renderer.warmUp
    const { articles: read, skipped } = yield* timed("read inputs", collectArticles(options.paths, options))
    if (read.length === 0) return yield* Effect.fail(new EmptyCorpus({ skipped }))

    // Duplicates first: the cross-article cleaning rules must not count a copied story as repeated chrome.
    const duplicates = yield* timed("find duplicates", Effect.sync(() => findDuplicates(read)))
    const articles = yield* timed("clean corpus", Effect.sync(() => cleanCorpus(read, { duplicates })))
    const analysed = yield* timed("analyse articles", analyseAll(articles, options.concurrency))
    yield* progress("building the briefing")
    const briefing = yield* timed("build briefing", Effect.sync(() => buildBriefing(analysed, skipped, {
      ...(options.title ? { title: options.title } : {}),
      generatedAt: new Date().toISOString(),
      generator: { name: "mawjaz", version: VERSION },
      duplicates
    })))

    yield* progress("rendering")
    const html = yield* timed("render html", Effect.sync(() => renderHtml(briefing, { locale: options.locale, digits: options.digits })))
    const markdown = renderMarkdown(briefing, { locale: options.locale, digits: options.digits })
    const printed = yield* timed("print pdf", renderer.pdf(html, { locale: options.locale }))
    const files = outputPaths(options.out, path)
    yield* timed("write outputs", writeAll([
      { path: files.json, data: JSON.stringify(encodeBriefing(briefing), null, 2) + "\n" },
      { path: files.html, data: html },
      { path: files.md, data: markdown },
      { path: files.pdf, data: printed.pdf }
    ]))
    yield* progressDone
    return {
      articles: articles.length,
      skipped,
      pages: printed.pages,
      seconds: (performance.now() - started) / 1000,
      outputs: [files.pdf, files.html, files.md, files.json]
    } satisfies BriefingResult
  })
