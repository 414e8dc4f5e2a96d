/**
 * Stories found in the first N SaudiNewsNet articles (default 2,000): how many, their
 * sizes, labels and a few titles each, so one can judge whether they are events.
 *   pnpm eval:stories [--n 2000] [--show 25]
 */
import { groupStories } from "../src/index.js";
import { argNumber, saudiNewsNet } from "./data.js";

const n = argNumber("n", 2000);
const show = argNumber("show", 25);
const docs = saudiNewsNet(n);
const byId = new Map(docs.map((d) => [d.id, d]));
const t0 = performance.now();
const { stories, unassigned } = groupStories(docs);
const ms = performance.now() - t0;

const sizes = stories.map((s) => s.articles.length);
const histogram = new Map<number, number>();
for (const s of sizes) histogram.set(s, (histogram.get(s) ?? 0) + 1);
console.log(`articles: ${docs.length}  stories: ${stories.length}  in stories: ${sizes.reduce((a, b) => a + b, 0)}  unassigned: ${unassigned.length}  time: ${(ms / 1000).toFixed(1)} s`);
console.log(`sizes: ${[...histogram].sort((a, b) => a[0] - b[0]).map(([s, c]) => `${s}×${c}`).join(" ")}`);
const step = Math.max(1, Math.floor(stories.length / show));
for (let i = 0; i < stories.length && i / step < show; i += step) {
  const s = stories[i];
  if (!s) continue;
  console.log(`\n[${s.id}] ${s.articles.length} articles — ${s.label}`);
  console.log(`  keyphrases: ${s.keyphrases.join(" | ")}`);
  for (const id of s.articles.slice(0, 4)) {
    const d = byId.get(id);
    console.log(`  ${d?.date ?? "----------"}  ${(d?.title ?? "").slice(0, 90)}`);
  }
}
