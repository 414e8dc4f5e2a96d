// Streaming reader for SaudiNewsNet (.jsonl.gz): one article's content at a time, memory bounded.
// Lines come from @mawjaz/articles' jsonlFileLines (cut on the bytes, decoded one line at a time).
import { jsonlFileLines } from "@mawjaz/articles"
import { dataPath } from "./data.js"

export const NEWS_FILE = dataPath("news/saudinewsnet.jsonl.gz")

/** Yields the `content` of the first `limit` articles. */
export async function* articleContents(
  limit: number,
  file = NEWS_FILE,
): AsyncGenerator<{ content: string }> {
  let n = 0
  for await (const line of jsonlFileLines(file)) {
    if (line.trim().length === 0) continue
    const record = JSON.parse(line) as { content?: unknown }
    const content = typeof record.content === "string" ? record.content : ""
    yield { content }
    if (++n >= limit) break
  }
}

/** The first `count` whitespace/punctuation-separated tokens of the news file. */
export async function newsTokens(count: number): Promise<string[]> {
  const tokens: string[] = []
  for await (const { content } of articleContents(Number.POSITIVE_INFINITY)) {
    for (const t of content.split(/[^\p{L}\p{M}\p{N}]+/u)) {
      if (t.length > 0) tokens.push(t)
      if (tokens.length >= count) return tokens
    }
  }
  return tokens
}
