/**
 * Plugin: find the headline, and the publication named next to it.
 *
 * The headline is the first line of the article that is not furniture, a
 * timestamp, a byline or a kicker (a short section label such as "POLITICS"
 * or "Tech News" above the real title). A page title often carries the
 * site's name (`Headline : The Tribune India`, `Headline | CBC News`,
 * `Headline - india news - Hindustan Times`): that suffix is split off and
 * becomes `publication`.
 */

import type {Paragraph, Root} from 'nlcst'
import type {VFile} from 'vfile'
import type {Options} from '../types.js'
import {articleOf, blocksOf, claim, isFree, keyOf, lineOf, roleOf} from '../lib/article.js'
import {comparable, endsSentence, isProse, isUpperCase, wordCount} from '../lib/text.js'
import {publicationWords, sectionWords} from '../lexicons/publications.js'

const emptyOptions: Options = {}

/** How far into the text the headline may stand. */
const searchLimit = 40

/** A byline or author line, which is never the headline. */
const bylineStart = /^(?:by(?:by)?\b|author\s*:|written by\b|posted by\b)/i

/**
 * Split a site name off a title: returns the headline and the publication.
 */
export function splitTitle(title: string): {headline: string; publication: string | null} {
  let headline = title
  let publication: string | null = null

  // Peel segments from the end while they are a date, the site, a section or a tagline.
  for (let step = 0; step < 6; step++) {
    const cut = lastSeparator(headline)
    if (!cut) break
    const rest = headline.slice(0, cut.index).trim()
    const tail = headline.slice(cut.index + cut.length).trim()
    if (!rest || wordCount(rest) < 2) break
    // ` : Site` (space before the colon) and ` | Site` are sure separators.
    const isStrong = cut.separator === '|' || cut.separator === ':'
    if (isStrong && /^[\d\s./-]+$/.test(tail)) {
      headline = rest
      continue
    }
    if (publication === null && isSiteLike(tail, isStrong)) {
      publication = tail
    } else if (!((publication !== null || isStrong) && (isSectionLike(tail) || (isStrong && isTagline(tail))))) {
      break
    }
    headline = rest
  }

  return {headline, publication}
}

/** A site's tagline after a sure separator: `News and in-depth reporting from Berlin and beyond`. */
function isTagline(value: string): boolean {
  return wordCount(value) <= 14 && /\b(?:news|reporting|stories|breaking|latest|headlines|analysis)\b/i.test(value)
}

function lastSeparator(value: string): {index: number; length: number; separator: string} | undefined {
  const pattern = /\s+([:|»]|::|-|–|—)\s+|\s*(\|)\s*|(?<=\p{Ll})(-)\s+(?=\p{Lu})/gu
  let found: {index: number; length: number; separator: string} | undefined
  let match
  while ((match = pattern.exec(value))) {
    found = {index: match.index, length: match[0].length, separator: match[1] ?? match[2] ?? match[3]}
  }
  return found
}

/** One section word, whole. */
const sectionWord = new RegExp(`^${sectionWords.source}$`, 'iu')

/** Whether a title segment names a site (`The Tribune India`, `theage.com.au`, `CBC News`). */
function isSiteLike(value: string, strong: boolean): boolean {
  const words = wordCount(value)
  if (words === 0 || words > 6) return false
  // A section label is no site: `Sports`, `World News`.
  if (words <= 3 && value.split(/\s+/).every((word) => sectionWord.test(word) && !publicationWords.test(word))) return false
  if (/\.(?:com|co|org|net|in|uk|au|ca|ie|nz|news)\b/i.test(value)) return true
  if (publicationWords.test(value)) return true
  // After ` : ` or ` | `, any short name in capitals is a site.
  return strong && /^[\p{Lu}\p{N}]/u.test(value) && !/[.!?]$/.test(value)
}

/** Whether a title segment is a section label (`World`, `india news`, `Latest News India`). */
function isSectionLike(value: string): boolean {
  const words = wordCount(value)
  return words > 0 && words <= 4 && sectionWords.test(value)
}

