import { loadEasc } from "./corpus.js"
import { candidates } from "../src/candidates.js"
import { sentenceLabel } from "./train.js"
import { rougeTokens } from "./rouge.js"
const arts = loadEasc()
const bg = (t: string[]) => { const s = new Set<string>(); for (let i = 0; i + 1 < t.length; i++) s.add(t[i] + " " + t[i + 1]); return s }
const fromEnd: number[][] = [], byLen: number[][] = [], rel: number[][] = []
for (const a of arts) {
  const refs = a.references.map((r) => bg(rougeTokens(r)))
  const cs = candidates({ text: a.text })
  cs.forEach((c, i) => {
    const l = sentenceLabel(c.text, refs)
    if (i > 0) (fromEnd[Math.min(cs.length - 1 - i, 6)] ??= []).push(l)
    if (i > 0) (byLen[Math.min(Math.floor(c.words / 10), 6)] ??= []).push(l)
    if (i > 0) (rel[Math.floor((i / cs.length) * 5)] ??= []).push(l)
  })
}
const show = (n: string, arr: number[][]) => console.log(n, arr.map((v, i) => `${i}:${(v.reduce((s, x) => s + x, 0) / v.length).toFixed(2)}(${v.length})`).join(" "))
show("fromEnd", fromEnd); show("len/10", byLen); show("relpos quintile", rel)
