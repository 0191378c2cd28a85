/**
 * Blocks and newsParagraphs: how the text is cut into blocks (blank lines,
 * single newlines, hard wraps with indented starts, CRLF, tabs, odd spaces),
 * and the body paragraphs that come out of them.
 */

import {describe, expect, it} from 'vitest'
import type {Paragraph} from 'nlcst'
import {toString} from 'nlcst-to-string'
import {parseArticleTree, parseNewsArticle} from '../../src/index.js'
import {collapse, expectLossless, lines} from '../helpers.js'

const headline = 'Harbour authority approves dredging of main channel'
const body = [
  'The harbour authority on Wednesday approved a plan to dredge the main shipping channel so that larger container ships can reach the port at low tide.',
  'The work, which will cost about 45 million euros, is due to start in the spring and to take two years, the authority said in a statement.',
  '“Without a deeper channel, the biggest ships will simply go elsewhere,” said the authority’s director, Ines Berrada.',
  'Fishermen’s groups said they were worried about the effect of the work on fish stocks and asked for an independent study.'
]

/** The blocks of a text as parseArticleTree cuts them. */
function blocks(text: string): string[] {
  return parseArticleTree(text)
    .children.filter((node): node is Paragraph => node.type === 'ParagraphNode')
    .map((node) => toString(node))
}

/** Wrap a paragraph at about `width` columns, as wire copy is. */
function wrap(text: string, width: number, indent = ''): string {
  const out: string[] = []
  let line = indent
  for (const word of text.split(' ')) {
    if (line.trim() !== '' && line.length + 1 + word.length > width) {
      out.push(line)
      line = word
    } else {
      line = line.trim() === '' ? line + word : line + ' ' + word
    }
  }
  out.push(line)
  return out.join('\n')
}

describe('blocks', () => {
  it('cuts at blank lines', () => {
    expect(blocks('First block.\n\nSecond block.\n\n\nThird block.')).toEqual(['First block.', 'Second block.', 'Third block.'])
  })

  it('cuts at every single newline when the text is not hard-wrapped', () => {
    expect(blocks([headline, ...body].join('\n'))).toEqual([headline, ...body])
  })

  it('joins the lines of a hard-wrapped paragraph', () => {
    const text = [headline, '', ...body.map((paragraph) => wrap(paragraph, 60, '    '))].join('\n')
    expect(blocks(text).map(collapse)).toEqual([headline, ...body])
  })

  it('keeps the white space between blocks out of them', () => {
    expect(blocks('  First block  \n \t \n\u00a0\n  Second block\t\n')).toEqual(['First block', 'Second block'])
  })
})

