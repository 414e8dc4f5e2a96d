// The light stemmer: normalise → proclitics → (protected word?) → broken-plural table →
// enclitic pronoun → inflectional ending → broken-plural template → imperfect verb prefix.
// See README.md for the algorithm and its references.
import { singularFromTable, singularFromTemplate } from "./broken-plurals.js"
import { ALEF, ALEF_HAMZA_ABOVE, ALEF_HAMZA_BELOW, ALEF_MADDA, FEH, LAM, NOON, SEEN, TEH, WAW, YEH, isArabicLetter } from "./chars.js"
import { isAttested } from "./attested-words.js"
import { gSpellings, initialLetterStems, keptWhole } from "./lexicon.js"
import { WordSet } from "./word-set.js"
import { normalizeWord, unifyCode, unifyLetters } from "./normalize-word.js"
import { articleLength, letterProcliticKind } from "./proclitics.js"
import { inflectionLength, isNominalEnding, pronounLength, restoreTehMarbuta } from "./suffixes.js"
import { seenInText } from "./text-words.js"
import { isHollowImperfect, stripImperfectPrefix } from "./verbs.js"

const MIN_STEM = 2

/** Stem one word (raw or already normalised). Uncached; see `createStemmer` for the cached form. */
export function stemUncached(word: string): string {
  const s = normalizeWord(word)
  if (!isArabicWord(s)) return unifyLetters(s)
  const stem = unifyLetters(stemArabic(s))
  return gSpellings.get(stem) ?? stem
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
  if (s.length <= MIN_STEM) return s
  if (keptWhole.has(s)) return s
  if (isConjunction(s.charCodeAt(0)) && keptWhole.has(s.slice(1))) return s.slice(1) // والتي
  const article = articleLength(s)
  if (article === 0 || ownAlefLam(s, article) || (article > 2 && !articleAttested(s, article)))
    return stemAfterLetters(s, true)
  // لل before a name starting with ل (للوكاشينكو, لليفربول) is the preposition alone
  if (article === 2 && s.charCodeAt(0) === LAM && isAttested(s.slice(1)) && !isAttested(s.slice(2)))
    return stemAfterLetters(s, false)
  if (article > 2 || s.charCodeAt(0) === LAM) {
    // وكال, وال, لل … may be the first letters of a listed stem (وكالة, والدة), and لل may be
    // the preposition ل before one (للحظة, لليل)
    const whole = stemBare(s)
    if (knownStems.has(whole)) return whole
    if (s.charCodeAt(article - 2) === LAM) {
      const afterPreposition = stemBare(s.slice(article - 1), NOUN)
      if (knownStems.has(afterPreposition)) return afterPreposition
    }
  }
  return stemBare(s.slice(article), NOUN)
}

/**
 * A compound article group (وال فال بال كال) is one unless the word is seen in news and its form
 * with the bare article is not (فالنسيا, والتر are names); the bare ال and لل are taken as articles.
 */
function articleAttested(s: string, article: number): boolean {
  if (s.charCodeAt(article - 2) !== ALEF) return true
  // a word seen in news whose form with the bare article never is, is a name (فالنسيا: النسيا is no word);
  // on a word never seen, the group is the article's, as on the bare article (بالفتق, like الفتق)
  return !isAttested(s) || isAttested(s.slice(article - 2))
}

// What the removed affixes say about the word: after an article, a preposition or a nominal
// ending (ة ات, tanwin ا) it is a noun, and its initial ي/ت is no verb prefix (التطور, تطورات).
const ANY = 0
const NOUN = 1
type WordClass = typeof ANY | typeof NOUN

/**
 * Single-letter proclitics (و ف, then ب ك ل or future س). A letter is removed unless the
 * word is listed, or its stem with the letter kept is a listed stem (وزارة → وزار).
 */
function stemAfterLetters(s: string, conjunctionAllowed: boolean): string {
  const kind = letterProcliticKind(s, conjunctionAllowed)
  if (kind === 0 || isListed(s)) return stemBare(s)
  const rest = s.slice(1)
  if (kind === 1 && keptWhole.has(rest)) return rest // وفي, فإن, وواشنطن
  const inner = kind === 1 ? stemAfterLetters(rest, false) : stemBare(rest, isFuture(s) || s.charCodeAt(0) === LAM ? ANY : NOUN)
  // A listed word after the letter wins over a listed stem that would keep it (لغزة is ل + غزة, not لغز + ة).
  const restListed = isListed(rest)
  // the letter belongs to a listed stem (وزارة); never so for the future س (سيكون is not سكان), nor when
  // another proclitic stood between them (وبصفته: و and صفة are not وصف)
  if (!isFuture(s) && !restListed && unifyCode(rest.charCodeAt(0)) === unifyCode(inner.charCodeAt(0)) && knownStems.has(s[0] + inner))
    return stemBare(s)
  const whole = stemBare(s)
  if (!restListed && (knownStems.has(whole) || keptWhole.has(whole))) return whole // بعده → بعد
  return procliticAttested(s, inner) && !firstLetterOwn(s) ? inner : whole
}

