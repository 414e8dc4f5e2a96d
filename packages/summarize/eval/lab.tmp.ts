import { loadEasc } from "./corpus.js"
import { fitLogistic, toModel, LEARNED, type Example } from "./train.js"
import { prepare, quickScore } from "./tune.js"
import { folds } from "./cv.js"
import { candidates } from "../src/candidates.js"
import { analyse } from "../src/features.js"
import { rougeTokens } from "./rouge.js"
const arts = loadEasc()
const prep = new Map(arts.map((a) => [a.id, prepare(a)]))
const grams = (t: string[], n: number) => { const s = new Set<string>(); for (let i = 0; i + n <= t.length; i++) s.add(t.slice(i, i + n).join(" ")); return s }
function ex(a: (typeof arts)[number], kind: string): Example[] {
  const cands = candidates({ text: a.text }); const { features } = analyse(cands)
  const n = kind === "uni" ? 1 : 2
  const refs = a.references.map((r) => grams(rougeTokens(r), n))
  return cands.map((c, i) => {
    const own = grams(rougeTokens(c.text), n)
    let y = 0
    for (const r of refs) { let h = 0; for (const g of own) if (r.has(g)) h++; const share = own.size ? h / own.size : 0; y += kind === "bin" ? (share >= 0.5 ? 1 : 0) : share }
    return { x: features[i]!, y: y / refs.length }
  })
}
for (const kind of ["bi", "uni", "bin", "biW"]) {
  const E = new Map(arts.map((a) => [a.id, ex(a, kind === "biW" ? "bi" : kind)]))
  let r1 = 0, r2 = 0
  for (const k of [5, 7]) {
    const parts = folds(arts, k)
    parts.forEach((test, f) => {
      const train = parts.filter((_, g) => g !== f).flat()
      let data = train.flatMap((a) => E.get(a.id)!)
      if (kind === "biW") data = train.flatMap((a) => { const p = prep.get(a.id)!; return E.get(a.id)!.flatMap((e, i) => Array(Math.max(1, Math.round(p.words[i]!.words / 15))).fill(e)) })
      const m = toModel(fitLogistic(data, LEARNED), 1, 0.5)
      const s = quickScore(test.map((a) => prep.get(a.id)!), m, "nearest")
      r1 += s.r1 * test.length; r2 += s.r2 * test.length
    })
  }
  console.log(kind, (r1 / 154).toFixed(4), (r2 / 154).toFixed(4))
}
