/**
 * Reads where each anchor landed in a PDF printed by Chromium. Chromium writes a named destination for every
 * element id that an internal link points to (the contents links to every section and article), so the PDF itself
 * says on which page each heading fell.
 */
import { ParseSpeeds, PDFArray, PDFDict, PDFDocument, PDFName, PDFRef, PDFString, PDFHexString, type PDFObject } from "pdf-lib"

function decodeName(key: PDFObject): string {
  if (key instanceof PDFName) return key.decodeText()
  if (key instanceof PDFString || key instanceof PDFHexString) return key.decodeText()
  return String(key)
}

function targetPage(doc: PDFDocument, value: PDFObject | undefined, pageOf: Map<string, number>): number | undefined {
  let v = value instanceof PDFRef ? doc.context.lookup(value) : value
  if (v instanceof PDFDict) v = v.lookup(PDFName.of("D"))
  if (!(v instanceof PDFArray) || v.size() === 0) return undefined
  const first = v.get(0)
  return first instanceof PDFRef ? pageOf.get(first.toString()) : undefined
}

/** Walks a name tree (/Kids, /Names pairs) into [name, value] entries. */
function nameTreeEntries(doc: PDFDocument, node: PDFDict | undefined, out: [string, PDFObject][] = []): [string, PDFObject][] {
  if (!node) return out
  const names = node.lookupMaybe(PDFName.of("Names"), PDFArray)
  if (names) for (let i = 0; i + 1 < names.size(); i += 2) out.push([decodeName(names.lookup(i)!), names.get(i + 1)])
  const kids = node.lookupMaybe(PDFName.of("Kids"), PDFArray)
  if (kids) for (let i = 0; i < kids.size(); i++) nameTreeEntries(doc, kids.lookupMaybe(i, PDFDict), out)
  return out
}

/** Named destination → 1-based page number. */
export async function destinationPages(pdf: Uint8Array): Promise<Record<string, number>> {
  return readDestinations(await PDFDocument.load(pdf, { updateMetadata: false, parseSpeed: ParseSpeeds.Fastest }))
}

export function readDestinations(doc: PDFDocument): Record<string, number> {
  const pageOf = new Map(doc.getPages().map((p, i) => [p.ref.toString(), i + 1] as const))
  const entries: [string, PDFObject][] = []
  const dests = doc.catalog.lookupMaybe(PDFName.of("Dests"), PDFDict)
  if (dests) for (const [k, v] of dests.entries()) entries.push([decodeName(k), v])
  const names = doc.catalog.lookupMaybe(PDFName.of("Names"), PDFDict)
  nameTreeEntries(doc, names?.lookupMaybe(PDFName.of("Dests"), PDFDict), entries)
  const out: Record<string, number> = {}
  for (const [name, value] of entries) {
    const page = targetPage(doc, value, pageOf)
    if (page !== undefined) out[name] = page
  }
  return out
}

/** Number of pages of a PDF. */
export async function pageCount(pdf: Uint8Array): Promise<number> {
  return (await PDFDocument.load(pdf, { updateMetadata: false, parseSpeed: ParseSpeeds.Fastest })).getPageCount()
}
