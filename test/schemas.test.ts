import { describe, expect, it } from 'vitest';
import {
  createMatcher,
  gapReport,
  isRolefitError,
  loadCatalog,
  matchRoles,
  parseResume,
  planUpskilling,
  rankCandidates,
  RolefitError,
  redactProfile,
  renderShortlist,
  toJsonResume,
} from '../src';
import { roleFromJobPosting } from '../src/postings';
import { en } from 'zod/locales';
import { zodMessage } from '../src/errors';
import { MatchOptionsSchema, ParseOptionsSchema, PlanOptionsSchema, ReportOptionsSchema, ScoringSchema } from '../src/schemas/public';

const profile = parseResume('SKILLS\nPython, threat modeling', { asOf: '2026-11-01' });

/** The error a call throws, as data. */
function caught(fn: () => unknown): { code: string; message: string; paths: string[] } {
  try {
    fn();
  } catch (error) {
    if (!isRolefitError(error)) throw error;
    return { code: error.code, message: error.message, paths: error.issues.map((i) => i.path.join('.')) };
  }
  throw new Error('expected a RolefitError');
}

describe('option schemas', () => {
  it('fill in the defaults', () => {
    expect(ParseOptionsSchema.parse({ asOf: '2026-11-01' })).toEqual({ maxLength: 200_000, asOf: '2026-11-01', language: 'auto', languages: [] });
    expect(PlanOptionsSchema.parse({})).toEqual({ hoursPerWeek: 5, languages: [] });
    expect(ReportOptionsSchema.parse({ roles: ['ml-engineer'] })).toEqual({
      format: 'markdown',
      top: 3,
      roles: ['ml-engineer'],
      hoursPerWeek: 5,
      stretchAt: 85,
      redact: false,
      languages: [],
    });
    expect(MatchOptionsSchema.parse({ scoring: { listed: 0.8 } })).toEqual({ scoring: { ...ScoringSchema.parse({}), listed: 0.8 }, languages: [] });
  });

  it.each([
    [ParseOptionsSchema, { asOf: 'yesterday' }, 'asOf'],
    [PlanOptionsSchema, { hoursPerWeek: 0 }, 'hoursPerWeek'],
    [ReportOptionsSchema, { format: 'pdf' }, 'format'],
    [MatchOptionsSchema, { roles: ['Not An Id'] }, 'roles'],
    [ParseOptionsSchema, { maxLenght: 10 }, ''],
  ] as const)('reject bad options (%#)', (schema, input, path) => {
    const result = schema.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path[0] ?? '').toBe(path);
  });

  it("give the core's messages in the words of zod's English locale", () => {
    const issues = [
      { code: 'invalid_type', expected: 'number', input: 'six' },
      { code: 'invalid_type', expected: 'object', input: undefined },
      { code: 'invalid_type', expected: 'number', input: Number.NaN },
      { code: 'invalid_type', expected: 'string', input: null },
      { code: 'invalid_type', expected: 'string', input: [1] },
      { code: 'invalid_type', expected: 'string', input: new Date(0) },
      { code: 'invalid_value', values: ['en'], input: 'xx' },
      { code: 'invalid_value', values: ['auto', 'en', 'de'], input: 'xx' },
      { code: 'too_big', origin: 'string', maximum: 120, inclusive: true, input: 'x' },
      { code: 'too_big', origin: 'number', maximum: 1, inclusive: true, input: 2 },
      { code: 'too_big', origin: 'array', maximum: 3, inclusive: true, exact: true, input: [] },
      { code: 'too_small', origin: 'number', minimum: 0, inclusive: false, input: 0 },
      { code: 'too_small', origin: 'string', minimum: 1, inclusive: true, input: '' },
      { code: 'invalid_format', format: 'regex', pattern: '/^a$/', input: 'b' },
      { code: 'not_multiple_of', divisor: 2, input: 3 },
      { code: 'unrecognized_keys', keys: ['maxLenght'], input: {} },
      { code: 'unrecognized_keys', keys: ['a', 'b'], input: {} },
      { code: 'invalid_union', errors: [], input: 5 },
      { code: 'invalid_key', origin: 'record', issues: [], input: 'k' },
      { code: 'invalid_element', origin: 'map', key: 'k', issues: [], input: 1 },
      { code: 'custom', input: 1 },
    ] as never[];
    const locale = en().localeError as (issue: never) => string;
    expect(issues.map(zodMessage)).toEqual(issues.map(locale));
  });

  it('are zod/mini schemas that report in English (the locale zod/mini leaves out is set by the rolefit/schemas entry)', () => {
    expect(ParseOptionsSchema.safeParse).toBeTypeOf('function');
    expect('optional' in ParseOptionsSchema).toBe(false);
    const result = ParseOptionsSchema.safeParse({ maxLength: 0, asOf: 'yesterday', language: 5, maxLenght: 1 });
    expect(result.error?.issues.map((i) => [i.code, i.path.join('.'), i.message])).toEqual([
      ['invalid_format', 'asOf', 'expected a date such as 2026-11-01'],
      ['too_small', 'maxLength', 'Too small: expected number to be >=1'],
      ['invalid_union', 'language', 'Invalid input'],
      ['unrecognized_keys', '', 'Unrecognized key: "maxLenght"'],
    ]);
    expect(PlanOptionsSchema.safeParse({ hoursPerWeek: 'six' }).error?.issues[0]?.message).toBe('Invalid input: expected number, received string');
  });
});

