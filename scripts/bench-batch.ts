// Batch throughput and memory of `parseResumes` (rolefit/node): résumés per second at 1, 2 and all cores, and the
// peak memory (RSS of the whole process, workers included) for 2,000 and 10,000 résumés. Each measure runs in a
// child process of its own (plain node on the built dist/), so that peak memory is that run's.
// Usage: npm run bench (or tsx scripts/bench-batch.ts).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const TEMPLATES = [
  join(ROOT, 'examples/sample-resume.txt'),
  ...readdirSync(join(ROOT, 'test/fixtures/resumes'))
    .filter((f) => f.endsWith('.txt'))
    .map((f) => join(ROOT, 'test/fixtures/resumes', f)),
];

interface Run {
  files: number;
  /** CPU seconds of the whole process (every thread), to tell a lack of free cores from overhead. */
  cpu: number;
  concurrency: number;
  seconds: number;
  perSecond: number;
  peakMb: number;
  failed: number;
}

/** Writes `count` résumé text files (the fixtures, each with its own number) into a fresh folder. */
function makeFolder(count: number): string {
  const dir = mkdtempSync(join(tmpdir(), `rolefit-bench-${count}-`));
  const texts = TEMPLATES.map((f) => readFileSync(f, 'utf8'));
  for (let i = 0; i < count; i++) writeFileSync(join(dir, `cv-${String(i).padStart(5, '0')}.txt`), `${texts[i % texts.length]}\nReference ${i}\n`);
  return dir;
}

/**
 * One measure in a child process running the built package (`dist/`) with plain node, as users run it: `pool`
 * is `parseResumes`, `loop` is readFile + parse + match one after another on one thread.
 */
function measure(dir: string, mode: 'pool' | 'loop', concurrency: number): Run {
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', CHILD, mode, dir, String(concurrency)], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  return JSON.parse(out.trim().split('\n').at(-1) as string) as Run;
}

/** The child: times the run and reports CPU seconds (every thread) and peak RSS (the whole process, workers included). */
const CHILD = `
import { readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
const [mode, dir, c] = process.argv.slice(1);
const concurrency = Number(c);
const files = readdirSync(dir).sort().map((f) => join(dir, f));
const started = performance.now();
let failed = 0;
if (mode === 'pool') {
  const { parseResumes } = await import('./dist/node.js');
  for await (const r of parseResumes(files, { concurrency, match: true, keepText: false, asOf: '2026-11-01' })) if (!r.ok) failed++;
} else {
  const [{ createMatcher }, { allLanguages }] = await Promise.all([import('./dist/index.js'), import('./dist/languages.js')]);
  // Every language, as the pool reads by default.
  const { parse, match } = createMatcher({ asOf: '2026-11-01', languages: allLanguages });
  for (const f of files) match(parse(await readFile(f, 'utf8')));
}
const seconds = (performance.now() - started) / 1000;
const used = process.cpuUsage();
console.log(JSON.stringify({ files: files.length, cpu: (used.user + used.system) / 1e6, concurrency, seconds, perSecond: files.length / seconds, peakMb: process.resourceUsage().maxRSS / 1024, failed }));
`;

/** Builds dist/ when it is missing or older than src/. */
function ensureBuilt(): void {
  const newest = (d: string): number =>
    Math.max(0, ...readdirSync(d, { withFileTypes: true }).map((e) => (e.isDirectory() ? newest(join(d, e.name)) : statSync(join(d, e.name)).mtimeMs)));
  const built = join(ROOT, 'dist/node.js');
  if (existsSync(built) && statSync(built).mtimeMs >= newest(join(ROOT, 'src'))) return;
  process.stdout.write('Building dist/ (tsup)…\n');
  execFileSync(join(ROOT, 'node_modules/.bin/tsup'), [], { cwd: ROOT, stdio: 'ignore' });
}

function row(label: string, r: Run, base?: Run): string {
  const speedup = base ? `${(r.perSecond / base.perSecond).toFixed(2)}×` : '';
  return `| ${label.padEnd(28)} | ${String(r.files).padStart(6)} | ${r.perSecond.toFixed(0).padStart(8)} | ${r.seconds.toFixed(1).padStart(6)} | ${r.cpu.toFixed(1).padStart(6)} | ${speedup.padStart(7)} | ${r.peakMb.toFixed(0).padStart(7)} |`;
}

async function parent(): Promise<void> {
  const cores = availableParallelism();
  const small = makeFolder(2000);
  const large = makeFolder(10_000);
  try {
    process.stdout.write(
      `Batch reading on this machine: ${cores} cores, Node ${process.version}; each line is a child process on dist/ (pool start-up included)\n`,
    );
    process.stdout.write(
      `load average before: ${loadavg()
        .map((l) => l.toFixed(2))
        .join(', ')} (other work on the machine takes cores from the pool)\n\n`,
    );
    process.stdout.write('| run | files | files/s | s | CPU s | vs 1 | peak MB |\n|---|---:|---:|---:|---:|---:|---:|\n');
    const loop = measure(small, 'loop', 1);
    process.stdout.write(`${row('plain loop, one thread', loop)}\n`);
    const one = measure(small, 'pool', 1);
    process.stdout.write(`${row('parseResumes, 1 worker', one)}\n`);
    const two = measure(small, 'pool', 2);
    process.stdout.write(`${row('parseResumes, 2 workers', two, one)}\n`);
    if (cores > 2) process.stdout.write(`${row(`parseResumes, ${cores} workers`, measure(small, 'pool', cores), one)}\n`);
    const big = measure(large, 'pool', cores);
    process.stdout.write(`${row(`parseResumes, ${cores} workers`, big, one)}\n`);
    const failed = [one, two, big].reduce((n, r) => n + r.failed, 0);
    process.stdout.write(
      `\n2 workers over 1: ${(two.perSecond / one.perSecond).toFixed(2)}× (target ≥ 1.4×); peak memory ${two.peakMb.toFixed(0)} MB for 2,000 and ${big.peakMb.toFixed(0)} MB for 10,000 résumés (target ≤ 300 MB); ${failed} failures\n`,
    );
  } finally {
    rmSync(small, { recursive: true, force: true });
    rmSync(large, { recursive: true, force: true });
  }
}

ensureBuilt();
await parent();
