/**
 * The library runs outside Node: the published build, bundled for the
 * browser, needs no Node built-in module, and runs in a bare JavaScript
 * context with no `process`, `Buffer`, `require` or file system (as in a
 * browser, a worker, Deno or Bun). The command line is the only part that
 * uses Node.
 */

import {readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import vm from 'node:vm'
import {build} from 'esbuild'
import {describe, expect, it} from 'vitest'

const root = fileURLToPath(new URL('..', import.meta.url))
const seed = readFileSync(new URL('../seeds/000_789fe9b915e96494.txt', import.meta.url), 'utf8')

/** `dist/index.js` and its dependencies as one script for the browser, exposing the module as `lib`. */
async function browserBundle(): Promise<string> {
  const result = await build({
    entryPoints: [`${root}dist/index.js`],
    bundle: true,
    platform: 'browser',
    format: 'iife',
    globalName: 'lib',
    write: false,
    logLevel: 'silent'
  })
  return result.outputFiles[0].text
}

describe('portability', () => {
  it('bundles for the browser without Node built-in modules, and parses in a bare context', async () => {
    const code = await browserBundle()
    const context = vm.createContext({seed})
    vm.runInContext(code, context)
    expect(vm.runInContext('typeof process + typeof Buffer + typeof require', context)).toBe('undefinedundefinedundefined')
    const article = JSON.parse(vm.runInContext('JSON.stringify(lib.parseNewsArticle(seed))', context))
    expect(article.headline).toBe('Putin meets leader of Belarus, who suggests joining Russia’s move to boost ties with North Korea')
    expect(article.dateline.isoDate).toBe('2023-09-15')
    expect(article.quotes).toHaveLength(6)
  }, 30_000)
})
