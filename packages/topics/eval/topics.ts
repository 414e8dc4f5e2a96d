/**
 * Topics of the first N SaudiNewsNet articles (default 2,000): the chosen number of
 * topics, the coherence (mean C_NPMI of each topic's top 10 words) and the time.
 *   pnpm eval:topics [--n 2000]
 */
import { extractTopics } from "../src/index.js";
import { argNumber, saudiNewsNet } from "./data.js";

const n = argNumber("n", 2000);
const docs = saudiNewsNet(n);
const byId = new Map(docs.map((d) => [d.id, d]));
const t0 = performance.now();
const { topics, coherence, k, tried } = extractTopics(docs, { seed: 1 });
const seconds = (performance.now() - t0) / 1000;
console.log(`articles: ${docs.length}  k: ${k}  coherence (mean NPMI, top 10): ${coherence.toFixed(3)}  time: ${seconds.toFixed(1)} s`);
console.log(`tried: ${(tried ?? []).map((t) => `k=${t.k} NPMI=${t.coherence.toFixed(3)} (${t.sweeps} sweeps, error ${t.error.toFixed(3)})`).join("; ")}`);
for (const t of topics) {
  console.log(`\n${(t.weight * 100).toFixed(1)}%  ${t.articles.length} articles — ${t.label}`);
  console.log(`  ${t.keyphrases.join(" | ")}`);
  for (const id of t.articles.slice(0, 3)) console.log(`    ${(byId.get(id)?.title ?? "").slice(0, 90)}`);
}
