import { defineConfig } from 'tsup';

// Two builds: the library entries (browser-safe core `index`, Node-only `node`) as ESM + CJS with types,
// and the CLI as one ESM file. Only the first cleans `dist/`, so neither wipes the other's output.
export default defineConfig([
  {
    entry: { index: 'src/index.ts', schemas: 'src/schemas/index.ts', node: 'src/node/index.ts', worker: 'src/node/worker.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    clean: true,
    sourcemap: true,
    target: 'es2022',
    platform: 'neutral',
    external: [/^node:/],
    treeshake: true,
    // Shared chunks in CJS too, so `rolefit` and `rolefit/node` share one RolefitError class and one catalog.
    splitting: true,
  },
  {
    entry: { cli: 'src/cli/bin.ts' },
    format: ['esm'],
    dts: false,
    clean: false,
    // Chunks, so that each command (and the core) loads only when it runs: `rolefit --help` loads almost nothing.
    splitting: true,
    sourcemap: true,
    target: 'es2022',
    platform: 'node',
    treeshake: true,
  },
]);
