/**
 * TF-IDF sentence vectors and cosine similarity (Salton & Buckley 1988). The IDF is computed over the
 * sentences of the same article (a sentence is a "document"), so no corpus statistics are needed.
 */
export interface SparseVector {
  ids: Int32Array
  weights: Float64Array
  norm: number
}

/** Term → integer id, shared by the vectors of one article (or one story). */
export class Vocabulary {
  readonly ids = new Map<string, number>()
  id(term: string): number {
    let id = this.ids.get(term)
    if (id === undefined) {
      id = this.ids.size
      this.ids.set(term, id)
    }
    return id
  }
}

/** Sentence-level document frequency of each term id. */
export function documentFrequencies(docs: readonly (readonly number[])[], size: number): Float64Array {
  const df = new Float64Array(size)
  for (const doc of docs) for (const id of new Set(doc)) df[id]! += 1
  return df
}

/** Smoothed IDF: log(1 + N / df). */
export function inverseFrequencies(df: Float64Array, n: number): Float64Array {
  const idf = new Float64Array(df.length)
  for (let i = 0; i < df.length; i++) idf[i] = Math.log(1 + n / Math.max(1, df[i]!))
  return idf
}

/** A TF-IDF vector from term ids (sublinear tf, 1 + log tf). */
export function tfidfVector(doc: readonly number[], idf: Float64Array): SparseVector {
  const tf = new Map<number, number>()
  for (const id of doc) tf.set(id, (tf.get(id) ?? 0) + 1)
  const ids = Int32Array.from([...tf.keys()].sort((a, b) => a - b))
  const weights = new Float64Array(ids.length)
  let sq = 0
  for (let i = 0; i < ids.length; i++) {
    const w = (1 + Math.log(tf.get(ids[i]!)!)) * (idf[ids[i]!] ?? 1)
    weights[i] = w
    sq += w * w
  }
  return { ids, weights, norm: Math.sqrt(sq) }
}

/** Cosine similarity of two sparse vectors (ids sorted ascending). */
export function cosine(a: SparseVector, b: SparseVector): number {
  if (a.norm === 0 || b.norm === 0) return 0
  let i = 0
  let j = 0
  let dot = 0
  while (i < a.ids.length && j < b.ids.length) {
    const x = a.ids[i]!
    const y = b.ids[j]!
    if (x === y) {
      dot += a.weights[i]! * b.weights[j]!
      i++
      j++
    } else if (x < y) i++
    else j++
  }
  return dot / (a.norm * b.norm)
}

/** The sum of all vectors (the document centroid). */
export function centroid(vectors: readonly SparseVector[]): SparseVector {
  const sum = new Map<number, number>()
  for (const v of vectors) {
    for (let i = 0; i < v.ids.length; i++) sum.set(v.ids[i]!, (sum.get(v.ids[i]!) ?? 0) + v.weights[i]! / (v.norm || 1))
  }
  const ids = Int32Array.from([...sum.keys()].sort((a, b) => a - b))
  const weights = Float64Array.from(ids, (id) => sum.get(id)!)
  let sq = 0
  for (const w of weights) sq += w * w
  return { ids, weights, norm: Math.sqrt(sq) }
}

/** The full symmetric similarity matrix of the vectors. */
export function similarityMatrix(vectors: readonly SparseVector[]): Float64Array[] {
  const n = vectors.length
  const m = Array.from({ length: n }, () => new Float64Array(n))
  for (let i = 0; i < n; i++) {
    m[i]![i] = 1
    for (let j = i + 1; j < n; j++) {
      const s = cosine(vectors[i]!, vectors[j]!)
      m[i]![j] = s
      m[j]![i] = s
    }
  }
  return m
}
