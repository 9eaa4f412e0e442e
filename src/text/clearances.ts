import { CLEARANCE_LEVELS, type Clearance, type ClearanceLevel, type SectionName } from '../schemas';

/** Clearance names, highest first. */
const CLEARANCE_PATTERNS: ReadonlyArray<[ClearanceLevel, RegExp]> = [
  ['ts-sci', /\b(?:TS\s?\/\s?SCI|Top[\s-]Secret\s?\/\s?SCI|TS[\s-]SCI)\b/gi],
  ['top-secret', /\bTop[\s-]Secret\b|\bTS\b(?=\s(?:clearance|w\/|with))/gi],
  ['secret', /\bSecret\b(?!\s?(?:s\b|manage|scan|rotation|store|detection|sprawl|vault|key))/gi],
  ['public-trust', /\bPublic[\s-]Trust\b/gi],
];
/** Words near a bare "Secret" that make it a clearance. */
const CLEARANCE_CONTEXT = /\b(?:clearance|cleared|active|current|interim|polygraph|poly|DoD|DCSA|held|investigation|SSBI|T5|T3)\b/i;
/** Mentions that are no clearance held: eligibility or a requirement. */
const NOT_HELD = /\b(?:eligible|eligibility|able to obtain|ability to obtain|obtainable|clearable|pursuing|sponsor(?:ship)?|willing|can obtain|could obtain|expired|lapsed)\b/i;
const ACTIVE = /\b(?:active|current|currently hold|hold an?)\b/i;
const INACTIVE = /\b(?:inactive|previously held|formerly|expired|lapsed|former)\b/i;
const POLYGRAPH = /\b(?:poly(?:graph)?|CI[\s-]poly|FSP)\b/i;

/** The highest clearance the résumé states as held, or null. */
export function extractClearance(text: string, sectionOf: (offset: number) => SectionName): Clearance | null {
  let best: Clearance | null = null;
  for (const [level, re] of CLEARANCE_PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      const lineStart = text.lastIndexOf('\n', m.index) + 1;
      const lineEndRaw = text.indexOf('\n', m.index);
      const lineEnd = lineEndRaw === -1 ? text.length : lineEndRaw;
      const line = text.slice(lineStart, lineEnd);
      const section = sectionOf(m.index);
      // "Able to obtain a Secret clearance" is not held; "Top Secret (SCI-eligible)" is Top Secret.
      if (NOT_HELD.test(line.slice(0, m.index - lineStart + m[0].length))) continue;
      if (level === 'secret' && section !== 'clearance' && !CLEARANCE_CONTEXT.test(line)) continue;
      if (best && rank(best.level) >= rank(level)) continue;
      const found: Clearance = {
        level,
        status: 'held',
        evidence: { text: m[0], start: m.index, end: m.index + m[0].length, section, via: 'exact', confidence: 0.9 },
      };
      if (INACTIVE.test(line.slice(0, m.index - lineStart + m[0].length + 20))) {
        found.active = false;
        found.status = 'lapsed';
      } else if (ACTIVE.test(line)) {
        found.active = true;
        found.status = 'active';
      }
      if (POLYGRAPH.test(line)) found.polygraph = true;
      best = found;
    }
  }
  return best;
}

/** The rank of a clearance level: higher is more. */
export function clearanceRank(level: ClearanceLevel): number {
  return CLEARANCE_LEVELS.indexOf(level);
}
const rank = clearanceRank;
