// Near-duplicate merging of ranked keyphrases by stem-level subsumption: of two phrases where one's stem
// sequence lies inside the other's (الكوري الشمالي / الزعيم الكوري الشمالي) and the shorter one seldom
// occurs outside the longer (as in C-value, Frantzi et al. 2000), only the better-ranked survives.
// Different inflections and clitic forms of one phrase share their stems and are one candidate already.

/** True when the phrase key `inner` (stems joined by spaces) occurs as whole words inside `outer`. */
export function containsPhrase(outer: string, inner: string): boolean {
  return inner.length > 0 && ` ${outer} `.includes(` ${inner} `);
}

interface Mergeable {
  /** stems joined by a space */
  key: string;
  count: number;
}

function wordCount(key: string): number {
  let n = 1;
  for (let i = 0; i < key.length; i++) if (key.charCodeAt(i) === 32) n++;
  return n;
}

/**
 * Nested phrases are near-duplicates when the shorter one occurs at most `ratio` times as often as the
 * longer (it seldom stands on its own). `ratio` = Infinity merges every nested pair.
 */
export function isNearDuplicate(a: Mergeable, b: Mergeable, ratio: number): boolean {
  const [short, long] = wordCount(a.key) <= wordCount(b.key) ? [a, b] : [b, a];
  if (!containsPhrase(long.key, short.key)) return false;
  return short.key === long.key || short.count <= ratio * long.count;
}

/** Greedy selection in rank order, skipping a phrase that is a near-duplicate of one already kept. */
export function mergeNearDuplicates<T extends Mergeable>(ranked: readonly T[], limit: number, ratio = 2): T[] {
  const kept: T[] = [];
  for (const item of ranked) {
    if (kept.length >= limit) break;
    if (!kept.some((k) => isNearDuplicate(k, item, ratio))) kept.push(item);
  }
  return kept;
}
