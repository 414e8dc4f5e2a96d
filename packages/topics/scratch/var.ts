import { seedDocs } from "../test/seeds.js";
import { saudiNewsNet } from "../eval/data.js";
import { storyVectors, corpusFactor } from "../src/story-vectors.js";
import { backgroundIdf } from "../src/background.js";
import { dot, weightedVector } from "../src/tfidf.js";
import type { StoryDoc } from "../src/types.js";
function sims(docs: StoryDoc[], variant: string) {
  const m = storyVectors(docs);
  const N = docs.length;
  const general = (id: number) => { const p = m.pairParts.get(id); return p ? Math.max(backgroundIdf(m.terms[p[0]]!), backgroundIdf(m.terms[p[1]]!)) : backgroundIdf(m.terms[id]!); };
  const f = (id: number) => {
    const df = m.df[id] ?? 1;
    let w = general(id) * corpusFactor(N, df);
    if (variant === "pairSingles0" && df < 2 && m.pairParts.has(id)) w = 0;
    if (variant === "singles03" && df < 2) w *= 0.3;
    if (variant === "noPairs" && m.pairParts.has(id)) w = 0;
    return w;
  };
  const whole = m.counts.map((c) => weightedVector(c, f));
  return { m, whole };
}
const seeds = seedDocs({ dates: true });
for (const v of ["base", "pairSingles0", "singles03", "noPairs"]) {
  const { whole } = sims(seeds, v);
  console.log(v);
  for (let i = 0; i < 5; i++) console.log(seeds[i]!.id, whole.map((w) => dot(whole[i]!, w).toFixed(3)).join(" "));
}
const news = saudiNewsNet(600);
for (const v of ["base", "pairSingles0", "singles03", "noPairs"]) {
  const { whole } = sims(news, v);
  const hist = [0.05, 0.1, 0.15, 0.2, 0.3, 0.4].map((t) => { let c = 0; for (let i = 0; i < whole.length; i++) for (let j = i + 1; j < whole.length; j++) if (dot(whole[i]!, whole[j]!) >= t) c++; return `${t}:${c}`; });
  console.log(v, hist.join(" "));
  // sample pairs in bands
  for (const [lo, hi] of [[0.1, 0.15], [0.15, 0.2], [0.2, 0.3]]) {
    let shown = 0;
    for (let i = 0; i < whole.length && shown < 3; i += 7) for (let j = i + 1; j < whole.length && shown < 3; j++) { const s = dot(whole[i]!, whole[j]!); if (s >= lo! && s < hi!) { console.log(`  ${s.toFixed(2)} ${news[i]!.title?.slice(0, 50)} || ${news[j]!.title?.slice(0, 50)}`); shown++; } }
  }
}
