/**
 * Plugin: find the byline and split it into authors.
 *
 * A byline is a line that starts with "By" (`By JEFFREY GETTLEMAN`, `BY NAME`,
 * `by: Laurie Oakes`, `Byby JOSH HASKELL, …`, or "By" alone with the names
 * on the next line), an author label (`Author : Fakir Balaji`), a line of
 * names alone between the headline and the story (`Meg Kinnard and Errin
 * Haines, Associated Press`), a byline in front of the dateline inside the
 * first paragraph (`By K J M Varma Beijing, Aug 1 (PTI) …`), or a name
 * trailing the headline (`… talks between Mobutu and Kabila by Christophe
 * Parayre`). "Edited by" stands in when nothing else names a person.
 */

import type {Paragraph, Root} from 'nlcst'
import type {VFile} from 'vfile'
import type {Options} from '../types.js'
import {articleOf, blockData, blocksOf, claim, isFree, lineOf, positionOf, rawText, roleOf, startOf, endOf} from '../lib/article.js'
import {isProse, wordCount} from '../lib/text.js'
import {isPersonName, parseAuthors} from '../lib/names.js'
import {agencyMatcher} from '../lexicons/agencies.js'
import {isTimestampLine} from '../lexicons/dates.js'
import {isKnownPlace} from '../lexicons/places.js'
import {publicationWords} from '../lexicons/publications.js'
import {bylineTitleWords} from '../lexicons/titles.js'

const emptyOptions: Options = {}

/** How many blocks after the headline a byline may stand. */
const searchLimit = 30

const byPrefix = /^(?:\([^()]{0,300}\)\s*)*\(?(?:by(?:by)?|written by|words by|story by|reported by|posted by|author|authors|reporter)\b\s*[:\-]?\s*/i
const editedBy = /(?:\b|(?<=\p{Ll}))(?:edited|compiled) by\s+/iu

/**
 * Find the byline.
 */
export function newsByline(options?: Readonly<Options> | null) {
  const settings = options || emptyOptions
  const agencies = agencyMatcher(settings.agencies)

  return function bylineTransform(tree: Root, file: VFile): undefined {
    const article = articleOf(file)
    const blocks = blocksOf(tree)
    const start = Math.max(0, blocks.findIndex((node) => roleOf(node) === 'headline'))
    const window = blocks.slice(0, start + searchLimit)
    let proseSeen = 0

    for (let index = 0; index < window.length; index++) {
      const node = window[index]
      // A timestamp line may carry the byline in front: `Saibal Dasgupta / TNN / Updated: …`.
      if (!isFree(node) && roleOf(node) !== 'meta') continue
      const line = lineOf(file, node)
      const prose = isProse(line)

      const prefix = isFree(node) ? byPrefix.exec(line) : null
      if (prefix) {
        const rest = line.slice(prefix[0].length)
        if (rest === '' || rest === ':') {
          // `By` alone: the names are on the next line.
          const next = window.slice(index + 1).find((block) => isFree(block))
          if (next) {
            const authors = parseAuthors(lineOf(file, next), agencies)
            if (authors.length > 0) {
              claim(node, 'byline', 'byline')
              claim(next, 'byline', 'byline')
              article.byline = {
                text: line + ' ' + lineOf(file, next),
                authors,
                position: positionOf(file, startOf(node), endOf(next))
              }
              return
            }
          }
          continue
        }
        if (prose) {
          if (inline(file, node, prefix[0].length, agencies)) return
          continue
        }
        const authors = parseAuthors(rest.replace(/\)\s*$/, ''), agencies)
        // A byline line even when it names no person (`By Associated Press`, `by India Post News Weekly`).
        claim(node, 'byline', 'byline')
        if (authors.length > 0) {
          article.byline = {text: line, authors, position: positionOf(file, startOf(node), endOf(node))}
          return
        }
        continue
      }

      if (proseSeen >= 2 || index < start) {
        if (prose) proseSeen++
        continue
      }

      // A line of names alone, before the story starts.
      if (!prose && wordCount(line) <= 30 && index > start) {
        const authors = namesOnly(line, agencies)
        if (authors.length > 0) {
          claim(node, 'byline', 'byline')
          article.byline = {text: line, authors, position: positionOf(file, startOf(node), endOf(node))}
          return
        }
      }

      if (prose) proseSeen++
    }

    if (fromHeadline(file, blocks, article)) return
    editor(file, window, article, agencies)
  }
}

