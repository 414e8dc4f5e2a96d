/**
 * Topics of a larger corpus: NMF (./nmf.ts) over stem TF-IDF, with the number of
 * topics chosen by C_NPMI coherence (./coherence.ts) over a small range of k (on a
 * sample of a large corpus, then fitted once on all of it).
 */
import { corpusKeyphrases } from "@mawjaz/keywords";
import { contentWords, normalizeWord } from "./analyse.js";
import { coherenceOf, postingCounts } from "./coherence.js";
import { stemCorpus, surfaceOf, type StemCorpus } from "./corpus.js";
import { nmf, transposeSparse, type Factorisation, type SparseMatrix } from "./nmf.js";
import { seededRandom } from "./random.js";
import type { StoryDoc, Topic } from "./types.js";

export interface TopicOptions {
  /** Fix the number of topics instead of choosing it by coherence. */
  k?: number;
  seed?: number;
  /** Candidate numbers of topics (default: a range scaled to the corpus size). */
  candidates?: readonly number[];
  /** Top words per topic used for coherence and keyphrases. */
  topWords?: number;
}

export interface TopicResult {
  topics: Topic[];
  /** Mean C_NPMI of the chosen model's topics. */
  coherence: number;
  k: number;
  /** Every k tried with its coherence (and NMF sweeps), for reports. */
  tried?: { k: number; coherence: number; sweeps: number; error: number }[];
  /** Documents the k were tried on, when that was a sample of a large corpus. */
  sample?: number;
}

const TOP_WORDS = 10;
/** Vocabulary cap: the most widespread terms shape the topics; the rest add cost, not topics. */
const MAX_COLUMNS = 4000;
/**
 * Above this many documents the number of topics is chosen on a seeded random sample of
 * this size, and NMF is then fitted once on all documents with the chosen k: each k tried
 * on the whole corpus would cost a full fit, and the coherence of the candidates is
 * already clear on a few thousand articles.
 */
export const SELECTION_SAMPLE = 3000;

export function extractTopics(docs: readonly StoryDoc[], options: TopicOptions = {}): TopicResult {
  const texts = docs.map((d) => topicText(d));
  const corpus = stemCorpus(texts);
  const columns = selectColumns(corpus, docs.length);
  if (docs.length < 2 || columns.length < 2) return { topics: [], coherence: 0, k: 0 };
  const X = tfidfMatrix(corpus, columns, docs.length);
  const counts = postingCounts(docs.length, columnPostings(X, columns));
  const topWords = options.topWords ?? TOP_WORDS;
  const seed = options.seed ?? 1;
  const coherenceOfModel = (model: Factorisation) =>
    mean(Array.from({ length: model.k }, (_, j) => coherenceOf(counts, topTerms(model, j, columns, topWords))));

  const candidates = options.k !== undefined ? [clampK(options.k, docs.length, columns.length)] : candidateKs(docs.length, columns.length, options.candidates);
  const sampled = candidates.length > 1 && docs.length > SELECTION_SAMPLE;
  // Candidates are fitted on the sample (or on everything for a small corpus); coherence is always
  // read off the whole corpus.
  const fitted = sampled ? rowsOf(X, sampleRows(docs.length, SELECTION_SAMPLE, seed)) : X;
  let best: { model: Factorisation; coherence: number } | null = null;
  const tried: NonNullable<TopicResult["tried"]> = [];
  for (const k of candidates) {
    const model = nmf(fitted, k, { seed });
    const coherence = coherenceOfModel(model);
    tried.push({ k, coherence, sweeps: model.sweeps, error: model.error });
    if (best === null || coherence > best.coherence + 1e-9) best = { model, coherence };
  }
  if (best === null) return { topics: [], coherence: 0, k: 0, tried };
  if (sampled) {
    const model = nmf(X, best.model.k, { seed });
    best = { model, coherence: coherenceOfModel(model) };
  }
  const result: TopicResult = { topics: describeTopics(best.model, corpus, columns, docs, topWords), coherence: best.coherence, k: best.model.k, tried };
  if (sampled) result.sample = SELECTION_SAMPLE;
  return result;
}

/** Each column's documents (ascending): the documents that have the column's stem. */
function columnPostings(X: SparseMatrix, columns: readonly number[]): (stem: number) => Int32Array | undefined {
  const Xt = transposeSparse(X);
  const column = new Map(columns.map((id, c) => [id, c]));
  return (stem) => {
    const c = column.get(stem);
    return c === undefined ? undefined : Xt.colIndex.subarray(Xt.rowStart[c] as number, Xt.rowStart[c + 1] as number);
  };
}

