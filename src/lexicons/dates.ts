/**
 * Date words: months (with the abbreviations and misspellings wire copy
 * has), weekdays, time zones, and the words that introduce a timestamp.
 * Turning date words into a calendar date is chrono-node's job (see
 * `lib/dates.ts`); this module only recognises them.
 */

/** Month names and abbreviations, lower case, with the month number. */
export const months: ReadonlyMap<string, number> = new Map([
  ['january', 1], ['jan', 1], ['february', 2], ['feb', 2], ['march', 3], ['mar', 3], ['april', 4], ['apr', 4],
  ['may', 5], ['june', 6], ['jun', 6], ['july', 7], ['jul', 7], ['august', 8], ['aug', 8], ['september', 9],
  ['sept', 9], ['sep', 9], ['october', 10], ['oct', 10], ['november', 11], ['nov', 11], ['december', 12], ['dec', 12]
])

/** Weekday names and abbreviations, lower case. */
export const weekdays: ReadonlySet<string> = new Set([
  'monday', 'mon', 'tuesday', 'tue', 'tues', 'wednesday', 'wed', 'thursday', 'thu', 'thur', 'thurs', 'friday', 'fri',
  'saturday', 'sat', 'sunday', 'sun'
])

/** Words that may stand in a timestamp line besides dates and times. */
export const timestampWords: ReadonlySet<string> = new Set([
  'updated', 'update', 'published', 'posted', 'last', 'first', 'modified', 'created', 'on', 'at', 'am', 'pm', 'a.m',
  'p.m', 'a.m.', 'p.m.', 'ist', 'et', 'est', 'edt', 'ct', 'cst', 'cdt', 'mt', 'mst', 'mdt', 'pt', 'pst', 'pdt',
  'gmt', 'utc', 'bst', 'cet', 'cest', 'aest', 'aedt', 'sgt', 'hkt', 'jst', 'kst', 'amt', 'ast', 'hst', 'akst', 'wib',
  'pkt', 'npt', 'ict', 'msk', 'eet', 'eest', 'wat', 'cat', 'eat', 'sast', 'nzst', 'nzdt', 'awst', 'acst', 'brt', 'gst', 'ago', 'hours', 'hour', 'minutes',
  'minute', 'mins', 'min', 'days', 'day', 'weeks', 'yesterday', 'today', 'st', 'nd', 'rd', 'th', 'of', 'date',
  'time', 'and', 'since', 'read', 'a', 'p', 'm'
])

/**
 * The month a word names, allowing one wrong or doubled letter in words of
 * four letters or more (`Narch`, `Febuary`) and any case (`FEb`).
 */
export function monthOf(word: string): number | undefined {
  const lower = word.toLowerCase().replace(/\.$/, '')
  const exact = months.get(lower)
  if (exact !== undefined) return exact
  if (lower.length < 4 || !/^\p{L}+$/u.test(lower)) return undefined
  for (const [name, number] of months) {
    if (name.length >= 4 && Math.abs(name.length - lower.length) <= 1 && distance(name, lower) <= 1) return number
  }
  return undefined
}

/** Levenshtein distance, enough for short words. */
function distance(a: string, b: string): number {
  const previous = Array.from({length: b.length + 1}, (_, index) => index)
  for (let i = 1; i <= a.length; i++) {
    let diagonal = previous[0]
    previous[0] = i
    for (let j = 1; j <= b.length; j++) {
      const above = previous[j]
      previous[j] = Math.min(previous[j] + 1, previous[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1))
      diagonal = above
    }
  }
  return previous[b.length]
}

/**
 * Whether a line is only a timestamp (`Updated: April 07, 2020 03:49 pm IST`,
 * `December 15, 20163:33 PM ET`, `11/28/2016 04:23 pm ET`).
 */
export function isTimestampLine(value: string): boolean {
  if (value.length > 120 || !/\d/.test(value)) return false
  if (onlyTimestamp(value)) return true
  // A short label before a full timestamp: `INDIA Updated: Apr 26, 2020 21:43 IST`,
  // `North Korea 09:31 August 20, 2019`.
  const label = /^(?:\p{L}+[\s,|:/-]+){1,3}/u.exec(value)
  if (!label) return false
  const rest = value.slice(label[0].length)
  return /\d:\d\d/.test(rest) && /\p{L}/u.test(rest) && onlyTimestamp(rest)
}

function onlyTimestamp(value: string): boolean {
  const tokens = value.toLowerCase().match(/\p{L}+\.?|\d+/gu) ?? []
  if (tokens.length === 0) return false
  let dated = false
  for (const token of tokens) {
    if (/^\d+$/.test(token)) {
      dated = true
      continue
    }
    const word = token.replace(/\.$/, '')
    if (months.has(word) || weekdays.has(word)) {
      dated = true
      continue
    }
    if (timestampWords.has(word) || timestampWords.has(token)) continue
    return false
  }
  return dated
}
