/**
 * Extending the parser, as `docs/extending.md` shows it: a plugin of one's
 * own that adds a field (with its type), a plugin that replaces one of the
 * preset's, and the `agencies` and `furniture` options.
 */

import type {Root} from 'nlcst'
import {unified} from 'unified'
import type {VFile} from 'vfile'
import {location} from 'vfile-location'
import {describe, expect, expectTypeOf, it} from 'vitest'
import {
  articleOf,
  blockData,
  blocksOf,
  createNewsProcessor,
  isFree,
  newsArticlePlugins,
  newsCompile,
  newsDateline,
  newsParse,
  parseNewsArticle,
  type NewsArticle,
  type Options
} from '../src/index.js'
import {codes} from './helpers.js'

// A user's package would write `declare module 'news-article-parser'`; the
// tests augment the module that declares the types.
declare module '../src/types.js' {
  interface NewsArticle {
    /** Keywords of the story (added by `newsTags`). */
    tags?: string[]
  }
}

declare module 'vfile' {
  interface DataMap {
    /** The same keywords, on the file. */
    newsTags: string[]
  }
}

interface TagOptions {
  /** Keywords to look for in the body, lower case. */
  keywords: ReadonlyArray<string>
}

/** A plugin of one's own: tag the article with the keywords its body uses, and the place it was filed from. */
function newsTags(options: Readonly<TagOptions>) {
  const patterns = options.keywords.map((keyword) => ({keyword, pattern: new RegExp(`\\b${keyword}`, 'i')}))

  return function (_tree: Root, file: VFile): undefined {
    const article = articleOf(file)
    const body = article.paragraphs.join('\n')
    const tags = patterns.filter(({pattern}) => pattern.test(body)).map(({keyword}) => keyword)
    if (article.dateline) tags.push(...article.dateline.locations.map((place) => place.toLowerCase()))
    article.tags = tags
    file.data.newsTags = tags
  }
}

const story = [
  'Harbour authority approves dredging of main channel',
  'HAMBURG (dpa) - The harbour authority on Wednesday approved a plan to dredge the main shipping channel so that larger container ships can reach the port at low tide.',
  'Fishermen said they were worried about the effect of the work on fish stocks and asked for an independent study.'
].join('\n\n')

describe('a plugin that adds a field', () => {
  const options: Options = {plugins: [[newsTags, {keywords: ['dredg', 'fish', 'airport']}]]}

  it('runs after the preset through parseNewsArticle, and its field is typed', () => {
    const article = parseNewsArticle(story, options)
    expectTypeOf(article.tags).toEqualTypeOf<string[] | undefined>()
    expect(article.tags).toEqual(['dredg', 'fish', 'hamburg'])
    expect(article.paragraphs).toHaveLength(2)
  })

  it('runs through createNewsProcessor, with its data typed on the file', () => {
    const file = createNewsProcessor(options).processSync(story)
    expectTypeOf(file.data.newsTags).toEqualTypeOf<string[] | undefined>()
    expectTypeOf(file.result).toEqualTypeOf<NewsArticle>()
    expect(file.data.newsTags).toEqual(['dredg', 'fish', 'hamburg'])
    expect(file.result.tags).toEqual(['dredg', 'fish', 'hamburg'])
  })

  it('leaves the field out when the plugin is not used', () => {
    expect(parseNewsArticle(story).tags).toBeUndefined()
  })
})

/** A dateline plugin for a house style the preset does not know: `+++ Hamburg, 3 March +++ The …`. */
function houseDateline() {
  const opening = /^\+\+\+\s*([^,+]+?),\s*([^+]+?)\s*\+\+\+\s*/u

  return function (tree: Root, file: VFile): undefined {
    const value = String(file.value)
    const place = location(file)
    for (const node of blocksOf(tree)) {
      if (!isFree(node)) continue
      const start = node.position?.start.offset ?? 0
      const match = opening.exec(value.slice(start, node.position?.end.offset))
      if (!match) continue
      const text = match[0].trim()
      articleOf(file).dateline = {
        text,
        location: match[1],
        locations: [match[1]],
        region: null,
        date: match[2],
        isoDate: null,
        agency: null,
        position: {start: place.toPoint(start)!, end: place.toPoint(start + text.length)!}
      }
      // The story starts after the dateline: the paragraphs plugin cuts it there.
      blockData(node).bodyStart = start + match[0].length
      return
    }
  }
}

