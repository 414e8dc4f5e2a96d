// Put clitics back on PADT's clitic-split forms the way news text writes them, so that the
// conflation score also measures clitic handling: و/ف + word, ب/ل + noun (ال + ل → لل),
// س + imperfect verb, and a pronoun suffix (ة → ت before it). Each variant keeps its lemma.
import type { LemmaForm } from "./data.js"

const startsWithArticle = (w: string) => w.startsWith("ال") && w.length > 3

function withPronoun(w: string, pronoun: string): string | undefined {
  if (w.endsWith("ا") || w.endsWith("ى") || w.endsWith("اء")) return undefined
  if (w.endsWith("ة")) return `${w.slice(0, -1)}ت${pronoun}`
  return w + pronoun
}

function nounVariants(w: string): string[] {
  if (startsWithArticle(w)) return [`و${w}`, `ب${w}`, `لل${w.slice(2)}`, `وبال${w.slice(2)}`]
  return [`و${w}`, `ب${w}`, `ل${w}`, withPronoun(w, "ها"), withPronoun(w, "هم")].filter(
    (v): v is string => v !== undefined,
  )
}

function verbVariants(w: string): string[] {
  const out = [`و${w}`, `ف${w}`]
  if (/^[يتنأ]/.test(w)) out.push(`س${w}`, `وس${w}`)
  const object = w.endsWith("وا") ? `${w.slice(0, -1)}ه` : withPronoun(w, "ه")
  if (object !== undefined) out.push(object)
  return out
}

export function recliticise(items: readonly LemmaForm[]): LemmaForm[] {
  const out: LemmaForm[] = [...items]
  for (const item of items) {
    const variants = item.upos === "VERB" ? verbVariants(item.form) : nounVariants(item.form)
    for (const form of variants) out.push({ ...item, form })
  }
  return out
}
