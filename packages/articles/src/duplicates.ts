/**
 * Exact and near-duplicate articles (the same wire story on two sites), after Broder,
 * "On the resemblance and containment of documents" (1997): each article is a set of
 * word 4-shingles, resemblance is the Jaccard index of the sets, estimated by MinHash
 * signatures; locality-sensitive hashing (banding the signature, Leskovec, Rajaraman &
 * Ullman, Mining of Massive Datasets, ch. 3) proposes candidate pairs so a corpus is never
 * compared pair by pair.
 */
import { tokenize } from "@mawjaz/arabic-text";
import type { Article } from "./types.js";

export interface DuplicateGroup {
  /** id of the earliest article of the group (input order breaks ties) */
  original: string;
  /** ids of the other articles, in input order */
  copies: string[];
}

export interface DuplicateOptions {
  /** Estimated Jaccard resemblance of shingle sets at or above which two articles are copies. Default 0.5. */
  threshold?: number;
}

/** Words per shingle. */
const SHINGLE = 4;
/** Signature = BANDS × ROWS MinHash values; with 3 rows a band, pairs at J = 0.5 collide in some band with p ≈ 0.996. */
const BANDS = 42;
const ROWS = 3;
const K = BANDS * ROWS;
/** Buckets larger than this (many exact copies) are linked as a chain instead of all pairs. */
const MAX_BUCKET_PAIRS = 200;

/** Per-function multipliers and offsets of the MinHash family, fixed so results are reproducible. */
const SEEDS = (() => {
  const a = new Uint32Array(K);
  const b = new Uint32Array(K);
  let x = 0x9e3779b9;
  const next = () => {
    // xorshift32
    x ^= x << 13; x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5; x >>>= 0;
    return x;
  };
  for (let i = 0; i < K; i++) { a[i] = next() | 1; b[i] = next(); }
  return { a, b };
})();

/** Accumulates articles one at a time (a 30,000-article stream keeps only 504 bytes each). */
export class DuplicateIndex {
  private readonly ids: string[] = [];
  private readonly dates: (string | null)[] = [];
  private readonly signatures: Uint32Array[] = [];
  private readonly threshold: number;

  constructor(options: DuplicateOptions = {}) {
    this.threshold = options.threshold ?? 0.5;
  }

  add(id: string, text: string, date: string | null = null): void {
    this.ids.push(id);
    this.dates.push(date);
    this.signatures.push(minhash(new Set(shingles(text))));
  }

  groups(): DuplicateGroup[] {
    const n = this.ids.length;
    const parent = Array.from({ length: n }, (_, i) => i);
    const find = (i: number): number => {
      while (parent[i] !== i) { parent[i] = parent[parent[i]!]!; i = parent[i]!; }
      return i;
    };
    const union = (i: number, j: number) => { const a = find(i), b = find(j); if (a !== b) parent[Math.max(a, b)] = Math.min(a, b); };
    const checked = new Set<number>();
    for (let band = 0; band < BANDS; band++) {
      const buckets = new Map<string, number[]>();
      for (let i = 0; i < n; i++) {
        const s = this.signatures[i]!;
        if (s[0] === EMPTY) continue;
        const o = band * ROWS;
        const key = `${s[o]},${s[o + 1]},${s[o + 2]}`;
        const list = buckets.get(key);
        if (list) list.push(i); else buckets.set(key, [i]);
      }
      for (const list of buckets.values()) {
        if (list.length < 2) continue;
        const chain = list.length > MAX_BUCKET_PAIRS;
        for (let x = 0; x < list.length; x++) {
          for (let y = x + 1; y < list.length; y++) {
            if (chain && y !== x + 1) break;
            const i = list[x]!, j = list[y]!;
            const pair = i * n + j;
            if (checked.has(pair)) continue;
            checked.add(pair);
            if (find(i) !== find(j) && resemblance(this.signatures[i]!, this.signatures[j]!) >= this.threshold) union(i, j);
          }
        }
      }
    }
    const members = new Map<number, number[]>();
    for (let i = 0; i < n; i++) {
      const r = find(i);
      const list = members.get(r);
      if (list) list.push(i); else members.set(r, [i]);
    }
    const out: { at: number; group: DuplicateGroup }[] = [];
    for (const list of members.values()) {
      if (list.length < 2) continue;
      const original = list.reduce((best, i) => (earlier(this.dates[i]!, this.dates[best]!) ? i : best), list[0]!);
      out.push({ at: original, group: { original: this.ids[original]!, copies: list.filter((i) => i !== original).map((i) => this.ids[i]!) } });
    }
    return out.sort((a, b) => a.at - b.at).map((x) => x.group);
  }
}

/** Groups of copies among the articles, by id (the cleaned body is compared). */
export function findDuplicates(articles: readonly Article[], options: DuplicateOptions = {}): DuplicateGroup[] {
  const index = new DuplicateIndex(options);
  for (const a of articles) index.add(a.id, bodyText(a), a.date);
  return index.groups();
}

/** Jaccard resemblance of two articles' shingle sets (exact; for tests and small corpora). */
export function jaccard(a: string, b: string): number {
  const sa = new Set(shingles(a));
  const sb = new Set(shingles(b));
  if (sa.size === 0 && sb.size === 0) return 0;
  let common = 0;
  for (const x of sa) if (sb.has(x)) common++;
  return common / (sa.size + sb.size - common);
}

export function bodyText(a: Article): string {
  return a.paragraphs.map((p) => p.text).join("\n");
}

/** Hashed word shingles of the normalised tokens (texts shorter than a shingle give one). */
export function shingles(text: string): number[] {
  const words = tokenize(text).filter((t) => t.kind !== "other").map((t) => t.norm);
  if (words.length === 0) return [];
  if (words.length < SHINGLE) return [fnv1a(words.join(" "))];
  const out: number[] = [];
  for (let i = 0; i + SHINGLE <= words.length; i++) out.push(fnv1a(words.slice(i, i + SHINGLE).join(" ")));
  return out;
}

const EMPTY = 0xffffffff;

function minhash(hashes: Iterable<number>): Uint32Array {
  const sig = new Uint32Array(K).fill(EMPTY);
  for (const h of hashes) {
    for (let i = 0; i < K; i++) {
      const v = mix((Math.imul(SEEDS.a[i]!, h) + SEEDS.b[i]!) >>> 0);
      if (v < sig[i]!) sig[i] = v;
    }
  }
  return sig;
}

/** Share of equal MinHash values: an unbiased estimate of the Jaccard index. */
function resemblance(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < K; i++) if (a[i] === b[i]) same++;
  return same / K;
}

/** MurmurHash3 finaliser: spreads the affine hash over all 32 bits. */
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function earlier(a: string | null, b: string | null): boolean {
  if (a === null) return false;
  if (b === null) return true;
  return a < b;
}
