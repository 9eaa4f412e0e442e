import { createHash } from 'node:crypto';
import { existsSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type Tinypool from 'tinypool';
import { nodeMsg, RolefitError } from '../errors';
import type { WorkerResult, WorkerTask } from './worker';

/** This module's URL: `__filename` in the CommonJS build, `import.meta.url` in the ESM build and the sources. */
function selfUrl(): string {
  return typeof __filename === 'string' ? pathToFileURL(__filename).href : import.meta.url;
}

/** The worker script beside this module: `worker.js` when built, a bundle of `worker.ts` when run from the sources. */
export async function workerScript(): Promise<string> {
  const self = selfUrl();
  if (!/\.[cm]?ts$/.test(new URL(self).pathname)) return new URL('./worker.js', self).href;
  return pathToFileURL(await bundleWorker(fileURLToPath(new URL('..', self)))).href;
}

/**
 * Bundles `src/node/worker.ts` with esbuild (a dev dependency) for tests and `npm run cli`: Node 20 worker
 * threads cannot load TypeScript. The bundle is cached by the sources' sizes and times, and shared by processes.
 */
async function bundleWorker(src: string): Promise<string> {
  const root = dirname(src.replace(/[\\/]$/, ''));
  const hash = createHash('sha1');
  for (const file of sourceFiles(src)) {
    const info = statSync(file);
    hash.update(`${file}:${info.size}:${info.mtimeMs}\n`);
  }
  const out = join(root, 'node_modules', '.cache', 'rolefit-worker', hash.digest('hex').slice(0, 16));
  const script = join(out, 'worker.mjs');
  if (existsSync(script)) return script;
  const tmp = `${out}.${process.pid}.${Date.now()}`;
  // A variable specifier, so that bundlers leave this dev-only import alone.
  const esbuild = 'esbuild';
  const { build } = (await import(esbuild)) as typeof import('esbuild');
  await build({
    entryPoints: { worker: join(src, 'node', 'worker.ts') },
    outdir: tmp,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    logLevel: 'silent',
  });
  try {
    renameSync(tmp, out);
  } catch {
    rmSync(tmp, { recursive: true, force: true });
  }
  // Bundles of older sources go after an hour (a process started before may still be using one).
  for (const old of readdirSync(dirname(out))) {
    const path = join(dirname(out), old);
    try {
      if (path !== out && Date.now() - statSync(path).mtimeMs > 3_600_000) rmSync(path, { recursive: true, force: true });
    } catch {
      // Another process removed it first.
    }
  }
  return script;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? sourceFiles(join(dir, d.name)) : d.name.endsWith('.ts') ? [join(dir, d.name)] : [],
  );
}

/** The young generation of each worker, in MB: at 8 MB a worker parsing text résumés stays near 80 MB (16 MB: +10 MB each). */
const YOUNG_GENERATION_MB = 8;

/** Settings of a worker pool. */
export interface PoolSettings {
  threads: number;
  maxMemoryMb: number;
  /** Given to every worker once (the catalog and the options of a batch). */
  workerData?: unknown;
}

/** A pool of worker threads: a task that runs too long, crashes or runs out of memory loses its thread, not the pool. */
export async function createPool(settings: PoolSettings): Promise<Tinypool> {
  const { Tinypool } = await import('tinypool');
  const pool = new Tinypool({
    filename: await workerScript(),
    // The parent's flags, less those a worker refuses (`node --input-type=module -e …` would stop every worker).
    execArgv: workerFlags(process.execArgv),
    minThreads: 0,
    maxThreads: settings.threads,
    idleTimeout: 2000,
    workerData: settings.workerData,
    // The old generation is the limit; a small young generation keeps each worker's memory low (text résumés
    // allocate little that lives long).
    resourceLimits: { maxOldGenerationSizeMb: settings.maxMemoryMb, maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
  });
  // A worker that fails outside a task (at start-up) must not crash the caller: its tasks fail on their own.
  pool.on('error', () => undefined);
  return pool;
}

/** The parent's flags a worker accepts: no `--input-type`, and no `-e`/`-p` code (`node -e …` would stop every worker). */
function workerFlags(flags: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < flags.length; i++) {
    const flag = flags[i] as string;
    if (flag === '-e' || flag === '--eval' || flag === '-p' || flag === '--print') i++;
    else if (!flag.startsWith('--input-type') && !flag.startsWith('--eval=') && !flag.startsWith('--print=')) out.push(flag);
  }
  return out;
}

/** Pools that read PDFs for `readResume`, one per memory limit, created (and warmed) on first use; idle threads end. */
const pdfPools = new Map<number, Promise<Tinypool>>();

