/**
 * Noun phrases that name a speaker, read from frame tokens: backward from a
 * cue (`Belarusian analyst Valery Karbalevich | said`), forward after one
 * (`said | a ministry spokesperson`), and what a phrase holds: a name, a
 * description, a pronoun.
 */

import type {Token} from './frames.js'

/** Words that never stand inside a speaker's noun phrase: they end it. */
const boundaryWords = new Set([
  // complementisers and conjunctions
  'that', 'which', 'who', 'whom', 'whose', 'because', 'if', 'when', 'while', 'as', 'but', 'or', 'so', 'although',
  'though', 'than', 'then', 'where', 'whether', 'since', 'until', 'unless', 'after', 'before', 'once', 'nor', 'yet',
  'however', 'meanwhile', 'instead', 'also', 'still', 'even', 'just', 'only', 'too', 'not', 'never', 'already',
  // verbs and auxiliaries
  'is', 'was', 'were', 'are', 'be', 'been', 'being', 'am', 'has', 'have', 'had', 'do', 'does', 'did', 'will',
  'would', 'can', 'could', 'should', 'may', 'might', 'must', 'shall', 'having', 'went', 'got', 'get', 'made', 'make',
  'took', 'take', 'gave', 'give', 'came', 'come', 'seemed', 'appeared',
  // pronouns that are objects, and other pronouns
  'him', 'them', 'us', 'me', 'you', 'myself', 'himself', 'herself', 'themselves', 'there', 'here', 'what', 'why',
  'how', 'this', 'these', 'those',
  // prepositions that end a speaker's phrase
  'to', 'by', 'into', 'about', 'over', 'under', 'against', 'during', 'without', 'through', 'on', 'upon', 'via',
  'across', 'toward', 'towards', 'amid', 'among', 'despite', 'like', 'unlike', 'per', 'near', 'off', 'out', 'up',
  'down', 'around', 'within', 'behind', 'beyond',
  // time
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'yesterday', 'today', 'tonight',
  'tomorrow', 'last', 'earlier', 'later', 'recently', 'now', 'again', 'previously', 'separately', 'further',
  'repeatedly', 'reportedly', 'publicly', 'privately', 'frequently', 'often', 'once', 'twice', 'ago', 'week',
  'month', 'year', 'morning', 'afternoon', 'evening', 'night', 'day', 'weekend',
  // others
  'no', 'yes', 'please', 'thank', 'thanks', 'well', 'oh', 'okay', 'ok', 'very', 'much', 'more', 'less', 'most',
  'it'
])

/** Words that join the parts of a phrase: `a spokesman for the ministry`, `Secretary of State`. */
const connectors = new Set(['of', 'for', 'at', 'with', 'from', 'in', 'and', '&', 'de', 'van', 'von', 'der', 'den', 'da', 'di', 'du', 'la', 'le', 'del', 'della', 'bin', 'al', 'el', 'y'])

/** Connectors that may stand inside a name (`Secretary of State`, `Ludwig van Beethoven`, `Batliwala and Karani`). */
const nameConnectors = new Set(['of', 'and', '&', 'de', 'van', 'von', 'der', 'den', 'da', 'di', 'du', 'la', 'le', 'del', 'della', 'bin', 'al', 'el', 'y', 'the'])

/** Words that may open a description: `a`, `the`, `one`, `his`. */
export const determiners = new Set([
  'a', 'an', 'the', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'one', 'two', 'three', 'four', 'five', 'six',
  'several', 'many', 'some', 'other', 'another', 'both', 'all', 'each', 'most', 'few', 'any', 'such'
])

