/**
 * The command line, run as a subprocess (`node dist/cli.js`) on files this
 * test writes to a temporary folder. Needs the build (`npm test` builds
 * first; `npx vitest run test/cli.test.ts` builds when `dist/` is missing).
 */

import {spawn, spawnSync} from 'node:child_process'
import {existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const cliPath = path.join(root, 'dist', 'cli.js')
const timeout = 60_000

interface Result {
  code: number | null
  stdout: string
  stderr: string
}

/** Run the CLI with `args`, feeding `input` to standard input. */
function cli(args: string[], input?: string | Buffer): Promise<Result> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cliPath, ...args], {cwd: folder, stdio: ['pipe', 'pipe', 'pipe']})
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk))
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
    child.on('error', reject)
    child.on('close', (code) => resolve({code, stdout, stderr}))
    child.stdin.on('error', () => {})
    child.stdin.end(input ?? '')
  })
}

/** A short article written for these tests. */
const article = `Council approves new harbour bridge after decade of debate

By Jane Doe, Associated Press

PORTSMOUTH, England (AP) — The city council on Tuesday approved plans for a new bridge across the harbour, ending a debate that lasted more than a decade.

"This is a great day for the city," council leader Tom Smith said after the vote.

Construction is expected to begin next spring and to take three years, officials said.
`

const second = `Storm closes schools across the region

Heavy rain and strong winds closed schools and roads across the region on Monday, and forecasters said the storm would last until the weekend.

Emergency services said they had answered hundreds of calls since Sunday night.
`

const third = `Local library marks its centenary

The town library celebrated its hundredth year on Saturday with readings, music and a cake shaped like a book.

Volunteers said more than two thousand people came.
`

let folder: string
let library: typeof import('../src/index.js')

beforeAll(async () => {
  if (!existsSync(cliPath)) {
    const build = spawnSync('npx', ['tsup'], {cwd: root, stdio: 'inherit'})
    if (build.status !== 0) throw new Error('build failed')
  }
  // Compare with the library as built, the code the CLI runs.
  library = (await import(path.join(root, 'dist', 'index.js'))) as typeof import('../src/index.js')

  folder = mkdtempSync(path.join(tmpdir(), 'news-article-parser-cli-'))
  writeFileSync(path.join(folder, 'article.txt'), article)
  // A batch: sorted order is a.txt, b/c.txt, b/d.txt (broken), e.txt; notes.md is skipped.
  mkdirSync(path.join(folder, 'batch', 'b'), {recursive: true})
  writeFileSync(path.join(folder, 'batch', 'a.txt'), article)
  writeFileSync(path.join(folder, 'batch', 'b', 'c.txt'), second)
  writeFileSync(path.join(folder, 'batch', 'b', 'd.txt'), Buffer.from([0x48, 0x69, 0x20, 0xff, 0xfe, 0x0a]))
  writeFileSync(path.join(folder, 'batch', 'e.txt'), third)
  writeFileSync(path.join(folder, 'batch', 'notes.md'), 'Not an article')
  // JSONL: a good record, a blank line, bad JSON, a record without the field, another good one.
  writeFileSync(
    path.join(folder, 'data.jsonl'),
    [
      JSON.stringify({id: 'r1', body: article}),
      '',
      '{not json',
      JSON.stringify({id: 'r4', title: 'no body'}),
      JSON.stringify({id: 'r5', body: second})
    ].join('\n') + '\n'
  )
}, timeout)

afterAll(() => {
  if (folder) rmSync(folder, {recursive: true, force: true})
})

/** What the library gives for `text`, as JSON would carry it. */
function parsed(text: string) {
  return JSON.parse(JSON.stringify(library.parseNewsArticle(text))) as Record<string, unknown>
}

function jsonLines(text: string): Array<Record<string, unknown>> {
  return text
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Record<string, unknown>)
}

