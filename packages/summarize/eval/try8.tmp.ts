import { loadEasc } from "./corpus.js"
import { examples, fitLogistic, toModel } from "./train.js"
import { prepare, type Prepared } from "./tune.js"
import { rougeAgainst, meanScores } from "./rouge.js"
import { fillWordBudget } from "../src/budget.js"
import { mmrOrder } from "../src/mmr.js"
import { salience, type Model } from "../src/model.js"
const arts = loadEasc()
const prep = arts.map(prepare)
function bestFit(order: number[], words: number[], B: number, extra: number, slack: number): number[] {
  const base = fillWordBudget(order.map((i) => ({ words: words[i]! })), B, "nearest")
  const M = Math.min(order.length, Math.max(...base, -1) + 1 + extra)
  let best: number[] = base, bestCost = Infinity
  for (let mask = 1; mask < 1 << M; mask++) {
    let tot = 0, rank = 0; const s: number[] = []
    for (let k = 0; k < M; k++) if (mask & (1 << k)) { tot += words[order[k]!]!; rank += k; s.push(k) }
    const cost = Math.abs(tot - B) + slack * rank
    if (cost < bestCost) { bestCost = cost; best = s }
  }
  return best
}
function run(model: Model, extra: number, slack: number) {
  return meanScores(arts.map((a, n) => {
    const d: Prepared = prep[n]!
    const sal = d.features.map((x) => salience(x, model))
    const order = mmrOrder(sal, (i, j) => d.similarity[i]![j]!, model.lambda, model.duplicate)
    const ks = extra < 0 ? fillWordBudget(order.map((i) => d.words[i]!), d.budget, "nearest") : bestFit(order, d.words.map((w) => w.words), d.budget, extra, slack)
    const picks = ks.map((k) => order[k]!).sort((x, y) => x - y)
    return rougeAgainst(picks.map((i) => d.tokens[i]!.join(" ")).join(" "), a.references)
  }))
}
const lead: Model = { bias: 0, weights: { inversePosition: 20, relativePosition: -5 }, lambda: 1, duplicate: 2 }
const m = toModel(fitLogistic(examples(arts), new Set(["first", "inversePosition", "relativePosition", "paragraphStart", "centroid", "logLength", "short"])), 1, 0.6)
for (const [extra, slack] of [[-1, 0], [1, 0], [2, 0], [3, 0], [2, 0.5], [3, 1], [4, 1], [4, 2]] as const) {
  console.log(extra, slack, "lead", run(lead, extra, slack), "ours", run(m, extra, slack))
}
