// Term frequencies over stems of content tokens, labelled by their most frequent surface form.
import { pickSurface, variantsByCount } from "./surface.js";
import { type WordToken, wordTokens } from "./text.js";

export interface Term {
  /** most frequent surface form (a bare form preferred over a cliticised one when frequent enough) */
  term: string;
  stem: string;
  count: number;
  /** number of documents the term occurs in */
  articles: number;
  /** count / all content tokens */
  share: number;
  /** surface forms, most frequent first */
  variants: string[];
  /** articles using the term per day index; only when `days` is given */
  daily?: Map<number, number>;
  /** articles using the term per group index (e.g. per outlet); only when `groups` is given */
  byGroup?: Map<number, number>;
}

export interface TermOptions {
  /** how many terms to return (default 50; 0 or Infinity = all) */
  top?: number;
  /** a day index per document (null when undated): each term then carries its `daily` article counts */
  days?: readonly (number | null)[];
  /** a group index per document (e.g. its outlet; null for none): each term then carries its `byGroup` article counts */
  groups?: readonly (number | null)[];
}

/** A token that counts as a term: a word (not a number), not a function word or reporting verb, not tiny. */
export function isContentToken(t: WordToken): boolean {
  return (t.kind === "arabic" || t.kind === "latin") && !t.stop && t.norm.length >= 2 && t.stem.length >= 2;
}

// One record per stem and per surface form. Articles are counted by remembering the last document seen
// (documents come in order) rather than in a Set of document numbers per stem: those sets, with a second
// map per stem for the norms, made the tally about 1.6× slower on 10,000 articles and the heap larger.
interface FormTally {
  count: number;
  /** the norm of the form's latest occurrence */
  norm: string;
}

interface TermTally {
  count: number;
  articles: number;
  lastDoc: number;
  forms: Map<string, FormTally>;
  daily: Map<number, number> | undefined;
  byGroup: Map<number, number> | undefined;
}

function dayIndex(indices: readonly (number | null)[] | undefined, i: number): number | null {
  const d = indices?.[i];
  return typeof d === "number" && Number.isFinite(d) ? d : null;
}

export function countTerms(docs: readonly { id: string; text: string }[], options: TermOptions = {}): Term[] {
  const top = options.top ?? 50;
  const days = options.days;
  const groups = options.groups;
  const tallies = new Map<string, TermTally>();
  let total = 0;
  docs.forEach((doc, i) => {
    const day = dayIndex(days, i);
    const group = dayIndex(groups, i);
    for (const t of wordTokens(typeof doc?.text === "string" ? doc.text : "")) {
      if (!isContentToken(t)) continue;
      total++;
      let tally = tallies.get(t.stem);
      if (!tally) {
        tally = { count: 0, articles: 0, lastDoc: -1, forms: new Map(), daily: days ? new Map() : undefined, byGroup: groups ? new Map() : undefined };
        tallies.set(t.stem, tally);
      }
      tally.count++;
      if (tally.lastDoc !== i) {
        tally.lastDoc = i;
        tally.articles++;
        if (tally.daily && day !== null) tally.daily.set(day, (tally.daily.get(day) ?? 0) + 1);
        if (tally.byGroup && group !== null) tally.byGroup.set(group, (tally.byGroup.get(group) ?? 0) + 1);
      }
      const form = tally.forms.get(t.surface);
      if (form) {
        form.count++;
        form.norm = t.norm;
      } else tally.forms.set(t.surface, { count: 1, norm: t.norm });
    }
  });
  const terms: Term[] = [];
  for (const [stem, tally] of tallies) {
    const counts = new Map<string, number>();
    for (const [surface, form] of tally.forms) counts.set(surface, form.count);
    const term: Term = {
      term: pickSurface(counts, (s) => tally.forms.get(s)?.norm ?? s),
      stem,
      count: tally.count,
      articles: tally.articles,
      share: total > 0 ? tally.count / total : 0,
      variants: variantsByCount(counts),
    };
    if (tally.daily) term.daily = tally.daily;
    if (tally.byGroup) term.byGroup = tally.byGroup;
    terms.push(term);
  }
  terms.sort((a, b) => b.count - a.count || b.articles - a.articles || (a.stem < b.stem ? -1 : a.stem > b.stem ? 1 : 0));
  return top > 0 && Number.isFinite(top) ? terms.slice(0, top) : terms;
}
