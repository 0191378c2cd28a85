/**
 * newsAgency: the agencies credited for the story (agency lines, bylines,
 * datelines, trailers and sign-offs), never those of a photo credit or those
 * the story only mentions.
 */

import {describe, expect, it} from 'vitest'
import {parseNewsArticle} from '../../src/index.js'
import {codes, expectTraceable, lines} from '../helpers.js'

const headline = 'Cyclone expected to make landfall on eastern coast by Thursday'
const body = [
  'A severe cyclone over the Bay of Bengal is expected to make landfall near the eastern port town of Paradip by Thursday evening, the weather office said.',
  'Fishermen have been told not to go out to sea, and authorities in four coastal districts have begun moving people to cyclone shelters.'
]
const last = 'Officials said more than 80,000 people had been moved to shelters by Wednesday night.'

function credited(...blocks: string[]) {
  const text = lines(...blocks)
  const article = parseNewsArticle(text)
  expectTraceable(article, text)
  return article
}

describe('newsAgency: agency lines', () => {
  it.each([
    ['AP', 'AP', ['AP']],
    ['PTI', 'PTI', ['PTI']],
    ['Reuters', 'Reuters', ['REUTERS']],
    ['The Associated Press', 'The Associated Press', ['AP']],
    ['an agency and a timestamp', 'AFP / Updated: Nov 3, 2020, 14:05 IST', ['AFP']],
    ['an agency glued to a date', 'Associated PressDecember 2, 2016', ['AP']],
    ['an agency’s full name', 'Press Trust of India', ['PTI']],
    ['the NYT News Service note', '(For use by NYTimes News Service clients)', ['NYT']]
  ])('reads %s', (_name, line, expected) => {
    const article = credited(headline, line, ...body)
    expect(codes(article)).toEqual(expected)
    expect(article.paragraphs).toEqual(body)
    expect(article.captions).toEqual([])
  })
})

describe('newsAgency: a feed that lost its line breaks', () => {
  it('credits a service note run into the story, and keeps the story', () => {
    const story = `${body[0]} (For use by NYTimes News Service clients) ${body[1]} ${last}`
    const article = credited(headline, story)
    expect(codes(article)).toEqual(['NYT'])
    expect(article.paragraphs).toEqual([story])
  })
})

describe('newsAgency: trailers and sign-offs', () => {
  it.each([
    ['(With inputs from PTI)', '(With inputs from PTI)', ['PTI']],
    ['With inputs from two agencies', '(With inputs from PTI and Reuters)', ['PTI', 'REUTERS']],
    ['a dash and an agency on its own line', '- PTI', ['PTI']],
    ['an agency with desk initials', 'PTI RTK ZMN', ['PTI']],
    ['an agency in parentheses on its own line', '(AP)', ['AP']],
    ['a " Reuter" sign-off in mixed case', ' Reuter', ['REUTERS']],
    ['an em dash and an agency on its own line', '— AFP', ['AFP']],
    ['a copyright line of an agency', 'Copyright 2021 The Associated Press. All rights reserved.', ['AP']]
  ])('reads %s on the last line, and keeps it out of the body', (_name, line, expected) => {
    const article = credited(headline, ...body, last, line)
    expect(codes(article)).toEqual(expected)
    expect(article.paragraphs).toEqual([...body, last])
    expect(article.captions).toEqual([])
  })

  it.each([
    ['an em dash', ' — AFP', 'AFP'],
    ['a double hyphen', ' -- IANS', 'IANS'],
    ['parentheses', ' (IANS)', 'IANS'],
    ['a hyphen', ' - PTI', 'PTI'],
    ['a bare agency name', ' PTI', 'PTI']
  ])('cuts a sign-off after %s from the last paragraph', (_name, signOff, code) => {
    const article = credited(headline, ...body, last + signOff)
    expect(codes(article)).toEqual([code])
    expect(article.paragraphs).toEqual([...body, last])
    expect(article.captions).toEqual([])
  })

  it('reads the " REUTER" line that closes 1987 copy', () => {
    const text =
      'CYCLONE NEARS EASTERN COAST\n\n' +
      '    NEW DELHI, June 3 - A severe cyclone over the Bay of Bengal is\n' +
      'expected to make landfall near the port town of Paradip by\n' +
      'Thursday evening, the weather office said.\n' +
      '    Fishermen have been told not to go out to sea, officials\n' +
      'said, and four coastal districts are moving people to shelters.\n' +
      '    Officials said more than 80,000 people had been moved.\n' +
      ' REUTER\n'
    const article = parseNewsArticle(text)
    expect(codes(article)).toEqual(['REUTERS'])
    expect(article.captions).toEqual([])
    expect(article.paragraphs).toEqual([
      'A severe cyclone over the Bay of Bengal is expected to make landfall near the port town of Paradip by Thursday evening, the weather office said.',
      'Fishermen have been told not to go out to sea, officials said, and four coastal districts are moving people to shelters.',
      'Officials said more than 80,000 people had been moved.'
    ])
  })

  it('leaves out "(With inputs from agencies)", which names no agency', () => {
    const article = credited(headline, ...body, '(With inputs from agencies)')
    expect(codes(article)).toEqual([])
    expect(article.paragraphs).toEqual(body)
  })
})

describe('newsAgency: several credits', () => {
  it('counts an agency credited twice once', () => {
    const article = credited(headline, 'Moscow (AFP) – ' + body[0], body[1], last + ' — AFP')
    expect(codes(article)).toEqual(['AFP'])
  })

  it('keeps the credits in the order they stand', () => {
    const article = credited(headline, 'BHUBANESWAR (AP) — ' + body[0], body[1], '(With inputs from PTI)')
    expect(codes(article)).toEqual(['AP', 'PTI'])
    expect(article.wireAgency?.code).toBe('AP')
  })
})

describe('newsAgency: not credits', () => {
  it('does not count an agency the story quotes', () => {
    const quoted = 'The state’s relief commissioner told the Press Trust of India that 200 shelters were ready.'
    const article = credited(headline, ...body, quoted)
    expect(codes(article)).toEqual([])
    expect(article.paragraphs).toEqual([...body, quoted])
  })

  it('does not count an agency a paragraph cites as a source', () => {
    const cited = 'According to Reuters, insurers expect claims from the region to run into billions of rupees.'
    const article = credited(headline, ...body, cited)
    expect(codes(article)).toEqual([])
    expect(article.paragraphs).toEqual([...body, cited])
  })

  it('does not count a photo credit', () => {
    const caption = 'Waves crash against the sea wall at Paradip, India, Wednesday, June 2, 2021. AP/PTI'
    const article = credited(headline, caption, ...body)
    expect(codes(article)).toEqual([])
  })

  it('does not count an agency named in a headline', () => {
    const article = credited('Reuters reporter among injured as cyclone nears coast', ...body)
    expect(codes(article)).toEqual([])
  })
})
