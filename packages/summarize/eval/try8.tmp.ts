import { loadEasc } from "./corpus.js"
import { score, leadText } from "./systems.js"
const arts = loadEasc()
for (const f of [0.8, 0.9, 1, 1.1, 1.2, 1.4]) for (const fill of ["skip", "nearest"] as const) console.log(f, fill, score(arts.map((a) => ({ ...a, budget: a.budget * f })), (a) => leadText(a, fill)).r1.toFixed(4))
