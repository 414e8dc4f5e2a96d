// Choosing a readable label among the surface forms of one stem (or stem sequence).

/** Leading clitics (conjunctions, prepositions) that may be glued to an Arabic word, longest first. */
const LEADING_CLITICS = ["وب", "ول", "وك", "فب", "فل", "فك", "و", "ف", "ب", "ل", "ك"];

/** True when `longer` is `shorter` with a leading clitic glued on (وكوريا → كوريا, للصراعات → الصراعات). */
export function hasExtraClitic(longer: string, shorter: string): boolean {
  if (longer.length <= shorter.length) return false;
  if (longer.startsWith("لل") && shorter.startsWith("ال") && longer.slice(2) === shorter.slice(2)) return true;
  if (!longer.endsWith(shorter)) return false;
  return LEADING_CLITICS.includes(longer.slice(0, longer.length - shorter.length));
}

/**
 * The label for a group of surface forms: the most frequent one, unless a form without a leading clitic
 * is reasonably frequent too (at least `ratio` of the top count), in which case the bare form wins.
 * Ties break on the string itself so that output is deterministic.
 */
export function pickSurface(counts: ReadonlyMap<string, number>, normOf: (s: string) => string, ratio = 0.2): string {
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  if (ranked.length === 0) return "";
  const [top, topCount] = ranked[0]!;
  let best = top;
  for (const [form, count] of ranked.slice(1)) {
    if (count >= Math.max(1, ratio * topCount) && hasExtraClitic(normOf(best), normOf(form))) best = form;
  }
  return best;
}

/** Variants sorted by frequency (then alphabetically). */
export function variantsByCount(counts: ReadonlyMap<string, number>): string[] {
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .map(([form]) => form);
}
