// The generated data (src/data/*.generated.json: catalog, lexicons, language packs, catalog details) outside the
// chunks, one copy for the ESM and CommonJS builds: each import of such a file becomes an import of
// `dist/data/<name>.json`, which the ESM chunks load with `with { type: 'json' }` and the CommonJS chunks with
// `require`. A bundler of the ESM build inlines the file as any JSON module.
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'esbuild';

const DATA_DIR = 'src/data';
const GENERATED = /\.generated\.json$/;

/** The name of a generated data file in `dist/data/` (`core.generated.json` → `core.json`). */
const distName = (name: string) => name.replace(GENERATED, '.json');

/** An esbuild plugin (tsup's `esbuildPlugins`): the data files external, at `./data/<name>.json`, and copied there. */
export const SHARED_DATA: Plugin = {
  name: 'rolefit-shared-data',
  setup(build) {
    build.onResolve({ filter: GENERATED }, (args) => ({ path: `./data/${distName(args.path.replace(/^.*\//, ''))}`, external: true }));
    build.onEnd(() => {
      mkdirSync('dist/data', { recursive: true });
      for (const name of readdirSync(DATA_DIR).filter((n) => GENERATED.test(n))) copyFileSync(join(DATA_DIR, name), join('dist/data', distName(name)));
    });
  },
};

/** An import of a data file in a built ESM chunk, with whatever attributes the build left (`assert {…}`, or none). */
const DATA_IMPORT = /^(import [\w$]+ from (["'])\.\/data\/[\w-]+\.json\2)(?: (?:assert|with) \{ type: ["']json["'] \})?;$/gm;

/**
 * The imports of data files in the ESM chunks of `dir`, written `with { type: 'json' }` (tsup's tree-shaking pass,
 * rollup 4, writes the old `assert`, which Node 22 refuses, and esbuild drops attributes below its `es2025` target).
 * Each such import is alone on its line, so the source maps stay right. Returns the number of chunks changed.
 */
export function withJsonAttributes(dir: string): number {
  let changed = 0;
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.js'))) {
    const path = join(dir, name);
    const code = readFileSync(path, 'utf8');
    const fixed = code.replace(DATA_IMPORT, "$1 with { type: 'json' };");
    if (/from ["']\.\/data\//.test(fixed.replace(DATA_IMPORT, ''))) throw new Error(`${path}: an import of a data file that withJsonAttributes cannot read`);
    if (fixed !== code) {
      writeFileSync(path, fixed);
      changed++;
    }
  }
  return changed;
}
