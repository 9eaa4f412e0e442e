// Shared helpers of the benchmark scripts (bench.ts, bench-size.ts, bench-adversarial.ts): the texts, statistics,
// timing of child processes, the state of dist/ and the printing of labelled sections.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, totalmem } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const ASOF = '2026-11-01';
/** The sample résumé of the README, used where one text stands for all (import + first parse). */
export const SAMPLE = join(ROOT, 'examples/sample-resume.txt');
/** A one-page résumé for the targets of issue 8: at most 4 kB of UTF-8. */
export const ONE_PAGE_BYTES = 4096;

/** True when `importMetaUrl` is the script node was started with (the file is run, not imported). */
export function isMain(importMetaUrl: string): boolean {
  return process.argv[1] !== undefined && importMetaUrl === pathToFileURL(process.argv[1]).href;
}

// ---------------------------------------------------------------------------------------------- texts

export interface Resume {
  name: string;
  text: string;
  bytes: number;
}

export interface ResumeSet {
  /** Where the texts come from, for the report. */
  source: string;
  resumes: Resume[];
}

const DEV = join(ROOT, '../shared/eval/dev');

/** The dev résumés (../shared/eval/dev/*.txt) when present, else examples/*.txt and test/fixtures/heldout*\/**\/*.txt. */
export function loadResumes(): ResumeSet {
  const txt = (dir: string): string[] =>
    existsSync(dir)
      ? readdirSync(dir)
          .filter((f) => f.endsWith('.txt'))
          .sort()
          .map((f) => join(dir, f))
      : [];
  const dev = txt(DEV);
  if (dev.length > 0) return { source: `${dev.length} dev résumés from ../shared/eval/dev/*.txt`, resumes: dev.map(read) };
  const fixtures = join(ROOT, 'test/fixtures');
  const heldout = readdirSync(fixtures)
    .filter((d) => d.startsWith('heldout'))
    .flatMap((d) => walkTxt(join(fixtures, d)));
  const files = [...txt(join(ROOT, 'examples')), ...heldout];
  return { source: `${files.length} résumés from examples/*.txt and test/fixtures/heldout*/ (../shared/eval/dev is missing)`, resumes: files.map(read) };
}

function walkTxt(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((e) => (e.isDirectory() ? walkTxt(join(dir, e.name)) : e.name.endsWith('.txt') ? [join(dir, e.name)] : []));
}

function read(path: string): Resume {
  const text = readFileSync(path, 'utf8');
  return { name: relative(ROOT, path), text, bytes: Buffer.byteLength(text) };
}

// ----------------------------------------------------------------------------------------- statistics

/** The q-quantile (0–1) of the values, linear between the two nearest ranks. */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const at = (sorted.length - 1) * q;
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  return (sorted[lo] as number) + ((sorted[hi] as number) - (sorted[lo] as number)) * (at - lo);
}

export const median = (values: readonly number[]): number => quantile(values, 0.5);
export const sum = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0);
export const mean = (values: readonly number[]): number => sum(values) / values.length;

/**
 * Runs `fn` until it has run `minRuns` times and `minMs` have passed (at most `maxRuns`) and returns every run's wall
 * and CPU milliseconds (process.cpuUsage: user + system, every thread): a fixed number of runs would be seconds for a
 * slow case and noise for a fast one.
 */
export function sampleRuns(fn: () => void, { minRuns = 3, maxRuns = 50, minMs = 300 } = {}): { wall: number[]; cpu: number[] } {
  const runs = { wall: [] as number[], cpu: [] as number[] };
  const start = performance.now();
  while (runs.wall.length < maxRuns && (runs.wall.length < minRuns || performance.now() - start < minMs)) {
    const cpu = process.cpuUsage();
    const t = performance.now();
    fn();
    runs.wall.push(performance.now() - t);
    const used = process.cpuUsage(cpu);
    runs.cpu.push((used.user + used.system) / 1000);
  }
  return runs;
}

// ------------------------------------------------------------------------------------------- printing

export const ms = (x: number, digits = 3): string => (Number.isFinite(x) ? x.toFixed(digits) : '—');
export const times = (x: number): string => (Number.isFinite(x) ? `${x.toFixed(x < 10 ? 2 : 1)}×` : '—');
/** Decimal units (1 KB = 1,000 bytes, 1 MB = 10^6 bytes): the stricter reading of the issue's targets. */
export const kb = (bytes: number): string => `${(bytes / 1e3).toFixed(1)} KB`;
export const mb = (bytes: number): string => `${(bytes / 1e6).toFixed(2)} MB`;

export function heading(title: string): void {
  console.log(`\n## ${title}\n`);
}

/** Prints rows as a Markdown table; columns after the first are right-aligned. */
export function table(header: readonly string[], rows: ReadonlyArray<readonly string[]>): void {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) =>
    `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] as number) : c.padStart(widths[i] as number))).join(' | ')} |`;
  console.log(line(header));
  console.log(`|${widths.map((w, i) => (i === 0 ? `${'-'.repeat(w + 2)}` : `${'-'.repeat(w + 1)}:`)).join('|')}|`);
  for (const r of rows) console.log(line(r));
}

