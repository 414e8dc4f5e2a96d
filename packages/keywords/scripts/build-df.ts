// Builds data/df.json: in how many SaudiNewsNet articles each stem occurs (the background corpus for IDF).
// Usage: pnpm exec tsx scripts/build-df.ts [path/to/saudinewsnet.jsonl.gz] [minDf]
// The table is pruned to stems seen in at least `minDf` articles (rarer stems get the IDF of df = 0,
// which is what an unseen word gets too) and stored grouped by df, as space-separated stems,
// to keep the file small.
import { createReadStream, writeFileSync } from "node:fs";
import path from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { createGunzip } from "node:zlib";
import { isContentToken } from "../src/terms.js";
import { wordTokens } from "../src/text.js";

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, "../../..");
const dataRoot = process.env.MAWJAZ_DATA ?? path.resolve(repoRoot, "../shared/data");
const input = process.argv[2] ?? path.join(dataRoot, "news/saudinewsnet.jsonl.gz");
const minDf = Number(process.argv[3] ?? 4);
const PROBE_FORMS = 2000;

async function main(): Promise<void> {
  const df = new Map<string, number>();
  // the most frequent word forms and their stems: a test re-stems them to catch a table built by another stemmer
  const forms = new Map<string, number>();
  const formStems = new Map<string, string>();
  let n = 0;
  const lines = createInterface({ input: createReadStream(input).pipe(createGunzip()), crlfDelay: Infinity });
  for await (const line of lines) {
    if (!line.trim()) continue;
    let content = "";
    try {
      const rec = JSON.parse(line) as { content?: unknown; title?: unknown };
      content = `${typeof rec.title === "string" ? rec.title : ""}\n${typeof rec.content === "string" ? rec.content : ""}`;
    } catch {
      continue;
    }
    n++;
    const seen = new Set<string>();
    for (const t of wordTokens(content)) {
      if (!isContentToken(t)) continue;
      seen.add(t.stem);
      forms.set(t.norm, (forms.get(t.norm) ?? 0) + 1);
      formStems.set(t.norm, t.stem);
    }
    for (const s of seen) df.set(s, (df.get(s) ?? 0) + 1);
  }
  const groups = new Map<number, string[]>();
  for (const [stem, d] of df) {
    if (d < minDf || /\s/.test(stem)) continue;
    const g = groups.get(d) ?? [];
    g.push(stem);
    groups.set(d, g);
  }
  const byDf = [...groups.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([d, stems]) => [d, stems.sort().join(" ")] as const);
  const probe = [...forms.entries()]
    .filter(([form]) => !/\s/.test(form))
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, PROBE_FORMS)
    .map(([form]) => form);
  const out = {
    source: "SaudiNewsNet (30,676 articles, July-Aug 2015), title + content",
    documents: n,
    minDf,
    byDf,
    probe: { forms: probe.join(" "), stems: probe.map((f) => formStems.get(f)).join(" ") },
  };
  const file = path.join(here, "../data/df.json");
  writeFileSync(file, JSON.stringify(out));
  const kept = byDf.reduce((s, [, stems]) => s + stems.split(" ").length, 0);
  console.log(`${n} documents, ${df.size} stems, ${kept} kept (df >= ${minDf}) -> ${file}`);
}

void main();
