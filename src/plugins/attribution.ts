/**
 * Plugin: find who said each quotation, and with what cue.
 *
 * Each body paragraph is read as a frame (see `lib/frames.ts`): its words
 * with every quotation folded into one token. Every cue of every paragraph
 * gets the phrase that names its speaker (`lib/attributions.ts`), and the
 * speakers are named in text order (`lib/speakers.ts`), keeping who was
 * spoken of for the pronouns that follow.
 *
 * A quotation then takes the first of:
 *
 * 1. a name right before a colon that leads it in (`Carl Bialik: "…"`);
 * 2. a cue right before it (`Smith shouted, "…"`, `Putin said: "…"`);
 * 3. a possessive name with a noun of saying (`Comey's conclusion that
 *    her actions were "…"`), else the tag right after it (`"…," Putin
 *    said`, `"…," said Putin`);
 * 4. the nearest cue before it in its sentence (`called the plan
 *    "unworkable"`);
 * 5. a tag that is the whole next sentence (`"…." Boyle said at the
 *    meeting.`), or a cue further on in its sentence;
 * 6. a name after a dash (`"…" — Joan Pike`), or opening the next
 *    paragraph when the quotation is its paragraph (`"…"` / `- Joan Pike.`);
 * 7. the subject of the sentence a colon ends (`Smith was blunt: "…"`);
 * 8. the subject of its clause, when that names someone (`Ramos believes in
 *    journalism that "takes sides"`).
 *
 * A quotation with none of these continues a speaker: of a quotation next
 * to it in its paragraph, of a cue in the sentence before, of a lead-in
 * ending the paragraph before, of the last attribution of the paragraph
 * before, or the person that paragraph was about.
 */

import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import type {Options, Quote} from '../types.js'
import {articleOf} from '../lib/article.js'
import {buildFrames, oneLine, type Frame, type Token} from '../lib/frames.js'
import {cueMatcher, type CueMatch} from '../lib/cue-matcher.js'
import {determiners, isConnector, isRole, phraseAfter, phraseBefore, phraseParts, possessorBefore, subjectStart} from '../lib/noun-phrases.js'
import {collectPeople} from '../lib/people.js'
import {clauseSubject, isTagPunct, readAttributions, sentenceRange, sentenceStart, type Attribution, type Context, type Lexicon, type Mention} from '../lib/attributions.js'
import {lowerBound} from '../lib/sorted.js'
import {reach, resolve, sentenceSubjects} from '../lib/speakers.js'
import {cues as defaultCues, listenerCues, sourceFirstCues, speechNouns, tagOnlyCues} from '../lexicons/cues.js'
import {genderedForms, pronouns as defaultPronouns, type PronounEntry} from '../lexicons/pronouns.js'
import {bodyRoles, honorifics, sourceNouns, speakerRoles} from '../lexicons/titles.js'

const emptyOptions: Options = {}

/** Words cut from the front of a name besides titles: `The`, `But`. */
const nameSkip: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'but', 'and', 'so', 'then', 'when', 'while', 'as', 'in', 'on', 'at', 'for', 'from', 'with', 'by',
  'after', 'before', 'if', 'of', 'to', 'during', 'under', 'since', 'although', 'though', 'meanwhile', 'however',
  'still', 'yet', 'also', 'this', 'that', 'these', 'those', 'his', 'her', 'their', 'its', 'our', 'my', 'former',
  'late', 'mr', 'mrs', 'ms', 'dr', 'according', 'said', 'says', 'even', 'only', 'just', 'now', 'here', 'there'
])

