// Verb prefixes: the imperfect ي/ت is removed so that يطلب, تطلب and طلب share a stem.
// After ي a hollow verb's imperfect is read as its past: a middle و as Form I (يقول → قال),
// a middle ي as Form IV, the common case in news (يشير → أشار, يضيف → أضاف, يريد → أراد).
// ت is removed only from four-letter sound stems or before a second ت (تتوقع → توقع): longer
// ت-words are mostly verbal nouns and Form V/VI verbs (تقرير, تعاون, توقع), and four-letter
// ones with a middle و/ي are as often Form V (تطور, تغير) as hollow imperfects (تقول), so only
// a short list of common hollow verbs is read through ت (تكون → كان, تقول → قال).
// ن and أ (first person) are left alone: rare in news and ambiguous with nouns (نظام, أمير).
import hollowVerbs from "../data/hollow-verbs.json" with { type: "json" }
import { ALEF, TEH, WAW, YEH } from "./chars.js"

/** The stem without an imperfect prefix, or the stem itself. */
export function stripImperfectPrefix(x: string): string {
  const n = x.length
  const c0 = x.charCodeAt(0)
  const c1 = x.charCodeAt(1)
  if (c1 === ALEF) return x // ياسر, تاجر: a bare ا never follows the prefix
  if (c0 === YEH && n >= 4) return hollowToPast(x.slice(1))
  if (isHollowImperfect(x)) return hollowToPast(x.slice(1))
  if (c0 === TEH && c1 === TEH && n >= 5) return x.slice(1)
  if (c0 === TEH && n === 4 && c1 !== WAW && !isLongVowel(x.charCodeAt(2))) return x.slice(1)
  return x
}

/** A listed hollow verb's ت-imperfect (تكون, تقول, تعود). */
export function isHollowImperfect(x: string): boolean {
  return x.length === 4 && x.charCodeAt(0) === TEH && HOLLOW_WITH_TEH.has(x.slice(1))
}

function isLongVowel(c: number): boolean {
  return c === WAW || c === YEH || c === ALEF
}

/**
 * Common hollow verbs whose ت-imperfect (تكون, تقول) is read as the past like the ي one: for
 * these the ت C و C shape is not a Form V verb (as تطور, تحول, تصور are).
 */
const HOLLOW_WITH_TEH: ReadonlySet<string> = new Set(hollowVerbs.stems)

/** قول → قال, شير → اشار: a three-letter imperfect stem with a long middle vowel. */
function hollowToPast(y: string): string {
  if (y.length !== 3) return y
  const mid = y.charCodeAt(1)
  if (mid === WAW) return `${y[0]}\u0627${y[2]}`
  if (mid === YEH) return `\u0627${y[0]}\u0627${y[2]}`
  return y
}
