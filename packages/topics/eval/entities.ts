/**
 * Entities named in the first N SaudiNewsNet articles (default 2,000): the most
 * frequent people, places and organisations with their variants, and the time.
 *   pnpm eval:entities [--n 2000] [--show 25]
 */
import { findEntities } from "../src/index.js";
import { argNumber, saudiNewsNet } from "./data.js";

const n = argNumber("n", 2000);
const show = argNumber("show", 25);
const docs = saudiNewsNet(n).map((d) => ({ id: d.id, text: d.title ? `${d.title}\n${d.text}` : d.text }));
const t0 = performance.now();
const entities = findEntities(docs);
const seconds = (performance.now() - t0) / 1000;
console.log(`articles: ${docs.length}  entities: ${entities.length}  time: ${seconds.toFixed(1)} s`);
for (const kind of ["person", "place", "organisation"] as const) {
  const list = entities.filter((e) => e.kind === kind);
  console.log(`\n${kind}: ${list.length}`);
  for (const e of list.slice(0, show)) {
    const others = e.variants.filter((v) => v !== e.name).slice(0, 3);
    console.log(`  ${String(e.count).padStart(4)} ${String(e.articles.length).padStart(4)} art  ${e.name}${others.length > 0 ? `  (${others.join(" / ")})` : ""}`);
  }
}
