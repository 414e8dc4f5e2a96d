import data from "../../data/digits.json" with { type: "json" };
import { charMapFromFile } from "./charMap.js";
import { mapFunction } from "./step.js";

/** Arabic-Indic and Eastern Arabic-Indic digits → ASCII; ٫ → . ; ٬ → , ; ٪ → %. Map: data/digits.json. */
export const digitsMap = charMapFromFile(data);

export const normalizeDigits: (text: string) => string = mapFunction(digitsMap);
