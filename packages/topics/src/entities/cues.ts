/** The cue word lists (data/entity-cues.json) and the place gazetteer (data/places.json), as normalised sets. */
import cues from "../../data/entity-cues.json" with { type: "json" };
import places from "../../data/places.json" with { type: "json" };
import { normalizeWord } from "../analyse.js";

const set = (words: readonly string[]) => new Set(words.map(normalizeWord));

export const personTitles = set(cues.personTitles);
export const titleLinks = set(cues.titleLinks);
export const organisationHeads = set(cues.organisationHeads);
export const placeHeads = set(cues.placeHeads);
export const placePrepositions = set(cues.placePrepositions);
/** Words that never stand for a name on their own: months, weekdays, name connectors, common adjectives. */
export const notNames = set(cues.notNames);

/** Multi-word names as arrays of normalised words, indexed by their first word. */
export type PhraseIndex = ReadonlyMap<string, readonly (readonly string[])[]>;

function phrases(names: readonly string[]): PhraseIndex {
  const index = new Map<string, string[][]>();
  for (const name of names) {
    const words = name.split(/\s+/).map(normalizeWord).filter((w) => w !== "");
    const first = words[0];
    if (first === undefined) continue;
    const list = index.get(first) ?? [];
    list.push(words);
    index.set(first, list);
  }
  return index;
}

export const knownOrganisations = phrases(cues.organisationNames);
export const knownPlaces = phrases([...places.countries, ...places.capitals, ...places.cities, ...places.regions]);

/** Given names too common to stand for one person when written alone. */
export const commonGivenNames = set(["محمد", "أحمد", "علي", "عبد", "حسن", "حسين", "خالد", "عمر", "عبدالله", "إبراهيم", "مصطفى", "يوسف", "سلمان", "فهد", "سعود", "عبدالعزيز"]);

/** Words of a name that count as names: عبد in عبد الله، عبد العزيز is part of one given name. */
export function nameWordCount(words: readonly string[]): number {
  return words.filter((w) => w !== "عبد").length;
}
