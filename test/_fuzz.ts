import assert from 'node:assert/strict';
import fc from 'fast-check';
import { gapReport, isCatalog, loadCatalog, matchRoles, parseResume, planUpskilling, type ResumeProfile, RolefitError } from '../src';
import { readResume } from '../src/node';
import { ParseOptionsSchema, ReportOptionsSchema } from '../src/schemas';
import { assertFit, assertPlan, assertProfile, DOCUMENTED_CODES, hostileText, line, rolefitErrorOr } from './_hostile';

// The fuzz properties of the public entry points, shared by test/fuzz.test.ts (a small sample of each, in `npm test`)
// and scripts/fuzz.ts (`npm run fuzz`: 10,000 cases). Plain `node:assert`, so they run inside and outside vitest.

/** A fixed seed: every run explores the same cases, so a failure reproduces (a sample is the first cases of the full run). */
export const FUZZ_SEED = 20261101;

const AS_OF = '2026-11-01';
const parse = (text: string, asOf: string = AS_OF): ResumeProfile => parseResume(text, { asOf });

/** Cases actually run per entry point, and the slowest case of each timed call (ms, and what its input was). */
export const ran: Record<string, number> = {};
export const slowest: Record<string, number> = {};
export const slowestInput: Record<string, string> = {};
const count = (entry: string) => {
  ran[entry] = (ran[entry] ?? 0) + 1;
};
/** Runs `fn` and keeps the slowest time of `name` and its `input` (read by scripts/fuzz.ts; tests assert no times). */
function timed<T>(name: string, fn: () => T, input?: string): T {
  const started = performance.now();
  const out = fn();
  const ms = performance.now() - started;
  if (ms > (slowest[name] ?? -1)) {
    slowest[name] = ms;
    if (input !== undefined) slowestInput[name] = `${JSON.stringify(input.slice(0, 100))}${input.length > 100 ? '…' : ''} (${input.length} characters)`;
  }
  return out;
}

export interface FuzzProperty {
  name: string;
  /** The entry point whose cases it counts in `ran`. */
  entry: string;
  /** Cases in `npm run fuzz`. */
  runs: number;
  /** Cases in `npm test`: the first `sample` cases of the same seeded sequence. */
  sample: number;
  /** Built on demand: some properties need the catalog. */
  property: () => fc.IRawProperty<never, boolean>;
}

const asOfValues = fc.oneof(
  fc.date({ min: new Date('1800-01-01'), max: new Date('2300-01-01'), noInvalidDate: false }),
  fc.string({ maxLength: 12 }),
  fc.constantFrom('2026-02-30', '1899-12-01', '2201-01-01', '2026-11', '2026-11-01T10:00:00Z', '', ' 2026-11-01 '),
);

/** Huge lines, thousands of headings, deeply repeated bullets and dates: the shapes that expose super-linear code. */
const huge = fc
  .tuple(
    fc.oneof(
      line,
      fc.constantFrom(
        'EXPERIENCE\n',
        'SKILLS\n',
        '== Education ==\n',
        '- - - - ',
        '•',
        '    - ',
        'Jan 2021 – ',
        '2099 – 1980 ',
        '13/2020 ',
        '5+ years of ',
        'the-',
        'is built by the-the-the-the-the-the-',
      ),
    ),
    fc.constantFrom('', '\n', ' ', '\n- ', '\n\n'),
    fc.integer({ min: 500, max: 6000 }),
  )
  .map(([u, sep, n]) => `${u}${sep}`.repeat(n).slice(0, ParseOptionsSchema.parse({}).maxLength));

