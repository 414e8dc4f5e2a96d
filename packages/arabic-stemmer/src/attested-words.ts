// Word forms attested in news text (data/news-lexicon.json, built by scripts/build-lexicon.ts):
// the check behind lexicon-based light stemming (Darwish & Oard's Al-Stem; Larkey et al.'s
// observation that blind removal of single-letter prefixes hurts): an ambiguous affix is
// removed only when what remains is itself a word seen in news, so that transliterated names
// (بيسكوف, not ب + يسكوف) keep their letters.
import lexicon from "../data/news-lexicon.json" with { type: "json" }
import { filterFromBase64, hasKey } from "./bloom-filter.js"
import { unifyLetters } from "./normalize-word.js"

const filter = filterFromBase64(lexicon.bits, lexicon.hashes, lexicon.filter)

/** True when the word (in any spelling of alef forms and ى) occurs in the news lexicon. */
export function isAttested(word: string): boolean {
  return word.length > 0 && hasKey(filter, unifyLetters(word))
}
