// Keyphrases per article and for a corpus.
import { collectCandidateSpans, dropFragments, stemsOf, type Candidate } from "./candidates.js";
import { mergeNearDuplicates } from "./merge.js";
import { DEFAULT_WEIGHTS, scoreCandidate, tokenWeights, type ScoreWeights } from "./score.js";
import { pickSurface } from "./surface.js";
import { wordTokens } from "./text.js";

export interface Keyphrase {
  phrase: string;
  score: number;
}

export interface KeyphraseOptions {
  /** how many phrases to return (default 10) */
  top?: number;
  /** merge nested phrases (default true) */
  merge?: boolean;
  /** nested phrases merge when the shorter occurs at most this many times as often as the longer (default 2) */
  mergeRatio?: number;
  /** scorer weights (for evaluation and tuning) */
  weights?: Partial<ScoreWeights>;
}

/** A scored phrase with the stems that identify it. */
export interface RankedPhrase extends Keyphrase {
  key: string;
  stems: string[];
  /** occurrences (in the text; for corpus phrases, summed over the articles that rank it) */
  count: number;
}

function compareRanked(a: RankedPhrase, b: RankedPhrase): number {
  return b.score - a.score || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}

function labelOf(c: Candidate): string {
  return c.forms === null ? c.surface : pickSurface(c.forms, (s) => s);
}

interface ScoredCandidate {
  candidate: Candidate;
  score: number;
  key: string;
  count: number;
}

function compareScored(a: ScoredCandidate, b: ScoredCandidate): number {
  return b.score - a.score || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}

function withLabel(s: ScoredCandidate): RankedPhrase {
  return { phrase: labelOf(s.candidate), score: s.score, key: s.key, stems: stemsOf(s.candidate), count: s.count };
}

/** Every candidate of the text, scored, best first (before merging). */
export function rankCandidates(text: string, weights: Partial<ScoreWeights> = {}): RankedPhrase[] {
  return scoreCandidates(text, weights).map(withLabel);
}

/**
 * The best `need` candidates (at least; all of them when `need` is Infinity), sorted. A numeric sort of the
 * scores finds the cut-off, so only the head is sorted with the full comparator.
 */
function bestFirst(all: ScoredCandidate[], need: number): ScoredCandidate[] {
  if (!(need < all.length)) return all.sort(compareScored);
  const scores = Float64Array.from(all, (s) => s.score).sort();
  const cutoff = scores[scores.length - need]!;
  return all.filter((s) => s.score >= cutoff).sort(compareScored);
}

/** Merged top phrases; widens the candidate head when merging drops too many. */
function mergedTop(all: ScoredCandidate[], top: number, ratio: number | undefined): ScoredCandidate[] {
  for (let need = Math.max(32, top * 8); ; need *= 4) {
    const head = bestFirst(all, need);
    const picked = mergeNearDuplicates(head, top, ratio, true);
    if (picked.length >= top || head.length >= all.length) return picked;
  }
}

/** Candidates scored and sorted; labels are picked later, only for the phrases that are returned. */
function scoreCandidates(text: string, weights: Partial<ScoreWeights> = {}): ScoredCandidate[] {
  return bestFirst(scoreAll(text, weights), Infinity);
}

/** Candidates with their scores, unsorted. */
function scoreAll(text: string, weights: Partial<ScoreWeights> = {}): ScoredCandidate[] {
  const w = { ...DEFAULT_WEIGHTS, ...weights };
  const tokens = wordTokens(typeof text === "string" ? text : "");
  let sentences = 0;
  for (const t of tokens) if (t.breakBefore) sentences++;
  const found = collectCandidateSpans(tokens);
  const candidates = found.candidates;
  dropFragments(candidates, found);
  const ranked: ScoredCandidate[] = [];
  const doc = { tokens, sentences, tokenWeights: tokenWeights(tokens, w) };
  for (const c of candidates.values()) {
    const score = scoreCandidate(c, doc, w);
    if (!(score > 0)) continue;
    ranked.push({ candidate: c, score, key: c.key, count: c.count });
  }
  return ranked;
}

/** A usable `top`: a whole number ≥ 0 (Infinity allowed), the fallback for anything else. */
function topOf(value: number | undefined, fallback: number): number {
  if (typeof value !== "number" || Number.isNaN(value)) return fallback;
  return Math.max(0, Math.floor(value));
}

export function extractKeyphrases(text: string, options: KeyphraseOptions = {}): Keyphrase[] {
  const top = topOf(options.top, 10);
  const all = scoreAll(text, options.weights);
  const picked = options.merge === false ? bestFirst(all, top).slice(0, top) : mergedTop(all, top, options.mergeRatio);
  return picked.map((s) => ({ phrase: labelOf(s.candidate), score: s.score }));
}

/**
 * Corpus keyphrases: each article's merged top phrases vote with their score relative to the article's
 * best, so that long articles do not dominate; votes add up per stem sequence.
 */
export function corpusKeyphrases(docs: readonly { id: string; text: string }[], options: KeyphraseOptions = {}): Keyphrase[] {
  const top = topOf(options.top, 20);
  const perDoc = 20;
  const votes = new Map<string, { score: number; stems: string[]; forms: Map<string, number>; key: string; count: number }>();
  for (const doc of docs) {
    const all = scoreAll(typeof doc?.text === "string" ? doc.text : "", options.weights);
    const picked = mergedTop(all, perDoc, options.mergeRatio).map(withLabel);
    const best = picked[0]?.score ?? 0;
    if (!(best > 0)) continue;
    for (const p of picked) {
      let v = votes.get(p.key);
      if (!v) {
        v = { score: 0, stems: p.stems, forms: new Map(), key: p.key, count: 0 };
        votes.set(p.key, v);
      }
      v.score += p.score / best;
      v.count += p.count;
      v.forms.set(p.phrase, (v.forms.get(p.phrase) ?? 0) + 1);
    }
  }
  const ranked: RankedPhrase[] = [...votes.values()].map((v) => ({
    phrase: pickSurface(v.forms, (s) => s),
    score: v.score,
    key: v.key,
    stems: v.stems,
    count: v.count,
  }));
  ranked.sort(compareRanked);
  const picked = options.merge === false ? ranked.slice(0, top) : mergeNearDuplicates(ranked, top, options.mergeRatio, true);
  return picked.map(({ phrase, score }) => ({ phrase, score }));
}
