/**
 * The people (and bodies) an article names, so that a short mention can be
 * given the fullest name the article has for it (`Putin` → `Vladimir
 * Putin`), and a description the name it stands for (`the minister` →
 * `Sergei Lavrov`, `the organisation` → `Reporters Without Borders`).
 */

import {bare, oneLine, unpossessive, type Frame, type Token} from './frames.js'
import {lowerBound} from './sorted.js'
import {firstNames} from '../lexicons/first-names.js'

/** A name the article gives in full (two words or more). */
export interface Person {
  /** The name as written, titles cut. */
  name: string
  /** Its words, lower case. */
  words: string[]
  /** Roles and titles written with it (`president`, `analyst`). */
  roles: Set<string>
  /** What the article shows of the person's gender. */
  gender: 'male' | 'female' | undefined
  /** How often the name (or its last word) is mentioned. */
  count: number
  /** Offsets where the name (or its last word alone) stands, in order. */
  at: number[]
  /** Whether the name reads as a person's (not a place or a body). */
  person: boolean
  /** Whether the name reads as a place's (`United States`, `North Korea`). */
  place: boolean
  /** Whether a word of the name makes it a body's (`Reporters Without Borders`, `Justice Department`). */
  body?: boolean
  /** He-forms minus she-forms seen in sentences the person is the subject of. */
  leaning: number
}

const maleTitles = new Set(['mr', 'sir', 'lord', 'king', 'prince', 'father', 'brother', 'sheikh', 'mister'])
const femaleTitles = new Set(['mrs', 'ms', 'miss', 'lady', 'dame', 'queen', 'princess', 'sister', 'madam'])

/** Words that make a run of capitals a body or a place, not a person. */
const bodyWords = /^(?:department|ministry|office|committee|council|party|agency|commission|court|service|house|senate|congress|administration|government|bank|institute|university|college|school|association|union|league|foundation|group|company|corporation|corp|inc|ltd|llc|plc|news|post|times|journal|network|tv|radio|press|police|army|navy|force|forces|fleet|board|authority|bureau|center|centre|society|club|team|fc|city|county|state|states|republic|kingdom|island|islands|sea|ocean|river|street|avenue|square|airport|station|hospital|church|mosque|temple|museum|project|program|programme|fund|organization|organisation|federation|coalition|alliance|movement|front|campaign|review|magazine|channel|daily|herald|tribune|guardian|telegraph|express|mail|mirror|globe|chronicle|gazette|reuters|twitter|facebook|instagram|youtube|google|apple|microsoft|amazon|parliament|assembly|cabinet|kremlin|pentagon|korea|china|russia|america|india|europe|africa|asia|york|washington|london|east|west|north|south|borders|watch|international|national|federal|united|democrats|republicans|reporters|affairs|security|defense|defence|justice|health|energy|commerce|treasury|olympic|cup|games|festival|awards?)$/

/** Words that make a run of capitals a place. */
const placeWords = /^(?:states|kingdom|republic|city|county|island|islands|sea|ocean|river|street|avenue|square|north|south|east|west|korea|china|russia|america|india|europe|africa|asia|york|washington|london|emirates|arabia|zealand|africa|lanka|union|province|region|valley|mountains|coast|bay|gulf|peninsula|strait|lake|county|district|heights|hills|park|beach|airport|station)$/

/** Words in lower case that only bodies have inside their names (`Reporters Without Borders`, `Department of Justice`). */
const bodyInner = new Set(['of', 'for', 'without', 'the', 'on', 'in', 'and', '&', 'against', 'to'])

/** Connectors that may stand inside a name (not `and`: `Zipperman and Zimmer` are two). */
const inner = new Set(['of', 'for', 'de', 'van', 'von', 'der', 'den', 'da', 'di', 'du', 'la', 'le', 'del', 'della', 'bin', 'al', 'el', 'y'])

/** Capitals that never belong to a name: days and months (`Joe Biden | on Monday`). */
const notNames = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'april',
  'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan', 'feb', 'aug', 'sept', 'oct',
  'nov', 'dec', 'jan.', 'feb.', 'aug.', 'sept.', 'oct.', 'nov.', 'dec.'
])

/** A name in one word (`Putin`, `Mr. Clarke`), with what stands around it. */
interface Single {
  word: string
  at: number
  gender: Person['gender']
  roles: Set<string>
}

