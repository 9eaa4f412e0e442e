// Module aliases of the build (tsup) and of the bundle-size bench: one list, so that both measure what ships.
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'esbuild';

/**
 * The packages bundled into `dist` (tsup's `noExternal`): installing rolefit does not install them, and
 * THIRD_PARTY_NOTICES.md (written by scripts/notices.ts) carries their licenses.
 */
export const BUNDLED: readonly string[] = ['natural', 'compromise', 'zod', 'fuse.js', 'franc-min', 'trigram-utils', 'n-gram', 'collapse-white-space'];

/**
 * `underscore` → the two functions natural's string distance uses (scripts/shims/underscore.cjs); `compromise/one` →
 * compromise with its tokenizer and output only (scripts/shims/compromise-one.mjs).
 */
export const BUILD_ALIASES: Record<string, string> = {
  underscore: fileURLToPath(new URL('./shims/underscore.cjs', import.meta.url)),
  'compromise/one': fileURLToPath(new URL('./shims/compromise-one.mjs', import.meta.url)),
};

const NATURAL_STEMMER_BASE = fileURLToPath(new URL('./shims/natural-stemmer.cjs', import.meta.url));

/**
 * natural's `stemmers/stemmer.js` (required as `./stemmer` by its Porter stemmer) → scripts/shims/natural-stemmer.cjs:
 * a relative require, which `alias` cannot reach. An esbuild plugin, for tsup (`esbuildPlugins`) and the bench.
 */
export const BUILD_PLUGINS: Plugin[] = [
  {
    name: 'rolefit-natural-stemmer-base',
    setup(build) {
      build.onResolve({ filter: /^\.\/stemmer$/ }, (args) =>
        /natural[\\/]lib[\\/]natural[\\/]stemmers[\\/]porter_stemmer\.js$/.test(args.importer) ? { path: NATURAL_STEMMER_BASE } : undefined,
      );
    },
  },
];