/** `size` distinct row numbers drawn with the seeded generator, ascending. */
function sampleRows(n: number, size: number, seed: number): number[] {
  const random = seededRandom(seed);
  const order = Array.from({ length: n }, (_, i) => i);
  // Partial Fisher–Yates shuffle: the first `size` places.
  for (let i = 0; i < size && i < n - 1; i++) {
    const j = i + Math.floor(random() * (n - i));
    const t = order[i] as number;
    order[i] = order[j] as number;
    order[j] = t;
  }
  return order.slice(0, Math.min(size, n)).sort((a, b) => a - b);
}

/** The given rows of a sparse matrix. */
function rowsOf(X: SparseMatrix, rows: readonly number[]): SparseMatrix {
  const rowStart = new Int32Array(rows.length + 1);
  rows.forEach((r, i) => (rowStart[i + 1] = (rowStart[i] as number) + ((X.rowStart[r + 1] as number) - (X.rowStart[r] as number))));
  const colIndex = new Int32Array(rowStart[rows.length] as number);
  const values = new Float64Array(colIndex.length);
  rows.forEach((r, i) => {
    const from = X.rowStart[r] as number;
    const to = X.rowStart[r + 1] as number;
    colIndex.set(X.colIndex.subarray(from, to), rowStart[i] as number);
    values.set(X.values.subarray(from, to), rowStart[i] as number);
  });
  return { rows: rows.length, cols: X.cols, rowStart, colIndex, values };
}

/** Title counted once more than the body: it names what the article is about. */
function topicText(d: StoryDoc): string {
  return d.title ? `${d.title}\n${d.text}` : d.text;
}

/**
 * Terms that can shape a topic: in at least 2 documents (and 0.1% of them), in at
 * most half of them (terms everywhere describe no topic), capped at the MAX_COLUMNS most
 * widespread, in stable id order.
 */
function selectColumns(corpus: StemCorpus, n: number): number[] {
  const minDf = Math.max(2, Math.ceil(n * 0.001));
  const maxDf = Math.max(minDf, Math.floor(n * 0.5));
  const ids: number[] = [];
  corpus.df.forEach((d, id) => {
    if (d >= minDf && d <= maxDf) ids.push(id);
  });
  if (ids.length > MAX_COLUMNS) {
    ids.sort((a, b) => (corpus.df[b] as number) - (corpus.df[a] as number) || a - b);
    ids.length = MAX_COLUMNS;
    ids.sort((a, b) => a - b);
  }
  return ids;
}

/** Rows = documents, columns = selected stems; (1 + ln tf) · (ln((1 + N)/(1 + df)) + 1), rows L2-normalised. */
function tfidfMatrix(corpus: StemCorpus, columns: readonly number[], n: number): SparseMatrix {
  const column = new Map(columns.map((id, c) => [id, c]));
  const rowStart = new Int32Array(n + 1);
  const colIndex: number[] = [];
  const values: number[] = [];
  for (let r = 0; r < n; r++) {
    const entries: [number, number][] = [];
    const { ids, tf } = corpus.counts[r] as StemCorpus["counts"][number];
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i] as number;
      const c = column.get(id);
      if (c === undefined) continue;
      const idf = Math.log((1 + n) / (1 + (corpus.df[id] as number))) + 1;
      entries.push([c, (1 + Math.log(tf[i] as number)) * idf]);
    }
    entries.sort((a, b) => a[0] - b[0]);
    const norm = Math.sqrt(entries.reduce((s, [, v]) => s + v * v, 0)) || 1;
    for (const [c, v] of entries) {
      colIndex.push(c);
      values.push(v / norm);
    }
    rowStart[r + 1] = colIndex.length;
  }
  return { rows: n, cols: columns.length, rowStart, colIndex: Int32Array.from(colIndex), values: Float64Array.from(values) };
}

/**
 * A small range of k that grows with the corpus (about √(n/2), as in the usual
 * rule of thumb for clusters, Mardia et al. 1979), between 2 and 40.
 */
function candidateKs(n: number, terms: number, given?: readonly number[]): number[] {
  const limit = Math.max(2, Math.min(40, Math.floor(n / 2), terms));
  if (given && given.length > 0) return [...new Set(given.map((k) => clampK(k, n, terms)))].sort((a, b) => a - b);
  const centre = Math.max(2, Math.round(Math.sqrt(n / 2)));
  const ks = [0.5, 0.75, 1, 1.5, 2].map((f) => Math.min(limit, Math.max(2, Math.round(centre * f))));
  return [...new Set(ks)].sort((a, b) => a - b);
}

function clampK(k: number, n: number, terms: number): number {
  const limit = Math.max(1, Math.min(n, terms));
  return Number.isFinite(k) ? Math.min(limit, Math.max(1, Math.round(k))) : Math.min(limit, 2);
}

