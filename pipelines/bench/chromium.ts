import { accessSync, constants } from "node:fs"
import { USUAL_PATHS } from "../src/Browser.js"

export const findChromiumSync = (): string => {
  const candidates = [process.env.PUPPETEER_EXECUTABLE_PATH, ...USUAL_PATHS].filter((x): x is string => !!x)
  for (const c of candidates) {
    try {
      accessSync(c, constants.X_OK)
      return c
    } catch {
      // try the next one
    }
  }
  throw new Error("no Chromium found")
}
