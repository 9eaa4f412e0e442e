import type Tinypool from 'tinypool';
import { nodeMsg, RolefitError } from '../errors';
import { checkLanguageLoaded, resolveOptions } from '../options';
import { readRegularFile } from './_fs';
import { type Budget, createPool, readPdfIsolated, revive, runTask, startBudget, warmUp } from './_pool';
import { asReadError, extractFile } from './_read';
import { type BatchOptions, BatchOptionsSchema, type ResolvedBatchOptions, type ResumeFormat } from './options';
import { type BatchSetup, parseAndScore, type Scored, type WorkerTask } from './worker';

/** One input of a batch: a path, bytes, a text with a name, or a path read only within `root` (a folder's files). */
export type BatchInput =
  | string
  | Uint8Array
  | { name?: string; text: string; format?: ResumeFormat }
  | { name?: string; bytes: Uint8Array; format?: ResumeFormat }
  | { name?: string; path: string; root?: string; format?: ResumeFormat };

/** One result of a batch, in input order: the profile (and fits), or the error that file met. */
export type BatchResult = ({ index: number; name: string; ok: true } & Scored) | { index: number; name: string; ok: false; error: RolefitError };

/** How many results may wait for an earlier, slower file, per worker. */
const AHEAD_PER_WORKER = 8;

/**
 * Reads, parses (and with `match`, scores) many résumés on a pool of worker threads, yielding one result per
 * input in input order. Files are read on this thread while the workers parse, at most `concurrency × 8`
 * ahead, so memory stays bounded whatever the batch size. A file that fails, times out, crashes its worker
 * or runs it out of memory yields `{ ok: false, error }` and the batch goes on.
 * @example
 * for await (const r of parseResumes(paths, { asOf: '2026-11-01', match: true })) {
 *   console.log(r.name, r.ok ? r.roles?.[0]?.roleId : r.error.code);
 * }
 */
export async function* parseResumes(
  inputs: Iterable<BatchInput> | AsyncIterable<BatchInput>,
  options?: BatchOptions,
): AsyncGenerator<BatchResult, void, undefined> {
  const o = resolveOptions(BatchOptionsSchema, options, 'parseResumes');
  checkLanguageLoaded(o, 'parseResumes');
  const pool = await createPool({ threads: o.concurrency, maxMemoryMb: o.maxMemoryMb, workerData: setupOf(o) });
  // Every worker loads the core before the first file, so no file's budget pays for a worker's start.
  const warm = warmUp(pool, o.concurrency, 'core');
  const slots = new Semaphore(o.concurrency);
  const pending = new Map<number, Promise<BatchResult>>();
  const source = toAsyncIterator(inputs);
  let next = 0;
  let started = 0;
  let done = false;
  try {
    for (;;) {
      while (!done && pending.size < o.concurrency * AHEAD_PER_WORKER) {
        const item = await source.next();
        if (item.done) done = true;
        else {
          pending.set(started, processOne(pool, warm, slots, item.value, started, o));
          started++;
        }
      }
      const result = pending.get(next);
      if (!result) return;
      pending.delete(next);
      next++;
      yield await result;
    }
  } finally {
    await source.return?.();
    await pool.destroy();
  }
}

function setupOf(o: ResolvedBatchOptions): BatchSetup {
  const { signal: _signal, root: _root, ...limits } = o;
  const match = o.match !== false;
  const roles = typeof o.match === 'object' ? o.match.roles : undefined;
  return {
    limits: {
      maxBytes: limits.maxBytes,
      maxPages: limits.maxPages,
      maxZipEntries: limits.maxZipEntries,
      maxUnzippedBytes: limits.maxUnzippedBytes,
      maxZipRatio: limits.maxZipRatio,
      timeoutMs: limits.timeoutMs,
      maxMemoryMb: limits.maxMemoryMb,
    },
    parse: { maxLength: o.maxLength, language: o.language, ...(o.asOf !== undefined ? { asOf: o.asOf } : {}) },
    // By code: a pack's frozen object does not survive the copy into a worker (each worker imports the packs).
    languages: o.languages.map((p) => p.code),
    ...(o.catalog ? { catalog: o.catalog } : {}),
    ...(roles ? { roles } : {}),
    match,
    fullFits: typeof o.match === 'object' && o.match.detail === 'full',
    keepText: o.keepText,
  };
}

