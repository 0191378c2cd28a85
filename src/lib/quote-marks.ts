/**
 * Quote marks: find the spans of text that stand between a pair of them, in
 * the body paragraphs of an article.
 *
 * Real copy marks quotations in many ways: “curly” and "straight" double
 * marks, ‘single’ and 'straight single' ones, «guillemets» (and »reversed«),
 * „low-high“ marks, the ``old wire'' style, and, in feeds that lost their
 * curly characters, `?` (`?We will win,? she said`). Each mark is first
 * classed by what stands beside it (an opening mark follows white space and
 * precedes a letter; a closing one does the reverse; a straight mark glued to
 * both sides can be either), then marks are paired in order:
 *
 * - the outer quotation is the span; marks of the other family inside it
 *   (single marks inside double ones, and the reverse) are nested quotes or
 *   apostrophes, and are part of its text;
 * - an apostrophe is not a mark: `don't`, `O’Brien`, `the '90s`, `’em`; a
 *   single mark after `s` (`Kids' toys`) closes only when no better closing
 *   mark follows in the paragraph;
 * - an opening mark of the same family inside an open quotation nests when
 *   enough closing marks follow in the paragraph to close both, and
 *   otherwise shows that the first quotation was never closed;
 * - a quotation still open at the end of its paragraph continues into the
 *   next one when that paragraph opens with a mark of the same family (a
 *   quotation over several paragraphs), and otherwise ends with its
 *   paragraph, reported as unclosed, so that it never swallows the rest of
 *   the article.
 */

/** A stretch of the input that holds one body paragraph. */
export interface Stretch {
  /** Offset where the paragraph's text starts. */
  start: number
  /** Offset just past its end. */
  end: number
}

/** A quotation found between marks. */
export interface MarkedSpan {
  /** Offset of the opening mark. */
  start: number
  /** Offset just past the closing mark (or the end of the paragraph, when unclosed). */
  end: number
  /** Ranges of the quoted text, without marks: one per paragraph the quotation runs over. */
  parts: Array<{start: number; end: number}>
  /** Index (into the stretches) of the paragraph where the quotation starts. */
  first: number
  /** Index of the paragraph where it ends. */
  last: number
  /** Whether a closing mark ends it. */
  closed: boolean
  /** Whether it runs over paragraphs that were run together in one block (an opening mark after a full stop, no closing mark before it). */
  rejoined: boolean
  /** Which marks: `double` (“ ” " « » „ `` ''), `single` (‘ ’ ' ‹ ›). */
  family: Family
}

export type Family = 'double' | 'single'

/** What a mark can do where it stands. */
type Role = 'open' | 'close' | 'either' | 'weak-close'

interface Mark {
  /** Offset of the mark. */
  start: number
  /** Offset just past it (two characters for `` and ''). */
  end: number
  family: Family
  role: Role
}

