import { describe, expect, it } from 'vitest';
import { splitColumns } from '../src/text/columns';
import { education, ids, read } from './_resumes';

// Reading the forty-first session's (seventh) r187 set taught (conventions 442–449 of docs/reading-conventions.md): how
// native German, French and Spanish résumés lay out and word their entries.

const pad = (cell: string, width = 27) => `  ${cell.padEnd(width)}`;
const bullet = (text: string, wrap?: string) => `${pad('')}•   ${text}${wrap ? `\n${pad('')}    ${wrap}` : ''}`;

/** A tabular Lebenslauf: dates in the left column, each title beside its dates, its duties bulleted under the title. */
const LEBENSLAUF = [
  '  Berufserfahrung',
  '',
  `${pad('seit 03/2021')}AI Security Engineer`,
  `${pad('')}Velox Software GmbH, München`,
  bullet('Threat Modeling (STRIDE) für alle KI-Funktionen der', 'Sprachassistenz im Fahrzeug'),
  bullet('Code-Reviews der Python- und Java-Dienste mit Semgrep'),
  bullet('Red-Teaming der Sprachassistenz vor jedem Release', '(Prompt Injection, Jailbreaks)'),
  '',
  `${pad('10/2018 – 02/2021')}Penetration Testerin`,
  `${pad('')}SecuTec Consulting GmbH, Frankfurt am Main`,
  bullet('Web- und API-Pentests mit Burp Suite und Metasploit'),
  bullet('Exploit-PoCs und kleine Hilfstools in Python'),
  bullet('Interne Netzwerk-Pentests inkl. Active-Directory-Angriffe'),
  '',
  '  Ausbildung',
  '',
  `${pad('10/2016 – 09/2018')}M.Sc. IT-Sicherheit, TU Darmstadt`,
  `${pad('10/2012 – 09/2016')}B.Sc. Informatik, Universität Regensburg`,
].join('\n');

describe('a tabular Lebenslauf whose duties hang under bullets beside the date column', () => {
  it('the spaces after each bullet are no gutter: the page is read line by line, each title beside its dates', () => {
    const columns = splitColumns(LEBENSLAUF);
    expect(columns.text).toBe(LEBENSLAUF);
    expect(columns.dateColumn).toBe(true);
  });

  it('every entry keeps its dates and duties', () => {
    const entries = read(LEBENSLAUF).experience.entries.map((e) => [e.title, e.start, e.end, e.months]);
    expect(entries).toEqual([
      ['AI Security Engineer', '2021-03', '2026-11', 69],
      ['Penetration Testerin', '2018-10', '2021-02', 29],
    ]);
    expect(read(LEBENSLAUF).experience.securityYears).toBe(8.17);
  });
});

describe("a Lebenslauf's second page goes on with the table of the first", () => {
  const second = [
    '',
    `${pad('Zertifizierungen')}Offensive Security Certified Professional (OSCP), 2019`,
    `${pad('')}CompTIA Security+, 2017`,
    '',
    `${pad('Kenntnisse')}Programmierung: Python (sehr gut), Java (gut), JavaScript/`,
    `${pad('')}TypeScript (gut), Bash`,
    `${pad('')}Plattformen: Docker, AWS`,
    '',
    `${pad('Sprachen')}Deutsch (Muttersprache), Englisch (C1)`,
    '',
    `${pad('Interessen')}Bouldern, Schach`,
    '',
    '  München, 02.11.2026',
  ].join('\n');

  it('its label cells stay beside their values, line by line', () => {
    const text = `${LEBENSLAUF}\n\f${second}`;
    expect(splitColumns(text).text).toBe(text);
  });
});

describe('a header line of title and employer under dates alone, over prose', () => {
  const entry = (line: string, prose: string) => `BERUFLICHER WERDEGANG\n\nSeit Jänner 2023\n${line}\n${prose}\n`;

  it('the line below the dates is the whole header, and the prose under it no title, whatever job word it holds', () => {
    const text = entry(
      'Leiterin Informationssicherheit (CISO), Donauländische Bank AG, Wien',
      'Ich leite ein Team von sechs Mitarbeiterinnen und Mitarbeitern und berichte direkt an den Vorstand.',
    );
    const [e] = read(text).experience.entries;
    expect([e?.title, e?.organization, e?.kind]).toEqual(['Leiterin Informationssicherheit (CISO)', 'Donauländische Bank AG', ['security']]);
  });

  it('a title over its employer on the next line still reads both', () => {
    const [e] = read(entry('Informationssicherheitsbeauftragte', 'Alpenland Versicherung AG, Wien')).experience.entries;
    expect([e?.title, e?.organization]).toEqual(['Informationssicherheitsbeauftragte', 'Alpenland Versicherung AG']);
  });
});

describe('the title awarded under a dated study, indented to its text', () => {
  const study = (name: string) =>
    `AUSBILDUNG\n\n2001 – 2007   ${name}\n              Abschluss: Mag. rer. soc. oec.\n1993 – 2001   AHS, BRG 19 Wien, Matura mit gutem Erfolg\n`;

  it('"Abschluss: Mag. rer. soc. oec." names the Diplomstudium\'s degree: its faculty words are no second field', () => {
    expect(education(study('Diplomstudium Wirtschaftsinformatik, Universität Wien'))).toEqual(['master/information-systems']);
  });

  it('a study read with no field takes the field of the title awarded', () => {
    expect(education(study('Diplomstudium, Universität Wien'))).toEqual(['master/business']);
  });
});

