/**
 * Plugin: find photo and video captions, with their credits.
 *
 * A caption is a block that ends in a credit (`… 2023. AP/PTI`, `… (AP
 * Photo/Jane Doe)`, `… REUTERS/Brendan McDermid`), that a credit line
 * follows or precedes (`Evan Vucci/AP Photo`, `Photo: Meg Kinnard, AP`,
 * `(Luis Sinco / Los Angeles Times)`, `Credit...` then the name), that a
 * player labels (`Media caption …`), or that opens the way captions do
 * (`FILE PHOTO:`, `In this photo …`). Captions count wherever they stand,
 * between body paragraphs too. A caption printed twice is one caption.
 * Agencies named in a credit are the caption's, not the story's.
 */

import type {Paragraph, Root} from 'nlcst'
import type {VFile} from 'vfile'
import type {Caption, Options, WireAgency} from '../types.js'
import {articleOf, blocksOf, claim, endOf, isFree, keyOf, lineOf, positionOf, roleOf, startOf} from '../lib/article.js'
import {comparable, endsSentence, isClosingSentence, wordCount} from '../lib/text.js'
import {captionMarker, captionOpening, creditLabel, creditWords} from '../lexicons/credits.js'
import {agencyMatcher, type AgencyMatcher} from '../lexicons/agencies.js'
import {matchDateline} from '../lib/dateline.js'
import {isKnownPlace} from '../lexicons/places.js'

const emptyOptions: Options = {}

/** A caption found in one block: its text and its credit. */
interface Found {
  text: string
  credit: string | null
}

/** Lower-case words a credit may hold (`photo via AP`, `Submitted by …`). */
const creditLinkWords = new Set(['via', 'for', 'of', 'and', 'by', 'photo', 'photos', 'image', 'images', 'file', 'files', 'the', 'de', 'da', 'van', 'von', 'del', 'staff', 'handout', 'courtesy', 'supplied', 'pool', 'video', 'grab', 'screengrab', 'screenshot', 'photographer', 'illustration', 'pic', 'picture', 'at', 'on', 'in', 'with', 'getty', 'x'])

/** A credit in parentheses at the end: `(AP Photo/Jane Doe)`, `(Image: GETTY )`. */
const parenCredit = /\s*\(((?:[^()]|\([^()]*\))+)\)\s*$/u
/**
 * A credit glued after the text: `… agents. Credit Ashraf Shazly/AFP — Getty
 * Images`, `….Credit...Ed Murray/NJ.com`, `….CreditCreditChang W. Lee/The New
 * York Times` (group 1: what ends the label; group 2: the credit).
 */
