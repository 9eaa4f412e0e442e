import { availableParallelism } from 'node:os';
import * as z from 'zod/mini';
import { allLanguages } from '../languages';
import { AsOfSchema, CatalogRefSchema, LanguagePackListSchema, ParseOptionsSchema, RoleRefSchema } from '../schemas';

// Options of `rolefit/node`, resolved once through these schemas (see src/options.ts): every limit on
// untrusted files has a default here, and the README's "Security" section lists them.

const MB = 1024 * 1024;
const isAbortSignal = (v: unknown): v is AbortSignal =>
  typeof v === 'object' && v !== null && typeof (v as AbortSignal).aborted === 'boolean' && typeof (v as AbortSignal).addEventListener === 'function';

/** Formats `readResume` reads. */
export const ResumeFormatSchema = z.enum(['pdf', 'docx', 'html', 'markdown', 'text', 'json-resume']);

/** The limits and budget of reading one file. */
export const ReadLimitsSchema = z.strictObject({
  /** The largest file accepted, in bytes (checked before reading a path, and again while reading it). */
  maxBytes: z._default(z.number().check(z.int(), z.gte(1), z.lte(2 * 1024 * MB)), 10 * MB),
  /** The most pages a PDF may have. */
  maxPages: z._default(z.number().check(z.int(), z.gte(1), z.lte(100_000)), 50),
  /** The most entries a DOCX (ZIP) may hold, counted before anything is unpacked. */
  maxZipEntries: z._default(z.number().check(z.int(), z.gte(1), z.lte(1_000_000)), 1000),
  /** The most bytes a DOCX may unpack to, per entry and in total, from the sizes declared before unpacking. */
  maxUnzippedBytes: z._default(z.number().check(z.int(), z.gte(1), z.lte(4 * 1024 * MB)), 50 * MB),
  /** The highest compression ratio of an entry over 1 MB unpacked (zip bombs reach 1,000:1). */
  maxZipRatio: z._default(z.number().check(z.gte(1), z.lte(100_000)), 100),
  /** The time one file may take to read (PDF work runs in a worker thread that is stopped when it is over), in ms. */
  timeoutMs: z._default(z.number().check(z.int(), z.gte(1), z.lte(24 * 3_600_000)), 30_000),
  /** The heap a worker thread reading PDFs (or a batch worker) may use, in MB; over it, the file fails with `E_TOO_LARGE`. */
  maxMemoryMb: z._default(z.number().check(z.int(), z.gte(32), z.lte(64 * 1024)), 512),
  /** Stops reading when aborted (`E_ABORTED`). */
  signal: z.optional(z.custom<AbortSignal>(isAbortSignal, 'expected an AbortSignal')),
  /** Only read files whose real path lies inside this folder: symbolic links out of it are refused (`E_NOT_A_FILE`). */
  root: z.optional(z.string().check(z.minLength(1))),
});

/** Options of `readResume` and `readJobPosting`. */
export const ReadOptionsSchema = z.extend(ReadLimitsSchema, {
  /** Skip detection and read the input as this format. */
  format: z.optional(ResumeFormatSchema),
  /** A name for a Buffer input, quoted in errors; its extension helps detection (e.g. `cv.md`). */
  name: z.optional(z.string().check(z.minLength(1), z.maxLength(4096))),
});

/** Options of `parseResumeFile`: those of `readResume` and of `parseResume` (the hidden text comes from the file). */
export const ParseFileOptionsSchema = z.extend(ReadOptionsSchema, {
  ...z.omit(ParseOptionsSchema, { hiddenText: true }).shape,
  /** Language packs to read with (default: every pack, `allLanguages`: a server pays no bundle bytes). */
  languages: z._default(LanguagePackListSchema, () => allLanguages),
});

/** Options of `parseResumes`, the batch reader. */
export const BatchOptionsSchema = z.extend(ReadLimitsSchema, {
  /** Files read and parsed at once, each in a worker thread (default: the machine's cores). */
  concurrency: z._default(z.number().check(z.int(), z.gte(1), z.lte(256)), () => availableParallelism()),
  /** The date years are counted to (default: today, read once for the whole batch). */
  asOf: z.optional(AsOfSchema),
  /** The catalog to read skills with (default: the bundled catalog). */
  catalog: z.optional(CatalogRefSchema),
  /** The longest text accepted, in characters. */
  maxLength: ParseOptionsSchema.shape.maxLength,
  /** The language of the texts: `auto` detects it; a code skips detection. */
  language: ParseOptionsSchema.shape.language,
  /** Language packs to read with (default: every pack, `allLanguages`). */
  languages: z._default(LanguagePackListSchema, () => allLanguages),
  /**
   * Also score each résumé (`matchRoles`) in its worker: `true` for every role, or `{ roles, detail }`. Results get
   * `roles` (id, title, score, eligibility, best first); `detail: 'full'` adds `fits`, each with its evidence.
   */
  match: z._default(
    z.union([z.boolean(), z.strictObject({ roles: z.optional(z.array(RoleRefSchema)), detail: z._default(z.enum(['summary', 'full']), 'summary') })]),
    false,
  ),
  /** Keep `profile.text` in the results (set `false` to save memory and transfer time in large batches). */
  keepText: z._default(z.boolean(), true),
});

export type ResumeFormat = z.infer<typeof ResumeFormatSchema>;
export type ReadLimits = z.output<typeof ReadLimitsSchema>;
export type ReadOptions = z.input<typeof ReadOptionsSchema>;
export type ResolvedReadOptions = z.output<typeof ReadOptionsSchema>;
export type ParseFileOptions = z.input<typeof ParseFileOptionsSchema>;
export type BatchOptions = z.input<typeof BatchOptionsSchema>;
export type ResolvedBatchOptions = z.output<typeof BatchOptionsSchema>;

/** Defaults of `readResume` (the limits on untrusted files). */
export const DEFAULT_READ_OPTIONS = Object.freeze(z.omit(ReadLimitsSchema, { signal: true, root: true }).parse({}));
