/**
 * Adversarial timings: texts built against rolefit's own patterns (dates, headings, skill scan, negation
 * look-back, claims, contact lines, redaction), at 10 KB, 100 KB and 1 MB (linear code keeps ms/KB flat), then a
 * doubling test: each hostile family at n and 2n, where linear code takes about twice as long (flagged above 2.3 at n → 2n and again at 2n → 4n).
 * Run alone with `npx tsx scripts/bench-adversarial.ts`; `npm run bench` runs it through scripts/bench.ts.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { parseResume, redactText } from '../src';
import { roleFromJobPosting } from '../src/postings';
import { allLanguages } from '../src/languages';
import { ASOF, heading, isMain, machineLines, table } from './_bench-lib';

const SIZES = [10_000, 100_000, 1_000_000];
const OPTIONS = { asOf: ASOF, maxLength: 8_000_000, languages: allLanguages };
/** Above this n → 2n time ratio, a family is flagged: linear code gives ≈ 2, quadratic ≈ 4. */
const FLAG_RATIO = 2.3;
/** n grows from its start until a run at n takes this long, so that a ratio is not made of fixed costs and noise. */
const MIN_RUN_MS = 20;
/** A cheap family grows up to this size so that its run reaches MIN_RUN_MS: below it, GC and fixed costs make the ratio noise. */
const MAX_CHARS = 3_200_000;

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
  // A hyphen chain after a cue that ends in a wildcard slot (`is built by *`): each hyphen could be inside a word or the gap.
  'negation: a hyphen chain after a wildcard cue': (n) => `The platform is built by ${fill('the-', n)} team`,
  'claims: years without a subject': (n) => fill('5+ years of 5+ years plus ', n),
  'claims: number words': (n) => fill('twenty-two-plus years ', n),
  'claims: lengths of time in the cells of one header line': (n) => fill(`5+ years of Python Education 2020/2021 ${'#'.repeat(30)}`, n),
  'spaces: a single run': (n) => `Python${' '.repeat(n - 12)}Java\n`,
  'spaces: tabs and spaces before a newline': (n) => `${' \t'.repeat(n / 2)}\n-`,
  'contact: digits for the phone pattern': (n) => fill('+1 (555) 010-0199 ', n),
  'contact: @ signs for the e-mail scan': (n) => fill('a.b@c.d@', n),
  'education: GPA and minors': (n) => fill('M.S. Computer Science, GPA 3.9, minor ', n),
};

/** More families for the doubling test (n in characters, except the items family). */
const DOUBLING_ONLY: Record<string, (n: number) => string> = {
  'long lines: one line of words, no break': (n) => fill('security engineer python kubernetes threat modeling ', n),
  'repeated tokens: python python …': (n) => fill('python ', n),
  'certifications: one name over and over on a line': (n) => `CERTIFICATIONS\n${fill('CISSP ', n)}`,
  'certifications: names in a negated clause': (n) => `SUMMARY\nPreparing for ${fill('the CISSP, ', n)}`,
  'entries: clauses whose subject is the team, on one line': (n) =>
    `EXPERIENCE\nSecurity Manager, Acme  2019 – 2024\n- Led the SOC; ${fill('my team ran Splunk; ', n)}`,
  'languages: skills listed under LANGUAGES on a line': (n) => `LANGUAGES\n${fill('python, ', n)}`,
  'education: many degree lines': (n) => `EDUCATION\n${fill('M.S. Computer Science, Stanford University, 2019\n', n)}`,
  'many dates: dated entries': (n) => fill('Security Engineer, Acme Corp    Jan 2019 – Mar 2021\n• Python and threat modeling\n', n),
  'deep bullets: nested indentation': (n) => lines(n, (i) => `${'  '.repeat(i % 40)}${'•◦▪-*'[i % 5]} item ${i} python`),
  'U+2028/U+2029 separators': (n) => fill('EXPERIENCE\u2028Security Engineer Jan 2020 – Present\u2028• Python\u2029', n),
  // n counts items: 100k then 200k items on one line (the size the hostile-file tests use for PDF layout).
  'items on one line: 100k → 200k': (n) => Array.from({ length: n }, (_, i) => ['Python', 'x', 'Go', '2019', 'k8s'][i % 5]).join(', '),
};
const ITEMS_FAMILY = 'items on one line: 100k → 200k';

