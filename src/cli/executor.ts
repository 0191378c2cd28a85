/**
 * Where tasks run: a piscina pool of worker threads, or the main thread
 * (`--concurrency 0`, and a run of one article).
 *
 * The pool sends tasks to the workers in bundles. Each message costs the
 * main thread a few hundred microseconds (measured: ~300 µs of main-thread
 * CPU per task with one task a message, ~80 µs per task with 16), which
 * matters when an article takes 2–3 ms: so a bundle holds as many tasks as
 * take about `bundleTime` ms, from the time tasks have taken so far (one
 * task per bundle for large articles, up to `maxBundle` for small ones).
 */

import {Piscina} from 'piscina'
import type {Outcome, Task, TaskSettings} from './task.js'
import type {Bundle, BundleResult} from './worker.js'

/** Runs tasks. */
export interface Executor {
  /** Run a task; resolves when it is done. */
  run(task: Task): Promise<Outcome>
  /** Send tasks waiting for a bundle now (before waiting for results). */
  flush(): void
  /** Stop the threads. */
  close(): Promise<void>
}

/** Work a bundle should hold, in ms. */
const bundleTime = 25
/** Most tasks in a bundle. */
export const maxBundle = 16
/** How long a task may wait for its bundle to fill before it is sent anyway, in ms. */
const bundleWait = 5

/** Run tasks in the main thread, letting timers (the progress bar) and I/O in every 50 ms. */
export async function inlineExecutor(settings: TaskSettings): Promise<Executor> {
  // The parser is loaded here only: with a pool, only the workers load it.
  const {createHandler} = await import('./task.js')
  const handle = createHandler(settings)
  let last = performance.now()
  return {
    async run(task) {
      if (performance.now() - last > 50) {
        await new Promise((resolve) => setImmediate(resolve))
        last = performance.now()
      }
      return handle(task)
    },
    flush() {},
    async close() {}
  }
}

/** Run tasks on `threads` worker threads. */
export function poolExecutor(settings: TaskSettings, threads: number): Executor {
  const pool = new Piscina<Bundle, BundleResult>({
    filename: new URL('./worker.js', import.meta.url).href,
    minThreads: threads,
    maxThreads: threads,
    idleTimeout: 1000,
    workerData: settings
  })

  let waiting: Array<{task: Task; resolve: (outcome: Outcome) => void}> = []
  let timer: NodeJS.Timeout | undefined
  // Mean time of a task so far (ms); none measured yet: one task a bundle.
  let taskTime = Infinity

  const size = () => Math.max(1, Math.min(maxBundle, Math.floor(bundleTime / taskTime)))

  const flush = () => {
    if (timer) {
      clearTimeout(timer)
      timer = undefined
    }
    if (waiting.length === 0) return
    const bundle = waiting
    waiting = []
    pool.run(bundle.map((item) => item.task)).then(
      (result) => {
        const perTask = result.ms / bundle.length
        taskTime = Number.isFinite(taskTime) ? taskTime * 0.8 + perTask * 0.2 : perTask
        for (const [index, item] of bundle.entries()) item.resolve(result.outcomes[index])
      },
      (error: unknown) => {
        const message = `worker failed: ${error instanceof Error ? error.message : String(error)}`
        for (const item of bundle) item.resolve({ok: false, error: message})
      }
    )
  }

  return {
    run(task) {
      return new Promise<Outcome>((resolve) => {
        waiting.push({task, resolve})
        if (waiting.length >= size()) flush()
        else timer ??= setTimeout(flush, bundleWait)
      })
    },
    flush,
    async close() {
      flush()
      await pool.destroy()
    }
  }
}
