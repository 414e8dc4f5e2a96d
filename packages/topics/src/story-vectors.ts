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
import { weightedVector, type SparseVector } from "./tfidf.js";
import type { StoryDoc } from "./types.js";

export interface StoryModel {
  /** Stem (single terms) or "stem stem" (pairs) of a term id. */
  term: (id: number) => string;
  df: Float64Array;
  /** One unit vector per article; its `ids` are the article's terms, ascending. */
  vectors: SparseVector[];
  /** Surface forms seen of a stem id, with counts. */
  surfacesOf: (id: number) => ReadonlyMap<string, number> | undefined;
  /** Ids of the single-stem terms a pair term is made of; undefined for a single stem. */
  pairParts: (id: number) => readonly [number, number] | undefined;
  /** Term id of a stem, or of two adjacent stems; undefined when unseen. */
  termId: (stem: string, next?: string) => number | undefined;
  /** Whether article `doc` has term `id`. */
  has: (doc: number, id: number) => boolean;
}

export function storyVectors(docs: readonly StoryDoc[]): StoryModel {
  const stemIds = new Map<string, number>();
  const pairs = new PairTable();
  // Per term: its two stems for a pair, −1 for a single stem.
  let partA = new Int32Array(1024).fill(-1);
  let partB = new Int32Array(1024);
  let size = 0;
  const stems: string[] = [];
  const stemTerm: number[] = [];
  // Surface form → its stem's id and how often it was seen. A form always has the same stem, so
  // one lookup per word gives both; the forms are grouped by stem only when a label asks.
  const forms = new Map<string, { id: number; count: number }>();
  const reserve = () => {
    if (size < partA.length) return;
    const a = new Int32Array(partA.length * 2).fill(-1);
    a.set(partA);
    partA = a;
    const b = new Int32Array(partB.length * 2);
    b.set(partB);
    partB = b;
    tf = grow(tf, partA.length);
  };
  const stemId = (stem: string): number => {
    let id = stemIds.get(stem);
    if (id === undefined) {
      reserve();
      id = size++;
      stemIds.set(stem, id);
      stems[id] = stem;
      stemTerm.push(id);
    }
    return id;
  };
  const pairId = (a: number, b: number): number => {
    let id = pairs.get(a, b);
    if (id < 0) {
      reserve();
      id = size++;
      pairs.set(a, b, id);
      partA[id] = a;
      partB[id] = b;
    }
    return id;
  };

  // Term counts of the article being read, in a scratch array indexed by term id.
  let tf: Int32Array = new Int32Array(1024);
  const seen: number[] = [];
  const add = (id: number) => {
    if (tf[id] === 0) seen.push(id);
    tf[id] = (tf[id] as number) + 1;
  };
  const docTerms: { ids: Int32Array; tf: Int32Array }[] = docs.map((d) => {
    const title = typeof d.title === "string" ? d.title : "";
    const text = typeof d.text === "string" ? d.text : "";
    for (const [part, times] of [[title, 2], [text, 1]] as const) {
      if (part === "") continue;
      const ids = contentWords(part).map((w) => {
        let form = forms.get(w.surface);
        if (!form) forms.set(w.surface, (form = { id: stemId(spellingKey(w.stem)), count: 0 }));
        form.count++;
        return form.id;
      });
      for (let r = 0; r < times; r++)
        ids.forEach((id, i) => {
          add(id);
          const next = ids[i + 1];
          if (next !== undefined) add(pairId(id, next));
        });
    }
    const ids = Int32Array.from(seen).sort();
    const counts = Int32Array.from(ids, (id) => tf[id] as number);
    for (const id of seen) tf[id] = 0;
    seen.length = 0;
    return { ids, tf: counts };
  });

  tf = new Int32Array(0);
  partA = partA.slice(0, size);
  partB = partB.slice(0, size);
  const df = new Float64Array(size);
  for (const d of docTerms) for (const id of d.ids) df[id] = (df[id] as number) + 1;
  const n = docs.length;
  const stemSpecificity = new Float64Array(size);
  for (const id of stemTerm) stemSpecificity[id] = specificity(stems[id] as string);
  const general = new Float64Array(size);
  for (let id = 0; id < size; id++) {
    const a = partA[id] as number;
    // A pair is as specific as its more specific word.
    general[id] = a < 0 ? (stemSpecificity[id] as number) : Math.max(stemSpecificity[a] as number, stemSpecificity[partB[id] as number] as number);
  }
  const idf = (id: number) => corpusFactor(n, df[id] ?? 0) * (general[id] ?? 1);
  const vectors = docTerms.map((d) => weightedVector(d.ids, d.tf, idf));
  const term = (id: number): string => {
    const a = partA[id];
    if (a === undefined || id >= size) return "";
    return a < 0 ? (stems[id] ?? "") : `${stems[a]} ${stems[partB[id] as number]}`;
  };
  const termId = (stem: string, next?: string): number | undefined => {
    const a = stemIds.get(spellingKey(stem));
    if (next === undefined || a === undefined) return a;
    const b = stemIds.get(spellingKey(next));
    if (b === undefined) return undefined;
    const id = pairs.get(a, b);
    return id < 0 ? undefined : id;
  };
  const pairParts = (id: number): readonly [number, number] | undefined => {
    const a = partA[id];
    return a === undefined || a < 0 || id >= size ? undefined : [a, partB[id] as number];
  };
  const has = (doc: number, id: number): boolean => {
    const ids = vectors[doc]?.ids;
    if (!ids) return false;
    let lo = 0;
    let hi = ids.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const x = ids[mid] as number;
      if (x === id) return true;
      if (x < id) lo = mid + 1;
      else hi = mid - 1;
    }
    return false;
  };
  let surfaces: Map<number, Map<string, number>> | undefined;
  const surfacesOf = (id: number): ReadonlyMap<string, number> | undefined => {
    if (!surfaces) {
      surfaces = new Map();
      for (const [surface, { id: stem, count }] of forms) {
        let list = surfaces.get(stem);
        if (!list) surfaces.set(stem, (list = new Map()));
        list.set(surface, count);
      }
    }
    return surfaces.get(id);
  };
  return { term, df, surfacesOf, pairParts, termId, has, vectors };
}

