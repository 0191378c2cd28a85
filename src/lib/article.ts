/**
 * Helpers the plugins share: the article on the file, the blocks of the tree,
 * their text, and which plugin claimed which block.
 */

import type {Paragraph, Root} from 'nlcst'
import type {Position} from 'unist'
import type {VFile} from 'vfile'
import {location, type Location} from 'vfile-location'
import {comparable} from './text.js'
import type {BlockData, BlockRole, NewsArticle, WireAgency} from '../types.js'

/** A new, empty article. */
export function emptyArticle(): NewsArticle {
  return {
    headline: null,
    publication: null,
    dek: null,
    caption: null,
    captions: [],
    byline: null,
    wireAgency: null,
    wireAgencies: [],
    dateline: null,
    paragraphs: [],
    quotes: []
  }
}

/** The article on `file`, created empty on first use. */
export function articleOf(file: VFile): NewsArticle {
  let article = file.data.newsArticle
  if (!article) {
    article = emptyArticle()
    file.data.newsArticle = article
  }
  return article
}

/** The blocks (top-level paragraphs) of a tree, in order. */
export function blocksOf(tree: Root): Paragraph[] {
  const blocks: Paragraph[] = []
  for (const child of tree.children) {
    if (child.type === 'ParagraphNode') blocks.push(child)
  }
  return blocks
}

/** What the plugins recorded on a block. */
export function blockData(node: Paragraph): BlockData {
  const data = (node.data ??= {})
  return (data.newsArticle ??= {})
}

/** The role a block was claimed for, if any. */
export function roleOf(node: Paragraph): BlockRole | undefined {
  return node.data?.newsArticle?.role
}

/** Whether a block is still free for a plugin to claim. */
export function isFree(node: Paragraph): boolean {
  return roleOf(node) === undefined
}

/** Claim a block for a role. */
export function claim(node: Paragraph, role: BlockRole, by: string): void {
  const data = blockData(node)
  data.role = role
  data.claimedBy = by
}

/** Start offset of a node. */
export function startOf(node: {position?: Position | undefined}): number {
  return node.position?.start.offset ?? 0
}

/** End offset of a node. */
export function endOf(node: {position?: Position | undefined}): number {
  return node.position?.end.offset ?? 0
}

/** The text of a block exactly as in the input. */
export function rawText(file: VFile, node: Paragraph): string {
  return String(file.value).slice(startOf(node), endOf(node))
}

/** Collapse runs of white space (line breaks of wrapped text included) to one space. */
export function collapse(value: string): string {
  // Most lines have nothing to collapse: only trim those.
  if (!/[^\S ]| {2}|\uFEFF/.test(value)) return value.trim()
  return value.replace(/[\s\uFEFF]+/g, ' ').trim()
}

const lineCache = new WeakMap<Paragraph, string>()

/** Markup codes some wire archives leave in copy (`&UR;`, `&QC;`, `&LR;`). */
const wireCodes = /&[A-Z]{2};/g

/** The text of a block on one line: white space collapsed, wire markup codes dropped. */
export function lineOf(file: VFile, node: Paragraph): string {
  let line = lineCache.get(node)
  if (line === undefined) {
    const raw = rawText(file, node)
    line = collapse(raw.includes('&') ? raw.replace(wireCodes, ' ') : raw)
    lineCache.set(node, line)
  }
  return line
}

const keyCache = new WeakMap<Paragraph, string>()

/** The text of a block in comparable form (see `comparable`), to tell copies of a line. */
export function keyOf(file: VFile, node: Paragraph): string {
  let key = keyCache.get(node)
  if (key === undefined) {
    key = comparable(lineOf(file, node))
    keyCache.set(node, key)
  }
  return key
}

/** The text of a block between its body start and end (a claimed prefix or suffix cut). */
export function bodyText(file: VFile, node: Paragraph): string {
  const data = node.data?.newsArticle
  // Nothing cut: the whole block, as `lineOf` has it already.
  if (data?.bodyStart === undefined && data?.bodyEnd === undefined) return lineOf(file, node)
  const start = data?.bodyStart ?? startOf(node)
  const end = data?.bodyEnd ?? endOf(node)
  return collapse(String(file.value).slice(start, end).replace(wireCodes, ' '))
}

/** A position from offsets in `file`, as unist `Position`. */
export function positionOf(file: VFile, start: number, end: number): Position {
  let place = locations.get(file)
  if (!place) {
    place = location(file)
    locations.set(file, place)
  }
  return {start: place.toPoint(start)!, end: place.toPoint(end)!}
}

const locations = new WeakMap<VFile, Location>()

/**
 * Credit an agency for the story, once per agency, keeping the list in the
 * order the credits stand in the text.
 */
export function creditAgency(article: NewsArticle, agency: WireAgency): void {
  if (article.wireAgencies.some((known) => known.code === agency.code)) return
  article.wireAgencies.push(agency)
  article.wireAgencies.sort((a, b) => (a.position.start.offset ?? 0) - (b.position.start.offset ?? 0))
  article.wireAgency = article.wireAgencies[0]
}
