import type { CharMap } from "./charMap.js";
import { mapFunction } from "./step.js";

/**
 * NFKC applied to the Arabic presentation-form blocks only (U+FB50-FDFF, U+FE70-FEFF):
 * contextual glyph codes and ligatures (ﻻ ﷲ ﻋ …) become the letters they show. Computed from the
 * runtime's Unicode data instead of a data file, since the map is exactly NFKC over those ranges.
 */
export const presentationFormsMap: CharMap = buildPresentationFormsMap();

function buildPresentationFormsMap(): Map<number, string> {
  const map = new Map<number, string>();
  for (const [first, last] of [[0xfb50, 0xfdff], [0xfe70, 0xfeff]] as const) {
    for (let c = first; c <= last; c++) {
      const s = String.fromCharCode(c);
      let nfkc = s.normalize("NFKC");
      // Spacing forms of harakat (ﹰ ﹲ ﱞ …) decompose to a space plus the mark; keep only the mark so a
      // word written with them does not break in two.
      if (nfkc.length > 1 && nfkc.charCodeAt(0) === 0x20 && /^\p{M}+$/u.test(nfkc.slice(1))) nfkc = nfkc.slice(1);
      if (nfkc !== s) map.set(c, nfkc);
    }
  }
  return map;
}

export const normalizePresentationForms: (text: string) => string = mapFunction(presentationFormsMap);
