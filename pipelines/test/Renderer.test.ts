import { describe, expect, it } from "@effect/vitest"
import { Effect, Layer } from "effect"
import { Renderer, RendererLive } from "../src/Renderer.js"

const doc = (title: string) =>
  `<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>${title}</title></head><body><h1>${title}</h1><p>نص قصير.</p></body></html>`

describe("Renderer", () => {
  it.scoped(
    "prints on the page opened while warming up, then on a page of its own for each further document",
    () =>
      Effect.gen(function* () {
        const renderer = yield* Renderer
        yield* renderer.warmUp
        const first = yield* renderer.pdf(doc("الأول"), { locale: "ar" })
        const second = yield* renderer.pdf(doc("الثاني"), { locale: "ar" })
        for (const printed of [first, second]) {
          expect(Buffer.from(printed.pdf.subarray(0, 5)).toString("latin1")).toBe("%PDF-")
          expect(printed.pages).toBe(1)
        }
      }).pipe(Effect.provide(Layer.fresh(RendererLive))),
    60_000
  )

  it.scoped(
    "prints without a warm-up",
    () =>
      Effect.gen(function* () {
        const printed = yield* (yield* Renderer).pdf(doc("وحيد"), { locale: "ar" })
        expect(printed.pages).toBe(1)
      }).pipe(Effect.provide(Layer.fresh(RendererLive))),
    60_000
  )
})
