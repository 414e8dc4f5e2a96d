/**
 * The PDF renderer as a service. Chromium is started once, on first need, and closed when the
 * layer's scope closes, on every path. `warmUp` starts it in the background, so that its start-up
 * overlaps the analysis of the articles, and opens the first page.
 */
import { Context, Effect, Layer, Ref, Scope } from "effect"
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
    const openPage = browser.pipe(
      Effect.flatMap((b) =>
        Effect.tryPromise({ try: () => b.newPage(), catch: (cause) => new RenderFailed({ stage: "opening a page", cause }) })
      )
    )
    // The first page is opened with the browser, in the background: its renderer process starts while the
    // articles are analysed. Later documents get a page of their own.
    const firstPage = yield* Effect.cached(openPage)
    const firstTaken = yield* Ref.make(false)
    const takePage = Effect.flatMap(Ref.getAndSet(firstTaken, true), (taken) => (taken ? openPage : firstPage))
    return {
      warmUp: Effect.asVoid(Effect.forkIn(Effect.ignore(firstPage), scope)),
      pdf: (html, options) =>
        Effect.gen(function* () {
          const { printDocument } = yield* Effect.promise(() => import("@mawjaz/report"))
          return yield* Effect.acquireUseRelease(
            takePage,
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
