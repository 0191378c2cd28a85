/**
 * Person names: tell a name from other short lines, and cut the titles,
 * outlets and handles that bylines glue to names.
 */

import {bylineTitleHeads, bylineTitleWords} from '../lexicons/titles.js'
import {interfaceWords} from '../lexicons/furniture.js'
import {publicationWords, sectionWords} from '../lexicons/publications.js'
import {isKnownPlace} from '../lexicons/places.js'
import type {AgencyMatcher} from '../lexicons/agencies.js'

/** Particles that may stand inside a name in lower case. */
const particles = new Set(['van', 'von', 'de', 'der', 'den', 'da', 'di', 'du', 'la', 'le', 'bin', 'binti', 'al', 'el', 'dos', 'das', 'del', 'della', 'ter', 'ten', 'y', 'st.'])

/** Words that never stand in a person's name, even capitalised. */
const nonNameWords = new Set(['mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'our', 'staff', 'key', 'highlights', 'top', 'latest', 'breaking', 'live', 'updates', 'photo', 'photos', 'image', 'images', 'video', 'by', 'the', 'and', 'for', 'with', 'from', 'in', 'on', 'at', 'to', 'of', 'a', 'an', 'is', 'are', 'was', 'will', 'says', 'said', 'news', 'updated', 'published', 'posted', 'more', 'read', 'share', 'like', 'print', 'save'])

const nameToken = /^(?:\p{Lu}[\p{L}'’\-]*\.?|\p{Lu}\.(?:\p{Lu}\.)*|(?:Mc|Mac|O’|O')\p{Lu}[\p{L}'’\-]*)$/u

/**
 * Whether `value` reads as a person's name: two to five capitalised tokens
 * (initials allowed), no sentence punctuation, no outlet or section word.
 */
export function isPersonName(value: string): boolean {
  const tokens = value.trim().split(/\s+/)
  if (tokens.length < 2 || tokens.length > 5) return false
  let capitalised = 0
  for (const token of tokens) {
    if (particles.has(token.toLowerCase()) && token !== tokens[0] && token !== tokens.at(-1)) continue
    if (!nameToken.test(token)) return false
    capitalised++
  }
  if (capitalised < 2) return false
  if (publicationWords.test(value) || sectionWords.test(value)) return false
  const lower = tokens.map((token) => token.toLowerCase())
  if (lower.every((token) => interfaceWords.has(token))) return false
  if (lower.some((token) => nonNameWords.has(token))) return false
  if (isKnownPlace(value)) return false
  if (lower.some((token) => bylineTitleHeads.has(token))) return false
  return true
}

/**
 * Cut a byline into authors: `Meg Kinnard and Errin Haines, Associated Press`
 * → `['Meg Kinnard', 'Errin Haines']`. Titles, agencies, outlets, e-mail
 * addresses, handles, dates and places are dropped.
 */
export function parseAuthors(value: string, agencies: AgencyMatcher): string[] {
  let text = value
    // Glued titles: `Howard BlumeStaff Writer`.
    .replace(/(\p{Ll})(?=(?:Staff|Senior|Special|Contributing|Chief|Associated|Political|Correspondent|Reporter|Editor)\b)/gu, '$1 ')
    // Stop at what follows a byline on the same line.
    .split(/\s+[|·•/]\s*|\s*[|·•]\s+|\s+@|\s+\S+@\S+|\s+(?:updated|published|posted|last updated)\b|\s+-\s+|\s*\(|\s+on\s+(?=\p{Lu}\p{Ll}+\s+\d)/iu)[0]
  // Dates after the name: `JAN. 13, 2017`, `February 1, 2016: 12:41 PM ET`, `March 18 at 3:57 PM`.
  text = text.replace(/\s+(?:Follow|Updated|Published)\b.*$/u, '')
  text = text.replace(/\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\b.*$/iu, '')
  text = text.replace(/\s+(?:\p{L}{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}\s+\p{L}{3,9}\s+\d{4}|\d{1,2}\/\d{1,2}\/\d{2,4}).*$/u, '')
  text = text.replace(/^(?:by(?:by)?|from|author|written by|edited by|reported by|story by|words by)\s*[:\-]?\s*/i, '')

  const authors: string[] = []
  for (let part of text.split(/\s*,\s*|\s*;\s*|\s+and\s+|\s+AND\s+|\s*&\s*/)) {
    part = part.trim().replace(/[.,:;]+$/, '')
    if (!part) continue
    part = stripTitle(part)
    part = stripOutlet(part, agencies)
    if (isPersonName(part)) authors.push(part)
  }
  return authors
}

/** Remove a journalist's title after a name (`Greg Beacham Ap Sports Writer` → `Greg Beacham`). */
function stripTitle(value: string): string {
  const tokens = value.split(/\s+/)
  const lower = tokens.map((token) => token.toLowerCase().replace(/[.,]$/, ''))
  for (let index = 2; index < tokens.length; index++) {
    const rest = lower.slice(index)
    const isTitle = (token: string) => bylineTitleWords.has(token) || token.length <= 3
    if (rest.every(isTitle) && rest.some((token) => bylineTitleHeads.has(token))) {
      return tokens.slice(0, index).join(' ')
    }
  }
  return value
}

/** Remove an outlet or agency after a name (`Kevin McCoy USA TODAY`, `Andy Sahadeo Fox News`). */
function stripOutlet(value: string, agencies: AgencyMatcher): string {
  const tokens = value.split(/\s+/)
  // Mixed-case name followed by words in capitals.
  if (tokens.length > 2 && !/^[\p{Lu}\s.'’\-]+$/u.test(value)) {
    let end = tokens.length
    while (end > 2 && /^[\p{Lu}\p{N}]{2,}$/u.test(tokens[end - 1])) end--
    if (end < tokens.length) return tokens.slice(0, end).join(' ')
  }
  for (const found of agencies.all(value)) {
    if (found.index > 0) return value.slice(0, found.index).trim()
  }
  return value
}