describe('newsParagraphs', () => {
  it('gives each paragraph exactly as printed, separated by blank lines', () => {
    expect(parseNewsArticle([headline, ...body].join('\n\n')).paragraphs).toEqual(body)
  })

  it('gives each line as a paragraph when lines are separated by single newlines', () => {
    expect(parseNewsArticle([headline, ...body].join('\n')).paragraphs).toEqual(body)
  })

  it('gives the same paragraphs for CRLF line endings', () => {
    expect(parseNewsArticle([headline, ...body].join('\r\n') + '\r\n').paragraphs).toEqual(body)
    expect(parseNewsArticle([headline, ...body].join('\r\n\r\n') + '\r\n').paragraphs).toEqual(body)
  })

  it('gives the same paragraphs for lone CR line endings', () => {
    expect(parseNewsArticle([headline, ...body].join('\r\r')).paragraphs).toEqual(body)
  })

  it('joins hard-wrapped lines, with a paragraph at each indented line (1987 wire copy)', () => {
    const text = headline.toUpperCase() + '\n\n' + body.map((paragraph) => wrap(paragraph, 64, '    ')).join('\n') + '\n REUTER\n'
    expect(parseNewsArticle(text).paragraphs).toEqual(body)
  })

  it('starts a paragraph at a line indented by three spaces among four-space indents', () => {
    const text =
      headline.toUpperCase() +
      '\n\n' +
      [wrap(body[0], 64, '    '), wrap(body[1], 64, '    '), wrap(body[2], 64, '   '), wrap(body[3], 64, '    ')].join('\n') +
      '\n'
    expect(parseNewsArticle(text).paragraphs).toEqual(body)
  })

  it('joins hard-wrapped lines with blank lines between paragraphs (Xinhua)', () => {
    const text = headline + '\n\n' + body.map((paragraph) => wrap(paragraph, 62)).join('\n\n') + '\n'
    expect(parseNewsArticle(text).paragraphs).toEqual(body)
  })

  it('joins hard-wrapped lines whose paragraphs start with a tab', () => {
    const text = headline + '\n\n' + body.map((paragraph) => wrap(paragraph, 66, '\t')).join('\n') + '\n'
    expect(parseNewsArticle(text).paragraphs).toEqual(body)
  })

  it('joins hard-wrapped CRLF lines', () => {
    const text = (headline + '\n\n' + body.map((paragraph) => wrap(paragraph, 62)).join('\n\n') + '\n').replace(/\n/g, '\r\n')
    expect(parseNewsArticle(text).paragraphs).toEqual(body)
  })

  it('joins a short hard-wrapped story of one paragraph', () => {
    const text = 'BANK OF ENGLAND OFFERS MONEY MARKET HELP\n\n    LONDON, March 2 - The Bank of England said it had provided\nthe money market with 120 mln stg assistance in the morning.\n REUTER\n'
    expect(parseNewsArticle(text).paragraphs).toEqual(['The Bank of England said it had provided the money market with 120 mln stg assistance in the morning.'])
  })

  it('reads lines made blank by no-break spaces as blank', () => {
    const text = headline + '\n\u00a0\n' + body.join('\n\u00a0 \n') + '\n'
    expect(parseNewsArticle(text).paragraphs).toEqual(body)
  })

  it('keeps a no-break space inside a paragraph as white space', () => {
    const paragraph = 'The work will cost about 45\u00a0million euros, the authority said in a statement on Wednesday.'
    expect(parseNewsArticle([headline, paragraph, body[3]].join('\n\n')).paragraphs.map(collapse)).toEqual([
      'The work will cost about 45 million euros, the authority said in a statement on Wednesday.',
      body[3]
    ])
  })

  it('ignores a byte-order mark, leading spaces and trailing spaces', () => {
    const text = '\uFEFF  ' + headline + '  \n\n' + body.map((paragraph) => '   ' + paragraph + ' \t').join('\n\n')
    const article = parseNewsArticle(text)
    expect(article.headline).toBe(headline)
    expect(article.paragraphs).toEqual(body)
  })

  it('leaves no empty paragraphs for runs of blank and white-space lines', () => {
    const text = headline + '\n\n\n \n\t\n' + body.join('\n\n  \n\n') + '\n\n\n'
    expect(parseNewsArticle(text).paragraphs).toEqual(body)
  })

  it('leaves out links to other stories that the page lists again under a header', () => {
    const link = 'Harbour authority delays vote on new container terminal'
    const article = parseNewsArticle(lines(headline, body[0], link, ...body.slice(1), 'Related Stories', link, 'Fishermen protest as dredging plan moves ahead'))
    expect(article.paragraphs).toEqual(body)
  })

  it('leaves out a line the page prints three times, and keeps a table row printed twice', () => {
    const title = 'Watch the dredgers at work in the main channel'
    const row = 'Dredged depth 14 metres vs 12 metres'
    const article = parseNewsArticle(lines(headline, body[0], title, row, body[1], title, row, body[2], title))
    expect(article.paragraphs).toEqual([body[0], row, body[1], row, body[2]])
  })

  it('leaves out an author’s note that says when the author joined', () => {
    const article = parseNewsArticle(lines(headline, 'By Marta Solberg', ...body, 'Marta Solberg joined the paper’s harbour desk in 2015 after ten years at sea.'))
    expect(article.paragraphs).toEqual(body)
  })

  it('keeps subheads inside the body as paragraphs of their own, in order', () => {
    const text = [headline, body[0], body[1], 'Concerns over fish stocks', body[2], body[3]].join('\n\n')
    expect(parseNewsArticle(text).paragraphs).toEqual([body[0], body[1], 'Concerns over fish stocks', body[2], body[3]])
  })

  it('keeps a paragraph that is one long line, and the tree loses nothing of it', () => {
    const long = Array.from({length: 300}, (_, index) => `Sentence number ${index + 1} of the long paragraph says the dredging will go on.`).join(' ')
    const text = headline + '\n\n' + long + '\n\n' + body[3] + '\n'
    expect(parseNewsArticle(text).paragraphs).toEqual([long, body[3]])
    expectLossless(parseArticleTree(text), text)
  })

  it('parses a long run of text with no spaces or sentence ends without losing any of it', () => {
    const run = 'abcdefghij'.repeat(2000)
    const text = headline + '\n\n' + body[0] + '\n\n' + run + ' ' + run + '\n'
    expectLossless(parseArticleTree(text), text)
  })
})
