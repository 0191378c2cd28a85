/**
 * Attributions: the cues of a paragraph (`said`, `told reporters`,
 * `according to`, see `lexicons/cues.ts`), each with the phrase that names
 * its speaker: the subject before it (`Putin said`, `Smith, a spokesman,
 * said`), the phrase after it where a quotation or a comma stands before
 * (`"…," said Belarusian analyst Valery Karbalevich`), the source after
 * `according to`, the agent after a passive (`was reported by MSNBC`), or,
 * for a participle or a verb joined by `and`, the subject of the clause it
 * hangs on (`Lukashenko responded by saying that`).
 */

import type {CueMatch, CueMatcher} from './cue-matcher.js'
import type {Frame, Token} from './frames.js'
import {determiners, isFunctionWord, nameIn, phraseAfter, phraseBefore, phraseParts, skipBetween, subjectStart, type PhraseParts, type Reader} from './noun-phrases.js'
import type {People, Person} from './people.js'
import {lowerBound} from './sorted.js'
import type {PronounEntry} from '../lexicons/pronouns.js'

/** The lexicons, compiled once per plugin. */
export interface Lexicon {
  cues: CueMatcher
  listeners: ReadonlySet<string>
  /** Nouns of saying (`claim`, `statement`). */
  speechNouns: ReadonlySet<string>
  sourceFirst: ReadonlySet<string>
  /** Cues that count only where no word follows them (`continued`). */
  tagOnly: ReadonlySet<string>
  titles: ReadonlySet<string>
  /** Nouns that describe a body (`ministry`, `paper`). */
  bodies: ReadonlySet<string>
  pronouns: ReadonlyMap<string, PronounEntry>
  /** Words that show a gender (`his`, `her`). */
  gendered: ReadonlyMap<string, PronounEntry['gender']>
}

/** What one run of the plugin works on. */
export interface Context {
  lexicon: Lexicon
  value: string
  frames: Frame[]
  /** Per frame: its tokens, where cues start, and the lexicons. */
  readers: Reader[]
  /** Per frame, per token: the cue that starts there. */
  matches: Array<Array<CueMatch | undefined>>
  people: People
  /** Names the article gives only in one word, made people on first use. */
  others: Map<string, Person>
  /** Words the article writes capitalised (see `capitalised`), read on first use. */
  capitalised?: Set<string>
}

/** A cue (or a colon, or a clause) with the phrase that names its speaker. */
export interface Attribution {
  frame: number
  sentence: number
  /** Token index of the cue (of the colon or the phrase's end, when there is no cue). */
  cueAt: number
  cue: CueMatch | undefined
  /** Token range of the speaker's phrase. */
  phrase: [number, number]
  /** Whether the phrase stands after the cue (`said Putin`, `according to X`). */
  inverted: boolean
  parts: PhraseParts
  /** The speaker, once resolved. */
  speaker: string | null
  /** The person behind the speaker, when known. */
  person: Person | undefined
}

/** Someone spoken of, in text order, for pronouns to find. */
export interface Mention {
  frame: number
  /** Token index in the frame where they are spoken of. */
  at: number
  person: Person
}

