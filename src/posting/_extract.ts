import { readNumber } from '../text/numbers';
import type { Mention } from '../text/mentions';
import { CLEARANCE_LEVELS, type ClearanceLevel, type DegreeField, type DegreeLevel, DEGREE_LEVELS, type ExperienceMeasure } from '../schemas';
import {
  ACTIVE_CLEARANCE,
  CLEARANCE_CONTEXT,
  CLEARANCES,
  DEGREE_EQUIVALENT,
  DEGREE_FIELD_PATTERNS,
  DEGREES,
  MEASURES,
  OBTAINABLE,
  YEARS,
  YEARS_AFTER_SKILL,
  YEARS_FILLER,
  YEARS_OBJECT_END,
  YEARS_SUBJECT_LEAD,
} from './_patterns';
import type { Clause } from './_structure';

/** One thing a clause asks for, before findings of the same requirement are merged. */
export type Finding =
  | (FindingBase & { kind: 'skill'; skills: string[]; minYears?: number })
  | (FindingBase & { kind: 'experience'; measure: ExperienceMeasure; minYears: number })
  | (FindingBase & { kind: 'degree'; minLevel: DegreeLevel; fields: DegreeField[]; equivalent: boolean })
  | (FindingBase & { kind: 'certification'; anyOf: string[]; written: string[] })
  | (FindingBase & { kind: 'clearance'; minLevel: ClearanceLevel; obtainable: boolean });

interface FindingBase {
  clause: Clause;
  hard: boolean;
}

interface YearsStatement {
  years: number;
  skills?: string[];
  measure?: ExperienceMeasure;
}

/** A list separator between two skills of one subject: ", ", " or ", " and ", "/". */
const LIST_GAP = /^\s{0,3}(?:,\s{0,3})?(?:(?:and\/)?or\s{1,3}|and\s{1,3}|\/\s{0,3})?$/i;
/** A separator that makes a list any-of: " or ", ", or ", "/". */
const OR_GAP = /^\s{0,3}(?:,\s{0,3})?(?:(?:and\/)?or\s{1,3}|\/\s{0,3})$/i;
/** A plain comma between list items. */
const COMMA_GAP = /^\s{0,3},\s{0,3}$/;

/** Everything one clause asks for: skills (with years), experience, degree, certifications, clearance. */
export function extractFindings(clause: Clause, mentions: readonly Mention[], text: string): Finding[] {
  const inClause = mentions.filter((m) => m.start >= clause.start && m.end <= clause.end);
  const skills = dedupe(inClause.filter((m) => m.target === 'skill'));
  const certs = dedupe(inClause.filter((m) => m.target === 'cert'));
  const years = yearsStatements(clause, skills, text);
  const out: Finding[] = skillFindings(clause, skills, years, text);
  for (const y of years) {
    if (y.measure) out.push({ kind: 'experience', measure: y.measure, minYears: y.years, clause, hard: hardFor(clause) });
  }
  if (certs.length > 0) {
    const hard = hardFor(clause) && !OBTAINABLE.test(clause.text);
    out.push({ kind: 'certification', anyOf: certs.map((m) => m.id), written: certs.map((m) => m.text), clause, hard });
  }
  const degree = readDegree(clause);
  if (degree) out.push(degree);
  const clearance = readClearance(clause);
  if (clearance) out.push(clearance);
  return out;
}

function hardFor(clause: Clause): boolean {
  return clause.mandatory && clause.tier === 'required';
}

/** Mentions in text order, one per id. */
function dedupe(mentions: readonly Mention[]): Mention[] {
  const seen = new Set<string>();
  return [...mentions]
    .sort((a, b) => a.start - b.start)
    .filter((m) => !m.entryKinds && !seen.has(m.id) && seen.add(m.id));
}

/** Skills joined by "or" (and commas) form one any-of requirement; other skills stand alone. */
function skillFindings(clause: Clause, mentions: readonly Mention[], years: readonly YearsStatement[], text: string): Finding[] {
  const groups: Mention[][] = [];
  let run: Mention[] = [];
  let anyOr = false;
  const flush = () => {
    if (anyOr) groups.push(run);
    else groups.push(...run.map((m) => [m]));
    run = [];
    anyOr = false;
  };
  for (const m of mentions) {
    const prev = run.at(-1);
    const gap = prev ? text.slice(prev.end, m.start) : '';
    if (prev && (OR_GAP.test(gap) || COMMA_GAP.test(gap))) {
      anyOr = OR_GAP.test(gap) || anyOr;
      run.push(m);
      continue;
    }
    if (prev) flush();
    run = [m];
  }
  if (run.length > 0) flush();
  return groups.map((g) => {
    const ids = g.map((m) => m.id);
    const stated = years.filter((y) => y.skills?.some((id) => ids.includes(id))).map((y) => y.years);
    const finding: Finding = { kind: 'skill', skills: ids, clause, hard: false };
    if (stated.length > 0) finding.minYears = Math.max(...stated);
    return finding;
  });
}

