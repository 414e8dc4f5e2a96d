/**
 * A worker thread of ComputePool.ts: answers batches of articles with their keyphrases or summaries.
 */
import { WorkerRunner } from "@effect/platform"
import * as NodeRuntime from "@effect/platform-node/NodeRuntime"
import * as NodeWorkerRunner from "@effect/platform-node/NodeWorkerRunner"
import { Effect, Layer } from "effect"
import { computeBatch, type ComputeRequest } from "./Compute.js"

const WorkerLive = WorkerRunner.layer((request: ComputeRequest) => Effect.sync(() => computeBatch(request))).pipe(
  Layer.provide(NodeWorkerRunner.layer)
)

NodeRuntime.runMain(WorkerRunner.launch(WorkerLive))
