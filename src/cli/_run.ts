import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { Catalog, LanguagePack, Role } from '..';
import { cliMsg, languagePackAdvice, RolefitError } from '../errors';
import type { BatchInput, BatchResult } from '../node/batch';
import type { BatchOptions } from '../node/options';
import { numberFlag, type Parsed, stringFlag, usage } from './_args';
import { type Ctx, type Io, readStdin } from './_io';
import { escapeMessage, escapeName, renderProgress } from './_output';
import { EXIT } from './_spec';

/** File extensions read when a folder is given. */
const RESUME_EXTENSIONS = new Set(['.pdf', '.docx', '.txt', '.text', '.md', '.markdown', '.html', '.htm', '.json']);
const STDIN = '<stdin>';
/** Batches from this many files on run on a pool of worker threads. */
export const POOL_MIN_FILES = 32;

async function* inThread(files: readonly BatchInput[], options: BatchOptions, parse: typeof import('../node/batch').parseOne): AsyncGenerator<BatchResult> {
  for (const [index, file] of files.entries()) yield { ...(await parse(file, options)), index };
}

/** The reading limits and date of the command line, for `parseResumes` and `readJobPosting`. */
export function readingOptions(parsed: Parsed) {
  const limits = {
    maxBytes: numberFlag(parsed, 'max-bytes'),
    maxPages: numberFlag(parsed, 'max-pages'),
    timeoutMs: numberFlag(parsed, 'timeout'),
    maxMemoryMb: numberFlag(parsed, 'max-memory'),
  };
  return Object.fromEntries(Object.entries(limits).filter(([, v]) => v !== undefined)) as {
    maxBytes?: number;
    maxPages?: number;
    timeoutMs?: number;
    maxMemoryMb?: number;
  };
}

/**
 * The language packs of `--languages` (codes separated by commas; `en` needs none): every pack by default, as a
 * terminal pays no bundle bytes.
 */
export async function languagesOf(parsed: Parsed): Promise<readonly LanguagePack[]> {
  const { allLanguages } = await import('../languages');
  const flag = stringFlag(parsed, 'languages');
  if (flag === undefined) return allLanguages;
  const given = flag
    .split(',')
    .map((c) => c.trim().toLowerCase())
    .filter((c) => c !== '');
  // An empty list is a slip, not English only: that is `--languages en`.
  if (given.length === 0) throw usage(cliMsg.invalidFlag('--languages', 'language codes among en, de, fr, es (use `--languages en` for English only)', flag));
  const codes = given.filter((c) => c !== 'en');
  const unknown = codes.find((c) => !allLanguages.some((p) => p.code === c));
  if (unknown !== undefined) throw usage(cliMsg.invalidFlag('--languages', 'language codes among en, de, fr, es, separated by commas', flag));
  return allLanguages.filter((p) => codes.includes(p.code));
}

/** The `--catalog` file loaded and validated (exit 3 when invalid), or undefined for the bundled one. */
export async function catalogOf(parsed: Parsed): Promise<Catalog | undefined> {
  const path = stringFlag(parsed, 'catalog');
  if (!path) return undefined;
  const [{ loadCatalog }, languages] = await Promise.all([import('..'), languagesOf(parsed)]);
  let json: unknown;
  try {
    json = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    throw new RolefitError('E_INVALID_DATA', cliMsg.catalogUnreadable(path, (error as Error).message), { cause: error });
  }
  // Merged into the bundled catalog with the language packs read (every one by default).
  return loadCatalog(json, { source: path, languages });
}

/** The bundled catalog (with the packs of `--languages`) or the `--catalog` one, loaded in this thread (for plans, reports and rankings). */
export async function catalogHere(parsed: Parsed, catalog: Catalog | undefined): Promise<Catalog> {
  const [{ loadCatalog }, languages] = await Promise.all([import('..'), languagesOf(parsed)]);
  return catalog ?? loadCatalog(undefined, { languages });
}

/** Reads a job ad (`--job`, any format, `-` for stdin) into a role. */
export async function jobRole(ctx: Ctx, parsed: Parsed, path: string, catalog: Catalog | undefined): Promise<Role> {
  const { readJobPosting } = await import('../node');
  const [{ roleFromJobPosting }, languages] = await Promise.all([import('../postings'), languagesOf(parsed)]);
  const limits = readingOptions(parsed);
  const ad =
    path === '-'
      ? await readJobPosting(await readStdin(ctx.io, limits.maxBytes ?? 10 * 1024 ** 2), { ...limits, name: STDIN })
      : await readJobPosting(path, limits);
  const source = ad.name === STDIN ? 'standard input' : ad.name;
  const { francDetector } = await import('../node/language');
  const role = roleFromJobPosting(ad.text, { ...(catalog ? { catalog } : {}), languages, source, languageDetector: francDetector });
  // On stderr, so that JSON and CSV on stdout stay clean: what the ad's reading could not do, and its conditions.
  const name = escapeName(source);
  for (const w of (role.warnings ?? []).map(cliAdvice)) ctx.io.err(`${name}: warning ${w.code}: ${escapeMessage(w.message)}\n`);
  for (const n of role.notes ?? []) ctx.io.err(`${name}: condition (${n.condition}, not scored): ${escapeMessage(n.text)}\n`);
  return role;
}

