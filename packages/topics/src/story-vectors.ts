/**
 * Article vectors for story detection: stems and adjacent stem pairs (pairs carry
 * the event-specific phrases — place + head, name + name — that single stems of a
 * shared subject do not), the title counted twice, sublinear TF-IDF. A term's
 * weight multiplies how well it sets this corpus's articles apart (corpusFactor)
 * by its rarity in general news (./background.ts: names and specific words rather
 * than the common vocabulary any two reports share).
 */
import { contentWords } from "./analyse.js";
import { backgroundDf, backgroundIdf } from "./background.js";
import { looksTransliterated } from "./entities/discover.js";
import { letterKey } from "./entities/key.js";
import { documentFrequency, weightedVector, type SparseVector } from "./tfidf.js";
import type { StoryDoc } from "./types.js";

export interface StoryModel {
  /** Term id → stem (single terms) or "stem stem" (pairs). */
  terms: string[];
  counts: Map<number, number>[];
  df: Float64Array;
  vectors: SparseVector[];
  idf: (id: number) => number;
  /** Stem id → surface forms seen, with counts. */
  surfaces: Map<number, Map<string, number>>;
  /** Ids of the single-stem terms a pair term is made of. */
  pairParts: Map<number, [number, number]>;
  /** Term id of a stem, or of two adjacent stems; undefined when unseen. */
  termId: (stem: string, next?: string) => number | undefined;
}

const PAIR_BASE = 1 << 22;


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

  const counts = docs.map((d) => {
    const c = new Map<number, number>();
    const add = (id: number) => c.set(id, (c.get(id) ?? 0) + 1);
    const title = typeof d.title === "string" ? d.title : "";
    const text = typeof d.text === "string" ? d.text : "";
    for (const [part, times] of [[title, 2], [text, 1]] as const) {
      if (part === "") continue;
      const words = contentWords(part);
      const ids = words.map((w) => stemId(spellingKey(w.stem)));
      words.forEach((w, i) => {
        const id = ids[i] as number;
        let forms = surfaces.get(id);
        if (!forms) surfaces.set(id, (forms = new Map()));
        forms.set(w.surface, (forms.get(w.surface) ?? 0) + 1);
      });
      for (let r = 0; r < times; r++)
        ids.forEach((id, i) => {
          add(id);
          const next = ids[i + 1];
          if (next !== undefined) add(pairId(id, next));
        });
    }
    return c;
  });

  const df = documentFrequency(counts, terms.length);
  const n = docs.length;
  const general = new Float64Array(terms.length);
  terms.forEach((term, id) => {
    const parts = pairParts.get(id);
    // A pair is as specific as its more specific word.
    general[id] = parts ? Math.max(specificity(terms[parts[0]] as string), specificity(terms[parts[1]] as string)) : specificity(term);
  });
  const idf = (id: number) => corpusFactor(n, df[id] ?? 0) * (general[id] ?? 1);
  const termId = (stem: string, next?: string): number | undefined => {
    const a = stemIds.get(spellingKey(stem));
    if (next === undefined || a === undefined) return a;
    const b = stemIds.get(spellingKey(next));
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
  };
}

/**
 * How specific a year is in general news. The background table has no numbers, and a year is no
 * name: reports of anything that happened in it share it. In SaudiNewsNet (2015) the current and
 * previous years are in 5–7 % of the articles (ln(N/df)/ln N ≈ 0.26–0.29), 2010 in 1.7 % (0.39),
 * 2000 in 1 % (0.45); a year weighs like a word of that commonness.
 */
export const YEAR_SPECIFICITY = 0.35;

const YEAR = /^(19|20)[0-9]{2}$/;

function specificity(stem: string): number {
  return YEAR.test(stem) ? YEAR_SPECIFICITY : backgroundIdf(stem);
}

/**
 * How much a term can tell this corpus's articles apart: 1 for a term in one
 * article, falling linearly with the share of articles that have it. The share is
 * taken over the corpus plus PRIOR_DOCUMENTS imagined articles without the term, so
 * that a small corpus is not over-read: in two articles on one event every shared
 * word is "in all of them", which says nothing about it. For large corpora the
 * factor is ≈ 1 except for the terms in a large share of the articles, leaving
 * general rarity to the background weight.
 */
export const PRIOR_DOCUMENTS = 10;

export function corpusFactor(documents: number, df: number): number {
  const d = Math.min(Math.max(1, df), Math.max(1, documents));
  return Math.max(0, 1 - (d - 1) / (Math.max(1, documents) - 1 + PRIOR_DOCUMENTS));
}

/**
 * Foreign names are transliterated in several ways (بيونغ / بيونج، سيرغي / سيرجي):
 * a stem that general news does not know, or that looks transliterated, is reduced to
 * the entity finder's spelling key so that the variants count as one term. Known
 * Arabic words keep their stem (غرب and جرب stay apart).
 */
function spellingKey(stem: string): string {
  if (!/[غگ]/.test(stem)) return stem;
  return backgroundDf(stem) === 0 || looksTransliterated(stem) ? letterKey(stem) : stem;
}