/** Starts `threads` workers and loads in each what its tasks need, before any file's budget starts. */
export async function warmUp(pool: Tinypool, threads: number, load: 'core' | 'pdf'): Promise<void> {
  const task: WorkerTask = { kind: 'warm', load };
  await Promise.all(Array.from({ length: threads }, () => pool.run(task).catch(() => undefined)));
}

/** Runs one task on a pool, turning an abort, a crash or an out-of-memory into a `RolefitError` naming the file. */
export async function runTask(pool: Tinypool, task: WorkerTask, name: string, budget: Budget, transfer: ArrayBuffer[] = []): Promise<WorkerResult> {
  try {
    return (await pool.run(task, { signal: budget.signal, transferList: transfer })) as WorkerResult;
  } catch (error) {
    throw workerError(error, name, budget);
  }
}

/** Reads a PDF in a pooled worker thread, stopped (with `E_TIMEOUT` or `E_ABORTED`) when its budget runs out. */
export async function readPdfIsolated(bytes: Uint8Array, name: string, maxPages: number, maxMemoryMb: number, budget: Budget) {
  let pool = pdfPools.get(maxMemoryMb);
  if (!pool) {
    pool = createPool({ threads: Math.max(1, (await import('node:os')).availableParallelism()), maxMemoryMb }).then(async (p) => {
      await warmUp(p, 1, 'pdf');
      return p;
    });
    pdfPools.set(maxMemoryMb, pool);
  }
  await pool;
  // The budget counts the PDF work, not the start of its worker thread.
  budget.restart();
  const copy = new Uint8Array(bytes);
  const result = await runTask(await pool, { kind: 'pdf', bytes: copy, name, maxPages }, name, budget, [copy.buffer as ArrayBuffer]);
  if (!result.ok) throw revive(result.error);
  if (result.kind !== 'pdf') throw new RolefitError('E_READ_FAILED', nodeMsg.readFailed(name, 'the worker answered another task'));
  return result.pdf;
}

/** A `RolefitError` sent back by a worker as data (errors lose their class crossing threads). */
export function revive(error: { code: string; message: string }): RolefitError {
  return new RolefitError(error.code as RolefitError['code'], error.message);
}

/** The time and signal of reading one file: `check()` throws once either runs out; `end()` frees its timer. */
export interface Budget {
  signal: AbortSignal;
  timeoutMs: number;
  /** The caller's signal, told apart from the timeout. */
  caller?: AbortSignal | undefined;
  check(): void;
  /** Counts `timeoutMs` again from now (once a worker is ready), unless already out of time. */
  restart(): void;
  end(): void;
}

/** Starts a file's budget: `timeoutMs` from now, or until the caller's signal aborts. */
export function startBudget(name: string, timeoutMs: number, caller?: AbortSignal): Budget {
  const controller = new AbortController();
  let timer = setTimeout(() => controller.abort(), timeoutMs);
  timer.unref();
  const onAbort = () => controller.abort();
  if (caller?.aborted) controller.abort();
  else caller?.addEventListener('abort', onAbort, { once: true });
  const budget: Budget = {
    signal: controller.signal,
    timeoutMs,
    caller,
    check() {
      if (controller.signal.aborted) throw budgetError(name, budget);
    },
    restart() {
      if (controller.signal.aborted) return;
      clearTimeout(timer);
      timer = setTimeout(() => controller.abort(), timeoutMs);
      timer.unref();
    },
    end() {
      clearTimeout(timer);
      caller?.removeEventListener('abort', onAbort);
    },
  };
  return budget;
}

function budgetError(name: string, budget: Budget): RolefitError {
  return budget.caller?.aborted ? new RolefitError('E_ABORTED', nodeMsg.aborted(name)) : new RolefitError('E_TIMEOUT', nodeMsg.timeout(name, budget.timeoutMs));
}

/** What went wrong in a worker, as the code the file gets. */
function workerError(error: unknown, name: string, budget: Budget): RolefitError {
  if (error instanceof RolefitError) return error;
  if (budget.signal.aborted) return budgetError(name, budget);
  const e = error as { code?: string; message?: string };
  if (e?.code === 'ERR_WORKER_OUT_OF_MEMORY' || /out of memory|heap limit/i.test(e?.message ?? '')) {
    return new RolefitError('E_TOO_LARGE', nodeMsg.outOfMemory(name), { cause: error });
  }
  return new RolefitError('E_READ_FAILED', nodeMsg.readFailed(name, nodeMsg.workerCrashed(e?.message ?? String(error))), { cause: error });
}
