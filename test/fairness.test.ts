import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createMatcher } from '../src/index';

const TEMPLATE = readFileSync(new URL('./fixtures/resumes/fair-template.txt', import.meta.url), 'utf8');

interface Person {
  NAME: string;
  LAST: string;
  HONORIFIC: string;
  PRONOUN: string;
  POSSESSIVE: string;
  DOB: string;
  NATIONALITY: string;
  MARITAL: string;
  ADDRESS: string;
  EMAIL: string;
}

// Names across genders and origins, pronouns, birth dates, nationalities, marital status and addresses.
const PEOPLE: Person[] = [
  { NAME: 'Emily Walsh', LAST: 'Walsh', HONORIFIC: 'Ms.', PRONOUN: 'she', POSSESSIVE: 'her', DOB: '1990-04-12', NATIONALITY: 'Irish', MARITAL: 'Married', ADDRESS: '12 Elm St, Boston, MA', EMAIL: 'ew@example.com' },
  { NAME: 'DeShawn Jackson', LAST: 'Jackson', HONORIFIC: 'Mr.', PRONOUN: 'he', POSSESSIVE: 'his', DOB: '1968-11-30', NATIONALITY: 'American', MARITAL: 'Single', ADDRESS: '4 Oak Ave, Atlanta, GA', EMAIL: 'dj@example.com' },
  { NAME: 'Nguyễn Thị Lan', LAST: 'Nguyễn', HONORIFIC: 'Mrs.', PRONOUN: 'she', POSSESSIVE: 'her', DOB: '2001-01-01', NATIONALITY: 'Vietnamese', MARITAL: 'Divorced', ADDRESS: '88 Le Loi, Ho Chi Minh City', EMAIL: 'ntl@example.com' },
  { NAME: 'Mohammed Al-Farsi', LAST: 'Al-Farsi', HONORIFIC: 'Mr.', PRONOUN: 'he', POSSESSIVE: 'his', DOB: '1979-07-15', NATIONALITY: 'Omani', MARITAL: 'Married, 3 children', ADDRESS: 'PO Box 12, Muscat', EMAIL: 'maf@example.com' },
  { NAME: 'Alex Kowalski', LAST: 'Kowalski', HONORIFIC: 'Mx.', PRONOUN: 'they', POSSESSIVE: 'their', DOB: '1995-09-09', NATIONALITY: 'Polish', MARITAL: 'Partnered', ADDRESS: 'ul. Długa 5, Gdańsk', EMAIL: 'ak@example.com' },
  { NAME: 'Go Java', LAST: 'Java', HONORIFIC: 'Dr.', PRONOUN: 'she', POSSESSIVE: 'her', DOB: '1955-02-28', NATIONALITY: 'Indonesian', MARITAL: 'Widowed', ADDRESS: 'Jl. Sudirman 1, Jakarta', EMAIL: 'go.java@example.com' },
];

function render(p: Person): string {
  const cap = p.PRONOUN.charAt(0).toUpperCase() + p.PRONOUN.slice(1);
  return TEMPLATE.replace(/\{\{(\w+)\}\}/g, (_, key: string) => (key === 'PRONOUN_CAP' ? cap : p[key as keyof Person]));
}

describe('fairness: protected attributes change no score and no plan', () => {
  const m = createMatcher({ asOf: '2026-11-01' });
  const runs = PEOPLE.map((p) => {
    const profile = m.parse(render(p));
    const fits = m.match(profile);
    const plan = m.plan(profile, fits.map((f) => f.roleId).slice(0, 2));
    return {
      name: p.NAME,
      skills: profile.skills.map((s) => [s.id, s.years, s.strength]),
      experience: [profile.experience.totalYears, profile.experience.securityYears, profile.experience.mlYears],
      fits: fits.map((f) => [f.roleId, f.score, f.eligible, f.requirements.map((r) => [r.id, r.status, r.points])]),
      plan: { ...plan },
    };
  });

  it.each(runs.slice(1).map((r) => [r.name, r] as const))('%s scores exactly like the first person', (_, run) => {
    const first = runs[0];
    expect(run.skills).toEqual(first?.skills);
    expect(run.experience).toEqual(first?.experience);
    expect(run.fits).toEqual(first?.fits);
    expect(run.plan).toEqual(first?.plan);
  });

  it('reads the résumé it scores (the test is not vacuous)', () => {
    // Jan 2017 – Nov 2026 = 119 months; security Mar 2021 – Nov 2026 = 69 months.
    expect(runs[0]?.experience).toEqual([9.92, 5.75, 9.92]);
    expect(runs[0]?.fits.slice(0, 2).map((f) => f[0])).toEqual(['ml-engineer', 'mlsecops-specialist']);
  });
});