/**
 * A single proclitic letter is only a clitic when what follows it is a word seen in news
 * (بشكل → شكل, وكوريا → كوريا), or its stem is (وبصواريخهم); a transliterated name is not
 * (بيسكوف, فوستوك). The future س also needs the verb itself attested, or its ت form
 * (سيقول → قال, ستقول), since its ي-imperfect may be a name's letters too.
 */
function procliticAttested(s: string, inner: string): boolean {
  const rest = s.slice(1)
  if (isFuture(s)) return isAttested(rest) && (isAttested(`\u0633\u062a${rest.slice(1)}`) || isAttested(inner))
  const wholeAttested = isAttested(s)
  // before ال the letter is a clitic, unless the word is seen in news and the rest never is (فالنسيا)
  if (unifyCode(rest.charCodeAt(0)) === ALEF && rest.charCodeAt(1) === LAM) return !wholeAttested || isAttested(rest)
  // و is far more often the conjunction on a rare word than a name's first letter
  if (s.charCodeAt(0) === WAW && !wholeAttested) return true
  if (isAttested(rest)) return true
  // A word seen in news whose remainder never is, is a word of its own (فلوريدا, فيتنامية: لوريدا and
  // يتنامية are not words, though their stems are); the stem may justify the clitic only on a rare word.
  if (wholeAttested) return isListed(inner)
  // a new word: its remainder may stand alone in the text at hand (لزيلينسكي where زيلينسكي occurs)
  return isAttested(inner) || isAttested(`${inner}\u0629`) || isListed(inner) || seenInText(rest)
}

/**
 * A word seen in news after the article (الوفد, الفنان, الالتزام) is a noun of its own: proclitics
 * come before the article, never after it, so its first letters (و ف ب ك ل, a ت that looks like a verb prefix, ال)
 * are the word's.
 */
function takesArticle(word: string): boolean {
  return isAttested(`\u0627\u0644${word}`)
}

/**
 * The first letter of a word that takes the article belongs to it (الوفد: وفد is no و + فد), unless a
 * written hamza follows it: وأعد is و + أعد, though الواعد ("the promising") is a word.
 */
function firstLetterOwn(s: string): boolean {
  return !isHamzatedAlef(s.charCodeAt(1)) && takesArticle(s) && !takesArticle(s.slice(1))
}

/**
 * The ال of an افتعال verbal noun of a root beginning with ل (التزام, التقاء, التحاق) is the word's
 * own, not the article: the word itself takes the article (الالتزام, بالتزام). Other الا… words stay
 * ambiguous in news spelling, which drops hamzas: السنة may be ال + سنة or ألسنة, so they keep the
 * article reading.
 */
function ownAlefLam(s: string, article: number): boolean {
  const start = article - 2
  return s.charCodeAt(start) === ALEF && s.charCodeAt(start + 2) === TEH && takesArticle(s.slice(start))
}

function isHamzatedAlef(c: number): boolean {
  return c === ALEF_HAMZA_ABOVE || c === ALEF_HAMZA_BELOW || c === ALEF_MADDA
}

function isConjunction(c: number): boolean {
  return c === WAW || c === FEH
}

function isFuture(s: string): boolean {
  return s.charCodeAt(0) === SEEN
}

function isListed(word: string): boolean {
  return knownStems.has(word) || singularFromTable(word) !== undefined
}

/** Stem of a word without proclitics, never shorter than two letters. */
function stemBare(rest: string, wordClass: WordClass = ANY): string {
  if (keptWhole.has(rest)) return rest
  suffixSaysNoun = false
  const bare = stripSuffixes(rest)
  const stem = wordClass === NOUN || suffixSaysNoun ? bare : stripVerbPrefix(bare)
  return stem.length >= MIN_STEM ? stem : rest
}

/** Set when the word showed itself a noun: a nominal ending (ة ات تين, tanwin ا) or a plural. */
let suffixSaysNoun = false

/**
 * The imperfect prefix is removed unless the stem is a known one (يمن, تركي) or the word shows
 * no other verb form in news: a future (سيطلب), a plural (يطلبون, يطلبوا), or the ي form of a
 * ت-imperfect and the ت form of a ي one.
 * Names that begin with ي or ت (يوكو) have none.
 */
function stripVerbPrefix(stem: string): string {
  const c0 = stem.charCodeAt(0)
  if (c0 !== YEH && c0 !== TEH) return stem
  if (knownStems.has(stem)) return stem
  const past = stripImperfectPrefix(stem)
  return past !== stem && hasOtherVerbForm(stem) && !isVerbalNoun(stem) ? past : stem
}

