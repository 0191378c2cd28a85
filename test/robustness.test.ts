/**
 * Robustness: any string in, a whole article out, never a throw; the tree
 * loses nothing of the text; wrong arguments fail early with a TypeError that
 * says what was wrong; nothing the caller passes is changed.
 */

import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {createNewsProcessor, parseArticleTree, parseNewsArticle, type NewsArticle, type Options} from '../src/index.js'
import {collapse, expectLossless} from './helpers.js'

const articleKeys = [
  'byline',
  'caption',
  'captions',
  'dateline',
  'dek',
  'headline',
  'paragraphs',
  'publication',
  'quotes',
  'wireAgencies',
  'wireAgency'
]

const empty: NewsArticle = {
  headline: null,
  publication: null,
  dek: null,
  caption: null,
  captions: [],
  byline: null,
  wireAgency: null,
  wireAgencies: [],
  dateline: null,
  paragraphs: [],
  quotes: []
}

/** Pieces of real copy that trip parsers: datelines, bylines, credits, furniture, marks and breaks. */
const pieces = [
  '\n', '\n\n', '\r\n', '\r\n\r\n', '\r', '\t', '    ', '   ', '\u00a0', '\uFEFF', '\u2028', '\u200b', ' ',
  '"', '“', '”', "'", '‘', '’', '``', "''", '«', '»', '—', '–', '--', '-', '_', '―', '(', ')', '[', ']', ':', '/', '|',
  '.', ',', '?', '!', '…',
  'MOSCOW (AP) — ', 'TRENTON, N.J. (AP) - ', 'WASHINGTON, Sept 15 (Reuters) - ', '(Reuters) - ', 'Dec 29 (Reuters) - ',
  'BEIRUT/THE HAGUE, March 7 (Reuters) - ', 'New Delhi, Sep 15 (PTI) ', 'By K J M Varma Beijing, Aug 1 (PTI) ',
  'BEIJING, Aug. 7 (Xinhua) -- ', 'Moscow (AFP) – ', 'ETHETE, Wyo. _ ', 'UNDATED -- ', 'NEW DELHI: ', '(Eds: Updating) ',
  'MOSCOW, October 4. /TASS/. ', 'New Delhi [India], Sept 20 (ANI): ', 'Moscow, September 15', 'GAITHERSBURG, Md., FEb 26 - ',
  'By ', 'By Jane Doe', 'BY JOHN ROE, Associated Press', 'Byby ', 'by: ', '(by Li Wen)', 'By Associated Press',
  'AP', 'PTI', 'AP/PTI', '(AP Photo/Jane Doe)', 'Jane Doe/AP Photo', 'Photo: ', 'Getty Images', '(Reuters)',
  'Advertisement', 'Also read: ', '(With inputs from PTI)', ' — AFP', ' REUTER', '(Reporting by A; Editing by B)',
  'Share', 'Tweet', 'Email', 'Follow @someone', 'Copyright 2021 The Associated Press. All rights reserved.',
  ' : The Site', ' | Site News', ' - Site Times', 'POLITICS',
  'September 15, 2023', 'FEb 26', 'Narch 2', 'said.', 'he said on Friday.',
  'The minister said on Friday that the talks would continue next week in the capital.',
  '“We will not stop now,” she told reporters.'
]

/** Text made of the pieces above and random bits. */
const newsy = fc
  .array(fc.oneof({weight: 4, arbitrary: fc.constantFrom(...pieces)}, {weight: 1, arbitrary: fc.string({maxLength: 12})}), {maxLength: 60})
  .map((parts) => parts.join(''))

/** Lines of such text, joined by one kind of line break or another. */
const newsyLines = fc
  .tuple(fc.array(newsy, {maxLength: 12}), fc.constantFrom('\n', '\n\n', '\r\n', '\r\n\r\n', '\n \n', '\n\t'))
  .map(([parts, separator]) => parts.join(separator))

/** Any UTF-16 code unit, lone surrogates included. */
const codeUnits = fc.string({unit: fc.integer({min: 0, max: 0xffff}).map((code) => String.fromCharCode(code)), maxLength: 80})

const generators: Array<[string, fc.Arbitrary<string>]> = [
  ['ASCII strings', fc.string()],
  ['full-Unicode strings', fc.string({unit: 'binary'})],
  ['grapheme strings', fc.string({unit: 'grapheme'})],
  ['code units with lone surrogates', codeUnits],
  ['news-like text', newsy],
  ['news-like lines with LF, CRLF and blank lines', newsyLines]
]

/** Check the shape of an article and that its texts stand in `text`. */
function expectWholeArticle(article: NewsArticle, text: string): void {
  expect(Object.keys(article).sort()).toEqual(articleKeys)
  for (const key of ['captions', 'wireAgencies', 'paragraphs', 'quotes'] as const) {
    expect(Array.isArray(article[key]), key).toBe(true)
  }
  for (const key of ['headline', 'publication', 'dek', 'caption'] as const) {
    const value = article[key]
    expect(value === null || typeof value === 'string', key).toBe(true)
  }
  expect(article.wireAgency).toBe(article.wireAgencies[0] ?? null)

  const source = collapse(text)
  const stands = (value: string | null | undefined, what: string) => {
    if (value === null || value === undefined) return
    expect(value, `${what} is not empty`).not.toBe('')
    expect(source.includes(collapse(value)), `${what} ${JSON.stringify(value)} stands in the input`).toBe(true)
  }
  stands(article.headline, 'headline')
  stands(article.publication, 'publication')
  stands(article.dek, 'dek')
  stands(article.dateline?.text, 'dateline')
  article.paragraphs.forEach((paragraph, index) => stands(paragraph, `paragraph ${index}`))
  for (const caption of article.captions) {
    stands(caption.text, 'caption')
    stands(caption.credit, 'credit')
  }
}

