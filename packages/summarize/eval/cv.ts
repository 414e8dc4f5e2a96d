/** k-fold cross-validation over articles: train on k−1 folds, score the held-out fold. */
import type { FillStrategy } from "../src/budget.js"
import type { Model } from "../src/model.js"
import type { EascArticle } from "./corpus.js"
import type { RougeScores } from "./rouge.js"
import { oursText, score } from "./systems.js"

export function folds<T>(items: readonly T[], k: number): T[][] {
  const out: T[][] = Array.from({ length: k }, () => [])
  items.forEach((x, i) => out[i % k]!.push(x))
  return out
}

export type Trainer = (train: readonly EascArticle[]) => { model: Model; fill: FillStrategy }

/** Mean ROUGE over the held-out folds (each article scored once, by a model that never saw it). */
export function crossValidate(articles: readonly EascArticle[], trainer: Trainer, k = 5): RougeScores {
  const parts = folds(articles, k)
  let r1 = 0
  let r2 = 0
  let rl = 0
  parts.forEach((test, f) => {
    const train = parts.filter((_, g) => g !== f).flat()
    const { model, fill } = trainer(train)
    const s = score(test, (a) => oursText(a, model, fill))
    r1 += s.r1 * test.length
    r2 += s.r2 * test.length
    rl += s.rl * test.length
  })
  const n = Math.max(1, articles.length)
  return { r1: r1 / n, r2: r2 / n, rl: rl / n }
}
