/**
 * HTML → PDF with a Puppeteer page the caller owns (the caller launches and closes the browser).
 * The page runs no script and reaches no network: the document is served from memory by request interception,
 * data: URIs (the inlined font) pass, everything else is aborted and counted.
 */
import type { HTTPRequest, Page, PDFOptions } from "puppeteer"
import { createFormatter, type Digits, type Locale } from "./format.js"
import { destinationPages, pageCount } from "./printed.js"

// Stamping (and reading) the printed PDF needs pdf-lib, a large module: it is loaded while Chromium prints, not before.
const loadStamp = () => import("./stamp.js")

export interface PrintOptions {
  locale?: Locale
  digits?: Digits
  /** Write the contents' page numbers, read from the printed PDF itself (default true). */
  contentsPageNumbers?: boolean
  /** Called for every request that was blocked (the test counts them; the CLI may log them). */
  onBlockedRequest?: (url: string) => void
  /** Milliseconds for loading the document (default 30 000). */
  timeout?: number
}

/** Flags the product launches Chromium with (the pipeline owns the browser; tests and the preview use the same). */
export const CHROMIUM_ARGS: readonly string[] = [
  "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
  "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"
]

/** The document's own address: never fetched, answered from memory by the interceptor. */
const DOCUMENT_URL = "http://mawjaz.invalid/briefing.html"
const TOC_PAGE = /<span class="toc-page" data-target="([A-Za-z0-9_-]+)">[^<]*<\/span>/g

export function pdfOptions(): PDFOptions {
  return {
    format: "A4",
    printBackground: true,
    // The footer is the document's own (a CSS margin box, see html.ts): Chromium's would use neither its font nor its digits.
    displayHeaderFooter: false,
    margin: { top: "16mm", bottom: "18mm", left: "16mm", right: "16mm" },
    outline: true,
    tagged: true,
    preferCSSPageSize: false,
    waitForFonts: true,
    timeout: 0
  }
}

/** Writes page numbers into the contents' empty page cells of the HTML. */
export function fillContentsPages(html: string, pages: Record<string, number>, format: (n: number) => string): string {
  return html.replace(TOC_PAGE, (whole, id: string) =>
    pages[id] === undefined ? whole : `<span class="toc-page" data-target="${id}">${format(pages[id]!)}</span>`
  )
}

async function load(page: Page, html: string, timeout: number): Promise<void> {
  const served = { html }
  const onRequest = (request: HTTPRequest) => {
    if (request.isInterceptResolutionHandled()) return
    if (request.url() === DOCUMENT_URL) {
      void request.respond({ status: 200, contentType: "text/html; charset=utf-8", body: served.html })
    }
  }
  page.on("request", onRequest)
  try {
    await page.goto(DOCUMENT_URL, { waitUntil: "load", timeout })
  } finally {
    page.off("request", onRequest)
  }
}

/** Writes the page numbers into the loaded document's contents, in place (no reload: the layout is kept). */
async function fillLoadedContents(page: Page, numbers: Record<string, string>): Promise<boolean> {
  // A string, not a function: this package compiles without the DOM library. Runs in DevTools' realm, which works
  // while the page's own scripts are disabled.
  const script = `(() => { const map = ${JSON.stringify(numbers)};
    for (const cell of document.querySelectorAll(".toc-page[data-target]")) {
      const n = map[cell.getAttribute("data-target")]; if (n !== undefined) cell.textContent = n }
    return true })()`
  try {
    return (await page.evaluate(script)) === true
  } catch {
    return false
  }
}

/** The contents' targets, in order, read back from the HTML's empty page cells. */
function contentsTargets(html: string): string[] {
  return Array.from(html.matchAll(TOC_PAGE), (m) => m[1]!)
}

/** A printed briefing: the PDF and its number of pages. */
export interface PrintedDocument {
  pdf: Uint8Array
  pages: number
}

/** Prints the document to PDF (see printDocument for the page count too). */
export async function printPdf(page: Page, html: string, options: PrintOptions = {}): Promise<Uint8Array> {
  return (await printDocument(page, html, options)).pdf
}

export async function printDocument(page: Page, html: string, options: PrintOptions = {}): Promise<PrintedDocument> {
  const locale: Locale = options.locale === "en" ? "en" : "ar"
  const format = createFormatter(locale, options.digits === "arabic" ? "arabic" : "latin")
  const timeout = options.timeout ?? 30_000
  const print = pdfOptions()
  const block = (request: HTTPRequest) => {
    if (request.isInterceptResolutionHandled()) return
    const url = request.url()
    if (url === DOCUMENT_URL) return // answered by load()
    if (url.startsWith("data:")) return void request.continue()
    options.onBlockedRequest?.(url)
    void request.abort("blockedbyclient")
  }
  await page.setJavaScriptEnabled(false)
  await page.setRequestInterception(true)
  page.on("request", block)
  try {
    await load(page, html, timeout)
    const printing = page.pdf(print)
    const [pdf, { stampContentsPages }] = await Promise.all([printing, loadStamp()])
    const targets = contentsTargets(html)
    if (!(options.contentsPageNumbers ?? true) || targets.length === 0) return { pdf, pages: await pageCount(pdf) }
    // The printed PDF says where every section and article landed; the numbers are drawn into the contents.
    const rtl = /^\s*<!DOCTYPE html>\s*<html[^>]*\bdir="rtl"/i.test(html)
    const stamped = await stampContentsPages(pdf, { targets, start: "contents", end: "contents-end", rtl, format: format.int })
    if (stamped) return stamped
    // Fallback: write the numbers into the page and print again (the page cells have a fixed width: nothing moves).
    const pages = await destinationPages(pdf)
    const numbers = Object.fromEntries(Object.entries(pages).map(([id, n]) => [id, format.int(n)]))
    if (!(await fillLoadedContents(page, numbers))) await load(page, fillContentsPages(html, pages, format.int), timeout)
    const second = await page.pdf(print)
    return { pdf: second, pages: await pageCount(second) }
  } finally {
    page.off("request", block)
    await page.setRequestInterception(false).catch(() => undefined)
  }
}
