import data from "../../data/spaces.json" with { type: "json" };
import { charMapFromFile } from "./charMap.js";
import { mapFunction } from "./step.js";

/** Every space character (NBSP, thin, ideographic …, tab) → U+0020; line/paragraph separators → line feed. Map: data/spaces.json. */
export const spacesMap = charMapFromFile(data);

export const normalizeSpaces: (text: string) => string = mapFunction(spacesMap);
