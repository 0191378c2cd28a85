/**
 * The public types: what `parseNewsArticle` returns, and what the plugins
 * write on the file and on the tree.
 */

import type {Position} from 'unist'
import type {PluggableList} from 'unified'
import type {AgencyEntry} from './lexicons/agencies.js'
import type {PronounEntry} from './lexicons/pronouns.js'

/** A photo or video caption. */
export interface Caption {
  /** The caption's text, without its credit. */
  text: string
  /** The credit as printed (`AP/PTI`, `Reuters`, `Evan Vucci/AP Photo`), or `null`. */
  credit: string | null
  /** Agencies named in the credit (`AP/PTI` → AP and PTI); they are not the story's. */
  agencies: WireAgency[]
  /** Where the caption stands in the input. */
  position: Position
}

/** The byline: who wrote the story. */
export interface Byline {
  /** The byline as printed (`By Jim Heintz, Associated Press`). */
  text: string
  /** The authors' names only, without "By", titles, agencies or e-mail addresses. */
  authors: string[]
  /** Where the byline stands in the input. */
  position: Position
}

/** A news agency credited for the story. */
export interface WireAgency {
  /** Canonical code (`AP`, `REUTERS`, `AFP`, `PTI`, …). */
  code: string
  /** Full name (`Associated Press`). */
  name: string
  /** The credit as printed (`AP`, `Reuters`, `(With inputs from PTI)`). */
  text: string
  /** Where the credit stands in the input. */
  position: Position
}

/** The dateline: where (and when) the story was filed. */
export interface Dateline {
  /** The dateline as printed, without the dash that follows it (`MOSCOW (AP)`). */
  text: string
  /** The place as printed (`MOSCOW`, `TRENTON, N.J.`, `BEIRUT/THE HAGUE`). */
  location: string | null
  /** Each place when several are joined by `/` (`['BEIRUT', 'THE HAGUE']`). */
  locations: string[]
  /** The state, province or country after the city (`N.J.`, `South Africa`), or `null`. */
  region: string | null
  /** The date words as printed (`Sept 15`), or `null`. */
  date: string | null
  /** The date as `YYYY-MM-DD`, when a year can be known; otherwise `null`. */
  isoDate: string | null
  /** The agency credited inside the dateline (`AP` in `MOSCOW (AP)`), or `null`. */
  agency: WireAgency | null
  /** Where the dateline stands in the input. */
  position: Position
}

/** A direct quotation. */
export interface Quote {
  /** What stands between the quote marks, without them. */
  text: string
  /** The fullest name the article gives the speaker, a description when unnamed, or `null`. */
  speaker: string | null
  /** The words that attribute the quote in place (`he`, `Putin`, `a ministry spokesperson`). */
  speakerMention: string | null
  /** The attribution cue (`said`, `told reporters`, `according to`). */
  cue: string | null
  /** Whether the quote is a fragment inside reported speech. */
  partial: boolean
  /** Whether the quotation runs over several paragraphs. */
  multiParagraph: boolean
  /** Index into `paragraphs` where the quote starts. */
  paragraph: number
  /** Where the quote (with its marks) stands in the input. */
  position: Position
}

/** What `parseNewsArticle` returns. */
export interface NewsArticle {
  /** The title, without a site name attached to it. */
  headline: string | null
  /** The site or paper named next to the headline (`The Tribune India`). */
  publication: string | null
  /** The standfirst between headline and body. */
  dek: string | null
  /** The first caption's text, without its credit. */
  caption: string | null
  /** Every photo or video caption, in order. */
  captions: Caption[]
  /** The byline. */
  byline: Byline | null
  /** The first agency credited for the story. */
  wireAgency: WireAgency | null
  /** Every agency credited for the story (not photo credits). */
  wireAgencies: WireAgency[]
  /** The dateline. */
  dateline: Dateline | null
  /** The body paragraphs, in order, without the dateline and page furniture. */
  paragraphs: string[]
  /** Direct quotations with their speakers. */
  quotes: Quote[]
}

/** The role a plugin gave a block (a line or paragraph of the input). */
export type BlockRole =
  | 'headline'
  | 'dek'
  | 'caption'
  | 'credit'
  | 'byline'
  | 'agency'
  | 'dateline'
  | 'meta'
  | 'furniture'
  | 'body'
  | (string & {})

/** What the plugins record on a block (`node.data.newsArticle`). */
export interface BlockData {
  /** The role claimed for the whole block, if any. */
  role?: BlockRole | undefined
  /** The plugin that claimed it. */
  claimedBy?: string | undefined
  /** Offset where the block's body text starts, when a prefix was claimed (a dateline). */
  bodyStart?: number | undefined
  /** Offset where the block's body text ends, when a suffix was claimed (a sign-off). */
  bodyEnd?: number | undefined
  /** Index into `NewsArticle.paragraphs`, for body blocks. */
  paragraph?: number | undefined
}

/** Options shared by `parseNewsArticle`, `createNewsProcessor` and the preset. */
export interface Options {
  /** More agencies to recognise, added to the built-in registry. */
  agencies?: ReadonlyArray<AgencyEntry> | null | undefined
  /** More patterns for page furniture (lines to drop), added to the built-in ones. */
  furniture?: ReadonlyArray<RegExp> | null | undefined
  /** More place names to recognise where a place alone opens the story with a colon (`Toronto: …`). */
  places?: ReadonlyArray<string> | null | undefined
  /** A date to take the year from when the article gives none (for `dateline.isoDate`). */
  referenceDate?: Date | string | null | undefined
  /** More attribution cues (`said`, `told reporters`), lower case, added to the built-in ones. */
  cues?: ReadonlyArray<string> | null | undefined
  /** More titles and roles that stand before a speaker's name (`analyst`, `Sen.`), added to the built-in ones. */
  titles?: ReadonlyArray<string> | null | undefined
  /** More pronouns that can stand for a speaker, added to the built-in ones. */
  pronouns?: ReadonlyArray<PronounEntry> | null | undefined
  /** More unified plugins to run after the preset. */
  plugins?: PluggableList | null | undefined
}

declare module 'vfile' {
  interface DataMap {
    /** The article the plugins fill in. */
    newsArticle: NewsArticle
  }
}

declare module 'nlcst' {
  interface ParagraphData {
    /** What the news-article plugins decided about this block. */
    newsArticle?: BlockData | undefined
  }
}

declare module 'unified' {
  interface CompileResultMap {
    NewsArticle: NewsArticle
  }
}