/** A marker of media or an update after a title: `(picture)`, `(VIDEO)`, `[Updated]`. */
const mediaMarker = /\s*[(\[](?:pictures?|photos?|videos?|graphics?|audio|map|updated?|corrected|\d+(?:st|nd|rd|th) ld(?: writethru)?)[)\]]\s*$/i

/** A publication named on a line of its own near the headline: `From: Herald Sun`. */
function sourceLine(file: VFile, blocks: Paragraph[], index: number): string | null {
  for (const node of blocks.slice(index + 1, index + 6)) {
    const match = /^(?:from|source|publication|published in)\s*:\s*(.{2,60})$/i.exec(lineOf(file, node))
    if (match && isSiteLike(match[1].trim(), true)) {
      if (isFree(node)) claim(node, 'furniture', 'headline')
      return match[1].trim()
    }
  }
  return null
}

/** Whether a line is a kicker: a short label above the headline. */
function isKicker(line: string): boolean {
  const words = wordCount(line)
  if (words <= 2 && line.length <= 24) return true
  if (words > 4 || endsSentence(line)) return false
  return words <= 2 || sectionWords.test(line) || (words <= 3 && isUpperCase(line))
}

/**
 * Find the headline.
 */
export function newsHeadline(options?: Readonly<Options> | null) {
  void (options || emptyOptions)

  return function headlineTransform(tree: Root, file: VFile): undefined {
    const article = articleOf(file)
    const blocks = blocksOf(tree)
    const candidates: Paragraph[] = []

    for (const node of blocks.slice(0, searchLimit)) {
      if (isFree(node)) candidates.push(node)
      else if (candidates.length > 0 && roleOf(node) === 'body') break
    }

    const chosen = choose(file, candidates, blocks)
    if (!chosen) {
      if (candidates.length > 0) {
        file.message('No headline: the text starts with the story', {
          place: candidates[0].position,
          ruleId: 'no-headline',
          source: 'news-article-parser'
        })
      }
      return
    }

    const line = lineOf(file, chosen).replace(mediaMarker, '')
    const {headline, publication} = splitTitle(line)
    claim(chosen, 'headline', 'headline')
    article.headline = headline
    article.publication = publication ?? sourceLine(file, blocks, blocks.indexOf(chosen))

    // The same title printed again (a page's title and its h1, a gallery's title).
    const index = blocks.indexOf(chosen)
    const key = comparable(headline)
    for (const node of blocks.slice(index + 1)) {
      // Only a line of about the title's length can be a copy of it.
      if (!isFree(node) || Math.abs(lineOf(file, node).length - headline.length) > 12) continue
      if (keyOf(file, node) === key) claim(node, 'furniture', 'headline')
    }
  }
}

function choose(file: VFile, candidates: Paragraph[], blocks: Paragraph[]): Paragraph | undefined {
  for (let index = 0; index < candidates.length; index++) {
    const node = candidates[index]
    const line = lineOf(file, node)
    if (bylineStart.test(line)) continue
    // Body text first: the text has no title line.
    if (index === 0 && wordCount(line) > 60) return undefined
    if (/^(?:\S.{0,60}?)?\((?:AP|Reuters|AFP|PTI|IANS|UNI|ANI|Xinhua|UPI|dpa|CNN)\)\s*(?:[-—–_]{1,2}|:)/u.test(line)) {
      return undefined
    }
    const next = candidates[index + 1]
    if (next && isKicker(line)) {
      const nextLine = lineOf(file, next)
      if (wordCount(nextLine) > wordCount(line) && wordCount(nextLine) <= 30 && !/\.["'”’]?$/.test(nextLine)) continue
    }
    // A short label followed by a timestamp or furniture and then the title.
    if (next && wordCount(line) <= 4 && !endsSentence(line)) {
      const between = blocks.slice(blocks.indexOf(node) + 1, blocks.indexOf(next))
      const nextLine = lineOf(file, next)
      if (between.length > 0 && !isProse(nextLine) && wordCount(nextLine) > wordCount(line)) continue
    }
    return node
  }
  return undefined
}