/** Stem ids of topic j's heaviest terms. */
function topTerms(model: Factorisation, j: number, columns: readonly number[], top: number): number[] {
  const m = columns.length;
  const order = Array.from({ length: m }, (_, c) => c).sort(
    (a, b) => (model.H[j * m + b] as number) - (model.H[j * m + a] as number) || a - b,
  );
  return order.slice(0, top).map((c) => columns[c] as number);
}

function describeTopics(
  model: Factorisation,
  corpus: StemCorpus,
  columns: readonly number[],
  docs: readonly StoryDoc[],
  topWords: number,
): Topic[] {
  const { k, W, H } = model;
  const m = columns.length;
  const n = docs.length;
  // Topic mass per document: W scaled by the row sums of H, so topics are comparable.
  const rowSum = Array.from({ length: k }, (_, j) => {
    let s = 0;
    for (let c = 0; c < m; c++) s += H[j * m + c] as number;
    return s;
  });
  const members: { doc: number; mass: number }[][] = Array.from({ length: k }, () => []);
  const totals = new Array<number>(k).fill(0);
  for (let r = 0; r < n; r++) {
    let bestJ = -1;
    let bestMass = 0;
    for (let j = 0; j < k; j++) {
      const mass = (W[r * k + j] as number) * (rowSum[j] as number);
      totals[j] = (totals[j] as number) + mass;
      if (mass > bestMass + 1e-9) {
        bestMass = mass;
        bestJ = j;
      }
    }
    if (bestJ >= 0 && bestMass > 1e-6) (members[bestJ] as { doc: number; mass: number }[]).push({ doc: r, mass: bestMass });
  }
  const grand = totals.reduce((a, b) => a + b, 0) || 1;
  const topics: Topic[] = [];
  for (let j = 0; j < k; j++) {
    const top = topTerms(model, j, columns, topWords);
    const words = top.map((id) => surfaceOf(corpus, id));
    const list = (members[j] as { doc: number; mass: number }[]).sort((a, b) => b.mass - a.mass || a.doc - b.doc);
    const phrases = topicPhrases(
      list.slice(0, PHRASE_DOCS).map((x) => docs[x.doc] as StoryDoc),
      new Set(top.map((id) => corpus.vocab.stems[id] as string)),
    );
    const keyphrases = [...phrases, ...words.filter((w) => !phrases.some((p) => p.includes(w)))].slice(0, topWords);
    topics.push({
      label: phrases.length > 0 ? keyphrases.slice(0, 2).join("، ") : words.slice(0, 3).join("، "),
      keyphrases,
      articles: list.map((x) => (docs[x.doc] as StoryDoc).id),
      weight: (totals[j] as number) / grand,
    });
  }
  return topics.filter((t) => t.articles.length > 0).sort((a, b) => b.weight - a.weight || a.label.localeCompare(b.label));
}

/** Member articles read for a topic's phrases (its strongest ones). */
const PHRASE_DOCS = 12;
const MAX_PHRASES = 4;

/**
 * Multi-word keyphrases of a topic: corpusKeyphrases (@mawjaz/keywords) over its
 * strongest member articles, keeping phrases of two words or more that contain one
 * of the topic's top terms and occur in a quarter of those articles (at least two),
 * so that the phrase belongs to the topic and not to one article (الاتفاق النووي
 * for a topic whose top words are إيران، الاتفاق، النووي).
 */
function topicPhrases(members: readonly StoryDoc[], topStems: ReadonlySet<string>): string[] {
  if (members.length < 2) return [];
  let ranked: { phrase: string }[] = [];
  try {
    ranked = corpusKeyphrases(
      members.map((d) => ({ id: d.id, text: d.title ? `${d.title}\n${d.text}` : d.text })),
      { top: 20 },
    );
  } catch {
    return [];
  }
  const texts = members.map((d) => normalizeWord(d.title ? `${d.title}\n${d.text}` : d.text));
  const needed = Math.max(2, Math.ceil(members.length / 4));
  const out: string[] = [];
  for (const { phrase } of ranked) {
    const stems = contentWords(phrase).map((w) => w.stem);
    if (stems.length < 2 || !stems.some((st) => topStems.has(st))) continue;
    // Shared by a quarter of the members at least: a topic's phrase, not one article's.
    const key = normalizeWord(phrase);
    if (texts.filter((t) => t.includes(key)).length < needed) continue;
    if (out.some((p) => p.includes(phrase) || phrase.includes(p))) continue;
    out.push(phrase);
    if (out.length >= MAX_PHRASES) break;
  }
  return out;
}

function mean(xs: readonly number[]): number {
  return xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length;
}
