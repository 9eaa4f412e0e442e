import { describe, expect, it } from 'vitest';
import { parseResume } from './_languages';

const AS_OF = { asOf: '2026-11-01' };
const ids = (text: string): string[] => parseResume(text, AS_OF).skills.map((s) => s.id);

describe('a pastimes row in a skills table', () => {
  const cv = (label: string, value: string) =>
    [
      'Petra Lindqvist',
      '',
      'Berufserfahrung',
      '03.2019 – heute     Backend-Entwicklerin',
      '                    Nordlicht Logistik GmbH, Kiel',
      '                    • Entwicklung von Services in Kotlin',
      '',
      'Kenntnisse',
      'Programmiersprachen   Kotlin, SQL',
      `${label}${value}`,
    ].join('\n');

  it('"Hobbys" before a column gap opens the interests section: the board game Go is no language', () => {
    const p = parseResume(cv('Hobbys            ', 'Go (Brettspiel), Segeln'), AS_OF);
    expect(p.sections.map((s) => s.name)).toContain('interests');
    expect(p.skills.map((s) => s.id)).not.toContain('go');
    expect(p.skills.map((s) => s.id)).toContain('sql');
  });

  it('a French "Loisirs" row does the same', () => {
    expect(ids(cv('Loisirs           ', 'Go (jeu de plateau), voile'))).not.toContain('go');
  });

  it('a skills row whose label is no pastime stays a skills row', () => {
    expect(ids(cv('Weitere Sprachen   ', 'Go, Rust'))).toContain('go');
  });
});

describe('a row of interests in a skills list', () => {
  const cv = (row: string) => ['Lukas Brandt', '', 'KENNTNISSE', 'Sprachen:      Python, SQL', 'Infra:         Docker, Linux', row].join('\n');

  it('"Interesse an:" lists topics wished for, no skill', () => {
    expect(ids(cv('Interesse an:  Responsible AI, Kubernetes'))).not.toContain('responsible-ai');
    expect(ids(cv('Interesse an:  Responsible AI, Kubernetes'))).not.toContain('kubernetes');
  });

  it('"Interested in:" and "Intérêt pour :" too', () => {
    expect(ids(cv('Interested in:  Kubernetes, Terraform'))).not.toContain('terraform');
    expect(ids(cv('Intérêt pour :  Kubernetes, Terraform'))).not.toContain('terraform');
  });
});

describe('a basic level learnt in an in-house course', () => {
  const cv = (row: string) =>
    [
      'Claire Fabre',
      '',
      'EXPÉRIENCE PROFESSIONNELLE',
      '2018 – aujourd’hui   Auditrice interne, Banque Océane, Nantes',
      '▪ Audits de conformité ISO 27001',
      '',
      'COMPÉTENCES NUMÉRIQUES',
      'Suite Office, Power BI',
      row,
    ].join('\n');

  it('"Notions de Python (formation interne …)": a course only, no skill', () => {
    expect(ids(cv('Notions de Python (formation interne, 2023)'))).not.toContain('python');
  });

  it('the English and Spanish in-house courses read alike', () => {
    const en = ['Sam Okafor', '', 'SKILLS', 'Excel, Power BI', 'Basic Python (internal training, 2024)'].join('\n');
    const es = ['Lucía Prado', '', 'HABILIDADES', 'Excel, Power BI', 'Nociones de Python (formación interna, 2024)'].join('\n');
    expect(ids(en)).not.toContain('python');
    expect(ids(es)).not.toContain('python');
  });
});

