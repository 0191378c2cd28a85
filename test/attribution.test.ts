/**
 * Attribution: who said each quotation, with what cue. All articles here
 * are invented for these tests, but the seed article the project started
 * from.
 */

import fs from 'node:fs'
import {describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import {createNewsProcessor, parseNewsArticle} from '../src/index.js'
import {article} from './helpers.js'
import type {Options, Quote} from '../src/index.js'


type Said = Pick<Quote, 'text' | 'speaker' | 'speakerMention' | 'cue' | 'partial' | 'paragraph'>

/** Who said what, in order. */
function said(text: string, options?: Options): Said[] {
  return parseNewsArticle(text, options).quotes.map(({text, speaker, speakerMention, cue, partial, paragraph}) => ({
    text,
    speaker,
    speakerMention,
    cue,
    partial,
    paragraph
  }))
}

/** The speakers of an invented article's quotations, in order. */
function speakersOf(...paragraphs: string[]): Array<string | null | undefined> {
  return said(article(...paragraphs)).map(({speaker}) => speaker)
}

describe('attribution patterns', () => {
  it('"…," X said / "…," said X, with titles and roles cut from the name', () => {
    expect(
      said(
        article(
          '“We cannot keep patching a wall that the sea wants back,” Mayor Rita Cole said.',
          '“The engineers have told us the same thing for ten years,” said Belarusian-born harbour engineer Pavel Sokolov.'
        )
      )
    ).toEqual([
      {text: 'We cannot keep patching a wall that the sea wants back,', speaker: 'Rita Cole', speakerMention: 'Mayor Rita Cole', cue: 'said', partial: false, paragraph: 1},
      {
        text: 'The engineers have told us the same thing for ten years,',
        speaker: 'Pavel Sokolov',
        speakerMention: 'Belarusian-born harbour engineer Pavel Sokolov',
        cue: 'said',
        partial: false,
        paragraph: 2
      }
    ])
  })

  it('X said: "…" / X told reporters: "…" / X added that "…"', () => {
    expect(
      said(
        article(
          'Council leader Margaret Ellison said: “The money has to be found, one way or another.”',
          'Her deputy Tom Varga told reporters: “Nobody here wants to raise the harbour fees.”',
          'Varga added that “the fishermen have paid enough already.”'
        )
      )
    ).toEqual([
      {text: 'The money has to be found, one way or another.', speaker: 'Margaret Ellison', speakerMention: 'Council leader Margaret Ellison', cue: 'said', partial: false, paragraph: 1},
      {text: 'Nobody here wants to raise the harbour fees.', speaker: 'Tom Varga', speakerMention: 'Her deputy Tom Varga', cue: 'told reporters', partial: false, paragraph: 2},
      {text: 'the fishermen have paid enough already.', speaker: 'Tom Varga', speakerMention: 'Varga', cue: 'added', partial: true, paragraph: 3}
    ])
  })

  it('"…" according to X, and an unnamed speaker kept as the description', () => {
    expect(
      said(
        article(
          'The wall could fail “within one winter,” according to a report by the port authority.',
          '“The figures in that report are out of date,” a council spokeswoman said.'
        )
      )
    ).toEqual([
      {text: 'within one winter,', speaker: 'a report by the port authority', speakerMention: 'a report by the port authority', cue: 'according to', partial: true, paragraph: 1},
      {text: 'The figures in that report are out of date,', speaker: 'a council spokeswoman', speakerMention: 'a council spokeswoman', cue: 'said', partial: false, paragraph: 2}
    ])
  })

  it('a cue in the next sentence, and a fragment inside reported speech', () => {
    expect(
      said(
        article(
          '“The wall has weeks, not months.” Harbour master Ian Boyle said at the meeting.',
          'Boyle called the council’s plan “a gamble with other people’s houses” and left before the vote.'
        )
      )
    ).toEqual([
      {text: 'The wall has weeks, not months.', speaker: 'Ian Boyle', speakerMention: 'Harbour master Ian Boyle', cue: 'said', partial: false, paragraph: 1},
      {text: 'a gamble with other people’s houses', speaker: 'Ian Boyle', speakerMention: 'Boyle', cue: 'called', partial: true, paragraph: 2}
    ])
  })

  it('a name after a dash signs a quotation', () => {
    expect(
      said(
        article(
          'Residents left messages on the council’s website before the vote.',
          '“Fix the wall before the next storm, not after it, because the next one could take the whole street.” — Joan Pike, Southsea',
          'The council will vote again in March, when the engineers report.'
        )
      ).map(({speaker, speakerMention, cue}) => [speaker, speakerMention, cue])
    ).toEqual([['Joan Pike', 'Joan Pike', null]])
  })
})

describe('naming the speaker', () => {
  it('gives the fullest name the article has for a short mention', () => {
    expect(
      said(
        article(
          'Deputy council leader Tom Varga has opposed the plan since it was first drawn up last year.',
          '“It is the wrong wall in the wrong place,” Varga said.'
        )
      ).map(({speaker, speakerMention}) => [speaker, speakerMention])
    ).toEqual([['Tom Varga', 'Varga']])
  })

  it('finds each tag in a run-on sentence with many quotations', () => {
    // One sentence, twenty tags: past sixteen cues a sentence is read through an index.
    const names = ['Tom Varga', 'Anna Weber']
    const parts = Array.from({length: 20}, (_, index) => `"point ${index + 1}," said ${names[index % 2]}`)
    expect(speakersOf(`At the meeting ${names[0]} and ${names[1]} took turns: ${parts.join('; ')}.`)).toEqual(
      Array.from({length: 20}, (_, index) => names[index % 2])
    )
  })

  it('gives a surname shared by two people to the one the article mentions most', () => {
    const people = [
      'Engineer Anna Berg drew up the first plan in 2019; her brother Tomas Berg, a fisherman, has fought it since.',
      'Berg, who moors his boat by the wall, says it floods twice a year.'
    ]
    // A tie goes to the one named first; mentions by first name count too,
    // wherever they stand (here after the first `Berg`).
    expect(speakersOf(...people, '“The wall is older than the town,” Berg said.')).toEqual(['Anna Berg'])
    expect(speakersOf(...people, 'Tomas has kept a log of every flood. Tomas showed it to the council.', '“The wall is older than the town,” Berg said.')).toEqual(['Tomas Berg'])
  })

  it('gives the name an acronym stands for where the article spells it out', () => {
    const quoted = (...paragraphs: string[]) => said(article(...paragraphs)).map(({speaker, speakerMention}) => [speaker, speakerMention])
    expect(
      quoted('The Harbour Restoration Trust (HRT) has raised half of the money.', '“The wall will be rebuilt stone by stone,” the HRT said in a statement.')
    ).toEqual([['Harbour Restoration Trust', 'the HRT']])
    // Letters that are not the name's initials in order stay as written.
    expect(
      quoted('The Southsea Sailing Club (SYC) has moored boats by the wall since 1890.', '“We will move the boats,” the SYC said.')
    ).toEqual([['SYC', 'the SYC']])
  })

  it('resolves pronouns to the person last spoken of, by gender', () => {
    expect(
      said(
        article(
          'Ms. Ellison met the engineers on Monday, and Tom Varga joined them later in the day.',
          'Varga said the council had been warned about the wall in 2019.',
          '“We were told, and we did nothing,” he said.',
          '“Nobody can say that now,” she said.'
        )
      ).map(({speaker, speakerMention}) => [speaker, speakerMention])
    ).toEqual([
      ['Tom Varga', 'he'],
      ['Ellison', 'she']
    ])
  })

  it('resolves a description to the person who bears that role', () => {
    expect(
      said(
        article(
          'Environment Minister Clara Holt visited the harbour on Wednesday and walked the length of the wall.',
          'Local fishermen asked her for money to repair their moorings.',
          '“The government will not leave this town to the sea,” the minister said.'
        )
      ).map(({speaker, speakerMention}) => [speaker, speakerMention])
    ).toEqual([['Clara Holt', 'the minister']])
  })

  it('continues the previous speaker in a paragraph with no attribution of its own', () => {
    expect(
      said(
        article(
          '“We were told about the cracks in 2019,” said harbour master Ian Boyle.',
          '“Every winter since then the sea has taken a little more of the wall.”',
          'The council will vote again in March.'
        )
      )
    ).toEqual([
      {text: 'We were told about the cracks in 2019,', speaker: 'Ian Boyle', speakerMention: 'harbour master Ian Boyle', cue: 'said', partial: false, paragraph: 1},
      {text: 'Every winter since then the sea has taken a little more of the wall.', speaker: 'Ian Boyle', speakerMention: null, cue: null, partial: false, paragraph: 2}
    ])
  })

  it('says when a pronoun stands for nobody it can tell', () => {
    const file = new VFile({value: article('The council will vote again in March.', '“We will be ready,” she said.')})
    const result = createNewsProcessor().processSync(file).result
    expect(result.quotes.map(({speaker, speakerMention}) => [speaker, speakerMention])).toEqual([[null, 'she']])
    expect(file.messages.map((message) => [message.ruleId, message.source, message.reason])).toEqual([
      ['unresolved-speaker', 'news-article-parser', 'Cannot tell whom `she` stands for']
    ])
  })
})

describe('options', () => {
  const text = article('“The wall will be paid for by the people who use the harbour,” Skipper Dan Ross harrumphed.')

  it('extend the cues and the titles', () => {
    expect(said(text).map(({speaker, cue}) => [speaker, cue])).toEqual([[null, null]])
    expect(said(text, {cues: ['harrumphed'], titles: ['skipper']}).map(({speaker, cue}) => [speaker, cue])).toEqual([['Dan Ross', 'harrumphed']])
  })

  it('extend the pronouns', () => {
    const pronoun = article('Dock worker Sam Lee has led the campaign for a new wall since the spring floods.', '“We will keep at it until it is built,” ze said.')
    // Without the pronoun, the quotation only continues the paragraph before.
    expect(said(pronoun).map(({speaker, speakerMention, cue}) => [speaker, speakerMention, cue])).toEqual([['Sam Lee', null, null]])
    expect(said(pronoun, {pronouns: [{word: 'ze', gender: 'any', refers: 'person'}]}).map(({speaker, speakerMention, cue}) => [speaker, speakerMention, cue])).toEqual([
      ['Sam Lee', 'ze', 'said']
    ])
  })
})

describe('the seed article', () => {
  it('gives its six quotes their speakers; the fourth and fifth are Putin’s, said by “he”', () => {
    const text = fs.readFileSync(new URL('../seeds/000_789fe9b915e96494.txt', import.meta.url), 'utf8')
    expect(said(text).map(({speaker, speakerMention, cue, paragraph}) => [speaker, speakerMention, cue, paragraph])).toEqual([
      ['Vladimir Putin', 'Putin', 'said', 2],
      ['Alexander Lukashenko', 'Lukashenko', 'saying', 3],
      ['Alexander Lukashenko', 'Lukashenko', 'adding', 3],
      ['Vladimir Putin', 'he', 'told reporters', 8],
      ['Vladimir Putin', null, null, 9],
      ['Valery Karbalevich', 'Belarusian analyst Valery Karbalevich', 'said', 12]
    ])
  })
})

describe('speakers with long subjects', () => {
  /** Speaker and cue of each quotation. */
  function who(...paragraphs: string[]): Array<[string | null | undefined, string | null | undefined]> {
    return said(article(...paragraphs)).map(({speaker, cue}) => [speaker, cue])
  }

  it('crosses an age, a home town with its state, and a relative clause', () => {
    expect(who('“The fees will ruin us,” Ada Finch, 52, of Fareham, Hants., who runs a trawler, said after the vote.')).toEqual([['Ada Finch', 'said']])
  })

  it('crosses a participle clause and a stray comma after a party', () => {
    expect(
      who(
        'But councillor Neil Ward, noting the cost of the delay, said, “Every month we wait adds to the bill.”',
        '“It is a sensible pause,” Rep. Carla Mott (D-Hants.), said.'
      )
    ).toEqual([
      ['Neil Ward', 'said'],
      ['Carla Mott', 'said']
    ])
  })

  it('reads a cue word after a determiner as a noun', () => {
    expect(who('“The wall is sound,” Hugh Daly, the head of one of the states bordering the harbour, said on Tuesday.')).toEqual([['Hugh Daly', 'said']])
  })

  it('cuts an adverb that opens the sentence from the name', () => {
    expect(who('Even Solent Marine, the largest firm at the port, said the delay was “a relief.”').map(([speaker]) => speaker)).toEqual(['Solent Marine'])
  })
})

describe('reported speech inside reported speech', () => {
  it('gives a fragment to the outer speaker, not to a cue inside what they report', () => {
    expect(
      speakersOf(
        'Mayor Rita Cole says the engineers’ late-night reports on the wall were “alarmist, even for them.”',
        'Councillor Tom Varga told a resident who complained about the fees that “nobody is paying twice.”'
      )
    ).toEqual(['Rita Cole', 'Tom Varga'])
  })

  it('keeps a quotation that a comma leads in for the nearest cue', () => {
    expect(speakersOf('The report concludes with Pavel Sokolov saying at the meeting, “The wall has weeks.”')).toEqual(['Pavel Sokolov'])
  })

  it('keeps a cue after a clause break for its own speaker', () => {
    expect(speakersOf('Rita Cole said the vote was close, and Tom Varga called the plan “a gamble.”')).toEqual(['Tom Varga'])
  })
})

describe('gender from first names', () => {
  it('does not give a she-quotation to a man the article names by a man’s first name', () => {
    expect(
      said(article('Councillor Margaret Hale questioned harbour chief John Brandt for an hour.', 'Brandt stayed calm throughout the hearing.', '“You ignored the engineers for years,” she said.')).map(
        ({speaker}) => speaker
      )
    ).toEqual(['Margaret Hale'])
  })
})

describe('possessive nouns of saying', () => {
  it('gives the quotation to the owner of a claim that leads it', () => {
    expect(speakersOf('The plan was sunk by engineer Pavel Sokolov’s conclusion that the old wall was “beyond saving.”')).toEqual(['Pavel Sokolov'])
  })

  it('leaves it to the outer speaker when someone reports the claim', () => {
    expect(speakersOf('Mayor Rita Cole said that Pavel Sokolov’s claim that the wall will fail is “simply not true.”')).toEqual(['Rita Cole'])
  })

  it('does not read a show title after a possessive as that owner’s words', () => {
    expect(speakersOf('Rita Cole spoke on the BBC’s “Harbour Hour” on Tuesday.')).not.toContain('BBC')
  })
})

describe('bodies named by a description', () => {
  it('gives `the board` the body whose name holds `board`, not the last capitals before it', () => {
    const filler = Array.from({length: 5}, () => 'The tide rose again.')
    expect(
      said(article('The Harbour Board of Trustees met on Monday.', ...filler, 'The old wall was built long ago, under Article II of the charter.', '“The wall will be rebuilt,” the board said.')).map(
        ({speaker}) => speaker
      )
    ).toEqual(['Harbour Board of Trustees'])
  })

  it('takes no headline in capitals for a name', () => {
    expect(speakersOf('1. PANEL RULES FOR HARBOUR TRUST.', 'The wall has been “left to the sea,” the group says.')).toEqual(['the group'])
  })
})

describe('a signature in the next paragraph', () => {
  it('gives a quotation that is its whole paragraph to a name after a dash opening the next', () => {
    expect(
      said(article('Residents wrote to the council before the vote.', '“Fix the wall before the next storm.”', '- Joan Pike, Southsea.', 'The council will vote again in March.')).map(
        ({speaker, speakerMention}) => [speaker, speakerMention]
      )
    ).toEqual([['Joan Pike', 'Joan Pike']])
  })
})

describe('sentence subjects for the pronouns', () => {
  it('counts a name after lower-case roles as the subject of its sentence', () => {
    expect(
      speakersOf(
        'Councillor Tom Varga spoke first on Monday.',
        'In a statement on Tuesday, harbour engineer Pavel Sokolov was more cautious than the council. Though he called the plan “rushed,” the vote went ahead.'
      )
    ).toEqual(['Pavel Sokolov'])
  })
})

describe('a name and its party before a colon', () => {
  it('leads the quotation in', () => {
    expect(speakersOf('The exchange grew tense.', 'Rep. Carla Mott (D-Hants.): “I have not seen that figure anywhere.”')).toEqual(['Carla Mott'])
  })
})

describe('a quotation after a sentence about someone', () => {
  it('continues the person the sentence before, in its paragraph, was about', () => {
    expect(
      speakersOf('Councillor Tom Varga spoke first on Monday.', 'Rita Cole defended her record on the harbour at length. “We need a wall that lasts a century.”')
    ).toEqual(['Rita Cole'])
  })
})

describe('a tag that is the whole next sentence', () => {
  it('may say how and where it was said', () => {
    expect(
      said(article('On the phones all day were Eva Mills and Gloria Major.', '“How are you today?” Mills, a retired welder, said pleasantly into the phone.')).map(({speaker, cue}) => [speaker, cue])
    ).toEqual([['Eva Mills', 'said']])
  })
})

describe('a relative clause between the speaker and the cue', () => {
  it('gives the quotation to the one the clause is about', () => {
    expect(
      speakersOf(
        'A council official who spoke anonymously to discuss the talks said on Wednesday, “There are no plans to sell the harbour.”',
        '“Build it now,” Ada Finch, the trawler captain who founded the fishermen’s union tweeted on Friday.'
      )
    ).toEqual(['A council official', 'Ada Finch'])
  })
})

describe('long appositives', () => {
  it('crosses a long relative clause and a firm `called` something', () => {
    expect(
      speakersOf(
        'Later, Rita Cole, who served as mayor when the decision was made to build the first wall in the harbour, conceded the plan was “deeply flawed.”',
        'But Ian Boyle, at a consulting firm called Solent Harbour Works, argues that as the tides rise, “the wall will not hold.”'
      )
    ).toEqual(['Rita Cole', 'Ian Boyle'])
  })
})

describe('a name and where the person is from', () => {
  it('names the person, not the body after `of the`', () => {
    expect(speakersOf('As Father Ian Boyle of the Harbour Mission told the council, “The wall is our shelter.”')).toEqual(['Ian Boyle'])
  })
})

describe('nouns that end like adverbs', () => {
  it('keeps `family` in the speaker’s phrase', () => {
    expect(speakersOf('Dock worker Sam Lee was hurt in the storm.', 'Lee’s family called on the council to act “before someone dies.”')).toEqual(['Lee’s family'])
  })
})

describe('lower-case wire copy', () => {
  it('takes a lower-case word before a cue for a name when the article writes it with a capital', () => {
    const text = [
      'Harbour talks go well-cole',
      '    portsmouth, feb 26 - the harbour board is seeking a deal with its banks, chairman rita cole told a press conference.',
      '    Cole said the banks had been patient with the board.',
      '    asked about the new loans, cole said only, "that is good news."',
      '    "the banks and the board share the blame," cole said.'
    ].join('\n')
    expect(said(text).slice(-2).map(({speaker}) => speaker)).toEqual(['cole', 'cole'])
  })
})

describe('the subject of a sentence with no cue', () => {
  const before = 'Forty whales have stranded on the bay since June, and Anna Kowalski has counted every one.'

  it('speaks when it names someone the article knows, or a body or a text', () => {
    expect(speakersOf(before, 'Kowalski believes in journalism that “takes sides.”')).toEqual(['Anna Kowalski'])
    expect(speakersOf(before, 'The ministry believes the clean-up is “going well” despite the weather.')).toEqual(['The ministry'])
  })

  it('does not when it is a capitalised word opening the sentence and nothing else', () => {
    // No speaker and three words or fewer: the span is nobody's words.
    expect(speakersOf(before, 'Water was fired into the crowd as a “less-than-lethal” measure.')).toEqual([])
  })

  it('does not when it describes no person, body or text', () => {
    expect(speakersOf(before, 'The recent spate of strandings is “heartbreaking” for the families who live by the water.')).toEqual([])
  })
})

describe('verbs of saying', () => {
  it.each(['instructed', 'deadpanned', 'murmured', 'implored', 'elaborated'])('reads `%s` as a cue', (verb) => {
    expect(speakersOf('Crews worked through the night to close the breach.', `“Keep the pumps running,” ${verb} Milton Velez, the harbour’s night supervisor.`)).toEqual(['Milton Velez'])
  })
})

describe('`continued`', () => {
  it('is a cue as a tag', () => {
    expect(speakersOf('Anna Kowalski designed the wall in 2009.', '“It was built to last a century,” she told the councillors. “It will,” she continued.')).toEqual([
      'Anna Kowalski',
      'Anna Kowalski'
    ])
  })

  it('is no cue before a word in lower case, so what stands before it is no speaker', () => {
    // `faces continued criticism`: no one here for `she` to stand for.
    expect(speakersOf('As Mayor Tom Reyes faces continued criticism over the sea wall, its engineer is coming to its defence.', '“It was built to last a century,” she told the councillors.')).toEqual([null])
  })
})

describe('between the speaker and the cue', () => {
  it('skips an adverb such as `nevertheless`', () => {
    expect(speakersOf('Senator Ruth Casten praised the plan.', 'Casten nevertheless urged the mayor to “find the money before the floods do.”')).toEqual(['Ruth Casten'])
  })

  it('gives a relative clause after a name and its description to the name', () => {
    expect(
      speakersOf('The company has not renewed the contract.', '“There is no reason to talk now,” said Dave Mingey, a company spokesman, who also added, “We stand by her until the appeal is over.”')
    ).toEqual(['Dave Mingey', 'Dave Mingey'])
  })
})