/** Adverbs and auxiliaries that may stand between a speaker and a cue: `Putin also said`, `she has said`. */
const betweenWords = new Set([
  'also', 'later', 'then', 'has', 'had', 'have', 'previously', 'once', 'recently', 'further', 'again', 'reportedly',
  'separately', 'additionally', 'simply', 'just', 'would', 'will', 'did', 'does', 'do', 'could', 'might', 'may',
  'can', 'should', 'must', 'already', 'repeatedly', 'publicly', 'privately', 'often', 'frequently', 'famously',
  'memorably', 'bluntly', 'flatly', 'angrily', 'quietly', 'calmly', 'simply', 'finally', 'first', 'initially',
  'earlier', 'since', 'still', 'even', 'only', 'always', 'never', 'not', 'openly', 'proudly', 'sarcastically',
  'tearfully', 'candidly', 'emphatically', 'jokingly', 'succinctly', 'wryly', 'recalling', 'being'
])

/** Clause openers skipped before a sentence's subject: `But`, `On Tuesday,`. */
const openers = new Set([
  'but', 'and', 'so', 'yet', 'still', 'however', 'meanwhile', 'later', 'earlier', 'then', 'now', 'also', 'instead',
  'indeed', 'again', 'separately', 'finally', 'afterwards', 'afterward', 'today', 'yesterday', 'tonight', 'here',
  'there', 'in', 'on', 'at', 'during', 'after', 'before', 'asked', 'speaking', 'when', 'while', 'as', 'addressing',
  'writing', 'for', 'from', 'with', 'without', 'under', 'by', 'of', 'to', 'about', 'over', 'since', 'despite',
  'although', 'though', 'if', 'once', 'because', 'last', 'this', 'that', 'monday', 'tuesday', 'wednesday',
  'thursday', 'friday', 'saturday', 'sunday', 'a', 'an', 'the', 'his', 'her', 'their', 'its', 'our', 'my'
])

const maxPhrase = 14

/** Whether a token may stand inside a speaker's phrase. */
function isPhraseWord(token: Token): boolean {
  if (token.kind !== 'word') return false
  if (token.capital) return true
  return !boundaryWords.has(token.lower) && !/ly$/.test(token.lower)
}

/** Whether a word is a name-like capital (not a sentence opener in capitals). */
function isCapital(token: Token): boolean {
  return token.kind === 'word' && token.capital
}

/**
 * Skip, backward from `index`, the adverbs and auxiliaries between a speaker
 * and a cue (`also`, `has`, `later`); returns the index of the token before
 * them.
 */
export function skipBetween(tokens: ReadonlyArray<Token>, index: number): number {
  let at = index
  while (at >= 0 && tokens[at].kind === 'word' && !tokens[at].capital && (betweenWords.has(tokens[at].lower) || /ly$/.test(tokens[at].lower))) at--
  return at
}

/**
 * Read a noun phrase that ends at `end` (inclusive), going backward: the
 * subject of a cue. An appositive between commas is crossed (`Smith, a
 * spokesman, said`). Returns the range, or nothing.
 */
export function phraseBefore(tokens: ReadonlyArray<Token>, end: number, floor: number, cue: ReadonlyArray<boolean>): [number, number] | undefined {
  let at = end
  if (at < floor) return undefined

  // `Smith, a spokesman for the group, said`: cross the appositive.
  if (tokens[at].kind === 'punct' && tokens[at].value === ',') {
    const inner = readBackward(tokens, at - 1, floor, cue)
    if (inner === undefined) return undefined
    const comma = inner - 1
    if (comma < floor || tokens[comma].value !== ',' ) return undefined
    if (!isAppositive(tokens, inner, at - 1)) return undefined
    const start = readBackward(tokens, comma - 1, floor, cue)
    if (start === undefined) return undefined
    return [start, at - 1]
  }

  const start = readBackward(tokens, at, floor, cue)
  if (start === undefined) return undefined
  return [start, end]
}

