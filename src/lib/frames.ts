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
  /** The text as written (for a quotation: its text). */
  value: string
  /** Lower case (empty for a quotation). */
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
}

/** One body paragraph as tokens. */
export interface Frame {
  /** Index into `article.paragraphs`. */
  paragraph: number
  tokens: Token[]
}

const terminal = new Set(['.', '!', '?', '…', '...', '?!', '!?', '!!', '??'])
const capitalStart = /^[\p{Lu}\p{N}]/u
const capitalLetter = /^\p{Lu}/u
const sentenceEndInQuote = /[.!?…]["'”’»]*$/u

/**
 * Build the frames of the body paragraphs, in order, folding `quotes`.
 */
export function buildFrames(tree: Root, value: string, quotes: ReadonlyArray<Quote>): Frame[] {
  const frames: Frame[] = []
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
    frames.push({paragraph: data.paragraph, tokens: readTokens(node, value, from, to, spans, next, quotes)})
  }

  return frames
}

function readTokens(
  node: Paragraph,
  value: string,
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

  for (const child of node.children) {
    if (child.type !== 'SentenceNode') continue
    for (const leaf of child.children) {
      if (leaf.type === 'WhiteSpaceNode') continue
      const start = startOf(leaf)
      const end = endOf(leaf)
      if (start < from || end > to) continue
      while (span < spans.length && spans[span].end <= start) span++
      const inside = span < spans.length && spans[span].start <= start
      const previous = tokens.length > 0 ? tokens[tokens.length - 1] : undefined

      if (previous && !(inside && spans[span].index === folded)) {
        const opens = inside ? capitalStart.test(quotes[spans[span].index].text) : leaf.type === 'WordNode' && capitalStart.test(value.charAt(start))
        if (opens && endsSentence(previous)) sentence++
      }

      if (inside) {
        const index = spans[span].index
        if (folded === index) continue
        folded = index
        tokens.push({kind: 'quote', value: quotes[index].text, lower: '', start: spans[span].start, end: spans[span].end, quote: index, sentence, capital: false})
        continue
      }

      const text = value.slice(start, end)
      tokens.push({
        kind: leaf.type === 'WordNode' ? 'word' : 'punct',
        value: text,
        lower: text.toLowerCase(),
        start,
        end,
        quote: -1,
        sentence,
        capital: capitalLetter.test(text)
      })
    }
  }

  return tokens
}

/** Whether a sentence may end after `previous` (when a capital follows). */
function endsSentence(previous: Token): boolean {
  if (previous.kind === 'punct') return terminal.has(previous.value)
  if (previous.kind === 'quote') return sentenceEndInQuote.test(previous.value)
  return false
}
