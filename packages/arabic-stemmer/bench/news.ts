// Streaming reader for SaudiNewsNet (.jsonl.gz): one article's content at a time, memory bounded.
import { createReadStream } from "node:fs"
import { createInterface } from "node:readline"
import { createGunzip } from "node:zlib"
import { dataPath } from "./data.js"

export const NEWS_FILE = dataPath("news/saudinewsnet.jsonl.gz")

/** Yields the `content` of the first `limit` articles, and the raw bytes of each line read. */
export async function* articleContents(
  limit: number,
  file = NEWS_FILE,
): AsyncGenerator<{ content: string; lineBytes: number }> {
  const stream = createReadStream(file).pipe(createGunzip())
  const lines = createInterface({ input: stream, crlfDelay: Infinity })
  let n = 0
  try {
    for await (const line of lines) {
      if (line.length === 0) continue
      const record = JSON.parse(line) as { content?: unknown }
      const content = typeof record.content === "string" ? record.content : ""
      yield { content, lineBytes: Buffer.byteLength(line) + 1 }
      if (++n >= limit) break
    }
  } finally {
    lines.close()
    stream.destroy()
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
