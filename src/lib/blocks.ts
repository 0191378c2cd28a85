/**
 * Split the plain text of an article into blocks: the units a reader sees as
 * separate lines or paragraphs.
 *
 * Real copy marks paragraphs in three ways, and one document uses one of them:
 *
 * - one paragraph a line (web pages copied from a browser, most feeds): every
 *   non-blank line is a block;
 * - hard-wrapped text with blank lines between paragraphs (old agency copy):
 *   lines are joined until a blank line;
 * - hard-wrapped text where an indented line starts a paragraph (1980s wire
 *   copy such as Reuters-21578).
 *
 * A document is taken as hard-wrapped when its lines cluster just below one
 * width (the wrap column) and almost none is longer. In wrapped text a line
 * also ends its paragraph when the next line's first word would have fitted
 * on it (the writer broke the line on purpose).
 *
 * Blocks are offsets into the input, never copies, so nothing is lost:
 * whatever lies between blocks is white space.
 */

export interface Block {
  /** Offset of the block's first non-white-space character. */
  start: number
  /** Offset just past the block's last non-white-space character. */
  end: number
}

interface Line {
  /** Offset of the first non-white-space character. */
  start: number
  /** Offset after the last non-white-space character. */
  end: number
  /** White space before the first character (tabs count as 4). */
  indent: number
  /** Length of the trimmed line. */
  length: number
  /** Whether the line has no content. */
  blank: boolean
}

// The same line endings as parse-latin and vfile-location count.
const lineBreak = /\r\n|\r|\n/g

/**
 * Read the lines of a document.
 */
function readLines(value: string): Line[] {
  const lines: Line[] = []
  let from = 0
  lineBreak.lastIndex = 0
  for (;;) {
    const match = lineBreak.exec(value)
    const to = match ? match.index : value.length
    lines.push(measure(value, from, to))
    if (!match) break
    from = match.index + match[0].length
  }
  return lines
}

function measure(value: string, from: number, to: number): Line {
  let start = from
  let indent = 0
  // Some wire archives mark a paragraph start with `&` and a tab (or its escape,
  // a literal `&\t`): count it as indentation.
  if (value.charCodeAt(start) === 38 && /^&(?:\t|\\t| )/.test(value.slice(start, start + 3))) indent += 4
  while (start < to && isSpace(value.charCodeAt(start))) {
    indent += value.charCodeAt(start) === 9 ? 4 : 1
    start++
  }
  let end = to
  while (end > start && isSpace(value.charCodeAt(end - 1))) end--
  return {start, end, indent, length: end - start, blank: start === end}
}

function isSpace(code: number): boolean {
  return (
    code === 32 ||
    code === 9 ||
    code === 0xa0 ||
    code === 0xfeff ||
    code === 0x200b ||
    code === 11 ||
    code === 12 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x3000 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x2028 ||
    code === 0x2029
  )
}

/**
 * Estimate the wrap column of hard-wrapped text, or `0` when the text is not
 * hard-wrapped.
 */
export function wrapWidth(lines: ReadonlyArray<Line>): number {
  const lengths = lines.filter((line) => !line.blank).map((line) => line.indent + line.length)
  // A short story is wrapped too when an indented line runs on into the next.
  const marked = indentMarks(lines) > 0
  if (lengths.length < (marked ? 3 : 4)) return 0
  lengths.sort((a, b) => a - b)
  const width = lengths[Math.floor(lengths.length * 0.9)]
  if (width > 100 || width < 30) return 0
  // Lines that reach close to the width: the ones the wrap broke.
  let full = 0
  let over = 0
  for (const length of lengths) {
    if (length >= width * 0.7) full++
    if (length > width + 12) over++
  }
  if (full < (marked ? 2 : 3) || full < lengths.length * 0.4) return 0
  if (over > lengths.length * 0.05) return 0
  return width
}

/**
 * Whether wrapped text marks its paragraphs by indenting their first line:
 * indented lines that the next line continues without indent.
 */
function marksByIndent(lines: ReadonlyArray<Line>): boolean {
  return indentMarks(lines) >= 2
}

/** How many indented lines the next line continues without indent. */
function indentMarks(lines: ReadonlyArray<Line>): number {
  let marks = 0
  for (let index = 1; index < lines.length; index++) {
    const line = lines[index]
    const before = lines[index - 1]
    if (!line.blank && !before.blank && before.indent >= 2 && line.indent === 0) marks++
  }
  return marks
}

/**
 * Split `value` into blocks.
 */
export function splitBlocks(value: string): Block[] {
  const lines = readLines(value)
  const width = wrapWidth(lines)
  const indented = width > 0 && marksByIndent(lines)
  const blocks: Block[] = []
  let current: Block | undefined
  let previous: Line | undefined

  let lastLine = lines.length - 1
  while (lastLine > 0 && lines[lastLine].blank) lastLine--

  for (const [index, line] of lines.entries()) {
    if (line.blank) {
      current = undefined
      previous = undefined
      continue
    }

    // A short last line of wrapped copy is a sign-off (` REUTER`), not the end of a paragraph.
    const signOff = index === lastLine && /^[^\p{Ll}\s]\S*(?:\s+\S+)?$/u.test(value.slice(line.start, line.end)) && line.length <= 24
    if (current && previous && width > 0 && !signOff && continues(value, previous, line, width, indented)) {
      current.end = line.end
    } else {
      current = {start: line.start, end: line.end}
      blocks.push(current)
    }

    previous = line
  }

  return blocks
}

/** `By NAME NAME`, `By Jane Roe and John Doe`: a byline alone on its line. */
const byline = /^By\s+\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|and|&|,))*,?$/u

/**
 * Whether `line` continues the paragraph of `previous` in wrapped text.
 */
function continues(value: string, previous: Line, line: Line, width: number, indented: boolean): boolean {
  // An indented line starts a paragraph (a stray space does not).
  if (line.indent >= previous.indent + 2) return false
  if (indented && line.indent >= 2) return false
  // A byline on a short line of its own (`By BARBARA HUEBNER`) is never the
  // rest of the line before it, even one that runs past the wrap column.
  if (line.length < width * 0.7 && byline.test(value.slice(line.start, line.end))) return false
  // Would the first word of this line have fitted on the previous one? Then
  // the previous line was ended on purpose.
  let wordEnd = line.start
  while (wordEnd < line.end && !isSpace(value.charCodeAt(wordEnd))) wordEnd++
  const firstWord = wordEnd - line.start
  return previous.indent + previous.length + 1 + firstWord > width * 0.9
}
