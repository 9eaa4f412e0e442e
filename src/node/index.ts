// Node-only entry `rolefit/node`: reads résumé and job-ad files (PDF, DOCX, HTML, Markdown, text, JSON Resume),
// one at a time or in batches on worker threads, with limits for files nobody vetted.
import { parseResume } from '../resume';
import { checkLanguageLoaded, resolveOptions } from '../options';
import type { ResumeProfile } from '../schemas';
import { readRegularFile } from './_fs';
import { readPdfIsolated, startBudget } from './_pool';
import { extractFile, type ResumeFile } from './_read';
import { type ParseFileOptions, ParseFileOptionsSchema, type ReadOptions, ReadOptionsSchema, type ResolvedReadOptions } from './options';

export { findGutter, layoutPage, type PageText, type TextItem } from './_layout';
export { htmlToText, markdownToText } from '../text/html';
export type { ReadWarning } from './_types';
export type { ResumeFile } from './_read';
export { type BatchInput, type BatchResult, parseResumes } from './batch';
export type { FileSummary, FitSummary, Scored } from './worker';
export {
  BatchOptionsSchema,
  type BatchOptions,
  DEFAULT_READ_OPTIONS,
  type ParseFileOptions,
  ParseFileOptionsSchema,
  type ReadOptions,
  ReadOptionsSchema,
  type ResumeFormat,
} from './options';

/** Options of `readResume` (kept as the name older code imports). */
export type ReadResumeOptions = ReadOptions;

/**
 * Reads a résumé file (path or bytes) into text: PDF (two-column layouts in reading order), DOCX, HTML,
 * Markdown, plain text or JSON Resume. Text a reader cannot see is returned apart, in `hiddenText`.
 * Only regular files are read, within `maxBytes`; ZIP bombs are refused before unpacking; PDF work runs in a
 * worker thread stopped after `timeoutMs` or when `signal` aborts. Throws `RolefitError` (`E_EMPTY_FILE`,
 * `E_TOO_LARGE`, `E_NOT_A_FILE`, `E_TIMEOUT`, `E_ABORTED`, `E_ENCRYPTED`, `E_NO_TEXT_LAYER`,
 * `E_UNSUPPORTED_FORMAT`, `E_READ_FAILED`) rather than returning text that would score zero.
 * @example
 * const file = await readResume('cv.pdf');
 * const profile = parseResume(file.json ?? file.text, { asOf: '2026-11-01', hiddenText: file.hiddenText });
 */
export async function readResume(input: string | Uint8Array, options?: ReadOptions): Promise<ResumeFile> {
  return readWith(input, resolveOptions(ReadOptionsSchema, options, 'readResume'));
}

/**
 * Reads a job ad (path or bytes, any format `readResume` reads) into its text, for `roleFromJobPosting` (`rolefit/postings`).
 * @example
 * const ad = await readJobPosting('posting.pdf');
 * const role = roleFromJobPosting(ad.text, { source: ad.name });
 */
export async function readJobPosting(input: string | Uint8Array, options?: ReadOptions): Promise<ResumeFile> {
  const file = await readWith(input, resolveOptions(ReadOptionsSchema, options, 'readJobPosting'));
  // A JSON file is no résumé here: its text is the ad.
  return file.json ? { ...file, text: file.text } : file;
}

/**
 * Reads a résumé file and parses it: `readResume`, then `parseResume` with the hidden text reported in a
 * `HIDDEN_TEXT` warning (JSON Resume fields are read directly).
 * @example
 * const profile = await parseResumeFile('cv.docx', { asOf: '2026-11-01' });
 */
export async function parseResumeFile(input: string | Uint8Array, options?: ParseFileOptions): Promise<ResumeProfile> {
  const o = resolveOptions(ParseFileOptionsSchema, options, 'parseResumeFile');
  checkLanguageLoaded(o, 'parseResumeFile');
  const { maxLength, language, languages, asOf, catalog } = o;
  const file = await readWith(input, o);
  const languageDetector = o.languageDetector ?? (await import('./language')).francDetector;
  return parseResume(file.json ?? file.text, {
    maxLength,
    language,
    languages,
    languageDetector,
    ...(asOf !== undefined ? { asOf } : {}),
    ...(catalog ? { catalog } : {}),
    ...(file.hiddenText ? { hiddenText: file.hiddenText } : {}),
  });
}

async function readWith(input: string | Uint8Array, o: ResolvedReadOptions): Promise<ResumeFile> {
  if (typeof input !== 'string' && !(input instanceof Uint8Array)) {
    const { RolefitError, msg } = await import('../errors');
    throw new RolefitError('E_INVALID_INPUT', msg.invalidOption('input', 'a path, Buffer or Uint8Array', typeof input));
  }
  const name = o.name ?? (typeof input === 'string' ? input : 'input');
  const budget = startBudget(name, o.timeoutMs, o.signal);
  try {
    budget.check();
    const bytes = typeof input === 'string' ? await readRegularFile(input, o.maxBytes, o.root) : input;
    budget.check();
    const file = await extractFile(bytes, name, o.format, o, (b, n, pages) => readPdfIsolated(b, n, pages, o.maxMemoryMb, budget));
    budget.check();
    return file;
  } finally {
    budget.end();
  }
}
