#!/usr/bin/env node
/**
 * The `mawjaz` executable: provides the platform layers, runs the CLI, and is the one place
 * where errors become messages and exit codes.
 */
import * as ValidationError from "@effect/cli/ValidationError"
import * as NodeContext from "@effect/platform-node/NodeContext"
import * as NodeRuntime from "@effect/platform-node/NodeRuntime"
import { Cause, Effect, Exit } from "effect"
import { cli } from "./Cli.js"
import type { MawjazError } from "./errors.js"

const KNOWN = new Set(["NoInput", "EmptyCorpus", "BrowserNotFound", "RenderFailed", "WriteFailed", "StdinFailed", "ComputeFailed"])
const isMawjazError = (e: unknown): e is MawjazError =>
  typeof e === "object" && e !== null && "_tag" in e && KNOWN.has(String((e as { _tag: unknown })._tag))

// An early-closed pipe (`mawjaz tokenize | head`) is not an error.
process.stdout.on("error", (e: NodeJS.ErrnoException) => {
  if (e.code === "EPIPE") process.exit(0)
})

cli(process.argv).pipe(
  Effect.catchIf(isMawjazError, (error) =>
    Effect.sync(() => {
      process.stderr.write(`mawjaz: ${error.message}\n`)
      process.exitCode = 1
    })
  ),
  // A usage error (unknown command, bad option value) was already explained by @effect/cli on stderr.
  Effect.catchIf(ValidationError.isValidationError, () =>
    Effect.sync(() => {
      process.exitCode = 2
    })
  ),
  Effect.provide(NodeContext.layer),
  NodeRuntime.runMain({
    // Ctrl-C interrupts the program (closing the browser through its scope) and exits 130, as shells expect.
    teardown: (exit, onExit) =>
      onExit(Exit.isSuccess(exit) ? (Number(process.exitCode ?? 0) || 0) : Cause.isInterruptedOnly(exit.cause) ? 130 : 1)
  })
)
