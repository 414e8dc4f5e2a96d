/**
 * Agglomerative clustering with average linkage (group-average, UPGMA; see Manning,
 * Raghavan & Schütze 2008, ch. 17), stopped at a similarity threshold instead of
 * building the whole tree: clusters merge while the mean pairwise similarity
 * between them is at least `threshold`.
 *
 * Similarities are given as a sparse list of pairs; a pair left out counts as 0,
 * which is exact when callers only drop pairs whose similarity is 0 and a slight
 * underestimate when they drop tiny ones. Cost is O(merges × links), fine for
 * thousands of items with sparse links.
 */

export interface Link {
  a: number;
  b: number;
  similarity: number;
}

/**
 * Returns clusters as arrays of item indices (ascending), ordered by their smallest
 * member. Two groups can only reach a mean similarity ≥ threshold if some pair
 * between them does, so the items are first split into the connected components
 * of the links at or above the threshold, and each component is clustered alone.
 */
export interface ClusterOptions {
  /** A day number per item (null = unknown) and the most days a cluster may span. */
  span?: { days: readonly (number | null)[]; maxDays: number };
}

export function averageLinkClusters(items: number, links: readonly Link[], threshold: number, options: ClusterOptions = {}): number[][] {
  const component = components(items, links.filter((l) => l.similarity >= threshold));
  const groups = new Map<number, number[]>();
  for (let i = 0; i < items; i++) {
    const c = component[i] as number;
    const list = groups.get(c);
    if (list) list.push(i);
    else groups.set(c, [i]);
  }
  const linksByGroup = new Map<number, Link[]>();
  for (const l of links) {
    const c = component[l.a];
    if (c === undefined || c !== component[l.b]) continue;
    const list = linksByGroup.get(c);
    if (list) list.push(l);
    else linksByGroup.set(c, [l]);
  }
  const out: number[][] = [];
  for (const [c, members] of groups) {
    if (members.length === 1) {
      out.push(members);
      continue;
    }
    const local = new Map(members.map((m, k) => [m, k]));
    const localLinks = (linksByGroup.get(c) ?? []).map((l) => ({ a: local.get(l.a) as number, b: local.get(l.b) as number, similarity: l.similarity }));
    const span = options.span;
    const localSpan = span ? { days: members.map((m) => span.days[m] ?? null), maxDays: span.maxDays } : undefined;
    for (const cluster of clusterGroup(members.length, localLinks, threshold, localSpan)) out.push(cluster.map((k) => members[k] as number));
  }
  return out.map((m) => [...m].sort((p, q) => p - q)).sort((p, q) => (p[0] as number) - (q[0] as number));
}

/** Connected components (union-find); returns a component label per item. */
function components(items: number, links: readonly Link[]): number[] {
  const parent = Array.from({ length: items }, (_, i) => i);
  const find = (x: number): number => {
    while (parent[x] !== x) {
      parent[x] = parent[parent[x] as number] as number;
      x = parent[x] as number;
    }
    return x;
  };
  for (const { a, b } of links) {
    if (a < 0 || b < 0 || a >= items || b >= items) continue;
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
  return parent.map((_, i) => find(i));
}

function clusterGroup(items: number, links: readonly Link[], threshold: number, span?: ClusterOptions["span"]): number[][] {
  const members = new Map<number, number[]>();
  // Earliest and latest known day of each cluster, for the span limit.
  const first = new Map<number, number>();
  const last = new Map<number, number>();
  if (span)
    span.days.forEach((d, i) => {
      if (d === null || d === undefined) return;
      first.set(i, d);
      last.set(i, d);
    });
  const compatible = (x: number, y: number): boolean => {
    if (!span) return true;
    const lo = Math.min(first.get(x) ?? Infinity, first.get(y) ?? Infinity);
    const hi = Math.max(last.get(x) ?? -Infinity, last.get(y) ?? -Infinity);
    return !(hi - lo > span.maxDays);
  };
  const sums = new Map<number, Map<number, number>>();
  for (let i = 0; i < items; i++) {
    members.set(i, [i]);
    sums.set(i, new Map());
  }
  for (const { a, b, similarity } of links) {
    if (a === b || !(similarity > 0) || a < 0 || b < 0 || a >= items || b >= items) continue;
    const ma = sums.get(a) as Map<number, number>;
    const mb = sums.get(b) as Map<number, number>;
    ma.set(b, (ma.get(b) ?? 0) + similarity);
    mb.set(a, (mb.get(a) ?? 0) + similarity);
  }

  for (;;) {
    let best: [number, number] | null = null;
    let bestScore = -Infinity;
    for (const [x, neighbours] of sums) {
      const sx = (members.get(x) as number[]).length;
      for (const [y, sum] of neighbours) {
        if (y <= x) continue;
        const score = sum / (sx * (members.get(y) as number[]).length);
        // Ties go to the pair met first (smallest ids), for determinism.
        if (score > bestScore + 1e-12 && compatible(x, y)) {
          bestScore = score;
          best = [x, y];
        }
      }
    }
    if (best === null || bestScore < threshold) break;
    merge(best[0], best[1], members, sums);
    const [x, y] = best;
    if (first.has(y)) first.set(x, Math.min(first.get(x) ?? Infinity, first.get(y) as number));
    if (last.has(y)) last.set(x, Math.max(last.get(x) ?? -Infinity, last.get(y) as number));
  }

  return [...members.values()];
}

/** Merges cluster y into x; link sums add up (Lance & Williams 1967 update for group average). */
function merge(x: number, y: number, members: Map<number, number[]>, sums: Map<number, Map<number, number>>): void {
  (members.get(x) as number[]).push(...(members.get(y) as number[]));
  members.delete(y);
  const nx = sums.get(x) as Map<number, number>;
  const ny = sums.get(y) as Map<number, number>;
  nx.delete(y);
  for (const [z, sum] of ny) {
    if (z === x) continue;
    nx.set(z, (nx.get(z) ?? 0) + sum);
    const nz = sums.get(z) as Map<number, number>;
    nz.delete(y);
    nz.set(x, (nz.get(x) ?? 0) + sum);
  }
  sums.delete(y);
}
