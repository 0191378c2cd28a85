#!/usr/bin/env node
/**
 * The `news-article-parser` command (see `docs/cli.md`).
 */

import {main} from './cli/main.js'

main(process.argv).then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    process.stderr.write(`news-article-parser: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`)
    process.exitCode = 1
  }
)