describe('news-article-parser (one article)', () => {
  it('prints the article of a file as JSON, with nothing on stderr', async () => {
    const result = await cli(['article.txt'])
    expect(result.code).toBe(0)
    expect(JSON.parse(result.stdout)).toEqual(parsed(article))
    expect(result.stdout.startsWith('{\n  "headline"')).toBe(true)
    expect(result.stderr).toBe('')
  }, timeout)

  it('reads standard input with `-` and with no argument', async () => {
    const dash = await cli(['-'], article)
    const none = await cli([], article)
    expect(dash.code).toBe(0)
    expect(none.code).toBe(0)
    expect(JSON.parse(dash.stdout)).toEqual(parsed(article))
    expect(none.stdout).toBe(dash.stdout)
  }, timeout)

  it('prints a summary with --format pretty', async () => {
    const result = await cli(['article.txt', '--format', 'pretty'])
    const expected = parsed(article) as unknown as import('../src/index.js').NewsArticle
    expect(result.code).toBe(0)
    const lines = result.stdout.split('\n')
    expect(lines[0]).toBe(`Headline:    ${expected.headline ?? '—'}`)
    for (const label of ['Dateline:', 'Agency:', 'Byline:', 'Quotes:']) {
      expect(lines.some((line) => line.startsWith(label))).toBe(true)
    }
    // Quotes come last, one a line: `speaker: "text"`.
    for (const quote of expected.quotes) {
      expect(result.stdout).toContain(`  ${quote.speaker ?? '(unattributed)'}: "${quote.text}"`)
    }
  }, timeout)

  it('keeps only the --fields asked for, and can drop positions', async () => {
    const result = await cli(['article.txt', '--fields', 'headline,byline,quotes', '--no-positions'])
    expect(result.code).toBe(0)
    const output = JSON.parse(result.stdout) as Record<string, unknown>
    expect(Object.keys(output)).toEqual(['headline', 'byline', 'quotes'])
    expect(output.headline).toEqual(parsed(article).headline)
    expect(result.stdout).not.toContain('"position"')
  }, timeout)

  it('rejects an unknown field or format with exit code 2', async () => {
    const field = await cli(['article.txt', '--fields', 'headline,nope'])
    expect(field.code).toBe(2)
    expect(field.stderr).toContain('nope')
    expect(field.stdout).toBe('')
    const format = await cli(['article.txt', '--format', 'xml'])
    expect(format.code).toBe(2)
  }, timeout)

  it('writes to --out', async () => {
    const out = path.join(folder, 'out.json')
    const result = await cli(['article.txt', '--out', out])
    expect(result.code).toBe(0)
    expect(result.stdout).toBe('')
    expect(JSON.parse(readFileSync(out, 'utf8'))).toEqual(parsed(article))
  }, timeout)

  it('answers --help and --version with exit code 0', async () => {
    const help = await cli(['--help'])
    expect(help.code).toBe(0)
    expect(help.stdout).toContain('--concurrency')
    const version = await cli(['--version'])
    expect(version.code).toBe(0)
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/)
  }, timeout)
})

