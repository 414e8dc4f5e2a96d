import { loadEasc } from "./corpus.js"
import { examples, fitListwise, toModel } from "./train.js"
import { prepare, quickScore } from "./tune.js"
import { folds } from "./cv.js"
const arts = loadEasc()
const prep = new Map(arts.map((a) => [a.id, prepare(a)]))
const ex = new Map(arts.map((a) => [a.id, examples([a])]))
const core = ["first", "inversePosition", "relativePosition", "paragraphStart", "centroid", "logLength", "short"]
const sets: Record<string, string[]> = { core, cent: [...core, "centrality"], tf: [...core, "termFrequency", "centrality", "leadSimilarity"] }
for (const [name, fs] of Object.entries(sets)) for (const l2 of [0.001, 0.01]) for (const lam of [0.9, 1]) {
  let r1 = 0, r2 = 0
  for (const k of [5, 7]) {
    const parts = folds(arts, k)
    parts.forEach((test, f) => {
      const train = parts.filter((_, g) => g !== f).flat()
      const m = toModel(fitListwise(train.map((a) => ex.get(a.id)!), new Set(fs), l2), lam, 0.6)
      const s = quickScore(test.map((a) => prep.get(a.id)!), m, "nearest")
      r1 += s.r1 * test.length; r2 += s.r2 * test.length
    })
  }
  console.log(name.padEnd(10), l2, lam, (r1 / 154).toFixed(4), (r2 / 154).toFixed(4))
}
