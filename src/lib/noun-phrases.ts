/**
 * Noun phrases that name a speaker, read from frame tokens: backward from a
 * cue (`Belarusian analyst Valery Karbalevich | said`), forward after one
 * (`said | a ministry spokesperson`), the subject of a clause, and what a
 * phrase holds: a name, a description, a pronoun.
 *
 * There is no part-of-speech tagger here, only the shapes news copy gives
 * its speakers: capitals for names, a determiner before a description,
 * roles and titles (`spokesman`, `Sen.`) around names, and a verb after the
 * subject (a cue, a past tense, a word that is no noun).
 */

import {bare, oneLine, unpossessive, type Token} from './frames.js'

/** Words that never stand inside a speaker's noun phrase: they end it. */
const boundaryWords = new Set([
  // complementisers and conjunctions
  'that', 'which', 'who', 'whom', 'whose', 'because', 'if', 'when', 'while', 'as', 'but', 'or', 'so', 'although',
  'though', 'than', 'then', 'where', 'whether', 'since', 'until', 'unless', 'after', 'before', 'once', 'nor', 'yet',
  'however', 'meanwhile', 'instead', 'also', 'still', 'even', 'just', 'only', 'too', 'not', 'never', 'already',
  'according', 'speaking', 'asked', 'why', 'what', 'how', 'indeed', 'thus', 'hence', 'therefore', 'perhaps',
  'nevertheless', 'nonetheless', 'likewise', 'similarly',
  // verbs and auxiliaries
  'is', 'was', 'were', 'are', 'be', 'been', 'being', 'am', 'has', 'have', 'had', 'do', 'does', 'did', 'will',
  'would', 'can', 'could', 'should', 'may', 'might', 'must', 'shall', 'having', "it's", 'it’s', "he's", 'he’s',
  "she's", 'she’s', "he'd", 'he’d', "she'd", 'she’d', "i'm", 'i’m', "we're", 'we’re', "they're", 'they’re',
  // pronouns that are objects, and other pronouns
  'him', 'them', 'us', 'me', 'you', 'myself', 'himself', 'herself', 'themselves', 'itself', 'there', 'here', 'this',
  'these', 'those', 'it', "there's", 'there’s', "that's", 'that’s', "here's", 'here’s', "what's", 'what’s',
  "who's", 'who’s', "let's", 'let’s',
  // prepositions that end a speaker's phrase
  'to', 'by', 'into', 'about', 'over', 'under', 'against', 'during', 'without', 'through', 'on', 'upon', 'via',
  'across', 'toward', 'towards', 'amid', 'among', 'despite', 'like', 'unlike', 'per', 'near', 'off', 'out', 'up',
  'down', 'around', 'within', 'behind', 'beyond', 'following', 'including', 'regarding', 'concerning',
  // time
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'yesterday', 'today', 'tonight',
  'tomorrow', 'last', 'earlier', 'later', 'recently', 'now', 'again', 'previously', 'separately', 'further',
  'repeatedly', 'reportedly', 'publicly', 'privately', 'frequently', 'often', 'twice', 'ago', 'week', 'weeks',
  'month', 'months', 'year', 'years', 'morning', 'afternoon', 'evening', 'night', 'day', 'days', 'weekend',
  'a.m.', 'p.m.', 'am', 'pm',
  // others
  'no', 'yes', 'please', 'thank', 'thanks', 'well', 'oh', 'okay', 'ok', 'very', 'much', 'more', 'less', 'not',
  'said', 'says', 'told', 'added'
])

/** Days and months are never part of a speaker's name, written in capitals or not. */
const days = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tonight',
  'tomorrow', 'january', 'february', 'april', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', 'jan.', 'feb.', 'aug.', 'sept.', 'sep.', 'oct.', 'nov.', 'dec.', 'aest', 'gmt', 'est', 'edt', 'ist'
])

/** Prepositions: a phrase right after one is its object, not a subject (`After the hearing, …`). */
const prepositions = new Set([
  'to', 'by', 'with', 'from', 'of', 'for', 'at', 'in', 'on', 'about', 'against', 'during',
  'into', 'over', 'under', 'without', 'through', 'despite', 'amid', 'among', 'toward', 'towards',
  'like', 'unlike', 'upon', 'via', 'per', 'following', 'including', 'than', 'between'
])