describe('risk assessments against the AI standards', () => {
  const cv = (duty: string) =>
    [
      'Dr. Hanna Vogt',
      '',
      'Berufserfahrung',
      '',
      'seit 02/2022     Referentin KI-Compliance',
      '                 Rheinbank AG, Köln',
      `                 • ${duty}`,
    ].join('\n');

  it('"Risikobewertungen nach ISO/IEC 42001" assess AI risk, no security assessment', () => {
    expect(ids(cv('Risikobewertungen nach ISO/IEC 42001 für alle Anwendungsfälle'))).not.toContain('security-assessment');
  });

  it('"Risikobewertungen nach ISO 27005" still assess security', () => {
    expect(ids(cv('Risikobewertungen nach ISO 27005 für alle Fachanwendungen'))).toContain('security-assessment');
  });

  it('"Risk assessments per ISO 42001" in English too', () => {
    const text = ['Ana Reyes', '', 'EXPERIENCE', 'AI Compliance Lead, Northbank (2022 – Present)', '- Risk assessments per ISO 42001 for every use case'].join(
      '\n',
    );
    expect(ids(text)).not.toContain('security-assessment');
  });
});

describe('assessing the security of something', () => {
  it('"Assessed the security of" a supplier is a security assessment', () => {
    const text = [
      'Omar Farouk',
      '',
      'EXPERIENCE',
      'Security Analyst, Delta Freight (2021 – Present)',
      '- Assessed the security of new payroll suppliers (questionnaires, scoring)',
    ].join('\n');
    expect(ids(text)).toContain('security-assessment');
  });

  it('"Évaluation de la sécurité des" fournisseurs too', () => {
    const text = [
      'Inès Moreau',
      '',
      'EXPÉRIENCE',
      'Analyste sécurité, Banque Loire (2021 – aujourd’hui)',
      '▪ Évaluation de la sécurité des nouveaux fournisseurs (questionnaires)',
    ].join('\n');
    expect(ids(text)).toContain('security-assessment');
  });
});

describe('an ML inference endpoint in German', () => {
  it('"Bereitstellung eines Inferenz-Endpoints" deploys a model', () => {
    const text = [
      'Mara Schulte',
      '',
      'BERUFSERFAHRUNG',
      'Werkstudentin Data Science                  04/2024 – heute',
      'Quellwerk GmbH, Leipzig',
      '- Training von Klassifikationsmodellen in scikit-learn',
      '- Bereitstellung eines Inferenz-Endpoints mit Flask',
    ].join('\n');
    expect(ids(text)).toContain('ml-deployment');
  });
});

describe('an apprenticeship under an education heading', () => {
  const cv = (org: string) =>
    [
      'Tobias Reimann',
      '',
      'BERUFSERFAHRUNG',
      'IT-Administrator                                   01/2017 – heute',
      'Stadtwerke Celle',
      '* Betreuung der Linux-Server',
      '',
      'AUSBILDUNG',
      'Ausbildung zum Fachinformatiker Systemintegration   2013 – 2016',
      org,
    ].join('\n');

  it('with only the examining chamber named ("IHK …"), it is a qualification: no work', () => {
    const p = parseResume(cv('IHK Hannover'), AS_OF);
    expect(p.experience.entries.map((e) => e.title)).toEqual(['IT-Administrator']);
  });

  it('with the training company named, it is work', () => {
    const p = parseResume(cv('Kabelnetz Nord GmbH, Hannover'), AS_OF);
    expect(p.experience.entries.map((e) => e.title)).toContain('Ausbildung zum Fachinformatiker Systemintegration');
  });
});

describe('a learning sentence that names a course', () => {
  const cv = (line: string) =>
    [
      'Bilal Ahmed',
      '',
      'Work Experience',
      'Network Engineer',
      'Indus Fibre Ltd - Karachi',
      'March 2020 to Present',
      '- Configured BGP on core routers',
      '',
      'Skills',
      '- Kubernetes (Less than 1 year)',
      '- Cisco IOS (5 years)',
      '',
      'Additional Information',
      line,
    ].join('\n');

  it('"Learning Kubernetes through Udemy": the listing is disclaimed (convention 150)', () => {
    expect(ids(cv('Learning Kubernetes through Udemy (CKA prep course).'))).not.toContain('kubernetes');
  });

  it('without a course named, the sentence is no learning line', () => {
    expect(ids(cv('Learning from every outage and writing it up.'))).toContain('kubernetes');
  });
});