/** CPU model, cores, memory, Node and the load average: the numbers below mean little without them. */
export function machineLines(): string[] {
  const cpu = cpus()[0]?.model.trim() ?? 'unknown CPU';
  const load = loadavg()
    .map((l) => l.toFixed(2))
    .join(', ');
  const busy = (loadavg()[0] ?? 0) > availableParallelism() ? ' (busier than its cores: wall-clock times are inflated; ratios are measured side by side)' : '';
  return [
    `Machine: ${cpu}, ${availableParallelism()} cores, ${(totalmem() / 2 ** 30).toFixed(1)} GiB, ${process.platform}/${process.arch}`,
    `Node ${process.version}; load average ${load}${busy}`,
  ];
}

// ------------------------------------------------------------------------------------ child processes

/**
 * CPU milliseconds (user + system) of this process's finished children, from /proc/self/stat (Linux only; null
 * elsewhere). spawnSync reaps the child, so the difference around it is that child's CPU time, which unlike
 * wall time does not grow when other work shares the cores. Resolution: one clock tick (10 ms).
 */
export function childrenCpuMs(): number | null {
  if (!existsSync('/proc/self/stat')) return null;
  const stat = readFileSync('/proc/self/stat', 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' '); // fields[0] is field 3 (state)
  return ((Number(fields[13]) + Number(fields[14])) * 1000) / clockTicks();
}

let ticks: number | undefined;
function clockTicks(): number {
  if (ticks === undefined) {
    try {
      ticks = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
    } catch {
      ticks = 100;
    }
  }
  return ticks;
}

export interface SpawnTiming {
  wallMs: number[];
  cpuMs: number[];
}

/**
 * Runs each command once to warm the file cache, then `runs` rounds of all of them in turn, so that every command
 * sees the same machine load; returns wall and CPU milliseconds per command. Throws when a command fails.
 */
export function timeSpawns(commands: Record<string, readonly string[]>, runs = 5): Record<string, SpawnTiming> {
  const out: Record<string, SpawnTiming> = {};
  const once = (name: string, args: readonly string[]) => {
    const cpu0 = childrenCpuMs();
    const t = performance.now();
    const r = spawnSync(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
    const wall = performance.now() - t;
    const cpu1 = childrenCpuMs();
    if (r.status !== 0)
      throw new Error(`\`node ${args.join(' ').slice(0, 80)}\` (${name}) failed: ${(r.stderr ?? '').trim().split('\n').slice(-3).join(' / ')}`);
    return { wall, cpu: cpu0 === null || cpu1 === null ? Number.NaN : cpu1 - cpu0 };
  };
  for (const [name, args] of Object.entries(commands)) {
    once(name, args);
    out[name] = { wallMs: [], cpuMs: [] };
  }
  for (let i = 0; i < runs; i++) {
    for (const [name, args] of Object.entries(commands)) {
      const r = once(name, args);
      out[name]?.wallMs.push(r.wall);
      out[name]?.cpuMs.push(r.cpu);
    }
  }
  return out;
}

// --------------------------------------------------------------------------------------------- dist/

/** Newest modification time of any file under `dir`. */
export function newestMtime(dir: string): number {
  return Math.max(
    0,
    ...readdirSync(dir, { withFileTypes: true }).map((e) => (e.isDirectory() ? newestMtime(join(dir, e.name)) : statSync(join(dir, e.name)).mtimeMs)),
  );
}

export interface DistState {
  /** What was done or found, for the report. */
  note: string;
  /** False when dist/ is older than src/ and could not be rebuilt: figures from it are stale. */
  fresh: boolean;
}

/**
 * Makes dist/ current: when it is missing or older than src/, runs tsup (the part of `npm run build` that writes
 * dist/). The pack step of `npm run build` writes src/data/*.generated.ts, files other people edit while this runs,
 * so it is only checked (`pack.ts --check`), never run, and a stale result is reported.
 */
export function ensureDist(): DistState {
  const entry = join(ROOT, 'dist/index.js');
  const notes: string[] = [];
  let fresh = existsSync(entry) && statSync(entry).mtimeMs >= newestMtime(join(ROOT, 'src'));
  if (fresh) notes.push('dist/ is newer than src/');
  else {
    const t = performance.now();
    const r = spawnSync(join(ROOT, 'node_modules/.bin/tsup'), [], { cwd: ROOT, encoding: 'utf8' });
    fresh = r.status === 0;
    notes.push(
      fresh
        ? `dist/ was older than src/: rebuilt with tsup in ${((performance.now() - t) / 1000).toFixed(1)} s`
        : `tsup FAILED (${(r.stderr || r.stdout).trim().split('\n').slice(-2).join(' / ')}): figures below come from a STALE dist/`,
    );
  }
  const pack = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts/pack.ts'), '--check'], { cwd: ROOT, encoding: 'utf8' });
  notes.push(pack.status === 0 ? 'generated data modules match data/' : 'generated data modules are OUT OF DATE with data/ (npm run build would refresh them)');
  return { note: notes.join('; '), fresh };
}
