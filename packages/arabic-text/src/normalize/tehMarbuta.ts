import data from "../../data/teh-marbuta.json" with { type: "json" };
import { charMapFromFile } from "./charMap.js";
import { mapFunction } from "./step.js";

/** ة → ه. Map: data/teh-marbuta.json. */
export const tehMarbutaMap = charMapFromFile(data);

export const normalizeTehMarbuta: (text: string) => string = mapFunction(tehMarbutaMap);
