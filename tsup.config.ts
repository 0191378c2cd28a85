import {defineConfig} from 'tsup'

// ES2022, not 'node20': for node targets esbuild rewrites every regular
// expression with \p{…} into a `new RegExp()` call, compiled again on each run.
const target = 'es2022'

// `npm run build` empties `dist` first: the two builds below write to it side by side.
export default defineConfig([
  {
    // The library (`dist/index.js`): dependencies stay imports, so that a
    // project's own copy of unified or vfile is the one used.
    entry: {index: 'src/index.ts'},
    format: ['esm'],
    dts: {entry: {index: 'src/index.ts'}},
    target,
    platform: 'node',
    sourcemap: true,
    treeshake: true
  },
  {
    // The command line (`dist/cli.js`, the package's `bin`) and the worker
    // its thread pool loads (`dist/worker.js`), with the parser and its
    // dependencies bundled in: a new process or worker then loads one file
    // instead of about a hundred modules (about 70 instead of 165 ms each,
    // measured on this project's machine). The command line's own packages
    // stay imports: piscina finds its worker script next to its code, and
    // commander and cli-progress are CommonJS, which needs `require`. Code
    // the two entries share goes to chunks.
    entry: {cli: 'src/cli.ts', worker: 'src/cli/worker.ts'},
    format: ['esm'],
    target,
    platform: 'node',
    // No source maps here: they would carry the bundled dependencies too.
    sourcemap: false,
    splitting: true,
    treeshake: true,
    noExternal: [/^(?!(?:piscina|commander|cli-progress)$)/]
  }
])
