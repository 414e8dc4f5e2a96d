import data from "../../data/alef-maqsura.json" with { type: "json" };
import { charMapFromFile } from "./charMap.js";
import { mapFunction } from "./step.js";

/** ى → ي. Map: data/alef-maqsura.json. */
export const alefMaqsuraMap = charMapFromFile(data);

export const normalizeAlefMaqsura: (text: string) => string = mapFunction(alefMaqsuraMap);
