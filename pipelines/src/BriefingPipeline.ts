/**
 * The briefing, end to end: read inputs → find duplicates and clean across the corpus → analyse each
 * article → the corpus view (terms, stories, topics side by side) → assemble and render HTML, Markdown and
 * JSON → print the PDF → write all outputs at once. For a dataset or many files the heavy steps run in
 * worker threads (BriefingWork.ts through ComputePool.ts), so both cores work and the main thread stays
 * free to answer Chromium, show progress and stop at once on Ctrl-C.
 */
import { bodyOf, entryOf, prepareCorpus, type AnalysedArticle, type AnalysedEntry, type CorpusViews } from "@mawjaz/briefing"
import type { Article, Skipped } from "@mawjaz/articles"
import { Path } from "@effect/platform"
import { Chunk, Effect, Stream } from "effect"
import type { RecordOutcome } from "./BriefingWork.js"
import { briefingInProcess, briefingPool, POOL_SIZE, type BriefingWorker } from "./ComputePool.js"
import { ComputeFailed, EmptyCorpus } from "./errors.js"
import { expandPaths, isLarge, readExpanded, uniqueIds, type InputItem, type RecordItem } from "./Inputs.js"
import { writeAll } from "./Output.js"
import { progress, progressDone, ticking } from "./Progress.js"
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

/** Dataset records cleaned into articles per request: large enough that messaging costs little. */
const RECORD_BATCH = 64
/** Articles analysed per request. */
const ANALYSE_BATCH = 48
/** Corpus size from which each stage runs in threads of its own (see analyseCorpus). */
const FRESH_THREADS_FROM = 5000

const failed = <A, E, R>(effect: Effect.Effect<A, E, R>) => Effect.mapError(effect, (cause) => new ComputeFailed({ cause }))

type Expanded = Effect.Effect.Success<ReturnType<typeof expandPaths>>

/** Runs a stage with the briefing's workers: threads of its own at volume, the main thread otherwise. */
type Pooled = <A, E, R>(stage: (work: BriefingWorker) => Effect.Effect<A, E, R>) => Effect.Effect<A, E | ComputeFailed, R>

