/**
 * Rising terms over SaudiNewsNet (default: all 30,676 articles, title + content), bucketed by crawl
 * date: stems counted per day with countTerms, then findRising three times — on all articles; without
 * the outlets that have no article before the recent window; and, on top of that, only for terms used
 * by at least 2 effective outlets in the window (inverse Simpson index of the outlets' shares).
 *   pnpm exec tsx eval/rising.ts [--n 30676] [--show 15] [--recent-days 3]
 */
import { countTerms } from "@mawjaz/keywords";
import { parseDay } from "../src/dates.js";
import { findRising, type RisingResult, type RisingSeries } from "../src/rising.js";
import { argNumber, dataDir } from "./data.js";
import { readFileSync } from "node:fs";
import path from "node:path";
import { gunzipSync } from "node:zlib";

const n = argNumber("n", Infinity);
const show = argNumber("show", 15);
const recentDays = argNumber("recent-days", NaN);

interface Doc {
  id: string;
  text: string;
  title: string;
  source: string;
  day: number | null;
}

const docs: Doc[] = [];
for (const line of gunzipSync(readFileSync(path.join(dataDir(), "news/saudinewsnet.jsonl.gz"))).toString("utf8").split("\n")) {
  if (docs.length >= n) break;
  if (!line.trim()) continue;
  const r = JSON.parse(line) as { id?: string; title?: string; content?: string; source?: string; date_extracted?: string };
  docs.push({
    id: r.id ?? String(docs.length),
    title: r.title ?? "",
    text: `${r.title ?? ""}\n${r.content ?? ""}`,
    source: r.source ?? "",
    day: parseDay(r.date_extracted),
  });
}
const known = docs.map((d) => d.day).filter((d): d is number => d !== null);
const day0 = Math.min(...known);
const days = Math.max(...known) - day0 + 1;
const dayIndex = docs.map((d) => (d.day === null ? null : d.day - day0));
const iso = (d: number): string => new Date((day0 + d) * 86_400_000).toISOString().slice(0, 10);
const totals = new Array<number>(days).fill(0);
for (const d of dayIndex) if (d !== null) totals[d]!++;

const options = Number.isFinite(recentDays) ? { recentDays } : {};
const frame = findRising(days, totals, [], options);
console.log(`${docs.length} articles over ${days} calendar days (${totals.filter((x) => x > 0).length} with articles)`);
console.log(`status ${frame.status}; recent ${frame.recent ? `${iso(frame.recent.from)} – ${iso(frame.recent.to)}` : "-"}; baseline ${frame.baseline ? `${iso(frame.baseline.from)} – ${iso(frame.baseline.to)}` : "-"}`);
if (frame.status !== "ok" || !frame.recent) process.exit(0);
const recent = frame.recent;
const isRecent = (d: Doc): boolean => d.day !== null && d.day - day0 >= recent.from && d.day - day0 <= recent.to;
const outlets = new Map<string, number>();
for (const d of docs) if (isRecent(d)) outlets.set(d.source, (outlets.get(d.source) ?? 0) + 1);
const earlierOutlets = new Set(docs.filter((d) => d.day !== null && !isRecent(d)).map((d) => d.source));
console.log(`recent window: ${[...outlets.values()].reduce((a, b) => a + b, 0)} articles; outlets ${[...outlets].sort((a, b) => b[1] - a[1]).map(([s, k]) => `${s} ${k}${earlierOutlets.has(s) ? "" : " (new)"}`).join(", ")}`);

/** Rising terms of `corpus`, with each stem's recent articles per outlet. */
function run(name: string, corpus: readonly Doc[], outletRule: boolean): void {
  const dayIndex = corpus.map((d) => (d.day === null ? null : d.day - day0));
  const totals = new Array<number>(days).fill(0);
  for (const d of dayIndex) if (d !== null) totals[d]!++;
  const t0 = performance.now();
  const terms = countTerms(corpus, { top: 0, days: dayIndex });
  const counted = performance.now() - t0;
  const recentDocs = corpus.filter(isRecent);
  const use = new Map<string, Map<string, number>>();
  for (const source of new Set(recentDocs.map((d) => d.source))) {
    for (const t of countTerms(recentDocs.filter((d) => d.source === source), { top: 0 })) {
      const m = use.get(t.stem) ?? new Map<string, number>();
      m.set(source, t.articles);
      use.set(t.stem, m);
    }
  }
  // effective number of outlets (inverse Simpson index): 1 when one outlet has all the recent uses
  const effective = (stem: string): number => {
    const counts = [...(use.get(stem)?.values() ?? [])];
    const total = counts.reduce((a, b) => a + b, 0);
    return total > 0 ? 1 / counts.reduce((s, c) => s + (c / total) ** 2, 0) : 0;
  };
  const byStem = new Map(terms.map((t) => [t.stem, t]));
  const series: RisingSeries[] = terms
    .filter((t) => t.articles >= 3)
    .map((t) => (outletRule ? { key: t.stem, daily: t.daily!, sources: effective(t.stem) } : { key: t.stem, daily: t.daily! }));
  const t1 = performance.now();
  const result = findRising(days, totals, series, { ...options, top: 0 });
  const ms = performance.now() - t1;
  print(name, result, byStem, use, effective);
  console.log(`(${corpus.length} articles; countTerms ${(counted / 1000).toFixed(1)} s; findRising over ${series.length} series ${ms.toFixed(0)} ms; window ${result.recent ? `${iso(result.recent.from)} – ${iso(result.recent.to)}` : "-"})`);
  for (const item of result.items.slice(0, 10)) {
    const t = byStem.get(item.key)!;
    const titles = recentDocs.filter((d) => t.variants.some((v) => d.title.includes(v))).slice(0, 2).map((d) => `${d.source}: ${d.title.slice(0, 70)}`);
    console.log(`  ${t.term}: ${titles.join(" | ")}`);
  }
}

function print(
  name: string,
  result: RisingResult,
  byStem: ReadonlyMap<string, { term: string }>,
  use: ReadonlyMap<string, ReadonlyMap<string, number>>,
  effective: (stem: string) => number,
): void {
  console.log(`\n## ${name}: ${result.items.length} items`);
  result.items.slice(0, show).forEach((item, i) => {
    const outletsUsing = [...(use.get(item.key) ?? new Map<string, number>())].sort((a, b) => b[1] - a[1]);
    const lead = outletsUsing[0] ? `${outletsUsing[0][0]} ${Math.round((100 * outletsUsing[0][1]) / item.recent)}%` : "-";
    console.log(
      `${String(i + 1).padStart(2)}. ${(byStem.get(item.key)?.term ?? item.key).padEnd(14)} G² ${item.score.toFixed(1).padStart(6)}  recent ${String(item.recent).padStart(4)}  earlier ${String(item.earlier).padStart(5)}  ×${item.ratio.toFixed(1).padStart(5)}  outlets ${outletsUsing.length}, effective ${effective(item.key).toFixed(1)} (top: ${lead})`,
    );
  });
}

run("all articles, no outlet rule", docs, false);
const compared = docs.filter((d) => earlierOutlets.has(d.source));
run("outlets absent before the window left out", compared, false);
run("… and terms used by ≥ 2 effective outlets in the window", compared, true);
