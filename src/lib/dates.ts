/**
 * Calendar dates from date words: chrono-node reads them; the year comes
 * from the words themselves, from a full date elsewhere in the article (a
 * caption's `September 15, 2023`, a timestamp line), or from a reference
 * date the caller gives.
 */

// English only: the whole package loads every locale (about 300 ms a process).
import {Chrono, configuration, strict} from 'chrono-node/en'
import {monthOf, months} from '../lexicons/dates.js'

/**
 * The date parsers of chrono-node's strict English configuration. Date words
 * of a dateline or timestamp name a day, never a time or a span (`in five
 * days`, `10:30 am`), so the other parsers are left out: V8 then compiles
 * half the expressions (the first date of a process or worker takes about
 * 19 ms instead of 39 ms) and each later one takes about half the time.
 */
const dateParsers = new Set([
  'ENYearMonthDayParser',
  'ISOFormatParser',
  'SlashDateFormatParser',
  'ENMonthNameLittleEndianParser',
  'ENMonthNameMiddleEndianParser',
  'ENSlashMonthFormatParser',
  'ENYearMonthNameParser'
])

const chrono = datesOnly()

/** chrono-node's strict parser with its date parsers only (all of them where a minifier renamed the classes). */
function datesOnly(): Chrono {
  const settings = configuration.createConfiguration(true, false)
  const parsers = settings.parsers.filter((parser) => dateParsers.has(parser.constructor.name))
  if (parsers.length !== dateParsers.size) return strict
  settings.parsers = parsers
  return new Chrono(settings)
}

const monthNames = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']

const monthAlternation = [...months.keys()].sort((a, b) => b.length - a.length).join('|')
// `September 15, 2023`, `Sept. 15 2023`, `15 September 2023`, `2023-09-15`.
const fullDate = new RegExp(
  String.raw`\b(?:(${monthAlternation})\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+((?:19|20)\d{2})|\d{1,2}\s+(${monthAlternation})\.?,?\s+((?:19|20)\d{2})|((?:19|20)\d{2})-(\d{2})-\d{2})\b`,
  'i'
)

/**
 * The year and month of the first full date in `value`, if any.
 */
export function fullDateIn(value: string): {year: number; month: number} | undefined {
  // Find years first (a cheap scan), then read the date words just before each.
  const years = /(?<!\d)(?:19|20)\d{2}(?!\d)/g
  let found
  let match: RegExpExecArray | null = null
  while (!match && (found = years.exec(value))) {
    const from = Math.max(0, found.index - 24)
    match = fullDate.exec(value.slice(from, found.index + 10))
  }
  if (!match) return undefined
  const year = Number(match[2] ?? match[4] ?? match[5])
  const month = match[6] ? Number(match[6]) : monthOf(match[1] ?? match[3])
  return {year, month: month ?? 6}
}

/**
 * Resolve date words (`Sept 15`, `FEb 26`, `Narch 2`, `March 22, 2018`) to
 * `YYYY-MM-DD`. Without a year in the words, `year` is used; without either,
 * the result is `null`. `month` (1–12) of the year's own date, when known,
 * moves a December dateline in a January article to the year before.
 */
export function isoDate(words: string, year?: number, month?: number): string | null {
  const key = `${words}|${year}|${month}`
  let result = resolved.get(key)
  if (result === undefined) {
    if (resolved.size >= 1024) resolved.clear()
    result = resolve(words, year, month)
    resolved.set(key, result)
  }
  return result
}

/** Dates already resolved: datelines repeat across a feed. */
const resolved = new Map<string, string | null>()

function resolve(words: string, year?: number, month?: number): string | null {
  // Spell out misspelt or odd-cased months so chrono reads them.
  const cleaned = words.replace(/\p{L}+\.?/gu, (word) => {
    const number = monthOf(word)
    return number === undefined ? word : monthNames[number - 1]
  })
  const reference = new Date(Date.UTC(year ?? 2000, (month ?? 6) - 1, 15))
  const [result] = chrono.parse(cleaned, reference)
  if (!result) return null
  const start = result.start
  const day = start.get('day')
  const resolvedMonth = start.get('month')
  if (!day || !resolvedMonth) return null
  let resolvedYear: number
  if (start.isCertain('year')) {
    resolvedYear = start.get('year')!
  } else if (year !== undefined) {
    resolvedYear = year
    if (month !== undefined && resolvedMonth - month > 6) resolvedYear--
    else if (month !== undefined && month - resolvedMonth > 6) resolvedYear++
  } else {
    return null
  }
  return `${String(resolvedYear).padStart(4, '0')}-${String(resolvedMonth).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

/**
 * The year and month of a reference date (a `Date` or a date string).
 */
export function referenceOf(value: Date | string | null | undefined): {year: number; month: number} | undefined {
  if (value === null || value === undefined) return undefined
  const date = typeof value === 'string' ? new Date(value) : value
  if (Number.isNaN(date.getTime())) return undefined
  return {year: date.getUTCFullYear(), month: date.getUTCMonth() + 1}
}
