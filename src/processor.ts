/**
 * The pipeline: the preset of plugins, a processor factory, and
 * `parseNewsArticle`.
 */

import type {Root} from 'nlcst'
import {unified, type PluggableList, type Preset, type Processor} from 'unified'
import {VFile} from 'vfile'
import type {NewsArticle, Options} from './types.js'
import {emptyArticle} from './lib/article.js'
import {newsCompile} from './lib/compile.js'
import {newsParse} from './lib/parse.js'
import {newsAgency} from './plugins/agency.js'
import {newsByline} from './plugins/byline.js'
import {newsCaption} from './plugins/caption.js'
import {newsDateline} from './plugins/dateline.js'
import {newsDek} from './plugins/dek.js'
import {newsFurniture} from './plugins/furniture.js'
import {newsHeadline} from './plugins/headline.js'
import {newsParagraphs} from './plugins/paragraphs.js'
import {newsQuotes} from './plugins/quotes.js'
import {newsAttribution} from './plugins/attribution.js'
import {newsScareQuotes} from './plugins/scare-quotes.js'

/**
 * The plugins that fill in a `NewsArticle`, in the order they run. Each
 * claims the blocks it decides about, so later ones see what is left.
 */
export const newsArticlePlugins = [
  newsFurniture,
  newsHeadline,
  newsByline,
  newsCaption,
  newsDateline,
  newsAgency,
  newsDek,
  newsParagraphs,
  newsQuotes,
  newsAttribution,
  newsScareQuotes
] as const

/**
 * The plugins as a list with options attached, ready for `processor.use()`.
 */
export function newsArticleList(options?: Readonly<Options> | null): PluggableList {
  const settings = withoutPlugins(options)
  return newsArticlePlugins.map((plugin) => [plugin, settings] as [typeof plugin, Options])
}

/** The preset: every plugin, in order, with default options. */
export const newsArticle: Preset = {plugins: newsArticleList()}

/** A processor that turns text into a `NewsArticle`. */
export type NewsProcessor = Processor<Root, Root, Root, Root, NewsArticle>

/**
 * Create a processor: the article parser, the preset (with `options`), the
 * user's `options.plugins`, and the compiler. Use `processSync(text).result`
 * or `await process(text)`.
 */
export function createNewsProcessor(options?: Readonly<Options> | null): NewsProcessor {
  checkOptions(options)
  return unified()
    .use(newsParse)
    .use(newsArticleList(options))
    .use(options?.plugins ?? [])
    .use(newsCompile) as unknown as NewsProcessor
}

/**
 * Parse the plain text of a news article.
 *
 * @throws {TypeError} when `text` is not a string.
 */
export function parseNewsArticle(text: string, options?: Readonly<Options> | null): NewsArticle {
  if (typeof text !== 'string') {
    throw new TypeError(`parseNewsArticle: expected \`text\` to be a string, got ${describe(text)}`)
  }
  if (text.trim() === '') return emptyArticle()
  const file = new VFile({value: text})
  return processorFor(options).processSync(file).result
}

const defaultProcessor: {current?: NewsProcessor} = {}
const processors = new WeakMap<object, NewsProcessor>()

/** A frozen processor for `options`, reused across calls with the same options object. */
function processorFor(options: Readonly<Options> | null | undefined): NewsProcessor {
  if (!options) return (defaultProcessor.current ??= createNewsProcessor().freeze())
  let processor = processors.get(options)
  if (!processor) {
    processor = createNewsProcessor(options).freeze()
    processors.set(options, processor)
  }
  return processor
}

function withoutPlugins(options: Readonly<Options> | null | undefined): Options {
  if (!options) return {}
  const {plugins: _ignored, ...rest} = options
  return rest
}

function checkOptions(options: unknown): void {
  if (options === null || options === undefined) return
  if (typeof options !== 'object' || Array.isArray(options)) {
    throw new TypeError(`news-article-parser: expected \`options\` to be an object, got ${describe(options)}`)
  }
  const {plugins, agencies, furniture, places, referenceDate} = options as Options
  if (places !== undefined && places !== null && (!Array.isArray(places) || places.some((place) => typeof place !== 'string'))) {
    throw new TypeError(`news-article-parser: expected \`options.places\` to be an array of strings, got ${describe(places)}`)
  }
  // A date string that names no date only leaves `isoDate` null; another type is a mistake.
  if (referenceDate !== undefined && referenceDate !== null && !(referenceDate instanceof Date) && typeof referenceDate !== 'string') {
    throw new TypeError(`news-article-parser: expected \`options.referenceDate\` to be a Date or a date string, got ${describe(referenceDate)}`)
  }
  if (plugins !== undefined && plugins !== null && !Array.isArray(plugins)) {
    throw new TypeError(`news-article-parser: expected \`options.plugins\` to be an array, got ${describe(plugins)}`)
  }
  if (agencies !== undefined && agencies !== null) {
    if (!Array.isArray(agencies)) {
      throw new TypeError(`news-article-parser: expected \`options.agencies\` to be an array, got ${describe(agencies)}`)
    }
    agencies.forEach((entry: unknown, index) => {
      const candidate = entry as {code?: unknown; name?: unknown; aliases?: unknown} | null
      if (
        !candidate ||
        typeof candidate.code !== 'string' ||
        typeof candidate.name !== 'string' ||
        !Array.isArray(candidate.aliases) ||
        candidate.aliases.some((alias) => typeof alias !== 'string' || alias.trim() === '')
      ) {
        throw new TypeError(
          `news-article-parser: expected \`options.agencies[${index}]\` to be {code: string, name: string, aliases: string[]}, got ${describe(entry)}`
        )
      }
    })
  }
  if (furniture !== undefined && furniture !== null && (!Array.isArray(furniture) || furniture.some((item) => !(item instanceof RegExp)))) {
    throw new TypeError(`news-article-parser: expected \`options.furniture\` to be an array of RegExp, got ${describe(furniture)}`)
  }
}

function describe(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'an array'
  const maybeBuffer = (globalThis as {Buffer?: {isBuffer(value: unknown): boolean}}).Buffer
  if (maybeBuffer?.isBuffer(value)) return 'a Buffer (decode it first, e.g. with buffer.toString("utf8"))'
  if (typeof value === 'object') return `an object (${Object.prototype.toString.call(value).slice(8, -1)})`
  return `${typeof value} (${String(value).slice(0, 40)})`
}
