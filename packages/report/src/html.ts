/** Briefing → one self-contained HTML document (fonts, styles and charts inlined; no script, no remote resource). */
import Handlebars from "handlebars"
import type { Briefing } from "@mawjaz/briefing"
import { partials, styles, templates } from "./assets.generated.js"
import { naskhBold, naskhRegular } from "./fonts.generated.js"
import { buildView, type RenderOptions } from "./view.js"

let compiled: Handlebars.TemplateDelegate | null = null

function documentTemplate(): Handlebars.TemplateDelegate {
  if (compiled === null) {
    // A private instance: no helpers or partials leak in from other users of Handlebars in the same process.
    // Templates arrive precompiled (scripts/embed-assets.mjs); text is escaped by Handlebars' default {{ }}.
    const hb = Handlebars.create()
    for (const [name, spec] of Object.entries(partials)) hb.registerPartial(name, hb.template(spec))
    compiled = hb.template(templates["document"]!)
  }
  return compiled
}

/** The embedded Arabic font as @font-face rules (base64 data: URIs). */
export function fontFaces(): string {
  const face = (weight: number, b64: string) =>
    `@font-face { font-family: "Mawjaz Naskh"; font-style: normal; font-weight: ${weight}; font-display: block; ` +
    `src: url(data:font/ttf;base64,${b64}) format("truetype"); }`
  return `${face(400, naskhRegular)}\n${face(700, naskhBold)}`
}

export function renderHtml(briefing: Briefing, options: RenderOptions = {}): string {
  const view = buildView(briefing, options)
  return documentTemplate()({ ...view, styles, fontFaces: fontFaces() })
}
