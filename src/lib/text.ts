/**
 * Small tests on one line of text, shared by the plugins.
 */

const wordPattern = /[\p{L}\p{N}][\p{L}\p{N}'’.\-]*/gu

/** The words of a line. */
export function wordsOf(value: string): string[] {
  return value.match(wordPattern) ?? []
}

const caches: Array<Map<string, unknown>> = []

/**
 * Forget what the caches below hold. The parser calls this for each new
 * document: answers are shared between the plugins of one document, never
 * carried from one document to the next.
 */
export function clearTextCaches(): void {
  for (const cache of caches) cache.clear()
}

/**
 * A small cache for a function of a line: the plugins ask the same questions
 * of the same lines. Emptied when full, so memory stays bounded, and for each
 * new document (`clearTextCaches`). Only for functions of the line alone.
 */
export function cached<T>(compute: (value: string) => T): (value: string) => T {
  const cache = new Map<string, T>()
  caches.push(cache)
  return function (value) {
    let result = cache.get(value)
    if (result === undefined) {
      if (cache.size >= 4096) cache.clear()
      result = compute(value)
      cache.set(value, result)
    }
    return result
  }
}

const letterOrNumber = /^[\p{L}\p{N}]$/u

/**
 * How many words a line has: the matches `wordsOf` would return, counted in
 * one scan without building them (a letter or digit starts a word, which
 * runs on through letters, digits, apostrophes, full stops and hyphens).
 */
export const wordCount: (value: string) => number = cached(function (value) {
  let count = 0
  let inWord = false
  for (let at = 0; at < value.length; at++) {
    const code = value.charCodeAt(at)
    let word: boolean
    if (code < 0x80) {
      word = (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39)
      if (!word && inWord && (code === 0x27 || code === 0x2e || code === 0x2d)) continue
    } else {
      if (inWord && code === 0x2019) continue
      const point = value.codePointAt(at)!
      word = letterOrNumber.test(String.fromCodePoint(point))
      if (point > 0xffff) at++
    }
    if (word && !inWord) count++
    inWord = word
  }
  return count
})

/** Whether a line ends as a sentence does (terminal mark, maybe inside closing quotes or brackets). */
export function endsSentence(value: string): boolean {
  return /[.!?…]["'”’»)\]]*\s*$/u.test(value) || /[.!?,]["”’]\s*$/u.test(value)
}

/**
 * Whether a line reads as running text: long enough, or a whole sentence of
 * some length. Headlines, labels, names and link lines are not. Most plugins
 * ask this of the same lines, so the answer is kept per document.
 */
export const isProse: (value: string) => boolean = cached(function (value) {
  if (/(?:\.\.\.|…)$/.test(value)) return false
  // Thirty words run to 150 characters at least; eight words need some 35.
  if (value.length > 400 && /\p{Ll}/u.test(value.slice(0, 200))) return true
  if (value.length < 30) return false
  const words = wordCount(value)
  if (words >= 30) return true
  return words >= 8 && endsSentence(value) && /\p{Ll}/u.test(value)
})

/**
 * Whether a line can close a story: running text, or a short sentence that
 * ends with a full stop (`He did not elaborate.`). Teasers and link lines
 * (`What does your star sign say?`, `Read more…`) cannot.
 */
export function isClosingSentence(value: string): boolean {
  if (isProse(value)) return true
  if (/(?:\.\.\.|…)$/.test(value)) return false
  return wordCount(value) >= 3 && /\p{Ll}/u.test(value) && /[.!]["'”’)\]]*$/u.test(value)
}

/** Whether all letters of a line are capitals (and it has some). */
export function isUpperCase(value: string): boolean {
  return /\p{Lu}/u.test(value) && !/\p{Ll}/u.test(value)
}

/** Whether a line starts with a lower-case letter. */
export function startsLowerCase(value: string): boolean {
  return /^["'“‘(]?\p{Ll}/u.test(value)
}

/** Normalise text for comparing two lines (case, quotes, dashes, spacing). */
export const comparable: (value: string) => string = cached(function (value) {
  return value
    .normalize('NFKC')
    .replace(/[‘’‚‛′]/g, "'")
    .replace(/[“”„‟″«»]/g, '"')
    .replace(/[‐-―−]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()
})

/** Escape a string for use in a regular expression. */
export function escapeRegExp(value: string): string {
  return value.replace(/[|\\{}()[\]^$+*?.]/g, '\\$&')
}
