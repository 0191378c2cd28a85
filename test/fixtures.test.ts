/**
 * The fixture articles: `fixtures/<case>/input.txt` is an invented article in
 * one real style of copy, `expected.json` what a careful editor says the
 * parser should return for it, in the gold format of the corpus guidelines
 * (every key optional; a key present is asserted, `null` and `[]` included).
 */

import {readFileSync, readdirSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {parseArticleTree, parseNewsArticle, type NewsArticle} from '../src/index.js'
import {authors, captions, codes, collapse, expectLossless, expectTraceable, paragraphs} from './helpers.js'

interface Expected {
  headline?: string | null
  publication?: string | null
  dek?: string | null
  captions?: Array<{text: string; credit: string | null}>
  byline?: string[]
  wireAgencies?: string[]
  dateline?: {
    text: string
    location: string | null
    locations?: string[]
    region?: string | null
    date: string | null
    isoDate?: string | null
  } | null
  paragraphs?: string[]
  notes?: string
}

const root = new URL('../fixtures/', import.meta.url)
const cases = readdirSync(root, {withFileTypes: true})
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort()

function load(name: string): {input: string; expected: Expected} {
  const input = readFileSync(new URL(`${name}/input.txt`, root), 'utf8')
  const expected = JSON.parse(readFileSync(new URL(`${name}/expected.json`, root), 'utf8')) as Expected
  return {input, expected}
}

/** The dateline projected onto the keys the fixture asserts. */
function datelineView(article: NewsArticle, wanted: NonNullable<Expected['dateline']>): Record<string, unknown> | null {
  const dateline = article.dateline
  if (!dateline) return null
  const view: Record<string, unknown> = {}
  for (const key of Object.keys(wanted)) view[key] = dateline[key as keyof typeof dateline]
  return view
}

it('has the fixture set', () => {
  expect(cases.length).toBeGreaterThanOrEqual(14)
})

describe.each(cases)('fixture %s', (name) => {
  const {input, expected} = load(name)

  it('returns the fields an editor expects', () => {
    const article = parseNewsArticle(input)
    if ('headline' in expected) expect.soft(article.headline, 'headline').toBe(expected.headline)
    if ('publication' in expected) expect.soft(article.publication, 'publication').toBe(expected.publication)
    if ('dek' in expected) expect.soft(article.dek, 'dek').toBe(expected.dek)
    if (expected.captions) {
      expect.soft(captions(article), 'captions').toEqual(expected.captions)
      expect.soft(article.caption, 'caption').toBe(expected.captions[0]?.text ?? null)
    }
    if (expected.byline) expect.soft(authors(article), 'byline').toEqual(expected.byline)
    if (expected.wireAgencies) {
      expect.soft(codes(article), 'wireAgencies').toEqual(expected.wireAgencies)
      expect.soft(article.wireAgency?.code ?? null, 'wireAgency').toBe(expected.wireAgencies[0] ?? null)
    }
    if (expected.dateline === null) expect.soft(article.dateline, 'dateline').toBeNull()
    else if (expected.dateline) expect.soft(datelineView(article, expected.dateline), 'dateline').toEqual(expected.dateline)
    if (expected.paragraphs) expect.soft(paragraphs(article), 'paragraphs').toEqual(expected.paragraphs.map(collapse))
  })

  it('parses into a tree that loses nothing', () => {
    expectLossless(parseArticleTree(input), input)
  })

  it('returns positions that lead back to the input', () => {
    expectTraceable(parseNewsArticle(input), input)
  })
})

describe('fixture files', () => {
  it('keep CRLF line endings in the CRLF case', () => {
    const {input} = load('crlf')
    expect(input).toContain('\r\n')
    expect(input.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/)
  })

  it('give the CRLF case the same text as the single-newline case', () => {
    expect(load('crlf').input.replace(/\r\n/g, '\n')).toBe(load('single-newline').input)
  })
})
