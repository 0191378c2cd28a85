/**
 * Read a dateline at the start of a text: the place, the date words and the
 * agency credit that open wire copy (`MOSCOW (AP) —`, `WASHINGTON, Sept 15
 * (Reuters) -`, `New Delhi, Sep 15 (PTI)`, `ETHETE, Wyo. _`, `NEW DELHI:`),
 * and the forms that stand on a line of their own (`Moscow, September 15`).
 */

import {monthOf, weekdays} from '../lexicons/dates.js'
import type {AgencyMatcher} from '../lexicons/agencies.js'
import {isKnownPlace} from '../lexicons/places.js'

/** What a dateline match found; offsets are into the matched text. */
export interface DatelineMatch {
  /** The dateline as printed, without the dash after it. */
  text: string
  /** The place as printed, or `null` (`(Reuters) -`). */
  location: string | null
  /** The state, province or country after the city. */
  region: string | null
  /** The date words as printed. */
  date: string | null
  /** The agency credit inside the dateline as printed (`AP`, `Reuters`), or `null`. */
  agency: string | null
  /** Offset of the dateline text's start (after any editor's note). */
  start: number
  /** Offset of the dateline text's end (before the dash). */
  end: number
  /** Offset where the story starts (after the dash and white space). */
  bodyStart: number
  /** How sure the match is: `strong` forms carry a date or agency, `weak` ones only a place. */
  strength: 'strong' | 'weak'
}

// Letters of Latin script (with accents and combining marks), and capitals:
// explicit ranges compile and run much faster than Unicode property classes,
// and datelines in English copy are written in Latin script.
const upper = String.raw`A-Z\u00C0-\u00D6\u00D8-\u00DE`
const letter = String.raw`A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u0300-\u036F`

// A word of a place name: capitalised (or in capitals), or a particle inside
// a name (`KING OF PRUSSIA`, `RIO DE JANEIRO`), or hyphenated (`PORT-AU-PRINCE`).
const placeWord = String.raw`[${upper}][${letter}'’.]*(?:-[${letter}][${letter}'’.]*)*`
const particle = String.raw`(?:of|de|da|do|du|del|la|le|el|al|an|am|upon|on|sur|es|des|the)`
const placeName = String.raw`${placeWord}(?:\s+(?:${particle}\s+)?${placeWord}){0,4}`
// Places joined by a slash: `BEIRUT/THE HAGUE`, `Washington/ New Delhi`.
const places = String.raw`${placeName}(?:\s*/\s*${placeName}){0,3}`
// A region after a comma: `N.J.`, `South Africa`, `Wyo.`, or in brackets `[India]`.
const region = String.raw`(?:,\s*${placeName}(?:\s*/\s*${placeName}){0,3}|\s*\[${placeName}\])`
// A month-like word (checked afterwards: `Sept`, `FEb`, `Narch`), a day, maybe a year.
const monthWord = String.raw`[${letter}]{3,9}\.?`
const weekday = String.raw`(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|MON|TUE|WED|THU|FRI|SAT|SUN)[${letter}]{0,6}\.?,?\s+)?`
const date = String.raw`(?:${weekday}${monthWord}\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?|\d{1,2}\s+${monthWord}(?:,?\s+\d{4})?)`
const agency = String.raw`\(\s*([^()]{0,40}?)\s*\)`
const dash = String.raw`(?:—|–|―|--+|-|_|=)`
// After a dash: white space, or a word glued to a long dash (`WASHINGTON—The`),
// or a capital or a quote after a dash that does not join two words (a slug
// such as `MARATHON-PIPPIG-BOS` is one word).
const afterDash = String.raw`(?:(?<=[—–―])(?=\S)|(?=\s|$)|(?<![${letter}][-_])(?=[${upper}]|["“]))`

// The head of a dateline: places, regions, maybe a date, maybe a credit.
const head = String.raw`^(${places})((?:${region}){0,3}?)(?:,?\s*(${date})\.?,?)?\s*`
const credit = String.raw`(?:${agency}|/([${letter}]+)/\.?)`

/**
 * A dateline at the start of a text, in one expression (compiled once):
 * `PLACE[, REGION][, DATE] [(AGENCY)] -` ended by a dash or a colon;
 * `Chennai, Mar 21 (PTI) Renowned …` with a credit and no dash; or, on a line
 * of its own, `Moscow, September 15` (the text ends there).
 */
const placed = new RegExp(String.raw`${head}(?:${credit}?(?:\s*${dash}${afterDash}|\s*:)|${credit}(?=\s|$)|$)`)

