/**
 * The parser: plain text in, an nlcst tree out, with one `ParagraphNode` per
 * block (see `blocks.ts`) and white space between them.
 *
 * parse-english's tokenizer runs once over the whole text (it is a linear
 * pass over the characters, so every token gets its place in the input
 * directly). Its sentence and paragraph plugins, which splice token lists and
 * are super-linear on one long list, then run block by block: each block's
 * tokens become a sentence, are split at terminal marks into sentences, and
 * become one paragraph, exactly as `tokenizeParagraph` would make them from
 * the block's text alone. A block longer than a few kilobytes is handled in
 * pieces cut after a sentence, joined into one paragraph. The white space
 * between blocks stays in the root, so `toString(tree)` gives the input back.
 */

import type {Paragraph, Root, RootContent, Sentence, SentenceContent} from 'nlcst'
import type {Plugin, Processor} from 'unified'
import type {} from 'retext-english'
import {toString} from 'nlcst-to-string'
import {ParseEnglish} from 'parse-english'
import {splitBlocks} from './blocks.js'
import {clearTextCaches} from './text.js'

/** Longest piece of one block given to the sentence and paragraph plugins at once. */
const pieceSize = 4096

/** A terminal mark, where parse-latin splits a paragraph into sentences. */
const terminalMarker = /^([!.?\u2026\u203D]+)$/

/**
 * Parser extensions other retext plugins register on the processor (as with
 * `retext-english`).
 */
export interface Extensions {
  paragraph?: Array<(node: Paragraph) => undefined | void> | undefined
  sentence?: Array<(node: Sentence) => undefined | void> | undefined
}

/**
 * Parse `value` into an nlcst `Root`.
 */
export function parseArticleTree(value: string, extensions?: Extensions): Root {
  clearTextCaches()
  const parser = new ParseEnglish()
  if (extensions) {
    add(parser.tokenizeParagraphPlugins, extensions.paragraph)
    add(parser.tokenizeSentencePlugins, extensions.sentence)
  }

  const tokens = parser.tokenize(value)
  const children: RootContent[] = []
  let at = 0

  for (const block of splitBlocks(value)) {
    // White space (or a stray mark) between blocks stays in the root.
    while (at < tokens.length && tokens[at].position!.end.offset! <= block.start) children.push(tokens[at++])
    const from = at
    while (at < tokens.length && startOf(tokens[at]) < block.end) at++
    if (at > from) children.push(paragraph(parser, tokens, from, at))
  }

  while (at < tokens.length) children.push(tokens[at++])

  const end = tokens.length > 0 ? tokens[tokens.length - 1].position!.end : {line: 1, column: 1, offset: 0}
  return {type: 'RootNode', children, position: {start: {line: 1, column: 1, offset: 0}, end}}
}

function startOf(token: SentenceContent): number {
  return token.position!.start.offset!
}

/**
 * One block's tokens as a paragraph, the way `tokenizeParagraph` makes it;
 * long blocks in pieces cut after a sentence end.
 */
function paragraph(parser: ParseEnglish, tokens: SentenceContent[], from: number, to: number): Paragraph {
  const children: Paragraph['children'] = []
  let start = from

  while (start < to) {
    const end = pieceEnd(tokens, start, to)
    const sentence: Sentence = {type: 'SentenceNode', children: tokens.slice(start, end)}
    for (const plugin of parser.tokenizeSentencePlugins) plugin(sentence)
    const piece: Paragraph = {type: 'ParagraphNode', children: split(sentence)}
    for (const plugin of parser.tokenizeParagraphPlugins) plugin(piece)
    for (const child of piece.children) children.push(child)
    start = end
  }

  return {
    type: 'ParagraphNode',
    children,
    position: {start: tokens[from].position!.start, end: tokens[to - 1].position!.end}
  }
}

/**
 * Where the piece of a block that starts at `start` ends: the whole block when
 * short, else after the first sentence end (a terminal mark and white space)
 * past `pieceSize` characters, or at white space when there is none.
 */
function pieceEnd(tokens: SentenceContent[], start: number, to: number): number {
  const first = startOf(tokens[start])
  if (startOf(tokens[to - 1]) - first < pieceSize * 2) return to
  let fallback = -1
  for (let index = start + 1; index < to - 1; index++) {
    const token = tokens[index]
    if (startOf(token) - first < pieceSize) continue
    if (token.type === 'WhiteSpaceNode') {
      const before = tokens[index - 1]
      if (before.type === 'PunctuationNode' && terminalMarker.test(before.value)) return index + 1
      if (fallback < 0) fallback = index + 1
      if (startOf(token) - first > pieceSize * 2) return fallback
    }
  }
  return fallback > 0 ? fallback : to
}

/**
 * Split a sentence after each terminal mark, as parse-latin's `splitNode`
 * does: the pieces are the paragraph's sentences before its plugins run.
 */
function split(sentence: Sentence): Sentence[] {
  const result: Sentence[] = []
  const children = sentence.children
  let start = 0

  for (let index = 0; index < children.length; index++) {
    const token = children[index]
    if (index === children.length - 1 || (token.type === 'PunctuationNode' && terminalMarker.test(toString(token)))) {
      const first = children[start]
      const part: Sentence = {type: 'SentenceNode', children: children.slice(start, index + 1)}
      if (first.position && token.position) part.position = {start: first.position.start, end: token.position.end}
      result.push(part)
      start = index + 1
    }
  }

  return result
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
