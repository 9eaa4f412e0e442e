import { describe, expect, it } from 'vitest';
import { loadCatalog, parseResume, RolefitError } from '../src';
import { ParseOptionsSchema } from '../src/schemas';
import { assertProfile } from './_hostile';
import { ofLength } from './_hostile-inputs';
import { role } from './fixtures/catalog-input';

const AS_OF = '2026-11-01';
const LIMIT = ParseOptionsSchema.parse({}).maxLength;

const errorOf = (fn: () => unknown): RolefitError => {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(RolefitError);
    return e as RolefitError;
  }
  throw new Error('expected a RolefitError');
};

describe('input limits: parseResume', () => {
  it('documents a 200,000-character default', () => {
    expect(LIMIT).toBe(200_000);
  });

  it('rejects one character over the limit up front with INPUT_TOO_LARGE', () => {
    const e = errorOf(() => parseResume(ofLength(LIMIT + 1), { asOf: AS_OF }));
    expect(e.code).toBe('E_INPUT_TOO_LARGE');
    expect(e.message).toContain('200,001 characters; the limit is 200,000');
  });

  // How fast these are is measured by scripts/bench-limits.ts, not asserted here.
  it('rejects a huge input (50 million characters) with INPUT_TOO_LARGE', () => {
    const huge = 'x'.repeat(50_000_000);
    expect(errorOf(() => parseResume(huge, { asOf: AS_OF })).code).toBe('E_INPUT_TOO_LARGE');
  });

  it('parses text exactly at the limit', () => {
    const p = parseResume(ofLength(LIMIT), { asOf: AS_OF });
    assertProfile(p);
    expect(p.skills.map((s) => s.id)).toEqual(expect.arrayContaining(['python', 'kubernetes', 'terraform']));
  });

  it('honours a raised or lowered maxLength, and rejects nonsense values with E_INVALID_OPTIONS', () => {
    expect(parseResume(ofLength(LIMIT + 10), { asOf: AS_OF, maxLength: LIMIT + 10 }).text.length).toBeGreaterThan(0);
    expect(errorOf(() => parseResume('Python', { asOf: AS_OF, maxLength: 3 })).code).toBe('E_INPUT_TOO_LARGE');
    for (const bad of [0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, '10' as unknown as number]) {
      expect(errorOf(() => parseResume('Python', { asOf: AS_OF, maxLength: bad })).code).toBe('E_INVALID_OPTIONS');
    }
  });

  it('counts UTF-16 code units, as String.length does (emoji count twice)', () => {
    expect(errorOf(() => parseResume('😀'.repeat(6), { asOf: AS_OF, maxLength: 11 })).code).toBe('E_INPUT_TOO_LARGE');
    expect(() => parseResume('😀'.repeat(6), { asOf: AS_OF, maxLength: 12 })).not.toThrow();
  });
});

// ─── Catalog JSON from users ────────────────────────────────────────────────

const skill = (over: Record<string, unknown> = {}) => ({ id: 'cobol', name: 'COBOL', category: 'programming', ...over });
const cert = (over: Record<string, unknown> = {}) => ({ id: 'my-cert', name: 'My cert', issuer: 'Us', ...over });

const protoBefore = Object.getOwnPropertyNames(Object.prototype).sort();
const catalogError = (input: unknown) => {
  const e = errorOf(() => loadCatalog(input, { source: 'my.json' }));
  // Nothing reached a prototype, whatever the input was.
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(protoBefore);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(([] as unknown as Record<string, unknown>).polluted).toBeUndefined();
  expect(e.code).toBe('E_INVALID_DATA');
  expect(e.message).toContain('`my.json`');
  return e;
};

/** Puts `{ [key]: value }` into the object at `path` of a valid catalog input, written as JSON so `__proto__` is an own key. */
function withKey(path: string, key: string): unknown {
  const base = {
    skills: [skill({ aliases: [{ text: 'cobol' }], learning: [{ kind: 'course', title: 'COBOL', hours: 10 }], refs: [{ framework: 'nice', id: 'K1' }] })],
    certifications: [cert()],
    roles: [role()],
  };
  const json = JSON.stringify(base);
  const target = JSON.parse(json) as Record<string, unknown>;
  let node: Record<string, unknown> = target;
  for (const part of path.split('.').filter((p) => p !== '')) node = node[part] as Record<string, unknown>;
  node.__marker__ = 1;
  return JSON.parse(JSON.stringify(target).replace('"__marker__":1', `${JSON.stringify(key)}:{"polluted":true}`));
}

const LEVELS: Array<[string, string]> = [
  ['the top level', ''],
  ['a skill', 'skills.0'],
  ['an alias object', 'skills.0.aliases.0'],
  ['a learning action', 'skills.0.learning.0'],
  ['a framework reference', 'skills.0.refs.0'],
  ['a certification', 'certifications.0'],
  ['a role', 'roles.0'],
  ['a requirement', 'roles.0.requirements.0'],
];
const PATH_OF: Record<string, string> = {
  '': '',
  'skills.0': 'skills[0]',
  'skills.0.aliases.0': 'skills[0].aliases[0]',
  'skills.0.learning.0': 'skills[0].learning[0]',
  'skills.0.refs.0': 'skills[0].refs[0]',
  'certifications.0': 'certifications[0]',
  'roles.0': 'roles[0]',
  'roles.0.requirements.0': 'roles[0].requirements[0]',
};

