import { describe, expect, it } from 'vitest';
import { isJsonResume, type JsonResume, parseResume, toJsonResume } from '../src';
import { TWIN_TEXT } from './fixtures/files/make';

const asOf = '2026-11-01';
const resume: JsonResume = {
  basics: { name: 'Jane Doe', email: 'jane@example.com', label: 'ML security engineer', summary: 'Builds secure ML pipelines.' },
  work: [
    {
      name: 'Acme AI',
      position: 'ML Security Engineer',
      startDate: '2021-01-15',
      highlights: ['Red-teamed LLM applications for prompt injection', 'Built PyTorch adversarial robustness tests'],
    },
    { name: 'Beta Corp', position: 'Security Analyst', startDate: '2018-03', endDate: '2020-12', summary: 'SOC triage with Splunk and incident response.' },
  ],
  skills: [{ name: 'Languages', keywords: ['Python', 'Go'] }],
  education: [{ institution: 'MIT', area: 'Computer Science', studyType: 'Master', endDate: '2017-06-01' }],
  certificates: [{ name: 'CISSP', date: '2020-05-01' }],
};

describe('JSON Resume', () => {
  it.each([
    [resume, true],
    [{ basics: {} }, true],
    [{ work: 'x' }, false],
    [{ text: '', sections: [], skills: [] }, false],
    [[], false],
    ['text', false],
    [null, false],
  ])('isJsonResume(%j) → %s', (value, expected) => expect(isJsonResume(value)).toBe(expected));

  it('takes entry dates, degree and certificate years from the fields', () => {
    const p = parseResume(resume, { asOf });
    expect(p.experience.entries.map((e) => [e.title, e.organization, e.start, e.end, e.current, e.months])).toEqual([
      ['ML Security Engineer', 'Acme AI', '2021-01', '2026-11', true, 71],
      ['Security Analyst', 'Beta Corp', '2018-03', '2020-12', false, 34],
    ]);
    expect(p.education).toMatchObject([{ level: 'master', field: 'computer-science', institution: 'MIT', year: 2017 }]);
    expect(p.certifications).toMatchObject([{ id: 'cissp', year: 2020 }]);
    expect(p.skills.find((s) => s.id === 'llm-security')).toMatchObject({ strength: 'work', years: 5.92, lastUsed: '2026-11' });
    expect(p.skills.find((s) => s.id === 'go')).toMatchObject({ strength: 'listed' });
  });

  it('never reads the name or contact fields', () => {
    const p = parseResume(resume, { asOf });
    expect(p.text).not.toContain('Jane');
    expect(p.text).not.toContain('jane@example.com');
  });

  it('round-trips: toJsonResume then parseResume gives the same skills, years and entries', () => {
    const p = parseResume(TWIN_TEXT, { asOf });
    const json = toJsonResume(p);
    expect(json.skills?.find((s) => s['x-rolefit']?.id === 'python')?.['x-rolefit']).toEqual({
      id: 'python',
      strength: 'work',
      years: 4.75,
      lastUsed: '2026-11',
    });
    expect(json.work?.[1]).toMatchObject({
      position: 'Application Security Engineer',
      name: 'Allegheny Health Systems',
      startDate: '2019-06',
      endDate: '2022-02',
    });
    const q = parseResume(JSON.parse(JSON.stringify(json)) as JsonResume, { asOf });
    const view = (x: typeof p) => ({
      skills: x.skills.map((s) => [s.id, s.strength, s.years]),
      entries: x.experience.entries.map((e) => [e.title, e.start, e.end]),
      years: [x.experience.totalYears, x.experience.securityYears],
    });
    expect(view(q)).toEqual(view(p));
  });
});
