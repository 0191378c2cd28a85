/**
 * newsDateline: where and when the story was filed, cut from the front of the
 * first paragraph, in every style wire copy and web pages print it.
 */

import {describe, expect, it} from 'vitest'
import {parseNewsArticle, type Options} from '../../src/index.js'
import {authors, codes, expectTraceable, lines} from '../helpers.js'

const headline = 'Talks on grain corridor resume after two-week pause'
const lead = 'Negotiators from both sides met on Friday for the first time in two weeks to discuss reopening the grain corridor.'
const more = 'Officials said no date had been set for the next round, and both sides declined to comment further on the talks.'

interface Want {
  text: string
  location: string | null
  locations?: string[]
  region?: string | null
  date: string | null
  agency: string | null
}

/** One case: the dateline as printed with what follows it, and the fields it should give. */
type Case = [name: string, opening: string, want: Want]

const cases: Case[] = [
  ['AP, place in capitals', 'MOSCOW (AP) — ', {text: 'MOSCOW (AP)', location: 'MOSCOW', locations: ['MOSCOW'], region: null, date: null, agency: 'AP'}],
  ['AP, US state abbreviation', 'TRENTON, N.J. (AP) - ', {text: 'TRENTON, N.J. (AP)', location: 'TRENTON, N.J.', region: 'N.J.', date: null, agency: 'AP'}],
  [
    'AP, country after the city, underscore dash',
    'CAPE TOWN, South Africa (AP) _ ',
    {text: 'CAPE TOWN, South Africa (AP)', location: 'CAPE TOWN, South Africa', region: 'South Africa', date: null, agency: 'AP'}
  ],
  [
    'Reuters with a date',
    'WASHINGTON, Sept 15 (Reuters) - ',
    {text: 'WASHINGTON, Sept 15 (Reuters)', location: 'WASHINGTON', locations: ['WASHINGTON'], region: null, date: 'Sept 15', agency: 'REUTERS'}
  ],
  [
    'Reuters with two places',
    'BEIRUT/THE HAGUE, March 7 (Reuters) - ',
    {text: 'BEIRUT/THE HAGUE, March 7 (Reuters)', location: 'BEIRUT/THE HAGUE', locations: ['BEIRUT', 'THE HAGUE'], date: 'March 7', agency: 'REUTERS'}
  ],
  [
    'Reuters with a place of several words and a region',
    'KING OF PRUSSIA, Pennsylvania/WASHINGTON (Reuters) - ',
    {text: 'KING OF PRUSSIA, Pennsylvania/WASHINGTON (Reuters)', location: 'KING OF PRUSSIA, Pennsylvania/WASHINGTON', date: null, agency: 'REUTERS'}
  ],
  ['a Reuters unit', 'NEW YORK (LPC/IFR) - ', {text: 'NEW YORK (LPC/IFR)', location: 'NEW YORK', locations: ['NEW YORK'], date: null} as Want],
  [
    '1987 Reuters copy with a region',
    'GAITHERSBURG, Md., March 9 - ',
    {text: 'GAITHERSBURG, Md., March 9', location: 'GAITHERSBURG, Md.', region: 'Md.', date: 'March 9', agency: null}
  ],
  [
    '1987 Reuters copy with a mixed-case month',
    'WEST HARTFORD, Conn., FEb 26 - ',
    {text: 'WEST HARTFORD, Conn., FEb 26', location: 'WEST HARTFORD, Conn.', region: 'Conn.', date: 'FEb 26', agency: null}
  ],
  ['1987 Reuters copy with a misspelt month', 'LONDON, Narch 2 - ', {text: 'LONDON, Narch 2', location: 'LONDON', date: 'Narch 2', agency: null}],
  ['a lower-case month', 'Caracas, feb 26 - ', {text: 'Caracas, feb 26', location: 'Caracas', date: 'feb 26', agency: null}],
  ['a lower-case city', 'frankfurt, march 4 - ', {text: 'frankfurt, march 4', location: 'frankfurt', locations: ['frankfurt'], date: 'march 4', agency: null}],
  ['PTI with no dash', 'Chennai, Mar 21 (PTI) ', {text: 'Chennai, Mar 21 (PTI)', location: 'Chennai', locations: ['Chennai'], date: 'Mar 21', agency: 'PTI'}],
  [
    'ANI with the country in brackets and a colon',
    'New Delhi [India], Sept 20 (ANI): ',
    {text: 'New Delhi [India], Sept 20 (ANI)', location: 'New Delhi [India]', locations: ['New Delhi'], region: 'India', date: 'Sept 20', agency: 'ANI'}
  ],
  ['Xinhua', 'BEIJING, Aug. 7 (Xinhua) -- ', {text: 'BEIJING, Aug. 7 (Xinhua)', location: 'BEIJING', date: 'Aug. 7', agency: 'XINHUA'}],
  ['AFP with an en dash', 'Moscow (AFP) – ', {text: 'Moscow (AFP)', location: 'Moscow', locations: ['Moscow'], date: null, agency: 'AFP'}],
  ['AFP with a year', 'Tallinn, March 22, 2018 (AFP) - ', {text: 'Tallinn, March 22, 2018 (AFP)', location: 'Tallinn', date: 'March 22, 2018', agency: 'AFP'}],
  [
    'UPI with a state and a date',
    'HEMPSTEAD, N.Y., Sept. 26 (UPI) — ',
    {text: 'HEMPSTEAD, N.Y., Sept. 26 (UPI)', location: 'HEMPSTEAD, N.Y.', region: 'N.Y.', date: 'Sept. 26', agency: 'UPI'}
  ],
  ['CNN', 'Washington (CNN) -- ', {text: 'Washington (CNN)', location: 'Washington', date: null, agency: 'CNN'}],
  ['dpa in lower case', 'Berlin (dpa) - ', {text: 'Berlin (dpa)', location: 'Berlin', date: null, agency: 'DPA'}],
  ['Yonhap', 'SEOUL, Nov. 24 (Yonhap) -- ', {text: 'SEOUL, Nov. 24 (Yonhap)', location: 'SEOUL', date: 'Nov. 24', agency: 'YONHAP'}],
  ['TASS', 'MOSCOW, October 4. /TASS/. ', {text: 'MOSCOW, October 4. /TASS/', location: 'MOSCOW', date: 'October 4', agency: 'TASS'}],
  ['NYT News Service', 'ETHETE, Wyo. _ ', {text: 'ETHETE, Wyo.', location: 'ETHETE, Wyo.', region: 'Wyo.', date: null, agency: null}],
  ['a place and a colon', 'NEW DELHI: ', {text: 'NEW DELHI', location: 'NEW DELHI', date: null, agency: null}],
  ['a place in capitals and a dash', 'DUBLIN — ', {text: 'DUBLIN', location: 'DUBLIN', date: null, agency: null}],
  ['a long dash glued to the story', 'WASHINGTON—', {text: 'WASHINGTON', location: 'WASHINGTON', date: null, agency: null}],
  ['Malay Mail style', 'PUTRAJAYA, Nov 22 — ', {text: 'PUTRAJAYA, Nov 22', location: 'PUTRAJAYA', date: 'Nov 22', agency: null}],
  [
    "an editor's note before it",
    "(Eds: Updates with minister's comments) WASHINGTON, Sept 15 (Reuters) - ",
    {text: 'WASHINGTON, Sept 15 (Reuters)', location: 'WASHINGTON', date: 'Sept 15', agency: 'REUTERS'}
  ]
]

