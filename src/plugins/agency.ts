/**
 * Plugin: find the agencies credited for the story.
 *
 * Credits come from an agency line near the top (`AP`, `PTI`, `The
 * Associated Press`, `Associated PressDecember 2, 2016`, `AFP / Updated: …`,
 * `(For use by NYTimes News Service clients)`), from the byline (`By
 * Associated Press`, `Meg Kinnard and Errin Haines, Associated Press`), from
 * the dateline (recorded by the dateline plugin) and from trailers at the
 * end (`(With inputs from PTI)`, `— AFP`, `- PTI`, ` REUTER`). A trailer at
 * the end of the last paragraph is cut from it. Photo credits do not count:
 * the caption plugin keeps them on the captions.
 */

import type {Paragraph, Root} from 'nlcst'
import type {VFile} from 'vfile'
import type {Options} from '../types.js'
import {articleOf, blockData, blocksOf, claim, creditAgency, endOf, isFree, lineOf, positionOf, roleOf, startOf} from '../lib/article.js'
import {isClosingSentence, isProse, wordCount} from '../lib/text.js'
import {agencyMatcher, type AgencyMatcher} from '../lexicons/agencies.js'

const emptyOptions: Options = {}

/** How many blocks after the headline an agency line may stand. */
const searchLimit = 60
/** How many blocks at the end may carry a trailer. */
const trailerLimit = 3

/** Title words that may follow an agency name on an agency line (`Associated Press Writer`). */
const agencyLineTail = /^(?:\s*(?:writer|staff|reporter|correspondent|news|service|wire|photo|video|sports writer|business writer))*\s*(?:[|/,:·•\-–—]\s*.*|\d.*|(?:updated|published|posted|last updated)\b.*|(?:\p{Lu}\p{Ll}+day|\p{Lu}\p{Ll}{2,8}\.?\s+\d).*)?$/iu

/**
 * Find the story's agencies.
 */
export function newsAgency(options?: Readonly<Options> | null) {
  const settings = options || emptyOptions
  const agencies = agencyMatcher(settings.agencies)

  // `… said. — AFP`, `… (IANS)`, `… the US. PTI`, `…(With inputs from Hiral Dave and PTI)` closing the last paragraph.
  const signOff = new RegExp(
    String.raw`(?:\s+[—–\-]{1,2}\s*|\s*\(\s*|(?<=[.!?"”’])\s+)(${agencies.source})\s*\)?\.?\s*$|\s*\(\s*(?:with )?(?:inputs|files|reporting) (?:from|by) ([^()]{1,120})\)\.?\s*$`,
    'iu'
  )

  return function agencyTransform(tree: Root, file: VFile): undefined {
    const article = articleOf(file)
    const blocks = blocksOf(tree)
    const headline = blocks.findIndex((node) => roleOf(node) === 'headline')
    front(file, blocks.slice(headline + 1, headline + 1 + searchLimit), agencies)
    trailers(file, blocks, agencies, signOff)

    // The byline's credit: `Meg Kinnard and Errin Haines, Associated Press`.
    if (article.byline) {
      const offset = article.byline.position.start.offset ?? 0
      for (const match of agencies.all(article.byline.text)) {
        const at = offset + Math.max(0, String(file.value).slice(offset).indexOf(match.text))
        credit(file, match.entry.code, match.entry.name, match.text, at)
      }
    }
  }
}

function credit(file: VFile, code: string, name: string, text: string, start: number): void {
  creditAgency(articleOf(file), {code, name, text, position: positionOf(file, start, start + text.length)})
}

