import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import type Tinypool from 'tinypool';
import { msg, RolefitError } from '../errors';
import type { WorkerResult, WorkerTask } from './worker';

/** This module's URL: `__filename` in the CommonJS build, `import.meta.url` in the ESM build and the sources. */
function selfUrl(): string {
  return typeof __filename === 'string' ? pathToFileURL(__filename).href : import.meta.url;
}

/** The worker script beside this module (`worker.js` when built; `worker.ts` run through tsx in a clone). */
export function workerScript(): { filename: string; execArgv: string[] } {
  const self = selfUrl();
  if (!/\.[cm]?ts$/.test(new URL(self).pathname)) return { filename: new URL('./worker.js', self).href, execArgv: [] };
  const tsx = pathToFileURL(createRequire(self).resolve('tsx')).href;
  return { filename: new URL('./worker.ts', self).href, execArgv: ['--import', tsx] };
}

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
  const { filename, execArgv } = workerScript();
  return new Tinypool({
    filename,
    execArgv,
    minThreads: 0,
    maxThreads: settings.threads,
    idleTimeout: 2000,
    workerData: settings.workerData,
    // A young generation of 1/8 of the heap keeps scavenges short; the old generation is the limit.
    resourceLimits: { maxOldGenerationSizeMb: settings.maxMemoryMb, maxYoungGenerationSizeMb: Math.max(8, Math.ceil(settings.maxMemoryMb / 8)) },
  });
}

/** Pools that read PDFs for `readResume`, one per memory limit, created on first use; idle threads end. */
const pdfPools = new Map<number, Promise<Tinypool>>();

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
    pool = createPool({ threads: Math.max(1, (await import('node:os')).availableParallelism()), maxMemoryMb });
    pdfPools.set(maxMemoryMb, pool);
  }
  const copy = new Uint8Array(bytes);
  const result = await runTask(await pool, { kind: 'pdf', bytes: copy, name, maxPages }, name, budget, [copy.buffer as ArrayBuffer]);
  if (!result.ok) throw revive(result.error);
  if (result.kind !== 'pdf') throw new RolefitError('E_READ_FAILED', msg.readFailed(name, 'the worker answered another task'));
  return result.pdf;
}

/** A `RolefitError` sent back by a worker as data (errors lose their class crossing threads). */
export function revive(error: { code: string; message: string }): RolefitError {
  return new RolefitError(error.code as RolefitError['code'], error.message);
}

/** The time and signal of reading one file: `check()` throws once either runs out. */
export interface Budget {
  signal: AbortSignal;
  timeoutMs: number;
  /** The caller's signal, told apart from the timeout. */
  caller?: AbortSignal | undefined;
  check(): void;
}

/** Starts a file's budget: `timeoutMs` from now, or until the caller's signal aborts. */
export function startBudget(name: string, timeoutMs: number, caller?: AbortSignal): Budget {
  const timer = AbortSignal.timeout(timeoutMs);
  const signal = caller ? AbortSignal.any([caller, timer]) : timer;
  const budget: Budget = {
    signal,
    timeoutMs,
    caller,
    check() {
      if (signal.aborted) throw budgetError(name, budget);
    },
  };
  return budget;
}

function budgetError(name: string, budget: Budget): RolefitError {
  return budget.caller?.aborted ? new RolefitError('E_ABORTED', msg.aborted(name)) : new RolefitError('E_TIMEOUT', msg.timeout(name, budget.timeoutMs));
}

/** What went wrong in a worker, as the code the file gets. */
function workerError(error: unknown, name: string, budget: Budget): RolefitError {
  if (error instanceof RolefitError) return error;
  if (budget.signal.aborted) return budgetError(name, budget);
  const e = error as { code?: string; message?: string };
  if (e?.code === 'ERR_WORKER_OUT_OF_MEMORY' || /out of memory|heap limit/i.test(e?.message ?? '')) {
    return new RolefitError('E_TOO_LARGE', msg.outOfMemory(name), { cause: error });
  }
  return new RolefitError('E_READ_FAILED', msg.readFailed(name, msg.workerCrashed(e?.message ?? String(error))), { cause: error });
}
