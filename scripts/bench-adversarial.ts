/**
 * Adversarial timings: texts built against rolefit's own patterns (dates, headings, skill scan, negation
 * look-back, claims, contact lines, redaction), at 10 KB, 100 KB and 1 MB. Linear code keeps ms/KB flat.
 * Run: `npx tsx scripts/bench-adversarial.ts` (the lead chains it into `npm run bench`).
 */
import { parseResume, redactText } from '../src';

const SIZES = [10_000, 100_000, 1_000_000];

/** Each builder fills `n` characters with one hostile shape. */
const INPUTS: Record<string, (n: number) => string> = {
  'dates: digits and dashes': (n) => fill('2019-2020-2021 – 13/2020 — 2099 – 1980 ', n),
  'dates: one huge line of years': (n) => fill('1999 ', n).replace(/$/u, '\n'),
  'dates: month names without years': (n) => fill('Jan Feb Mar. Sept ', n),
  'headings: thousands of heading lines': (n) => fill('EXPERIENCE\nSKILLS\n== Education ==\nE X P E R I E N C E\n', n),
  'headings: decoration runs': (n) => fill(`${'=-'.repeat(30)}\n`, n),
  'bullets: deeply repeated': (n) => fill('- - - - - - • • • * * ', n),
  'skills: one long token': (n) => 'a'.repeat(n),
  'skills: alias prefixes that never finish': (n) => fill('machine machine learning security ', n),
  'negation: long clauses before skills': (n) => fill(`${'no experience with '.repeat(20)}Python, `, n),
  'claims: years without a subject': (n) => fill('5+ years of 5+ years plus ', n),
  'claims: number words': (n) => fill('twenty-two-plus years ', n),
  'spaces: a single run': (n) => `Python${' '.repeat(n - 12)}Java\n`,
  'spaces: tabs and spaces before a newline': (n) => `${' \t'.repeat(n / 2)}\n-`,
  'contact: digits for the phone pattern': (n) => fill('+1 (555) 010-0199 ', n),
  'contact: @ signs for the e-mail scan': (n) => fill('a.b@c.d@', n),
  'education: GPA and minors': (n) => fill('M.S. Computer Science, GPA 3.9, minor ', n),
};

function fill(unit: string, n: number): string {
  return unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
}

function time(fn: () => unknown): number {
  const t = performance.now();
  fn();
  return performance.now() - t;
}

const rows: Array<[string, number[], number[]]> = [];
for (const [name, build] of Object.entries(INPUTS)) {
  const parse = SIZES.map((n) => {
    const text = build(n);
    return time(() => parseResume(text, { asOf: '2026-11-01', maxLength: 2_000_000 }));
  });
  const redact = SIZES.map((n) => {
    const text = build(n);
    return time(() => redactText(text));
  });
  rows.push([name, parse, redact]);
}

const cell = (ms: number) => ms.toFixed(0).padStart(7);
console.log('Adversarial inputs, ms (parseResume | redactText) at 10 KB / 100 KB / 1 MB; ×: 1 MB time over 100× the 10 KB time');
for (const [name, parse, redact] of rows) {
  const ratio = (parse[2] as number) / Math.max(1, 100 * (parse[0] as number));
  console.log(`${name.padEnd(44)} ${parse.map(cell).join('')}  |${redact.map(cell).join('')}  ×${ratio.toFixed(2)}`);
}
const slowest = rows.flatMap(([name, p, r]) => [[`${name} (parse)`, p[2]] as const, [`${name} (redact)`, r[2]] as const]).sort((a, b) => (b[1] as number) - (a[1] as number))[0];
console.log(`Slowest at 1 MB: ${slowest?.[0]} in ${slowest?.[1]?.toFixed(0)} ms`);