/** Read every input; articles and skipped inputs come back separately, in input order. */
const collectExpanded = (
  expanded: Expanded,
  options: { maxBytes: number; concurrency: number },
  work: BriefingWorker,
  parallel: number
) =>
  Effect.gen(function* () {
    const path = yield* Path.Path
    let n = 0
    const articles: Array<Article> = []
    const skipped: Array<Skipped> = []
    yield* readExpanded(expanded, options).pipe(
      Stream.grouped(RECORD_BATCH),
      // Dataset records are cleaned where `work` runs (the worker threads, for large inputs), in input order.
      Stream.mapEffect((batch) => {
        const items = Chunk.toReadonlyArray(batch)
        const records = items.filter((i): i is RecordItem => i._tag === "Record")
        const cleaned = records.length ? failed(work({ kind: "records", items: records })) : Effect.succeed([] as ReadonlyArray<RecordOutcome>)
        return Effect.map(cleaned, (outcomes) => {
          let k = 0
          return items.map((item): InputItem => {
            if (item._tag !== "Record") return item
            const o = outcomes[k++]!
            return o.ok ? { _tag: "Article", article: o.article } : { _tag: "Skipped", skipped: o.skipped }
          })
        })
      }, { concurrency: parallel + 1 }),
      Stream.runForEach((items) =>
        Effect.gen(function* () {
          for (const item of items) {
            if (item._tag === "Article") articles.push(item.article)
            else skipped.push(item.skipped)
          }
          n += items.length
          yield* progress("reading", n)
        })
      )
    )
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

/** Every article analysed on its own, in batches spread over the workers, in input order. */
export const analyseAll = (articles: ReadonlyArray<Article>, work: BriefingWorker = briefingInProcess, parallel = 1) => {
  // The workers answer without the article, which this thread has: half the copying, and one copy kept.
  let done = 0
  const batches: Array<ReadonlyArray<Article>> = []
  for (let i = 0; i < articles.length; i += ANALYSE_BATCH) batches.push(articles.slice(i, i + ANALYSE_BATCH))
  return Effect.forEach(
    batches,
    (batch) =>
      failed(work({ kind: "analyse", articles: batch })).pipe(
        Effect.tap(() => progress("analysing articles", (done += batch.length), articles.length))
      ),
    { concurrency: parallel + 1 }
  ).pipe(
    Effect.map((results): Array<AnalysedArticle> =>
      results.flat().map((analysis, i) => ({ ...analysis, article: articles[i]!, body: bodyOf(articles[i]!) }))
    )
  )
}

/**
 * From files to the corpus view: read, clean across the corpus, analyse each article, and the four parts
 * of the corpus view side by side. Only what the briefing prints comes out of it — each article's entry,
 * not its text — so the texts are garbage once the corpus view has read them.
 */
const analyseCorpus = (expanded: Expanded, options: BriefingOptions, shared: BriefingWorker, threads: boolean, parallel: number) =>
  Effect.gen(function* () {
    const { articles: read, skipped } = yield* timed("read inputs", collectExpanded(expanded, options, shared, parallel))
    if (read.length === 0) return yield* Effect.fail(new EmptyCorpus({ skipped }))
    // From a few thousand articles on, each stage gets threads of its own, ended with it: a worker's heap
    // keeps the high-water mark of what it held (a whole corpus), so long-lived workers would add up every
    // stage's peak. Below that, fresh threads would cost more time (start-up, a cold stemmer cache) than
    // the memory is worth.
    const fresh = threads && read.length >= FRESH_THREADS_FROM
    const threadsOf = (size?: number): Pooled =>
      fresh ? (stage) => Effect.scoped(Effect.flatMap(failed(briefingPool(size)), stage)) : (stage) => stage(shared)
    const pooled = threadsOf()
    const alone = threadsOf(1)
    const prepared = yield* timed(
      "clean corpus",
      ticking("finding duplicates and cleaning", pooled((work) => failed(work({ kind: "prepare", articles: read }))))
    )
    read.length = 0
    const analysed = yield* timed("analyse articles", pooled((work) => analyseAll(prepared.articles, work, parallel)))
    const { docs, sources } = prepareCorpus(analysed, prepared.duplicates)
    const entries: Array<AnalysedEntry> = analysed.map(entryOf)
    analysed.length = 0
    // The four parts are independent: the two longest start first, and the others as they end.
    const views: CorpusViews = yield* timed(
      "corpus view",
      ticking(
        "building the briefing: stories, topics, terms, names",
        // Each part in a thread of its own, ended with the part, two at a time: the parts' peaks do not add up.
        Effect.all(
          {
            stories: timed("corpus: stories", alone((work) => failed(work({ kind: "stories", docs, sources })))),
            topics: timed("corpus: topics", alone((work) => failed(work({ kind: "topics", docs })))),
            entities: timed("corpus: entities", alone((work) => failed(work({ kind: "entities", docs })))),
            terms: timed("corpus: terms", alone((work) => failed(work({ kind: "terms", docs }))))
          },
          { concurrency: parallel }
        )
      )
    )
    return { entries, views, skipped, duplicates: prepared.duplicates, pooled }
  })

export const outputPaths = (out: string, path: Path.Path) => {
  const base = out.replace(/\.pdf$/i, "")
  return { pdf: `${base}.pdf`, html: `${base}.html`, md: `${base}.md`, json: `${base}.json`, dir: path.dirname(out) }
}

export const makeBriefing = (options: BriefingOptions) =>
  // The workers live as long as the run: their threads end with this scope, on every path.
  Effect.scoped(Effect.gen(function* () {
    const started = performance.now()
    const path = yield* Path.Path
    const renderer = yield* Renderer
    // Chromium starts now, while the articles are read and analysed: its start-up is most of a small run's
    // wait. Its launch waits on no timer, so a busy moment of this thread cannot make it fail.
    yield* renderer.warmUp
    const expanded = yield* expandPaths(options.paths)
    // A dataset or many files is worth worker threads; a handful of files is done sooner without them.
    const large = POOL_SIZE > 0 && isLarge(expanded.files)
    const shared = large ? yield* failed(briefingPool()) : briefingInProcess
    const parallel = large ? Math.max(2, POOL_SIZE) : 1

    const { entries, views, skipped, duplicates, pooled } = yield* analyseCorpus(expanded, options, shared, large, parallel)
    const finished = yield* timed(
      "assemble and render",
      ticking(
        "rendering",
        pooled((work) => failed(
          work({
            kind: "finish",
            entries,
            skipped,
            views,
            options: {
              ...(options.title ? { title: options.title } : {}),
              generatedAt: new Date().toISOString(),
              generator: { name: "mawjaz", version: VERSION },
              duplicates
            },
            render: { locale: options.locale, digits: options.digits, basename: path.basename(options.out).replace(/\.pdf$/i, "") }
          })
        ))
      )
    )
    const printed = yield* timed("print pdf", ticking("printing the PDF", renderer.pdf(finished.printHtml, { locale: options.locale })))
    const files = outputPaths(options.out, path)
    yield* timed("write outputs", writeAll([
      { path: files.json, data: finished.json },
      { path: files.html, data: finished.screenHtml },
      { path: files.md, data: finished.markdown },
      { path: files.pdf, data: printed.pdf }
    ]))
    yield* progressDone
    return {
      articles: finished.articles,
      skipped,
      pages: printed.pages,
      seconds: (performance.now() - started) / 1000,
      outputs: [files.pdf, files.html, files.md, files.json]
    } satisfies BriefingResult
  }))
