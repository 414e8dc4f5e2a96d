// Where the evaluation data lives: ../shared/data from the repository root, or $MAWJAZ_DATA.
import { readFileSync } from "node:fs"
import path from "node:path"
import { fileURLToPath } from "node:url"

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..")

export function dataPath(...parts: string[]): string {
  return path.join(process.env.MAWJAZ_DATA ?? path.resolve(repoRoot, "../shared/data"), ...parts)
}

export interface LemmaForm {
  form: string
  lemma: string
  upos: string
}

const CONTENT = new Set(["NOUN", "PROPN", "VERB", "ADJ", "ADV"])

/**
 * Distinct undiacritised content-word forms of a PADT words.tsv file, each with its most
 * frequent lemma (first seen on ties) — the reading of issue 3 that reproduces its peer figures.
 */
export function readLemmaForms(file = dataPath("ud-arabic/padt-dev.words.tsv")): LemmaForm[] {
  const lines = readFileSync(file, "utf8").split("\n")
  const header = lines[0]!.split("\t")
  const iForm = header.indexOf("FORM_NODIAC")
  const iLemma = header.indexOf("LEMMA_NODIAC")
  const iPos = header.indexOf("UPOS")
  const counts = new Map<string, Map<string, { n: number; upos: string }>>()
  for (const line of lines.slice(1)) {
    const cols = line.split("\t")
    const form = cols[iForm]
    const lemma = cols[iLemma]
    const upos = cols[iPos]
    if (!form || !lemma || !upos || !CONTENT.has(upos)) continue
    const byLemma = counts.get(form) ?? new Map<string, { n: number; upos: string }>()
    const entry = byLemma.get(lemma) ?? { n: 0, upos }
    entry.n++
    byLemma.set(lemma, entry)
    counts.set(form, byLemma)
  }
  const out: LemmaForm[] = []
  for (const [form, byLemma] of counts) {
    let best: { lemma: string; n: number; upos: string } | undefined
    for (const [lemma, { n, upos }] of byLemma) if (!best || n > best.n) best = { lemma, n, upos }
    out.push({ form, lemma: best!.lemma, upos: best!.upos })
  }
  return out
}