/** Words that join the parts of a phrase: `a spokesman for the ministry`, `Secretary of State`. */
const connectors = new Set(['of', 'for', 'at', 'with', 'from', 'in', 'and', '&', 'de', 'van', 'von', 'der', 'den', 'da', 'di', 'du', 'la', 'le', 'del', 'della', 'bin', 'al', 'el', 'y'])

/** Whether a lower-case word links a description's head to what follows (`a spokesman | for the ministry`). */
export function isConnector(word: string): boolean {
  return connectors.has(word)
}

/** Connectors that may stand inside a name (`Secretary of State`, `Ludwig van Beethoven`, `Batliwala and Karani`). */
const nameConnectors = new Set(['of', 'and', '&', 'de', 'van', 'von', 'der', 'den', 'da', 'di', 'du', 'la', 'le', 'del', 'della', 'bin', 'al', 'el', 'y'])

/** Words that may open a description: `a`, `the`, `one`, `his`. */
export const determiners = new Set([
  'a', 'an', 'the', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'one', 'two', 'three', 'four', 'five', 'six',
  'several', 'many', 'some', 'other', 'another', 'both', 'all', 'each', 'most', 'few', 'any', 'such', 'no'
])

/** Adverbs and auxiliaries that may stand between a speaker and a cue: `Putin also said`, `she has said`. */
const betweenWords = new Set([
  'also', 'later', 'then', 'has', 'had', 'have', 'previously', 'once', 'recently', 'further', 'again', 'reportedly',
  'separately', 'additionally', 'simply', 'just', 'would', 'will', 'did', 'does', 'do', 'could', 'might', 'may',
  'can', 'should', 'must', 'already', 'repeatedly', 'publicly', 'privately', 'often', 'frequently', 'famously',
  'finally', 'first', 'initially', 'earlier', 'since', 'still', 'even', 'only', 'always', 'never', 'not', 'is',
  'was', 'are', 'were', 'been', 'being', 'has been', 'once', 'both', 'all', 'too', 'herself', 'himself', 'themselves',
  'itself', 'personally', 'directly', 'subsequently', 'immediately', 'quickly', 'soon', 'yesterday', 'today',
  'tonight', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'last', 'night',
  'week', 'morning', 'afternoon', 'evening', 'on', 'nevertheless', 'nonetheless', 'however', 'meanwhile', 'likewise',
  'similarly', 'instead', 'indeed'
])

/**
 * Clause openers: a sentence that starts with one of them has its subject
 * after the first comma (`On Tuesday, Smith said`); the short ones are
 * only skipped (`But Putin said`).
 */
const openers = new Set([
  'but', 'and', 'so', 'yet', 'still', 'however', 'meanwhile', 'later', 'earlier', 'then', 'now', 'also', 'instead',
  'indeed', 'again', 'separately', 'finally', 'afterwards', 'afterward', 'today', 'yesterday', 'tonight', 'here',
  'there', 'in', 'on', 'at', 'during', 'after', 'before', 'asked', 'speaking', 'when', 'while', 'as', 'addressing',
  'writing', 'for', 'from', 'with', 'without', 'under', 'by', 'of', 'to', 'about', 'over', 'since', 'despite',
  'although', 'though', 'if', 'once', 'because', 'last', 'this', 'that', 'according', 'like', 'unlike', 'following',
  'amid', 'throughout', 'until', 'upon', 'within', 'between', 'among', 'against', 'toward', 'towards', 'where',
  'why', 'what', 'how', 'yes', 'no', 'well', 'oh', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday',
  'saturday', 'sunday', 'thus', 'hence', 'therefore', 'perhaps', 'maybe', 'either', 'neither', 'not', 'even', 'just',
  'only', 'in', 'into', 'out', 'whether', 'unless'
])

/** Openers that are skipped alone, not up to a comma. */
const shortOpeners = new Set(['but', 'and', 'so', 'yet', 'still', 'however', 'meanwhile', 'indeed', 'now', 'then', 'also', 'instead', 'thus'])

/** Words that may stand before a name with it (`former Florida Gov. Jeb Bush`). */
const modifiers = new Set(['former', 'late', 'acting', 'then', 'ex', 'top', 'senior', 'chief', 'deputy', 'veteran', 'longtime', 'fellow', 'retired', 'presumptive', 'outgoing', 'incoming', 'embattled', 'interim', 'current', 'new', 'disgraced', 'jailed', 'exiled', 'ousted', 'defeated', 'controversial', 'prominent', 'leading', 'influential', 'renowned', 'famed', 'legendary'])

