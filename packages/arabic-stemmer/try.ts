import { readFileSync } from "node:fs"
import { stem } from "./src/index.ts"
let bad = 0, n = 0
for (const line of readFileSync("/tmp/golden.tsv", "utf8").trim().split("\n")) {
  const [w, e] = line.split("\t"); n++
  const s = stem(w!)
  if (s !== e) { bad++; console.log(`${w}\t${s}\texpected ${e}`) }
}
console.log(`${n - bad}/${n}`)
