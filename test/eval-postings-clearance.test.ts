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

describe('eval:postings reads a clearance to obtain of no named level (postings-r90)', () => {
  it('reads it as a clearance of any level, not active', () => {
    const ad =
      'Security Engineer\n\nRequirements\n- Python\n- You must be able to obtain and maintain an Australian Government security clearance at Baseline level.\n';
    const r = evaluatePosting('x', ad, gold({ level: null, active: false, polygraph: false }, ['clearance-obtainable'], {}), core);
    expect(r.clearance).toEqual({ want: 'any/not-active', got: 'any/not-active', ok: true });
  });
});

describe('eval:postings reads the hardness of a clearance to obtain from its note (convention 9)', () => {
  const obtainGold = (hard: boolean) => gold({ level: 'secret', active: false, polygraph: false }, ['clearance-obtainable'], { clearance: hard });
  it('reads a condition of employment as hard', () => {
    const ad = 'Security Engineer\n\nRequirements\n- Python\n- Must be able to obtain and maintain a Secret clearance.\n';
    expect(evaluatePosting('x', ad, obtainGold(true), core).hard).toEqual([{ kind: 'clearance', want: true, got: true, ok: true }]);
  });
  it('reads a wish as not hard', () => {
    const ad = 'Security Engineer\n\nRequirements\n- Python\n\nNice to have\n- Ability to obtain a Secret clearance\n';
    expect(evaluatePosting('x', ad, obtainGold(false), core).hard).toEqual([{ kind: 'clearance', want: false, got: false, ok: true }]);
  });
  it('keeps a condition to obtain hard beside a held clearance only wished for', () => {
    const ad =
      'Security Engineer\n\nRequirements\n- Python\n- Must be able to obtain and maintain a Secret clearance.\n\nNice to have\n- An active Top Secret clearance\n';
    expect(evaluatePosting('x', ad, obtainGold(true), core).hard).toEqual([{ kind: 'clearance', want: true, got: true, ok: true }]);
  });
});

describe('eval:postings reads a gold group of certifications (postings-r90)', () => {
  const certGold = (anyOf: string[][]) => ({ ...gold(null, [], {}), anyOf, certifications: { required: [], preferred: ['cissp', 'cism'] } });
  it('finds it in a certification requirement that accepts each of them', () => {
    const ad = 'Security Manager\n\nRequirements\n- Python\n\nNice to have\n- CISSP or CISM\n';
    const r = evaluatePosting('x', ad, certGold([['cissp', 'cism']]), { skills: new Set(['python']), certs: new Set(['cissp', 'cism']) });
    expect(r.anyOf).toEqual([{ want: ['cissp', 'cism'], ok: true }]);
  });
  it('does not find it when the ad asks for each certification on its own', () => {
    const ad = 'Security Manager\n\nRequirements\n- Python\n\nNice to have\n- CISSP\n- CISM\n';
    const r = evaluatePosting('x', ad, certGold([['cissp', 'cism']]), { skills: new Set(['python']), certs: new Set(['cissp', 'cism']) });
    expect(r.anyOf).toEqual([{ want: ['cissp', 'cism'], ok: false }]);
  });
});
