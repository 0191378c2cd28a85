/**
 * Plugin: find direct quotations and who said them.
 */

import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import type {Options} from '../types.js'
import {articleOf} from '../lib/article.js'

const emptyOptions: Options = {}

/**
 * Find quotes.
 */
export function newsQuotes(options?: Readonly<Options> | null) {
  void (options || emptyOptions)

  return function (_tree: Root, file: VFile): undefined {
    articleOf(file).quotes = []
  }
}
