/**
 * Briefing → one self-contained HTML document (fonts, styles and charts inlined; no remote resource), in one of two
 * editions: "print" (bounded, no script) for the PDF, "screen" (every article) for the HTML beside it, whose only
 * script (the index filter) is allowed by its hash in the document's CSP.
 */
import Handlebars from "handlebars"
import type { Briefing } from "@mawjaz/briefing"
import { filterScript, filterScriptHash, partials, styles, templates } from "./assets.generated.js"
import { naskhBold, naskhRegular } from "./fonts.generated.js"
import type { Digits, Locale } from "./format.js"
import { labelsFor } from "./labels.js"
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

/**
 * "Page x of y" in every page's bottom margin, as a CSS margin box: set in the document's own embedded font, with
 * the page counters in the report's digits (Chromium's own header and footer are a separate document that can use
 * neither).
 */
export function pageFooterRule(locale: Locale = "ar", digits: Digits = "latin"): string {
  const l = labelsFor(locale)
  const counter = digits === "arabic" ? "arabic-indic" : "decimal"
  return `@page { @bottom-center { content: ${cssString(`${l.footer.page} `)} counter(page, ${counter}) ` +
    `${cssString(` ${l.footer.of} `)} counter(pages, ${counter}); } }`
}

function cssString(s: string): string {
  return `"${s.replace(/[\\"\n]/g, (c) => (c === "\n" ? "\\A " : `\\${c}`))}"`
}

export function renderHtml(briefing: Briefing, options: RenderOptions = {}): string {
  const view = buildView(briefing, options)
  const footer = pageFooterRule(options.locale === "en" ? "en" : "ar", options.digits === "arabic" ? "arabic" : "latin")
  const script = view.screen && view.index.length > 0 ? { script: filterScript, scriptHash: filterScriptHash } : {}
  // The index rows' labels come from the stylesheet, not repeated in each of thousands of rows.
  const rowLabels = view.screen
    ? `.ix .kw::before { content: ${cssString(`${view.labels.articles.keywords}: `)}; font-weight: 700; }`
    : ""
  return documentTemplate()({ ...view, ...script, styles: `${styles}\n${rowLabels}`, fontFaces: fontFaces(), pageFooter: footer })
}
