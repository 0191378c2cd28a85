/**
 * What pages insert between the paragraphs of a story: links to other
 * stories (`Internal memo: Federal prison guards falsified records`, a
 * title-cased or all-capitals headline), promotions (`Sign up for his
 * newsletter`), and embedded posts (`— Elon Musk (@elonmusk) September 9,
 * 2016`). These tests only make sense inside the body, where a line shaped
 * like a headline is not the article's own.
 */

import {cached, endsSentence, isUpperCase, wordCount, wordsOf} from './text.js'
import {bylineTitleHeads, bylineTitleWords} from '../lexicons/titles.js'

/** Words of promotions and sign-up prompts. */
const promoWords =
  /\b(?:newsletters?|subscribe|subscribed|subscriptions?|subscribers?|sign[ -]up|inbox|unlock|download|notifications?|alerts?|personali[sz]ed|premium|register|free trial|click|tap|follow us|app store|google play|podcast|whatsapp channel|telegram channel|exclusive offers?|insights?|membership|special reports|delivered to|breaking news alerts|get access|share your (?:photos?|videos?|stories|views|experiences?))\b/gi

/** The same words, to test for one (cheaper than counting). */
const promoWord = new RegExp(promoWords.source, 'i')

/** Words of a headline that are not capitalised in title case. */
const minorWords = new Set([
  'a', 'an', 'the', 'and', 'or', 'but', 'nor', 'for', 'of', 'on', 'in', 'at', 'to', 'by', 'as', 'up', 'via', 'vs',
  'with', 'from', 'into', 'over', 'after', 'amid', 'than', 'per', 'is', 'are', 'be'
])

/** Whether a line is a promotion or sign-up prompt (asked by furniture and paragraphs alike: kept per document). */
export const isPromotion: (line: string) => boolean = cached(function (line) {
  if (line.length > 360) return false
  promoWord.lastIndex = 0
  if (!promoWord.test(line)) return false
  const words = wordCount(line)
  if (words > 45) return false
  const promos = line.match(promoWords)?.length ?? 0
  if (promos >= 2) return true
  return promos >= 1 && /\b(?:you|your|you'll|you're)\b/i.test(line)
})

/**
 * Whether a line inside the body is the headline of another story: title
 * case or capitals over five words or more, or `Label: Headline`, without a
 * sentence's closing mark. Not kept: the plugins seldom ask it of the
 * same line twice (95% of the asks were new lines).
 */
export function isTeaser(line: string): boolean {
  // A sentence of the story ends with a full stop; a headline ends without one (or asks).
  if (/[.!]["'”’)\]]*$/u.test(line) && !/(?:\.\.\.|…)$/.test(line)) return false
  const words = wordsOf(line)
  // A headline may ask a question; a sentence of the story does not come in title case.
  if (endsSentence(line) && !/(?:\.\.\.|…)$/.test(line) && !(line.endsWith('?') && words.length >= 7)) return false
  if (/(?:\.\.\.|…)$/.test(line) && words.length <= 20) return true
  if (words.length >= 6 && isUpperCase(line)) return true
  if (words.length >= 7) {
    const major = words.filter((word) => !minorWords.has(word.toLowerCase()))
    const capitalised = major.filter((word) => /^[\p{Lu}\p{N}'‘’"“]/u.test(word))
    if (major.length > 0 && capitalised.length / major.length >= 0.85) return true
  }
  // `Internal memo: Federal prison guards falsified records of cell checks`.
  return /^[\p{Lu}'‘][\p{L}'’ ]{1,30}:\s+\S/u.test(line) && words.length >= 6 && words.length <= 30
}

/** The attribution line of an embedded post: `— Elon Musk (@elonmusk) September 9, 2016`. */
export function isEmbedAttribution(line: string): boolean {
  return /^[—–-]\s*.{1,60}\(@\w+\)\s*.{0,40}$/u.test(line) || /^pic\.twitter\.com\/\w+/i.test(line)
}

/**
 * An author's note at the end: `Alyssa Newcomb is an NBC News contributor who
 * writes about …`, or the lines of an author box (the name, `Producer`).
 */
export function isAuthorNote(line: string, authors: ReadonlyArray<string>): boolean {
  if (line.length > 600) return false
  if (line.length <= 40) {
    const words = line.toLowerCase().split(/\s+/)
    if (words.length <= 4 && words.every((word) => bylineTitleHeads.has(word) || bylineTitleWords.has(word))) return true
  }
  return authors.some((author) => {
    if (!line.startsWith(author)) return false
    const rest = line.slice(author.length).trim()
    return rest === '' || /^(?:is|was|covers|writes|reports|joined|has been|has covered|has reported|has worked|,)\b/.test(rest)
  })
}
