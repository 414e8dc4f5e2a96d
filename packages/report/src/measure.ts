/**
 * Text width for chart layout. ECharts measures labels with a canvas in the browser; in Node (SSR) it has none and
 * falls back to a Latin-only estimate that gets Arabic wrong. Here the width comes from the embedded Noto Naskh
 * Arabic font itself, shaped by fontkit (joined letter forms and ligatures), so labels and margins fit.
 */
import fontkit, { type Font } from "@pdf-lib/fontkit"
import { naskhBold, naskhRegular } from "./fonts.generated.js"

let fonts: { regular: Font; bold: Font } | null = null

function load(): { regular: Font; bold: Font } {
  if (fonts === null) {
    const open = (b64: string) => fontkit.create(Buffer.from(b64, "base64"))
    fonts = { regular: open(naskhRegular), bold: open(naskhBold) }
  }
  return fonts
}

/** Latin letters and other characters missing from the Arabic font are drawn by a fallback sans font: ~0.55 em. */
const FALLBACK_EM = 0.55

/** Parses a CSS font shorthand as ECharts passes it ("bold 12px sans-serif") into size and weight. */
export function parseFont(font: string | undefined): { size: number; bold: boolean } {
  const m = /(\d+(?:\.\d+)?)px/.exec(font ?? "")
  return { size: m ? Number(m[1]) : 12, bold: /\b(bold|[6-9]00)\b/.test(font ?? "") }
}

const cache = new Map<string, number>()

/** Width in CSS pixels of `text` set in the Arabic font at the size and weight of `font`. */
export function measureText(text: string, font?: string): number {
  const key = `${font ?? ""}\u0000${text}`
  let width = cache.get(key)
  if (width === undefined) {
    width = shapeWidth(text, font)
    if (cache.size > 10_000) cache.clear()
    cache.set(key, width)
  }
  return width
}

function shapeWidth(text: string, font?: string): number {
  const { size, bold } = parseFont(font)
  const face = bold ? load().bold : load().regular
  let covered = ""
  let missing = 0
  for (const ch of text) {
    if (face.hasGlyphForCodePoint(ch.codePointAt(0)!)) covered += ch
    else missing += 1
  }
  let units = 0
  try {
    units = covered === "" ? 0 : face.layout(covered).advanceWidth
  } catch {
    units = covered.length * face.unitsPerEm * FALLBACK_EM
  }
  return (units / face.unitsPerEm) * size + missing * size * FALLBACK_EM
}
