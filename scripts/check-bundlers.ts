/**
 * npm run check:bundlers, after npm run build: a browser app that imports every browser-safe subpath of the packed
 * tarball bundles with esbuild and with Vite, and each bundle gives what the package gives in Node. The ESM build loads
 * the generated data (`dist/data/*.json`) with `import … with { type: 'json' }` (scripts/shared-data.ts): this is the
 * check that a user's bundler reads those imports and inlines the data. Webpack is not a dependency here; webpack
 * 5.88.2 and 5.113.0, tried by hand (2026-12-06), bundled the same app and gave the same digest.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build as esbuild } from 'esbuild';
import { installTarball, linkDependencies, ROOT } from './_tarball';

/** The subpaths a browser app may import (`rolefit/node` reads files: Node only). */
const BROWSER_SUBPATHS = ['rolefit', 'rolefit/schemas', 'rolefit/languages', 'rolefit/details', 'rolefit/postings'];

/** An app that uses every browser-safe subpath and prints a digest of what it read. */
function appSource(resume: string): string {
  const ad = [
    'Machine Learning Security Engineer',
    'Requirements:',
    '- 5+ years of application security experience',
    "- Bachelor's degree in computer science",
    '- Python and PyTorch; threat modeling of LLM features',
  ].join('\n');
  return `import { gapReport, loadCatalog, matchRoles, parseResume, planUpskilling } from 'rolefit';
import { ParseOptionsSchema } from 'rolefit/schemas';
import { allLanguages } from 'rolefit/languages';
import { catalogDetails } from 'rolefit/details';
import { roleFromJobPosting } from 'rolefit/postings';
const valid = ParseOptionsSchema.safeParse({ asOf: '2026-11-01' }).success;
const profile = parseResume(${JSON.stringify(resume)}, { asOf: '2026-11-01', languages: allLanguages });
const catalog = loadCatalog(undefined, { details: catalogDetails });
const fits = matchRoles(profile, { roles: [roleFromJobPosting(${JSON.stringify(ad)})] }).concat(matchRoles(profile));
const plan = planUpskilling(profile, fits[1].roleId);
const text = JSON.stringify([valid, profile, fits, plan, gapReport(profile, { format: 'markdown', top: 3 })]);
let h = 0x811c9dc5;
for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
console.log(text.length + ' ' + h.toString(16) + ' ' + catalog.skills.filter((s) => s.description).length);
`;
}

function runNode(file: string, cwd: string): string {
  const r = spawnSync(process.execPath, [file], { cwd, encoding: 'utf8', timeout: 120_000 });
  if (r.status !== 0) throw new Error(`node ${file} failed:\n${r.stdout}${r.stderr}`);
  return r.stdout.trim();
}

/** The app bundled by esbuild for browsers, as one ESM file. */
async function withEsbuild(project: string, entry: string): Promise<string> {
  const outfile = join(project, 'out-esbuild', 'app.mjs');
  await esbuild({ absWorkingDir: project, entryPoints: [entry], bundle: true, minify: true, format: 'esm', platform: 'browser', outfile, logLevel: 'silent' });
  return outfile;
}

/** The app bundled by Vite (installed with vitest), in library mode: one ESM file, everything inlined. */
async function withVite(project: string, entry: string): Promise<{ file: string; version: string }> {
  const vite = (await import('vite')) as typeof import('vite');
  const outDir = join(project, 'out-vite');
  await vite.build({
    root: project,
    configFile: false,
    logLevel: 'silent',
    build: { outDir, emptyOutDir: true, minify: true, lib: { entry, formats: ['es'], fileName: 'app' } },
  });
  const file = readdirSync(outDir).find((f) => /\.m?js$/.test(f));
  if (!file) throw new Error(`vite wrote no bundle in ${outDir}`);
  return { file: join(outDir, file), version: vite.version };
}

const dir = mkdtempSync(join(tmpdir(), 'rolefit-check-bundlers-'));
let failed = false;
try {
  const manifest = installTarball(dir);
  linkDependencies(dir, Object.keys(manifest.dependencies ?? {}));
  const entry = join(dir, 'app.mjs');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), '{ "name": "rolefit-check-bundlers", "private": true, "type": "module" }\n');
  writeFileSync(entry, appSource(readFileSync(join(ROOT, 'examples/sample-resume.txt'), 'utf8')));
  const expected = runNode(entry, dir);
  console.log(`An app importing ${BROWSER_SUBPATHS.map((s) => `\`${s}\``).join(', ')} from the packed tarball; in Node: ${expected}`);
  const bundles: Array<[string, () => Promise<string>]> = [
    ['esbuild (platform browser)', () => withEsbuild(dir, entry)],
    [
      'Vite (library mode)',
      async () => {
        const { file, version } = await withVite(dir, entry);
        console.log(`  (Vite ${version})`);
        return file;
      },
    ],
  ];
  for (const [name, bundle] of bundles) {
    try {
      const file = await bundle();
      const code = readFileSync(file, 'utf8');
      // The data inlined: no import of a data file is left for a browser to fetch.
      const leftover = /from\s*["'][^"']*data\/[\w-]+\.json["']/.exec(code)?.[0];
      const got = runNode(file, dir);
      const ok = got === expected && leftover === undefined;
      failed ||= !ok;
      console.log(`  ${ok ? 'ok  ' : 'FAIL'} ${name}: ${got}${leftover ? `; an import of a data file is left: ${leftover}` : ''}`);
    } catch (error) {
      failed = true;
      console.log(`  FAIL ${name}: ${(error as Error).message.split('\n').slice(0, 6).join('\n       ')}`);
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
if (failed) process.exit(1);
