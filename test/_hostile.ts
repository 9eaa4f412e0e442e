import fc from 'fast-check';
import { type ResumeProfile, RolefitError, type RoleFit, type UpskillingPlan } from '../src';
import { ResumeProfileSchema, RoleFitSchema, UpskillingPlanSchema } from '../src/schemas';

/** Every code `RolefitError` is documented to carry (README "Schemas and errors", src/errors/index.ts `ERROR_CODES`). */
export const DOCUMENTED_CODES = new Set([
  'E_INVALID_DATA',
  'E_INVALID_OPTIONS',
  'E_INVALID_INPUT',
  'E_UNKNOWN_ROLE',
  'E_INPUT_TOO_LARGE',
  'E_TOO_LARGE',
  'E_TIMEOUT',
  'E_ABORTED',
  'E_NOT_A_FILE',
  'E_READ_FAILED',
  'E_EMPTY_FILE',
  'E_ENCRYPTED',
  'E_NO_TEXT_LAYER',
  'E_UNSUPPORTED_FORMAT',
]);

/** Characters that break naive text handling: bidi controls, joiners, emoji, combining marks, lone surrogates, NUL. */
export const HOSTILE_CHARS = [
  '\u200f',
  '\u200e',
  '\u202e',
  '\u2066',
  '\u2069',
  '\u200d',
  '\u200b',
  '\u2060',
  '\ufeff',
  '\u00ad',
  '\u0301',
  '\u0308',
  '\u0000',
  '\u0007',
  '\u001b[31m',
  '\u001b]8;;javascript:alert(1)\u0007',
  '\ud800',
  '\udfff',
  '\udbff\udfff',
  '👩🏽‍💻',
  '🏳️‍🌈',
  '\r',
  '\r\n',
  '\f',
  '\v',
  '\t',
  '\u2028',
  '\u2029',
  '\u0085',
  '\u00a0',
  '\u3000',
  'ﬁ',
  'ﬂ',
  '•',
  '●',
  '',
  '‐',
  '−',
  'İ',
  'ß',
  'ǅ',
  'ﬀ',
  '\u0130',
  'ᾼ',
  '\uFFFD',
  '\uFFFF',
  '<script>alert(1)</script>',
  '](javascript:alert(1))',
  '|',
  '\\',
  '`',
  '*',
  '_',
  '__proto__',
  'constructor',
  '%s',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a hostile input, written as it comes
  '${x}',
  '\u0041\u030a',
  'Å',
];

/** Date fragments, valid and broken. */
export const DATE_FRAGMENTS = [
  'Jan 2021 – Present',
  '01/2019 - 06/2021',
  '2016–2018',
  'Mar. 2015 to Aug. 2017',
  'Sept 2020 – Current',
  '2019 - now',
  '2019-03 – 2021-06',
  '13/2020',
  '00/2020',
  '2099 – 1980',
  'Present – 2019',
  '1900 – 2099',
  '2099 – Present',
  'since 2099',
  'since 1901',
  'Jun – Aug 2025',
  "Jan '99 – Dec '01",
  '2020 –',
  '99/9999',
  '2019-13 – 2020-00',
  'Dec 2026 – Jan 2026',
  'Q3 2021 – Q1 2020',
  'Summer 2020 – 2020',
  '1999-12 – 2000-01',
  '2020/2021',
  '12.2019 - 01.2020',
  'May 2026',
  '2026 – 2026',
  'Jan 31st, 2020 – Feb 30th, 2020',
  'today – 2001',
  '2001 – date',
  '9999',
  '0000 – 0001',
];

/** Heading lines, valid and decorated. */
export const HEADINGS = [
  'EXPERIENCE',
  'Work History',
  'SKILLS',
  'Technical Proficiencies',
  'Education',
  'Certifications & Training',
  'Clearance',
  'Projects',
  'Publications',
  'Summary',
  '== SKILLS ==',
  '— Experience —',
  '# Education',
  'E X P E R I E N C E',
  'Experience (continued)',
  'Skills:',
  'Languages: English, Python',
  'Interests',
  'Security Clearance: TS/SCI',
  '-------',
  ':::',
  '#'.repeat(30),
];

/** Skill, claim and negation phrases the parser reacts to. */
export const PHRASES = [
  'Python',
  'PyTorch',
  'k8s',
  'Kubernetes',
  'Golang',
  'go',
  'Go',
  'TF',
  'Terraform',
  'STRIDE',
  'threat modeling',
  'MITRE ATT&CK',
  'ATLAS',
  'Java',
  'Spring',
  'prompt injection',
  'LLM red teaming',
  'CISSP',
  'OSCP',
  'Security+',
  'Certified Information Systems Security Professional',
  'Active TS/SCI with poly',
  'active Secret clearance',
  'eligible for a clearance',
  '5+ years of Python',
  'Python (6 yrs)',
  'five years of Python',
  'twenty-two years',
  '99 years of security',
  '8+ years of cybersecurity experience',
  'no experience with Java',
  'currently learning Rust',
  'aspiring to learn Kubernetes',
  'exam scheduled',
  'CISSP (in progress)',
  'Pyhton',
  'Terrafrom',
  'Kubernets',
  'M.S. Computer Science — State University, 2016',
  'B.Sc. in Mathematics',
  'PhD, Physics',
  'GPA 3.9',
  'Dr. Java',
  'Mr. Go',
  'Security Engineer — Acme Inc',
  'MLSecOps Engineer',
  'Data Scientist, Acme Corp, Boston, MA',
  'jane@example.com',
  '+44 20 7946 0958',
  'linkedin.com/in/jane',
  'https://github.com/jane',
  'Age: 52',
];

const pick = (xs: readonly string[]) => fc.constantFrom(...xs);