/** Characters that may be a quote mark (`?` only in feeds that lost their curly marks). */
const markCandidate = /[“”"„‟«»‹›‘’'`]/g
const markCandidateLost = /[“”"„‟«»‹›‘’'`?]/g

/** Elisions that start with an apostrophe (`’em`, `'til`, `rock 'n' roll`). */
const elision = /^(?:em|til|tis|twas|cause|n|bout|round|cuz|s)(?![\p{L}])/iu

/**
 * Whether the text has lost its curly marks to `?`: apostrophes turned into
 * `?` between letters (`Congress?s`) and closing marks after a comma or full
 * stop (`,? Gohil said`), each more than once.
 */
export function lostCurlyMarks(value: string): boolean {
  let apostrophes = 0
  let closings = 0
  for (let at = value.indexOf('?'); at > 0 && (apostrophes < 2 || closings < 2); at = value.indexOf('?', at + 1)) {
    const before = value.charCodeAt(at - 1)
    const after = at + 1 < value.length ? value.charCodeAt(at + 1) : 32
    if (isWordChar(before) && isWordChar(after) && lowerAt(value, at + 1)) apostrophes++
    else if ((before === 44 || before === 46) && (isSpace(after) || upperAt(value, at + 1))) closings++
  }
  return apostrophes >= 2 && closings >= 2
}

function lowerAt(value: string, at: number): boolean {
  return lowerLetter.test(value.charAt(at))
}

function upperAt(value: string, at: number): boolean {
  return upperLetter.test(value.charAt(at))
}

const lowerLetter = /\p{Ll}/u
const upperLetter = /\p{Lu}/u

/**
 * Find the quotations in `stretches` (body paragraphs of `value`, in order).
 * `tagged` tells whether quoted text ends in an attribution (`…, he
 * said.`), which shows that its closing mark was left out.
 */
export function findMarkedSpans(
  value: string,
  stretches: ReadonlyArray<Stretch>,
  tagged?: (text: string) => boolean,
  lost = lostCurlyMarks(value)
): MarkedSpan[] {
  const spans: MarkedSpan[] = []
  let open: MarkedSpan | undefined
  let innerStart = 0
  let nested = 0

  for (let index = 0; index < stretches.length; index++) {
    const stretch = stretches[index]
    const marks = readMarks(value, stretch.start, stretch.end, lost)
    // Worked out on first use: most paragraphs never ask.
    let cached: LookAhead | undefined
    const ahead = (): LookAhead => (cached ??= lookAhead(marks))
    let from = 0

    // A quotation carried over from the paragraph before: this paragraph
    // opens with its mark, which only says that the quotation goes on.
    if (open) {
      from = 1
      innerStart = marks[0].end
    }

    for (let at = from; at < marks.length; at++) {
      const mark = marks[at]
      if (!open) {
        if (mark.role === 'close' || mark.role === 'weak-close') continue
        if (mark.family === 'single' && ahead().single.closers[at + 1] === 0) continue
        open = {start: mark.start, end: mark.end, parts: [], first: index, last: index, closed: false, rejoined: false, family: mark.family}
        innerStart = mark.end
        nested = 0
        continue
      }

      if (mark.family !== open.family) {
        // Marks of the other family inside: only double marks inside single
        // ones need counting (a single mark inside double ones may be an
        // apostrophe, and cannot close the quotation anyway).
        if (open.family === 'single') {
          if (mark.role === 'open') nested++
          else if (nested > 0 && mark.role !== 'either') nested--
        }
        continue
      }

      if (mark.role === 'open') {
        if (closesNested(marks, at + 1, open.family, nested + 1)) {
          nested++
          continue
        }
        // Not enough closing marks for both. After a full stop, this is a
        // quotation over several paragraphs that were run together (`…
        // debt. "He isn't…`); otherwise the open quotation was never closed,
        // and it ends where this one starts.
        const part = trimmed(value, innerStart, mark.start)
        if (endsTerminal(value, part.end) && !(tagged && tagged(value.slice(part.start, part.end)))) {
          open.parts.push(part)
          open.rejoined = true
          innerStart = mark.end
          continue
        }
        open.parts.push(part)
        open.end = trimEnd(value, innerStart, mark.start)
        open.last = index
        spans.push(open)
        open = {start: mark.start, end: mark.end, parts: [], first: index, last: index, closed: false, rejoined: false, family: mark.family}
        innerStart = mark.end
        nested = 0
        continue
      }

      if (nested > 0) {
        nested--
        continue
      }
      if (mark.role === 'weak-close' && ahead()[open.family].strongCloser[at + 1]) continue

      open.parts.push(trimmed(value, innerStart, mark.start))
      open.end = mark.end
      open.last = index
      open.closed = true
      spans.push(open)
      open = undefined
    }

    if (open) {
      open.parts.push(trimmed(value, innerStart, stretch.end))
      open.end = stretch.end
      open.last = index
      const next = stretches[index + 1]
      if (!next || !opensWith(value, next, open.family, lost)) {
        spans.push(open)
        open = undefined
      }
    }
  }

  return spans
}

/** Whether a paragraph starts with an opening mark of `family`. */
function opensWith(value: string, stretch: Stretch, family: Family, lost: boolean): boolean {
  const marks = readMarks(value, stretch.start, Math.min(stretch.end, stretch.start + 2), lost)
  const first = marks[0]
  return first !== undefined && first.start === stretch.start && first.family === family && first.role !== 'close' && first.role !== 'weak-close'
}

/** For each index into a paragraph's marks, what comes from there on, for each family. */
type LookAhead = Record<Family, {closers: number[]; strongCloser: boolean[]}>

/**
 * What the marks from each index on hold, per family: how many can close
 * (any role but `open`), and whether a strong closer (`close` or `either`)
 * comes before the next opening mark. Worked out in one pass from the end,
 * so that reading a paragraph with many quotations stays linear.
 */
function lookAhead(marks: Mark[]): LookAhead {
  const ahead: LookAhead = {double: table(marks.length), single: table(marks.length)}
  for (let at = marks.length - 1; at >= 0; at--) {
    const mark = marks[at]
    for (const family of ['double', 'single'] as const) {
      const next = ahead[family]
      const own = mark.family === family
      next.closers[at] = next.closers[at + 1] + (own && mark.role !== 'open' ? 1 : 0)
      next.strongCloser[at] = own ? mark.role === 'close' || mark.role === 'either' || (mark.role === 'weak-close' && next.strongCloser[at + 1]) : next.strongCloser[at + 1]
    }
  }
  return ahead
}

function table(length: number): {closers: number[]; strongCloser: boolean[]} {
  return {closers: new Array<number>(length + 1).fill(0), strongCloser: new Array<boolean>(length + 1).fill(false)}
}

/** How many marks of the family `closesNested` reads at most (quotations inside one quotation are few), and of any family. */
const nestingReach = 12
const markReach = 48

/**
 * Whether an opening mark of `family` inside an open quotation of the same
 * family opens a quotation within it: reading on from `from` with `depth`
 * quotations open inside, the outer one closes within the next few marks
 * (`"We have not gone from "no confidence" to "full confidence" yet,"`).
 * Counting every closing mark to the end of the paragraph instead took a
 * quotation left open by mistake for the start of a long nesting, and lost
 * every quotation after it in a paragraph of many (a story whose line
 * breaks were lost).
 */
function closesNested(marks: Mark[], from: number, family: Family, depth: number): boolean {
  let read = 0
  for (let at = from; at < marks.length && at < from + markReach && read < nestingReach; at++) {
    const mark = marks[at]
    if (mark.family !== family) continue
    read++
    if (mark.role === 'open') depth++
    else if (--depth < 0) return true
  }
  return false
}

/** The range `start`–`end` without white space at either side. */
function trimmed(value: string, start: number, end: number): {start: number; end: number} {
  while (start < end && isSpace(value.charCodeAt(start))) start++
  return {start, end: trimEnd(value, start, end)}
}

function trimEnd(value: string, start: number, end: number): number {
  while (end > start && isSpace(value.charCodeAt(end - 1))) end--
  return end
}

/**
 * Read the marks of one paragraph and class each by what stands beside it.
 */
function readMarks(value: string, start: number, end: number, lost: boolean): Mark[] {
  const marks: Mark[] = []
  const pattern = lost ? markCandidateLost : markCandidate
  pattern.lastIndex = start
  let match: RegExpExecArray | null

  while ((match = pattern.exec(value)) && match.index < end) {
    const at = match.index
    const char = match[0]
    const before = at > start ? value.charCodeAt(at - 1) : 32
    const mark = classify(value, at, end, char, before, lost)
    if (mark) {
      marks.push(mark)
      pattern.lastIndex = mark.end
    }
  }

  return marks
}

/** Class one mark, or return nothing when it is no quote mark here. */
function classify(value: string, at: number, end: number, char: string, before: number, lost: boolean): Mark | undefined {
  const after = at + 1 < end ? value.charCodeAt(at + 1) : 32
  const opening = opensBefore(before) && !isSpace(after)
  const closing = !isSpace(before) && !opensBefore(before) && closesAfter(after)

  switch (char) {
    case '“':
    case '„':
    case '‟':
    case '«': {
      if (char === '“' || char === '«') {
        if (closing && !opening) return mark(at, 1, 'double', 'either')
      }
      return mark(at, 1, 'double', 'open')
    }
    case '”':
    case '»': {
      if (opening && !closing) return mark(at, 1, 'double', 'either')
      return mark(at, 1, 'double', 'close')
    }
    case '"': {
      // Markup: `author="…"`, `id="12">`.
      if (before === 61 /* = */ || after === 62 /* > */ || after === 47 /* / */ && value.charCodeAt(at + 2) === 62) return undefined
      if (opening && !closing) return mark(at, 1, 'double', 'open')
      if (closing && !opening) return mark(at, 1, 'double', 'close')
      return mark(at, 1, 'double', 'either')
    }
    case '`': {
      if (after === 96 /* ` */) return mark(at, 2, 'double', 'open')
      return mark(at, 1, 'single', 'open')
    }
    case '‹':
      return mark(at, 1, 'single', 'open')
    case '›':
      return mark(at, 1, 'single', 'close')
    case '‘':
    case '’':
    case "'": {
      if (char === "'" && after === 39 /* ' */) return pairedApostrophes(value, at, end, before)
      // Between letters or digits: an apostrophe (`don't`, `O’Brien`).
      if (isWordChar(before) && isWordChar(after)) return undefined
      if (opening) {
        // `'90s`, `’em`, `'til`: an apostrophe that stands for cut letters.
        if (isDigit(after)) return undefined
        if (char !== '‘' && elision.test(value.slice(at + 1, at + 6))) return undefined
        return mark(at, 1, 'single', 'open')
      }
      if (closing) {
        if (char === '‘') return mark(at, 1, 'single', 'either')
        // `Kids' toys`: a plural possessive or a closing mark.
        const weak = (before === 115 || before === 83) && (after === 32 || after === 10 || after === 13)
        return mark(at, 1, 'single', weak ? 'weak-close' : 'close')
      }
      if (isSpace(before) && isSpace(after)) return undefined
      return char === '‘' ? mark(at, 1, 'single', 'open') : mark(at, 1, 'single', 'either')
    }
    case '?': {
      // Only in feeds that lost their curly marks; a real question mark
      // follows a letter and precedes white space.
      if (!lost) return undefined
      if (isWordChar(before) && isWordChar(after)) return undefined
      if (isSpace(before) && isSpace(after)) return undefined
      if (opening) return mark(at, 1, 'double', 'open')
      if (isTerminal(before) || isComma(before)) {
        return isSpace(after) || closesAfter(after) ? mark(at, 1, 'double', 'close') : mark(at, 1, 'double', 'either')
      }
      if (isWordChar(before) && isPunctuationAfter(after)) return mark(at, 1, 'double', 'close')
      return undefined
    }
    default:
      return undefined
  }
}

/** `''`: the closing mark of the ``old wire'' style, or both marks where a feed uses it so (''like this''). */
function pairedApostrophes(value: string, at: number, end: number, before: number): Mark {
  const after = at + 2 < end ? value.charCodeAt(at + 2) : 32
  const opening = opensBefore(before) && !isSpace(after)
  const closing = !isSpace(before) && !opensBefore(before) && closesAfter(after)
  return mark(at, 2, 'double', opening && !closing ? 'open' : closing && !opening ? 'close' : 'either')
}

/** Whether the character before `end` ends a sentence (`.`, `?`, `!`, `…`). */
function endsTerminal(value: string, end: number): boolean {
  return end > 0 && isTerminal(value.charCodeAt(end - 1))
}

function mark(at: number, length: number, family: Family, role: Role): Mark {
  return {start: at, end: at + length, family, role}
}

function isSpace(code: number): boolean {
  return code === 32 || code === 10 || code === 13 || code === 9 || code === 0xa0 || (code >= 0x2000 && code <= 0x200b) || code === 0x202f || code === 0x3000 || code === 0xfeff
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57
}

/** A letter or digit (a quick test for ASCII, Unicode classes for the rest). */
function isWordChar(code: number): boolean {
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
  return wordChar.test(String.fromCharCode(code))
}

const wordChar = /[\p{L}\p{N}\p{M}]/u

function isTerminal(code: number): boolean {
  return code === 46 || code === 33 || code === 63 || code === 0x2026
}

function isComma(code: number): boolean {
  return code === 44 || code === 59 || code === 58
}

function isPunctuationAfter(code: number): boolean {
  return code === 46 || code === 44 || code === 59 || code === 58
}

/** What may stand before an opening mark: white space, an opening bracket, a dash, a slash, another mark. */
function opensBefore(code: number): boolean {
  return (
    isSpace(code) ||
    code === 40 /* ( */ ||
    code === 91 /* [ */ ||
    code === 123 /* { */ ||
    code === 0x2014 ||
    code === 0x2013 ||
    code === 45 /* - */ ||
    code === 47 /* / */ ||
    code === 0x201c ||
    code === 0x2018 ||
    code === 0xab ||
    code === 0x201e ||
    code === 34 ||
    code === 39 ||
    code === 96
  )
}

/** What may stand after a closing mark: white space, punctuation, a closing bracket, a dash, another mark. */
function closesAfter(code: number): boolean {
  return (
    isSpace(code) ||
    code === 46 ||
    code === 44 ||
    code === 59 ||
    code === 58 ||
    code === 33 ||
    code === 63 ||
    code === 41 /* ) */ ||
    code === 93 /* ] */ ||
    code === 125 ||
    code === 0x2014 ||
    code === 0x2013 ||
    code === 45 ||
    code === 0x2026 ||
    code === 0x201d ||
    code === 0x2019 ||
    code === 0xbb ||
    code === 34 ||
    code === 39 ||
    code === 47
  )
}
