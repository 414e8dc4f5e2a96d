import { readFileSync, readdirSync } from "node:fs";
import { contentWords } from "../src/analyse.js";
import { emptyVocabulary, countStems, documentFrequency, smoothedIdf, weightedVector, dot } from "../src/tfidf.js";
const dir = "/work/main/seeds";
const files = readdirSync(dir).filter((f) => f.endsWith(".txt")).sort();
const texts = files.map((f) => readFileSync(`${dir}/${f}`, "utf8"));
const vocab = emptyVocabulary();
const counts = texts.map((t) => countStems(vocab, contentWords(t).map((w) => w.stem)));
const df = documentFrequency(counts, vocab.stems.length);
const N = texts.length;
const vecs = counts.map((c) => weightedVector(c, (id) => smoothedIdf(N, df[id] ?? 0)));
for (let i = 0; i < N; i++) console.log(files[i]!.slice(0, 3), vecs.map((v) => dot(vecs[i]!, v).toFixed(3)).join(" "));
const variants: Record<string, (d: number) => number> = {
  sk: (d) => Math.log((1 + N) / (1 + d)) + 1,
  flat: () => 1,
  dfpos: (d) => (d >= 2 ? Math.log((N + 1) / (d + 0.5)) : 0),
};
for (const [name, f] of Object.entries(variants)) {
  console.log(name);
  const vs = counts.map((c) => weightedVector(c, (id) => f(df[id] ?? 0)));
  for (let i = 0; i < N; i++) console.log(files[i]!.slice(0, 3), vs.map((v) => dot(vs[i]!, v).toFixed(3)).join(" "));
}
