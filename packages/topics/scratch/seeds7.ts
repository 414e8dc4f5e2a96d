import { seedDocs } from "../test/seeds.js";
import { storyVectors } from "../src/story-vectors.js";
import { backgroundIdf } from "../src/background.js";
import { dot, weightedVector } from "../src/tfidf.js";
const full = seedDocs({ dates: true });
for (const L of [300, 500, 800]) {
  const docs = full.map((d) => ({ ...d, text: d.text.slice(0, L) }));
  const m = storyVectors(docs);
  const N = docs.length;
  const general = (id: number) => { const p = m.pairParts.get(id); return p ? Math.max(backgroundIdf(m.terms[p[0]]!), backgroundIdf(m.terms[p[1]]!)) : backgroundIdf(m.terms[id]!); };
  const f = (id: number) => ((m.df[id] ?? 1) < 2 ? 0.3 : 1) * general(id) * (1 - ((m.df[id] ?? 1) - 1) / Math.max(1, N - 1));
  const vs = m.counts.map((c) => weightedVector(c, f));
  console.log("lead chars", L);
  for (let i = 0; i < N; i++) console.log(docs[i]!.id, vs.map((v) => dot(vs[i]!, v).toFixed(3)).join(" "));
  console.log(docs.map((d) => d.text.slice(0, 120).replace(/\n/g, " ")).join("\n"));
}