/** Past tenses and other verbs that end a subject (`Trump went after Bush`). */
const verbs = new Set([
  'went', 'sent', 'made', 'took', 'gave', 'came', 'got', 'ran', 'saw', 'met', 'led', 'left', 'kept', 'held',
  'brought', 'thought', 'found', 'stood', 'felt', 'became', 'won', 'lost', 'paid', 'sold', 'built', 'hit', 'fell',
  'spent', 'put', 'set', 'let', 'cut', 'began', 'knew', 'drew', 'grew', 'threw', 'chose', 'rose', 'wore', 'bought',
  'caught', 'fought', 'taught', 'sought', 'meant', 'heard', 'read', 'beat', 'broke', 'spoke', 'wrote', 'rode',
  'drove', 'struck', 'stuck', 'hung', 'shot', 'sat', 'slept', 'lit', 'fled', 'bid', 'seemed', 'appeared',
  'wants', 'wanted', 'believes', 'believed', 'thinks', 'knows', 'hopes', 'hoped', 'plans', 'planned', 'seems',
  'appears', 'needs', 'needed', 'tried', 'tries', 'gets', 'goes', 'makes', 'takes', 'gives', 'comes', 'keeps',
  'holds', 'sees', 'feels', 'finds', 'leads', 'lets', 'puts', 'sets', 'runs', 'wins', 'loses', 'pays'
])

/** Bare plurals that name speakers without a determiner (`officials said`, `police said`). */
const pluralSpeakers = /^(?:officials|analysts|experts|critics|police|prosecutors|authorities|investigators|witnesses|residents|observers|economists|sources|democrats|republicans|supporters|opponents|protesters|protestors|organizers|organisers|aides|advisers|advisors|activists|lawmakers|legislators|officers|doctors|researchers|scientists|historians|people|voters|students|parents|teachers|workers|members|leaders|insiders|diplomats|negotiators|campaigners|ministers|executives|investors|traders|dealers|bankers|farmers|fans|neighbors|neighbours|friends|relatives|family|reporters|journalists|media|polls|documents|records|reports|data|figures|statistics|court|regulators|agencies|officers|troops|soldiers|rebels|militants|forces|unions|companies|firms|groups|staff|employees)$/

const maxPhrase = 14

/** What the phrase readers need: the tokens, where cues start, and the roles lexicon. */
export interface Reader {
  tokens: ReadonlyArray<Token>
  /** Per token: something truthy (the cue) where a cue starts. */
  cues: ReadonlyArray<unknown>
  /** Titles and roles, lower case. */
  titles: ReadonlySet<string>
  /** Nouns that describe a body (`ministry`, `campaign`), lower case. */
  bodies: ReadonlySet<string>
  /** Pronouns that may stand for a speaker, lower case. */
  pronouns: ReadonlyMap<string, unknown>
}

/** Whether the token at `at` opens its sentence. */
function opensSentence(tokens: ReadonlyArray<Token>, at: number): boolean {
  return at === 0 || tokens[at - 1].sentence !== tokens[at].sentence || tokens[at - 1].kind === 'quote' || tokens[at - 1].lower === ':'
}

/**
 * Whether the token at `at` may stand inside a speaker's phrase: a capital
 * (not a function word opening the sentence, not a day), or a lower-case
 * word that is no boundary and no adverb.
 */
function isPhraseWord(reader: Reader, at: number): boolean {
  const token = reader.tokens[at]
  if (token.kind !== 'word' || reader.cues[at]) return false
  if (days.has(token.lower)) return false
  if (token.capital) {
    if (/^\d/.test(token.lower) && !/\p{L}/u.test(token.lower)) return false
    // `US` in capitals is no pronoun.
    if (token.caps) return true
    return !(opensSentence(reader.tokens, at) && (boundaryWords.has(token.lower) || openers.has(token.lower)))
  }
  return !boundaryWords.has(token.lower) && !isAdverb(token.lower)
}

/** Whether a lower-case word is a function word (`and`, `that`, `his`, `of`), never a name. */
export function isFunctionWord(word: string): boolean {
  return boundaryWords.has(word) || connectors.has(word) || determiners.has(word) || prepositions.has(word) || openers.has(word)
}

/** Whether a word reads as an adverb (`reportedly`), not a noun that ends like one (`family`, `rally`). */
export function isAdverb(word: string): boolean {
  return /ly$/.test(word) && !lyNouns.has(word)
}