/**
 * A ت-word that takes the article is a verbal noun, or the Form V/VI past that shares its spelling
 * (التحدث: تحدث, تحدثت; التعاون): its ت is no imperfect prefix. Hollow imperfects read through ت
 * (تعود, تكون) stay verbs; ي-words are left to the verb-form test (اليسير and الينوي, Illinois, are
 * no evidence against يسير and ينوي as verbs).
 */
function isVerbalNoun(stem: string): boolean {
  return stem.charCodeAt(0) === TEH && !isHollowImperfect(stem) && takesArticle(stem)
}

function hasOtherVerbForm(y: string): boolean {
  if (isAttested(`\u0633${y}`) || isAttested(`${y}\u0648\u0646`) || isAttested(`${y}\u0648\u0627`)) return true
  const rest = y.slice(1)
  if (y.charCodeAt(0) === TEH) return isAttested(`\u064a${rest}`)
  // the ت form (يتعلق, تتعلق); not before و, where ي و… starts many names and ت و… nisbas
  return rest.charCodeAt(0) !== WAW && isAttested(`\u062a${rest}`)
}

/** Remove suffixes from a word without proclitics. */
export function stemSuffixes(s: string): string {
  return keptWhole.has(s) ? s : stripSuffixes(s)
}

/** Remove suffixes from a word without proclitics that is not kept whole. */
function stripSuffixes(s: string): string {
  const plural = singularFromTable(s)
  if (plural !== undefined) return stemSingular(plural)
  let x = s
  const pronoun = pronounLength(x)
  if (pronoun > 0 && remainderAttested(x.slice(0, x.length - pronoun))) {
    x = restoreTeh(x.slice(0, x.length - pronoun))
    if (keptWhole.has(x)) return x // برلمانها
    const singular = singularFromTable(x)
    if (singular !== undefined) return stemSingular(singular)
  }
  const early = singularFromTemplate(x) // قضايا before its final ا is taken for tanwin
  if (early !== undefined) return early
  const inflected = x
  x = stripInflection(x)
  if (x.length === inflected.length - 1 && inflected.charCodeAt(x.length) === ALEF) {
    const singular = singularFromTable(x) // جنودا → جنود → جندي
    if (singular !== undefined) return stemSingular(singular)
  }
  return singularFromTemplate(x) ?? x
}

/** A singular from the plural table (a noun): its inflection goes unless it is protected (مليون). */
function stemSingular(s: string): string {
  suffixSaysNoun = true
  return keptWhole.has(s) ? s : stripInflection(s)
}

function stripInflection(s: string): string {
  const k = inflectionLength(s)
  if (k === 0 || (isAmbiguousEnding(s, k) && !endingRemainderAttested(s, k))) return s
  if (isNominalEnding(s, k)) suffixSaysNoun = true
  return s.slice(0, s.length - k)
}

/** حكومت → حكومة, but وقت stays وقت: the ت is kept when only the ت spelling is attested. */
function restoreTeh(x: string): string {
  const restored = restoreTehMarbuta(x)
  if (restored === x || isAttested(restored)) return restored
  return isAttested(x) ? x : restored
}

/**
 * Endings that also end names and foreign words (ا وا ان ون ين تان تين, past ت): removed only when
 * what remains is attested. ة, ات, تين and the nisba endings are unambiguous.
 */
function isAmbiguousEnding(s: string, k: number): boolean {
  const last = s.charCodeAt(s.length - 1)
  if (last === ALEF) return true
  if (last === TEH) return k === 1
  return last === NOON // ان ون ين, and تان تين (بوتان)
}

/** A dual feminine تان/تين stands for ة: its remainder must be a ة-noun (بوتان is none). */
function endingRemainderAttested(s: string, k: number): boolean {
  const rest = s.slice(0, s.length - k)
  // ون وا after an imperfect prefix are a verb's plural (يعانون, تنتمون)
  if (k === 2 && isImperfectStart(s.charCodeAt(0)) && s.charCodeAt(s.length - 2) === WAW) return true
  return k === 3 ? isAttested(`${rest}\u0629`) : remainderAttested(rest)
}

function isImperfectStart(c: number): boolean {
  return c === YEH || c === TEH
}

/** What remains after a suffix is a word in news, or a ة-noun's stem (حكومت → حكومة), or listed. */
function remainderAttested(x: string): boolean {
  if (isAttested(x) || initialLetterStems.has(x) || keptWhole.has(x) || singularFromTable(x) !== undefined) return true
  const last = x.charCodeAt(x.length - 1)
  return isAttested(last === TEH ? `${x.slice(0, -1)}\u0629` : `${x}\u0629`)
}

/** The listed words and their suffix-stripped stems, in unified spelling. */
const knownStems = new WordSet(
  [...initialLetterStems].flatMap((w) => [w, unifyLetters(stemSuffixes(w))]),
)
