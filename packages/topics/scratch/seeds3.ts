import { seedDocs } from "../test/seeds.js";
import { contentWords } from "../src/analyse.js";
const docs = seedDocs({ dates: true });
const sets = docs.map((d) => new Set(contentWords(d.text).map((w) => w.stem)));
const pat = new Map<string, string[]>();
const all = new Set(sets.flatMap((s) => [...s]));
for (const t of all) {
  const key = sets.map((s, i) => (s.has(t) ? docs[i]!.id : "")).filter(Boolean).join(",");
  const n = key.split(",").length;
  if (n < 2 || n > 4) continue;
  (pat.get(key) ?? pat.set(key, []).get(key)!).push(t);
}
for (const [k, v] of [...pat].sort((a, b) => b[1].length - a[1].length)) console.log(k, v.length, v.slice(0, 25).join(" "));
