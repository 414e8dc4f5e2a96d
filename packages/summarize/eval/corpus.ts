/** Reads EASC dev (../shared/data/easc-dev, or $MAWJAZ_DATA/easc-dev): articles and their human summaries. */
import { readFileSync } from "node:fs"
import path from "node:path"
import { fileURLToPath } from "node:url"
import { extractKeyphrases } from "@mawjaz/keywords"
import { rougeTokens } from "./rouge.js"

export interface EascArticle {
  id: string
  text: string
  references: string[]
  /** Mean word count of the references (the word budget of the evaluation). */
  budget: number
  /** The article's keyphrases as the briefing computes them (@mawjaz/keywords), so the evaluation scores what users get. */
  keyphrases: string[]
}

const here = path.dirname(fileURLToPath(import.meta.url))
const repoRoot = path.resolve(here, "../../..")

export function dataDir(): string {
  return process.env.MAWJAZ_DATA ?? path.resolve(repoRoot, "../shared/data")
}

function readText(file: string): string {
  return readFileSync(file, "utf8").replace(/^\uFEFF/, "")
}

export function loadEasc(dir = path.join(dataDir(), "easc-dev")): EascArticle[] {
  const rows = readText(path.join(dir, "index.tsv")).trim().split("\n").slice(1)
  return rows.map((row) => {
    const [id, , , , , , , annotators] = row.split("\t")
    const refs = [...(annotators ?? "ABCDE").trim()].map((a) => readText(path.join(dir, "summaries", `${id}.${a}.txt`)))
    const budget = refs.reduce((s, r) => s + rougeTokens(r).length, 0) / Math.max(1, refs.length)
    const text = readText(path.join(dir, "articles", `${id}.txt`))
    const keyphrases = extractKeyphrases(text, { top: 8 }).map((k) => k.phrase)
    return { id: id!, text, references: refs, budget, keyphrases }
  })
}
