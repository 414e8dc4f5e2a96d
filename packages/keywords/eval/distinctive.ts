// Terms by count against terms by keyness (distinctiveTerms) on slices of SaudiNewsNet.
// Usage: pnpm exec tsx eval/distinctive.ts [--top 15] [--full]
//   - the 1,000-article sample (saudinewsnet.sample1000.jsonl: the first day, 2015-07-21);
//   - lines 20,000–21,000 of the full file (2015-08-04 to 08-06, another outlet mix);
//   - with --full, all 30,676 articles: the corpus is then the background itself.
// Articles are read as title + "\n" + content, as data/df.json was built.
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { gunzipSync } from "node:zlib";
import { backgroundDf, countTerms, distinctiveTerms, type Term } from "../src/index.js";

const here = path.dirname(fileURLToPath(import.meta.url));
const dataRoot = process.env.MAWJAZ_DATA ?? path.resolve(here, "../../../../shared/data");
const newsDir = path.join(dataRoot, "news");

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const v = i >= 0 ? Number(process.argv[i + 1]) : NaN;
  return Number.isFinite(v) && v > 0 ? v : fallback;
}

const TOP = arg("top", 15);

function docsOf(lines: readonly string[]): { id: string; text: string; source: string }[] {
  const docs: { id: string; text: string; source: string }[] = [];
  for (const line of lines) {
    if (!line.trim()) continue;
    const r = JSON.parse(line) as { id?: string; title?: unknown; content?: unknown; source?: unknown };
    const title = typeof r.title === "string" ? r.title : "";
    const content = typeof r.content === "string" ? r.content : "";
    docs.push({ id: r.id ?? String(docs.length), text: `${title}\n${content}`, source: String(r.source ?? "") });
  }
  return docs;
}

const fmt = (t: Term & { keyness?: number }): string =>
  `${t.term} (${t.articles}/${backgroundDf(t.stem)}${t.keyness === undefined ? "" : `, G² ${t.keyness.toFixed(1)}`})`;

function report(name: string, docs: readonly { id: string; text: string; source: string }[]): void {
  const sources = new Map<string, number>();
  for (const d of docs) sources.set(d.source, (sources.get(d.source) ?? 0) + 1);
  const started = performance.now();
  const terms = countTerms(docs, { top: 0 });
  const counted = performance.now() - started;
  const distinctive = distinctiveTerms(terms, docs.length, { top: 0 });
  const positive = distinctive.filter((t) => t.keyness > 0).length;
  console.log(`\n## ${name}: ${docs.length} articles, ${terms.length} stems (countTerms ${(counted / 1000).toFixed(1)} s)`);
  console.log(`sources: ${[...sources].sort((a, b) => b[1] - a[1]).map(([s, n]) => `${s} ${n}`).join(", ")}`);
  console.log(`listed (≥ min articles): ${distinctive.length}; keyness > 0: ${positive}; > 10.83: ${distinctive.filter((t) => t.keyness > 10.83).length}`);
  console.log(`(term (corpus articles/background df, G²))`);
  console.log(`by count:   ${terms.slice(0, TOP).map(fmt).join(" · ")}`);
  console.log(`by keyness: ${distinctive.slice(0, TOP).map(fmt).join(" · ")}`);
  const unseen = distinctive.filter((t) => backgroundDf(t.stem) === 0).slice(0, 5);
  if (unseen.length > 0) console.log(`best unseen in background: ${unseen.map((t) => `${fmt(t)} #${distinctive.indexOf(t) + 1}`).join(" · ")}`);
  const near = distinctive.filter((t) => Math.abs(t.keyness) < 1).length;
  console.log(`|G²| < 1: ${near} of ${distinctive.length}; |G²| max ${Math.max(0, ...distinctive.map((t) => Math.abs(t.keyness))).toFixed(2)}`);
}

const sample = readFileSync(path.join(newsDir, "saudinewsnet.sample1000.jsonl"), "utf8").split("\n");
report("sample 1k (2015-07-21)", docsOf(sample));
const all = gunzipSync(readFileSync(path.join(newsDir, "saudinewsnet.jsonl.gz"))).toString("utf8").split("\n");
report("lines 20,000–21,000 (2015-08-04 – 08-06)", docsOf(all.slice(20_000, 21_000)));
if (process.argv.includes("--full")) report("all of SaudiNewsNet (= the background)", docsOf(all));
