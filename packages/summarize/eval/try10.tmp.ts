import { loadEasc } from "./corpus.js"
import { leadText, oursText } from "./systems.js"
import { rougeAgainst } from "./rouge.js"
import { sentences } from "../src/text.js"
import { candidates } from "../src/candidates.js"
const arts = loadEasc()
const rows = arts.map((a) => {
  const l = rougeAgainst(leadText(a, "nearest"), a.references).r1, o = rougeAgainst(oursText(a, undefined, "nearest"), a.references).r1
  return { id: a.id, l, o, ns: sentences(a.text).length, nc: candidates({ text: a.text }).length, b: Math.round(a.budget) }
})
rows.sort((x, y) => (x.o - x.l) - (y.o - y.l))
for (const r of rows) if (Math.abs(r.o - r.l) > 0.03) console.log(r.id, r.l.toFixed(3), r.o.toFixed(3), r.ns, r.nc, r.b)
