/**
 * The PDF renderer as a service. Its live layer starts Chromium in the background as soon as the
 * layer is built, so the browser's start-up overlaps reading and analysing the articles; the
 * browser is closed when the layer's scope closes, on every path.
 */
import { Context, Effect, Fiber, Layer, Scope } from "effect"
import { launchBrowser } from "./Browser.js"
import { BrowserNotFound, RenderFailed } from "./errors.js"

export interface PdfOptions {
  readonly locale: "ar" | "en"
}

export class Renderer extends Context.Tag("@mawjaz/pipelines/Renderer")<
  Renderer,
  {
    /** Print a self-contained HTML document to PDF bytes. */
    readonly pdf: (html: string, options: PdfOptions) => Effect.Effect<Uint8Array, BrowserNotFound | RenderFailed>
  }
>() {}

export const RendererLive = Layer.scoped(
  Renderer,
  Effect.gen(function* () {
    const scope = yield* Effect.scope
    const browser = yield* Effect.forkIn(Scope.extend(launchBrowser, scope), scope)
    const { printPdf } = yield* Effect.promise(() => import("@mawjaz/report"))
    return {
      pdf: (html, options) =>
        Effect.gen(function* () {
          const b = yield* Fiber.join(browser)
          return yield* Effect.acquireUseRelease(
            Effect.tryPromise({ try: () => b.newPage(), catch: (cause) => new RenderFailed({ stage: "opening a page", cause }) }),
            (page) =>
              Effect.tryPromise({
                try: () => printPdf(page, html, { locale: options.locale }),
                catch: (cause) => new RenderFailed({ stage: "printing the document", cause })
              }),
            (page) => Effect.promise(() => page.close()).pipe(Effect.ignore)
          )
        })
    }
  })
)

/** Number of pages of a PDF, read from its page tree without a PDF library. */
export const countPages = (pdf: Uint8Array): number => {
  const text = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString("latin1")
  return (text.match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length
}
