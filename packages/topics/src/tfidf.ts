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

/** An L2-normalised vector from term ids (ascending), their counts, and a weight per term id. */
export function weightedVector(ids: Int32Array, tf: Int32Array, idf: (id: number) => number): SparseVector {
  const values = new Float64Array(ids.length);
  let norm = 0;
  for (let i = 0; i < ids.length; i++) {
    const v = (1 + Math.log(tf[i] as number)) * idf(ids[i] as number);
    values[i] = v;
    norm += v * v;
  }
  norm = Math.sqrt(norm);
  if (norm > 0) for (let i = 0; i < values.length; i++) values[i] = (values[i] as number) / norm;
  return { ids, values };
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
