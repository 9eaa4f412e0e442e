import type { DegreeField, DegreeLevel, Education, Section, SectionName } from '../schemas';

/** Degree abbreviations and words at the start of a degree line, with their level. */
const DEGREE_PATTERNS: ReadonlyArray<[DegreeLevel, RegExp]> = [
  ['doctorate', /\b(?:Ph\.?\s?D\.?|D\.?Phil\.?|Doctor(?:ate)? of|Doctorate|Ed\.?D\.?|Sc\.?D\.?)(?=[\s,.(—–-]|$)/],
  ['master', /\b(?:M\.?S\.?c?\.?|M\.?Eng\.?|M\.?A\.?|M\.?B\.?A\.?|LL\.?M\.?|M\.?P\.?P\.?|M\.?P\.?A\.?|M\.?Tech\.?|M\.?S\.?E\.?|Master(?:'s|s)?(?: of| in|\b))(?=[\s,.(—–-]|$)/],
  ['bachelor', /\b(?:B\.?S\.?c?\.?|B\.?Eng\.?|B\.?E\.?|B\.?A\.?|B\.?Tech\.?|B\.?S\.?E\.?|B\.?B\.?A\.?|Bachelor(?:'s|s)?(?: of| in|\b)|Undergraduate degree)(?=[\s,.(—–-]|$)/],
  ['associate', /\b(?:A\.?A\.?S\.?|A\.?S\.?|A\.?A\.?|Associate(?:'s)? (?:of|in|degree))(?=[\s,.(—–-]|$)/],
];
/** Law degrees named by their own abbreviation. */
const LAW_DEGREE = /\b(?:J\.?D\.?|LL\.?B\.?|LL\.?M\.?)(?=[\s,.(—–-]|$)/;

/** Field keywords, most specific first. */
const FIELD_PATTERNS: ReadonlyArray<[DegreeField, RegExp]> = [
  ['computer-engineering', /\bcomputer engineering\b/i],
  ['software-engineering', /\bsoftware engineering\b/i],
  ['electrical-engineering', /\b(?:electrical|electronics?)(?: and \w+)? engineering\b|\bEE\b/i],
  ['cybersecurity', /\b(?:cyber\s?security|information security|information assurance|cyber operations|network security|digital forensics)\b/i],
  ['data-science', /\b(?:data science|data analytics|analytics)\b/i],
  ['information-systems', /\b(?:information systems|information technology|MIS|informatics)\b/i],
  ['computer-science', /\b(?:computer science|computing|CS)\b/i],
  ['statistics', /\bstatistics\b|\bbiostatistics\b/i],
  ['mathematics', /\b(?:mathematics|applied math|maths?)\b/i],
  ['physics', /\bphysics\b/i],
  ['law', /\b(?:laws?|legal studies|jurisprudence|direito|derecho|droit|rechtswissenschaft)\b/i],
  ['public-policy', /\b(?:public policy|public administration|political science|government)\b/i],
  ['business', /\b(?:business|management|finance|economics|commerce|MBA)\b/i],
];
/** "Minor in …" and "coursework …" parts name no degree field (cut from the word on; no `.*$`, which backtracks). */
const NOT_FIELD = /\b(?:minor|concentration|coursework|gpa|thesis)\b/i;
/** Punctuation trimmed from the end of an institution name, one character at a time (no end-anchored run). */
const TRAILING_PUNCT = /[\s,.;()]/;
const YEAR = /\b(19[5-9]\d|20\d\d)\b/g;
/** Words that name a school. */
const INSTITUTION = /\b(?:college|institute|school|academy|polytechnic|universidad|universit[àéy])\b/i;

/** Reads degrees from the education section, or from degree-shaped lines anywhere when it is missing. */
export function extractEducation(
  text: string,
  sections: readonly Section[],
  sectionOf: (offset: number) => SectionName,
): Education[] {
  const eduSections = sections.filter((s) => s.name === 'education');
  const ranges = eduSections.length > 0 ? eduSections : [{ start: 0, end: text.length }];
  const out: Education[] = [];
  for (const range of ranges) {
    let offset = range.start;
    for (const line of text.slice(range.start, range.end).split('\n')) {
      const degree = readDegreeLine(line, eduSections.length > 0);
      if (degree) {
        const lead = line.length - line.trimStart().length;
        const start = offset + lead;
        out.push({
          ...degree,
          evidence: {
            text: line.trim(),
            start,
            end: start + line.trim().length,
            section: sectionOf(start),
            via: 'exact',
            confidence: 0.9,
          },
        });
      }
      offset += line.length + 1;
    }
  }
  return out;
}

/** True for a line that states a degree (used to end a work entry in a résumé without headings). */
export function isDegreeLine(line: string): boolean {
  return readDegreeLine(line, false) !== undefined;
}

function readDegreeLine(line: string, inSection: boolean): Omit<Education, 'evidence'> | undefined {
  const body = line.replace(/^[\s\-•*]+/, '');
  if (body.length === 0 || body.length > 220) return undefined;
  const law = LAW_DEGREE.exec(body);
  const found = DEGREE_PATTERNS.map(([level, re]) => ({ level, m: re.exec(body) })).find((d) => d.m);
  const match = found?.m ?? law;
  if (!match) return undefined;
  // Outside an education section a degree counts at the line start, or anywhere on a line naming a school.
  if (!inSection && match.index > 0 && !INSTITUTION.test(body)) return undefined;
  if (match.index > 40) return undefined;
  const level: DegreeLevel = found?.level ?? (law?.[0].replace(/\./g, '').toUpperCase() === 'LLM' ? 'master' : law ? (/^J/i.test(law[0]) ? 'doctorate' : 'bachelor') : 'bachelor');
  const [fieldPart, institution] = splitInstitution(body.slice(match.index + match[0].length));
  const fieldText = cutAt(fieldPart, NOT_FIELD);
  const field = law && !found ? 'law' : (FIELD_PATTERNS.find(([, re]) => re.test(fieldText))?.[0] ?? fallbackField(match[0]));
  const years = [...body.matchAll(YEAR)].map((y) => Number(y[1]));
  const result: Omit<Education, 'evidence'> = { level, field };
  if (institution) result.institution = institution;
  if (years.length > 0) result.year = Math.max(...years);
  return result;
}

function fallbackField(degree: string): DegreeField {
  if (/LL\.?M|J\.?D/.test(degree)) return 'law';
  if (/M\.?B\.?A/.test(degree)) return 'business';
  return 'other';
}

/** Splits "Computer Science — Georgia Tech, 2020" into field text and institution. */
function splitInstitution(rest: string): [string, string | undefined] {
  const parts = rest.split(/\s{1,3}[—–|-]\s{1,3}|\s{2,}|,\s{1,3}(?=[A-Z])/); // bounded: no quadratic move over long space runs
  const field = (parts[0] ?? '').trim();
  const inst = parts
    .slice(1)
    .map((p) => trimEndWhile(p.replace(YEAR, '').replace(/\b(?:May|June|Dec(?:ember)?|Aug(?:ust)?|Expected)\b/gi, ''), TRAILING_PUNCT).trim())
    .find((p) => p.length > 2 && /[A-Za-z]{3}/.test(p) && /\b(?:college|institute|school|academy|polytechnic|universidad|universit[àéy]|MIT|ETH)\b/i.test(p));
  return [field, inst];
}

/** `s` up to the first match of `re` (the whole line when there is none). */
function cutAt(s: string, re: RegExp): string {
  const m = re.exec(s);
  return m ? s.slice(0, m.index) : s;
}

/** `s` without its trailing characters that match the one-character pattern `re`. */
function trimEndWhile(s: string, re: RegExp): string {
  let k = s.length;
  while (k > 0 && re.test(s.charAt(k - 1))) k--;
  return s.slice(0, k);
}
