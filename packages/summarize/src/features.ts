/**
 * Sentence features: position (news lead bias), centrality (LexRank), similarity to the article centroid,
 * coverage of the article's keyphrases, and length. The weights that combine them are learned
 * (see model.ts and eval/train.ts).
 */
import type { Candidate } from "./candidates.js"
import { lexRank } from "./lexrank.js"
import { contentTerms } from "./text.js"
import {
  Vocabulary,
  centroid,
  cosine,
  documentFrequencies,
  inverseFrequencies,
  similarityMatrix,
  tfidfVector,
  type SparseVector,
} from "./vectors.js"

export const FEATURES = [
  "first",
  "second",
  "inversePosition",
  "relativePosition",
  "paragraphStart",
  "centrality",
  "centroid",
  "leadSimilarity",
  "keyphrases",
  "logLength",
  "short",
  "termFrequency",
  "hasNumber",
  "hasQuote",
  "relativePositionByLength",
  "degree",
] as const

/** Cosine above which two sentences count as linked for degree centrality (Erkan & Radev 2004 use 0.1). */
export const DEGREE_THRESHOLD = 0.1

/** LexRank damping, chosen by cross-validated ROUGE on EASC dev among 0.5–0.95 (0.85 is PageRank's default). */
export const LEXRANK_DAMPING = 0.6

export type FeatureName = (typeof FEATURES)[number]

export interface Analysis {
  vectors: SparseVector[]
  similarity: Float64Array[]
  features: Float64Array[]
}

/** A sentence's vector terms: its content stems and each pair of adjacent ones (more specific matches). */
export function vectorTerms(terms: readonly string[]): string[] {
  const out = [...terms]
  for (let i = 1; i < terms.length; i++) out.push(terms[i - 1] + " " + terms[i])
  return out
}

/** Vectors of the candidates over one vocabulary. */
export function sentenceVectors(cands: readonly Candidate[], vocabulary = new Vocabulary()): SparseVector[] {
  const docs = cands.map((c) => vectorTerms(c.terms).map((t) => vocabulary.id(t)))
  const idf = inverseFrequencies(documentFrequencies(docs, vocabulary.ids.size), Math.max(1, docs.length))
  return docs.map((d) => tfidfVector(d, idf))
}

/** Share of keyphrases whose every content term occurs in the sentence. */
export function keyphraseCoverage(terms: readonly string[], keyphrases: readonly string[][]): number {
  if (keyphrases.length === 0) return 0
  const set = new Set(terms)
  let hit = 0
  for (const k of keyphrases) if (k.length > 0 && k.every((t) => set.has(t))) hit++
  return hit / keyphrases.length
}

/** Probability of each content term in the article (the SumBasic weight, Nenkova & Vanderwende 2005). */
export function termProbabilities(cands: readonly Candidate[]): Map<string, number> {
  const counts = new Map<string, number>()
  let total = 0
  for (const c of cands) for (const t of c.terms) {
    counts.set(t, (counts.get(t) ?? 0) + 1)
    total++
  }
  for (const [t, k] of counts) counts.set(t, k / Math.max(1, total))
  return counts
}

function meanProbability(terms: readonly string[], probability: ReadonlyMap<string, number>): number {
  if (terms.length === 0) return 0
  let sum = 0
  for (const t of terms) sum += probability.get(t) ?? 0
  return sum / terms.length
}

/** Share of the other sentences linked to sentence i (degree centrality, Erkan & Radev 2004). */
export function degreeCentrality(similarity: readonly Float64Array[], i: number): number {
  const row = similarity[i]!
  const n = row.length
  if (n < 2) return 0
  let linked = 0
  for (let j = 0; j < n; j++) if (j !== i && row[j]! > DEGREE_THRESHOLD) linked++
  return linked / (n - 1)
}

/** Feature vectors (in FEATURES order) for the candidates of one article. */
export function analyse(
  cands: readonly Candidate[],
  keyphrases: readonly string[] = [],
  { centrality = true }: { centrality?: boolean } = {},
): Analysis {
  const vectors = sentenceVectors(cands)
  const similarity = similarityMatrix(vectors)
  // LexRank is the costliest feature; skipped when the model gives it no weight.
  const rank = centrality ? lexRank(similarity, LEXRANK_DAMPING) : new Float64Array(cands.length).fill(1 / Math.max(1, cands.length))
  const center = centroid(vectors)
  const phrases = keyphrases.map((k) => contentTerms(k)).filter((k) => k.length > 0)
  const n = cands.length
  const probability = termProbabilities(cands)
  // Relative position weighs differently in a 5-sentence brief and a 60-sentence feature article.
  const lengthScale = Math.log(n + 1) / Math.log(40)
  const features = cands.map((c, i) => {
    const x = new Float64Array(FEATURES.length)
    x[0] = i === 0 ? 1 : 0
    x[1] = i === 1 ? 1 : 0
    x[2] = 1 / (i + 1)
    x[3] = n > 1 ? i / (n - 1) : 0
    x[4] = c.paragraphStart ? 1 : 0
    x[5] = rank[i]! * n
    x[6] = cosine(vectors[i]!, center)
    x[7] = i === 0 ? 1 : similarity[0]![i]!
    x[8] = keyphraseCoverage(c.terms, phrases)
    x[9] = Math.log(1 + c.words) / Math.log(40)
    x[10] = c.words < 8 ? 1 : 0
    x[11] = meanProbability(c.terms, probability) * 10
    x[12] = /[0-9٠-٩]/.test(c.text) ? 1 : 0
    x[13] = /["«»“”]/.test(c.text) ? 1 : 0
    x[14] = x[3]! * lengthScale
    x[15] = degreeCentrality(similarity, i)
    return x
  })
  return { vectors, similarity, features }
}
