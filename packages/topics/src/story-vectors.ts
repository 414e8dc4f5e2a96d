/**
 * Article vectors for story detection: stems and adjacent stem pairs (pairs carry
 * the event-specific phrases — place + head, name + name — that single stems of a
 * shared subject do not), the title counted twice, sublinear TF-IDF. A term's
 * weight multiplies how well it sets this corpus's articles apart (corpusFactor)
 * by its rarity in general news (./background.ts: names and specific words rather
 * than the common vocabulary any two reports share). Each article also gets a
 * vector of its title and lead alone: news is written as an inverted pyramid, the
 * event first and background after, so the lead says which event it reports.
 */
import { contentWords } from "./analyse.js";
import { backgroundIdf } from "./background.js";
import { documentFrequency, weightedVector, type SparseVector } from "./tfidf.js";
import type { StoryDoc } from "./types.js";

/** Content words of the text that form its lead (with the title): about the first two sentences. */
export const LEAD_WORDS = 40;

export interface StoryModel {
  /** Term id → stem (single terms) or "stem stem" (pairs). */
  terms: string[];
  counts: Map<number, number>[];
  df: Float64Array;
  vectors: SparseVector[];
  /** Vectors of the title and lead alone. */
  leads: SparseVector[];
  idf: (id: number) => number;
  /** Stem id → surface forms seen, with counts. */
  surfaces: Map<number, Map<string, number>>;
  /** Ids of the single-stem terms a pair term is made of. */
  pairParts: Map<number, [number, number]>;
  /** Term id of a stem, or of two adjacent stems; undefined when unseen. */
  termId: (stem: string, next?: string) => number | undefined;
}

const PAIR_BASE = 1 << 22;
/** Pairs are formed between each content word and the next WINDOW content words. */
export let WINDOW = Number(process.env.TOPICS_WINDOW ?? 1);

export function storyVectors(docs: readonly StoryDoc[]): StoryModel {
  const stemIds = new Map<string, number>();
  const pairIds = new Map<number, number>();
  const terms: string[] = [];
  const surfaces = new Map<number, Map<string, number>>();
  const pairParts = new Map<number, [number, number]>();
  const stemId = (stem: string): number => {
    let id = stemIds.get(stem);
    if (id === undefined) {
      id = terms.length;
      stemIds.set(stem, id);
      terms.push(stem);
    }
    return id;
  };
  const pairId = (a: number, b: number): number => {
    const key = a * PAIR_BASE + b;
    let id = pairIds.get(key);
    if (id === undefined) {
      id = terms.length;
      pairIds.set(key, id);
      terms.push(`${terms[a]} ${terms[b]}`);
      pairParts.set(id, [a, b]);
    }
    return id;
  };

  const leadCounts: Map<number, number>[] = [];
  const counts = docs.map((d) => {
    const c = new Map<number, number>();
    const lead = new Map<number, number>();
    leadCounts.push(lead);
    let leadLeft = LEAD_WORDS;
    const add = (id: number, inLead: boolean) => {
      c.set(id, (c.get(id) ?? 0) + 1);
      if (inLead) lead.set(id, (lead.get(id) ?? 0) + 1);
    };
    const title = typeof d.title === "string" ? d.title : "";
    const text = typeof d.text === "string" ? d.text : "";
    for (const [part, times] of [[title, 2], [text, 1]] as const) {
      if (part === "") continue;
      const words = contentWords(part);
      const ids = words.map((w) => stemId(w.stem));
      words.forEach((w, i) => {
        const id = ids[i] as number;
        let forms = surfaces.get(id);
        if (!forms) surfaces.set(id, (forms = new Map()));
        forms.set(w.surface, (forms.get(w.surface) ?? 0) + 1);
      });
      const isTitle = part === title;
      for (let r = 0; r < times; r++)
        ids.forEach((id, i) => {
          const inLead = isTitle || i < leadLeft;
          add(id, inLead);
          for (let k = 1; k <= WINDOW; k++) {
            const next = ids[i + k];
            if (next === undefined || next === id) continue;
            const [a, b] = id < next ? [id, next] : [next, id];
            add(pairId(a, b), inLead && (isTitle || i + k < leadLeft));
          }
        });
      if (!isTitle) leadLeft = Math.max(0, leadLeft - ids.length);
    }
    return c;
  });

  const df = documentFrequency(counts, terms.length);
  const n = docs.length;
  const general = new Float64Array(terms.length);
  terms.forEach((term, id) => {
    const parts = pairParts.get(id);
    // A pair is as specific as its more specific word.
    general[id] = parts ? Math.max(backgroundIdf(terms[parts[0]] as string), backgroundIdf(terms[parts[1]] as string)) : backgroundIdf(term);
  });
  const idf = (id: number) => corpusFactor(n, df[id] ?? 0) * (general[id] ?? 1);
  const termId = (stem: string, next?: string): number | undefined => {
    const a = stemIds.get(stem);
    if (next === undefined || a === undefined) return a;
    const b = stemIds.get(next);
    return b === undefined ? undefined : pairIds.get(a * PAIR_BASE + b);
  };
  return {
    terms,
    counts,
    df,
    surfaces,
    idf,
    pairParts,
    termId,
    vectors: counts.map((c) => weightedVector(c, idf)),
    leads: leadCounts.map((c) => weightedVector(c, idf)),
  };
}

/**
 * How much a term can tell this corpus's articles apart: 1 for a term in one
 * article, falling linearly to 0 for a term in all of them. Unlike ln(N/df) it does
 * not collapse for small corpora (in five articles a term in two still counts 0.75),
 * and for large ones it is ≈ 1 except for the few terms in a large share of articles,
 * leaving general rarity to the background weight.
 */
export function corpusFactor(documents: number, df: number): number {
  if (documents <= 1) return 1;
  return Math.max(0, 1 - (Math.max(1, df) - 1) / (documents - 1));
}
