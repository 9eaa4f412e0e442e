import type { Education, ExperienceEntry, ParseWarning, ProfileCertification, ProfileSkill, ResumeProfile } from '../schemas';
import { formatYearMonth, monthsBetween, parseAsOf, toYm, unionMonths } from '../text/dates';
import { normalizeText } from '../text/normalize';
import { allLanguagesLexicon, type Lexicon } from '../text/lexicon';
import { largest } from '../text/sorted';

// JSON Resume (https://jsonresume.org/schema, `@jsonresume/schema` v1): the fields rolefit reads.

/** A date of JSON Resume: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`. */
type JsonResumeDate = string;

/** A work (or volunteer) item of JSON Resume. */
export interface JsonResumeWork {
  name?: string;
  position?: string;
  startDate?: JsonResumeDate;
  endDate?: JsonResumeDate;
  summary?: string;
  highlights?: string[];
  [key: string]: unknown;
}

/** A skill group of JSON Resume; `x-rolefit` carries what `toJsonResume` adds. */
export interface JsonResumeSkill {
  name?: string;
  level?: string;
  keywords?: string[];
  'x-rolefit'?: { id: string; years?: number; strength: string; lastUsed?: string };
  [key: string]: unknown;
}

/** An education item of JSON Resume. */
export interface JsonResumeEducation {
  institution?: string;
  area?: string;
  studyType?: string;
  startDate?: JsonResumeDate;
  endDate?: JsonResumeDate;
  [key: string]: unknown;
}

/** A certificate of JSON Resume. */
export interface JsonResumeCertificate {
  name?: string;
  date?: JsonResumeDate;
  issuer?: string;
  [key: string]: unknown;
}

/** A project of JSON Resume. */
export interface JsonResumeProject {
  name?: string;
  description?: string;
  highlights?: string[];
  keywords?: string[];
  [key: string]: unknown;
}

/** A résumé in the JSON Resume format (`@jsonresume/schema`); only the fields rolefit reads are typed. */
export interface JsonResume {
  $schema?: string;
  basics?: { label?: string; summary?: string; [key: string]: unknown };
  work?: JsonResumeWork[];
  volunteer?: JsonResumeWork[];
  education?: JsonResumeEducation[];
  certificates?: JsonResumeCertificate[];
  skills?: JsonResumeSkill[];
  projects?: JsonResumeProject[];
  meta?: { [key: string]: unknown };
  [key: string]: unknown;
}

const ARRAY_KEYS = [
  'work',
  'volunteer',
  'education',
  'certificates',
  'skills',
  'projects',
  'awards',
  'publications',
  'languages',
  'interests',
  'references',
] as const;
const READ_KEYS = ['work', 'education', 'certificates', 'skills', 'projects'] as const;

/** True when `value` has the shape of a JSON Resume document (an object with résumé arrays, not a rolefit profile). */
export function isJsonResume(value: unknown): value is JsonResume {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return false;
  const o = value as Record<string, unknown>;
  if ('text' in o && 'sections' in o) return false;
  if (ARRAY_KEYS.some((k) => k in o && !Array.isArray(o[k]))) return false;
  if ('basics' in o && (typeof o.basics !== 'object' || o.basics === null || Array.isArray(o.basics))) return false;
  return READ_KEYS.some((k) => Array.isArray(o[k])) || 'basics' in o;
}

