import { describe, expect, it } from 'vitest';
import { parseResume } from './_languages';

const AS_OF = { asOf: '2026-11-01' };
const profile = (lines: readonly string[]) => parseResume(lines.join('\n'), AS_OF);
const entries = (lines: readonly string[]) => profile(lines).experience.entries.map((e) => [e.title, e.start, e.end, e.kind.join(',') || 'other']);
const skills = (lines: readonly string[]) => profile(lines).skills.map((s) => s.id);

describe('a season range whose end wraps in the date column', () => {
  it('reads "Fall 2019 -" over "Spring 2021" as one range, from September to May', () => {
    const text = [
      'Sam Ode',
      '',
      'ACADEMIC APPOINTMENTS',
      'Fall 2019 -           Research Fellow, Harwick Institute',
      'Spring 2021           - Wrote the lab’s grant reports.',
    ];
    expect(entries(text).map(([title, start, end]) => [title, start, end])).toEqual([['Research Fellow', '2019-09', '2021-05']]);
  });

  it('reads the French seasons the same way ("Automne 2019 -" over "printemps 2021")', () => {
    const text = [
      'Sam Ode',
      '',
      'POSTES ACADÉMIQUES',
      'Automne 2019 -        Chargé de recherche, Institut Harwick',
      'printemps 2021        - Rédaction des rapports de financement du laboratoire.',
    ];
    expect(entries(text).map(([, start, end]) => [start, end])).toEqual([['2019-09', '2021-05']]);
  });
});

describe('two positions of one job in its title, the second dated from a month of the job', () => {
  it('splits "Support Engineer, then Security Engineer (from 03.2021)" at that month, each with its labelled duties', () => {
    const text = [
      'Kim Ray',
      '',
      'EXPERIENCE',
      '01.2019 - 12.2022',
      'Support Engineer, then Security Engineer (from 03.2021) - Quillon Ltd, Leeds',
      '* (Support Engineer) Answered customer tickets about printer drivers.',
      '* (Security Engineer) Ran vulnerability scans with Nessus and tuned the Splunk SIEM alerts.',
    ];
    expect(entries(text)).toEqual([
      ['Support Engineer', '2019-01', '2021-02', 'other'],
      ['Security Engineer', '2021-03', '2022-12', 'security'],
    ]);
  });

  it('gives a bracketed label that names no position as written to the one no label names', () => {
    const text = [
      'Kim Ray',
      '',
      'EXPÉRIENCE PROFESSIONNELLE',
      '01.2019 - 12.2022',
      'Technicien support, puis ingénieur en cybersécurité (dès 03.2021) - Quillon SA, Lyon',
      '* (Technicien support) Réponse aux tickets des clients sur les pilotes d’imprimante.',
      '* (Ingénieur sécu) Scans de vulnérabilités avec Nessus et réglage des alertes du SIEM Splunk.',
    ];
    expect(entries(text)).toEqual([
      ['Technicien support', '2019-01', '2021-02', 'other'],
      ['ingénieur en cybersécurité', '2021-03', '2022-12', 'security'],
    ]);
  });

  it('keeps one entry when the date after "then" is a year alone, a remark on the job', () => {
    const text = ['Kim Ray', '', 'EXPERIENCE', '01.2019 - 12.2022', 'Support Engineer, then Security Engineer (since 2021) - Quillon Ltd, Leeds'];
    expect(entries(text).map(([, start, end]) => [start, end])).toEqual([['2019-01', '2022-12']]);
  });

  it('keeps one entry when the date named after "then" is the job\'s first month', () => {
    const text = ['Kim Ray', '', 'EXPERIENCE', '01.2019 - 12.2022', 'Support Engineer, then Security Engineer (from 01.2019) - Quillon Ltd, Leeds'];
    expect(entries(text).map(([, start, end]) => [start, end])).toEqual([['2019-01', '2022-12']]);
  });
});