describe('newsDateline: styles', () => {
  it.each(cases)('reads %s', (_name, opening, want) => {
    const text = lines(headline, opening + lead, more)
    const article = parseNewsArticle(text)
    const dateline = article.dateline
    expect(dateline).not.toBeNull()
    const got: Record<string, unknown> = {text: dateline?.text, location: dateline?.location, date: dateline?.date}
    if ('agency' in want) got.agency = dateline?.agency?.code ?? null
    if (want.locations) got.locations = dateline?.locations
    if ('region' in want) got.region = dateline?.region
    expect(got).toEqual(want)
    expect(article.paragraphs).toEqual([lead, more])
    if (want.agency) expect(codes(article)).toEqual([want.agency])
    expectTraceable(article, text)
  })

  it('reads a dateline on a line of its own', () => {
    const text = lines(headline, 'AP', 'Moscow, September 15', lead, more)
    const article = parseNewsArticle(text)
    expect(article.dateline).toMatchObject({text: 'Moscow, September 15', location: 'Moscow', locations: ['Moscow'], date: 'September 15', agency: null})
    expect(article.paragraphs).toEqual([lead, more])
    expect(codes(article)).toEqual(['AP'])
  })

  it('reads an indented, hard-wrapped 1987 dateline', () => {
    const text =
      'GRAIN TALKS RESUME\n\n' +
      '    LONDON, March 2 - Negotiators from both sides met on Friday for\n' +
      'the first time in two weeks to discuss reopening the grain\n' +
      'corridor, officials said.\n' +
      '    Officials said no date had been set for the next round.\n' +
      ' REUTER\n'
    const article = parseNewsArticle(text)
    expect(article.dateline).toMatchObject({text: 'LONDON, March 2', location: 'LONDON', date: 'March 2'})
    expect(article.paragraphs).toEqual([
      'Negotiators from both sides met on Friday for the first time in two weeks to discuss reopening the grain corridor, officials said.',
      'Officials said no date had been set for the next round.'
    ])
    expect(codes(article)).toEqual(['REUTERS'])
  })
})

