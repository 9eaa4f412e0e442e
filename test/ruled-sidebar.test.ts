import { describe, expect, it } from 'vitest';
import { normalizeText as normalize } from '../src/text/normalize';
import { everyLanguage, parseResume } from './_languages';

const normalizeText = (raw: string): string => normalize(raw, everyLanguage());
const AS_OF = { asOf: '2026-11-01' };
/** A main column of `width` characters, then the gutter's rule and the sidebar's text. */
const ruled = (left: string, right: string, width = 40): string => `${left.padEnd(width)}${right === '' ? '|' : `| ${right}`}`;

/** A first page whose sidebar is drawn behind a "|" rule, some main-column lines touching it; a one-column page 2 after a page label. */
function ruledPages(): string {
  return [
    `${' '.repeat(50)}Page 1 of 2`,
    ruled('MARTA OSTROWSKA', 'CONTACT'),
    ruled('Information security auditor,', 'Gdansk, Poland'),
    ruled('certification body side', ''),
    ruled('EXPERIENCE', 'CERTIFICATIONS'),
    ruled('Baltic Cert Sp. z o.o.', 'ISACA CISA - 2019'),
    ruled('ISMS Lead Auditor, Information Security', 'CompTIA Security+'),
    ruled('Mar 2018 - present', '  (passed 2017, not'),
    ruled('- ISO/IEC 27001 certification audits', '  renewed, lapsed'),
    ruled('  for banks and hospitals', '  in 2020)'),
    ruled('- Firewall rule reviews', ''),
    ruled('', 'CLEARANCE'),
    ruled('', 'NATO Secret'),
    ruled('', '  2015-2019 (ended'),
    ruled('', '  with the contract)'),
    ruled('', ''),
    `${' '.repeat(50)}Page 2 of 2`,
    'EDUCATION',
    "2012 - 2017   Diplôme d'ingénieur, specialisation Computer Science - INSA Lyon",
    '2012          Baccalauréat S',
  ].join('\n');
}

describe('a sidebar drawn behind a rule ("|")', () => {
  it('a main-column line that runs up to the rule, one space before it, still leaves the gutter there', () => {
    const text = normalizeText(ruledPages());
    expect(text).toContain('ISMS Lead Auditor, Information Security\nMar 2018 - present');
  });

  it('the rule is no text of the sidebar: its headings and lines are read without it', () => {
    const text = normalizeText(ruledPages());
    expect(text).toContain('\nCERTIFICATIONS\nISACA CISA - 2019\n');
    expect(text).not.toMatch(/^\| /mu);
  });

  it('a one-column page of dated degrees after the page in columns keeps its heading over its degrees', () => {
    const text = normalizeText(ruledPages());
    expect(text).toContain("EDUCATION\n2012 - 2017  Diplôme d'ingénieur, specialisation Computer Science - INSA Lyon");
    const p = parseResume(ruledPages(), AS_OF);
    expect(p.education.map((e) => [e.level, e.field])).toEqual([['master', 'computer-science']]);
  });

  it('a remark in brackets wrapped over several sidebar lines tells the certification before it lapsed', () => {
    const p = parseResume(ruledPages(), AS_OF);
    expect(p.certifications.map((c) => c.id)).toEqual(['cisa']);
  });

  it('a clearance whose period and status wrap onto the lines under it is lapsed', () => {
    const p = parseResume(ruledPages(), AS_OF);
    expect(p.clearance).toBeNull();
    expect(p.clearances.map((c) => [c.level, c.status])).toEqual([['secret', 'lapsed']]);
  });

  it('a line that holds one "|" between two phrases, with no gutter on other lines, stays as it is', () => {
    const text = normalizeText('Senior Engineer | Acme GmbH\n2019 - 2022\n- Built the billing service in Go\n');
    expect(text).toContain('Senior Engineer | Acme GmbH');
  });
});

