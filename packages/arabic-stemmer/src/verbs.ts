// Verb prefixes: the imperfect ي/ت is removed so that يطلب, تطلب and طلب share a stem,
// and a hollow verb's imperfect vowel is read as the past one (يقول → قول → قال, تكون → كان).
// ت is removed only from four-letter stems or before a second ت (تتوقع → توقع): longer
// ت-words are mostly verbal nouns and Form V/VI verbs (تقرير, تعاون, توقع), whose ت is their own.
// ن and أ (first person) are left alone: rare in news and ambiguous with nouns (نظام, أمير).
import { ALEF, TEH, WAW, YEH } from "./chars.js"

/** The stem without an imperfect prefix, or the stem itself. */
export function stripImperfectPrefix(x: string): string {
  const n = x.length
  const c0 = x.charCodeAt(0)
  const c1 = x.charCodeAt(1)
  if (c1 === ALEF) return x // ياسر, تاجر: a bare ا never follows the prefix
  if (c0 === YEH && n >= 4) return hollowToPast(x.slice(1))
  if (c0 === TEH && c1 !== WAW && (n === 4 || c1 === TEH)) return hollowToPast(x.slice(1))
  return x
}

/** قول → قال, زيد → زاد: a three-letter imperfect stem with a long middle vowel. */
function hollowToPast(y: string): string {
  if (y.length !== 3) return y
  const mid = y.charCodeAt(1)
  return mid === WAW || mid === YEH ? `${y[0]}\u0627${y[2]}` : y
}
