import { describe, expect, it } from "@effect/vitest"
import { Effect, Either } from "effect"
import { findChromium } from "../src/Browser.js"

describe("findChromium", () => {
  it.effect("names PUPPETEER_EXECUTABLE_PATH when it points nowhere", () =>
    Effect.gen(function* () {
      const result = yield* Effect.either(findChromium({ PUPPETEER_EXECUTABLE_PATH: "/nowhere/chrome" }))
      expect(Either.isLeft(result)).toBe(true)
      if (Either.isLeft(result)) {
        expect(result.left._tag).toBe("BrowserNotFound")
        expect(result.left.message).toContain("/nowhere/chrome")
        expect(result.left.message).toContain("PUPPETEER_EXECUTABLE_PATH")
      }
    })
  )
})
