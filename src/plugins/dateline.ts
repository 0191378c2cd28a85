/**
 * Plugin: find the dateline.
 *
 * Looks at the first blocks after the headline. A dateline with a date or an
 * agency credit (`MOSCOW (AP) —`, `WASHINGTON, Sept 15 (Reuters) -`,
 * `Chennai, Mar 21 (PTI)`) is taken wherever it opens one of them; a place
 * alone (`DUBLIN —`, `NEW DELHI:`) only where it opens the story; a line of
 * its own (`Moscow, September 15`) only right before the story. The
 * dateline is cut from the front of its paragraph (the block's `bodyStart`);
 * a credit with no place (`(Reuters) -`, `UNDATED --`) is cut too, but is no
 * dateline. The agency credited in it counts for the story.
 */

import type {Paragraph, Root} from 'nlcst'
import type {VFile} from 'vfile'
import type {Dateline, Options, WireAgency} from '../types.js'
import {articleOf, blockData, blocksOf, claim, creditAgency, isFree, lineOf, positionOf, roleOf, startOf, endOf} from '../lib/article.js'
import {comparable, isProse} from '../lib/text.js'
import {isDate, matchDateline, type DatelineMatch} from '../lib/dateline.js'
import {fullDateIn, isoDate, referenceOf} from '../lib/dates.js'
import {agencyMatcher, type AgencyMatcher} from '../lexicons/agencies.js'
import {extraPlaces, isKnownPlace} from '../lexicons/places.js'

const emptyOptions: Options = {}

/** How many blocks after the headline to look at. */
const searchLimit = 40
/** How many paragraphs of running text may come before a dateline with a date or credit. */
const proseLimit = 6
/** … before a place alone (`DUBLIN —`, `NEW DELHI:`). */
const weakProseLimit = 3

/**
 * Find the dateline.
 */
export function newsDateline(options?: Readonly<Options> | null) {
  const settings = options || emptyOptions
  const agencies = agencyMatcher(settings.agencies)
  const reference = referenceOf(settings.referenceDate)
  const places = extraPlaces(settings.places)

  return function datelineTransform(tree: Root, file: VFile): undefined {
    const blocks = blocksOf(tree)
    const headline = blocks.findIndex((node) => roleOf(node) === 'headline')
    const window = blocks.slice(headline + 1, headline + 1 + searchLimit)
    let prose = 0

    for (let index = 0; index < window.length && prose < proseLimit; index++) {
      const node = window[index]
      const data = node.data?.newsArticle
      // A byline cut from the front of this block leaves the dateline next;
      // a byline line may end with the place (`Roland Parry, Washington`).
      if (!isFree(node) && data?.bodyStart === undefined && roleOf(node) !== 'byline') continue
      const from = data?.bodyStart ?? startOf(node)
      const text = String(file.value).slice(from, endOf(node))
      const line = lineOf(file, node)
      const isStory = isProse(line)
      const byline = roleOf(node) === 'byline'
      const match = byline
        ? creditedPlace(file, line, agencies, places)
        : (matchDateline(text, agencies, !isStory, places) ?? (isStory ? undefined : creditedPlace(file, line, agencies, places)))

      if (match && accept(match, isStory, prose, window, index)) {
        record(file, node, from, match, isStory, agencies, reference)
        return
      }
      if (isStory) prose++
    }

    // `CNNMoney (New York)` closing the story.
    for (const node of blocks.slice(-6)) {
      const match = /^((?:CNN|CNNMoney|CNN Business|CNN Wire))\s*\(([^()]{2,40})\)(?=\s|$)/u.exec(lineOf(file, node))
      if (!match) continue
      const start = startOf(node)
      record(file, node, start, {text: match[0], location: match[2], region: null, date: null, agency: match[1], start: 0, end: match[0].length, bodyStart: match[0].length, strength: 'strong'}, false, agencies, reference, false)
      return
    }
  }
}

