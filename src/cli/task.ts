/**
 * One unit of work of the command line: read an input (a file, the bytes of
 * standard input, or one line of a JSONL file), decode it as UTF-8, parse
 * it, and render the result. Runs in a worker thread, or in the main thread
 * with `--concurrency 1`.
 */

import {readFileSync} from 'node:fs'
import type {Options} from '../types.js'
import {parseNewsArticle} from '../processor.js'
import {render, type Origin, type RenderSettings} from './render.js'
import {messageOf, systemMessage} from './errors.js'

/** What a task works on. */
export type Task =
  /** A text file to read. */
  | {kind: 'file'; path: string}
  /** Text already read (standard input). */
  | {kind: 'bytes'; source: string; bytes: Uint8Array}
  /** One line of a JSONL input, as bytes. */
  | {kind: 'record'; source: string; line: number; bytes: Uint8Array}

/** Settings shared by every task of a run. */
export interface TaskSettings extends RenderSettings {
  /** Field of a JSONL record that holds the text (dotted path). */
  textField?: string | undefined
  /** Field of a JSONL record copied to the output as `id` (dotted path). */
  idField?: string | undefined
  /** `Options.referenceDate` for the parser, as given (`2023-09-15`). */
  referenceDate?: string | undefined
}

/** How a task went: the rendered article, or why it failed. */
export type Outcome = {ok: true; output: string} | {ok: false; error: string}

/** A function that runs tasks with `settings`. */
export type Handler = (task: Task) => Outcome

/**
 * Create the function that runs tasks. The parser options object is made
 * once, so every task reuses the same frozen processor.
 */
export function createHandler(settings: TaskSettings): Handler {
  const options: Options | undefined = settings.referenceDate ? {referenceDate: settings.referenceDate} : undefined
  const decoder = new TextDecoder('utf-8', {fatal: true})
  const textPath = (settings.textField ?? 'text').split('.')
  const idPath = settings.idField ? settings.idField.split('.') : undefined

  const decode = (bytes: Uint8Array): string | undefined => {
    try {
      return decoder.decode(bytes)
    } catch {
      return undefined
    }
  }

  return function (task) {
    let text: string
    const origin: Origin = {source: task.kind === 'file' ? task.path : task.source}

    if (task.kind === 'record') {
      origin.line = task.line
      const line = decode(task.bytes)
      if (line === undefined) return failure('not valid UTF-8')
      let record: unknown
      try {
        record = JSON.parse(line)
      } catch (error) {
        return failure(`not valid JSON (${messageOf(error)})`)
      }
      const value = get(record, textPath)
      if (typeof value !== 'string') {
        return failure(`no string field \`${textPath.join('.')}\` in the record (got ${value === undefined ? 'nothing' : typeof value})`)
      }
      text = value
      if (idPath) origin.id = get(record, idPath)
    } else {
      let bytes: Uint8Array
      if (task.kind === 'file') {
        try {
          bytes = readFileSync(task.path)
        } catch (error) {
          return failure(`cannot read: ${systemMessage(error)}`)
        }
      } else {
        bytes = task.bytes
      }
      const decoded = decode(bytes)
      if (decoded === undefined) return failure('not valid UTF-8 (convert it first, e.g. with iconv)')
      text = decoded
    }

    try {
      return {ok: true, output: render(parseNewsArticle(text, options), origin, settings)}
    } catch (error) {
      return failure(`parser failed: ${messageOf(error)}`)
    }
  }
}

function failure(error: string): Outcome {
  return {ok: false, error}
}

function get(value: unknown, path: readonly string[]): unknown {
  let current = value
  for (const key of path) {
    if (current === null || typeof current !== 'object' || Array.isArray(current)) return undefined
    current = (current as Record<string, unknown>)[key]
  }
  return current
}
