/** The phrase lexicon (data/boilerplate.json), folded once for matching. */
import raw from "../data/boilerplate.json" with { type: "json" };
import { fold } from "./fold.js";
import { PhraseIndex } from "./phraseIndex.js";

export type PhraseClass =
  | "comment" | "subscription" | "widget" | "tags" | "related" | "staff" | "contact" | "promo" | "promoAddress" | "siteWords"
  | "disclaimer" | "caption" | "endMarkers";

export type LabelClass = "source" | "author" | "date" | "site";

function foldAll(list: readonly string[]): string[] {
  // Longest first, so the most specific phrase or label wins.
  return [...new Set(list.map(fold).filter((p) => p !== ""))].sort((a, b) => b.length - a.length);
}

export const phrases: Readonly<Record<PhraseClass, readonly string[]>> = {
  comment: foldAll(raw.comment),
  subscription: foldAll(raw.subscription),
  widget: foldAll(raw.widget),
  tags: foldAll(raw.tags),
  related: foldAll(raw.related),
  staff: foldAll(raw.staff),
  contact: foldAll(raw.contact),
  promo: foldAll(raw.promo),
  promoAddress: foldAll(raw.promoAddress),
  siteWords: foldAll(raw.siteWords),
  disclaimer: foldAll(raw.disclaimer),
  caption: foldAll(raw.caption),
  endMarkers: foldAll(raw.endMarkers),
};

export const labels: Readonly<Record<LabelClass, readonly string[]>> = {
  source: foldAll(raw.labels.source),
  author: foldAll(raw.labels.author),
  date: foldAll(raw.labels.date),
  site: foldAll(raw.labels.site),
};

/** Agency names as written (for output) keyed by their folded form. */
export const agencies: ReadonlyMap<string, string> = (() => {
  const m = new Map<string, string>();
  for (const a of raw.agencies) if (!m.has(fold(a))) m.set(fold(a), a); // the first spelling is the one shown
  return m;
})();

/** Phrase indexes by class, for one-pass matching. */
export const phraseIndex: Readonly<Record<PhraseClass, PhraseIndex>> = Object.fromEntries(
  Object.entries(phrases).map(([cls, list]) => [cls, new PhraseIndex(list)]),
) as Record<PhraseClass, PhraseIndex>;