const gluedCredit = /(?<=[.!?”"’)]|\s)\s*(?:Credits?|CreditCredit)(\.{3}|…|:|\s|(?=\p{Lu}))\s*(\S.{1,120})$/u
/** Trailing player labels and toggles: `hide caption`, `toggle caption`, `… more`, `less`. */
const playerLabel = /\s*(?:hide caption|toggle caption|show caption|enlarge this image|(?:\.\.\.|…)\s*more|(?<=[.!?”"’)])\s*less)\s*$/i

/** Drop a player label or toggle from the end of a line (cheaply: only lines ending in one of their words). */
function withoutLabel(line: string): string {
  return /(?:caption|image|more|less)\s*$/i.test(line.slice(-24)) ? line.replace(playerLabel, '') : line
}
/** `Name/Outlet`, `Name / Outlet - Getty Images`: a photographer and an outlet. */
const slashCredit = /^[\p{Lu}][\p{L}\p{M}.'’\-]*(?:\s+[\p{L}\p{M}.'’\-]+){0,5}\s*\/\s*\S/u

/** Labels of a video player: `Video`, `Now playing`, `Your video will play in 00:25`, `0:49`. */
const videoMarker = /^(?:video|videos|watch(?: video| now)?|now playing|play video|autoplay|your video will play\b.*|\d{1,2}:\d{2})$/i

/** A video's title: a short line that is not a sentence. */
function isVideoTitle(line: string): boolean {
  return wordCount(line) >= 3 && wordCount(line) <= 15 && !/[.!]$/.test(line)
}

/** Whether two lines open with the same three words. */
function sameOpening(a: string, b: string): boolean {
  const first = (value: string) => comparable(value).split(' ').slice(0, 3).join(' ')
  return first(a) === first(b)
}

/** A rough, cheap signature of a line: its start in lower case (copies of a line share it). */
function signature(line: string): string {
  return line.slice(0, 24).toLowerCase()
}

/** Whether a line was cut short by the page (`… more`, `...`). */
function truncated(line: string): boolean {
  return /(?:\.\.\.|…)\s*(?:more)?$|\sless$/i.test(line.slice(-12))
}

/**
 * Whether a line prints the caption `key` (compared form) again, maybe cut
 * short with a toggle (`… more`).
 */
function sameCaption(line: string, key: string, cut = false): boolean {
  const other = comparable(withoutLabel(line))
  if (other === key) return true
  if (!cut) return false
  const a = other.replace(/\s*(?:\.\.\.|…)$/, '')
  const b = key.replace(/\s*(?:\.\.\.|…)$/, '')
  return Math.min(a.length, b.length) >= 40 && (a.startsWith(b) || b.startsWith(a))
}

/** The most words a credit has, its label (`Photo credit:`) left out. */
const maxCreditWords = 12

/**
 * Whether `value` reads as a credit: short, and naming a photographer, an
 * agency or a source of pictures.
 */
export function isCredit(value: string, agencies: AgencyMatcher): boolean {
  const text = value.replace(creditLabel, '').trim()
  const words = wordCount(text)
  if (words === 0 || words > maxCreditWords) return false
  // `Washington/ New Delhi:` is a dateline, not a photographer and an outlet.
  if (/:$/.test(text) || isKnownPlace(text)) return false
  if (/[.!?]$/.test(text) && !/\b\p{Lu}\.$/u.test(text) && !/\bJr\.$|\bInc\.$/.test(text)) return false
  // Names and outlets: capitalised words, with a few linking words in lower case.
  const lower = text.split(/[\s/,:;()—–-]+/).filter((word) => /^\p{Ll}/u.test(word) && !/[@.]\p{L}/u.test(word))
  if (lower.some((word) => !creditLinkWords.has(word.replace(/[.'’]+$/, '')))) return false
  if (text !== value.trim()) return true
  if (slashCredit.test(text)) return true
  // A site as the source: `(onmeth.com)`.
  if (/^[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|gov|edu|co|in|uk|au|ca|io)$/i.test(text)) return true
  if (creditWords.test(text)) return true
  return agencies.exact(text) !== undefined
}

/** Whether a credit names only an agency (`AFP`, `Reuters`): such a credit may also be a story's sign-off. */
function isAgencyOnly(value: string, agencies: AgencyMatcher): boolean {
  return agencies.exact(value) !== undefined
}

/**
 * Read a caption from one line: a marker, a credit at the end, or a caption
 * opening. Returns nothing when the line is not a caption by itself.
 */
export function readCaption(line: string, agencies: AgencyMatcher, last = false): Found | undefined {
  // Captions are short; a long block is a story paragraph (its credit, if any, is read from its end).
  if (line.length > 1500) return undefined
  let text = withoutLabel(line)
  let marked = false

  const marker = captionMarker.exec(text)
  if (marker) {
    text = text.slice(marker[0].length)
    marked = true
  }

  // Credits stand at the end: read only the tail of long lines.
  const tailFrom = Math.max(0, text.length - 260)
  const tail = text.slice(tailFrom)

  const glued = /credit/i.test(tail) ? gluedCredit.exec(tail) : null
  // With a colon or dots, or glued to the name as web pages print it (`…
  // underground.CreditChang W. Lee/The New York Times`), the label makes it
  // a credit (`Credit: HARARE HERALD`), with no agency or photo word needed;
  // before a space it may be a name (`the Farm Credit System.`).
  const labelled = glued !== null && !/^\s$/.test(glued[1])
  if (glued && isCredit(labelled ? glued[0].trim() : glued[2], agencies) && wordCount(text.slice(0, tailFrom + glued.index)) >= 3) {
    return {text: text.slice(0, tailFrom + glued.index).trim(), credit: cleanCredit(glued[2])}
  }

  const inTail = tail.endsWith(')') ? parenCredit.exec(tail) : null
  const paren = inTail ? Object.assign([...inTail] as string[], {index: tailFrom + inTail.index}) : null
  if (paren && isCredit(paren[1], agencies)) {
    const before = text.slice(0, paren.index).trim()
    const agencyOnly = isAgencyOnly(paren[1], agencies)
    // `… said. (AFP)` closing the story is a sign-off; `Julian Assange (AFP)` is a caption.
    if (wordCount(before) >= 2 && (!agencyOnly || !last || !endsSentence(before) || marked)) {
      return {text: before, credit: cleanCredit(paren[1])}
    }
  }

  // `… listed for sale. (Bespoke Real Estate)`: a short name in brackets after a sentence.
  if (paren && !last && !marked) {
    const before = text.slice(0, paren.index).trim()
    const name = paren[1].trim()
    if (/[.!?]["”’]?$/.test(before) && wordCount(before) >= 4 && wordCount(before) <= 40 && /^\p{Lu}[\p{L}'’.&-]*(?:\s+\p{Lu}[\p{L}'’.&-]*){0,3}$/u.test(name) && !agencies.exact(name)) {
      return {text: before, credit: name}
    }
  }

  // A bare credit ends with a name, not with a sentence's closing mark.
  const bare = /[.!?"”’]$/.test(text) ? undefined : bareCredit(text, agencies)
  if (bare && !(last && isAgencyOnly(bare.credit ?? '', agencies))) return bare

  if (marked) return {text: text.trim(), credit: null}
  // A video's title: `Video shows dramatic rescue of kidnapped girl`.
  if (/^(?:video|watch)\s*(?::|\bshows\b|\bof\b)/i.test(text) && wordCount(text) <= 15 && !/[.!]$/.test(text)) {
    return {text: text.trim(), credit: null}
  }
  if (captionOpening.test(text) && wordCount(text) <= 90) return {text: text.trim(), credit: null}
  return undefined
}

/** A credit after the last sentence without parentheses: `… 2023. AP/PTI`, `….REUTERS/Name`. */
function bareCredit(text: string, agencies: AgencyMatcher): Found | undefined {
  // After the last sentence end: `… 2023. AP/PTI`, `….REUTERS/Name`.
  const from = Math.max(0, text.length - 110)
  const match = /[.!?]["”’)]?\s*([\p{Lu}][^.!?]{0,100}?)\s*$/u.exec(text.slice(from))
  if (!match) return undefined
  const credit = match[1]
  const before = text.slice(0, from + match.index + match[0].length - match[0].replace(/^[.!?]["”’)]?/u, '').length)
  if (wordCount(before) < 4) return undefined
  if (!(/\//.test(credit) || creditWords.test(credit) || isAgencyOnly(credit, agencies) || /^[\p{Lu}\s]{4,}$/u.test(credit))) {
    return undefined
  }
  if (!isCredit(credit, agencies)) return undefined
  return {text: before.trim(), credit: cleanCredit(credit)}
}

function cleanCredit(value: string): string {
  return value.replace(creditLabel, '').replace(/\s+/g, ' ').trim()
}

/**
 * Whether a line credits the story to agencies rather than a photo: agencies
 * alone (`AFP, AP`), or an agency and a place or separator (`Reuters,
 * Washington,`, `ANI |`).
 */
function isAgencyLine(line: string, agencies: AgencyMatcher): boolean {
  const parts = line.split(/\s*(?:[,/&|·•]|\band\b)\s*/).filter(Boolean)
  if (parts.length > 0 && parts.every((part) => agencies.exact(part))) return true
  const lead = agencies.lead(line)
  if (lead !== undefined && lead.index === 0 && /^(?:\s+\p{Lu}{2,4}){1,4}$/u.test(line.slice(lead.text.length))) return true
  return lead !== undefined && lead.index === 0 && /^\s*[|,:·•]\s*(?:\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2}\s*,?\s*)?$/u.test(line.slice(lead.text.length))
}

/** Whether a line is a credit alone: `Evan Vucci/AP Photo`, `(Reuters)`, `Photo: Meg Kinnard, AP`. */
function creditLine(line: string, agencies: AgencyMatcher): string | undefined {
  // A credit is a short line.
  if (line.length > 160) return undefined
  // `- AFP`, `-- IANS`: a sign-off.
  if (/^[—–\-]/.test(line)) return undefined
  const paren = /^\((.+)\)$/.exec(line)
  const inner = paren ? paren[1] : line
  // A credit has `maxCreditWords` after its label (of two words at most): a sentence is none.
  if (wordCount(inner) > maxCreditWords + 2) return undefined
  const spelledOut = /^\p{Lu}+(?:\s+\p{Lu}+)+$/u.test(inner.trim()) && agencies.exact(inner) !== undefined
  if (!paren && !spelledOut && isAgencyLine(inner, agencies)) return undefined
  if (!isCredit(inner, agencies)) return undefined
  // An agency alone (`AP`, `PTI`, `REUTER`) is the story's agency line or sign-off, not a photo
  // credit; only in brackets or spelled out in capitals (`ASSOCIATED PRESS`) is it a credit.
  if (!paren && agencies.exact(inner) && !/^\p{Lu}+(?:\s+\p{Lu}+)+$/u.test(inner.trim())) return undefined
  // A name alone is a byline, not a credit.
  if (!paren && !creditLabel.test(line) && !/[/]/.test(line) && !creditWords.test(line) && !/^[\p{Lu}\s]+$/u.test(line)) return undefined
  return cleanCredit(inner)
}

/**
 * Find captions.
 */
export function newsCaption(options?: Readonly<Options> | null) {
  const settings = options || emptyOptions
  const agencies = agencyMatcher(settings.agencies)

  return function captionTransform(tree: Root, file: VFile): undefined {
    const article = articleOf(file)
    const blocks = blocksOf(tree)
    const headline = blocks.findIndex((node) => roleOf(node) === 'headline')
    const captions: Caption[] = []
    let lastKey: string | undefined
    const seen = new Set<string>()
    let lastCredit: string | undefined
    // The story's last paragraph: a credit-like agency name there is its sign-off.
    let last = blocks.length - 1
    const closes = (node: Paragraph) => isClosingSentence(lineOf(file, node).replace(/[\s(—–-]+[\p{Lu}]{2,8}\)?$/u, ''))
    while (last > headline && !(isFree(blocks[last]) && closes(blocks[last]))) last--

    // Blocks by a rough signature of their text (the compared form is worked
    // out only within a bucket), and the blocks a toggle cut short, to find
    // copies of a caption.
    const bySignature = new Map<string, number[]>()
    const cutShort: number[] = []
    for (let at = headline + 1; at < blocks.length; at++) {
      const line = lineOf(file, blocks[at])
      const key = signature(line)
      const list = bySignature.get(key)
      if (list) list.push(at)
      else bySignature.set(key, [at])
      if (truncated(line)) cutShort.push(at)
    }
    const seenSignatures = new Set<string>()

    const add = (node: Paragraph, found: Found, end: Paragraph = node) => {
      claim(node, 'caption', 'caption')
      if (end !== node) claim(end, 'credit', 'caption')
      lastCredit = found.credit ?? undefined
      const textBefore = found.text
      found = {...found, text: withoutLabel(found.text)}
      // The same caption printed elsewhere (galleries print it twice, pages
      // above and below); a copy cut short by a toggle gives way to the whole.
      const wanted = comparable(found.text)
      // When this caption was cut short, any block may hold it whole.
      const candidates = truncated(textBefore)
        ? blocks.map((_, at) => at).slice(headline + 1)
        : [...(bySignature.get(signature(found.text)) ?? []), ...cutShort]
      for (const at of candidates) {
        if (!isFree(blocks[at])) continue
        const same = keyOf(file, blocks[at]) === wanted
        const other = withoutLabel(lineOf(file, blocks[at]))
        // A longer or shorter copy counts only where the page cut one of them short.
        if (!same && !sameCaption(other, wanted, truncated(textBefore) || truncated(lineOf(file, blocks[at])))) continue
        claim(blocks[at], 'caption', 'caption')
        if (other.length > found.text.length) found = {...found, text: other}
      }
      const key = comparable(found.text)
      if (key === lastKey || found.text === '') return
      lastKey = key
      seen.add(key)
      seenSignatures.add(signature(found.text))
      const start = Math.min(startOf(node), startOf(end))
      const stop = Math.max(endOf(node), endOf(end))
      captions.push({
        text: found.text,
        credit: found.credit,
        agencies: found.credit ? creditAgencies(file, found.credit, start, stop, agencies) : [],
        position: positionOf(file, start, stop)
      })
    }

    for (let index = headline + 1; index < blocks.length; index++) {
      const node = blocks[index]
      if (!isFree(node)) {
        if (videoMarker.test(lineOf(file, node))) video(index)
        continue
      }
      const line = lineOf(file, node)

      // A caption by itself.
      const found = readCaption(line, agencies, index === last)
      if (found) {
        add(node, found)
        continue
      }

      // The same caption again (galleries repeat them).
      if (
        (seenSignatures.has(signature(line)) && seen.has(keyOf(file, node))) ||
        (truncated(line) && [...seen].some((key) => sameCaption(line, key, true)))
      ) {
        claim(node, 'caption', 'caption')
        continue
      }

      // `Credit...` with the name on the next line.
      if (/^credits?\s*(?:\.{3}|…|:)?$/i.test(line)) {
        const next = nextFree(blocks, index)
        const previous = previousFree(file, blocks, index, headline)
        if (next && previous !== undefined) {
          claim(node, 'credit', 'caption')
          add(blocks[previous.index], {text: previous.line, credit: lineOf(file, next)}, next)
          index = blocks.indexOf(next)
        }
        continue
      }

      const credit = creditLine(line, agencies)
      if (credit === undefined) continue
      if (credit === lastCredit) {
        claim(node, 'credit', 'caption')
        continue
      }
      const previous = previousFree(file, blocks, index, headline)
      // `(AP)` after the story's last paragraph signs it off.
      if (previous && previous.index === last && isAgencyOnly(credit, agencies)) continue
      if (previous && wordCount(previous.line) >= 3 && !isCredit(previous.line, agencies)) {
        add(blocks[previous.index], {text: previous.line, credit}, node)
        continue
      }
      // A credit above its caption (`ASSOCIATED PRESS` then the caption).
      const next = nextFree(blocks, index)
      const nextLine = next ? lineOf(file, next) : ''
      if (
        next &&
        /^[\p{Lu}\s/.,&'’-]+$/u.test(line) &&
        wordCount(nextLine) >= 3 &&
        wordCount(nextLine) <= 60 &&
        !matchDateline(nextLine, agencies)
      ) {
        add(next, {text: lineOf(file, next), credit}, node)
        index = blocks.indexOf(next)
      } else {
        claim(node, 'credit', 'caption')
      }
    }

    article.captions = captions
    article.caption = captions[0]?.text ?? null

    /**
     * A video player: its title beside the marker is no dek; a description
     * under the title (`Fox News Flash … are here.`) is the video's caption.
     */
    function video(index: number): void {
      const before = blocks[index - 1]
      if (before && isFree(before) && index - 1 > headline && isVideoTitle(lineOf(file, before))) {
        claim(before, 'furniture', 'caption')
      }
      const title = blocks[index + 1]
      if (!title || !isFree(title) || !isVideoTitle(lineOf(file, title))) return
      claim(title, 'furniture', 'caption')
      const description = blocks[index + 2]
      if (description && isFree(description) && sameOpening(lineOf(file, title), lineOf(file, description))) {
        add(description, {text: lineOf(file, description), credit: null})
      }
    }
  }
}

/** The free block right before `index` (only furniture between), after the headline. */
function previousFree(file: VFile, blocks: Paragraph[], index: number, headline: number): {index: number; line: string} | undefined {
  for (let at = index - 1; at > headline; at--) {
    const node = blocks[at]
    if (isFree(node)) return {index: at, line: lineOf(file, node)}
    if (roleOf(node) !== 'furniture' && roleOf(node) !== 'meta') return undefined
  }
  return undefined
}

function nextFree(blocks: Paragraph[], index: number): Paragraph | undefined {
  for (let at = index + 1; at < blocks.length && at < index + 4; at++) {
    const node = blocks[at]
    if (isFree(node)) return node
    if (roleOf(node) !== 'furniture' && roleOf(node) !== 'meta') return undefined
  }
  return undefined
}

/** The agencies named in a credit (`AP/PTI` → AP, PTI). */
function creditAgencies(file: VFile, credit: string, start: number, end: number, agencies: AgencyMatcher): WireAgency[] {
  const found: WireAgency[] = []
  const raw = String(file.value).slice(start, end)
  const at = raw.lastIndexOf(credit.split(/\s/)[0])
  for (const match of agencies.all(credit)) {
    if (found.some((agency) => agency.code === match.entry.code)) continue
    const offset = start + Math.max(0, at) + match.index
    found.push({code: match.entry.code, name: match.entry.name, text: match.text, position: positionOf(file, offset, offset + match.text.length)})
  }
  return found
}
