// The browser bundle of some exports of the core, as a user's bundler makes it: for the size bench and test/bundle.test.ts.
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { BUILD_ALIASES, BUILD_PLUGINS } from './build-aliases';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** What a résumé-only user imports: the figure beside the whole core's. */
export const RESUME_PATH = ['parseResume', 'matchRoles', 'planUpskilling', 'createMatcher'] as const;

/**
 * `names` of `src/index.ts` (`*`: all of them, alone or in a list; `roleFromJobPosting` is taken from `rolefit/postings`) bundled for
 * browsers with the exports `languages` of `rolefit/languages` (`de`, `allLanguages`), and with `catalogDetails` of
 * `rolefit/details` when `details` is true, minified, the rest tree-shaken (the build's aliases, so it is what ships).
 */
export async function bundleExports(names: readonly string[] | '*', languages: readonly string[] = [], details = false): Promise<string> {
  const list = names === '*' ? ['*'] : names;
  const own = list.filter((n) => n !== 'roleFromJobPosting' && n !== '*');
  const core =
    (list.includes('*') ? `export * from './src/index.ts';` : own.length > 0 ? `export { ${own.join(', ')} } from './src/index.ts';` : '') +
    (list.includes('roleFromJobPosting') ? `export { roleFromJobPosting } from './src/postings.ts';` : '');
  const packs =
    (languages.length > 0 ? `export { ${languages.join(', ')} } from './src/languages.ts';` : '') +
    (details ? `export { catalogDetails } from './src/details.ts';` : '');
  const result = await build({
    absWorkingDir: ROOT,
    stdin: { contents: `${core}${packs}`, resolveDir: ROOT, loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    outfile: 'bundle.js',
    logLevel: 'silent',
    alias: BUILD_ALIASES,
    plugins: BUILD_PLUGINS,
  });
  const out = result.outputFiles.find((f) => f.path.endsWith('.js'));
  if (!out) throw new Error(`esbuild produced no bundle of ${names === '*' ? 'every export' : names.join(', ')}`);
  return out.text;
}