/** A `LANGUAGE_NOT_LOADED` warning with the command line's advice (`--languages de`) in place of the library's. */
function cliAdvice<W extends { code: string; message: string; language?: string | undefined }>(w: W): W {
  if (w.code !== 'LANGUAGE_NOT_LOADED' || w.language === undefined) return w;
  const advice = languagePackAdvice(w.language);
  return w.message.endsWith(advice) ? { ...w, message: w.message.slice(0, -advice.length) + cliMsg.languageNotLoaded(w.language) } : w;
}

/** Expands folders into the résumé files they hold (sorted; read only within the folder), keeping files as given. */
async function expandInputs(io: Io, inputs: readonly string[], maxBytes: number): Promise<BatchInput[]> {
  const out: BatchInput[] = [];
  if (inputs.filter((i) => i === '-').length > 1) throw usage(cliMsg.stdinTwice());
  for (const input of inputs) {
    if (input === '-') {
      out.push({ name: STDIN, bytes: await readStdin(io, maxBytes) });
      continue;
    }
    const info = await stat(input).catch(() => undefined);
    if (!info?.isDirectory()) {
      out.push(input);
      continue;
    }
    const names = (await readdir(input)).filter((n) => RESUME_EXTENSIONS.has(extname(n).toLowerCase()) && !n.startsWith('.')).sort();
    out.push(...names.map((n) => ({ path: join(input, n), root: input })));
  }
  return out;
}

/** What a command asks of the batch besides the command line's limits. */
export type BatchExtra = Pick<BatchOptions, 'match' | 'keepText' | 'catalog'>;

/**
 * Reads, parses (and scores) every résumé of the command line on the worker pool, in input order, with a
 * progress line (rate and ETA) on stderr. A file that fails is reported on stderr, yielded to the command
 * (which writes it as a row with its code) and sets exit code 1; the batch goes on.
 */
export async function* eachResume(ctx: Ctx, parsed: Parsed, inputs: readonly string[], extra: BatchExtra): AsyncGenerator<BatchResult> {
  const { parseOne, parseResumes } = await import('../node/batch');
  const limits = readingOptions(parsed);
  const concurrency = numberFlag(parsed, 'concurrency');
  const asOf = stringFlag(parsed, 'as-of');
  const files = await expandInputs(ctx.io, inputs, limits.maxBytes ?? 10 * 1024 ** 2);
  if (files.length === 0) throw usage(cliMsg.noInputs(parsed.command));
  const options: BatchOptions = {
    ...limits,
    ...extra,
    languages: await languagesOf(parsed),
    ...(asOf !== undefined ? { asOf } : {}),
    concurrency: Math.min(concurrency ?? (await import('node:os')).availableParallelism(), files.length),
  };
  const showProgress = ctx.io.progress && files.length > 1;
  const started = Date.now();
  const red = (s: string) => (ctx.io.color ? `\u001b[31m${s}\u001b[0m` : s);
  let done = 0;
  // Small batches are read on this thread (PDF work still runs on a pooled worker within its budget): a pool
  // loads the core once per worker, which costs more than a few dozen files. `-j` asks for the pool.
  const pooled = files.length >= POOL_MIN_FILES || concurrency !== undefined;
  const results = pooled ? parseResumes(files, options) : inThread(files, options, parseOne);
  for await (const result of results) {
    done++;
    if (!result.ok) {
      ctx.code = EXIT.someFailed;
      if (showProgress) ctx.io.err('\r\u001b[2K');
      ctx.io.err(`${red('✖')} ${escapeName(result.name)}: ${result.error.code}: ${escapeMessage(result.error.message)}\n`);
    }
    if (showProgress) ctx.io.err(renderProgress(done, files.length, Date.now() - started, result.name));
    yield result.ok ? { ...result, profile: { ...result.profile, warnings: result.profile.warnings.map(cliAdvice) } } : result;
  }
  if (showProgress) ctx.io.err(`${renderProgress(done, files.length, Date.now() - started, 'done')}\n`);
}
