import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { gapReport, parseResume, RolefitError } from '../src';

const sample = readFileSync(new URL('../examples/sample-resume.txt', import.meta.url), 'utf8');
const profile = parseResume(sample, { asOf: '2026-11-01' });

describe('gapReport', () => {
  it('renders Markdown (golden file)', async () => {
    // The catalog hash changes with every data edit; the golden file pins everything else.
    const md = gapReport(profile, { format: 'markdown', top: 3 }).replace(profile.catalog.hash, '<catalog-hash>');
    await expect(md).toMatchFileSnapshot('__golden__/sample.md');
  });

  it('renders plain text (golden file)', async () => {
    await expect(gapReport(profile, { format: 'text', top: 3 })).toMatchFileSnapshot('__golden__/sample.txt');
  });

  it('renders JSON with the fits, the plan and the audit stamp', () => {
    const json = JSON.parse(gapReport(profile, { format: 'json', top: 2 }));
    expect(json.roles.map((r: { roleId: string }) => r.roleId)).toEqual(['security-engineer', 'ai-security-engineer']);
    expect(json.plan.target).toEqual(['security-engineer']);
    expect(json.roles[0].audit).toEqual({ asOf: '2026-11-01', catalog: profile.catalog });
    expect(json.experience).toEqual({ totalYears: 9.33, securityYears: 7.5, mlYears: 0 });
  });

  it('reports only the roles asked for', () => {
    const json = JSON.parse(gapReport(profile, { format: 'json', roles: ['security-analyst'] }));
    expect(json.roles.map((r: { roleId: string }) => r.roleId)).toEqual(['security-analyst']);
  });

  it('says unknown, not missing, when the résumé has no dates', () => {
    const undated = parseResume('SKILLS\nPython, threat modeling, Semgrep code review', { asOf: '2026-11-01' });
    const md = gapReport(undated, { format: 'markdown', roles: ['ai-information-security-engineer'] });
    expect(md).toContain('unknown (no dated entries)');
    expect(md).toContain('_Unknown, not missing:_');
  });

  it('lists the warnings last in plain text, one line each, as Markdown and HTML do', () => {
    const italian = [
      'ESPERIENZA',
      'Ingegnere della sicurezza presso Acme, gennaio 2020 – oggi',
      '- Ho sviluppato strumenti di sicurezza in Python per la revisione del codice con il team',
      '',
      'COMPETENZE',
      'Python, Kubernetes, threat modeling',
    ].join('\n');
    const p = parseResume(italian, { asOf: '2026-11-01', hiddenText: 'Adversarial machine learning, LLM security, PyTorch' });
    const text = gapReport(p, { format: 'text', top: 1 });
    const block = text.slice(text.indexOf('\nWarnings:\n') + 1).split('\n');
    expect(block).toEqual([
      'Warnings:',
      '  ! UNSUPPORTED_LANGUAGE: The text seems to be written in a language rolefit does not read yet (code `it`; English, German, French and Spanish are read): headings, dates and degrees may be missed, so the score may be too low.',
      '  ! NO_SECTIONS: No section headings found; the whole text was read as one block.',
      '  ! NO_EXPERIENCE: No experience section and no dated work entry were found; years of experience are unknown.',
      '  ! HIDDEN_TEXT: 51 characters of text a reader cannot see (white, tiny, off-page or hidden) would have added `adversarial-ml`, `llm-security`, `pytorch`; it was left out of the evidence.',
      '',
    ]);
    for (const format of ['markdown', 'html'] as const) {
      const out = gapReport(p, { format, top: 1 });
      expect(out, format).toContain('51 characters of text a reader cannot see');
      expect(out, format).toContain('a language rolefit does not read yet');
    }
    expect(gapReport(profile, { format: 'text' })).not.toContain('Warnings:');
  });

  it('rejects an unknown format', () => {
    expect(() => gapReport(profile, { format: 'pdf' as never })).toThrowError(RolefitError);
  });
});

describe('a strong best fit', () => {
  it('aims the plan at the next stretch role and says why, in every format', () => {
    const sentence = 'Security Engineer already fits well (78.8, at least 70): the plan aims at the next stretch role, AI Security Engineer (56.5).';
    expect(gapReport(profile, { stretchAt: 70 })).toContain(`_${sentence}_\n\n## Upskilling plan: 56.5 → `);
    expect(gapReport(profile, { stretchAt: 70, format: 'text' })).toContain(`${sentence}\n\nPlan: 56.5 -> `);
    expect(gapReport(profile, { stretchAt: 70, format: 'html' })).toContain(`<p class="note" id="plan-note">${sentence}</p>`);
    const json = JSON.parse(gapReport(profile, { stretchAt: 70, format: 'json' }));
    expect([json.planFor, json.plan.target]).toEqual([{ roleId: 'ai-security-engineer', reason: 'stretch' }, ['ai-security-engineer']]);
  });

  it('keeps the plan on the best fit below the bar (default 85)', () => {
    const json = JSON.parse(gapReport(profile, { format: 'json' }));
    expect(json.planFor).toEqual({ roleId: 'security-engineer', reason: 'best-fit' });
    expect(gapReport(profile)).not.toContain('stretch role');
  });
});

describe('escaping résumé strings', () => {
  const hostile = [
    'EXPERIENCE',
    'Security Engineer <script>alert(1)</script>  Jan 2020 – Present',
    '- Threat modeling with STRIDE | injected | cell ](javascript:alert(1)) <img src=x onerror=alert(1)>',
    '- Python \u001b[31mred\u001b[0m \u001b]8;;http://evil\u0007link\u001b]8;;\u0007 tooling',
  ].join('\n');
  const p = parseResume(hostile, { asOf: '2026-11-01' });

  it('escapes HTML, links and table cells in Markdown', () => {
    const md = gapReport(p, { format: 'markdown', roles: ['ai-security-engineer'] });
    expect(md).not.toMatch(/<script|<img|\]\(javascript:/);
    const rows = md.split('\n').filter((l) => l.includes('Threat modeling'));
    for (const row of rows) expect(row.split(/(?<!\\)\|/).length).toBe(7); // 5 cells, no injected ones
  });

  it('removes terminal escape sequences from text', () => {
    const text = gapReport(p, { format: 'text', roles: ['ai-security-engineer'] });
    expect(text).not.toMatch(/\u001b/);
  });
});

describe('redact', () => {
  it('removes personal data from every format and keeps the scores', () => {
    const text = `Jordan Ellis\n12 Harbor Road, Portland, ME 04101 • jordan.ellis@example.com • (207) 555-0148 • linkedin.com/in/jellis\n\n${sample.split('\n').slice(3).join('\n')}`;
    const p = parseResume(text, { asOf: '2026-11-01' });
    for (const format of ['markdown', 'text', 'json', 'html'] as const) {
      const out = gapReport(p, { format, redact: true });
      for (const secret of ['Jordan', 'Ellis', 'jordan.ellis@example.com', '555-0148', 'linkedin.com/in/jellis', '12 Harbor Road']) {
        expect(out, `${format} leaks ${secret}`).not.toContain(secret);
      }
    }
    const plain = JSON.parse(gapReport(p, { format: 'json' }));
    const redacted = JSON.parse(gapReport(p, { format: 'json', redact: true }));
    expect(redacted.roles.map((r: { score: number }) => r.score)).toEqual(plain.roles.map((r: { score: number }) => r.score));
  });
});
