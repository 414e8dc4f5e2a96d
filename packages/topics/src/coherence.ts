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

/** Document counts a coherence needs: how many documents, and how many have a word, or both of two. */
export interface CoOccurrence {
  documents: number;
  df: (id: number) => number;
  both: (a: number, b: number) => number;
}

export function npmi(docs: DocumentSets, a: number, b: number, df?: (id: number) => number): number {
  return npmiOf(setCounts(docs, df), a, b);
}

/** NPMI of two words from document counts. */
export function npmiOf(counts: CoOccurrence, a: number, b: number): number {
  const n = counts.documents;
  if (n === 0) return 0;
  const pab = counts.both(a, b) / n;
  const pa = counts.df(a) / n;
  const pb = counts.df(b) / n;
  if (pab === 0) return -1;
  const pmi = Math.log((pab + EPSILON) / (pa * pb + EPSILON));
  const denominator = -Math.log(pab + EPSILON);
  if (denominator <= EPSILON) return 1;
  return Math.max(-1, Math.min(1, pmi / denominator));
}

/** Mean pairwise NPMI of a topic's top words. */
export function topicCoherence(docs: DocumentSets, words: readonly number[], df?: (id: number) => number): number {
  return coherenceOf(setCounts(docs, df), words);
}

/** Mean pairwise NPMI of a topic's top words, from document counts. */
export function coherenceOf(counts: CoOccurrence, words: readonly number[]): number {
  let sum = 0;
  let pairs = 0;
  for (let i = 0; i < words.length; i++)
    for (let j = i + 1; j < words.length; j++) {
      sum += npmiOf(counts, words[i] as number, words[j] as number);
      pairs++;
    }
  return pairs === 0 ? 0 : sum / pairs;
}

/** Counts read from documents as sets of ids (every query scans them). */
function setCounts(docs: DocumentSets, df?: (id: number) => number): CoOccurrence {
  const count = (test: (d: ReadonlySet<number>) => boolean) => {
    let c = 0;
    for (const d of docs) if (test(d)) c++;
    return c;
  };
  return {
    documents: docs.length,
    df: df ?? ((a) => count((d) => d.has(a))),
    both: (a, b) => count((d) => d.has(a) && d.has(b)),
  };
}

/**
 * Counts read from posting lists (each word's documents, ascending): a pair costs the
 * length of its two lists instead of a pass over the corpus.
 */
export function postingCounts(documents: number, postings: (id: number) => Int32Array | undefined): CoOccurrence {
  return {
    documents,
    df: (a) => postings(a)?.length ?? 0,
    both: (a, b) => {
      const x = postings(a);
      const y = postings(b);
      if (!x || !y) return 0;
      let i = 0;
      let j = 0;
      let c = 0;
      while (i < x.length && j < y.length) {
        const p = x[i] as number;
        const q = y[j] as number;
        if (p === q) {
          c++;
          i++;
          j++;
        } else if (p < q) i++;
        else j++;
      }
      return c;
    },
  };
}
