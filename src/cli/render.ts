/**
 * Turn a parsed article into the text the command line writes: a JSON
 * document, one JSON line, or a short human-readable summary.
 */

import type {NewsArticle, Quote, WireAgency} from '../types.js'
import {emptyArticle} from '../lib/article.js'

/** Output formats. */
export type Format = 'json' | 'jsonl' | 'pretty'

/** A field of `NewsArticle`. */
export type Field = keyof NewsArticle

/** Every field, in the order `parseNewsArticle` returns them. */
export const articleFields: readonly Field[] = Object.keys(emptyArticle()) as Field[]

/** How to render each article (the same for the whole run). */
export interface RenderSettings {
  /** Output format. */
  format: Format
  /** Fields to keep, or `undefined` for all. */
  fields?: readonly Field[] | undefined
  /** Whether to keep `position` objects (default: `true`). */
  positions?: boolean | undefined
  /** Whether the run is a batch: output then says where each article came from. */
  batch?: boolean | undefined
}

/** Where an article came from. */
export interface Origin {
  /** File path, or `<stdin>`. */
  source: string
  /** Line number in a JSONL input (1-based). */
  line?: number | undefined
  /** The record's id (`--id-field`) in a JSONL input. */
  id?: unknown
}

/**
 * Render one article. Batches in `json` are written as one array by the
 * caller: each element comes back indented, without separators.
 */
export function render(article: NewsArticle, origin: Origin, settings: RenderSettings): string {
  const fields = pick(article, settings.fields)
  if (settings.format === 'pretty') return pretty(fields, origin, settings)

  const value = settings.batch ? {...originOf(origin), ...fields} : fields
  const replacer = settings.positions === false ? withoutPositions : undefined
  if (settings.format === 'jsonl') return JSON.stringify(value, replacer) + '\n'
  const json = JSON.stringify(value, replacer, 2)
  return settings.batch ? json.replace(/^/gm, '  ') : json + '\n'
}

function originOf(origin: Origin): Record<string, unknown> {
  const result: Record<string, unknown> = {source: origin.source}
  if (origin.line !== undefined) result.line = origin.line
  if (origin.id !== undefined) result.id = origin.id
  return result
}

function pick(article: NewsArticle, fields: readonly Field[] | undefined): Partial<NewsArticle> {
  if (!fields) return article
  const result: Partial<NewsArticle> = {}
  for (const field of fields) (result as Record<string, unknown>)[field] = article[field]
  return result
}

function withoutPositions(key: string, value: unknown): unknown {
  return key === 'position' ? undefined : value
}

/**
 * A summary for people: headline, dateline, agency, byline, then the quotes
 * as `speaker: "text"`.
 */
function pretty(article: Partial<NewsArticle>, origin: Origin, settings: RenderSettings): string {
  const lines: string[] = []
  const has = (field: Field) => field in article
  const row = (label: string, value: string | null | undefined) => lines.push(`${(label + ':').padEnd(13)}${value ?? '—'}`)

  if (settings.batch) lines.push(`==> ${origin.source}${origin.line === undefined ? '' : ':' + origin.line} <==`)
  if (has('headline')) row('Headline', article.headline)
  if (has('publication') && article.publication) row('Publication', article.publication)
  if (has('dateline')) {
    const dateline = article.dateline
    const text = dateline ? dateline.text + (dateline.isoDate ? ` (${dateline.isoDate})` : '') : null
    row('Dateline', text)
  }
  if (has('wireAgency') || has('wireAgencies')) {
    const agencies = article.wireAgencies ?? (article.wireAgency ? [article.wireAgency] : [])
    row('Agency', agencies.length > 0 ? agencies.map(agencyName).join(', ') : null)
  }
  if (has('byline')) {
    const byline = article.byline
    row('Byline', byline ? byline.text + (byline.authors.length > 0 ? ` (${byline.authors.join('; ')})` : '') : null)
  }
  if (has('dek') && article.dek) row('Dek', article.dek)
  if (has('captions') && article.captions && article.captions.length > 0) {
    for (const caption of article.captions) row('Caption', caption.text + (caption.credit ? ` [${caption.credit}]` : ''))
  } else if (has('caption') && article.caption) {
    row('Caption', article.caption)
  }
  if (has('paragraphs')) row('Paragraphs', String(article.paragraphs?.length ?? 0))
  if (has('quotes')) {
    const quotes = article.quotes ?? []
    row('Quotes', String(quotes.length))
    for (const quote of quotes) lines.push(`  ${quoteLine(quote)}`)
  }

  // In a batch, a blank line ends each article.
  return lines.join('\n') + (settings.batch ? '\n\n' : '\n')
}

function agencyName(agency: WireAgency): string {
  return agency.code === agency.name ? agency.code : `${agency.code} (${agency.name})`
}

function quoteLine(quote: Quote): string {
  return `${quote.speaker ?? '(unattributed)'}: "${quote.text}"`
}
