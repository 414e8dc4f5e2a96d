import { loadEasc } from "./corpus.js"
import { examples, fitLogistic, toModel } from "./train.js"
import { prepare, quickScore } from "./tune.js"
import { folds } from "./cv.js"
import { FEATURES } from "../src/features.js"
const arts = loadEasc()
const prep = new Map(arts.map((a) => [a.id, prepare(a)]))
const ex = new Map(arts.map((a) => [a.id, examples([a])]))
const parts = folds(arts, 5)
const sets: Record<string, string[]> = {
  all: [...FEATURES],
  noCentrality: FEATURES.filter((f) => f !== "centrality"),
  core: ["first", "inversePosition", "relativePosition", "paragraphStart", "centroid", "logLength", "short"],
  core2: ["first", "inversePosition", "relativePosition", "paragraphStart", "centroid", "leadSimilarity", "logLength", "short"],
}
for (const [name, fs] of Object.entries(sets)) for (const lam of [0.8, 0.9, 1]) {
  let r1 = 0, r2 = 0
  parts.forEach((test, f) => {
    const train = parts.filter((_, g) => g !== f).flat()
    const m = toModel(fitLogistic(train.flatMap((a) => ex.get(a.id)!), new Set(fs)), lam, 0.6)
    const s = quickScore(test.map((a) => prep.get(a.id)!), m, "nearest")
    r1 += s.r1 * test.length; r2 += s.r2 * test.length
  })
  console.log(name, lam, (r1 / 77).toFixed(4), (r2 / 77).toFixed(4))
}