/** The names of an article, with ways to look them up. */
export interface People {
  list: Person[]
  /** Words written with a capital inside a sentence somewhere (`Roof`, not `Children` opening one), lower case. */
  capitalized: ReadonlySet<string>
  /** Whether a word (lower case) is part of a name the article gives, or written with a capital inside a sentence. */
  knows(word: string): boolean
  /** The fullest name the article gives for `name` (the last word first: `Putin` is `Vladimir Putin`). */
  fullest(name: string): Person | undefined
  /** The person or body last named before `offset` that `test` accepts. */
  latest(offset: number, test: (person: Person) => boolean): Person | undefined
}

/**
 * Collect the full names of an article from its frames: runs of capitals of
 * two words or more, titles cut, with the roles written around them.
 */
export function collectPeople(
  frames: ReadonlyArray<Frame>,
  value: string,
  titles: ReadonlySet<string>,
  bodies: ReadonlySet<string>,
  skip: ReadonlySet<string>
): People {
  const people = new Map<string, Person>()
  const singles: Single[] = []
  const capitalized = new Set<string>()
  const acronyms = new Map<string, Person>()

  for (const frame of frames) {
    const tokens = frame.tokens
    for (let at = 1; at < tokens.length; at++) {
      if (tokens[at].capital && tokens[at - 1].kind === 'word' && tokens[at - 1].sentence === tokens[at].sentence) capitalized.add(tokens[at].lower)
    }
    let at = 0
    while (at < tokens.length) {
      if (!tokens[at].capital || notNames.has(tokens[at].lower)) {
        at++
        continue
      }
      let end = at
      while (end + 1 < tokens.length) {
        const next = tokens[end + 1]
        if (notNames.has(next.lower)) break
        if (next.kind === 'word' && next.capital && next.start - tokens[end].end <= 1) end++
        else if (next.kind === 'word' && inner.has(next.lower) && tokens[end + 2]?.kind === 'word' && tokens[end + 2].capital && !notNames.has(tokens[end + 2].lower)) end += 2
        else if (next.kind === 'punct' && (next.lower === '-' || next.lower === '.') && next.start === tokens[end].end && tokens[end + 2]?.capital && tokens[end + 2].start === next.end) end += 2
        else break
      }
      const person = addRun(tokens, at, end, value, titles, bodies, skip, people, singles)
      // `Israel Defense Forces (IDF)`: from then on the short form stands for the name.
      if (person && tokens[end + 1]?.lower === '(' && tokens[end + 3]?.lower === ')' && isAcronymOf(tokens[end + 2], person)) {
        acronyms.set(tokens[end + 2].lower, person)
      }
      at = end + 1
    }
  }

  const list = [...people.values()]
  // The people by each word of their names (and, on first need, by each
  // pair of words: see `mostMentioned`).
  const byWord = new Map<string, Person[]>()
  for (const person of list) {
    for (const word of new Set(person.words)) {
      let found = byWord.get(word)
      if (!found) byWord.set(word, (found = []))
      found.push(person)
    }
  }
  const index: NameIndex = {list, byWord, byPair: undefined}
  // A surname alone counts for the full name (`Putin` for `Vladimir Putin`),
  // and `Mr.` before it tells the person's gender.
  // The best person for each word is looked up once, then kept current: a
  // mention raises one person's count, which can only make that person the
  // best for its own words (a lookup per mention made long texts with many
  // names quadratic).
  const bestFor = new Map<string, Person | undefined>(acronyms)
  for (const single of singles) {
    let person = bestFor.get(single.word)
    if (person === undefined && !bestFor.has(single.word)) {
      person = mostMentioned(index, [single.word])
      bestFor.set(single.word, person)
    }
    if (!person) continue
    person.count++
    for (const word of person.words) {
      const best = bestFor.get(word)
      if (best !== undefined && best !== person && ranksAbove(person, best, word)) bestFor.set(word, person)
    }
    person.at.push(single.at)
    if (single.gender && !person.gender) person.gender = single.gender
    for (const role of single.roles) person.roles.add(role)
  }
  for (const person of list) person.at.sort((a, b) => a - b)
  // Every mention in text order, for `latest`.
  const mentions: Array<{at: number; person: Person}> = []
  for (const person of list) for (const at of person.at) mentions.push({at, person})
  mentions.sort((a, b) => a.at - b.at)

  const fullest = new Map<string, Person | undefined>()
  return {
    list,
    capitalized,
    knows(word) {
      return capitalized.has(word) || byWord.has(word) || acronyms.has(word) || titles.has(bare(word))
    },
    fullest(name) {
      if (fullest.has(name)) return fullest.get(name)
      const words = name
        .toLowerCase()
        .split(/\s+/)
        .map((word) => unpossessive(bare(word)))
        .filter((word) => word && !skip.has(word) && !titles.has(word))
      let person: Person | undefined
      if (words.length === 1 && bestFor.has(words[0])) person = bestFor.get(words[0])
      else if (words.length > 0) person = mostMentioned(index, words)
      if (words.length === 1) bestFor.set(words[0], person)
      fullest.set(name, person)
      return person
    },
    latest(offset, test) {
      // The last mention before `offset`, then back.
      const low = lowerBound(mentions.length, (index) => mentions[index].at < offset)
      for (let at = low - 1; at >= 0; at--) if (test(mentions[at].person)) return mentions[at].person
      return undefined
    }
  }
}

