/**
 * Latin abbreviations that take a full stop inside a sentence (titles, "vs.", "No."). Arabic
 * abbreviations are single letters with a stop (د. م. أ.ف.ب), handled by the single-letter rule in
 * splitSentences, so they need no list.
 */
export const LATIN_ABBREVIATIONS: ReadonlySet<string> = new Set([
  "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "mt", "gen", "col", "lt", "capt", "sgt", "maj",
  "rep", "sen", "gov", "pres", "vs", "no", "nos", "fig", "vol", "pp", "approx", "dept", "est", "jan",
  "feb", "mar", "apr", "aug", "sep", "sept", "oct", "nov", "dec", "e.g", "i.e", "cf", "al",
]);
