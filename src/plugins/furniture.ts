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
import {furnitureLines, interfaceWords, listHeaders} from '../lexicons/furniture.js'
import {isTimestampLine} from '../lexicons/dates.js'
import {agencyMatcher, type AgencyMatcher} from '../lexicons/agencies.js'
import {matchDateline} from '../lib/dateline.js'
import {isPromotion} from '../lib/inserts.js'
import {creditLabel, creditWords} from '../lexicons/credits.js'

const emptyOptions: Options = {}

/** Whether every word of a line is an interface label (`Facebook Twitter Email`). */
export function isInterfaceLine(line: string): boolean {
  const words = line
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .match(/[\p{L}\p{N}+]+/gu)
  if (!words || words.length > 12) return false
  return words.every((word) => interfaceWords.has(word))
}

/** Whether a line is page furniture, by the built-in patterns and `extra` ones. */
export function isFurnitureLine(line: string, extra?: ReadonlyArray<RegExp>): boolean {
  if (isInterfaceLine(line)) return true
  if (extra) for (const pattern of extra) if (pattern.test(line)) return true
  for (const pattern of furnitureLines) if (pattern.test(line)) return true
  return false
}

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
  const places = settings.places ? new Set(settings.places.map((place) => place.toLowerCase())) : undefined

  return function (tree: Root, file: VFile): undefined {
    let inList = false
    for (const node of blocksOf(tree)) {
      if (!isFree(node)) {
        inList = false
        continue
      }
      const line = lineOf(file, node)
      if (listHeaders.some((header) => header.test(line))) {
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
