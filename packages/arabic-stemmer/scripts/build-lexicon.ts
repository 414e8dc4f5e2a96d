// Builds data/news-lexicon.json: a Bloom filter of the word forms (in the stemmer's unified
// spelling) that occur at least MIN_COUNT times in SaudiNewsNet. The stemmer removes an
// ambiguous affix only when what remains is attested (see README.md, "Attested forms").
// Usage: pnpm exec tsx scripts/build-lexicon.ts   (reads ../shared/data or $MAWJAZ_DATA)
import { writeFileSync } from "node:fs"
import path from "node:path"
import { fileURLToPath } from "node:url"
import { addKey, createBloomFilter, filterToBase64, hasKey } from "../src/bloom-filter.js"
import { countForms } from "./count-forms.js"

const MIN_COUNT = 3
const FALSE_POSITIVE_RATE = 0.005
const out = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../data/news-lexicon.json")

async function main(): Promise<void> {
  const counts = await countForms()
  const words = [...counts].filter(([, n]) => n >= MIN_COUNT).map(([w]) => w)
  const filter = createBloomFilter(words.length, FALSE_POSITIVE_RATE)
  for (const w of words) addKey(filter, w)
  const probes = [...counts].filter(([, n]) => n < MIN_COUNT).slice(0, 50_000)
  const falsePositives = probes.filter(([w]) => hasKey(filter, w)).length
  const json = {
    source: "SaudiNewsNet (30,676 articles, 2015), word forms in unified search spelling",
    minCount: MIN_COUNT,
    words: words.length,
    bits: filter.bits,
    hashes: filter.hashes,
    filter: filterToBase64(filter),
  }
  writeFileSync(out, `${JSON.stringify(json)}\n`)
  console.log(
    `${counts.size} distinct forms, ${words.length} with count ≥ ${MIN_COUNT}; ${filter.bits} bits, ` +
      `${filter.hashes} hashes; false positives on rarer forms ${(falsePositives / probes.length).toFixed(4)}`,
  )
}

void main()
