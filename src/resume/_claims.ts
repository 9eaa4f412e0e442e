import type { ExperienceMeasure, SectionName, YearsClaim } from '../schemas';
import type { Mention } from '../text/mentions';
import { readNumber } from '../text/numbers';

/** "5+ years", "Seven-plus years", "ten yrs", "2.5 years": the number and the word years. */
const YEARS_PHRASE = /\b(\d{1,2}(?:\.\d{1,2})?|[a-z]{3,12}(?:-[a-z]{3,6})?)(?:\s{0,2}\+|[\s-]{0,2}plus)?\s{1,3}(?:full[\s-])?(?:years?|yrs?)\b\.?/gi;
/** What may stand between "N years" and the skill it is about. */
const FILLER_AFTER = /^\s{0,3}(?:of\s+)?(?:(?:professional|hands-on|industry|practical|production|commercial|working)\s+)?(?:experience\s+)?(?:(?:in|with|using|of|doing|writing|building|programming in|coding in|working with)\s+)?$/i;
/** What may stand between a skill and its "(5 years)" / "– 5 yrs". */
const FILLER_BEFORE = /^\s{0,3}[-–—:(,]?\s{0,3}$/;
/** Measure claims: the words after "N years". */
const MEASURE_AFTER: ReadonlyArray<[ExperienceMeasure, RegExp]> = [
  ['securityYears', /^\s{0,3}(?:of\s+|in\s+)?(?:[a-z-]+\s+){0,5}?(?:cyber\s?security|information security|infosec|security)\b/i],
  ['mlYears', /^\s{0,3}(?:of\s+|in\s+)?(?:[a-z-]+\s+){0,3}?(?:machine learning|ml|ai|data science|deep learning)\b/i],
  ['totalYears', /^\s{0,3}(?:of\s+)?(?:(?:professional|industry|work|total|software engineering)\s+)?(?:experience|overall)\b/i],
];

/** Finds explicit year claims ("5+ years of Python", "SQL – 7 years", "8+ years of cybersecurity experience"). */
export function findClaims(
  text: string,
  mentions: readonly Mention[],
  sectionOf: (offset: number) => SectionName,
): YearsClaim[] {
  const skills = mentions.filter((m) => m.target === 'skill');
  const claims: YearsClaim[] = [];
  YEARS_PHRASE.lastIndex = 0;
  for (let m = YEARS_PHRASE.exec(text); m !== null; m = YEARS_PHRASE.exec(text)) {
    const years = readNumber(m[1] as string);
    if (years === undefined || years <= 0 || years > 60) continue;
    const start = m.index;
    const end = m.index + m[0].length;
    const evidence = (s: number, e: number) => ({
      text: text.slice(s, e),
      start: s,
      end: e,
      section: sectionOf(s),
      via: 'claim' as const,
      confidence: 0.7,
    });
    const after = skills.find((s) => s.start >= end && s.start - end <= 60 && FILLER_AFTER.test(text.slice(end, s.start)));
    const before = [...skills].reverse().find((s) => s.end <= start && start - s.end <= 6 && FILLER_BEFORE.test(text.slice(s.end, start)));
    const subject = after ?? before;
    if (subject) {
      const s = Math.min(subject.start, start);
      const e = Math.max(subject.end, end);
      claims.push({ subject: subject.id, years, evidence: evidence(s, e) });
      continue;
    }
    const rest = text.slice(end, end + 80);
    const measure = MEASURE_AFTER.find(([, re]) => re.test(rest));
    if (measure) {
      const stop = /[,.;\n]/.exec(rest);
      claims.push({ subject: measure[0], years, evidence: evidence(start, end + (stop ? stop.index : rest.length)) });
    }
  }
  return claims;
}
