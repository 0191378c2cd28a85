/**
 * newsCaption: photo and video captions with their credits, wherever they
 * stand; the agencies of a photo credit are the caption's, not the story's.
 */

import {describe, expect, it} from 'vitest'
import {parseNewsArticle} from '../../src/index.js'
import {captions, codes, expectTraceable, lines} from '../helpers.js'

const headline = 'Wildfire forces evacuation of hillside villages near Marseille'
const body = [
  'Firefighters evacuated about 1,200 people from villages in the hills north of Marseille on Tuesday as a wildfire driven by strong winds spread towards houses.',
  'The regional fire service said 600 firefighters and eight water-bombing planes were fighting the blaze, which had burned about 900 hectares by the evening.'
]
const text = 'Firefighters battle a blaze in the hills above Marseille, France, Tuesday, July 18, 2023.'

describe('newsCaption: credits', () => {
  it.each([
    ['a bare credit naming two agencies', `${text} AP/PTI`, 'AP/PTI'],
    ['an AP credit in parentheses', `${text} (AP Photo/Irina Lodz)`, 'AP Photo/Irina Lodz'],
    ['a photographer and agency glued after the text', `${text} REUTERS/Anna Petrova`, 'REUTERS/Anna Petrova'],
    ['Getty Images', `${text} Getty Images`, 'Getty Images'],
    ['a labelled credit in parentheses', `${text} (Credits: PTI)`, 'PTI'],
    ['a source credit via an agency', `${text} (Marseille Fire Service via AP)`, 'Marseille Fire Service via AP'],
    ['a reader’s picture', `${text} (Submitted by Paul Girard)`, 'Submitted by Paul Girard'],
    ['a credit label glued to the text and the name', `${text}CreditNora Whitfield for The Marseille Gazette`, 'Nora Whitfield for The Marseille Gazette'],
    ['a doubled credit label with dots', `${text}CreditCredit...Nora Whitfield/Marseille Gazette`, 'Nora Whitfield/Marseille Gazette']
  ])('reads %s', (_name, line, credit) => {
    const input = lines(headline, line, ...body)
    const article = parseNewsArticle(input)
    expect(captions(article)).toEqual([{text, credit}])
    expect(article.caption).toBe(text)
    expect(article.paragraphs).toEqual(body)
    expectTraceable(article, input)
  })

  it('reads a labelled credit glued to a caption with no full stop, naming a paper', () => {
    const caption = 'Firefighters battle a blaze in the hills above Marseille on the day the wind turned'
    const article = parseNewsArticle(lines(headline, `${caption} Credit: MARSEILLE GAZETTE`, ...body))
    expect(captions(article)).toEqual([{text: caption, credit: 'MARSEILLE GAZETTE'}])
    expect(article.dek).toBeNull()
  })

  it('does not read a name with `Credit` in it as a credit', () => {
    const paragraph = 'The minister said the aid would go “to the Regional Farm Credit Board.”'
    const article = parseNewsArticle(lines(headline, ...body, paragraph))
    expect(captions(article)).toEqual([])
    expect(article.paragraphs).toEqual([...body, paragraph])
  })

  it('reads a caption with no full stop and an agency in parentheses', () => {
    const article = parseNewsArticle(lines(headline, 'Firefighters battle a blaze in the hills above Marseille (Reuters)', ...body))
    expect(captions(article)).toEqual([{text: 'Firefighters battle a blaze in the hills above Marseille', credit: 'Reuters'}])
    expect(codes(article)).toEqual([])
  })

  it.each([
    ['a photographer and outlet', 'Nora Whitfield/AP Photo', 'Nora Whitfield/AP Photo'],
    ['a "Photo:" label', 'Photo: Kiran Bose, AP', 'Kiran Bose, AP'],
    ['an agency in parentheses', '(Reuters)', 'Reuters'],
    ['a picture agency', 'Getty Images', 'Getty Images']
  ])('reads a credit on the line after the caption: %s', (_name, creditLine, credit) => {
    const input = lines(headline, text, creditLine, ...body)
    const article = parseNewsArticle(input)
    expect(captions(article)).toEqual([{text, credit}])
    expect(article.paragraphs).toEqual(body)
    expect(codes(article)).toEqual([])
    expectTraceable(article, input)
  })

  it('keeps a "FILE PHOTO:" label in the caption text', () => {
    const caption = 'FILE PHOTO: A cargo ship waits to enter the port of Marseille, France, May 3, 2019.'
    const article = parseNewsArticle(lines(headline, `${caption} REUTERS/Anna Petrova`, ...body))
    expect(captions(article)).toEqual([{text: caption, credit: 'REUTERS/Anna Petrova'}])
    expect(article.dateline).toBeNull()
    expect(article.paragraphs).toEqual(body)
  })

  it('reads a video caption after a player label, with no credit', () => {
    const article = parseNewsArticle(lines(headline, 'Media caption Residents describe the moment the fire reached their street', ...body))
    expect(captions(article)).toEqual([{text: 'Residents describe the moment the fire reached their street', credit: null}])
    expect(article.paragraphs).toEqual(body)
  })
})

