/**
 * The Unix-style commands over the text packages: text in on stdin, text out on stdout.
 * They load only the normaliser, tokeniser and stemmer, so they start fast.
 */
import { normalize, tokenize } from "@mawjaz/arabic-text"
import { createStemmer, root } from "@mawjaz/arabic-stemmer"
import { Effect } from "effect"
import { readStdin, writeStdout } from "./Stdio.js"

export const normalizeCommand = (profile: "search" | "display") =>
  Effect.flatMap(readStdin, (text) => writeStdout(normalize(text, profile)))

export const tokenizeCommand = (normalized: boolean) =>
  Effect.flatMap(readStdin, (text) => {
    const tokens = tokenize(text)
    return writeStdout(tokens.length ? tokens.map((t) => (normalized ? t.norm : t.text)).join("\n") + "\n" : "")
  })

/** One word a line in, exactly one stem a line out; a blank line stays blank. */
export const stemCommand = (roots: boolean) =>
  Effect.flatMap(readStdin, (text) => {
    const stemOf = roots ? root : createStemmer()
    const lines = text.split("\n")
    // A final newline ends the last line; it is not an extra blank line.
    if (lines[lines.length - 1] === "") lines.pop()
    const out = new Array<string>(lines.length)
    for (let i = 0; i < lines.length; i++) {
      const word = lines[i]!.trim()
      out[i] = word === "" ? "" : stemOf(word)
    }
    return writeStdout(out.length ? out.join("\n") + "\n" : "")
  })
