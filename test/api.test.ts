/**
 * The public API: what the package exports, the preset and its order, and
 * the processor giving the same article as `parseNewsArticle`, sync or async.
 */

import {existsSync, readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {unified} from 'unified'
import {describe, expect, it} from 'vitest'
import {
  createNewsProcessor,
  newsAgency,
  newsArticle,
  newsArticleList,
  newsArticlePlugins,
  newsByline,
  newsCaption,
  newsCompile,
  newsDateline,
  newsDek,
  newsFurniture,
  newsHeadline,
  newsParagraphs,
  newsParse,
  newsQuotes,
  newsAttribution,
  newsScareQuotes,
  parseNewsArticle,
  type NewsArticle
} from '../src/index.js'

const seed = readFileSync(new URL('../seeds/000_789fe9b915e96494.txt', import.meta.url), 'utf8')
const fixture = readFileSync(new URL('../fixtures/reuters-2017/input.txt', import.meta.url), 'utf8')

const publicNames = [
  'agencies',
  'agencyMatcher',
  'articleOf',
  'blockData',
  'blocksOf',
  'claim',
  'createNewsProcessor',
  'isFree',
  'lineOf',
  'newsAgency',
  'newsArticle',
  'newsArticleList',
  'newsArticlePlugins',
  'newsAttribution',
  'newsByline',
  'newsCaption',
  'newsCompile',
  'newsDateline',
  'newsDek',
  'newsFurniture',
  'newsHeadline',
  'newsParagraphs',
  'newsParse',
  'newsQuotes',
  'newsScareQuotes',
  'parseArticleTree',
  'parseNewsArticle',
  'roleOf'
]

const presetOrder = [
  newsFurniture,
  newsHeadline,
  newsByline,
  newsCaption,
  newsDateline,
  newsAgency,
  newsDek,
  newsParagraphs,
  newsQuotes,
  newsAttribution,
  newsScareQuotes
]

describe('exports', () => {
  it('exposes the public API and nothing else', async () => {
    expect(Object.keys(await import('../src/index.js')).sort()).toEqual(publicNames)
  })

  const dist = fileURLToPath(new URL('../dist/index.js', import.meta.url))
  it.skipIf(!existsSync(dist))('ships the same API in the build (dist/index.js)', async () => {
    const built = (await import(dist)) as Record<string, unknown>
    expect(Object.keys(built).sort()).toEqual(publicNames)
    expect((built.parseNewsArticle as typeof parseNewsArticle)(seed)).toEqual(parseNewsArticle(seed))
  })
})

describe('the preset', () => {
  it('lists the plugins in the order they run', () => {
    expect([...newsArticlePlugins]).toEqual(presetOrder)
  })

  it('carries the same plugins, in the same order, in newsArticle', () => {
    const plugins = (newsArticle.plugins ?? []).map((entry) => (Array.isArray(entry) ? entry[0] : entry))
    expect(plugins).toEqual(presetOrder)
  })

  it('attaches the options to every plugin in newsArticleList, without options.plugins', () => {
    const extra = () => {}
    const list = newsArticleList({referenceDate: '2020-01-01', plugins: [extra]})
    expect(list.map((entry) => (Array.isArray(entry) ? entry[0] : entry))).toEqual(presetOrder)
    for (const entry of list) {
      expect(Array.isArray(entry)).toBe(true)
      const options = (entry as unknown[])[1] as Record<string, unknown>
      expect(options.referenceDate).toBe('2020-01-01')
      expect(options).not.toHaveProperty('plugins')
    }
  })

  it('works as a unified preset between the parser and the compiler', () => {
    const processor = unified().use(newsParse).use(newsArticle).use(newsCompile)
    expect(processor.processSync(seed).result).toEqual(parseNewsArticle(seed))
  })
})

describe('the processor', () => {
  it.each([
    ['the seed', seed],
    ['a Reuters fixture', fixture]
  ])('gives the same article as parseNewsArticle with processSync, for %s', (_name, text) => {
    const result: NewsArticle = createNewsProcessor().processSync(text).result
    expect(result).toEqual(parseNewsArticle(text))
  })

  it.each([
    ['the seed', seed],
    ['a Reuters fixture', fixture]
  ])('gives the same article as parseNewsArticle with async process, for %s', async (_name, text) => {
    const file = await createNewsProcessor().process(text)
    expect(file.result).toEqual(parseNewsArticle(text))
  })

  it('passes its options on to the plugins', () => {
    const text = 'Talks resume\n\nWASHINGTON, Sept 15 (Reuters) - The talks resumed on Friday after a week, officials said.\n'
    const options = {referenceDate: '2017-09-20'}
    expect(createNewsProcessor(options).processSync(text).result.dateline?.isoDate).toBe('2017-09-15')
    expect(parseNewsArticle(text, options).dateline?.isoDate).toBe('2017-09-15')
    expect(parseNewsArticle(text).dateline?.isoDate).toBeNull()
  })

  it('gives the same article for the same text, call after call', () => {
    const first = parseNewsArticle(seed)
    expect(parseNewsArticle(fixture)).not.toEqual(first)
    expect(parseNewsArticle(seed)).toEqual(first)
  })

  it('gives results that depend on each call’s options, not on options seen before', () => {
    const text = 'Talks resume\n\nTOKYO, Dec 29 (Reuters) - The talks resumed on Friday after a week, officials said.\n'
    expect(parseNewsArticle(text, {referenceDate: '2024-01-02'}).dateline?.isoDate).toBe('2023-12-29')
    expect(parseNewsArticle(text, {referenceDate: '2019-12-30'}).dateline?.isoDate).toBe('2019-12-29')
    expect(parseNewsArticle(text).dateline?.isoDate).toBeNull()
  })
})
