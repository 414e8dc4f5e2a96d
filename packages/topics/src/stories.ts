/**
 * groupStories: articles that report the same event (topic detection in the sense
 * of Allan et al. 1998, "Topic Detection and Tracking Pilot Study"). Each article is
 * a stem TF-IDF vector (./story-vectors.ts); pairs are compared by cosine, damped
 * by the distance between their dates (./dates.ts); average-link agglomerative
 * clustering (./cluster.ts) stops at a similarity threshold. Articles similar to no
 * other are left unassigned.
 */
import { averageLinkClusters, type Link } from "./cluster.js";
import { dateDistanceFactor, parseDay } from "./dates.js";
import { storyLabel } from "./story-labels.js";
import { storyVectors } from "./story-vectors.js";
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
export const DEFAULT_THRESHOLD = 0.2;

export function groupStories(docs: readonly StoryDoc[], options: StoryOptions = {}): { stories: Story[]; unassigned: string[] } {
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const model = storyVectors(docs);
  const days = docs.map((d) => parseDay(d.date));
  const links = similarPairs(model.vectors, model.df, days);
  const clusters = averageLinkClusters(docs.length, links, threshold);

  const groups = clusters.filter((c) => c.length >= 2);
  const unassigned = clusters.filter((c) => c.length < 2).flat().sort((a, b) => a - b).map((i) => (docs[i] as StoryDoc).id);
  const ordered = groups
    .map((members) => byDate(members, days))
    .sort((a, b) => b.length - a.length || firstDay(a, days) - firstDay(b, days) || (a[0] as number) - (b[0] as number));
  const stories = ordered.map((members, s) => {
    const others = ordered.filter((_, o) => o !== s).flat();
    const { label, keyphrases } = storyLabel(docs, members, others, model);
    return { id: `story-${s + 1}`, label, keyphrases, articles: members.map((i) => (docs[i] as StoryDoc).id) };
  });
  return { stories, unassigned };
}

/**
 * Pairs worth comparing share at least one term that is not everywhere (in at most
 * 5% of the articles, or 3); their similarity is the full cosine, times the date factor.
 */
function similarPairs(vectors: readonly SparseVector[], df: Float64Array, days: readonly (number | null)[]): Link[] {
  const maxDf = Math.max(3, Math.floor(vectors.length * 0.05));
  const postings = new Map<number, number[]>();
  vectors.forEach((v, i) => {
    for (const id of v.ids) {
      if ((df[id] ?? 0) > maxDf) continue;
      const list = postings.get(id);
      if (list) list.push(i);
      else postings.set(id, [i]);
    }
  });
  const links: Link[] = [];
  for (let i = 0; i < vectors.length; i++) {
    const seen = new Set<number>();
    for (const id of (vectors[i] as SparseVector).ids) for (const j of postings.get(id) ?? []) if (j > i) seen.add(j);
    for (const j of [...seen].sort((a, b) => a - b)) {
      const factor = dateDistanceFactor(days[i] ?? null, days[j] ?? null);
      if (factor === 0) continue;
      const similarity = dot(vectors[i] as SparseVector, vectors[j] as SparseVector) * factor;
      if (similarity > LINK_FLOOR) links.push({ a: i, b: j, similarity });
    }
  }
  return links;
}

/** Pairs below this similarity are dropped as noise (they barely move a group mean). */
const LINK_FLOOR = 0.02;

/** Members ordered by date (unknown dates last), then input order. */
function byDate(members: readonly number[], days: readonly (number | null)[]): number[] {
  const key = (i: number) => days[i] ?? Number.POSITIVE_INFINITY;
  return [...members].sort((a, b) => key(a) - key(b) || a - b);
}

function firstDay(members: readonly number[], days: readonly (number | null)[]): number {
  return days[members[0] as number] ?? Number.POSITIVE_INFINITY;
}
