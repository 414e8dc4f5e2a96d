// Clitic consistency on text the news lexicon was not built from (AKEC documents, EASC articles):
// for every token that is a proclitic group plus another token of the same text (والمداعبة and
// مداعبة, بالفتق and الفتق, لزيلينسكي and زيلينسكي), whether the two get the same stem. A few pairs
// are no clitic at all (وزير is no و + زير), so the ceiling is below 100%; the disagreements are
// listed for review.
// Usage: pnpm exec tsx eval/clitic-consistency.ts [examples]
import { readdirSync, readFileSync } from "node:fs"
import path from "node:path"
import { dataPath } from "../bench/data.js"
import { createStemmer } from "../src/index.js"

const shown = Number(process.argv[2] ?? 40)
const stem = createStemmer({ cacheSize: 0 })

function textsUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name)
    return e.isDirectory() ? textsUnder(p) : e.name.endsWith(".txt") ? [readFileSync(p, "utf8")] : []
  })
}

const texts = [...textsUnder(dataPath("akec-train/documents")), ...textsUnder(dataPath("easc-dev/articles"))]
const counts = new Map<string, number>()
for (const text of texts)
  for (const t of text.normalize("NFC").split(/[^\p{L}\p{M}]+/u))
    if (/\p{Script=Arabic}/u.test(t)) counts.set(t, (counts.get(t) ?? 0) + 1)

// Proclitic groups, longest first; لل is ل + ال with the alef dropped, so its partner is ال + rest.
const GROUPS = ["وبال", "فبال", "وكال", "ولل", "فلل", "وال", "فال", "بال", "كال", "لل", "ال", "و", "ف", "ب", "ك", "ل"]
const MIN_REST = 3

interface Pair {
  token: string
  partner: string
  tokens: number
}
const pairs: Pair[] = []
for (const [token, n] of counts) {
  for (const g of GROUPS) {
    if (!token.startsWith(g) || token.length - g.length < MIN_REST) continue
    const rest = token.slice(g.length)
    const partner = g.endsWith("لل") ? `ال${rest}` : rest
    if (counts.has(partner)) pairs.push({ token, partner, tokens: n })
  }
}

let agree = 0
let agreeTokens = 0
let allTokens = 0
const differ: string[] = []
for (const p of pairs) {
  allTokens += p.tokens
  const a = stem(p.token)
  const b = stem(p.partner)
  if (a === b) {
    agree++
    agreeTokens += p.tokens
  } else differ.push(`${p.token} → ${a}   ${p.partner} → ${b}`)
}
const pct = (x: number, n: number) => `${((100 * x) / n).toFixed(1)}%`
console.log(`${texts.length} texts, ${counts.size} distinct Arabic tokens, ${pairs.length} (group + token) pairs`)
console.log(`same stem: ${agree} of ${pairs.length} pairs (${pct(agree, pairs.length)}), ${pct(agreeTokens, allTokens)} of their tokens`)
console.log(`\nfirst ${Math.min(shown, differ.length)} of ${differ.length} disagreements:`)
for (const line of differ.slice(0, shown)) console.log(`  ${line}`)
