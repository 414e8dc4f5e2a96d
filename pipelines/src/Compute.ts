/**
 * What the file commands compute for each article, as plain functions over plain data, so that the
 * same code runs in the main thread (small inputs) and in the worker threads of ComputePool.ts.
 */
import { articleFromRecord, isArticle, type Article, type JsonlRecord, type Skipped } from "@mawjaz/articles"
import { bodyOf } from "@mawjaz/briefing"
import { extractKeyphrases } from "@mawjaz/keywords"
import { summarize } from "@mawjaz/summarize"

export type ComputeTask =
  | { readonly kind: "keywords"; readonly top: number }
  | { readonly kind: "summarize"; readonly sentences?: number | undefined; readonly words?: number | undefined }

/** An article read from a file, or a dataset record still to be cleaned into one (the costlier half). */
export type ComputeItem =
  | { readonly kind: "article"; readonly article: Article }
  | { readonly kind: "record"; readonly record: JsonlRecord; readonly file: string; readonly line: number }

/** A batch of items and what to compute for each; the answer is one outcome per item, in order. */
export interface ComputeRequest {
  readonly task: ComputeTask
  readonly items: ReadonlyArray<ComputeItem>
}

export interface SummarySentence {
  readonly text: string
  readonly start: number
  readonly end: number
  readonly score: number
}

export type ComputeResult = ReadonlyArray<string> | { readonly summary: ReadonlyArray<SummarySentence>; readonly ranked: ReadonlyArray<SummarySentence> }

export type ComputeOutcome =
  | { readonly ok: true; readonly id: string; readonly title: string | null; readonly value: ComputeResult }
  | { readonly ok: false; readonly skipped: Skipped }

const plain = (s: SummarySentence): SummarySentence => ({ text: s.text, start: s.start, end: s.end, score: s.score })

export const computeOne = (task: ComputeTask, article: Article): ComputeResult => {
  if (task.kind === "keywords") return extractKeyphrases(bodyOf(article), { top: task.top }).map((k) => k.phrase)
  const length = task.words !== undefined ? { words: task.words } : { sentences: task.sentences ?? 3 }
  const { summary, ranked } = summarize({ text: article.text, paragraphs: article.paragraphs }, length)
  return { summary: summary.map(plain), ranked: ranked.map(plain) }
}

export const computeItem = (task: ComputeTask, item: ComputeItem): ComputeOutcome => {
  const article = item.kind === "article" ? item.article : articleFromRecord(item.record, item.file, item.line)
  if (!isArticle(article)) return { ok: false, skipped: article }
  return { ok: true, id: article.id, title: article.title, value: computeOne(task, article) }
}

export const computeBatch = (request: ComputeRequest): Array<ComputeOutcome> => request.items.map((item) => computeItem(request.task, item))
