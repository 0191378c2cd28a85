/**
 * The parser: plain text in, an nlcst tree out, with one `ParagraphNode` per
 * block (see `blocks.ts`) and white space between them.
 *
 * Each block is parsed on its own by parse-english, and its positions are
 * moved to where the block stands in the input. That keeps the parse linear
 * in the size of the input (parse-english is super-linear on one long
 * string), and it gives every line its own paragraph even where the input
 * breaks lines with a single newline.
 *
 * Positions are moved as the tokens are made, before parse-english's
 * sentence and paragraph plugins build on them: those plugins reuse the
 * tokens' point objects, so every node ends up in place without a second
 * walk over the tree or a second set of points.
 */

import type {Paragraph, Root, RootContent, Sentence, SentenceContent, WhiteSpace} from 'nlcst'
import type {Point} from 'unist'
import type {Plugin, Processor} from 'unified'
import type {} from 'retext-english'
import {ParseEnglish} from 'parse-english'
import {location} from 'vfile-location'
import {splitBlocks} from './blocks.js'

/** Longest run of text given to parse-english in one call. */
const chunkSize = 4096

// A sentence end: terminal punctuation, closing marks, white space, then
// something that can open a sentence.
const sentenceBreak = /[.!?]["'”’)\]]*\s+(?=["'“‘(]?[\p{Lu}\p{N}])/gu

/** Where a chunk starts in the input: its tokens' points move by this much. */
interface Shift {
  offset: number
  line: number
  column: number
}

/**
 * parse-english, with the points of each token moved by `shift` as soon as
 * the token is made.
 */
class ShiftingParser extends ParseEnglish {
  shift: Shift = {offset: 0, line: 1, column: 1}

  override tokenize(value?: string | null): SentenceContent[] {
    const tokens = super.tokenize(value)
    const shift = this.shift
    if (shift.offset === 0 && shift.line === 1 && shift.column === 1) return tokens
    for (const token of tokens) {
      const position = token.position
      if (!position) continue
      movePoint(position.start, shift)
      movePoint(position.end, shift)
      if (token.type === 'WordNode') {
        // A word's text node shares the word's start point (moved already)
        // and has an end point of its own.
        for (const child of token.children) {
          const place = child.position
          if (!place) continue
          if (place.start !== position.start && place.start !== position.end) movePoint(place.start, shift)
          if (place.end !== position.start && place.end !== position.end) movePoint(place.end, shift)
        }
      }
    }
    return tokens
  }
}

/**
 * Parse `value` into an nlcst `Root`.
 */
export function parseArticleTree(value: string, extensions?: Extensions): Root {
  const place = location(value)
  const children: RootContent[] = []
  const parser = new ShiftingParser()
  if (extensions) {
    add(parser.tokenizeParagraphPlugins, extensions.paragraph)
    add(parser.tokenizeSentencePlugins, extensions.sentence)
  }
  let last = 0

  for (const block of splitBlocks(value)) {
    if (block.start > last) children.push(whiteSpace(value, last, block.start, place.toPoint))
    children.push(parseBlock(parser, value, block.start, block.end, place.toPoint))
    last = block.end
  }

  if (value.length > last) children.push(whiteSpace(value, last, value.length, place.toPoint))

  const root: Root = {type: 'RootNode', children}
  if (value.length > 0 || children.length > 0) {
    root.position = {start: {line: 1, column: 1, offset: 0}, end: place.toPoint(value.length)!}
  } else {
    root.position = {start: {line: 1, column: 1, offset: 0}, end: {line: 1, column: 1, offset: 0}}
  }
  return root
}

type ToPoint = (offset: number) => Point | undefined

function whiteSpace(value: string, start: number, end: number, toPoint: ToPoint): WhiteSpace {
  return {
    type: 'WhiteSpaceNode',
    value: value.slice(start, end),
    position: {start: toPoint(start)!, end: toPoint(end)!}
  }
}

/**
 * Parse one block as a paragraph; long blocks are parsed in chunks cut at
 * sentence ends and joined back into one paragraph.
 */
function parseBlock(parser: ShiftingParser, value: string, start: number, end: number, toPoint: ToPoint): Paragraph {
  const children: Paragraph['children'] = []
  let from = start

  while (from < end) {
    const to = end - from > chunkSize * 2 ? chunkEnd(value, from + chunkSize, end) : end
    const at = toPoint(from)!
    parser.shift = {offset: from, line: at.line, column: at.column}
    const paragraph = parser.tokenizeParagraph(value.slice(from, to))
    for (const child of paragraph.children) children.push(child)
    from = to
  }

  return {
    type: 'ParagraphNode',
    children,
    position: {start: toPoint(start)!, end: toPoint(end)!}
  }
}

/**
 * Find where a chunk that starts before `near` should end: after the first
 * sentence end from `near`, or at white space, or at `end`.
 */
function chunkEnd(value: string, near: number, end: number): number {
  sentenceBreak.lastIndex = near
  const match = sentenceBreak.exec(value)
  if (match && match.index < near + chunkSize && match.index + match[0].length < end) {
    return match.index + match[0].length
  }
  const space = value.indexOf(' ', near)
  return space === -1 || space >= end ? end : space + 1
}

/**
 * Move a point of a chunk (parsed from a slice) to where it stands in the
 * whole input. Only the chunk's first line starts mid-line.
 */
function movePoint(point: Point, shift: Shift): void {
  if (point.line === 1) point.column += shift.column - 1
  point.line += shift.line - 1
  point.offset = (point.offset ?? 0) + shift.offset
}

/**
 * Parser extensions other retext plugins register on the processor (as with
 * `retext-english`).
 */
export interface Extensions {
  paragraph?: Array<(node: Paragraph) => undefined | void> | undefined
  sentence?: Array<(node: Sentence) => undefined | void> | undefined
}

function add<T>(list: T[], values: T[] | undefined): void {
  if (values) list.unshift(...values)
}

/**
 * Plugin that sets the article parser on the processor: each block of the
 * text (a line, or a paragraph of wrapped text) becomes one `ParagraphNode`.
 */
export const newsParse: Plugin<[], string, Root> = function (this: Processor) {
  const self = this as unknown as Processor<Root>
  self.parser = function (value) {
    return parseArticleTree(value, {
      paragraph: self.data('nlcstParagraphExtensions'),
      sentence: self.data('nlcstSentenceExtensions')
    })
  }
}