/** Reads one input on this thread, then parses it on a free worker within the file's budget. */
async function processOne(
  pool: Tinypool,
  warm: Promise<void>,
  slots: Semaphore,
  input: BatchInput,
  index: number,
  o: ResolvedBatchOptions,
): Promise<BatchResult> {
  const name = nameOf(input, index);
  try {
    const { data, format } = await load(input, name, o);
    await warm;
    await slots.acquire();
    // The budget starts when a worker is free, so time spent waiting in line does not count.
    const budget: Budget = startBudget(name, o.timeoutMs, o.signal);
    try {
      const task: WorkerTask = { kind: 'file', input: data, name, ...(format ? { format } : {}) };
      const transfer = data instanceof Uint8Array ? [data.buffer as ArrayBuffer] : [];
      const result = await runTask(pool, task, name, budget, transfer).catch(async (error: unknown) => {
        // The worker was stopped (time, memory, crash): its replacement loads the core before the next file.
        await warmUp(pool, 1, 'core');
        throw error;
      });
      if (!result.ok) throw revive(result.error);
      if (result.kind !== 'file') throw new Error('unexpected worker answer');
      const { ok: _ok, kind: _kind, ...scored } = result;
      return { index, name, ok: true, ...scored };
    } finally {
      budget.end();
      slots.release();
    }
  } catch (error) {
    return { index, name, ok: false, error: asReadError(error, name) };
  }
}

/**
 * One input read and parsed on this thread (PDF work still runs on a pooled worker within the budget):
 * what the command line does for a single file, where starting a pool would cost more than the file.
 */
export async function parseOne(input: BatchInput, options?: BatchOptions): Promise<BatchResult> {
  const o = resolveOptions(BatchOptionsSchema, options, 'parseResumes');
  checkLanguageLoaded(o, 'parseResumes');
  const name = nameOf(input, 0);
  try {
    const { data, format } = await load(input, name, o);
    const budget = startBudget(name, o.timeoutMs, o.signal);
    const file = await extractFile(data, name, format, o, (b, n, pages) => readPdfIsolated(b, n, pages, o.maxMemoryMb, budget)).finally(() => budget.end());
    budget.check();
    return { index: 0, name, ok: true, ...(await parseAndScore(file, setupOf(o), o.catalog)) };
  } catch (error) {
    if (error instanceof RolefitError && (error.code === 'E_INVALID_OPTIONS' || error.code === 'E_UNKNOWN_ROLE')) throw error;
    return { index: 0, name, ok: false, error: asReadError(error, name) };
  }
}

/** The bytes or text of an input (a path is read here, as a regular file within the byte cap). */
async function load(input: BatchInput, name: string, o: ResolvedBatchOptions): Promise<{ data: Uint8Array | string; format?: ResumeFormat }> {
  o.signal?.throwIfAborted();
  if (typeof input === 'string') return { data: await readRegularFile(input, o.maxBytes, o.root) };
  if (input instanceof Uint8Array) return { data: new Uint8Array(input) };
  if ('path' in input && typeof input.path === 'string')
    return { data: await readRegularFile(input.path, o.maxBytes, input.root ?? o.root), ...(input.format ? { format: input.format } : {}) };
  if ('text' in input && typeof input.text === 'string') return { data: input.text, ...(input.format ? { format: input.format } : {}) };
  if ('bytes' in input && input.bytes instanceof Uint8Array) return { data: new Uint8Array(input.bytes), ...(input.format ? { format: input.format } : {}) };
  throw new RolefitError('E_INVALID_INPUT', nodeMsg.batchInput(name));
}

function nameOf(input: BatchInput, index: number): string {
  if (typeof input === 'string') return input;
  if (!(input instanceof Uint8Array) && typeof input === 'object' && input !== null) {
    if (typeof input.name === 'string') return input.name;
    if ('path' in input && typeof input.path === 'string') return input.path;
  }
  return `#${index + 1}`;
}

function toAsyncIterator<T>(inputs: Iterable<T> | AsyncIterable<T>): AsyncIterator<T> {
  if (Symbol.asyncIterator in inputs) return (inputs as AsyncIterable<T>)[Symbol.asyncIterator]();
  const it = (inputs as Iterable<T>)[Symbol.iterator]();
  return { next: async () => it.next(), return: async () => it.return?.() ?? { done: true, value: undefined } };
}

/** A counting semaphore: at most `size` files on the workers at once. */
class Semaphore {
  private waiting: Array<() => void> = [];
  constructor(private free: number) {}
  acquire(): Promise<void> {
    if (this.free > 0) {
      this.free--;
      return Promise.resolve();
    }
    return new Promise((resolve) => this.waiting.push(resolve));
  }
  release(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.free++;
  }
}
