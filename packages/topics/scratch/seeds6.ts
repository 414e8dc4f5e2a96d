import { seedDocs } from "../test/seeds.js";
import { storyVectors } from "../src/story-vectors.js";
import { backgroundIdf } from "../src/background.js";
import { dot, weightedVector } from "../src/tfidf.js";
const docs = seedDocs({ dates: true });
const m = storyVectors(docs);
const N = docs.length;
const general = (id: number) => { const p = m.pairParts.get(id); return p ? Math.max(backgroundIdf(m.terms[p[0]]!), backgroundIdf(m.terms[p[1]]!)) : backgroundIdf(m.terms[id]!); };
const variants: Record<string, (id: number) => number> = {
  bg: (id) => general(id),
  bgLin: (id) => general(id) * (1 - ((m.df[id] ?? 1) - 1) / Math.max(1, N - 1)),
  bgLin2: (id) => general(id) ** 2 * (1 - ((m.df[id] ?? 1) - 1) / Math.max(1, N - 1)),
  bgLinNoSingle: (id) => ((m.df[id] ?? 1) < 2 ? 0.3 : 1) * general(id) * (1 - ((m.df[id] ?? 1) - 1) / Math.max(1, N - 1)),
  bgUni: (id) => (m.pairParts.has(id) ? 0 : general(id) * (1 - ((m.df[id] ?? 1) - 1) / Math.max(1, N - 1))),
};
for (const [name, f] of Object.entries(variants)) {
  const vs = m.counts.map((c) => weightedVector(c, f));
  console.log(name);
  for (let i = 0; i < N; i++) console.log(docs[i]!.id, vs.map((v) => dot(vs[i]!, v).toFixed(3)).join(" "));
}
const f = variants.bgLinNoSingle!;
const vs = m.counts.map((c) => weightedVector(c, f));
for (const pw of [1, 2, 3]) {
  const g = (id: number) => (m.pairParts.has(id) ? pw : 1) * variants.bgLinNoSingle!(id);
  const vs = m.counts.map((c) => weightedVector(c, g));
  console.log("pair weight", pw);
  for (let i = 0; i < N; i++) console.log(docs[i]!.id, vs.map((v) => dot(vs[i]!, v).toFixed(3)).join(" "));
}
for (const [a, b] of [[0, 2], [2, 4], [0, 3], [3, 4], [0, 1]] as const) {
  const va = vs[a]!, vb = vs[b]!;
  const contrib: [string, number][] = [];
  va.ids.forEach((id, k) => { const j = vb.ids.indexOf(id); if (j >= 0) contrib.push([m.terms[id]!, va.values[k]! * vb.values[j]!]); });
  contrib.sort((x, y) => y[1] - x[1]);
  console.log(a, b, contrib.slice(0, 25).map(([t, v]) => `${t}:${v.toFixed(3)}`).join(" "));
}
