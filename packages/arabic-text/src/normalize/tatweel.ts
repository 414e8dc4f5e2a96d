import data from "../../data/tatweel.json" with { type: "json" };
import { charMapFromFile } from "./charMap.js";
import { mapFunction } from "./step.js";

/** Removes tatweel (U+0640). Map: data/tatweel.json. */
export const tatweelMap = charMapFromFile(data);

export const removeTatweel: (text: string) => string = mapFunction(tatweelMap);