function grow(a: Int32Array, length: number): Int32Array {
  if (a.length >= length) return a;
  const b = new Int32Array(length);
  b.set(a);
  return b;
}

/**
 * Term ids of adjacent stem pairs, keyed by the two stem ids (open addressing). A corpus
 * of tens of thousands of articles has millions of pairs: one Map entry each, keyed by a
 * number beyond the small-integer range, costs several times the memory and time.
 */
class PairTable {
  private keyA = new Int32Array(1 << 12).fill(-1);
  private keyB = new Int32Array(1 << 12);
  private value = new Int32Array(1 << 12);
  private count = 0;

  get(a: number, b: number): number {
    const mask = this.keyA.length - 1;
    for (let slot = hash(a, b) & mask; ; slot = (slot + 1) & mask) {
      const k = this.keyA[slot] as number;
      if (k < 0) return -1;
      if (k === a && this.keyB[slot] === b) return this.value[slot] as number;
    }
  }

  set(a: number, b: number, id: number): void {
    if (2 * (this.count + 1) > this.keyA.length) this.rehash(this.keyA.length * 2);
    const mask = this.keyA.length - 1;
    let slot = hash(a, b) & mask;
    while ((this.keyA[slot] as number) >= 0) {
      if (this.keyA[slot] === a && this.keyB[slot] === b) {
        this.value[slot] = id;
        return;
      }
      slot = (slot + 1) & mask;
    }
    this.keyA[slot] = a;
    this.keyB[slot] = b;
    this.value[slot] = id;
    this.count++;
  }

  private rehash(capacity: number): void {
    const { keyA, keyB, value } = this;
    this.keyA = new Int32Array(capacity).fill(-1);
    this.keyB = new Int32Array(capacity);
    this.value = new Int32Array(capacity);
    this.count = 0;
    for (let s = 0; s < keyA.length; s++) if ((keyA[s] as number) >= 0) this.set(keyA[s] as number, keyB[s] as number, value[s] as number);
  }
}

function hash(a: number, b: number): number {
  let h = Math.imul(a, 0x9e3779b1) ^ Math.imul(b + 0x7f4a7c15, 0x85ebca6b);
  h ^= h >>> 15;
  return Math.imul(h, 0xc2b2ae35) ^ (h >>> 13);
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
