/**
 * newsByline: who wrote the story, names only.
 */

import {describe, expect, it} from 'vitest'
import {parseNewsArticle} from '../../src/index.js'
import {authors, codes, lines} from '../helpers.js'

const headline = 'Storm knocks out power to 40,000 homes along the coast'
const body = [
  'High winds brought down power lines across three counties on Sunday night, leaving about 40,000 homes without electricity.',
  'Crews expected to restore power to most customers by Tuesday evening, the utility said in a statement on Monday.'
]

function withByline(...front: string[]) {
  return parseNewsArticle(lines(headline, ...front, ...body))
}

describe('newsByline', () => {
  it.each([
    ['By NAME', ['By Helena Brandt'], ['Helena Brandt']],
    ['BY NAME in capitals', ['BY TOMAS ALDERETE'], ['TOMAS ALDERETE']],
    ['By NAME with initials', ['By J. R. Whitcombe'], ['J. R. Whitcombe']],
    ['By NAME, Associated Press', ['By Dmitri Halvorsen, Associated Press'], ['Dmitri Halvorsen']],
    ['By NAME, AP Sports Writer', ['By Owen Tarrant, AP Sports Writer'], ['Owen Tarrant']],
    ['By NAME, Staff Writer', ['By Marcus Feld, Staff Writer'], ['Marcus Feld']],
    ['a title glued to the name', ['By Marcus FeldStaff Writer'], ['Marcus Feld']],
    ['By A and B', ['By Dara Quill and Simon Okafor'], ['Dara Quill', 'Simon Okafor']],
    ['By A, B and C', ['By Dara Quill, Simon Okafor and Ines Berrada'], ['Dara Quill', 'Simon Okafor', 'Ines Berrada']],
    ['Byby NAME', ['Byby HELEN MARSH, RAVI PATEL'], ['HELEN MARSH', 'RAVI PATEL']],
    ['by: Name', ['by: Laurel Finch'], ['Laurel Finch']],
    ['(by Name), as Xinhua prints it', ['(by Zhou Meiling)'], ['Zhou Meiling']],
    ['By alone, the name on the next line', ['By', 'Helena Brandt'], ['Helena Brandt']],
    ['By NAME | e-mail', ['By Ravi Menon | ravi.menon@example.com'], ['Ravi Menon']],
    ['By NAME with a Twitter handle', ['By Ravi Menon @ravimenon'], ['Ravi Menon']],
    ['a line of names alone', ['Dara Quill and Simon Okafor, Associated Press'], ['Dara Quill', 'Simon Okafor']],
    ['a name with a particle', ['By Ana de la Cruz'], ['Ana de la Cruz']],
    ['an Irish name', ["By Sean O'Malley"], ["Sean O'Malley"]]
  ])('reads %s', (_name, front, expected) => {
    const article = withByline(...front)
    expect(authors(article)).toEqual(expected)
    expect(article.paragraphs).toEqual(body)
  })

  it('credits the agency of "By NAME, Associated Press", not as an author', () => {
    expect(codes(withByline('By Dmitri Halvorsen, Associated Press'))).toEqual(['AP'])
  })

  it('reads "By Associated Press" as the agency, with no author', () => {
    const article = withByline('By Associated Press')
    expect(authors(article)).toEqual([])
    expect(codes(article)).toEqual(['AP'])
    expect(article.paragraphs).toEqual(body)
  })

  it('reads an agency line "The Associated Press" as the agency, with no author', () => {
    const article = withByline('The Associated Press')
    expect(authors(article)).toEqual([])
    expect(codes(article)).toEqual(['AP'])
    expect(article.captions).toEqual([])
    expect(article.paragraphs).toEqual(body)
  })

  it('reads the byline glued before a PTI dateline', () => {
    const article = parseNewsArticle(lines(headline, 'By K J M Varma Beijing, Aug 1 (PTI) ' + body[0], body[1]))
    expect(authors(article)).toEqual(['K J M Varma'])
    expect(article.dateline?.text).toBe('Beijing, Aug 1 (PTI)')
    expect(article.paragraphs).toEqual(body)
  })

  it('reads the byline glued before a PTI dateline after an editor’s note', () => {
    const article = parseNewsArticle(lines(headline, '(Eds: Updating with details) By K J M Varma Beijing, Aug 1 (PTI) ' + body[0], body[1]))
    expect(authors(article)).toEqual(['K J M Varma'])
    expect(article.dateline?.text).toBe('Beijing, Aug 1 (PTI)')
    expect(article.paragraphs).toEqual(body)
  })

  it.each([
    ['after a capitalised word', 'Talks resume between the port unions and Halden by Marta Solberg', 'Talks resume between the port unions and Halden'],
    ['after a noun in lower case', 'Storm knocks out power along the coast by Marta Solberg', 'Storm knocks out power along the coast']
  ])('splits a byline glued to the end of the headline, %s', (_, title, cut) => {
    const article = parseNewsArticle(lines(title, ...body))
    expect(article.headline).toBe(cut)
    expect(authors(article)).toEqual(['Marta Solberg'])
  })

  it.each([
    ['after a participle', 'Emails found on a laptop used by Marta Solberg'],
    ['after `stop by`', 'Governor to stop by Marta Solberg'],
    ['when the story names the person again', 'Crowd Cheers Speech by Marta Solberg']
  ])('keeps `by Name` in the headline %s', (_, title) => {
    const article = parseNewsArticle(lines(title, body[0], 'Solberg spoke for ten minutes. ' + body[1]))
    expect(article.headline).toBe(title)
    expect(article.byline).toBeNull()
  })

  it('does not read a sentence starting with "By" as a byline', () => {
    const sentence = 'By Monday morning, crews had restored power to half of the homes, the utility said.'
    const article = parseNewsArticle(lines(headline, sentence, ...body))
    expect(authors(article)).toEqual([])
    expect(article.paragraphs).toEqual([sentence, ...body])
  })

  it('does not read a name quoted in the body as a byline', () => {
    const article = parseNewsArticle(lines(headline, ...body, 'Helena Brandt', 'She said the county would ask the state for help with the cost of the repairs.'))
    expect(authors(article)).toEqual([])
  })

  it('does not take "(Reporting by …; Editing by …)" for the byline', () => {
    const article = parseNewsArticle(lines(headline, ...body, '(Reporting by Caleb Northway; Editing by Priya Sandhu)'))
    expect(authors(article)).toEqual([])
    expect(article.paragraphs).toEqual(body)
  })
})
