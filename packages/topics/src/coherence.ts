/**
 * Topic coherence C_NPMI (Bouma 2009, normalised PMI; Aletras & Stevenson 2013;
 * Röder, Both & Hinneburg 2015, "Exploring the space of topic coherence measures"):
 * the mean NPMI of every pair of a topic's top words, with probabilities estimated
 * from document co-occurrence (boolean document window) in the reference corpus.
 * Ranges from −1 (never together) through 0 (independent) to 1 (always together).
 */

/** Documents as sets of term ids. */
export type DocumentSets = readonly ReadonlySet<number>[];

const EPSILON = 1e-12;

export function npmi(docs: DocumentSets, a: number, b: number, df?: (id: number) => number): number {
  const n = docs.length;
  if (n === 0) return 0;
  let both = 0;
  let onlyA = 0;
  let onlyB = 0;
  if (df) {
    for (const d of docs) if (d.has(a) && d.has(b)) both++;
    onlyA = df(a);
    onlyB = df(b);
  } else {
    for (const d of docs) {
      const ha = d.has(a);
      const hb = d.has(b);
      if (ha) onlyA++;
      if (hb) onlyB++;
      if (ha && hb) both++;
    }
  }
  const pab = both / n;
  const pa = onlyA / n;
  const pb = onlyB / n;
  if (pab === 0) return -1;
  const pmi = Math.log((pab + EPSILON) / (pa * pb + EPSILON));
  const denominator = -Math.log(pab + EPSILON);
  if (denominator <= EPSILON) return 1;
  return Math.max(-1, Math.min(1, pmi / denominator));
}

/** Mean pairwise NPMI of a topic's top words. */
export function topicCoherence(docs: DocumentSets, words: readonly number[], df?: (id: number) => number): number {
  let sum = 0;
  let pairs = 0;
  for (let i = 0; i < words.length; i++)
    for (let j = i + 1; j < words.length; j++) {
      sum += npmi(docs, words[i] as number, words[j] as number, df);
      pairs++;
    }
  return pairs === 0 ? 0 : sum / pairs;
}
