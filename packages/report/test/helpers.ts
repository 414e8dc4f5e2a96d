/** Test helpers: hostile variants of the fixture and text normalisation for PDF read-back. */
import type { Briefing } from "@mawjaz/briefing"

export const SCRIPT = "<script>alert('x')</script>"
export const IMG = "<img src=http://127.0.0.1:1/x.png>"

/** The fixture with untrusted markup planted in every field an article's text reaches. Plain objects: the renderer
 *  reads the model structurally, exactly as a decoded briefing. */
export function hostile(b: Briefing): Briefing {
  const [first, ...rest] = b.articles
  const a = {
    ...first!,
    title: `عنوان ${SCRIPT}`,
    source: IMG,
    keywords: [SCRIPT, ...first!.keywords],
    summary: [{ ...first!.summary[0]!, text: `جملة فيها صورة ${IMG} ونص` }, ...first!.summary.slice(1)],
    removed: [{ kind: "caption" as const, line: 9, text: `${IMG} تعليق` }]
  }
  return {
    ...b,
    articles: [a, ...rest],
    terms: [{ ...b.terms[0]!, term: SCRIPT }, ...b.terms.slice(1)],
    stories: b.stories.map((s, i) => (i === 0 ? { ...s, label: `قصة ${IMG}` } : s)),
    entities: [{ ...b.entities[0]!, name: IMG }, ...b.entities.slice(1)],
    skipped: [...b.skipped, { path: `x${SCRIPT}.txt`, reason: IMG }]
  } as unknown as Briefing
}

/** Drops bidi controls and joins whitespace, so text read back from a PDF compares with the source. */
export function plain(text: string): string {
  return text.replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069\u061c]/g, "").replace(/\s+/g, " ").trim()
}

/** Element ids in the order they appear in the HTML. */
export function idsInOrder(html: string, ids: readonly string[]): number[] {
  return ids.map((id) => html.indexOf(`id="${id}"`))
}

/** Letters and digits only, in order: pdftotext moves spaces, punctuation and diacritics around in RTL lines,
 *  but the letters of each word and the order of words must survive. */
export function squash(text: string): string {
  return text.normalize("NFC").replace(/[\s\p{P}\p{S}\p{Mn}\p{Cf}]/gu, "")
}
