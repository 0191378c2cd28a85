import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {clearTextCaches, wordCount, wordsOf} from '../../src/lib/text.js'

describe('wordCount', () => {
  it.each([
    ['', 0],
    ['Putin said.', 2],
    ["don't stop", 2],
    ['U.S.-led talks', 2],
    ['a--b .-a', 2],
    ['’tis the 1.5.6 rule’s end', 5],
    ['Zürich, São Paulo and Київ', 5],
    ['𝐀bc d𝐀', 2]
  ])('counts the words of %j', (line, count) => {
    clearTextCaches()
    expect(wordCount(line)).toBe(count)
  })

  it('counts what wordsOf returns, on any text', () => {
    const text = fc.oneof(
      fc.string({unit: 'grapheme', maxLength: 60}),
      fc.stringMatching(/^[a-zA-Z0-9 .,'’\-–—"“”()éü𝐀Ж]{0,60}$/)
    )
    fc.assert(
      fc.property(text, (line) => {
        clearTextCaches()
        expect(wordCount(line)).toBe(wordsOf(line).length)
      }),
      {numRuns: 2000}
    )
  })
})
