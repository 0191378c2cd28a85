/**
 * Run a batch: stream the inputs through a pool of worker threads (or the
 * main thread), write each result as soon as it and every earlier one are
 * done (or at once with `unordered`), report failures on standard error and
 * go on, and end with a summary.
 *
 * Memory stays constant whatever the batch size: at most `window` tasks are
 * between being read and being written.
 */

import {once} from 'node:events'
import {createWriteStream} from 'node:fs'
import type {Writable} from 'node:stream'
import {countInputs, expandInputs, openInput, readAll, readLines, sizeOfInputs, stdinName, type Input} from './inputs.js'
import {inlineExecutor, maxBundle, poolExecutor} from './executor.js'
import {createProgress} from './progress.js'
import {messageOf, systemMessage} from './errors.js'
import type {Outcome, Task, TaskSettings} from './task.js'

/** Everything a run needs to know. */
export interface RunConfig {
  /** Files, directories and `-`; empty for standard input. */
  inputs: readonly string[]
  /** `text`: each input is one article; `jsonl`: each line of each input is a record. */
  input: 'text' | 'jsonl'
  /** Extensions of the files taken from directories. */
  extensions: readonly string[]
  /** How to parse and render each article. */
  settings: TaskSettings
  /** Worker threads; `0` parses in the main thread. */
  concurrency: number
  /** Write results as they finish instead of in input order. */
  unordered: boolean
  /** Output file, or `undefined` for standard output. */
  out?: string | undefined
  /** No progress bar and no summary. */
  quiet: boolean
  /** Name used in messages. */
  name: string
  /** Where results go (default: standard output). */
  stdout?: NodeJS.WriteStream | undefined
  /** Where messages go (default: standard error). */
  stderr?: NodeJS.WriteStream | undefined
}

/** What a run did. */
export interface Summary {
  articles: number
  failures: number
  seconds: number
  /** Whether output stopped early because its reader went away (`| head`). */
  closed: boolean
}

/** One task on its way: what to run (or an outcome already known), and how much progress it is worth. */
interface Job {
  source: string
  task?: Task | undefined
  outcome?: Outcome | undefined
  units: number
}

/**
 * Whether the arguments make a batch (several articles may come out): more
 * than one input, a directory, or JSONL input. Decided from the command, not
 * the data, so a script gets the same shape of output every time.
 */
export async function isBatch(inputs: readonly string[], input: 'text' | 'jsonl'): Promise<boolean> {
  if (input === 'jsonl' || inputs.length > 1) return true
  if (inputs.length === 0 || inputs[0] === '-') return false
  const {stat} = await import('node:fs/promises')
  try {
    return (await stat(inputs[0])).isDirectory()
  } catch {
    return false
  }
}

/**
 * Run a batch and return its summary.
 */
