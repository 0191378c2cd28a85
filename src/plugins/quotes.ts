/**
 * Plugin: find direct quotations in the body.
 *
 * Every span between a pair of quote marks in the body paragraphs is a
 * candidate (see `lib/quote-marks.ts`). A quotation over several paragraphs
 * is one quote; one left unclosed ends with its paragraph and is reported.
 * Speakers are left for `newsAttribution`.
 */

import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import type {Options, Quote} from '../types.js'
import {articleOf, blocksOf, collapse, endOf, positionOf, roleOf, startOf} from '../lib/article.js'
import {findMarkedSpans, type Stretch} from '../lib/quote-marks.js'

const emptyOptions: Options = {}

/**
 * Find quotes.
 */
export function newsQuotes(options?: Readonly<Options> | null) {
  void (options || emptyOptions)

  return function (tree: Root, file: VFile): undefined {
    const value = String(file.value)
    const stretches = bodyStretches(tree)
    const quotes: Quote[] = []

    for (const span of findMarkedSpans(value, stretches)) {
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
