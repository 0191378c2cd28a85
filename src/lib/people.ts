/**
 * The people (and bodies) an article names, so that a short mention can be
 * given the fullest name the article has for it (`Putin` → `Vladimir
 * Putin`), a description its name (`the minister` → `Sergei Lavrov`), and a
 * pronoun its person.
 */

import type {Frame, Token} from './frames.js'

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
  /** Offset of the first mention. */
  first: number
  /** Whether the name reads as a person's (not a place or a body). */
  person: boolean
}

const maleTitles = new Set(['mr', 'sir', 'lord', 'king', 'prince', 'father', 'brother', 'sheikh'])
const femaleTitles = new Set(['mrs', 'ms', 'miss', 'lady', 'dame', 'queen', 'princess', 'sister'])
/** Words that make a run of capitals a body or a place, not a person. */
const bodyWords = /^(?:department|ministry|office|committee|council|party|agency|commission|court|service|house|senate|congress|administration|government|bank|institute|university|college|school|association|union|league|foundation|group|company|corporation|corp|inc|ltd|news|post|times|journal|network|tv|radio|press|police|army|navy|force|forces|fleet|board|authority|bureau|center|centre|society|club|team|fc|city|county|state|states|republic|kingdom|island|islands|sea|ocean|river|street|avenue|square|airport|station|hospital|church|mosque|temple|museum|project|program|programme|fund|organization|organisation|federation|coalition|alliance|movement|front|campaign|times|review|magazine|channel|daily|herald|tribune|guardian|telegraph|express|mail|mirror|sun|globe|chronicle|gazette|reuters|ap|afp|twitter|facebook|instagram|youtube|google|apple|microsoft|amazon|parliament|assembly|cabinet|kremlin|pentagon|korea|china|russia|america|india|europe|africa|asia|york|washington|london|east|west|north|south|day|week|month|year|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)$/

/**
 * Collect the full names of an article from its frames: runs of capitals of
 * two words or more, titles cut, with the roles written before them.
 */
export function collectPeople(frames: ReadonlyArray<Frame>, value: string, titles: ReadonlySet<string>, skip: ReadonlySet<string>): Person[] {
  const people = new Map<string, Person>()
  const surnames = new Map<string, number>()

  for (const frame of frames) {
    const tokens = frame.tokens
    let at = 0
    while (at < tokens.length) {
      if (!(tokens[at].kind === 'word' && tokens[at].capital)) {
        at++
        continue
      }
      let end = at
      while (end + 1 < tokens.length) {
        const next = tokens[end + 1]
        if (next.kind === 'word' && next.capital && next.start - tokens[end].end <= 1) end++
        else if (next.kind === 'punct' && (next.value === '-' || next.value === '.') && next.start === tokens[end].end && tokens[end + 2]?.capital && tokens[end + 2].start === next.end) end += 2
        else break
      }
      addRun(tokens, at, end, value, titles, skip, people, surnames)
      at = end + 1
    }
  }

  const list = [...people.values()]
  for (const person of list) {
    person.count += surnames.get(person.words[person.words.length - 1]) ?? 0
  }
  return list
}

function addRun(
  tokens: ReadonlyArray<Token>,
  start: number,
  end: number,
  value: string,
  titles: ReadonlySet<string>,
  skip: ReadonlySet<string>,
  people: Map<string, Person>,
  surnames: Map<string, number>
): void {
  let from = start
  const roles = new Set<string>()
  let gender: Person['gender']
  for (let at = start; at <= end; at++) {
    const lower = tokens[at].lower.replace(/\.$/, '')
    if (titles.has(lower) || skip.has(lower)) {
      if (titles.has(lower)) roles.add(lower)
      if (maleTitles.has(lower)) gender = 'male'
      if (femaleTitles.has(lower)) gender = 'female'
      from = at + 1
    }
  }
  // Roles in lower case just before the run: `Belarusian analyst Valery Karbalevich`.
  for (let at = start - 1; at >= 0 && at >= start - 3; at--) {
    const token = tokens[at]
    if (token.kind !== 'word') break
    const lower = token.lower.replace(/\.$/, '')
    if (titles.has(lower)) roles.add(lower)
    else if (token.capital) continue
    else break
  }

  const words: string[] = []
  for (let at = from; at <= end; at++) if (tokens[at].kind === 'word') words.push(tokens[at].lower.replace(/['’]s$/u, ''))
  if (words.length === 0) return

  if (words.length === 1) {
    surnames.set(words[0], (surnames.get(words[0]) ?? 0) + 1)
    if (gender) {
      // `Mr. Clarke`: the gender of whoever bears the name.
      const known = [...people.values()].find((person) => person.words[person.words.length - 1] === words[0])
      if (known && !known.gender) known.gender = gender
    }
    return
  }
  if (words.length > 5) return

  const name = value.slice(tokens[from].start, tokens[end].end).replace(/\s+/g, ' ').replace(/['’]s$/u, '')
  const key = words.join(' ')
  const known = people.get(key)
  if (known) {
    known.count++
    for (const role of roles) known.roles.add(role)
    known.gender ??= gender
    return
  }
  people.set(key, {
    name,
    words,
    roles,
    gender,
    count: 1,
    first: tokens[from].start,
    person: !words.some((word) => bodyWords.test(word))
  })
}

/**
 * The fullest name the article gives for `name`: the person whose name holds
 * all of its words (the last word first: `Putin` is `Vladimir Putin`).
 */
export function fullestName(people: ReadonlyArray<Person>, name: string, skip: ReadonlySet<string>): Person | undefined {
  const words = name
    .toLowerCase()
    .split(/\s+/)
    .map((word) => word.replace(/\.$/, '').replace(/['’]s$/u, ''))
    .filter((word) => word && !skip.has(word))
  if (words.length === 0) return undefined
  const last = words[words.length - 1]
  let best: Person | undefined
  let bestScore = -1
  for (const person of people) {
    if (!words.every((word) => person.words.includes(word))) continue
    const score = (person.words[person.words.length - 1] === last ? 1000 : 0) + person.count * 10 + person.words.length
    if (score > bestScore || (score === bestScore && best && person.first < best.first)) {
      best = person
      bestScore = score
    }
  }
  return best
}
