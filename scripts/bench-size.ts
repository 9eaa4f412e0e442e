/**
 * What a user pays before the first résumé: 4. start-up (import of the built package + first parse, and
 * `rolefit --help`, against a bare `node -e 0`), 5. production install size, 6. browser bundle of the core.
 * Run alone with `npx tsx scripts/bench-size.ts`; `npm run bench` runs it through scripts/bench.ts.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { ASOF, ensureDist, heading, isMain, kb, machineLines, mb, median, ms, ROOT, SAMPLE, table, timeSpawns, times } from './_bench-lib';
import { BUILD_ALIASES, BUILD_PLUGINS } from './build-aliases';
import { bundleExports, RESUME_PATH } from './bundle-exports';

export interface SizeFigures {
  importRatio: number;
  importCpuRatio: number;
  helpRatio: number;
  installBytes: number;
  installPackages: number;
  bundleGzipBytes: number;
  distFresh: boolean;
}

// --------------------------------------------------------------------------- 4. import + first parse

/** A child that imports the built package as a user's ESM code would, and parses the sample résumé. */
const IMPORT_AND_PARSE = `
import { readFileSync } from 'node:fs';
const { parseResume } = await import(${JSON.stringify(pathToFileURL(join(ROOT, 'dist/index.js')).href)});
parseResume(readFileSync(${JSON.stringify(SAMPLE)}, 'utf8'), { asOf: '${ASOF}' });
`;

function reportStartup(): { importRatio: number; importCpuRatio: number; helpRatio: number } {
  const commands = {
    'node -e 0 (bare node)': ['-e', '0'],
    'import dist/index.js + parseResume(sample)': ['--input-type=module', '-e', IMPORT_AND_PARSE],
    'node dist/cli.js --help': [join(ROOT, 'dist/cli.js'), '--help'],
  };
  let timing: ReturnType<typeof timeSpawns>;
  try {
    timing = timeSpawns(commands, 5);
  } catch (error) {
    console.log(`FAILED: ${(error as Error).message}`);
    return { importRatio: Number.NaN, importCpuRatio: Number.NaN, helpRatio: Number.NaN };
  }
  const wall = (name: string) => median(timing[name]?.wallMs ?? []);
  const cpu = (name: string) => median(timing[name]?.cpuMs ?? []);
  const [bare, imp, help] = Object.keys(commands) as [string, string, string];
  console.log('One warm-up run each, then 5 rounds of the three in turn (same load for all); median of the 5.');
  console.log('CPU = user + system time of the child (from /proc), which other work on the machine does not inflate.');
  table(
    ['child process', 'wall ms', 'vs bare', 'CPU ms', 'vs bare'],
    [bare, imp, help].map((n) => [
      n,
      ms(wall(n), 0),
      n === bare ? '' : times(wall(n) / wall(bare)),
      ms(cpu(n), 0),
      n === bare ? '' : times(cpu(n) / cpu(bare)),
    ]),
  );
  return { importRatio: wall(imp) / wall(bare), importCpuRatio: cpu(imp) / cpu(bare), helpRatio: wall(help) / wall(bare) };
}

// --------------------------------------------------------------------------------- 5. install size

interface Tree {
  bytes: number;
  packages: number;
  /** Bytes per package folder (its own files, without nested node_modules). */
  perPackage: Map<string, number>;
}

/** Sum of file sizes (apparent bytes; symlinks such as .bin entries not followed) under `dir`, skipping `skip`. */
function folderBytes(dir: string, skip?: (name: string) => boolean): number {
  let total = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (skip?.(e.name)) continue;
    const path = join(dir, e.name);
    if (e.isDirectory()) total += folderBytes(path);
    else if (e.isFile()) total += lstatSync(path).size;
  }
  return total;
}

/** Every package folder under a node_modules folder, nested ones included. */
function packageFolders(modules: string): string[] {
  if (!existsSync(modules)) return [];
  return readdirSync(modules, { withFileTypes: true })
    .filter((e) => e.isDirectory() && !e.name.startsWith('.'))
    .flatMap((e) => (e.name.startsWith('@') ? readdirSync(join(modules, e.name)).map((n) => join(modules, e.name, n)) : [join(modules, e.name)]))
    .flatMap((p) => [p, ...packageFolders(join(p, 'node_modules'))]);
}

