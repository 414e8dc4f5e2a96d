/**
 * Sparse stem TF-IDF vectors (Salton & Buckley 1988, "Term-weighting approaches in
 * automatic text retrieval"): sublinear term frequency 1 + ln(tf) times a weight
 * per term (an inverse document frequency), L2-normalised.
 */

/** A sparse vector: parallel arrays, `ids` ascending. */
export interface SparseVector {
  ids: Int32Array;
  values: Float64Array;
}

export interface Vocabulary {
  /** stem → id */
  index: Map<string, number>;
  stems: string[];
}

export function emptyVocabulary(): Vocabulary {
  return { index: new Map(), stems: [] };
}

export function termId(vocab: Vocabulary, stem: string): number {
  let id = vocab.index.get(stem);
  if (id === undefined) {
    id = vocab.stems.length;
    vocab.index.set(stem, id);
    vocab.stems.push(stem);
  }
  return id;
}

/** Term counts of one document's stems, as a map id → count. */
export function countStems(vocab: Vocabulary, stems: readonly string[]): Map<number, number> {
  const counts = new Map<number, number>();
  for (const s of stems) {
    const id = termId(vocab, s);
    counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return counts;
}

export function documentFrequency(counts: readonly Map<number, number>[], size: number): Float64Array {
  const df = new Float64Array(size);
  for (const c of counts) for (const id of c.keys()) df[id] = (df[id] ?? 0) + 1;
  return df;
}

/** Builds an L2-normalised vector from counts and a weight per term id. */
export function weightedVector(counts: Map<number, number>, idf: (id: number) => number): SparseVector {
  const ids = [...counts.keys()].sort((a, b) => a - b);
  const values = new Float64Array(ids.length);
  let norm = 0;
  ids.forEach((id, i) => {
    const v = (1 + Math.log(counts.get(id) ?? 1)) * idf(id);
    values[i] = v;
    norm += v * v;
  });
  norm = Math.sqrt(norm);
  if (norm > 0) for (let i = 0; i < values.length; i++) values[i] = (values[i] ?? 0) / norm;
  return { ids: Int32Array.from(ids), values };
}

/** Dot product of two sparse vectors (cosine when both are unit length). */
export function dot(a: SparseVector, b: SparseVector): number {
  let i = 0;
  let j = 0;
  let sum = 0;
  while (i < a.ids.length && j < b.ids.length) {
    const x = a.ids[i] as number;
    const y = b.ids[j] as number;
    if (x === y) {
      sum += (a.values[i] as number) * (b.values[j] as number);
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return sum;
}
