import { basename, extname } from 'node:path';
import { nodeMsg, RolefitError } from '../errors';
import type { JsonResume } from '../resume/jsonresume';
import type { Extracted } from '../text/hidden';
import { readHtml, readMarkdown } from '../text/html';
import type { PdfText } from './_pdf';
import type { ReadWarning } from './_types';
import type { ReadLimits, ResumeFormat } from './options';

/** A résumé file read into text. */
export interface ResumeFile {
  /** The path, or `options.name`, or `input`. */
  name: string;
  format: ResumeFormat;
  /** The text in reading order, without the text a reader cannot see; for JSON Resume, the text rendered from its fields. */
  text: string;
  /** Text of the file a reader cannot see (white, tiny, off-page, clipped or hidden): pass it to `parseResume` as `hiddenText`. */
  hiddenText?: string;
  /** Page count of a PDF. */
  pages?: number;
  /** The document itself when `format` is `json-resume`: pass it to `parseResume` so dates come from its fields. */
  json?: JsonResume;
  warnings: ReadWarning[];
}

/** How this thread reads a PDF: in a pooled worker (`readResume`), or here when already in one (batches). */
export type PdfReader = (bytes: Uint8Array, name: string, maxPages: number) => Promise<PdfText>;

/** Reads a PDF in this thread (pdf.js and unpdf are loaded on first use only). */
export const readPdfHere: PdfReader = async (bytes, name, maxPages) => (await import('./_pdf')).readPdf(bytes, name, maxPages);

/** Bytes (or text) to a `ResumeFile`: format detection, then the reader for the format. Readers load lazily. */
export async function extractFile(
  input: Uint8Array | string,
  name: string,
  format: ResumeFormat | undefined,
  limits: ReadLimits,
  readPdf: PdfReader,
): Promise<ResumeFile> {
  try {
    const file = typeof input === 'string' ? await fromText(input, name, format, []) : await fromBytes(input, name, format, limits, readPdf);
    if (file.text.trim() === '' && !file.hiddenText) throw new RolefitError('E_EMPTY_FILE', nodeMsg.emptyFile(name));
    return file;
  } catch (error) {
    throw asReadError(error, name);
  }
}

/** Any failure inside a reader as a `RolefitError` naming the file. */
export function asReadError(error: unknown, name: string): RolefitError {
  if (error instanceof RolefitError) return error;
  const e = error as Error;
  const detail = e instanceof RangeError && /call stack/i.test(e.message) ? nodeMsg.tooDeep() : `${e?.name ?? 'Error'}: ${e?.message ?? String(error)}`;
  return new RolefitError('E_READ_FAILED', nodeMsg.readFailed(name, detail), { cause: error });
}

async function fromBytes(bytes: Uint8Array, name: string, format: ResumeFormat | undefined, limits: ReadLimits, readPdf: PdfReader): Promise<ResumeFile> {
  if (bytes.byteLength === 0) throw new RolefitError('E_EMPTY_FILE', nodeMsg.emptyFile(name));
  if (bytes.byteLength > limits.maxBytes) throw new RolefitError('E_TOO_LARGE', nodeMsg.tooLarge(name, 'bytes', bytes.byteLength, limits.maxBytes, 'maxBytes'));
  const kind = format ?? sniffBinary(bytes, name);
  if (kind === 'pdf') {
    const pdf = await readPdf(bytes, name, limits.maxPages);
    return withHidden({ name, format: 'pdf', text: pdf.text, pages: pdf.pages, warnings: pdf.warnings }, pdf.hidden);
  }
  if (kind === 'docx') {
    const { readDocx } = await import('./_docx');
    const docx = await readDocx(bytes, name, limits);
    return withHidden({ name, format: 'docx', text: docx.text, warnings: [] }, docx.hidden);
  }
  const { text, warnings } = decodeText(bytes, name);
  return fromText(text, name, format, warnings);
}

