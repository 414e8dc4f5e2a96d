import data from "../../data/persian.json" with { type: "json" };
import { charMapFromFile } from "./charMap.js";
import { mapFunction } from "./step.js";

/** Persian/Urdu letters (ک ی ې ە ھ گ پ چ ژ ڤ …) → the Arabic letters they stand for. Map: data/persian.json. */
export const persianMap = charMapFromFile(data);

export const normalizePersian: (text: string) => string = mapFunction(persianMap);
