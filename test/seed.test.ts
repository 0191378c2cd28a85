/**
 * The seed: the document the project was made from (a Tribune India page
 * carrying an AP story). Every field is asserted exactly; the expected values
 * are the project's gold labels for it (`corpus/gold/seed.json`).
 */

import {readFileSync} from 'node:fs'
import {beforeAll, describe, expect, it} from 'vitest'
import {parseNewsArticle, type NewsArticle} from '../src/index.js'
import {authors, captions, codes, expectTraceable} from './helpers.js'

const text = readFileSync(new URL('../seeds/000_789fe9b915e96494.txt', import.meta.url), 'utf8')
const gold = {
  'headline': 'Putin meets leader of Belarus, who suggests joining Russia’s move to boost ties with North Korea',
  'publication': 'The Tribune India',
  'dek': 'While Belarus has continued to host Russian troops, Lukashenko has emphasized that his country will not join the fighting',
  'captions': [
    {
      'text': 'Russian President Vladimir Putin, right, and Belarusian President Alexander Lukashenko shake hands during their meeting in Sochi, Russia, Friday, September 15, 2023.',
      'credit': 'AP/PTI'
    }
  ],
  'byline': [],
  'wireAgencies': [
    'AP'
  ],
  'dateline': {
    'text': 'Moscow, September 15',
    'location': 'Moscow',
    'date': 'September 15'
  },
  'paragraphs': [
    'Russian President Vladimir Putin hosted a meeting Friday with his Belarusian ally, who suggested that Minsk could join Moscow’s efforts to revive an old alliance with Pyongyang after this week’s summit with North Korean leader Kim Jong Un.',
    'Belarusian President Alexander Lukashenko made the proposal as he met with Putin in the Black Sea resort of Sochi, where the Russian leader said he would brief him about the talks with Kim on Wednesday at the Vostochny spaceport in Russia’s Far East.',
    '“I would like to inform you about the discussion on the situation in the region, which was quite important, and also to touch on the most acute issue, the situation in Ukraine,” Putin said at the start of the meeting.',
    'Lukashenko responded by saying that “we could think about three-way cooperation,” adding that “I think a bit of work could be found for Belarus to do there as well”.',
    'Kim on Friday continued his trip by visiting an aircraft factory in Komsomolsk-on-Amur to see the latest Russian fighter jets.',
    'On Saturday, he is scheduled to arrive in Russia’s port of Vladivostok where he is expected to see Russian Pacific Fleet warships and visit a university.',
    'The US and its allies believe that Kim will likely supply ammunition to Russia for use in Ukraine in exchange for receiving advanced weapons or technology from Moscow, a deal that would violate the UN sanctions against Pyongyang that ban any arms trade with North Korea.',
    'Putin said after meeting Kim that Russia will abide by the UN sanctions and he reaffirmed the pledge Friday.',
    '“We never violate anything, and in this case we have no intention to violate anything,” he told reporters.',
    '“But we certainly will look for opportunities for developing Russian-North Korean relations.”',
    'Putin’s meeting with Lukashenko was their seventh this year. Lukashenko, who has relied on Russian subsidies and political support to rule the ex-Soviet nation with an iron hand for nearly three decades, allowed the Kremlin to use Belarusian territory to send troops into Ukraine in February 2022.',
    'While Belarus has continued to host Russian troops, Lukashenko has emphasized that his country will not join the fighting.',
    '“Lukashenko demonstrates that Belarus only wants to be a military hub for Russia and profit on that to compensate for the closure of Western markets and the sanctions, but it doesn’t want to send its soldiers to die in Ukraine,” said Belarusian analyst Valery Karbalevich.'
  ]
}

describe('the seed', () => {
  let article: NewsArticle

  beforeAll(() => {
    article = parseNewsArticle(text)
  })

  it('has the headline without the site name', () => {
    expect(article.headline).toBe(gold.headline)
  })

  it('has the site name as the publication', () => {
    expect(article.publication).toBe(gold.publication)
  })

  it('has the dek', () => {
    expect(article.dek).toBe(gold.dek)
  })

  it('has the caption with its credit', () => {
    expect(captions(article)).toEqual(gold.captions)
    expect(article.caption).toBe(gold.captions[0].text)
  })

  it('keeps the agencies of the photo credit on the caption', () => {
    expect(article.captions[0]?.agencies.map((agency) => agency.code)).toEqual(['AP', 'PTI'])
  })

  it('has no byline', () => {
    expect(authors(article)).toEqual(gold.byline)
    expect(article.byline).toBeNull()
  })

  it('credits AP only: the PTI of the photo credit is not a story agency', () => {
    expect(codes(article)).toEqual(gold.wireAgencies)
    expect(article.wireAgency?.code).toBe('AP')
    expect(codes(article)).not.toContain('PTI')
  })

  it('has the dateline on its own line, dated from the caption', () => {
    expect(article.dateline).toMatchObject(gold.dateline)
    expect(article.dateline).toMatchObject({
      locations: ['Moscow'],
      region: null,
      isoDate: '2023-09-15',
      agency: null
    })
  })

  it('has the body paragraphs', () => {
    expect(article.paragraphs).toEqual(gold.paragraphs)
  })

  it('returns positions that lead back to the input', () => {
    expectTraceable(article, text)
  })
})
