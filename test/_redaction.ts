import { expect } from 'vitest';
import { matchRoles, parseResume, planUpskilling, type ResumeProfile, redactProfile, redactText } from '../src';
import { assertProfile } from './_hostile';

/** Everything the scorer and the planner produce, for exact comparison. */
export function outcome(p: ResumeProfile) {
  const fits = matchRoles(p);
  return {
    skills: p.skills.map((s) => [s.id, s.years, s.strength, s.lastUsed, s.evidence.length]),
    experience: [
      p.experience.totalYears,
      p.experience.securityYears,
      p.experience.mlYears,
      p.experience.entries.map((e) => [e.start, e.end, e.months, e.kind, e.skills]),
    ],
    education: p.education.map((e) => [e.level, e.field, e.year]),
    certifications: p.certifications.map((c) => [c.id, c.year]),
    clearance: p.clearance?.level ?? null,
    warnings: p.warnings,
    fits: fits.map((f) => [f.roleId, f.score, f.eligible, f.requirements.map((r) => [r.id, r.status, r.points, r.evidence.length])]),
    plan: planUpskilling(p, fits[0]?.roleId as string),
  };
}

/** Parses `text`, redacts the profile and checks that nothing but the text changed; returns the redacted profile. */
export function checkRedaction(text: string, asOf: string): ResumeProfile {
  const p = parseResume(text, { asOf });
  const r = redactProfile(p);
  assertProfile(r); // schema-valid, finite, every evidence span is r.text.slice(start, end)
  expect(outcome(r)).toEqual(outcome(p));
  expect(r.text).toBe(redactText(p.text));
  return r;
}
