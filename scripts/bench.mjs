#!/usr/bin/env node
/**
 * Benchmark of news-article-parser: `npm run bench` (builds first), or
 * `node scripts/bench.mjs [--quick] [--json FILE]` on an existing build.
 *
 * Prints Markdown tables (this is no test: nothing fails):
 *
 * 1. per article, on the seed and on articles of ~5 KB, 50 KB, 500 KB and
 *    5 MB: `parseNewsArticle` against a bare `retext-english` parse of the
 *    same text in the same run (the ratio), and articles per second;
 * 2. each step's share of the time: the parser and every plugin of the
 *    preset (`newsArticlePlugins`), each transformer wrapped in a timer;
 * 3. time and peak memory against input size (500 KB, 5 MB, 10 MB), each in
 *    a fresh process: both must grow linearly;
 * 4. CLI throughput on 1,000 files with `--concurrency 1` and `2`.
 *
 * Inputs are built from the texts in `seeds/` and `fixtures/`: the seed
 * whole, then body paragraphs of the other texts, then paragraphs generated
 * (deterministically) from their words, up to the size wanted. When
 * `../shared/corpus/raw` is there, its real articles are used too (read
 * only): as one more row of table 1, and for the CLI's 1,000 files
 * (written to a temporary folder and removed afterwards).
 *
 * `--quick` skips the 5 MB and 10 MB inputs, the bare parse above 500 KB and
 * repeats less: a minute or so instead of several. `--only articles|plugins|
 * scaling|cli` runs one section; `--json FILE` also writes the figures.
 */

