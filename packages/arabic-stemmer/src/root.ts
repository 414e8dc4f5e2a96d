// Root extraction in the manner of Khoja & Garside (1999): take the light stem, then match it
// against the common derivational templates (ف ع ل mark the root letters) and read the root
// off the matching template. Templates with more fixed letters are tried first; a stem of
// three letters is its own root; a four-letter stem with a long vowel loses the vowel.
import { stemArabic, isArabicWord } from "./stemmer.js"
import { normalizeWord, unifyLetters } from "./normalize-word.js"

const F = 0x0641 // ف
const AIN = 0x0639 // ع
const L = 0x0644 // ل

const TEMPLATES = [
  "استفعال", "مستفعل", "متفاعل", "انفعال", "افتعال", "مفاعيل", "تفاعيل", "مفتعل", "منفعل", "متفعل",
  "تفاعل", "تفعيل", "مفاعل", "مفعول", "مفعال", "فواعل", "فعائل", "فعاليل", "افعال", "فعلاء", "فعلان",
  "استفعل", "انفعل", "افتعل", "تفعل", "يفعل", "نفعل", "افعل", "مفعل", "فاعل", "فعيل", "فعال", "فعول",
  "فعلي", "تفعل",
].map((t) => unifyLetters(t))
  .sort((a, b) => fixedLetters(b) - fixedLetters(a))

function fixedLetters(template: string): number {
  let n = 0
  for (let i = 0; i < template.length; i++) if (!isRootSlot(template.charCodeAt(i))) n++
  return n
}

function isRootSlot(c: number): boolean {
  return c === F || c === AIN || c === L
}

/** The root read off `template` if `stem` fits it, else undefined. */
function matchTemplate(stem: string, template: string): string | undefined {
  if (stem.length !== template.length) return undefined
  let root = ""
  for (let i = 0; i < stem.length; i++) {
    const t = template.charCodeAt(i)
    if (isRootSlot(t)) root += stem[i]
    else if (t !== stem.charCodeAt(i)) return undefined
  }
  return root
}

const LONG_VOWELS = new Set(["\u0627", "\u0648", "\u064a"])

/** The root of a light stem (normal form). */
export function rootOfStem(stem: string): string {
  if (stem.length <= 3) return stem
  for (const template of TEMPLATES) {
    const root = matchTemplate(stem, template)
    if (root !== undefined) return root
  }
  if (stem.length === 4) {
    for (let i = 1; i < 3; i++) {
      if (LONG_VOWELS.has(stem[i]!)) return stem.slice(0, i) + stem.slice(i + 1)
    }
  }
  return stem
}

/** Root of a raw word; non-Arabic input comes back normalised. */
export function rootUncached(word: string): string {
  const s = normalizeWord(word)
  if (!isArabicWord(s)) return unifyLetters(s)
  return rootOfStem(unifyLetters(stemArabic(s)))
}
