import { describe, expect, it } from 'vitest';
import { evaluatePosting } from '../scripts/_eval-postings-lib';

const AD = 'Security Engineer\n\nRequirements\n- 5+ years of security experience\n- Python\n';
const core = { skills: new Set(['python']), certs: new Set<string>() };
const gold = (clearance: unknown, conditions: string[], hard: Record<string, boolean>) =>
  ({
    language: 'en',
    skills: { required: ['python'], preferred: [], duty: [] },
    anyOf: [],
    years: { securityYears: 5 },
    degree: null,
    certifications: { required: [], preferred: [] },
    clearance,
    conditions,
    hard,
  }) as unknown as Parameters<typeof evaluatePosting>[2];

describe('eval:postings reads a gold clearance (convention 153)', () => {
  it('reads an empty clearance object with no clearance condition and no hardness as no clearance', () => {
    const r = evaluatePosting('x', AD, gold({ level: null, active: false, polygraph: false }, [], { experience: true }), core);
    expect(r.clearance).toEqual({ want: 'none', got: 'none', ok: true });
  });

  it('keeps the same object beside a clearance to obtain, or a clearance hardness, as a clearance of any level', () => {
    const obtain = evaluatePosting('x', AD, gold({ level: null, active: false, polygraph: false }, ['clearance-obtainable'], {}), core);
    expect(obtain.clearance).toEqual({ want: 'any/not-active', got: 'none', ok: false });
    const plus = evaluatePosting('x', AD, gold({ level: null, active: false, polygraph: false }, [], { clearance: false }), core);
    expect(plus.clearance.want).toBe('any/not-active');
  });

  it('reads null as no clearance, as before', () => {
    expect(evaluatePosting('x', AD, gold(null, [], {}), core).clearance).toEqual({ want: 'none', got: 'none', ok: true });
  });
});