/** How many tokens a cue may stand after a quotation in its sentence and still be its tag. */
const tagReach = 24

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
    speechNouns: new Set(speechNouns),
    sourceFirst: new Set(sourceFirstCues),
    tagOnly: new Set(tagOnlyCues),
    titles: new Set([...honorifics, ...speakerRoles, ...(settings.titles ?? []).map((title) => title.toLowerCase())]),
    bodies: bodyRoles,
    pronouns,
    gendered: new Map(genderedForms.map((entry) => [entry.word, entry.gender]))
  }

  return function attributionTransform(tree: Root, file: VFile): undefined {
    const article = articleOf(file)
    const quotes = article.quotes
    if (quotes.length === 0) return
    const value = String(file.value)
    const frames = buildFrames(tree, value, quotes)
    // Only paragraphs near a quotation are read for cues and subjects (the
    // names come from all of them).
    const near = nearQuotes(frames)
    const matches = frames.map((frame, index) => (near[index] ? frame.tokens.map((_, at) => cueAt(lexicon, frame.tokens, at)) : []))
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
      const list = near[index] ? readAttributions(context, index) : []
      found.push(list)
      const subjects = near[index] ? sentenceSubjects(context, index) : []
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
          possessive(context, index, at, list, history) ??
          after(list, tokens, at, 'tag') ??
          before(list, tokens, at) ??
          after(list, tokens, at, 'next') ??
          after(list, tokens, at, 'further') ??
          signed(context, index, at, history) ??
          signedBelow(context, index, at, history) ??
          colon(context, index, at, history) ??
          subjectOf(context, index, at, history)
        if (attribution) {
          chosen[token.quote] = attribution
          own[token.quote] = true
        }
      }
    }

    continueSpeakers(context, found, subjectsOf, chosen, history)

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

/**
 * The cue that starts at `at`, if any. A tag-only cue (`continued`) followed
 * by a word in lower case is none (`continued to insist`, `continued
 * backlash`); before a name or a determiner it is an inverted tag
 * (`Continued Stone:`, `continued the senator`).
 */
function cueAt(lexicon: Lexicon, tokens: ReadonlyArray<Token>, at: number): CueMatch | undefined {
  const match = lexicon.cues.at(tokens, at)
  if (!match || !lexicon.tagOnly.has(match.phrase)) return match
  const next = tokens[at + match.length]
  return next && next.kind === 'word' && !next.capital && !determiners.has(next.lower) ? undefined : match
}

/**
 * Give the quotations with no attribution of their own the speaker they
 * continue: of a quotation next to them in their paragraph, of a cue in the
 * sentence before, of a lead-in ending the paragraph before (`…released the
 * following statement:`), of the last attribution of the paragraph before,
 * or the person that paragraph was about.
 */
