/**
 * news-article-parser: the plain text of a news article in, typed fields out.
 */

export {parseNewsArticle, createNewsProcessor, newsArticle, newsArticlePlugins, newsArticleList} from './processor.js'
export type {NewsProcessor} from './processor.js'
export {newsParse, parseArticleTree} from './lib/parse.js'
export {newsCompile} from './lib/compile.js'
export {newsFurniture} from './plugins/furniture.js'
export {newsHeadline} from './plugins/headline.js'
export {newsByline} from './plugins/byline.js'
export {newsDateline} from './plugins/dateline.js'
export {newsCaption} from './plugins/caption.js'
export {newsAgency} from './plugins/agency.js'
export {newsDek} from './plugins/dek.js'
export {newsParagraphs} from './plugins/paragraphs.js'
export {newsQuotes} from './plugins/quotes.js'
export {newsAttribution} from './plugins/attribution.js'
export {newsScareQuotes} from './plugins/scare-quotes.js'
export {agencies, agencyMatcher} from './lexicons/agencies.js'
export type {AgencyEntry, AgencyMatcher} from './lexicons/agencies.js'
export type {PronounEntry} from './lexicons/pronouns.js'
export {articleOf, blocksOf, blockData, claim, isFree, lineOf, roleOf} from './lib/article.js'
export type {
  BlockData,
  BlockRole,
  Byline,
  Caption,
  Dateline,
  NewsArticle,
  Options,
  Quote,
  WireAgency
} from './types.js'
