/**
 * ROUGE-N and ROUGE-L F1 (Lin 2004, "ROUGE: A package for automatic evaluation of summaries").
 * Tokens: whitespace tokens after normalising both sides (diacritics, tatweel, أ إ آ → ا, ى → ي,
 * ة → ه, punctuation removed), because the EASC references were re-typed without most hamzas.
 */

const DIACRITICS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED]/g

/** The normalisation applied to system and reference summaries alike. */
export function rougeNormalize(text: string): string {
  return text
    .normalize("NFKC")
    .replace(DIACRITICS, "")
    .replace(/\u0640/g, "")
    .replace(/[أإآٱ]/g, "ا")
    .replace(/ى/g, "ي")
    .replace(/ة/g, "ه")
    .replace(/[^\p{L}\p{N}\s]/gu, " ")
    .toLowerCase()
}

export function rougeTokens(text: string): string[] {
  return rougeNormalize(text).split(/\s+/).filter((t) => t.length > 0)
}

function ngramCounts(tokens: readonly string[], n: number): Map<string, number> {
  const m = new Map<string, number>()
  for (let i = 0; i + n <= tokens.length; i++) {
    const g = tokens.slice(i, i + n).join(" ")
    m.set(g, (m.get(g) ?? 0) + 1)
  }
  return m
}

function f1(overlap: number, candidateTotal: number, referenceTotal: number): number {
  if (overlap === 0 || candidateTotal === 0 || referenceTotal === 0) return 0
  const p = overlap / candidateTotal
  const r = overlap / referenceTotal
  return (2 * p * r) / (p + r)
}

/** ROUGE-N F1 with clipped n-gram counts. */
export function rougeN(candidate: readonly string[], reference: readonly string[], n: number): number {
  const c = ngramCounts(candidate, n)
  const r = ngramCounts(reference, n)
  let overlap = 0
  for (const [g, k] of c) overlap += Math.min(k, r.get(g) ?? 0)
  return f1(overlap, Math.max(0, candidate.length - n + 1), Math.max(0, reference.length - n + 1))
}

/** Length of the longest common subsequence (two-row dynamic programme). */
export function lcsLength(a: readonly string[], b: readonly string[]): number {
  let prev = new Int32Array(b.length + 1)
  let cur = new Int32Array(b.length + 1)
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      cur[j] = a[i - 1] === b[j - 1] ? prev[j - 1]! + 1 : Math.max(prev[j]!, cur[j - 1]!)
    }
    const t = prev
    prev = cur
    cur = t
  }
  return prev[b.length]!
}

/** ROUGE-L F1 (summary-level LCS over the whole token sequences). */
export function rougeL(candidate: readonly string[], reference: readonly string[]): number {
  return f1(lcsLength(candidate, reference), candidate.length, reference.length)
}

export interface RougeScores {
  r1: number
  r2: number
  rl: number
}

/** ROUGE-1/2/L F1 of one candidate averaged over several references. */
export function rougeAgainst(candidate: string, references: readonly string[]): RougeScores {
  const c = rougeTokens(candidate)
  const out = { r1: 0, r2: 0, rl: 0 }
  for (const ref of references) {
    const r = rougeTokens(ref)
    out.r1 += rougeN(c, r, 1)
    out.r2 += rougeN(c, r, 2)
    out.rl += rougeL(c, r)
  }
  const k = Math.max(1, references.length)
  return { r1: out.r1 / k, r2: out.r2 / k, rl: out.rl / k }
}

export function meanScores(all: readonly RougeScores[]): RougeScores {
  const k = Math.max(1, all.length)
  return {
    r1: all.reduce((s, x) => s + x.r1, 0) / k,
    r2: all.reduce((s, x) => s + x.r2, 0) / k,
    rl: all.reduce((s, x) => s + x.rl, 0) / k,
  }
}