/** Read the cues of one frame and the phrases of their speakers. */
export function readAttributions(context: Context, index: number): Attribution[] {
  const {lexicon} = context
  const reader = context.readers[index]
  const tokens = reader.tokens
  const list: Attribution[] = []
  for (let at = 0; at < tokens.length; at++) {
    if (!reader.cues[at]) continue
    const cue = context.matches[index][at]!
    const floor = sentenceStart(tokens, at)
    const next = at + cue.length
    let phrase: [number, number] | undefined
    let inverted = false

    if (lexicon.sourceFirst.has(cue.phrase)) {
      const end = phraseAfter(reader, next)
      if (end !== undefined) phrase = [next, end]
      inverted = true
    } else if (isPassive(tokens, at)) {
      // `was first reported by MSNBC`: the agent after `by`, if any.
      if (next < tokens.length && tokens[next].lower === 'by') {
        const end = phraseAfter(reader, next + 1)
        if (end !== undefined) phrase = [next + 1, end]
        inverted = true
      }
    } else if (isParticiple(tokens, at, floor)) {
      // `Trump went after Bush, calling him`, `with Gorka noting`,
      // `responded by saying that`: the subject of the clause the
      // participle hangs on, or the name right before it.
      const before = skipBetween(reader, at - 1)
      const named = before >= floor && tokens[before].kind === 'word' && (tokens[before].capital || determiners.has(tokens[before].lower) || /s$/.test(tokens[before].lower))
      phrase = named ? phraseBefore(reader, before, floor, true) : undefined
      if (phrase && tokens[phrase[0] - 1]?.lower !== 'with' && !tokens[phrase[0]].capital) phrase = undefined
      phrase ??= clauseSubject(reader, floor, at - 1, true)
    } else {
      const afterQuote = quoteBefore(tokens, at, floor)
      let back = skipBetween(reader, at - 1)
      // `Donald Trump Jr, who wrote on X`: the one the relative clause is about.
      const relative = back > floor && ['who', 'which'].includes(tokens[back].lower)
      if (relative) back = tokens[back - 1].lower === ',' ? back - 2 : back - 1
      if (!afterQuote) phrase = relativeSubject(reader, back, floor) ?? phraseBefore(reader, back, floor)
      // `Dave Mingey, a company spokesman, who added`: the clause is about
      // the name the description stands beside.
      if (relative && phrase && determiners.has(tokens[phrase[0]].lower) && tokens[phrase[0] - 1]?.lower === ',' && phrase[0] - 2 >= floor) {
        const named = phraseBefore(reader, phrase[0] - 2, floor)
        if (named && tokens[named[0]].capital && nameIn(reader, named[0], named[1], context.value) !== null) phrase = named
      }
      if (!phrase && !lexicon.listeners.has(cue.phrase) && (afterQuote || at === floor || tokens[at - 1].lower === ',')) {
        // `"…," said Putin`, `Said Dorothy Poynter:`, `…, said Derek
        // Scissors, a scholar`: the speaker after the cue, when it ends
        // the clause (right after a quotation, anything may follow).
        const end = phraseAfter(reader, next)
        if (end !== undefined && (afterQuote || endsClause(tokens, end))) {
          phrase = [next, end]
          inverted = true
        }
      }
      phrase ??= afterQuote ? phraseBefore(reader, skipBetween(reader, at - 1), floor) : undefined
      // `Lukashenko responded by saying that`, `Trump went after Bush,
      // calling him`: the subject of the clause the cue hangs on.
      if (!phrase && hangs(tokens, at, floor)) phrase = clauseSubject(reader, floor, at - 1)
    }

    // `azpurua said`: wire copy in lower case, a name the article gives elsewhere.
    let parts = phrase ? phraseParts(reader, phrase[0], phrase[1], context.value) : undefined
    if (!phrase || (phrase[0] === phrase[1] && !parts!.name && !parts!.pronoun)) {
      const known = lowerCaseName(context, index, skipBetween(reader, at - 1), floor)
      if (known) [phrase, parts] = known
    }
    if (!phrase || !parts) continue
    list.push({
      frame: index,
      sentence: tokens[at].sentence,
      cueAt: at,
      cue,
      phrase,
      inverted,
      parts,
      speaker: null,
      person: undefined
    })
  }
  return list
}

/**
 * `a White House official who spoke anonymously said`, `Nate Silver, the
 * polling guru who founded the site, tweeted`: the one a relative clause
 * right before the cue is about (and the name the description stands after).
 */
function relativeSubject(reader: Reader, back: number, floor: number): [number, number] | undefined {
  const tokens = reader.tokens
  let who = back
  while (who > floor && back - who < 14 && tokens[who].kind === 'word' && tokens[who].lower !== 'who' && !reader.cues[who]) who--
  if (who <= floor || who === back || tokens[who].lower !== 'who') return undefined
  const phrase = phraseBefore(reader, who - 1, floor)
  if (!phrase) return undefined
  const comma = phrase[0] - 1
  if (comma - 1 >= floor && tokens[comma].lower === ',' && !tokens[phrase[0]].capital) {
    const name = phraseBefore(reader, comma - 1, floor)
    if (name && tokens[name[1]].capital) return [name[0], phrase[1]]
  }
  return phrase
}

/**
 * A word in lower case right before a cue that the article writes elsewhere
 * with a capital, or as the surname of someone it names in full
 * (`azpurua said` in lower-case wire copy, with `Azpurua said` above).
 */
