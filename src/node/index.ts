// Node-only entry `rolefit/node`: reads résumé files (PDF, DOCX, HTML, Markdown, text, JSON Resume).
import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { msg, RolefitError } from '../errors';
import { parseResume } from '../resume';
import type { ParseOptions } from '../schemas';
import { isJsonResume, type JsonResume, renderJsonResume } from '../resume/jsonresume';
import type { ResumeProfile } from '../schemas';
import { readDocx } from './_docx';
import { htmlToText, markdownToText } from './_html';
import { readPdf } from './_pdf';
import type { ReadWarning, ResumeFormat } from './_types';

export { findGutter, layoutPage, type PageText, type TextItem } from './_layout';
export { htmlToText, markdownToText } from './_html';
export type { ReadWarning, ResumeFormat } from './_types';

/** Options of `readResume`. */
export interface ReadResumeOptions {
  /** The largest file accepted, in bytes (default 10 MB). */
  maxBytes?: number;
  /** The most pages a PDF may have (default 50). */
  maxPages?: number;
  /** Skip detection and read the input as this format. */
  format?: ResumeFormat;
  /** A name for a Buffer input, quoted in errors; its extension helps detection (e.g. `cv.md`). */
  name?: string;
}

/** Defaults of `readResume`. */
export const DEFAULT_READ_OPTIONS = Object.freeze({ maxBytes: 10 * 1024 * 1024, maxPages: 50 });

/** A résumé file read into text. */
export interface ResumeFile {
  /** The path, or `options.name`, or `input`. */
  name: string;
  format: ResumeFormat;
  /** The text in reading order; for JSON Resume, the text rendered from its fields. */
  text: string;
  /** Page count of a PDF. */
  pages?: number;
  /** The document itself when `format` is `json-resume`: pass it to `parseResume` so dates come from its fields. */
  json?: JsonResume;
  warnings: ReadWarning[];
}

/**
 * Reads a résumé file (path or bytes) into text: PDF (two-column layouts in reading order), DOCX, HTML,
 * Markdown, plain text or JSON Resume. Throws `RolefitError` (`EMPTY_FILE`, `TOO_LARGE`, `ENCRYPTED`,
 * `NO_TEXT_LAYER`, `UNSUPPORTED_FORMAT`) rather than returning text that would score zero.
 * @example
 * const file = await readResume('cv.pdf');
 * const profile = parseResume(file.json ?? file.text, { asOf: '2026-11-01' });
 */
export async function readResume(input: string | Uint8Array, options: ReadResumeOptions = {}): Promise<ResumeFile> {
  const maxBytes = positive('maxBytes', options.maxBytes ?? DEFAULT_READ_OPTIONS.maxBytes);
  const maxPages = positive('maxPages', options.maxPages ?? DEFAULT_READ_OPTIONS.maxPages);
  const name = options.name ?? (typeof input === 'string' ? input : 'input');
  const bytes = typeof input === 'string' ? await readBounded(input, maxBytes) : input;
  if (!(bytes instanceof Uint8Array)) throw new RolefitError('E_INVALID_INPUT', msg.invalidOption('input', 'a path, Buffer or Uint8Array', typeof bytes));
  if (bytes.byteLength === 0) throw new RolefitError('E_EMPTY_FILE', msg.emptyFile(name));
  if (bytes.byteLength > maxBytes) throw new RolefitError('E_TOO_LARGE', msg.tooLarge(name, 'bytes', bytes.byteLength, maxBytes, 'maxBytes'));
  const format = options.format ?? sniffBinary(bytes, name);
  const file = await extract(bytes, name, format, maxPages);
  if (file.text.trim() === '') throw new RolefitError('E_EMPTY_FILE', msg.emptyFile(name));
  return file;
}

/**
 * Reads a résumé file and parses it: `readResume` then `parseResume` (JSON Resume fields are read directly).
 * @example
 * const profile = await parseResumeFile('cv.docx', { asOf: '2026-11-01' });
 */
export async function parseResumeFile(input: string | Uint8Array, options: ReadResumeOptions & ParseOptions = {}): Promise<ResumeProfile> {
  const file = await readResume(input, options);
  return parseResume(file.json ?? file.text, options);
}

function positive(name: string, value: number): number {
  if (!Number.isInteger(value) || value <= 0) throw new RolefitError('E_INVALID_OPTIONS', msg.invalidOption(name, 'a positive integer', value));
  return value;
}

/** Reads a file, refusing folders and files over the limit before loading them. */
async function readBounded(path: string, maxBytes: number): Promise<Uint8Array> {
  const info = await stat(path);
  if (info.isDirectory()) throw new RolefitError('E_UNSUPPORTED_FORMAT', msg.unsupportedFormat(path, 'a folder'));
  if (info.size > maxBytes) throw new RolefitError('E_TOO_LARGE', msg.tooLarge(path, 'bytes', info.size, maxBytes, 'maxBytes'));
  return readFile(path);
}

