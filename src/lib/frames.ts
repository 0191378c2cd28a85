/**
 * Frames: the words of each body paragraph around its quotations, with each
 * quotation folded into one token. Attribution reads these: `«0» , Putin
 * said at the start of the meeting .`
 *
 * Tokens come from the nlcst tree (words, punctuation, symbols; white space
 * is dropped, but each token records whether white space stood before it).
 * Sentences are cut after `.`, `!`, `?` or `…` outside quotations when a
 * capital, a digit or a quotation follows, and after a quotation that ends
 * a sentence and stands before a capital (parse-english already keeps
 * `Mr.`, `U.S.` and initials inside their words).
 */

import type {Paragraph, Root} from 'nlcst'
import type {Quote} from '../types.js'
import {blocksOf, endOf, startOf} from './article.js'

/** What a token is. */
export type TokenKind = 'word' | 'punct' | 'quote'

/** One word, mark, or folded quotation in a frame. */
export interface Token {
  kind: TokenKind
  /** The text in lower case (punctuation as written; empty for a quotation). */
  lower: string
  /** Offset in the input where it starts. */
  start: number
  /** Offset just past its end. */
  end: number
  /** Index into `article.quotes` for a quotation, else `-1`. */
  quote: number
  /** Sentence index within the frame. */
  sentence: number
  /** Whether the token starts with a capital letter. */
  capital: boolean
  /** Whether the token is written in capitals only, two or more (`US`, `BJP`). */
  caps: boolean
}

/** One body paragraph as tokens. */
export interface Frame {
  /** Index into `article.paragraphs`. */
  paragraph: number
  tokens: Token[]
}

const terminal = new Set(['.', '!', '?', '…', '...', '?!', '!?', '!!', '??'])
const upper = /\p{Lu}/u
const digitOrUpper = /[\p{Lu}\p{N}]/u

/** Whether a character code is a capital letter (a quick test for ASCII). */
function isCapital(code: number): boolean {
  if (code < 128) return code >= 65 && code <= 90
  return upper.test(String.fromCharCode(code))
}

/** Whether `value` has a capital or a digit at `at`. */
function opensCapital(value: string, at: number): boolean {
  const code = value.charCodeAt(at)
  if (code < 128) return (code >= 65 && code <= 90) || (code >= 48 && code <= 57)
  return digitOrUpper.test(value.charAt(at))
}
const sentenceEndInQuote = /[.!?…]["'”’»]*$/u

/**
 * Build the frames of the body paragraphs, in order, folding `quotes`.
 */
export function buildFrames(tree: Root, value: string, quotes: ReadonlyArray<Quote>): Frame[] {
  const frames: Frame[] = []
  // Lower case once for the whole text (per token where that changes lengths).
  const lower = value.toLowerCase()
  const lowered = lower.length === value.length ? lower : undefined
  // Quotations by start offset; a pointer moves along them as blocks go by.
  const spans = quotes.map((quote, index) => ({
    start: quote.position.start.offset ?? 0,
    end: quote.position.end.offset ?? 0,
    index
  }))
  spans.sort((a, b) => a.start - b.start)
  let next = 0

  for (const node of blocksOf(tree)) {
    const data = node.data?.newsArticle
    if (data?.role !== 'body' || data.paragraph === undefined) continue
    const from = data.bodyStart ?? startOf(node)
    const to = data.bodyEnd ?? endOf(node)
    while (next < spans.length && spans[next].end <= from) next++
    frames.push({paragraph: data.paragraph, tokens: readTokens(node, value, lowered, from, to, spans, next, quotes)})
  }

  return frames
}

function readTokens(
  node: Paragraph,
  value: string,
  lowered: string | undefined,
  from: number,
  to: number,
  spans: ReadonlyArray<{start: number; end: number; index: number}>,
  first: number,
  quotes: ReadonlyArray<Quote>
): Token[] {
  const tokens: Token[] = []
  let span = first
  let folded = -1
  let sentence = 0

  const children = node.children
  for (let index = 0; index < children.length; index++) {
    const child = children[index]
    if (child.type !== 'SentenceNode') continue
    // A sentence inside a quotation already folded: nothing to read.
    const sentenceStart = startOf(child)
    while (span < spans.length && spans[span].end <= sentenceStart) span++
    if (span < spans.length && spans[span].index === folded && spans[span].start <= sentenceStart && endOf(child) <= spans[span].end) continue
    const leaves = child.children
    for (let at = 0; at < leaves.length; at++) {
      const leaf = leaves[at]
      if (leaf.type === 'WhiteSpaceNode') continue
      const position = leaf.position!
      const start = position.start.offset!
      const end = position.end.offset!
      if (start < from || end > to) continue
      while (span < spans.length && spans[span].end <= start) span++
      const inside = span < spans.length && spans[span].start <= start
      const previous = tokens.length > 0 ? tokens[tokens.length - 1] : undefined

      if (previous && !(inside && spans[span].index === folded) && endsSentence(previous, quotes)) {
        const opens = inside ? opensCapital(quotes[spans[span].index].text, 0) : leaf.type === 'WordNode' && opensCapital(value, start)
        if (opens) sentence++
      }

      if (inside) {
        const index = spans[span].index
        if (folded === index) continue
        folded = index
        tokens.push({kind: 'quote', lower: '', start: spans[span].start, end: spans[span].end, quote: index, sentence, capital: false, caps: false})
        continue
      }

      const word = leaf.type === 'WordNode'
      const capital = word && isCapital(value.charCodeAt(start))
      tokens.push({
        kind: word ? 'word' : 'punct',
        lower: word && lowered ? lowered.slice(start, end) : word ? value.slice(start, end).toLowerCase() : value.slice(start, end),
        start,
        end,
        quote: -1,
        sentence,
        capital,
        caps: capital && end - start > 1 && isCapital(value.charCodeAt(start + 1))
      })
    }
  }

  return tokens
}

/** Whether a sentence may end after `previous` (when a capital follows). */
function endsSentence(previous: Token, quotes: ReadonlyArray<Quote>): boolean {
  if (previous.kind === 'punct') return terminal.has(previous.lower)
  if (previous.kind === 'quote') return sentenceEndInQuote.test(quotes[previous.quote].text)
  return false
}

/** A word without a full stop at its end (`sen.` → `sen`). */
export function bare(word: string): string {
  return word.charCodeAt(word.length - 1) === 46 ? word.slice(0, -1) : word
}

/** A word without a possessive `'s` at its end (`trump’s` → `trump`). */
export function unpossessive(word: string): string {
  const length = word.length
  if (length > 2 && (word.charCodeAt(length - 1) === 115 || word.charCodeAt(length - 1) === 83)) {
    const mark = word.charCodeAt(length - 2)
    if (mark === 39 || mark === 0x2019) return word.slice(0, -2)
  }
  return word
}

/** Text on one line: runs of white space as one space (a quick test first). */
export function oneLine(text: string): string {
  return /\s\s|[\t\n\r\u00a0]/.test(text) ? text.replace(/\s+/g, ' ') : text
}
