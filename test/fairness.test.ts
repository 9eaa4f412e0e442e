import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as core from '../src';
import { createMatcher, parseResume, type Role } from './_languages';

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
  {
    NAME: 'Emily Walsh',
    LAST: 'Walsh',
    HONORIFIC: 'Ms.',
    PRONOUN: 'she',
    POSSESSIVE: 'her',
    DOB: '1990-04-12',
    NATIONALITY: 'Irish',
    MARITAL: 'Married',
    ADDRESS: '12 Elm St, Boston, MA',
    EMAIL: 'ew@example.com',
  },
  {
    NAME: 'DeShawn Jackson',
    LAST: 'Jackson',
    HONORIFIC: 'Mr.',
    PRONOUN: 'he',
    POSSESSIVE: 'his',
    DOB: '1968-11-30',
    NATIONALITY: 'American',
    MARITAL: 'Single',
    ADDRESS: '4 Oak Ave, Atlanta, GA',
    EMAIL: 'dj@example.com',
  },
  {
    NAME: 'Nguyễn Thị Lan',
    LAST: 'Nguyễn',
    HONORIFIC: 'Mrs.',
    PRONOUN: 'she',
    POSSESSIVE: 'her',
    DOB: '2001-01-01',
    NATIONALITY: 'Vietnamese',
    MARITAL: 'Divorced',
    ADDRESS: '88 Le Loi, Ho Chi Minh City',
    EMAIL: 'ntl@example.com',
  },
  {
    NAME: 'Mohammed Al-Farsi',
    LAST: 'Al-Farsi',
    HONORIFIC: 'Mr.',
    PRONOUN: 'he',
    POSSESSIVE: 'his',
    DOB: '1979-07-15',
    NATIONALITY: 'Omani',
    MARITAL: 'Married, 3 children',
    ADDRESS: 'PO Box 12, Muscat',
    EMAIL: 'maf@example.com',
  },
  {
    NAME: 'Alex Kowalski',
    LAST: 'Kowalski',
    HONORIFIC: 'Mx.',
    PRONOUN: 'they',
    POSSESSIVE: 'their',
    DOB: '1995-09-09',
    NATIONALITY: 'Polish',
    MARITAL: 'Partnered',
    ADDRESS: 'ul. Długa 5, Gdańsk',
    EMAIL: 'ak@example.com',
  },
  {
    NAME: 'Go Java',
    LAST: 'Java',
    HONORIFIC: 'Dr.',
    PRONOUN: 'she',
    POSSESSIVE: 'her',
    DOB: '1955-02-28',
    NATIONALITY: 'Indonesian',
    MARITAL: 'Widowed',
    ADDRESS: 'Jl. Sudirman 1, Jakarta',
    EMAIL: 'go.java@example.com',
  },
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
    expect(runs[0]?.fits.slice(0, 2).map((f) => f[0])).toEqual(['mlsecops-specialist', 'ml-engineer']); // the ML-only years (2017–21) are left behind
  });
});

// ─── Issue 4: more protected attributes, capped years, audit trail ─────────

/** A second résumé whose header and summary carry every protected attribute the scorer must ignore. */
const TEMPLATE_2 = `{{NAME}}
{{PHOTO}}
Age: {{AGE}} · Born {{BIRTH_YEAR}} · {{NATIONALITY}} citizen · {{MARITAL}} · Pronouns: {{PRONOUNS}}
{{ADDRESS}} | {{EMAIL}} | {{PHONE}}

SUMMARY
{{HONORIFIC}} {{LAST}} is an AI security engineer. As {{CHAIR}} of the student security club and a member of a {{GREEK}}, {{PRONOUN}} ran capture-the-flag events.

EXPERIENCE
AI Security Engineer — Acme Corp                     Jan 2019 – Present
- Red-teamed LLM features for prompt injection; threat modeling with STRIDE; Python and Kubernetes.
- {{PRONOUN_CAP}} led incident response for model supply-chain issues.

Security Analyst — Beta Bank                         Mar 2015 – Dec 2018
- SIEM detections in Splunk; vulnerability management; PyTorch anomaly models.

EDUCATION
B.S. Computer Science — State University, 2014

SKILLS
Python, PyTorch, Kubernetes, Terraform, threat modeling
`;

