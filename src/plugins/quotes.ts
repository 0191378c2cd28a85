/**
 * Plugin: find direct quotations in the body.
 *
 * Every span between a pair of quote marks in the body paragraphs is a
 * candidate (see `lib/quote-marks.ts`). A quotation over several paragraphs
 * is one quote, as is one whose paragraphs were run together in a block
 * (`… debt. "He isn't…`); one left unclosed ends with its paragraph, or
 * where the next opens when it ends in a tag (`"…, he said. "…"`), and is
 * reported. Speakers are left for `newsAttribution`, and spans that are
 * nobody's words for `newsScareQuotes`.
 */

import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import type {Options, Quote} from '../types.js'
import {articleOf, blocksOf, collapse, endOf, positionOf, roleOf, startOf} from '../lib/article.js'
import {findMarkedSpans, type Stretch} from '../lib/quote-marks.js'
import {cues as defaultCues} from '../lexicons/cues.js'

const emptyOptions: Options = {}

/** The last clause of a text after its last comma: `…, he said.` */
const lastClause = /,\s*([^,]{1,60}?)[.!?]$/u

/**
 * Find quotes.
 */
export function newsQuotes(options?: Readonly<Options> | null) {
  const settings = options || emptyOptions
  const cueWords = new Set<string>()
  for (const cue of [...defaultCues, ...(settings.cues ?? [])]) cueWords.add(cue.toLowerCase().split(' ')[0])

  /** Whether quoted text ends in an attribution (`…, he said.`): its closing mark was left out. */
  function tagged(text: string): boolean {
    const clause = lastClause.exec(text)
    if (!clause) return false
    const words = clause[1].toLowerCase().split(/\s+/)
    return words.length <= 5 && words.some((word) => cueWords.has(word))
  }

  return function quotesTransform(tree: Root, file: VFile): undefined {
    const value = String(file.value)
    const stretches = bodyStretches(tree)
    const quotes: Quote[] = []

    for (const span of findMarkedSpans(value, stretches, tagged)) {
      const text = span.parts.map((part) => collapse(value.slice(part.start, part.end))).join(' ')
      if (text === '') continue
      const position = positionOf(file, span.start, span.end)
      if (!span.closed) {
        file.message('Unclosed quotation: it ends with its paragraph', {
          place: position,
          ruleId: 'unclosed-quote',
          source: 'news-article-parser'
        })
      }
      quotes.push({
        text,
        speaker: null,
        speakerMention: null,
        cue: null,
        partial: false,
        multiParagraph: span.last > span.first || span.rejoined,
        paragraph: stretches[span.first].paragraph,
        position
      })
    }

    articleOf(file).quotes = quotes
  }
}

interface BodyStretch extends Stretch {
  paragraph: number
}

/** The body paragraphs as stretches of the input, in order. */
function bodyStretches(tree: Root): BodyStretch[] {
  const stretches: BodyStretch[] = []
  for (const node of blocksOf(tree)) {
    if (roleOf(node) !== 'body') continue
    const data = node.data?.newsArticle
    if (data?.paragraph === undefined) continue
    stretches.push({start: data.bodyStart ?? startOf(node), end: data.bodyEnd ?? endOf(node), paragraph: data.paragraph})
  }
  return stretches
}
