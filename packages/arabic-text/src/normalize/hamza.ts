import data from "../../data/hamza.json" with { type: "json" };
import { charMapFromFile } from "./charMap.js";
import { mapFunction } from "./step.js";

/** ؤ → و, ئ → ي (hamza carriers). Map: data/hamza.json. */
export const hamzaMap = charMapFromFile(data);

export const normalizeHamza: (text: string) => string = mapFunction(hamzaMap);
