/**
 * Plugin: collect the body paragraphs.
 *
 * The body runs from where the story starts (see `lib/layout.ts`) to its
 * last sentence: every block no other plugin claimed, in order, with a
 * dateline cut from the front of the first and a sign-off from the end of
 * the last. Lines of a hard-wrapped paragraph are joined with one space.
 * What a page inserts between paragraphs (links to other stories,
 * promotions, embedded posts, the author's note) is left out, and a list of
 * links ("Related", "More stories") that no more story follows ends the body.
 * Blocks claimed `body` by a user's plugin count too.
 */

import type {Paragraph, Root} from 'nlcst'
import type {VFile} from 'vfile'
import type {Options} from '../types.js'
import {articleOf, blockData, blocksOf, bodyText, claim, endOf, isFree, lineOf, roleOf, startOf} from '../lib/article.js'
import {storyStart} from '../lib/layout.js'
import {isClosingSentence, isProse, wordCount} from '../lib/text.js'
import {isAuthorNote, isEmbedAttribution, isPromotion, isTeaser} from '../lib/inserts.js'
import {listHeaders, storyEnds} from '../lexicons/furniture.js'

const emptyOptions: Options = {}

/** A link after the last sentence: `Trump's visit to Asia: tmsnrt.rs/2znSb0v`. */
const trailingLink = /(?<=[.!?"”’])\s+(?:[\p{Lu}][^.!?:]{0,80}:\s*)?(?:https?:\/\/)?(?:[\w-]+\.)+[a-z]{2,}\/\S*\s*$/u

/** How many paragraphs of running text in a row show the story goes on after a list of links. */
const storyRun = 3

/**
 * Collect the paragraphs.
 */
export function newsParagraphs(options?: Readonly<Options> | null) {
  void (options || emptyOptions)

  return function paragraphsTransform(tree: Root, file: VFile): undefined {
    const article = articleOf(file)
    const blocks = blocksOf(tree)
    const start = storyStart(file, blocks)
    const end = storyEnd(file, blocks, start)
    if (start >= blocks.length && blocks.length > 0) {
      file.message('No body: every block is front matter or page furniture', {ruleId: 'no-body', source: 'news-article-parser'})
    }
    const authors = article.byline?.authors ?? []
    const body: Paragraph[] = []
    const repeated = repeatedLinks(file, blocks, start)

    for (let index = start; index < blocks.length; index++) {
      const node = blocks[index]
      if (index > end) {
        if (isFree(node)) claim(node, 'furniture', 'paragraphs')
        continue
      }
      if (!isFree(node) && roleOf(node) !== 'body') continue
      const text = bodyText(file, node)
      if (text === '') continue
      if (isTeaser(text) || isPromotion(text) || isAuthorNote(text, authors) || repeated.has(node)) {
        claim(node, 'furniture', 'paragraphs')
        continue
      }
      if (isEmbedAttribution(text)) {
        claim(node, 'furniture', 'paragraphs')
        // The embedded post itself is the paragraph before its attribution.
        const post = body.pop()
        if (post) claim(post, 'furniture', 'paragraphs')
        continue
      }
      body.push(node)
    }

    // A link glued to the end of the story: `… Vietnam. Trump's visit to Asia: tmsnrt.rs/2znSb0v`.
    const last = body.at(-1)
    if (last) {
      const raw = String(file.value).slice(startOf(last), last.data?.newsArticle?.bodyEnd ?? endOf(last))
      const link = trailingLink.exec(raw)
      if (link && link.index > 0) blockData(last).bodyEnd = startOf(last) + link.index
    }

    article.paragraphs = body.map((node, index) => {
      claim(node, 'body', 'paragraphs')
      blockData(node).paragraph = index
      return bodyText(file, node)
    })
  }
}

/**
 * Lines in the body shaped like a headline (six words or more, no closing
 * mark) that the page prints again as furniture further down, or three
 * times or more: links to other stories set between the paragraphs and
 * listed again under "Related stories", or a video's title at each player.
 */
function repeatedLinks(file: VFile, blocks: Paragraph[], start: number): Set<Paragraph> {
  const found = new Set<Paragraph>()
  // Per line: whether a later copy is furniture, and how many copies there are.
  const later = new Map<string, {furniture: boolean; copies: number}>()
  for (let index = blocks.length - 1; index >= start; index--) {
    const node = blocks[index]
    const line = lineOf(file, node)
    if (line.length > 200 || line.length < 20 || /[.!?…:;,"'”’)\]]$/u.test(line)) continue
    // The line as printed (white space collapsed): a page repeats a link exactly.
    let copies = later.get(line)
    if (!copies) later.set(line, (copies = {furniture: false, copies: 0}))
    if (isFree(node) && copies.furniture && wordCount(line) >= 6) found.add(node)
    if (roleOf(node) === 'furniture') copies.furniture = true
    copies.copies++
  }
  // A line printed three times or more (no figures: table rows repeat) is a link each time.
  for (let index = start; index < blocks.length; index++) {
    const node = blocks[index]
    if (found.has(node) || !isFree(node)) continue
    const line = lineOf(file, node)
    if (line.length > 200 || line.length < 20) continue
    const copies = later.get(line)
    if (copies && copies.copies >= 3 && !/\d/.test(line) && wordCount(line) >= 6) found.add(node)
  }
  return found
}

/**
 * Index of the story's last block: its last sentence, before any list of
 * links that no more running text follows.
 */
function storyEnd(file: VFile, blocks: Paragraph[], start: number): number {
  let end = blocks.length - 1

  for (let index = start + 1; index < blocks.length; index++) {
    const node = blocks[index]
    if (roleOf(node) !== 'furniture') continue
    const line = lineOf(file, node)
    if (storyEnds.some((mark) => mark.test(line))) {
      end = index - 1
      break
    }
    if (!listHeaders.some((header) => header.test(line))) continue
    if (!storyFollows(file, blocks, index)) {
      end = index - 1
      break
    }
  }

  while (end > start && !(isFree(blocks[end]) && closes(bodyText(file, blocks[end])))) end--
  return end
}

/** Whether a block can be the story's last: a closing sentence that is not a link to another story. */
function closes(text: string): boolean {
  return isClosingSentence(text) && !isTeaser(text) && !isPromotion(text)
}

/**
 * Whether the story goes on after block `index`: a run of running-text
 * paragraphs follows, or little but running text is left.
 */
function storyFollows(file: VFile, blocks: Paragraph[], index: number): boolean {
  let run = 0
  let prose = 0
  let other = 0
  for (let at = index + 1; at < blocks.length; at++) {
    const node = blocks[at]
    if (!isFree(node)) {
      if (roleOf(node) === 'caption' || roleOf(node) === 'credit') continue
      run = 0
      continue
    }
    if (isProse(lineOf(file, node))) {
      prose++
      run++
    } else {
      other++
      run = 0
    }
    if (run >= storyRun) return true
  }
  // Only running text is left (one stray label at most): the story's last paragraphs.
  return prose > 0 && other <= 1
}
