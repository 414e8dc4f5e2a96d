// Word lists the stemmer consults, loaded once from data/. Keys are in the unified normal
// form (alef forms → ا, ى → ي); broken plurals also keep their spelled form, so that a
// written hamza can veto a match (إعداد is not the plural أعداد).
import brokenPluralTable from "../data/broken-plurals.json" with { type: "json" }
import functionWordTable from "../data/function-words.json" with { type: "json" }
import protectedTable from "../data/protected-stems.json" with { type: "json" }
import { normalizeWord, unifyLetters } from "./normalize-word.js"
import { WordMap, WordSet } from "./word-set.js"

function canonical(word: string): string {
  return unifyLetters(normalizeWord(word))
}

/** Function words (في, التي, فيها, عندما …), kept whole. */
export const functionWords = new WordSet(functionWordTable.words.map(canonical))

/**
 * A foreign "g" is written غ in the Levant and the Gulf and ج in Egypt (بيونغ / بيونج,
 * أردوغان / أردوجان): a listed name spelled with غ also protects its ج spelling.
 */
function withGVariants(names: readonly string[]): string[] {
  return names.flatMap((name) => (name.includes("غ") ? [name, egyptianSpelling(name)] : [name]))
}

function egyptianSpelling(name: string): string {
  return name.replaceAll("غ", "ج")
}

const protectedNames = withGVariants(protectedTable.names)

/**
 * The غ spelling of a listed name by its ج spelling, both unified (بيونج → بيونغ, اردوجان → اردوغان): the
 * stem is the listed spelling, so the two spellings of one name count as one word. Only listed names are
 * mapped: in Arabic words غ and ج are different letters (غرب، جرب).
 */
export const gSpellings = new WordMap<string>(
  protectedTable.names
    .filter((name) => name.includes("غ"))
    .map((name) => [canonical(egyptianSpelling(name)), canonical(name)] as const),
)

/** Words kept whole once proclitics are gone: names and words a suffix rule would damage. */
export const protectedWords = new WordSet(protectedNames.map(canonical))

/** Function words and protected words: every word the stemmer returns as it is. */
export const keptWhole = new WordSet([...functionWords, ...protectedWords])

/** Stems whose first letter looks like a clitic or verb prefix but belongs to the stem. */
export const initialLetterStems = new WordSet(
  [...protectedNames, ...protectedTable.stems].map(canonical),
)

export interface PluralEntry {
  /** The plural as spelled in the table (hamzas and ى kept). */
  plural: string
  /** Its singular, spelled likewise. */
  singular: string
}

/** Broken plurals (and a few irregular forms) by unified spelling. */
export const brokenPlurals = new WordMap<PluralEntry>(
  Object.entries(brokenPluralTable as Record<string, string>).map(([plural, singular]) => [
    canonical(plural),
    { plural: normalizeWord(plural), singular: normalizeWord(singular) },
  ]),
)
