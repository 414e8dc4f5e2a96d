import data from "../../data/controls.json" with { type: "json" };
import { charMapFromFile } from "./charMap.js";
import { mapFunction } from "./step.js";

/** Removes zero-width and bidi control characters (ZWSP, ZWNJ, ZWJ, LRM, RLM, ALM, U+202A-202E, U+2066-2069, BOM, soft hyphen). Map: data/controls.json. */
export const controlsMap = charMapFromFile(data);

export const removeControls: (text: string) => string = mapFunction(controlsMap);
