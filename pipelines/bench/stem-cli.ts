/**
 * `mawjaz stem` over 2M real words, whole process, beside Snowball's C stemmer (Debian python3-stemmer)
 * over the same words, also whole process. Median of 3.
 * Run: pnpm --filter @mawjaz/pipelines bench:stem
 */
import { spawnSync } from "node:child_process"
import { readFileSync } from "node:fs"
import { join } from "node:path"
import { gunzipSync } from "node:zlib"
import { DATA, median, ROOT, runs, time } from "./common.js"

const WORDS = 2_000_000
const text = gunzipSync(readFileSync(join(DATA, "news/saudinewsnet.jsonl.gz"))).toString("utf8")
const words: Array<string> = []
for (const line of text.split("\n")) {
  if (!line) continue
  const content = (JSON.parse(line) as { content?: string }).content ?? ""
  for (const w of content.split(/[^\u0621-\u064A\u0660-\u0669\u0671-\u06D3]+/)) {
    if (w) words.push(w)
    if (words.length >= WORDS) break
  }
  if (words.length >= WORDS) break
}
const input = Buffer.from(words.join("\n") + "\n")
const bin = join(ROOT, "pipelines/dist/bin.js")

const check = spawnSync(process.execPath, [bin, "stem"], { input, maxBuffer: 1 << 30 })
const lines = check.stdout.toString().split("\n").length - 1
if (lines !== words.length) throw new Error(`mawjaz stem wrote ${lines} lines for ${words.length} words`)

// Snowball's C stemmer at its fastest from Python: the whole input in one stemWords call.
const python = `import sys, Stemmer
s = Stemmer.Stemmer("arabic")
words = sys.stdin.read().split("\\n")
if words and words[-1] == "":
    words.pop()
sys.stdout.write("\\n".join(s.stemWords(words)) + "\\n")`
const N = 3
const ours = runs(N, () => time(process.execPath, [bin, "stem"], { input }).seconds)
const viaPnpm = runs(N, () => time("pnpm", ["-s", "mawjaz", "stem"], { input }).seconds)
const snowball = runs(N, () => time("/usr/bin/python3", ["-c", python], { input }).seconds)
console.log(`${words.length.toLocaleString("en")} words (${(input.length / 1e6).toFixed(1)} MB), whole process, median of ${N}`)
console.log(`  node pipelines/dist/bin.js stem   ${median(ours).toFixed(2)} s  (${(words.length / median(ours) / 1e6).toFixed(2)}M words/s)`)
console.log(`  pnpm -s mawjaz stem               ${median(viaPnpm).toFixed(2)} s`)
console.log(`  Snowball C (python3-stemmer)      ${median(snowball).toFixed(2)} s`)
console.log(`  ratio pnpm -s mawjaz stem / Snowball C: ${(median(viaPnpm) / median(snowball)).toFixed(2)}× (target ≤ 1.5×)`)
