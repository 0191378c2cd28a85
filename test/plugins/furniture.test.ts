/**
 * newsFurniture: the lines a page or a feed wraps around a story are not
 * paragraphs of it; sentences that merely start with the same words are.
 */

import {describe, expect, it} from 'vitest'
import {parseNewsArticle} from '../../src/index.js'
import {lines} from '../helpers.js'

const headline = 'Council approves new cycle lanes on three main roads'
const body = [
  'The city council on Tuesday approved plans for protected cycle lanes on three of the busiest roads into the centre, after a year of consultation.',
  'Work on the first lane, along Harbour Road, will start in March and take about six months, the council’s transport committee said.',
  'Shop owners on Harbour Road said they feared losing parking spaces, but the council said most of them would be moved to side streets.'
]

/** The article with `furniture` lines between the first and second paragraphs. */
function between(...furniture: string[]) {
  return parseNewsArticle(lines(headline, body[0], ...furniture, body[1], body[2]))
}

describe('newsFurniture: lines that are not the story', () => {
  it.each([
    ['Advertisement', ['Advertisement']],
    ['ADVERTISEMENT in capitals', ['ADVERTISEMENT']],
    ['Story continues below advertisement', ['Story continues below advertisement']],
    ['Continue reading the main story', ['Continue reading the main story']],
    ['an "Also read:" link', ['Also read: Bus fares to rise by 5 per cent from April']],
    ['an "ALSO READ |" link', ['ALSO READ | Bus fares to rise by 5 per cent from April']],
    ['a "Read more:" link', ['Read more: How other cities built their cycle networks']],
    ['share buttons, one a line', ['Share', 'Tweet', 'Email']],
    ['share buttons on one line', ['Facebook Twitter WhatsApp Email']],
    ['a share prompt', ['Share this article']],
    ['a Reuters reporting credit', ['(Reporting by Caleb Northway; Editing by Priya Sandhu)']],
    ['a reporting credit without parentheses', ['Reporting by Caleb Northway in Leeds; Editing by Priya Sandhu']],
    ['a contributor line', ['Associated Press writer Olga Brenner in Leeds contributed to this report.']],
    ["an editor's note", ["Editor's note: This story has been updated to correct the length of the Harbour Road lane."]],
    ['a correction', ['Correction: An earlier version of this story misstated the date of the council vote.']],
    ['a correction under its label', ['Corrections', 'A previous version of this story said the lane would open in May. In fact, it opens in June.']],
    ['a corrected-story note', ['This story has been corrected to show that the vote took place on Tuesday, not Monday.']],
    ['a copyright line', ['© 2023 The Valley Courier. All rights reserved.']],
    ['a "Follow @" line', ['Follow @HelenaBrandt on X']],
    ['a "Follow NAME on Twitter" line', ['Follow Helena Brandt on Twitter at https://twitter.com/hbrandt']],
    ['a reading-time label', ['5 min read']],
    ['a rule', ['___']],
    ['a newsletter prompt', ['Sign up for our daily newsletter']],
    ['a tag list', ['Tags: cycling, transport, city council']],
    ['the Reuters standards line', ['Our Standards: The Thomson Reuters Trust Principles.']],
    ['a link list under its header', ['Related Coverage', 'Bus fares to rise by 5 per cent from April', 'Harbour Road bridge to close for repairs']],
    ['a media label', ['Riding the new Harbour Road lane – video']],
    ['a gallery label', ['Cycle lanes around the world — in pictures']],
    ['a menu', ['Transport | Council | Opinion | Sport | Weather']]
  ])('leaves out %s', (_name, furniture) => {
    expect(between(...furniture).paragraphs).toEqual(body)
  })

  it('leaves out furniture after the last paragraph', () => {
    const article = parseNewsArticle(lines(headline, ...body, '(Reporting by Caleb Northway; Editing by Priya Sandhu)', 'Share', 'Tweet', 'Email'))
    expect(article.paragraphs).toEqual(body)
  })

  it('leaves out furniture between the headline and the story', () => {
    const article = parseNewsArticle(lines(headline, 'Share', 'Tweet', 'Email', 'Advertisement', ...body))
    expect(article.headline).toBe(headline)
    expect(article.dek).toBeNull()
    expect(article.paragraphs).toEqual(body)
  })

  it('keeps the story after a link list', () => {
    const article = parseNewsArticle(lines(headline, body[0], 'Also read', 'Bus fares to rise', 'Bridge to close', body[1], body[2]))
    expect(article.paragraphs).toEqual(body)
  })
})

describe('newsFurniture: sentences that are the story', () => {
  it.each([
    ['Share prices', 'Share prices of the bus company rose 5 percent on Monday after the plan was announced.'],
    ['Advertisement revenue', 'Advertisement revenue at the council’s bus shelters fell by a third last year, officials said.'],
    ['Correction officers', 'Correction officers at the city jail will get secure bicycle parking under the plan.'],
    ['Copyright lawyers', 'Copyright lawyers said the design of the new lanes could not be protected.'],
    ['Updated figures', 'Updated figures released on Monday showed cycling to work had doubled since 2019.'],
    ['Follow-up', 'Follow-up surveys will be carried out a year after each lane opens, the council said.'],
    ['Email', 'Email messages released by the council showed officials had considered a fourth road.'],
    ['Related', 'Related plans for a bridge over the river were dropped last year because of the cost.'],
    ['Watch', 'Watch groups of residents have been counting cyclists on Harbour Road every morning.']
  ])('keeps a paragraph starting with "%s"', (_name, sentence) => {
    expect(between(sentence).paragraphs).toEqual([body[0], sentence, body[1], body[2]])
  })

  it('keeps a sentence that ends with a media word', () => {
    const sentence = 'Cyclists said the lanes were the safest they had ridden – and the quietest place to live.'
    expect(between(sentence).paragraphs).toEqual([body[0], sentence, body[1], body[2]])
  })

  it('keeps a quotation that mentions sharing', () => {
    const quote = '“Share the road, that is all we ask,” said Dana Whitlock of the city cycling club.'
    expect(between(quote).paragraphs).toEqual([body[0], quote, body[1], body[2]])
  })
})