describe('a plugin that replaces one of the preset', () => {
  const house = [
    'Harbour authority approves dredging of main channel',
    '+++ Hamburg, 3 March +++ The harbour authority on Wednesday approved a plan to dredge the main shipping channel.',
    'Fishermen said they were worried about the effect of the work on fish stocks and asked for an independent study.'
  ].join('\n\n')

  it('is not needed for the styles the preset knows, and the preset does not know this one', () => {
    expect(parseNewsArticle(house).dateline).toBeNull()
  })

  it('takes the place of newsDateline in a processor built from newsArticlePlugins', () => {
    const list = newsArticlePlugins.map((plugin) => (plugin === newsDateline ? houseDateline : plugin))
    const processor = unified().use(newsParse).use(list).use(newsCompile)
    const article = processor.processSync(house).result
    expectTypeOf(article).toEqualTypeOf<NewsArticle>()
    expect(article.dateline).toMatchObject({text: '+++ Hamburg, 3 March +++', location: 'Hamburg', date: '3 March'})
    expect(article.headline).toBe('Harbour authority approves dredging of main channel')
    expect(article.paragraphs).toEqual([
      'The harbour authority on Wednesday approved a plan to dredge the main shipping channel.',
      'Fishermen said they were worried about the effect of the work on fish stocks and asked for an independent study.'
    ])
    const {start, end} = article.dateline!.position
    expect(house.slice(start.offset, end.offset)).toBe('+++ Hamburg, 3 March +++')
  })
})

describe('options', () => {
  const belta = {code: 'BELTA', name: 'Belarusian Telegraph Agency', aliases: ['BelTA']}
  const minsk = [
    'Belarus and Kazakhstan agree on grain transit',
    'MINSK, Sept 3 (BelTA) - Belarus and Kazakhstan agreed on Friday to extend a grain transit deal for three more years, the agriculture ministry said.',
    'The deal covers about two million tonnes of grain a year, officials said.'
  ].join('\n\n')

  it('agencies: recognises a new agency in a dateline', () => {
    const article = parseNewsArticle(minsk, {agencies: [belta]})
    expect(article.dateline).toMatchObject({text: 'MINSK, Sept 3 (BelTA)', location: 'MINSK', date: 'Sept 3'})
    expect(article.dateline?.agency?.code).toBe('BELTA')
    expect(codes(article)).toEqual(['BELTA'])
    expect(codes(parseNewsArticle(minsk))).toEqual([])
  })

  it('agencies: recognises a new agency in a trailer, beside the built-in ones', () => {
    const text = [
      'Belarus and Kazakhstan agree on grain transit',
      'MINSK (AP) — Belarus and Kazakhstan agreed on Friday to extend a grain transit deal for three more years, the ministry said.',
      'The deal covers about two million tonnes of grain a year, officials said.',
      '(With inputs from BelTA)'
    ].join('\n\n')
    const article = parseNewsArticle(text, {agencies: [belta]})
    expect(codes(article)).toEqual(['AP', 'BELTA'])
    expect(article.paragraphs).toHaveLength(2)
  })

  it('furniture: a pattern of one’s own removes a line from the body', () => {
    const text = story + '\n\nGot a news tip? Write to tips@harbourpost.example.\n'
    expect(parseNewsArticle(text).paragraphs).toContain('Got a news tip? Write to tips@harbourpost.example.')
    expect(parseNewsArticle(text, {furniture: [/^Got a news tip\?/i]}).paragraphs).toEqual(parseNewsArticle(story).paragraphs)
  })
})