export async function run(config: RunConfig): Promise<Summary> {
  const start = performance.now()
  const stderr = config.stderr ?? process.stderr
  const inputs = config.inputs.length > 0 ? config.inputs : ['-']
  const batch = config.settings.batch === true
  const progress = createProgress(stderr, !config.quiet && batch && stderr.isTTY === true, config.input === 'jsonl' ? 'bytes' : 'files')
  const output = config.out ? createWriteStream(config.out) : (config.stdout ?? process.stdout)
  const summary: Summary = {articles: 0, failures: 0, seconds: 0, closed: false}

  // A reader that goes away (`| head`) ends the run quietly.
  let outputError: Error | undefined
  output.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') summary.closed = true
    else outputError = error
    wake?.()
  })

  // The progress bar's total, found while the batch already runs.
  if (batch && !config.quiet && stderr.isTTY) {
    const total = config.input === 'jsonl' ? sizeOfInputs(inputs, config.extensions) : countInputs(inputs, config.extensions)
    total.then((value) => value !== undefined && progress.setTotal(value), () => {})
  }

  // One article needs no pool: the main thread parses it.
  const pooled = config.concurrency > 0 && batch
  const executor = pooled ? poolExecutor(config.settings, config.concurrency) : await inlineExecutor(config.settings)
  const writer = createWriter(output, config.settings.format === 'json' && batch)
  // Enough for every worker to have two full bundles on hand.
  const window = Math.max(64, Math.max(1, config.concurrency) * maxBundle * 4)

  // Results waiting for earlier ones (in order), and a way to wait for room.
  const done = new Map<number, {job: Job; outcome: Outcome}>()
  let next = 0
  let written = 0
  let running = 0
  let wake: (() => void) | undefined

  const finish = (job: Job, outcome: Outcome) => {
    if (outcome.ok) {
      summary.articles++
      if (!summary.closed) writer.write(outcome.output)
    } else {
      summary.failures++
      progress.log(`${config.name}: ${job.source}: ${outcome.error}\n`)
    }
    progress.tick(job.units, outcome.ok)
  }

  const complete = (sequence: number, job: Job, outcome: Outcome) => {
    running--
    if (config.unordered) {
      finish(job, outcome)
      written++
    } else {
      done.set(sequence, {job, outcome})
      let ready
      while ((ready = done.get(written))) {
        done.delete(written)
        finish(ready.job, ready.outcome)
        written++
      }
    }
    wake?.()
  }

  const submit = (job: Job) => {
    const sequence = next++
    running++
    if (job.outcome) {
      complete(sequence, job, job.outcome)
      return
    }
    executor.run(job.task!).then(
      (outcome) => complete(sequence, job, outcome),
      (error: unknown) => complete(sequence, job, {ok: false, error: `worker failed: ${messageOf(error)}`})
    )
  }

  // Wait until there is room for one more task and the output keeps up.
  const stopped = () => summary.closed || outputError !== undefined
  const full = () => (config.unordered ? running : next - written) >= window
  output.on('drain', () => wake?.())
  const room = async () => {
    while (!stopped() && (full() || output.writableNeedDrain)) {
      // Tasks waiting to fill a bundle go now, or nothing would finish.
      executor.flush()
      await new Promise<void>((resolve) => {
        wake = resolve
      })
      wake = undefined
    }
  }

  const onSignal = () => {
    progress.stop()
    process.exit(130)
  }
  process.once('SIGINT', onSignal)

  try {
    for await (const job of jobs(inputs, config)) {
      if (stopped()) break
      await room()
      if (stopped()) break
      submit(job)
    }
    executor.flush()
    while (running > 0) {
      await new Promise<void>((resolve) => {
        wake = resolve
      })
      wake = undefined
    }
    if (!stopped()) writer.end()
  } finally {
    process.removeListener('SIGINT', onSignal)
    await executor.close()
    progress.stop()
  }

  if (config.out) {
    output.end()
    if (!output.writableFinished && !outputError) await once(output, 'finish').catch(() => {})
  }
  if (outputError) throw new Error(`cannot write ${config.out ?? 'the output'}: ${systemMessage(outputError)}`)

  summary.seconds = (performance.now() - start) / 1000
  return summary
}

/** The jobs of a run, in input order. */
async function* jobs(inputs: readonly string[], config: RunConfig): AsyncGenerator<Job> {
  for await (const input of expandInputs(inputs, config.extensions)) {
    if (input.kind === 'error') {
      yield {source: input.source, outcome: {ok: false, error: input.error}, units: 1}
      continue
    }
    if (config.input === 'jsonl') {
      yield* records(input)
      continue
    }
    if (input.kind === 'file') {
      yield {source: input.path, task: {kind: 'file', path: input.path}, units: 1}
      continue
    }
    const bytes = new Uint8Array(await readAll(openInput(input)))
    yield {source: stdinName, task: {kind: 'bytes', source: stdinName, bytes}, units: 1}
  }
}

/** The records of a JSONL input, one job a line. */
async function* records(input: Exclude<Input, {kind: 'error'}>): AsyncGenerator<Job> {
  const source = input.kind === 'file' ? input.path : stdinName
  let failed: unknown
  try {
    for await (const {bytes, line} of readLines(openInput(input))) {
      yield {source: `${source}:${line}`, task: {kind: 'record', source, line, bytes}, units: bytes.length + 1}
    }
  } catch (error) {
    failed = error
  }
  if (failed !== undefined) yield {source, outcome: {ok: false, error: `cannot read: ${systemMessage(failed)}`}, units: 0}
}

/** Write results; a batch in `json` becomes one array. */
function createWriter(output: Writable, array: boolean) {
  let count = 0
  return {
    write(text: string) {
      if (array) text = (count === 0 ? '[\n' : ',\n') + text
      count++
      output.write(text)
    },
    end() {
      if (array) output.write(count === 0 ? '[]\n' : '\n]\n')
    }
  }
}