function measureTree(folders: readonly string[], modulesRoot: string): Tree {
  const perPackage = new Map<string, number>();
  for (const f of folders) {
    const name = relative(modulesRoot, f).replace(/^.*node_modules\//, '');
    perPackage.set(name, (perPackage.get(name) ?? 0) + folderBytes(f, (n) => n === 'node_modules'));
  }
  return { bytes: [...perPackage.values()].reduce((a, b) => a + b, 0), packages: folders.length, perPackage };
}

function npm(args: readonly string[], cwd: string, timeoutMs: number) {
  return spawnSync('npm', args, { cwd, encoding: 'utf8', timeout: timeoutMs });
}

/**
 * `npm pack`, then `npm install --omit=dev` of the tarball in an empty project (what `npm install rolefit` gives a
 * user). Without a registry, falls back to the production tree in this repository's node_modules.
 */
function reportInstall(): { bytes: number; packages: number } {
  const dir = mkdtempSync(join(tmpdir(), 'rolefit-install-'));
  try {
    const packed = npm(['pack', '--json', '--pack-destination', dir], ROOT, 120_000);
    const info =
      packed.status === 0 ? (JSON.parse(packed.stdout) as Array<{ filename: string; size: number; unpackedSize: number; entryCount: number }>)[0] : undefined;
    if (!info) {
      console.log(`npm pack FAILED: ${packed.stderr.trim().split('\n').slice(-2).join(' / ')}`);
      return { bytes: Number.NaN, packages: Number.NaN };
    }
    console.log(`npm pack: ${info.filename}, ${kb(info.size)} packed, ${kb(info.unpackedSize)} unpacked, ${info.entryCount} files`);
    const project = join(dir, 'project');
    mkdirSync(project);
    writeFileSync(join(project, 'package.json'), '{ "name": "rolefit-install-size", "private": true }\n');
    const t = performance.now();
    // ROLEFIT_BENCH_OFFLINE=1 skips the install (no registry at hand) and takes the fallback below.
    const installed = process.env.ROLEFIT_BENCH_OFFLINE
      ? { status: 1, stderr: 'skipped: ROLEFIT_BENCH_OFFLINE is set' }
      : npm(['install', '--omit=dev', '--prefer-offline', '--no-audit', '--no-fund', join(dir, info.filename)], project, 300_000);
    let tree: Tree;
    if (installed.status === 0) {
      const modules = join(project, 'node_modules');
      tree = measureTree(packageFolders(modules), modules);
      console.log(
        `Method: npm install --omit=dev --prefer-offline of the tarball into an empty project (${((performance.now() - t) / 1000).toFixed(0)} s); sizes are the sum of file sizes.`,
      );
    } else {
      // No registry: the production dependency tree as installed here, plus rolefit's own unpacked files.
      const ls = npm(['ls', '--omit=dev', '--all', '--parseable'], ROOT, 120_000);
      const folders = [...new Set(ls.stdout.split('\n').filter((l) => l.includes('node_modules')))];
      const modules = join(ROOT, 'node_modules');
      tree = measureTree(folders, modules);
      tree.perPackage.set('rolefit', info.unpackedSize);
      tree.bytes += info.unpackedSize;
      tree.packages += 1;
      console.log(
        `Method: npm install failed (${installed.stderr.trim().split('\n').slice(-1)[0]}); FALLBACK: npm ls --omit=dev --all --parseable in this repository, summing the listed folders, plus rolefit's unpacked size.`,
      );
    }
    console.log(`Production install: ${mb(tree.bytes)} in ${tree.packages} packages (rolefit included); largest:`);
    table(
      ['package', 'size'],
      [...tree.perPackage]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 8)
        .map(([name, bytes]) => [name, mb(bytes)]),
    );
    return { bytes: tree.bytes, packages: tree.packages };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------- 6. browser bundle

/** The core entry bundled for a browser as a user's bundler would: everything in, minified, ESM. */
async function reportBundle(): Promise<number> {
  const result = await build({
    absWorkingDir: ROOT,
    entryPoints: ['src/index.ts'],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    metafile: true,
    outfile: 'bundle.js',
    logLevel: 'silent',
    // The build's aliases (tsup.config.ts), so that the bundle measured is the one that ships.
    alias: BUILD_ALIASES,
    plugins: BUILD_PLUGINS,
  });
  const output = result.outputFiles.find((f) => f.path.endsWith('.js'));
  const meta = Object.values(result.metafile.outputs).find((o) => o.entryPoint !== undefined);
  if (!output || !meta) throw new Error('esbuild produced no bundle');
  const gzip = gzipSync(output.contents, { level: 9 }).length;
  console.log(
    `esbuild src/index.ts → platform browser, format esm, minify, bundle, nothing external: ${kb(output.contents.length)} minified, ${kb(gzip)} gzip (zlib level 9)${result.warnings.length ? `; ${result.warnings.length} esbuild warnings` : ''}`,
  );
  console.log('Biggest 10 inputs, by the bytes each leaves in the minified bundle (metafile bytesInOutput):');
  table(
    ['input', 'in bundle', 'share'],
    Object.entries(meta.inputs)
      .sort((a, b) => b[1].bytesInOutput - a[1].bytesInOutput)
      .slice(0, 10)
      .map(([path, i]) => [path, kb(i.bytesInOutput), `${((100 * i.bytesInOutput) / output.contents.length).toFixed(1)} %`]),
  );
  const pathOut = Buffer.from(await bundleExports(RESUME_PATH));
  console.log(
    `The résumé path alone (${RESUME_PATH.join(', ')}; the rest tree-shaken, as a user's bundler does): ${kb(pathOut.length)} minified, ${kb(gzipSync(pathOut, { level: 9 }).length)} gzip, without the job-ad vocabulary (a module of its own, which only job-ad reading imports).`,
  );
  await reportLanguages(gzip, gzipSync(pathOut, { level: 9 }).length);
  return gzip;
}

/** What each language pack of `rolefit/languages` adds to the root bundle (whole and résumé path): a user pays for those imported. */
async function reportLanguages(rootGzip: number, pathGzip: number): Promise<void> {
  const rows: string[][] = [];
  for (const [label, languages] of [
    ['root + de', ['de']],
    ['root + fr', ['fr']],
    ['root + es', ['es']],
    ['root + allLanguages', ['allLanguages']],
  ] as const) {
    for (const [what, names, base] of [
      ['whole', '*', rootGzip],
      ['résumé path', RESUME_PATH, pathGzip],
    ] as const) {
      const out = Buffer.from(await bundleExports(names, languages));
      const gzip = gzipSync(out, { level: 9 }).length;
      rows.push([`${label} (${what})`, kb(out.length), kb(gzip), `+${kb(gzip - base)}`]);
    }
  }
  console.log('The root reads English; each language pack of `rolefit/languages` (passed as `languages`) adds its words and aliases:');
  table(['bundle', 'minified', 'gzip', 'vs root'], rows);
  // `loadCatalog` with `details`: what a user who shows the catalog's descriptions and refs pays.
  const whole = Buffer.from(await bundleExports('*', [], true));
  const gzip = gzipSync(whole, { level: 9 }).length;
  console.log(
    `The catalog's documentation (\`catalogDetails\` of \`rolefit/details\`, passed as \`loadCatalog(…, { details })\`): root + details ${kb(whole.length)} minified, ${kb(gzip)} gzip, +${kb(gzip - rootGzip)}.`,
  );
  // Job-ad reading: what a user who reads job ads as well as résumés pays.
  const ads = Buffer.from(await bundleExports([...RESUME_PATH, 'roleFromJobPosting']));
  const withRoot = Buffer.from(await bundleExports(['*', 'roleFromJobPosting']));
  const adsGzip = gzipSync(ads, { level: 9 }).length;
  const rootAdsGzip = gzipSync(withRoot, { level: 9 }).length;
  console.log(
    `Job-ad reading (\`roleFromJobPosting\` of \`rolefit/postings\`): résumé path + postings ${kb(ads.length)} minified, ${kb(adsGzip)} gzip, +${kb(adsGzip - pathGzip)}; root + postings ${kb(withRoot.length)} minified, ${kb(rootAdsGzip)} gzip, +${kb(rootAdsGzip - rootGzip)}.`,
  );
}

export async function runSizeBench(): Promise<SizeFigures> {
  heading('4. Start-up: import + first parse, and rolefit --help, vs bare node');
  const dist = ensureDist();
  console.log(`Built package: ${dist.note}.`);
  const startup = reportStartup();

  heading('5. Production install size');
  const install = reportInstall();

  heading('6. Browser bundle of the core');
  let bundleGzipBytes = Number.NaN;
  try {
    bundleGzipBytes = await reportBundle();
  } catch (error) {
    console.log(`esbuild FAILED: ${(error as Error).message.split('\n').slice(0, 3).join(' / ')}`);
  }
  return { ...startup, installBytes: install.bytes, installPackages: install.packages, bundleGzipBytes, distFresh: dist.fresh };
}

if (isMain(import.meta.url)) {
  for (const line of machineLines()) console.log(line);
  await runSizeBench();
}
