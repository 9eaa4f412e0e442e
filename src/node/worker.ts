// The worker thread of `rolefit/node`: reads PDFs for `readResume`, and reads, parses and scores files for
// `parseResumes`. Run by tinypool; a task that runs too long, crashes or runs out of memory ends its thread only.
import { workerData } from 'node:worker_threads';
import { RolefitError } from '../errors';
import { allLanguages } from '../languages';
import type { Catalog, LanguagePack, PackLanguage, ParseOptions, ResumeProfile, Role, RoleFit } from '../schemas';
import type { PdfText } from './_pdf';
import { asReadError, extractFile, readPdfHere, type ResumeFile } from './_read';
import type { ReadLimits, ResumeFormat } from './options';

/** What a batch's workers share, sent once per worker. */
export interface BatchSetup {
  limits: ReadLimits;
  parse: Pick<ParseOptions, 'asOf' | 'maxLength' | 'language'>;
  /** The language packs to read with, by code. */
  languages: PackLanguage[];
  catalog?: Catalog;
  /** Score against these roles (undefined: every role), when `match` is on. */
  roles?: Array<string | Role>;
  match: boolean;
  /** Keep each fit's requirements and evidence (`fits`), not only the summaries (`roles`). */
  fullFits: boolean;
  keepText: boolean;
}

/** A role's fit in a few fields: what batch outputs list. */
export interface FitSummary {
  roleId: string;
  title: string;
  score: number;
  eligible: boolean;
  /** The role was held back: the résumé shows none of what it rests on (see `RoleFit.heldBack`). */
  heldBack?: true;
  /** A hard credential the role asks for is missing outright (see `RoleFit.mustUnmet`). */
  mustUnmet?: true;
}

/** What a batch returns for a file read and parsed. */
export interface Scored {
  file: FileSummary;
  profile: ResumeProfile;
  roles?: FitSummary[];
  fits?: RoleFit[];
}

/** A task: load what later tasks need, read one PDF, or read, parse (and score) one file. */
export type WorkerTask =
  | { kind: 'warm'; load: 'core' | 'pdf' }
  | { kind: 'pdf'; bytes: Uint8Array; name: string; maxPages: number }
  | { kind: 'file'; input: Uint8Array | string; name: string; format?: ResumeFormat | undefined };

/** A file as the batch reports it: what was read, without the text (it is in the profile). */
export type FileSummary = Omit<ResumeFile, 'text' | 'json' | 'hiddenText'> & { hiddenChars: number };

/** The answer to a task; errors travel as data, since a `RolefitError` loses its class crossing threads. */
export type WorkerResult =
  | { ok: true; kind: 'warm' }
  | { ok: true; kind: 'pdf'; pdf: PdfText }
  | ({ ok: true; kind: 'file' } & Scored)
  | { ok: false; error: { code: string; message: string } };

let core: Promise<typeof import('../index')> | undefined;
let detector: Promise<typeof import('./language')> | undefined;
let frozen: Catalog | undefined;

export default async function run(task: WorkerTask): Promise<WorkerResult> {
  if (task.kind === 'warm') return warm(task.load);
  try {
    if (task.kind === 'pdf') return { ok: true, kind: 'pdf', pdf: await readPdfHere(task.bytes, task.name, task.maxPages) };
    return await readAndScore(task, (workerData as [unknown, BatchSetup])[1]);
  } catch (error) {
    const e = error instanceof RolefitError ? error : asReadError(error, 'name' in task ? task.name : 'input');
    return { ok: false, error: { code: e.code, message: e.message } };
  }
}

async function readAndScore(task: Extract<WorkerTask, { kind: 'file' }>, setup: BatchSetup): Promise<WorkerResult> {
  const file = await extractFile(task.input, task.name, task.format, setup.limits, readPdfHere);
  return { ok: true, kind: 'file', ...(await parseAndScore(file, setup, catalogOf(setup))) };
}

/** Parses a file read (its hidden text reported), scores it when asked, and sums it up without its text. */
export async function parseAndScore(file: ResumeFile, setup: BatchSetup, catalog: Catalog | undefined): Promise<Scored> {
  core ??= import('../index');
  detector ??= import('./language');
  const [{ matchRoles, parseResume }, { francDetector }] = await Promise.all([core, detector]);
  const languages = packsOf(setup);
  const profile = parseResume(file.json ?? file.text, {
    ...setup.parse,
    languages,
    languageDetector: francDetector,
    ...(catalog ? { catalog } : {}),
    ...(file.hiddenText ? { hiddenText: file.hiddenText } : {}),
  });
  const fits = setup.match ? matchRoles(profile, { ...(catalog ? { catalog } : { languages }), ...(setup.roles ? { roles: setup.roles } : {}) }) : undefined;
  const { text: _text, json: _json, hiddenText, ...summary } = file;
  // Summaries by default: a full fit with its evidence is ~7 KB a role, and copying it between threads costs.
  const roles = fits?.map(
    (f): FitSummary => ({
      roleId: f.roleId,
      title: f.title,
      score: f.score,
      eligible: f.eligible,
      ...(f.heldBack ? { heldBack: true } : {}),
      ...(f.mustUnmet ? { mustUnmet: true } : {}),
    }),
  );
  return {
    file: { ...summary, hiddenChars: hiddenText?.trim().length ?? 0 },
    profile: setup.keepText ? profile : { ...profile, text: '' },
    ...(roles ? { roles } : {}),
    ...(fits && setup.fullFits ? { fits } : {}),
  };
}

/** Loads the core (and compiles the catalog) or pdf.js, so that no file's budget pays for a worker's start. */
async function warm(load: 'core' | 'pdf'): Promise<WorkerResult> {
  if (load === 'pdf') await import('./_pdf').then(() => import('unpdf')).then((unpdf) => unpdf.getResolvedPDFJS());
  else {
    core ??= import('../index');
    const setup = (workerData as [unknown, BatchSetup | undefined] | null)?.[1];
    const catalog = setup ? catalogOf(setup) : undefined;
    (await core).parseResume('Skills\nPython', { asOf: '2020-01-01', ...(catalog ? { catalog } : {}), ...(setup ? { languages: packsOf(setup) } : {}) });
  }
  return { ok: true, kind: 'warm' };
}

/** The batch's language packs, from their codes. */
function packsOf(setup: BatchSetup): LanguagePack[] {
  return allLanguages.filter((p) => setup.languages.includes(p.code));
}

/** The batch's catalog, frozen again (freezing does not survive the copy into the worker). */
function catalogOf(setup: BatchSetup): Catalog | undefined {
  if (!setup.catalog) return undefined;
  frozen ??= deepFreeze(setup.catalog);
  return frozen;
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}