/** Read phrase words backward from `at`; returns the first index, or nothing when there are none. */
function readBackward(tokens: ReadonlyArray<Token>, at: number, floor: number, cue: ReadonlyArray<boolean>): number | undefined {
  let start = -1
  let count = 0
  while (at >= floor && count < maxPhrase) {
    const token = tokens[at]
    if (cue[at]) break
    if (token.kind === 'punct' && token.value === ')') {
      // A party and state after a name: `Sen. Ted Cruz (R-Texas)`.
      const open = findBackward(tokens, at, '(', floor)
      if (open < 0 || at - open > 6) break
      at = open - 1
      continue
    }
    if (token.kind === 'punct' && (token.value === '-' || token.value === '.') && start >= 0 && at > floor && tokens[at - 1].kind === 'word' && tokens[at - 1].end === token.start && tokens[start].start === token.end) {
      at--
      continue
    }
    if (!isPhraseWord(token) && !(token.kind === 'word' && connectors.has(token.lower))) break
    if (token.kind === 'word' && connectors.has(token.lower) && !token.capital) {
      // A connector needs phrase words on both sides.
      if (start < 0 || at - 1 < floor || !isPhraseWord(tokens[at - 1])) break
    }
    start = at
    count++
    at--
  }
  if (start < 0) return undefined
  // Do not start on a connector.
  while (start <= tokens.length - 1 && tokens[start].kind === 'word' && connectors.has(tokens[start].lower) && !tokens[start].capital) start++
  return start
}

function findBackward(tokens: ReadonlyArray<Token>, from: number, value: string, floor: number): number {
  for (let at = from; at >= floor; at--) if (tokens[at].value === value) return at
  return -1
}

/** Whether the tokens from `start` to `end` read as an appositive or a relative clause (`a spokesman`, `who…`, `53`). */
function isAppositive(tokens: ReadonlyArray<Token>, start: number, end: number): boolean {
  const first = tokens[start]
  if (first.kind !== 'word') return false
  if (determiners.has(first.lower) || /^\d/.test(first.value)) return true
  return end - start <= 6
}

/**
 * Read a noun phrase that starts at `start`, going forward (the speaker after
 * `said`, the source after `according to`). Stops at punctuation, a cue
 * boundary, or a time word. Returns the last index, or nothing.
 */
export function phraseAfter(tokens: ReadonlyArray<Token>, start: number, cue: ReadonlyArray<boolean>): number | undefined {
  let end = -1
  let count = 0
  for (let at = start; at < tokens.length && count < maxPhrase; at++) {
    const token = tokens[at]
    if (cue[at]) break
    if (token.kind === 'punct') {
      if (token.value === '(' && end >= 0) {
        const close = tokens.findIndex((item, index) => index > at && item.value === ')')
        if (close > 0 && close - at <= 6) {
          at = close
          continue
        }
      }
      if ((token.value === '-' || token.value === '.') && end >= 0 && at + 1 < tokens.length && tokens[at - 1].end === token.start && tokens[at + 1].start === token.end) continue
      break
    }
    if (token.kind !== 'word') break
    if (connectors.has(token.lower) && !token.capital) {
      // `a spokesman for the ministry`, `Secretary of State`: a connector
      // after a capital only when a capital follows (`Smith of the Cato
      // Institute` ends at Smith).
      const previous = tokens[at - 1]
      const next = tokens[at + 1]
      if (end < 0 || !next || !isPhraseWord(next)) break
      if (previous.capital && !nameConnectors.has(token.lower)) break
      if (previous.capital && !next.capital && !determiners.has(next.lower)) break
      continue
    }
    if (!isPhraseWord(token)) break
    end = at
    count++
  }
  return end < 0 ? undefined : end
}

/**
 * The first index of a sentence's subject: skip clause openers (`But`, `On
 * Tuesday,`, `In a statement,`) up to the first comma-free stretch.
 */
export function subjectStart(tokens: ReadonlyArray<Token>, start: number, end: number): number {
  let at = start
  // Skip quotations and commas that open the sentence.
  while (at <= end && (tokens[at].kind === 'quote' || tokens[at].value === ',' || tokens[at].value === '—' || tokens[at].value === '-')) at++
  // An opening adverbial ends at a comma: `On Tuesday, Smith said`.
  if (at <= end && tokens[at].kind === 'word' && openers.has(tokens[at].lower)) {
    for (let look = at; look <= end && look - at < 8; look++) {
      const token = tokens[look]
      if (token.kind === 'quote') break
      if (token.value === ',') return look + 1
    }
    // `But Putin said`: only the one word.
    if (['but', 'and', 'so', 'yet', 'still', 'however', 'meanwhile', 'indeed', 'now', 'then', 'also'].includes(tokens[at].lower)) return at + 1
  }
  return at
}

