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
  const similarity = (i: number, j: number) => articleSimilarity(model, i, j);
  const links = similarPairs(model.vectors, model.df, days, similarity);
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
 * pairs that pass the floor get their full cosine, times the date factor.
 */
function similarPairs(
  vectors: readonly SparseVector[],
  df: Float64Array,
  days: readonly (number | null)[],
  pairSimilarity: (i: number, j: number) => number,
): Link[] {
  const maxDf = Math.max(3, Math.floor(vectors.length * 0.05));
  const postings = new Map<number, { doc: number; weight: number }[]>();
  vectors.forEach((v, i) => {
    v.ids.forEach((id, k) => {
      if ((df[id] ?? 0) > maxDf || (df[id] ?? 0) < 2) return;
      const entry = { doc: i, weight: v.values[k] as number };
      const list = postings.get(id);
      if (list) list.push(entry);
      else postings.set(id, [entry]);
    });
  });
  const links: Link[] = [];
  const partial = new Float64Array(vectors.length);
  for (let i = 0; i < vectors.length; i++) {
    const v = vectors[i] as SparseVector;
    const touched: number[] = [];
    v.ids.forEach((id, k) => {
      const list = postings.get(id);
      if (!list) return;
      const w = v.values[k] as number;
      for (const { doc, weight } of list) {
        if (doc <= i) continue;
        if (partial[doc] === 0) touched.push(doc);
        partial[doc] = (partial[doc] as number) + w * weight;
      }
    });
    touched.sort((a, b) => a - b);
    for (const j of touched) {
      const enough = (partial[j] as number) > LINK_FLOOR;
      partial[j] = 0;
      if (!enough) continue;
      const factor = dateDistanceFactor(days[i] ?? null, days[j] ?? null);
      if (factor === 0) continue;
      const similarity = pairSimilarity(i, j) * factor;
      if (similarity > LINK_FLOOR) links.push({ a: i, b: j, similarity });
    }
  }
  return links;
}

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
