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
  score: number;
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

/** The longer phrase covers most occurrences of the shorter (and recurs itself): it may replace it. */
function extendsFully(long: Mergeable, short: Mergeable): boolean {
  return long.count >= 2 && 3 * long.count >= 2 * short.count && wordCount(long.key) > wordCount(short.key);
}

/**
 * Greedy selection in rank order. A phrase that is a near-duplicate of one already kept is skipped —
 * except, with `preferLonger`, a longer phrase takes the place (and score) of the shorter one it
 * extends, since it names the same thing more fully (كيم جونغ أون over كيم جونغ).
 */
export function mergeNearDuplicates<T extends Mergeable>(ranked: readonly T[], limit: number, ratio = 2, preferLonger = false): T[] {
  const kept: T[] = [];
  for (const item of ranked) {
    const at = kept.findIndex((k) => isNearDuplicate(k, item, ratio));
    if (at < 0) {
      if (kept.length >= limit) break;
      kept.push(item);
    } else if (preferLonger && extendsFully(item, kept[at]!) && !kept.some((k, i) => i !== at && isNearDuplicate(k, item, ratio))) {
      kept[at] = { ...item, score: kept[at]!.score };
    }
  }
  return kept;
}
