/**
 * Hyphen chains against the wildcard slots of the lexicon (`*`, `**`): times every regex compiled from the full
 * lexicon of each language (not the grammar sample recheck checks) that has a wildcard word, on a prefix then a
 * chain of `unit` 1k to 16k characters long, and prints the slowest growth first (linear: 16k takes about 16 times 1k).
 * `npx tsx scripts/bench-hyphen-chains.ts ['is built by ' [rows [unit]]]`; ONLY=<regex> keeps the origins it matches.
 */
import { kindWordsFor } from '../src/resume/_classify';
import { entryWordsFor } from '../src/resume/_entries';
import { tableWordsFor } from '../src/resume/_tables';
import { personalWordsFor } from '../src/resume/personal';
import { headingWordsFor } from '../src/resume/sections';
import { allLanguages } from '../src/languages';
import { LANGUAGES } from '../src/schemas';
import { clearanceWordsFor } from '../src/text/clearances';
import { dateWordsFor } from '../src/text/dates';
import { degreeWordsFor } from '../src/text/degrees';
import { allLanguagesLexicon, type Lexicon, lexiconFor } from '../src/text/lexicon';
import { cueWordsFor } from '../src/text/negation';
import { pageWordsFor } from '../src/text/normalize';
import { yearsWordsFor } from '../src/text/years';

const COMPILERS: Array<(l: Lexicon) => object> = [
  pageWordsFor,
  dateWordsFor,
  headingWordsFor,
  entryWordsFor,
  kindWordsFor,
  cueWordsFor,
  (l) => cueWordsFor(l, 'posting'),
  degreeWordsFor,
  clearanceWordsFor,
  yearsWordsFor,
  tableWordsFor,
  personalWordsFor,
];
const SIZES = [1_000, 2_000, 4_000, 8_000, 16_000];
/** A wildcard word's bounded run: what only the wildcard slots compile to. */
const WILDCARD = '{1,30}';

const found = new Map<string, { flags: string; origin: string }>();
function collect(origin: string, v: unknown): void {
  if (v instanceof RegExp) {
    if (v.source.includes(WILDCARD) && !found.has(v.source)) found.set(v.source, { flags: v.flags, origin });
  } else if (Array.isArray(v)) v.forEach((x, i) => collect(`${origin}[${i}]`, x));
  else if (v && typeof v === 'object' && !(v instanceof Map) && !(v instanceof Set)) for (const [k, x] of Object.entries(v)) collect(`${origin}.${k}`, x);
}
for (const lex of [...LANGUAGES.map((l) => lexiconFor(l, allLanguages)), allLanguagesLexicon(allLanguages)]) {
  for (const compile of COMPILERS) collect(`${compile.name}(${lex.key})`, compile(lex));
}

const prefix = process.argv[2] ?? 'is built by ';
const rows = Number(process.argv[3] ?? 12);
const unit = process.argv[4] ?? 'the-';
const only = process.env.ONLY ? new RegExp(process.env.ONLY, 'u') : undefined;
const timed: Array<{ origin: string; ms: number[] }> = [];
for (const [source, { flags, origin }] of found) {
  if (only && !only.test(origin)) continue;
  const re = new RegExp(source, flags.replace(/[gy]/gu, ''));
  re.exec(prefix + unit.repeat(8));
  const ms: number[] = [];
  for (const n of SIZES) {
    const text = `${prefix}${unit.repeat(Math.ceil(n / unit.length)).slice(0, n)}!`;
    const started = performance.now();
    re.exec(text);
    ms.push(performance.now() - started);
    if ((ms.at(-1) ?? 0) > 3000) break;
  }
  timed.push({ origin, ms });
}
const growth = (ms: number[]): number => (ms.length < SIZES.length ? Number.POSITIVE_INFINITY : ((ms.at(-1) ?? 0) + 0.2) / ((ms[1] ?? 0) + 0.2));
timed.sort((a, b) => growth(b.ms) - growth(a.ms));
console.log(`${found.size} distinct regexes with a wildcard; ms at ${SIZES.join(', ')} characters, then 16k/2k`);
for (const { origin, ms } of timed.slice(0, rows)) console.log(`${ms.map((x) => x.toFixed(1).padStart(8)).join('')}  ${growth(ms).toFixed(0)}×  ${origin}`);
