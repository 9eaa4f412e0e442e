import { describe, expect, it } from 'vitest';
import { parseResume } from './_languages';

const AS_OF = { asOf: '2026-11-01' };
const ids = (text: string): string[] => parseResume(text, AS_OF).skills.map((s) => s.id);

describe('headings of South Asian résumés', () => {
  const cv = [
    'Ayesha Malik',
    '',
    'WORK HISTORY',
    'Security Analyst                       Mar 2021 – Till Date',
    'Ravi Networks (Pvt.) Ltd., Karachi',
    ' - Vulnerability scans with Nessus and patch follow-up.',
    '',
    'ACADEMIC QUALIFICATION',
    'MS (Cyber Security)        Air University        2018 – 2020',
    'Intermediate (Pre-Engineering)   Govt College   2012 – 2014',
    '',
    'FINAL YEAR PROJECT',
    'Spam filtering using Machine Learning (2017), Python',
  ].join('\n');

  it('"Academic Qualification" (singular) heads the education section: its dated lines are no jobs', () => {
    const p = parseResume(cv, AS_OF);
    expect(p.sections.map((s) => s.name)).toContain('education');
    expect(p.experience.entries.map((e) => e.title)).toEqual(['Security Analyst']);
    expect(p.education.map((e) => `${e.level}/${e.field}`)).toEqual(['master/cybersecurity']);
  });

  it('"Final Year Project" heads a projects section, where "machine learning" is read as in a skills list', () => {
    const p = parseResume(cv, AS_OF);
    expect(p.sections.find((s) => s.heading === 'FINAL YEAR PROJECT')?.name).toBe('projects');
    expect(p.skills.find((s) => s.id === 'machine-learning')?.evidence[0]?.section).toBe('projects');
  });

  it('machine learning attacked in a project is still no machine-learning skill', () => {
    const text = ['Sam Lee', '', 'PROJECTS', 'Evasion attacks on machine learning malware detectors'].join('\n');
    expect(ids(text)).not.toContain('machine-learning');
  });
});

describe('a certification whose exam result is awaited', () => {
  it.each([
    ['CISSP – exam taken Sep 2026, result awaited', []],
    ['CISSP (awaiting results)', []],
    ['CISSP – 2021', ['cissp']],
  ])('%s → %j', (line, want) => {
    const p = parseResume(['Omar Q', '', 'CERTIFICATIONS', line].join('\n'), AS_OF);
    expect(p.certifications.map((c) => c.id)).toEqual(want);
  });
});

describe('a wrapped list item outside an education section starts no degree', () => {
  const cv = (wrapped: string) =>
    [
      'Lena Fox',
      '',
      'EXPERIENCE',
      'Application Security Engineer        Feb 2022 – Present',
      'Northwind Labs',
      ' - Added output filters to the chatbot and tests for the',
      `   ${wrapped}`,
      ' - Reviewed pull requests.',
    ].join('\n');

  it('"LLM replies." carrying on the bullet above is no Master of Laws', () => {
    expect(parseResume(cv('LLM replies.'), AS_OF).education).toEqual([]);
  });

  it('a degree on a line of its own is still read when the résumé has no education heading', () => {
    const text = `${cv('chatbot.')}\n\nMSc Computer Science, University of Leeds, 2019`;
    expect(parseResume(text, AS_OF).education.map((e) => `${e.level}/${e.field}`)).toEqual(['master/computer-science']);
  });
});

describe('a skill word inside a company name that ends in a legal suffix', () => {
  it('"Managed" two words before "GmbH" is part of the name: no team leadership', () => {
    expect(ids('Jonas Beck\nAnalyst bei Falkenstein Managed Defense GmbH\nKöln')).not.toContain('team-leadership');
  });

  it('a lowercase skill word before a capitalised name still counts', () => {
    expect(ids('Jonas Beck\n\nSKILLS\npython Falkenstein Data GmbH')).toContain('python');
  });
});

