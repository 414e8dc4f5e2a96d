/** Before/after of every seed article: what was removed (kind and rule), title, date, source. */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { cleanCorpus, findDuplicates, readArticles, ruleOf, type Article } from "../src/index.js";
import { seedsDir } from "./paths.js";

export function evalSeeds(): void {
  const files = readdirSync(seedsDir).filter((f) => f.endsWith(".txt")).sort();
  const articles: Article[] = [];
  console.log(`# Seeds (${seedsDir})\n`);
  for (const f of files) {
    const r = readArticles(join(seedsDir, f), readFileSync(join(seedsDir, f)));
    for (const s of r.skipped) console.log(`skipped ${s.path}: ${s.reason}`);
    articles.push(...r.articles);
  }
  const cleaned = cleanCorpus(articles);
  for (const a of cleaned) {
    const lines = a.text.split("\n").filter((l) => l.trim() !== "").length;
    const subs = a.paragraphs.filter((p) => p.kind === "subheading").length;
    console.log(`## ${a.id}`);
    console.log(`lines ${lines} → paragraphs ${a.paragraphs.length} (${subs} subheadings), removed ${a.removed.length}`);
    console.log(`title: ${a.title ?? "—"} | date: ${a.date ?? "—"} | source: ${a.source ?? "—"} | author: ${a.author ?? "—"}`);
    for (const r of a.removed) console.log(`  - line ${r.line} [${r.kind}/${ruleOf(r) ?? "repeated-across-source"}] ${clip(r.text)}`);
    console.log("");
  }
  const dups = findDuplicates(cleaned);
  console.log(`duplicate groups among the seeds: ${dups.length === 0 ? "none" : JSON.stringify(dups)}\n`);
}

function clip(s: string, n = 110): string {
  return s.length > n ? `${s.slice(0, n)}…` : s;
}