import {spawn, spawnSync} from 'node:child_process'
import {existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import v8 from 'node:v8'
import {Bench} from 'tinybench'
import {unified} from 'unified'
import retextEnglish from 'retext-english'
import {VFile} from 'vfile'
import {newsArticlePlugins, newsCompile, newsParse, parseArticleTree, parseNewsArticle} from '../dist/index.js'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const cli = path.join(root, 'dist', 'cli.js')
const args = process.argv.slice(2)
const quick = args.includes('--quick')
const jsonOut = args.includes('--json') ? args[args.indexOf('--json') + 1] : undefined
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined
const wanted = (section) => only === undefined || only === section

const KB = 1000
const MB = 1000 * KB
const seedName = '000_789fe9b915e96494.txt'

// ---------------------------------------------------------------------------
// Material and inputs

/** Text files under `folder`, sorted, recursively. */
function textFiles(folder) {
  if (!existsSync(folder)) return []
  const found = []
  for (const entry of readdirSync(folder, {withFileTypes: true}).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const full = path.join(folder, entry.name)
    if (entry.isDirectory()) found.push(...textFiles(full))
    else if (entry.name.endsWith('.txt')) found.push(full)
  }
  return found
}

function loadMaterial() {
  const seeds = textFiles(path.join(root, 'seeds'))
  const fixtures = textFiles(path.join(root, 'fixtures'))
  const seedPath = seeds.find((file) => file.endsWith(seedName)) ?? seeds[0]
  if (!seedPath) throw new Error('no seed in seeds/')
  const seed = readFileSync(seedPath, 'utf8')
  const others = [...seeds, ...fixtures].filter((file) => file !== seedPath).map((file) => readFileSync(file, 'utf8'))
  const corpusFolder = path.join(root, '..', 'shared', 'corpus', 'raw')
  const corpus = textFiles(corpusFolder).map((file) => ({name: path.basename(file), text: readFileSync(file, 'utf8')}))
  return {seed, seedName: path.basename(seedPath), others, corpus, fixtures: fixtures.length}
}

/** Body paragraphs of a text: blocks of running text (20 words or more). */
function paragraphsOf(text) {
  return text
    .split(/\n\s*\n|\r?\n/)
    .map((block) => block.replace(/\s+/g, ' ').trim())
    .filter((block) => block.split(' ').length >= 20 && /[.!?"”’]$/.test(block))
}

/** A small deterministic random number generator (mulberry32). */
function random(seed) {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** Generate paragraphs of news-like prose from the words of `texts`. */
function prose(texts, seed) {
  const words = []
  const names = []
  for (const text of texts) {
    for (const word of text.match(/\p{L}[\p{L}'’-]*/gu) ?? []) {
      if (/^\p{Lu}\p{Ll}{2,}$/u.test(word)) names.push(word)
      else if (/^\p{Ll}{2,}$/u.test(word)) words.push(word)
    }
  }
  const next = random(seed)
  const pick = (list) => list[Math.floor(next() * list.length)]
  const sentence = () => {
    const length = 8 + Math.floor(next() * 16)
    const parts = []
    for (let index = 0; index < length; index++) {
      if (next() < 0.08) parts.push(`${pick(names)} ${pick(names)}`)
      else if (next() < 0.04) parts.push(String(Math.floor(next() * 2000)))
      else parts.push(pick(words))
    }
    const text = parts.join(' ')
    const capitalised = text[0].toUpperCase() + text.slice(1)
    if (next() < 0.2) return `“${capitalised},” said ${pick(names)} ${pick(names)}.`
    return capitalised + (next() < 0.1 ? '?' : '.')
  }
  return () => {
    const count = 2 + Math.floor(next() * 4)
    const sentences = []
    for (let index = 0; index < count; index++) sentences.push(sentence())
    return sentences.join(' ')
  }
}

/**
 * An article of about `size` characters: the seed, then paragraphs of the
 * other texts (each once), then generated paragraphs.
 */
function buildArticle(material, size, seed = 1) {
  const parts = [material.seed.trimEnd()]
  let length = parts[0].length
  const seedParagraphs = new Set(paragraphsOf(material.seed))
  const borrowed = material.others.flatMap(paragraphsOf).filter((paragraph) => !seedParagraphs.has(paragraph))
  const generate = prose([material.seed, ...material.others], seed)
  let index = 0
  while (length < size) {
    const paragraph = index < borrowed.length ? borrowed[index++] : generate()
    parts.push(paragraph)
    length += paragraph.length + 2
  }
  return parts.join('\n\n') + '\n'
}

// ---------------------------------------------------------------------------
// Output helpers

function table(headers, rows) {
  const cells = [headers, ...rows].map((row) => row.map((cell) => String(cell)))
  const widths = headers.map((_, column) => Math.max(...cells.map((row) => row[column].length)))
  const line = (row) => '| ' + row.map((cell, column) => cell.padEnd(widths[column])).join(' | ') + ' |'
  return [line(cells[0]), '| ' + widths.map((width) => '-'.repeat(width)).join(' | ') + ' |', ...cells.slice(1).map(line)].join('\n')
}

function size(bytes) {
  if (bytes >= MB) return `${(bytes / MB).toFixed(bytes >= 10 * MB ? 0 : 1)} MB`
  if (bytes >= KB) return `${(bytes / KB).toFixed(bytes >= 10 * KB ? 0 : 1)} KB`
  return `${bytes} B`
}

function ms(value) {
  if (value >= 1000) return `${(value / 1000).toFixed(2)} s`
  return `${value.toFixed(value >= 100 ? 0 : value >= 10 ? 1 : 3)} ms`
}

function fixed(value, digits = 2) {
  return Number.isFinite(value) ? value.toFixed(digits) : '—'
}

function say(text = '') {
  process.stdout.write(text + '\n')
}

/** CPU seconds used by this process's reaped children, and by the whole machine (Linux; `undefined` elsewhere). */
function cpuTimes() {
  try {
    const tick = 100 // USER_HZ on Linux
    const self = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ')
    const children = (Number(self[13]) + Number(self[14])) / tick
    const cpu = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number)
    // user nice system idle iowait irq softirq steal: busy is all but idle and iowait.
    const machine = (cpu[0] + cpu[1] + cpu[2] + cpu[5] + cpu[6] + cpu[7]) / tick
    return {children, machine}
  } catch {
    return undefined
  }
}

function load() {
  return os
    .loadavg()
    .map((value) => value.toFixed(2))
    .join(' ')
}

// ---------------------------------------------------------------------------
// 1. Per article: parseNewsArticle against a bare retext-english parse

const bare = unified().use(retextEnglish).freeze()

/**
 * Median time of `fn` in ms: small inputs in alternating rounds of tinybench
 * (the least of the rounds' medians, so a busy neighbour skews less), large
 * ones timed once or a few times.
 */
async function timeTasks(tasks, bytes) {
  const large = bytes >= 400 * KB
  const rounds = large ? 1 : quick ? 2 : 3
  const best = new Map()
  for (let round = 0; round < rounds; round++) {
    const bench = new Bench(
      large
        ? {time: 0, iterations: bytes >= 4 * MB ? 1 : quick ? 1 : 3, warmup: false}
        : {time: quick ? 150 : 400, iterations: 8, warmupTime: 100, warmupIterations: 4}
    )
    for (const [name, fn] of tasks) bench.add(name, fn)
    await bench.run()
    for (const task of bench.tasks) {
      const median = task.result.latency.p50
      best.set(task.name, Math.min(best.get(task.name) ?? Infinity, median))
    }
  }
  return best
}

async function perArticle(material) {
  const inputs = [
    {name: `seed (${material.seedName})`, texts: [material.seed]},
    {name: '~5 KB', texts: [buildArticle(material, 5 * KB)]},
    {name: '~50 KB', texts: [buildArticle(material, 50 * KB)]},
    {name: '~500 KB', texts: [buildArticle(material, 500 * KB)]}
  ]
  if (!quick) inputs.push({name: '~5 MB', texts: [buildArticle(material, 5 * MB)]})
  if (material.corpus.length > 0) inputs.splice(2, 0, {name: `corpus (${material.corpus.length} articles)`, texts: material.corpus.map((item) => item.text)})

  // Warm up first: the first few hundred calls run on code V8 has not yet
  // optimised (measured: the seed alone, timed first, came out 2× slower than
  // after it). A batch amortises that once per process; the table reports
  // the steady state. Section 4 (a fresh CLI process) includes the cold cost.
  const warmUntil = performance.now() + (quick ? 1500 : 3000)
  while (performance.now() < warmUntil) {
    for (const text of [material.seed, ...material.others, ...material.corpus.map((item) => item.text)]) parseNewsArticle(text)
  }

  const rows = []
  const results = []
  for (const input of inputs) {
    const bytes = input.texts.reduce((sum, text) => sum + text.length, 0)
    const perText = bytes / input.texts.length
    const tasks = [['ours', () => input.texts.forEach((text) => parseNewsArticle(text))]]
    const skipBare = quick && perText > 600 * KB
    if (!skipBare) tasks.unshift(['bare', () => input.texts.forEach((text) => bare.parse(text))])
    const times = await timeTasks(tasks, perText)
    const ours = times.get('ours') / input.texts.length
    const base = skipBare ? NaN : times.get('bare') / input.texts.length
    const result = {input: input.name, chars: Math.round(perText), bare: base, ours, ratio: ours / base, perSecond: 1000 / ours}
    results.push(result)
    rows.push([
      input.name,
      size(Math.round(perText)),
      skipBare ? '(skipped)' : ms(base),
      ms(ours),
      skipBare ? '—' : `${fixed(result.ratio)}×`,
      fixed(result.perSecond, result.perSecond >= 100 ? 0 : 2),
      `${fixed(perText / 1000 / ours, 2)}`
    ])
  }

  say('## 1. Per article: `parseNewsArticle` against a bare `retext-english` parse\n')
  say(table(['input', 'size', 'bare parse', 'parseNewsArticle', 'ratio', 'articles/s', 'MB/s'], rows))
  say('\nMedian time per article, one core. Bare parse: `unified().use(retextEnglish).parse(text)` (what `retext().use(retextEnglish).parse()` runs).')
  const steady = interleaved(material, inputs.find((input) => input.name === '~5 KB').texts[0])
  return {medians: results, interleaved: steady}
}

/**
 * A steadier check of the ratio on a shared machine: the bare parse, the
 * block parser alone and `parseNewsArticle` take turns over the same texts
 * for 15 rounds, each keeping its best round, so a busy minute hits all
 * three alike. Run over the corpus (or the seed and fixtures) and over the
 * ~5 KB article (20 copies a round).
 */
function interleaved(material, five) {
  const sets = [
    material.corpus.length > 0
      ? {name: `the ${material.corpus.length} corpus articles`, key: 'corpus', texts: material.corpus.map((item) => item.text)}
      : {name: `${1 + material.others.length} seed and fixture texts`, key: 'corpus', texts: [material.seed, ...material.others]},
    {name: 'the ~5 KB article (20 copies)', key: '~5 KB', texts: new Array(20).fill(five)}
  ]
  const steps = {bare: (text) => bare.parse(text), 'block parser': (text) => parseArticleTree(text), parseNewsArticle: (text) => parseNewsArticle(text)}
  const results = []
  for (const set of sets) {
    const best = {}
    for (let round = 0; round < 15; round++) {
      for (const [name, step] of Object.entries(steps)) {
        const start = performance.now()
        for (const text of set.texts) step(text)
        best[name] = Math.min(best[name] ?? Infinity, (performance.now() - start) / set.texts.length)
      }
    }
    results.push({input: set.key, bare: best.bare, blocks: best['block parser'], ours: best.parseNewsArticle, ratio: best.parseNewsArticle / best.bare, perSecond: 1000 / best.parseNewsArticle})
    say(
      `${set === sets[0] ? '\n' : ''}Interleaved, best of 15 rounds over ${set.name}: bare parse ${ms(best.bare)}, block parser ${ms(best['block parser'])} (${fixed(best['block parser'] / best.bare)}×), parseNewsArticle ${ms(best.parseNewsArticle)} (${fixed(best.parseNewsArticle / best.bare)}×, ${fixed(1000 / best.parseNewsArticle, 0)} articles/s).`
    )
  }
  return results
}

// ---------------------------------------------------------------------------
// 2. Each step's share of the time

function timedProcessor(totals) {
  const wrap = (plugin, name) =>
    function (...parameters) {
      const transformer = plugin.apply(this, parameters)
      return function (tree, file) {
        const start = performance.now()
        const result = transformer(tree, file)
        totals.set(name, (totals.get(name) ?? 0) + performance.now() - start)
        return result
      }
    }
  return unified()
    .use(newsParse)
    .use(newsArticlePlugins.map((plugin, index) => [wrap(plugin, plugin.name || `plugin ${index + 1}`), {}]))
    .use(newsCompile)
    .freeze()
}

function shares(texts, budget) {
  const totals = new Map()
  const processor = timedProcessor(totals)
  const once = () => {
    for (const text of texts) {
      const file = new VFile({value: text})
      let start = performance.now()
      const tree = processor.parse(file)
      totals.set('parse (newsParse)', (totals.get('parse (newsParse)') ?? 0) + performance.now() - start)
      start = performance.now()
      processor.runSync(tree, file)
      totals.set('run', (totals.get('run') ?? 0) + performance.now() - start)
      start = performance.now()
      processor.stringify(tree, file)
      totals.set('compile', (totals.get('compile') ?? 0) + performance.now() - start)
    }
  }
  once()
  // The least of each step over rounds: a garbage collection or a busy
  // neighbour lands in one round, not in all of them.
  const per = new Map()
  const start = performance.now()
  let rounds = 0
  do {
    totals.clear()
    once()
    rounds++
    for (const [name, value] of totals) per.set(name, Math.min(per.get(name) ?? Infinity, value / texts.length))
  } while (performance.now() - start < budget || (budget > 0 && rounds < 3))
  const plugins = newsArticlePlugins.map((plugin, index) => plugin.name || `plugin ${index + 1}`)
  const pluginSum = plugins.reduce((sum, name) => sum + (per.get(name) ?? 0), 0)
  per.set('unified (between plugins)', Math.max(0, per.get('run') - pluginSum))
  per.set('total', per.get('parse (newsParse)') + per.get('run') + per.get('compile'))
  return {per, plugins}
}

function pluginShares(material) {
  const inputs = [
    {name: '~5 KB', texts: [buildArticle(material, 5 * KB)], budget: quick ? 500 : 1500},
    {name: '~500 KB', texts: [buildArticle(material, 500 * KB)], budget: quick ? 0 : 1500}
  ]
  if (material.corpus.length > 0) inputs.splice(1, 0, {name: 'corpus', texts: material.corpus.map((item) => item.text), budget: quick ? 500 : 2000})
  if (!quick) inputs.push({name: '~5 MB', texts: [buildArticle(material, 5 * MB)], budget: 0})

  const measured = inputs.map((input) => ({input, ...shares(input.texts, input.budget)}))
  const steps = ['parse (newsParse)', ...measured[0].plugins, 'unified (between plugins)', 'compile', 'total']
  const big = measured.find((item) => item.input.name === '~5 MB')
  const mid = measured.find((item) => item.input.name === '~500 KB')
  const rows = steps.map((step) => {
    const row = [step]
    for (const item of measured) {
      const value = item.per.get(step) ?? 0
      row.push(ms(value), `${fixed((value / item.per.get('total')) * 100, 1)}%`)
    }
    if (big && mid) row.push(fixed((big.per.get(step) ?? 0) / (mid.per.get(step) || NaN), 1))
    return row
  })
  const headers = ['step']
  for (const item of measured) headers.push(`${item.input.name} ms/article`, 'share')
  if (big && mid) headers.push('5 MB / 500 KB')

  say('\n## 2. Where the time goes: the parser and each plugin\n')
  say(table(headers, rows))
  say('\nEach plugin of `newsArticlePlugins` wrapped in a timer, in preset order; each step the least over the rounds run in its time budget (so the steps need not add up to table 1\'s median). Linear growth gives about 10 in the last column.')
  return Object.fromEntries(measured.map((item) => [item.input.name, Object.fromEntries(item.per)]))
}

// ---------------------------------------------------------------------------
// 3. Time and peak memory against input size (a fresh process per size)

/** In a child process: parse an article of `bytes` once, report time and memory. */
function child(bytes) {
  const material = loadMaterial()
  const text = buildArticle(material, bytes)
  // A short warm-up only: a long one would leave heap committed that the
  // measured parse then reuses, and its peak would look smaller than it is.
  parseNewsArticle(material.seed)
  globalThis.gc?.()
  const baseline = process.memoryUsage().rss
  const start = performance.now()
  const article = parseNewsArticle(text)
  const elapsed = performance.now() - start
  const peak = process.resourceUsage().maxRSS * 1024
  const heap = v8.getHeapStatistics().total_heap_size
  process.stdout.write(JSON.stringify({bytes: text.length, ms: elapsed, peakGrowth: peak - baseline, heapAfter: heap, paragraphs: article.paragraphs.length}))
}

function scaling() {
  const sizes = quick ? [50 * KB, 500 * KB, 5 * MB] : [50 * KB, 500 * KB, 5 * MB, 10 * MB]
  const results = []
  for (const bytes of sizes) {
    const run = spawnSync(process.execPath, ['--expose-gc', fileURLToPath(import.meta.url), '--child', String(bytes)], {
      encoding: 'utf8',
      maxBuffer: 1 << 20
    })
    if (run.status !== 0) throw new Error(`child for ${size(bytes)} failed: ${run.stderr}`)
    results.push(JSON.parse(run.stdout))
  }
  const at = (bytes) => results.find((item) => Math.abs(item.bytes - bytes) / bytes < 0.05)
  const reference = at(500 * KB)
  const rows = results.map((item) => [
    size(item.bytes),
    ms(item.ms),
    `${fixed(item.bytes / 1000 / item.ms, 2)} MB/s`,
    reference ? fixed(item.ms / reference.ms, 1) : '—',
    `${fixed(item.peakGrowth / MB, 0)} MB`,
    reference ? fixed(item.peakGrowth / reference.peakGrowth, 1) : '—',
    `${fixed(item.peakGrowth / item.bytes, 0)}`
  ])
  say('\n## 3. Time and peak memory against input size\n')
  say(table(['input', 'parseNewsArticle', 'speed', 'time / 500 KB', 'peak RSS growth', 'memory / 500 KB', 'bytes of RSS per input byte'], rows))
  say('\nOne parse each in a fresh process (after one parse of the seed). Peak RSS growth: the process\'s peak resident memory less its memory before the parse. Linear growth gives 10 at 5 MB and 20 at 10 MB.')
  return results
}

/**
 * The same growth for text whose line breaks were lost (datasets that keep
 * an article on one line): every paragraph one block, with its quotations.
 */
function oneLine(material) {
  const flat = (bytes) => buildArticle(material, bytes).replace(/\s*\n\s*/g, ' ')
  const inputs = [250 * KB, 1 * MB]
  parseNewsArticle(flat(50 * KB))
  const rows = []
  const results = []
  for (const bytes of inputs) {
    const text = flat(bytes)
    const start = performance.now()
    const article = parseNewsArticle(text)
    const took = performance.now() - start
    results.push({bytes: text.length, ms: took, quotes: article.quotes.length})
    rows.push([size(text.length), ms(took), `${fixed(text.length / 1000 / took, 2)} MB/s`, String(article.quotes.length)])
  }
  say('\n### Text on one line\n')
  say(table(['input', 'parseNewsArticle', 'speed', 'quotes found'], rows))
  say(`\nThe material of table 3 with every line break replaced by a space, one parse each in this process. Time 1 MB / 250 KB: ${fixed(results[1].ms / results[0].ms, 1)} (linear: 4).`)
  return results
}

// ---------------------------------------------------------------------------
// 4. CLI throughput on 1,000 files

async function cliThroughput(material) {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'news-article-parser-bench-'))
  try {
    // Two halves of 500 files each, in subfolders: the CLI reads the whole
    // folder (recursively), or one process takes each half.
    const files = path.join(folder, 'articles')
    const halves = [path.join(files, 'a'), path.join(files, 'b')]
    for (const half of halves) mkdirSync(half, {recursive: true})
    let bytes = 0
    for (let index = 0; index < 1000; index++) {
      const text =
        material.corpus.length > 0
          ? material.corpus[index % material.corpus.length].text
          : buildArticle(material, 5 * KB, index + 1)
      const name = material.corpus.length > 0 ? `${String(index).padStart(4, '0')}_${material.corpus[index % material.corpus.length].name}` : `${String(index).padStart(4, '0')}.txt`
      writeFileSync(path.join(halves[index < 500 ? 0 : 1], name), text)
      bytes += Buffer.byteLength(text)
    }
    const out = path.join(folder, 'out.jsonl')
    const runOnce = (concurrency) => {
      const before = cpuTimes()
      const start = performance.now()
      const run = spawnSync(process.execPath, [cli, files, '--concurrency', String(concurrency), '--quiet', '--out', out], {encoding: 'utf8'})
      const seconds = (performance.now() - start) / 1000
      const after = cpuTimes()
      if (run.status !== 0) throw new Error(`CLI failed: ${run.stderr}`)
      const lines = readFileSync(out, 'utf8').split('\n').filter(Boolean).length
      // CPU seconds of the CLI (children reaped by this process) and of everything else on the machine.
      const cpu = before && after ? after.children - before.children : NaN
      const others = before && after ? (after.machine - before.machine - cpu) / seconds : NaN
      return {concurrency, seconds, articles: lines, perSecond: lines / seconds, cpu, others}
    }
    // Two CLI processes side by side, one worker each, on a half each: no
    // pool shared, so what they fall short of 2× is the machine's, not the CLI's.
    const runPair = async () => {
      const before = cpuTimes()
      const start = performance.now()
      const one = (half, index) =>
        new Promise((resolve, reject) => {
          const run = spawn(process.execPath, [cli, half, '--concurrency', '1', '--quiet', '--out', `${out}.${index}`], {stdio: ['ignore', 'ignore', 'pipe']})
          let stderr = ''
          run.stderr.on('data', (chunk) => (stderr += chunk))
          run.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`CLI failed: ${stderr}`))))
        })
      await Promise.all(halves.map(one))
      const seconds = (performance.now() - start) / 1000
      const after = cpuTimes()
      const lines = halves.reduce((sum, _, index) => sum + readFileSync(`${out}.${index}`, 'utf8').split('\n').filter(Boolean).length, 0)
      const cpu = before && after ? after.children - before.children : NaN
      const others = before && after ? (after.machine - before.machine - cpu) / seconds : NaN
      return {concurrency: 'pair', seconds, articles: lines, perSecond: lines / seconds, cpu, others}
    }
    const rounds = quick ? 1 : 3
    const best = new Map()
    const keep = (result) => {
      if (!best.has(result.concurrency) || result.seconds < best.get(result.concurrency).seconds) best.set(result.concurrency, result)
    }
    for (let round = 0; round < rounds; round++) {
      for (const concurrency of [0, 1, 2]) keep(runOnce(concurrency))
      keep(await runPair())
    }
    const one = best.get(1)
    const rows = [...best.values()].map((result) => [
      result.concurrency === 'pair'
        ? '1 each, 2 processes side by side (500 files each)'
        : result.concurrency === 0
          ? '0 (main thread)'
          : `${result.concurrency} worker thread${result.concurrency === 1 ? '' : 's'}`,
      `${fixed(result.seconds, 2)} s`,
      fixed(result.perSecond, 0),
      `${fixed(result.perSecond / one.perSecond, 2)}×`,
      `${fixed(result.cpu, 2)} s`,
      fixed(result.others, 2)
    ])
    say('\n## 4. CLI throughput on 1,000 files\n')
    say(table(['--concurrency', 'wall time', 'articles/s', 'speed-up over 1 worker', 'CPU time', 'other processes (cores busy)'], rows))
    say(
      `\n\`node dist/cli.js <folder> --concurrency N --quiet --out <file>\` on 1,000 files (${size(bytes)}, ${
        material.corpus.length > 0 ? `the ${material.corpus.length} corpus articles repeated` : 'generated ~5 KB articles'
      }), wall time including start-up.`
    )
    say(
      'The side-by-side row runs two separate CLI processes at once, one worker each, on 500 files each, and times them until both are done: nothing is shared between them, so its speed-up is what this machine gives this job on two cores (the ceiling for the 2-worker row).'
    )
    say('Best of the rounds by wall time; rounds alternate 0, 1, 2, side by side. CPU time: user + system of the CLI process and its threads (V8 runs garbage collection and compilation on helper threads, so one busy thread already uses more than one core). Other processes: CPU the rest of the machine used meanwhile, in cores (of 2); above 0.2 the speed-up is understated.')
    return [...best.values()]
  } finally {
    rmSync(folder, {recursive: true, force: true})
  }
}

