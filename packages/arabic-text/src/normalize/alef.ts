import data from "../../data/alef.json" with { type: "json" };
import { charMapFromFile } from "./charMap.js";
import { mapFunction } from "./step.js";

/** أ إ آ ٱ (and wavy-hamza alefs) → ا. Map: data/alef.json. */
export const alefMap = charMapFromFile(data);

export const normalizeAlef: (text: string) => string = mapFunction(alefMap);