describe('newsDateline: New York Times News Service copy', () => {
  // A slug line with the service note runs past the wrap column; the byline
  // and the paper's credit follow on lines of their own.
  const text =
    'HARBOUR WALL HOLDS FOR ANOTHER WINTER\n\n' +
    ' HARBOUR-WALL-HAL   (For use by New York Times News Service clients)  \n' +
    ' By MARTA SOLBERG  \n' +
    ' c.1999 The Halden Courier  \n' +
    ' \n' +
    '   HALDEN, Maine _ The old sea wall at the mouth of the harbour held\n' +
    'through the worst of the January storms, and the engineers who\n' +
    'inspected it on Monday said it would last another winter at least.\n' +
    '   The town council will vote next month on a plan to rebuild the\n' +
    'wall in stone, which would cost about twice as much as the repairs\n' +
    'the engineers proposed after their inspection of the whole length.\n'

  it('reads the dateline of the first paragraph, not the slug', () => {
    const article = parseNewsArticle(text)
    expect(article.dateline?.text).toBe('HALDEN, Maine')
    expect(article.paragraphs[0]).toMatch(/^The old sea wall/)
  })

  it('keeps the byline apart from the slug line before it', () => {
    const article = parseNewsArticle(text)
    expect(authors(article)).toEqual(['MARTA SOLBERG'])
    expect(codes(article)).toEqual(['NYT'])
  })
})

describe('newsDateline: dashes', () => {
  it.each([
    ['an em dash', '—'],
    ['an en dash', '–'],
    ['a double hyphen', '--'],
    ['a hyphen', '-'],
    ['an underscore', '_'],
    ['a horizontal bar (U+2015)', '―']
  ])('takes %s after the credit', (_name, dash) => {
    const article = parseNewsArticle(lines(headline, `MOSCOW (AP) ${dash} ${lead}`, more))
    expect(article.dateline).toMatchObject({text: 'MOSCOW (AP)', location: 'MOSCOW'})
    expect(article.paragraphs).toEqual([lead, more])
  })
})

describe('newsDateline: credits with no place', () => {
  it.each([
    ['(Reuters) -', '(Reuters) - ', ['REUTERS']],
    ['Dec 29 (Reuters) -', 'Dec 29 (Reuters) - ', ['REUTERS']],
    ['(CNN) --', '(CNN) -- ', ['CNN']],
    ['UNDATED --', 'UNDATED -- ', []]
  ])('gives no dateline for %s, cuts it from the paragraph and keeps its agency', (_name, opening, agencies) => {
    const article = parseNewsArticle(lines(headline, opening + lead, more))
    expect(article.dateline).toBeNull()
    expect(article.paragraphs).toEqual([lead, more])
    expect(codes(article)).toEqual(agencies)
  })
})

