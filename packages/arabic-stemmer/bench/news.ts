// Streaming reader for SaudiNewsNet (.jsonl.gz): one article's content at a time, memory bounded.
// Lines are split from the decompressed chunks directly: node:readline costs about as much
// again as zlib on this file.
import { createReadStream } from "node:fs"
import { createGunzip } from "node:zlib"
import { dataPath } from "./data.js"

export const NEWS_FILE = dataPath("news/saudinewsnet.jsonl.gz")

/** Yields the `content` of the first `limit` articles, and the raw bytes of each line read. */
export async function* articleContents(
  limit: number,
  file = NEWS_FILE,
): AsyncGenerator<{ content: string; lineBytes: number }> {
  const stream = createReadStream(file).pipe(createGunzip())
  let n = 0
  try {
    for await (const line of lines(stream)) {
      if (line.trim().length === 0) continue
      const record = JSON.parse(line) as { content?: unknown }
      const content = typeof record.content === "string" ? record.content : ""
      yield { content, lineBytes: Buffer.byteLength(line) + 1 }
      if (++n >= limit) break
    }
  } finally {
    stream.destroy()
  }
}

/** The lines of a byte stream of UTF-8 text (LF or CRLF), one chunk in memory at a time. */
async function* lines(stream: NodeJS.ReadableStream): AsyncGenerator<string> {
  stream.setEncoding("utf8")
  let pending = ""
  for await (const chunk of stream as AsyncIterable<string>) {
    const text = pending + chunk
    let start = 0
    for (let end = text.indexOf("\n"); end >= 0; end = text.indexOf("\n", start)) {
      yield text.slice(start, end > start && text.charCodeAt(end - 1) === 13 ? end - 1 : end)
      start = end + 1
    }
    pending = text.slice(start)
  }
  if (pending.length > 0) yield pending
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
