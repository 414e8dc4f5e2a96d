import { loadEasc } from "./corpus.js"
import { examples, fitLogistic, toModel } from "./train.js"
import { prepare, quickScore } from "./tune.js"
import { FEATURES } from "../src/features.js"
const arts = loadEasc()
const prep = arts.map(prepare)
const lead = { bias: 0, weights: { inversePosition: 20, relativePosition: -5 }, lambda: 1, duplicate: 2 }
console.log("lead-as-model", quickScore(prep, lead, "nearest"))
const m = toModel(fitLogistic(examples(arts)), 1, 2)
console.log(m.weights)
for (const lam of [1, 0.9, 0.8]) for (const dup of [0.5, 0.7, 2]) console.log("logit", lam, dup, quickScore(prep, { ...m, lambda: lam, duplicate: dup }, "nearest"))
for (const f of FEATURES) { const w = { ...m.weights, [f]: 0 }; console.log("drop", f, quickScore(prep, { ...m, weights: w }, "nearest")) }