async function fromText(raw: string, name: string, format: ResumeFormat | undefined, warnings: ReadWarning[]): Promise<ResumeFile> {
  const kind = format === undefined || format === 'text' ? sniffText(raw, name) : format;
  if (kind === 'json-resume') {
    // Loaded on use: the date reader it needs is large, and most batches hold no JSON.
    const [{ isJsonResume, renderJsonResume }, { allLanguagesLexicon }, { allLanguages }] = await Promise.all([
      import('../resume/jsonresume'),
      import('../text/lexicon'),
      import('../languages'),
    ]);
    const json = parseJsonResume(raw, name, isJsonResume);
    // Rendered as the parse will read it: in every language (the file readers load every pack).
    return { name, format: kind, text: renderJsonResume(json, allLanguagesLexicon(allLanguages)).text, json, warnings };
  }
  if (kind === 'pdf' || kind === 'docx') throw new RolefitError('E_UNSUPPORTED_FORMAT', nodeMsg.unsupportedFormat(name, nodeMsg.textNotBinary(kind)));
  const read: Extracted = kind === 'html' ? readHtml(raw) : kind === 'markdown' ? readMarkdown(raw) : { text: raw, hidden: '' };
  return withHidden({ name, format: kind, text: read.text, warnings }, read.hidden);
}

function withHidden(file: ResumeFile, hidden: string): ResumeFile {
  return hidden.trim() === '' ? file : { ...file, hiddenText: hidden };
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
    throw new RolefitError('E_UNSUPPORTED_FORMAT', nodeMsg.unsupportedFormat(name, 'a ZIP archive that is not a Word document'));
  }
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    // Office encrypts DOCX files into an OLE container holding an `EncryptedPackage` stream.
    if (contains(bytes, Buffer.from('EncryptedPackage', 'utf16le').toString('latin1'))) throw new RolefitError('E_ENCRYPTED', nodeMsg.encrypted(name));
    throw new RolefitError('E_UNSUPPORTED_FORMAT', nodeMsg.unsupportedFormat(name, 'a legacy Office file (.doc); save it as DOCX or PDF'));
  }
  if (startsWith(bytes, ascii('{\\rtf')))
    throw new RolefitError('E_UNSUPPORTED_FORMAT', nodeMsg.unsupportedFormat(name, 'an RTF file; save it as DOCX or PDF'));
  return 'text';
}

/** Bytes that never occur in text (NUL and most C0 controls). */
const BINARY_BYTE = (b: number) => b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1b);

/** Decodes UTF-8 (or UTF-16 with a BOM, or Latin-1 with a warning); refuses binary data. */
function decodeText(bytes: Uint8Array, name: string): { text: string; warnings: ReadWarning[] } {
  if (startsWith(bytes, [0xff, 0xfe])) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), warnings: [] };
  if (startsWith(bytes, [0xfe, 0xff])) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), warnings: [] };
  const sample = bytes.subarray(0, 8192);
  let odd = 0;
  for (const b of sample) if (BINARY_BYTE(b)) odd++;
  if (odd > 0 && odd >= sample.length * 0.01) throw new RolefitError('E_UNSUPPORTED_FORMAT', nodeMsg.unsupportedFormat(name, 'binary data of an unknown kind'));
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes), warnings: [] };
  } catch {
    return { text: new TextDecoder('latin1').decode(bytes), warnings: [{ code: 'NOT_UTF8', message: nodeMsg.notUtf8(basename(name)) }] };
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

function parseJsonResume(raw: string, name: string, isJsonResume: (v: unknown) => v is JsonResume): JsonResume {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch (error) {
    throw new RolefitError('E_UNSUPPORTED_FORMAT', nodeMsg.unsupportedFormat(name, `JSON that does not parse: ${(error as Error).message}`), { cause: error });
  }
  if (!isJsonResume(value))
    throw new RolefitError(
      'E_UNSUPPORTED_FORMAT',
      nodeMsg.unsupportedFormat(name, 'JSON that is not a JSON Resume document (no `work`, `skills`, `education` or `basics`)'),
    );
  return value;
}
