/**
 * Plugin: find the dek (standfirst): the summary line between the headline
 * and the story.
 *
 * Only the front matter is searched: the blocks after the headline and
 * before the story starts (see `lib/layout.ts`). A dek is a free line of
 * some length (five words or more) that is not a name. Where bylines or
 * timestamps stand in the front matter, the dek is the last such line before
 * them (a page's teaser may come first), or the first after them.
 */

import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import type {Options} from '../types.js'
import {articleOf, blocksOf, claim, isFree, lineOf, roleOf} from '../lib/article.js'
import {storyStart} from '../lib/layout.js'
import {isProse, wordCount} from '../lib/text.js'
import {isTeaser} from '../lib/inserts.js'
import {isPersonName} from '../lib/names.js'

const emptyOptions: Options = {}

/** Roles of front matter that a dek stands before or after. */
const anchors = new Set(['byline', 'meta', 'agency', 'dateline'])

/** A summary bullet: a short line in sentence case that is no sentence of the story. */
function isBullet(line: string): boolean {
  const words = wordCount(line)
  return words >= 5 && words <= 20 && !isProse(line) && !/[.!?:]$/.test(line) && !isTeaser(line)
}

/**
 * Find the dek.
 */
export function newsDek(options?: Readonly<Options> | null) {
  void (options || emptyOptions)

  return function dekTransform(tree: Root, file: VFile): undefined {
    const blocks = blocksOf(tree)
    const headline = blocks.findIndex((node) => roleOf(node) === 'headline')
    if (headline < 0) return
    const start = storyStart(file, blocks)
    const front = blocks.slice(headline + 1, start)

    const firstAnchor = front.findIndex((node) => anchors.has(roleOf(node) ?? ''))
    const isDek = (index: number) => {
      const node = front[index]
      if (!isFree(node)) return false
      const line = lineOf(file, node)
      return wordCount(line) >= 5 && !isPersonName(line)
    }

    let chosen = -1
    if (firstAnchor >= 0) {
      for (let index = firstAnchor - 1; index >= 0 && chosen < 0; index--) if (isDek(index)) chosen = index
      if (chosen < 0) {
        let lastAnchor = firstAnchor
        front.forEach((node, index) => {
          if (anchors.has(roleOf(node) ?? '')) lastAnchor = index
        })
        for (let index = lastAnchor + 1; index < front.length && chosen < 0; index++) if (isDek(index)) chosen = index
      }
    } else {
      for (let index = front.length - 1; index >= 0 && chosen < 0; index--) if (isDek(index)) chosen = index
    }

    if (chosen < 0) return
    claim(front[chosen], 'dek', 'dek')
    let dek = lineOf(file, front[chosen])

    // Summary bullets: short lines in sentence case, one under the other.
    if (isBullet(dek)) {
      for (let index = chosen + 1; index < front.length && index <= chosen + 2; index++) {
        const node = front[index]
        if (!isFree(node) || !isBullet(lineOf(file, node))) break
        claim(node, 'dek', 'dek')
        dek += '\n' + lineOf(file, node)
      }
    }

    articleOf(file).dek = dek
  }
}
