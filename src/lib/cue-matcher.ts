/**
 * Find attribution cues (`said`, `told reporters`, `according to`) in frame
 * tokens: the longest phrase of the lexicon that starts at a token.
 */

import type {Token} from './frames.js'

/** A cue found at a token. */
export interface CueMatch {
  /** The phrase as in the lexicon (`told reporters`). */
  phrase: string
  /** How many tokens it covers. */
  length: number
}

/** Looks up cues; build one per lexicon. */
export interface CueMatcher {
  /** The cue that starts at `tokens[index]`, if any. */
  at(tokens: ReadonlyArray<Token>, index: number): CueMatch | undefined
}

/** Words after which a cue word is a noun, not a verb. */
const nounMarkers = new Set(['a', 'an', 'the', 'its', 'their', 'our', 'my', 'your', 'this', 'these', 'those'])

/**
 * Build a matcher for `phrases` (lower case, words separated by spaces).
 */
export function cueMatcher(phrases: Iterable<string>): CueMatcher {
  // Each cue's words, and the match it gives (made once, not per match).
  const byFirst = new Map<string, Array<{words: string[]; match: CueMatch}>>()
  for (const phrase of phrases) {
    const words = phrase.trim().toLowerCase().split(/\s+/)
    if (words[0] === '') continue
    let list = byFirst.get(words[0])
    if (!list) {
      list = []
      byFirst.set(words[0], list)
    }
    const joined = words.join(' ')
    if (!list.some((known) => known.match.phrase === joined)) list.push({words, match: {phrase: joined, length: words.length}})
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length)

  return {
    at(tokens, index) {
      const token = tokens[index]
      // Cues are written in lower case (`States` in `United States` is
      // none), but for the first word of a sentence (`According to…`).
      if (token.kind !== 'word') return undefined
      if (token.capital && index > 0 && tokens[index - 1].sentence === token.sentence && tokens[index - 1].kind !== 'quote') return undefined
      const list = byFirst.get(token.lower)
      if (!list) return undefined
      // After a determiner the word is a noun (`one of the states`, `a report`).
      const previous = index > 0 ? tokens[index - 1] : undefined
      if (previous && previous.kind === 'word' && previous.sentence === token.sentence && nounMarkers.has(previous.lower)) return undefined
      for (const {words, match} of list) {
        if (index + words.length > tokens.length) continue
        let same = true
        for (let offset = 1; offset < words.length && same; offset++) {
          const next = tokens[index + offset]
          same = next.kind === 'word' && next.lower === words[offset]
        }
        if (same) return match
      }
      return undefined
    }
  }
}