// ─── Dates ──────────────────────────────────────────────────────────────────

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD` at the start of a field. */
const ISO_DATE = /^\s*((?:19|20)\d\d)(?:-(1[0-2]|0?[1-9])(?:-\d{1,2})?)?/;

/** A JSON Resume date as a `ym` integer; a year alone is January at the start of a range and December at its end. */
export function readJsonDate(value: unknown, end: boolean): number | undefined {
  if (typeof value !== 'string') return undefined;
  const m = ISO_DATE.exec(value);
  if (!m) return undefined;
  return toYm(Number(m[1]), m[2] ? Number(m[2]) : end ? 12 : 1);
}

function yearOf(value: unknown): number | undefined {
  const ym = readJsonDate(value, true);
  return ym === undefined ? undefined : Math.floor(ym / 12);
}

// ─── Canonical text ─────────────────────────────────────────────────────────

/** A block of the rendered text that came from one JSON Resume item. */
interface Block {
  kind: 'work' | 'education' | 'certificate';
  index: number;
  start: number;
  end: number;
}

/** The text rendered from a JSON Resume, with where each item went. */
export interface RenderedJsonResume {
  text: string;
  blocks: Block[];
}

const str = (v: unknown): string => (typeof v === 'string' ? v.replace(/\s+/g, ' ').trim() : '');
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.map(str).filter(Boolean) : []);
const items = <T>(v: T[] | undefined): T[] => (Array.isArray(v) ? v.filter((x) => typeof x === 'object' && x !== null) : []);

function dateText(ym: number | undefined, value: unknown): string {
  if (ym === undefined) return '';
  return typeof value === 'string' && /^\s*\d{4}\s*$/.test(value) ? String(Math.floor(ym / 12)) : formatYearMonth(ym);
}

function workLines(w: JsonResumeWork): string[] {
  const start = readJsonDate(w.startDate, false);
  const end = readJsonDate(w.endDate, true);
  const range = start === undefined ? '' : `  ${dateText(start, w.startDate)} – ${end === undefined ? 'Present' : dateText(end, w.endDate)}`;
  const lines = [`${str(w.position) || 'Position'}${range}`];
  if (str(w.name)) lines.push(str(w.name));
  if (str(w.summary)) lines.push(`- ${str(w.summary)}`);
  for (const h of strings(w.highlights)) lines.push(`- ${h}`);
  return lines;
}

function educationLine(e: JsonResumeEducation): string {
  const type = str(e.studyType);
  const area = str(e.area);
  const joined = type && area ? (/\b(?:of|in)$/i.test(type) ? `${type} ${area}` : `${type} in ${area}`) : type || area;
  const year = yearOf(e.endDate);
  return [joined || 'Degree', str(e.institution), year ? String(year) : ''].filter(Boolean).join(' — ');
}

function certificateLine(c: JsonResumeCertificate): string {
  const year = yearOf(c.date);
  return `${str(c.name) || 'Certificate'}${str(c.issuer) ? ` — ${str(c.issuer)}` : ''}${year ? ` (${year})` : ''}`;
}

function skillLine(s: JsonResumeSkill): string {
  const keywords = strings(s.keywords);
  const name = str(s.name);
  if (keywords.length === 0) return name;
  return name && !keywords.some((k) => k.toLowerCase() === name.toLowerCase()) ? `${name}: ${keywords.join(', ')}` : keywords.join(', ');
}

function projectLine(p: JsonResumeProject): string {
  const parts = [str(p.description), ...strings(p.highlights), strings(p.keywords).join(', ')].filter(Boolean);
  return `- ${str(p.name) || 'Project'}${parts.length ? `: ${parts.join('; ')}` : ''}`;
}

/** One rendered line, cleaned as `normalizeText` would (so offsets survive the parser's normalisation). */
const cleanLine = (line: string, lex: Lexicon): string => normalizeText(line.replace(/\n/g, ' '), lex).replace(/\n/g, ' ');

/** Renders a JSON Resume as résumé text (never the name or contact fields), recording where each item went. */
export function renderJsonResume(resume: JsonResume, lex: Lexicon = allLanguagesLexicon()): RenderedJsonResume {
  const out: string[] = [];
  const blocks: Block[] = [];
  let offset = 0;
  const push = (line: string) => {
    out.push(line);
    offset += line.length + 1;
  };
  const section = (heading: string, body: Array<{ lines: string[]; block?: Omit<Block, 'start' | 'end'> }>) => {
    if (body.length === 0) return;
    if (out.length > 0) push('');
    push(heading);
    body.forEach(({ lines, block }, i) => {
      if (i > 0 && block?.kind === 'work') push('');
      const start = offset;
      for (const line of lines) push(cleanLine(line, lex));
      if (block) blocks.push({ ...block, start, end: offset - 1 });
    });
  };
  const summary = [str(resume.basics?.label), str(resume.basics?.summary)].filter(Boolean);
  section('SUMMARY', summary.length ? [{ lines: summary }] : []);
  section(
    'EXPERIENCE',
    items(resume.work).map((w, index) => ({ lines: workLines(w), block: { kind: 'work' as const, index } })),
  );
  section(
    'VOLUNTEERING',
    items(resume.volunteer).map((w) => ({ lines: workLines({ ...w, name: str(w.organization) }) })),
  );
  section(
    'PROJECTS',
    items(resume.projects).map((p) => ({ lines: [projectLine(p)] })),
  );
  section(
    'SKILLS',
    items(resume.skills)
      .map((s) => ({ lines: [skillLine(s)].filter(Boolean) }))
      .filter((b) => b.lines.length > 0),
  );
  section(
    'EDUCATION',
    items(resume.education).map((e, index) => ({ lines: [educationLine(e)], block: { kind: 'education' as const, index } })),
  );
  section(
    'CERTIFICATIONS',
    items(resume.certificates).map((c, index) => ({ lines: [certificateLine(c)], block: { kind: 'certificate' as const, index } })),
  );
  return { text: out.join('\n'), blocks };
}

// ─── Profile from fields ────────────────────────────────────────────────────

/** The parser the converter runs over the rendered text (`parseWith` bound to a catalog and options). */
export type ParseText = (text: string) => ResumeProfile;

/**
 * Reads a JSON Resume: skills and certifications are found by the normal matcher over the rendered fields,
 * while entry dates, degree and certificate years come straight from the fields.
 */
export function profileFromJsonResume(resume: JsonResume, parseText: ParseText, lex?: Lexicon): ResumeProfile {
  const rendered = renderJsonResume(resume, lex);
  const parsed = parseText(rendered.text);
  const asOfYm = parseAsOf(parsed.asOf).ym;
  const blockAt = blockFinder(rendered, parsed);
  const warnings: ParseWarning[] = parsed.warnings.filter((w) => w.code !== 'NO_SECTIONS');
  const entries = parsed.experience.entries.flatMap((e) => {
    const block = blockAt('work', e.span.start);
    const work = block ? items(resume.work)[block.index] : undefined;
    return work ? [entryFromWork(e, work, asOfYm, warnings)].filter((x): x is ExperienceEntry => x !== undefined) : [e];
  });
  const skills = parsed.skills.map((s) => withYears(s, entries, parsed));
  return {
    ...parsed,
    skills,
    experience: { ...parsed.experience, ...measures(entries, parsed), entries },
    education: parsed.education.map((ed) => educationFromField(ed, blockAt('education', ed.evidence.start), resume)),
    certifications: parsed.certifications.map((c) => certificateFromField(c, blockAt('certificate', c.evidence.start), resume)),
    warnings,
  };
}

/** Finds the item an offset of the parsed text came from (by offset, or by order if normalisation moved the text). */
function blockFinder(rendered: RenderedJsonResume, parsed: ResumeProfile) {
  const same = parsed.text === rendered.text;
  const seen = new Map<Block['kind'], number>();
  return (kind: Block['kind'], offset: number): Block | undefined => {
    if (same) return rendered.blocks.find((b) => b.kind === kind && offset >= b.start && offset <= b.end);
    const n = seen.get(kind) ?? 0;
    seen.set(kind, n + 1);
    return rendered.blocks.filter((b) => b.kind === kind)[n];
  };
}

function entryFromWork(e: ExperienceEntry, w: JsonResumeWork, asOfYm: number, warnings: ParseWarning[]): ExperienceEntry | undefined {
  const start = readJsonDate(w.startDate, false);
  if (start === undefined) return undefined;
  const written = readJsonDate(w.endDate, true);
  const end = Math.min(written ?? asOfYm, asOfYm);
  if (end < start) {
    warnings.push({
      code: written !== undefined && written < start ? 'INVERTED_RANGE' : 'FUTURE_DATE',
      message: `The work item \`${str(w.position)}\` ends before it starts; it was left out.`,
    });
    return undefined;
  }
  const entry: ExperienceEntry = {
    ...e,
    title: str(w.position) || e.title,
    start: formatYearMonth(start),
    end: formatYearMonth(end),
    current: written === undefined || written > asOfYm,
    months: monthsBetween(start, end),
  };
  if (str(w.name)) entry.organization = str(w.name);
  return entry;
}

