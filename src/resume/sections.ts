import type { Section, SectionName } from '../schemas';

/** Heading phrases (lowercase, `&` written as `and`) for each section. */
const HEADINGS: ReadonlyArray<readonly [SectionName, readonly string[]]> = [
  [
    'experience',
    [
      'experience', 'work experience', 'work history', 'employment', 'employment history', 'professional experience',
      'relevant experience', 'career history', 'career', 'professional background', 'professional history',
      'experience history', 'industry experience', 'military experience', 'military service', 'positions held',
      'research experience', 'teaching experience', 'internships', 'internship', 'internship experience',
      'work', 'employment record', 'career experience', 'technical experience', 'security experience',
    ],
  ],
  [
    'skills',
    [
      'skills', 'technical skills', 'core competencies', 'competencies', 'technical proficiencies', 'proficiencies',
      'tools', 'technologies', 'tools and technologies', 'expertise', 'areas of expertise', 'technical expertise',
      'skill set', 'skillset', 'key skills', 'core skills', 'technology stack', 'tech stack', 'technical summary',
      'programming languages', 'skills and expertise', 'skills and tools', 'skills summary', 'abilities',
      'capabilities', 'technical competencies', 'qualifications',
    ],
  ],
  [
    'education',
    [
      'education', 'academic background', 'academics', 'academic qualifications', 'educational background',
      'education and training', 'degrees', 'academic history', 'academic credentials', 'coursework',
      'relevant coursework',
    ],
  ],
  [
    'certifications',
    [
      'certifications', 'certification', 'certificates', 'certifications and training', 'licenses and certifications',
      'licences and certifications', 'licenses', 'licences', 'credentials', 'professional certifications',
      'training', 'professional development', 'courses', 'accreditations', 'certifications and licenses',
    ],
  ],
  ['clearance', ['security clearance', 'clearance', 'clearances', 'security clearances', 'clearance level']],
  [
    'projects',
    [
      'projects', 'selected projects', 'personal projects', 'side projects', 'key projects', 'open source',
      'open source projects', 'open source contributions', 'portfolio', 'academic projects', 'research projects',
    ],
  ],
  [
    'publications',
    [
      'publications', 'publications and talks', 'talks', 'presentations', 'speaking', 'conference talks', 'papers',
      'patents', 'selected publications', 'talks and publications', 'speaking engagements',
    ],
  ],
  [
    'summary',
    [
      'summary', 'profile', 'about', 'about me', 'professional summary', 'objective', 'career objective',
      'career summary', 'executive summary', 'summary of qualifications', 'overview', 'professional profile',
      'personal statement', 'highlights', 'introduction', 'career profile', 'personal profile', 'bio',
    ],
  ],
  ['awards', ['awards', 'honors', 'honours', 'awards and honors', 'honors and awards', 'achievements', 'recognition', 'accomplishments']],
  ['interests', ['interests', 'hobbies', 'hobbies and interests', 'interests and hobbies', 'personal interests', 'activities']],
  ['languages', ['languages', 'spoken languages', 'language skills', 'language proficiency', 'foreign languages']],
  [
    'volunteering',
    ['volunteer', 'volunteering', 'volunteer experience', 'volunteer work', 'community involvement', 'community service'],
  ],
  [
    'other',
    [
      'references', 'additional information', 'affiliations', 'professional affiliations', 'memberships',
      'professional memberships', 'additional', 'leadership', 'contact', 'contact information', 'personal details',
      'personal information', 'miscellaneous', 'other',
    ],
  ],
];

/** Words that may precede a heading phrase without changing it ("Selected Projects", "Relevant Skills"). */
const MODIFIERS = new Set(['professional', 'relevant', 'selected', 'key', 'technical', 'additional', 'other', 'related', 'recent', 'my', 'core', 'personal', 'notable', 'select']);

/** Labels that open a section even with content after the colon ("Clearance: TS/SCI"); others are sub-labels. */
const INLINE_LABELS = new Set([
  'skills', 'technical skills', 'key skills', 'core skills', 'core competencies', 'certifications', 'certification',
  'certificates', 'licenses and certifications', 'clearance', 'security clearance', 'clearance level', 'interests',
  'hobbies', 'hobbies and interests', 'awards', 'honors', 'awards and honors', 'education', 'languages',
  'spoken languages',
]);

