/**
 * groupStories: articles that report the same event (topic detection in the sense
 * of Allan et al. 1998, "Topic Detection and Tracking Pilot Study"). Each article is
 * a stem TF-IDF vector (./story-vectors.ts); pairs are compared by cosine, damped
 * by the distance between their dates (./dates.ts); average-link agglomerative
 * clustering (./cluster.ts) stops at a similarity threshold. Articles similar to no
 * other are left unassigned.
 */
import { averageLinkClusters, type Link } from "./cluster.js";
import { dateDistanceFactor, MAX_STORY_DAYS, parseDay } from "./dates.js";
import { storyLabels } from "./story-labels.js";
import { storyVectors, type StoryModel } from "./story-vectors.js";
import { dot, type SparseVector } from "./tfidf.js";
import type { Story, StoryDoc } from "./types.js";

export interface StoryOptions {
  /** Minimum mean (average-link) similarity for two groups to merge. */
  threshold?: number;
}

/**
 * Cosine threshold on sublinear TF-IDF of stems and stem pairs. Articles on one
 * event share their specific names and phrases and score well above it;
 * articles on the same broad subject share only its general vocabulary and score
 * below it.
 */
export const DEFAULT_THRESHOLD = 0.15;

export function groupStories(docs: readonly StoryDoc[], options: StoryOptions = {}): { stories: Story[]; unassigned: string[] } {
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const model = storyVectors(docs);
  const days = docs.map((d) => parseDay(d.date));
  const links = similarPairs(model.vectors, model.df, days);
  const clusters = averageLinkClusters(docs.length, links, threshold, { span: { days, maxDays: MAX_STORY_DAYS } });

  const groups = clusters.filter((c) => c.length >= 2);
  const unassigned = clusters.filter((c) => c.length < 2).flat().sort((a, b) => a - b).map((i) => (docs[i] as StoryDoc).id);
  const ordered = groups
    .map((members) => byDate(members, days))
    .sort((a, b) => b.length - a.length || firstDay(a, days) - firstDay(b, days) || (a[0] as number) - (b[0] as number));
  const labels = storyLabels(docs, ordered, model);
  const stories = ordered.map((members, s) => ({
    id: `story-${s + 1}`,
    label: labels[s]?.label ?? "",
    keyphrases: labels[s]?.keyphrases ?? [],
    articles: members.map((i) => (docs[i] as StoryDoc).id),
  }));
  return { stories, unassigned };
}

/**
 * Pairs worth comparing: their dot product over the terms that are not everywhere
 * (in at most 5% of the articles, or 3) is accumulated through an inverted index;
 * pairs that pass the floor get their full cosine, times the date factor. A term in
 * more than RARE_DF articles counts only where it is one of the article's HEAVY_TERMS
 * heaviest terms (see there). Pairs further apart in time than a story may span are
 * never accumulated.
 */