const lyNouns = new Set(['family', 'rally', 'ally', 'assembly', 'supply', 'monopoly', 'anomaly', 'homily', 'belly', 'bully', 'jelly', 'lily', 'tally', 'folly', 'melancholy'])

/** Whether a lower-case word is a role or title, or the plural of one (`lawyers`, `leaders`). */
export function isRole(reader: Reader, word: string): boolean {
  return reader.titles.has(word) || (word.endsWith('s') && reader.titles.has(word.slice(0, -1)))
}

/** A role in the singular (`leaders` → `leader`). */
function singular(reader: Reader, word: string): string {
  return reader.titles.has(word) ? word : word.slice(0, -1)
}

/** Whether the lower-case word at `at` reads as a verb after a noun (`went`, `dismissed`). */
function isVerbAfterNoun(reader: Reader, at: number): boolean {
  const token = reader.tokens[at]
  if (token.capital || token.kind !== 'word') return false
  if (isRole(reader, token.lower)) return false
  return verbs.has(token.lower) || (token.lower.length > 4 && /[^e]ed$|[^e]eed$|ied$|ted$|sed$|ced$|ved$|zed$|ged$|ked$|med$|ned$|red$|led$|ped$|bed$|ded$|wed$/.test(token.lower))
}

/**
 * Skip, backward from `index`, the adverbs and auxiliaries between a speaker
 * and a cue (`also`, `has`, `later`, `on Tuesday`); returns the index of the
 * token before them.
 */
export function skipBetween(reader: Reader, index: number): number {
  const tokens = reader.tokens
  let at = index
  while (at >= 0 && tokens[at].kind === 'word' && (!tokens[at].capital || days.has(tokens[at].lower)) && (betweenWords.has(tokens[at].lower) || isAdverb(tokens[at].lower))) at--
  return at
}

/**
 * Read a noun phrase that ends at `end` (inclusive), going backward: the
 * subject of a cue. An appositive between commas is crossed (`Smith, a
 * spokesman, said`; `Smith, who leads the group, said`). Returns the range,
 * or nothing.
 */
export function phraseBefore(reader: Reader, end: number, floor: number, afterWith = false): [number, number] | undefined {
  const tokens = reader.tokens
  if (end < floor) return undefined

  // Appositives and relative clauses between commas (`Smith, a spokesman,
  // said`); more than one only when each reads as one (`Shawn Styles, 30,
  // who works next door, said`).
  let last = end
  for (let round = 0; round < 4 && tokens[last].lower === ','; round++) {
    let comma = last - 1
    // A participle may open the appositive (`Durbin, noting the size of it, said`).
    while (comma >= floor && last - comma <= 22 && tokens[comma].lower !== ',' && tokens[comma].kind !== 'quote' && (!reader.cues[comma] || participleOpens(tokens, comma) || namesNext(tokens, comma))) comma--
    if (comma < floor || tokens[comma].lower !== ',' || comma === last - 1) {
      // `Sen. Jack Reed (D-R.I.), said`: a stray comma after a party and state.
      if (round === 0 && tokens[last - 1]?.lower === ')') break
      if (round === 0) return undefined
      break
    }
    const kind = appositive(reader, comma + 1, last - 1)
    // A weak one only as the state after a town (`Harry Bond, 30, of Raleigh, N.C., who…`).
    if (!kind || (round > 0 && kind === 'weak' && !placeAfterTown(tokens, comma, floor) && !isHome(tokens, comma + 1, last - 1))) {
      if (round === 0) return undefined
      break
    }
    last = comma
  }
  const phraseEnd = tokens[last].lower === ',' ? last - 1 : last
  if (phraseEnd < floor) return undefined

  const start = readBackward(reader, phraseEnd, floor)
  if (start === undefined) return undefined
  // A phrase after a preposition is its object, not the subject (but
  // `with Gorka noting`, for a participle).
  if (start > floor && isPreposition(tokens[start - 1]) && !(afterWith && tokens[start - 1].lower === 'with')) return undefined
  return [start, tokens[end].lower === ',' ? end - 1 : end]
}

/** Whether the cue at `at` is a participle opening an appositive (`, noting`). */
function participleOpens(tokens: ReadonlyArray<Token>, at: number): boolean {
  return at > 0 && tokens[at - 1].lower === ',' && /ing$/.test(tokens[at].lower)
}