describe('catalog JSON from users: hostile keys at every level', () => {
  const cases = LEVELS.flatMap(([name, path]) => ['__proto__', 'constructor', 'prototype', 'salary'].map((key) => [key, name, path] as const));
  it.each(cases)('rejects a `%s` key in %s, naming the file and the JSON path', (key, _, path) => {
    const e = catalogError(withKey(path, key));
    expect(e.message).toContain(key);
    if (PATH_OF[path] !== '') expect(e.message).toContain(`→ at ${PATH_OF[path]}`);
  });

  it('the valid base of these cases loads (the rejections are about the keys)', () => {
    const input = withKey('', 'version');
    expect(() => loadCatalog({ ...(input as object), version: '1' })).not.toThrow();
  });
});

describe('catalog JSON from users: bad values and references', () => {
  it.each([
    [
      'a negative weight',
      { roles: [role({ requirements: [{ kind: 'skill', skills: ['python'], weight: -1, source: 'x' }] })] },
      'roles[0].requirements[0].weight',
    ],
    ['a zero weight', { roles: [role({ requirements: [{ kind: 'skill', skills: ['python'], weight: 0, source: 'x' }] })] }, 'roles[0].requirements[0].weight'],
    [
      'an infinite weight',
      { roles: [role({ requirements: [{ kind: 'skill', skills: ['python'], weight: Number.POSITIVE_INFINITY, source: 'x' }] })] },
      'roles[0].requirements[0].weight',
    ],
    [
      'negative years of experience',
      { roles: [role({ requirements: [{ kind: 'experience', measure: 'securityYears', minYears: -3, weight: 1, source: 'x' }] })] },
      'roles[0].requirements[0].minYears',
    ],
    [
      'negative skill years',
      { roles: [role({ requirements: [{ kind: 'skill', skills: ['python'], minYears: -1, weight: 1, source: 'x' }] })] },
      'roles[0].requirements[0].minYears',
    ],
    ['negative learning hours', { skills: [skill({ learning: [{ kind: 'course', title: 'x', hours: -5 }] })] }, 'skills[0].learning[0].hours'],
    ['a non-kebab id', { skills: [skill({ id: 'Not An Id' })] }, 'skills[0].id'],
    ['an unknown mode', { mode: 'upsert' }, 'mode'],
  ])('rejects %s', (_, input, path) => {
    expect(catalogError(input).message).toContain(`→ at ${path}`);
  });

  it.each([
    [
      'a requirement',
      { roles: [role({ requirements: [{ kind: 'skill', skills: ['cobol'], weight: 1, source: 'x' }] })] },
      'roles[12].requirements[0].skills[0]',
      'skill `cobol`',
    ],
    [
      'a certification requirement',
      { roles: [role({ requirements: [{ kind: 'certification', anyOf: ['no-such-cert'], weight: 1, source: 'x' }] })] },
      'roles[12].requirements[0].anyOf[0]',
      'certification `no-such-cert`',
    ],
    ['implies', { skills: [skill({ implies: ['nope'] })] }, 'implies[0]', 'skill `nope`'],
    ['related', { skills: [skill({ related: ['nope'] })] }, 'related[0]', 'skill `nope`'],
    ['prerequisites', { skills: [skill({ prerequisites: ['nope'] })] }, 'prerequisites[0]', 'skill `nope`'],
    ['a certification’s skills', { certifications: [cert({ skills: ['nope'] })] }, 'skills[0]', 'skill `nope`'],
  ])('rejects %s pointing at an unknown id', (_, input, path, what) => {
    const e = catalogError(input);
    expect(e.message).toContain(path);
    expect(e.message).toContain(`unknown ${what}`);
  });

  it.each([
    ['a self-cycle', [skill({ id: 'aa', prerequisites: ['aa'] })], '`aa` → `aa`'],
    [
      'a three-cycle',
      [skill({ id: 'aa', prerequisites: ['bb'] }), skill({ id: 'bb', prerequisites: ['cc'] }), skill({ id: 'cc', prerequisites: ['aa'] })],
      '`aa` → `bb` → `cc` → `aa`',
    ],
  ])('rejects %s in prerequisites', (_, skills, cycle) => {
    expect(catalogError({ mode: 'replace', skills }).message).toContain(`prerequisites form a cycle (${cycle})`);
  });

  it('rejects a cycle that closes through the default catalog in merge mode', () => {
    const e = catalogError({ skills: [{ id: 'python', name: 'Python', category: 'programming', prerequisites: ['machine-learning'] }] });
    expect(e.message).toMatch(/prerequisites form a cycle/);
  });
});

describe('catalog JSON from users: absurd sizes', () => {
  it('rejects more than 10,000 roles before validating them (one issue, not one per role)', () => {
    const roles = Array.from({ length: 10_001 }, () => ({}));
    const e = catalogError({ roles });
    expect(e.message).toContain('at most 10,000 items, got 10,001');
    expect(e.message).toContain('→ at roles');
    expect(e.issues?.map((i) => i.path)).toEqual([['roles']]);
  });

  it.each(['skills', 'certifications'])('rejects more than 10,000 %s', (key) => {
    expect(catalogError({ [key]: Array.from({ length: 10_001 }, () => ({})) }).message).toContain(`→ at ${key}`);
  });

  it('rejects an alias longer than 200 characters, as a string or an object', () => {
    expect(catalogError({ skills: [skill({ aliases: ['cobol', 'x'.repeat(201)] })] }).message).toContain('→ at skills[0].aliases[1]');
    expect(catalogError({ certifications: [cert({ aliases: [{ text: 'y'.repeat(500) }] })] }).message).toContain('→ at certifications[0].aliases[0]');
  });

  it('accepts an alias of exactly 200 characters', () => {
    expect(() => loadCatalog({ skills: [skill({ aliases: ['z'.repeat(200)] })] })).not.toThrow();
  });
});

// Linear time on adversarial inputs (dates, headings, negation, claims, spaces, phone digits at n and 2n) is measured
// by scripts/bench-adversarial.ts (`npm run bench`), which flags super-linear families: timings are not asserted here.
