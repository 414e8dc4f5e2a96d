/** The report's own words (headings, captions) in Arabic or English; article text is never translated. */
import ar from "../locales/ar.json" with { type: "json" }
import en from "../locales/en.json" with { type: "json" }
import type { Locale } from "./format.js"

export type Labels = typeof ar

const dictionaries: Record<Locale, Labels> = { ar, en }

export function labelsFor(locale: Locale): Labels {
  return dictionaries[locale] ?? ar
}
