import { loadEasc } from "./corpus.js"
import { score, leadText } from "./systems.js"
const arts = loadEasc()
console.log("lead", score(arts, (a) => leadText(a, "nearest")))
