import { describe, expect, it } from 'vitest';
import { type CaseResult, evaluateFolder } from '../../scripts/_eval-lib';
import { ResumeProfileSchema, RoleFitSchema } from '../../src/schemas';
import { DEV } from './_dev';

// Moved from test/eval.test.ts: every dev case matches its gold answers, and the metrics stay above their floors.

/** Cases that still miss something, with the reason; the gold files are never edited. */
const KNOWN_FAILURES: Record<string, string> = {};

function caseTests(results: CaseResult[]) {
  it.each(results.map((r) => [r.name, r] as const))('%s matches its gold answers', (name, r) => {
    if (KNOWN_FAILURES[name]) return;
    expect({ fp: r.fp, fn: r.fn }).toEqual({ fp: [], fn: [] });
    expect(r.years.filter((y) => !y.ok)).toEqual([]);
    expect([r.education, r.certifications, r.clearance]).toEqual([true, true, true]);
    expect(r.topRole.ok, `top role ${r.topRole.got}, want ${r.topRole.want.join(' | ')}`).toBe(true);
    expect(r.order.filter((o) => !o.ok)).toEqual([]);
  });

  it('produces profiles and fits valid against the exported schemas', () => {
    for (const r of results) {
      expect(() => ResumeProfileSchema.parse(r.profile)).not.toThrow();
      for (const f of r.fits) expect(() => RoleFitSchema.parse(f)).not.toThrow();
    }
  });
}

describe('dev set (../shared/eval/dev)', () => {
  const { results, metrics } = evaluateFolder(DEV);
  caseTests(results);

  it('stays above the regression floors', () => {
    expect(metrics.skillF1).toBeGreaterThanOrEqual(0.9);
    expect(metrics.yearsWithinTolerance).toBeGreaterThanOrEqual(0.85);
    expect(metrics.topRoleHits).toBeGreaterThanOrEqual(10);
  });
});
