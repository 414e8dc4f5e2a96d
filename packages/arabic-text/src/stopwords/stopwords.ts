import data from "../../data/stopwords.json" with { type: "json" };
import { normalize } from "../normalize/normalize.js";

interface StopwordFile {
  prefixes: string[];
  function: Record<string, string[]>;
  reportingVerbs: string[];
}

const file = data as StopwordFile;

/** Each word in "search" normal form, with and without the conjunction prefixes و ف. */
function expand(words: readonly string[]): Set<string> {
  const set = new Set<string>();
  for (const raw of words) {
    const w = normalize(raw.trim());
    if (!w) continue;
    set.add(w);
    for (const p of file.prefixes) set.add(normalize(p) + w);
  }
  return set;
}

/** Function words of news Arabic (pronouns, prepositions, particles, conjunctions, news adverbs ...) in "search" form. */
export const stopwords: ReadonlySet<string> = expand(Object.values(file.function).flat());

/** Reporting verbs (قال، أضاف، أكد …) in their common inflections, in "search" form; used when options.reportingVerbs. */
export const reportingVerbs: ReadonlySet<string> = expand(file.reportingVerbs);

/** Is norm (a Token.norm, i.e. "search" normal form) a stopword? Reporting verbs count only when asked. */
export function isStopword(norm: string, options?: { reportingVerbs?: boolean }): boolean {
  if (typeof norm !== "string") return false;
  if (stopwords.has(norm)) return true;
  return options?.reportingVerbs === true && reportingVerbs.has(norm);
}
