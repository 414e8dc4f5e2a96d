/** What a worker thread is asked: a batch of the file commands, or a step of the briefing. */
import { runBriefingRequest, type BriefingRequest } from "./BriefingWork.js"
import { computeBatch, type ComputeRequest } from "./Compute.js"

export type WorkerRequest = ComputeRequest | BriefingRequest

export const runRequest = (request: WorkerRequest): unknown =>
  "task" in request ? computeBatch(request) : runBriefingRequest(request)
