/**
 * Find the inputs of a run: the files named, the files under the
 * directories named (recursively, by extension, in sorted order), and
 * standard input; and split JSONL streams into lines. Everything is lazy, so
 * a batch of any size streams through in constant memory (a directory's
 * names are read and sorted one directory at a time).
 */

import {opendir, stat} from 'node:fs/promises'
import {createReadStream} from 'node:fs'
import path from 'node:path'
import type {Readable} from 'node:stream'
import {systemMessage} from './errors.js'

/** The name standard input goes by in output and messages. */
export const stdinName = '<stdin>'

/** One input found. */
export type Input =
  | {kind: 'file'; path: string}
  | {kind: 'stdin'}
  | {kind: 'error'; source: string; error: string}

/**
 * Expand the arguments into inputs, in order. `-` is standard input; a
 * directory gives the files under it whose extension is in `extensions`
 * (lower case, without dots); a file named outright is taken whatever its
 * extension.
 */
export async function* expandInputs(args: readonly string[], extensions: readonly string[]): AsyncGenerator<Input> {
  for (const arg of args) {
    if (arg === '-') {
      yield {kind: 'stdin'}
      continue
    }
    let stats
    try {
      stats = await stat(arg)
    } catch (error) {
      yield {kind: 'error', source: arg, error: systemMessage(error)}
      continue
    }
    if (stats.isDirectory()) yield* walk(arg, extensions)
    else yield {kind: 'file', path: arg}
  }
}

/** Count the inputs `expandInputs` gives (for the progress bar's total). */
export async function countInputs(args: readonly string[], extensions: readonly string[]): Promise<number> {
  let count = 0
  for await (const _input of expandInputs(args, extensions)) count++
  return count
}

/** Total size in bytes of the files named or found, or `undefined` when standard input is one of them. */
export async function sizeOfInputs(args: readonly string[], extensions: readonly string[]): Promise<number | undefined> {
  let total = 0
  for await (const input of expandInputs(args, extensions)) {
    if (input.kind === 'stdin') return undefined
    if (input.kind === 'file') {
      try {
        total += (await stat(input.path)).size
      } catch {
        // Reported when it is read.
      }
    }
  }
  return total
}

/** Files under `directory` with one of `extensions`, depth first, entries sorted by name. */
async function* walk(directory: string, extensions: readonly string[]): AsyncGenerator<Input> {
  let names: Array<{name: string; directory: boolean}>
  try {
    names = []
    for await (const entry of await opendir(directory)) {
      let isDirectory = entry.isDirectory()
      let isFile = entry.isFile()
      if (entry.isSymbolicLink()) {
        // Follow links to files; links to directories are not followed (no cycles).
        try {
          isFile = (await stat(path.join(directory, entry.name))).isFile()
        } catch {
          isFile = false
        }
        isDirectory = false
      }
      if (isDirectory || (isFile && hasExtension(entry.name, extensions))) names.push({name: entry.name, directory: isDirectory})
    }
  } catch (error) {
    yield {kind: 'error', source: directory, error: `cannot read directory: ${systemMessage(error)}`}
    return
  }

  names.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  for (const entry of names) {
    const full = path.join(directory, entry.name)
    if (entry.directory) yield* walk(full, extensions)
    else yield {kind: 'file', path: full}
  }
}

function hasExtension(name: string, extensions: readonly string[]): boolean {
  const dot = name.lastIndexOf('.')
  return dot > 0 && extensions.includes(name.slice(dot + 1).toLowerCase())
}

/** Open an input as a byte stream. */
export function openInput(input: {kind: 'file'; path: string} | {kind: 'stdin'}): Readable {
  return input.kind === 'stdin' ? process.stdin : createReadStream(input.path)
}

/** Read a whole stream into one buffer. */
export async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer))
  return Buffer.concat(chunks)
}

/** One line of a stream: its bytes (without the line ending) and its number (1-based). */
export interface Line {
  bytes: Uint8Array
  line: number
}

/**
 * Split a byte stream into lines, without decoding (the bytes of a newline
 * never occur inside a UTF-8 character, so each line can be decoded, and
 * fail to decode, on its own). Blank lines are skipped but counted. Each
 * line comes in its own buffer, sized to it.
 */
export async function* readLines(stream: Readable): AsyncGenerator<Line> {
  // Pieces of a line that spans chunks, joined once its end is seen.
  let pending: Buffer[] = []
  let line = 0
  for await (const chunk of stream) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer)
    let from = 0
    let at
    while ((at = buffer.indexOf(10, from)) !== -1) {
      line++
      const piece = buffer.subarray(from, at)
      const bytes = trimLine(pending.length > 0 ? Buffer.concat([...pending, piece]) : piece)
      pending = []
      if (bytes.length > 0) yield {bytes: copy(bytes), line}
      from = at + 1
    }
    if (from < buffer.length) pending.push(buffer.subarray(from))
  }
  if (pending.length > 0) {
    line++
    const bytes = trimLine(Buffer.concat(pending))
    if (bytes.length > 0) yield {bytes: copy(bytes), line}
  }
}

/** A copy in a buffer of its own (a view into a larger one would send all of it to a worker). */
function copy(bytes: Uint8Array): Uint8Array {
  return new Uint8Array(bytes)
}

/** Drop a carriage return before the newline, and white space around. */
function trimLine(bytes: Buffer): Buffer {
  let start = 0
  let end = bytes.length
  while (start < end && isBlank(bytes[start])) start++
  while (end > start && isBlank(bytes[end - 1])) end--
  return bytes.subarray(start, end)
}

function isBlank(byte: number): boolean {
  return byte === 32 || byte === 9 || byte === 13
}
