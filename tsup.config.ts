import { writeFileSync } from 'node:fs';
import { defineConfig, type Options } from 'tsup';
import { ASCII_CHUNKS } from './scripts/ascii-chunks';
import { BUILD_ALIASES, BUILD_PLUGINS, BUNDLED } from './scripts/build-aliases';
import { SHARED_DATA, withJsonAttributes } from './scripts/shared-data';

// Two builds: ESM (the library entries — browser-safe core `index`, schemas, Node-only `node` — its worker thread
// and the CLI, sharing chunks so that the core ships once) and CommonJS (the library entries), with types.
// Only the first cleans `dist/`, so neither wipes the other's output.
// The parts of `natural` (Porter stemmer, Damerau–Levenshtein) and `compromise/one` (sentences) that rolefit uses,
// fuse.js's basic build (typo lookup) and franc-min (language detection of `rolefit/node` and the CLI) are bundled
// into dist: users don't install those packages and what they drag in (natural alone brings 70 MB; fuse.js ships
// 0.4 MB of builds for the 19 KB one rolefit uses). Their licenses: THIRD_PARTY_NOTICES.md (scripts/notices.ts).
// zod's runtime too, tree-shaken: Node does not tree-shake `zod/mini`, whose core loads all of zod's ~50 locales
// (90 modules, about a third of `import('rolefit')`); zod stays a dependency for the types of the .d.ts files, and
// zod 4 keeps its configuration and registry on globalThis, so rolefit's schemas compose with a user's zod.
// The generated data (catalog, lexicons, language packs, catalog details) ships once, as JSON files in dist/data/ that
// both builds load (scripts/shared-data.ts).
// The types ship once too: the CommonJS build writes the declarations (.d.cts), and each ESM entry's .d.ts re-exports
// its .d.cts (an ES module may import a CommonJS one; the reverse is an error under node16), 345 KB less than two
// identical sets. attw and scripts/check-types.ts check every subpath under node10, node16 (ESM and CJS) and bundler.
const LIBRARY = {
  index: 'src/index.ts',
  schemas: 'src/schemas/public.ts',
  languages: 'src/languages.ts',
  details: 'src/details.ts',
  postings: 'src/postings.ts',
  node: 'src/node/index.ts',
};
const COMMON: Options = {
  sourcemap: true,
  target: 'es2022',
  platform: 'neutral',
  external: [/^node:/],
  noExternal: [...BUNDLED],
  esbuildOptions(options) {
    options.alias = { ...options.alias, ...BUILD_ALIASES };
  },
  esbuildPlugins: [...BUILD_PLUGINS, SHARED_DATA],
  // Chunks in ASCII: a source V8 keeps one byte per character (scripts/ascii-chunks.ts).
  plugins: [ASCII_CHUNKS],
  treeshake: true,
  // Shared chunks in CJS too, so `rolefit` and `rolefit/node` share one RolefitError class and one catalog; in ESM,
  // each command (and the core) loads only when it runs, so `rolefit --help` loads almost nothing.
  splitting: true,
};

export default defineConfig([
  {
    ...COMMON,
    entry: { ...LIBRARY, worker: 'src/node/worker.ts', cli: 'src/cli/bin.ts' },
    format: ['esm'],
    clean: true,
    onSuccess: async () => {
      withJsonAttributes('dist');
      for (const name of Object.keys(LIBRARY)) writeFileSync(`dist/${name}.d.ts`, `export * from './${name}.cjs';\n`);
    },
  },
  { ...COMMON, entry: LIBRARY, format: ['cjs'], clean: false, dts: { entry: LIBRARY } },
]);
