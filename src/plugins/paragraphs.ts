/**
 * Plugin: collect the body paragraphs.
 *
 * The body runs from where the story starts (see `lib/layout.ts`) to the
 * end: every block no other plugin claimed, in order, with a dateline cut
 * from the front of the first and a sign-off from the end of the last. Lines
 * of a hard-wrapped paragraph are joined with one space. Blocks claimed
 * `body` by a user's plugin count too.
 */

import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import type {Options} from '../types.js'
import {articleOf, blockData, blocksOf, bodyText, claim, isFree, roleOf} from '../lib/article.js'
import {storyStart} from '../lib/layout.js'
import {isClosingSentence} from '../lib/text.js'

const emptyOptions: Options = {}

/**
 * Collect the paragraphs.
 */
export function newsParagraphs(options?: Readonly<Options> | null) {
  void (options || emptyOptions)

  return function (tree: Root, file: VFile): undefined {
    const blocks = blocksOf(tree)
    const start = storyStart(file, blocks)
    const paragraphs: string[] = []

    // The story ends with its last sentence: link lines and labels after it are the page's.
    let end = blocks.length - 1
    while (end > start && !(isFree(blocks[end]) && isClosingSentence(bodyText(file, blocks[end])))) {
      if (isFree(blocks[end])) claim(blocks[end], 'furniture', 'paragraphs')
      end--
    }

    for (let index = start; index <= end; index++) {
      const node = blocks[index]
      if (!isFree(node) && roleOf(node) !== 'body') continue
      const text = bodyText(file, node)
      if (text === '') continue
      claim(node, 'body', 'paragraphs')
      blockData(node).paragraph = paragraphs.length
      paragraphs.push(text)
    }

    articleOf(file).paragraphs = paragraphs
  }
}
