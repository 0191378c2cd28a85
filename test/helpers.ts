/**
 * Helpers shared by the test files: white-space collapsing, short views of an
 * article, and checks that trees and positions lead back to the input.
 */

import {expect} from 'vitest'
import type {Node, Position} from 'unist'
import type {Root} from 'nlcst'
import {toString} from 'nlcst-to-string'
import {location} from 'vfile-location'
import type {NewsArticle} from '../src/index.js'

/** Collapse runs of white space to one space and trim (as the gold comparison does). */
export function collapse(value: string): string {
  return value.replace(/[\s\uFEFF]+/g, ' ').trim()
}

/** Blocks of an article joined with blank lines. */
export function lines(...blocks: string[]): string {
  return blocks.join('\n\n') + '\n'
}

/** A short invented AP story (headline and dateline paragraph) with `paragraphs` after them: the quote tests' frame. */
export function article(...paragraphs: string[]): string {
  return [
    'Harbour plan splits city council',
    'PORTSMOUTH, England (AP) — The city council voted on Tuesday to delay a plan to rebuild the old harbour wall, after a debate that ran past midnight.',
    ...paragraphs
  ].join('\n\n')
}

/** The codes of the story's agencies, in order. */
export function codes(article: NewsArticle): string[] {
  return article.wireAgencies.map((agency) => agency.code)
}

/** The byline's authors, `[]` when there is no byline. */
export function authors(article: NewsArticle): string[] {
  return article.byline?.authors ?? []
}

/** Captions as `{text, credit}`, the gold format. */
export function captions(article: NewsArticle): Array<{text: string; credit: string | null}> {
  return article.captions.map((caption) => ({text: caption.text, credit: caption.credit}))
}

/** Paragraphs with white space collapsed. */
export function paragraphs(article: NewsArticle): string[] {
  return article.paragraphs.map(collapse)
}

/**
 * The text a position covers in `text`, after checking that the position's
 * lines and columns agree with its offsets.
 */
export function sliceAt(text: string, position: Position | undefined, what: string): string {
  expect(position, `${what} has a position`).toBeDefined()
  const place = location(text)
  const {start, end} = position!
  expect(start.offset, `${what}: start offset`).toBeTypeOf('number')
  expect(end.offset, `${what}: end offset`).toBeTypeOf('number')
  expect(start.offset!, `${what}: start <= end`).toBeLessThanOrEqual(end.offset!)
  expect(place.toPoint(start.offset!), `${what}: start point`).toEqual(start)
  expect(place.toPoint(end.offset!), `${what}: end point`).toEqual(end)
  return text.slice(start.offset, end.offset)
}

interface AnyNode extends Node {
  value?: string
  children?: AnyNode[]
}

/**
 * Check that an nlcst tree loses nothing of `text`: it serialises back to
 * the text, every node's position slices out exactly that node's text, and
 * siblings tile their parent with no gap or overlap.
 */
export function expectLossless(tree: Root, text: string): void {
  expect(toString(tree)).toBe(text)
  const place = location(text)
  const failures: string[] = []

  const visit = (node: AnyNode, path: string): void => {
    if (failures.length > 5) return
    const position = node.position
    if (!position) {
      failures.push(`${path} (${node.type}) has no position`)
      return
    }
    const start = position.start.offset ?? -1
    const end = position.end.offset ?? -1
    const own = toString(node as never)
    if (text.slice(start, end) !== own) {
      failures.push(`${path} (${node.type}) at ${start}-${end} slices ${JSON.stringify(text.slice(start, end))}, not ${JSON.stringify(own)}`)
    }
    const startPoint = place.toPoint(start)
    const endPoint = place.toPoint(end)
    if (!startPoint || startPoint.line !== position.start.line || startPoint.column !== position.start.column) {
      failures.push(`${path} (${node.type}) start ${JSON.stringify(position.start)} is not at offset ${start} (${JSON.stringify(startPoint)})`)
    }
    if (!endPoint || endPoint.line !== position.end.line || endPoint.column !== position.end.column) {
      failures.push(`${path} (${node.type}) end ${JSON.stringify(position.end)} is not at offset ${end} (${JSON.stringify(endPoint)})`)
    }
    if (node.children) {
      let at = start
      node.children.forEach((child, index) => {
        const childStart = child.position?.start.offset
        if (childStart !== at) failures.push(`${path}.${index} (${child.type}) starts at ${childStart}, expected ${at}`)
        at = child.position?.end.offset ?? at
        visit(child, `${path}.${index}`)
      })
      if (node.children.length > 0 && at !== end) failures.push(`${path} (${node.type}) children end at ${at}, node ends at ${end}`)
    }
  }

  visit(tree as AnyNode, 'root')
  expect(failures).toEqual([])
}

/**
 * Check that what an article returns can be traced back to the input: the
 * dateline, byline, agencies and captions each stand where their positions
 * say.
 */
export function expectTraceable(article: NewsArticle, text: string): void {
  if (article.dateline) {
    expect(collapse(sliceAt(text, article.dateline.position, 'dateline'))).toBe(article.dateline.text)
    if (article.dateline.agency) {
      expect(sliceAt(text, article.dateline.agency.position, 'dateline agency')).toBe(article.dateline.agency.text)
    }
  }
  if (article.byline) {
    expect(collapse(sliceAt(text, article.byline.position, 'byline'))).toBe(collapse(article.byline.text))
  }
  for (const agency of article.wireAgencies) {
    expect(collapse(sliceAt(text, agency.position, `agency ${agency.code}`))).toBe(collapse(agency.text))
  }
  for (const caption of article.captions) {
    const covered = collapse(sliceAt(text, caption.position, 'caption'))
    expect(covered).toContain(collapse(caption.text))
    if (caption.credit) expect(covered).toContain(collapse(caption.credit))
    for (const agency of caption.agencies) {
      expect(sliceAt(text, agency.position, `caption agency ${agency.code}`)).toBe(agency.text)
    }
  }
}