function similarPairs(
  vectors: readonly SparseVector[],
  df: ArrayLike<number>,
  days: readonly (number | null)[],
): Link[] {
  const n = vectors.length;
  const maxDf = Math.max(3, Math.floor(n * 0.05));
  // The weight a widespread term must reach in an article to count there: that of its HEAVY_TERMS-th heaviest term.
  const heavy = vectors.map((v) => {
    if (v.values.length <= HEAVY_TERMS) return 0;
    const sorted = Float64Array.from(v.values).sort();
    return sorted[sorted.length - HEAVY_TERMS] as number;
  });
  const indexedIn = (i: number, k: number, id: number): boolean => {
    const d = df[id] ?? 0;
    if (d < 2 || d > maxDf) return false;
    return d <= RARE_DF || ((vectors[i] as SparseVector).values[k] as number) >= (heavy[i] as number);
  };
  // Postings in compressed rows: start[id] .. start[id + 1] over postDoc / postWeight, docs ascending.
  const length = new Int32Array(df.length + 1);
  vectors.forEach((v, i) => {
    for (let k = 0; k < v.ids.length; k++) if (indexedIn(i, k, v.ids[k] as number)) length[(v.ids[k] as number) + 1]++;
  });
  const start = length;
  for (let id = 0; id < df.length; id++) start[id + 1] = (start[id + 1] as number) + (start[id] as number);
  const fill = start.slice(0, df.length);
  const postDoc = new Int32Array(start[df.length] as number);
  const postWeight = new Float64Array(postDoc.length);
  vectors.forEach((v, i) => {
    for (let k = 0; k < v.ids.length; k++) {
      const id = v.ids[k] as number;
      if (!indexedIn(i, k, id)) continue;
      const at = fill[id] as number;
      fill[id] = at + 1;
      postDoc[at] = i;
      postWeight[at] = v.values[k] as number;
    }
  });
  const day = Float64Array.from(days, (d) => (d === null || d === undefined ? Number.NaN : d));
  const shared = vectors.map((v) => {
    let m = 0;
    for (const id of v.ids) if ((df[id] as number) >= 2) m++;
    const ids = new Int32Array(m);
    const values = new Float64Array(m);
    m = 0;
    for (let k = 0; k < v.ids.length; k++)
      if ((df[v.ids[k] as number] as number) >= 2) {
        ids[m] = v.ids[k] as number;
        values[m++] = v.values[k] as number;
      }
    return { ids, values };
  });

  const links: Link[] = [];
  const partial = new Float64Array(n);
  const dense = new Float64Array(df.length);
  const touched = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const v = vectors[i] as SparseVector;
    const di = day[i] as number;
    let count = 0;
    for (let k = 0; k < v.ids.length; k++) {
      const id = v.ids[k] as number;
      if (!indexedIn(i, k, id)) continue;
      const w = v.values[k] as number;
      // Only the later articles of each list (docs ascending): every pair once.
      for (let p = (start[id + 1] as number) - 1; p >= (start[id] as number); p--) {
        const doc = postDoc[p] as number;
        if (doc <= i) break;
        // NaN (an unknown date) never compares greater: no evidence either way.
        if (Math.abs(di - (day[doc] as number)) > MAX_STORY_DAYS) continue;
        if (partial[doc] === 0) touched[count++] = doc;
        partial[doc] = (partial[doc] as number) + w * (postWeight[p] as number);
      }
    }
    // Article i spread over a dense array: a cosine then reads the other article's terms only, in id
    // order, so it adds the same products in the same order as the sorted-merge dot product. Terms
    // in one article only are left out: no other article shares them.
    const own = shared[i] as SparseVector;
    for (let k = 0; k < own.ids.length; k++) dense[own.ids[k] as number] = own.values[k] as number;
    // Pairs in any order: the clustering does not depend on the order of its links.
    for (let t = 0; t < count; t++) {
      const j = touched[t] as number;
      const enough = (partial[j] as number) > LINK_FLOOR;
      partial[j] = 0;
      if (!enough) continue;
      const factor = dateDistanceFactor(days[i] ?? null, days[j] ?? null);
      if (factor === 0) continue;
      const u = shared[j] as SparseVector;
      let cosine = 0;
      for (let k = 0; k < u.ids.length; k++) {
        const x = dense[u.ids[k] as number] as number;
        if (x !== 0) cosine += x * (u.values[k] as number);
      }
      const similarity = cosine * factor;
      if (similarity > LINK_FLOOR) links.push({ a: i, b: j, similarity });
    }
    for (let k = 0; k < own.ids.length; k++) dense[own.ids[k] as number] = 0;
  }
  return links;
}

/**
 * Terms in at most this many articles always count towards a pair's score. A term in more
 * (up to 5% of them) counts only in the articles where it is among the HEAVY_TERMS heaviest —
 * where it says what the article is about, as الاتفاق النووي does in reports of the Security
 * Council's vote and not in a review of the week. Without that limit a term in d articles makes
 * d²/2 pairs, and a corpus of tens of thousands of articles millions of weak links (at 30,000
 * articles: 75 s and 1.6 GB). Through 2,000 articles 5% is at most RARE_DF, so small corpora are
 * compared as before.
 */
export const RARE_DF = 100;
export const HEAVY_TERMS = 30;

/** Pairs below this similarity are dropped as noise (they barely move a group mean). */
const LINK_FLOOR = 0.02;

/** Cosine of two articles' vectors. */
export function articleSimilarity(model: StoryModel, i: number, j: number): number {
  return dot(model.vectors[i] as SparseVector, model.vectors[j] as SparseVector);
}

/** Members ordered by date (unknown dates last), then input order. */
function byDate(members: readonly number[], days: readonly (number | null)[]): number[] {
  const key = (i: number) => days[i] ?? Number.POSITIVE_INFINITY;
  return [...members].sort((a, b) => key(a) - key(b) || a - b);
}

function firstDay(members: readonly number[], days: readonly (number | null)[]): number {
  return days[members[0] as number] ?? Number.POSITIVE_INFINITY;
}
