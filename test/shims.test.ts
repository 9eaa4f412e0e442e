import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import full from 'compromise/one';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The build replaces compromise/one with scripts/shims/compromise-one.mjs (scripts/build-aliases.ts): the shipped
// sentence splitter must split as compromise/one does. The shim is bundled on its own, as the build bundles it: imported
// from the source, it would share compromise's one core (and the plugins compromise/one adds to it) with `full`.
let lean: typeof full;
const dir = mkdtempSync(join(tmpdir(), 'rolefit-shim-'));
beforeAll(async () => {
  const shim = fileURLToPath(new URL('../scripts/shims/compromise-one.mjs', import.meta.url));
  const out = await build({ entryPoints: [shim], bundle: true, format: 'esm', platform: 'neutral', write: false, logLevel: 'silent' });
  writeFileSync(join(dir, 'lean.mjs'), out.outputFiles[0]?.text ?? '');
  lean = ((await import(pathToFileURL(join(dir, 'lean.mjs')).href)) as { default: typeof full }).default;
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const sentences = (nlp: typeof full, text: string) =>
  (nlp.tokenize(text).json({ offset: true }) as Array<{ text: string; offset: { start: number; length: number } }>).map((s) => [
    s.text,
    s.offset.start,
    s.offset.length,
  ]);

const FIXTURES = fileURLToPath(new URL('./fixtures', import.meta.url));
const postingTexts = (): string[] =>
  readdirSync(FIXTURES)
    .filter((d) => d.startsWith('postings'))
    .flatMap((d) =>
      readdirSync(join(FIXTURES, d), { recursive: true, encoding: 'utf8' })
        .filter((f) => /\.(txt|md|html)$/.test(f))
        .map((f) => readFileSync(join(FIXTURES, d, f), 'utf8')),
    );

describe('compromise shim: sentences as compromise/one splits them', () => {
  it("is compromise's tokenizer without its document API", () => {
    expect(typeof (full.tokenize('a b') as { match?: unknown }).match).toBe('function');
    expect(typeof (lean.tokenize('a b') as { match?: unknown }).match).toBe('undefined');
  });

  // Terms whose whitespace compromise rewrites (an emoticon's), punctuation-only terms, quotes and brackets that
  // merge sentences, acronyms, ellipses, other scripts' stops, line breaks.
  it.each([
    [''],
    ['   '],
    ['Fine :)  Next one.   Then <3 this!\tAnd more.'],
    ['-- . ! Who? -- (yes.) Then "he said. No." and left. …and then... ok.'],
    ['Worked at the F.B.I. and N.S.A. in 2010. W. Kensington office. Jan. 2020 – Mar. 2021. Done.'],
    ['First line.\nSecond line! Third?\r\n\r\nFourth. 「はい。」「いいえ。」 Fin।  Ende.'],
    ['Skills: C++, C#, .NET; 5+ yrs. 10-20 hrs/week. Rock-n-roll. Start: ASAP.'],
  ])('splits %j as compromise/one does', (text) => {
    expect(sentences(lean, text)).toEqual(sentences(full, text));
  });

  it('keeps abbreviations inside a sentence and reports offsets', () => {
    const text = 'Experience with Python, e.g. Django. We need 5+ yrs in the U.S. Army etc. You will do it! Is Mr. Smith ok?';
    expect(sentences(lean, text)).toEqual([
      ['Experience with Python, e.g. Django.', 0, 36],
      ['We need 5+ yrs in the U.S. Army etc. You will do it!', 37, 52],
      ['Is Mr. Smith ok?', 90, 16],
    ]);
    expect(sentences(lean, text)).toEqual(sentences(full, text));
  });

  // Every job-ad fixture through both splitters (~5 s alone, growing with the fixtures): a longer limit than the suite's
  // 30 s, so that a loaded machine running the suite beside other work does not fail it by time.
  it('splits every line and paragraph of the job-ad fixtures the same way', { timeout: 120_000 }, () => {
    const texts = postingTexts();
    expect(texts.length).toBeGreaterThan(50);
    // Each distinct part once (ads share boilerplate lines, and a one-line paragraph is that line), every difference
    // listed in one assertion (an assertion per part was a tenth of the test's time).
    const parts = new Set<string>();
    for (const text of texts) {
      for (const part of [...text.split('\n'), ...text.split(/\n\s*\n/)]) if (/[.!?]\s/.test(part)) parts.add(part);
    }
    const differ: Array<{ part: string; lean: unknown; full: unknown }> = [];
    for (const part of parts) {
      const [a, b] = [sentences(lean, part), sentences(full, part)];
      if (!isDeepStrictEqual(a, b)) differ.push({ part, lean: a, full: b });
    }
    expect(differ).toEqual([]);
    expect(parts.size).toBeGreaterThan(500);
  });
});

// The build swaps natural's stemmer base for scripts/shims/natural-stemmer.cjs (scripts/build-aliases.ts,
// BUILD_PLUGINS): the Porter stemmer bundled that way must stem every word of the catalog as natural's does.
describe('natural stemmer base shim', () => {
  it('stems every word of the catalog as natural does', async () => {
    const { BUILD_PLUGINS } = await import('../scripts/build-aliases');
    const { loadCatalog } = await import('../src/catalog/load');
    const real = (await import('natural/lib/natural/stemmers/porter_stemmer.js')).default as { stem(w: string): string };
    const entry = fileURLToPath(new URL('../node_modules/natural/lib/natural/stemmers/porter_stemmer.js', import.meta.url));
    const out = await build({
      entryPoints: [entry],
      bundle: true,
      format: 'cjs',
      platform: 'neutral',
      write: false,
      logLevel: 'silent',
      plugins: BUILD_PLUGINS,
    });
    const text = out.outputFiles[0]?.text ?? '';
    expect(text).not.toContain('tokenizeAndStem');
    writeFileSync(join(dir, 'porter.cjs'), text);
    const lean = (await import(pathToFileURL(join(dir, 'porter.cjs')).href)).default as { stem(w: string): string };
    const words = new Set(
      loadCatalog()
        .skills.flatMap((s) => s.aliases.map((a) => (typeof a === 'string' ? a : a.text)))
        .flatMap((a) => a.toLowerCase().split(/[^a-z]+/u))
        .filter((w) => w.length > 0),
    );
    expect(words.size).toBeGreaterThan(1000);
    for (const w of words) expect(lean.stem(w), w).toBe(real.stem(w));
  });
});
