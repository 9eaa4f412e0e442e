import { describe, expect, it } from 'vitest';
import { splitColumns } from '../src/text/columns';
import { education, read } from './_resumes';

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