/**
 * A line of its own that names who filed from where: `Reuters, Washington,`,
 * `Hindustan Times, Bhubaneswar`, a byline's `Roland Parry, Washington`, or a
 * date with the place after it: `Saturday, December 29, 2007 (New Delhi)`.
 */
function creditedPlace(file: VFile, line: string, agencies: AgencyMatcher, places?: ReadonlySet<string>): DatelineMatch | undefined {
  const dated = /^(.{6,40}?)\s*\(([\p{Lu}][\p{L}. ]{1,30})\)$/u.exec(line)
  if (dated && isDate(dated[1])) {
    return {text: line, location: dated[2], region: null, date: dated[1], agency: null, start: 0, end: line.length, bodyStart: line.length, strength: 'strong'}
  }
  const named = /^(.{2,40}?),\s*(\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){0,2})\s*,?$/u.exec(line)
  if (!named) return undefined
  const [, who, place] = named
  const article = articleOf(file)
  const byAgency = agencies.exact(who) !== undefined
  const byOutlet =
    (article.publication !== null && comparable(who) === comparable(article.publication)) ||
    (article.byline !== null && article.byline.authors.some((author) => comparable(author) === comparable(who)))
  // An agency files from any place; a paper or a writer only from a place we know.
  if (!byAgency && !(byOutlet && isKnownPlace(place, places))) return undefined
  const text = line.replace(/\s*,\s*$/, '')
  return {text, location: place, region: null, date: null, agency: agencies.exact(who) ? who : null, start: 0, end: text.length, bodyStart: line.length, strength: 'strong'}
}

/** Whether a match counts where it stands. */
function accept(match: DatelineMatch, isStory: boolean, prose: number, window: Paragraph[], index: number): boolean {
  const empty = match.location === null && match.agency === null && match.date === null
  if (isStory) {
    if (empty) return prose <= 1
    return match.strength === 'strong' || prose < weakProseLimit
  }
  // A line of its own: the story must follow it.
  if (match.location === null) return false
  const next = window.slice(index + 1).find((node) => isFree(node))
  return next !== undefined && prose < weakProseLimit
}

function record(
  file: VFile,
  node: Paragraph,
  from: number,
  match: DatelineMatch,
  isStory: boolean,
  agencies: AgencyMatcher,
  reference: {year: number; month: number} | undefined,
  claimLine = true
): void {
  const article = articleOf(file)
  const start = from + match.start
  const end = from + match.end
  const position = positionOf(file, start, end)

  let agency: WireAgency | null = null
  if (match.agency) {
    const entry = agencies.exact(match.agency) ?? agencies.all(match.agency)[0]?.entry
    if (entry) {
      const at = String(file.value).indexOf(match.agency, start)
      agency = {
        code: entry.code,
        name: entry.name,
        text: match.agency,
        position: at >= 0 ? positionOf(file, at, at + match.agency.length) : position
      }
      creditAgency(article, agency)
    }
  }

  if (match.strength === 'weak') {
    file.message(`Dateline \`${match.text}\` read from a place alone, with no date or agency credit`, {
      place: position,
      ruleId: 'weak-dateline',
      source: 'news-article-parser'
    })
  }

  if (isStory) blockData(node).bodyStart = from + match.bodyStart
  else if (claimLine && isFree(node)) claim(node, 'dateline', 'dateline')

  if (match.location === null) return

  // The year: a full date near the top (a caption, a timestamp line), else the reference date.
  const known = fullDateIn(String(file.value).slice(0, 6000)) ?? reference
  const dateline: Dateline = {
    text: match.text,
    location: match.location,
    locations: match.location.split(/\s*\/\s*/).map((place) => place.split(/\s*[,[]\s*/)[0].trim()),
    region: match.region,
    date: match.date,
    isoDate: match.date ? isoDate(match.date, known?.year, known?.month) : null,
    agency,
    position
  }
  article.dateline = dateline
}
