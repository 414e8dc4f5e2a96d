import { seedDocs } from "../test/seeds.js";
import { findEntities } from "../src/index.js";
const docs = seedDocs({ dates: true });
const ents = findEntities(docs);
const N = docs.length;
const vec = docs.map((d) => {
  const v = new Map<string, number>();
  for (const e of ents) if (e.articles.includes(d.id)) v.set(e.name, Math.log((N + 1) / (e.articles.length + 0.5)));
  const norm = Math.sqrt([...v.values()].reduce((a, b) => a + b * b, 0));
  for (const [k, x] of v) v.set(k, x / norm);
  return v;
});
for (let i = 0; i < N; i++) console.log(docs[i]!.id, vec.map((w) => { let s = 0; for (const [k, x] of vec[i]!) s += x * (w.get(k) ?? 0); return s.toFixed(3); }).join(" "));