/** Whether the cue at `at` only names what follows (`a firm called Gavekal`). */
function namesNext(tokens: ReadonlyArray<Token>, at: number): boolean {
  return namingWords.has(tokens[at].lower) && at > 0 && tokens[at - 1].kind === 'word' && !tokens[at - 1].capital && tokens[at + 1]?.capital === true
}

const namingWords = new Set(['called', 'dubbed', 'named', 'nicknamed', 'labeled', 'labelled', 'titled', 'entitled'])

/** Whether the comma at `comma` ends a place after `of` or `from` (`, of Raleigh`), so that a state may follow. */
function placeAfterTown(tokens: ReadonlyArray<Token>, comma: number, floor: number): boolean {
  let at = comma - 1
  while (at >= floor && tokens[at].capital) at--
  return at >= floor && at < comma - 1 && (tokens[at].lower === 'of' || tokens[at].lower === 'from') && tokens[at - 1]?.lower === ','
}

/** Whether `start`–`end` is where someone is from (`of Flint`, `from Raleigh`). */
function isHome(tokens: ReadonlyArray<Token>, start: number, end: number): boolean {
  if (end <= start || (tokens[start].lower !== 'of' && tokens[start].lower !== 'from')) return false
  for (let at = start + 1; at <= end; at++) if (!tokens[at].capital && tokens[at].kind === 'word') return false
  return true
}

/** The name a possessive at `end` belongs to, read backward, wherever it stands (`by FBI Director James | Comey's`). */
export function possessorBefore(reader: Reader, end: number, floor: number): [number, number] | undefined {
  const start = readBackward(reader, end, floor)
  return start === undefined ? undefined : [start, end]
}

/** Whether a token is a preposition (written in capitals when it opens the sentence). */
function isPreposition(token: Token): boolean {
  return token.kind === 'word' && prepositions.has(token.lower)
}

/** Read phrase words backward from `at`; returns the first index, or nothing when there are none. */
function readBackward(reader: Reader, at: number, floor: number): number | undefined {
  const tokens = reader.tokens
  let start = -1
  let count = 0
  while (at >= floor && count < maxPhrase) {
    const token = tokens[at]
    if (token.kind === 'punct' && token.lower === ')' && start < 0) {
      // A party and state after a name: `Sen. Ted Cruz (R-Texas)`.
      let open = at - 1
      while (open >= floor && at - open <= 6 && tokens[open].lower !== '(') open--
      if (open < floor || tokens[open].lower !== '(') break
      at = open - 1
      continue
    }
    if (token.kind === 'punct' && (token.lower === '-' || token.lower === '.' || token.lower === '’' || token.lower === "'") && start >= 0 && at > floor && tokens[at - 1].kind === 'word' && tokens[at - 1].end === token.start && tokens[start].start === token.end) {
      at--
      continue
    }
    if (token.kind === 'word' && (connectors.has(token.lower) || (token.lower === 'to' && at > floor && isRole(reader, tokens[at - 1].lower))) && !token.capital) {
      // A connector needs phrase words on both sides; `and` joins names
      // only (`Trump and Ryan said`, not `asked for a photo and Clinton said`).
      if (start < 0 || at - 1 < floor || !isPhraseWord(reader, at - 1)) break
      if ((token.lower === 'and' || token.lower === '&') && !(tokens[at - 1].capital && tokens[start].capital)) break
    } else if (!isPhraseWord(reader, at)) {
      // `Stacy Baker of Columbia, South Carolina said`: a state after a town.
      if (token.lower === ',' && start >= 0 && count <= 2 && tokens[start].capital && at - 1 >= floor && tokens[at - 1].capital && ofBefore(tokens, at - 1, floor)) {
        at--
        continue
      }
      break
    } else if (start >= 0 && !token.capital && isVerbAfterNoun(reader, at)) {
      break
    } else if (start >= 0 && (reader.pronouns.has(tokens[start].lower) || reader.pronouns.has(token.lower))) {
      // A pronoun is a phrase of its own (`his audience | he will tell`,
      // `He | demands legal safeguards`).
      break
    } else if (start >= 0 && !token.capital && tokens[start].capital && !isRole(reader, token.lower) && !determiners.has(token.lower) && !modifiers.has(token.lower) && !/^\d/.test(token.lower)) {
      // Before a name, only a role, a determiner or a modifier (`former
      // Florida Gov.`, `analyst Valery`), not `a Bloomberg interview | Trump`.
      break
    }
    start = at
    count++
    at--
  }
  if (start < 0) return undefined
  while (start < tokens.length && tokens[start].kind === 'word' && connectors.has(tokens[start].lower) && !tokens[start].capital) start++
  return isSpeakerShape(reader, start, start + count - 1) ? start : undefined
}

