/**
 * The registry of news agencies: one entry per agency, with the names copy
 * uses for it. Options can add entries (`options.agencies`).
 */

/** One news agency. */
export interface AgencyEntry {
  /** Canonical code (`AP`, `REUTERS`). */
  code: string
  /** Full name. */
  name: string
  /**
   * Names as they appear in copy. Aliases of three letters or fewer, or all
   * in capitals, match case-sensitively (`AP` is not `ap`); longer ones
   * match in any case.
   */
  aliases: ReadonlyArray<string>
}

/** The built-in agencies. */
export const agencies: ReadonlyArray<AgencyEntry> = [
  {code: 'AP', name: 'Associated Press', aliases: ['AP', 'Associated Press', 'The Associated Press', 'Ap']},
  {code: 'REUTERS', name: 'Reuters', aliases: ['Reuters', 'Reuter', 'Thomson Reuters', 'LPC/IFR', 'IFR', 'LPC', 'Reuters Breakingviews']},
  {code: 'AFP', name: 'Agence France-Presse', aliases: ['AFP', 'Agence France-Presse', 'Agence France Presse', 'Agence-France Presse']},
  {code: 'PTI', name: 'Press Trust of India', aliases: ['PTI', 'Press Trust of India']},
  {code: 'IANS', name: 'Indo-Asian News Service', aliases: ['IANS', 'Indo-Asian News Service', 'Indo Asian News Service']},
  {code: 'ANI', name: 'Asian News International', aliases: ['ANI', 'Asian News International']},
  {code: 'UNI', name: 'United News of India', aliases: ['UNI', 'United News of India']},
  {code: 'XINHUA', name: 'Xinhua News Agency', aliases: ['Xinhua', 'XINHUA', 'Xinhua News Agency']},
  {code: 'UPI', name: 'United Press International', aliases: ['UPI', 'United Press International']},
  {code: 'BLOOMBERG', name: 'Bloomberg News', aliases: ['Bloomberg', 'Bloomberg News']},
  {code: 'CNN', name: 'CNN', aliases: ['CNN', 'CNNMoney', 'CNN Wire']},
  {code: 'DPA', name: 'Deutsche Presse-Agentur', aliases: ['dpa', 'DPA', 'Deutsche Presse-Agentur']},
  {code: 'KYODO', name: 'Kyodo News', aliases: ['Kyodo', 'Kyodo News', 'KYODO']},
  {code: 'YONHAP', name: 'Yonhap News Agency', aliases: ['Yonhap', 'YONHAP', 'Yonhap News Agency']},
  {code: 'TASS', name: 'TASS', aliases: ['TASS', 'ITAR-TASS', 'Tass']},
  {code: 'RIA', name: 'RIA Novosti', aliases: ['RIA Novosti', 'RIA', 'RIA-Novosti']},
  {code: 'EFE', name: 'EFE', aliases: ['EFE']},
  {code: 'ANSA', name: 'ANSA', aliases: ['ANSA']},
  {code: 'AAP', name: 'Australian Associated Press', aliases: ['AAP', 'Australian Associated Press']},
  {code: 'CP', name: 'The Canadian Press', aliases: ['CP', 'The Canadian Press', 'Canadian Press']},
  {code: 'BERNAMA', name: 'Bernama', aliases: ['Bernama', 'BERNAMA']},
  {code: 'WAM', name: 'Emirates News Agency', aliases: ['WAM', 'Emirates News Agency']},
  {code: 'APA', name: 'APA', aliases: ['APA']},
  {
    code: 'NYT',
    name: 'New York Times News Service',
    aliases: ['New York Times News Service', 'NYTimes News Service', 'NYT News Service', 'New York Times Service', 'N.Y. Times News Service', 'NY Times News Service', 'New York Times Syndicate', 'New York Times Special Features']
  },
  {code: 'UNB', name: 'United News of Bangladesh', aliases: ['UNB']},
  {code: 'APP', name: 'Associated Press of Pakistan', aliases: ['APP', 'Associated Press of Pakistan']},
  {code: 'ANTARA', name: 'Antara', aliases: ['Antara', 'ANTARA']},
  {code: 'XINHUA', name: 'Xinhua News Agency', aliases: ['New China News Agency']},
  {code: 'IRNA', name: 'Islamic Republic News Agency', aliases: ['IRNA']},
  {code: 'MENA', name: 'Middle East News Agency', aliases: ['MENA']},
  {code: 'LUSA', name: 'Lusa', aliases: ['Lusa']},
  {code: 'ATS', name: 'Agence Télégraphique Suisse', aliases: ['ATS']},
  {code: 'PA', name: 'PA Media', aliases: ['PA Media', 'Press Association']},
  {code: 'NNA', name: 'National News Agency', aliases: ['NNA']},
  {code: 'SPA', name: 'Saudi Press Agency', aliases: ['SPA', 'Saudi Press Agency']},
  {code: 'KCNA', name: 'Korean Central News Agency', aliases: ['KCNA', 'Korean Central News Agency']}
]

