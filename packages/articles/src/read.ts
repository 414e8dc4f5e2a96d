/** readArticles: bytes of one file of any supported format → articles and skipped entries. */
import { gunzipSync } from "node:zlib";
import type { Article, ReadOptions, ReadResult, Skipped } from "./types.js";
import { DEFAULT_MAX_BYTES } from "./types.js";
import { decodeBytes, sniffHtmlCharset } from "./decode.js";
import { isArticle } from "./finish.js";
import { readText } from "./formats/text.js";
import { readMarkdown } from "./formats/markdown.js";
import { readHtml } from "./formats/html.js";
import { readJsonl } from "./formats/jsonl.js";

export type Format = "text" | "markdown" | "html" | "jsonl" | "jsonl.gz";

/** The format of a path by its extension, or null when unsupported. */
export function formatOf(path: string): Format | null {
  const p = path.toLowerCase();
  if (p.endsWith(".jsonl.gz") || p.endsWith(".ndjson.gz")) return "jsonl.gz";
  if (p.endsWith(".jsonl") || p.endsWith(".ndjson")) return "jsonl";
  if (p.endsWith(".html") || p.endsWith(".htm") || p.endsWith(".xhtml")) return "html";
  if (p.endsWith(".md") || p.endsWith(".markdown")) return "markdown";
  if (p.endsWith(".txt") || p.endsWith(".text")) return "text";
  return null;
}

export function readArticles(path: string, bytes: Uint8Array, options: ReadOptions = {}): ReadResult {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  try {
    return readUnsafe(path, bytes, maxBytes);
  } catch (e) {
    // The readers are written not to throw; this keeps one bad file from stopping a corpus.
    return { articles: [], skipped: [{ path, reason: `unreadable: ${(e as Error).message ?? String(e)}` }] };
  }
}

function readUnsafe(path: string, bytes: Uint8Array, maxBytes: number): ReadResult {
  const format = formatOf(path) ?? "text";
  if (bytes.length === 0) return skip(path, "empty file");
  if (format === "jsonl.gz") {
    let raw: Uint8Array;
    try {
      raw = gunzipSync(bytes);
    } catch (e) {
      return skip(path, `not a valid gzip file: ${(e as Error).message}`);
    }
    return decodeThen(path, raw, null, (text) => readJsonl(path, text, maxBytes));
  }
  if (format === "jsonl") return decodeThen(path, bytes, null, (text) => readJsonl(path, text, maxBytes));
  if (bytes.length > maxBytes) return skip(path, `file over the size limit (${bytes.length} bytes > ${maxBytes})`);
  const declared = format === "html" ? sniffHtmlCharset(bytes) : null;
  return decodeThen(path, bytes, declared, (text, encoding) => one(
    format === "html" ? readHtml(path, text, encoding) : format === "markdown" ? readMarkdown(path, text, encoding) : readText(path, text, encoding),
  ));
}

function decodeThen(path: string, bytes: Uint8Array, declared: string | null, then: (text: string, encoding: string) => ReadResult): ReadResult {
  const d = decodeBytes(bytes, { declared });
  if (!d.ok) return skip(path, d.reason);
  return then(d.text, d.encoding);
}

function one(r: Article | Skipped): ReadResult {
  return isArticle(r) ? { articles: [r], skipped: [] } : { articles: [], skipped: [r] };
}

function skip(path: string, reason: string): ReadResult {
  return { articles: [], skipped: [{ path, reason }] };
}
