import { describe, expect, it } from 'vitest';
import { gapReport, parseResume } from '../src';
import { ParseOptionsSchema } from '../src/schemas';
import { FUZZ_PROPERTIES, REPORT_FORMATS, ran, runProperty } from './_fuzz';
import { rolefitErrorOr } from './_hostile';

// A small seeded sample of every fuzz property: the first cases of the sequence that `npm run fuzz` (scripts/fuzz.ts)
// runs 10,000 cases of. Enough to catch a crash in seconds; the big run finds the rare ones.

describe('fuzz (sample)', () => {
  it.each(FUZZ_PROPERTIES.map((p) => [p.name, p] as const))('%s', async (_, p) => {
    await runProperty(p, p.sample);
  });
});

describe('fuzz: what the properties cover', () => {
  it('knows the formats it fuzzes: every format of the schema renders', () => {
    const p0 = parseResume('SKILLS\nPython', { asOf: '2026-11-01' });
    const supported = REPORT_FORMATS.filter((format) => typeof rolefitErrorOr(() => gapReport(p0, { format })) === 'string');
    expect(supported).toEqual(expect.arrayContaining(['markdown', 'text', 'json']));
  });

  it('ran every sampled case (the sample is not vacuous)', () => {
    const expected: Record<string, number> = {};
    for (const p of FUZZ_PROPERTIES) expected[p.entry] = (expected[p.entry] ?? 0) + p.sample;
    expect(ran).toEqual(expected);
    expect(Object.keys(expected)).toEqual(
      expect.arrayContaining(['parseResume', 'matchRoles', 'planUpskilling', 'loadCatalog', 'readResume', 'gapReport:markdown']),
    );
    expect(ParseOptionsSchema.parse({}).maxLength).toBe(200_000);
  });
});