const PEOPLE_2: Array<Record<string, string>> = [
  {
    NAME: 'Emily Walsh',
    LAST: 'Walsh',
    HONORIFIC: 'Ms.',
    PRONOUN: 'she',
    PRONOUNS: 'she/her',
    CHAIR: 'chairwoman',
    GREEK: 'sorority',
    AGE: '52',
    BIRTH_YEAR: '1974',
    NATIONALITY: 'Irish',
    MARITAL: 'Married, two children',
    PHOTO: '[photo]',
    ADDRESS: '12 Elm St, Boston, MA 02118',
    EMAIL: 'ew@example.com',
    PHONE: '+1 617 555 0100',
  },
  {
    NAME: 'DeShawn Jackson',
    LAST: 'Jackson',
    HONORIFIC: 'Mr.',
    PRONOUN: 'he',
    PRONOUNS: 'he/him',
    CHAIR: 'chairman',
    GREEK: 'fraternity',
    AGE: '23',
    BIRTH_YEAR: '2003',
    NATIONALITY: 'American',
    MARITAL: 'Single',
    PHOTO: '',
    ADDRESS: '4 Oak Ave, Atlanta, GA 30301',
    EMAIL: 'dj@example.com',
    PHONE: '(404) 555-0199',
  },
  {
    NAME: 'Priya Raghunathan',
    LAST: 'Raghunathan',
    HONORIFIC: 'Dr.',
    PRONOUN: 'she',
    PRONOUNS: 'she/her',
    CHAIR: 'chairperson',
    GREEK: 'sorority',
    AGE: '67',
    BIRTH_YEAR: '1959',
    NATIONALITY: 'Indian',
    MARITAL: 'Widowed',
    PHOTO: '[Photo: headshot.jpg]',
    ADDRESS: '7 MG Road, Bengaluru 560001',
    EMAIL: 'pr@example.in',
    PHONE: '+91 80 5555 0100',
  },
  {
    NAME: 'Oluwaseun Adeyemi',
    LAST: 'Adeyemi',
    HONORIFIC: 'Mr.',
    PRONOUN: 'he',
    PRONOUNS: 'he/him',
    CHAIR: 'chairman',
    GREEK: 'fraternity',
    AGE: '41',
    BIRTH_YEAR: '1985',
    NATIONALITY: 'Nigerian',
    MARITAL: 'Married',
    PHOTO: '[photo]',
    ADDRESS: '3 Allen Avenue, Ikeja, Lagos',
    EMAIL: 'oa@example.ng',
    PHONE: '+234 1 555 0100',
  },
  {
    NAME: 'Sam Taylor',
    LAST: 'Taylor',
    HONORIFIC: 'Mx.',
    PRONOUN: 'they',
    PRONOUNS: 'they/them',
    CHAIR: 'chair',
    GREEK: 'student society',
    AGE: '35',
    BIRTH_YEAR: '1991',
    NATIONALITY: 'Canadian',
    MARITAL: 'Divorced',
    PHOTO: '',
    ADDRESS: '1 Rue Sainte-Catherine, Montréal QC H3B 1A7',
    EMAIL: 'st@example.ca',
    PHONE: '+1 514 555 0100',
  },
  {
    NAME: 'Yuki Tanaka',
    LAST: 'Tanaka',
    HONORIFIC: 'Ms.',
    PRONOUN: 'she',
    PRONOUNS: 'she/her',
    CHAIR: 'chairwoman',
    GREEK: 'sorority',
    AGE: '29',
    BIRTH_YEAR: '1997',
    NATIONALITY: 'Japanese',
    MARITAL: 'Partnered',
    PHOTO: '[photo]',
    ADDRESS: '2-1 Marunouchi, Chiyoda-ku, Tokyo 100-0005',
    EMAIL: 'yt@example.jp',
    PHONE: '+81 3 5555 0100',
  },
];

function render2(p: Record<string, string>): string {
  return TEMPLATE_2.replace(/\{\{(\w+)\}\}/g, (_, key: string) =>
    key === 'PRONOUN_CAP' ? (p.PRONOUN ?? '').charAt(0).toUpperCase() + (p.PRONOUN ?? '').slice(1) : (p[key] ?? ''),
  );
}