/**
 * In a child process: parse the material for `seconds` after a warm-up, and
 * report how many articles went through. One such process alone against two
 * at once shows what the machine gives a second busy thread, apart from
 * anything the CLI does.
 */
function ceilingChild(seconds) {
  const material = loadMaterial()
  const texts = material.corpus.length > 0 ? material.corpus.map((item) => item.text) : [material.seed, ...material.others]
  const warmUntil = performance.now() + 1500
  while (performance.now() < warmUntil) for (const text of texts) parseNewsArticle(text)
  let articles = 0
  const start = performance.now()
  while (performance.now() - start < seconds * 1000) for (const text of texts) (parseNewsArticle(text), articles++)
  process.stdout.write(JSON.stringify({articles, seconds: (performance.now() - start) / 1000}))
}

async function machineCeiling() {
  const seconds = quick ? 3 : 5
  const one = () =>
    new Promise((resolve, reject) => {
      const run = spawn(process.execPath, [fileURLToPath(import.meta.url), '--ceiling', String(seconds)], {stdio: ['ignore', 'pipe', 'inherit']})
      let out = ''
      run.stdout.on('data', (chunk) => (out += chunk))
      run.on('close', (code) => (code === 0 ? resolve(JSON.parse(out)) : reject(new Error(`ceiling child exited with ${code}`))))
    })
  const rate = (runs) => runs.reduce((sum, run) => sum + run.articles / run.seconds, 0)
  const alone = rate([await one()])
  const together = rate(await Promise.all([one(), one()]))
  say(
    `\nWhat the machine gives a second thread, apart from the CLI: one process parsing the corpus in a loop (warm) ${fixed(alone, 0)} articles/s; two such processes at once ${fixed(together, 0)} articles/s together: ${fixed(together / alone)}×.`
  )
  return {alone, together}
}

