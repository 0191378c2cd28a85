/**
 * Plugin: drop the spans between quote marks that are nobody's words.
 *
 * Quote marks also set off scare quotes (`the so-called "experts"`), titles
 * of works (`"The Kelly File"`), nicknames (`"Little Marco"`) and terms.
 * After `newsAttribution`, these are the short spans that nobody is said to
 * have said: no cue and no speaker in place, three words or fewer; and the
 * spans of up to eight words in title case (every word a capital) that no
 * cue introduces, or that a naming cue does (`whom rivals call "The Iron
 * Lady"`).
 * A short fragment with a cue stays: `called the plan "unworkable"` is the
 * mayor's word.
 */

import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import type {Options, Quote} from '../types.js'
import {articleOf} from '../lib/article.js'

const emptyOptions: Options = {}

const word = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu
/** Small words that stay in lower case in a title (`Law and Order`). */
const minor = new Set(['a', 'an', 'the', 'and', 'or', 'of', 'in', 'on', 'at', 'to', 'for', 'with', 'by', 'from', 'as', 'but', 'nor', 'vs', 'de', 'la', 'le'])

/**
 * Drop scare quotes, titles and nicknames.
 */
export function newsScareQuotes(options?: Readonly<Options> | null) {
  void (options || emptyOptions)

  return function scareQuotesTransform(_tree: Root, file: VFile): undefined {
    const article = articleOf(file)
    article.quotes = article.quotes.filter((quote) => !isScareQuote(quote))
  }
}

/** Whether a quotation reads as nobody's words (see the module comment). */
export function isScareQuote(quote: Readonly<Quote>): boolean {
  if (quote.multiParagraph) return false
  const words = quote.text.match(word) ?? []
  if (words.length === 0) return true
  const title = words.length <= 8 && isTitleCase(words) && !/[.!?]$/u.test(quote.text.trim())
  // `whom rivals call "The Iron Lady"`: a name given, not words said.
  if (title && quote.cue !== null && naming.test(quote.cue)) return true
  if (quote.cue !== null) return false
  if (words.length <= 3 && quote.speakerMention === null && quote.speaker === null) return true
  return title
}

/** Cues that give a name rather than report words. */
const naming = /^(?:call|calls|called|calling|dub|dubs|dubbed|dubbing|nicknamed|named|known as|labell?ed|branded|termed)$/i

/** Whether every word but the small ones starts with a capital (or a digit), and more than one. */
function isTitleCase(words: ReadonlyArray<string>): boolean {
  if (words.length < 2) return false
  return words.every((item, index) => /^[\p{Lu}\p{N}]/u.test(item) || (index > 0 && minor.has(item)))
}
