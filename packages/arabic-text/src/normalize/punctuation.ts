import data from "../../data/punctuation.json" with { type: "json" };
import { charMapFromFile } from "./charMap.js";
import { mapFunction } from "./step.js";

/** Quotation marks → " or ', dashes and minus signs → -. Map: data/punctuation.json. */
export const punctuationMap = charMapFromFile(data);

export const normalizePunctuation: (text: string) => string = mapFunction(punctuationMap);