/** Every "N years of …" of a clause, with what it is about: skills, a broad measure, or experience overall. */
function yearsStatements(clause: Clause, skills: readonly Mention[], text: string): YearsStatement[] {
  const out: YearsStatement[] = [];
  for (const m of clause.text.matchAll(YEARS)) {
    const years = readNumber(m[1] ?? '');
    if (years === undefined || years < 1 || years > 40) continue;
    const start = clause.start + m.index;
    const end = start + m[0].length;
    const before = [...skills].reverse().find((s) => s.end <= start && YEARS_AFTER_SKILL.test(text.slice(s.end, start)));
    if (before) {
      out.push({ years, skills: [before.id] });
      continue;
    }
    out.push({ years, ...subjectAfter(text.slice(end, clause.end), end, skills, text) });
  }
  return out;
}

/** What "N years" is about, read from the words after it. */
function subjectAfter(after: string, offset: number, skills: readonly Mention[], text: string): Omit<YearsStatement, 'years'> {
  const filler = YEARS_FILLER.exec(after)?.[0].length ?? 0;
  const rest = after.slice(filler);
  const stop = YEARS_OBJECT_END.exec(rest);
  const object = stop ? rest.slice(0, stop.index) : rest;
  const from = offset + filler;
  const inside = listFrom(skills.filter((s) => s.start >= from && s.end <= from + object.length), text);
  const first = inside[0];
  if (first && YEARS_SUBJECT_LEAD.test(text.slice(from, first.start))) return { skills: inside.map((s) => s.id) };
  const measure = MEASURES.find(([, re]) => re.test(object))?.[0];
  if (measure) return { measure };
  if (inside.length > 0) return { skills: inside.map((s) => s.id) };
  return { measure: 'totalYears' };
}

/** The first mention and those that follow it as one list ("Python, Go or Rust"). */
function listFrom(mentions: readonly Mention[], text: string): Mention[] {
  const out: Mention[] = [];
  for (const m of mentions) {
    const prev = out.at(-1);
    if (prev && !LIST_GAP.test(text.slice(prev.end, m.start))) break;
    out.push(m);
  }
  return out;
}

/** A degree: the lowest level named, the fields after it, and whether experience can replace it. */
function readDegree(clause: Clause): Finding | undefined {
  let level: DegreeLevel | undefined;
  let at = Number.POSITIVE_INFINITY;
  for (const [name, abbr, word] of DEGREES) {
    const m = abbr.exec(clause.text) ?? word.exec(clause.text);
    if (!m) continue;
    if (level === undefined || DEGREE_LEVELS.indexOf(name) < DEGREE_LEVELS.indexOf(level)) level = name;
    at = Math.min(at, m.index);
  }
  if (level === undefined) return undefined;
  const equivalent = DEGREE_EQUIVALENT.test(clause.text);
  const hard = hardFor(clause) && !equivalent;
  return { kind: 'degree', minLevel: level, fields: fieldsIn(clause.text.slice(at)), equivalent, clause, hard };
}

function fieldsIn(text: string): DegreeField[] {
  const fields = new Set<DegreeField>();
  let rest = text;
  for (const [names, re] of DEGREE_FIELD_PATTERNS) {
    const g = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`);
    if (!g.test(rest)) continue;
    for (const f of names) fields.add(f);
    rest = rest.replace(g, (s) => ' '.repeat(s.length));
  }
  return [...fields];
}

/** A clearance: the lowest level named, and whether it may still be obtained. */
function readClearance(clause: Clause): Finding | undefined {
  if (!CLEARANCE_CONTEXT.test(clause.text)) return undefined;
  let blanked = clause.text;
  const levels: ClearanceLevel[] = [];
  for (const [level, re] of CLEARANCES) {
    blanked = blanked.replace(re, (s) => {
      levels.push(level);
      return ' '.repeat(s.length);
    });
  }
  if (levels.length === 0) return undefined;
  const minLevel = [...levels].sort((a, b) => CLEARANCE_LEVELS.indexOf(a) - CLEARANCE_LEVELS.indexOf(b))[0] as ClearanceLevel;
  const obtainable = OBTAINABLE.test(clause.text);
  const hard = !obtainable && clause.tier !== 'preferred' && (ACTIVE_CLEARANCE.test(clause.text) || clause.mandatory);
  return { kind: 'clearance', minLevel, obtainable, clause, hard };
}