/** People by a word of their names, and by two words of them (see `pairKey`), made on first need. */
interface NameIndex {
  list: ReadonlyArray<Person>
  byWord: ReadonlyMap<string, Person[]>
  byPair: Map<string, Person[]> | undefined
}

/** The people by each pair of words of their names. */
function byPairOf(index: NameIndex): ReadonlyMap<string, Person[]> {
  if (!index.byPair) {
    index.byPair = new Map()
    for (const person of index.list) {
      const words = [...new Set(person.words)]
      for (let at = 0; at < words.length; at++) {
        for (let other = at + 1; other < words.length; other++) {
          const key = pairKey(words[at], words[other])
          let pair = index.byPair.get(key)
          if (!pair) index.byPair.set(key, (pair = []))
          pair.push(person)
        }
      }
    }
  }
  return index.byPair
}

/** The key of two different words of a name, in either order. */
function pairKey(a: string, b: string): string {
  return a < b ? a + ' ' + b : b + ' ' + a
}

/** The person whose name holds all `words`, the last word first, then the most mentioned. */
function mostMentioned(index: NameIndex, words: string[]): Person | undefined {
  const last = words[words.length - 1]
  // Who holds all the words holds the last one and any other: read the list
  // of that pair, not all those sharing the last name (long texts name
  // thousands).
  const other = words.find((word) => word !== last)
  const candidates = (other === undefined ? index.byWord.get(last) : byPairOf(index).get(pairKey(last, other))) ?? []
  let best: Person | undefined
  for (const person of candidates) {
    if (!words.every((word) => person.words.includes(word))) continue
    if (!best || ranksAbove(person, best, last)) best = person
  }
  return best
}

/** How well `person` answers a lookup whose last word is `last`: a name ending in it, then mentions, then length. */
function score(person: Person, last: string): number {
  return (person.words[person.words.length - 1] === last ? 1000 : 0) + person.count * 10 + person.words.length
}

/** Whether `person` answers a lookup ending in `last` better than `other` (the first named wins a tie). */
function ranksAbove(person: Person, other: Person, last: string): boolean {
  const difference = score(person, last) - score(other, last)
  return difference > 0 || (difference === 0 && person.at[0] < other.at[0])
}

/** Whether every word from `start` to `end` is written in capitals only (`PANEL RULES`). */
function allCaps(tokens: ReadonlyArray<Token>, start: number, end: number): boolean {
  for (let at = start; at <= end; at++) if (tokens[at].kind === 'word' && !tokens[at].caps && !inner.has(tokens[at].lower)) return false
  return true
}

