#!/usr/bin/env node
// Score the built library (dist/) against the labelled articles in ../shared with its scorer.
// Skips cleanly when ../shared is not there (a clone outside the workplace).
//
//   npm run eval                       # ../shared/corpus: every field
//   npm run eval -- --corpus polnear   # ../shared/polnear/dev: quotes and speakers
//   npm run eval -- --corpus reuters   # ../shared/reuters21578/dev: headlines and datelines
//   npm run eval -- --verbose          # list every miss
import {existsSync} from 'node:fs'
import {spawnSync} from 'node:child_process'
import {dirname, join, resolve} from 'node:path'
import {fileURLToPath} from 'node:url'

const project = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const shared = resolve(project, process.env.NEWS_SHARED ?? '../shared')
const scorer = join(shared, 'eval', 'score.mjs')

if (!existsSync(scorer)) {
  console.log(`eval: skipped, no scorer at ${scorer} (set NEWS_SHARED to the shared data folder)`)
  process.exit(0)
}

const args = process.argv.slice(2)
const corpora = {corpus: 'corpus', polnear: 'polnear/dev', reuters: 'reuters21578/dev'}
const at = args.indexOf('--corpus')
if (at >= 0 && corpora[args[at + 1]]) args[at + 1] = join(shared, corpora[args[at + 1]])

const result = spawnSync(process.execPath, [scorer, '--project', project, ...args], {stdio: 'inherit'})
process.exit(result.status ?? 1)