/** Whether `of` or `from` stands a few words before `at` (`Stacy Baker of Columbia`). */
function ofBefore(tokens: ReadonlyArray<Token>, at: number, floor: number): boolean {
  for (let look = at; look >= floor && at - look < 4; look--) {
    const token = tokens[look]
    if (token.lower === 'of' || token.lower === 'from') return true
    if (!token.capital) return false
  }
  return false
}

/**
 * Whether `start`–`end` reads as an appositive or a relative clause:
 * `strong` when its first word says so (`a spokesman`, `who leads the
 * group`, `53`, `now retired`, `chief of staff`), `weak` for other words
 * with no quotation and no clause of their own in them (`Vector Space
 * Systems CEO`); nothing otherwise (`Hawk Sawyer issued a statement`).
 */
function appositive(reader: Reader, start: number, end: number): 'strong' | 'weak' | undefined {
  const tokens = reader.tokens
  const first = tokens[start]
  if (first.kind !== 'word' && first.lower !== '(') return undefined
  const strong =
    ['who', 'which', 'whose', 'whom', 'now', 'then', 'himself', 'herself', 'both', 'formerly'].includes(first.lower) ||
    determiners.has(first.lower) ||
    /^\d/.test(first.lower) ||
    /^[RDI]-/.test(first.lower) ||
    isRole(reader, bare(first.lower)) ||
    (!first.capital && /(?:ed|ing)$/.test(first.lower))
  for (let at = start; at <= end; at++) {
    if (tokens[at].kind === 'quote') return undefined
    if (!strong && at > start && tokens[at - 1].capital && isVerbAfterNoun(reader, at)) return undefined
  }
  return strong ? 'strong' : 'weak'
}

/**
 * Whether `start`–`end` has the shape of a speaker: a pronoun, a name, a
 * description opening with a determiner or a number, a role, or a bare
 * plural (`officials`).
 */
function isSpeakerShape(reader: Reader, start: number, end: number): boolean {
  const tokens = reader.tokens
  const first = tokens[start]
  if (first.kind !== 'word') return false
  // `Yet another said`, `Some chanted`: a determiner alone stands for someone.
  if (start === end && determiners.has(first.lower)) return /^(?:another|others|some|many|most|several|both|all|one|few)$/.test(first.lower)
  if (first.capital) return true
  if (start === end && reader.pronouns.has(first.lower)) return true
  if (/^(?:someone|somebody|everyone|everybody|nobody|anyone|anybody)$/.test(first.lower)) return true
  // A description needs a word besides its determiner (`a spokesman`, not `a`).
  if ((determiners.has(first.lower) || /^\d/.test(first.lower)) && end > start) return true
  for (let at = start; at <= end; at++) {
    const token = tokens[at]
    if (token.capital || isRole(reader, token.lower) || pluralSpeakers.test(token.lower)) return true
  }
  return false
}

/**
 * Read a noun phrase that starts at `start`, going forward (the speaker after
 * `said`, the source after `according to`, a clause's subject). Stops at
 * punctuation, a cue, a boundary word, a time word, or the verb after a
 * name. Returns the last index, or nothing.
 */
