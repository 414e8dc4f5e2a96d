import data from "../../data/diacritics.json" with { type: "json" };
import { charMapFromFile } from "./charMap.js";
import { mapFunction } from "./step.js";

/** Removes harakat, tanwin, shadda, sukun, hamza/madda marks (U+064B-065F), superscript alef (U+0670) and Quranic marks (U+06D6-06ED). Map: data/diacritics.json. */
export const diacriticsMap = charMapFromFile(data);

export const removeDiacritics: (text: string) => string = mapFunction(diacriticsMap);
