import { loadEasc } from "./corpus.js"
import { examples, fitLogistic, toModel } from "./train.js"
import { prepare, quickScore, coordinateAscent } from "./tune.js"
import { folds } from "./cv.js"
const arts = loadEasc()
const t0 = Date.now()
const prep = new Map(arts.map((a) => [a.id, prepare(a)]))
console.log("prep", Date.now() - t0)
const parts = folds(arts, 5)
let cvL = { r1: 0, r2: 0 }, cvT = { r1: 0, r2: 0 }
parts.forEach((test, f) => {
  const train = parts.filter((_, g) => g !== f).flat()
  const m0 = toModel(fitLogistic(examples(train)), 0.85, 0.6)
  const tp = train.map((a) => prep.get(a.id)!), ep = test.map((a) => prep.get(a.id)!)
  const m1 = coordinateAscent(tp, m0, "nearest")
  const a = quickScore(ep, m0, "nearest"), b = quickScore(ep, m1, "nearest")
  console.log(f, "train", quickScore(tp, m0, "nearest"), quickScore(tp, m1, "nearest"), "test", a, b)
  cvL.r1 += a.r1 * test.length; cvL.r2 += a.r2 * test.length; cvT.r1 += b.r1 * test.length; cvT.r2 += b.r2 * test.length
})
console.log("cv logistic", cvL.r1 / 77, cvL.r2 / 77, "cv tuned", cvT.r1 / 77, cvT.r2 / 77, Date.now() - t0)