const role = fc.record({
  id: fc.oneof(fc.constantFrom('my-role', 'x', '__proto__', 'constructor', 'prototype'), fc.string({ maxLength: 8 })),
  title: fc.string({ maxLength: 10 }),
  summary: fc.constantFrom('S', ''),
  source: fc.constantFrom('job ad'),
  requirements: fc.array(
    fc.oneof(
      fc.record({
        kind: fc.constant('skill'),
        skills: fc.array(fc.constantFrom('python', 'cobol', '__proto__'), { maxLength: 2 }),
        weight: fc.double(),
        source: fc.constant('x'),
      }),
      fc.record({
        kind: fc.constant('experience'),
        measure: fc.constantFrom('totalYears', 'ageYears'),
        minYears: fc.double(),
        weight: fc.integer({ min: -2, max: 200 }),
        source: fc.constant('x'),
      }),
      fc.anything(),
    ),
    { maxLength: 3 },
  ),
});
const catalogInput = fc.oneof(
  fc.anything(),
  fc.jsonValue(),
  fc.record({ mode: fc.constantFrom('merge', 'replace', 'upsert'), roles: fc.array(role, { maxLength: 2 }) }, { requiredKeys: ['roles'] }),
  fc.constantFrom('{"__proto__":{"polluted":1}}', '{"roles":[{"constructor":{"prototype":{"polluted":1}}}]}').map((s) => JSON.parse(s) as unknown),
);

/** The report formats of the schema. */
export const REPORT_FORMATS = ReportOptionsSchema.shape.format.def.innerType.options;

const asRaw = <T>(p: T) => p as unknown as fc.IRawProperty<never, boolean>;

