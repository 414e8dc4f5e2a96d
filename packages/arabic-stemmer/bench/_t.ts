import { newsTokens } from "./news.js"
import { createStemmer } from "../src/index.js"
const tokens = await newsTokens(1_000_000)
function cpu(f: () => void) { const c = process.cpuUsage(); f(); const u = process.cpuUsage(c); return ((u.user+u.system)/1e6) }
const m = new Map<string,string>(); for (const t of tokens) m.set(t, t)
let s = 0
for (let k=0;k<3;k++) console.log("map.get", (1/cpu(() => { for (const t of tokens) s += m.get(t)!.length })).toFixed(2), "M/s")
const st = createStemmer({ cacheSize: 1_000_000 })
for (let k=0;k<3;k++) console.log("stem big cache", (1/cpu(() => { for (const t of tokens) s += st(t).length })).toFixed(2), "M/s")
const st2 = createStemmer()
for (let k=0;k<3;k++) console.log("stem default cache", (1/cpu(() => { for (const t of tokens) s += st2(t).length })).toFixed(2), "M/s")
