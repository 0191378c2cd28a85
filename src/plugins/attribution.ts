/**
 * Plugin: find who said each quotation, and with what cue.
 *
 * Each body paragraph is read as a frame (see `lib/frames.ts`): its words
 * with every quotation folded into one token. Every cue (`said`, `told
 * reporters`, `according to`, see `lexicons/cues.ts`) gets its speaker's
 * phrase: the subject before it (`Putin said`, `Smith, a spokesman, said`),
 * the phrase after it where a quotation stands before (`"…," said
 * Belarusian analyst Valery Karbalevich`), the source after `according
 * to`, or the sentence's subject (`Lukashenko responded by saying that`).
 *
 * A quotation takes, in this order:
 *
 * 1. the cue right after it (`"…," Putin said` / `"…," said Putin`);
 * 2. the nearest cue before it in its sentence (`Putin said: "…"`, `called
 *    the plan "unworkable"`);
 * 3. the subject of its sentence when a colon introduces it (`Smith was
 *    blunt: "…"`);
 * 4. the speaker of a quotation next to it in its paragraph, or of a cue in
 *    the sentence before (`"…," he said. "…"`);
 * 5. the last speaker of the paragraph before (a quotation in a paragraph of
 *    its own continues the previous speaker).
 *
 * Speakers are then named as fully as the article names them: a name by the
 * fullest form it is given (`Putin` → `Vladimir Putin`), a pronoun by the
 * person last spoken of as a subject (`he` → `Vladimir Putin`), a definite
 * description by the person who bears that role (`the minister`), and an
 * unnamed speaker by the description (`a ministry spokesperson`).
 */

import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import type {Options, Quote} from '../types.js'
import {articleOf} from '../lib/article.js'
import {buildFrames, oneLine, type Frame, type Token} from '../lib/frames.js'
import {cueMatcher, type CueMatch, type CueMatcher} from '../lib/cue-matcher.js'
import {determiners, phraseAfter, phraseBefore, phraseParts, skipBetween, subjectStart, type PhraseParts, type Reader} from '../lib/noun-phrases.js'
import {collectPeople, type People, type Person} from '../lib/people.js'
import {cues as defaultCues, listenerCues, sourceFirstCues} from '../lexicons/cues.js'
import {genderedForms, pronouns as defaultPronouns, type PronounEntry} from '../lexicons/pronouns.js'
import {bodyRoles, honorifics, speakerRoles} from '../lexicons/titles.js'

const emptyOptions: Options = {}

/** Words cut from the front of a name besides titles: `The`, `But`. */
const nameSkip: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'but', 'and', 'so', 'then', 'when', 'while', 'as', 'in', 'on', 'at', 'for', 'from', 'with', 'by',
  'after', 'before', 'if', 'of', 'to', 'during', 'under', 'since', 'although', 'though', 'meanwhile', 'however',
  'still', 'yet', 'also', 'this', 'that', 'these', 'those', 'his', 'her', 'their', 'its', 'our', 'my', 'former',
  'late', 'mr', 'mrs', 'ms', 'dr', 'according', 'said', 'says'
])

/** How many paragraphs back a pronoun or a description looks for its person. */
const reach = 4

/** How many tokens a cue may stand after a quotation in its sentence and still be its tag. */
const tagReach = 24

/** The lexicons, compiled once per plugin. */
interface Lexicon {
  cues: CueMatcher
  listeners: ReadonlySet<string>
  sourceFirst: ReadonlySet<string>
  titles: ReadonlySet<string>
  /** Nouns that describe a body (`ministry`, `paper`). */
  bodies: ReadonlySet<string>
  pronouns: ReadonlyMap<string, PronounEntry>
  /** Words that show a gender (`his`, `her`). */
  gendered: ReadonlyMap<string, PronounEntry['gender']>
}

/** What one run of the plugin works on. */
interface Context {
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
}

