/**
 * The briefing's heavy steps as plain functions of plain data, so that the same code runs in the main
 * thread (small corpora) and in the worker threads of ComputePool.ts (everything else): cleaning dataset
 * records, the corpus-wide cleaning and duplicate search, the per-article analysis, the three parts of the
 * corpus view, and assembling and rendering the briefing. What crosses a thread is structured-cloned, so
 * every request and answer is data only.
 */
import { articleFromRecord, cleanCorpus, findDuplicates, isArticle, type Article, type JsonlRecord, type Skipped } from "@mawjaz/articles"
import {
  analyseArticle,
  assembleBriefing,
  encodeBriefing,
  entitiesView,
  storiesView,
  termsView,
  topicsView,
  type AnalysedArticle,
  type AnalysedEntry,
  type BuildOptions,
  type CorpusDoc,
  type CorpusViews,
  type EntitiesView,
  type StoriesView,
  type StorySource,
  type TermsView,
  type TopicsView
} from "@mawjaz/briefing"
import { renderHtml, renderMarkdown } from "@mawjaz/report"

export interface RenderChoice {
  readonly locale: "ar" | "en"
  readonly digits: "latin" | "arabic"
  /** The outputs' file name without extension, which the PDF names when it points to the full set. */
  readonly basename: string
}

export type BriefingRequest =
  | { readonly kind: "records"; readonly items: ReadonlyArray<{ readonly record: JsonlRecord; readonly file: string; readonly line: number }> }
  | { readonly kind: "prepare"; readonly articles: ReadonlyArray<Article> }
  | { readonly kind: "analyse"; readonly articles: ReadonlyArray<Article> }
  | { readonly kind: "terms"; readonly docs: ReadonlyArray<CorpusDoc> }
  | { readonly kind: "entities"; readonly docs: ReadonlyArray<CorpusDoc> }
  | { readonly kind: "stories"; readonly docs: ReadonlyArray<CorpusDoc>; readonly sources: ReadonlyArray<StorySource> }
  | { readonly kind: "topics"; readonly docs: ReadonlyArray<CorpusDoc> }
  | {
      readonly kind: "finish"
      readonly entries: ReadonlyArray<AnalysedEntry>
      readonly skipped: ReadonlyArray<Skipped>
      readonly views: CorpusViews
      readonly options: BuildOptions
      readonly render: RenderChoice
    }

/** An article's analysis without the article: the thread that asked for it has the article already. */
export type Analysis = Omit<AnalysedArticle, "article" | "body">

export type RecordOutcome = { readonly ok: true; readonly article: Article } | { readonly ok: false; readonly skipped: Skipped }

export interface Prepared {
  readonly articles: ReadonlyArray<Article>
  readonly duplicates: ReadonlyArray<{ readonly original: string; readonly copies: ReadonlyArray<string> }>
}

/**
 * The outputs, ready to write, and what the summary line needs. The three that grow with the corpus come
 * as UTF-8 bytes: a worker thread hands their buffers over instead of copying them (tens of megabytes at
 * volume), and they are written as they are.
 */
export interface Finished {
  readonly json: Uint8Array
  /** The bounded edition Chromium prints. */
  readonly printHtml: string
  /** The edition written as briefing.html: every article, with an index. */
  readonly screenHtml: Uint8Array
  readonly markdown: Uint8Array
  readonly articles: number
}

/** The buffers of an answer that can change threads without a copy. */
export const transfersOf = (answer: unknown): Array<ArrayBuffer> => {
  if (typeof answer !== "object" || answer === null || !("screenHtml" in answer)) return []
  const f = answer as Finished
  return [f.json, f.screenHtml, f.markdown].map((b) => b.buffer as ArrayBuffer)
}

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s)

export interface BriefingAnswers {
  readonly records: ReadonlyArray<RecordOutcome>
  readonly prepare: Prepared
  readonly analyse: ReadonlyArray<Analysis>
  readonly terms: TermsView
  readonly entities: EntitiesView
  readonly stories: StoriesView
  readonly topics: TopicsView
  readonly finish: Finished
}

export type AnswerOf<R extends BriefingRequest> = BriefingAnswers[R["kind"]]

/** Duplicates first: the cross-article cleaning rules must not count a copied story as repeated chrome. */
export const prepare = (articles: ReadonlyArray<Article>): Prepared => {
  const duplicates = findDuplicates(articles)
  return { articles: cleanCorpus(articles, { duplicates }), duplicates }
}

export const finish = (request: Extract<BriefingRequest, { kind: "finish" }>): Finished => {
  const briefing = assembleBriefing(request.entries, request.skipped, request.views, request.options)
  const render = { locale: request.render.locale, digits: request.render.digits }
  return {
    json: utf8(JSON.stringify(encodeBriefing(briefing), null, 2) + "\n"),
    printHtml: renderHtml(briefing, { ...render, edition: "print", basename: request.render.basename }),
    screenHtml: utf8(renderHtml(briefing, { ...render, edition: "screen", basename: request.render.basename })),
    markdown: utf8(renderMarkdown(briefing, render)),
    articles: briefing.articles.length
  }
}

export const runBriefingRequest = (request: BriefingRequest): BriefingAnswers[BriefingRequest["kind"]] => {
  switch (request.kind) {
    case "records":
      return request.items.map((r): RecordOutcome => {
        const a = articleFromRecord(r.record, r.file, r.line)
        return isArticle(a) ? { ok: true, article: a } : { ok: false, skipped: a }
      })
    case "prepare":
      return prepare(request.articles)
    case "analyse":
      return request.articles.map((a) => {
        const { article: _article, body: _body, ...analysis } = analyseArticle(a)
        return analysis
      })
    case "terms":
      return termsView(request.docs)
    case "entities":
      return entitiesView(request.docs)
    case "stories":
      return storiesView(request.docs, request.sources)
    case "topics":
      return topicsView(request.docs)
    case "finish":
      return finish(request)
  }
}