/** `frankfurt, march 4 -`: 1980s copy with a lower-case place, only with a date and a dash. */
const lowerPlace = String.raw`[${letter}][${letter}'’.-]*(?:\s+[${letter}][${letter}'’.-]*){0,3}`
const lowerDated = new RegExp(String.raw`^(${lowerPlace})((?:,\s*${lowerPlace}){0,2}?),\s*(${date})\s*${dash}(?=\s)`)

/** `(Reuters) -`, `Dec 29 (Reuters) -`: a credit with no place. */
const creditOnly = new RegExp(String.raw`^(?:(${date})\s*)?${agency}(?:\s*${dash}${afterDash}|\s*:|(?=\s|$))`)

/** `UNDATED --`, and a dash left where a dataset dropped the dateline (`&#151; --`, `— `). */
const emptySlot = new RegExp(String.raw`^(?:(UNDATED)\s*${dash}|(?:&#\d+;|&mdash;)?\s*${dash}(?:\s*${dash})*)(?=\s)`)

/** An editor's note before the dateline: `(Eds: Updating with fresh quotes)`. */
const editorsNote = /^(?:\((?:eds?|editors?|attn|note|for use|updat|correct|clarif|adds|recasts|with)[^)]{0,300}\)\s*)+/i

/**
 * Match a dateline at the start of `value`. `standalone` says the text is a
 * line of its own (so `Moscow, September 15` with nothing after it counts).
 */
export function matchDateline(
  value: string,
  agencies: AgencyMatcher,
  standalone = false,
  places?: ReadonlySet<string>
): DatelineMatch | undefined {
  // Every dateline form has a digit, a bracket, a colon, a slash or a dash early on.
  if (!/[\d(:/—–―_=-]/.test(value.slice(0, 400))) return undefined
  const note = editorsNote.exec(value)
  const offset = note ? note[0].length : 0
  const text = value.slice(offset)

  const empty = emptySlot.exec(text)
  if (empty) {
    const bodyStart = offset + empty[0].length + leadingSpace(text.slice(empty[0].length))
    if (empty[1]) {
      return {text: empty[1], location: null, region: null, date: null, agency: null, start: offset, end: offset + empty[1].length, bodyStart, strength: 'strong'}
    }
    return {text: '', location: null, region: null, date: null, agency: null, start: offset, end: offset, bodyStart, strength: 'strong'}
  }

  const credit = creditOnly.exec(text)
  if (credit && isCredit(credit[2], agencies, dashAtEnd.test(credit[0]))) {
    if (credit[1] && !isDate(credit[1])) return undefined
    return finish(offset, text, credit[0], null, null, credit[1] ?? null, credit[2], 'strong')
  }

  // What ends a dateline (a dash, a colon, a credit's bracket) stands near
  // the start, and before it stand only names, particles and date words: a
  // lower-case word of four letters or more is a sentence (1980s copy with a
  // lower-case place always has a date).
  const opening = text.slice(0, 160)
  const stop = opening.search(/[—–―_=:)/]|-(?=\s|\p{Lu}|$)/u)
  const named = stop >= 0 && !/(?:^|\s)(?!(?:upon|into)\b)\p{Ll}{4,}/u.test(opening.slice(0, stop))
  const dated = stop >= 0 && /\d/.test(opening.slice(0, stop))
  let match = named || (standalone && text.length <= 120) ? placed.exec(text) : null
  // Nothing after it: only a line of its own may end where the dateline does.
  if (match && match[0].length === text.length && !standalone && !/[—–―_=:-]\s*$/.test(match[0])) match = null
  match ??= dated ? lowerDated.exec(text) : null
  if (!match) return undefined
  // The credit stands in groups 4–5 (before a dash) or 6–7 (with no dash).
  const [whole, place, regions, dateWords] = match
  const inBrackets = match[4] ?? match[6]
  const slashed = match[5] ?? match[7]
  const hasDate = dateWords !== undefined && isDate(dateWords)
  if (dateWords !== undefined && !hasDate) return undefined
  const credit2 = inBrackets ?? slashed
  const rest = text.slice(whole.length)
  const endsWithDash = dashAtEnd.test(whole) || /:\s*$/.test(whole)
  const hasCredit = credit2 !== undefined && isCredit(credit2, agencies, endsWithDash)
  if (inBrackets !== undefined && !hasCredit) return undefined

  const location = (place + (regions ?? '')).trim()

  if (!hasDate && !hasCredit) {
    // A place alone: in capitals before a dash (`DUBLIN —`, `ETHETE, Wyo. _`),
    // or a known place before a colon (`NEW DELHI:`, `Toronto:`), with the
    // story after it (or alone on its line).
    if (!endsWithDash) return undefined
    if (/:\s*$/.test(whole)) {
      if (!isKnownPlace(place, places)) return undefined
      if (rest.trim() === '' && !standalone) return undefined
    } else {
      if (labelWords.test(place) || rest.trim() === '' || clauseWords.test(location)) return undefined
      // In capitals (`DUBLIN —`), or a place we know (`Munich -`, `Indianapolis –`).
      if (/\p{Ll}/u.test(place) && !isKnownPlace(place, places)) return undefined
    }
    return finish(offset, text, whole, location, regions, null, null, 'weak')
  }

  if (!endsWithDash && !hasCredit && !(standalone && rest.trim() === '')) return undefined
  return finish(offset, text, whole, location, regions, hasDate ? dateWords.trim() : null, hasCredit ? credit2 : null, 'strong')
}

