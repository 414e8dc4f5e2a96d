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
}

export interface TermOptions {
  /** how many terms to return (default 50; 0 or Infinity = all) */
  top?: number;
}

/** A token that counts as a term: a word (not a number), not a function word or reporting verb, not tiny. */
export function isContentToken(t: WordToken): boolean {
  return (t.kind === "arabic" || t.kind === "latin") && !t.stop && t.norm.length >= 2 && t.stem.length >= 2;
}

interface TermTally {
  count: number;
  docs: Set<number>;
  forms: Map<string, number>;
  norms: Map<string, string>;
}

export function countTerms(docs: readonly { id: string; text: string }[], options: TermOptions = {}): Term[] {
  const top = options.top ?? 50;
  const tallies = new Map<string, TermTally>();
  let total = 0;
  docs.forEach((doc, i) => {
    for (const t of wordTokens(typeof doc?.text === "string" ? doc.text : "")) {
      if (!isContentToken(t)) continue;
      total++;
      let tally = tallies.get(t.stem);
      if (!tally) {
        tally = { count: 0, docs: new Set(), forms: new Map(), norms: new Map() };
        tallies.set(t.stem, tally);
      }
      tally.count++;
      tally.docs.add(i);
      tally.forms.set(t.surface, (tally.forms.get(t.surface) ?? 0) + 1);
      tally.norms.set(t.surface, t.norm);
    }
  });
  const terms: Term[] = [];
  for (const [stem, tally] of tallies) {
    terms.push({
      term: pickSurface(tally.forms, (s) => tally.norms.get(s) ?? s),
      stem,
      count: tally.count,
      articles: tally.docs.size,
      share: total > 0 ? tally.count / total : 0,
      variants: variantsByCount(tally.forms),
    });
  }
  terms.sort((a, b) => b.count - a.count || b.articles - a.articles || (a.stem < b.stem ? -1 : a.stem > b.stem ? 1 : 0));
  return top > 0 && Number.isFinite(top) ? terms.slice(0, top) : terms;
}
