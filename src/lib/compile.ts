/**
 * The compiler: hands back the article the plugins filled in, as
 * `file.result` (typed through unified's `CompileResultMap`).
 */

import type {Root} from 'nlcst'
import type {Plugin, Processor} from 'unified'
import type {VFile} from 'vfile'
import type {NewsArticle} from '../types.js'
import {articleOf} from './article.js'

/**
 * Plugin that sets the compiler: the result of processing is the
 * `NewsArticle` on `file.data.newsArticle`.
 */
export const newsCompile: Plugin<[], Root, NewsArticle> = function (this: Processor) {
  const self = this as unknown as Processor<undefined, undefined, undefined, Root, NewsArticle>
  self.compiler = function (_tree: Root, file: VFile): NewsArticle {
    return articleOf(file)
  }
}
