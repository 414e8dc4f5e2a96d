/**
 * Every way a run can fail, as tagged errors. Each carries a message a user can act on;
 * they become text only at the CLI edge (bin.ts).
 */
import { Data } from "effect"

/** No input path was given and the default folder is missing, or the paths hold no files at all. */
export class NoInput extends Data.TaggedError("NoInput")<{ readonly paths: ReadonlyArray<string> }> {
  override get message() {
    return `No input files found in ${this.paths.join(", ")}. Give files or folders of .txt, .md, .html or .jsonl articles.`
  }
}

/** Every input was skipped: nothing is left to brief. */
export class EmptyCorpus extends Data.TaggedError("EmptyCorpus")<{
  readonly skipped: ReadonlyArray<{ readonly path: string; readonly reason: string; readonly line?: number }>
}> {
  override get message() {
    if (this.skipped.length === 0) return "No Arabic article could be read. Nothing was written."
    const list = this.skipped.map((s) => `\n  ${s.line === undefined ? s.path : `${s.path}:${s.line}`}: ${s.reason}`).join("")
    return `No Arabic article could be read; every input was skipped. Nothing was written.${list}`
  }
}

/** Chromium was not found where it was looked for. */
export class BrowserNotFound extends Data.TaggedError("BrowserNotFound")<{
  readonly tried: ReadonlyArray<string>
  readonly fromEnv: boolean
}> {
  override get message() {
    const where = this.tried.join(", ")
    return this.fromEnv
      ? `PUPPETEER_EXECUTABLE_PATH points to ${where}, which is not an executable file. Point it at a Chromium or Chrome binary, or unset it to use the system Chromium.`
      : `No Chromium found (looked in ${where}). Install it (Debian/Ubuntu: apt-get install -y --no-install-recommends chromium) or set PUPPETEER_EXECUTABLE_PATH to a Chromium or Chrome binary.`
  }
}

/** Chromium was found but could not be started or driven. */
export class RenderFailed extends Data.TaggedError("RenderFailed")<{ readonly stage: string; readonly cause: unknown }> {
  override get message() {
    const reason = this.cause instanceof Error ? this.cause.message.split("\n")[0] : String(this.cause)
    return `Rendering the PDF failed while ${this.stage}: ${reason}. Check that Chromium runs (chromium --headless --version) or set PUPPETEER_EXECUTABLE_PATH.`
  }
}

/** An output file could not be written. Existing outputs are left as they were. */
export class WriteFailed extends Data.TaggedError("WriteFailed")<{ readonly path: string; readonly cause: unknown }> {
  override get message() {
    const reason = this.cause instanceof Error ? this.cause.message : String(this.cause)
    return `Could not write ${this.path}: ${reason}`
  }
}

/** A worker thread computing keyphrases or summaries failed. */
export class ComputeFailed extends Data.TaggedError("ComputeFailed")<{ readonly cause: unknown }> {
  override get message() {
    const c = this.cause as { message?: unknown; reason?: unknown }
    const reason = typeof c?.message === "string" && c.message !== "" ? c.message : String(c?.reason ?? this.cause)
    return `A worker thread failed while computing: ${reason}`
  }
}

/** Standard input could not be read. */
export class StdinFailed extends Data.TaggedError("StdinFailed")<{ readonly cause: unknown }> {
  override get message() {
    return `Could not read standard input: ${this.cause instanceof Error ? this.cause.message : String(this.cause)}`
  }
}

export type MawjazError = NoInput | EmptyCorpus | BrowserNotFound | RenderFailed | WriteFailed | StdinFailed