/** Arbitrary text: full Unicode including lone surrogates, plus the hostile fragments above. */
export const anyText = fc.oneof(
  { weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength: 60 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  { weight: 3, arbitrary: pick(HOSTILE_CHARS) },
  { weight: 3, arbitrary: pick(DATE_FRAGMENTS) },
  { weight: 3, arbitrary: pick(PHRASES) },
  { weight: 1, arbitrary: pick(HEADINGS) },
);

/** A line made of a few fragments. */
export const line = fc.array(anyText, { minLength: 0, maxLength: 6 }).map((parts) => parts.join(' '));

const bullet = fc.tuple(fc.constantFrom('- ', '• ', '* ', '● ', '', '   ', 'o '), line).map(([b, l]) => `${b}${l}`);

const entry = fc
  .tuple(
    fc.constantFrom('Security Engineer', 'ML Engineer', 'Analyst', 'Intern', 'Acme Corp', '', 'MLSecOps Engineer — Harbor'),
    fc.constantFrom(' — ', ' | ', '  ', ', ', ' at ', ''),
    pick(DATE_FRAGMENTS),
    fc.array(bullet, { maxLength: 5 }),
  )
  .map(([title, sep, date, bullets]) => [`${title}${sep}${date}`, ...bullets].join('\n'));

const section = fc.tuple(pick(HEADINGS), fc.array(fc.oneof(entry, bullet, line), { maxLength: 4 })).map(([h, body]) => [h, ...body].join('\n'));

/** A résumé-shaped text: a header, then sections whose lines splice hostile fragments into realistic entries. */
export const resumeText = fc
  .tuple(
    fc.constantFrom('Jane Q. Public', 'Nguyễn Thị Lan', 'JOHN DOE', '', 'Dr. Ada Lovelace'),
    fc.array(line, { maxLength: 2 }),
    fc.array(section, { minLength: 0, maxLength: 6 }),
    fc.constantFrom('\n', '\r\n', '\n\n', '\f\n'),
  )
  .map(([name, contact, sections, nl]) => [name, ...contact, ...sections].join(nl));

/** Either shape of input: résumé-like or free text. */
export const hostileText = fc.oneof({ weight: 3, arbitrary: resumeText }, { weight: 1, arbitrary: line });

/** Walks a value and returns the paths of numbers that are not finite. */
export function nonFinite(value: unknown, path = '$', out: string[] = []): string[] {
  if (typeof value === 'number' && !Number.isFinite(value)) out.push(path);
  else if (Array.isArray(value)) value.forEach((v, i) => nonFinite(v, `${path}[${i}]`, out));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) nonFinite(v, `${path}.${k}`, out);
  return out;
}

interface Span {
  text: string;
  start: number;
  end: number;
}

/** Every evidence span of a profile. */
export function profileSpans(p: ResumeProfile): Span[] {
  return [
    ...p.skills.flatMap((s) => s.evidence),
    ...p.experience.claims.map((c) => c.evidence),
    ...p.education.map((e) => e.evidence),
    ...p.certifications.map((c) => c.evidence),
    ...(p.clearance ? [p.clearance.evidence] : []),
  ];
}

/** Throws with a readable message unless the span points at its own text inside `text`. */
export function assertSpan(text: string, s: Span, where: string): void {
  const ok = Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.start <= s.end && s.end <= text.length;
  if (!ok || text.slice(s.start, s.end) !== s.text) {
    throw new Error(`${where}: span ${s.start}..${s.end} (${JSON.stringify(s.text)}) is not text.slice(start, end)`);
  }
}

/** A profile is valid against its schema, has finite numbers only, and every span is consistent with `text`. */
export function assertProfile(p: ResumeProfile): void {
  ResumeProfileSchema.parse(p);
  const bad = nonFinite(p);
  if (bad.length > 0) throw new Error(`non-finite numbers at ${bad.join(', ')}`);
  for (const s of profileSpans(p)) assertSpan(p.text, s, 'profile evidence');
  for (const s of p.sections) if (s.start > s.end || s.end > p.text.length) throw new Error(`section ${s.name} out of range`);
  for (const e of p.experience.entries) {
    if (e.span.start > e.span.end || e.span.end > p.text.length) throw new Error(`entry ${e.title} span out of range`);
  }
}

/** A fit is valid, finite, its points add up to its score, and its evidence points into the profile's text. */
export function assertFit(f: RoleFit, p: ResumeProfile): void {
  RoleFitSchema.parse(f);
  const bad = nonFinite(f);
  if (bad.length > 0) throw new Error(`non-finite numbers at ${bad.join(', ')}`);
  const sum = f.requirements.reduce((s, r) => s + r.points, 0);
  if (Math.abs(Math.min(100, sum) - f.score) > 0.05) throw new Error(`points ${sum} do not add up to score ${f.score}`);
  for (const r of f.requirements) for (const e of r.evidence) assertSpan(p.text, e, `fit ${f.roleId}/${r.id}`);
  if (f.audit.asOf !== p.asOf) throw new Error('audit.asOf differs from the profile');
}

/** A plan is valid and finite. */
export function assertPlan(plan: UpskillingPlan): void {
  UpskillingPlanSchema.parse(plan);
  const bad = nonFinite(plan);
  if (bad.length > 0) throw new Error(`non-finite numbers at ${bad.join(', ')}`);
}

/** Runs `fn`; a thrown error must be a `RolefitError` with a documented code (returned), anything else is rethrown. */
export function rolefitErrorOr<T>(fn: () => T): T | RolefitError {
  try {
    return fn();
  } catch (e) {
    if (e instanceof RolefitError && DOCUMENTED_CODES.has(e.code)) return e;
    throw e;
  }
}