/** What a speaker's phrase holds. */
export interface PhraseParts {
  /** The phrase as written, white space collapsed. */
  text: string
  /** A name in it (`Valery Karbalevich`, `Putin`, `the Law Society`), titles cut. */
  name: string | null
  /** Lower-case role words in it (`analyst`, `minister`). */
  roles: string[]
  /** Whether the phrase is only a pronoun. */
  pronoun: boolean
}

/**
 * Take a phrase apart: find the name it holds (the last run of capitals
 * before any lower-case head noun, after the last title) and its roles.
 */
export function phraseParts(
  tokens: ReadonlyArray<Token>,
  start: number,
  end: number,
  value: string,
  titles: ReadonlySet<string>,
  pronouns: ReadonlyMap<string, unknown>
): PhraseParts {
  const text = value.slice(tokens[start].start, tokens[end].end).replace(/\s+/g, ' ')
  if (start === end && tokens[start].kind === 'word' && pronouns.has(tokens[start].lower)) {
    return {text, name: null, roles: [], pronoun: true}
  }

  const roles: string[] = []
  // The head: up to an appositive comma, or a lower-case connector after a
  // lower-case word (`a spokesman | for the ministry`).
  let headEnd = end
  for (let at = start; at <= end; at++) {
    const token = tokens[at]
    if (token.value === ',' || token.value === '(') {
      headEnd = at - 1
      break
    }
    if (at > start && token.kind === 'word' && !token.capital && connectors.has(token.lower) && !tokens[at - 1].capital) {
      headEnd = at - 1
      break
    }
  }

  for (let at = start; at <= end; at++) {
    const lower = tokens[at].lower.replace(/\.$/, '')
    if (titles.has(lower)) roles.push(lower)
  }

  let name = nameIn(tokens, start, headEnd, value, titles)
  // `a spokesman, John Smith,`: a name in apposition to a description.
  if (name === null && headEnd < end) {
    const comma = headEnd + 1
    if (tokens[comma].value === ',') {
      let stop = comma + 1
      while (stop <= end && tokens[stop].value !== ',') stop++
      name = nameIn(tokens, comma + 1, stop - 1, value, titles)
    }
  }

  return {text, name, roles, pronoun: false}
}

/**
 * The name in tokens `start`–`end`: the last run of capitals that ends the
 * range, after its last title word (`Russian President | Vladimir Putin`).
 */
export function nameIn(tokens: ReadonlyArray<Token>, start: number, end: number, value: string, titles: ReadonlySet<string>): string | null {
  if (end < start) return null
  if (!isCapital(tokens[end]) && !/^\p{Lu}/u.test(tokens[end].value.replace(/^['’]/, ''))) return null
  let first = end
  while (first > start) {
    const before = tokens[first - 1]
    if (isCapital(before)) first--
    else if (before.kind === 'word' && nameConnectors.has(before.lower) && first - 2 >= start && isCapital(tokens[first - 2])) first -= 2
    else if (before.kind === 'punct' && (before.value === '-' || before.value === '.') && before.end === tokens[first].start && first - 2 >= start && tokens[first - 2].end === before.start) first -= 2
    else break
  }
  // Cut function words that open a sentence (`The`, `But`) and titles.
  let from = first
  for (let at = first; at < end; at++) {
    const lower = tokens[at].lower.replace(/\.$/, '')
    if (titles.has(lower) || openers.has(lower) || boundaryWords.has(lower)) from = at + 1
  }
  if (from > end) from = end
  while (from < end && tokens[from].kind === 'word' && nameConnectors.has(tokens[from].lower)) from++
  const name = value.slice(tokens[from].start, tokens[end].end).replace(/\s+/g, ' ')
  return name.replace(/['’]s$/u, '')
}