describe('fairness: gender words, age, birth year, photos, pronouns, nationality, marital status, addresses', () => {
  const m = createMatcher({ asOf: '2026-11-01' });
  const runs = PEOPLE_2.map((p) => {
    const profile = m.parse(render2(p));
    const fits = m.match(profile);
    return {
      name: p.NAME as string,
      skills: profile.skills.map((s) => [s.id, s.years, s.strength]),
      experience: [profile.experience.totalYears, profile.experience.securityYears, profile.experience.mlYears],
      fits: fits.map((f) => [f.roleId, f.score, f.eligible, f.requirements.map((r) => [r.id, r.status, r.points])]),
      plans: fits.slice(0, 3).map((f) => m.plan(profile, f.roleId)),
      // Offsets shift with the length of the name and address lines; everything else must be identical.
      report: m.report(profile, { format: 'json' }).replace(/"(?:start|end)": \d+/g, '"offset"'),
    };
  });

  it.each(runs.slice(1).map((r) => [r.name, r] as const))('%s gets the scores and plans of the first person', (_, run) => {
    const first = runs[0];
    expect(run.skills).toEqual(first?.skills);
    expect(run.experience).toEqual(first?.experience);
    expect(run.fits).toEqual(first?.fits);
    expect(run.plans).toEqual(first?.plans);
    expect(run.report).toEqual(first?.report);
  });

  it('is not vacuous: the résumé scores on security work', () => {
    expect(runs[0]?.experience).toEqual([11.75, 11.75, expect.any(Number)]);
    expect(runs[0]?.skills.map((s) => s[0])).toEqual(expect.arrayContaining(['llm-security', 'threat-modeling', 'python']));
  });
});

describe('fairness: years of experience are capped at the requirement', () => {
  const m = createMatcher({ asOf: '2026-11-01' });
  const roles: Role[] = [
    {
      id: 'capped-role',
      title: 'Capped role',
      family: 'custom',
      titles: [],
      refs: [],
      summary: 'Asks for five years of security work and three of Python.',
      source: 'test',
      requirements: [
        { kind: 'experience', measure: 'securityYears', minYears: 5, weight: 3, hard: false, source: 'test' },
        { kind: 'skill', skills: ['python'], minYears: 3, weight: 2, hard: false, source: 'test' },
      ],
    },
  ];
  const resume = (from: string) => `EXPERIENCE\nSecurity Engineer — Acme Corp   ${from} – Oct 2026\n- Python detections, incident response.\n`;
  const exactly = m.match(m.parse(resume('Nov 2021')), { roles })[0];
  const veteran = m.match(m.parse(resume('Nov 2001')), { roles })[0];

  it('25 years earn exactly what the required years earn, requirement by requirement', () => {
    expect(exactly?.requirements.map((r) => [r.id, r.status, r.credit, r.points])).toEqual([
      ['securityYears', 'met', 1, 60],
      ['python', 'met', 1, 40],
    ]);
    expect(veteran?.requirements.map((r) => [r.id, r.status, r.credit, r.points])).toEqual(
      exactly?.requirements.map((r) => [r.id, r.status, r.credit, r.points]),
    );
    expect(veteran?.score).toBe(exactly?.score);
  });

  it('fewer years than asked earn proportionally less (the cap is the only ceiling)', () => {
    const junior = m.match(m.parse(resume('Nov 2024')), { roles })[0];
    expect(junior?.score).toBeLessThan(exactly?.score ?? 0);
  });
});

describe('auditability: every RoleFit carries the catalog version, hash and asOf', () => {
  it('on the default catalog and on a custom one', async () => {
    const { loadCatalog, matchRoles, parseResume } = await import('../src');
    const profile = parseResume('SKILLS\nPython, Kubernetes', { asOf: '2026-03-15' });
    const base = loadCatalog();
    for (const fit of matchRoles(profile)) {
      expect(fit.audit).toEqual({ asOf: '2026-03-15', catalog: { version: base.version, hash: base.hash } });
      expect(fit.audit.catalog.hash).toMatch(/^[0-9a-f]{8}$/);
      expect(fit.requirements.reduce((s, r) => s + r.points, 0)).toBeCloseTo(fit.score, 1);
      for (const r of fit.requirements) expect(r.source.length).toBeGreaterThan(0);
    }
    const custom = loadCatalog({ version: 'ours-2', skills: [{ id: 'cobol', name: 'COBOL', category: 'programming' }] });
    const [fit] = matchRoles(profile, { catalog: custom });
    expect(fit?.audit.catalog).toEqual({ version: `${base.version}+ours-2`, hash: custom.hash });
    expect(custom.hash).not.toBe(base.hash);
  });
});

