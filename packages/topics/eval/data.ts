/** Reads the first articles of SaudiNewsNet for the evaluation scripts (data stays outside the repo). */
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { gunzipSync } from "node:zlib";
import type { StoryDoc } from "../src/types.js";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");

export function dataDir(): string {
  return process.env.MAWJAZ_DATA ?? path.resolve(ROOT, "../shared/data");
}

interface Record {
  id?: string;
  title?: string;
  content?: string;
  date_extracted?: string;
}

/** The first `limit` SaudiNewsNet articles with a non-empty body. */
export function saudiNewsNet(limit: number): StoryDoc[] {
  const file = path.join(dataDir(), "news/saudinewsnet.jsonl.gz");
  const lines = gunzipSync(readFileSync(file)).toString("utf8").split("\n");
  const docs: StoryDoc[] = [];
  for (const line of lines) {
    if (docs.length >= limit) break;
    if (!line.trim()) continue;
    const r = JSON.parse(line) as Record;
    if (!r.content || !r.content.trim()) continue;
    docs.push({ id: r.id ?? String(docs.length), title: r.title ?? null, text: r.content, date: r.date_extracted?.slice(0, 10) ?? null });
  }
  return docs;
}

export function argNumber(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const v = i >= 0 ? Number(process.argv[i + 1]) : NaN;
  return Number.isFinite(v) && v > 0 ? v : fallback;
}