describe('newsCaption: where captions stand', () => {
  it('reads a caption between body paragraphs and keeps it out of the body', () => {
    const article = parseNewsArticle(lines(headline, body[0], `${text} (AP Photo/Irina Lodz)`, body[1]))
    expect(captions(article)).toEqual([{text, credit: 'AP Photo/Irina Lodz'}])
    expect(article.paragraphs).toEqual(body)
  })

  it('reads a caption and its credit line between body paragraphs', () => {
    const article = parseNewsArticle(lines(headline, body[0], text, 'Nora Whitfield/AP Photo', body[1]))
    expect(captions(article)).toEqual([{text, credit: 'Nora Whitfield/AP Photo'}])
    expect(article.paragraphs).toEqual(body)
  })

  it('counts the main picture’s caption once when the page labels it again at the end', () => {
    const article = parseNewsArticle(lines(headline, `${text} Photograph: Nora Whitfield/AP`, ...body, `Main image: ${text} Photograph: Nora Whitfield/AP`))
    expect(captions(article)).toEqual([{text, credit: 'Nora Whitfield/AP'}])
    expect(article.paragraphs).toEqual(body)
  })

  it('counts a caption printed twice once', () => {
    const article = parseNewsArticle(lines(headline, `${text} AP/PTI`, `${text} AP/PTI`, ...body))
    expect(captions(article)).toEqual([{text, credit: 'AP/PTI'}])
    expect(article.paragraphs).toEqual(body)
  })

  it('keeps two captions in order', () => {
    const second = 'Residents watch the smoke from a road above the village of Allauch, France, Tuesday, July 18, 2023.'
    const article = parseNewsArticle(lines(headline, `${text} AP/PTI`, body[0], `${second} (AP Photo/Irina Lodz)`, body[1]))
    expect(captions(article)).toEqual([
      {text, credit: 'AP/PTI'},
      {text: second, credit: 'AP Photo/Irina Lodz'}
    ])
    expect(article.caption).toBe(text)
    expect(article.paragraphs).toEqual(body)
  })
})

describe('newsCaption: agencies of a credit', () => {
  it('keeps them on the caption and off the story', () => {
    const article = parseNewsArticle(lines(headline, `${text} AP/PTI`, ...body))
    expect(article.captions[0]?.agencies.map((agency) => agency.code)).toEqual(['AP', 'PTI'])
    expect(codes(article)).toEqual([])
  })

  it('does not let a photo credit hide the story’s own agency', () => {
    const article = parseNewsArticle(lines(headline, `${text} AP/PTI`, 'Reuters', ...body))
    expect(codes(article)).toEqual(['REUTERS'])
    expect(article.paragraphs).toEqual(body)
  })
})

describe('newsCaption: not captions', () => {
  it('does not read the last paragraph with an agency sign-off as a caption', () => {
    const last = 'The fire service said it hoped to bring the blaze under control by Wednesday morning. — AFP'
    const article = parseNewsArticle(lines(headline, ...body, last))
    expect(article.captions).toEqual([])
    expect(article.paragraphs).toEqual([...body, 'The fire service said it hoped to bring the blaze under control by Wednesday morning.'])
  })

  it('does not read a paragraph that mentions photos as a caption', () => {
    const paragraph = 'Photos shared by residents showed flames reaching the edge of the village, and several cars were burned in a car park.'
    const article = parseNewsArticle(lines(headline, ...body, paragraph))
    expect(article.captions).toEqual([])
    expect(article.paragraphs).toEqual([...body, paragraph])
  })

  it('does not read a byline as the credit of the paragraph after it', () => {
    const article = parseNewsArticle(lines(headline, 'By Lauren Whitcombe', ...body))
    expect(article.captions).toEqual([])
    expect(article.paragraphs).toEqual(body)
  })
})
