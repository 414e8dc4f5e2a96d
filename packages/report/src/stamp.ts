/**
 * Writes the contents' page numbers into an already printed PDF, so the document is printed once.
 *
 * Chromium leaves, for every internal link, a Link annotation (its rectangle on the page and the name of its target)
 * and, for every linked element, a named destination (its page). A contents row is one link spanning the row; its
 * page cell is the fixed-width box at the row's inline end. The number is drawn there in the embedded Naskh font,
 * on the row's baseline, at the row's size.
 */
import pdfFontkit from "@pdf-lib/fontkit"
import {
  ParseSpeeds, PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFNumber, PDFString, rgb, type PDFFont, type PDFPage
} from "pdf-lib"
import { naskhBold, naskhRegular } from "./fonts.generated.js"
import { readDestinations } from "./destinations.js"

export interface StampLayout {
  /** Ids of the contents' targets, in contents order. */
  targets: readonly string[]
  /** Named destinations that mark the first and the last contents page. */
  start: string
  end: string
  rtl: boolean
  format: (page: number) => string
}

interface Row { page: PDFPage; target: string; x1: number; y1: number; x2: number; y2: number }

// Geometry of the stylesheet's contents rows (styles/print.css: .toc a, .toc-level-1/2): 1pt padding, line-height 1.75.
const ROW_PADDING = 1
const LINE_HEIGHT = 1.75
// Noto Naskh Arabic: ascent 1.069 em, descent 0.634 em (hhea); the baseline sits at half-leading + ascent.
const ASCENT = 1.069
const CONTENT = 1.069 + 0.634
const INK = rgb(0x1f / 255, 0x23 / 255, 0x28 / 255)

function linkTarget(annot: PDFDict): string | undefined {
  const dest = annot.lookup(PDFName.of("Dest")) ?? annot.lookupMaybe(PDFName.of("A"), PDFDict)?.lookup(PDFName.of("D"))
  if (dest instanceof PDFName) return dest.decodeText()
  if (dest instanceof PDFString || dest instanceof PDFHexString) return dest.decodeText()
  return undefined
}

function rows(doc: PDFDocument, from: number, to: number, wanted: ReadonlySet<string>): Row[] {
  const out: Row[] = []
  doc.getPages().slice(from - 1, to).forEach((page) => {
    const annots = page.node.lookupMaybe(PDFName.of("Annots"), PDFArray)
    for (let i = 0; annots && i < annots.size(); i++) {
      const annot = annots.lookupMaybe(i, PDFDict)
      if (!annot || annot.lookup(PDFName.of("Subtype")) !== PDFName.of("Link")) continue
      const target = linkTarget(annot)
      const rect = annot.lookupMaybe(PDFName.of("Rect"), PDFArray)
      if (target === undefined || !wanted.has(target) || !rect || rect.size() !== 4) continue
      const [x1, y1, x2, y2] = [0, 1, 2, 3].map((k) => (rect.lookup(k) as PDFNumber).asNumber())
      out.push({ page, target, x1: Math.min(x1!, x2!), y1: Math.min(y1!, y2!), x2: Math.max(x1!, x2!), y2: Math.max(y1!, y2!) })
    }
  })
  return out
}

function draw(row: Row, text: string, fonts: { regular: PDFFont; bold: PDFFont }, rtl: boolean): void {
  // The row's height gives its font size (level-1 rows are larger and bold).
  const size = (row.y2 - row.y1 - 2 * ROW_PADDING) / LINE_HEIGHT
  const font = size > 10.25 ? fonts.bold : fonts.regular
  const width = font.widthOfTextAtSize(text, size)
  const baseline = row.y2 - ROW_PADDING - ((LINE_HEIGHT - CONTENT) / 2 + ASCENT) * size
  const x = rtl ? row.x1 : row.x2 - width
  row.page.drawText(text, { x, y: baseline, size, font, color: INK })
}

/**
 * Returns the PDF with the numbers drawn in (and its page count, read on the way), or null when the contents rows
 * cannot be found exactly as expected (the caller then falls back to printing again with the numbers in the HTML).
 */
export async function stampContentsPages(pdf: Uint8Array, layout: StampLayout): Promise<{ pdf: Uint8Array; pages: number } | null> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false, parseSpeed: ParseSpeeds.Fastest })
  const pages = readDestinations(doc)
  const from = pages[layout.start]
  const to = pages[layout.end]
  if (from === undefined || to === undefined || to < from) return null
  const wanted = new Set(layout.targets)
  const found = rows(doc, from, to, wanted)
  const seen = new Set(found.map((r) => r.target))
  if (seen.size !== wanted.size || found.length !== wanted.size || layout.targets.some((t) => pages[t] === undefined)) return null
  doc.registerFontkit(pdfFontkit)
  const fonts = {
    regular: await doc.embedFont(Buffer.from(naskhRegular, "base64"), { subset: true }),
    bold: await doc.embedFont(Buffer.from(naskhBold, "base64"), { subset: true })
  }
  for (const row of found) draw(row, layout.format(pages[row.target]!), fonts, layout.rtl)
  return { pdf: await doc.save({ updateFieldAppearances: false }), pages: doc.getPageCount() }
}
