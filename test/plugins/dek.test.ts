/**
 * newsDek: the standfirst between the headline and the story, and never the
 * story's first paragraph.
 */

import {describe, expect, it} from 'vitest'
import {parseNewsArticle} from '../../src/index.js'
import {lines} from '../helpers.js'

const headline = 'Ferry service to islands cut to three days a week'
const dek = 'Islanders say the cuts will make it harder to reach the hospital on the mainland'
const body = [
  'The regional ferry company will cut its winter service to the outer islands to three days a week from November, it said on Monday.',
  'The company said the number of passengers had fallen by a third since 2019 and that it could no longer run daily crossings at a loss.',
  'Councillors on the largest island said they would ask the regional government to pay for at least one more crossing a week.'
]

describe('newsDek', () => {
  it('reads the line between headline and story', () => {
    const article = parseNewsArticle(lines(headline, dek, ...body))
    expect(article.dek).toBe(dek)
    expect(article.paragraphs).toEqual(body)
  })

  it('reads the dek above a byline and a timestamp', () => {
    const article = parseNewsArticle(lines(headline, dek, 'By Helena Brandt', 'Published March 3, 2021', ...body))
    expect(article.dek).toBe(dek)
    expect(article.paragraphs).toEqual(body)
  })

  it('reads the dek below a byline', () => {
    const article = parseNewsArticle(lines(headline, 'By Helena Brandt', dek, ...body))
    expect(article.dek).toBe(dek)
    expect(article.paragraphs).toEqual(body)
  })

  it('reads the dek above a caption, an agency line and a dateline line, as the seed has them', () => {
    const caption = 'A ferry leaves the harbour at Kirkwall, Scotland, Monday, October 2, 2023. AP/PTI'
    const article = parseNewsArticle(lines(headline, dek, caption, 'AP', 'Kirkwall, October 2', ...body))
    expect(article.dek).toBe(dek)
    expect(article.paragraphs).toEqual(body)
  })

  it.each([
    [
      'spells out an acronym it used',
      'The RFC says winter crossings have run at a loss since 2019 and can no longer be paid for.',
      'The Regional Ferry Company (RFC) will cut its winter service to the outer islands to three days a week from November, it said on Monday.'
    ],
    [
      'names in full whom it named short',
      'Transport Minister Dunbar says winter crossings have run at a loss since 2019 and can no longer be paid for.',
      'Scotland’s Transport Minister Ailsa Dunbar said on Monday that the regional ferry company would cut its winter service to three days a week.'
    ]
  ])('reads a summary as the dek when the story then %s', (_, summary, lead) => {
    const story = [lead, ...body.slice(1)]
    const article = parseNewsArticle(lines(headline, summary, ...story))
    expect(article.dek).toBe(summary)
    expect(article.paragraphs).toEqual(story)
  })

  it('keeps a first paragraph that the next one does not restate', () => {
    const article = parseNewsArticle(lines(headline, ...body))
    expect(article.dek).toBe(null)
    expect(article.paragraphs).toEqual(body)
  })

  it('reads the dek when the story has one paragraph', () => {
    const article = parseNewsArticle(lines(headline, dek, body[0]))
    expect(article.dek).toBe(dek)
    expect(article.paragraphs).toEqual([body[0]])
  })

  it('reads the dek above share buttons and a timestamp', () => {
    const article = parseNewsArticle(lines(headline, dek, 'Share', 'Tweet', 'Updated: Oct 2, 2023, 09:12 IST', ...body))
    expect(article.dek).toBe(dek)
    expect(article.paragraphs).toEqual(body)
  })

  it('reads a dek that ends with a full stop', () => {
    const sentence = 'Islanders say the cuts will make it harder to reach the hospital on the mainland.'
    const article = parseNewsArticle(lines(headline, sentence, 'By Helena Brandt', ...body))
    expect(article.dek).toBe(sentence)
    expect(article.paragraphs).toEqual(body)
  })

  it('is null when the story follows the headline, even when its first paragraph is one short sentence', () => {
    const first = 'Ferries to the outer islands will sail three days a week from November.'
    const article = parseNewsArticle(lines(headline, first, ...body))
    expect(article.dek).toBeNull()
    expect(article.paragraphs).toEqual([first, ...body])
  })

  it('is null when a dateline opens the paragraph after the headline', () => {
    const first = 'KIRKWALL, Scotland (AP) — ' + body[0]
    const article = parseNewsArticle(lines(headline, first, ...body.slice(1)))
    expect(article.dek).toBeNull()
    expect(article.paragraphs).toEqual(body)
  })

  it('is null when a byline stands between headline and story', () => {
    const article = parseNewsArticle(lines(headline, 'By Helena Brandt', ...body))
    expect(article.dek).toBeNull()
    expect(article.paragraphs).toEqual(body)
  })

  it('does not take a caption for the dek', () => {
    const caption = 'A ferry leaves the harbour at Kirkwall, Scotland, on Monday. (AP Photo/Irina Lodz)'
    const article = parseNewsArticle(lines(headline, caption, ...body))
    expect(article.dek).toBeNull()
  })

  it('does not take a line of names for the dek', () => {
    const article = parseNewsArticle(lines(headline, 'Helena Brandt and Simon Okafor', ...body))
    expect(article.dek).toBeNull()
    expect(article.paragraphs).toEqual(body)
  })

  it('is null when there is no headline', () => {
    const article = parseNewsArticle(lines('KIRKWALL, Scotland (AP) — ' + body[0], ...body.slice(1)))
    expect(article.dek).toBeNull()
  })
})