/** Phrases that are also sub-labels inside an entry ("Tools:", "Highlights"); inside a body section they must stand alone, unindented, without a colon. */
const WEAK_HEADINGS = new Set([
  'tools', 'technologies', 'tools and technologies', 'tech stack', 'technology stack', 'highlights', 'achievements',
  'accomplishments', 'training', 'courses', 'coursework', 'relevant coursework', 'key projects', 'projects',
  'activities', 'overview', 'summary', 'about', 'profile', 'work', 'career', 'expertise', 'research projects',
]);

/** Sections whose entries may carry sub-labels that look like headings. */
const BODY_SECTIONS = new Set<SectionName>(['experience', 'education', 'projects', 'volunteering']);

const HEADING_INDEX: ReadonlyMap<string, SectionName> = new Map(
  HEADINGS.flatMap(([name, phrases]) => phrases.map((p) => [p, name] as const)),
);

/** Heading patterns; each runs on lines of at most `MAX_HEADING_LINE` characters. */
export const HEADING_PATTERNS = {
  /** One character of decoration before a heading ("== SKILLS ==", "— Experience —", "# Education"); stripped by a bounded scan. */
  decorationStart: /[\s\-_=–—~*#|•·:.]/u,
  /** One character of decoration after a heading (a full stop there is no decoration). */
  decorationEnd: /[\s\-_=–—~*#|•·:]/u,
  /** A trailing "(continued)" / "(cont.)" / "(cont'd)". */
  continued: /\s{0,3}\((?:continued|cont\.?|cont['’]d)\)$/iu,
  /** `&`, `+` and `/` between heading words, read as "and". */
  and: /\s{0,3}[&+/,]\s{0,3}/gu,
  /** Anything that is not a letter or a space. */
  nonLetter: /[^\p{L} ]/gu,
  /** A run of spaces. */
  spaces: / {2,}/gu,
  /** Sentence punctuation that a heading never ends with. */
  sentenceEnd: /[.!?;]$/u,
  /** Starts with an uppercase letter (after decoration). */
  upperStart: /^\p{Lu}/u,
  /** Spoken-language evidence after "Languages:", so "Languages: Python, Go" stays in skills. */
  spoken:
    /\b(?:fluent|native|bilingual|conversational|mother tongue|proficient|english|spanish|french|german|mandarin|chinese|japanese|korean|hindi|arabic|portuguese|italian|russian|dutch|norwegian|swedish|polish|urdu|bengali|tamil|vietnamese|turkish|hebrew|greek|danish|finnish)\b/iu,
} as const;

/** A heading line is never longer than this. */
const MAX_HEADING_LINE = 60;
/** At most this many decoration characters are stripped from either end of a heading. */
const MAX_DECORATION = 20;
/** A heading has at most this many words. */
const MAX_HEADING_WORDS = 6;

interface Heading {
  name: SectionName;
  heading: string;
  start: number;
}

/** Splits normalised text into contiguous sections; the part before the first heading is `header`. */
export function findSections(text: string): Section[] {
  const headings: Heading[] = [];
  let current: SectionName = 'header';
  let offset = 0;
  for (const line of text.split('\n')) {
    const found = readHeading(line, current);
    if (found && found.name !== current) {
      headings.push({ ...found, start: offset });
      current = found.name;
    }
    offset += line.length + 1;
  }
  return toSections(headings, text.length);
}

/** The name of the section that holds `offset` (the last section for an offset past the end). */
export function sectionAt(sections: readonly Section[], offset: number): SectionName {
  let lo = 0;
  let hi = sections.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sections[mid] as Section;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end && mid < sections.length - 1) lo = mid + 1;
    else return s.name;
  }
  return sections[0]?.name ?? 'header';
}

function toSections(headings: readonly Heading[], length: number): Section[] {
  const out: Section[] = [];
  const first = headings[0];
  if (!first || first.start > 0) out.push({ name: 'header', heading: '', start: 0, end: first ? first.start : length });
  headings.forEach((h, i) => {
    const next = headings[i + 1];
    out.push({ name: h.name, heading: h.heading, start: h.start, end: next ? next.start : length });
  });
  return out;
}

/** Reads one line as a heading: alone on its line, or a strong label followed by content after a colon. */
function readHeading(line: string, current: SectionName): { name: SectionName; heading: string } | null {
  const t = line.trim();
  if (t.length < 2 || t.startsWith('- ')) return null;
  const colon = t.slice(0, MAX_HEADING_LINE + 1).indexOf(':');
  const label = colon === -1 ? t : t.slice(0, colon);
  if (label.length > MAX_HEADING_LINE) return null;
  const content = colon === -1 ? '' : t.slice(colon + 1).trim();
  const cleaned = stripDecoration(label);
  if (!HEADING_PATTERNS.upperStart.test(cleaned) || HEADING_PATTERNS.sentenceEnd.test(cleaned)) return null;
  const key = headingKey(cleaned);
  if (key === '' || key.split(' ').length > MAX_HEADING_WORDS) return null;
  const name = lookup(key);
  if (name === null) return null;
  if (content !== '' && !inlineOpens(key, name, content, current)) return null;
  const sublabel = colon !== -1 || line.startsWith(' ');
  if (sublabel && WEAK_HEADINGS.has(key) && BODY_SECTIONS.has(current)) return null;
  return { name, heading: content === '' ? t : cleaned };
}

/** A label with content opens a section only when it is a strong label (spoken languages need evidence). */
function inlineOpens(key: string, name: SectionName, content: string, current: SectionName): boolean {
  if (!INLINE_LABELS.has(key) || name === current) return false;
  if (name === 'languages') return HEADING_PATTERNS.spoken.test(content);
  return true;
}

function stripDecoration(s: string): string {
  const p = HEADING_PATTERNS;
  let from = 0;
  while (from < MAX_DECORATION && from < s.length && p.decorationStart.test(s.charAt(from))) from++;
  let to = s.length;
  while (s.length - to < MAX_DECORATION && to > from && p.decorationEnd.test(s.charAt(to - 1))) to--;
  return s.slice(from, to).replace(p.continued, '').trim();
}

/** Lowercase words joined by single spaces; `&`/`+`/`/`/`,` become "and"; letter-spaced words are closed up. */
function headingKey(s: string): string {
  const words = s
    .split(HEADING_PATTERNS.spaces)
    .map((part) => (isLetterSpaced(part) ? part.replace(/ /gu, '') : part))
    .join(' ');
  return words
    .replace(HEADING_PATTERNS.and, ' and ')
    .replace(HEADING_PATTERNS.nonLetter, '')
    .toLowerCase()
    .split(' ')
    .filter((w) => w !== '')
    .join(' ');
}

/** "E X P E R I E N C E": single letters separated by single spaces. */
function isLetterSpaced(part: string): boolean {
  if (part.length < 3) return false;
  for (let i = 0; i < part.length; i++) {
    const c = part.charAt(i);
    if (i % 2 === 1 ? c !== ' ' : c === ' ') return false;
  }
  return true;
}

/** Exact phrase, then without leading modifiers, then "A and B" combinations (the first part names the section). */
function lookup(key: string): SectionName | null {
  const direct = lookupPhrase(key);
  if (direct !== null) return direct;
  const parts = key.split(' and ').filter((p) => p !== '');
  if (parts.length < 2) return null;
  const names = parts.map(lookupPhrase);
  if (names.some((n) => n === null)) return null;
  return names.find((n) => n !== 'other') ?? 'other';
}

function lookupPhrase(phrase: string): SectionName | null {
  const direct = HEADING_INDEX.get(phrase);
  if (direct !== undefined) return direct;
  const words = phrase.split(' ');
  let k = 0;
  while (k < words.length - 1 && MODIFIERS.has(words[k] as string)) k++;
  return k > 0 ? (HEADING_INDEX.get(words.slice(k).join(' ')) ?? null) : null;
}
