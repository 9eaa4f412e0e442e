import type { DegreeField, DegreeLevel, Education, Section, SectionName } from '../schemas';
import { type DateWords, dateWordsFor } from '../text/dates';
import { type DegreeMention, type DegreeWords, degreeMentions, degreeWordsFor, fieldsIn } from '../text/degrees';
import type { Lexicon } from '../text/lexicon';

/** Punctuation trimmed from the end of an institution name, one character at a time (no end-anchored run). */
const TRAILING_PUNCT = /[\s,.;()]/;
const YEAR = /\b(19[5-9]\d|20\d\d)\b/g;
/** Where a degree line splits into field and institution: a spaced dash or bar, a column gap, or a comma before a name. */
const PARTS = /\s{1,3}[—–|-]\s{1,3}|\s{2,}|,\s{1,3}(?=\p{Lu})|\s{0,2}\|\s{0,2}/u;
/** A degree further into its line than this is a mention, not the line's degree. */
const MAX_DEGREE_OFFSET = 40;
const MAX_LINE = 220;

interface Line {
  text: string;
  start: number;
}

/** Reads degrees from the education section, or from degree-shaped lines anywhere when it is missing. Degrees in progress and school-leaving qualifications are not held degrees. */
export function extractEducation(
  text: string,
  sections: readonly Section[],
  sectionOf: (offset: number) => SectionName,
  lex: Lexicon,
): Education[] {
  const words = degreeWordsFor(lex);
  const dates = dateWordsFor(lex);
  const eduSections = sections.filter((s) => s.name === 'education');
  const ranges = eduSections.length > 0 ? eduSections : [{ start: 0, end: text.length }];
  const out: Education[] = [];
  for (const range of ranges) {
    const lines = splitLines(text, range.start, range.end);
    lines.forEach((line, i) => {
      const degree = readDegreeLine(line.text, eduSections.length > 0, words, dates);
      if (!degree) return;
      // "Master of Science" on one line, "Computer Science, Stanford University" on the next.
      if (degree.field === 'other') {
        const next = lines[i + 1];
        const nextField = next && !readDegreeLine(next.text, true, words, dates) ? fieldsIn(next.text, words)[0] : undefined;
        if (nextField) degree.field = nextField;
      }
      const lead = line.text.length - line.text.trimStart().length;
      const start = line.start + lead;
      const body = line.text.trim();
      out.push({
        ...degree,
        evidence: { text: body, start, end: start + body.length, section: sectionOf(start), via: 'exact', confidence: 0.9 },
      });
    });
  }
  return out;
}

function splitLines(text: string, start: number, end: number): Line[] {
  const out: Line[] = [];
  let offset = start;
  for (const line of text.slice(start, end).split('\n')) {
    out.push({ text: line, start: offset });
    offset += line.length + 1;
  }
  return out;
}

/** True for a line that states a degree (used to end a work entry in a résumé without headings). */
export function isDegreeLine(line: string, lex: Lexicon): boolean {
  return readDegreeLine(line, false, degreeWordsFor(lex), dateWordsFor(lex)) !== undefined;
}

function readDegreeLine(line: string, inSection: boolean, words: DegreeWords, dates: DateWords): Omit<Education, 'evidence'> | undefined {
  const body = line.replace(/^[\s\-•*]+/, '');
  if (body.length === 0 || body.length > MAX_LINE) return undefined;
  const match = firstDegree(body, words);
  if (!match) return undefined;
  // Outside an education section a degree counts at the line start, or anywhere on a line naming a school.
  if (!inSection && match.index > 0 && !words.institution.test(body)) return undefined;
  if (match.index > MAX_DEGREE_OFFSET) return undefined;
  if (words.schoolLeaving.test(body.slice(0, match.index)) || words.inProgress.test(body)) return undefined;
  const after = body.slice(match.index + match.length);
  const [fieldPart, institution] = splitInstitution(after, words, dates);
  const fieldText = cutAt(fieldPart, words.notField);
  const field: DegreeField =
    fieldsIn(fieldText, words)[0] ?? match.field ?? fieldsIn(cutAt(body.slice(0, match.index), words.notField), words)[0] ?? 'other';
  const years = [...body.matchAll(YEAR)].map((y) => Number(y[1]));
  const result: Omit<Education, 'evidence'> = { level: match.level as DegreeLevel, field };
  if (institution) result.institution = institution;
  if (years.length > 0) result.year = Math.max(...years);
  return result;
}

/** The leftmost degree of a line that is no look-alike ("Scrum Master", "Master Data"). */
function firstDegree(body: string, words: DegreeWords): DegreeMention | undefined {
  if (words.schoolLeaving.test(body) && !/\b(?:university|universit|college|degree)\b/iu.test(body)) return undefined;
  const notDegree = new Set<number>();
  const re = new RegExp(words.notDegree.source, 'giu');
  for (let m = re.exec(body); m !== null; m = re.exec(body)) for (let k = m.index; k < m.index + m[0].length; k++) notDegree.add(k);
  return degreeMentions(body, words).find((d) => !notDegree.has(d.index) && !notDegree.has(d.index + d.length - 1));
}

/** Splits "Computer Science — Georgia Tech, 2020" into field text and institution. */
function splitInstitution(rest: string, words: DegreeWords, dates: DateWords): [string, string | undefined] {
  const parts = rest.split(PARTS);
  const field = (parts[0] ?? '').trim();
  const inst = parts
    .slice(1)
    .map((p) => trimEndWhile(stripDates(p.replace(YEAR, ''), dates), TRAILING_PUNCT).trim())
    .find((p) => p.length > 2 && /\p{L}{3}/u.test(p) && words.institution.test(p));
  return [field, inst];
}

/** A part without its month names and in-progress words ("May", "Expected"). */
function stripDates(s: string, dates: DateWords): string {
  return s.replace(new RegExp(dates.token.source, dates.token.flags), '').replace(/\s{2,}/gu, ' ');
}

/** `s` up to the first match of `re` (the whole line when there is none). */
function cutAt(s: string, re: RegExp): string {
  const m = new RegExp(re.source, re.flags.replace('g', '')).exec(s);
  return m ? s.slice(0, m.index) : s;
}

/** `s` without its trailing characters that match the one-character pattern `re`. */
function trimEndWhile(s: string, re: RegExp): string {
  let k = s.length;
  while (k > 0 && re.test(s.charAt(k - 1))) k--;
  return s.slice(0, k);
}