function continueSpeakers(
  context: Context,
  found: ReadonlyArray<ReadonlyArray<Attribution>>,
  subjectsOf: ReadonlyArray<ReadonlyArray<{at: number; mention: Mention}>>,
  chosen: Array<Attribution | undefined>,
  history: ReadonlyArray<Mention>
): void {
  const frames = context.frames
  let last: Attribution | undefined
  let lastFrame = -1
  for (let index = 0; index < frames.length; index++) {
    const tokens = frames[index].tokens
    const inFrame: Array<{quote: number; at: number}> = []
    const seen = new Set<number>()
    for (let at = 0; at < tokens.length; at++) {
      if (tokens[at].kind === 'quote' && !seen.has(tokens[at].quote)) {
        seen.add(tokens[at].quote)
        inFrame.push({quote: tokens[at].quote, at})
      }
    }
    // The next quotation of the paragraph with a speaker of its own, for
    // each (worked out once: a paragraph may hold thousands).
    const nextOwn: number[] = new Array(inFrame.length + 1).fill(-1)
    for (let position = inFrame.length - 1; position >= 0; position--) {
      nextOwn[position] = chosen[inFrame[position + 1]?.quote] ? position + 1 : nextOwn[position + 1]
    }
    // The speaker of the last quotation before, as the loop goes.
    let previous: Attribution | undefined
    for (let position = 0; position < inFrame.length; position++) {
      const {quote, at} = inFrame[position]
      if (chosen[quote]) {
        previous = chosen[quote]
        continue
      }
      let source: Attribution | undefined = previous
      source ??= cueBefore(found[index], tokens, at)
      // A quotation after it, in its sentence or the next (`"…" "…," he said`).
      const next = nextOwn[position]
      if (!source && next >= 0 && tokens[inFrame[next].at].sentence - tokens[at].sentence <= 1) source = chosen[inFrame[next].quote]
      // `Clinton touted her record. "We need…"`: the person the sentence
      // before, in this paragraph, was about.
      if (!source && at > 0 && tokens[at - 1].sentence !== tokens[at].sentence) source = subjectBefore(subjectsOf[index], tokens, at, index)
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
      previous = source ?? previous
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
}

/** An attribution to the person who is the subject of the sentence right before the one at `at`. */
function subjectBefore(subjects: ReadonlyArray<{at: number; mention: Mention}>, tokens: ReadonlyArray<Token>, at: number, index: number): Attribution | undefined {
  for (let item = subjects.length - 1; item >= 0; item--) {
    const subject = subjects[item]
    if (subject.at >= at) continue
    if (tokens[subject.at].sentence !== tokens[at].sentence - 1) return undefined
    const person = subject.mention.person
    if (!person.person) return undefined
    const parts = {text: person.name, name: person.name, roles: [], pronoun: false}
    return {frame: index, sentence: tokens[subject.at].sentence, cueAt: subject.at, cue: undefined, phrase: [subject.at, subject.at], inverted: false, parts, speaker: person.name, person}
  }
  return undefined
}

/**
 * Which frames are near a quotation: from `reach` paragraphs before one (where
 * its pronouns and descriptions look) to the paragraph after it.
 */
function nearQuotes(frames: ReadonlyArray<Frame>): boolean[] {
  const near: boolean[] = new Array(frames.length).fill(false)
  for (let index = 0; index < frames.length; index++) {
    if (!frames[index].tokens.some((token) => token.kind === 'quote')) continue
    for (let at = Math.max(0, index - reach - 1); at <= Math.min(frames.length - 1, index + 1); at++) near[at] = true
  }
  return near
}

/**
 * An attribution after the quotation at `at`:
 *
 * - `tag`: right after it in its sentence (`"…," Putin said`, `"…," said
 *   Putin`, `"…" according to X`);
 * - `next`: opening the next sentence, when that sentence is only the tag
 *   (`"…anything." He said.`, not `"…." Smith said the plan…`);
 * - `further`: a cue further on in the same sentence (`"…" and "…,"
 *   Howard Dean proclaimed`).
 */
function after(list: ReadonlyArray<Attribution>, tokens: ReadonlyArray<Token>, at: number, kind: 'tag' | 'next' | 'further'): Attribution | undefined {
  let start = at + 1
  while (start < tokens.length && tokens[start].kind === 'punct' && isTagPunct(tokens[start].lower)) start++
  if (start >= tokens.length) return undefined
  const sameSentence = tokens[start].sentence === tokens[at].sentence
  // A tag stands in the sentence where it starts; a cue further on, in the quotation's.
  const sentence = kind === 'further' ? tokens[at].sentence : tokens[start].sentence
  const [from, to] = sentenceRange(list, sentence, sentence)
  if (kind === 'further') {
    // The cues from `start` on, in text order, up to `tagReach` tokens away.
    for (let item = from + lowerBound(to - from, (index) => list[from + index].cueAt < start); item < to; item++) {
      if (list[item].cueAt - at > tagReach) break
      return list[item]
    }
    return undefined
  }
  // Only a cue at `start`, or a phrase that opens within three tokens of it,
  // can be adjacent: in a sentence with many cues, only those are read.
  const candidates = to - from > scanLimit ? tagCandidates(list, start, from, to) : undefined
  const count = candidates ? candidates.length : to - from
  for (let next = 0; next < count; next++) {
    const attribution = list[candidates ? candidates[next] : from + next]
    if (attribution.cueAt < start) continue
    const adjacent = attribution.inverted ? attribution.cueAt === start : nearStart(tokens, start, attribution.phrase[0])
    if (!adjacent) continue
    if (kind === 'tag' && sameSentence) return attribution
    if (kind === 'next' && !sameSentence && shortTag(tokens, attribution)) return attribution
  }
  return undefined
}

/** How many cues of one sentence are read one by one; past that, through `listIndex`. */
const scanLimit = 16

/** Where the attributions of a list stand, by token: kept per list, made on first need. */
interface ListIndex {
  /** Inverted attributions by their cue's index (`said Putin`). */
  invertedAt: Map<number, number[]>
  /** The others by where their phrase starts (`Putin said`). */
  phraseAt: Map<number, number[]>
  /** All by where the cue's clause ends: the inverted phrase's end, or the cue's last token. */
  endAt: Map<number, number[]>
}

const listIndexes = new WeakMap<ReadonlyArray<Attribution>, ListIndex>()

function listIndex(list: ReadonlyArray<Attribution>): ListIndex {
  let index = listIndexes.get(list)
  if (!index) {
    index = {invertedAt: new Map(), phraseAt: new Map(), endAt: new Map()}
    const add = (map: Map<number, number[]>, key: number, item: number) => {
      const items = map.get(key)
      if (items) items.push(item)
      else map.set(key, [item])
    }
    for (let item = 0; item < list.length; item++) {
      const attribution = list[item]
      if (attribution.inverted) add(index.invertedAt, attribution.cueAt, item)
      else add(index.phraseAt, attribution.phrase[0], item)
      add(index.endAt, clauseEnd(attribution), item)
    }
    listIndexes.set(list, index)
  }
  return index
}

/** Where the clause of a cue ends: the phrase after an inverted cue (`said Putin`), else the cue's last token. */
function clauseEnd(attribution: Attribution): number {
  return attribution.inverted ? attribution.phrase[1] : attribution.cueAt + (attribution.cue?.length ?? 1) - 1
}

/** In text order, the attributions in `from`–`to` that may be a tag starting at `start`. */
function tagCandidates(list: ReadonlyArray<Attribution>, start: number, from: number, to: number): number[] {
  const index = listIndex(list)
  const items = [...(index.invertedAt.get(start) ?? [])]
  for (let at = start; at <= start + 3; at++) items.push(...(index.phraseAt.get(at) ?? []))
  return items.filter((item) => item >= from && item < to).sort((a, b) => a - b)
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
  // How it was said: `said pleasantly into the phone`.
  while (at < tokens.length && tokens[at].kind === 'word' && !tokens[at].capital && /ly$/.test(tokens[at].lower)) at++
  // Whom it was said to: `told Britain's ITV television station`.
  while (at < tokens.length && tokens[at].kind === 'word' && (tokens[at].capital || determiners.has(tokens[at].lower) || /['’]s$/.test(tokens[at].lower))) at++
  if (attribution.cue && ['told', 'tells', 'informed', 'assured', 'reminded', 'advised', 'asked'].includes(attribution.cue.phrase)) {
    while (at < tokens.length && tokens[at].kind === 'word' && !tokens[at].capital && !['in', 'at', 'on', 'during', 'after', 'before', 'that', 'as', 'when', 'while', 'he', 'she', 'they', 'it', 'we', 'i'].includes(tokens[at].lower) && at - attribution.cueAt < 6) at++
  }
  const token = tokens[at]
  if (token === undefined || token.sentence !== attribution.sentence || token.kind === 'quote') return true
  if (token.kind === 'punct') return token.lower !== ':'
  return ['at', 'in', 'on', 'during', 'after', 'before', 'while', 'when', 'as', 'to', 'from', 'via', 'last', 'this', 'earlier', 'later', 'yesterday', 'today', 'tonight', 'outside', 'inside', 'over', 'through', 'of', 'into', 'with', 'afterward', 'afterwards', 'again', 'once'].includes(token.lower)
}

/** A cue right before the quotation at `at`, with only a comma or a colon between (`Smith shouted, "…"`). */
function introducing(list: ReadonlyArray<Attribution>, tokens: ReadonlyArray<Token>, at: number): Attribution | undefined {
  let back = at - 1
  if (back >= 0 && (tokens[back].lower === ',' || tokens[back].lower === ':')) back--
  const [from, to] = sentenceRange(list, tokens[at].sentence, tokens[at].sentence)
  // In a sentence with many cues, only those whose clause ends right there (see `ListIndex`).
  const candidates = to - from > scanLimit ? listIndex(list).endAt.get(back) ?? [] : undefined
  const count = candidates ? candidates.length : to - from
  for (let next = 0; next < count; next++) {
    const attribution = list[candidates ? candidates[next] : from + next]
    if (clauseEnd(attribution) === back && attribution.cue && attribution.sentence === tokens[at].sentence) return attribution
  }
  return undefined
}

/**
 * The nearest cue before the quotation at `at`, in its sentence, but not one
 * inside what an earlier cue reports (`Clinton says Trump's late-night
 * tweets were "…"`, `told a woman who suggested that "…"`): the words are
 * the earlier speaker's.
 */
function before(list: ReadonlyArray<Attribution>, tokens: ReadonlyArray<Token>, at: number): Attribution | undefined {
  let best: Attribution | undefined
  // A quotation a comma or a colon leads in is the nearest cue's own
  // (`footage of Trump saying during the debate, "…"`).
  const led = at > 0 && (tokens[at - 1].lower === ',' || tokens[at - 1].lower === ':')
  const [from, to] = sentenceRange(list, tokens[at].sentence, tokens[at].sentence)
  for (let item = from; item < to; item++) {
    const attribution = list[item]
    if (attribution.cueAt >= at) break
    if (best && !led && reports(tokens, best, attribution)) continue
    best = attribution
  }
  return best
}

/**
 * Whether `inner` stands inside what `outer` reports: its phrase (or, after
 * the cue, its cue) follows `outer`'s cue with no clause break between
 * (`said that Clinton described`, not `said so, and Clinton described`).
 */
function reports(tokens: ReadonlyArray<Token>, outer: Attribution, inner: Attribution): boolean {
  if (outer.inverted || !outer.cue) return false
  const from = outer.cueAt + outer.cue.length
  const to = inner.inverted ? inner.cueAt : inner.phrase[0]
  if (to < from) return false
  for (let at = from; at < to; at++) {
    const token = tokens[at]
    if (token.kind === 'quote' || (token.kind === 'punct' && token.lower !== '-' && token.lower !== '.' && token.lower !== "'" && token.lower !== '’')) return false
    if (token.kind === 'word' && clauseBreaks.has(token.lower)) return false
  }
  return true
}

const clauseBreaks = new Set(['and', 'but', 'or', 'while', 'as', 'when', 'because', 'although', 'though', 'whereas', 'after', 'before', 'so', 'then', 'until', 'since'])

/**
 * `Comey's conclusion that her actions were "…"`: a possessive name before
 * a noun of saying and its `that`, a few words before the quotation with no
 * clause break between.
 */
function possessive(context: Context, index: number, at: number, found: ReadonlyArray<Attribution>, history: ReadonlyArray<Mention>): Attribution | undefined {
  const reader = context.readers[index]
  const tokens = reader.tokens
  const floor = sentenceStart(tokens, at)
  let owner = -1
  for (let look = at - 1; owner < 0 && look > floor && at - look <= 12; look--) {
    const token = tokens[look]
    if (token.kind !== 'word' || clauseBreaks.has(token.lower) || context.matches[index][look]) break
    if (context.lexicon.speechNouns.has(token.lower) && tokens[look + 1].lower === 'that' && isPossessiveName(tokens[look - 1])) owner = look - 1
  }
  if (owner < 0) return undefined
  const phrase = possessorBefore(reader, owner, floor)
  if (!phrase) return undefined
  const parts = phraseParts(reader, phrase[0], phrase[1], context.value)
  if (!parts.name) return undefined
  const attribution: Attribution = {frame: index, sentence: tokens[at].sentence, cueAt: owner, cue: undefined, phrase, inverted: false, parts, speaker: null, person: undefined}
  // Not inside what someone else says (`Frazier said that Rubio's claim that … is "…"`).
  const [from, to] = sentenceRange(found, attribution.sentence, attribution.sentence)
  for (let item = from; item < to; item++) if (found[item].cueAt < phrase[0] && reports(tokens, found[item], attribution)) return undefined
  resolve(context, attribution, history)
  return attribution
}

/** Whether a token is a name in the possessive (`Trump's`, `Comey’s`). */
function isPossessiveName(token: Token | undefined): boolean {
  return token !== undefined && token.kind === 'word' && token.capital && /['’]s$/.test(token.lower)
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
  // `Carl Bialik:`, `Rep. Trey Gowdy (R-S.C.):`.
  const named = tokens[at - 2]?.capital || tokens[at - 2]?.lower === ')'
  if (at < 2 || tokens[at - 1].lower !== ':' || !named || context.matches[index][at - 2]) return undefined
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
 * A quotation that is its whole paragraph, signed by the next: `"…"` /
 * `- Bernie Sanders.`, `-President Obama, tweeting after the speech.`
 */
function signedBelow(context: Context, index: number, at: number, history: ReadonlyArray<Mention>): Attribution | undefined {
  const tokens = context.readers[index].tokens
  const next = context.frames[index + 1]
  if (!next || next.paragraph !== context.frames[index].paragraph + 1) return undefined
  for (let look = 0; look < tokens.length; look++) if (look !== at && tokens[look].kind !== 'punct') return undefined
  const reader = context.readers[index + 1]
  const below = reader.tokens
  if (below.length < 2 || below[0].kind !== 'punct' || !/^(?:[―—–]|--?)$/.test(below[0].lower)) return undefined
  const end = phraseAfter(reader, 1)
  if (end === undefined) return undefined
  const parts = phraseParts(reader, 1, end, context.value)
  if (!parts.name) return undefined
  const attribution: Attribution = {frame: index + 1, sentence: below[1].sentence, cueAt: 0, cue: undefined, phrase: [1, end], inverted: true, parts, speaker: null, person: undefined}
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
  // A description speaks only if it names a person, a body or a text (`the
  // minister`, `the group`, `the report`), not `the recent spate of strandings`.
  if (!parts.name && !parts.pronoun && !describesSource(context, reader, phrase[0], phrase[1])) return undefined
  // One capitalised word opening the sentence is a name only if the article
  // writes it with a capital elsewhere too, or a role (`Officials`): `Water
  // | was fired …`, `Using | "weapon of war" …` name nobody.
  if (parts.name && phrase[0] === floor && phrase[1] === floor) {
    const word = tokens[floor].lower
    if (!context.people.knows(word) && !isRole(reader, word)) return undefined
  }
  const attribution: Attribution = {frame: index, sentence: tokens[at].sentence, cueAt: phrase[1], cue: undefined, phrase, inverted: false, parts, speaker: null, person: undefined}
  resolve(context, attribution, history)
  return attribution
}

/** Whether the head of a description (its words before `of`, `for` …) is a person, a body, a text or speech. */
function describesSource(context: Context, reader: Context['readers'][number], start: number, end: number): boolean {
  const tokens = reader.tokens
  for (let at = start; at <= end; at++) {
    const token = tokens[at]
    if (token.kind !== 'word') break
    const word = token.lower
    if (at > start && (isConnector(word) || word === 'on')) break
    const single = word.endsWith('s') ? word.slice(0, -1) : word
    if (isRole(reader, word) || context.lexicon.bodies.has(word) || context.lexicon.bodies.has(single)) return true
    if (sourceNouns.has(word) || sourceNouns.has(single) || context.lexicon.speechNouns.has(word)) return true
  }
  return false
}

/** A cue in the sentence before the quotation at `at`, in its paragraph (`He said the deal was off. "…"`). */
function cueBefore(list: ReadonlyArray<Attribution>, tokens: ReadonlyArray<Token>, at: number): Attribution | undefined {
  // The last cue before it in its sentence or the one before.
  const [from, to] = sentenceRange(list, tokens[at].sentence - 1, tokens[at].sentence)
  const before = from + lowerBound(to - from, (index) => list[from + index].cueAt < at)
  return before > from ? list[before - 1] : undefined
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