export const FUZZ_PROPERTIES: FuzzProperty[] = [
  {
    name: 'parseResume: a well-formed profile for any text under the limit (never throws)',
    entry: 'parseResume',
    runs: 3400,
    sample: 120,
    property: () =>
      asRaw(
        fc.property(hostileText, (text) => {
          count('parseResume');
          assertProfile(timed('parseResume', () => parse(text), text));
        }),
      ),
  },
  {
    name: 'parseResume: any asOf gives a valid profile or E_INVALID_OPTIONS',
    entry: 'parseResume',
    runs: 500,
    sample: 30,
    property: () =>
      asRaw(
        fc.property(line, asOfValues, (text, when) => {
          count('parseResume');
          const r = rolefitErrorOr(() => parseResume(text, { asOf: when }));
          if (r instanceof RolefitError) assert.equal(r.code, 'E_INVALID_OPTIONS');
          else assertProfile(r);
        }),
      ),
  },
  {
    name: 'parseResume: non-strings and bad maxLength get documented codes',
    entry: 'parseResume',
    runs: 400,
    sample: 30,
    property: () =>
      asRaw(
        fc.property(fc.anything(), (value) => {
          count('parseResume');
          const r = rolefitErrorOr(() => parseResume(value as string, { asOf: AS_OF }));
          if (!(r instanceof RolefitError)) assertProfile(r);
        }),
      ),
  },
  {
    name: 'parseResume: well-formed on huge repeated input (up to the 200,000-character limit)',
    entry: 'parseResume',
    runs: 60,
    sample: 3,
    property: () =>
      asRaw(
        fc.property(huge, (text) => {
          count('parseResume');
          assertProfile(timed('parseResume huge', () => parse(text), text));
        }),
      ),
  },
  {
    name: 'matchRoles: valid fits whose points add up, for any parsed text',
    entry: 'matchRoles',
    runs: 1000,
    sample: 40,
    property: () =>
      asRaw(
        fc.property(hostileText, (text) => {
          count('matchRoles');
          const p = parse(text);
          const fits = timed('matchRoles', () => matchRoles(p));
          assert.equal(fits.length, 12);
          for (const f of fits) assertFit(f, p);
        }),
      ),
  },
  {
    name: 'planUpskilling: plans towards any roles of any parsed text',
    entry: 'planUpskilling',
    runs: 600,
    sample: 25,
    property: () => {
      const roleIds = loadCatalog().roles.map((r) => r.id);
      return asRaw(
        fc.property(
          hostileText,
          fc.subarray(roleIds, { minLength: 1, maxLength: 3 }),
          fc.double({ min: 0.01, max: 168, noNaN: true }),
          (text, target, hours) => {
            count('planUpskilling');
            const plan = timed('planUpskilling', () => planUpskilling(parse(text), target, { hoursPerWeek: hours }));
            assertPlan(plan);
            assert.equal(plan.weeks, Math.ceil(plan.totalHours / hours));
          },
        ),
      );
    },
  },
  {
    name: 'planUpskilling: bad targets and options get documented codes only',
    entry: 'planUpskilling',
    runs: 500,
    sample: 30,
    property: () => {
      const p = parse('SKILLS\nPython, Kubernetes');
      return asRaw(
        fc.property(fc.anything(), fc.anything(), (target, hours) => {
          count('planUpskilling');
          const r = rolefitErrorOr(() => planUpskilling(p, target as string, { hoursPerWeek: hours as number }));
          if (!(r instanceof RolefitError)) assertPlan(r);
        }),
      );
    },
  },
  {
    name: 'matchRoles: values that are not profiles get E_INVALID_INPUT',
    entry: 'matchRoles',
    runs: 400,
    sample: 30,
    property: () =>
      asRaw(
        fc.property(fc.anything(), (value) => {
          count('matchRoles');
          const r = rolefitErrorOr(() => matchRoles(value as ResumeProfile));
          assert.ok(r instanceof RolefitError, 'matchRoles accepted a value that is not a profile');
        }),
      ),
  },
  ...REPORT_FORMATS.map(
    (format): FuzzProperty => ({
      name: `gapReport: a ${format} string for any parsed text`,
      entry: `gapReport:${format}`,
      runs: 400,
      sample: 15,
      property: () =>
        asRaw(
          fc.property(hostileText, fc.integer({ min: 1, max: 20 }), (text, top) => {
            count(`gapReport:${format}`);
            const out = timed(`gapReport:${format}`, () => gapReport(parse(text), { format, top }));
            assert.equal(typeof out, 'string');
            if (format === 'json') JSON.parse(out);
            // No raw control characters or escape sequences reach a report.
            assert.doesNotMatch(out, /[\u0000-\u0008\u000b-\u001f\u007f]/u);
          }),
        ),
    }),
  ),
  {
    name: 'loadCatalog: a frozen catalog or E_INVALID_DATA; never pollutes prototypes',
    entry: 'loadCatalog',
    runs: 1200,
    sample: 60,
    property: () =>
      asRaw(
        fc.property(catalogInput, (value) => {
          count('loadCatalog');
          const r = rolefitErrorOr(() => loadCatalog(value, { source: 'fuzz.json' }));
          if (r instanceof RolefitError) {
            assert.equal(r.code, 'E_INVALID_DATA');
            assert.ok(r.message.includes('`fuzz.json`'), r.message);
          } else {
            assert.equal(isCatalog(r), true);
          }
          assert.equal(({} as Record<string, unknown>).polluted, undefined);
          assert.deepEqual(Object.keys(Object.prototype), []);
        }),
      ),
  },
  {
    name: 'readResume (rolefit/node): a result or a RolefitError for any bytes',
    entry: 'readResume',
    runs: 340,
    sample: 20,
    property: () =>
      asRaw(
        fc.asyncProperty(
          fc.oneof(
            fc.uint8Array({ maxLength: 2000 }),
            hostileText.map((t) => new TextEncoder().encode(t)),
          ),
          fc.constantFrom('cv.pdf', 'cv.docx', 'cv.html', 'cv.md', 'cv.txt', 'cv.json', 'cv'),
          async (bytes, name) => {
            count('readResume');
            try {
              const file = await readResume(bytes, { name });
              assert.equal(typeof file.text, 'string');
              const r = rolefitErrorOr(() => parse(file.text));
              if (!(r instanceof RolefitError)) assertProfile(r);
            } catch (e) {
              if (!(e instanceof RolefitError) || !DOCUMENTED_CODES.has(e.code)) throw e;
            }
          },
        ),
      ),
  },
];

/** Runs one property with `numRuns` seeded cases; rejects with fast-check's report (seed, path, counterexample) on failure. */
export async function runProperty(p: FuzzProperty, numRuns: number): Promise<void> {
  await fc.assert(p.property(), { seed: FUZZ_SEED, numRuns });
}