describe('a dated line of the work history that points to the education section', () => {
  it('is study, not work ("Estudios de LL.M. a tiempo completo (ver Formación)")', () => {
    const text = [
      'Ana Gil',
      '',
      'EXPERIENCIA PROFESIONAL',
      '2021-05 – 2023-02    Analista de Riesgos, Banco Costa, Madrid',
      '2019-09 – 2021-04    Estudios de máster a tiempo completo (ver Formación)',
      '2016-01 – 2019-08    Auditora Junior, Rivas Auditores, Madrid',
    ];
    expect(profile(text).experience.totalYears).toBeCloseTo(5.5, 2);
  });
});

describe('a basic level that opens a sentence of a skills row with no colon (convention 141)', () => {
  it('gives no evidence for what "Familiar with" names up to the sentence end', () => {
    expect(skills(['Lee Ash', '', 'SKILLS', 'Python, Go. Familiar with Kubernetes and Node.js. Terraform.'])).toEqual(['go', 'python', 'terraform']);
  });

  it('reads a row that opens with it, without a colon, the same way', () => {
    expect(skills(['Lee Ash', '', 'SKILLS', 'Python', 'Familiar with Kubernetes.'])).toEqual(['python']);
  });
});

describe('learning and spare-time interest written as sentences', () => {
  it('"Currently taking a … course" disclaims the tool named before "course", listed elsewhere too', () => {
    expect(skills(['Lee Ash', '', 'SKILLS', 'Python, Terraform, LangChain', 'Currently taking a LangChain course to build LLM apps.'])).toEqual([
      'python',
      'terraform',
    ]);
  });

  it('"beschäftige mich derzeit in meiner Freizeit mit" names an interest, no work', () => {
    const text = ['Lea Kurz', '', 'Zusammenfassung', 'Ich beschäftige mich derzeit in meiner Freizeit mit Prompt Injection und Kubernetes.'];
    expect(skills(text)).toEqual([]);
  });
});

describe('a certification being studied for, on the line under its name', () => {
  it('"estudiando" holds no certification', () => {
    const text = ['Luis Paz', '', 'CERTIFICACIONES', 'OSCP (2022)', 'AWS Security – Specialty:', 'estudiando'];
    expect(profile(text).certifications.map((c) => c.id)).toEqual(['oscp']);
  });
});

describe('security and leadership words of other languages', () => {
  it('a code review of services in a named language is secure code review in a security job (es)', () => {
    const text = [
      'Luis Paz',
      '',
      'EXPERIENCIA',
      'mar. 2022 – actualidad | Ingeniero de Seguridad de Aplicaciones, Nubora, Lima',
      '• Revisión de código de los servicios Java que procesan pagos.',
    ];
    expect(skills(text)).toContain('secure-code-review');
  });

  it('tabletop exercises with the executives are stakeholder communication (en, de)', () => {
    const en = ['Jo Fenn', '', 'EXPERIENCE', 'IR Lead, Harbor Mutual   03/2021 - present', '• Ran ransomware tabletop exercises with the executive team.'];
    const de = ['Jo Fenn', '', 'BERUFSERFAHRUNG', 'IR-Leiterin, Harbor AG   03/2021 - heute', '• Tabletop-Übungen mit der Geschäftsleitung durchgeführt.'];
    expect(skills(en)).toContain('stakeholder-communication');
    expect(skills(de)).toContain('stakeholder-communication');
  });
});

describe('a French teaching heading', () => {
  it('"ENSEIGNEMENT" holds courses taught, no degree ("(M1)")', () => {
    const text = [
      'Camille Roy',
      '',
      'FORMATION',
      '2016 - 2018   Master de mathématiques appliquées, ENS Lyon',
      '',
      'ENSEIGNEMENT',
      '2023 -        « Apprentissage profond » (M1)',
    ];
    expect(profile(text).education.map((e) => [e.level, e.field])).toEqual([['master', 'mathematics']]);
  });
});
