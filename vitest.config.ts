import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const src = (path: string) => fileURLToPath(new URL(`./src/${path}`, import.meta.url));

export default defineConfig({
  // The examples import the package by name; in the tests they run on the source (test/examples.test.ts).
  resolve: {
    alias: [
      { find: /^rolefit$/, replacement: src('index.ts') },
      { find: /^rolefit\/node$/, replacement: src('node/index.ts') },
    ],
  },
  test: {
    include: ['test/**/*.test.ts'],
    setupFiles: ['test/setup/fail-on-console.ts'],
    testTimeout: 30_000,
    // One module graph per worker, shared by its test files: the library keeps no global state, only caches of
    // compiled data, and loading it once per worker instead of once per file halves the suite's time.
    pool: 'forks',
    isolate: false,
    // Vitest's default in a run is one worker fewer than the cores: one worker on a 2-core machine, the other core left
    // to the main process, which only transforms and reports. A worker per core runs the files side by side.
    maxWorkers: availableParallelism(),
  },
});
