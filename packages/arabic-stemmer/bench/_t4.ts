import { newsTokens } from "./news.js"
const tokens = await newsTokens(1_000_000)
function cpu(f: () => void) { const c = process.cpuUsage(); const t=process.hrtime.bigint(); f(); const u = process.cpuUsage(c); return [((u.user+u.system)/1e6), Number(process.hrtime.bigint()-t)/1e9] }
let s = 0
const m = new Map<string,string>(); for (const t of tokens) m.set(t, t)
// custom: open addressing, FNV hash, interleaved key/value
const SIZE = 1 << 19, MASK = SIZE - 1
const keys: (string|undefined)[] = new Array(SIZE).fill(undefined)
const vals: string[] = new Array(SIZE).fill("")
function hash(w: string) { let h = 0x811c9dc5 | 0; for (let i = 0; i < w.length; i++) h = Math.imul(h ^ w.charCodeAt(i), 16777619); return h }
function put(w: string, v: string) { let i = hash(w) & MASK; while (keys[i] !== undefined && keys[i] !== w) i = (i + 1) & MASK; keys[i] = w; vals[i] = v }
function get(w: string) { let i = hash(w) & MASK; for (;;) { const k = keys[i]; if (k === undefined) return undefined; if (k === w) return vals[i]; i = (i + 1) & MASK } }
for (const t of tokens) put(t, t)
const fresh = tokens.map(t => (" " + t).slice(1))
for (let k=0;k<3;k++) console.log("Map", cpu(() => { for (const t of fresh) s += m.get(t)!.length }).map(x=>(1/x).toFixed(2)))
for (let k=0;k<3;k++) console.log("custom", cpu(() => { for (const t of fresh) s += get(t)!.length }).map(x=>(1/x).toFixed(2)))
for (let k=0;k<3;k++) console.log("hash only", cpu(() => { for (const t of fresh) s += hash(t) }).map(x=>(1/x).toFixed(2)))
console.log(s !== 0)