/** Job ads: each builder fills `n` characters of an ad (read by `roleFromJobPosting` with maxLength raised). */
const POSTING_INPUTS: Record<string, (n: number) => string> = {
  'job ads: repeated requirement items': (n) =>
    `AI Security Engineer\n\n${fill('Requirements\n- Python, 5+ yrs ideally\n- securing Kubernetes clusters, and have led teams. Think 6+ yrs\n', n)}`,
  'job ads: one line of skills and tiers': (n) => `AI Security Engineer\n\nRequirements: ${fill('Python or Go (nice to have), 3 years of Kubernetes, ', n)}`,
  'job ads: thousands of headings': (n) => `AI Security Engineer\n\n${fill('Requirements\nNice to have\nResponsibilities\n- Python\n', n)}`,
  // No bracket and one sentence: each mention once searched back through the whole text for a bracket, each stack for its line's start.
  'job ads: one sentence of skills and stacks, no bracket': (n) =>
    `AI Security Engineer\n\nRequirements\n${fill('Python is a must, our stack: Go and Rust, they build Kafka, ', n)}`,
  // Many short sentences under one heading, each a clause: each clause filtered the ad's every mention for its own.
  'job ads: thousands of short sentences, skills not needed': (n) =>
    `AI Security Engineer\n\nRequirements\n${fill('Prior Go is not needed. Python is a must. ', n)}`,
  // No heading: each mention's clause was found by a scan of every clause, to tell a wish in prose.
  'job ads: no heading, thousands of sentences and wishes': (n) => `AI Security Engineer\n\n${fill('You know Python well. It is a plus if you know Go. ', n)}`,
};
const POSTING_OPTIONS = { maxLength: 8_000_000, languages: allLanguages };

function fill(unit: string, n: number): string {
  return unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
}

/** Lines from `line(i)` until `n` characters. */
function lines(n: number, line: (i: number) => string): string {
  const out: string[] = [];
  let length = 0;
  for (let i = 0; length < n; i++) {
    const l = line(i);
    out.push(l);
    length += l.length + 1;
  }
  return out.join('\n').slice(0, n);
}

function time(fn: () => unknown): number {
  const t = performance.now();
  fn();
  return performance.now() - t;
}

/** The original table: one run per size, parse and redact, with the 1 MB time over 100× the 10 KB time. */
function reportSizes(): void {
  const rows: Array<[string, number[], number[]]> = [];
  for (const [name, build] of Object.entries(INPUTS)) {
    const parse = SIZES.map((n) => {
      const text = build(n);
      return time(() => parseResume(text, OPTIONS));
    });
    const redact = SIZES.map((n) => {
      const text = build(n);
      return time(() => redactText(text));
    });
    rows.push([name, parse, redact]);
  }
  const cell = (ms: number) => ms.toFixed(0).padStart(7);
  console.log('ms (parseResume | redactText) at 10 KB / 100 KB / 1 MB, one run each; ×: 1 MB time over 100× the 10 KB time');
  for (const [name, parse, redact] of rows) {
    const ratio = (parse[2] as number) / Math.max(1, 100 * (parse[0] as number));
    console.log(`${name.padEnd(44)} ${parse.map(cell).join('')}  |${redact.map(cell).join('')}  ×${ratio.toFixed(2)}`);
  }
  const slowest = rows
    .flatMap(([name, p, r]) => [[`${name} (parse)`, p[2]] as const, [`${name} (redact)`, r[2]] as const])
    .sort((a, b) => (b[1] as number) - (a[1] as number))[0];
  console.log(`Slowest at 1 MB: ${slowest?.[0]} in ${slowest?.[1]?.toFixed(0)} ms`);
}

// A full collection before each timed run, so that a run does not pay for the garbage of the one before it.
setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as () => void;

