/**
 * Builds data/background-df.json: in how many SaudiNewsNet articles (title + body)
 * each stem occurs, for stems in at least MIN_DF articles (rarer stems are treated as
 * maximally specific). Stems are those of ../src/analyse.ts, so rebuild the table
 * when the stemmer changes:
 *   pnpm build:background        (reads $MAWJAZ_DATA or ../shared/data)
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { gunzipSync } from "node:zlib";
import { contentWords } from "../src/analyse.js";
import { dataDir } from "../eval/data.js";

const MIN_DF = 20;
const here = path.dirname(fileURLToPath(import.meta.url));
const file = path.join(dataDir(), "news/saudinewsnet.jsonl.gz");
const lines = gunzipSync(readFileSync(file)).toString("utf8").split("\n");
const df = new Map<string, number>();
let documents = 0;
for (const line of lines) {
  if (!line.trim()) continue;
  const r = JSON.parse(line) as { title?: string; content?: string };
  const text = `${r.title ?? ""}\n${r.content ?? ""}`;
  if (!text.trim()) continue;
  documents++;
  for (const stem of new Set(contentWords(text).map((w) => w.stem))) df.set(stem, (df.get(stem) ?? 0) + 1);
}
const groups = new Map<number, string[]>();
for (const [stem, d] of df) {
  if (d < MIN_DF || stem.includes(" ")) continue;
  const list = groups.get(d) ?? [];
  list.push(stem);
  groups.set(d, list);
}
const byDf = [...groups].sort((a, b) => a[0] - b[0]).map(([d, stems]) => [d, stems.sort().join(" ")]);
const out = {
  source: `SaudiNewsNet (${documents} articles, July-Aug 2015), title + content; stems of @mawjaz/arabic-stemmer; df >= ${MIN_DF}`,
  documents,
  minDf: MIN_DF,
  byDf,
};
writeFileSync(path.join(here, "../data/background-df.json"), JSON.stringify(out));
console.log(`${documents} articles, ${byDf.reduce((s, [, x]) => s + String(x).split(" ").length, 0)} stems kept`);
