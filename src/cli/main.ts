/**
 * The command line: read the arguments, run the batch, print the summary and
 * say through the exit code whether anything failed.
 *
 * Exit codes: `0` every input parsed, `1` some input failed (each is
 * reported on standard error), `2` bad usage.
 */

import {readFileSync} from 'node:fs'
import {availableParallelism} from 'node:os'
import {Command, CommanderError, InvalidArgumentError, Option} from 'commander'
import {articleFields, type Field, type Format} from './render.js'
import {isBatch, run} from './run.js'

const name = 'news-article-parser'

/** Exit codes. */
export const exitCodes = {ok: 0, failed: 1, usage: 2} as const

interface CliOptions {
  format?: Format
  fields?: Field[]
  positions: boolean
  out?: string
  input: 'text' | 'jsonl'
  textField: string
  idField?: string
  ext?: string[]
  concurrency: number
  unordered: boolean
  referenceDate?: string
  quiet: boolean
}

function version(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {version?: string}
    return pkg.version ?? '0.0.0'
  } catch {
    return '0.0.0'
  }
}

function list(value: string): string[] {
  return value
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean)
}

function parseFields(value: string): Field[] {
  const fields = list(value)
  const unknown = fields.filter((field) => !(articleFields as readonly string[]).includes(field))
  if (unknown.length > 0 || fields.length === 0) {
    throw new InvalidArgumentError(`unknown field${unknown.length === 1 ? '' : 's'} ${unknown.join(', ') || '(none given)'}; fields are: ${articleFields.join(', ')}`)
  }
  return fields as Field[]
}

function parseConcurrency(value: string): number {
  const number = Number(value)
  if (!Number.isInteger(number) || number < 0) throw new InvalidArgumentError('expected a whole number: 0 (main thread) or more (worker threads)')
  return number
}

function parseDate(value: string): string {
  if (Number.isNaN(new Date(value).getTime())) throw new InvalidArgumentError('expected a date such as 2023-09-15')
  return value
}

function parseExtensions(value: string): string[] {
  return list(value).map((extension) => extension.replace(/^\*?\./, '').toLowerCase())
}

/** The argument parser. */
export function createProgram(): Command {
  return new Command(name)
    .description('Parse the plain text of news articles into typed fields (headline, dateline, agency, byline, quotes, …).')
    .version(version(), '-V, --version')
    .argument('[inputs...]', 'files, directories (searched recursively) or - for standard input (default: standard input)')
    .addOption(
      new Option('-f, --format <format>', 'output format (default: json for one article, jsonl for a batch)').choices(['json', 'jsonl', 'pretty'])
    )
    .option('--fields <list>', `comma-separated fields to output (${articleFields.join(', ')})`, parseFields)
    .option('--no-positions', 'leave out the `position` objects')
    .option('-o, --out <file>', 'write the output to a file instead of standard output')
    .addOption(new Option('--input <kind>', 'input kind: text (one article per file) or jsonl (one record per line)').choices(['text', 'jsonl']).default('text'))
    .option('--text-field <path>', 'JSONL: field holding the article text (dotted path)', 'text')
    .option('--id-field <path>', 'JSONL: field copied to the output as "id" (dotted path)')
    .option('--ext <list>', 'extensions of the files taken from directories (default: txt, or jsonl with --input jsonl)', parseExtensions)
    .option('-c, --concurrency <n>', 'worker threads (0: parse in the main thread)', parseConcurrency, availableParallelism())
    .option('--unordered', 'write results as they finish, not in input order', false)
    .option('--reference-date <date>', 'date that gives datelines without a year their year', parseDate)
    .option('-q, --quiet', 'no progress bar and no summary line (errors are still reported)', false)
    .showHelpAfterError('(run with --help for usage)')
    .addHelpText(
      'after',
      `
Examples:
  $ ${name} article.txt --format pretty
  $ ${name} archive/ --format jsonl --out articles.jsonl
  $ ${name} --input jsonl --text-field body --id-field id < dataset.jsonl > parsed.jsonl
  $ cat article.txt | ${name} --fields headline,byline,quotes

Exit status: 0 if every input was parsed, 1 if some failed (each is reported
on standard error, and the batch goes on), 2 on bad usage.`
    )
}

/**
 * Run the command line with `argv` (as `process.argv`); resolves to the exit
 * code.
 */
export async function main(argv: readonly string[]): Promise<number> {
  const program = createProgram().exitOverride()
  try {
    program.parse(argv as string[])
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? exitCodes.ok : exitCodes.usage
    throw error
  }

  const options = program.opts<CliOptions>()
  const inputs = program.args
  const batch = await isBatch(inputs, options.input)
  const format: Format = options.format ?? (batch ? 'jsonl' : 'json')

  let summary
  try {
    summary = await run({
      inputs,
      input: options.input,
      extensions: options.ext ?? [options.input === 'jsonl' ? 'jsonl' : 'txt'],
      settings: {
        format,
        fields: options.fields,
        positions: options.positions,
        batch,
        textField: options.textField,
        idField: options.idField,
        referenceDate: options.referenceDate
      },
      concurrency: options.concurrency,
      unordered: options.unordered,
      out: options.out,
      quiet: options.quiet,
      name
    })
  } catch (error) {
    process.stderr.write(`${name}: ${error instanceof Error ? error.message : String(error)}\n`)
    return exitCodes.failed
  }

  if (summary.closed) return exitCodes.ok
  const total = summary.articles + summary.failures
  if (!options.quiet && (batch || summary.failures > 0)) {
    const rate = summary.seconds > 0 ? ` (${(summary.articles / summary.seconds).toFixed(0)} articles/s)` : ''
    process.stderr.write(
      `${name}: ${summary.articles} article${summary.articles === 1 ? '' : 's'} parsed, ${summary.failures} failed, ${summary.seconds.toFixed(2)} s${rate}\n`
    )
  }
  if (total === 0 && !options.quiet) process.stderr.write(`${name}: no input found\n`)
  return summary.failures > 0 ? exitCodes.failed : exitCodes.ok
}