describe('newsDateline: not a dateline', () => {
  it.each([
    ['a place followed by an apposition', 'Paris, the city of light, was quiet on Friday as negotiators from both sides met for the first time in weeks.'],
    ['a label and a colon', 'Note: the figures do not include the grain already loaded on ships waiting in the port.'],
    ['a sentence that starts with a name in capitals', 'NATO said on Friday that negotiators from both sides had met for the first time in two weeks.'],
    ['a capitalised sentence opener and a dash', 'Meanwhile - and this surprised many - the talks resumed on Friday after a pause of two weeks.'],
    ['a headline in capitals before a dash', 'GRAIN TALKS NOT DEAD, JUST STALLED - Negotiators from both sides have met twice since May and agree on most of the money.']
  ])('does not read %s', (_name, paragraph) => {
    const article = parseNewsArticle(lines(headline, paragraph, more))
    expect(article.dateline).toBeNull()
    expect(article.paragraphs).toEqual([paragraph, more])
  })

  it('takes only the first dateline, not one that opens a later paragraph', () => {
    const later = 'LONDON (AP) — In London, traders said grain prices fell on the news that talks had resumed.'
    const article = parseNewsArticle(lines(headline, 'MOSCOW (AP) — ' + lead, more, later))
    expect(article.dateline?.text).toBe('MOSCOW (AP)')
    expect(article.paragraphs).toEqual([lead, more, later])
  })
})

describe('newsDateline: isoDate', () => {
  const dated = (opening: string, options?: Options, ...extra: string[]) =>
    parseNewsArticle(lines(headline, ...extra, opening + lead, more), options).dateline?.isoDate

  it('is null when nothing gives the year', () => {
    expect(dated('WASHINGTON, Sept 15 (Reuters) - ')).toBeNull()
  })

  it('is null when the dateline has no date', () => {
    expect(dated('MOSCOW (AP) — ', {referenceDate: '2023-09-20'})).toBeNull()
  })

  it('takes the year of options.referenceDate as a string', () => {
    expect(dated('WASHINGTON, Sept 15 (Reuters) - ', {referenceDate: '2017-09-20'})).toBe('2017-09-15')
  })

  it('takes the year of options.referenceDate as a Date', () => {
    expect(dated('WASHINGTON, Sept 15 (Reuters) - ', {referenceDate: new Date(Date.UTC(2017, 8, 20))})).toBe('2017-09-15')
  })

  it('takes the year of a caption’s full date', () => {
    const caption = 'Negotiators arrive for the talks in Istanbul, Turkey, Friday, September 15, 2023. AP/PTI'
    expect(parseNewsArticle(lines(headline, caption, 'AP', 'Istanbul, September 15', lead, more)).dateline?.isoDate).toBe('2023-09-15')
  })

  it('keeps the year printed in the dateline over the reference date', () => {
    expect(dated('Tallinn, March 22, 2018 (AFP) - ', {referenceDate: '2023-06-01'})).toBe('2018-03-22')
  })

  it('resolves a year in the dateline without a reference date', () => {
    expect(dated('Tallinn, March 22, 2018 (AFP) - ')).toBe('2018-03-22')
  })

  it('reads misspelt and mixed-case months', () => {
    expect(dated('WEST HARTFORD, Conn., FEb 26 - ', {referenceDate: '1987-03-10'})).toBe('1987-02-26')
    expect(dated('LONDON, Narch 2 - ', {referenceDate: '1987-03-10'})).toBe('1987-03-02')
    expect(dated('Caracas, feb 26 - ', {referenceDate: '1987-03-10'})).toBe('1987-02-26')
  })

  it('puts a late-December dateline in the year before a January reference date', () => {
    expect(dated('TOKYO, Dec 29 (Reuters) - ', {referenceDate: '2024-01-02'})).toBe('2023-12-29')
  })

  it('puts an early-January dateline in the year after a December reference date', () => {
    expect(dated('TOKYO, Jan 2 (Reuters) - ', {referenceDate: '2023-12-30'})).toBe('2024-01-02')
  })

  it('takes the year of a timestamp line in the article', () => {
    expect(dated('TOKYO, Dec 29 (Reuters) - ', undefined, 'Updated: January 3, 2024 10:15 am JST')).toBe('2023-12-29')
  })

  it('is null for a reference date that is not a date, without throwing', () => {
    expect(dated('WASHINGTON, Sept 15 (Reuters) - ', {referenceDate: 'not a date'})).toBeNull()
  })

  it('is null for a day that does not exist', () => {
    expect(dated('WASHINGTON, Feb 30 (Reuters) - ', {referenceDate: '2017-03-01'})).toBeNull()
  })
})
