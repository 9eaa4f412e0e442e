import type { ExperienceMeasure, SectionName, YearsClaim } from '../schemas';
import type { Mention } from '../text/mentions';
import { indexFrom } from '../text/sorted';
import { measureAfter, onlyFillers, readNumber, type YearsWords } from '../text/years';

/** What may stand between a skill and its "(5 years)" / "– 5 yrs". */
const FILLER_BEFORE = /^\s{0,3}[-–—:(,]?\s{0,3}$/u;
/** How far after "N years" its subject may start. */
const SUBJECT_REACH = 60;
/** Where a measure claim's evidence ends. */
const CLAIM_END = /[,.;\n]/u;

/** One row of a skills table that states years ("Python | 6 | Expert") or a level meaning "not yet". */
export interface TableRow {
  start: number;
  end: number;
  years: number | undefined;
  learning: boolean;
}

/**
 * Finds explicit year claims: "5+ years of Python", "SQL – 7 years", "Java (Less than 1 year)",
 * "8+ years of cybersecurity experience", and the years column of skills tables. Mentions must be sorted by start;
 * `phrases` are the text's `yearsPhrases`.
 */
export function findClaims(
  text: string,
  mentions: readonly Mention[],
  sectionOf: (offset: number) => SectionName,
  words: YearsWords,
  rows: readonly TableRow[],
  phrases: readonly RegExpExecArray[],
): YearsClaim[] {
  const skills = mentions.filter((m) => m.target === 'skill');
  const claims: YearsClaim[] = [];
  const evidence = (s: number, e: number) => ({ text: text.slice(s, e), start: s, end: e, section: sectionOf(s), via: 'claim' as const, confidence: 0.7 });
  const claim = (years: number, start: number, end: number) => {
    const subject = subjectAfter(text, skills, end, words) ?? subjectBefore(text, skills, qualifierStart(text, start, words));
    if (subject) {
      claims.push({ subject: subject.id, years, evidence: evidence(Math.min(subject.start, start), Math.max(subject.end, end)) });
      return;
    }
    const rest = text.slice(end, end + 80);
    const measure: ExperienceMeasure | undefined = measureAfter(rest, words);
    if (measure) {
      const stop = CLAIM_END.exec(rest);
      claims.push({ subject: measure, years, evidence: evidence(start, end + (stop ? stop.index : rest.length)) });
    }
  };
  for (const m of phrases) {
    const g = m.groups ?? {};
    const years = readNumber(g.n ?? g.whole ?? '', words);
    // "up to 4 years" states no minimum.
    if (years === undefined || years <= 0 || years > 60 || words.upTo.test(text.slice(Math.max(0, m.index - 20), m.index))) continue;
    claim(years, m.index, m.index + m[0].length);
  }
  words.lessThanOne.lastIndex = 0;
  for (let m = words.lessThanOne.exec(text); m !== null; m = words.lessThanOne.exec(text)) claim(0.5, m.index, m.index + m[0].length);
  for (const row of rows) {
    if (row.years === undefined || row.years <= 0) continue;
    const subject = skills.find((s) => s.start >= row.start && s.start < row.end);
    if (subject) claims.push({ subject: subject.id, years: row.years, evidence: evidence(row.start, row.end) });
  }
  return dedupe(claims);
}

/**
 * Skills a list states zero years of ("Machine Learning (0 years)", "Go – 0 yrs"): the span from the skill to its
 * claim, which the person does not have, as a skills-table row of 0 years is not. Mentions must be sorted by start;
 * `phrases` are the text's `yearsPhrases`.
 */
export function zeroYearSpans(
  text: string,
  mentions: readonly Mention[],
  words: YearsWords,
  phrases: readonly RegExpExecArray[],
): Array<{ start: number; end: number }> {
  const skills = mentions.filter((m) => m.target === 'skill');
  const spans: Array<{ start: number; end: number }> = [];
  for (const m of phrases) {
    const g = m.groups ?? {};
    if (readNumber(g.n ?? g.whole ?? '', words) !== 0) continue;
    const subject = subjectBefore(text, skills, m.index);
    if (subject) spans.push({ start: subject.start, end: m.index + m[0].length });
  }
  return spans;
}

/** The first skill after `end`, when only fillers stand between ("of hands-on experience in"). */
function subjectAfter(text: string, skills: readonly Mention[], end: number, words: YearsWords): Mention | undefined {
  const s = skills[lowerBound(skills, end)];
  if (!s || s.start - end > SUBJECT_REACH) return undefined;
  return onlyFillers(text.slice(end, s.start), words) ? s : undefined;
}

/** Where the number's qualifier starts when one stands right before it ("Python (más de 8 años)", "Python (+7 años)"), else `start`. */
function qualifierStart(text: string, start: number, words: YearsWords): number {
  const at = text.charAt(start - 1) === '+' ? start - 1 : start;
  const before = text.slice(Math.max(0, at - QUALIFIER_REACH), at);
  let found = at;
  words.approximate.lastIndex = 0;
  for (let m = words.approximate.exec(before); m !== null; m = words.approximate.exec(before)) {
    if (m[0] === '') words.approximate.lastIndex++;
    else if (/^\s{0,2}$/u.test(before.slice(m.index + m[0].length))) found = at - before.length + m.index;
  }
  return found;
}

/** How far before a number its qualifier ("more than", "mehr als", "plus de") may start. */
const QUALIFIER_REACH = 24;

/** The skill right before `start` ("Python (5 years)", "SQL – 7 yrs"), or before the bracket that closes there ("Kubernetes (EKS) – 4 yrs"). */
function subjectBefore(text: string, skills: readonly Mention[], start: number): Mention | undefined {
  const at = bracketBefore(text, start) ?? start;
  let i = lowerBound(skills, at) - 1;
  while (i >= 0 && (skills[i] as Mention).end > at) i--;
  const s = skills[i];
  return s && at - s.end <= 6 && FILLER_BEFORE.test(text.slice(s.end, at)) ? s : undefined;
}

/** A bracket that qualifies a skill closes right before `start`, on its line: where it opens, else undefined. */
function bracketBefore(text: string, start: number): number | undefined {
  if (!CLOSED_BEFORE.test(text.slice(Math.max(0, start - 8), start))) return undefined;
  const open = text.lastIndexOf('(', start);
  return open >= 0 && start - open <= MAX_BRACKET && !text.slice(open, start).includes('\n') ? open : undefined;
}

/** A closing bracket, then only a filler, at the end. */
const CLOSED_BEFORE = /\)\s{0,3}[-–—:,]?\s{0,3}$/u;
/** The longest bracket after a skill read as its qualifier ("(SageMaker, S3, EKS)"). */
const MAX_BRACKET = 60;

/** Index of the first mention starting at or after `offset` (mentions sorted by start). */
function lowerBound(mentions: readonly Mention[], offset: number): number {
  return indexFrom(mentions, offset, startOf);
}

const startOf = (m: Mention): number => m.start;

/** One claim per subject and evidence span (a table row and a phrase in it state the same thing). */
function dedupe(claims: readonly YearsClaim[]): YearsClaim[] {
  const seen = new Set<string>();
  return claims
    .filter((c) => {
      const key = `${c.subject}:${c.evidence.start}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => a.evidence.start - b.evidence.start);
}