/** A compiled registry: find agencies in text. */
export interface AgencyMatcher {
  /** The entry whose alias is exactly `value` (trimmed), if any. */
  exact(value: string): AgencyEntry | undefined
  /** Every alias occurrence in `value`, in order. */
  all(value: string): Array<{entry: AgencyEntry; index: number; text: string}>
  /** An expression source matching any alias (case-sensitive part and case-insensitive part joined). */
  source: string
}

const matchers = new WeakMap<ReadonlyArray<AgencyEntry>, AgencyMatcher>()

/** Build (or reuse) the matcher for `extra` entries added to the built-in ones. */
export function agencyMatcher(extra?: ReadonlyArray<AgencyEntry> | null): AgencyMatcher {
  const key = extra && extra.length > 0 ? extra : agencies
  let matcher = matchers.get(key)
  if (!matcher) {
    matcher = compile(key === agencies ? agencies : [...extra!, ...agencies])
    matchers.set(key, matcher)
  }
  return matcher
}

function compile(entries: ReadonlyArray<AgencyEntry>): AgencyMatcher {
  const byAlias = new Map<string, AgencyEntry>()
  const sensitive: string[] = []
  const insensitive: string[] = []

  for (const entry of entries) {
    for (const alias of entry.aliases) {
      const strict = isStrict(alias)
      const key = strict ? alias : alias.toLowerCase()
      if (!byAlias.has(key)) byAlias.set(key, entry)
      ;(strict ? sensitive : insensitive).push(alias)
    }
  }

  // Longest first, so `Associated Press of Pakistan` wins over `Associated Press`.
  const byLength = (a: string, b: string) => b.length - a.length
  sensitive.sort(byLength)
  insensitive.sort(byLength)

  const sensitiveSource = sensitive.map((alias) => pattern(alias, true)).join('|')
  const insensitiveSource = insensitive.map((alias) => pattern(alias, false)).join('|')
  const source = [insensitiveSource, sensitiveSource].filter(Boolean).join('|')
  const expression = new RegExp(`(?<![\\p{L}\\p{N}])(?:${source})(?![\\p{L}\\p{N}])`, 'gu')

  return {
    source,
    exact(value) {
      const trimmed = value.trim().replace(/\s+/g, ' ')
      return byAlias.get(trimmed) ?? byAlias.get(trimmed.toLowerCase())
    },
    all(value) {
      const found: Array<{entry: AgencyEntry; index: number; text: string}> = []
      expression.lastIndex = 0
      let match
      while ((match = expression.exec(value))) {
        const key = match[0].replace(/\s+/g, ' ')
        const entry = byAlias.get(key) ?? byAlias.get(key.toLowerCase())
        if (entry) found.push({entry, index: match.index, text: match[0]})
      }
      return found
    }
  }
}

function isStrict(alias: string): boolean {
  return alias.length <= 3 || alias === alias.toUpperCase()
}

/** Turn an alias into an expression source: white space stretches; letters fold case unless `strict`. */
function pattern(alias: string, strict: boolean): string {
  let source = ''
  for (const char of alias) {
    if (/\s/.test(char)) source += '\\s+'
    else if (/[|\\{}()[\]^$+*?.]/.test(char)) source += '\\' + char
    else if (!strict && char.toLowerCase() !== char.toUpperCase()) source += `[${char.toLowerCase()}${char.toUpperCase()}]`
    else source += char
  }
  return source
}
