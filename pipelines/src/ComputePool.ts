/**
 * Keyphrases and summaries of large inputs computed on every core: a pool of worker threads
 * (ComputeWorker.ts), fed batches of articles in input order, closed with the scope. Small inputs are
 * computed in the main thread, where starting workers would cost more than it saves.
 */
import { Worker, type WorkerError } from "@effect/platform"
import * as NodeWorker from "@effect/platform-node/NodeWorker"
import { Effect, type Scope } from "effect"
import { availableParallelism } from "node:os"
import * as WorkerThreads from "node:worker_threads"
import { computeBatch, type ComputeOutcome, type ComputeRequest } from "./Compute.js"

/** Items sent to a worker at once: large enough that messaging costs little, small enough to keep output flowing. */
export const BATCH = 32

/**
 * How many workers: one per core (the main thread reads and cleans the articles meanwhile), at most 8;
 * MAWJAZ_WORKERS sets the number, 0 computing everything in the main thread.
 */
const fromEnv = process.env.MAWJAZ_WORKERS === undefined || process.env.MAWJAZ_WORKERS === "" ? NaN : Number(process.env.MAWJAZ_WORKERS)
export const POOL_SIZE = Number.isInteger(fromEnv) && fromEnv >= 0 ? Math.min(8, fromEnv) : Math.max(1, Math.min(8, availableParallelism()))

const workerScript = (): { url: URL; execArgv?: Array<string> } =>
  import.meta.url.endsWith(".ts")
    ? // From the sources (tests, tsx), the worker is TypeScript too.
      { url: new URL("./ComputeWorker.ts", import.meta.url), execArgv: [...process.execArgv, "--import", "tsx"] }
    : { url: new URL("./ComputeWorker.js", import.meta.url) }

export type Computer = (request: ComputeRequest) => Effect.Effect<ReadonlyArray<ComputeOutcome>, WorkerError.WorkerError>

/** Computes in the main thread. */
export const inProcess: Computer = (request) => Effect.sync(() => computeBatch(request))

/** A scoped pool of workers; their threads end when the scope closes. */
export const workerPool: Effect.Effect<Computer, WorkerError.WorkerError, Scope.Scope> = Effect.gen(function* () {
  const pool = yield* Worker.makePool<ComputeRequest, ReadonlyArray<ComputeOutcome>, never>({ size: POOL_SIZE }).pipe(
    Effect.provide(
      NodeWorker.layer(() => {
        const { url, execArgv } = workerScript()
        return new WorkerThreads.Worker(url, execArgv ? { execArgv } : {})
      })
    )
  )
  return (request) => pool.executeEffect(request)
})