/**
 * A line that is only names, maybe with a title or agency: the first part
 * (before a comma, `|` or `·`) must itself be a name.
 */
function namesOnly(line: string, agencies: ReturnType<typeof agencyMatcher>): string[] {
  if (/[.!?]$/.test(line) && !/\b\p{Lu}\.$/u.test(line)) return []
  const parts = line.split(/\s*(?:,|\||·|•|\/|\s-\s)\s*|\s+and\s+/).filter(Boolean)
  const head = parts[0]
  // A name with a title glued on (`Greg Beacham Ap Sports Writer`) runs to a few words, not a clause.
  if (head === undefined || wordCount(head) > 10) return []
  if (!isPersonName(head) && !isPersonName(parseAuthors(head, agencies)[0] ?? '')) return []
  // Every other part must be a name, a title, an outlet, a place or a timestamp: no sentence.
  for (const part of parts.slice(1)) {
    if (isPersonName(part) || parseAuthors(part, agencies).length > 0) continue
    if (!isBylineExtra(part, agencies)) return []
  }
  return parseAuthors(line, agencies)
}

/** A part of a byline line besides names: `Associated Press`, `Staff Writer`, `CBC News`, `Posted: Oct 14`, `Washington`. */
function isBylineExtra(part: string, agencies: ReturnType<typeof agencyMatcher>): boolean {
  if (agencies.all(part).length > 0 || publicationWords.test(part) || isKnownPlace(part)) return true
  if (isTimestampLine(part) || /^(?:posted|updated|published|last updated)\b/i.test(part)) return true
  const words = part.toLowerCase().split(/\s+/)
  if (words.every((word) => bylineTitleWords.has(word) || word.length <= 3)) return true
  return /^[\p{Lu}\p{N}\s.&'’-]+$/u.test(part) && wordCount(part) <= 4
}

/**
 * A byline in front of the dateline in the first paragraph
 * (`By Lalit K Jha Washington, Jul 27 (PTI) President …`): the byline ends
 * where the place of the dateline starts.
 */
function inline(file: VFile, node: Paragraph, prefixLength: number, agencies: ReturnType<typeof agencyMatcher>): boolean {
  const raw = rawText(file, node)
  const offset = startOf(node)
  // Place, date and agency credit: `Washington, Jul 27 (PTI)`, or a credit alone: `(Reuters) -`.
  const dateline = /\s(?=\(\p{L}{2,12}\)\s*[-—–:])|\s((?:(?:New|San|Los|Las|Hong|Kuala|Abu|Buenos|Rio|Sao|São|St\.|Port|Cape|Tel|El|La|Santa|Saint|Sri|Ho Chi|Addis|Dar es|Kuwait|Panama|Guatemala|Mexico)\s)?\p{Lu}[\p{L}.\-]+),\s+\p{L}{3,9}\.?\s+\d{1,2}\b/u
  const match = dateline.exec(raw.slice(prefixLength))
  if (!match) return false
  const end = prefixLength + match.index
  // The byline starts at `By`, after any editor's note.
  const by = raw.slice(0, prefixLength).search(/\b(?:by|written by|reported by)\b/i)
  const from = by >= 0 ? by : 0
  const text = raw.slice(from, end).trim()
  const authors = parseAuthors(raw.slice(prefixLength, end), agencies)
  if (authors.length === 0) return false
  const article = articleOf(file)
  article.byline = {text, authors, position: positionOf(file, offset + from, offset + end)}
  blockData(node).bodyStart = offset + end + 1
  return true
}

/** `Headline by Name Name` in datasets that glue the byline to the title. */
function fromHeadline(file: VFile, blocks: Paragraph[], article: ReturnType<typeof articleOf>): boolean {
  const node = blocks.find((block) => roleOf(block) === 'headline')
  if (!node || !article.headline || !/\sby\s/.test(article.headline)) return false
  // Glued after the title's last word (`… and Kabila by Christophe Parayre`,
  // `… lives on in cyberspace by Francis Curta`), not after a verb (`… used
  // by Huma Abedin`, `… to stop by White House`: the title's own words).
  const match = /(?<=(?:^|\s)([\p{L}\d][\p{L}\d'’.-]*))\s+by\s+(\p{Lu}[\p{L}'’\-]+(?:\s+\p{Lu}[\p{L}'’.\-]+){1,3})$/u.exec(article.headline)
  if (!match || !isPersonName(match[2]) || isVerbBeforeBy(match[1])) return false
  // A writer is not in the story: `… cheers speech by Barack Obama` is about
  // someone the text goes on to name again.
  const surname = match[2].split(/\s+/).at(-1)!
  if (String(file.value).includes(surname, endOf(node))) return false
  const line = lineOf(file, node)
  const at = line.lastIndexOf(match[0].trim())
  article.headline = article.headline.slice(0, match.index)
  article.byline = {
    text: match[0].trim(),
    authors: [match[2]],
    position: positionOf(file, startOf(node) + Math.max(0, at), endOf(node))
  }
  return true
}

/** Verbs that stand before `by` in a title's own words: participles (`used`, `written`, `hit`) and `stop by`, `stand by`. */
const verbsBeforeBy = new Set(['written', 'taken', 'given', 'made', 'held', 'led', 'run', 'set', 'hit', 'won', 'shot', 'beaten', 'bitten', 'struck', 'caught', 'bought', 'brought', 'sold', 'told', 'found', 'seen', 'known', 'chosen', 'driven', 'kept', 'left', 'lost', 'paid', 'said', 'sent', 'spent', 'built', 'cut', 'put', 'read', 'hurt', 'shut', 'thrown', 'sung', 'begun', 'drawn', 'grown', 'shown', 'sworn', 'torn', 'worn', 'fought', 'taught', 'thought', 'done', 'stop', 'stops', 'drop', 'drops', 'stand', 'stands', 'stood', 'pass', 'passes', 'come', 'comes', 'came', 'go', 'goes', 'went', 'swing', 'swings', 'stopping', 'dropping', 'standing', 'passing', 'coming', 'going', 'swinging', 'live', 'lives', 'abide', 'abides'])

/** Whether the word before `by` in a title is a verb, so the name after it is the title's own words. */
function isVerbBeforeBy(word: string): boolean {
  const lower = word.toLowerCase()
  if (word !== lower) return false
  return /(?:ed|en)$/.test(lower) || verbsBeforeBy.has(lower)
}

/** `Edited by Swati Bhasin`: the only person a page credits. */
function editor(file: VFile, window: Paragraph[], article: ReturnType<typeof articleOf>, agencies: ReturnType<typeof agencyMatcher>): void {
  for (const node of window) {
    if (!isFree(node) && roleOf(node) !== 'furniture') continue
    const line = lineOf(file, node)
    if (line.length > 300 || !/ed by /i.test(line)) continue
    const match = editedBy.exec(line)
    if (!match || wordCount(line) > 20) continue
    const authors = parseAuthors(line.slice(match.index + match[0].length), agencies)
    if (authors.length > 0) {
      if (isFree(node)) claim(node, 'byline', 'byline')
      article.byline = {text: line, authors, position: positionOf(file, startOf(node), endOf(node))}
      return
    }
  }
}