describe.each(generators)('on %s', (_name, arbitrary) => {
  it('parseNewsArticle never throws and returns a whole article made of the input', () => {
    fc.assert(
      fc.property(arbitrary, (text) => {
        expectWholeArticle(parseNewsArticle(text), text)
      }),
      {numRuns: Number(process.env.FC_RUNS ?? 150)}
    )
  })

  it('parseArticleTree loses nothing', () => {
    fc.assert(
      fc.property(arbitrary, (text) => {
        expectLossless(parseArticleTree(text), text)
      }),
      {numRuns: Number(process.env.FC_RUNS ?? 150)}
    )
  })
})

describe('arguments', () => {
  it.each([
    ['a number', 42, /number/],
    ['null', null, /null/],
    ['undefined', undefined, /undefined/],
    ['an object', {text: 'MOSCOW (AP) — Hello.'}, /object/],
    ['an array', ['MOSCOW (AP) — Hello.'], /array/],
    ['a Buffer', Buffer.from('MOSCOW (AP) — Hello.'), /Buffer/]
  ])('rejects %s as text with a TypeError that names it', (_name, value, names) => {
    expect(() => parseNewsArticle(value as unknown as string)).toThrow(TypeError)
    expect(() => parseNewsArticle(value as unknown as string)).toThrow(names)
  })

  it.each([
    ['the empty string', ''],
    ['spaces', '   '],
    ['line breaks', '\n\n\r\n'],
    ['tabs and no-break spaces', '\t\u00a0\u2003 \t'],
    ['a byte-order mark', '\uFEFF\n']
  ])('returns an empty article for %s', (_name, text) => {
    expect(parseNewsArticle(text)).toEqual(empty)
  })

  it('returns an empty article from the processor for white space too', () => {
    expect(createNewsProcessor().processSync(' \n\n ').result).toEqual(empty)
  })

  it.each([
    ['plugins that are not a list', {plugins: 'x'}, /plugins/],
    ['agencies that are not a list', {agencies: 'AP'}, /agencies/],
    ['furniture that is not a list of RegExp', {furniture: ['Advertisement']}, /furniture/],
    ['options that are a string', 'x', /options/],
    ['options that are an array', [], /options/]
  ])('rejects %s with a TypeError that names them', (_name, options, names) => {
    const text = 'Title here\n\nMOSCOW (AP) — The minister said on Friday that the talks would continue.'
    expect(() => parseNewsArticle(text, options as unknown as Options)).toThrow(TypeError)
    expect(() => parseNewsArticle(text, options as unknown as Options)).toThrow(names)
    expect(() => createNewsProcessor(options as unknown as Options)).toThrow(TypeError)
  })

  it('rejects an agency entry without aliases with a TypeError that names the option', () => {
    const options = {agencies: [{code: 'BELTA', name: 'BelTA'}]} as unknown as Options
    expect(() => parseNewsArticle('MINSK (BelTA) - The talks went on.', options)).toThrow(TypeError)
    expect(() => parseNewsArticle('MINSK (BelTA) - The talks went on.', options)).toThrow(/agencies/)
  })

  it('changes neither the options nor what they hold', () => {
    const entry = Object.freeze({code: 'BELTA', name: 'Belarusian Telegraph Agency', aliases: Object.freeze(['BelTA'])})
    const options: Options = Object.freeze({
      agencies: Object.freeze([entry]),
      furniture: Object.freeze([/^Got a news tip\?/i]),
      referenceDate: '2023-09-01',
      plugins: Object.freeze([]) as unknown as Options['plugins']
    })
    const before = structuredClone(options)
    const text = 'Talks resume\n\nMINSK, Sept 3 (BelTA) - The talks resumed on Sunday after a week, officials said.\n\nGot a news tip? Write to us.\n'
    const first = parseNewsArticle(text, options)
    createNewsProcessor(options).processSync(text)
    const second = parseNewsArticle(text, options)
    expect(options).toEqual(before)
    expect(second).toEqual(first)
  })

  it('hands back a new article each time, so changing one does not change the next', () => {
    const text = 'Title here\n\nMOSCOW (AP) — The minister said on Friday that the talks would continue next week.\n'
    const first = parseNewsArticle(text)
    first.paragraphs.push('changed')
    first.wireAgencies.length = 0
    first.headline = 'changed'
    const second = parseNewsArticle(text)
    expect(second.paragraphs).toEqual(['The minister said on Friday that the talks would continue next week.'])
    expect(second.wireAgencies.map((agency) => agency.code)).toEqual(['AP'])
    expect(second.headline).toBe('Title here')
  })
})
