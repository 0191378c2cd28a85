/**
 * newsHeadline: the title line, and the site name split off it.
 */

import {describe, expect, it} from 'vitest'
import {parseNewsArticle} from '../../src/index.js'
import {lines} from '../helpers.js'

const body = [
  'The regional council voted on Thursday to close the mountain road for the rest of the week after a second landslide.',
  'Engineers said the slope above the road was still moving and that it would be inspected again on Monday morning.'
]

function title(text: string) {
  const article = parseNewsArticle(text)
  return {headline: article.headline, publication: article.publication}
}

describe('newsHeadline: site names', () => {
  it.each([
    [' : Site', 'Landslide closes mountain road for a week : The Valley Courier', 'Landslide closes mountain road for a week', 'The Valley Courier'],
    [' | Site', 'Landslide closes mountain road for a week | Harbour Times', 'Landslide closes mountain road for a week', 'Harbour Times'],
    [' - Site', 'Landslide closes mountain road for a week - Coastal Herald', 'Landslide closes mountain road for a week', 'Coastal Herald'],
    [' | domain', 'Landslide closes mountain road for a week | valleynews.co.uk', 'Landslide closes mountain road for a week', 'valleynews.co.uk'],
    [
      'Title - section - Site',
      'Landslide closes mountain road for a week - india news - Metro Chronicle',
      'Landslide closes mountain road for a week',
      'Metro Chronicle'
    ],
    [
      'an inner " - " and a glued "- Site"',
      'Marta Kowalczyk - the last weaver of Zakopane- Riverside Times',
      'Marta Kowalczyk - the last weaver of Zakopane',
      'Riverside Times'
    ]
  ])('splits off %s', (_name, line, headline, publication) => {
    expect(title(lines(line, ...body))).toEqual({headline, publication})
  })

  it.each([
    ['an inner " - " before a phrase', 'Marta Kowalczyk - the last weaver of Zakopane'],
    ['an inner " - " before a capitalised phrase', 'Road closed for a week - What drivers need to know'],
    ['a colon glued to the word before it', 'Landslide: mountain road closed for a week'],
    ['a quotation after a colon', 'Mayor on road closure: “We had no choice”'],
    ['a hyphenated word', 'Landslide-hit villages cut off for a week']
  ])('keeps %s in the headline', (_name, line) => {
    expect(title(lines(line, ...body))).toEqual({headline: line, publication: null})
  })
})

describe('newsHeadline: which line', () => {
  it('skips a kicker in capitals above the title', () => {
    expect(title(lines('POLITICS', 'Governor vetoes bill on school start times', ...body)).headline).toBe(
      'Governor vetoes bill on school start times'
    )
  })

  it('skips a section label above the title', () => {
    expect(title(lines('Tech News', 'Phone maker recalls batteries after fires in three homes', ...body)).headline).toBe(
      'Phone maker recalls batteries after fires in three homes'
    )
  })

  it('skips a kicker and a timestamp above the title', () => {
    const text = lines('Business', 'Updated: March 3, 2021 10:15 am', 'Phone maker recalls batteries after fires in three homes', ...body)
    expect(title(text).headline).toBe('Phone maker recalls batteries after fires in three homes')
  })

  it('skips share buttons above the title', () => {
    expect(title(lines('Share', 'Tweet', 'Email', 'Phone maker recalls batteries after fires', ...body)).headline).toBe(
      'Phone maker recalls batteries after fires'
    )
  })

  it('reads the title after a byte-order mark and leading spaces', () => {
    expect(title('\uFEFF   Phone maker recalls batteries after fires\n\n' + body.join('\n\n')).headline).toBe(
      'Phone maker recalls batteries after fires'
    )
  })

  it('takes a title printed twice once, and keeps it out of the body', () => {
    const article = parseNewsArticle(lines('Phone maker recalls batteries after fires', 'Phone maker recalls batteries after fires', ...body))
    expect(article.headline).toBe('Phone maker recalls batteries after fires')
    expect(article.paragraphs).toEqual(body)
  })

  it('gives null when the text starts with the story', () => {
    const article = parseNewsArticle(lines('MOSCOW (AP) — ' + body[0], body[1]))
    expect(article.headline).toBeNull()
    expect(article.publication).toBeNull()
    expect(article.paragraphs).toEqual(body)
  })

  it('gives null when the text starts with a Reuters credit and no place', () => {
    const article = parseNewsArticle(lines('(Reuters) - ' + body[0], body[1]))
    expect(article.headline).toBeNull()
    expect(article.paragraphs).toEqual(body)
  })

  it('does not take a byline for the title', () => {
    expect(title(lines('By Helena Brandt', 'Phone maker recalls batteries after fires', ...body)).headline).toBe(
      'Phone maker recalls batteries after fires'
    )
  })

  it('keeps an ALL-CAPS wire title as printed', () => {
    expect(title(lines('PINECREST ENERGY SEES LOWER FIRST QUARTER NET', ...body)).headline).toBe('PINECREST ENERGY SEES LOWER FIRST QUARTER NET')
  })
})
