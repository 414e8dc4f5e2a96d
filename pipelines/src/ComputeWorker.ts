/**
 * A worker thread of ComputePool.ts: answers batches of the file commands (keyphrases, summaries) and the
 * briefing's steps (BriefingWork.ts).
 */
import { WorkerRunner } from "@effect/platform"
import * as NodeRuntime from "@effect/platform-node/NodeRuntime"
import * as NodeWorkerRunner from "@effect/platform-node/NodeWorkerRunner"
import { Effect, Layer } from "effect"
import { runRequest, type WorkerRequest } from "./WorkerRequest.js"

const WorkerLive = WorkerRunner.layer((request: WorkerRequest) => Effect.sync(() => runRequest(request))).pipe(
  Layer.provide(NodeWorkerRunner.layer)
)

NodeRuntime.runMain(WorkerRunner.launch(WorkerLive))
