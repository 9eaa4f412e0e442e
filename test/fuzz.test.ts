import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  gapReport,
  isCatalog,
  loadCatalog,
  matchRoles,
  parseResume,
  planUpskilling,
  type ResumeProfile,
  RolefitError,
} from '../src';
import { ReportOptionsSchema , ParseOptionsSchema } from '../src/schemas';
import { assertFit, assertPlan, assertProfile, DOCUMENTED_CODES, hostileText, line, rolefitErrorOr } from './_hostile';

const AS_OF = '2026-11-01';
// A fixed seed: every run explores the same cases, so a failure reproduces.
const SEED = 20261101;
const run = (numRuns: number) => ({ seed: SEED, numRuns });

/** Counts of cases actually run per entry point (read by the summary test at the end). */
const ran: Record<string, number> = {};
const count = (entry: string) => {
  ran[entry] = (ran[entry] ?? 0) + 1;
};

const parse = (text: string, asOf: string = AS_OF): ResumeProfile => parseResume(text, { asOf });

describe('fuzz: parseResume', () => {
  it('returns a well-formed profile for any text under the limit (never throws)', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        count('parseResume');
        assertProfile(parse(text));
      }),
      run(2000),
    );
  });

  it('reads any asOf: a valid profile or E_INVALID_OPTIONS', () => {
    const asOf = fc.oneof(
      fc.date({ min: new Date('1800-01-01'), max: new Date('2300-01-01'), noInvalidDate: false }),
      fc.string({ maxLength: 12 }),
      fc.constantFrom('2026-02-30', '1899-12-01', '2201-01-01', '2026-11', '2026-11-01T10:00:00Z', '', ' 2026-11-01 '),
    );
    fc.assert(
      fc.property(line, asOf, (text, when) => {
        count('parseResume');
        const r = rolefitErrorOr(() => parseResume(text, { asOf: when }));
        if (r instanceof RolefitError) expect(r.code).toBe('E_INVALID_OPTIONS');
        else assertProfile(r);
      }),
      run(300),
    );
  });

  it('rejects non-strings and bad maxLength with documented codes', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        count('parseResume');
        const r = rolefitErrorOr(() => parseResume(value as string, { asOf: AS_OF }));
        if (!(r instanceof RolefitError)) assertProfile(r);
      }),
      run(200),
    );
  });
});

describe('fuzz: parseResume on huge and repetitive text', () => {
  // Huge lines, thousands of headings, deeply repeated bullets and dates: the shapes that expose super-linear code.
  const unit = fc.oneof(
    line,
    fc.constantFrom('EXPERIENCE\n', 'SKILLS\n', '== Education ==\n', '- - - - ', '•', '    - ', 'Jan 2021 – ', '2099 – 1980 ', '13/2020 ', '5+ years of '),
  );
  const huge = fc
    .tuple(unit, fc.constantFrom('', '\n', ' ', '\n- ', '\n\n'), fc.integer({ min: 500, max: 6000 }))
    .map(([u, sep, n]) => `${u}${sep}`.repeat(n).slice(0, ParseOptionsSchema.parse({}).maxLength));

  it('stays well-formed (and fast) on huge repeated input', () => {
    fc.assert(
      fc.property(huge, (text) => {
        count('parseResume');
        const started = performance.now();
        const p = parse(text);
        assertProfile(p);
        // Generous: a linear parse of 200,000 characters takes well under a second.
        expect(performance.now() - started).toBeLessThan(5000);
      }),
      run(40),
    );
  });
});

describe('fuzz: matchRoles and planUpskilling', () => {
  it('scores every role of any parsed text: valid fits whose points add up', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        count('matchRoles');
        const p = parse(text);
        const fits = matchRoles(p);
        expect(fits.length).toBe(12);
        for (const f of fits) assertFit(f, p);
      }),
      run(600),
    );
  });

  it('plans towards any role of any parsed text', () => {
    const roleIds = loadCatalog().roles.map((r) => r.id);
    fc.assert(
      fc.property(hostileText, fc.subarray(roleIds, { minLength: 1, maxLength: 3 }), fc.double({ min: 0.01, max: 168, noNaN: true }), (text, target, hours) => {
        count('planUpskilling');
        const plan = planUpskilling(parse(text), target, { hoursPerWeek: hours });
        assertPlan(plan);
        expect(plan.weeks).toBe(Math.ceil(plan.totalHours / hours));
      }),
      run(300),
    );
  });

  it('rejects bad targets and options with documented codes only', () => {
    const p = parse('SKILLS\nPython, Kubernetes');
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (target, hours) => {
        count('planUpskilling');
        const r = rolefitErrorOr(() => planUpskilling(p, target as string, { hoursPerWeek: hours as number }));
        if (!(r instanceof RolefitError)) assertPlan(r);
      }),
      run(300),
    );
  });

  it('rejects values that are not profiles with E_INVALID_INPUT', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        count('matchRoles');
        const r = rolefitErrorOr(() => matchRoles(value as ResumeProfile));
        expect(r).toBeInstanceOf(RolefitError);
      }),
      run(200),
    );
  });
});

