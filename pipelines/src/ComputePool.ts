/**
 * Work spread over every core: a pool of worker threads (ComputeWorker.ts), closed with the scope. The file
 * commands feed it batches of articles in input order; the briefing, its heavy steps (BriefingWork.ts).
 * Small inputs are computed in the main thread, where starting workers would cost more than it saves.
 */
import { Worker, type WorkerError } from "@effect/platform"
import * as NodeWorker from "@effect/platform-node/NodeWorker"
import { Effect, type Scope } from "effect"
import { availableParallelism } from "node:os"
import * as WorkerThreads from "node:worker_threads"
import { runBriefingRequest, type AnswerOf, type BriefingRequest } from "./BriefingWork.js"
import { computeBatch, type ComputeOutcome, type ComputeRequest } from "./Compute.js"
import type { WorkerRequest } from "./WorkerRequest.js"

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

/** A step of the briefing, in a worker thread or in the main thread. */
export type BriefingWorker = <R extends BriefingRequest>(request: R) => Effect.Effect<AnswerOf<R>, WorkerError.WorkerError>

/** Computes in the main thread. */
export const inProcess: Computer = (request) => Effect.sync(() => computeBatch(request))

/** The briefing's steps in the main thread (small corpora: starting threads would cost more than it saves). */
export const briefingInProcess: BriefingWorker = (request) => Effect.sync(() => runBriefingRequest(request) as AnswerOf<typeof request>)

const makePool = (size: number) =>
  Worker.makePool<WorkerRequest, unknown, never>({ size }).pipe(
    Effect.provide(
      NodeWorker.layer(() => {
        const { url, execArgv } = workerScript()
        return new WorkerThreads.Worker(url, execArgv ? { execArgv } : {})
      })
    )
  )

/** A scoped pool of workers; their threads end when the scope closes. */
export const workerPool: Effect.Effect<Computer, WorkerError.WorkerError, Scope.Scope> = Effect.map(
  makePool(POOL_SIZE),
  (pool): Computer => (request) => pool.executeEffect(request) as Effect.Effect<ReadonlyArray<ComputeOutcome>, WorkerError.WorkerError>
)

/** The briefing's pool of `size` threads (by default at least two, so that its steps run side by side even on one core). */
export const briefingPool = (size = Math.max(2, POOL_SIZE)): Effect.Effect<BriefingWorker, WorkerError.WorkerError, Scope.Scope> =>
  Effect.map(
    makePool(size),
    (pool): BriefingWorker => (request) => pool.executeEffect(request) as Effect.Effect<AnswerOf<typeof request>, WorkerError.WorkerError>
  )
