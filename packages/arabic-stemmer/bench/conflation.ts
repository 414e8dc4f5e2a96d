// Conflation quality on PADT lemma gold (issue 3): distinct undiacritised content-word forms
// grouped by lemma, pairwise P/R/F1, ours beside the Snowball (npm) and nlp.js Arabic stemmers.
// Also scored on the same forms "re-cliticised" (و/ب/ل/س prefixes, pronoun suffixes added the
// way news text writes them), since PADT forms come with their clitics already split off.
// Usage: pnpm exec tsx bench/conflation.ts [path/to/words.tsv]
import { normalize } from "@mawjaz/arabic-text"
import { StemmerAr } from "@nlpjs/lang-ar"
import snowball from "snowball-stemmers"
import { createStemmer } from "../src/index.js"
import { readLemmaForms, type LemmaForm } from "./data.js"
import { pairwiseScores } from "./pairwise.js"
import { recliticise } from "./recliticise.js"

type Stemmer = (word: string) => string

function stemmers(): [string, Stemmer][] {
  const sb = snowball.newStemmer("arabic")
  const nlpjs = new StemmerAr()
  const ours = createStemmer({ cacheSize: 0 })
  return [
    ["mawjaz (ours)", ours],
    ["mawjaz on search-normalised input (Token.norm)", (w) => ours(normalize(w))],
    ["mawjaz root (ours)", createStemmer({ cacheSize: 0, root: true })],
    ["snowball-stemmers (npm)", (w) => sb.stem(w)],
    ["@nlpjs/lang-ar", (w) => nlpjs.stemWord(w)],
  ]
}

function score(items: readonly LemmaForm[], stemmer: Stemmer) {
  return pairwiseScores(items.map(({ form, lemma }) => ({ lemma, stem: stemmer(form) })))
}

const pct = (x: number) => x.toFixed(3)

function printTable(title: string, items: readonly LemmaForm[]): void {
  console.log(`\n${title}: ${items.length} forms, ${new Set(items.map((i) => i.lemma)).size} lemmas`)
  console.log("| stemmer | precision | recall | F1 |")
  console.log("|---|---|---|---|")
  for (const [name, stemmer] of stemmers()) {
    const s = score(items, stemmer)
    console.log(`| ${name} | ${pct(s.precision)} | ${pct(s.recall)} | **${pct(s.f1)}** |`)
  }
}

const file = process.argv[2]
const items = readLemmaForms(file)
printTable("PADT forms as given (clitics split)", items)
printTable("PADT forms re-cliticised (و ب ل س prefixes, pronoun suffixes)", recliticise(items))
