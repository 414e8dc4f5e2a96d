/**
 * A worker thread of ComputePool.ts: answers batches of the file commands (keyphrases, summaries) and the
 * briefing's steps (BriefingWork.ts).
 */
import { Transferable, WorkerRunner } from "@effect/platform"
import * as NodeRuntime from "@effect/platform-node/NodeRuntime"
import * as NodeWorkerRunner from "@effect/platform-node/NodeWorkerRunner"
import { Effect, Layer } from "effect"
import { transfersOf } from "./BriefingWork.js"
import { runRequest, type WorkerRequest } from "./WorkerRequest.js"

const WorkerLive = WorkerRunner.layer((request: WorkerRequest) => Effect.sync(() => runRequest(request)), {
  // The briefing's large outputs move to the main thread without a copy.
  encodeOutput: (_request, answer) => Effect.as(Transferable.addAll(transfersOf(answer)), answer)
}).pipe(
  Layer.provide(NodeWorkerRunner.layer)
)

NodeRuntime.runMain(WorkerRunner.launch(WorkerLive))