export function phraseAfter(reader: Reader, start: number): number | undefined {
  const tokens = reader.tokens
  let end = -1
  let count = 0
  const described = start < tokens.length && tokens[start].kind === 'word' && (determiners.has(tokens[start].lower) || /^\d/.test(tokens[start].lower))
  for (let at = start; at < tokens.length && count < maxPhrase; at++) {
    const token = tokens[at]
    if (token.kind === 'punct') {
      if (token.lower === '(' && end >= 0) {
        let close = at + 1
        while (close < tokens.length && close - at <= 6 && tokens[close].lower !== ')') close++
        if (close < tokens.length && tokens[close].lower === ')') {
          at = close
          continue
        }
      }
      if ((token.lower === '-' || token.lower === '.' || token.lower === '’' || token.lower === "'") && end >= 0 && at + 1 < tokens.length && tokens[at - 1].end === token.start && tokens[at + 1].start === token.end && tokens[at + 1].kind === 'word') continue
      break
    }
    if (token.kind !== 'word') break
    if ((connectors.has(token.lower) || (token.lower === 'to' && at > start && isRole(reader, tokens[at - 1].lower)) || (token.lower === 'by' && at > start && !tokens[at - 1].capital)) && !token.capital) {
      // `a spokesman for the ministry`, `ambassador to Britain`, `Secretary of State`: a connector
      // after a capital only inside a name (`Smith of the Cato Institute`
      // ends at Smith).
      const previous = tokens[at - 1]
      const next = tokens[at + 1]
      if (end < 0 || !next || next.kind !== 'word' || !isPhraseWord(reader, at + 1)) break
      if (previous.capital && !nameConnectors.has(token.lower)) break
      if (previous.capital && !next.capital) break
      if ((token.lower === 'to' || token.lower === 'by') && !next.capital && !determiners.has(next.lower)) break
      continue
    }
    if (!isPhraseWord(reader, at)) break
    if (end >= 0 && !token.capital) {
      const previous = tokens[at - 1]
      // After a name, a lower-case word goes on only as a role before
      // another name (`Trump campaign manager Kellyanne Conway`), or, in a
      // description, as its head (`the Clinton campaign`, `the GOP
      // presidential candidate`; not `the Daily News focuses`).
      if (previous.capital && !determiners.has(previous.lower) && !isRole(reader, token.lower) && !continuesToName(reader, at) && !(described && headAhead(reader, at))) break
      if (isVerbAfterNoun(reader, at) && !determiners.has(previous.lower) && !modifiers.has(previous.lower)) break
    }
    end = at
    count++
  }
  if (end < 0) return undefined
  return isSpeakerShape(reader, start, end) ? end : undefined
}

/** Whether a role or a body noun stands at `at` or within two words after it. */
function headAhead(reader: Reader, at: number): boolean {
  const tokens = reader.tokens
  for (let look = at; look < tokens.length && look - at < 3; look++) {
    const token = tokens[look]
    if (token.kind !== 'word' || token.capital || reader.cues[look] || boundaryWords.has(token.lower)) return false
    if (isRole(reader, token.lower) || reader.bodies.has(token.lower)) return true
  }
  return false
}

/** Whether lower-case words from `at` lead, through roles, to a capital (`campaign manager Kellyanne`). */
function continuesToName(reader: Reader, at: number): boolean {
  const tokens = reader.tokens
  for (let look = at; look < tokens.length && look - at < 4; look++) {
    const token = tokens[look]
    if (token.kind !== 'word' || reader.cues[look]) return false
    // The word before the name must be a role (`manager | Kellyanne`).
    if (token.capital) return look > at && isRole(reader, tokens[look - 1].lower)
    if (boundaryWords.has(token.lower) || connectors.has(token.lower)) return false
  }
  return false
}

/**
 * The first index of a sentence's subject: skip quotations and clause
 * openers (`But`, `On Tuesday,`, `In a statement,`, `Hours later,`).
 */
export function subjectStart(reader: Reader, start: number, end: number): number {
  const tokens = reader.tokens
  let at = start
  while (at <= end && (tokens[at].kind === 'quote' || tokens[at].kind === 'punct')) at++
  for (let round = 0; round < 3 && at <= end; round++) {
    const token = tokens[at]
    if (token.kind !== 'word') break
    if (shortOpeners.has(token.lower)) {
      at++
      continue
    }
    // An opening adverbial ends at a comma: `On Tuesday, Smith said`,
    // `Speaking at a rally in Ohio, Trump said`, `Hours later, Trump said`.
    const adverbial = openers.has(token.lower) || /ing$/.test(token.lower) || timeAhead(tokens, at, end)
    if (!adverbial) break
    let comma = -1
    for (let look = at + 1; look <= end && look - at < 16; look++) {
      if (tokens[look].kind === 'quote' || reader.cues[look]) break
      if (tokens[look].lower === ',') {
        comma = look
        // `Speaking in Salem, New Hampshire, Trump…`: a place after the comma.
        if (look + 2 <= end && tokens[look + 1].capital && tokens[look + 2].lower === ',' && look + 3 <= end) comma = look + 2
        break
      }
    }
    if (comma < 0) break
    at = comma + 1
  }
  return at
}