describe('fuzz: gapReport in every format', () => {
  const formats = ReportOptionsSchema.shape.format.unwrap().options;
  const p0 = parse('SKILLS\nPython');
  const supported = formats.filter((format) => {
    const r = rolefitErrorOr(() => gapReport(p0, { format }));
    return typeof r === 'string';
  });

  it('knows the formats it fuzzes', () => {
    expect(supported).toEqual(expect.arrayContaining(['markdown', 'text', 'json']));
  });

  it.each(formats.map((f) => [f]))('%s: a string for any parsed text', (format) => {
    if (!supported.includes(format)) return; // listed in the schema, not rendered yet
    fc.assert(
      fc.property(hostileText, fc.integer({ min: 1, max: 20 }), (text, top) => {
        count(`gapReport:${format}`);
        const out = gapReport(parse(text), { format, top });
        expect(typeof out).toBe('string');
        if (format === 'json') JSON.parse(out);
        // No raw control characters or escape sequences reach a report.
        expect(out).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/u);
      }),
      run(250),
    );
  });
});

describe('fuzz: loadCatalog', () => {
  const role = fc.record({
    id: fc.oneof(fc.constantFrom('my-role', 'x', '__proto__', 'constructor', 'prototype'), fc.string({ maxLength: 8 })),
    title: fc.string({ maxLength: 10 }),
    summary: fc.constantFrom('S', ''),
    source: fc.constantFrom('job ad'),
    requirements: fc.array(
      fc.oneof(
        fc.record({ kind: fc.constant('skill'), skills: fc.array(fc.constantFrom('python', 'cobol', '__proto__'), { maxLength: 2 }), weight: fc.double(), source: fc.constant('x') }),
        fc.record({ kind: fc.constant('experience'), measure: fc.constantFrom('totalYears', 'ageYears'), minYears: fc.double(), weight: fc.integer({ min: -2, max: 200 }), source: fc.constant('x') }),
        fc.anything(),
      ),
      { maxLength: 3 },
    ),
  });
  const input = fc.oneof(
    fc.anything(),
    fc.jsonValue(),
    fc.record({ mode: fc.constantFrom('merge', 'replace', 'upsert'), roles: fc.array(role, { maxLength: 2 }) }, { requiredKeys: ['roles'] }),
    fc.constantFrom('{"__proto__":{"polluted":1}}', '{"roles":[{"constructor":{"prototype":{"polluted":1}}}]}').map((s) => JSON.parse(s) as unknown),
  );

  it('returns a frozen catalog or throws E_INVALID_DATA; never pollutes prototypes', () => {
    fc.assert(
      fc.property(input, (value) => {
        count('loadCatalog');
        const r = rolefitErrorOr(() => loadCatalog(value, { source: 'fuzz.json' }));
        if (r instanceof RolefitError) {
          expect(r.code).toBe('E_INVALID_DATA');
          expect(r.message).toContain('`fuzz.json`');
        } else {
          expect(isCatalog(r)).toBe(true);
        }
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
        expect(Object.keys(Object.prototype)).toEqual([]);
      }),
      run(800),
    );
  });
});

describe('fuzz: readResume (rolefit/node), when present', async () => {
  const mod = (await import('../src/node').catch(() => null)) as null | {
    readResume?: (input: unknown, options?: Record<string, unknown>) => Promise<unknown>;
  };
  it.skipIf(!mod?.readResume)('returns a result or a RolefitError for any bytes', async () => {
    const read = mod?.readResume as NonNullable<NonNullable<typeof mod>['readResume']>;
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.uint8Array({ maxLength: 2000 }), hostileText.map((t) => new TextEncoder().encode(t))), fc.constantFrom('cv.pdf', 'cv.docx', 'cv.html', 'cv.md', 'cv.txt', 'cv.json', 'cv'), async (bytes, name) => {
        count('readResume');
        try {
          const file = (await read(bytes, { name })) as { text?: unknown };
          expect(typeof file.text).toBe('string');
          const r = rolefitErrorOr(() => parse(file.text as string));
          if (!(r instanceof RolefitError)) assertProfile(r);
        } catch (e) {
          if (!(e instanceof RolefitError) || !DOCUMENTED_CODES.has(e.code)) throw e;
        }
      }),
      run(300),
    );
  });
});

describe('fuzz: coverage', () => {
  it('ran enough cases per entry point', () => {
    expect(ran.parseResume).toBeGreaterThanOrEqual(2500);
    expect(ran.matchRoles).toBeGreaterThanOrEqual(600);
    expect(ran.planUpskilling).toBeGreaterThanOrEqual(300);
    expect(ran.loadCatalog).toBeGreaterThanOrEqual(800);
    for (const format of ['markdown', 'text', 'json']) expect(ran[`gapReport:${format}`]).toBeGreaterThanOrEqual(250);
    expect(ParseOptionsSchema.parse({}).maxLength).toBe(200_000);
  });
});
