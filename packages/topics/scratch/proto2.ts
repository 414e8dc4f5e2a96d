import { readFileSync, readdirSync } from "node:fs";
import { contentWords } from "../src/analyse.js";
import { emptyVocabulary, countStems, documentFrequency, weightedVector, dot } from "../src/tfidf.js";
const dir = "/work/main/seeds";
const files = readdirSync(dir).filter((f) => f.endsWith(".txt")).sort();
const texts = files.map((f) => readFileSync(`${dir}/${f}`, "utf8"));
const N = texts.length;
function feats(t: string, uni: boolean, bi: boolean, lead: number) {
  const ws = contentWords(t).map((w) => w.stem);
  const out: string[] = [];
  ws.forEach((w, i) => {
    const rep = i < lead ? 2 : 1;
    for (let r = 0; r < rep; r++) {
      if (uni) out.push(w);
      if (bi && i + 1 < ws.length) out.push(w + "_" + ws[i + 1]);
    }
  });
  return out;
}
for (const [uni, bi, lead] of [[true, true, 0], [false, true, 0], [true, true, 60], [false, true, 60]] as const) {
  const vocab = emptyVocabulary();
  const counts = texts.map((t) => countStems(vocab, feats(t, uni, bi, lead)));
  const df = documentFrequency(counts, vocab.stems.length);
  for (const [name, f] of Object.entries({ sm: (d: number) => Math.log((N + 1) / (d + 0.5)), sk: (d: number) => Math.log((1 + N) / (1 + d)) + 1 , dfpos: (d: number) => (d >= 2 ? Math.log((N + 1) / (d + 0.5)) : 0)})) {
    console.log(uni, bi, lead, name);
    const vs = counts.map((c) => weightedVector(c, (id) => f(df[id] ?? 0)));
    for (let i = 0; i < N; i++) console.log(files[i]!.slice(0, 3), vs.map((v) => dot(vs[i]!, v).toFixed(3)).join(" "));
  }
}
