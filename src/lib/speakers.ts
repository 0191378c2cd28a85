/**
 * Speakers: name each attribution's speaker as fully as the article names
 * them. A name by the fullest form it is given (`Putin` → `Vladimir
 * Putin`), a pronoun by the person last spoken of as a subject, of its
 * gender (`he` → `Vladimir Putin`), a definite description by the one who
 * bears that role (`the minister`, `the paper`), and an unnamed speaker by
 * the description (`a ministry spokesperson`), kept as someone the next
 * pronoun may stand for.
 */

import type {Token} from './frames.js'
import {isRole, phraseAfter, phraseParts, subjectStart, type PhraseParts, type Reader} from './noun-phrases.js'
import type {Person} from './people.js'
import type {Attribution, Context, Mention} from './attributions.js'

/** How many paragraphs back a pronoun or a description looks for its person. */
export const reach = 4

/** The names that open the sentences of a frame (`Putin hosted a meeting`), as people spoken of. */
export function sentenceSubjects(context: Context, index: number): Array<{at: number; mention: Mention}> {
  const reader = context.readers[index]
  const tokens = reader.tokens
  const subjects: Array<{at: number; mention: Mention}> = []
  let at = 0
  while (at < tokens.length) {
    const sentence = tokens[at].sentence
    let end = at
    while (end + 1 < tokens.length && tokens[end + 1].sentence === sentence) end++
    const start = subjectStart(reader, at, end)
    if (start <= end && (tokens[start].capital || rolesBeforeName(reader, start, end)) && knownNear(context, tokens, start, end)) {
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

/** Whether lower-case words with a role among them lead to a name (`presidential nominee | Hillary Clinton`). */
function rolesBeforeName(reader: Reader, start: number, end: number): boolean {
  const tokens = reader.tokens
  let role = false
  for (let at = start; at <= end && at - start < 4; at++) {
    const token = tokens[at]
    if (token.kind !== 'word') return false
    if (token.capital) return role && at > start
    if (isRole(reader, token.lower)) role = true
  }
  return false
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
export function resolve(context: Context, attribution: Attribution, history: ReadonlyArray<Mention>): void {
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
    // A body may have its noun in its name (`the board` → `Illinois Board of Elections`).
    const person = context.people.latest(offset, (candidate) => roles.some((role) => candidate.roles.has(role) || (isBody && candidate.words.includes(role))) && (isBody || candidate.person))
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
  // Else the body last named (`the organisation` → `Reporters Without Borders`, not `Article II`).
  return isBody ? context.people.latest(offset, (candidate) => candidate.body === true && !candidate.place) : undefined
}

/** The last word of a phrase, lower case, before any `for`/`of` part. */
function lastWord(text: string): string {
  const head = text.split(/\s+(?:for|of|at|with|from|in)\s+/)[0]
  const words = head.toLowerCase().split(/\s+/)
  return words[words.length - 1]
}
