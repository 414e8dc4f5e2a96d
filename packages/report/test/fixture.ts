/** Loads and validates a briefing.json (the test fixture by default) with the model's own decoder. */
import { readFileSync } from "node:fs"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"
import type { Briefing } from "@mawjaz/briefing"

export const FIXTURE = join(dirname(fileURLToPath(import.meta.url)), "fixtures/briefing.json")

type Decode = (u: unknown) => Briefing

async function decoder(): Promise<Decode> {
  try {
    return (await import("@mawjaz/briefing")).decodeBriefing
  } catch {
    // The package index also loads the model builder and its NLP dependencies; the schema alone is enough here.
    return (await import("../../briefing/src/Briefing.js")).decodeBriefing
  }
}

export async function loadBriefing(path: string = FIXTURE): Promise<Briefing> {
  return (await decoder())(JSON.parse(readFileSync(path, "utf8")))
}