describe('every public function resolves its options through its schema', () => {
  it.each([
    ['parseResume', () => parseResume('x', { maxLenght: 1 } as never), ['']],
    ['matchRoles', () => matchRoles(profile, { scoring: { listed: -1 } }), ['scoring.listed']],
    ['planUpskilling', () => planUpskilling(profile, 'ml-engineer', { hoursPerWek: 6 } as never), ['']],
    ['gapReport (0 hours)', () => gapReport(profile, { hoursPerWeek: 0 }), ['hoursPerWeek']],
    ['gapReport (NaN hours)', () => gapReport(profile, { hoursPerWeek: Number.NaN }), ['hoursPerWeek']],
    ['gapReport (top 0)', () => gapReport(profile, { top: 0 }), ['top']],
    ['rankCandidates', () => rankCandidates([profile], 'ml-engineer', { maxReasons: -1 }), ['maxReasons']],
    ['roleFromJobPosting', () => roleFromJobPosting('Python required', { rules: { skill: { required: 500 } } }), ['rules.skill.required']],
    ['createMatcher', () => createMatcher({ asof: '2026-11-01' } as never), ['']],
    ['loadCatalog', () => loadCatalog(undefined, { sorce: 'x' } as never), ['']],
  ])('%s refuses an unknown key or an out-of-range value with E_INVALID_OPTIONS', (_, fn, paths) => {
    const error = caught(fn);
    expect(error.code).toBe('E_INVALID_OPTIONS');
    expect(error.paths).toEqual(paths);
  });

  it('names the misspelt key and suggests the right one', () => {
    expect(caught(() => planUpskilling(profile, 'ml-engineer', { hoursPerWek: 6 } as never)).message).toBe(
      'Invalid options of `planUpskilling`:\n✖ Unknown option `hoursPerWek` (did you mean `hoursPerWeek`?); known: `catalog`, `languages`, `hoursPerWeek`\nSee the `planUpskilling` options in the README.',
    );
  });

  it('checks the input before compiling the catalog', () => {
    expect(caught(() => parseResume(42 as never)).code).toBe('E_INVALID_INPUT');
    expect(caught(() => parseResume('x'.repeat(11), { maxLength: 10 })).code).toBe('E_INPUT_TOO_LARGE');
  });

  it('carries zod issues and the cause', () => {
    try {
      matchRoles(profile, { scoring: { listed: 2 } });
    } catch (error) {
      expect(error).toBeInstanceOf(RolefitError);
      expect((error as RolefitError).issues[0]).toMatchObject({ code: 'too_big', path: ['scoring', 'listed'] });
      expect((error as RolefitError).cause).toBeDefined();
    }
  });
});

describe('an error rolefit did not mean to throw becomes E_INTERNAL with its cause', () => {
  const internal = (fn: string, run: () => unknown, cause: Error) => {
    let caught: unknown;
    try {
      run();
    } catch (error) {
      caught = error;
    }
    expect(isRolefitError(caught)).toBe(true);
    expect((caught as RolefitError).code).toBe('E_INTERNAL');
    expect((caught as RolefitError).cause).toBe(cause);
    expect((caught as RolefitError).message).toBe(
      `\`${fn}\` failed inside rolefit (${cause.name}: ${cause.message}). This is a bug or an engine limit: please report it with the input that caused it.`,
    );
  };
  it('parseResume: a failure deep inside the reading', () => {
    const cause = new RangeError('Maximum call stack size exceeded');
    const input = {
      basics: { name: 'Jane Roe' },
      work: [
        {
          name: 'Acme',
          get position(): string {
            throw cause;
          },
          startDate: '2020-01',
        },
      ],
    };
    internal('parseResume', () => parseResume(input as never, { asOf: '2026-11-01' }), cause);
  });
  it('a RolefitError passes through unchanged', () => {
    expect(() => parseResume('x'.repeat(300_000), { asOf: '2026-11-01' })).toThrow(expect.objectContaining({ code: 'E_INPUT_TOO_LARGE' }));
  });

  // A profile that passes the shape check but fails when its skills are read (a getter stands in for a bug).
  const breaking = (cause: Error) => {
    const profile = parseResume('Experience\nSecurity Engineer, Acme  2019 – 2024\n- Python, threat modeling', { asOf: '2026-11-01' });
    return {
      ...profile,
      skills: [
        {
          get id(): string {
            throw cause;
          },
        },
      ],
    } as never;
  };
  it('matchRoles, planUpskilling, rankCandidates, gapReport and toJsonResume wrap such an error too', () => {
    const cause = new TypeError('boom');
    internal('matchRoles', () => matchRoles(breaking(cause)), cause);
    internal('planUpskilling', () => planUpskilling(breaking(cause), 'ai-security-engineer'), cause);
    internal('rankCandidates', () => rankCandidates([breaking(cause)], 'ai-security-engineer'), cause);
    internal('matchRoles', () => gapReport(breaking(cause)), cause);
    internal('toJsonResume', () => toJsonResume(breaking(cause)), cause);
  });
  it('redactProfile and renderShortlist wrap such an error too', () => {
    const cause = new TypeError('boom');
    const profile = parseResume('Jane Roe, jane@example.com\nExperience\nAnalyst, Acme  2020 – 2024', { asOf: '2026-11-01' });
    const brokenEvidence = {
      ...profile,
      get sections(): never {
        throw cause;
      },
    };
    internal('redactProfile', () => redactProfile(brokenEvidence as never), cause);
    const ranking = rankCandidates([profile], 'ai-security-analyst');
    const broken = {
      ...ranking,
      get candidates(): never {
        throw cause;
      },
    };
    internal('renderShortlist', () => renderShortlist(broken as never, 'markdown'), cause);
  });
  it('toJsonResume and redactProfile refuse what is not a profile with E_INVALID_INPUT', () => {
    expect(() => toJsonResume({} as never)).toThrow(expect.objectContaining({ code: 'E_INVALID_INPUT' }));
    expect(() => redactProfile(null as never)).toThrow(expect.objectContaining({ code: 'E_INVALID_INPUT' }));
  });
});
