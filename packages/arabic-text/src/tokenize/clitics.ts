/**
 * Proclitics written detached with a tatweel before a quotation, a number or a foreign word
 * (بـ"حزب الله"، الـ50، لـ Reuters). Such a piece is not a word: the tokenizer drops it and
 * tokenises what follows on its own. The set is every combination of the conjunctions و ف,
 * the prepositions ب ك ل, the future particle س and the article ال, written without diacritics.
 */
const CONJUNCTIONS = ["", "و", "ف"];
const PARTICLES = ["", "ب", "ك", "ل", "س"];
const ARTICLE = ["", "ال"];

function buildClitics(): ReadonlySet<string> {
  const set = new Set<string>();
  for (const c of CONJUNCTIONS)
    for (const p of PARTICLES)
      for (const a of ARTICLE) {
        if (p === "س" && a) continue; // the future particle precedes verbs, never the article
        const w = c + p + a;
        if (w) set.add(w);
      }
  set.add("لل"); // ل + ال is written لل
  set.add("ولل");
  set.add("فلل");
  return set;
}

export const DETACHED_CLITICS: ReadonlySet<string> = buildClitics();

/**
 * True when text[start, end) is a proclitic followed by a tatweel and nothing else
 * (letters and tatweel only; diacritics are ignored).
 */
export function isDetachedClitic(text: string, start: number, end: number): boolean {
  if (end - start > 8 || text.charCodeAt(end - 1) !== 0x0640) return false;
  let letters = "";
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0640 || (c >= 0x064b && c <= 0x065f) || c === 0x0670) continue;
    letters += c === 0x0623 || c === 0x0625 ? "ا" : text[i];
  }
  return DETACHED_CLITICS.has(letters);
}