describe('legal trainee titles in German', () => {
  it.each(['Substitutin', 'Anwaltssubstitut', 'Konzipientin'])('%s with no duties under it, after a German job, is a job', (title) => {
    const text = [
      'Lebenslauf',
      '',
      'Berufliche Tätigkeit',
      '',
      '2014 – 2018     Juristin',
      '                Alpina Versicherung AG, Luzern',
      '                · Beratung der Fachbereiche zu Verträgen und Datenschutz',
      '',
      `2011 – 2013     ${title}`,
      '                Kanzlei Meier & Roth, Luzern',
      '',
      'Aus- und Weiterbildung',
      '',
      '2005 – 2010     MLaw, Universität Luzern',
    ].join('\n');
    const p = parseResume(text, AS_OF);
    expect(p.experience.entries.map((e) => [e.title, e.months])).toEqual([
      ['Juristin', 60],
      [title, 36],
    ]);
  });
});

describe('side-channel analysis of cryptographic implementations', () => {
  it.each([
    ['- Side-channel analysis of RSA implementations on embedded boards', true],
    ['- Seitenkanalangriffe auf ECC-Implementierungen in C', true],
    ['- Attaques par canaux auxiliaires sur des implémentations AES', true],
    ['- Side-channel attack research on browser caches', false],
  ])('%s → cryptography %s', (duty, want) => {
    const text = ['Kim Roe', '', 'EXPERIENCE', 'Security Researcher   2019 – 2022', 'Acme Labs', duty].join('\n');
    expect(ids(text).includes('cryptography')).toBe(want);
  });

  it('"C" in brackets after German implementation words is the language', () => {
    const text = ['Kim Roe', '', 'BERUFSERFAHRUNG', '2019 – 2022   Sicherheitsforscher', 'Acme GmbH', '- Fehlerangriffe auf RSA-Implementierungen (C)'].join(
      '\n',
    );
    expect(ids(text)).toContain('c-cpp');
  });

  it('an Austrian university project assistant with a security skill does security work', () => {
    const text = [
      'Kim Roe',
      '',
      'BERUFSERFAHRUNG',
      'TU Wien',
      '2012 – 2015   Projektassistentin',
      '- Seitenkanalanalyse von AES-Implementierungen auf Mikrocontrollern',
    ].join('\n');
    expect(parseResume(text, AS_OF).experience.entries.map((e) => e.kind)).toEqual([['security']]);
  });
});

describe('a job board skills list: name · level (remark)', () => {
  const cv = (row: string) =>
    [
      'Lucía Vera',
      '',
      'EXPERIENCIA',
      'Analista de Seguridad',
      'Norte Consultores',
      'marzo 2022 - actualidad',
      'Descripción: análisis de riesgos.',
      '',
      'CONOCIMIENTOS',
      row,
    ].join('\n');

  it.each([
    ['Python · Básico (aprendiendo)', false],
    ['Python · Básico', true],
    ['Python · Go (aprendiendo)', true],
    ['Python – Intermedio (aprendiendo)', false],
  ])('%s → python %s', (row, want) => {
    expect(ids(cv(row)).includes('python')).toBe(want);
  });
});

describe('"other courses" lists under education', () => {
  it.each([
    ['Otros cursos: Taller de IA Responsable (20 h, 2023)', 'ESTUDIOS', 'Grado en Derecho, Universidad de Sevilla, 2015'],
    ['Other courses: Responsible AI fundamentals (online, 2024)', 'EDUCATION', 'BA Law, University of Kent, 2015'],
    ['Autres cours : IA responsable (MOOC, 2024)', 'FORMATION', 'Master en droit, Université de Lille, 2015'],
  ])('%s gives no skill', (line, heading, degree) => {
    expect(ids(['Ana Gil', '', heading, degree, '', line].join('\n'))).not.toContain('responsible-ai');
  });
});