function lowerCaseName(context: Context, index: number, at: number, floor: number): [[number, number], PhraseParts] | undefined {
  const token = context.readers[index].tokens[at]
  if (at < floor || !token || token.kind !== 'word' || token.capital || token.lower.length < 3) return undefined
  const text = context.value.slice(token.start, token.end)
  if (!/^\p{Ll}+$/u.test(text) || isFunctionWord(token.lower) || context.lexicon.pronouns.has(token.lower)) return undefined
  const person = context.people.fullest(token.lower)
  const named = person ? person.person && person.words[person.words.length - 1] === token.lower : capitalised(context).has(text)
  if (!named) return undefined
  return [[at, at], {text, name: text, roles: [], pronoun: false}]
}

/**
 * The words the article writes with a capital and then lower case, before a
 * space (`Azpurua said` gives `azpurua`), read once per article: looking each
 * word up in the whole text again would make long inputs quadratic.
 */
function capitalised(context: Context): Set<string> {
  if (!context.capitalised) {
    context.capitalised = new Set()
    const pattern = /\p{Lu}\p{Ll}+(?= )/gu
    let match
    while ((match = pattern.exec(context.value))) context.capitalised.add(match[0].toLowerCase())
  }
  return context.capitalised
}

/** Whether the cue at `at` follows a quotation (and a comma): `"…," said Putin`. */
function quoteBefore(tokens: ReadonlyArray<Token>, at: number, floor: number): boolean {
  let back = at - 1
  while (back >= floor && tokens[back].kind === 'punct' && isTagPunct(tokens[back].lower)) back--
  return back >= floor && tokens[back].kind === 'quote'
}

/**
 * Whether the phrase ending at `end` ends its clause: punctuation, the end,
 * or an adverbial or relative clause after it (`said Smith on Tuesday`,
 * `said Smith, who…`), not a verb (`saying the city embodied`).
 */
function endsClause(tokens: ReadonlyArray<Token>, end: number): boolean {
  const next = tokens[end + 1]
  if (next === undefined || next.sentence !== tokens[end].sentence) return true
  if (next.kind === 'punct') return [',', '.', ';', '—', '–', '!', '?', ':', '(', ')'].includes(next.lower)
  return ['on', 'in', 'at', 'during', 'after', 'before', 'while', 'when', 'as', 'who', 'from', 'to', 'last', 'this', 'earlier', 'later', 'yesterday', 'today', 'tonight', 'outside', 'inside', 'via', 'through', 'over'].includes(next.lower)
}

/**
 * Whether the cue at `at` is a participle hanging on a clause (`, adding`,
 * `by saying`), not a verb in the progressive (`is pledging`).
 */
function isParticiple(tokens: ReadonlyArray<Token>, at: number, floor: number): boolean {
  if (at <= floor || !/ing$/.test(tokens[at].lower)) return false
  let back = at - 1
  while (back > floor && tokens[back].kind === 'word' && /ly$/.test(tokens[back].lower)) back--
  return !auxiliaries.has(tokens[back].lower)
}

const auxiliaries = new Set(['is', 'are', 'was', 'were', 'am', 'be', 'been', "'s", '’s', "'re", '’re', 'keeps', 'kept', 'started', 'began', 'continues', 'continued'])

/** Whether the cue at `at` is passive (`was called`, `is described`). */
function isPassive(tokens: ReadonlyArray<Token>, at: number): boolean {
  const before = at > 0 ? tokens[at - 1] : undefined
  return before !== undefined && before.kind === 'word' && ['was', 'were', 'is', 'are', 'be', 'been', 'being', "wasn't", "isn't", 'wasn’t', 'isn’t'].includes(before.lower)
}

/**
 * Whether the cue at `at` hangs on a clause before it rather than having a
 * subject of its own: a participle (`, adding`, `by saying`), or a verb
 * after a comma or `and` (`smiled and said`).
 */
function hangs(tokens: ReadonlyArray<Token>, at: number, floor: number): boolean {
  if (at <= floor) return false
  const before = tokens[at - 1]
  if (before.lower === ',' || before.lower === '—' || before.lower === '–') return true
  if (before.kind !== 'word') return false
  return ['while', 'when', 'and', 'but', 'then', 'also', 'again', 'as', 'once', 'later', 'to'].includes(before.lower)
}