// ---------------------------------------------------------------------------

async function main() {
  if (args[0] === '--child') {
    child(Number(args[1]))
    return
  }
  if (args[0] === '--ceiling') {
    ceilingChild(Number(args[1]))
    return
  }
  if (!existsSync(path.join(root, 'dist', 'index.js'))) throw new Error('no build: run `npm run build` first (or `npm run bench`)')

  const material = loadMaterial()
  const commit = spawnSync('git', ['rev-parse', '--short', 'HEAD'], {cwd: root, encoding: 'utf8'}).stdout.trim()
  const started = performance.now()
  say('# news-article-parser benchmark\n')
  say(`- command: \`node scripts/bench.mjs${quick ? ' --quick' : ''}\``)
  say(`- date: ${new Date().toISOString()}${commit ? `, commit ${commit}` : ''}`)
  say(`- machine: ${os.availableParallelism()} cores (${os.cpus()[0]?.model.trim() ?? 'unknown CPU'}), ${fixed(os.totalmem() / 2 ** 30, 0)} GiB, Node ${process.version}, ${os.platform()} ${os.arch()}`)
  say(`- load average at start: ${load()}`)
  say(
    `- material: seed ${material.seedName}, ${material.fixtures} fixture text(s), ${material.corpus.length} corpus article(s) from ../shared/corpus/raw\n`
  )

  const results = {}
  if (wanted('articles')) results.perArticle = await perArticle(material)
  if (wanted('plugins')) results.shares = pluginShares(material)
  if (wanted('scaling')) {
    results.scaling = scaling()
    results.oneLine = oneLine(material)
  }
  if (wanted('cli')) {
    results.cli = await cliThroughput(material)
    results.ceiling = await machineCeiling()
  }
  if (only !== undefined) return

  // The targets of issue 5.
  const five = results.perArticle.medians.find((item) => item.input === '~5 KB')
  const fiveSteady = results.perArticle.interleaved.find((item) => item.input === '~5 KB')
  const smallRatios = results.perArticle.medians.filter((item) => item.chars < 100 * KB && Number.isFinite(item.ratio))
  const worstRatio = Math.max(...smallRatios.map((item) => item.ratio))
  const steadyRatios = results.perArticle.interleaved.map((item) => `${item.input} ${fixed(item.ratio)}×`).join(', ')
  const worstSteady = Math.max(...results.perArticle.interleaved.map((item) => item.ratio))
  const at = (bytes) => results.scaling.find((item) => Math.abs(item.bytes - bytes) / bytes < 0.05)
  const [r500, r5, r10] = [at(500 * KB), at(5 * MB), at(10 * MB)]
  const cliOne = results.cli.find((item) => item.concurrency === 1)
  const cliTwo = results.cli.find((item) => item.concurrency === 2)
  const cliPair = results.cli.find((item) => item.concurrency === 'pair')
  const check = (ok) => (ok === undefined ? 'not measured' : ok ? 'met' : 'NOT met')
  const rows = [
    ['≥ 500 articles/s on one core, ~5 KB', `${fixed(five.perSecond, 0)} articles/s (median); ${fixed(fiveSteady.perSecond, 0)} (interleaved best)`, check(five.perSecond >= 500 && fiveSteady.perSecond >= 500)],
    ['parseNewsArticle ≤ 2× bare parse (articles < 100 KB)', `${fixed(worstRatio)}× (median, worst of ${smallRatios.map((item) => item.input).join(', ')}); interleaved best: ${steadyRatios}`, check(worstRatio <= 2 && worstSteady <= 2)],
    ['10 MB parsed in < 30 s', r10 ? ms(r10.ms) : '—', check(r10 ? r10.ms < 30_000 : undefined)],
    ['time 5 MB / 500 KB ≤ 12', r5 && r500 ? fixed(r5.ms / r500.ms, 1) : '—', check(r5 && r500 ? r5.ms / r500.ms <= 12 : undefined)],
    ['peak memory linear (5 MB / 500 KB ≤ 12)', r5 && r500 ? fixed(r5.peakGrowth / r500.peakGrowth, 1) : '—', check(r5 && r500 ? r5.peakGrowth / r500.peakGrowth <= 12 : undefined)],
    [
      'CLI: 2 workers ≥ 1.6× 1',
      `${fixed(cliTwo.perSecond / cliOne.perSecond)}×; two separate processes side by side: ${fixed(cliPair.perSecond / cliOne.perSecond)}× (the machine's ceiling)`,
      check(cliTwo.perSecond / cliOne.perSecond >= 1.6)
    ]
  ]
  say('\n## Targets (issue 5)\n')
  say(table(['target', 'measured', ''], rows))
  say(`\nTotal bench time ${fixed((performance.now() - started) / 1000, 0)} s; load average at the end: ${load()}.`)

  if (jsonOut) writeFileSync(jsonOut, JSON.stringify({date: new Date().toISOString(), node: process.version, cores: os.availableParallelism(), results}, null, 2) + '\n')
}

await main()