const ymOf = (s: string) => toYm(Number(s.slice(0, 4)), Number(s.slice(5, 7)));
const rangeOf = (e: ExperienceEntry) => ({ start: ymOf(e.start), end: ymOf(e.end) });
const round2 = (n: number) => Math.round(n * 100) / 100;

function withYears(s: ProfileSkill, entries: readonly ExperienceEntry[], parsed: ResumeProfile): ProfileSkill {
  const used = entries.filter((e) => e.skills.includes(s.id));
  const claimed = Math.max(
    0,
    largest(
      parsed.experience.claims.filter((c) => c.subject === s.id).map((c) => c.years),
      0,
    ),
  );
  const dated = used.length > 0 ? round2(unionMonths(used.map(rangeOf)) / 12) : undefined;
  const { years: _years, lastUsed: _lastUsed, ...rest } = s;
  const out: ProfileSkill = { ...rest };
  if (dated !== undefined || claimed > 0) out.years = Math.max(dated ?? 0, claimed);
  const last = used
    .map((e) => e.end)
    .sort()
    .at(-1);
  if (last) out.lastUsed = last;
  return out;
}

function measures(entries: readonly ExperienceEntry[], parsed: ResumeProfile) {
  if (entries.length === 0) {
    const { totalYears, securityYears, mlYears } = parsed.experience;
    return { totalYears, securityYears, mlYears };
  }
  const years = (kind?: 'security' | 'ml') => round2(unionMonths(entries.filter((e) => !kind || e.kind.includes(kind)).map(rangeOf)) / 12);
  return { totalYears: years(), securityYears: years('security'), mlYears: years('ml') };
}

function educationFromField(ed: Education, block: Block | undefined, resume: JsonResume): Education {
  const item = block ? items(resume.education)[block.index] : undefined;
  if (!item) return ed;
  const { institution: _i, year: _y, ...rest } = ed;
  const out: Education = { ...rest };
  if (str(item.institution)) out.institution = str(item.institution);
  const year = yearOf(item.endDate);
  if (year !== undefined) out.year = year;
  return out;
}

function certificateFromField(c: ProfileCertification, block: Block | undefined, resume: JsonResume): ProfileCertification {
  const item = block ? items(resume.certificates)[block.index] : undefined;
  if (!item) return c;
  const { year: _y, ...rest } = c;
  const year = yearOf(item.date);
  return year === undefined ? rest : { ...rest, year };
}