/** CPU milliseconds (user + system, every thread of this process) of one run of `fn`, after a full GC. */
function cpuTime(fn: () => unknown): number {
  collect();
  const start = process.cpuUsage();
  fn();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

interface Doubling {
  n: number;
  ms: [number, number];
}

/**
 * Times `fn` at n and 2n: doubles n (characters only, up to 3,200,000) until a run at n takes 20 ms, then alternates
 * runs at n and 2n (≥ 5 each, ≥ 500 ms in all) and keeps the fastest of each. CPU time, not wall time, and the
 * minimum, not the median: what varies between runs is interference (other processes on the cores, V8's compiler
 * threads), which only adds time; alternating makes a change of machine load hit both sizes alike.
 */
function doubling(build: (n: number) => string, start: number, grow: boolean, fn: (text: string) => unknown): Doubling {
  let n = start;
  let text = build(n);
  fn(text);
  while (grow && 2 * n <= MAX_CHARS && cpuTime(() => fn(text)) < MIN_RUN_MS) text = build((n *= 2));
  const twice = build(2 * n);
  fn(twice);
  const runs: [number[], number[]] = [[], []];
  const t = performance.now();
  while (runs[0].length < 5 || (runs[0].length < 20 && performance.now() - t < 500)) {
    runs[0].push(cpuTime(() => fn(text)));
    runs[1].push(cpuTime(() => fn(twice)));
  }
  return { n, ms: [Math.min(...runs[0]), Math.min(...runs[1])] };
}

export interface AdversarialFigures {
  worstRatio: number;
  worstFamily: string;
  flagged: string[];
}

/** Where a ratio is measured again: one doubling further, as long as 4n stays within the sizes the families are built at. */
function nextSize(n: number): number {
  return 4 * n <= 2 * MAX_CHARS ? 2 * n : n;
}

/** Every family, parse and redact, at n and 2n; flags ratios above 2.3 at n → 2n and at 2n → 4n. */
function reportDoubling(): AdversarialFigures {
  const families = Object.entries({ ...INPUTS, ...DOUBLING_ONLY });
  const rows: string[][] = [];
  const figures: AdversarialFigures = { worstRatio: 0, worstFamily: '', flagged: [] };
  const size = (n: number) => (n >= 1e6 ? `${n / 1e6}M` : `${n / 1e3}k`);
  for (const [name, build] of families) {
    const grow = name !== ITEMS_FAMILY; // that family is about 200k items on one line: n stays 100k
    const cells = (['parse', 'redact'] as const).flatMap((which) => {
      const fn = which === 'parse' ? (t: string) => parseResume(t, OPTIONS) : (t: string) => redactText(t);
      const d = doubling(build, 100_000, grow, fn);
      const first = d.ms[1] / d.ms[0];
      // A ratio above the threshold is measured again one doubling further (2n → 4n); the lower one counts, so
      // noise at one size (the garbage earlier families left, which the GC threads sweep while a run is timed) does
      // not flag a family, while a real slope shows at both sizes.
      const again = first > FLAG_RATIO ? doubling(build, nextSize(d.n), false, fn) : undefined;
      const ratio = again ? Math.min(first, again.ms[1] / again.ms[0]) : first;
      if (ratio > figures.worstRatio) Object.assign(figures, { worstRatio: ratio, worstFamily: `${name} (${which})` });
      if (ratio > FLAG_RATIO) figures.flagged.push(`${name} (${which})`);
      const shown = again ? `${first.toFixed(2)}, then ${(again.ms[1] / again.ms[0]).toFixed(2)}` : first.toFixed(2);
      return [size(d.n), d.ms[0].toFixed(1), d.ms[1].toFixed(1), `${shown}${ratio > FLAG_RATIO ? ' ⚠' : ''}`];
    });
    rows.push([name, ...cells]);
  }
  table(['family', 'parse n', 'ms at n', 'at 2n', '2n/n', 'redact n', 'ms at n', 'at 2n', '2n/n'], rows);
  const postingRows: string[][] = [];
  for (const [name, build] of Object.entries(POSTING_INPUTS)) {
    const fn = (t: string) => roleFromJobPosting(t, POSTING_OPTIONS);
    const d = doubling(build, 25_000, true, fn);
    const first = d.ms[1] / d.ms[0];
    const again = first > FLAG_RATIO ? doubling(build, nextSize(d.n), false, fn) : undefined;
    const ratio = again ? Math.min(first, again.ms[1] / again.ms[0]) : first;
    if (ratio > figures.worstRatio) Object.assign(figures, { worstRatio: ratio, worstFamily: `${name} (roleFromJobPosting)` });
    if (ratio > FLAG_RATIO) figures.flagged.push(`${name} (roleFromJobPosting)`);
    const shown = again ? `${first.toFixed(2)}, then ${(again.ms[1] / again.ms[0]).toFixed(2)}` : first.toFixed(2);
    postingRows.push([name, size(d.n), d.ms[0].toFixed(1), d.ms[1].toFixed(1), `${shown}${ratio > FLAG_RATIO ? ' ⚠' : ''}`]);
  }
  table(['family', 'roleFromJobPosting n', 'ms at n', 'at 2n', '2n/n'], postingRows);
  console.log(
    `Linear ≈ 2 (less while fixed costs weigh); ⚠ above ${FLAG_RATIO} at n → 2n and at 2n → 4n: ${figures.flagged.length ? figures.flagged.join('; ') : 'none'}`,
  );
  return figures;
}

export function runAdversarial(): AdversarialFigures {
  heading('7. Adversarial inputs');
  reportSizes();
  console.log(
    `\nDoubling: fastest of ≥ 5 runs (CPU ms, after a full GC) at n and at 2n characters, n from 100k doubled until a run takes ${MIN_RUN_MS} ms; parseResume with maxLength raised, and redactText:`,
  );
  return reportDoubling();
}

if (isMain(import.meta.url)) {
  for (const line of machineLines()) console.log(line);
  runAdversarial();
}
