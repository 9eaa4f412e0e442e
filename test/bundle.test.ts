import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { BUILD_ALIASES, BUILD_PLUGINS } from '../scripts/build-aliases';
import { LEXICON_JSON, LEXICON_POSTINGS_JSON } from '../src/data/lexicon.generated';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** The browser bundle of the given exports of the core, as a user's bundler makes it (unused code tree-shaken). */
async function bundleOf(names: readonly string[]): Promise<string> {
  const result = await build({
    absWorkingDir: ROOT,
    stdin: { contents: `export { ${names.join(', ')} } from './src/index.ts';`, resolveDir: ROOT, loader: 'ts' },
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
  return result.outputFiles.map((f) => f.text).join('');
}

describe('the job-ad vocabulary is a module of its own', () => {
  // A phrase of the job-ad lists that no other list of the lexicon holds.
  const phrase = LEXICON_POSTINGS_JSON.split('|').find((p) => /^[a-z][a-z ]{11,}$/u.test(p) && !LEXICON_JSON.includes(p)) as string;

  it('stays out of a bundle of the résumé path', async () => {
    expect(phrase).toBeTypeOf('string');
    const bundle = await bundleOf(['parseResume', 'matchRoles', 'planUpskilling', 'createMatcher']);
    expect(bundle).toContain('parseResume');
    expect(bundle).not.toContain(phrase);
  });

  it('is in a bundle that reads job ads', async () => {
    expect(await bundleOf(['roleFromJobPosting'])).toContain(phrase);
  });
});
