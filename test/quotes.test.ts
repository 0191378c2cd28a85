/**
 * Quote spans: which marks make a quotation, and what its text is. All
 * articles here are invented for these tests.
 */

import {describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import {unified} from 'unified'
import {createNewsProcessor, newsArticleList, newsCompile, newsParse, newsScareQuotes, parseNewsArticle} from '../src/index.js'
import type {Quote} from '../src/index.js'
import {article} from './helpers.js'


/** The quotes of a text, without positions. */
function quotes(text: string): Array<Omit<Quote, 'position'>> {
  return parseNewsArticle(text).quotes.map(({position: _position, ...rest}) => rest)
}

/** Just the texts of the quotes. */
function texts(text: string): string[] {
  return parseNewsArticle(text).quotes.map((quote) => quote.text)
}

describe('public API', () => {
  it('exports the quote plugins', async () => {
    const api = await import('../src/index.js')
    expect(typeof api.newsQuotes).toBe('function')
    expect(typeof api.newsAttribution).toBe('function')
    expect(typeof api.newsScareQuotes).toBe('function')
    expect(api.newsArticlePlugins.slice(-3)).toEqual([api.newsQuotes, api.newsAttribution, api.newsScareQuotes])
  })
})

describe('quote marks', () => {
  it('reads curly double marks, with the position of the marks', () => {
    const text = article('“We cannot keep patching a wall that the sea wants back,” said council leader Margaret Ellison.')
    const [quote] = parseNewsArticle(text).quotes
    const start = text.indexOf('“')
    const end = text.indexOf('”') + 1
    const lineStart = text.lastIndexOf('\n', start) + 1
    expect(quote).toEqual({
      text: 'We cannot keep patching a wall that the sea wants back,',
      speaker: 'Margaret Ellison',
      speakerMention: 'council leader Margaret Ellison',
      cue: 'said',
      partial: false,
      multiParagraph: false,
      paragraph: 1,
      position: {
        start: {line: 5, column: 1, offset: start},
        end: {line: 5, column: end - lineStart + 1, offset: end}
      }
    })
  })

  it('reads straight double marks', () => {
    expect(texts(article('"The tide does not wait for committees," said harbour master Ian Boyle.'))).toEqual([
      'The tide does not wait for committees,'
    ])
  })

  it('reads single marks, and keeps apostrophes out of them', () => {
    expect(
      texts(
        article(
          "'The kids' toys were floating in the street, and that's when we knew the '90s wall had failed,' said resident Joan Pike.",
          '‘I don’t blame the engineers, they’d warned us for years,’ said her neighbour, Alan Rees.'
        )
      )
    ).toEqual([
      "The kids' toys were floating in the street, and that's when we knew the '90s wall had failed,",
      'I don’t blame the engineers, they’d warned us for years,'
    ])
  })

  it('reads guillemets, low-high marks and the old wire style', () => {
    expect(
      texts(
        article(
          '«The sea has no respect for our budget cycle,» said engineer Paul Moreau.',
          '„We will need another vote before spring,“ said councillor Anna Weber.',
          "``Nobody wants to pay for concrete,'' said Mayor Rita Cole."
        )
      )
    ).toEqual(['The sea has no respect for our budget cycle,', 'We will need another vote before spring,', 'Nobody wants to pay for concrete,'])
  })

  it('takes the outer quotation of nested ones', () => {
    expect(
      texts(article('“My father told me ‘never build on sand’ and I never forgot it,” said builder Carl Amos.'))
    ).toEqual(['My father told me ‘never build on sand’ and I never forgot it,'])
  })

  it('takes the outer quotation of nested ones in the same marks', () => {
    expect(texts(article('"We have not gone from "no confidence" to "full confidence" yet," said one fisherman at the meeting.'))).toEqual([
      'We have not gone from "no confidence" to "full confidence" yet,'
    ])
  })

  it('does not let a quotation left open swallow the ones after it in a long paragraph', () => {
    // A story whose line breaks were lost: one paragraph, and a quotation
    // over two paragraphs that never closes before the next one opens.
    const said = [
      '“The wall is older than the town,” said Ian Boyle, the harbour master.',
      'He said repairs had been put off for years. “We patched it every winter. “Nobody wanted to pay for stone.',
      'Councillor Anna Weber disagreed. “The money was there,” she said, “but the plans kept changing.”',
      '“We will vote again in March,” Weber said. “Until then the road stays shut.”',
      'Engineers said the work would take two years. “It is a big job,” said engineer Paul Moreau.'
    ].join(' ')
    expect(texts(article(said))).toEqual([
      'The wall is older than the town,',
      // Open until the next closing mark: paragraphs run together, joined.
      'We patched it every winter. Nobody wanted to pay for stone. Councillor Anna Weber disagreed. The money was there,',
      'but the plans kept changing.',
      'We will vote again in March,',
      'Until then the road stays shut.',
      'It is a big job,'
    ])
  })

  it('reads `?` as a mark only where a feed lost its curly marks', () => {
    const lost = article(
      'The harbour master?s report was blunt.?The wall has weeks, not months,? said Ian Boyle, the harbour master.',
      'Councillors were told the town?s budget could not cover it.?We have no money left,? said treasurer Mo Farah.'
    )
    expect(texts(lost)).toEqual(['The wall has weeks, not months,', 'We have no money left,'])
    expect(texts(article('Is the wall safe? Nobody on the council could say for sure, and the engineers would not guess.'))).toEqual([])
  })

  it('does not read markup attributes as quotations', () => {
    expect(texts(article('<tweet author="harbourwatch" id="12">Water over the wall again tonight</tweet> was the first warning anyone saw.'))).toEqual([])
  })
})

describe('quotations over several paragraphs', () => {
  it('joins paragraphs that open with a mark into one quote', () => {
    expect(
      quotes(
        article(
          'Ellison read from the engineers’ letter: “The wall has moved four inches since March.',
          '“If the winter storms are as bad as last year, it will not hold.”',
          'The council then adjourned.'
        )
      )
    ).toEqual([
      {
        text: 'The wall has moved four inches since March. If the winter storms are as bad as last year, it will not hold.',
        speaker: 'Ellison',
        speakerMention: 'Ellison',
        cue: 'read',
        partial: false,
        multiParagraph: true,
        paragraph: 1
      }
    ])
  })

  it('ends an unclosed quotation with its paragraph and says so', () => {
    const file = new VFile({
      value: article(
        '“We will not be rushed into this, said councillor Anna Weber.',
        'The vote was delayed until the spring, and the engineers were asked for a second report on the wall.',
        '“It is a sensible delay,” said Mayor Rita Cole.'
      )
    })
    const result = createNewsProcessor().processSync(file).result
    expect(result.quotes.map((quote) => [quote.text, quote.paragraph])).toEqual([
      ['We will not be rushed into this, said councillor Anna Weber.', 1],
      ['It is a sensible delay,', 3]
    ])
    expect(file.messages.map((message) => [message.ruleId, message.source, message.line])).toEqual([
      ['unclosed-quote', 'news-article-parser', 5]
    ])
  })
  it('ends an unclosed quotation where the next opens when it ends in a tag', () => {
    expect(
      quotes(article('“We will not be rushed, said councillor Anna Weber. “The vote can wait until the engineers report.”')).map(
        ({text, multiParagraph}) => [text, multiParagraph]
      )
    ).toEqual([
      ['We will not be rushed, said councillor Anna Weber.', false],
      ['The vote can wait until the engineers report.', false]
    ])
  })

  it('joins paragraphs run together in one block', () => {
    expect(
      quotes(article('A spokesman for the fishermen said: "The wall has to come first. "Everything else can wait a year."')).map(
        ({text, speaker, multiParagraph}) => [text, speaker, multiParagraph]
      )
    ).toEqual([['The wall has to come first. Everything else can wait a year.', 'A spokesman for the fishermen', true]])
  })
})

describe('what is no quotation', () => {
  it('drops scare quotes, titles and nicknames', () => {
    expect(
      texts(
        article(
          'The so-called “experts” on the harbour board had not met since May, according to minutes seen by the paper.',
          'Ellison, whom rivals call “The Iron Lady of the Docks,” spoke for an hour on the local radio show “Portsmouth Tonight” before the vote.',
          'Varga called the plan “unworkable” and asked for more time.'
        )
      )
    ).toEqual(['unworkable'])
  })

  it('drops the titles of programmes and works where they are named', () => {
    expect(
      texts(
        article(
          'Varga told BBC’s “Coastal Matters” on Monday that the wall would hold, and she said on “Harbour Hour” that she was “not worried.”',
          'The mayor, author of “Tides of Change,” said in an interview with “South Today” that he had read the report. His rival called the report “mostly fiction” on Tuesday.',
          '“Council delays wall vote,” by the Gazette’s Tom Reed: “The vote is off,” a clerk said.'
        )
      )
    ).toEqual(['not worried.', 'mostly fiction', 'The vote is off,'])
  })

  it('drops a title whose sentence ends inside the marks, not a sentence in capitals', () => {
    expect(
      texts(
        article(
          'The best-selling item of the year was the sequel, followed by the boxed set of “The Tides of Harbour Town.”',
          'At the rally the mayor’s supporters held up a banner reading “We Are The Harbour.” Another read “SAVE THE WALL.”'
        )
      )
    ).toEqual(['We Are The Harbour.', 'SAVE THE WALL.'])
  })

  it('drops a title that a programme or work noun follows', () => {
    expect(
      texts(
        article(
          'The “Harbour Lights” star opened the fair, and the mayor went on the “Early Tide” radio program to back the wall, saying it was “long overdue.”'
        )
      )
    ).toEqual(['long overdue.'])
  })

  it('drops a short term after so-called even where a cue stands', () => {
    expect(
      texts(
        article(
          'Varga said the so-called “harbour tax” would never pass, and that the council had been “asleep at the wheel.”',
          'Officials say the so-called Eastern “sea gate” has been shut since May.'
        )
      )
    ).toEqual(['asleep at the wheel.'])
  })

  it('keeps them when newsScareQuotes is left out', () => {
    const text = article('The so-called “experts” on the harbour board had not met since May, according to minutes seen by the paper.')
    const plugins = newsArticleList().filter((entry) => Array.isArray(entry) && entry[0] !== newsScareQuotes)
    const processor = unified().use(newsParse).use(plugins).use(newsCompile)
    const result = processor.processSync(text).result as ReturnType<typeof parseNewsArticle>
    expect(result.quotes.map((quote) => quote.text)).toEqual(['experts'])
    expect(parseNewsArticle(text).quotes).toEqual([])
  })
})