/** A cue (or a colon, or a clause) with the phrase that names its speaker. */
interface Attribution {
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
interface Mention {
  frame: number
  /** Token index in the frame where they are spoken of. */
  at: number
  person: Person
}

/**
 * Attribute quotes.
 */
export function newsAttribution(options?: Readonly<Options> | null) {
  const settings = options || emptyOptions
  const pronouns = new Map<string, PronounEntry>()
  for (const entry of [...defaultPronouns, ...(settings.pronouns ?? [])]) pronouns.set(entry.word.toLowerCase(), entry)
  const lexicon: Lexicon = {
    cues: cueMatcher([...defaultCues, ...(settings.cues ?? [])]),
    listeners: new Set(listenerCues),
    sourceFirst: new Set(sourceFirstCues),
    titles: new Set([...honorifics, ...speakerRoles, ...(settings.titles ?? []).map((title) => title.toLowerCase())]),
    bodies: bodyRoles,
    pronouns,
    gendered: new Map(genderedForms.map((entry) => [entry.word, entry.gender]))
  }

  return function (tree: Root, file: VFile): undefined {
    const article = articleOf(file)
    const quotes = article.quotes
    if (quotes.length === 0) return
    const value = String(file.value)
    const frames = buildFrames(tree, value, quotes)
    const matches = frames.map((frame) => frame.tokens.map((_, at) => lexicon.cues.at(frame.tokens, at)))
    const readers = frames.map((frame, index) => ({
      tokens: frame.tokens,
      cues: matches[index],
      titles: lexicon.titles,
      bodies: lexicon.bodies,
      pronouns: lexicon.pronouns
    }))
    const people = collectPeople(frames, value, lexicon.titles, lexicon.bodies, nameSkip)
    const context: Context = {lexicon, value, frames, readers, matches, people, others: new Map()}

    // Every cue of every paragraph with its speaker, named in text order,
    // keeping who was spoken of for the pronouns.
    const found: Attribution[][] = []
    const history: Mention[] = []
    const subjectsOf: Array<Array<{at: number; mention: Mention}>> = []
    for (let index = 0; index < frames.length; index++) {
      const list = readAttributions(context, index)
      found.push(list)
      const subjects = sentenceSubjects(context, index)
      subjectsOf.push(subjects)
      let next = 0
      for (const attribution of list) {
        while (next < subjects.length && subjects[next].at < attribution.phrase[0]) history.push(subjects[next++].mention)
        resolve(context, attribution, history)
        if (attribution.person) history.push({frame: index, at: attribution.phrase[0], person: attribution.person})
      }
      while (next < subjects.length) history.push(subjects[next++].mention)
    }

    // Each quotation's own attribution.
    const chosen: Array<Attribution | undefined> = new Array(quotes.length)
    const own: boolean[] = new Array(quotes.length).fill(false)
    for (let index = 0; index < frames.length; index++) {
      const tokens = frames[index].tokens
      for (let at = 0; at < tokens.length; at++) {
        const token = tokens[at]
        if (token.kind !== 'quote' || own[token.quote]) continue
        const list = found[index]
        const attribution =
          namedLeadIn(context, index, at, history) ??
          introducing(list, tokens, at) ??
          after(list, tokens, at, 'tag') ??
          before(list, tokens, at) ??
          after(list, tokens, at, 'next') ??
          after(list, tokens, at, 'further') ??
          signed(context, index, at, history) ??
          colon(context, index, at, history) ??
          subjectOf(context, index, at, history)
        if (attribution) {
          chosen[token.quote] = attribution
          own[token.quote] = true
        }
      }
    }

    // Quotations with none continue a speaker: of a quotation next to them,
    // of a cue in the sentence before, of the paragraph before.
    let last: Attribution | undefined
    let lastFrame = -1
    for (let index = 0; index < frames.length; index++) {
      const tokens = frames[index].tokens
      const inFrame: Array<{quote: number; at: number}> = []
      for (let at = 0; at < tokens.length; at++) {
        if (tokens[at].kind === 'quote' && !inFrame.some((item) => item.quote === tokens[at].quote)) inFrame.push({quote: tokens[at].quote, at})
      }
      for (let position = 0; position < inFrame.length; position++) {
        const {quote, at} = inFrame[position]
        if (chosen[quote]) continue
        let source: Attribution | undefined
        for (let other = position - 1; other >= 0 && !source; other--) source = chosen[inFrame[other].quote]
        source ??= cueBefore(found[index], tokens, at)
        // A quotation after it, in its sentence or the next (`"…" "…," he said`).
        for (let other = position + 1; other < inFrame.length && !source; other++) {
          if (tokens[inFrame[other].at].sentence - tokens[at].sentence > 1) break
          source = chosen[inFrame[other].quote]
        }
        if (!source && at === 0 && index > 0) {
          // `…released the following statement:` ending the paragraph before.
          const previous = frames[index - 1].tokens
          if (previous.length > 1 && previous[previous.length - 1].lower === ':') {
            source = before(found[index - 1], previous, previous.length - 1) ?? leadIn(context, index - 1, previous.length - 1, history)
          }
        }
        if (!source && lastFrame === index - 1 && at === 0) source = last
        // A paragraph about someone, then their words: `Viguerie is upbeat
        // about Cruz's chances. / "Not only can Ted Cruz win…"`.
        if (!source && at === 0 && index > 0 && subjectsOf[index - 1].length > 0) {
          const subject = subjectsOf[index - 1][subjectsOf[index - 1].length - 1]
          const tokens = frames[index - 1].tokens
          if (subject.mention.person.person) {
            source = {
              frame: index - 1,
              sentence: tokens[subject.at].sentence,
              cueAt: subject.at,
              cue: undefined,
              phrase: [subject.at, subject.at],
              inverted: false,
              parts: {text: subject.mention.person.name, name: subject.mention.person.name, roles: [], pronoun: false},
              speaker: subject.mention.person.name,
              person: subject.mention.person
            }
          }
        }
        chosen[quote] = source
      }
      // What the next paragraph continues: the last speaker named here.
      let lastAt = -1
      for (const attribution of found[index]) {
        if (attribution.speaker !== null && attribution.cueAt > lastAt) {
          last = attribution
          lastAt = attribution.cueAt
          lastFrame = index
        }
      }
      for (const {quote, at} of inFrame) {
        const attribution = chosen[quote]
        if (attribution?.speaker && at > lastAt) {
          last = attribution
          lastAt = at
          lastFrame = index
        }
      }
    }

    for (let index = 0; index < quotes.length; index++) {
      const attribution = chosen[index]
      if (!attribution) continue
      const quote = quotes[index]
      quote.speaker = attribution.speaker
      if (!own[index]) continue
      quote.speakerMention = attribution.parts.text
      quote.cue = attribution.cue ? cueText(context, attribution) : null
      if (attribution.parts.pronoun && attribution.speaker === null) {
        file.message(`Cannot tell whom \`${attribution.parts.text}\` stands for`, {
          place: quote.position,
          ruleId: 'unresolved-speaker',
          source: 'news-article-parser'
        })
      }
    }

    markPartial(context, quotes)
  }
}

/** Read the cues of one frame and the phrases of their speakers. */
function readAttributions(context: Context, index: number): Attribution[] {
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
      if (back > floor && ['who', 'which'].includes(tokens[back].lower)) back = tokens[back - 1].lower === ',' ? back - 2 : back - 1
      if (!afterQuote) phrase = phraseBefore(reader, back, floor)
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

    if (!phrase) continue
    list.push({
      frame: index,
      sentence: tokens[at].sentence,
      cueAt: at,
      cue,
      phrase,
      inverted,
      parts: phraseParts(reader, phrase[0], phrase[1], context.value),
      speaker: null,
      person: undefined
    })
  }
  return list
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
function clauseSubject(reader: Reader, floor: number, end: number, main = false): [number, number] | undefined {
  const tokens = reader.tokens
  let found: [number, number] | undefined
  const first = subjectStart(reader, floor, end)
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

/** The names that open the sentences of a frame (`Putin hosted a meeting`), as people spoken of. */
function sentenceSubjects(context: Context, index: number): Array<{at: number; mention: Mention}> {
  const reader = context.readers[index]
  const tokens = reader.tokens
  const subjects: Array<{at: number; mention: Mention}> = []
  let at = 0
  while (at < tokens.length) {
    const sentence = tokens[at].sentence
    let end = at
    while (end + 1 < tokens.length && tokens[end + 1].sentence === sentence) end++
    const start = subjectStart(reader, at, end)
    if (start <= end && tokens[start].capital && knownNear(context, tokens, start, end)) {
      const last = phraseAfter(reader, start)
      if (last !== undefined && last < end && (tokens[last + 1].kind === 'word' || appositiveThenWord(tokens, last + 1, end))) {
        const parts = phraseParts(reader, start, last, context.value)
        const person = parts.name ? personOf(context, parts) : undefined
        if (person) {
          subjects.push({at: start, mention: {frame: index, at: start, person}})
          person.leaning += leaning(context, tokens, last + 1, end)
        }
      }
    }
    at = end + 1
  }
  return subjects
}

/** He-forms minus she-forms in tokens `start`–`end` (`Smith said his…` leans male). */
function leaning(context: Context, tokens: ReadonlyArray<Token>, start: number, end: number): number {
  let sum = 0
  for (let at = start; at <= end; at++) {
    const form = context.lexicon.gendered.get(tokens[at].lower)
    if (form === 'male') sum++
    else if (form === 'female') sum--
  }
  return sum
}

/** Whether a name the article knows stands in the first words from `start` (`Dock worker Sam Lee`). */
function knownNear(context: Context, tokens: ReadonlyArray<Token>, start: number, end: number): boolean {
  for (let at = start; at <= end && at - start < 4; at++) {
    if (tokens[at].kind !== 'word') return false
    if (tokens[at].capital && context.people.knows(tokens[at].lower)) return true
  }
  return false
}

/** Whether a comma at `at` opens an appositive that a word follows (`Shami Chakrabarti, from Liberty, joined`). */
function appositiveThenWord(tokens: ReadonlyArray<Token>, at: number, end: number): boolean {
  if (tokens[at].lower !== ',') return false
  for (let look = at + 1; look <= end && look - at <= 12; look++) {
    if (tokens[look].kind === 'quote') return false
    if (tokens[look].lower === ',') return look + 1 <= end && tokens[look + 1].kind === 'word' && !tokens[look + 1].capital
  }
  return false
}

/** The person a name stands for: the fullest the article gives, or the name itself. */
function personOf(context: Context, parts: PhraseParts): Person | undefined {
  const name = parts.name
  if (!name) return undefined
  const known = context.people.fullest(name)
  if (known) return known
  let other = context.others.get(name)
  if (!other) {
    // A one-word name is a person's when a title or a role goes with it
    // (`Mr Obama`), and a name at all only if it is written with a capital
    // inside a sentence somewhere (not `Children` opening one).
    const words = name.toLowerCase().split(/\s+/)
    if (words.length === 1 && parts.roles.length === 0 && !context.people.capitalized.has(words[0])) return undefined
    other = {
      name,
      words,
      roles: new Set(parts.roles),
      gender: genderOf(parts.text),
      count: 1,
      at: [],
      person: (parts.roles.length > 0 || genderOf(parts.text) !== undefined) && !/^[\p{Lu}\d]{2,}$/u.test(name),
      place: false,
      leaning: 0
    }
    context.others.set(name, other)
  }
  return other
}

/** What the article shows of a person's gender: a title, else the pronouns of the sentences about them. */
function genderFor(person: Person): Person['gender'] {
  if (person.gender) return person.gender
  return person.leaning > 0 ? 'male' : person.leaning < 0 ? 'female' : undefined
}

/** The gender an honorific shows (`Mr`, `Ms`). */
function genderOf(text: string): Person['gender'] {
  if (/^(?:mr|sir|lord|king|prince)\b/i.test(text)) return 'male'
  if (/^(?:mrs|ms|miss|lady|dame|queen|princess)\b/i.test(text)) return 'female'
  return undefined
}

/** The index of the last mention in `history` (text order) before an attribution's phrase, by binary search. */
function lastBefore(history: ReadonlyArray<Mention>, attribution: Attribution): number {
  let low = 0
  let high = history.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (isBefore(history[middle], attribution)) low = middle + 1
    else high = middle
  }
  return low - 1
}

/** Whether someone was spoken of before an attribution's phrase. */
function isBefore(item: Mention, attribution: Attribution): boolean {
  return item.frame < attribution.frame || (item.frame === attribution.frame && item.at < attribution.phrase[0])
}

/** Name the speaker of an attribution. */
function resolve(context: Context, attribution: Attribution, history: ReadonlyArray<Mention>): void {
  const parts = attribution.parts
  if (parts.pronoun) {
    const entry = context.lexicon.pronouns.get(parts.text.toLowerCase())
    if (!entry || entry.refers === 'self') return
    for (let at = lastBefore(history, attribution); at >= 0; at--) {
      const item = history[at]
      if (!isBefore(item, attribution)) continue
      if (attribution.frame - item.frame > reach) break
      if (entry.refers === 'person') {
        // A one-word name the article gives no more of is a person's when
        // pronouns have been used for it (`Roof … his motives`).
        if (!item.person.person && (item.person.leaning === 0 || item.person.words.length > 1 || item.person.place)) continue
        const gender = genderFor(item.person)
        if (entry.gender !== 'any' && gender && gender !== entry.gender) continue
      } else if (item.person.person || item.person.place) {
        continue
      }
      attribution.speaker = item.person.name
      attribution.person = item.person
      // `he said` tells the gender of whom it stands for.
      if (entry.gender !== 'any' && !genderFor(item.person)) item.person.leaning += entry.gender === 'male' ? 1 : -1
      return
    }
    return
  }
  if (parts.name) {
    const person = personOf(context, parts)
    attribution.person = person
    attribution.speaker = person ? person.name : parts.name
    return
  }
  // A definite description of someone the article names: `the minister`,
  // `China's ambassador`, `the organisation`. (Not `The Post and Courier
  // newspaper`: a name is in it.)
  const tokens = context.readers[attribution.frame].tokens
  const offset = tokens[attribution.phrase[0]].start
  const head = parts.text.split(',')[0]
  if (/^(?:the|his|her|their|its)\s|['’]s\s/i.test(head) && onlyTitles(context, head)) {
    const person = describedPerson(context, attribution, history, offset)
    if (person) {
      attribution.speaker = person.name
      attribution.person = person
      return
    }
  }
  attribution.speaker = parts.text
  // An unnamed speaker is someone too, for the pronouns and descriptions
  // that follow (`a ministry spokesman said … "…," he said`).
  const role = lastWord(head)
  if (parts.roles.length > 0 || context.lexicon.bodies.has(role)) {
    let other = context.others.get(parts.text)
    if (!other) {
      const isBody = context.lexicon.bodies.has(role) && parts.roles.length === 0
      other = {name: parts.text, words: [], roles: new Set(isBody ? [role] : parts.roles), gender: undefined, count: 1, at: [], person: !isBody, place: false, leaning: 0}
      context.others.set(parts.text, other)
    }
    attribution.person = other
  }
}

/**
 * Whether the capitals of a description are titles or one modifier (`the US
 * President`, `the England coach`), not a name (`The Post and Courier
 * newspaper`).
 */
function onlyTitles(context: Context, head: string): boolean {
  const words = head.split(/\s+/).slice(1)
  const others = words.filter((word) => /^\p{Lu}/u.test(word) && !context.lexicon.titles.has(word.toLowerCase().replace(/\.$/, '')))
  return others.length === 0
}

/**
 * Whom a definite description stands for: the one last named with its role
 * (`the minister` → `Foreign Minister Sergei Lavrov`); for a body (`the
 * paper`), the body last spoken of; for a person, the person last spoken
 * of in this paragraph or the one before (`the actor`).
 */
function describedPerson(context: Context, attribution: Attribution, history: ReadonlyArray<Mention>, offset: number): Person | undefined {
  const head = lastWord(attribution.parts.text.split(',')[0])
  const isBody = context.lexicon.bodies.has(head)
  const roles = isBody ? [head] : attribution.parts.roles
  // Someone with the role spoken of lately (`a spokesman …`, then `the spokesman`).
  for (let at = lastBefore(history, attribution); at >= 0 && roles.length > 0; at--) {
    const item = history[at]
    if (!isBefore(item, attribution)) continue
    if (attribution.frame - item.frame > reach) break
    if (roles.some((role) => item.person.roles.has(role))) return item.person
  }
  if (roles.length > 0) {
    const person = context.people.latest(offset, (candidate) => roles.some((role) => candidate.roles.has(role)) && (isBody || candidate.person))
    if (person) return person
  }
  // `the actor`: the person last spoken of (not `his physician`: someone else).
  const definite = /^the\s/i.test(attribution.parts.text)
  for (let at = lastBefore(history, attribution); at >= 0 && (isBody || definite); at--) {
    const item = history[at]
    if (!isBefore(item, attribution)) continue
    if (attribution.frame - item.frame > (isBody ? reach : 1)) break
    if (isBody ? !item.person.person && !item.person.place : item.person.person && roles.length > 0) return item.person
  }
  return isBody ? context.people.latest(offset, (candidate) => !candidate.person && !candidate.place) : undefined
}

/** The last word of a phrase, lower case, before any `for`/`of` part. */
function lastWord(text: string): string {
  const head = text.split(/\s+(?:for|of|at|with|from|in)\s+/)[0]
  const words = head.toLowerCase().split(/\s+/)
  return words[words.length - 1]
}

/**
 * An attribution after the quotation at `at`:
 *
 * - `tag`: right after it in its sentence (`"…," Putin said`, `"…," said
 *   Putin`, `"…" according to X`);
 * - `next`: opening the next sentence, when that sentence is only the tag
 *   (`"…anything." He said.`, not `"…." Smith said the plan…`);
 * - `further`: a cue further on in the same sentence, with no quotation
 *   between.
 */
function after(list: ReadonlyArray<Attribution>, tokens: ReadonlyArray<Token>, at: number, kind: 'tag' | 'next' | 'further'): Attribution | undefined {
  let start = at + 1
  while (start < tokens.length && tokens[start].kind === 'punct' && isTagPunct(tokens[start].lower)) start++
  if (start >= tokens.length) return undefined
  const sameSentence = tokens[start].sentence === tokens[at].sentence
  for (const attribution of list) {
    if (attribution.cueAt < start) continue
    if (kind === 'further') {
      if (attribution.sentence === tokens[at].sentence && attribution.cueAt - at <= tagReach) return attribution
      continue
    }
    const adjacent = attribution.inverted ? attribution.cueAt === start : nearStart(tokens, start, attribution.phrase[0])
    if (!adjacent) continue
    if (kind === 'tag' && sameSentence) return attribution
    if (kind === 'next' && !sameSentence && shortTag(tokens, attribution)) return attribution
  }
  return undefined
}

/**
 * Whether a phrase at `phrase` opens the tag that starts at `start`: right
 * there, or after a few words the phrase reader left out (`harbour master
 * | Ian Boyle said`).
 */
function nearStart(tokens: ReadonlyArray<Token>, start: number, phrase: number): boolean {
  if (phrase < start || phrase - start > 3) return false
  for (let at = start; at < phrase; at++) {
    // Not across a conjunction (`"…" until Haley said`).
    if (tokens[at].kind !== 'word' || (!tokens[at].capital && tagBreakers.has(tokens[at].lower))) return false
  }
  return true
}

const tagBreakers = new Set(['until', 'when', 'while', 'after', 'before', 'because', 'since', 'if', 'and', 'but', 'or', 'that', 'which', 'who', 'where', 'though', 'although', 'unless', 'so', 'than', 'then', 'in', 'on', 'at', 'to', 'for', 'with', 'from', 'by', 'of'])

/**
 * Whether an attribution's clause is only a tag: after the cue (and the
 * listener, `told the AP`) comes its end, a comma or an adverbial (`He
 * said.`, `Smith said at a news conference`), not a clause of reported
 * speech (`Smith said he would…`).
 */
function shortTag(tokens: ReadonlyArray<Token>, attribution: Attribution): boolean {
  let at = Math.max(attribution.cueAt + (attribution.cue?.length ?? 1), attribution.phrase[1] + 1)
  // Whom it was said to: `told Britain's ITV television station`.
  while (at < tokens.length && tokens[at].kind === 'word' && (tokens[at].capital || determiners.has(tokens[at].lower) || /['’]s$/.test(tokens[at].lower))) at++
  if (attribution.cue && ['told', 'tells', 'informed', 'assured', 'reminded', 'advised', 'asked'].includes(attribution.cue.phrase)) {
    while (at < tokens.length && tokens[at].kind === 'word' && !tokens[at].capital && !['in', 'at', 'on', 'during', 'after', 'before', 'that', 'as', 'when', 'while', 'he', 'she', 'they', 'it', 'we', 'i'].includes(tokens[at].lower) && at - attribution.cueAt < 6) at++
  }
  const token = tokens[at]
  if (token === undefined || token.sentence !== attribution.sentence || token.kind === 'quote') return true
  if (token.kind === 'punct') return token.lower !== ':'
  return ['at', 'in', 'on', 'during', 'after', 'before', 'while', 'when', 'as', 'to', 'from', 'via', 'last', 'this', 'earlier', 'later', 'yesterday', 'today', 'tonight', 'outside', 'inside', 'over', 'through', 'of'].includes(token.lower)
}

/** A cue right before the quotation at `at`, with only a comma or a colon between (`Smith shouted, "…"`). */
function introducing(list: ReadonlyArray<Attribution>, tokens: ReadonlyArray<Token>, at: number): Attribution | undefined {
  let back = at - 1
  if (back >= 0 && (tokens[back].lower === ',' || tokens[back].lower === ':')) back--
  for (const attribution of list) {
    const cueEnd = attribution.cueAt + (attribution.cue?.length ?? 1) - 1
    const end = attribution.inverted ? attribution.phrase[1] : cueEnd
    if (end === back && attribution.cue && attribution.sentence === tokens[at].sentence) return attribution
  }
  return undefined
}

/** The nearest cue before the quotation at `at`, in its sentence. */
function before(list: ReadonlyArray<Attribution>, tokens: ReadonlyArray<Token>, at: number): Attribution | undefined {
  let best: Attribution | undefined
  for (const attribution of list) {
    if (attribution.cueAt >= at) break
    if (attribution.sentence !== tokens[at].sentence) continue
    best = attribution
  }
  return best
}

/**
 * `Smith was blunt: "…"`, `Smith: "…"`, `Frank quotes adviser Alfred Kahn:
 * "…"`: a name right before the colon, else the subject of the sentence the
 * colon ends.
 */
function colon(context: Context, index: number, at: number, history: ReadonlyArray<Mention>): Attribution | undefined {
  const tokens = context.readers[index].tokens
  if (at < 2 || tokens[at - 1].lower !== ':') return undefined
  return leadIn(context, index, at - 1, history)
}

/** `Pollsters agree - Carl Bialik: "…"`: a name right before the colon, first of all. */
function namedLeadIn(context: Context, index: number, at: number, history: ReadonlyArray<Mention>): Attribution | undefined {
  const reader = context.readers[index]
  const tokens = reader.tokens
  if (at < 2 || tokens[at - 1].lower !== ':' || !tokens[at - 2].capital || context.matches[index][at - 2]) return undefined
  const phrase = phraseBefore(reader, at - 2, sentenceStart(tokens, at - 1))
  if (!phrase) return undefined
  // Not whom it was said to (`He told MPs:`).
  const before = tokens[phrase[0] - 1]
  if (before && before.kind === 'word' && (context.matches[index][phrase[0] - 1] || endsListener(context, index, phrase[0] - 1))) return undefined
  const parts = phraseParts(reader, phrase[0], phrase[1], context.value)
  if (!parts.name) return undefined
  const attribution: Attribution = {frame: index, sentence: tokens[at].sentence, cueAt: at - 1, cue: undefined, phrase, inverted: false, parts, speaker: null, person: undefined}
  resolve(context, attribution, history)
  return attribution
}

/** Whether a cue ends at `at` (`told`, `told reporters`). */
function endsListener(context: Context, index: number, at: number): boolean {
  for (let back = at; back >= 0 && at - back < 3; back--) {
    const cue = context.matches[index][back]
    if (cue && back + cue.length - 1 >= at) return true
  }
  return false
}

/** The speaker a sentence ending in a colon at `colonAt` introduces. */
function leadIn(context: Context, index: number, colonAt: number, history: ReadonlyArray<Mention>): Attribution | undefined {
  const reader = context.readers[index]
  const tokens = reader.tokens
  if (colonAt < 1) return undefined
  const floor = sentenceStart(tokens, colonAt)
  let phrase = phraseBefore(reader, colonAt - 1, floor)
  let parts = phrase ? phraseParts(reader, phrase[0], phrase[1], context.value) : undefined
  if (!parts?.name) {
    const start = subjectStart(reader, floor, colonAt - 1)
    if (start > colonAt - 1 || tokens[start].kind !== 'word') return undefined
    const end = phraseAfter(reader, start)
    if (end === undefined) return undefined
    phrase = [start, end]
    parts = phraseParts(reader, start, end, context.value)
  }
  if (!phrase || !parts || (!parts.name && !parts.pronoun && !/^the\s/i.test(parts.text))) return undefined
  const attribution: Attribution = {frame: index, sentence: tokens[colonAt].sentence, cueAt: colonAt, cue: undefined, phrase, inverted: false, parts, speaker: null, person: undefined}
  // A cue in the sentence names its speaker better (`He said:`).
  resolve(context, attribution, history)
  return attribution
}

/**
 * `"…" ― Pamela Padilla`, `"…" — Sahil Kapur (@sahilkapur)`: a name after a
 * dash that ends the sentence signs the quotation.
 */
function signed(context: Context, index: number, at: number, history: ReadonlyArray<Mention>): Attribution | undefined {
  const reader = context.readers[index]
  const tokens = reader.tokens
  const dash = tokens[at + 1]
  if (!dash || dash.kind !== 'punct' || !/^(?:[―—–]|--?)$/.test(dash.lower)) return undefined
  const end = phraseAfter(reader, at + 2)
  if (end === undefined) return undefined
  const next = tokens[end + 1]
  if (next && next.sentence === tokens[end].sentence && !(next.kind === 'punct' && ['.', '(', ','].includes(next.lower))) return undefined
  const parts = phraseParts(reader, at + 2, end, context.value)
  if (!parts.name) return undefined
  const attribution: Attribution = {frame: index, sentence: tokens[at].sentence, cueAt: at + 1, cue: undefined, phrase: [at + 2, end], inverted: true, parts, speaker: null, person: undefined}
  resolve(context, attribution, history)
  return attribution
}

/**
 * `Ramos believes in journalism that "takes sides."`: with no cue, the
 * subject of the clause a quotation stands in, when it names someone.
 */
function subjectOf(context: Context, index: number, at: number, history: ReadonlyArray<Mention>): Attribution | undefined {
  const reader = context.readers[index]
  const tokens = reader.tokens
  const floor = sentenceStart(tokens, at)
  if (floor >= at) return undefined
  const phrase = clauseSubject(reader, floor, at - 1)
  if (!phrase) return undefined
  const parts = phraseParts(reader, phrase[0], phrase[1], context.value)
  if (!parts.name && !parts.pronoun && !/^the\s/i.test(parts.text)) return undefined
  const attribution: Attribution = {frame: index, sentence: tokens[at].sentence, cueAt: phrase[1], cue: undefined, phrase, inverted: false, parts, speaker: null, person: undefined}
  resolve(context, attribution, history)
  return attribution
}

/** A cue in the sentence before the quotation at `at`, in its paragraph (`He said the deal was off. "…"`). */
function cueBefore(list: ReadonlyArray<Attribution>, tokens: ReadonlyArray<Token>, at: number): Attribution | undefined {
  let best: Attribution | undefined
  for (const attribution of list) {
    if (attribution.cueAt >= at) break
    if (tokens[at].sentence - attribution.sentence <= 1) best = attribution
  }
  return best
}

/** The cue as written (`told reporters`). */
function cueText(context: Context, attribution: Attribution): string {
  const tokens = context.frames[attribution.frame].tokens
  const cue = attribution.cue!
  return oneLine(context.value.slice(tokens[attribution.cueAt].start, tokens[attribution.cueAt + cue.length - 1].end))
}

/**
 * Mark the fragments: a quotation that starts in lower case, or that stands
 * inside a sentence of reported speech (`called the plan "unworkable"`,
 * `adding that "…"`) rather than after a cue and a colon or comma.
 */
function markPartial(context: Context, quotes: Quote[]): void {
  for (let index = 0; index < context.frames.length; index++) {
    const tokens = context.frames[index].tokens
    for (let at = 0; at < tokens.length; at++) {
      const token = tokens[at]
      if (token.kind !== 'quote') continue
      const quote = quotes[token.quote]
      if (/^[^\p{L}]*\p{Ll}/u.test(quote.text)) {
        quote.partial = true
        continue
      }
      const previous = at > 0 ? tokens[at - 1] : undefined
      if (previous && previous.sentence === token.sentence && previous.kind === 'word' && !endsCue(context.matches[index], tokens, at - 1)) {
        quote.partial = true
      }
    }
  }
}

/** Whether the word at `at` ends a cue phrase (`said`, `told reporters`). */
function endsCue(matches: ReadonlyArray<CueMatch | undefined>, tokens: ReadonlyArray<Token>, at: number): boolean {
  for (let back = at; back >= 0 && at - back < 4; back--) {
    const cue = matches[back]
    if (cue && back + cue.length - 1 === at) return true
    if (tokens[back].kind !== 'word') return false
  }
  return false
}

/** Punctuation that may stand between a quotation and its tag. */
function isTagPunct(value: string): boolean {
  return value === ',' || value === '—' || value === '–' || value === '-' || value === '--'
}

/** Index of the first token of the sentence that `at` is in. */
function sentenceStart(tokens: ReadonlyArray<Token>, at: number): number {
  const sentence = tokens[at].sentence
  let start = at
  while (start > 0 && tokens[start - 1].sentence === sentence) start--
  return start
}