/** Agency lines and service notes before the story. */
function front(file: VFile, window: Paragraph[], agencies: AgencyMatcher): void {
  let proseSeen = 0
  for (const node of window) {
    const role = roleOf(node)
    if (role !== undefined && role !== 'byline' && role !== 'dateline' && role !== 'meta' && role !== 'furniture') continue
    const line = lineOf(file, node)
    const prose = isProse(line)

    // `(For use by NYTimes News Service clients)`, `c.1998 N.Y. Times News Service`.
    const service = /\(\s*(?:for use by (.+?) clients?\b|distributed by ([^)]+))|^(?:©|\(c\)|c\.\s?\d{4}|copyright)\s*(.{0,80})$/i.exec(line)
    if (service) {
      const match = agencies.all(service[1] ?? service[2] ?? service[3])[0]
      if (match) {
        credit(file, match.entry.code, match.entry.name, match.text, startOf(node) + Math.max(0, line.indexOf(match.text)))
        // A note run into the story's text (a feed that lost its line
        // breaks) credits the agency, but the block is still the story.
        if (isFree(node) && !prose) claim(node, 'agency', 'agency')
      }
      if (!prose) continue
    }

    if (prose) {
      if (++proseSeen >= 2) break
      continue
    }
    if (wordCount(line) > 14) continue

    // An agency name opening the line: `AP`, `ANI |`, `By Associated Press`, `Associated PressDecember 2, 2016`.
    const text = line
      .replace(/^(?:by|from|source)\s*:?\s+/i, '')
      .replace(/(?<=\p{Ll})(?=(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s*\d)/u, ' ')
    for (const match of agencies.all(text)) {
      if (match.index !== 0) break
      const tail = text.slice(match.text.length)
      if (!agencyLineTail.test(tail) && role !== 'dateline') break
      const at = startOf(node) + line.indexOf(match.text)
      credit(file, match.entry.code, match.entry.name, match.text, at)
      if (isFree(node)) claim(node, 'agency', 'agency')
      break
    }
  }
}

/** Trailers at the end of the story: `(With inputs from PTI)`, `— AFP`, ` REUTER`. */
function trailers(file: VFile, blocks: Paragraph[], agencies: AgencyMatcher, signOff: RegExp): void {
  let seen = 0
  for (let index = blocks.length - 1; index >= 0 && seen < trailerLimit; index--) {
    const node = blocks[index]
    const role = roleOf(node)
    if (role === 'headline') break
    if (role !== undefined && role !== 'furniture') continue
    const line = lineOf(file, node)

    // `(With inputs from PTI)`, `With inputs from agencies`.
    const inputs = /^[(\[]?\s*(?:with )?(?:inputs?|input|files|reporting|information) (?:from|by) ([^)\]]+?)\s*[)\]]?\.?$/i.exec(line)
    if (inputs) {
      for (const match of agencies.all(inputs[1])) {
        credit(file, match.entry.code, match.entry.name, match.text, startOf(node) + line.indexOf(match.text))
      }
      if (isFree(node)) claim(node, 'agency', 'agency')
      continue
    }

    // A line that is only a sign-off: `REUTER`, `AFP`, `PTI KJV ZH`, `-- IANS`, `(AP)`, `AFP, AP`.
    const alone = /^(?:[—–\-_&\s]|\\t)*\(?\s*([\p{L}.\-,/& ]+?)\s*\)?(?:\s+\p{Lu}{2,4}){0,4}\s*$/u.exec(line)
    if (alone) {
      const names = alone[1].split(/\s*(?:[,/&]|\band\b)\s*/).filter(Boolean)
      const entries = names.map((name) => agencies.exact(name.replace(/\.+$/, '')))
      if (entries.length > 0 && entries.every(Boolean)) {
        entries.forEach((entry, at) => credit(file, entry!.code, entry!.name, names[at], startOf(node) + line.indexOf(names[at])))
        if (isFree(node)) claim(node, 'agency', 'agency')
        continue
      }
    }

    if (role === 'furniture') {
      // Copyright lines name the story's owner: `Copyright 2019 The Associated Press.`
      if (/^(?:©|\(c\)|copyright)/i.test(line)) {
        const match = agencies.all(line)[0]
        if (match) credit(file, match.entry.code, match.entry.name, match.text, startOf(node) + line.indexOf(match.text))
      }
      continue
    }

    // Link lines and labels after the story do not count towards the last paragraphs.
    if (!isClosingSentence(line.replace(/[\s(—–-]+[\p{Lu}]{2,8}\)?$/u, ''))) continue
    seen++
    // A sign-off at the end of the last paragraph: `… said. — AFP`, `… (IANS)`.
    // Only the end of the paragraph can hold a sign-off.
    const from = Math.max(startOf(node), endOf(node) - 200)
    const tail = String(file.value).slice(from, endOf(node))
    const match = signOff.exec(tail)
    const source = tail
    if (match && /[.!?"”’)]\s*$/.test(source.slice(0, match.index))) {
      const named = match[1] ? [{entry: agencies.exact(match[1]), text: match[1]}] : agencies.all(match[2]).map((found) => ({entry: found.entry, text: found.text}))
      for (const {entry, text} of named) {
        if (!entry) continue
        credit(file, entry.code, entry.name, text, from + match.index + match[0].indexOf(text))
      }
      blockData(node).bodyEnd = from + match.index
    }
  }
}