describe('a certification with its issuer and dates on the line under it', () => {
  const resume = (status: string) =>
    [
      'Licenses & certifications',
      'Certified Kubernetes Administrator (CKA)',
      `CNCF · ${status}`,
      'Certified Kubernetes Administrator (CKA)',
      'CNCF · Issued Jan 2019 · Expired Jan 2022',
    ].join('\n');

  it('a later issue still valid keeps it held beside the expired one', () => {
    const p = parseResume(resume('Issued Feb 2024 · Expires Feb 2027'), AS_OF);
    expect(p.certifications.map((c) => c.id)).toEqual(['cka']);
  });

  it("a line under it that names another certificate before its dates is that one's, not a status of the first", () => {
    const p = parseResume(
      [
        'Certifications',
        'Certified Kubernetes Administrator (CKA)  ·  2023, renewed 2026',
        'Linux Foundation Certified System Administrator  ·  2018 (lapsed 2021)',
      ].join('\n'),
      AS_OF,
    );
    expect(p.certifications.map((c) => c.id)).toEqual(['cka']);
  });

  it('the issuer named on that line is no skill of the person', () => {
    const p = parseResume(
      ['Jane Roe', '', 'Certifications', 'AWS Certified Security - Specialty', 'Amazon Web Services · Issued Mar 2025 · Expires Mar 2028'].join('\n'),
      AS_OF,
    );
    expect(p.certifications.map((c) => c.id)).toEqual(['aws-security-specialty']);
    expect(p.skills.map((s) => s.id)).not.toContain('aws');
  });
});

describe('a professional accountancy qualification in progress under a degree', () => {
  it.each([
    ["Bachelor's degree in Management\n  University of Leeds, 2010-2013\nChartered accountancy (ICAEW)\n  In progress - exams 4 of 6"],
    ["Licence Économie-Gestion\n  Université de Lille, 2010-2013\nDiplôme d'expertise comptable\n  En cours - stage de 3 ans"],
    ['Bachelor Betriebswirtschaftslehre\n  Universität Mannheim, 2010-2013\nSteuerberaterprüfung\n  laufend, Prüfung 2027'],
  ])('%s: the degree above stays held', (education) => {
    const p = parseResume(`Jane Roe\n\nEducation\n${education}\n`, AS_OF);
    expect(p.education.map((e) => [e.level, e.field])).toEqual([['bachelor', 'business']]);
  });
});

describe('team leadership and reporting words', () => {
  const skills = (duty: string, title = 'Senior Auditor') =>
    parseResume(`Jane Roe\n\nExperience\nNorth Audit LLP\n${title}   01/2019 - 12/2021\n- ${duty}\n`, AS_OF).skills.map((s) => s.id);

  it.each([
    ['Led two field teams of 4 auditors during year-end.', true],
    ['Supervised teams of 3 junior staff on site visits.', true],
    ['Worked in teams of 5 led by a senior manager.', false],
  ])('%s → team leadership %s', (duty, led) => {
    expect(skills(duty).includes('team-leadership')).toBe(led);
  });

  it('Spanish "gestiono a" with a headcount of staff is team leadership', () => {
    expect(skills('Gestiono a tres paralegales del departamento jurídico.', 'Abogada')).toContain('team-leadership');
  });

  it('French "comité d\'audit" as the audience of a report is stakeholder communication', () => {
    expect(skills("Rapport trimestriel au comité d'audit.", 'Auditeur interne')).toContain('stakeholder-communication');
  });

  it('Spanish "diseño del esquema" of a database is data engineering', () => {
    expect(skills('Diseño del esquema Postgres del almacén de eventos.', 'Ingeniera de software')).toContain('data-engineering');
  });
});

describe('a header wrapped in a narrow column', () => {
  it.each([
    [
      'Nordlicht GmbH (accredited inspection\nbody)\nLead Auditor, Information Security\nand AI\nJan 2021 - present',
      'Lead Auditor, Information Security and AI',
    ],
    [
      "ORGANISME (laboratoire d'évaluation\nagréé)\nAuditrice principale, Sécurité des SI\net IA\ndepuis févr. 2021",
      'Auditrice principale, Sécurité des SI et IA',
    ],
  ])('%s: the title goes on over its lowercase rest', (header, title) => {
    const p = parseResume(`Jane Roe\n\nExperience\n${header}\n- ISO/IEC 27001 audits of management systems\n`, AS_OF);
    expect(p.experience.entries.map((e) => e.title)).toEqual([title]);
    expect(p.experience.entries[0]?.kind).toContain('security');
  });
});