const dashAtEnd = new RegExp(String.raw`(?:${dash}|:)\s*$`)
const dashOrColonAtEnd = new RegExp(String.raw`\s*(?:${dash}|:)\s*$`)

/** Words that open a line before a dash or colon but are labels, not places. */
const labelWords = /^(?:Note|Update|Updated|Analysis|Opinion|Watch|Photos?|Video|Related|Read|Also|Editor|Editors|Eds|Highlights|Summary|Background|Context|Why|What|How|Who|Where|When|Source|Sources|Q|A|Breaking|Exclusive|Live|Warning|Comment|Review|Interview|Explainer|Factbox|Timeline|Here|This|That|These|Those|It|In|On|At|By|For|From|With|To|And|But|Or|So|Yes|No|Mr|Mrs|Ms|Dr|President|Minister|Update|Updated|More|Breaking|Exclusive|Watch|Listen|Opinion|Editorial|Note|Correction)\b/i

/**
 * Words of a clause that no place name has: a headline in capitals before a
 * dash (`IOWA POLLS NOT NECESSARILY WRONG, JUST TOO EARLY - …`) is no place.
 */
const clauseWords = /\b(?:not|just|too|but|is|are|was|were|will|would|can|could|should|has|have|had|to|for|with|from|by|as|if|than|that|this|why|how|what|who|vs)\b/i

function leadingSpace(value: string): number {
  return value.length - value.trimStart().length
}

function finish(
  offset: number,
  text: string,
  whole: string,
  location: string | null,
  regions: string | null | undefined,
  dateWords: string | null,
  credit: string | null,
  strength: 'strong' | 'weak'
): DatelineMatch {
  const printed = whole
    .replace(dashOrColonAtEnd, '')
    .trim()
    .replace(/(?<=\/)\.$/, '')
  const bodyStart = offset + whole.length + leadingSpace(text.slice(whole.length))
  const regionText = regions ? regions.replace(/^\s*,\s*|^\s*\[|\]\s*$/g, '').split(',')[0].trim() : null
  return {
    text: printed,
    location,
    region: regionText || null,
    date: dateWords,
    agency: credit,
    start: offset,
    end: offset + printed.length,
    bodyStart,
    strength
  }
}

/** Whether date words name a month (`Sept 15`, `FEb 26`, `Narch 2`, `15 September 2023`). */
export function isDate(value: string): boolean {
  const words = value.match(/\p{L}+/gu) ?? []
  let month = false
  for (const word of words) {
    if (monthOf(word) !== undefined) month = true
    else if (!weekdays.has(word.toLowerCase()) && !/^(?:st|nd|rd|th)$/i.test(word)) return false
  }
  return month
}

/**
 * Whether a parenthesised credit is an agency's: a known agency, empty (as
 * datasets leave it: `WASHINGTON () -`), or, before a dash, a service code
 * in capitals (`LPC/IFR`).
 */
function isCredit(value: string | undefined, agencies: AgencyMatcher, dashed: boolean): boolean {
  if (value === undefined) return false
  const trimmed = value.trim()
  if (trimmed === '') return dashed
  if (agencies.exact(trimmed)) return true
  if (!dashed) return false
  return /^[\p{Lu}\p{N}]{2,8}(?:[/-][\p{Lu}\p{N}]{2,8})*$/u.test(trimmed) || (agencies.all(trimmed).length > 0 && trimmed.length <= 30)
}