describe('news-article-parser (batches)', () => {
  const good = [
    {source: path.join('batch', 'a.txt'), text: article},
    {source: path.join('batch', 'b', 'c.txt'), text: second},
    {source: path.join('batch', 'e.txt'), text: third}
  ]

  it('parses a directory to JSONL in input order, reports the broken file and goes on', async () => {
    // 0: the main thread; 1 and 2: worker threads.
    for (const concurrency of ['0', '1', '2']) {
      const result = await cli(['batch', '--concurrency', concurrency])
      expect(result.code).toBe(1)
      const lines = jsonLines(result.stdout)
      expect(lines.map((line) => line.source)).toEqual(good.map((item) => item.source))
      for (const [index, line] of lines.entries()) {
        const {source: _source, ...fields} = line
        expect(fields).toEqual(parsed(good[index].text))
      }
      expect(result.stderr).toContain(`${path.join('batch', 'b', 'd.txt')}: not valid UTF-8`)
      expect(result.stderr).toMatch(/3 articles parsed, 1 failed, \d+\.\d+ s/)
      // No progress bar in a pipe.
      expect(result.stderr).not.toMatch(/[\r\u001B]/)
    }
  }, timeout)

  it('writes results as they come with --unordered', async () => {
    const result = await cli(['batch', '--unordered', '--concurrency', '2'])
    expect(result.code).toBe(1)
    const sources = jsonLines(result.stdout).map((line) => line.source)
    expect([...sources].sort()).toEqual(good.map((item) => item.source).sort())
  }, timeout)

  it('takes other extensions with --ext, and files named outright whatever theirs', async () => {
    const result = await cli(['batch', '--ext', 'md', path.join('batch', 'a.txt')])
    expect(result.code).toBe(0)
    expect(jsonLines(result.stdout).map((line) => line.source)).toEqual([path.join('batch', 'notes.md'), path.join('batch', 'a.txt')])
  }, timeout)

  it('reports a missing path and parses the rest', async () => {
    const result = await cli(['missing.txt', 'article.txt'])
    expect(result.code).toBe(1)
    expect(jsonLines(result.stdout).map((line) => line.source)).toEqual(['article.txt'])
    expect(result.stderr).toContain('missing.txt: no such file or directory')
  }, timeout)

  it('exits 0 when everything parsed, and --quiet leaves out the summary', async () => {
    const loud = await cli(['article.txt', path.join('batch', 'e.txt')])
    expect(loud.code).toBe(0)
    expect(loud.stderr).toMatch(/^news-article-parser: 2 articles parsed, 0 failed/)
    const quiet = await cli(['article.txt', path.join('batch', 'e.txt'), '--quiet'])
    expect(quiet.code).toBe(0)
    expect(quiet.stderr).toBe('')
    expect(quiet.stdout).toBe(loud.stdout)
  }, timeout)

  it('writes a batch in --format json as one array', async () => {
    const result = await cli(['article.txt', path.join('batch', 'e.txt'), '--format', 'json', '--fields', 'headline'])
    expect(result.code).toBe(0)
    expect(JSON.parse(result.stdout)).toEqual([
      {source: 'article.txt', headline: parsed(article).headline},
      {source: path.join('batch', 'e.txt'), headline: parsed(third).headline}
    ])
  }, timeout)

  it('heads each article with its source in --format pretty', async () => {
    const result = await cli(['article.txt', path.join('batch', 'e.txt'), '--format', 'pretty'])
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(/^==> article\.txt <==\nHeadline: /)
    expect(result.stdout).toContain(`\n\n==> ${path.join('batch', 'e.txt')} <==\n`)
  }, timeout)

  it('streams JSONL from standard input and from a file, with line numbers', async () => {
    const input = readFileSync(path.join(folder, 'data.jsonl'))
    for (const args of [['--input', 'jsonl'], ['--input', 'jsonl', 'data.jsonl', '--concurrency', '2']]) {
      const fromFile = args.includes('data.jsonl')
      const source = fromFile ? 'data.jsonl' : '<stdin>'
      const result = await cli([...args, '--text-field', 'body', '--id-field', 'id'], fromFile ? undefined : input)
      expect(result.code).toBe(1)
      const lines = jsonLines(result.stdout)
      expect(lines.map((line) => [line.source, line.line, line.id])).toEqual([
        [source, 1, 'r1'],
        [source, 5, 'r5']
      ])
      const {source: _s, line: _l, id: _i, ...fields} = lines[0]
      expect(fields).toEqual(parsed(article))
      expect(result.stderr).toContain(`${source}:3: not valid JSON`)
      expect(result.stderr).toContain(`${source}:4: no string field \`body\``)
      expect(result.stderr).toMatch(/2 articles parsed, 2 failed/)
    }
  }, timeout)

  it('reports a non-UTF-8 line of a JSONL input with its line number', async () => {
    const input = Buffer.concat([
      Buffer.from(JSON.stringify({text: third}) + '\n'),
      Buffer.from('{"text": "bad \xff"}\n', 'latin1'),
      Buffer.from(JSON.stringify({text: second}) + '\n')
    ])
    const result = await cli(['--input', 'jsonl', '-'], input)
    expect(result.code).toBe(1)
    expect(jsonLines(result.stdout).map((line) => line.line)).toEqual([1, 3])
    expect(result.stderr).toContain('<stdin>:2: not valid UTF-8')
  }, timeout)

  it.skipIf(!hasScript())('shows a progress bar when standard error is a terminal', async () => {
    // `script` gives the command a terminal; standard output goes to a file.
    const out = path.join(folder, 'tty.jsonl')
    const log = path.join(folder, 'tty.log')
    const command = [process.execPath, cliPath, 'batch', '--out', out].map(quote).join(' ')
    const result = spawnSync('script', ['-qec', command, log], {cwd: folder, encoding: 'utf8', timeout})
    // The broken file makes the exit code 1 (`script -e` passes it on).
    expect(result.status).toBe(1)
    const screen = readFileSync(log, 'utf8')
    expect(screen).toMatch(/\d+\/4 files/)
    expect(screen).toContain('articles/s')
    expect(screen).toContain('not valid UTF-8')
    expect(jsonLines(readFileSync(out, 'utf8'))).toHaveLength(3)
    // And none with --quiet.
    spawnSync('script', ['-qec', command + ' --quiet', log], {cwd: folder, encoding: 'utf8', timeout})
    expect(readFileSync(log, 'utf8')).not.toContain('articles/s')
  }, timeout)
})

function hasScript(): boolean {
  return spawnSync('script', ['--version'], {encoding: 'utf8'}).status === 0
}

function quote(value: string): string {
  return `'${value.replace(/'/g, `'\\''`)}'`
}
