/**
 * JSON Lines datasets (one article a line: id, title, content|text, date, source, url —
 * the layout of SaudiNewsNet). Record fields win over anything guessed from the text.
 * parseJsonlLine and articleFromRecord are the streaming entry points: a caller reading
 * a 30,000-article file line by line never holds more than one record.
 */
import type { Article, KnownMetadata, Skipped } from "../types.js";
import { buildArticle } from "../clean.js";
import { checkArticle, idFromPath, isArticle } from "../finish.js";
import { normalizeLineEnds } from "../decode.js";

export type JsonlRecord = Record<string, unknown>;

export type ParsedLine = { ok: true; record: JsonlRecord } | { ok: false; skipped: Skipped };

/** One line of a .jsonl file → its record, null for a blank line, or the Skipped entry for a broken one. */
export function parseJsonlLine(line: string, path: string, lineNo: number): ParsedLine | null {
  const t = line.trim();
  if (t === "") return null;
  let value: unknown;
  try {
    value = JSON.parse(t);
  } catch (e) {
    return { ok: false, skipped: { path, line: lineNo, reason: `broken JSON line: ${(e as Error).message}` } };
  }
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    return { ok: false, skipped: { path, line: lineNo, reason: "JSON line is not an object" } };
  }
  return { ok: true, record: value as JsonlRecord };
}

/** A parsed record → a cleaned Article, or a Skipped naming the line. */
export function articleFromRecord(record: JsonlRecord, path: string, lineNo: number): Article | Skipped {
  const content = firstString(record, ["content", "text", "body", "article"]);
  if (content === null || content.trim() === "") return { path, line: lineNo, reason: "record has no content or text field" };
  const id = firstString(record, ["id", "_id", "uuid"]) ?? String(record["id"] ?? `${idFromPath(path)}:${lineNo}`);
  const known: KnownMetadata = {
    title: firstString(record, ["title", "headline"]),
    date: firstString(record, ["date", "published", "published_at", "date_published", "date_extracted"]),
    source: firstString(record, ["source", "site", "publisher"]),
    author: firstString(record, ["author", "authors", "byline"]),
    url: firstString(record, ["url", "link"]),
  };
  const article = buildArticle({
    id,
    path,
    text: normalizeLineEnds(content),
    encoding: "utf-8",
    known,
    titleInText: known.title === null ? undefined : false,
  });
  return checkArticle(article, lineNo);
}

/** Every line of a decoded .jsonl text. */
export function readJsonl(path: string, text: string, maxBytes: number): { articles: Article[]; skipped: Skipped[] } {
  const articles: Article[] = [];
  const skipped: Skipped[] = [];
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const lineNo = i + 1;
    const line = lines[i]!;
    if (line.length > maxBytes) { skipped.push({ path, line: lineNo, reason: `record over the size limit (${maxBytes} bytes)` }); continue; }
    const parsed = parseJsonlLine(line, path, lineNo);
    if (parsed === null) continue;
    if (!parsed.ok) { skipped.push(parsed.skipped); continue; }
    const r = articleFromRecord(parsed.record, path, lineNo);
    if (isArticle(r)) articles.push(r);
    else skipped.push(r);
  }
  if (articles.length === 0 && skipped.length === 0) skipped.push({ path, reason: "empty file (no records)" });
  return { articles, skipped };
}

function firstString(record: JsonlRecord, keys: readonly string[]): string | null {
  for (const k of keys) {
    const v = record[k];
    if (typeof v === "string" && v.trim() !== "") return v;
    if (typeof v === "number") return String(v);
    if (Array.isArray(v) && v.every((x) => typeof x === "string") && v.length > 0) return v.join("، ");
  }
  return null;
}
