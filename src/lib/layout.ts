/**
 * Where the story starts: the line between the front matter (headline, dek,
 * byline, timestamps, captions, agency line) and the body.
 */

import type {Paragraph} from 'nlcst'
import type {VFile} from 'vfile'
import {isFree, keyOf, lineOf, roleOf} from './article.js'
import {comparable, isProse} from './text.js'

/** Roles that belong to the front matter: while they keep coming, the story has not started. */
const frontRoles = new Set(['byline', 'meta', 'agency', 'dateline'])

/** How far past a paragraph to look for more front matter. */
const lookahead = 8

/**
 * Index of the first body block, or `blocks.length` when there is none.
 *
 * The story starts at the block a dateline was cut from, or else at the
 * first free paragraph of running text that no more front matter (byline,
 * timestamp, agency line) follows and that is not printed again later (a
 * summary copied from the body).
 */
export function storyStart(file: VFile, blocks: Paragraph[]): number {
  const headline = blocks.findIndex((node) => roleOf(node) === 'headline')
  const cut = blocks.findIndex((node) => isFree(node) && node.data?.newsArticle?.bodyStart !== undefined)
  if (cut > headline) return cut

  for (let index = headline + 1; index < blocks.length; index++) {
    const node = blocks[index]
    if (!isFree(node)) continue
    const line = lineOf(file, node)
    if (!isProse(line)) continue
    if (frontFollows(file, blocks, index)) continue
    if (printedAgain(file, blocks, index, line)) continue
    if (index === firstAfter(blocks, headline) && restartsAfter(file, blocks, index, line)) continue
    return index
  }

  // No running text: the first free block after the headline.
  for (let index = headline + 1; index < blocks.length; index++) {
    if (isFree(blocks[index])) return index
  }
  return blocks.length
}

/** The first free block after `headline`. */
function firstAfter(blocks: Paragraph[], headline: number): number {
  for (let index = headline + 1; index < blocks.length; index++) if (isFree(blocks[index])) return index
  return -1
}

/** Whether `word` (letters and digits) stands in `line` as a whole word. */
function hasWord(line: string, word: string): boolean {
  const isWordChar = (at: number) => at >= 0 && at < line.length && /\w/.test(line[at])
  for (let at = line.indexOf(word); at >= 0; at = line.indexOf(word, at + 1)) {
    if (!isWordChar(at - 1) && !isWordChar(at + word.length)) return true
  }
  return false
}

/**
 * Whether the paragraph after block `index` starts the story again: it
 * introduces in full what the block named short (`President Trump` then
 * `US President Donald Trump`), or spells out an acronym the block used
 * (`(AIIMS)`). A story names people and bodies in full first; a summary
 * above it, written apart, does not keep to that.
 */
function restartsAfter(file: VFile, blocks: Paragraph[], index: number, line: string): boolean {
  let next: string | undefined
  for (let at = index + 1; at < blocks.length && at <= index + 3; at++) {
    if (!isFree(blocks[at])) continue
    next = lineOf(file, blocks[at])
    break
  }
  if (!next || !isProse(next)) return false

  // `All India Institute of Medical Sciences (AIIMS)` defined after the block used it.
  for (const match of next.matchAll(/\(([A-Z]{2,6})\)/g)) {
    if (hasWord(line, match[1])) return true
  }

  // A longer form of a name the block gave: same last word, more words before it.
  const short = names(line)
  for (const long of names(next)) {
    if (long.length < 3) continue
    for (const name of short) {
      if (name.length >= 2 && name.length < long.length && name.at(-1) === long.at(-1) && name.every((word) => long.includes(word))) return true
    }
  }
  return false
}

/** Runs of capitalised words in a line (names, titles with names), as word lists. */
function names(line: string): string[][] {
  const runs: string[][] = []
  for (const match of line.matchAll(/(?:\b[A-Z][\p{L}.'’-]*(?:\s+|$)){2,6}/gu)) {
    runs.push(match[0].trim().split(/\s+/).map((word) => word.replace(/['’]s$/, '')))
  }
  return runs
}

/** Whether front matter follows block `index` before two paragraphs of running text do. */
function frontFollows(file: VFile, blocks: Paragraph[], index: number): boolean {
  let prose = 1
  for (let at = index + 1; at < blocks.length && at <= index + lookahead; at++) {
    const node = blocks[at]
    const role = roleOf(node)
    if (role !== undefined && frontRoles.has(role)) return true
    if (!isFree(node)) continue
    if (node.data?.newsArticle?.bodyStart !== undefined) return true
    if (isProse(lineOf(file, node))) {
      if (++prose >= 2) return false
    } else {
      prose = 0
    }
  }
  return false
}

/** The last letters and digits of a line, in lower case: a cheap first test of a copy. */
function tail(line: string): string {
  return line.slice(-24).toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '')
}

/** Whether the text of block `index` is printed again in a later block (a dek or caption copied from the body). */
function printedAgain(file: VFile, blocks: Paragraph[], index: number, line: string): boolean {
  const key = comparable(line)
  const ending = tail(line)
  for (let at = index + 1; at < blocks.length && at <= index + 40; at++) {
    // A copy ends as the line does (it may have a dateline before it): compare ends first.
    const otherLine = lineOf(file, blocks[at])
    if (otherLine.length < line.length - 8 || tail(otherLine) !== ending) continue
    const other = keyOf(file, blocks[at])
    if (other === key || (other.length > key.length && other.endsWith(key))) return true
  }
  return false
}
