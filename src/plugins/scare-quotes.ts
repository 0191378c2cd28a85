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
 * A title stands where a work or a programme is named, cue or not: `told
 * ABC's "Good Morning America"`, `on "Meet the Press"`, `in an interview
 * with "Fox News Sunday"`, `the film "Frozen"`, `author of "Going Viral"`
 * (title case of up to eight words, one word too, not ending in `!` or `?`;
 * a full stop inside the marks is the sentence's, `the boxed set of "The
 * Tides of Harbour Town."`, unless the span has a verb or is in capitals
 * only, as a sentence or a sign has: `"All Bets Are Off."`, `"SAVE THE WALL."`),
 * or is followed by one (`the "Avatar" star`, `NBC's "Today" program`);
 * a term of up to three words after `so-called` is no one's words, even with a
 * cue in the sentence (`say the so-called "rebels" ...`);
 * so is a headline credited to its writer (`"Museum to close," by the
 * Post's Jane Roe`).
 */

import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import type {Options, Quote} from '../types.js'
import {articleOf} from '../lib/article.js'
import {isUpperCase} from '../lib/text.js'

const emptyOptions: Options = {}

const word = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu

/**
 * The first words of a quotation, nine at most: every test here needs only
 * to know whether it has up to three or eight words, and which (a long
 * quotation is not read to its end).
 */
function firstWords(text: string): string[] {
  const words: string[] = []
  word.lastIndex = 0
  let match
  while (words.length < 9 && (match = word.exec(text))) words.push(match[0])
  return words
}
/** Small words that stay in lower case in a title (`Law and Order`). */
const minor = new Set(['a', 'an', 'the', 'and', 'or', 'of', 'in', 'on', 'at', 'to', 'for', 'with', 'by', 'from', 'as', 'but', 'nor', 'vs', 'de', 'la', 'le'])

/**
 * Drop scare quotes, titles and nicknames.
 */
export function newsScareQuotes(options?: Readonly<Options> | null) {
  void (options || emptyOptions)

  return function scareQuotesTransform(_tree: Root, file: VFile): undefined {
    const article = articleOf(file)
    const value = String(file.value)
    article.quotes = article.quotes.filter((quote) => !isScareQuote(quote) && !isNamedWork(quote, value) && !isSoCalled(quote, value))
  }
}

/** Whether a quotation reads as nobody's words (see the module comment). */
export function isScareQuote(quote: Readonly<Quote>): boolean {
  if (quote.multiParagraph) return false
  const words = firstWords(quote.text)
  if (words.length === 0) return true
  const text = quote.text.trim()
  // A full stop may be the sentence's, set inside the marks (`the DVD of
  // "Shrek The Third."`), unless the span reads as a sentence itself: a
  // verb (`"All Bets Are Off."`, `"We're America."`) or capitals only (a sign).
  const title =
    words.length <= 8 && isTitleCase(words) && !/[!?]$/u.test(text) && !(text.endsWith('.') && (isUpperCase(text) || finiteVerb.test(text)))
  // `whom rivals call "The Iron Lady"`: a name given, not words said.
  if (title && quote.cue !== null && naming.test(quote.cue)) return true
  if (quote.cue !== null) return false
  if (words.length <= 3 && quote.speakerMention === null && quote.speaker === null) return true
  return title
}

/**
 * Whether a quotation is the title of a work or a programme, by where it
 * stands in `value` (see the module comment).
 */
export function isNamedWork(quote: Readonly<Quote>, value: string): boolean {
  if (quote.multiParagraph) return false
  const start = quote.position.start.offset
  const end = quote.position.end.offset
  if (start === undefined || end === undefined) return false
  if (creditedHeadline.test(value.slice(end, end + 80))) return true
  const text = quote.text.trim()
  if (/[!?]$/u.test(text)) return false
  const words = firstWords(text)
  if (words.length === 0 || words.length > 8 || !isTitleCase(words, 1)) return false
  return workPosition.test(value.slice(Math.max(0, start - 60), start)) || workAfter.test(value.slice(end, end + 40))
}

/** What follows a title that names a programme or a work: `"Today" program`, `the "Avatar" star`. */
const workAfter = /^\s*(?:(?:radio|TV|television|talk|news|reality|morning|late-night)\s+)?(?:program|programme|show|series|podcast|movie|film|documentary|album|star|actor|actress|host|co-host|anchor)\b/u

/**
 * Whether a quotation of up to three words follows `so-called` (`the
 * so-called "experts"`, `so-called Democratic "blue wall"`): the writer's
 * distance from a term, cue or not.
 */
export function isSoCalled(quote: Readonly<Quote>, value: string): boolean {
  const start = quote.position.start.offset
  if (start === undefined || quote.multiParagraph) return false
  const words = firstWords(quote.text)
  return words.length <= 3 && soCalled.test(value.slice(Math.max(0, start - 40), start))
}

/** `so-called` with at most one word after it, just before a quote mark. */
const soCalled = /\bso-?\s?called\s+(?:[\p{L}-]+\s+)?$/iu

/**
 * What precedes a title where a work or programme is named: a broadcaster's
 * or day's possessive (`ABC's`, `Sunday's`; not a person's: `Trump's "Make
 * America Great Again"` is his slogan), `on`, `told`, `interview with`,
 * or a noun for a work (`the film`, `author of`).
 */
const workPosition = new RegExp(
  '(?:' +
    String.raw`\b(?:on|told|interview (?:with|on))\s+(?:[\p{Lu}][\p{L}.]*\s+){0,3}[\p{Lu}][\p{L}.]*['’]s?\s+$` +
    String.raw`|\b(?:on|told|interview (?:with|on))\s+$` +
    String.raw`|\b(?:\p{Lu}{2,}|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)['’]s\s+$` +
    String.raw`|\b(?:show|film|movie|book|memoir|podcast|series|documentary|play|song|program|programme|album|novel|sitcom|drama|thriller|musical|starred in|(?:episode|broadcast|edition|(?:co-)?author|host|star|tune) of)\s*,?\s+$` +
    ')',
  'u'
)

/** A headline's credit after it: `, by the Post's Jane Roe`. */
const creditedHeadline = /^\s*[,.]?\s*by\s+(?:the\s+)?[\p{Lu}][\p{L}.]*(?:\s+[\p{Lu}][\p{L}.]*){0,3}['’]s?\s+[\p{Lu}]/u

/** Cues that give a name rather than report words. */
const naming = /^(?:call|calls|called|calling|dub|dubs|dubbed|dubbing|nicknamed|named|known as|labell?ed|branded|termed)$/i

/** A finite verb or a contraction with one: the span is a sentence, not a title. */
const finiteVerb = /\b(?:is|are|was|were|am|be|has|have|had|do|does|did|will|can|could|would|should|must)\b|\p{L}['’](?:s|re|m|ll|ve|d|t)\b/iu

/** Whether every word but the small ones starts with a capital (or a digit), and at least `least` (two) words. */
function isTitleCase(words: ReadonlyArray<string>, least = 2): boolean {
  if (words.length < least) return false
  return words.every((item, index) => /^[\p{Lu}\p{N}]/u.test(item) || (index > 0 && minor.has(item)))
}
