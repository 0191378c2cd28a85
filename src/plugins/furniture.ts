/**
 * Plugin: mark page furniture.
 *
 * Looks at every block for the lines a page wraps around a story: share
 * buttons and interface labels, ads, "Also read" prompts, copyright and
 * reporting credits, timestamps, and lists of links under a header such as
 * "Related Coverage". Furniture blocks are claimed as `furniture` (timestamps
 * as `meta`), so no later plugin reads them as the story.
 */

import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import type {Options} from '../types.js'
import {blocksOf, claim, isFree, lineOf} from '../lib/article.js'
import {endsSentence, wordCount} from '../lib/text.js'
import {furnitureLines, furniturePhrases, interfaceWords, listHeaders, scanningFurnitureLines, storyEnds} from '../lexicons/furniture.js'
import {isTimestampLine} from '../lexicons/dates.js'
import {agencyMatcher, type AgencyMatcher} from '../lexicons/agencies.js'
import {matchDateline} from '../lib/dateline.js'
import {extraPlaces} from '../lexicons/places.js'
import {isPromotion} from '../lib/inserts.js'
import {creditLabel, creditWords} from '../lexicons/credits.js'

const emptyOptions: Options = {}

/** Whether every word of a line is an interface label (`Facebook Twitter Email`). */
export function isInterfaceLine(line: string): boolean {
  if (line.length > 120 || /[\d.,;!?"“”]/.test(line)) return false
  // Word by word, stopping at the first that is no label.
  const all = (value: string) => {
    const words = /[\p{L}\p{N}+]+/gu
    const lower = value.toLowerCase()
    let count = 0
    let match
    while ((match = words.exec(lower))) {
      if (++count > 12 || !interfaceWords.has(match[0])) return false
    }
    return count > 0
  }
  // `FacebookTwitterLinkedinEMail`: labels glued together.
  return all(line) || (/[a-z][A-Z]/.test(line) && all(line.replace(/([a-z])([A-Z])/g, '$1 $2')))
}

/** Whether a line is page furniture, by the built-in patterns and `extra` ones. */
export function isFurnitureLine(line: string, extra?: ReadonlyArray<RegExp>): boolean {
  if (extra) for (const pattern of extra) if (pattern.test(line)) return true
  // No furniture runs this long; an editor's note is the longest.
  if (line.length > maxFurnitureLength) return false
  if ((line.length <= 200 ? anyFurnitureLine : anyLongFurnitureLine).test(line)) return true
  for (const [pattern, needs] of scanningFurnitureLines) if (line.length <= 200 && needs(line) && pattern.test(line)) return true
  if (line.length <= 120 && (isInterfaceLine(line) || storyEnds.some((mark) => mark.test(line)))) return true
  for (const [pattern, longest] of furniturePhrases) if (line.length <= longest && pattern.test(line)) return true
  return false
}

/**
 * Flags for the joined patterns: Unicode mode only when a pattern needs it
 * (`\p{…}`). Case folding in Unicode mode makes V8 compile the joined
 * expression twice as slowly (about 37 against 20 ms, paid by each new
 * process or worker on its first article) and run it a little slower.
 */
const joinedFlags = furnitureLines.some((pattern) => pattern.source.includes('\\p{')) ? 'iu' : 'i'

/** The built-in line patterns as one expression (one pass instead of one per pattern). */
const anyFurnitureLine = new RegExp(furnitureLines.map((pattern) => `(?:${pattern.source})`).join('|'), joinedFlags)

/**
 * The patterns that can match a line over 200 characters (a note or credit
 * that runs long), as one expression: a long line is tested against these only.
 */
const anyLongFurnitureLine = new RegExp(
  furnitureLines
    .filter((pattern) => /\.\*|\{0,(?:[2-9]\d\d)\}/.test(pattern.source))
    .map((pattern) => `(?:${pattern.source})`)
    .join('|'),
  joinedFlags
)

/** The longest line a built-in pattern makes furniture. */
const maxFurnitureLength = 700

/**
 * Whether a line under a list header is one more item of the list (a link, a
 * topic). An agency line, a dateline or a lead-in ending with a colon ends
 * the list: the story follows.
 */
function isListItem(line: string, agencies: AgencyMatcher, places: ReadonlySet<string> | undefined): boolean {
  if (wordCount(line) > 16 || line.endsWith(':')) return false
  if (endsSentence(line) && !/(?:\?|\.\.\.|…)$/.test(line)) return false
  // A photo caption ends the list too: `Farmers protest in Bathinda. (Credits: PTI)`.
  const credit = /\(([^()]+)\)$/.exec(line)
  if (credit && (creditLabel.test(credit[1]) || creditWords.test(credit[1]))) return false
  return agencies.exact(line) === undefined && matchDateline(line, agencies, true, places) === undefined
}

/**
 * Mark furniture blocks.
 */
export function newsFurniture(options?: Readonly<Options> | null) {
  const settings = options || emptyOptions
  const extra = settings.furniture ?? undefined
  const agencies = agencyMatcher(settings.agencies)
  const places = extraPlaces(settings.places)

  return function furnitureTransform(tree: Root, file: VFile): undefined {
    let inList = false
    for (const node of blocksOf(tree)) {
      if (!isFree(node)) {
        inList = false
        continue
      }
      const line = lineOf(file, node)
      if (line.length <= 80 && listHeaders.some((header) => header.test(line))) {
        claim(node, 'furniture', 'furniture')
        inList = true
      } else if (isFurnitureLine(line, extra) || isPromotion(line)) {
        claim(node, 'furniture', 'furniture')
      } else if (isTimestampLine(line)) {
        claim(node, 'meta', 'furniture')
      } else if (inList && isListItem(line, agencies, places)) {
        claim(node, 'furniture', 'furniture')
      } else {
        inList = false
      }
    }
  }
}
