// Suffixes: one enclitic pronoun, then one inflectional ending. Each rule carries a guard on
// the letters that must remain and on the shape of the word, so that names and nouns whose
// last letters merely look like a suffix (اتجاه, تعيين, قانون, كويت …) keep them.
import {
  ALEF, ALEF_HAMZA_ABOVE, ALEF_MAKSURA, HEH, JEEM, KAF, MEEM, NOON, TEH, TEH_MARBUTA, WAW, YEH, isAlef,
} from "./chars.js"

const c = (s: string, i: number): number => s.charCodeAt(i)

/** Letters of an enclitic pronoun ending `s` that may be removed, or 0. */
export function pronounLength(s: string): number {
  const n = s.length
  const last = c(s, n - 1)
  const prev = c(s, n - 2)
  if (last === ALEF && prev === MEEM) {
    // هما كما
    const p = c(s, n - 3)
    if (p === HEH && n - 3 >= 3) return 3
    if (p === KAF && n - 3 >= 4) return 3
    return 0
  }
  if (last === MEEM || last === NOON) {
    // هم هن كم كن
    if (prev === HEH && n - 2 >= 3) return 2
    if (prev === KAF && n - 2 >= 4) return 2
    return 0
  }
  if (last === ALEF) {
    // ها نا; not نا after a long vowel, which is a tanwin ا on -ان -ون -ين (بيانا, قانونا)
    if (prev === HEH && n - 2 >= 3) return 2
    if (prev === NOON && n - 2 >= 3 && !isLongVowelCode(c(s, n - 3))) return 2
    return 0
  }
  if (last === HEH) {
    // ه: not after ا (اتجاه, مياه), and after ي only when four letters remain (نزيه, توجيه)
    if (n - 1 < 3 || isAlef(prev) || isWajh(s)) return 0
    if (prev === YEH && (n - 1 < 4 || isTafeelShape(s))) return 0
    return 1
  }
  return 0
}

function isLongVowelCode(x: number): boolean {
  return isAlef(x) || x === WAW || x === YEH
}

/** ـوجه, ـواجه: the root و ج ه (توجه, يواجه), whose ه is no pronoun. */
function isWajh(s: string): boolean {
  const n = s.length
  if (c(s, n - 2) !== JEEM) return false
  const p = c(s, n - 3)
  return p === WAW || (isAlef(p) && c(s, n - 4) === WAW)
}

/** تفعيل: five letters, ت first, ي fourth (تعيين, توجيه, تصويت, تدشين). */
export function isTafeelShape(s: string): boolean {
  return s.length === 5 && c(s, 0) === TEH && c(s, 3) === YEH
}

/** After a pronoun is removed, a final ت is a teh marbuta (حكومتها → حكومة) unless it ends ات. */
export function restoreTehMarbuta(s: string): string {
  const n = s.length
  if (c(s, n - 1) !== TEH || isAlef(c(s, n - 2))) return s
  return s.slice(0, n - 1) + "\u0629"
}

/** Letters of one inflectional ending that may be removed (ات ون ين وا ان تين ة ت ا …), or 0. */
export function inflectionLength(s: string): number {
  const n = s.length
  const last = c(s, n - 1)
  const prev = c(s, n - 2)
  if (last === TEH_MARBUTA) return n - 1 >= 2 ? 1 : 0
  if (last === NOON) return nounEndingLength(s, prev)
  if (last === TEH) {
    if (isAlef(prev)) return n - 2 >= 3 && !isAfaalShape(s) ? 2 : 0 // ات
    // past-tense ت (قالت, أعلنت); not after و or ي (بيروت, كويت, تصويت)
    if (prev === WAW || prev === YEH || n - 1 < 3) return 0
    return 1
  }
  if (last === ALEF) {
    if (prev === WAW && n - 2 >= 3) return 2 // وا
    if (prev === ALEF || n - 1 < 3) return 0
    return 1 // tanwin alef (كثيرا), dual verb (قاما), country -يا → -ي (سوريا)
  }
  if (last === YEH && prev === YEH && n - 1 >= 4) return 1 // construct plural of a nisba (فلسطينيي)
  if (last === YEH && prev === TEH && n - 2 >= 3 && !isLongVowelCode(c(s, n - 3))) {
    return 2 // تي: dual construct or "my" on a ة noun (منطقتي → منطق); not كويتي, ذاتي
  }
  if (last === ALEF_MAKSURA && n === 4 && !startsLikeVerb(c(s, 0))) return 1 // فعلى (كبرى, ذكرى)
  return 0
}

/** أ ي ت ن: an elative (أدنى) or an imperfect verb (يبقى), not a فعلى feminine. */
function startsLikeVerb(c0: number): boolean {
  return isAlef(c0) || c0 === YEH || c0 === TEH || c0 === NOON
}

function nounEndingLength(s: string, prev: number): number {
  const n = s.length
  if (prev === WAW) {
    // ون; not فاعول (قانون, كانون) nor after ا (تعاون, تهاون)
    if (n - 2 < 3 || (n === 5 && isAlef(c(s, 1))) || isAlef(c(s, n - 3))) return 0
    return 2
  }
  if (prev === YEH) {
    // ين, تين (dual feminine → ة); not تفعيل (تعيين, تدشين)
    if (n - 2 < 3 || isTafeelShape(s)) return 0
    if (c(s, n - 3) === TEH && n - 3 >= 2) return 3
    return 2
  }
  if (isAlef(prev)) {
    // تان (dual feminine); other duals only when four letters remain (فعلان nouns keep ان)
    if (c(s, n - 3) === TEH && n - 3 >= 2) return 3
    if (n - 2 >= 4 && !endsWithStan(s)) return 2
  }
  return 0
}

function endsWithStan(s: string): boolean {
  const n = s.length
  return n >= 5 && c(s, n - 4) === 0x0633 && c(s, n - 3) === TEH
}

/** أفعال with a written hamza and a final ت (أصوات, أوقات): the ت is the root's. */
function isAfaalShape(s: string): boolean {
  return s.length === 5 && c(s, 0) === ALEF_HAMZA_ABOVE && isAlef(c(s, 3))
}


/** Whether the last `k` letters of `s` (an ending found by inflectionLength) only end nouns. */
export function isNominalEnding(s: string, k: number): boolean {
  const last = c(s, s.length - 1)
  if (last === TEH_MARBUTA || last === ALEF_MAKSURA) return true
  if (last === YEH) return k === 2 // تي
  if (last === TEH) return k === 2 // ات
  if (last === NOON) return k === 3 // تين تان
  return last === ALEF && k === 1 && c(s, s.length - 2) !== WAW // tanwin ا (not وا)
}