const startsWith = (bytes: Uint8Array, sig: readonly number[], at = 0) => sig.every((b, i) => bytes[at + i] === b);
const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));
const contains = (bytes: Uint8Array, s: string) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(s, 0, 'latin1');

/** The format from magic bytes for binary files; text formats are told apart after decoding. */
function sniffBinary(bytes: Uint8Array, name: string): ResumeFormat {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 1024)).toString('latin1');
  if (head.includes('%PDF-')) return 'pdf';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    if (contains(bytes, 'word/document')) return 'docx';
    throw new RolefitError('E_UNSUPPORTED_FORMAT', msg.unsupportedFormat(name, 'a ZIP archive that is not a Word document'));
  }
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    // Office encrypts DOCX files into an OLE container holding an `EncryptedPackage` stream.
    if (contains(bytes, Buffer.from('EncryptedPackage', 'utf16le').toString('latin1'))) throw new RolefitError('E_ENCRYPTED', msg.encrypted(name));
    throw new RolefitError('E_UNSUPPORTED_FORMAT', msg.unsupportedFormat(name, 'a legacy Office file (.doc); save it as DOCX or PDF'));
  }
  if (startsWith(bytes, ascii('{\\rtf'))) throw new RolefitError('E_UNSUPPORTED_FORMAT', msg.unsupportedFormat(name, 'an RTF file; save it as DOCX or PDF'));
  return 'text';
}

async function extract(bytes: Uint8Array, name: string, format: ResumeFormat, maxPages: number): Promise<ResumeFile> {
  if (format === 'pdf') return { name, format, ...(await readPdf(bytes, name, maxPages)) };
  if (format === 'docx') return { name, format, ...(await readDocx(bytes, name)) };
  const { text: raw, warnings } = decodeText(bytes, name);
  const kind = format === 'text' ? sniffText(raw, name) : format;
  if (kind === 'json-resume') {
    const json = parseJsonResume(raw, name);
    return { name, format: kind, text: renderJsonResume(json).text, json, warnings };
  }
  const text = kind === 'html' ? htmlToText(raw) : kind === 'markdown' ? markdownToText(raw) : raw;
  return { name, format: kind, text, warnings };
}

/** Bytes that never occur in text (NUL and most C0 controls). */
const BINARY_BYTE = (b: number) => b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1b);

/** Decodes UTF-8 (or UTF-16 with a BOM, or Latin-1 with a warning); refuses binary data. */
function decodeText(bytes: Uint8Array, name: string): { text: string; warnings: ReadWarning[] } {
  if (startsWith(bytes, [0xff, 0xfe])) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), warnings: [] };
  if (startsWith(bytes, [0xfe, 0xff])) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), warnings: [] };
  const sample = bytes.subarray(0, 8192);
  const odd = sample.reduce((n, b) => n + (BINARY_BYTE(b) ? 1 : 0), 0);
  if (odd > 0 && odd >= sample.length * 0.01) throw new RolefitError('E_UNSUPPORTED_FORMAT', msg.unsupportedFormat(name, 'binary data of an unknown kind'));
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes), warnings: [] };
  } catch {
    const warning: ReadWarning = { code: 'NOT_UTF8', message: `\`${basename(name)}\` is not UTF-8; it was read as Latin-1.` };
    return { text: new TextDecoder('latin1').decode(bytes), warnings: [warning] };
  }
}

/** Tells JSON, HTML, Markdown and plain text apart by content, then by extension. */
function sniffText(raw: string, name: string): ResumeFormat {
  const ext = extname(name).toLowerCase();
  const start = raw.trimStart();
  if (ext === '.json' || (start.startsWith('{') && isJson(start))) return 'json-resume';
  if (ext === '.html' || ext === '.htm' || ext === '.xhtml' || /^(?:<!doctype html|<html|<body|<head|<meta)\b/i.test(start)) return 'html';
  if (ext === '.md' || ext === '.markdown') return 'markdown';
  return 'text';
}

function isJson(s: string): boolean {
  try {
    JSON.parse(s);
    return true;
  } catch {
    return false;
  }
}

function parseJsonResume(raw: string, name: string): JsonResume {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch (error) {
    throw new RolefitError('E_UNSUPPORTED_FORMAT', msg.unsupportedFormat(name, `JSON that does not parse: ${(error as Error).message}`), { cause: error });
  }
  if (!isJsonResume(value)) throw new RolefitError('E_UNSUPPORTED_FORMAT', msg.unsupportedFormat(name, 'JSON that is not a JSON Resume document (no `work`, `skills`, `education` or `basics`)'));
  return value;
}
