import {defineConfig} from 'tsup'

export default defineConfig({
  // The library (`dist/index.js`), the command line (`dist/cli.js`, run as
  // the package's `bin`) and the worker the command line's thread pool loads
  // (`dist/worker.js`). Code they share goes to chunks.
  entry: {
    index: 'src/index.ts',
    cli: 'src/cli.ts',
    worker: 'src/cli/worker.ts'
  },
  format: ['esm'],
  dts: {entry: {index: 'src/index.ts'}},
  // ES2022, not 'node20': for node targets esbuild rewrites every regular
  // expression with \p{…} into a `new RegExp()` call, compiled again on each run.
  target: 'es2022',
  platform: 'node',
  sourcemap: true,
  clean: true,
  splitting: true,
  treeshake: true
})
