/**
 * The PDF renderer as a service. Chromium is started once, on first need, and closed when the
 * layer's scope closes, on every path. `warmUp` starts it in the background, so that its start-up
 * overlaps the analysis of the articles.
 */
import { Context, Effect, Layer, Scope } from "effect"
import { launchBrowser } from "./Browser.js"
import { BrowserNotFound, RenderFailed } from "./errors.js"
import { timed } from "./Timings.js"

export interface PdfOptions {
  readonly locale: "ar" | "en"
}

/** A printed document: the PDF and its number of pages. */
export interface PrintedPdf {
  readonly pdf: Uint8Array
  readonly pages: number
}

export class Renderer extends Context.Tag("@mawjaz/pipelines/Renderer")<
  Renderer,
  {
    /** Start the browser in the background, if it is not started yet. */
    readonly warmUp: Effect.Effect<void>
    /** Print a self-contained HTML document to PDF bytes. */
    readonly pdf: (html: string, options: PdfOptions) => Effect.Effect<PrintedPdf, BrowserNotFound | RenderFailed>
  }
>() {}

export const RendererLive = Layer.scoped(
  Renderer,
  Effect.gen(function* () {
    const scope = yield* Effect.scope
    const browser = yield* Effect.cached(timed("start browser", Scope.extend(launchBrowser, scope)))
    return {
      warmUp: Effect.asVoid(Effect.forkIn(browser, scope)),
      pdf: (html, options) =>
        Effect.gen(function* () {
          const { printDocument } = yield* Effect.promise(() => import("@mawjaz/report"))
          const b = yield* browser
          return yield* Effect.acquireUseRelease(
            Effect.tryPromise({ try: () => b.newPage(), catch: (cause) => new RenderFailed({ stage: "opening a page", cause }) }),
            (page) =>
              Effect.tryPromise({
                try: () => printDocument(page, html, { locale: options.locale }),
                catch: (cause) => new RenderFailed({ stage: "printing the document", cause })
              }),
            (page) => Effect.promise(() => page.close()).pipe(Effect.ignore)
          )
        })
    }
  })
)