/**
 * The subject of the clause that ends before `end`: the last phrase that
 * opens a clause (at the sentence start or after a comma, a conjunction or
 * a quotation) and is followed by a word (its verb).
 */
export function clauseSubject(reader: Reader, floor: number, end: number, main = false): [number, number] | undefined {
  const tokens = reader.tokens
  let found: [number, number] | undefined
  // Read at most `clauseReach` tokens back: a text with no sentence ends
  // (thousands of quotations in one run-on sentence) would otherwise be read
  // from its start for each one.
  const first = subjectStart(reader, Math.max(floor, end - clauseReach), end)
  for (let at = first; at <= end; at++) {
    const previous = at > floor ? tokens[at - 1] : undefined
    const opens = at === first || (previous !== undefined && (previous.lower === ',' || previous.lower === ';' || previous.kind === 'quote' || ['and', 'but', 'while', 'as', 'because', 'when', 'although', 'though', 'with', 'where'].includes(previous.lower)))
    const token = tokens[at]
    // A subject opens with a capital, a determiner, a number or a pronoun, not a verb (`, endorsed Cruz`).
    if (!opens || token.kind !== 'word' || (!token.capital && !determiners.has(token.lower) && !/^\d/.test(token.lower) && !reader.pronouns.has(token.lower) && !/s$/.test(token.lower))) continue
    const last = phraseAfter(reader, at)
    if (last === undefined || last >= end) continue
    // Its verb: after the phrase, after an appositive (`Filippo Grandi, the
    // UN refugee chief, reacted`), or after a time (`Grassley on Wednesday
    // downplayed`).
    let verb = last + 1
    if (tokens[verb].lower === ',') verb = appositiveEnd(tokens, verb, end) + 1
    else if (tokens[verb].lower === 'on' && verb + 1 <= end && timeNames.has(tokens[verb + 1].lower)) verb += 2
    const next = tokens[verb]
    if (verb > end || !next || next.kind !== 'word' || next.capital || clauseJoiners.has(next.lower)) continue
    found = [at, last]
    // A participle hangs on the main clause: its subject is the first.
    if (main) break
    at = last
  }
  return found
}

/** How far back `clauseSubject` reads, in tokens (news sentences run to 40–60). */
const clauseReach = 150

const timeNames = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'])

/** The index of the comma that closes an appositive opened by the comma at `at`, or `at` when there is none. */
function appositiveEnd(tokens: ReadonlyArray<Token>, at: number, end: number): number {
  for (let look = at + 1; look <= end && look - at <= 14; look++) {
    if (tokens[look].kind === 'quote') return at
    if (tokens[look].lower === ',') return look
  }
  return at
}

/** Words after a phrase that show it is no subject (`the UK and the US of meddling`). */
const clauseJoiners = new Set(['of', 'for', 'at', 'with', 'from', 'in', 'on', 'to', 'by', 'and', 'or', 'as', 'than', 'into', 'about', 'over', 'after', 'before', 'against'])

/** Punctuation that may stand between a quotation and its tag. */
export function isTagPunct(value: string): boolean {
  return value === ',' || value === '—' || value === '–' || value === '-' || value === '--'
}

/** Index of the first token of the sentence that `at` is in. */
export function sentenceStart(tokens: ReadonlyArray<Token>, at: number): number {
  let starts = sentenceStarts.get(tokens)
  if (!starts) {
    // Where each sentence of the frame starts, read once per frame: a long
    // paragraph asked once per cue would otherwise be read back each time.
    starts = []
    for (let index = 0; index < tokens.length; index++) if (index === 0 || tokens[index].sentence !== tokens[index - 1].sentence) starts[tokens[index].sentence] = index
    sentenceStarts.set(tokens, starts)
  }
  return starts[tokens[at].sentence]
}

const sentenceStarts = new WeakMap<ReadonlyArray<Token>, number[]>()

/**
 * Where the attributions of `list` (in text order, so in sentence order)
 * whose sentence is from `first` to `last` stand in it, as `[from, to)`:
 * the tests that look for a quotation's cue read only its sentence and the
 * ones next to it, found by halving.
 */
export function sentenceRange(list: ReadonlyArray<Attribution>, first: number, last: number): [number, number] {
  const low = lowerBound(list.length, (index) => list[index].sentence < first)
  return [low, lowerBound(list.length, (index) => list[index].sentence <= last)]
}