const de = (title: string, line: string) => `BERUFSERFAHRUNG\nAcme GmbH\n${title}\n07/2016 - 06/2021\n${line}\n`;
const en = (title: string, line: string) => `EXPERIENCE\nAcme Ltd\n${title}\n2016 - 2021\n${line}\n`;

describe('a plan for a coming year is no work done', () => {
  it.each([
    ['de', de('Leiterin Informationssicherheit', '- Für 2027 ist geplant, Fairness-Prüfungen für die Kreditscoring-Modelle einzuführen.'), ['team-leadership']],
    ['en', en('Head of Information Security', '- For 2027 we plan to introduce fairness audits of the credit scoring models.'), ['team-leadership']],
    [
      'es',
      'EXPERIENCIA\nAcme S.A.\nResponsable de Seguridad\n2016 - 2021\n- Para 2027 está previsto introducir auditorías de equidad de los modelos de scoring.\n',
      [],
    ],
    ['fr', "EXPÉRIENCE\nAcme SA\nResponsable sécurité\n2016 - 2021\n- Pour 2027 il est prévu d'introduire des audits d'équité des modèles de scoring.\n", []],
  ])('"for <year> it is planned" (%s)', (_, text, expected) => {
    expect(ids(text)).toEqual(expected);
  });

  it('the same checks introduced are responsible AI', () => {
    expect(ids(de('Leiterin Informationssicherheit', '- Fairness-Prüfungen für die Kreditscoring-Modelle eingeführt.'))).toEqual([
      'responsible-ai',
      'team-leadership',
    ]);
  });
});

describe('German words of leading, isolating and blocking', () => {
  it('leading a military unit ("Führung eines IT-Trupps mit vier Soldaten") is team leadership', () => {
    expect(ids(de('IT-Feldwebel', '- Führung eines IT-Trupps mit vier Soldaten (Dienstaufsicht, Ausbildung)'))).toEqual(['team-leadership']);
  });

  it('network isolation is network security, in German and English; SageMaker’s isolation setting is not', () => {
    expect(ids(de('Security Engineer', '- Netzwerkisolation über Private Endpoints und NSGs für alle ML-Workspaces'))).toEqual(['network-security']);
    expect(ids(en('Security Engineer', '- Network isolation of all ML workspaces with private endpoints'))).toEqual(['network-security']);
    expect(ids(en('ML Engineer', '- Enabled SageMaker network isolation for the training jobs'))).toEqual(['aws', 'machine-learning']);
  });

  it('a service whose relative clause ends with the verb that blocks is security automation', () => {
    expect(ids(de('Security Engineer', '- Python-Dienst, der unsignierte oder nicht gescannte Modelle beim Deployment blockiert'))).toEqual([
      'devsecops',
      'python',
      'security-automation',
    ]);
  });
});

describe('a degree whose last requirement is met, its title still being issued (convention 442)', () => {
  const estadistica = (note: string) => `EDUCACIÓN\n\nEstadística (pregrado)\nUniversidad Nacional de Colombia - Medellín\n2019 a 2024\n${note}\n`;
  const leeds = (note: string) => `EDUCATION\n\nMSc Data Science, University of Leeds\n2022 - 2024\n${note}\n`;

  it('a defended and approved thesis makes the degree held, whatever the title or ceremony pending says', () => {
    const note = 'Trabajo de grado sustentado y aprobado en septiembre de 2026; título en trámite (ceremonia de grado\nprogramada para diciembre de 2026)';
    expect(education(estadistica(note))).toEqual(['bachelor/statistics']);
    expect(education(leeds('Thesis defended in October 2026; degree awaiting conferral'))).toEqual(['master/data-science']);
  });

  it('a title in process alone, or a defence still awaited, leaves it unheld', () => {
    expect(education(estadistica('Título en trámite'))).toEqual([]);
    expect(education(leeds('Thesis submitted; defence awaited'))).toEqual([]);
  });
});

describe('French words of watching, designing and tooling', () => {
  const fr = (title: string, line: string) => `EXPÉRIENCE\nAcme SA\n${title}\n2016 - 2021\n${line}\n`;

  it('a technology watch on a topic ("Veille technologique sur la robustesse adversariale") is reading, no work', () => {
    expect(ids(fr('Ingénieure vision', '- Veille technologique sur la robustesse adversariale des modèles de vision'))).toEqual([]);
  });

  it('a PostgreSQL schema designed with another team is data engineering', () => {
    expect(ids(fr('Ingénieure vision', "- Conception, avec l'équipe data, du schéma PostgreSQL des détections et des métadonnées"))).toEqual([
      'data-engineering',
      'sql',
    ]);
  });

  it('agent tooling in a security entry is no security tooling', () => {
    expect(ids(fr('Directrice sécurité IA', "- Sécurisation de la passerelle LLM et de l'outillage d'agents"))).not.toContain('security-automation');
  });
});
