/** Shared helpers for the end-to-end tests: run the built CLI, read PDFs back with poppler. */
import { spawnSync } from "node:child_process"
import { mkdtempSync } from "node:fs"
import { tmpdir } from "node:os"
import { join, resolve } from "node:path"

export const ROOT = resolve(import.meta.dirname, "../..")
export const BIN = join(ROOT, "pipelines/dist/bin.js")
export const SEEDS = join(ROOT, "seeds")

export interface Run {
  readonly status: number | null
  readonly stdout: string
  readonly stderr: string
}

export const mawjaz = (args: ReadonlyArray<string>, options: { input?: string; env?: NodeJS.ProcessEnv; cwd?: string } = {}): Run => {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    input: options.input ?? "",
    env: { ...process.env, ...options.env },
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
    timeout: 180_000
  })
  return { status: result.status, stdout: result.stdout, stderr: result.stderr }
}

export const tempDir = (prefix = "mawjaz-e2e-") => mkdtempSync(join(tmpdir(), prefix))

/** The PDF's text as poppler reads it, whitespace folded. */
export const pdfText = (file: string): string => {
  const r = spawnSync("pdftotext", ["-enc", "UTF-8", file, "-"], { encoding: "utf8" })
  if (r.status !== 0) throw new Error(`pdftotext failed: ${r.stderr}`)
  return fold(r.stdout)
}

export const pdfFonts = (file: string): string => spawnSync("pdffonts", [file], { encoding: "utf8" }).stdout

/** Whitespace folded and the report's own typographic marks removed, for comparing text. */
export const fold = (s: string) => s.replace(/[\u200c-\u200f\u202a-\u202e\u2066-\u2069\u0640]/g, "").replace(/\s+/g, " ").trim()

/**
 * Letters and digits only, in order. pdftotext places neutral punctuation and spaces around
 * diacritics by its own bidi rules; the letters' order is what shows the text reads correctly.
 */
export const lettersOnly = (s: string) => s.replace(/[^\p{L}\p{Nd}]/gu, "")

/** Windows-1256 bytes for a string, from the platform's own decoding table. */
export const encodeWindows1256 = (text: string): Uint8Array => {
  const decoder = new TextDecoder("windows-1256")
  const table = new Map<string, number>()
  for (let b = 0; b < 256; b++) table.set(decoder.decode(new Uint8Array([b])), b)
  return Uint8Array.from([...text].map((ch) => {
    const b = table.get(ch)
    if (b === undefined) throw new Error(`not in windows-1256: ${ch}`)
    return b
  }))
}

export const encodeUtf16leWithBom = (text: string): Uint8Array => {
  const body = Buffer.from(text, "utf16le")
  return Uint8Array.from([0xff, 0xfe, ...body])
}
