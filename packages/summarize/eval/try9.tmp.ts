import { loadEasc } from "./corpus.js"
import { examples, fitLogistic, toModel } from "./train.js"
import { prepare, quickScore } from "./tune.js"
import { folds } from "./cv.js"
const arts = loadEasc()
const prep = new Map(arts.map((a) => [a.id, prepare(a)]))
const ex = new Map(arts.map((a) => [a.id, examples([a])]))
const core = ["first", "inversePosition", "relativePosition", "paragraphStart", "centroid", "logLength", "short"]
for (const k of [5, 7, 11]) for (const l2 of [0.001, 0.01, 0.1]) for (const dup of [0.5, 0.7]) {
  const parts = folds(arts, k)
  let r1 = 0, r2 = 0
  parts.forEach((test, f) => {
    const train = parts.filter((_, g) => g !== f).flat()
    const m = toModel(fitLogistic(train.flatMap((a) => ex.get(a.id)!), new Set(core), l2), 1, dup)
    const s = quickScore(test.map((a) => prep.get(a.id)!), m, "nearest")
    r1 += s.r1 * test.length; r2 += s.r2 * test.length
  })
  console.log(k, l2, dup, (r1 / 77).toFixed(4), (r2 / 77).toFixed(4))
}
