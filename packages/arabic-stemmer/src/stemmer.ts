// The light stemmer: normalise → proclitics → (protected word?) → broken-plural table →
// enclitic pronoun → inflectional ending → broken-plural template → imperfect verb prefix.
// See README.md for the algorithm and its references.
import { singularFromTable, singularFromTemplate } from "./broken-plurals.js"
import { isArabicLetter } from "./chars.js"
import { initialLetterStems, protectedWords } from "./lexicon.js"
import { normalizeWord, unifyLetters } from "./normalize-word.js"
import { articleLength, letterProcliticKind } from "./proclitics.js"
import { inflectionLength, pronounLength, restoreTehMarbuta } from "./suffixes.js"
import { stripImperfectPrefix } from "./verbs.js"

const MIN_STEM = 2

/** Stem one word (raw or already normalised). Uncached; see `createStemmer` for the cached form. */
export function stemUncached(word: string): string {
  const s = normalizeWord(word)
  if (!isArabicWord(s)) return unifyLetters(s)
  return unifyLetters(stemArabic(s))
}

/** True when every code unit is a base Arabic letter (ء..ي); mixed tokens are not stemmed. */
export function isArabicWord(s: string): boolean {
  const n = s.length
  if (n === 0) return false
  for (let i = 0; i < n; i++) if (!isArabicLetter(s.charCodeAt(i))) return false
  return true
}

/** Stem a normalised all-Arabic word (alef forms and ى still distinct). */
export function stemArabic(s: string): string {
  if (s.length <= MIN_STEM || protectedWords.has(unifyLetters(s))) return s
  const article = articleLength(s)
  if (article > 0) return stemBare(s.slice(article))
  return stemAfterLetters(s, true)
}

/**
 * Single-letter proclitics (و ف, then ب ك ل or future س). A letter is removed unless the
 * word is listed, or its stem with the letter kept is a listed stem (وزارة → وزار).
 */
function stemAfterLetters(s: string, conjunctionAllowed: boolean): string {
  const kind = letterProcliticKind(s, conjunctionAllowed)
  if (kind === 0 || isListed(s)) return stemBare(s)
  const rest = s.slice(1)
  const inner = kind === 1 ? stemAfterLetters(rest, false) : stemBare(rest)
  if (knownStems.has(unifyLetters(s[0] + inner))) return stemBare(s)
  const whole = stemBare(s)
  return knownStems.has(unifyLetters(whole)) ? whole : inner
}

function isListed(word: string): boolean {
  return knownStems.has(unifyLetters(word)) || singularFromTable(word) !== undefined
}

/** Stem of a word without proclitics, never shorter than two letters. */
function stemBare(rest: string): string {
  const stem = stripVerbPrefix(stemSuffixes(rest))
  return stem.length >= MIN_STEM ? stem : rest
}

/** The imperfect prefix is removed unless the stem is a known one (يمن, تركي). */
function stripVerbPrefix(stem: string): string {
  return knownStems.has(unifyLetters(stem)) ? stem : stripImperfectPrefix(stem)
}

/** Remove suffixes from a word without proclitics. */
export function stemSuffixes(s: string): string {
  if (protectedWords.has(unifyLetters(s))) return s
  const plural = singularFromTable(s)
  if (plural !== undefined) return stripInflection(plural)
  let x = s
  const pronoun = pronounLength(x)
  if (pronoun > 0) {
    x = restoreTehMarbuta(x.slice(0, x.length - pronoun))
    const singular = singularFromTable(x)
    if (singular !== undefined) return stripInflection(singular)
  }
  x = stripInflection(x)
  return singularFromTemplate(x) ?? x
}

function stripInflection(s: string): string {
  const k = inflectionLength(s)
  return k > 0 ? s.slice(0, s.length - k) : s
}

/** The listed words and their suffix-stripped stems, in unified spelling. */
const knownStems: ReadonlySet<string> = new Set(
  [...initialLetterStems].flatMap((w) => [w, unifyLetters(stemSuffixes(w))]),
)