/** Whether a short time adverbial ending in a comma opens here (`Hours later,`, `Two days ago,`). */
function timeAhead(tokens: ReadonlyArray<Token>, at: number, end: number): boolean {
  let time = false
  for (let look = at; look <= end && look - at < 5; look++) {
    const token = tokens[look]
    if (token.lower === ',') return time
    if (timeWords.has(token.lower)) time = true
  }
  return false
}

const timeWords = new Set(['later', 'earlier', 'ago', 'today', 'yesterday', 'tonight', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'week', 'weeks', 'month', 'months', 'year', 'years', 'morning', 'night', 'evening', 'afternoon', 'hours', 'minutes', 'days', 'weekend'])

/** What a speaker's phrase holds. */
export interface PhraseParts {
  /** The phrase as written, white space collapsed. */
  text: string
  /** A name in it (`Valery Karbalevich`, `Putin`, `Law Society`), titles cut. */
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
export function phraseParts(reader: Reader, start: number, end: number, value: string): PhraseParts {
  const tokens = reader.tokens
  const text = oneLine(value.slice(tokens[start].start, tokens[end].end))
  if (start === end && tokens[start].kind === 'word' && reader.pronouns.has(tokens[start].lower)) {
    return {text, name: null, roles: [], pronoun: true}
  }

  const roles: string[] = []
  // The head: up to an appositive comma, or a lower-case connector after a
  // lower-case word (`a spokesman | for the ministry`).
  let headEnd = end
  for (let at = start; at <= end; at++) {
    const token = tokens[at]
    if (token.lower === ',' || token.lower === '(') {
      headEnd = at - 1
      break
    }
    if (at > start && token.kind === 'word' && !token.capital && connectors.has(token.lower) && !tokens[at - 1].capital) {
      headEnd = at - 1
      break
    }
    // `Archbishop Aris Shirvanian | of the Armenian Patriarchate`: a name, then where they are from.
    if (at > start + 1 && token.kind === 'word' && (token.lower === 'of' || token.lower === 'from' || token.lower === 'at') && tokens[at + 1]?.lower === 'the' && tokens[at - 1].capital && tokens[at - 2].capital) {
      headEnd = at - 1
      break
    }
  }

  for (let at = start; at <= end; at++) {
    const lower = bare(tokens[at].lower)
    if (isRole(reader, lower)) roles.push(singular(reader, lower))
  }

  let name = nameIn(reader, start, headEnd, value)
  // `a spokesman, John Smith,`: a name in apposition to a description.
  if (name === null && headEnd < end && tokens[headEnd + 1].lower === ',') {
    let stop = headEnd + 2
    while (stop <= end && tokens[stop].lower !== ',') stop++
    name = nameIn(reader, headEnd + 2, stop - 1, value)
  }

  return {text, name, roles, pronoun: false}
}

/**
 * The name in tokens `start`–`end`: the last run of capitals that ends the
 * range, after its last title word (`Russian President | Vladimir Putin`).
 */
export function nameIn(reader: Reader, start: number, end: number, value: string): string | null {
  const tokens = reader.tokens
  if (end < start || end >= tokens.length) return null
  // A possessive at the end names whose, not who: `Trump's campaign`.
  if (!tokens[end].capital) return null
  let first = end
  while (first > start) {
    const before = tokens[first - 1]
    if (before.kind === 'word' && before.capital) first--
    else if (before.kind === 'word' && nameConnectors.has(before.lower) && first - 2 >= start && tokens[first - 2].capital) first -= 2
    else if (before.kind === 'punct' && (before.lower === '-' || before.lower === '.' || before.lower === '’' || before.lower === "'") && before.end === tokens[first].start && first - 2 >= start && tokens[first - 2].end === before.start) first -= 2
    else break
  }
  // Cut function words that open a sentence (`The`, `But`), titles, and
  // whose it is (`Japan's | Abe`).
  let from = first
  for (let at = first; at < end; at++) {
    const lower = bare(tokens[at].lower)
    if (reader.titles.has(lower) || openers.has(lower) || boundaryWords.has(lower) || determiners.has(lower) || /['’]s$/.test(lower)) from = at + 1
  }
  while (from < end && tokens[from].kind !== 'word') from++
  while (from < end && nameConnectors.has(tokens[from].lower)) from++
  // Only a title left (`the US President`): a description, not a name.
  const last = bare(tokens[from].lower)
  if (from === end && (reader.titles.has(last) || determiners.has(last) || openers.has(last))) return null
  const name = oneLine(value.slice(tokens[from].start, tokens[end].end))
  return unpossessive(name)
}
