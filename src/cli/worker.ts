/**
 * The worker-thread entry of the command line's pool: piscina loads
 * `dist/worker.js` and calls its default export with each bundle of tasks.
 */

// Piscina hands its `workerData` option to the thread as is; reading it
// from `node:worker_threads` spares the worker loading piscina's pool code.
import {workerData} from 'node:worker_threads'
import {createHandler, type Outcome, type Task, type TaskSettings} from './task.js'

/** Tasks sent to a worker in one message. */
export type Bundle = Task[]

/** Their outcomes, in order, and how long they took (ms). */
export interface BundleResult {
  outcomes: Outcome[]
  ms: number
}

const handle = createHandler(workerData as TaskSettings)

export default function runBundle(bundle: Bundle): BundleResult {
  const start = performance.now()
  const outcomes = bundle.map((task) => handle(task))
  return {outcomes, ms: performance.now() - start}
}
