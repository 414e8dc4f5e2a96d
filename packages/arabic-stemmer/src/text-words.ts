// Words of the text at hand, as evidence beside the news lexicon. The lexicon was built from 2015
// news, so a newer name behind a preposition (لزيلينسكي, بباخموت) has neither its form nor its
// remainder attested, and keeps the letter. In a collection of articles the bare name usually occurs
// too; `withTextWords` makes those words count while a computation over the collection runs.
// The scope is synchronous and process-wide (the NLP packages are synchronous): every stemmer,
// wherever it was created, sees it, and stemmer caches are dropped when it opens and closes.
import { searchForm } from "./normalize-word.js"

let words: ReadonlySet<string> | undefined
let epoch = 0

/** True when the word (any spelling of alef forms and ى) is one of the text words in scope. */
export function seenInText(word: string): boolean {
  return words !== undefined && words.has(searchForm(word))
}

/** Changes whenever the text words change: a cached stem is only valid in the epoch it was made in. */
export function textWordsEpoch(): number {
  return epoch
}

/**
 * Runs `run` with `forms` (the word forms of the text at hand, raw or normalised) counted as seen:
 * a single proclitic letter before a word that is in neither the news lexicon nor the stemmer's
 * lists is taken for a clitic when that word occurs in the text on its own (لزيلينسكي → زيلينسكي
 * when زيلينسكي occurs). Scopes nest; the inner one adds to the outer.
 */
export function withTextWords<T>(forms: Iterable<string>, run: () => T): T {
  const saved = words
  const scope = new Set(saved)
  for (const form of forms) if (form.length > 0) scope.add(searchForm(form))
  words = scope
  epoch++
  try {
    return run()
  } finally {
    words = saved
    epoch++
  }
}
