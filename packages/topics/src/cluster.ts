/**
 * Agglomerative clustering with average linkage (group-average, UPGMA; see Manning,
 * Raghavan & Schütze 2008, ch. 17), stopped at a similarity threshold instead of
 * building the whole tree: clusters merge while the mean pairwise similarity
 * between them is at least `threshold`.
 *
 * Similarities are given as a sparse list of pairs; a pair left out counts as 0,
 * which is exact when callers only drop pairs whose similarity is 0 and a slight
 * underestimate when they drop tiny ones. The best merge is kept in a priority queue
 * (stale entries skipped on the way out), so the cost grows with links × log(links)
 * and the neighbours touched by each merge, not with merges × links.
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
  // A cluster is named by its smallest member (merging y into x with x < y keeps that true).
  const members: (number[] | null)[] = Array.from({ length: items }, (_, i) => [i]);
  const sums: (Map<number, number> | null)[] = Array.from({ length: items }, () => new Map<number, number>());
  // Earliest and latest known day of each cluster, for the span limit.
  const first = new Float64Array(items).fill(Infinity);
  const last = new Float64Array(items).fill(-Infinity);
  if (span)
    span.days.forEach((d, i) => {
      if (d === null || d === undefined || i >= items) return;
      first[i] = d;
      last[i] = d;
    });
  const compatible = (x: number, y: number): boolean =>
    !span || !(Math.max(last[x] as number, last[y] as number) - Math.min(first[x] as number, first[y] as number) > span.maxDays);
  for (const { a, b, similarity } of links) {
    if (a === b || !(similarity > 0) || a < 0 || b < 0 || a >= items || b >= items) continue;
    const ma = sums[a] as Map<number, number>;
    const mb = sums[b] as Map<number, number>;
    ma.set(b, (ma.get(b) ?? 0) + similarity);
    mb.set(a, (mb.get(a) ?? 0) + similarity);
  }

  // Candidate merges in a priority queue, best first. A pair's mean changes only when one of its
  // clusters merges; entries then go stale (checked by version) and the new mean is queued. Only
  // means at or above the threshold are queued: below it a pair can rise only through a merge.
  const version = new Int32Array(items);
  const queue = new MergeQueue();
  const offer = (x: number, y: number, sum: number) => {
    const score = sum / ((members[x] as number[]).length * (members[y] as number[]).length);
    if (score >= threshold) queue.push(score, x, y, version[x] as number, version[y] as number);
  };
  for (let x = 0; x < items; x++) for (const [y, sum] of sums[x] as Map<number, number>) if (y > x) offer(x, y, sum);

  while (queue.size > 0) {
    const { x, y, vx, vy } = queue.pop();
    if (members[x] === null || members[y] === null || version[x] !== vx || version[y] !== vy) continue;
    // Spans only grow, so two clusters too far apart in time stay so.
    if (!compatible(x, y)) continue;
    merge(x, y, members, sums);
    version[x] = (version[x] as number) + 1;
    first[x] = Math.min(first[x] as number, first[y] as number);
    last[x] = Math.max(last[x] as number, last[y] as number);
    for (const [z, sum] of sums[x] as Map<number, number>) offer(Math.min(x, z), Math.max(x, z), sum);
  }

  return members.filter((m): m is number[] => m !== null);
}

/** Merges cluster y into x; link sums add up (Lance & Williams 1967 update for group average). */
function merge(x: number, y: number, members: (number[] | null)[], sums: (Map<number, number> | null)[]): void {
  (members[x] as number[]).push(...(members[y] as number[]));
  members[y] = null;
  const nx = sums[x] as Map<number, number>;
  const ny = sums[y] as Map<number, number>;
  nx.delete(y);
  for (const [z, sum] of ny) {
    if (z === x) continue;
    nx.set(z, (nx.get(z) ?? 0) + sum);
    const nz = sums[z] as Map<number, number>;
    nz.delete(y);
    nz.set(x, (nz.get(x) ?? 0) + sum);
  }
  sums[y] = null;
}

/**
 * Binary max-heap of candidate merges: highest mean first, ties to the smallest pair of
 * cluster names, so the order (and the result) does not depend on when pairs were queued.
 */
class MergeQueue {
  private score = new Float64Array(64);
  private pair = new Int32Array(4 * 64);
  size = 0;

  push(score: number, x: number, y: number, vx: number, vy: number): void {
    if (this.size === this.score.length) {
      const s = new Float64Array(this.size * 2);
      s.set(this.score);
      this.score = s;
      const p = new Int32Array(this.size * 8);
      p.set(this.pair);
      this.pair = p;
    }
    let i = this.size++;
    this.write(i, score, x, y, vx, vy);
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.before(i, parent)) break;
      this.swap(i, parent);
      i = parent;
    }
  }

  pop(): { score: number; x: number; y: number; vx: number; vy: number } {
    const p = this.pair;
    const top = { score: this.score[0] as number, x: p[0] as number, y: p[1] as number, vx: p[2] as number, vy: p[3] as number };
    const lastIndex = --this.size;
    if (lastIndex > 0) {
      this.write(0, this.score[lastIndex] as number, p[4 * lastIndex] as number, p[4 * lastIndex + 1] as number, p[4 * lastIndex + 2] as number, p[4 * lastIndex + 3] as number);
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let best = i;
        if (l < lastIndex && this.before(l, best)) best = l;
        if (r < lastIndex && this.before(r, best)) best = r;
        if (best === i) break;
        this.swap(i, best);
        i = best;
      }
    }
    return top;
  }

  private before(i: number, j: number): boolean {
    const a = this.score[i] as number;
    const b = this.score[j] as number;
    if (a !== b) return a > b;
    const p = this.pair;
    const xi = p[4 * i] as number;
    const xj = p[4 * j] as number;
    return xi !== xj ? xi < xj : (p[4 * i + 1] as number) < (p[4 * j + 1] as number);
  }

  private write(i: number, score: number, x: number, y: number, vx: number, vy: number): void {
    this.score[i] = score;
    this.pair[4 * i] = x;
    this.pair[4 * i + 1] = y;
    this.pair[4 * i + 2] = vx;
    this.pair[4 * i + 3] = vy;
  }

  private swap(i: number, j: number): void {
    const s = this.score[i] as number;
    this.score[i] = this.score[j] as number;
    this.score[j] = s;
    for (let q = 0; q < 4; q++) {
      const t = this.pair[4 * i + q] as number;
      this.pair[4 * i + q] = this.pair[4 * j + q] as number;
      this.pair[4 * j + q] = t;
    }
  }
}