function addRun(
  tokens: ReadonlyArray<Token>,
  start: number,
  end: number,
  value: string,
  titles: ReadonlySet<string>,
  bodies: ReadonlySet<string>,
  skip: ReadonlySet<string>,
  people: Map<string, Person>,
  singles: Single[]
): Person | undefined {
  // A run of many capitals is a headline or a title, not a name.
  if (end - start > 6) return
  // One word (most runs: a name, or a word opening a sentence): only noted.
  if (start === end) {
    const word = unpossessive(tokens[start].lower)
    if (skip.has(word) || titles.has(bare(word))) return
    const roles = new Set<string>()
    const before = tokens[start - 1]
    if (before && before.kind === 'word' && !before.capital && (titles.has(before.lower) || bodies.has(before.lower))) roles.add(before.lower)
    singles.push({word, at: tokens[start].start, gender: undefined, roles})
    return
  }
  const roles = new Set<string>()
  let gender: Person['gender']
  // Words that open a sentence (`The`, `But`), then everything up to the
  // last title (`Russian President | Vladimir Putin`), unless only a body
  // word would be left (`Justice Department`).
  let from = start
  for (let at = start; at < end; at++) {
    const lower = bare(tokens[at].lower)
    if (maleTitles.has(lower)) gender = 'male'
    if (femaleTitles.has(lower)) gender = 'female'
  }
  while (from < end && skip.has(bare(tokens[from].lower))) from++
  for (let at = from; at < end; at++) {
    const lower = bare(tokens[at].lower)
    // Whose it is: `Japan's | Abe`.
    if (/['’]s$/.test(lower)) {
      from = at + 1
      continue
    }
    if (!titles.has(lower)) continue
    if (at + 1 === end && bodyWords.test(tokens[end].lower)) break
    roles.add(lower)
    from = at + 1
  }
  while (from < end && (tokens[from].kind !== 'word' || inner.has(tokens[from].lower) || skip.has(tokens[from].lower))) from++
  // Roles in lower case just before the run: `Belarusian analyst Valery
  // Karbalevich`, `the official newspaper Rodong Sinmun`.
  for (let at = start - 1; at >= 0 && at >= start - 3; at--) {
    const token = tokens[at]
    if (token.kind !== 'word') break
    const lower = bare(token.lower)
    if (titles.has(lower) || bodies.has(lower)) roles.add(lower)
    else if (!token.capital) break
  }
  // And after it: `Smith, a spokesman for`, `Liu Xiaming, China's ambassador`.
  if (tokens[end + 1]?.lower === ',') {
    for (let at = end + 2; at < tokens.length && at <= end + 8; at++) {
      const token = tokens[at]
      if (token.kind !== 'word') break
      const lower = bare(token.lower)
      if (titles.has(lower) || bodies.has(lower)) {
        roles.add(lower)
        break
      }
    }
  }

  const words: string[] = []
  for (let at = from; at <= end; at++) if (tokens[at].kind === 'word') words.push(unpossessive(tokens[at].lower))
  if (words.length === 0) return

  if (words.length === 1) {
    if (!skip.has(words[0]) && !titles.has(words[0])) singles.push({word: words[0], at: tokens[from].start, gender, roles})
    return
  }
  if (words.length > 6) return

  // A run of words in capitals only is a headline (`PANEL RULES FOR FOUNDER`), not a name.
  if (words.length > 1 && allCaps(tokens, from, end)) return

  const name = unpossessive(oneLine(value.slice(tokens[from].start, tokens[end].end)))
  const key = words.join(' ')
  const known = people.get(key)
  if (known) {
    known.count++
    known.at.push(tokens[from].start)
    for (const role of roles) known.roles.add(role)
    known.gender ??= gender
    return known
  }
  const person: Person = {
    name,
    words,
    roles,
    // `Elizabeth Warren`: a first name may tell the gender.
    gender: gender ?? firstNames.get(words[0]),
    count: 1,
    at: [tokens[from].start],
    // `Ted Cruz of Texas` is a person: a first name opens it.
    person: !words.some((word) => bodyWords.test(word) || (bodyInner.has(word) && !firstNames.has(words[0]))) && !tokens[end].caps,
    place: words.some((word) => placeWords.test(word)),
    body: words.some((word) => bodyWords.test(word) || bodyInner.has(word)) && !firstNames.has(words[0]),
    leaning: 0
  }
  people.set(key, person)
  return person
}

/**
 * Whether a word in capitals (`IDF`) can be the short form of a name: its
 * letters are initials of the name's words, in order, the first the first
 * (`Israel Defense Forces`, `All India Institute of Medical Sciences`).
 */
function isAcronymOf(token: Token | undefined, person: Person): boolean {
  if (!token || token.kind !== 'word' || !token.caps || token.lower.length < 2 || token.lower.length > 8) return false
  const initials = person.words.map((word) => word.charAt(0))
  if (initials[0] !== token.lower.charAt(0)) return false
  let at = 0
  for (const letter of token.lower) {
    while (at < initials.length && initials[at] !== letter) at++
    if (at === initials.length) return false
    at++
  }
  return true
}