describe('fairness: the language a résumé is written in is no input to any score', () => {
  const m = createMatcher({ asOf: '2026-11-01' });
  const EN = [
    'PROFILE',
    'Security engineer focused on AI systems.',
    '',
    'EXPERIENCE',
    'Security Engineer, Acme GmbH, Munich — 03/2019 – present',
    '- Threat modeling and penetration testing of LLM applications; incident response.',
    '- Python automation for vulnerability management.',
    '',
    'EDUCATION',
    'M.Sc. Computer Science, TU Munich, 2018',
  ].join('\n');
  const DE = [
    'PROFIL',
    'Sicherheitsingenieurin mit Schwerpunkt auf KI-Systemen.',
    '',
    'BERUFSERFAHRUNG',
    'Security Engineer, Acme GmbH, München — 03/2019 – heute',
    '- Threat Modeling und Penetrationstests von LLM-Anwendungen; Incident Response.',
    '- Automatisierung mit Python für das Schwachstellenmanagement.',
    '',
    'AUSBILDUNG',
    'M.Sc. Informatik, TU München, 2018',
  ].join('\n');

  it('the same résumé in English and in German scores the same for every role', () => {
    const en = m.parse(EN);
    const de = m.parse(DE);
    expect([en.language, de.language]).toEqual(['en', 'de']);
    expect(de.skills.map((s) => [s.id, s.years])).toEqual(en.skills.map((s) => [s.id, s.years]));
    const scores = (p: typeof en) => m.match(p).map((f) => [f.roleId, f.score]);
    expect(scores(de)).toEqual(scores(en));
  });

  it('a profile marked as written in another language, even an unsupported one, scores exactly the same', () => {
    const en = m.parse(EN);
    const relabelled = { ...en, language: 'it', warnings: [...en.warnings, { code: 'UNSUPPORTED_LANGUAGE' as const, message: 'x' }] };
    expect(m.match(relabelled)).toEqual(m.match(en));
    const role = m.match(en)[0]?.roleId ?? 'security-engineer';
    expect(m.plan(relabelled, role)).toEqual(m.plan(en, role));
  });

  it('without its pack (the root default), the German résumé is read with English and says so, in the profile and the shortlist', () => {
    const en = core.parseResume(EN, { asOf: '2026-11-01' });
    const de = core.parseResume(DE, { asOf: '2026-11-01' });
    expect(de.language).toBe('de');
    expect(de.warnings.map((w) => w.code)).toContain('LANGUAGE_NOT_LOADED');
    expect(en.warnings.map((w) => w.code)).not.toContain('LANGUAGE_NOT_LOADED');
    const ranking = core.rankCandidates([en, de], 'security-engineer', { ids: ['en', 'de'] });
    const byId = Object.fromEntries(ranking.candidates.map((c) => [c.id, c]));
    expect(byId.en?.warnings).toBeUndefined();
    expect(byId.de?.warnings?.map((w) => w.code)).toEqual(['LANGUAGE_NOT_LOADED']);
    const shortlist = core.renderShortlist(ranking, 'markdown');
    expect(shortlist).toContain('| **LANGUAGE_NOT_LOADED** |');
    expect(shortlist).toContain(
      '\n### Warnings\n\n- de: **LANGUAGE_NOT_LOADED**: The text seems to be written in German (code \\`de\\`), whose language pack is not loaded',
    );
  });
});

describe('fairness: a name under a document title is still the name', () => {
  it.each([
    ['Currículum - InfoJobs\n\nJavier Ortega Llamas\nIngeniero de Seguridad de IA\njavier@example.com\n\nAPTITUDES\nPython, Burp Suite', 'es'],
    ['CURRICULUM VITAE\n\nMaria Go Pytorch\nSecurity Engineer\n\nSKILLS\nPython, Burp Suite', 'en'],
  ])('%#: a name word that is also a skill alias gives no skill', (text) => {
    const ids = parseResume(text, { asOf: '2026-11-01' }).skills.map((s) => s.id);
    expect(ids).toEqual(['penetration-testing', 'python']);
  });
});
