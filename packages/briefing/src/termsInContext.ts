/**
 * Keyword-in-context lines, as corpus tools such as AntConc and Voyant show them:
 * each occurrence of a term (matched by stem) with a few words either side.
 */
import { tokenize } from "@mawjaz/arabic-text"
import { stem } from "@mawjaz/arabic-stemmer"
import { ContextLine, TermInContext } from "./Briefing.js"

export interface ContextDoc {
  readonly id: string
  readonly text: string
}

/** Context either side of the match, in characters, cut back to a word boundary. */
const WIDTH = 60

const cutLeft = (s: string): string => {
  if (s.length <= WIDTH) return s.replace(/^\s+/, "")
  const cut = s.slice(s.length - WIDTH)
  const space = cut.search(/\s/)
  return "… " + (space >= 0 ? cut.slice(space + 1) : cut)
}

const cutRight = (s: string): string => {
  if (s.length <= WIDTH) return s.replace(/\s+$/, "")
  const cut = s.slice(0, WIDTH)
  const space = cut.lastIndexOf(" ")
  return (space > 0 ? cut.slice(0, space) : cut) + " …"
}

/**
 * For each term (by stem), up to `perTerm` lines, taken from as many different articles as possible
 * so that the lines show the term's range of use rather than one article's repetition.
 */
export const termsInContext = (
  docs: ReadonlyArray<ContextDoc>,
  terms: ReadonlyArray<{ readonly term: string; readonly stem: string }>,
  perTerm = 3
): Array<TermInContext> => {
  const wanted = new Map(terms.map((t) => [t.stem, { lines: [] as Array<ContextLine>, docs: new Set<string>() }]))
  // Once every term has its lines the rest of the corpus cannot change them: stop reading.
  let open = wanted.size
  for (const doc of docs) {
    if (open === 0) break
    for (const token of tokenize(doc.text)) {
      if (token.kind !== "arabic" && token.kind !== "latin") continue
      const slot = wanted.get(stem(token.norm))
      if (!slot || slot.lines.length >= perTerm || slot.docs.has(doc.id)) continue
      slot.docs.add(doc.id)
      // A line break ends the context: the neighbouring paragraph is another statement.
      const from = doc.text.lastIndexOf("\n", token.start) + 1
      const lineEnd = doc.text.indexOf("\n", token.end)
      const to = lineEnd < 0 ? doc.text.length : lineEnd
      slot.lines.push(
        new ContextLine({
          article: doc.id,
          left: cutLeft(doc.text.slice(from, token.start)),
          match: token.text,
          right: cutRight(doc.text.slice(token.end, to))
        })
      )
      if (slot.lines.length === perTerm) open--
    }
  }
  return terms.map((t) => new TermInContext({ term: t.term, lines: wanted.get(t.stem)?.lines ?? [] }))
}
