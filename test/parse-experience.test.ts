import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../src/catalog/load';
import { everyLanguage, parseResume } from './_languages';

/** `normalizeText` with every language pack loaded. */
const normalizeText = (raw: string): string => normalize(raw, everyLanguage());
import { formatYearMonth, toYm } from '../src/text/dates';
import { extractEntries, type RawEntry } from '../src/resume/_entries';
import { normalizeText as normalize } from '../src/text/normalize';
import { findSections } from '../src/resume/sections';
import { allLanguagesLexicon, lexiconFor, structureFor } from '../src/text/lexicon';
import { allLanguages } from '../src/languages';
import { HOSTILE_INPUTS } from './_hostile-inputs';

const AS_OF = toYm(2026, 11);

function read(raw: string) {
  const text = normalizeText(raw);
  return { text, ...extractEntries(text, findSections(text), { asOfYm: AS_OF, lex: lexiconFor(), order: 'day-first' }) };
}

/** title | organization | start–end | months */
function show(e: RawEntry): string {
  return `${e.title} | ${e.organization ?? '-'} | ${formatYearMonth(e.start)}–${formatYearMonth(e.end)} | ${e.months}`;
}

describe('extractEntries: terms', () => {
  const dates = (raw: string) => read(raw).entries.map((e) => `${e.title} | ${formatYearMonth(e.start)}–${formatYearMonth(e.end)} | ${e.months}`);

  it('reads terms listed one after another as one period, from the first to the last', () => {
    expect(dates('EXPERIENCE\nData Analyst, Acme    Q1 2020, Q3 2020\n- Dashboards')).toEqual(['Data Analyst, Acme | 2020-01–2020-09 | 9']);
    expect(dates('TEACHING\nTeaching Assistant, University of Georgian Bay\n(Fall 2017, Winter 2018, Fall 2018) – tutorials and grading')).toEqual([
      'Teaching Assistant, University of Georgian Bay | 2017-09–2018-11 | 15',
    ]);
  });

  it('keeps terms out of order apart', () => {
    expect(dates('EXPERIENCE\nData Analyst, Acme    Q3 2020, Q1 2020\n- Dashboards')).toEqual(['Data Analyst, Acme | 2020-07–2020-09 | 3']);
  });

  it('heads no entry with a line that closes a bracket the line above left open', () => {
    const raw =
      'TEACHING\nLakeshore University: CSC311 Introduction to Machine Learning (Fall 2022, Fall 2023, Fall 2024,\nFall 2025); CSC413 Neural Networks (Winter 2024).\nTeaching Assistant, University of Georgian Bay\n(Fall 2017, Winter 2018, Fall 2018) – tutorials and grading';
    expect(dates(raw)).toEqual(['Teaching Assistant, University of Georgian Bay | 2017-09–2018-11 | 15']);
  });
});

describe('extractEntries: layouts', () => {
  it.each([
    [
      'EXPERIENCIA PROFESIONAL\nIngeniera de seguridad – Seguridad de la\nred corporativa  03/2021 – 05/2024\nNorvik S.L.\n- Segmentación de la red.',
      'Ingeniera de seguridad – Seguridad de la',
      39,
    ],
    [
      'EXPERIENCE\nSecurity Engineer – Security of the\ncorporate network  2019 – 2021\nAcme Ltd\n- Ran the firewalls.',
      'Security Engineer – Security of the',
      36,
    ],
    [
      'BERUFSERFAHRUNG\nSecurity Engineer – Sicherheit für die\nzentrale Plattform  01/2020 – 12/2020\nNordbank AG\n- Firewall-Regeln geprüft.',
      'Security Engineer – Sicherheit für die',
      12,
    ],
  ])('reads a job title that wraps after a short function word onto its date line in lowercase: %s', (raw, title, months) => {
    const p = parseResume(raw, { asOf: '2026-11-01' });
    expect(p.experience.entries.map((e) => [e.title, e.months])).toEqual([[title, months]]);
  });

  it.each([
    'EXPERIENCE\nSecurity Engineer at Acme\nworked on the network  2019 – 2021',
    'EXPERIENCIA\nResponsable de la\nred y los sistemas de la empresa con cambios  2019 – 2021',
  ])('reads no header from a lowercase date line under a line that does not wrap a title: %s', (raw) => {
    expect(parseResume(raw, { asOf: '2026-11-01' }).experience.entries).toEqual([]);
  });

  it.each([
    [
      'Indeed export: title, company and dates on lines of their own, blank lines between',
      'WORK EXPERIENCE\n\nSenior Systems Engineer\n\nInfosys Limited -  Hyderabad, Telangana -\n\nJanuary 2015 to Present\n\n● Enhancement requests\n\nSystems Engineer\n\nTCS -  Pune, Maharashtra -\n\nJune 2012 to December 2014\n\n● Support',
      ['Senior Systems Engineer | Infosys Limited | 2015-01–2026-11 | 143', 'Systems Engineer | TCS | 2012-06–2014-12 | 31'],
    ],
    [
      'title + date, organisation on the next line',
      'EXPERIENCE\nSenior Security Engineer, Product Security    Sep 2017 – Dec 2020\nHelix Payments • Seattle, WA\n- Ran reviews',
      ['Senior Security Engineer, Product Security | Helix Payments | 2017-09–2020-12 | 40'],
    ],
    [
      'Title — Org, City + date',
      'Experience\nAI Security Engineer — Cartwheel Commerce, Denver, CO      07/2021 - Present\n- Threat-model features',
      ['AI Security Engineer | Cartwheel Commerce | 2021-07–2026-11 | 65'],
    ],
    [
      'pipe-separated with a bare-year range',
      'WORK EXPERIENCE\nAI Security Analyst | Meridian Financial Group | Charlotte, NC     2024 – Present\n• Evaluate AI systems',
      ['AI Security Analyst | Meridian Financial Group | 2024-01–2026-11 | 35'],
    ],
    [
      'title above "Org | dates", no bullets between entries',
      'Experience\nSecurity Consultant\nWavestone | 03/2018 - 10/2026\nIT Auditor\nKPMG | 09/2014 - 02/2018 (3 yrs 6 mos)',
      ['Security Consultant | Wavestone | 2018-03–2026-10 | 104', 'IT Auditor | KPMG | 2014-09–2018-02 | 42'],
    ],
    [
      'a printed duration with "and" after the range',
      'Experience\nSecurity Engineer\nAcme | Jan 2019 – Dec 2020 (1 year and 11 months)\n- Ran reviews',
      ['Security Engineer | Acme | 2019-01–2020-12 | 24'],
    ],
    [
      'a bulleted header with sub-bullets',
      'EXPERIENCE\n● MLSecOps Engineer — Quanta Insurance, ML Platform team     Oct 2022 – Now\n  ○ Own the platform\n  ○ Part-time from Oct 2022',
      ['MLSecOps Engineer | Quanta Insurance | 2022-10–2026-11 | 50'],
    ],
    [
      'organisation and place with the date, a title with a remark in brackets below',
      'Experience\nArmor Cyber SAS  —  Rennes      Sep 2018 – Aug 2021\nApprentice SOC Analyst (alternance — 3 weeks company / 1 week school)\n- Wrote detection rules',
      ['Apprentice SOC Analyst (alternance — 3 weeks company / 1 week school) | Armor Cyber SAS | 2018-09–2021-08 | 36'],
    ],
    [
      'a company line above "Title – Unit"',
      'Experience\n\nSahyadri Commercial Bank Ltd., Mumbai\nAssistant Manager – IS Audit      Jan 2014 – Dec 2018\n- Audits of core banking',
      ['Assistant Manager – IS Audit | Sahyadri Commercial Bank Ltd. | 2014-01–2018-12 | 60'],
    ],
    [
      'Org — Title',
      'Experience\nGoogle — Staff Software Engineer     2019 – Present\n- Built things',
      ['Staff Software Engineer | Google | 2019-01–2026-11 | 95'],
    ],
    [
      'Title at Org',
      'Experience\nSoftware Engineer at Initech     Mar 2015 to Aug 2017\n- Built things',
      ['Software Engineer | Initech | 2015-03–2017-08 | 30'],
    ],
    ['Title, Org (years)', 'Experience\nData Analyst, Acme Corp (2015–2018)\n- Did stuff', ['Data Analyst | Acme Corp | 2015-01–2018-12 | 48']],
    [
      'date on its own line after the title block',
      'Experience\nAcme Corp\nSenior Engineer\nJan 2020 – Present\n- Built things\n\nBeta Inc.\nData Analyst\n2017 – 2019\n- Analysed',
      ['Senior Engineer | Acme Corp | 2020-01–2026-11 | 83', 'Data Analyst | Beta Inc. | 2017-01–2019-12 | 36'],
    ],
    [
      'date on its own line before the title',
      'Work History\nJan 2020 – Present\nSenior Engineer, Acme Corp\n- Built things\n\n2017 – 2019\nData Analyst, Beta Inc., Boston, MA\n- Analysed',
      ['Senior Engineer | Acme Corp | 2020-01–2026-11 | 83', 'Data Analyst | Beta Inc. | 2017-01–2019-12 | 36'],
    ],
    [
      'date first, then the header text',
      'Experience\nJan 2015 - Dec 2015     Research Assistant — MIT\n- Ran studies',
      ['Research Assistant | MIT | 2015-01–2015-12 | 12'],
    ],
    [
      'organisation line with the date, title below',
      'EMPLOYMENT\nAcme Corp, Seattle, WA        01/2019 - 06/2021\nSecurity Engineer\n- did x',
      ['Security Engineer | Acme Corp | 2019-01–2021-06 | 30'],
    ],
    [
      'organisation line above the title line',
      'Experience\nAcme Corp — Seattle, WA\nSenior Engineer     2019 – 2021\n- did x',
      ['Senior Engineer | Acme Corp | 2019-01–2021-12 | 36'],
    ],
    [
      'a company line with roles under it',
      'Experience\nAcme Corp                  2010 – 2014\nSenior Engineer            2012 – 2014\n- x\nEngineer                   2010 – 2011\n- y',
      ['Senior Engineer | Acme Corp | 2012-01–2014-12 | 36', 'Engineer | Acme Corp | 2010-01–2011-12 | 24'],
    ],
    [
      'roles under one company line share it',
      'EXPERIENCE\nACME CORPORATION, New York, NY\nSenior Security Engineer (Jan 2020 – Present)\n• Led\nSecurity Engineer (June 2017 – Dec 2019)\n• Did',
      ['Senior Security Engineer | ACME CORPORATION | 2020-01–2026-11 | 83', 'Security Engineer | ACME CORPORATION | 2017-06–2019-12 | 31'],
    ],
    [
      'European numeric dates first, legal suffixes',
      'EXPERIENCE\n03.2018 – 05.2021   Data Scientist, Siemens AG, Munich\n06.2021 to present  Senior Data Scientist, SAP SE',
      ['Data Scientist | Siemens AG | 2018-03–2021-05 | 39', 'Senior Data Scientist | SAP SE | 2021-06–2026-11 | 66'],
    ],
    ['Title @ Org, date', 'WORK EXPERIENCE\nRed Team Lead @ Mandiant, Oct 2021–Present\n- Led', ['Red Team Lead | Mandiant | 2021-10–2026-11 | 62']],
    [
      'tab-separated columns',
      'Experience\nSecurity Analyst\tOrbit Bank\tJun 2013 – Feb 2015\n- Monitored alerts',
      ['Security Analyst | Orbit Bank | 2013-06–2015-02 | 21'],
    ],
    [
      'a location after the range',
      'Experience\nPlatform Engineer — Tandem     Apr 2023 – Present  |  San Jose, CA\n- Served models',
      ['Platform Engineer | Tandem | 2023-04–2026-11 | 44'],
    ],
    [
      'a year alone in the date column: that whole year; "until" between ISO months',
      'PROJECTS & EMPLOYMENT\n\n2019-06 until 2020-05   OT security assessment (freelance)\n                    Spreetal GmbH, Cottbus\n\n2010 - 2011         Working student, IT security team, Lausitz Telecom GmbH\n2009                Student job, IT support, Stadtwerke Cottbus',
      [
        'OT security assessment (freelance) | Spreetal GmbH | 2019-06–2020-05 | 12',
        'Working student | IT security team | 2010-01–2011-12 | 24',
        'Student job, IT support, Stadtwerke Cottbus | - | 2009-01–2009-12 | 12',
      ],
    ],
  ])('%s', (_name, raw, expected) => {
    const { entries, warnings } = read(raw);
    expect(entries.map(show)).toEqual(expected);
    expect(warnings).toEqual([]);
  });

  it('reads a date column whose range wraps onto the next line', () => {
    const raw =
      'EXPÉRIENCES\nJanv. 2019 –         CRÉDIT RHODANIEN, Paris\nfévr. 2022           DPO adjointe\n                     - Tenue du registre\n\nOct. 2014 –\ndéc. 2018            Juriste protection des données\n                     - Conseil';
    const text = normalizeText(raw);
    const { entries } = extractEntries(text, findSections(text), { asOfYm: AS_OF, lex: lexiconFor('fr', allLanguages), order: 'day-first' });
    expect(entries.map(show)).toEqual(['DPO adjointe | CRÉDIT RHODANIEN | 2019-01–2022-02 | 38', 'Juriste protection des données | - | 2014-10–2018-12 | 51']);
    expect(text.slice(entries[0]?.bodyStart, entries[0]?.bodyEnd)).toBe('                     - Tenue du registre');
  });

  it.each([
    ['en', 'EXPERIENCE\n2023–          Assistant Professor, Northgate University\n2021–2022      Postdoctoral Fellow, Ridgeview Institute\n'],
    ['en', 'EXPERIENCE\n2023 -         Assistant Professor, Northgate University\n2021 - 2022    Postdoctoral Fellow, Ridgeview Institute\n'],
    ['es', 'EXPERIENCIA\n2023 –         Profesora ayudante, Northgate University\n2021 – 2022    Investigadora posdoctoral, Ridgeview Institute\n'],
  ] as const)('%s: a date column whose dash is left open runs to the present (r56)', (lang, raw) => {
    const text = normalizeText(raw);
    const { entries } = extractEntries(text, findSections(text), { asOfYm: AS_OF, lex: lexiconFor(lang, allLanguages), order: 'day-first' });
    expect(entries.map((e) => [formatYearMonth(e.start), formatYearMonth(e.end), e.months, e.current])).toEqual([
      ['2023-01', '2026-11', 47, true],
      ['2021-01', '2022-12', 24, false],
    ]);
  });

  it('a date column whose end stands below in brackets is closed there', () => {
    const raw =
      'EXPERIENCE\n11.2017 –        Machine Learning Engineer\n12.2021          Vireo Mobility GmbH, Munich\n(parental leave  - Developed demand models\n07.2021 –          (gradient boosting)\n12.2021)         - Productionised models\n';
    const text = normalizeText(raw);
    const { entries } = extractEntries(text, findSections(text), { asOfYm: AS_OF, lex: lexiconFor('en', allLanguages), order: 'day-first' });
    expect(entries.every((e) => !e.current)).toBe(true);
  });

  it.each([
    ['a range inside a bullet', 'EXPERIENCE\nAnalyst  2011 – 2015\n- Deployed to Afghanistan (2013–2014) with a brigade section.'],
    ['a range in a continuation line', 'EXPERIENCE\nAnalyst  2011 – 2015\n- Deployed overseas\n  (2013–2014) with a brigade'],
    ['a single date in a bullet', 'EXPERIENCE\nAnalyst  2011 – 2015\n- Part-time from Oct 2022 while handing over'],
    ['a short bullet with a range', 'EXPERIENCE\nAnalyst  2011 – 2015\n- Tech lead 2013 – 2014'],
    ['a sentence with a range', 'EXPERIENCE\nAnalyst  2011 – 2015\nI led the migration of the platform from 2012 to 2013.'],
  ])('ignores %s', (_name, raw) => {
    expect(read(raw).entries.map(show)).toEqual(['Analyst | - | 2011-01–2015-12 | 60']);
  });

  it.each([
    ['EXPERIENCE\nSecurity Engineer\n(Contract)\nAcme Corp  2019 – 2021\n- Ran the SOC\n'],
    ['EXPERIENCE\nSecurity Engineer  2019 – 2021\n(Contract)\n- Ran the SOC\n'],
    ['EXPERIENCE\nSecurity Engineer  2019 – 2021\n- Ran the SOC\n'],
  ])('a bracketed remark under a title leaves the title and its dates: %j', (raw) => {
    expect(read(raw).entries.map((e) => [e.title, formatYearMonth(e.start), formatYearMonth(e.end), e.months])).toEqual([
      ['Security Engineer', '2019-01', '2021-12', 36],
    ]);
  });

  it('gives header and body offsets into the text', () => {
    const raw = 'Jane\n\nEXPERIENCE\nEngineer  2019 – 2021\nAcme\n- one\n- two\n\nAnalyst  2016 – 2018\n- three\n\nSKILLS\nPython';
    const { text, entries } = read(raw);
    const [a, b] = entries as [RawEntry, RawEntry];
    expect(text.slice(a.headerStart, a.headerEnd)).toBe('Engineer  2019 – 2021\nAcme');
    expect(text.slice(a.bodyStart, a.bodyEnd)).toBe('- one\n- two');
    expect(text.slice(b.headerStart, b.headerEnd)).toBe('Analyst  2016 – 2018');
    expect(text.slice(b.bodyStart, b.bodyEnd)).toBe('- three');
  });

  it('reads the whole text when there is no experience section, but not education or projects', () => {
    const raw =
      'Jane Doe\nSoftware Engineer at Initech  2018 – 2021\n\nEDUCATION\nResearch Assistant — MIT  2014 – 2016\n\nPROJECTS\nBuilder — Foo  2017 – 2018';
    expect(read(raw).entries.map(show)).toEqual(['Software Engineer | Initech | 2018-01–2021-12 | 48']);
  });

  it.each([
    ['no experience at all', 'Jane Doe\nI like security.\n\nEDUCATION\nB.S. 2019', 'NO_EXPERIENCE'],
    ['an undated experience section', 'EXPERIENCE\nSecurity Engineer, Acme\n- Built things', 'NO_DATES'],
  ])('warns for %s', (_name, raw, code) => {
    const { entries, warnings } = read(raw);
    expect(entries).toEqual([]);
    expect(warnings.map((w) => w.code)).toEqual([code]);
  });

  it('warns on an empty text only through the caller', () => {
    expect(read('  \n ').warnings).toEqual([]);
  });

  it('skips an inverted range with a warning', () => {
    const { entries, warnings } = read('EXPERIENCE\nContractor — Foo Ltd  2099 – 1980\n- x');
    expect(entries).toEqual([]);
    expect(warnings).toEqual([{ code: 'INVERTED_RANGE', message: 'Skipped the date range `2099 – 1980`: it ends before it starts.' }]);
  });

  it('caps a future end at asOf with a warning', () => {
    const { entries, warnings } = read('EXPERIENCE\nEngineer — Bar  Jan 2025 – Dec 2028\n- x');
    expect(entries.map(show)).toEqual(['Engineer | Bar | 2025-01–2026-11 | 23']);
    expect(warnings).toEqual([
      {
        code: 'FUTURE_DATE',
        message: 'The date range `Jan 2025 – Dec 2028` ends after the asOf month 2026-11; it was counted up to 2026-11.',
      },
    ]);
  });

  it('skips a range that starts after asOf with a warning', () => {
    const { entries, warnings } = read('EXPERIENCE\nEngineer — Bar  Jan 2027 – Present\n- x');
    expect(entries).toEqual([]);
    expect(warnings.map((w) => w.code)).toEqual(['FUTURE_DATE']);
  });

  it('marks current entries', () => {
    const { entries } = read('EXPERIENCE\nEngineer — Bar  Jan 2025 – Present\nAnalyst — Baz  2020 – 2024');
    expect(entries.map((e) => e.current)).toEqual([true, false]);
  });

  it('reads a long table row by its leading cells; the cells after them start its body', () => {
    const duties = 'Embedded with three product teams building features on large language models; ran a threat modelling session for every new feature';
    const { text, entries } = read(
      `WORK EXPERIENCE\nPeriod | Employer | Position | Main activities\n09/2023 – present | Veldkamp N.V., Utrecht | AI Security Engineer | ${duties}\n |  |  | Mentor\n10/2016 – 02/2019 | Codewerk B.V. | Java Developer | Spring Boot services`,
    );
    expect(entries.map(show)).toEqual(['AI Security Engineer | Veldkamp N.V. | 2023-09–2026-11 | 39', 'Java Developer | Codewerk B.V. | 2016-10–2019-02 | 29']);
    expect(text.slice((entries[0] as RawEntry).bodyStart, (entries[0] as RawEntry).bodyEnd)).toBe(`| ${duties}\n |  |  | Mentor`);
  });

  it.each([
    ['an article number', '| 2018 – 06/2021    | Records Lead & Data Protection Officer     | • SAR handling for 6 brands; GDPR Art. 15 requests |'],
    [
      'an abbreviation with a stop after a semicolon',
      '| 2018 – 06/2021    | Records Lead & Data Protection Officer     | ▪ Vendor audits in 2 regions; approx. 40 a year |',
    ],
    ['a round bullet', '| 2018 – 06/2021    | Records Lead & Data Protection Officer     | ● Breach log for 9 sites; Art. 33 notices |'],
  ])('reads a bar-separated row whose duty cell opens with a bullet by its leading cells (%s)', (_, row) => {
    const { entries } = read(
      `EXPERIENCE\n| 07/2021 – present | Head of Privacy                            | • Built the privacy programme       |\n${row}\n|                   | Harlow Retail plc                          | • Ran DPIAs for new systems         |`,
    );
    expect(entries.map((e) => `${e.title} ${formatYearMonth(e.start)}–${formatYearMonth(e.end)}`)).toEqual([
      'Head of Privacy 2021-07–2026-11',
      'Records Lead & Data Protection Officer 2018-01–2021-06',
    ]);
  });

  it('reads an open range inside the entry of a closed range right above as a remark, not an entry', () => {
    const { entries } = read('EXPERIENCE\n\nSep 2016 – Jan 2020\nVIGIE NUMÉRIQUE – Nantes\nSOC Analyst L1, then L2 since 2018\n • Monitored SIEM alerts');
    expect(entries.map(show)).toEqual(['SOC Analyst L1, then L2 since 2018 | VIGIE NUMÉRIQUE | 2016-09–2020-01 | 41']);
  });

  it.each([
    [
      'a German duty line opening with "ab"',
      'BERUFSERFAHRUNG\n01/2015 – 06/2020\tSystemadministrator\n\tMusterbank AG, Köln\n\t Betrieb der Linux-Server\n\t Ab 2018 Leitung des Betriebsteams (3 Personen)\n\n09/2012 – 12/2014\tWerkstudent\n\tBeispiel GmbH',
      ['Systemadministrator 2015-01–2020-06', 'Werkstudent 2012-09–2014-12'],
    ],
    [
      'an English duty line ending with "since"',
      'EXPERIENCE\nJan 2015 – Jun 2020   Network Engineer\n   Northwind Ltd, Leeds\n   Ran the campus network\n   Owner of the firewall estate since 2018\n\nSep 2012 – Dec 2014   Support Technician\n   Contoso plc',
      ['Network Engineer 2015-01–2020-06', 'Support Technician 2012-09–2014-12'],
    ],
    [
      'a Spanish duty line opening with "desde"',
      'EXPERIENCIA\n01/2015 – 06/2020   Administradora de sistemas\n   Banco Ejemplo, Sevilla\n   Operación de los servidores Linux\n   Desde 2018 responsable del equipo de operaciones\n\n09/2012 – 12/2014   Becaria\n   Ejemplo S.L.',
      ['Administradora de sistemas 2015-01–2020-06', 'Becaria 2012-09–2014-12'],
    ],
  ])('reads an open range on a duty line of a job that has ended as a change within it, not a job to today: %s', (_name, raw, want) => {
    const { entries } = parseResume(raw, { asOf: '2026-11-01' }).experience;
    expect(entries.map((e) => `${e.title} ${e.start}–${e.end}`)).toEqual(want);
  });

  it('keeps a dated line of its own under a title as a job, in a layout with no blank lines between jobs', () => {
    const raw =
      'EXPERIENCE\nData Scientist\nJanuary 2018 - June 2022 (4 years 6 months)\nBuilt churn and pricing models for the retail bank.\nOrbit Labs\nAdvisor\nMarch 2021 - Present (5 years 9 months)';
    const { entries } = parseResume(raw, { asOf: '2026-11-01' }).experience;
    expect(entries.map((e) => `${e.title} ${e.start}–${e.end}`)).toEqual(['Data Scientist 2018-01–2022-06', 'Advisor 2021-03–2026-11']);
  });

  it('reads an open range in brackets on a title as a remark of the closed range two lines below', () => {
    const { entries } = read(
      'EXPERIENCE\nAudit Senior → Audit Manager (from April 2019)\nEastside Building Society, London\nOctober 2016 – February 2022\n➢ Planned the ITGC audits',
    );
    expect(entries.map(show)).toEqual(['Audit Senior → Audit Manager (from April 2019) | Eastside Building Society | 2016-10–2022-02 | 65']);
  });

  it.each([
    [
      'a remark in brackets under an open range',
      "EXPERIENCE\n1) Infoverse Technologies Pvt. Ltd., Pune      Jun'19 - Present\n   Designation : Senior Security Analyst (Team Lead from Apr'22)\n   - Web application penetration testing",
      ["Senior Security Analyst (Team Lead from Apr'22) | 1) Infoverse Technologies Pvt. Ltd. | 2019-06–2026-11 | 90"],
    ],
    [
      'a bracketed "since" under a date line',
      'EXPERIENCE\n\nSince September 2020\nSenior Data Scientist, then tech lead of the team (since 2023)\nGARONNE MUTUELLE — Toulouse\n•  Fraud detection models',
      ['Senior Data Scientist, then tech lead of the team (since 2023) | GARONNE MUTUELLE | 2020-09–2026-11 | 75'],
    ],
  ])('reads an open range in brackets under an open range as a remark: %s', (_name, raw, want) => {
    expect(read(raw).entries.map(show)).toEqual(want);
  });

  it.each([
    [
      'an earlier title of the job under its open range',
      'EXPERIENCE\n\nHELIX PAYMENTS, Denver, CO                         01/2021 – Present\nSenior Manager, Product Security (Manager 2021–2023)\n• Led the AppSec team',
      ['Senior Manager, Product Security (Manager 2021–2023) | HELIX PAYMENTS | 2021-01–2026-11 | 71'],
    ],
    [
      'bare years within a range of months',
      'EXPERIENCE\n\nACME CORP, Austin, TX                         03/2018 – 12/2023\nSecurity Engineer II (Engineer I 2018–2020)\n• Built SIEM detections',
      ['Security Engineer II (Engineer I 2018–2020) | ACME CORP | 2018-03–2023-12 | 70'],
    ],
  ])('reads a closed range in brackets after a title word as a remark of the range above that holds it: %s', (_name, raw, want) => {
    expect(read(raw).entries.map(show)).toEqual(want);
  });

  it('keeps a leave in brackets and a bracket of dates alone as ranges of their own', () => {
    const leave = read(
      'EXPERIENCE\n\nAcme GmbH, Berlin                         04/2017 – 12/2023\nSecurity Engineer\n(parental leave 03/2020 – 11/2020)\n• SIEM',
    );
    expect(leave.entries.map(show)).toEqual(['Security Engineer | Acme GmbH | 2017-04–2023-12 | 72']);
    expect(leave.entries[0]?.leaves).toHaveLength(1);
    const own = read(
      'EXPERIENCE\n\nACME CORP                         2015 – 2022\nSenior Engineer (2019–2022)\n• Java services\n\nEngineer (2015–2019)\n• Java services',
    );
    expect(own.entries.map((e) => e.title)).toEqual(['Senior Engineer', 'Engineer']);
  });

  it('reads a bracket that opens with a closed range and names a title after it as a remark of the job whose range holds it', () => {
    const { entries } = read(
      'EXPERIENCE\n\n09/2012 – 06/2019     Physics Teacher\n                      Northfield Grammar School\n                      (09/2012 – 08/2014 trainee teacher, probation)\n                      – Taught years 7 to 13',
    );
    expect(entries.map(show)).toEqual(['Physics Teacher | Northfield Grammar School | 2012-09–2019-06 | 82']);
  });

  it.each([
    [
      'en',
      'EXPERIENCE\n\nNorthgate Herald                                   Mar 2018 – Jan 2023\nTechnology Reporter (2018–20); Science Correspondent (2021–Jan 2023)\n- Covered data breaches',
      ['Technology Reporter | 2018-03–2020-12', 'Science Correspondent | 2021-01–2023-01'],
    ],
    [
      'es',
      'EXPERIENCIA PROFESIONAL\n\nDiario del Norte                                   03/2017 – 06/2022\nPeriodista (2017–19); Corresponsal en Bruselas (2020–06/2022)\n- Crónicas diarias',
      ['Periodista | 2017-03–2019-12', 'Corresponsal en Bruselas | 2020-01–2022-06'],
    ],
  ])('reads press titles as positions when several share a line under the employer: %s', (_lang, raw, want) => {
    const { entries } = parseResume(raw, { asOf: '2026-11-01', languages: allLanguages }).experience;
    expect(entries.map((e) => `${e.title} | ${e.start}–${e.end}`)).toEqual(want);
  });

  it("reads the parts of a line under an employer's dated line that holds all their ranges as positions, whatever their words", () => {
    const { entries } = parseResume(
      'EXPERIENCE\n\n05/2013 – 10/2019      Kestrel Components Ltd, Leeds\nField Sales (2013–2016) – Partner Accounts (2016–2019)\n • Grew the reseller channel',
      { asOf: '2026-11-01', languages: allLanguages },
    ).experience;
    expect(entries.map((e) => `${e.title} | ${e.start}–${e.end}`)).toEqual(['Field Sales | 2013-05–2016-12', 'Partner Accounts | 2016-01–2019-10']);
  });

  it('reads a bar table cell that opens with a hyphen and a word as a duty, so the next row keeps its dates', () => {
    const { entries } = read(
      [
        '|WORK EXPERIENCE                                                                |',
        '|Period         |Employer / Role                |Responsibilities               |',
        '|Sep 2021 -     |Harbourline Insurance          |- Own security of the data     |',
        '|present        |Security Engineer              |platform and its pipelines     |',
        '|Feb 2018 -     |Quayside Shipping Pte Ltd      |- Bamboo CI / Ansible playbooks|',
        '|Aug 2021       |SRE / Platform Engineer        |for 30 services                |',
        '|Mar 2015 -     |Bluewater Hosting              |- Linux server admin,          |',
        '|Jan 2018       |Systems Engineer (Linux)       |patching, backups              |',
      ].join('\n'),
    );
    expect(entries.map((e) => `${formatYearMonth(e.start)}–${formatYearMonth(e.end)}`)).toEqual(['2021-09–2026-11', '2018-02–2021-08', '2015-03–2018-01']);
  });

  it('reads a dated line at the depth of a bullet marker as a new entry, and takes the title from an "Org — Title" line above a dated unit', () => {
    const { entries } = read(
      [
        'RESEARCH EXPERIENCE',
        'University of Maryland — Graduate Research Assistant',
        '  Secure & Trustworthy ML Group                        Sep 2018 – Dec 2021',
        '  •  Clean-label poisoning and backdoor attacks on image classifiers.',
        '  Computational Linguistics Lab                        Sep 2016 – Aug 2018',
        '  •  Trained neural dependency parsers in TensorFlow.',
      ].join('\n'),
    );
    expect(entries.map(show)).toEqual([
      'Graduate Research Assistant | University of Maryland | 2018-09–2021-12 | 40',
      'Computational Linguistics Lab | University of Maryland | 2016-09–2018-08 | 24',
    ]);
  });

  it.each(HOSTILE_INPUTS.entries)('%s: well-formed (timed by scripts/bench-limits.ts)', (_name, raw) => {
    const { text, entries } = read(raw);
    for (const e of entries) {
      expect(e.months).toBe(e.end - e.start + 1);
      expect(e.headerStart).toBeLessThanOrEqual(e.headerEnd);
      expect(e.bodyStart).toBeLessThanOrEqual(e.bodyEnd);
      expect(e.bodyEnd).toBeLessThanOrEqual(text.length);
    }
  });
});

// extractEntries on the dev résumés, against their gold notes (../shared/eval/dev): `npm run eval` (test/eval/stages.eval.ts).

describe('parseResume: the kind of work of an entry', () => {
  it.each([
    [
      'an ML skill named twice under a neutral title',
      'Consultant | Quantile | Jul 2018 – Feb 2022\n- Built churn models in Python (scikit-learn, XGBoost)',
      ['ml'],
    ],
    ['an ML skill named once under a neutral title', 'Software Engineer | Inria | Jan 2017 – Dec 2019\n- Machine learning for protein design', ['other']],
    [
      'an ML tool named twice under a security title',
      'DevSecOps Consultant | Acme | Jan 2019 – Dec 2020\n- Hardened the Kubeflow training pipelines and the model registry',
      ['security'],
    ],
    ['one ML skill under a research title', 'Postdoctoral Researcher | Inria | Jan 2017 – Dec 2019\n- Machine learning for protein design', ['ml']],
    [
      'an attack on AI named in two ways under a research scientist title',
      'Research Scientist | Alder Lab | Mar 2022 – Nov 2026\n- Evasion and training-data poisoning of PyTorch models; test suites mapped to MITRE ATLAS',
      ['security', 'ml'],
    ],
    [
      'one robustness bullet under a research scientist title',
      'Research Scientist | Alder Lab | Mar 2022 – Nov 2026\n- Trained PyTorch detectors\n- Robustness evaluation against adversarial patch attacks',
      ['ml'],
    ],
    [
      'the models and services a security engineer protects',
      'Security Engineer, AI Platform | Nordlicht | Jan 2024 – Nov 2026\n- Security assessments of route-prediction models\n- mTLS between inference services, private endpoints for Azure OpenAI',
      ['security'],
    ],
    ['an IT risk title', 'IT Risk & Compliance Manager | Brannock | Sep 2019 – Mar 2023\n- Ran the ISO 27001 ISMS', ['security']],
    [
      'a teaching post teaches its subject',
      'Teaching Assistant: CSC311 Introduction to Machine Learning | Georgian Bay | Sep 2017 – Dec 2018\n- Tutorials on neural networks, deep learning and PyTorch',
      ['other'],
    ],
    [
      'a teaching and research post',
      'Graduate Research & Teaching Assistant | Grand River | Sep 2017 – Apr 2019\n- Trained CNNs in PyTorch for defect detection',
      ['ml'],
    ],
    ['an ISMS title', 'ISO 27001 Implementation Lead | Harbourline | Jul 2015 – Jan 2016\n- Wrote 22 policies', ['security']],
    ['an ISMS title, abbreviated', 'ISMS Coordinator | Harbourline | Jul 2015 – Jan 2016\n- Wrote 22 policies', ['security']],
    ['one security skill under a research title', 'Research Associate | Ruhr University | Jan 2012 – Dec 2015\n- Cryptography research', ['security']],
    [
      'a research title in a security lab',
      'Research Assistant | Carleton Computer Security Lab | Sep 2014 – Apr 2016\n- Trained a random-forest classifier (scikit-learn) on certificate data',
      ['security', 'ml'],
    ],
    ['a security lab under a neutral title', 'Software Engineer | Carleton Computer Security Lab | Sep 2014 – Apr 2016\n- Wrote the web front end', ['other']],
    // An IT audit is security work when its duties name security as their object, not when it tests financial controls.
    [
      'an IT audit title over financial controls',
      'IT Auditor | Southern Cross | Jan 2019 – Dec 2020\n- ITGC testing for financial statement audits',
      ['other'],
    ],
    [
      'an audit of security controls under a neutral title',
      'Senior Associate, Risk Assurance | Harlow | Jul 2019 – Jan 2024\n- Tested security controls against ISO 27001 Annex A',
      ['security'],
    ],
    [
      'oversight of security exceptions and a security risk assessment under a neutral title',
      'Senior Manager, Technology Risk | Harlow | Feb 2023 – Nov 2026\n- Review the cyber risk register and all security exceptions\n- Security risk assessments of AI vendors',
      ['security'],
    ],
    ['security exceptions alone', 'Senior Manager, Technology Risk | Harlow | Feb 2023 – Nov 2026\n- Review all security exceptions', ['other']],
    [
      'a Spanish audit of security controls',
      'Auditora de TI sénior | Harwell | 09/2015 – 05/2020\n- Informes SOC 2 Tipo II; pruebas de controles de seguridad',
      ['security'],
    ],
    [
      'a German IT audit of information security',
      'IT-Prüfer | Halden Treuhand | 03/2015 – 08/2019\n- Prüfungen der Informationssicherheit bei Versicherern nach ISO 27001',
      ['security'],
    ],
    [
      'a German IT audit of financial controls',
      'IT-Prüfer | Halden Treuhand | 03/2015 – 08/2019\n- Prüfungen der Buchhaltung und der Lohnabrechnung',
      ['other'],
    ],
    [
      'a Spanish audit of logical security controls',
      'Auditor sénior | Ribera Auditores | 01/2016 – 12/2020\n- Auditoría de controles generales TI y de seguridad lógica de bancos (PCI DSS)',
      ['security'],
    ],
    [
      'network intrusion detection by machine learning in an internship (r176)',
      "Stage de fin d'études | Orange Labs | 02/2017 – 07/2017\n- Détection d'intrusion réseau par apprentissage automatique sur des flux NetFlow (forêts aléatoires, scikit-learn) ; comparaison avec les signatures de l'IDS Suricata.",
      ['security', 'ml'],
    ],
    [
      'detectors of adversarial examples under an ML research title (r176)',
      "Ingénieur de recherche en apprentissage automatique | Aurelis | 10/2020 – 12/2022\n- Développement de détecteurs d'exemples adverses et de modèles de classification (PyTorch, scikit-learn).",
      ['security', 'ml'],
    ],
    [
      'classification models alone under the same ML research title',
      'Ingénieur de recherche en apprentissage automatique | Aurelis | 10/2020 – 12/2022\n- Développement de modèles de classification (PyTorch, scikit-learn).',
      ['ml'],
    ],
    [
      'information-security assurance engagements under a neutral title (r38)',
      'Manager, Technology Risk & Assurance | Marula | Mar 2021 – Nov 2026\nI lead information-security assurance engagements: ISO/IEC 27001 readiness reviews.',
      ['security'],
    ],
    [
      'an IT-operations title with security in a minority of its duties (r38)',
      'IT Specialist (Systems) | Keystone | Feb 2020 – Nov 2026\n- Tier 2 support for Windows endpoints\n- Maintain 40 RHEL servers; monthly patching\n- Onboard SaaS applications to Okta SSO (SAML)\n- Run monthly Nessus scans and track remediation\n- Manage the FortiGate firewalls and the IPsec VPN\n- Keep the hardware inventory\n- Nightly backups with Veeam',
      ['other'],
    ],
    [
      'an IT-operations title with security in most of its duties',
      'Systems Administrator | Keystone | Feb 2020 – Nov 2026\n- Run monthly Nessus scans and track remediation\n- Manage the FortiGate firewalls and the IPsec VPN\n- Onboard SaaS applications to Okta SSO (SAML)\n- CrowdStrike EDR rollout and incident response\n- Nightly backups with Veeam',
      ['security'],
    ],
    [
      'an ML title with security in a minority of its duties (r69)',
      'Senior Machine Learning Engineer | Halvorsen | Mar 2023 – Nov 2026\n- Train and deploy PyTorch object-detection models\n- Built the training pipeline on Kubeflow with MLflow\n- Prototyped a RAG assistant with LangChain\n- Robustness tests of the detector against adversarial patches\n- Hardened base images, SBOM generation and cosign signing in GitLab CI; NIST 800-53 control documentation\n- Mentor three junior ML engineers',
      ['ml'],
    ],
    [
      'an ML title with security in most of its duties',
      'Machine Learning Engineer | Halvorsen | Mar 2023 – Nov 2026\n- Prompt-injection red teaming of the LLM assistant\n- Threat models of the ML pipeline (STRIDE)\n- Vulnerability scans of the model servers with Trivy\n- Incident response for the LLM gateway\n- Train the ranking model in PyTorch',
      ['security', 'ml'],
    ],
    ['ISO 27001 control testing alone', 'Audit Senior | Castellani | Jan 2013 – Dec 2017\n- ISO 27001 control testing', ['other']],
    [
      'an IT-operations title with a security word in it',
      'Cyber Transport Systems Technician (3D1X2), United States Air Force | 2013 – 2019\n- Configured VLANs and trunks; maintained firewalls',
      ['other'],
    ],
    [
      'a title joining a security function and an ML one',
      'Director, AI Product Security & Secure GenAI Engineering | Cobaltline | Sept 2023 – Present\n- Lead 22 engineers',
      ['security', 'ml'],
    ],
    [
      'a title joining two security functions',
      'Director, Product Security and Security Engineering | Cobaltline | Sept 2023 – Present\n- Lead 22 engineers',
      ['security'],
    ],
    [
      'a research title in a secure and trustworthy ML group',
      'Postdoctoral Research Fellow | Secure & Trustworthy ML Group | Oct 2021 – Aug 2024\n- Backdoor removal in image classifiers',
      ['security', 'ml'],
    ],
    ['a secure code review title', 'Q1 2019 - Q3 2019 | Secure code review | Tollbridge Payments\n* Manual review of Java services', ['security']],
    [
      'one ML skill under a German student research title',
      'Studentische Hilfskraft (HiWi) | TU Darmstadt | 04/2014 – 09/2015\n- Klassifikatoren mit scikit-learn für die Erkennung von Malware',
      ['ml'],
    ],
    ['a cryptography title', 'Cryptography Engineer | Siltronix | Jan 2016 – Dec 2019\n- Secure elements', ['security']],
    [
      'firewall rules and Active Directory accounts under a German sysadmin title',
      'IT-Systemadministrator | Stadtwerke Hagen | 07/2016 – 03/2019\n- Benutzerverwaltung im Active Directory\n- Pflege der Firewall-Regeln (Sophos UTM) und Site-to-Site-VPNs (IPsec)',
      ['other'],
    ],
    [
      'firewall, VPN and SSO administration under an IT operations title',
      'IT Operations Engineer | Northstar | Mar 2020 – Mar 2023\n• Entra ID (Azure AD): SSO for 20 SaaS apps, MFA and conditional access roll-out, RBAC groups.\n• FortiGate firewall and VPN administration for the new warehouses.\n• PowerShell automation for mailbox and laptop set-up.',
      ['other'],
    ],
    [
      'three security tasks under a network administrator title',
      'Network Administrator | Acme | Jan 2016 – Dec 2019\n- Firewall rules and IPsec VPNs\n- Okta SSO for the staff apps\n- Nessus vulnerability scans',
      ['security'],
    ],
    [
      'two security tasks under an ML title',
      'Machine Learning Engineer | Bolwerk | Jan 2019 – Dec 2020\n- Added Cosign image signing and Syft SBOMs to the ML CI pipeline\n- Set up OIDC single sign-on (Keycloak) for the model registry',
      ['ml'],
    ],
    [
      'one LLM skill under a GenAI security title',
      // "RAG" alone no longer counts here: in security work it is what is secured (test/parse-skills.test.ts).
      'Head of GenAI Security | Alpenrand | Jan 2024 – Present\n- LangChain reference implementation',
      ['security', 'ml'],
    ],
    [
      'one security skill in two thirds of the duties under a neutral title (r48)',
      'Business Systems Analyst | Laurentian | Mar 2021 – Sep 2023\n- Ran weekly Qualys scans; triaged CVEs with application owners\n- Scripts that flagged overdue critical CVEs\n- Presented monthly metrics to the IT leadership team',
      ['security'],
    ],
    [
      'one security skill in one duty of three under a neutral title',
      'Business Systems Analyst | Laurentian | Mar 2021 – Sep 2023\n- Ran weekly Qualys scans\n- Gathered requirements for the claims system\n- Presented monthly metrics to the IT leadership team',
      ['other'],
    ],
    [
      'a security title over physical security duties (r48)',
      'Security Operations Coordinator | Rideau Centre | May 2014 – Aug 2017\n- Kept the rota for the 22-person guard team, reviewed CCTV footage, wrote incident reports for shoplifting',
      ['other'],
    ],
    [
      'a security title over physical security duties and a security skill',
      'Security Operations Coordinator | Rideau Centre | May 2014 – Aug 2017\n- Reviewed CCTV footage\n- Splunk alert triage for the SOC',
      ['security'],
    ],
  ])('%s', (_name, entry, kind) => {
    const p = parseResume(`EXPERIENCE\n${entry}`, { asOf: '2026-11-01' });
    expect(p.experience.entries.map((e) => e.kind)).toEqual([kind]);
  });
});

describe('research on attacks and defences of models trains them: ML work as well as security work (r73)', () => {
  const kinds = (text: string) => parseResume(`EXPERIENCE\n${text}`, { asOf: '2026-11-01' }).experience.entries.map((e) => e.kind);
  it.each([
    [
      'PhD Researcher, Systems Security Group | TU Example | Oct 2016 – Sep 2020\n- Data poisoning attacks and certified defences for deep neural networks',
      ['security', 'ml'],
    ],
    [
      'Postdoctoral Researcher | Helmholtz Center for Information Security | Feb 2021 – Aug 2023\n- Backdoor attacks and defences for federated learning; model extraction attacks on ML APIs',
      ['security', 'ml'],
    ],
    [
      'Wissenschaftlicher Mitarbeiter, Lehrstuhl für IT-Sicherheit | TU Beispiel | 04/2017 – 03/2021\n- Forschung zu Backdoor-Angriffen und Data Poisoning gegen neuronale Netze',
      ['security', 'ml'],
    ],
    [
      'Doctorant, équipe Sécurité des systèmes | Université Exemple | 10/2016 – 09/2019\n- Attaques par empoisonnement de données (data poisoning) et défenses certifiées pour les réseaux de neurones',
      ['security', 'ml'],
    ],
    [
      'Investigadora postdoctoral, grupo de seguridad | Universidad Ejemplo | 01/2020 – 12/2022\n- Ataques de extracción de modelos y data poisoning contra redes neuronales',
      ['security', 'ml'],
    ],
    // A course's topic is no research: teaching the attacks trains no model.
    [
      'Profesora asociada (a tiempo parcial) | Instituto Ejemplo | 09/2024 – 11/2026\n- Imparto el módulo «Seguridad de sistemas de IA»: inyección de prompts, envenenamiento de datos, extracción de modelos.',
      ['security'],
    ],
    [
      'Associate Professor (part-time) | Example Institute | Sep 2024 – Nov 2026\n- Taught the module "Security of AI systems": data poisoning, model extraction, evasion attacks.',
      ['security'],
    ],
    // No research appointment: attacking the models of others is testing them.
    ['AI Red Team Engineer | Acme | Jan 2021 – Dec 2023\n- Model extraction and data poisoning attacks on client ML APIs', ['security']],
  ])('%s', (entry, kind) => {
    expect(kinds(entry)).toEqual([kind]);
  });
});

describe('an ML title qualified by its field after a comma or bracket is ML work too (r92)', () => {
  const kinds = (text: string) => parseResume(`EXPERIENCE\n${text}`, { asOf: '2026-11-01' }).experience.entries.map((e) => e.kind);
  it.each([
    [
      'Machine Learning Engineer, Fraud & Security | Acme Bank | Mar 2018 – Jun 2022\n- Gradient-boosted models over login telemetry for account-takeover alerts',
      ['security', 'ml'],
    ],
    [
      'Científica de Datos (Ciberseguridad) | Banco Ejemplo | 03/2018 – 06/2022\n- Modelos de detección de anomalías con autoencoders sobre registros de VPN',
      ['security', 'ml'],
    ],
    // The function is security work; the ML platform it secures is its field.
    ['Security Engineer, ML Platform | Acme | Mar 2018 – Jun 2022\n- Hardened the Kubeflow clusters and the model registry', ['security']],
  ])('%s', (entry, kind) => {
    expect(kinds(entry)).toEqual([kind]);
  });
});

describe('an IT audit title in German (r48)', () => {
  const kinds = (text: string) => parseResume(text, { asOf: '2026-11-01', languages: allLanguages }).experience.entries.map((e) => e.kind);
  it.each([
    [
      'general IT audit duties',
      '- Planung und Durchführung von IT-Prüfungen: IT-Betrieb, Rechenzentrum, Projektprüfungen\n- Prüfung der IT-Kontrollen',
      ['other'],
    ],
    ['security audit duties', '- Penetrationstests und Prüfung der Firewall-Regeln\n- Prüfung des ISMS nach ISO/IEC 27001', ['security']],
  ])('is set aside, and the duties decide: %s', (_name, duties, kind) => {
    expect(kinds(`BERUFLICHER WERDEGANG\n10/2017 – 04/2022   IT-Revisorin\nNordlicht Versicherung AG, Hannover\n${duties}`)).toEqual([kind]);
  });
});

describe('a control built against malicious models is security work, no ML system built (r51)', () => {
  const kinds = (text: string) => parseResume(text, { asOf: '2026-11-01', languages: allLanguages }).experience.entries.map((e) => e.kind);
  const fr =
    "EXPÉRIENCE PROFESSIONNELLE\nIngénieure sécurité IA    sept. 2023 – aujourd'hui\nCastellan AI, Toronto\n- Tests d'intrusion des API des agents avec Burp Suite.\n";
  const es =
    'EXPERIENCIA PROFESIONAL\nIngeniera de seguridad de IA    sept. 2023 – actualidad\nCastellan AI, Toronto\n- Pruebas de penetración de las API de los agentes con Burp Suite.\n';
  it.each([
    [
      `${fr}- Conception du contrôle d'entrée des modèles tiers : picklescan contre les payloads pickle malveillants avant la promotion dans le registre de modèles MLflow.\n`,
      ['security'],
    ],
    [`${fr}- Conception d'un assistant RAG interne (LangChain, MLflow) pour les équipes support.\n`, ['security', 'ml']],
    [
      `${es}- Diseño del control de entrada de modelos de terceros: picklescan contra payloads pickle maliciosos antes de promocionarlos al registro de modelos de MLflow.\n`,
      ['security'],
    ],
  ])('%#', (text, kind) => {
    expect(kinds(text)).toEqual([kind]);
  });
});

describe('a statement that the person builds no models', () => {
  const kinds = (text: string) => parseResume(text, { asOf: '2026-11-01' }).experience.entries.map((e) => e.kind);
  it('makes an ML title whose duties say so no ML work', () => {
    const text = 'EXPERIENCE\nData Scientist | Acme | Jun 2018 – Feb 2021\n- SQL dashboards and A/B test readouts. No predictive modelling.\n';
    expect(kinds(text)).toEqual([['other']]);
  });
  it('in a profile, is about the current entries under no ML title', () => {
    const text =
      'SUMMARY\nI validate and challenge models; I do not build production models.\n\nEXPERIENCE\nVice President, Model Risk | Acme | Jan 2020 – Present\n- Independent validation of ML models in Python (scikit-learn, pandas, SHAP); MLflow model registry reviews.\n';
    expect(kinds(text)).toEqual([['other']]);
  });
  it('leaves an ML system the person says they built', () => {
    const text =
      "SUMMARY\nI don't train or fine-tune models.\n\nEXPERIENCE\nSoftware Engineer | Acme | Jan 2023 – Present\n- Built the GenAI shopping assistant: RAG over the catalogue (LangChain, OpenAI embeddings).\n";
    expect(kinds(text)).toEqual([['ml']]);
  });
  it.each([
    ['Build attack suites in Python and PyTorch. The perception team owns training, evaluation and deployment of the models.', 'en'],
    ['Angriffssuiten in Python und PyTorch. Training, Evaluierung und Deployment der Modelle liegen beim Perzeptionsteam.', 'de'],
    ["Suites d'attaque en Python et PyTorch. L'équipe perception est responsable de l'entraînement et du déploiement des modèles.", 'fr'],
    ['Suites de ataque en Python y PyTorch. El equipo de percepción se encarga del entrenamiento y el despliegue de los modelos.', 'es'],
  ] as const)('reads that another team trains the models as one (%s)', (duty, language) => {
    const p = parseResume(`EXPERIENCE\nSecurity Engineer, On-board AI | Acme | Jan 2021 – Present\n- ${duty}\n`, { asOf: '2026-11-01', language });
    expect(p.experience.entries.map((e) => e.kind)).toEqual([['security']]);
    expect(p.experience.mlYears).toBe(0);
    expect(p.skills.map((s) => s.id).filter((id) => ['pytorch', 'deep-learning', 'machine-learning', 'ml-deployment', 'team-leadership'].includes(id))).toEqual(
      ['pytorch'],
    );
  });
  it.each([
    [
      'EXPERIENCE\nML Engineer — Acme   Jan 2020 – Present\n- Built recommendation models in PyTorch.\n- The security team ran the training for all staff.\n',
      'en',
    ],
    [
      'EXPÉRIENCE\nIngénieur ML — Acme SA   01/2020 – aujourd’hui\n- Modèles de recommandation en PyTorch.\n- L’équipe sécurité assurait l’entraînement de tout le personnel.\n',
      'fr',
    ],
    [
      'EXPERIENCIA\nIngeniero de ML — Acme S.L.   01/2020 – actualidad\n- Modelos de recomendación en PyTorch.\n- El equipo de seguridad gestionaba el entrenamiento de todo el personal.\n',
      'es',
    ],
    ['BERUFSERFAHRUNG\nML Engineer — Acme GmbH   01/2020 – heute\n- Empfehlungsmodelle in PyTorch.\n- Das Training liegt bei der Personalabteilung.\n', 'de'],
  ] as const)("reads a team that runs the staff's training as no statement about models (%s)", (text, language) => {
    expect(parseResume(text, { asOf: '2026-11-01', language }).skills.map((s) => s.id)).toEqual(['deep-learning', 'machine-learning', 'pytorch']);
  });
  it.each([
    'The perception team runs the training of the models.',
    'The perception team is responsible for training and deployment.',
    'The perception team owns model training.',
  ])('reads a team that trains the models as someone else building them: %s', (duty) => {
    const p = parseResume(`EXPERIENCE\nSecurity Engineer — Acme   Jan 2020 – Present\n- Attack suites in PyTorch. ${duty}\n`, { asOf: '2026-11-01' });
    expect([p.skills.map((s) => s.id), p.experience.mlYears]).toEqual([['pytorch'], 0]);
  });
  const TEAM_SKILLS = ['kubernetes', 'pytorch'];
  it.each([
    ['EXPERIENCE\nML Engineer — Acme   Jan 2020 – Present\n- Led 4 engineers. The platform team was responsible for Kubernetes and PyTorch serving.\n', 'en'],
    [
      'EXPÉRIENCE\nIngénieur ML — Acme SA   01/2020 – aujourd’hui\n- Encadrement de 4 ingénieurs. L’équipe plateforme était responsable de Kubernetes et du service PyTorch.\n',
      'fr',
    ],
    [
      'EXPERIENCIA\nIngeniero de ML — Acme S.L.   01/2020 – actualidad\n- Dirigí a 4 ingenieros. El equipo de plataforma era responsable de Kubernetes y del servicio de PyTorch.\n',
      'es',
    ],
  ] as const)("reads what a named team is responsible for as that team's work, not the writer's (%s; convention 21)", (text, language) => {
    const ids = parseResume(text, { asOf: '2026-11-01', language }).skills.map((s) => s.id);
    expect(ids.filter((id) => TEAM_SKILLS.includes(id))).toEqual([]);
  });
  it.each([
    ['EXPERIENCE\nML Engineer — Acme   Jan 2020 – Present\n- Led 4 engineers. Another team was responsible for Kubernetes.\n', 'en'],
    ['EXPÉRIENCE\nIngénieur ML — Acme SA   01/2020 – aujourd’hui\n- Encadrement de 4 ingénieurs. Une autre équipe était responsable de Kubernetes.\n', 'fr'],
    ['EXPERIENCIA\nIngeniero de ML — Acme S.L.   01/2020 – actualidad\n- Dirigí a 4 ingenieros. Otro equipo era responsable de Kubernetes.\n', 'es'],
  ] as const)('reads what another team is responsible for as no skill of the person (%s)', (text, language) => {
    const ids = parseResume(text, { asOf: '2026-11-01', language }).skills.map((s) => s.id);
    expect([ids.includes('kubernetes'), ids.includes('team-leadership')]).toEqual([false, true]);
  });
  it('reads "did not build models here" in a past job as that job\'s: no ML work there, the models trained elsewhere still count', () => {
    const p = parseResume(
      'EXPERIENCE\nAcme — "AI Engineer"   Jun 2021 – Jan 2024\n- Did not build models here: the job was attacking clients\' chatbots.\n' +
        '- LLM red teaming engagements: jailbreaks, system-prompt leakage.\n' +
        'University Lab — Graduate Research Assistant   Sep 2018 – May 2021\n- Trained CNN segmentation models in PyTorch on MRI data.\n',
      { asOf: '2026-11-01' },
    );
    expect([p.experience.mlYears, p.skills.some((s) => s.id === 'machine-learning')]).toEqual([2.75, true]);
  });
  it('leaves the current entry under an ML title ("I don\'t train models" of an MLOps engineer)', () => {
    const text =
      "SUMMARY\nI don't train models - the data scientists do; I deploy and run them.\n\nEXPERIENCE\nMLOps Engineer | Acme | Jan 2023 – Present\n- Kubeflow pipelines and KServe deployments.\n";
    expect(kinds(text)).toEqual([['ml']]);
  });
  it('keeps ML work in an entry that says it trains no models but runs the ML pipelines and serving (r165)', () => {
    const text =
      "EXPERIENCE\nMLSecOps Engineer | Acme | Mar 2023 – Present\n- Secure the ML platform we operate: Kubeflow Pipelines and the MLflow model registry, plus KServe for online inference.\n- Maintain the KServe and TensorFlow Serving containers.\n- Note: I don't train models myself; the client's data scientists do.\n";
    expect(kinds(text)).toEqual([['security', 'ml']]);
  });
  it('still takes ML work from an entry that says it trains no models and runs none of their systems', () => {
    const text =
      "EXPERIENCE\nAI Engineer | Acme | Mar 2023 – Present\n- LLM red teaming engagements: jailbreaks, system-prompt leakage.\n- Note: I don't train models myself.\n";
    expect(kinds(text)[0]).not.toContain('ml');
  });
});

describe('a form of labelled fields ("Designation : …", "Duration : …")', () => {
  it('reads the values as title, organisation and dates', () => {
    const { entries } = read(
      "WORK EXPERIENCE\n\n2) Company     : Vyoma Infotech Solutions Ltd., Chennai\n   Designation : SOC Analyst (L1)\n   Duration    : Mar '19 – May '22\n   Responsibilities:\n   • 24x7 monitoring in IBM QRadar SIEM",
    );
    expect(entries.map(show)).toEqual(['SOC Analyst (L1) | Vyoma Infotech Solutions Ltd. | 2019-03–2022-05 | 39']);
  });

  it('reads a job board export ("Job Title: …", no space before the colon) with its place line between the company and the dates', () => {
    const { entries } = read(
      [
        'Work Experience',
        '',
        'Job Title: AI Security Analyst',
        'Company: Northwind Insurance',
        'Location: Nairobi, Kenya',
        'Dates: 11/2023 - Current',
        'I currently work here: Yes',
        'Description: Evaluate AI systems before go-live.',
        '',
        'Job Title: SOC Analyst II',
        'Company: Borealis Security Services',
        'Location: Toronto, ON',
        'Dates: 05/2021 - 10/2023',
        'Description: Triage of SIEM alerts.',
      ].join('\n'),
    );
    expect(entries.map(show)).toEqual([
      'AI Security Analyst | Northwind Insurance | 2023-11–2026-11 | 37',
      'SOC Analyst II | Borealis Security Services | 2021-05–2023-10 | 30',
    ]);
  });

  it("reads a second role indented under one employer after a bullet of the first, at the bullet text's depth", () => {
    const { entries } = read(
      [
        'EXPERIENCE',
        '',
        '03/2017 – 02/2024  Tamsin Freight AG, Basel',
        '  05/2021 – 02/2024  Platform Security Engineer',
        '▪ Ran the container image signing rollout for the',
        '  build farm.',
        '  03/2017 – 04/2021  IT Administrator',
        '▪ Patched the Windows fleet.',
      ].join('\n'),
    );
    expect(entries.map(show)).toEqual([
      'Platform Security Engineer | Tamsin Freight AG, Basel | 2021-05–2024-02 | 34',
      'IT Administrator | Tamsin Freight AG, Basel | 2017-03–2021-04 | 50',
    ]);
  });

  it('reads numbered ATS records whose dates line ends in a field saying whether the job is current', () => {
    const { entries } = read(
      [
        'EMPLOYMENT',
        '',
        '[1] Title: Detection Engineer',
        '    Company: Harrowgate Systems',
        '    Start date: 2022-04    End date: —    Current: Yes',
        '    Description: Writes SIEM correlation rules.',
        '',
        '[2] Title: Junior SOC Analyst',
        '    Company: Pellinore Networks',
        '    Start date: 2019-09    End date: 2022-03    Current: No',
        '    Description: Alert triage.',
      ].join('\n'),
    );
    expect(entries.map(show)).toEqual([
      'Detection Engineer | Harrowgate Systems | 2022-04–2026-11 | 56',
      'Junior SOC Analyst | Pellinore Networks | 2019-09–2022-03 | 31',
    ]);
  });

  it('reads a form export whose records are parted by drawn rules, dates on "From:" and "To:" lines', () => {
    const { entries } = read(
      [
        'WORK EXPERIENCE',
        '---------------------------------',
        'Job Title: AI Security Analyst',
        'Company: Northwind Insurance',
        'Location: Columbus, OH',
        'From: 02/2024',
        'To: Present',
        'Current Job: Yes',
        'Description: Red team LLM applications for prompt injection.',
        '---------------------------------',
        'Job Title: SOC Analyst I',
        'Company: Borealis Security Services',
        'Location: Dublin, OH',
        'From: 08/2018   To: 01/2024',
        'Current Job: No',
        'Description: Alert monitoring in Splunk.',
        '=================================',
      ].join('\n'),
    );
    expect(entries.map(show)).toEqual([
      'AI Security Analyst | Northwind Insurance | 2024-02–2026-11 | 34',
      'SOC Analyst I | Borealis Security Services | 2018-08–2024-01 | 66',
    ]);
  });

  it.each([
    [
      'a company wrapped at a bracket',
      ['Job Title: Platform Engineer', 'Company: Halden Logistics AG (freight and customs softw', 'are)', 'Start Date: 02/2019', 'End Date: 07/2022'],
      'Platform Engineer | Halden Logistics AG | 2019-02–2022-07 | 42',
    ],
    [
      'a title wrapped mid-word',
      ['Job Title: Senior Data Engineer, Clinical Analytics Platform', 'Team', 'Company: Corvane Health', 'Start Date: 10/2020', 'End Date: 09/2023'],
      'Senior Data Engineer, Clinical Analytics Platform Team | Corvane Health | 2020-10–2023-09 | 36',
    ],
    [
      'a location wrapped onto its own line',
      [
        'Job Title: Security Analyst',
        'Company: Tallis Bank',
        'Location: Salford Quays, Greater Manchester, United',
        'Kingdom',
        'Start Date: 01/2018',
        'End Date: 12/2019',
      ],
      'Security Analyst | Tallis Bank | 2018-01–2019-12 | 24',
    ],
  ])("reads a form's record whose field wraps onto an unlabelled line (%s) as one record", (_name, lines, want) => {
    const { entries } = read(['WORK EXPERIENCE', ...lines, 'Description: Day-to-day work.'].join('\n'));
    expect(entries.map(show)).toEqual([want]);
  });

  it("reads a table's row of column labels as no organisation", () => {
    const { entries } = read(
      'Professional experience\nPeriod\tRole / Employer\tMain responsibilities\n10/2021 – present\tSenior Data Scientist\n- Churn models in PyTorch',
    );
    expect(entries.map(show)).toEqual(['Senior Data Scientist | - | 2021-10–2026-11 | 62']);
  });
});

describe('a Europass table of dates and labels', () => {
  const raw = [
    'WORK EXPERIENCE',
    '',
    '01/04/2023 – Current        AI Governance Lead',
    '                            Brannock Insurance Group plc, Dublin (Ireland)',
    'Main activities and         • Drafted the Group AI Policy, approved by the Board in 2023.',
    'responsibilities            • Ran the ISO 27001 ISMS: risk register, information security risk',
    '                              assessments and evidence for certification audits.',
    'Business or sector          Insurance',
    '',
    '01/09/2019 – 31/03/2023     IT Risk & Compliance Manager',
    '                            Brannock Insurance Group plc, Dublin (Ireland)',
    'Main activities and         • Ran the ISO 27001 ISMS: risk register, information security risk',
    'responsibilities              assessments and evidence for certification audits.',
    'Business or sector          Insurance',
    '',
    'EDUCATION AND TRAINING',
    '',
    '2015 – 2016                 LL.M. in Technology and Data Law                     EQF level 7',
    '                            Trinity College Dublin',
  ].join('\n');

  it('is read row by row, with a wrapped label after the sentence beside it', () => {
    const p = parseResume(raw, { asOf: '2026-11-01' });
    expect(p.experience.entries.map((e) => [e.title, e.organization, e.months])).toEqual([
      ['AI Governance Lead', 'Brannock Insurance Group plc', 44],
      ['IT Risk & Compliance Manager', 'Brannock Insurance Group plc', 43],
    ]);
    expect(p.education.map((e) => [e.level, e.field])).toEqual([['master', 'law']]);
    expect(p.text).toContain('information security risk\n                              assessments and evidence for certification audits.  responsibilities');
  });
});

describe('a Word table whose last column of duties wraps beside its date, employer and position cells', () => {
  const pad = (cells: string[], widths: number[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i] ?? 0))
      .join('')
      .trimEnd();
  const w = [19, 30, 25];
  const raw = [
    'EXPERIENCE',
    pad(['Dates', 'Organization', 'Position', 'Highlights'], w),
    pad(['04/2021 – Present', 'Halden Systems,', 'Senior Machine', 'Trained PyTorch detection'], w),
    pad(['', 'Reston VA', 'Learning Engineer', 'models in Python; deployed'], w),
    pad(['', '', '', 'them on Kubernetes.'], w),
    pad(['09/2016 – 03/2021', 'Halden Systems,', 'Machine Learning', 'Signal classification with'], w),
    pad(['', 'Reston VA', 'Engineer', 'TensorFlow in Python.'], w),
    pad(['06/2014 – 08/2016', 'Marlow Aerospace,', 'Software Engineer', 'C++ signal processing on'], w),
    pad(['', 'Herndon VA', '', 'RHEL Linux.'], w),
  ].join('\n');

  it('is read row by row: each job keeps the duties beside it', () => {
    const p = parseResume(raw, { asOf: '2026-11-01' });
    expect(p.experience.entries.map((e) => [e.start, e.months])).toEqual([
      ['2021-04', 68],
      ['2016-09', 55],
      ['2014-06', 27],
    ]);
    expect(p.experience.mlYears).toBe(10.25);
    expect(p.skills.find((s) => s.id === 'pytorch')?.years).toBe(5.67);
    expect(p.skills.find((s) => s.id === 'c-cpp')?.years).toBe(2.25);
  });

  it('leaves a main column of two cells ("04/2021 – Present  Senior Engineer") beside a sidebar read column by column', () => {
    const side = [
      ['EXPERIENCE', 'SKILLS'],
      ['04/2021 – Present  Senior Engineer', 'Python, Go'],
      ['                   Acme Systems, Reston', 'Kubernetes'],
      ['09/2016 – 03/2021  Engineer', 'LANGUAGES'],
      ['                   Acme Systems, Reston', 'English'],
      ['06/2014 – 08/2016  Junior Engineer', 'German'],
      ['                   Marlow Aerospace', 'CERTIFICATES'],
      ['03/2013 – 05/2014  Intern', 'CISSP'],
      ['                   Marlow Aerospace', 'CKA'],
    ];
    const p = parseResume(side.map(([a, b]) => pad([a ?? '', b ?? ''], [60])).join('\n'), { asOf: '2026-11-01' });
    expect(p.text).toContain('SKILLS\nPython, Go\nKubernetes\nLANGUAGES');
  });
});

describe('a table whose rows open with their first cell, cells set apart by bars, tabs or column gaps', () => {
  const intro =
    'JANE DOE\nSecurity Engineer\nBerlin | +49 30 5550100 | jane@example.com\n\nPROFILE\nSecurity engineer with a background in IT operations, working on cloud and network security.\n\n';
  const jobs = (p: ReturnType<typeof parseResume>) => p.experience.entries.map((e) => `${e.title} | ${e.organization ?? '-'} | ${e.start}–${e.end}`);

  it('reads a dated row right under another as an entry of its own, whatever its last cell of duties', () => {
    const raw = `${intro}EXPERIENCE
Years        | Employer                        | Title                       | What I did
-------------+---------------------------------+-----------------------------+-----------------------------------------
2019–2023    | Kestrel Analytics Ltd, Cork     | Security Analyst            | SIEM triage in Splunk.
2017–2019    | Shannonside Credit Union, Cork  | IT Support Technician       | Helpdesk tickets, laptop rollout, Excel macros.
Jun–Aug 2016 | Cork Bank                       | Summer Intern (IT)          | Helpdesk tickets and laptop imaging.
`;
    expect(jobs(parseResume(raw, { asOf: '2026-11-01' }))).toEqual([
      'Security Analyst | Kestrel Analytics Ltd | 2019-01–2023-12',
      'IT Support Technician | Shannonside Credit Union | 2017-01–2019-12',
      'Summer Intern (IT) | Cork Bank | 2016-06–2016-08',
    ]);
  });

  it('reads a short table padded to its bars row by row, not as two columns (German months)', () => {
    const raw = `${intro}BERUFSERFAHRUNG
Zeitraum              | Arbeitgeber              | Position                 | Aufgaben
März 2021 – heute     | Nordbank AG, Hamburg     | Security Engineer        | Betrieb der Firewall-Regeln und des SIEM.
Jan. 2018 – Feb. 2021 | Hansa IT GmbH, Bremen    | Systemadministrator      | Patchen der Windows-Server, Active Directory.
Okt. 2016 – Dez. 2017 | Stadtwerke Kiel          | Werkstudent IT           | Helpdesk, Inventur der Laptops, Excel-Makros.
`;
    expect(jobs(parseResume(raw, { asOf: '2026-11-01' }))).toEqual([
      'Security Engineer | Nordbank AG | 2021-03–2026-11',
      'Systemadministrator | Hansa IT GmbH | 2018-01–2021-02',
      'Werkstudent IT | Stadtwerke Kiel | 2016-10–2017-12',
    ]);
  });

  it('reads the dates of the last cell, after the cell of duties, whose skills stay the entry’s', () => {
    const raw = `${intro}EXPERIENCE
Employer              | Title                   | What I did                                           | Dates
Corvane Payments Ltd  | Security Engineer       | Ran the firewall rules and the SIEM use cases.       | 03/2021 – present
Hansa IT Ltd          | Systems Administrator   | Patched the Windows servers and Active Directory.    | 01/2018 – 02/2021
Kiel Credit Union     | IT Intern               | Helpdesk tickets, laptop rollout, Excel macros.      | 10/2016 – 12/2017
`;
    const p = parseResume(raw, { asOf: '2026-11-01' });
    expect(jobs(p)).toEqual([
      'Security Engineer | Corvane Payments Ltd | 2021-03–2026-11',
      'Systems Administrator | Hansa IT Ltd | 2018-01–2021-02',
      'IT Intern | Kiel Credit Union | 2016-10–2017-12',
    ]);
    expect(p.experience.entries[0]?.skills).toEqual(['network-security', 'security-monitoring']);
    // Longer than a header line, its cells unpadded.
    const long = `${intro}EXPERIENCE
Corvane Payments Ltd | Security Engineer | Ran the firewall rules and the SIEM use cases, incident triage with the SOC and the quarterly access reviews. | Mar 2021 – present
Hansa IT Ltd | Systems Administrator | Patched the Windows servers. | Jan 2018 – Feb 2021
`;
    expect(jobs(parseResume(long, { asOf: '2026-11-01' }))).toEqual([
      'Security Engineer | Corvane Payments Ltd | 2021-03–2026-11',
      'Systems Administrator | Hansa IT Ltd | 2018-01–2021-02',
    ]);
  });

  it('reads rows set apart by tabs (French months) or column gaps (Spanish months) the same way', () => {
    const fr = `${intro}EXPÉRIENCE PROFESSIONNELLE
Période\tEmployeur\tPoste\tMissions
mars 2021 – aujourd'hui\tBanque Rhône SA, Lyon\tIngénieure sécurité\tExploitation des règles pare-feu et du SIEM.
janv. 2018 – févr. 2021\tAlpes Informatique SARL\tAdministratrice systèmes\tMises à jour des serveurs Windows, Active Directory.
oct. 2016 – déc. 2017\tMairie de Grenoble\tStagiaire informatique\tSupport utilisateurs, déploiement des portables, macros Excel.
`;
    expect(jobs(parseResume(fr, { asOf: '2026-11-01' }))).toEqual([
      'Ingénieure sécurité | Banque Rhône SA | 2021-03–2026-11',
      'Administratrice systèmes | Alpes Informatique SARL | 2018-01–2021-02',
      'Stagiaire informatique | Mairie de Grenoble | 2016-10–2017-12',
    ]);
    const es = `${intro}EXPERIENCIA PROFESIONAL
Periodo                  Empresa                    Puesto                      Funciones
marzo 2021 – actualidad  Banco Levante SA           Ingeniera de seguridad      Gestión de las reglas del cortafuegos y del SIEM.
enero 2018 – feb. 2021   Ibérica IT SL              Administradora de sistemas  Parches de los servidores Windows y Active Directory.
oct. 2016 – dic. 2017    Ayuntamiento de Valencia   Becaria de informática      Soporte a usuarios, despliegue de portátiles, macros de Excel.
`;
    expect(jobs(parseResume(es, { asOf: '2026-11-01' }))).toEqual([
      'Ingeniera de seguridad | Banco Levante SA | 2021-03–2026-11',
      'Administradora de sistemas | Ibérica IT SL | 2018-01–2021-02',
      'Becaria de informática | Ayuntamiento de Valencia | 2016-10–2017-12',
    ]);
  });

  it('still reads one bar per line, after the main column, as the gutter of a sidebar', () => {
    const rows = [
      ['JANE DOE', 'SKILLS'],
      ['Security Engineer', 'Python, Go'],
      ['', 'Kubernetes, AWS'],
      ['EXPERIENCE', ''],
      ['04/2021 – Present  Senior Engineer, Acme Systems', 'LANGUAGES'],
      ['- Built the detection pipeline on Kubernetes.', 'English'],
      ['09/2016 – 03/2021  Engineer, Acme Systems', 'German'],
      ['- Ran the SIEM and its use cases.', ''],
      ['06/2014 – 08/2016  Junior Engineer, Marlow', 'CERTIFICATES'],
      ['- Wrote C++ signal processing.', 'CISSP'],
    ];
    const p = parseResume(rows.map(([a, b]) => `${(a ?? '').padEnd(58)}| ${b}`).join('\n'), { asOf: '2026-11-01' });
    expect(p.text).toContain('- Wrote C++ signal processing.\n\nSKILLS\nPython, Go');
    expect(p.experience.entries.map((e) => e.start)).toEqual(['2021-04', '2016-09', '2014-06']);
  });
});

describe('a sidebar cell flattened onto the line of a header written dates first', () => {
  it('reads the header after the cell ("NIST AI RMF  Depuis février 2024 – Responsable Risques Cyber & IA")', () => {
    const text = [
      'COMPÉTENCES CLÉS                EXPÉRIENCE PROFESSIONNELLE',
      'ISO/IEC 42001 – NIST AI RMF     Depuis février 2024 – Responsable Risques Cyber & IA',
      'Audit & contrôle interne        Banque du Sud-Ouest – Toulouse',
      '                                - Analyses de risques EBIOS RM des projets',
      '',
      'Sept. 2019 – janv. 2024 – Consultante senior GRC cybersécurité',
      'Altair Conseil – Paris',
      '- Audits de conformité ISO 27001 et PCI DSS : tests de contrôles, collecte des preuves',
      '- Analyses de risques EBIOS Risk Manager pour des projets SI sensibles',
      '- Réalisation d’AIPD (RGPD) en binôme avec les DPO clients',
      '- Rédaction de politiques et procédures de sécurité',
      '',
      'FORMATION',
      '2019 – Master Management des Systèmes d’Information – IAE Toulouse',
      '2017 – Licence Gestion – Université Toulouse 1 Capitole',
      '',
      'LANGUES',
      'Anglais : courant (C1) – Italien : bilingue',
    ].join('\n');
    const p = parseResume(text, { asOf: '2026-11-01' });
    expect(p.experience.entries.map((e) => [e.title, e.start, e.months])).toEqual([
      ['Responsable Risques Cyber & IA', '2024-02', 34],
      ['Consultante senior GRC cybersécurité', '2019-09', 53],
    ]);
    expect(p.experience.totalYears).toBe(7.25);
  });
});

describe('auto-numbered job headings (a DOCX list: "1.<tab>Title")', () => {
  it('reads the title without its number, and the employer from the dated line below', () => {
    const text =
      'PROFESSIONAL EXPERIENCE\n\n1.\tApplication Security Engineer\nVayu Cloud Software Pvt. Ltd., Pune\t16-Mar-2020 to till date\n\tThreat modelling with product squads.\n\n2.\tSecurity Test Engineer\nSahyadri Infotech Ltd., Pune\t02-Jan-2017 to 15-Mar-2020\n\tWeb application penetration testing.\n';
    const p = parseResume(text, { asOf: '2026-11-01' });
    expect(p.experience.entries.map((e) => [e.title, e.organization, e.start, e.end])).toEqual([
      ['Application Security Engineer', 'Vayu Cloud Software Pvt. Ltd.', '2020-03', '2026-11'],
      ['Security Test Engineer', 'Sahyadri Infotech Ltd.', '2017-01', '2020-03'],
    ]);
  });
});

describe('parseResume: dated periods that are no work', () => {
  it.each([
    ['full-time graduate study', 'Graduate study — George Mason University   2017-08 – 2018-12\n  - Full-time M.S.; teaching assistant unpaid/credit-only.'],
    ['doctoral studies', 'Doctoral studies, ETH Zürich   2015 – 2018'],
  ])('%s bounds no entry and counts no year', (_name, period) => {
    const p = parseResume(`EXPERIENCE\nSecurity Analyst — Acme Corp   2019-01 – 2020-12\n- SIEM triage\n${period}\n`, { asOf: '2026-11-01' });
    expect(p.experience.entries.map((e) => e.title)).toEqual(['Security Analyst']);
    expect(p.experience.totalYears).toBe(2);
  });
});

// A doctoral candidate on an employment contract holds a job; one on a scholarship studies.
describe('parseResume: doctoral candidates employed by the university', () => {
  it.each([
    [
      'EXPERIENCE\n09/2015 – 08/2019   PhD Candidate (employment contract, promovendus), Radboud University\n  • Trained graph neural networks for intrusion detection.\n',
      4,
    ],
    [
      'EXPERIENCE\n09/2015 – 08/2019   Doctoral student (salaried, 4-year contract), Security Lab, KTH\n  • Trained graph neural networks for intrusion detection.\n',
      4,
    ],
    [
      'BERUFSERFAHRUNG\n09/2015 – 08/2019   Doktorand (TV-L E13, 75 %), Lehrstuhl für IT-Sicherheit, TU München\n  • Training von neuronalen Netzen zur Angriffserkennung.\n',
      4,
    ],
    [
      'EXPERIENCIA\n09/2015 – 08/2019   Estudiante de doctorado (contrato predoctoral FPI), Universidad de Granada\n  • Entrené redes neuronales para detección de intrusiones.\n',
      4,
    ],
    [
      'EXPERIENCE\n09/2015 – 08/2019   PhD Candidate (full-time scholarship), Radboud University\n  • Trained graph neural networks for intrusion detection.\n',
      null,
    ],
  ])('%s', (text, years) => {
    expect(parseResume(text, { asOf: '2026-11-01' }).experience.totalYears).toBe(years);
  });
});

describe('a break word inside an employer name', () => {
  it('counts "Application Security Engineer, Nubo Travel" as work, and a "Career break" line as none', () => {
    const text =
      'EXPERIENCE\nApplication Security Engineer\nNubo Travel — Barcelona\n2020-06 – 2023-02\n* Pentests\n\nCareer break\n2019-01 – 2020-05\nTravel\n\nBackend Developer\nSumo Logistics — Sabadell\n2017-09 – 2018-12\n* Java\n';
    const p = parseResume(text, { asOf: '2026-11-01' });
    expect(p.experience.entries.map((e) => [e.title, e.organization])).toEqual([
      ['Application Security Engineer', 'Nubo Travel'],
      ['Backend Developer', 'Sumo Logistics'],
    ]);
    expect(p.experience.totalYears).toBe(4.08);
  });

  // Unpaid, volunteer or credit-only teaching is no professional experience; the paid job beside it is.
  it.each([
    ['Teaching Assistant (unpaid), University of Leeds, Sep 2016 – Jun 2018'],
    ['Unpaid Teaching Assistant, University of Leeds, Sep 2016 – Jun 2018'],
    ['Lab Tutor (credit-only), University of Leeds, Sep 2016 – Jun 2018'],
  ])('counts no months for %s', (header) => {
    const text = `EXPERIENCE\nSecurity Engineer, Acme Corp, Jan 2020 – Dec 2023\n- Ran vulnerability scans.\n\n${header}\n- Led weekly labs on networking.\n`;
    const p = parseResume(text, { asOf: '2026-01-01' });
    expect(p.experience.entries.map((e) => [e.title, e.months])).toEqual([['Security Engineer', 48]]);
    expect(p.experience.totalYears).toBe(4);
  });

  it('counts a job whose employer line describes the business with a break word ("online travel") as work', () => {
    const text =
      'EXPERIENCE\n09/2014 – 05/2018        Machine Learning Engineer\n                         Acme Online B.V., Utrecht (online travel, 2,000 employees)\n  - Built fraud models in Python\n\n06/2012 – 08/2014        Volunteer Tutor\n                         Code Club, Utrecht\n';
    const p = parseResume(text, { asOf: '2026-11-01' });
    expect(p.experience.entries.map((e) => [e.title, e.organization])).toEqual([['Machine Learning Engineer', 'Acme Online B.V.']]);
    expect(p.experience.totalYears).toBe(3.75);
  });

  it('counts a job whose employer carries a remark with a break word on the title line ("Acme (online travel)") as work', () => {
    const text =
      'EXPERIENCE\nDevOps Engineer | Ondine Voyages (online travel), Lyon        Sep 2016 – Feb 2021\n• Moved the booking platform to Docker\n\nSystems Administrator | Hexalis (IT services), Lyon        Sep 2012 – Aug 2016\n• Ran Linux servers\n';
    const p = parseResume(text, { asOf: '2026-11-01' });
    expect(p.experience.entries.map((e) => [e.title, e.months])).toEqual([
      ['DevOps Engineer', 54],
      ['Systems Administrator', 48],
    ]);
    expect(p.experience.totalYears).toBe(8.5);
  });
});

describe('a leave written inside a job', () => {
  it.each([
    [
      'EXPERIENCE\n03/2018 – 12/2022      Lead ML Engineer\n                       Tulp Payments B.V., Utrecht\n                       (parental leave 03/2020 – 11/2020)\n                       - Ran Kubernetes for 200 models\n',
      'en',
    ],
    [
      'BERUFSERFAHRUNG\n03/2018 – 12/2022      Lead ML Engineer\n                       Tulp Payments B.V., Utrecht\n                       (Elternzeit 03/2020 – 11/2020)\n                       - Betrieb von Kubernetes für 200 Modelle\n',
      'de',
    ],
  ])('keeps the job whole and takes its months off every count (%#)', (text) => {
    const p = parseResume(text, { asOf: '2026-11-01' });
    expect(p.experience.entries.map((e) => [e.title, e.start, e.end, e.months])).toEqual([['Lead ML Engineer', '2018-03', '2022-12', 49]]);
    expect(p.experience.totalYears).toBe(4.08);
    expect(p.skills.find((s) => s.id === 'kubernetes')?.years).toBe(4.08);
  });

  it('reads a leave written in lowercase after its dates ("(03.2020 – 11.2020 parental leave)")', () => {
    const text =
      'EXPERIENCE\nsince 03.2018          Lead ML Engineer\n                       Tulp Payments B.V., Utrecht\n                       (03.2020 – 11.2020 parental leave)\n                       - Ran Kubernetes for 200 models\n';
    const p = parseResume(text, { asOf: '2026-11-01' });
    expect(p.experience.entries.map((e) => [e.title, e.start, e.end, e.months])).toEqual([['Lead ML Engineer', '2018-03', '2026-11', 96]]);
    expect(p.experience.totalYears).toBe(8);
  });

  it.each([
    [
      'EXPÉRIENCE PROFESSIONNELLE\n03/2014 – 06/2019       ORBITEL SA – Bruxelles\n(hors crédit-temps)     Ingénieur sécurité réseau\n  ▪ Exploitation des pare-feux Palo Alto.\n\n09/2017 – 02/2018       Crédit-temps à temps plein\n                        Accompagnement d’un parent.\n\n09/2010 – 02/2014       ORBITEL SA – Bruxelles\n                        Ingénieur réseau backbone\n',
    ],
    [
      'EXPERIENCE\n03/2014 – 06/2019       ORBITEL SA – Brussels\n(excluding career break)  Network Security Engineer\n  - Ran the Palo Alto firewalls.\n\n09/2017 – 02/2018       Career break\n                        Caring for a parent.\n\n09/2010 – 02/2014       ORBITEL SA – Brussels\n                        Backbone Network Engineer\n',
    ],
  ])('takes a break that the job above leaves out of its dates off that job (%#)', (text) => {
    const p = parseResume(text, { asOf: '2026-11-01' });
    expect(p.experience.entries.map((e) => [e.start, e.end, e.months])).toEqual([
      ['2014-03', '2019-06', 58],
      ['2010-09', '2014-02', 42],
    ]);
    expect(p.experience.totalYears).toBe(8.33);
    expect(p.experience.securityYears).toBe(4.83);
  });

  it.each([
    [
      'EXPERIENCE\nsince 04/2021   Tulp Payments B.V., Utrecht\n                Data Engineer (back from my parental leave)\n                - Built Spark pipelines\n\n06/2020 – 03/2021  Parental leave\n\n01/2017 – 05/2020  Tulp Payments B.V., Utrecht\n                   Data Engineer\n',
    ],
    [
      'BERUFSERFAHRUNG\nseit 04/2021   Tulp Payments B.V., Utrecht\n               Data Engineer (Wiedereinstieg nach der Elternzeit)\n               - Spark-Pipelines entwickelt\n\n06/2020 – 03/2021  Elternzeit\n\n01/2017 – 05/2020  Tulp Payments B.V., Utrecht\n                   Data Engineer\n',
    ],
    [
      'EXPÉRIENCE PROFESSIONNELLE\ndepuis 04/2021   Tulp Payments B.V., Utrecht\n                 Data Engineer (retour du congé parental)\n                 - Pipelines Spark\n\n06/2020 – 03/2021  Congé parental\n\n01/2017 – 05/2020  Tulp Payments B.V., Utrecht\n                   Data Engineer\n',
    ],
    [
      'EXPERIENCIA PROFESIONAL\ndesde 04/2021   Tulp Payments B.V., Utrecht\n                Data Engineer (regreso de la baja por maternidad)\n                - Pipelines de Spark\n\n06/2020 – 03/2021  Baja por maternidad\n\n01/2017 – 05/2020  Tulp Payments B.V., Utrecht\n                   Data Engineer\n',
    ],
  ])('reads a job whose header says it follows a leave, with an article before the leave, as work (%#)', (text) => {
    const p = parseResume(text, { asOf: '2026-11-01' });
    expect(p.experience.entries.map((e) => [e.start, e.end, e.months])).toEqual([
      ['2021-04', '2026-11', 68],
      ['2017-01', '2020-05', 41],
    ]);
    expect(p.experience.totalYears).toBe(9.08);
  });

  it.each([
    ['EXPERIENCE\n\nData Scientist\t09/2018 – 03/2022\nHarrow Mutual, Leeds\nMaternity leave 07/2020 – 04/2021\n•\tFraud models in Python.\n', 33],
    ['EXPERIENCE\n\nSecurity Engineer, Kestrel Bank    Jan 2016 – Dec 2022\nSabbatical: Mar 2019 – Aug 2019\n- Ran the SIEM.\n', 78],
    [
      'EXPERIENCE\n\n04/2015 – 10/2021   Data Engineer\n                    Pellow Logistics, Bristol\n03/2018 – 02/2019   Parental leave\n- Spark pipelines.\n',
      67,
    ],
  ])('takes time off written right under a job’s header lines, before its duties, off that job: %j', (text, months) => {
    const p = parseResume(text, { asOf: '2026-11-01' });
    expect(p.experience.entries.map((e) => e.months)).toEqual([months]);
  });

  it('keeps a job whole when a break of its own line comes after its duties', () => {
    const p = parseResume('EXPERIENCE\n\nML Engineer | Corvid Labs | 2017 – 2023\n- Trained PyTorch models.\nParental leave 2020 – 2020\n', {
      asOf: '2026-11-01',
    });
    expect(p.experience.entries.map((e) => e.months)).toEqual([84]);
  });

  it('reads a break on a line and level of its own inside a job’s dates as no leave of it', () => {
    const p = parseResume('EXPERIENCE\n03/2018 – 12/2022  Lead ML Engineer, Tulp Payments\n- Ran Kubernetes\n03/2020 – 11/2020  Volunteer, Code Club\n', {
      asOf: '2026-11-01',
    });
    expect(p.experience.totalYears).toBe(4.83);
  });
});

describe('positions on one line whose list items name one of them', () => {
  it.each([
    [
      'EXPERIENCE\n03/2015 – 06/2020   Kranich Bank AG | Reporting Analyst (03/2015 – 02/2018), Lead Analyst (03/2018 – 06/2020)\n  - Weekly sales reporting in Excel and SQL\n  - As Lead Analyst: trained a credit-default model in Python (scikit-learn, XGBoost) and put it in production\n',
      'Reporting Analyst',
      'Lead Analyst',
    ],
    [
      'BERUFSERFAHRUNG\n03/2015 – 06/2020   Kranich Bank AG | Reporting-Analyst (03/2015 – 02/2018), Lead Analyst (03/2018 – 06/2020)\n  • Als Lead Analyst: Kreditausfallmodell in Python (scikit-learn, XGBoost) trainiert und in Produktion gebracht\n  • Wöchentliches Vertriebsreporting in Excel und SQL\n',
      'Reporting-Analyst',
      'Lead Analyst',
    ],
    [
      'EXPERIENCIA PROFESIONAL\n03/2015 – 06/2020   Kranich Bank AG | Analista de reporting (03/2015 – 02/2018), Analista jefe (03/2018 – 06/2020)\n  - Informes semanales de ventas en Excel y SQL\n  - Como analista jefe: entrené un modelo de impago en Python (scikit-learn, XGBoost) y lo puse en producción\n',
      'Analista de reporting',
      'Analista jefe',
    ],
  ])('gives the items that open with a position’s title to that position only (%#)', (text, first, second) => {
    const p = parseResume(text, { asOf: '2026-11-01' });
    expect(p.experience.entries.map((e) => [e.title, e.organization, e.kind, e.months])).toEqual([
      [first, 'Kranich Bank AG', ['other'], 36],
      [second, 'Kranich Bank AG', ['ml'], 28],
    ]);
    expect(p.experience.mlYears).toBe(2.33);
    expect(p.skills.find((s) => s.id === 'sql')?.years).toBe(5.33);
  });

  it('keeps an item that names a position in the middle of the shared items everyone’s', () => {
    const text =
      'EXPERIENCE\n03/2015 – 06/2020   Kranich Bank AG | Reporting Analyst (03/2015 – 02/2018), Lead Analyst (03/2018 – 06/2020)\n  - Weekly sales reporting in Excel and SQL\n  - As Lead Analyst: trained a credit-default model in Python (scikit-learn, XGBoost)\n  - Ad-hoc analyses for the board\n';
    const p = parseResume(text, { asOf: '2026-11-01' });
    expect(p.experience.entries.map((e) => e.kind)).toEqual([['ml'], ['ml']]);
  });
});

describe('roles dated by year alone under a company line dated by month', () => {
  it('takes each year-only bound as the company’s month in that year', () => {
    const text =
      'EXPERIENCE\nCrown Hill Systems plc, Corsham                 October 2016 - February 2022\nSenior Security Engineer (2019 - 2022); Security Engineer (2016 - 2019)\n*  Designed network segmentation\n';
    const p = parseResume(text, { asOf: '2026-11-01' });
    expect(p.experience.entries.map((e) => [e.title, e.organization, e.start, e.end])).toEqual([
      ['Senior Security Engineer', 'Crown Hill Systems plc, Corsham', '2019-01', '2022-02'],
      ['Security Engineer', 'Crown Hill Systems plc, Corsham', '2016-10', '2019-12'],
    ]);
    expect(p.experience.totalYears).toBe(5.42);
  });
});

describe('roles stacked under one employer’s dates', () => {
  it('dates the duties under the last role by the employer’s whole span', () => {
    const text =
      'EXPERIENCE\n04/2020 – present  Aquila Defence Electronics GmbH, Ulm\n                   Senior Machine Learning Engineer (since 01/2023)\n                   Machine Learning Engineer (04/2020 – 12/2022)\n                   • Develop PyTorch models for radar emitter classification\n';
    const p = parseResume(text, { asOf: '2026-11-01' });
    expect(p.skills.find((s) => s.id === 'pytorch')?.years).toBe(6.67);
  });

  it('dates the duties under two roles of one employer, on lines right after each other, by both', () => {
    const text =
      'EXPERIENCE\nKapoor Mehta & Associates LLP                     Mumbai, India\nAssistant Manager, Information Security Assurance      04/2018 - 03/2021\nAssociate, Information Security Assurance               09/2015 - 03/2018\n  -  Wrote SQL scripts for full-population testing of log data.\n';
    const p = parseResume(text, { asOf: '2026-11-01' });
    expect(p.skills.find((s) => s.id === 'sql')?.years).toBe(5.58);
  });

  it('dates the duties under a form’s role fields, each line labelled "Title:", by both roles', () => {
    const text =
      'WORK HISTORY\nEmployer: Corvane Defense Systems\n  Title: Senior Machine Learning Engineer           Dates: Q3 2023 – Present\n  Title: Machine Learning Engineer                  Dates: Q1 2020 – Q2 2023\n  Description:\n  * Write Python to train PyTorch CNN models for imagery target recognition\n';
    const p = parseResume(text, { asOf: '2026-11-01' });
    expect(p.skills.find((s) => s.id === 'pytorch')?.years).toBe(6.92);
  });

  it('reads two roles with no employer, one ending the month before the other starts, as a promotion over the duties below', () => {
    const text =
      'EXPERIENCE\nData Scientist                                   01/2021 – 03/2022\nData Analyst                                     07/2019 – 12/2020\nHollin Retail Group, Offenbach\n• DS: churn and demand forecasting models (scikit-learn), feature pipelines in Spark\n• Analyst: SQL reporting, Tableau dashboards, Python data cleaning scripts; no modelling\n';
    const p = parseResume(text, { asOf: '2026-11-01' });
    expect(p.skills.find((s) => s.id === 'python')?.years).toBe(2.75);
    // "no modelling" is said of the analyst: the data scientist's months stay ML work.
    expect(p.experience.entries.map((e) => [e.title, e.kind])).toEqual([
      ['Data Scientist', ['ml']],
      ['Data Analyst', ['other']],
    ]);
    expect(p.experience.mlYears).toBe(1.25);
  });

  it('keeps apart roles with no employer whose dates leave a gap', () => {
    const text =
      'EXPERIENCE\nData Scientist                                   01/2021 – 03/2022\nData Analyst                                     07/2019 – 06/2020\nHollin Retail Group, Offenbach\n• Python data cleaning scripts\n';
    const p = parseResume(text, { asOf: '2026-11-01' });
    expect(p.skills.find((s) => s.id === 'python')?.years).toBe(1);
  });

  it('keeps apart roles set off by a blank line, each over its own duties', () => {
    const text =
      'EXPERIENCE\nAcme Insurance, Paris\nJanuary 2018 – present\n\n   Head of AI Governance          since January 2023\n   – AI governance framework\n\n   GRC Manager        January 2018 – December 2022\n   – ISO 27001 programme\n';
    const p = parseResume(text, { asOf: '2026-11-01' });
    expect(p.skills.find((s) => s.id === 'ai-governance')?.years).toBe(3.92);
  });
});

describe('a plain title right above a line of employer, place and dates', () => {
  it('titles the entry, a grade’s date in its remark aside', () => {
    const text =
      'EMPLOYMENT HISTORY\n\nSenior Cyber Security Analyst (APS6, EL1 from 2024)\nAustralian Government department  ·  Canberra          Apr 2022 – Present\n▪ Detection engineering in Sentinel\n\nSOC Intern (prácticas)\nIberseg Servicios Gestionados S.L.  ·  Madrid, Spain      Feb 2016 – Jul 2016\n▪ Alert triage in QRadar\n';
    const p = parseResume(text, { asOf: '2026-11-01' });
    expect(p.experience.entries.map((e) => [e.title, e.organization])).toEqual([
      ['Senior Cyber Security Analyst (APS6, EL1 from 2024)', 'Australian Government department'],
      ['SOC Intern (prácticas)', 'Iberseg Servicios Gestionados S.L.'],
    ]);
  });
});

describe('a title over an organisation line over the dates, right under the entry before', () => {
  it('reads the title and organisation of each stacked entry', () => {
    const text =
      'EXPERIENCE\nSenior Incident Response Analyst\nKaroo Mutual Bank | Johannesburg\n02/2023 – Present\n● Lead a team of four incident responders covering the retail\nand corporate divisions.\nSOC Analyst\nHighveld Cyber Defence (MSSP) | Pretoria\n01/2020 – 01/2023\n● Monitored Splunk Enterprise Security for 25 clients in mining,\nretail and logistics.\n';
    const p = parseResume(text, { asOf: '2026-11-01' });
    expect(p.experience.entries.map((e) => [e.title, e.organization, e.kind])).toEqual([
      ['Senior Incident Response Analyst', 'Karoo Mutual Bank', ['security']],
      ['SOC Analyst', 'Highveld Cyber Defence', ['security']],
    ]);
    expect(p.experience.securityYears).toBe(6.92);
  });
});

describe('a main column without a heading, read after the sidebar of a two-column page', () => {
  it("reads the jobs under the sidebar's last heading, their titles heading them, and their skills as evidence", () => {
    const text =
      'CONTACT\nCape Town\nSKILLS\nPython\nLANGUAGES\nEnglish, Afrikaans\n\n\n' +
      'SOC Analyst\nFynbos Security · Cape Town\nJul 2020 – Jan 2023\n- Triage of alerts in QRadar for 20 clients.\n' +
      'IT Support Technician\nProtea Schools Trust · Durban\nMar 2018 – Jun 2020\n- Desktop support for five schools.\n';
    const p = parseResume(text, { asOf: '2026-11-01' });
    expect(p.experience.entries.map((e) => [e.title, e.organization, e.start, e.end])).toEqual([
      ['SOC Analyst', 'Fynbos Security', '2020-07', '2023-01'],
      ['IT Support Technician', 'Protea Schools Trust', '2018-03', '2020-06'],
    ]);
    expect(p.experience.totalYears).toBe(4.92);
    expect(p.skills.find((s) => s.id === 'security-monitoring')?.years).toBe(2.58);
    expect(p.warnings.map((w) => w.code)).not.toContain('NO_EXPERIENCE');
  });
});

describe('a sidebar block that cut the experience column (a two-column PDF read without its layout)', () => {
  const job = 'SOC Analyst\nHighveld Cyber Defence | Pretoria\n01/2020 – 01/2023\n● Monitored Splunk Enterprise Security for 25 clients.\n';
  const certs = 'CERTIFICATIONS\nGIAC Certified Incident Handler\n(GCIH), 2023\n';
  const head =
    'EXPERIENCE\nIncident Response Analyst\nKaroo Mutual Bank | Johannesburg\n02/2023 – Present\n● Run host forensics with Velociraptor; wrote the\n';

  it('reads the jobs between and after the sidebar sections when the experience stops mid-sentence', () => {
    const p = parseResume(`${head}${certs}${job}`, { asOf: '2026-11-01' });
    expect(p.experience.entries.map((e) => e.title)).toEqual(['Incident Response Analyst', 'SOC Analyst']);
    expect(p.experience.totalYears).toBe(6.92);
  });

  it('reads a job after a sidebar block with its dates above its title, and one whose dates fell into its bullets', () => {
    const text =
      'EXPERIENCE\nSenior Data Scientist\nVltava Energy | Prague\n09/2023 – present\n• Built demand forecasts in PyTorch for the trading desk every day.\n' +
      'SKILLS\nPython, SQL\nDocker\n' +
      "Data Scientist\nNakup s.r.o. | Prague\n• Wrote PySpark jobs that build the feature tables in BigQuery; moved the\n01/2021 – 08/2023\nteam's ad-hoc SQL into tested models.\n• Designed the A/B tests.\n" +
      'LANGUAGES\nCzech – native\nEnglish – C1\n' +
      '06/2018 – 12/2020\nData Analyst\nBanka a.s. | Brno\n• Built churn models in Python with scikit-learn.\n';
    const p = parseResume(text, { asOf: '2026-11-01' });
    expect(p.experience.entries.map((e) => [e.title, e.organization, e.start, e.end])).toEqual([
      ['Senior Data Scientist', 'Vltava Energy', '2023-09', '2026-11'],
      ['Data Scientist', 'Nakup s.r.o.', '2021-01', '2023-08'],
      ['Data Analyst', 'Banka a.s.', '2018-06', '2020-12'],
    ]);
    expect(p.experience.totalYears).toBe(8.5);
  });

  it('reads a job whose sentences follow a sidebar block that stands right under its dates, a wide list of tools in the block', () => {
    const text =
      'EXPERIENCE\nAI Assurance Lead\nNorthgate Insurance Group plc – Group Internal Audit, London\nSeptember 2022 – Present\n' +
      'CORE SKILLS\n▪ AI governance & AI inventories\n▪ Model risk audit\nTOOLS\nPython (pandas, scikit-learn, fairlearn) · SQL · IDEA · TeamMate+ · Power BI\n' +
      ' Designed the AI audit methodology and ran 14 audits of AI and ML use-cases (pricing,\nclaims triage, fraud) against the NIST AI RMF.\n Manage a team of three auditors.\n\n' +
      'IT Audit Manager\nEastside Building Society, London\nOctober 2016 – February 2022\n➢ Planned and delivered ITGC audits over core banking systems.\n';
    const p = parseResume(text, { asOf: '2026-11-01' });
    expect(p.experience.entries.map((e) => [e.title, e.start, e.end])).toEqual([
      ['AI Assurance Lead', '2022-09', '2026-11'],
      ['IT Audit Manager', '2016-10', '2022-02'],
    ]);
    expect(p.experience.totalYears).toBe(9.67);
  });

  it('leaves a section in place after a dated line that a blank line ends', () => {
    const text =
      'EXPERIENCE\nSecurity Engineer, AI Platform  since 2024\nNordwind Mobility GmbH, Berlin\n- Threat models for the LLM gateway and the vector store of the assistant\n\n' +
      'Apr 2019 – Sep 2019: language course and relocation\n\nEducation\nM.Sc. Computer Science  10/2019 – 11/2023\nTechnical University\n' +
      'Master thesis: membership inference against federated medical imaging models, with shadow models\nimplemented in Python\n';
    const p = parseResume(text, { asOf: '2026-11-01' });
    // Read where it stands: not moved after the text as a sidebar block.
    expect(p.education.map((e) => [e.level, e.evidence?.start])).toEqual([['master', text.indexOf('M.Sc.')]]);
  });

  it.each([
    ['-'.repeat(60), 'Qualification                 Institute                 Year'],
    ['='.repeat(60), 'Degree            School            Years'],
  ])('leaves an education table in place: a rule under its header row opens its rows, no job', (rule, header) => {
    const text =
      'EXPERIENCE\nAcme Fintech Pvt. Ltd., Bengaluru\nApplication Security Engineer                                  Apr 2022 - Present\n' +
      '  - Own secure code review for the Java and Node.js microservices of the lending platform.\n\n' +
      `EDUCATION\n\n${header}\n${rule}\n` +
      'M.Tech (Information Security)  BITS Pilani (part-time)       2025-2027\n  - pursuing, semester 3 of 4\n' +
      'B.Tech, Computer Science       PES Institute of Technology   2015-2019\n';
    const p = parseResume(text, { asOf: '2026-11-01' });
    expect(p.education.map((e) => [e.level, e.field, e.year])).toEqual([['bachelor', 'computer-science', 2019]]);
  });

  it('reads no job in a section after an experience that ends its sentence', () => {
    // Its duty without the experience's bullet, so that the sidebar mover (resume/_sidebar) leaves the block where it is.
    const p = parseResume(`${head.replace('wrote the', 'wrote the playbooks.')}${certs}${job.replace('● ', '')}`, { asOf: '2026-11-01' });
    expect(p.experience.entries.map((e) => e.title)).toEqual(['Incident Response Analyst']);
  });
});

describe('positions on a header line that wrapped between a title and its dates', () => {
  it('reads each position with its own dates, under the company line with the whole tenure', () => {
    const text =
      'EXPERIENCE\nJan 2020 to date    NORTHWIND BANK, Toronto, ON\nManager, Model Risk (Sep 2024 to date)  |  Senior Model Risk Specialist\n(Apr 2022 – Aug 2024)  |  Model Validation Analyst (Jan 2020 – Mar 2022)\n\n  Manager, Model Risk\n  -  Lead a team of six validators.\n';
    const p = parseResume(text, { asOf: '2026-11-01' });
    expect(p.experience.entries.map((e) => [e.title, e.start, e.end])).toEqual([
      ['Manager, Model Risk', '2024-09', '2026-11'],
      ['Senior Model Risk Specialist', '2022-04', '2024-08'],
      ['Model Validation Analyst', '2020-01', '2022-03'],
    ]);
  });
});

describe('an organisation on the dated line, the title below it with a remark on the job', () => {
  it.each([
    ['Cloud Penetration Tester — contract', 'Cloud Penetration Tester'],
    ['Penetration Tester — short contract, extended twice', 'Penetration Tester'],
  ])('reads %j as the title %j, and the dated line as the organisation', (below, title) => {
    const text = `EXPERIENCE\nApr'23 – Dec'23      Tallin Pay (fintech, Edinburgh)\n                     ${below}\n  - AWS penetration testing\n`;
    const p = parseResume(text, { asOf: '2026-11-01' });
    expect(p.experience.entries.map((e) => [e.title, e.organization, e.kind])).toEqual([[title, 'Tallin Pay', ['security']]]);
  });
});

describe('two positions on a header line that wrapped, each with its duties under its title', () => {
  it('reads both positions, and gives each only the part under its own title', () => {
    const text =
      'EXPERIENCE\nCORVALENT CLOUD, London\nStaff Security Engineer (2020–2023) → Senior Manager,\nAI Security Engineering (2023–Present)\n\nSenior Manager, AI Security Engineering\n• Fine-tuned a prompt-injection classifier in PyTorch\n\nStaff Security Engineer\n• Threat models for 30 services\n';
    const p = parseResume(text, { asOf: '2026-11-01' });
    expect(p.experience.entries.map((e) => [e.title, e.organization, e.start, e.end, e.skills.includes('pytorch')])).toEqual([
      ['Staff Security Engineer', 'CORVALENT CLOUD', '2020-01', '2023-12', false],
      ['Senior Manager, AI Security Engineering', 'CORVALENT CLOUD', '2023-01', '2026-11', true],
    ]);
    expect(p.experience.totalYears).toBe(6.92);
  });

  it('gives each position of one line the duties labelled with its title, written out or with initials', () => {
    const text =
      'EXPERIENCE\n04/2018 – 12/2022    Vireo AG, Munich\n                     Data Scientist (04/2018 – 02/2020) · Machine Learning Engineer (03/2020 – 12/2022)\n                     • Data Scientist: forecasting models with scikit-learn.\n                     • ML Engineer: moved the models to PyTorch; deployed them on Kubernetes.\n                     • Built the training pipelines.\n';
    const p = parseResume(text, { asOf: '2026-11-01' });
    expect(p.experience.entries.map((e) => [e.title, e.start, e.end, e.skills.includes('pytorch'), e.skills.includes('kubernetes')])).toEqual([
      ['Data Scientist', '2018-04', '2020-02', false, false],
      ['Machine Learning Engineer', '2020-03', '2022-12', true, true],
    ]);
    expect(p.skills.find((s) => s.id === 'pytorch')?.years).toBe(2.83);
  });

  it('does not take a label that is not a sibling title, nor initials that do not fit', () => {
    const text =
      'EXPERIENCE\nVireo AG, Munich\nData Scientist (04/2018 – 02/2020) · Machine Learning Engineer (03/2020 – 12/2022)\n• Highlights: moved the models to PyTorch.\n• QA Engineer: wrote Kubernetes tests.\n';
    const p = parseResume(text, { asOf: '2026-11-01' });
    expect(p.experience.entries.map((e) => [e.title, e.skills.includes('pytorch'), e.skills.includes('kubernetes')])).toEqual([
      ['Data Scientist', true, true],
      ['Machine Learning Engineer', true, true],
    ]);
  });
});

describe('promotions at one employer on one arrow-separated line, over shared duties', () => {
  it.each([
    [
      "IT Auditor (Jun'16 – Aug'18) → Senior IT Auditor (Sep'18 – Mar'21) → AVP, Technology Audit (Apr'21 – Dec'23)",
      ['IT Auditor', 'Senior IT Auditor', 'AVP, Technology Audit'],
    ],
    ['Analyst (01/2016 – 08/2018) → Associate (09/2018 – 03/2021) → AVP (04/2021 – 12/2023)', ['Analyst', 'Associate', 'AVP']],
  ])('reads every position of %j', (line, titles) => {
    const text = `EXPERIENCE\nStraits Bank — Group Internal Audit\n${line}\n▪ Continuous-audit analytics in SQL over the ledgers.\n▪ 2022–2023: model documentation reviews in Python.\n`;
    const p = parseResume(text, { asOf: '2026-11-01' });
    expect(p.experience.entries.map((e) => e.title)).toEqual(titles);
    const years = (id: string) => p.skills.find((s) => s.id === id)?.years;
    // SQL runs through all the positions; Python only in the item dated 2022–2023, inside the last position.
    expect([p.experience.totalYears, years('sql'), years('python')]).toEqual([line.startsWith('IT') ? 7.58 : 8, line.startsWith('IT') ? 7.58 : 8, 2]);
  });

  it.each([
    ['Data Protection (2016 – 2018) → Head of Privacy (2018 – present)', ['Data Protection', 'Head of Privacy']],
    ["Technology Audit (Jun'16 – Aug'18) → Senior IT Auditor (Sep'18 – Mar'21)", ['Technology Audit', 'Senior IT Auditor']],
    ['Datenschutz (2016 – 2018) → Leiterin Datenschutz (2018 – heute)', ['Datenschutz', 'Leiterin Datenschutz']],
  ])('reads a promotion chain when one position has a job word: %j', (line, titles) => {
    const p = parseResume(`EXPERIENCE\nStraits Bank\n${line}\n- Reviews\n`, { asOf: '2026-11-01' });
    expect(p.experience.entries.map((e) => [e.title, e.organization])).toEqual(titles.map((t) => [t, 'Straits Bank']));
  });

  it('gives a dated item that spans two shared positions to each only its own months', () => {
    const text =
      'EXPERIENCE\nAcme Bank\nAnalyst (01/2018 – 06/2020) → Senior Analyst (07/2020 – 12/2022)\n- 2019–2021: fraud models in Python.\n- Reporting in SQL.\n';
    const p = parseResume(text, { asOf: '2026-11-01' });
    expect(p.skills.find((s) => s.id === 'python')?.years).toBe(3);
  });
});

describe('a list of appointments without duties, described in a later section under short titles', () => {
  it.each([
    [
      'APPOINTMENTS\n2023–present   Lecturer in Machine Learning Security, University of Leeds\n2020–2022      Postdoctoral Research Associate, Robust ML group\n2014–2015      Software Engineer, Billing Systems Ltd\n\nEDUCATION\n2016–2020      PhD in Informatics\n\nRESEARCH AND TECHNICAL WORK\nLecturer (2023–present)\n – Adversarial training of image classifiers in PyTorch.\nPostdoc (2020–2022)\n – Membership-inference attacks on models trained in PyTorch.\n',
      ['Lecturer in Machine Learning Security', 'Postdoctoral Research Associate', 'Software Engineer'],
    ],
    [
      'BERUFSERFAHRUNG\n04/2021 – heute    Senior Data Scientist, Vireo AG\n01/2018 – 03/2021  Data Analyst, Kestrel GmbH\n\nAUSBILDUNG\n10/2012 – 09/2017  M.Sc. Informatik\n\nTÄTIGKEITEN\nSenior Data Scientist (04/2021 – heute)\n• Prognosemodelle mit PyTorch\n',
      ['Senior Data Scientist', 'Data Analyst'],
    ],
  ])('gives each row its description and counts it once', (text, titles) => {
    const p = parseResume(text, { asOf: '2026-11-01' });
    expect(p.experience.entries.map((e) => e.title)).toEqual(titles);
    expect(p.experience.entries[0]?.skills).toContain('pytorch');
  });

  it('keeps a later entry whose title is no short form of the row, or whose dates differ', () => {
    const text =
      'APPOINTMENTS\n2020–2022      Postdoctoral Research Associate, Robust ML group\n\nTEACHING EXPERIENCE\nPostdoc mentor (2019–2022)\n – Supervised MSc students.\nLab demonstrator (2020–2022)\n – Python labs.\n';
    const p = parseResume(text, { asOf: '2026-11-01' });
    expect(p.experience.entries.map((e) => e.title)).toEqual(['Postdoctoral Research Associate', 'Postdoc mentor', 'Lab demonstrator']);
  });
});

describe('a remark in brackets after a header’s range', () => {
  it.each([
    ['EXPERIENCE\nSecurity Engineer, Acme Corp   Jan 2019 – Present (promoted to Senior in Jan 2022)\n- Threat models\n', 'Security Engineer', 'Acme Corp'],
    [
      'BERUFSERFAHRUNG\nSecurity Engineer, Acme GmbH   01/2019 – heute (ab 01/2022 als Senior Engineer)\n- Bedrohungsmodelle\n',
      'Security Engineer',
      'Acme GmbH',
    ],
    [
      "EXPÉRIENCE PROFESSIONNELLE\nIngénieur sécurité, Acme SA   01/2019 – aujourd'hui (promu senior en 2022)\n- Modélisation des menaces\n",
      'Ingénieur sécurité',
      'Acme SA',
    ],
    [
      'EXPERIENCIA PROFESIONAL\nIngeniero de seguridad, Acme SL   01/2019 – actualidad (ascendido a senior en 2022)\n- Modelado de amenazas\n',
      'Ingeniero de seguridad',
      'Acme SL',
    ],
  ])('is no part of the header, which stays an entry: %j', (text, title, organization) => {
    const p = parseResume(text, { asOf: '2026-11-01' });
    expect(p.experience.entries.map((e) => [e.title, e.organization, e.start, e.end])).toEqual([[title, organization, '2019-01', '2026-11']]);
  });

  it.each([
    ['EXPERIENCE\nSecurity Engineer, Acme Corp   Jan 2016 – Dec 2022 (sabbatical Jan 2019 – Jun 2019)\n- Threat models\n', 78],
    ['BERUFSERFAHRUNG\nSecurity Engineer, Acme GmbH   01/2016 – 12/2022 (Elternzeit 03/2020 – 11/2020)\n- Bedrohungsmodelle\n', 75],
    ['EXPÉRIENCE PROFESSIONNELLE\nIngénieur sécurité, Acme SA   01/2016 – 12/2022 (congé parental 03/2020 – 11/2020)\n- Modélisation des menaces\n', 75],
    ['EXPERIENCIA PROFESIONAL\nIngeniero de seguridad, Acme SL   01/2016 – 12/2022 (excedencia 03/2020 – 11/2020)\n- Modelado de amenazas\n', 75],
    // Undated, the break leaves the job whole: it is no break entry of its own.
    ['EXPERIENCE\nSecurity Engineer, Acme Corp   Jan 2016 – Dec 2022 (incl. a 6-month sabbatical)\n- Threat models\n', 84],
  ])('takes a dated break in it out of the job as leave: %j', (text, months) => {
    const p = parseResume(text, { asOf: '2026-11-01' });
    expect(p.experience.entries.map((e) => [e.start, e.end, e.months])).toEqual([['2016-01', '2022-12', months]]);
  });
});

describe('a dated break listed among the roles held under one employer', () => {
  // The break sits at the roles' depth, after a later role: the employer's line above them all holds it.
  it.each([
    [
      'EXPERIENCE\n01/2018 – present   Harbour Freight Systems Ltd, Leeds\n\n  since 06/2023       Senior Security Engineer\n                      - Threat models\n  02/2021 – 05/2023   Security Engineer\n                      - SAST in CI\n  04/2020 – 01/2021   Parental leave\n  01/2018 – 03/2020   Security Analyst\n                      - Alert triage\n',
      8.08,
    ],
    [
      'BERUFSERFAHRUNG\n04/2017 – heute      Nordlicht Logistik GmbH, Hamburg\n\n  seit 02/2022       Teamleiter Data Engineering\n                     • Spark-Pipelines\n  07/2021 – 01/2022  Elternzeit\n  04/2017 – 06/2021  Data Engineer\n                     • ETL-Strecken\n',
      9.08,
    ],
    [
      "EXPÉRIENCE PROFESSIONNELLE\n09/2016 – aujourd'hui   Banque Rivière SA, Lyon\n\n  depuis 03/2022        Ingénieur sécurité senior\n                        • Revues de code\n  09/2021 – 02/2022     Congé parental\n  09/2016 – 08/2021     Ingénieur sécurité\n                        • Tests d'intrusion\n",
      9.75,
    ],
  ])('is leave from the employer, not a break in the roles: %j', (text, total) => {
    const p = parseResume(text, { asOf: '2026-11-01' });
    expect(p.experience.totalYears).toBe(total);
  });
});

describe('a list item that opens with a dated break inside the job above', () => {
  it.each([
    ['EXPERIENCE\nSecurity Engineer, Acme   Jan 2016 – Present\n- Threat models\n- Career break Jan 2019 – Jun 2019 (sabbatical)\n', 125],
    ['EXPERIENCE\nSecurity Engineer, Acme   Jan 2016 – Present\n- Threat models\n- Sabbatical 01/2019 – 06/2019: travelled in South America\n', 125],
    ['BERUFSERFAHRUNG\n01/2016 – heute  Security Engineer, Acme GmbH\n• Bedrohungsmodelle\n• Elternzeit 03/2020 – 11/2020\n', 122],
    ["EXPÉRIENCE PROFESSIONNELLE\n01/2016 – aujourd'hui  Ingénieur sécurité, Acme SA\n• Modélisation des menaces\n• Congé parental 03/2020 – 11/2020\n", 122],
    // The dates first, the break right after them.
    ['EXPERIENCE\nSecurity Engineer, Acme   Jan 2016 – Present\n- Threat models\n- 03/2020 – 11/2020: parental leave\n', 122],
    ['BERUFSERFAHRUNG\n01/2016 – heute  Security Engineer, Acme GmbH\n• Bedrohungsmodelle\n• 03/2020 – 11/2020 Elternzeit (Zwillinge)\n', 122],
    [
      'EXPERIENCIA PROFESIONAL\n01/2016 – actualidad  Ingeniero de seguridad, Acme SL\n- Modelado de amenazas\n- 03/2020 - 11/2020 excedencia por cuidado de hijos\n',
      122,
    ],
    ["EXPÉRIENCE PROFESSIONNELLE\n01/2016 – aujourd'hui  Ingénieur sécurité, Acme SA\n• Modélisation des menaces\n• (03/2020 – 11/2020) congé parental\n", 122],
    // A break named later in the item is someone else's: the job stays whole.
    ['EXPERIENCE\nSecurity Engineer, Acme   Jan 2016 – Present\n- Covered for a colleague on parental leave 03/2020 – 11/2020\n', 131],
    ['EXPERIENCE\nSecurity Engineer, Acme   Jan 2016 – Present\n- 03/2020 – 11/2020 covered for a colleague on parental leave\n', 131],
  ])('is leave from that job: %j', (text, months) => {
    const p = parseResume(text, { asOf: '2026-11-01' });
    expect(p.experience.entries.map((e) => [e.start, e.end, e.months])).toEqual([['2016-01', '2026-11', months]]);
  });

  // Only time off work is leave: a volunteer role, travel or a leave covered inside a job is the job's own work.
  it.each([
    [
      'EXPERIENCE\nSecurity Engineer, Acme Corp    01/2017 – 12/2022\n- Volunteer 03/2019 – 12/2020: ran the company STEM outreach programme.\n- Threat models\n',
      'Security Engineer',
      '2017-01',
      72,
    ],
    [
      'EXPERIENCE\nSecurity Engineer, Acme Corp    01/2016 – 12/2022\n• Volunteering (2019 – 2021): company OWASP chapter lead, monthly talks.\n• Threat models\n',
      'Security Engineer',
      '2016-01',
      84,
    ],
    [
      'EXPERIENCE\nField Security Engineer, Acme Corp 01/2017 – 12/2022\n- Travel 2019 – 2021: on-site firewall deployments across APAC.\n',
      'Field Security Engineer',
      '2017-01',
      72,
    ],
    [
      'EXPERIENCE\nSOC Team Lead, Acme Corp    01/2017 – 12/2022\n- Parental leave cover 01/2019 – 06/2019: acting SOC manager for a team of 8 analysts.\n',
      'SOC Team Lead',
      '2017-01',
      72,
    ],
    [
      'BERUFSERFAHRUNG\nSOC Team Lead, Acme GmbH    01/2017 – 12/2022\n- Elternzeit-Vertretung 01/2019 – 06/2019: kommissarische SOC-Leitung\n',
      'SOC Team Lead',
      '2017-01',
      72,
    ],
    [
      'EXPERIENCE\nSecurity Engineer, Acme Corp    Jan 2016 – Dec 2022 (2019 – 2021 on the road: travel to 14 client sites)\n- Threat models\n',
      'Security Engineer',
      '2016-01',
      84,
    ],
  ])('is no leave when it names no time off work: %j', (text, title, start, months) => {
    const p = parseResume(text, { asOf: '2026-11-01' });
    expect(p.experience.entries.map((e) => [e.title, e.start, e.end, e.months])).toEqual([[title, start, '2022-12', months]]);
  });
});

describe('a dated company line with a line about the company, over its dated roles', () => {
  it('names the roles’ employer and counts only the roles (a leave between them is no work)', () => {
    const text =
      'EXPERIENCE\nLumera AI GmbH, Munich          since 04.2018\nComputer-vision models for industrial inspection\n\nSenior Security Engineer          04.2022 – today\n• Reviews\n\nSecurity Engineer          04.2018 – 05.2021\n• Threat models\n\nParental leave          06.2021 – 03.2022\n';
    const p = parseResume(text, { asOf: '2026-11-01' });
    expect(p.experience.entries.map((e) => [e.title, e.organization, e.months])).toEqual([
      ['Senior Security Engineer', 'Lumera AI GmbH, Munich', 56],
      ['Security Engineer', 'Lumera AI GmbH, Munich', 38],
    ]);
    expect(p.experience.totalYears).toBe(7.83);
  });
});

describe('list items with their own dates inside an entry (a freelance spell of contracts)', () => {
  it("counts a skill named only in dated items for those items' months, and a skill of the header for the whole entry", () => {
    const text =
      'EXPERIENCE\nIndependent ML Engineer (self-employed)   01/2024 – 07/2025\n  Contracts, several running in parallel:\n  * Larkspur Health (01/2024 – 09/2024): readmission model (XGBoost, scikit-learn);\n    deployed as a SageMaker endpoint.\n  * Cobalt Freight (06/2024 – 03/2025): shipment-delay model in PyTorch, served with FastAPI in\n    Docker on ECS.\n  * Python throughout.\n';
    const p = parseResume(text, { asOf: '2026-11-01' });
    const years = (id: string) => p.skills.find((s) => s.id === id)?.years;
    expect([years('pytorch'), years('docker'), years('python')]).toEqual([0.83, 0.83, 1.58]);
  });
});

describe('dates that stand after the skill in a list item', () => {
  const years = (text: string, id: string) => parseResume(text, { asOf: '2026-11-01' }).skills.find((s) => s.id === id)?.years;

  it('date a part of the item, not the use of the skill: the whole entry counts', () => {
    const text =
      'EXPERIENCE\nAssociate Lawyer, Ashdown LLP   01/2015 – 12/2019\n- GDPR readiness work for insurers and retailers (2017–18); contract reviews.\n- Supervised 4 analysts; seconded to a client 2016-2017\n';
    expect([years(text, 'privacy'), years(text, 'team-leadership')]).toEqual([5, 5]);
  });

  it('still count only their months when they open the item', () => {
    const text = 'EXPERIENCE\nAssociate Lawyer, Ashdown LLP   01/2015 – 12/2019\n- (2017 – 2018) GDPR readiness work for insurers.\n';
    expect(years(text, 'privacy')).toBe(2);
  });
});

describe('client missions dated inside an employer, listed with arrows or dashes under a date column', () => {
  const years = (text: string, id: string) => parseResume(text, { asOf: '2026-11-01' }).skills.find((s) => s.id === id)?.years;

  it('counts a skill named only in a "> Client (2022 – aujourd\'hui)" mission for that mission\'s months', () => {
    const text =
      "EXPÉRIENCES PROFESSIONNELLES\n\n2019 – présent    SOREL (cabinet de conseil, Lyon)\n                  Manager GRC cybersécurité\n                  Missions :\n                  > Groupe mutualiste (2019 – 2021) : homologation RGS, analyses de risques\n                  > Banque régionale (2022 – aujourd'hui) : gouvernance de l'IA,\n                    mise en conformité AI Act\n";
    expect(years(text, 'ai-regulation')).toBe(4.92);
  });

  it('reads "→" and "►" items the same way, in French and German', () => {
    const fr =
      "EXPÉRIENCE\n\nManager GRC cybersécurité, SOREL — 01/2019 – aujourd'hui\n  → Groupe mutualiste (2019 – 2021) : homologation RGS\n  → Banque régionale (01/2022 – aujourd'hui) : mise en conformité AI Act\n";
    const de =
      'BERUFSERFAHRUNG\n\n01/2019 – heute   Managerin GRC, Sorel Beratung\n                  ► Versicherer (2019 – 2021): Risikoanalysen\n                  ► Regionalbank (2022 – heute): KI-Governance, Umsetzung des AI Act\n';
    expect([years(fr, 'ai-regulation'), years(de, 'ai-regulation')]).toEqual([4.92, 4.92]);
  });
});

describe('missions listed with ">" right under the header line of a French CV', () => {
  it('reads the header as the firm and title, not the first mission', () => {
    const text =
      'EXPÉRIENCE\n\n2014 à 2017   ARVALIS CONSEIL (Paris) – Consultant puis consultant confirmé\n              > Banque A : audit de conformité PCI DSS, tests de contrôles\n              > Assureur B : accompagnement à la certification ISO 27001, audit interne du SMSI\n';
    const e = parseResume(text, { asOf: '2026-11-01' }).experience.entries;
    expect(e.map((x) => [x.title, x.organization, x.kind])).toEqual([['Consultant puis consultant confirmé', 'ARVALIS CONSEIL', ['security']]]);
  });
});

describe('a date line of its own with a remark after a separator', () => {
  it('still dates the title above it, in French and English', () => {
    const tails = [" – contrat d'apprentissage, rythme 1 sem./1 sem.", ', part-time', ' · 20 h/week', ' | alternance'];
    const read = tails.map((tail) => {
      const text = `EXPÉRIENCES PROFESSIONNELLES\n\nApprenti Data Scientist (alternance) | Transports Rhodaniens | Villeurbanne\nde septembre 2019 à août 2021${tail}\n - Modèles de prédiction des retards (scikit-learn, XGBoost)\n`;
      return parseResume(text, { asOf: '2026-11-01' }).experience.entries.map((e) => [e.start, e.end, e.kind]);
    });
    expect(read).toEqual(tails.map(() => [['2019-09', '2021-08', ['ml']]]));
  });

  it('leaves a line that goes on in prose after its dates no header', () => {
    const text =
      'EXPERIENCE\n\nData Scientist, Acme — 01/2022 – present\n- Models (scikit-learn)\n- 2019 – 2021 we ran the churn programme in two regions before it moved here\n';
    expect(parseResume(text, { asOf: '2026-11-01' }).experience.entries.map((e) => e.start)).toEqual(['2022-01']);
  });
});

describe('a dated line with a title of security work over its own dated contracts', () => {
  it('is that work all its span, though the contracts take the duties', () => {
    const text =
      'EXPERIENCE\n\nFREELANCE PENETRATION TESTER (self-employed)                             01/2018 - 08/2020\n  Halvard Telecom - red team engagement, external and internal\n  01/2018 - 09/2019\n  > Phishing-to-domain-admin scenarios, Metasploit and Cobalt Strike; reported to the CISO.\n  Sunda Payments - web and mobile application penetration tests\n  06/2019 - 08/2020\n  > 25 tests with Burp Suite against OWASP Top 10 / MASVS; retests after fixes.\n';
    expect(parseResume(text, { asOf: '2026-11-01' }).experience.securityYears).toBe(2.67);
  });
});

describe("a freelancer's header: the part after the dash names the function, not an employer", () => {
  const kinds = (text: string) => parseResume(text, { asOf: '2026-11-01' }).experience.entries.map((e) => e.kind);

  it('reads "Consultant indépendant – RSSI à temps partagé" as security work', () => {
    const text =
      'EXPÉRIENCES PROFESSIONNELLES\n\n01/2018 – 06/2019 Consultant indépendant – RSSI à temps partagé\n                  Pour 3 PME industrielles : conformité ISO 27001, AIPD RGPD\n';
    expect(kinds(text)).toEqual([['security']]);
  });

  it('does so in English, German and Spanish too', () => {
    const en = 'EXPERIENCE\n\nFreelance Consultant – Fractional CISO\n01/2018 – 06/2019\nFor three manufacturing SMEs: ISO 27001 compliance, GDPR DPIAs.\n';
    const de =
      'BERUFSERFAHRUNG\n\n01/2018 – 06/2019  Selbstständiger Berater – externer Informationssicherheitsbeauftragter\nFür drei mittelständische Unternehmen: ISO-27001-Konformität.\n';
    const es = 'EXPERIENCIA PROFESIONAL\n\n01/2018 – 06/2019  Consultor autónomo – CISO externo\nPara tres pymes industriales: cumplimiento ISO 27001.\n';
    expect([kinds(en), kinds(de), kinds(es)]).toEqual([[['security']], [['security']], [['security']]]);
  });
});

describe('an audit of the ISMS is a duty whose object is security', () => {
  const kinds = (text: string) => parseResume(text, { asOf: '2026-11-01' }).experience.entries.map((e) => e.kind);

  it("makes a consultant's compliance missions security work, in four languages", () => {
    const en =
      'EXPERIENCE\n\nConsultant, Arvalis Advisory — 2014 – 2017\n- Bank A: PCI DSS compliance audit, control testing\n- Insurer B: ISO 27001 certification support, internal ISMS audit\n';
    const fr =
      'EXPÉRIENCE\n\n2014 à 2017   Consultant, Arvalis Conseil\n- Banque A : audit de conformité PCI DSS, tests de contrôles\n- Assureur B : accompagnement à la certification ISO 27001, audit interne du SMSI\n';
    const de =
      'BERUFSERFAHRUNG\n\n2014 – 2017  Beraterin, Arvalis Beratung\n- Bank A: PCI-DSS-Konformitätsprüfung, Kontrolltests\n- Versicherer B: Begleitung der ISO-27001-Zertifizierung, internes ISMS-Audit\n';
    const es =
      'EXPERIENCIA\n\n2014 – 2017  Consultor, Arvalis Consultoría\n- Banco A: auditoría de cumplimiento PCI DSS, pruebas de controles\n- Aseguradora B: acompañamiento a la certificación ISO 27001, auditoría interna del SGSI\n';
    expect([kinds(en), kinds(fr), kinds(de), kinds(es)]).toEqual([[['security']], [['security']], [['security']], [['security']]]);
  });
});

describe('security assessments are a duty whose object is security (r64)', () => {
  const kinds = (text: string) => parseResume(text, { asOf: '2026-11-01' }).experience.entries.map((e) => e.kind);

  it("makes an AI assurance head's entry security work, in four languages, and a mere mention of the security team none", () => {
    const texts = [
      'EXPERIENCE\n\nHead of AI Assurance, Halberd Mutual — 2021 – present\n- Built the group AI inventory and its risk-tiering method\n- AI risk and security assessments of models and GenAI use cases\n- Board reporting\n',
      'BERUFSERFAHRUNG\n\n2021 – heute  Leiterin KI-Assurance, Halberd Versicherung\n- Aufbau des KI-Inventars und der Risikoeinstufung\n- KI-Risiko- und Sicherheitsbewertungen von Modellen und GenAI-Anwendungsfällen\n',
      "EXPÉRIENCE\n\n2021 – aujourd'hui  Responsable de l'assurance IA, Halberd Mutuelle\n- Inventaire des systèmes d'IA et méthode de classification des risques\n- Évaluations de sécurité des modèles et des cas d'usage GenAI\n",
      'EXPERIENCIA\n\n2021 – actualidad  Responsable de aseguramiento de IA, Halberd Mutua\n- Inventario de sistemas de IA y método de clasificación de riesgos\n- Evaluaciones de seguridad de modelos y casos de uso de IA generativa\n',
      'EXPERIENCE\n\nProcurement Analyst, Acme — 2020 – 2022\n- Vendor onboarding and contract renewals\n- Collected vendor questionnaires for the security team\n',
    ];
    expect(texts.map(kinds)).toEqual([[['security']], [['security']], [['security']], [['security']], [['other']]]);
  });

  it('makes an MLSecOps title ML work too, whatever skills its duties name, and security hardening a security duty', () => {
    const texts = [
      'EXPERIENCE\n\nMLSecOps Engineer, Quarry Analytics — Feb 2024 – now\n- Threat-modelled the training and serving pipelines (STRIDE)\n- Signed every artifact with Sigstore/cosign\n- Least-privilege IAM roles per pipeline step on AWS\n',
      'BERUFSERFAHRUNG\n\n02/2024 – heute  MLSecOps Engineer, Quarry Analytics\n- Threat Modeling der Trainings- und Serving-Pipelines (STRIDE)\n- Signatur aller Artefakte mit Sigstore/cosign\n- Least-Privilege-IAM-Rollen je Pipeline-Schritt auf AWS\n',
      'EXPERIENCE\n\nFreelance — Kite Lending   Mar 2022 – Oct 2022\n- Security hardening of their model training pipeline on GCP: service-account scoping, CI security gates in GitHub Actions\n',
      'EXPERIENCE\n\nPlatform Engineer — Acme   2020 – 2022\n- Kubernetes upgrades and Terraform modules\n- Hardening of Linux images\n',
    ];
    expect(texts.map(kinds)).toEqual([[['security', 'ml']], [['security', 'ml']], [['security']], [['other']]]);
  });

  it('dates an entry by a start month and the length printed after it', () => {
    const text =
      'EXPERIENCE\n\nOstara Bank — Information Security Risk Manager\nJan 2019 · eighteen months · Sandton\n- Security risk assessments of 60+ applications\n';
    const [e] = parseResume(text, { asOf: '2026-11-01' }).experience.entries;
    expect([e?.start, e?.end, e?.months]).toEqual(['2019-01', '2020-06', 18]);
  });
});

describe('network anomaly detection is network security (anomaly-based intrusion detection)', () => {
  it('makes a research appointment on it security work as well as ML work, in four languages', () => {
    const texts = [
      'EXPERIENCE\n\nResearch Associate, University of Leeds, 09/2018 – 08/2019\n   Network anomaly detection with deep autoencoders (PyTorch).\n',
      "EXPÉRIENCE\n\nSept. 2018 – août 2019  ATER, Université de Rennes\n   Finalisation de la thèse : détection d'anomalies réseau par apprentissage profond (autoencodeurs, PyTorch).\n",
      'BERUFSERFAHRUNG\n\n09/2018 – 08/2019  Wissenschaftliche Mitarbeiterin, TU Dresden\n   Anomalieerkennung im Netzwerkverkehr mit Autoencodern (PyTorch).\n',
      'EXPERIENCIA\n\n09/2018 – 08/2019  Investigadora, Universidad de Granada\n   Detección de anomalías en el tráfico de red con autoencoders (PyTorch).\n',
    ];
    const read = texts.map((t) => {
      const p = parseResume(t, { asOf: '2026-11-01' });
      return [p.experience.entries.map((e) => e.kind), p.skills.some((s) => s.id === 'network-security')];
    });
    expect(read).toEqual(texts.map(() => [[['security', 'ml']], true]));
  });
});

describe('an overview table of positions with the duties in blocks after it', () => {
  it('gives each row the block under the line naming its employer and title', () => {
    const text =
      'EXPERIENCE\nPeriod\tEmployer\tTitle\nMar 2022 – now\tPelican Marketplace\tSenior Data Scientist\nJan 2019 – Feb 2022\tKestrel Insurance\tData Scientist\nOct 2017 – Sep 2018\tKestrel Insurance\tData Analyst (working student)\n\nPelican Marketplace — Senior Data Scientist\n– Fraud models in XGBoost, SQL on Snowflake\n\nKestrel Insurance — Data Scientist\n– Claims GLMs in Python, SQL Server extracts\n\nKestrel Insurance — Data Analyst\n– Tableau dashboards\n';
    const p = parseResume(text, { asOf: '2026-11-01' });
    expect(p.experience.entries.map((e) => [e.title, e.skills.includes('sql'), e.skills.includes('python')])).toEqual([
      ['Senior Data Scientist', true, false],
      ['Data Scientist', true, true],
      ['Data Analyst (working student)', false, false],
    ]);
    expect(p.skills.find((s) => s.id === 'sql')?.years).toBe(7.92);
  });

  it('reads a RAG stack under a GenAI title as building, though the entry is security work', () => {
    const text =
      'EXPERIENCE\nHead of AI Security (GenAI Security Engineering) — Straits Bank   2023 – present\n– My organisation builds the RAG reference stack used by 40 teams.\n– Threat models and penetration tests of every GenAI application.\n';
    const p = parseResume(text, { asOf: '2026-11-01' });
    expect(p.experience.entries.map((e) => e.kind)).toEqual([['security']]);
    expect(p.skills.map((s) => s.id)).toContain('llm-applications');
  });
});

describe('a hyphenated compound title is read by its last word ("Software-Entwicklerin" by "Entwicklerin")', () => {
  it('reads the title and the company', () => {
    const text = 'BERUFSERFAHRUNG\nSoftware-Entwicklerin\nMusterfirma GmbH, Berlin\n03/2019 – heute\n- Entwicklung von Microservices in Java\n';
    const p = parseResume(text, { asOf: '2026-11-01' });
    expect(p.experience.entries.map((e) => [e.title, e.organization, e.start, e.end])).toEqual([
      ['Software-Entwicklerin', 'Musterfirma GmbH', '2019-03', '2026-11'],
    ]);
  });
});

describe('a Europass date line that names the place', () => {
  it('takes title and organisation from the line below ("01/03/2022 – CURRENT  Lisbon, Portugal")', () => {
    const p = parseResume(
      'WORK EXPERIENCE\n\n15/03/2022 – CURRENT  Lisbon, Portugal\nSENIOR DATA SCIENTIST  TAGUS ENERGIA S.A.\n  ◦ Built load-forecasting models in Python (LightGBM).\n',
      { asOf: '2026-11-01' },
    );
    expect(p.experience.entries.map((e) => [e.title, e.organization, e.start, e.end])).toEqual([
      ['SENIOR DATA SCIENTIST', 'TAGUS ENERGIA S.A.', '2022-03', '2026-11'],
    ]);
  });
});

describe('a sentence under a header is no organisation', () => {
  it('keeps the organisation of "Title, Org" and reads the sentence below as the body', () => {
    const p = parseResume(
      'BERUFSERFAHRUNG\n03/2021 – 12/2022  DevOps Engineer, Kestrel GmbH\nKestrel entwickelt Computer-Vision-Systeme für die Logistik.\n- Jenkins-Pipelines betreut.\n',
      {
        asOf: '2026-11-01',
      },
    );
    expect(p.experience.entries.map((e) => [e.title, e.organization])).toEqual([['DevOps Engineer', 'Kestrel GmbH']]);
  });
});

describe('layouts of r15', () => {
  it('reads a Markdown résumé whose titles are bold and dates italic', () => {
    const { entries } = read(
      '## Experience\n\n**Machine Learning Engineer**, Lumen Voice Inc., Montréal — *2022-05 → today*\n- Fine-tune speech models\n\n**ML Intern**, Airtech Labs, Toulouse — *2019-02 → 2019-07*\n- Anomaly detection\n',
    );
    expect(entries.map(show)).toEqual([
      'Machine Learning Engineer | Lumen Voice Inc. | 2022-05–2026-11 | 55',
      'ML Intern | Airtech Labs | 2019-02–2019-07 | 6',
    ]);
  });

  it('reads the leading cells of a Word table flattened to tabs, with the duties in the last cell', () => {
    const { entries, text } = read(
      'CAREER HISTORY\n\nPeriod\tEmployer\tRole\tHighlights\n12/2022 – 05/2023\tParallax Software Ltd\tStaff Security Engineer, ML Platform\tSecurity reviews of the ML platform; secret handling and isolation for training jobs.\n03/2022 – 11/2022\t—\tParental leave\t\n07/2013 – 08/2016\tBramble Systems\tSoftware Engineer\tJava back-end services; some Python tooling.\n',
    );
    expect(entries.map(show)).toEqual([
      'Staff Security Engineer, ML Platform | Parallax Software Ltd | 2022-12–2023-05 | 6',
      'Parental leave | - | 2022-03–2022-11 | 9',
      'Software Engineer | Bramble Systems | 2013-07–2016-08 | 38',
    ]);
    expect(entries.map((e) => e.notWork ?? false)).toEqual([false, true, false]);
    expect(text.slice(entries[2]?.bodyStart, entries[2]?.bodyEnd)).toBe('Java back-end services; some Python tooling.');
  });

  it('reads a one-line job of a half-page résumé: dates, a column gap, title and employer, then its duties after a spaced dash', () => {
    const { entries, text } = read(
      'EXPERIENCE\n2021–now   SOC Analyst I, Gulfline Managed Security – Splunk alert triage, phishing analysis, wrote Python IOC enrichment scripts (VirusTotal API) for tickets\n2019–2021   IT Support Specialist, Bayfront Dental Group – endpoints, O365, AD accounts\n2015–2017   Engineer – Platform Team\n',
    );
    expect(entries.map(show)).toEqual([
      'SOC Analyst I, Gulfline Managed Security | - | 2021-01–2026-11 | 71',
      'IT Support Specialist | Bayfront Dental Group | 2019-01–2021-12 | 36',
      'Engineer | Platform Team | 2015-01–2017-12 | 36',
    ]);
    expect(text.slice(entries[1]?.bodyStart, entries[1]?.bodyEnd)).toBe('– endpoints, O365, AD accounts');
  });

  it('reads the same one-line job when a spaced hyphen stands for the dash before its duties, however long the line', () => {
    const { entries, text } = read(
      'EXPERIENCE\n2022-Present   Detection Engineer, Corvane Labs - SIEM content and alert tuning; hunting queries in KQL; Terraform for the log pipeline; playbooks for the on-call rota; quarterly purple-team exercises with the red team\n2018-2022      Network Technician, Harbor County - switches, firewalls, VPN concentrators and a 900-seat campus network\n2016-2018      Engineer - Platform Team\n',
    );
    expect(entries.map(show)).toEqual([
      'Detection Engineer | Corvane Labs | 2022-01–2026-11 | 59',
      'Network Technician, Harbor County | - | 2018-01–2022-12 | 60',
      'Engineer | Platform Team | 2016-01–2018-12 | 36',
    ]);
    expect(text.slice(entries[1]?.bodyStart, entries[1]?.bodyEnd)).toBe('- switches, firewalls, VPN concentrators and a 900-seat campus network');
  });

  it('prefers a true dash to a spaced hyphen inside the title when a one-line job has both', () => {
    const { entries, text } = read(
      'EXPERIENCE\n2020–2023   Analyst - Level 2, Pellwood Bank – triage of phishing reports, firewall rule reviews, access recertification and audit evidence\n',
    );
    expect(entries.map((e) => [formatYearMonth(e.start), formatYearMonth(e.end), e.months])).toEqual([['2020-01', '2023-12', 48]]);
    expect(text.slice(entries[0]?.bodyStart, entries[0]?.bodyEnd)).toBe(
      '– triage of phishing reports, firewall rule reviews, access recertification and audit evidence',
    );
  });

  it.each([
    [
      'de',
      'BERUFSERFAHRUNG\n2019-heute   Sicherheitsingenieur, Norlicht GmbH - Betrieb der SIEM-Plattform; Analyse von Vorfällen; Härtung der Linux-Server; Schwachstellenscans mit Nessus; Schulungen für die Fachabteilungen\n',
    ],
    [
      'fr',
      "EXPÉRIENCE PROFESSIONNELLE\n2018-aujourd'hui   Ingénieur sécurité, Valmoret SA - gestion des incidents ; durcissement des serveurs ; sensibilisation des équipes ; revues des règles de pare-feu ; tableaux de bord\n",
    ],
    [
      'es',
      'EXPERIENCIA PROFESIONAL\n2020-actualidad   Ingeniero de seguridad, Brisamar SL - gestión de incidentes; bastionado de servidores; formación de los equipos; revisión de reglas del cortafuegos; cuadros de mando\n',
    ],
  ] as const)('reads a long one-line job with a spaced hyphen before its duties in %s', (lang, raw) => {
    const text = normalizeText(raw);
    const { entries } = extractEntries(text, findSections(text, lexiconFor(lang, allLanguages)), {
      asOfYm: AS_OF,
      lex: lexiconFor(lang, allLanguages),
      order: 'day-first',
    });
    expect(entries.map((e) => `${formatYearMonth(e.start)}–${formatYearMonth(e.end)}`)).toEqual([
      `${lang === 'de' ? '2019' : lang === 'fr' ? '2018' : '2020'}-01–2026-11`,
    ]);
  });

  it('keeps a title cell that joins two titles with a semicolon ("Machine Learning Engineer; ML Team Lead")', () => {
    const { entries } = read('CAREER HISTORY\n\n2010 – 2014    Orchard Analytics (ad-tech)     Machine Learning Engineer; ML Team Lead\n');
    expect(entries.map(show)).toEqual(['Machine Learning Engineer; ML Team Lead | Orchard Analytics | 2010-01–2014-12 | 60']);
  });
});

describe('ML work is building models, not securing or testing them', () => {
  const kinds = (text: string) => parseResume(text, { asOf: '2026-11-01' }).experience.entries.map((e) => [e.title, e.kind]);

  it('reads the ML systems a security engineer assesses as what is secured', () => {
    expect(
      kinds(
        'Experience\n\nPrincipal AI/ML Security Engineer — Veridian Labs   Jan 2022 – Present\n- Lead architectural security assessments of the model training platform, feature store and inference gateway\n- Threat modelling for ML systems using STRIDE\n\nStaff Security Engineer, ML Platform — Parallax   Dec 2022 – May 2023\n- Security reviews of the ML platform; CI security gates for model-serving services\n',
      ),
    ).toEqual([
      ['Principal AI/ML Security Engineer', ['security']],
      ['Staff Security Engineer, ML Platform', ['security']],
    ]);
  });

  it('counts a security lead who trains and deploys models, and an MLSecOps engineer, as ML work', () => {
    expect(
      kinds(
        'Experience\n\nHead of GenAI Security Engineering — Parallax   Jun 2023 – Present\n- Hands-on: built the LLM gateway and fine-tuned a DeBERTa prompt-injection classifier in PyTorch, deployed on Kubernetes\n\nMLSecOps Engineer — Brightlane   Apr 2020 – May 2023\n- Secure the Kubeflow pipelines and the MLflow model registry; signed model artifacts\n',
      ),
    ).toEqual([
      ['Head of GenAI Security Engineering', ['security', 'ml']],
      ['MLSecOps Engineer', ['security', 'ml']],
    ]);
  });

  it('reads the ML tools a security engineer controls access to as what is secured', () => {
    expect(
      kinds(
        'Experience\n\nInformation Security Engineer — Carpathia   Oct 2022 – Present\n- Keycloak SSO (OIDC) and RBAC for the MLOps tools (MLflow, JupyterHub)\n- Access controls for the Kubeflow pipelines and the model registry\n',
      ),
    ).toEqual([['Information Security Engineer', ['security']]]);
  });

  it('reads an ML library right before a tool noun as the code of a security tool, not an ML system', () => {
    expect(
      kinds(
        'Experience\n\nSenior AI Security Engineer — Parallax   Feb 2024 – Present\n- Built an internal Python/PyTorch tool that runs the adversarial test suite against every model release candidate\n',
      ),
    ).toEqual([['Senior AI Security Engineer', ['security']]]);
  });
});

describe('a CV with experience under position headings (r15)', () => {
  it('counts every position under "Current position", "Previous academic appointment" and "Prior legal practice"', () => {
    const p = parseResume(
      'CURRENT POSITION\nAI Governance Lead, Civitas Insurance Group, Edinburgh          since 04/2024\n  – Run the AI Review Board\n\nPREVIOUS ACADEMIC APPOINTMENT\nPostdoctoral Research Fellow, Centre for Technology & Society,\nUniversity of Edinburgh          10/2021 – 03/2024\n  – Research on accountable algorithms\n\nPRIOR LEGAL PRACTICE\nAssociate, Adeyemi & Partners, Lagos          02/2014 – 07/2017\n  – Advised fintech clients\n',
      { asOf: '2026-11-01' },
    );
    expect(p.experience.entries.map((e) => [e.title, e.organization, e.start, e.end])).toEqual([
      ['AI Governance Lead', 'Civitas Insurance Group', '2024-04', '2026-11'],
      ['Postdoctoral Research Fellow, Centre for Technology & Society', 'University of Edinburgh', '2021-10', '2024-03'],
      ['Associate', 'Adeyemi & Partners', '2014-02', '2017-07'],
    ]);
    expect(p.experience.totalYears).toBe(8.67);
  });
});

describe('a degree named again in brackets (r15)', () => {
  it('reads "(Grado en Ingeniería Informática)" under "BSc Computer Engineering" as the same degree', () => {
    const p = parseResume('EDUCATION\nBSc Computer Engineering\n(Grado en Ingeniería Informática)\nUniversidad Politécnica de Madrid\n2014 – 2018\n', {
      asOf: '2026-11-01',
    });
    expect(p.education.map((e) => [e.level, e.field])).toEqual([['bachelor', 'computer-engineering']]);
  });

  it.each([
    ['EDUCATION\nBachelor of Engineering\n(Electrical) (Hons I)\nUNSW Sydney · 2009 – 2013\n', 'electrical-engineering'],
    ['EDUCATION\nBachelor of Science\n(Hons) Computer Science\nUniversity of Leeds, 2015\n', 'computer-science'],
    ['EDUCATION\nBachelor of Engineering             2009 – 2013\n(Electrical, Hons)\nUniversity of Auckland\n', 'electrical-engineering'],
  ])('reads a class of honours in brackets under a degree with no field as that degree, whose field it names: %j', (text, field) => {
    expect(parseResume(text, { asOf: '2026-11-01' }).education.map((e) => [e.level, e.field])).toEqual([['bachelor', field]]);
  });

  it('keeps a degree in brackets with its own year under another as a degree of its own', () => {
    const text = 'EDUCATION\nMaster of Engineering\n(BSc in Physics, 2012)\n';
    expect(parseResume(text, { asOf: '2026-11-01' }).education.map((e) => e.level)).toEqual(['master', 'bachelor']);
  });

  it.each([
    ["Diplôme d'ingénieur, Télécom Paris, 2014", 'master', 'other'],
    ["Diplôme d'ingénieur (Master's level), Mines Paris, 2012", 'master', 'other'],
    ['BEng (Hons) Computer Systems Engineering, University of Sussex, 2010', 'bachelor', 'computer-engineering'],
  ] as const)('reads a degree named in several words of another language on an English résumé: %s', (line, level, field) => {
    const text = `EXPERIENCE\nSecurity Engineer, Acme Corp, Jan 2019 – Present\n- Built detection pipelines and ran the SIEM for the company.\n\nEDUCATION\n${line}\n`;
    expect(parseResume(text, { asOf: '2026-11-01' }).education.map((e) => [e.level, e.field])).toEqual([[level, field]]);
  });

  it('reads a professional title that a school awards ("Abogada") as the degree in the education section only', () => {
    const text =
      'Abogada – Gobierno de IA\n\nEXPERIENCIA\nAbogada asociada, Bufete Ruiz – Medellín   03/2014 – 02/2017\n• Contratos de software.\n\nFORMACIÓN ACADÉMICA\nMaestría en Derecho\n  Universidad de Los Nogales – Bogotá, 2020\nAbogada\n  Universidad Santa Catalina de Antioquia – Medellín, 2013\n';
    const p = parseResume(text, { asOf: '2026-11-01' });
    expect(p.education.map((e) => [e.level, e.field])).toEqual([
      ['master', 'law'],
      ['bachelor', 'law'],
    ]);
    expect(p.experience.totalYears).toBe(3);
  });

  it('reads the field of a "Diplôme d\'ingénieur statisticien"', () => {
    const p = parseResume("FORMATION\n2018 – 2021           Diplôme d'ingénieur statisticien (Bac+5) – ENSAI, Bruz\n", { asOf: '2026-11-01' });
    expect(p.education.map((e) => [e.level, e.field])).toEqual([['master', 'statistics']]);
  });

  it('reads "Master 1" under a "Master 2" of the same school as a year of that master, but keeps LL.B. under LL.M.', () => {
    const p = parseResume(
      'FORMATION\n2015 – 2016   Master 2 Droit du numérique (Bac+5) – Université Lyon 3 Jean Moulin\n2013 – 2015   Master 1 Droit des affaires – Université Lyon 3\n2010 – 2013   Licence en droit – Université Lyon 3\n\nEDUCATION\nLL.M. European Law, Universiteit Leiden, 2014\nLL.B. Law, Universiteit Leiden, 2012\n',
      { asOf: '2026-11-01' },
    );
    expect(p.education.map((e) => [e.level, e.field, e.year])).toEqual([
      ['master', 'law', 2016],
      ['bachelor', 'law', 2013],
      ['master', 'law', 2014],
      ['bachelor', 'law', 2012],
    ]);
  });

  it.each([
    [
      'EDUCATION\nMSc Cyber Security\nUniversity of Kent, 2016\nBSc Computer Science\nUniversity of Leeds, 2014',
      [
        ['master', 'cybersecurity', 'University of Kent', 2016],
        ['bachelor', 'computer-science', 'University of Leeds', 2014],
      ],
    ],
    ['AUSBILDUNG\nM.Sc. Informatik\nTechnische Universität München, 2015', [['master', 'computer-science', 'Technische Universität München', 2015]]],
    ['FORMATION\nMaster Cybersécurité\nUniversité de Rennes 1, 2017', [['master', 'cybersecurity', 'Université de Rennes 1', 2017]]],
    ['FORMACIÓN\nMáster en Ciberseguridad\nUniversidad de Granada | 2018', [['master', 'cybersecurity', 'Universidad de Granada', 2018]]],
    // Schools over their degrees: the line under a degree heads the next one.
    [
      'EDUCATION\nUniversity of Kent\nMSc Cyber Security\nUniversity of Leeds, 2014\nBSc Computer Science',
      [
        ['master', 'cybersecurity', undefined, undefined],
        ['bachelor', 'computer-science', undefined, undefined],
      ],
    ],
    // A degree dated on its own line keeps its year.
    [
      'EDUCATION\nMSc Cyber Security, University of Kent, 2016\nUniversity of Leeds — exchange semester, 2015',
      [['master', 'cybersecurity', 'University of Kent', 2016]],
    ],
  ] as const)('gives a degree the school and year on the line under it: %s', (text, want) => {
    const p = parseResume(text, { asOf: '2026-11-01' });
    expect(p.education.map((e) => [e.level, e.field, e.institution, e.year])).toEqual(want);
  });

  it.each([
    ['EDUCATION\n2014–2018   PhD in Computer Science, University of Westbrook (UK)', 'University of Westbrook'],
    ['AUSBILDUNG\n2012 – 2016  B.Sc. Informatik, Hochschule Augsburg (Note 2,1)', 'Hochschule Augsburg'],
    ['FORMATION\n2019 – 2021  Master Cybersécurité, IUT de Lannion (alternance)', 'IUT de Lannion'],
    ['FORMACIÓN\n2010 – 2015  Ingeniería Informática, Universidad Tecnológica Nacional (UTN)', 'Universidad Tecnológica Nacional'],
  ] as const)("drops a bracketed remark after a school's name: %s", (text, school) => {
    expect(parseResume(text, { asOf: '2026-11-01' }).education.map((e) => e.institution)).toEqual([school]);
  });

  it('keeps a Laurea Triennale under a Laurea Magistrale of the same school: no year number, so no year of that programme', () => {
    const p = parseResume(
      "EDUCATION\n2009 – 2011  Milan\nLAUREA MAGISTRALE IN ECONOMIA (MASTER'S DEGREE IN BUSINESS ECONOMICS\nAND LAW)  Università Bocconi\n\n2006 – 2009  Milan\nLAUREA TRIENNALE IN ECONOMIA AZIENDALE (BACHELOR'S DEGREE IN BUSINESS ADMINISTRATION)  Università Bocconi\n",
      { asOf: '2026-11-01' },
    );
    expect(p.education.map((e) => [e.level, e.field, e.institution])).toEqual([
      ['master', 'business', 'Università Bocconi'],
      ['bachelor', 'business', 'Università Bocconi'],
    ]);
  });

  it('reads a professional title after a bachelor ("Título Profesional de Ingeniera …") as no second degree', () => {
    const p = parseResume(
      'EDUCATION\nBachiller en Ciencias con mención en Ingeniería Electrónica — PUCP, 2011\nTítulo Profesional de Ingeniera Electrónica — PUCP, 2012\n',
      { asOf: '2026-11-01' },
    );
    expect(p.education.map((e) => [e.level, e.field, e.year])).toEqual([['bachelor', 'electrical-engineering', 2011]]);
  });

  it('reads a degree whose date range wraps onto the next line as held, and a BCL as a bachelor of law', () => {
    const p = parseResume(
      'EDUCATION\nTU Delft\nMaster of Science - MS, Computer Science · (2012 -\n2014)\n\nBCL (Law and French), University College Dublin, 2005 – 2009\n\nMaster of Science, Data Science · (2025 -\nPresent)\n',
      { asOf: '2026-11-01' },
    );
    expect(p.education.map((e) => [e.level, e.field, e.year, e.evidence.text])).toEqual([
      ['master', 'computer-science', 2014, 'Master of Science - MS, Computer Science · (2012 -'],
      ['bachelor', 'law', 2009, 'BCL (Law and French), University College Dublin, 2005 – 2009'],
    ]);
  });

  it('reads a degree as held when the next item under it has a date range wrapped onto the next line', () => {
    const p = parseResume(
      "EDUCATION\nUniversidade do Porto\nLicenciatura (Bachelor's degree), Física · (2009 - 2012)\nUniversidade Aberta\nCurso de Especialização em Ciência de Dados, Data Science · (2021 -\n2022)\n",
      { asOf: '2026-11-01' },
    );
    expect(p.education.map((e) => [e.level, e.field, e.year])).toEqual([['bachelor', 'physics', 2012]]);
  });

  it('reads the specialty named after the school ("INSA Rennes, spécialité Informatique") as the field', () => {
    const p = parseResume("FORMATION\n2017 – 2022   Diplôme d'ingénieur – INSA Rennes, spécialité Informatique (grade de Master, Bac+5)\n", {
      asOf: '2026-11-01',
    });
    expect(p.education.map((e) => [e.level, e.field])).toEqual([['master', 'computer-science']]);
  });

  it.each([
    ["FORMATION\nDiplôme d'ingénieur – Génie mathématique\nINSA Lyon · 2016 – 2019 (cursus en alternance à partir de 2017)\n", [['master', 'mathematics']]],
    ['EDUCATION\nMSc Data Science\nUniversity of Leeds · 2018 – 2021 (part-time since 2019)\n', [['master', 'data-science']]],
    ['EDUCACIÓN\nMáster en Ciencia de Datos\nUniversidad de Granada · 2017 – 2019 (modalidad dual desde 2018)\n', [['master', 'data-science']]],
    // Not when the open range is still running past the closed one, or is an item of its own.
    ['EDUCATION\nMSc Data Science\nUniversity of Leeds · 2024 – 2027 (part-time since 2025)\n', []],
  ])('reads an open range inside a closed one on its line as a phase of a degree that ended: %s', (text, want) => {
    const p = parseResume(text, { asOf: '2026-11-01' });
    expect(p.education.map((e) => [e.level, e.field])).toEqual(want);
  });

  it.each([
    [
      "FORMATION\n2015 – 2018   Diplôme d'ingénieur – Génie mathématique – École Y\n              formation suivie en apprentissage depuis 2016\n",
      [['master', 'mathematics']],
    ],
    ['EDUCATION\n2016 – 2019   MSc Data Science, University of Leeds\n              studied part-time since 2017\n', [['master', 'data-science']]],
    // An open range that starts after the degree's own span still runs on.
    ['EDUCATION\n2016 – 2019   MSc Data Science, University of Leeds\n              studied part-time since 2020\n', []],
  ])('reads an open range in a note under a dated degree, starting within its span, as a phase of it: %s', (text, want) => {
    const p = parseResume(text, { asOf: '2026-11-01' });
    expect(p.education.map((e) => [e.level, e.field])).toEqual(want);
  });

  it('reads an indented line under a degree, dated within it ("Cycle ingénieur … (2019-2022)"), as the same degree', () => {
    const p = parseResume(
      "FORMATION\n2017 – 2022   Diplôme d'ingénieur – INSA Rennes, spécialité Informatique\n              Cycle ingénieur suivi en alternance (2019-2022).\n2012 – 2014   Diplôme d'ingénieur – ENSAI\n",
      { asOf: '2026-11-01' },
    );
    expect(p.education.map((e) => [e.level, e.field, e.year])).toEqual([
      ['master', 'computer-science', 2022],
      ['master', 'other', 2014],
    ]);
  });
});

describe('a US state after a city is no degree', () => {
  it('reads "Boston, MA" above the degree line as a place', () => {
    const p = parseResume(
      'EDUCATION\nNortheastern University, Boston, MA\nMaster of Science, Cybersecurity, 2022\n\nJackson State University, Jackson, MS 39217\nBachelor of Science, Computer Science, 2019\n',
      { asOf: '2026-11-01' },
    );
    expect(p.education.map((e) => [e.level, e.field])).toEqual([
      ['master', 'cybersecurity'],
      ['bachelor', 'computer-science'],
    ]);
  });
});

describe('kinds of work and breaks of r20', () => {
  const kinds = (text: string) => parseResume(text, { asOf: '2026-11-01' }).experience.entries.map((e) => [e.title, e.kind]);

  it('reads a malware analyst as security work, also beside an ML title', () => {
    expect(kinds('EXPERIENCE\n09/2014 – 08/2017  Malware Analyst / ML Engineer, Sentinox Antivirus\n- Trained gradient-boosted malware classifiers\n')).toEqual(
      [['Malware Analyst / ML Engineer, Sentinox Antivirus', ['security', 'ml']]],
    );
  });

  it('reads a job title left in another language than the CV ("Apprenti ingénieur sécurité" in an English CV)', () => {
    expect(
      kinds(
        'EXPERIENCE\nSecurity Consultant — Cassiopée  09.2016 – 03.2020\n- Web and API pentests for banks and insurers\n\nApprenti ingénieur sécurité (work-study) — Aerivon Systems, Toulouse  09.2014 – 08.2016\n- Vulnerability scans with Nessus and follow-up of remediation\n',
      ),
    ).toEqual([
      ['Security Consultant', ['security']],
      ['Apprenti ingénieur sécurité (work-study)', ['security']],
    ]);
  });

  it('counts no year of a "Familienpause"', () => {
    const p = parseResume(
      'BERUFSERFAHRUNG\n01.2023 – 11.2026  Leiterin Datenschutz\n                   Alpina AG\n\n01.2022 – 12.2022  Familienpause\n\n01.2020 – 12.2021  Juristin\n                   Alpina AG\n',
      {
        asOf: '2026-11-01',
      },
    );
    expect(p.experience.entries.map((e) => e.title)).toEqual(['Leiterin Datenschutz', 'Juristin']);
    expect(p.experience.totalYears).toBe(5.92);
  });
});

describe('what makes an entry security or ML work (r20)', () => {
  const kinds = (text: string) => parseResume(text, { asOf: '2026-11-01' }).experience.entries.map((e) => [e.title, e.kind]);

  it('reads a bracketed remark about a later function as no kind of the entry', () => {
    expect(
      kinds(
        'EXPERIENCE\nSoftware Engineer (moved to Product Security in 2020) — Larkspur Health   2018-07 – 2020-01\n- Node.js services and the SQL behind the scheduler\n',
      ),
    ).toEqual([['Software Engineer (moved to Product Security in 2020)', ['other']]]);
    expect(kinds('EXPERIENCE\nSoftware Engineer (Product Security) — Larkspur Health   2018-07 – 2020-01\n- Node.js services\n')).toEqual([
      ['Software Engineer (Product Security)', ['security']],
    ]);
  });

  it('reads "secure development and deployment" of an LLM system under a GenAI title as ML work', () => {
    expect(
      kinds(
        'EXPERIENCE\nHead of GenAI Platform Security — Northmere   Jan 2024 – Present\n- Lead secure development and deployment of the GenAI assistant: RAG services (LangChain, Bedrock), guardrails.\n',
      ),
    ).toEqual([['Head of GenAI Platform Security', ['security', 'ml']]]);
  });

  it('counts an LLM application the person built under a security title as ML work, not one whose logs they route', () => {
    expect(
      kinds(
        'EXPERIENCE\nStaff AI Security Engineer — Lumenfield   March 2025 – Present\n- Built "Sieve", an internal RAG assistant (LangChain, OpenAI API) that explains code-scanning results to developers.\n\nAI Security Analyst — Nexora   April 2023 – February 2025\n- Routed the Azure OpenAI diagnostic logs into Sentinel and wrote KQL analytics rules for LLM abuse.\n',
      ),
    ).toEqual([
      ['Staff AI Security Engineer', ['security', 'ml']],
      ['AI Security Analyst', ['security']],
    ]);
  });
});

describe('a dated degree among the jobs (r20)', () => {
  it('counts no year of a degree line that a layout put under the experience heading', () => {
    const p = parseResume(
      'EXPERIENCE\nSOC Analyst L1  06/2019 – 10/2021\nVigía Ciberseguridad S.L.\n- Monitoring QRadar\n\nBSc Mathematics – Universitat de València  2014 – 2019\n',
      { asOf: '2026-11-01' },
    );
    expect(p.experience.entries.map((e) => e.title)).toEqual(['SOC Analyst L1']);
    expect(p.experience.totalYears).toBe(2.42);
  });
});

describe('appointments described in a research section (r56)', () => {
  const read = (text: string) =>
    parseResume(text, { asOf: '2026-11-01', languages: allLanguages }).experience.entries.map((e) => [e.title, e.months, e.kind, [...(e.skills ?? [])].sort()]);

  it.each([
    [
      'en',
      'ACADEMIC APPOINTMENTS\n2023–          Assistant Professor, Dept. of Computer Science, Northgate University\n2021–2022      Postdoctoral Fellow, Ridgeview Institute of Technology\n\nRESEARCH (CURRENT LAB)\nDirect the Secure Learning group (4 Ph.D. students). Current projects:\n- Membership inference and model extraction attacks against fine-tuned LLMs;\n- Certified robustness of vision transformers (randomized smoothing).\nPostdoc (2021–2022): fine-tuned Llama models with LoRA in PyTorch.\n',
    ],
    [
      'de',
      'BERUFLICHE STATIONEN\nseit 2023      Juniorprofessorin, Institut für Informatik, Universität Nordstadt\n2021–2022      Postdoktorandin, Zentrum für vertrauenswürdiges Rechnen\n\nFORSCHUNG (AKTUELLE ARBEITSGRUPPE)\nLeitung der Arbeitsgruppe Sicheres Lernen: Membership-Inference- und Model-Extraction-Angriffe auf feinjustierte LLMs;\nzertifizierte Robustheit von Vision Transformers.\nPostdoktorandin (2021–2022): Feinabstimmung von Llama-Modellen mit LoRA in PyTorch.\n',
    ],
  ])('%s: the opening text describes the current appointment, a labelled paragraph the one of its dates', (_, text) => {
    const [current, postdoc] = read(text);
    expect(current?.slice(1, 3)).toEqual([47, ['security', 'ml']]);
    expect(current?.[3]).toContain('adversarial-ml');
    expect(postdoc?.[1]).toBe(24);
    expect(postdoc?.[3]).toContain('pytorch');
  });

  it('under a heading with modifiers ("CURRENT RESEARCH") too', () => {
    const text =
      'POSITIONS\n2022 –         Lecturer in Computer Science, University of Eastvale\n2019 – 2021    Research Associate, Eastvale Robotics Centre\n\nCURRENT RESEARCH\nMy group trains deep reinforcement learning policies in PyTorch and studies evasion attacks on them.\n\nResearch Associate (2019 – 2021): built data pipelines in Python.\n';
    const [lecturer, associate] = read(text);
    expect(lecturer?.[3]).toEqual(['adversarial-ml', 'deep-learning', 'machine-learning', 'pytorch']);
    expect(associate?.[3]).toEqual(['data-engineering', 'python']);
  });

  it('a research section that names no present describes no appointment', () => {
    const text = 'EXPERIENCE\n2023–          Staff Engineer, Acme Corp\n\nRESEARCH\nPapers on adversarial examples against PyTorch models.\n';
    expect(read(text)).toEqual([['Staff Engineer', 47, ['other'], []]]);
  });

  it('an indented "Recherche :" inside a job stays its sub-label, and an ADVISING list is no job', () => {
    const text =
      'PARCOURS PROFESSIONNEL\ndepuis sept. 2023      Maîtresse de conférences, Université de Lyon\n                       Recherche :\n                       – fine-tuning LoRA en PyTorch\n\nADVISING\nPh.D.: A. Nwosu (2023–), K. Lindgren (2024–)\n';
    expect(read(text)).toEqual([
      ['Maîtresse de conférences, Université de Lyon', 39, ['ml'], ['deep-learning', 'llm-applications', 'machine-learning', 'pytorch']],
    ]);
  });

  it('courses under a TEACHING heading with a remark are no jobs', () => {
    const text =
      'APPOINTMENTS\n2023–          Assistant Professor, Northgate University\n\nTEACHING (NORTHGATE)\nCS 4850/6850 Machine Learning Security (Spring 2024, 2025, 2026)\nCS 3400 Introduction to Machine Learning (Fall 2023, 2024, 2025)\n';
    expect(read(text).map((e) => e[0])).toEqual(['Assistant Professor']);
  });
});

describe('a TEACHING section (r20)', () => {
  it('reads a dated teaching appointment as work, and a course taught as none', () => {
    const p = parseResume(
      'APPOINTMENTS\n10/2021 – 08/2023  Postdoctoral Research Associate, Carrick Institute\n\nTEACHING\n09/2018 – 05/2021  Graduate Teaching Assistant (part-time, paid), University of Carrick\n2017 – 2019  CS 342 Computer Networks\n',
      { asOf: '2026-11-01' },
    );
    expect(p.experience.entries.map((e) => [e.title, e.months])).toEqual([
      ['Postdoctoral Research Associate', 23],
      // The comma inside the brackets cuts the title (an older limit of the header reader).
      ['Graduate Teaching Assistant (part-time', 33],
    ]);
  });

  it('still reads every section for jobs when TEACHING is the only experience heading', () => {
    const p = parseResume(
      'POSITIONS AND HONOURS\n2008 – 2010  Network Security Engineer, Castellan Telecom\n\nTEACHING\n2017 – 2019  CS 342 Computer Networks\n',
      {
        asOf: '2026-11-01',
      },
    );
    expect(p.experience.entries.map((e) => [e.title, e.months])).toEqual([['Network Security Engineer, Castellan Telecom', 36]]);
  });
});

describe("a skill named in a research unit's name (r20)", () => {
  it("reads 'Network Security Lab' as the lab's name, not as network security", () => {
    const p = parseResume(
      'EXPERIENCE\nGraduate Research Assistant, Network Security Lab\nSeptember 2010 - May 2012\n- Built and ran a honeynet; wrote sensor code in C.\n\nNetwork Engineer, Tessaly\nJune 2012 - March 2016\n- Firewall rules and network security monitoring of the core network.\n',
      { asOf: '2026-11-01' },
    );
    expect(p.skills.find((s) => s.id === 'network-security')?.datedYears).toBe(3.83);
  });

  it("reads 'AI Policy Unit' as a unit's name: the entry under it gives AI governance no years", () => {
    const p = parseResume(
      'EXPERIENCE\nAI Governance Lead  Feb 2022 – Present\nAcme Bank plc, Dublin\n- Built the AI governance framework and the AI Review Board.\n\nPolicy Officer, Digital & AI Policy Unit  Sep 2018 – Jan 2022\nDepartment of Enterprise, Dublin\n- Drafted positions on the EU AI Act.\n',
      { asOf: '2026-11-01' },
    );
    expect(p.skills.find((s) => s.id === 'ai-governance')?.datedYears).toBe(4.83);
  });
});

describe('an entry whose duties go on from the entry above (r16)', () => {
  const read = (text: string) => {
    const p = parseResume(text, { asOf: '2026-11-01' });
    return {
      entries: p.experience.entries.map((e) => [e.title, e.kind, e.skills]),
      years: Object.fromEntries(p.skills.filter((s) => s.years !== undefined).map((s) => [s.id, s.years])),
    };
  };

  it.each([
    [
      'de',
      'Berufserfahrung\n\n04.2020 – 12.2021  Machine Learning Engineer\n  Ostwerk GmbH, Leipzig\n  • Bereitstellung der Modelle mit BentoML auf Kubernetes\n\n07.2022 – 09.2023  Machine Learning Engineer\n  Ostwerk GmbH, Leipzig\n  • Fortsetzung der obigen Tätigkeit; zusätzlich Drift-Monitoring mit Evidently\n',
    ],
    [
      'en',
      'EXPERIENCE\n\nMachine Learning Engineer — Ostwerk   Apr 2020 – Dec 2021\n- Served the models with BentoML on Kubernetes\n\nMachine Learning Engineer — Ostwerk   Jul 2022 – Sep 2023\n- Continuation of the above role; also drift monitoring with Evidently\n',
    ],
  ])('%s: the later entry uses the skills of the entry above it in the text', (_, text) => {
    const { years } = read(text);
    // 21 months at the job above + 15 months at the one that goes on from it.
    expect(years.kubernetes).toBe(3);
    expect(years['model-monitoring']).toBe(1.25);
  });

  it('gives the later entry the kind of work of the entry above', () => {
    const { entries } = read(
      'EXPERIENCE\n\nEngineer — Ostwerk   Apr 2020 – Dec 2021\n- Trained PyTorch models and deployed them with MLflow\n\nEngineer — Ostwerk   Jul 2022 – Sep 2023\n- Continuation of the above role; on-call rotation\n',
    );
    expect(entries.map(([title, kind]) => [title, kind])).toEqual([
      ['Engineer', ['ml']],
      ['Engineer', ['ml']],
    ]);
  });

  it('takes nothing from an entry above at another organization, nor from words of continuing in the middle of the duties', () => {
    const { years } = read(
      'EXPERIENCE\n\nML Engineer — Ostwerk   Apr 2020 – Dec 2021\n- Served the models on Kubernetes\n\nData Engineer — Brightlane   Jan 2022 – Sep 2023\n- Continuation of the above role; Airflow pipelines\n\nData Engineer — Brightlane   Oct 2023 – Dec 2024\n- Airflow jobs, same duties as above\n',
    );
    expect(years.kubernetes).toBe(1.75);
    expect(years['data-engineering']).toBe(3);
  });

  it('gives an earlier grade of the same post at the same employer its kind of work when its duties show some of it', () => {
    const post = (title: string, dates: string, duty: string) => `${title} — Delta Advisory   ${dates}\n- ${duty}\n`;
    const p = parseResume(
      `EXPERIENCE\n\n${post('Senior Consultant, Technology Services', 'Jan 2021 – Jun 2023', 'Red-team and web application tests for banks (Burp Suite); reviewed firewall rule bases')}\n${post('Consultant, Technology Services', 'Sep 2016 – Dec 2020', 'Infrastructure penetration tests; wrote client reports')}\n${post('Consultant, Technology Services', 'Jan 2015 – Aug 2016', 'Pricing models and proposals')}\n${post('Consultant, Office Services', 'Jan 2014 – Dec 2014', 'Infrastructure penetration tests; wrote client reports')}`,
      { asOf: '2026-11-01' },
    );
    expect(p.experience.entries.map((e) => [e.start, e.kind])).toEqual([
      ['2021-01', ['security']],
      ['2016-09', ['security']],
      ['2015-01', ['other']],
      ['2014-01', ['other']],
    ]);
  });
});

describe('the security people a built system serves are no object of securing (r30)', () => {
  const kinds = (text: string) => parseResume(text, { asOf: '2026-11-01' }).experience.entries.map((e) => e.kind);

  it.each([
    [
      'en',
      'EXPERIENCE\nAI Security Engineer — Tessera   March 2023 – Present\n- Built an internal assistant for security reviewers: retrieval-augmented generation over past findings (LangChain, pgvector).\n',
    ],
    [
      'de',
      'BERUFSERFAHRUNG\nAI Security Engineer — Tessera   03/2023 – heute\n- Entwicklung eines internen Assistenten für Security-Reviewer: Retrieval-Augmented Generation über frühere Findings (LangChain, pgvector).\n',
    ],
    [
      'fr',
      "EXPÉRIENCE\nIngénieur Sécurité IA — Tessera   mars 2023 – aujourd'hui\n- Développement d'un assistant interne pour les relecteurs sécurité : génération augmentée par récupération (RAG) sur des constats passés (LangChain, pgvector).\n",
    ],
    [
      'es',
      'EXPERIENCIA\nIngeniero de Seguridad de IA — Tessera   marzo 2023 – actualidad\n- Desarrollo de un asistente interno para los revisores de seguridad: generación aumentada por recuperación (RAG) sobre hallazgos anteriores (LangChain, pgvector).\n',
    ],
  ])('%s: the person built an LLM application for them, ML work', (_, text) => {
    expect(kinds(text)).toEqual([['security', 'ml']]);
  });

  it('after "Designed and built", a securing word still names what is secured', () => {
    const text =
      'EXPERIENCE\nSecurity Engineer — Tessera   March 2023 – Present\n- Designed and built prompt-injection filters (LangChain) to protect the support chatbot.\n';
    expect(kinds(text)).toEqual([['security']]);
  });

  it('a securing word besides them still names what is secured', () => {
    const text =
      'EXPERIENCE\nAI Security Engineer — Tessera   March 2023 – Present\n- Built prompt-injection tests for security reviewers of the RAG assistant (LangChain, pgvector).\n';
    expect(kinds(text)).toEqual([['security']]);
  });
});

describe('the security records a built system reads or sorts are no object of securing (r56)', () => {
  const kinds = (text: string) => parseResume(text, { asOf: '2026-11-01' }).experience.entries.map((e) => e.kind);

  it.each([
    [
      'en',
      'EXPERIENCE\nSecurity Engineer — Tessera   March 2023 – Present\n- Built "Sift", an internal Python service that uses an LLM with retrieval (LangChain, pgvector) to pre-triage Semgrep and pentest findings.\n',
    ],
    [
      'en',
      'EXPERIENCE\nSecurity Engineer — Tessera   March 2023 – Present\n- Built an LLM-based triage service (GPT-4, LlamaIndex) for incoming security alerts.\n',
    ],
    [
      'de',
      'BERUFSERFAHRUNG\nSecurity Engineer — Tessera   03/2023 – heute\n- Entwicklung von „Sift“, einem internen Python-Service (LangChain, pgvector), um Semgrep- und Pentest-Findings vorzutriagieren.\n',
    ],
    [
      'fr',
      "EXPÉRIENCE\nIngénieur Sécurité — Tessera   mars 2023 – aujourd'hui\n- Développé un assistant RAG (LangChain) pour pré-trier les rapports de pentest.\n",
    ],
    [
      'es',
      'EXPERIENCIA\nIngeniero de Seguridad — Tessera   marzo 2023 – actualidad\n- Desarrollé un asistente RAG (LangChain) para clasificar los hallazgos de pentest.\n',
    ],
    // Security standards a RAG application reads are its corpus; a verb joined by "and" before the building one (r153).
    [
      'en',
      'EXPERIENCE\nAI Security Engineer — Quillpoint   March 2024 – Present\n- Designed and built TriageBot, an internal LLM application (RAG over our security standards with LangChain and pgvector) that explains SAST findings.\n',
    ],
    [
      'es',
      'EXPERIENCIA\nIngeniero de Seguridad de IA — Quillpoint   marzo 2024 – actualidad\n- Diseñé y desarrollé TriageBot, una aplicación interna basada en LLM (RAG sobre nuestros estándares de seguridad con LangChain y pgvector).\n',
    ],
    [
      'fr',
      "EXPÉRIENCE\nIngénieur Sécurité IA — Quillpoint   mars 2024 – aujourd'hui\n- Conçu et développé un assistant RAG (LangChain) sur nos standards de sécurité.\n",
    ],
  ])('%s: the person built an LLM application over them, ML work', (_, text) => {
    expect(kinds(text)).toEqual([['security', 'ml']]);
  });

  it('a securing word besides them still names what is secured', () => {
    const text =
      'EXPERIENCE\nSecurity Engineer — Tessera   March 2023 – Present\n- Built prompt-injection filters (LangChain) to protect the support chatbot, tracked in pentest findings.\n';
    expect(kinds(text)).toEqual([['security']]);
  });
});

describe("a securing word inside an ML method's name is no securing (r82)", () => {
  const kinds = (text: string) => parseResume(text, { asOf: '2026-11-01', languages: allLanguages }).experience.entries.map((e) => e.kind);

  it.each([
    'EXPERIENCE\nSOC Analyst L2 — Acme Ltd   March 2023 – Present\n- Built a sign-in anomaly model (Isolation Forest, scikit-learn) trained on Entra ID logs.\n',
    'EXPERIENCIA\nAnalista SOC N2 — Ibérica S.L.   marzo 2023 – actualidad\n- Desarrollo de un modelo de anomalías en inicios de sesión (Isolation Forest, scikit-learn) entrenado sobre los logs.\n',
    'BERUFSERFAHRUNG\nSOC-Analystin — Nordbank AG   03/2023 – heute\n- Entwicklung eines Anomaliemodells (Isolation Forest, scikit-learn) für Anmeldedaten.\n',
  ])('%#: the model built is ML work', (text) => {
    expect(kinds(text)).toEqual([['security', 'ml']]);
  });

  it('still reads a securing word outside the name', () => {
    expect(
      kinds('EXPERIENCE\nSOC Analyst L2 — Acme Ltd   March 2023 – Present\n- Built network isolation rules for the churn model (scikit-learn).\n'),
    ).toEqual([['security']]);
  });
});

describe('retraining a model is building it (s37)', () => {
  const kinds = (text: string) => parseResume(text, { asOf: '2026-11-01' }).experience.entries.map((e) => e.kind);

  it.each([
    [
      'en',
      'EXPERIENCE\nModel Security Lead — Fennick   March 2025 – Present\n- Retrained the fraud-detection model (PyTorch) against evasion attacks; recall under attack up from 0.41 to 0.78.\n',
    ],
    [
      'es',
      'EXPERIENCIA\nResponsable de Seguridad de Modelos — Fennick   marzo 2025 – actualidad\n- Reentrené el modelo de fraude (PyTorch) frente a ataques de evasión.\n',
    ],
    [
      'fr',
      "EXPÉRIENCE\nResponsable sécurité des modèles — Fennick   mars 2025 – aujourd'hui\n- Réentraîné le modèle de fraude (PyTorch) contre les attaques d'évasion.\n",
    ],
  ])('%s: ML work beside the security work', (_, text) => {
    expect(kinds(text)).toEqual([['security', 'ml']]);
  });
});

describe('ML libraries listed after a label of tools under a security title are tooling (s37)', () => {
  const kinds = (text: string) => parseResume(text, { asOf: '2026-11-01' }).experience.entries.map((e) => e.kind);

  it.each([
    [
      'de',
      'BERUFSERFAHRUNG\nLead Security Engineer KI-Systeme — Bavaria Mobility   03/2021 – heute\n- Adversarial-Robustheitstests der Objekterkennungsmodelle (CNNs): Patch-Angriffe, Evasion; Werkzeuge: PyTorch, Adversarial Robustness Toolbox (ART).\n',
    ],
    [
      'en',
      'EXPERIENCE\nLead AI Security Engineer — Bavaria Mobility   March 2021 – Present\n- Adversarial robustness testing of the object-detection models (CNNs): patch attacks, PGD; tools: PyTorch, Adversarial Robustness Toolbox.\n',
    ],
    [
      'fr',
      "EXPÉRIENCE\nIngénieur sécurité IA — Bavaria Mobility   mars 2021 – aujourd'hui\n- Tests de robustesse adverse des modèles de détection (CNN) : attaques par patch, PGD ; outils : PyTorch, Adversarial Robustness Toolbox.\n",
    ],
    [
      'es',
      'EXPERIENCIA\nIngeniero de Seguridad de IA — Bavaria Mobility   marzo 2021 – actualidad\n- Pruebas de robustez adversaria de los modelos de detección (CNN): ataques de parche, PGD; herramientas: PyTorch, Adversarial Robustness Toolbox.\n',
    ],
  ])('%s: security work only', (_, text) => {
    expect(kinds(text)).toEqual([['security']]);
  });

  it('models built and trained stay ML work beside a list of tools', () => {
    const text =
      'EXPERIENCE\nLead AI Security Engineer — Bavaria Mobility   March 2021 – Present\n- Built and trained the intrusion-detection models (CNNs); tools: PyTorch, MLflow.\n';
    expect(kinds(text)).toEqual([['security', 'ml']]);
  });
});

describe('"build system", "build pipeline" name CI, no building of the ML systems secured (s37)', () => {
  const kinds = (text: string) => parseResume(text, { asOf: '2026-11-01' }).experience.entries.map((e) => e.kind);

  it.each([
    [
      'build system',
      'EXPERIENCE\nLead Security Engineer, ML Platform — Corvid   Oct 2018 – Dec 2022\n- Threat-modelled the ML pipeline end to end (data ingestion, training, serving) and introduced model artefact signing in the build system.\n',
    ],
    [
      'build pipeline',
      'EXPERIENCE\nSecurity Engineer, ML Platform — Corvid   Oct 2018 – Dec 2022\n- Hardened the Kubeflow pipelines and the MLflow model registry and added SLSA provenance to the build pipeline.\n',
    ],
  ])('%s: security work only', (_, text) => {
    expect(kinds(text)).toEqual([['security']]);
  });

  it('a model built, trained and deployed through the build pipeline is ML work', () => {
    const text =
      'EXPERIENCE\nSecurity Engineer — Corvid   Oct 2018 – Dec 2022\n- Built, trained and deployed the fraud-detection model (PyTorch, scikit-learn) through the build pipeline, then reviewed its security.\n';
    expect(kinds(text)).toEqual([['security', 'ml']]);
  });
});

describe('security risk assessments and cybersecurity audits are duties whose object is security (s37)', () => {
  const kinds = (text: string) => parseResume(text, { asOf: '2026-11-01' }).experience.entries.map((e) => e.kind);

  it.each([
    [
      'en',
      'EXPERIENCE\nHead of AI Governance — Straits Bank   March 2022 – Present\n- Built the AI policy and the AI inventory.\n- Run pre-launch AI assurance reviews with the CISO office: security risk assessments of AI use cases (data leakage, third-party model hosting).\n',
    ],
    [
      'en (cybersecurity audits)',
      'EXPERIENCE\nHead of Technology Assurance — Bank Wisla   January 2023 – Present\n- Audited the AI inventory and the AI governance committee.\n- Led cybersecurity audits of IT outsourcing, third-party risk and business continuity; reviewed penetration test results.\n',
    ],
    [
      'de',
      'BERUFSERFAHRUNG\nLeiterin KI-Governance — Straits Bank   03/2022 – heute\n- Aufbau der KI-Richtlinie und des KI-Inventars.\n- Sicherheitsrisikobewertungen der KI-Anwendungsfälle mit dem CISO-Büro (Datenabfluss, Modell-Hosting bei Dritten).\n',
    ],
    [
      'fr',
      "EXPÉRIENCE\nResponsable gouvernance de l'IA — Straits Bank   mars 2022 – aujourd'hui\n- Mise en place de la politique IA et de l'inventaire IA.\n- Évaluations des risques de sécurité des cas d'usage IA avec le RSSI (fuite de données, hébergement des modèles).\n",
    ],
    [
      'es',
      'EXPERIENCIA\nResponsable de Gobierno de IA — Straits Bank   marzo 2022 – actualidad\n- Creación de la política de IA y del inventario de IA.\n- Evaluaciones de riesgos de seguridad de los casos de uso de IA con la oficina del CISO (fuga de datos, alojamiento de modelos).\n',
    ],
  ])('%s: security work', (_, text) => {
    expect(kinds(text)).toEqual([['security']]);
  });

  it('AI risk assessments alone are governance, no security work', () => {
    const text =
      'EXPERIENCE\nHead of AI Governance — Straits Bank   March 2022 – Present\n- Built the AI policy and the AI inventory.\n- Run AI risk assessments (NIST AI RMF) of every high-risk use case before launch.\n';
    expect(kinds(text)).toEqual([['other']]);
  });
});

describe('a deeply indented bullet ends a sentence; a short abbreviation does not (s37)', () => {
  const kinds = (text: string) => parseResume(text, { asOf: '2026-11-01' }).experience.entries.map((e) => e.kind);
  const pad = ' '.repeat(23);

  it.each([
    [
      'de',
      `BERUFSERFAHRUNG\n04/2021 – heute        Lead AI Security Engineer\n${pad}Vantara Mobility GmbH, München\n${pad}• Aufbau und Leitung des Teams AI Product Security (4 Mitarbeitende)\n${pad}• Adversarielle Robustheitstests der CNN-basierten Objekterkennung\n${pad}  (PyTorch): Evasion-Angriffe, Data Poisoning\n`,
    ],
    [
      'en',
      `EXPERIENCE\n04/2021 – Present      Lead AI Security Engineer\n${pad}Vantara Mobility, Munich\n${pad}• Built and lead the AI product security team (4 engineers)\n${pad}• Adversarial robustness testing of the CNN object detectors\n${pad}  (PyTorch): evasion attacks, data poisoning\n`,
    ],
    [
      'fr',
      `EXPÉRIENCE\n04/2021 – aujourd'hui  Responsable sécurité IA\n${pad}Vantara Mobility, Munich\n${pad}• Création et direction de l'équipe sécurité produit IA (4 ingénieurs)\n${pad}• Tests de robustesse adverse des détecteurs CNN\n${pad}  (PyTorch) : attaques d'évasion, empoisonnement de données\n`,
    ],
    [
      'es',
      `EXPERIENCIA\n04/2021 – actualidad   Responsable de Seguridad de IA\n${pad}Vantara Mobility, Múnich\n${pad}• Creación y dirección del equipo de seguridad de producto de IA (4 ingenieros)\n${pad}• Pruebas de robustez adversaria de los detectores CNN\n${pad}  (PyTorch): ataques de evasión, envenenamiento de datos\n`,
    ],
  ])('%s: building the team is no building of the models tested in the next bullet', (_, text) => {
    expect(kinds(text)).toEqual([['security']]);
  });

  it('de: "u. a." inside a bullet keeps the assessment its sentence', () => {
    const text =
      'BERUFSERFAHRUNG\n02/2024 – heute  IT-Security Engineer, Schwerpunkt KI-Anwendungen\n                    Rheinische Versicherungsgruppe AG, Köln\n                    - Sicherheitsbewertungen aller internen KI-Anwendungen vor Produktivsetzung, u. a. Chatbot auf Basis Azure OpenAI und RAG-Suche\n                    - Tests der LLM-Anwendungen auf Prompt Injection\n';
    expect(kinds(text)).toEqual([['security']]);
  });
});

describe("building whose subject is the person, or their own team with the person's own hands in the item, is their ML work (s37, convention 21)", () => {
  const kinds = (text: string) => parseResume(text, { asOf: '2026-11-01' }).experience.entries.map((e) => e.kind);

  it.each([
    [
      'en (my team; what a colon lists of its parts is no securing of it)',
      'EXPERIENCE\nDirector, AI Product Security — Corvane   March 2023 – Present\n- My team builds and runs the internal LLM gateway (FastAPI on Azure OpenAI): prompt-injection classifiers, PII redaction, audit logging. I wrote its first version myself.\n',
    ],
    [
      'en (we)',
      'EXPERIENCE\nAI Security Lead — Bellbird   March 2023 – Present\n- We built and operate a RAG assistant (LangChain, pgvector) for the support desk, with guardrails against prompt injection.\n',
    ],
    [
      'de',
      'BERUFSERFAHRUNG\nLeiter KI-Sicherheit — Bellbird   03/2023 – heute\n- Mein Team entwickelt und betreibt die interne RAG-Plattform (LangChain, Azure OpenAI): Guardrails gegen Prompt Injection, Audit-Logging. Die erste Version habe ich selbst geschrieben.\n',
    ],
    [
      'fr',
      "EXPÉRIENCE\nResponsable sécurité IA — Bellbird   mars 2023 – aujourd'hui\n- Mon équipe développe et exploite l'assistant RAG interne (LangChain, Azure OpenAI) : filtres contre l'injection de prompt, journalisation d'audit. J'ai écrit moi-même la première version.\n",
    ],
    [
      'es',
      'EXPERIENCIA\nResponsable de Seguridad de IA — Bellbird   marzo 2023 – actualidad\n- Mi equipo desarrolla y opera el asistente RAG interno (LangChain, Azure OpenAI): filtros contra prompt injection y registros de auditoría. La primera versión la escribí yo mismo.\n',
    ],
  ])('%s: an LLM application built, ML work', (_, text) => {
    expect(kinds(text)).toEqual([['security', 'ml']]);
  });

  it.each([
    [
      'the development team builds it',
      'EXPERIENCE\nAI Security Lead — Bellbird   March 2023 – Present\n- The development team builds the RAG assistant (LangChain, pgvector); I run its security reviews and red-team tests.\n',
    ],
    [
      'my team builds it, the person wrote its policy (convention 21)',
      'EXPERIENCE\nAI Security Lead — Bellbird   March 2023 – Present\n- My team builds and runs the RAG assistant (LangChain, pgvector). I wrote its acceptable-use policy.\n',
    ],
    [
      'the team builds it (convention 21)',
      'EXPERIENCE\nAI Security Lead — Bellbird   March 2023 – Present\n- Lead six engineers.\n- The team fine-tuned and deployed a PyTorch phishing classifier on SageMaker.\n',
    ],
    [
      'my team tests it',
      'EXPERIENCE\nAI Security Lead — Bellbird   March 2023 – Present\n- My team tests the RAG assistant (LangChain, pgvector) for prompt injection and data leakage.\n',
    ],
  ])('%s: no ML work', (_, text) => {
    expect(kinds(text)).toEqual([['security']]);
  });
});

describe('a relative clause after a built system says what it does, not that it is secured (r14)', () => {
  const kinds = (text: string) => parseResume(text, { asOf: '2026-11-01' }).experience.entries.map((e) => e.kind);

  it.each([
    [
      'en',
      'EXPERIENCE\nAI Security Engineer — Tessera   March 2023 – Present\n- Built an internal RAG assistant (LangChain, pgvector) that answers developer questions from our secure coding standards.\n',
    ],
    [
      'es',
      'EXPERIENCIA\nIngeniero de Seguridad de IA — Tessera   marzo 2023 – actualidad\n- Desarrollé un asistente RAG interno (LangChain, pgvector) que responde a las dudas de los desarrolladores a partir de nuestras normas de codificación segura.\n',
    ],
    [
      'fr',
      "EXPÉRIENCE\nIngénieur Sécurité IA — Tessera   mars 2023 – aujourd'hui\n- Développé un assistant RAG interne (LangChain, pgvector) qui répond aux questions des développeurs à partir de nos règles de développement sécurisé.\n",
    ],
    [
      'de (after a comma)',
      'BERUFSERFAHRUNG\nAI Security Engineer — Tessera   03/2023 – heute\n- Entwickelte einen internen RAG-Assistenten (LangChain, pgvector), der Fragen der Entwickler zur Sicherheit des Codes beantwortet.\n',
    ],
    [
      'fr (a noun of building opens the sentence, a securing word in the clause)',
      "EXPÉRIENCE\nIngénieur Sécurité IA — Tessera   mars 2023 – aujourd'hui\n- Conception d'un assistant RAG interne (LangChain, pgvector) qui répond aux questions de sécurité des développeurs.\n",
    ],
    [
      'en (the data it runs over, before its tools in brackets)',
      'EXPERIENCE\nAI Security Engineer — Tessera   March 2023 – Present\n- Built and operate an internal RAG assistant over six years of pentest reports (Python, LangChain, pgvector).\n',
    ],
  ])('%s: the person built an LLM application, ML work', (_, text) => {
    expect(kinds(text)).toEqual([['security', 'ml']]);
  });

  it.each([
    [
      'a securing word before the clause',
      'EXPERIENCE\nAI Security Engineer — Tessera   March 2023 – Present\n- Built prompt-injection tests for the RAG assistant (LangChain, pgvector) that answers developer questions.\n',
    ],
    [
      'a securing word before the data it runs over',
      'EXPERIENCE\nAI Security Engineer — Tessera   March 2023 – Present\n- Built prompt-injection tests for the RAG assistant over our pentest reports (LangChain, pgvector).\n',
    ],
    [
      'no relative clause',
      'EXPERIENCE\nAI Security Engineer — Tessera   March 2023 – Present\n- Built an internal RAG assistant (LangChain, pgvector) and secure coding standards.\n',
    ],
    [
      'a German article without a comma',
      'BERUFSERFAHRUNG\nAI Security Engineer — Tessera   03/2023 – heute\n- Entwickelte den RAG-Assistenten (LangChain, pgvector) der Entwickler zur Härtung der Builds.\n',
    ],
  ])('%s: what is secured, no ML work', (_, text) => {
    expect(kinds(text)).toEqual([['security']]);
  });

  it.each([
    [
      'fr: a noun of building opens the duty',
      "EXPÉRIENCE\nIngénieure en sécurité de l'IA — Tessera   mars 2023 – aujourd'hui\n- Conception et exploitation d'un assistant interne de triage basé sur un LLM (RAG avec LangChain) qui propose des correctifs.\n",
      [['security', 'ml']],
    ],
    [
      'es: a noun of building joined to running opens the duty',
      'EXPERIENCIA\nIngeniero de Seguridad de IA — Tessera   marzo 2023 – actualidad\n- Construcción y operación de un pequeño asistente RAG (LangChain + pgvector) que redacta notas de triaje de hallazgos SAST.\n',
      [['security', 'ml']],
    ],
    [
      'es: development of a system opens the duty',
      'EXPERIENCIA\nIngeniera de Seguridad de IA — Tessera   marzo 2023 – actualidad\n- Desarrollo de un asistente interno basado en LLM (RAG con LangChain) para el equipo de soporte.\n',
      [['security', 'ml']],
    ],
    [
      'fr: development of a system opens the duty',
      "EXPÉRIENCE\nIngénieure en sécurité de l'IA — Tessera   mars 2023 – aujourd'hui\n- Développement d'un assistant RAG interne (LangChain, pgvector) pour l'équipe support.\n",
      [['security', 'ml']],
    ],
    [
      'de: development of a system opens the duty',
      'BERUFSERFAHRUNG\nAI Security Engineer — Tessera   03/2023 – heute\n- Entwicklung eines internen RAG-Assistenten (LangChain, pgvector) für das Support-Team.\n',
      [['security', 'ml']],
    ],
    [
      'es: the same noun inside a duty of securing builds nothing',
      'EXPERIENCIA\nIngeniero de Seguridad de IA — Tessera   marzo 2023 – actualidad\n- Revisiones de seguridad del desarrollo de asistentes RAG (LangChain) y pruebas de inyección de prompts.\n',
      [['security']],
    ],
    [
      'fr: the same noun inside a review builds nothing',
      "EXPÉRIENCE\nIngénieure en sécurité de l'IA — Tessera   mars 2023 – aujourd'hui\n- Revues de conception des architectures RAG et des outils d'agents (LangChain).\n",
      [['security']],
    ],
  ])('%s', (_, text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });
});

describe('LinkedIn blocks and research units (r18)', () => {
  const entries = (text: string) => parseResume(text, { asOf: '2026-11-01' }).experience.entries.map((e) => [e.title, e.organization ?? '-', e.kind]);

  it('reads a XING block (title, organisation, then the dates with the place after them) and a chair after the university’s comma', () => {
    expect(
      entries(
        'Berufserfahrung\n\nSenior Security Architect\nNordhafen Versicherungsgruppe AG\n07/2014 – 02/2021, Hamburg\n\n- Threat Modeling für neue Vorhaben\n\nStudentische Hilfskraft\nTU München, Lehrstuhl für IT-Sicherheit\n04/2008 – 03/2010, Garching\n\nEntwicklung eines Fuzzing-Frameworks.\n',
      ),
    ).toEqual([
      ['Senior Security Architect', 'Nordhafen Versicherungsgruppe AG', ['security']],
      ['Studentische Hilfskraft', 'TU München, Lehrstuhl für IT-Sicherheit', ['security']],
    ]);
  });

  it('keeps a part after the title as the title’s own when the company stands on a line above', () => {
    expect(
      entries(
        'Experiencia\n\nBanco Meridiano\nData Scientist - Ciberseguridad\nenero de 2017 - febrero de 2021 (4 años 2 meses)\nMadrid\nModelos de detección de anomalías sobre logs del SIEM con scikit-learn.\n',
      ),
    ).toEqual([['Data Scientist - Ciberseguridad', 'Banco Meridiano', ['security', 'ml']]]);
  });

  it('still splits a title line whose other part is the company above', () => {
    expect(
      entries(
        'Experience\n\nAcme Corp\nData Scientist - Acme Corp\nJanuary 2017 - February 2021 (4 years 2 months)\nForecasting models with scikit-learn and XGBoost.\n',
      ),
    ).toEqual([['Data Scientist', 'Acme Corp', ['ml']]]);
  });

  it.each([
    [
      'es',
      'Experiencia\n\nUniversidad Politécnica de Madrid\nInvestigador predoctoral (contrato FPI)\nenero de 2012 - diciembre de 2016 (5 años)\nGrupo de Seguridad de la Información. Investigación sobre clasificación de malware con redes neuronales (TensorFlow).\n',
      'Investigador predoctoral (contrato FPI)',
    ],
    [
      'en',
      'Experience\n\nTechnical University\nDoctoral Researcher\nJanuary 2012 - December 2016 (5 years)\nInformation Security Group. Research on malware classification with neural networks (TensorFlow).\n',
      'Doctoral Researcher',
    ],
  ])('%s: a research appointment in a security unit its duties open with is security work', (_, text, title) => {
    expect(entries(text).map(([t, , k]) => [t, k])).toEqual([[title, ['security', 'ml']]]);
  });

  it('reads no unit under a title that is no research one', () => {
    expect(
      entries(
        'Experience\n\nTechnical University\nSoftware Developer\nJanuary 2012 - December 2016 (5 years)\nSecurity Group. Built the web portal in Java.\n',
      ).map(([t, , k]) => [t, k]),
    ).toEqual([['Software Developer', ['other']]]);
  });
});

describe('a model the person developed and tested, in a sentence that opens with its year (r14)', () => {
  const kinds = (text: string) => parseResume(text, { asOf: '2026-11-01' }).experience.entries.map((e) => e.kind);

  it.each([
    [
      'es',
      'EXPERIENCIA\nAnalista de datos — Cuentalia   julio 2020 – enero 2023\nCuadros de mando en Power BI. En 2022 desarrollé y puse a prueba un modelo de abandono de clientes con regresión logística, que se usa en producción.\n',
    ],
    [
      'de',
      'BERUFSERFAHRUNG\nDatenanalyst — Cuentalia   07/2020 – 01/2023\n- Power-BI-Dashboards. Im Jahr 2022 entwickelte und testete ich ein Abwanderungsmodell mit logistischer Regression.\n',
    ],
  ])('%s: ML work', (_, text) => {
    expect(kinds(text)).toEqual([['ml']]);
  });

  it.each([
    [
      'no verb of building opens it',
      'EXPERIENCIA\nAnalista de datos — Cuentalia   julio 2020 – enero 2023\nCuadros de mando en Power BI. En 2022 revisé y puse a prueba un modelo de abandono de clientes con regresión logística.\n',
    ],
    [
      'words before the verb that are no year',
      'EXPERIENCIA\nAnalista de datos — Cuentalia   julio 2020 – enero 2023\nCuadros de mando en Power BI. Con el equipo desarrollé un modelo de abandono de clientes con regresión logística.\n',
    ],
  ])('%s: no ML work from one model', (_, text) => {
    expect(kinds(text)).toEqual([['other']]);
  });
});

describe('Gaussian processes and regression trees are machine learning, in four languages (r21)', () => {
  const skillIds = (text: string) => parseResume(text, { asOf: '2026-11-01' }).skills.map((s) => s.id);

  it.each([
    ['en', 'EXPERIENCE\nAnalyst — Acme   2015 – 2019\nBenchmarked Gaussian-process and regression tree models for air quality.\n'],
    ['de', 'BERUFSERFAHRUNG\nAnalyst — Acme   2015 – 2019\nVergleich von Gauß-Prozess- und Regressionsbaum-Ansätzen für die Luftqualität.\n'],
    ['fr', 'EXPÉRIENCE\nAnalyste — Acme   2015 – 2019\nComparaison de processus gaussiens et d’arbres de régression pour la qualité de l’air.\n'],
    ['es', 'EXPERIENCIA\nAnalista — Acme   2015 – 2019\nComparación de procesos gaussianos y árboles de regresión para la calidad del aire.\n'],
  ])('%s: machine-learning', (_, text) => {
    expect(skillIds(text)).toContain('machine-learning');
  });

  it('makes a research appointment ML work', () => {
    const text =
      'APPOINTMENTS\n2015–2019   Research Associate, Institute of Statistics, Example University\n            Developed Gaussian-process and Bayesian additive regression tree models for air-quality prediction (R, Stan).\n';
    const entries = parseResume(text, { asOf: '2026-11-01' }).experience;
    expect(entries.entries.map((e) => e.kind)).toEqual([['ml']]);
    expect(entries.mlYears).toBe(5);
  });
});

describe('a research appointment whose duties open by building models (r27)', () => {
  const entries = (text: string) => parseResume(text, { asOf: '2026-11-01' }).experience.entries.map((e) => [e.title, e.organization, e.kind]);

  it('reads the employer under the dates, wrapped after a dangling word, and makes an attack on AI named later a side topic', () => {
    const text =
      'Experience\nResearch Assistant\nMay 2018 – Jul 2019\nSchool of Computing, National University of\nSingapore\nTrained few-shot image classifiers in PyTorch for\na medical-imaging project; added an evaluation of\nrobustness to adversarial examples (FGSM, PGD).\n';
    expect(entries(text)).toEqual([['Research Assistant', 'School of Computing', ['ml']]]);
  });

  it('keeps research that opens with attacks security work', () => {
    const text =
      'Experience\nResearch Assistant\nMay 2018 – Jul 2019\nSchool of Computing, Example University\nResearch on evasion attacks against malware classifiers;\ntrained and attacked neural-network detectors (TensorFlow).\n';
    expect(entries(text)).toEqual([['Research Assistant', 'School of Computing', ['security', 'ml']]]);
  });

  it('takes no place under the dates as the employer, even one that names a region', () => {
    const text =
      "Expérience\n\nBanque Exemple\n\nIngénieure sécurité\navril 2023 - aujourd’hui\nBruxelles, Région de Bruxelles-Capitale, Belgique\nTests d'intrusion des applications.\n";
    expect(entries(text)).toEqual([['Ingénieure sécurité', undefined, ['security']]]);
  });
});

describe("a title's field after a dash, over a company line (r21)", () => {
  const entries = (text: string) => parseResume(text, { asOf: '2026-11-01' }).experience.entries.map((e) => [e.title, e.organization, e.kind]);

  it.each([
    [
      'fr',
      "EXPÉRIENCE PROFESSIONNELLE\n\n[ 01/02/2016 – 31/08/2016 ]  Stage de fin d'études – data science\nAssurances du Confluent\nVille : Villeurbanne | Pays : France\n  ◦ Modèle de prédiction de la résiliation (churn) en Python, scikit-learn\n",
      [["Stage de fin d'études – data science", 'Assurances du Confluent', ['ml']]],
    ],
    [
      'en',
      'EXPERIENCE\n\n[ 01/02/2016 – 31/08/2016 ]  Final-year internship – data science\nConfluent Insurance Ltd\n  - Churn prediction in Python, scikit-learn\n',
      [['Final-year internship – data science', 'Confluent Insurance Ltd', ['ml']]],
    ],
  ])('%s: the field stays in the title, the company line is the organisation', (_, text, want) => {
    expect(entries(text)).toEqual(want);
  });

  it('keeps a dash part that is an organisation as the organisation', () => {
    expect(entries('EXPERIENCE\n\n[ 01/02/2016 – 31/08/2016 ]  Security Engineer – Acme Ltd\nBerlin, Germany\n  - Threat modeling\n')[0]?.slice(0, 2)).toEqual([
      'Security Engineer',
      'Acme Ltd',
    ]);
  });
});

describe('a degree listed among certifications (r21)', () => {
  const education = (text: string) => parseResume(text, { asOf: '2026-11-01' }).education.map((e) => [e.level, e.field]);
  const head = 'EDUCATION\nUniversity of Maryland Global Campus\n  Bachelor of Science, Computer Science -- 05/2019\n\nCERTIFICATIONS\n';

  it('is held when its line names the school', () => {
    expect(
      education(
        `${head}  CompTIA Security+ ce -- active\n  Community College of the Air Force: Associate in Applied Science, Intelligence Studies and Technology, 2015\n`,
      ),
    ).toEqual([
      ['bachelor', 'computer-science'],
      ['associate', 'other'],
    ]);
  });

  it('is none when the line names no school', () => {
    expect(education(`${head}  AWS Certified Solutions Architect – Associate, 2021\n  Associate in Risk Management (ARM), 2020\n`)).toEqual([
      ['bachelor', 'computer-science'],
    ]);
  });
});

describe('a job word in a remark on the company (r22)', () => {
  it('leaves the line below as the title', () => {
    const p = parseResume(
      'EXPERIENCIA PROFESIONAL\n\nNexora Security (consultora de ciberseguridad), Madrid      2021 – actualidad\nPentester sénior / Red Team\n  - Pruebas de penetración de aplicaciones web\n',
      { asOf: '2026-11-01' },
    );
    expect(p.experience.entries.map((e) => [e.title, e.organization])).toEqual([['Pentester sénior / Red Team', 'Nexora Security']]);
  });
});

describe('sidebar blocks printed inside the main column (a two-column page read without its layout)', () => {
  const cv = [
    'EXPERIENCE',
    'Senior Incident Response Analyst',
    'Karoo Bank | Johannesburg',
    '02/2023 – Present',
    '● Lead a team of four incident responders covering the retail divisions; own',
    '● Run host forensics with Velociraptor and KAPE; wrote the',
    'CORE SKILLS',
    'Microsoft Sentinel (KQL)',
    'Azure (hands-on)',
    "bank's ransomware and business-email-compromise IR playbooks in Azure.",
    '● Triage Defender for Cloud alerts across 30 Azure subscriptions.',
    'CERTIFICATIONS',
    'GIAC Certified Incident Handler',
    '(GCIH), 2023',
    'SOC Analyst',
    'Highveld Cyber Defence | Pretoria',
    '01/2020 – 01/2023',
    '● Monitored Splunk Enterprise Security for 25 clients in mining and retail.',
  ].join('\n');

  it('moves each block after the text: the cut sentence and the next job read on', () => {
    const p = parseResume(cv, { asOf: '2026-11-01' });
    expect(p.text).toContain("wrote the\nbank's ransomware");
    expect(p.experience.entries.map((e) => [e.title, e.start, e.end])).toEqual([
      ['Senior Incident Response Analyst', '2023-02', '2026-11'],
      ['SOC Analyst', '2020-01', '2023-01'],
    ]);
    expect(p.sections.map((s) => s.name)).toEqual(['experience', 'skills', 'certifications']);
    expect(p.certifications.map((c) => c.id)).toEqual(['gcih']);
  });

  it('leaves sections in order when the main column does not come back', () => {
    const text =
      'EXPERIENCE\nEngineer, Acme\n01/2020 – 01/2023\n● Built the detection pipeline for the SOC and its alerting\nSKILLS\nPython, Splunk, KQL\nEDUCATION\n● BSc Computer Science, University of Leeds\n2014 – 2017\n● MSc Information Security, 2018 – 2019\n';
    expect(parseResume(text, { asOf: '2026-11-01' }).text).toBe(normalizeText(text));
  });
});

describe('a Big Four grade title under a LinkedIn company group (r26)', () => {
  it('reads "IT Audit Senior" as the title, not the place line under the dates', () => {
    const { entries } = read(
      'Experience\n\nKPMG Ireland\n6 years 6 months\nIT Audit Senior, Technology Assurance\nSeptember 2018 - February 2022 (3 years 6 months)\nDublin, Ireland\nInformation security and IT controls testing for clients.\n',
    );
    expect(entries.map(show)).toEqual(['IT Audit Senior, Technology Assurance | KPMG Ireland | 2018-09–2022-02 | 42']);
  });
});

describe('a noun of training models, under a security title, in four languages (r31)', () => {
  const kinds = (text: string) => parseResume(text, { asOf: '2026-11-01' }).experience.entries.map((e) => [e.title, e.kind]);

  it.each([
    [
      'en',
      'EXPERIENCE\n\nDetection Engineer (ML)\nAcme Security, Remote\n07/2022 - 03/2024\n* Moved from rule writing to ML: training of scikit-learn models (gradient boosting, isolation forest) on sign-in logs to catch password spraying.\n',
    ],
    [
      'de',
      'BERUFSERFAHRUNG\n\nDetection Engineer (ML)\nAcme Security, remote\n07/2022 – 03/2024\n* Wechsel vom Regelschreiben zu ML: Training von scikit-learn-Modellen (Gradient Boosting, Isolation Forest) auf Anmeldelogs zur Erkennung von Password Spraying.\n',
    ],
    [
      'fr',
      "EXPÉRIENCE PROFESSIONNELLE\n\nDetection Engineer (ML)\nAcme Security, télétravail\nJuil. 2022 – Mars 2024\n* Passage de l'écriture de règles au ML : entraînement de modèles scikit-learn (gradient boosting, isolation forest) sur les journaux de connexion pour détecter le password spraying.\n",
    ],
    [
      'es',
      'EXPERIENCIA PROFESIONAL\n\nDetection Engineer (ML)\nAcme Security, en remoto\nJul. 2022 – Mar. 2024\n* Paso de la escritura de reglas al ML: entrenamiento de modelos de scikit-learn (gradient boosting, isolation forest) con los registros de inicio de sesión para detectar password spraying.\n',
    ],
  ])('%s: the models trained are ML work, not systems the entry secures', (_lang, text) => {
    expect(kinds(text)).toEqual([['Detection Engineer (ML)', ['security', 'ml']]]);
  });
});

describe('a title of doctoral study (r31)', () => {
  const titles = (text: string) => parseResume(text, { asOf: '2026-11-01' }).experience.entries.map((e) => [e.title, e.months]);

  it('reads "Doctoral Researcher (DPhil candidate)" as study, and a job held beside a doctorate as work', () => {
    expect(
      titles(
        'EXPERIENCE\n\nData Scientist\nAcme Analytics\nJuly 2023 - Present\n- Built forecasting models\n\nDoctoral Researcher (DPhil candidate), Department of Statistics\nOctober 2019 - September 2023\n- Trained Bayesian neural networks in PyTorch\n\nResearch Associate and doctoral candidate\nTU Berlin\nOctober 2014 - September 2019\n- Network security research\n\nPost-doctoral Researcher\nETH Zürich\nJanuary 2012 - June 2014\n- Fuzzing\n',
      ),
    ).toEqual([
      ['Data Scientist', 41],
      ['Research Associate and doctoral candidate', 60],
      ['Post-doctoral Researcher', 30],
    ]);
  });

  it('reads a bare "PhD Student", "Ph.D. Candidate" or "Doktorand" entry as study', () => {
    expect(
      titles(
        'EXPERIENCE\n\nSecurity Engineer\nAcme\n01/2020 - 12/2021\n- Pentests\n\nPhD Student\nUniversity of Bristol\n09/2015 - 08/2019\n- Thesis on fuzzing\n',
      ),
    ).toEqual([['Security Engineer', 24]]);
    expect(
      titles(
        'BERUFSERFAHRUNG\n\nSecurity Engineer\nAcme GmbH\n01/2020 – 12/2021\n- Penetrationstests\n\nDoktorand\nUniversität Bonn\n09/2015 – 08/2019\n- Dissertation über Fuzzing\n',
      ),
    ).toEqual([['Security Engineer', 24]]);
    expect(
      titles(
        'EXPERIENCE\n\nSecurity Engineer\nAcme\n01/2020 - 12/2021\n- Pentests\n\nPh.D. Candidate, Computer Science\nUniversity of Bristol\n09/2015 - 08/2019\n- Thesis on fuzzing\n',
      ),
    ).toEqual([['Security Engineer', 24]]);
  });

  it('reads a doctoral post held on a contract ("contrat doctoral", "Promotionsstelle") as work', () => {
    expect(
      titles(
        'BERUFSERFAHRUNG\n\nSecurity Engineer\nAcme GmbH\n01/2020 – 12/2021\n- Penetrationstests\n\nDoktorandin (Promotionsstelle)\nUniversität Bonn\n09/2018 – 08/2019\n- Forschung zu Fuzzing\n',
      ),
    ).toEqual([
      ['Security Engineer', 24],
      ['Doktorandin (Promotionsstelle)', 12],
    ]);
    expect(
      titles(
        'BERUFSERFAHRUNG\n\nSecurity Engineer\nAcme GmbH\n01/2020 – 12/2021\n- Penetrationstests\n\nDoktorand (Contrat doctoral)\nINRIA Rennes\n09/2018 – 08/2019\n- Forschung zu Fuzzing\n',
      ),
    ).toEqual([
      ['Security Engineer', 24],
      ['Doktorand (Contrat doctoral)', 12],
    ]);
    expect(
      titles(
        'EXPERIENCE\n\nSecurity Engineer\nAcme\n01/2020 - 12/2021\n- Pentests\n\nPhD Student (contrat doctoral)\nINRIA Rennes\n09/2018 - 08/2019\n- Research on fuzzing\n',
      ),
    ).toEqual([
      ['Security Engineer', 24],
      ['PhD Student (contrat doctoral)', 12],
    ]);
  });
});

describe('"traitement des incidents" in security work is incident response (r31)', () => {
  it('reads it inside a security entry only', () => {
    const p = parseResume(
      "EXPÉRIENCE PROFESSIONNELLE\n\nAnalyste SOC\nAcme Défense\nJuin 2012 – Mai 2018\n* Surveillance des réseaux avec ArcSight et l'IDS Snort.\n* Traitement des incidents selon la procédure interne ; chef d'une équipe de quart.\n",
      { asOf: '2026-11-01' },
    );
    expect(p.skills.find((s) => s.id === 'incident-response')?.years).toBe(6);
  });
});

describe('a bracketed remark on the line below the dates is no title (r31)', () => {
  it('keeps the title above the employer line when a remark wrapped before its closing bracket follows', () => {
    const p = parseResume(
      "PROFESSIONAL EXPERIENCE\n\nManager, Technology Assurance\nAcme Advisory (Pty) Ltd, Johannesburg          April 2021 – Present\n(Manager is the firm's grade; I am the sole technology assurance specialist on multidisciplinary\nengagements and have no direct reports.)\n  ▪ Run ISO/IEC 27001 certification-readiness audits.\n",
      { asOf: '2026-11-01' },
    );
    expect(p.experience.entries.map((e) => [e.title, e.organization, e.months])).toEqual([['Manager, Technology Assurance', 'Acme Advisory Ltd', 68]]);
  });
});

describe('an ATS form whose current job has an empty end date (r31)', () => {
  it('reads "End Date:" left empty over "Current Job: Yes" as a job that goes on to the present', () => {
    const p = parseResume(
      'WORK EXPERIENCE\n\nJob Title: Senior Machine Learning Engineer\nEmployer: Acme Systems, Inc.\nLocation: Huntsville, AL\nStart Date: 06/2021\nEnd Date:\nCurrent Job: Yes\nDescription:\n- Train computer-vision models in PyTorch\n\nJob Title: Data Scientist\nEmployer: Beta Analytics LLC\nLocation: Huntsville, AL\nStart Date: 03/2018\nEnd Date: 05/2021\nCurrent Job: No\nDescription:\n- Built text-classification models in Python\n',
      { asOf: '2026-11-01' },
    );
    expect(p.experience.entries.map((e) => [e.title, e.start, e.end, e.current])).toEqual([
      ['Senior Machine Learning Engineer', '2021-06', '2026-11', true],
      ['Data Scientist', '2018-03', '2021-05', false],
    ]);
  });

  it('reads "Currently employed here: Yes" under an empty end date, with YYYY-MM dates (r38)', () => {
    const p = parseResume(
      'WORK EXPERIENCE\n\nJob title: Staff Platform Security Engineer\nCompany: Orchard Pay, Inc.\nStart date: 2024-01\nEnd date:\nCurrently employed here: Yes\nDescription:\n- Kyverno admission policies on EKS\n\nJob title: Site Reliability Engineer\nCompany: Orchard Pay, Inc.\nStart date: 2021-09\nEnd date: 2023-12\nDescription:\n- Ran the EKS platform\n',
      { asOf: '2026-11-01' },
    );
    expect(p.experience.entries.map((e) => [e.start, e.end, e.current])).toEqual([
      ['2024-01', '2026-11', true],
      ['2021-09', '2023-12', false],
    ]);
  });

  it('leaves an empty end date without that field unread', () => {
    const p = parseResume(
      'WORK EXPERIENCE\n\nJob Title: Data Scientist\nEmployer: Beta Analytics LLC\nStart Date: 03/2018\nEnd Date:\nDescription:\n- Built models\n',
      { asOf: '2026-11-01' },
    );
    expect(p.experience.entries.map((e) => [e.title, e.current])).toEqual([]);
  });
});

describe('a career break right under the entry before, with its dates below its name (LinkedIn, r31)', () => {
  it('reads the break from the lines above its dates, not the remark below them', () => {
    const p = parseResume(
      'Experience\nSite Reliability Engineer\nJuly 2021 - December 2021 (6 months)\nDublin, County Dublin, Ireland\nMigrated 30 services from ECS to\nKubernetes on AWS EKS.\nCareer Break\nTravel and volunteering\nSeptember 2020 - June 2021 (10 months)\nBackpacked through Peru; volunteered for three months\nteaching English at a community school.\nDevOps Engineer\nMarch 2018 - August 2020 (2 years 6 months)\nTerraform and Jenkins pipelines.\n',
      { asOf: '2026-11-01' },
    );
    expect(p.experience.entries.map((e) => [e.title, e.months])).toEqual([
      ['Site Reliability Engineer', 6],
      ['DevOps Engineer', 30],
    ]);
    expect(p.experience.totalYears).toBe(3);
  });
});

describe("a title's field after a dash, before the organisation on the same line (r31)", () => {
  it('keeps "– AI Security" in the title and takes the company after the bar as the organisation', () => {
    const p = parseResume(
      'BERUFSERFAHRUNG\n\n03.2022 – 05.2024\nSenior Machine Learning Engineer – AI Security  |  Semmering Analytics GmbH, Wien\n–  Adversarial Training und Feature-Härtung für ein Kundenmodell (PyTorch)\n',
      { asOf: '2026-11-01' },
    );
    expect(p.experience.entries.map((e) => [e.title, e.organization, e.kind])).toEqual([
      ['Senior Machine Learning Engineer – AI Security', 'Semmering Analytics GmbH', ['security', 'ml']],
    ]);
  });

  it('leaves a bar-separated place alone', () => {
    const p = parseResume('EXPERIENCE\n\n03/2022 – 05/2024\nData Scientist | Acme Analytics GmbH | Vienna\n- Fraud models in scikit-learn\n', {
      asOf: '2026-11-01',
    });
    expect(p.experience.entries.map((e) => [e.title, e.organization])).toEqual([['Data Scientist', 'Acme Analytics GmbH']]);
  });
});

describe("a title's field after a dash, with no organisation on the line (r91)", () => {
  // The part after the dash names a field of security or ML work, no organisation: it specialises the title.
  it.each([
    [
      'EXPERIENCE\nNorthgate Payments Pvt. Ltd., Pune        Mar 2019 – Present\n\nRole: Staff Engineer – MLSecOps        Jan 2024 – Present\n- Signed model artifacts with cosign\n',
      'Staff Engineer – MLSecOps',
      'Northgate Payments Pvt. Ltd., Pune',
      ['security', 'ml'],
    ],
    [
      'EXPERIENCE\n\nPrincipal Consultant – Threat Intelligence        04/2020 – 09/2023\n- Tracked ransomware crews for clients\n',
      'Principal Consultant – Threat Intelligence',
      undefined,
      ['security'],
    ],
    [
      'BERUFSERFAHRUNG\n\nSenior Berater – Informationssicherheit        04/2020 – 09/2023\n- ISMS nach ISO 27001 betrieben\n',
      'Senior Berater – Informationssicherheit',
      undefined,
      ['security'],
    ],
    [
      'EXPERIENCIA PROFESIONAL\n\nConsultor – Ciberseguridad        04/2020 – 09/2023\n- Auditorías de seguridad para clientes\n',
      'Consultor – Ciberseguridad',
      undefined,
      ['security'],
    ],
  ])('keeps the field in the title: %j', (text, title, organization, kind) => {
    const p = parseResume(text, { asOf: '2026-11-01' });
    const e = p.experience.entries.at(-1);
    expect([e?.title, e?.organization, e?.kind]).toEqual([title, organization, kind]);
  });

  it('still reads a company after the dash as the organisation', () => {
    const p = parseResume('EXPERIENCE\n\nSecurity Engineer – Acme Security Group        04/2020 – 09/2023\n- Threat models\n', {
      asOf: '2026-11-01',
    });
    expect(p.experience.entries.map((e) => [e.title, e.organization])).toEqual([['Security Engineer', 'Acme Security Group']]);
  });
});

describe('a Mexican "ESCOLARIDAD" heading opens the education (r31)', () => {
  it('reads a dated school line under it as no work entry', () => {
    const p = parseResume(
      'EXPERIENCIA PROFESIONAL\n\nAnalista SOC\nVigía Ciberseguridad S.A. de C.V. · Naucalpan\nfeb. 2017 – ago. 2019\n• Monitoreo 24/7 con Splunk.\n\nESCOLARIDAD\n\nBachillerato — Escuela Nacional Preparatoria No. 6, 2009 – 2012\n',
      { asOf: '2026-11-01' },
    );
    expect(p.experience.entries.map((e) => e.title)).toEqual(['Analista SOC']);
    expect(p.experience.totalYears).toBe(2.58);
  });
});

describe("a community meetup's co-organiser role (r39)", () => {
  it("is no work: the skill in the community's name gives no years of work", () => {
    const text =
      'Experience\nMLOps Engineer\nJuly 2023 - December 2024 (1 year 6 months)\nPorto, Portugal\n- Migrated training jobs to Kubeflow Pipelines.\nMLOps Porto (community)\nCo-organiser\nFebruary 2021 - Present (5 years 10 months)\nPorto, Portugal\nMonthly meetups, ~600 members.\nSite Reliability Engineer\nMarch 2019 - June 2023 (4 years 4 months)\nRan Kubernetes clusters.\n';
    const p = parseResume(text, { asOf: '2026-11-01' });
    expect(p.experience.entries.map((e) => e.title)).toEqual(['MLOps Engineer', 'Site Reliability Engineer']);
    expect(p.experience.mlYears).toBe(1.5);
  });
});

describe('an ML title whose duties name no ML skill (r39)', () => {
  it('is no ML work when three bullets or more list other duties; a title with few duties keeps its kind', () => {
    const text =
      'EXPERIENCE\nData Scientist ( May 2, 2022 - August 31, 2023)\nPadma Telecom Limited\n• Daily revenue reconciliation using SQL on Oracle.\n• Built Power BI dashboards for fraud KPIs.\n• Ad-hoc Excel analysis for the fraud team.\nData Scientist ( January 1, 2020 - April 30, 2022)\nAcme Analytics Ltd\n• SQL reports.\n';
    const p = parseResume(text, { asOf: '2026-11-01' });
    expect(p.experience.entries.map((e) => e.kind)).toEqual([['other'], ['ml']]);
    expect(p.experience.mlYears).toBe(2.33);
  });

  it('keeps its ML kind when the duties secure the ML platform they name (convention 234)', () => {
    const text =
      'EXPERIENCE\nSenior ML Engineer, ML Platform & Security    Apr 2024 – Present\n• Own security of the fraud-model platform: Kubeflow pipelines, MLflow model registry and KServe serving on Amazon EKS.\n• Threat-modelled the feature store and the model registry with the AppSec team (STRIDE).\n• Added Sigstore cosign signing and SBOMs for model artifacts in GitHub Actions.\n• Mentor three junior engineers.\n';
    const p = parseResume(text, { asOf: '2026-11-01' });
    expect(p.experience.entries.map((e) => e.kind)).toEqual([['security', 'ml']]);
    expect(p.experience.mlYears).toBe(2.67);
  });

  it("reads a Spanish team's build in the third person as the English 'built' (r157-es-05)", () => {
    const text =
      'EXPERIENCIA\nDirector de Seguridad de Producto y Seguridad de IA Generativa\njulio de 2023 - actualidad\n- Mi equipo de ingeniería de seguridad de IA (6 personas) construyó y opera el gateway de LLM del banco sobre Amazon Bedrock, con recuperación RAG, guardrails y registro de prompts; escribí el primer prototipo en Python.\n';
    const p = parseResume(text, { asOf: '2026-11-01' });
    expect(p.experience.entries.map((e) => e.kind)).toEqual([['security', 'ml']]);
  });
});

describe("an employer's dated line over its own dated roles", () => {
  it('is no entry of its own (r49: it names its roles): the first role below it has the duties', () => {
    const text =
      'EXPERIENCE\nAcme Bank — Hanoi                         09/2016 – 12/2022\n  Senior Analytics Engineer               07/2020 – 12/2022\n  ▪ Built the churn model in Python (pandas, scikit-learn).\n  Data Analyst                            09/2016 – 06/2020\n  ▪ SQL reports for the branches.\n';
    const p = parseResume(text, { asOf: '2026-11-01' });
    expect(p.experience.entries.map((e) => [e.organization, e.kind, e.skills])).toEqual([
      ['Acme Bank', ['ml'], ['machine-learning', 'python']],
      ['Acme Bank', ['other'], ['sql']],
    ]);
    expect(p.experience.mlYears).toBe(2.5);
    expect(p.experience.totalYears).toBe(6.33);
  });
});

describe('a two-column PDF whose footer differs from page to page only by its page number (r38)', () => {
  it('sets the footer aside, so that the experience column goes on across the page break beside the sidebar', () => {
    const row = (left: string, right = '') => (left.padEnd(36) + right).trimEnd();
    const footer = (n: number) => `Jane Doe  |  Cloud Security Engineer${' '.repeat(50)}Page ${n} of 2`;
    const page1 = [
      row('', 'JANE DOE'),
      '',
      row('', 'EXPERIENCE'),
      row('CONTACT', 'Acme Cloud - Lyon'),
      row('Lyon, France', 'Cloud Security Engineer                        Mar 2022 - Present'),
      row('jane.doe@example.com', '- Own the AWS security baseline for 60 accounts, all deployed'),
      row('', '  with Terraform and reviewed by the platform team.'),
      row('SKILLS', '- Wrote 40 detections for suspicious IAM and S3 activity.'),
      row('AWS IAM, GuardDuty', ''),
      row('Python, Bash', 'Borealis Digital - Paris'),
      row('', 'Cloud Engineer                                 Aug 2018 - Feb 2022'),
      row('CERTIFICATIONS', '- Built AWS landing zones for 14 enterprise clients with'),
      row('CCSP (2024)', '  Terraform and CloudFormation.'),
      '',
      footer(1),
    ];
    const page2 = [
      row('', 'JANE DOE'),
      '',
      row('EDUCATION', '- Built golden Linux AMIs with Packer and Ansible.'),
      row('BSc Computer Science', '- Ran cost reviews that cut client AWS bills by 20%.'),
      row('Lyon University', ''),
      row('2013 - 2016', 'Nord Telecom - Lille'),
      row('', 'Systems Engineer                               Feb 2017 - Jul 2018'),
      row('LANGUAGES', '- Administered 250 RHEL servers on the billing platform.'),
      row('English, French', '- Three-month rotation through the network operations centre.'),
      '',
      footer(2),
    ];
    const p = parseResume(`${page1.join('\n')}\n\f${page2.join('\n')}\n`, { asOf: '2026-11-01' });
    expect(p.experience.entries.map((e) => [e.title, e.start, e.end])).toEqual([
      ['Cloud Security Engineer', '2022-03', '2026-11'],
      ['Cloud Engineer', '2018-08', '2022-02'],
      ['Systems Engineer', '2017-02', '2018-07'],
    ]);
    expect(p.experience.totalYears).toBe(9.83);
  });
});

describe('an apprenticeship listed under an education heading (r38)', () => {
  it('reads "Ausbildung zum …" under BERUFSAUSBILDUNG as work, and the degrees beside it as study', () => {
    const p = parseResume(
      'BERUFSERFAHRUNG\n\n08/2015 – 09/2016\tIT-Systemadministrator\n\tNordwerk GmbH, Hamm\n\t- Betrieb von 80 Linux-Servern\n\nBERUFSAUSBILDUNG\n\n08/2012 – 07/2015\tAusbildung zum Fachinformatiker für Systemintegration\n\tNordwerk GmbH, Hamm\n\tSchwerpunkte: Linux-Server, Netzwerktechnik\n\nSTUDIUM\n\n10/2016 – 09/2019\tB.Sc. Informatik, Universität Bochum\n',
      { asOf: '2026-11-01' },
    );
    expect(p.experience.entries.map((e) => [e.title, e.start, e.end])).toEqual([
      ['IT-Systemadministrator', '2015-08', '2016-09'],
      ['Ausbildung zum Fachinformatiker für Systemintegration', '2012-08', '2015-07'],
    ]);
    expect(p.experience.totalYears).toBe(4.17);
  });

  it('leaves a degree studied as an apprentice, or dated above an undated apprenticeship, to the education', () => {
    const p = parseResume(
      "EXPÉRIENCE\n\nSept. 2020 – août 2023   Apprenti ingénieur – Analyste SOC, Orange\n\nFORMATION\n\n2020 – 2023   Diplôme d'ingénieur, spécialité cyberdéfense – sous statut apprenti\n",
      { asOf: '2026-11-01' },
    );
    expect(p.experience.entries.map((e) => e.title)).toEqual(['Apprenti ingénieur']);
    const q = parseResume(
      'EXPERIENCE\n\nIT Support Apprentice                 Sept 2014 – Aug 2016\n\nEDUCATION & TRAINING\nBSc (Hons) Cyber Security – The Open University, 2017 – 2022\nLevel 3 Apprenticeship, Infrastructure Technician – completed 2016\n',
      { asOf: '2026-11-01' },
    );
    expect(q.experience.entries.map((e) => e.title)).toEqual(['IT Support Apprentice']);
  });
});

describe('a student job listed under an education heading (r66)', () => {
  it('reads a Werkstudentin or working-student entry under the studies as work, in every language', () => {
    const de = parseResume(
      'Berufserfahrung\n\n01/2013 – 12/2016  Systemadministratorin\n                   Huber GmbH, Freising\n\nAusbildung / Studium\n\n10/2008 – 09/2012  Hochschule Landshut\n                   Studium der Informatik, Abschluss: Diplom-Informatikerin (FH)\n\n09/2008 – 09/2012  Werkstudentin IT-Support, Brauerei Wimmer KG, Landshut\n',
      { asOf: '2026-11-01' },
    );
    expect(de.experience.entries.map((e) => [e.title, e.start, e.end])).toEqual([
      ['Systemadministratorin', '2013-01', '2016-12'],
      ['Werkstudentin IT-Support', '2008-09', '2012-09'],
    ]);
    const en = parseResume(
      'EXPERIENCE\n\nSystems Administrator   01/2013 – 12/2016\n\nEDUCATION\n\nBSc Computer Science, TU Munich   2008 – 2012\nWorking Student, IT Support – Acme GmbH   09/2009 – 08/2012\n',
      { asOf: '2026-11-01' },
    );
    expect(en.experience.entries.map((e) => e.start)).toEqual(['2013-01', '2009-09']);
    const fr = parseResume(
      'EXPÉRIENCE\n\n01/2013 – 12/2016   Administratrice systèmes, Acme\n\nFORMATION\n\n2008 – 2012   Licence informatique, Université de Lyon\n09/2009 – 06/2012   Job étudiant – support informatique, Fnac\n',
      { asOf: '2026-11-01' },
    );
    expect(fr.experience.entries.map((e) => e.start)).toEqual(['2013-01', '2009-09']);
  });
});

describe('a table row flattened to lines: the title cell beside the first bullet of the duties cell (r38)', () => {
  it('reads the cell as the title and its field after a dash as part of it', () => {
    const p = parseResume(
      'PROFESSIONAL EXPERIENCE\n03/2016 – 12/2018\tBanco Horizonte S.A., São Paulo\nIT Auditor – Technology & Cybersecurity\t• Audits of ISO 27001 controls, logical access and change management.\n• SQL queries (Oracle) for full-population testing of user access.\n01/2013 – 02/2016\tAlmeida Auditores Independentes, São Paulo\nSenior Auditor\t• External audits of financial statements for retail clients.\n',
      { asOf: '2026-11-01' },
    );
    expect(p.experience.entries.map((e) => [e.title, e.organization, e.kind])).toEqual([
      ['IT Auditor – Technology & Cybersecurity', 'Banco Horizonte S.A.', ['security']],
      ['Senior Auditor', 'Almeida Auditores Independentes', ['other']],
    ]);
  });
});

describe('a line that profiles the employer between its dated line and the title (r38)', () => {
  it('takes the title from the line under the profile', () => {
    const p = parseResume(
      "EXPÉRIENCES PROFESSIONNELLES\n\nJanv. 2013 – août 2017     MARLOWE & ASSOCIÉS – Paris\n                           Cabinet d'audit et de conseil\n                           Responsable Gouvernance de l'IA et Risques Cyber\n  ▪ Audits ISO 27001 et PCI DSS\n",
      { asOf: '2026-11-01' },
    );
    expect(p.experience.entries.map((e) => [e.title, e.organization])).toEqual([["Responsable Gouvernance de l'IA et Risques Cyber", 'MARLOWE & ASSOCIÉS']]);
  });

  it('takes the title from under a profile wrapped onto a second line that goes on in lowercase (r39)', () => {
    const p = parseResume(
      "EXPÉRIENCE PROFESSIONNELLE\n\nDepuis janvier 2023     ARDENNE COMPUTE SA – Liège\n                        Hébergeur cloud et HPC belge, clusters GPU pour l'entraînement et l'inférence\n                        de modèles d'IA\n                        Ingénieur principal sécurité – plateformes IA\n  ▪ Segmentation réseau des clusters (règles de pare-feu) ; mTLS entre les services.\n",
      { asOf: '2026-11-01' },
    );
    expect(p.experience.entries.map((e) => [e.title, e.organization, e.kind])).toEqual([['Ingénieur principal sécurité', 'ARDENNE COMPUTE SA', ['security']]]);
    expect(p.experience.mlYears).toBe(0);
  });

  it('takes that line whole when it names a job but no plain title ("…, puis Manager (2016) – Audit & Risques Cyber")', () => {
    const p = parseResume(
      "EXPÉRIENCES PROFESSIONNELLES\n\nJanv. 2013 – août 2017     MARLOWE & ASSOCIÉS – Paris\n                           Cabinet d'audit et de conseil\n                           Consultante senior, puis Manager (2016) – Audit & Risques Cyber\n  ▪ Audits ISO 27001 et PCI DSS\n",
      { asOf: '2026-11-01' },
    );
    expect(p.experience.entries.map((e) => [e.title, e.kind])).toEqual([['Consultante senior, puis Manager (2016) – Audit & Risques Cyber', ['security']]]);
  });
});

describe('JSC is a legal suffix (r39)', () => {
  it('reads "Engineer – <team>" over a JSC employer line as the title with its team, the next line as the organisation', () => {
    const p = parseResume(
      'WORK EXPERIENCE\n\nSecurity Test Engineer – AI Red Team                     06/2023 – Present\nMekong Labs JSC, Hanoi (hybrid)\n▪ Red-team the LLM products: prompt injection, jailbreaks.\n',
      { asOf: '2026-11-01' },
    );
    expect(p.experience.entries.map((e) => [e.title, e.organization])).toEqual([['Security Test Engineer – AI Red Team', 'Mekong Labs JSC']]);
  });
});

describe('a dated line of the work history titled as education is study (convention 73)', () => {
  it('leaves an "Education" line with a remark out of the years, and keeps the jobs around it', () => {
    const p = parseResume(
      'WORK HISTORY\nPlatform Engineer — Tessel Labs   02/2019 – 11/2026\n- Ran Kubernetes clusters.\n\nEducation (full-time, evening classes none)   09/2015 – 06/2018\n(not employed in these years)\n\nWarehouse Clerk — Brightway Stores   01/2012 – 08/2015\n- Stock counts.\n',
      { asOf: '2026-11-01' },
    );
    expect(p.experience.entries.map((e) => [e.title, e.months])).toEqual([
      ['Platform Engineer', 94],
      ['Warehouse Clerk', 44],
    ]);
    expect(p.experience.totalYears).toBe(11.5);
  });
  it.each([
    ['EXPERIENCE\nEducation Program Manager — City Museum   03/2020 – 02/2022\n- Ran the school visits programme.\n', 'Education Program Manager', 24],
    ['EXPERIENCE\nHead of Education — Northwind Academy Trust   03/2020 – 02/2022\n- Led a team of six.\n', 'Head of Education', 24],
  ])('keeps a job whose title names education as its field: %s', (text, title, months) => {
    expect(parseResume(text, { asOf: '2026-11-01' }).experience.entries.map((e) => [e.title, e.months])).toEqual([[title, months]]);
  });
});

describe('a relocation or a scholarship programme is no work (r40)', () => {
  it('leaves a dated relocation out of the years', () => {
    const p = parseResume(
      'EXPERIENCE\nData Scientist — Acme Health   03/2016 – 06/2021\n- Built churn models in Python.\n\nRelocation to the United States   08/2014 – 02/2016\n  Immigration and work authorization.\n\nSoftware Developer — Polis Systems   09/2009 – 07/2014\n- C++ desktop software.\n',
      { asOf: '2026-11-01' },
    );
    expect(p.experience.entries.map((e) => [e.title, e.months])).toEqual([
      ['Data Scientist', 64],
      ['Software Developer', 59],
    ]);
  });
  it('leaves a relocation out in German, French and Spanish too', () => {
    const cases = [
      'BERUFSERFAHRUNG\nData Scientist — Acme GmbH   03/2016 – 06/2021\n- Modelle in Python.\n\nUmzug nach Deutschland   08/2014 – 02/2016\n',
      'EXPÉRIENCE\nData Scientist — Acme SA   03/2016 – 06/2021\n- Modèles en Python.\n\nDéménagement en France   08/2014 – 02/2016\n',
      'EXPERIENCIA\nData Scientist — Acme S.L.   03/2016 – 06/2021\n- Modelos en Python.\n\nMudanza a España   08/2014 – 02/2016\n',
    ];
    for (const t of cases) expect(parseResume(t, { asOf: '2026-11-01' }).experience.entries.map((e) => e.months)).toEqual([64]);
  });
  it.each([
    ['EXPERIENCE\nSecurity Engineer — Acme (relocated to London office)  Oct 2016 – Jun 2019\n- Threat modelling.\n', 'Security Engineer', 'Acme'],
    ['BERUFSERFAHRUNG\nSecurity Engineer — Acme GmbH (Umzug nach Berlin)   10/2016 – 06/2019\n- Bedrohungsmodelle.\n', 'Security Engineer', 'Acme GmbH'],
    ['EXPÉRIENCE\nIngénieur sécurité — Acme SA (déménagement à Lyon)   10/2016 – 06/2019\n- Modèles de menace.\n', 'Ingénieur sécurité', 'Acme SA'],
    ['EXPERIENCIA\nIngeniero de seguridad — Acme S.L. (mudanza a Madrid)   10/2016 – 06/2019\n- Modelos de amenazas.\n', 'Ingeniero de seguridad', 'Acme S.L.'],
    [
      'EXPERIENCE\nResearch Engineer — Institute of Technology (scholarship programme)  Oct 2016 – Jun 2019\n- Threat modelling.\n',
      'Research Engineer',
      'Institute of Technology',
    ],
  ])('keeps a job whose header names a relocation or a scholarship beside its title: %s', (text, title, organization) => {
    expect(parseResume(text, { asOf: '2026-11-01' }).experience.entries.map((e) => [e.title, e.organization, e.months])).toEqual([[title, organization, 33]]);
  });
  it('leaves a scholarship programme named in its header out of the years', () => {
    const p = parseResume(
      'EXPERIENCE\nBackend Developer — Rowad   Aug 2019 – Mar 2022\n- Java services.\n\nInstitute of Technology — Full-time scholarship programme   Oct 2018 – Jun 2019\n',
      { asOf: '2026-11-01' },
    );
    expect(p.experience.entries.map((e) => [e.title, e.months])).toEqual([['Backend Developer', 32]]);
  });
  it('leaves a programme at a school under no job title out of the years, not a job there', () => {
    const exp = 'EXPERIENCE\nBackend Developer — Rowad   Aug 2019 – Mar 2022\n- Java services.\n\n';
    const programme = parseResume(
      `${exp}Information Technology Institute (ITI) — Smart Village   Oct 2018 – Jun 2019\n9-month Professional Training Program, Open Source track\n`,
      { asOf: '2026-11-01' },
    );
    expect(programme.experience.entries.map((e) => e.months)).toEqual([32]);
    const job = parseResume(`${exp}Information Technology Institute (ITI) — Smart Village   Oct 2018 – Jun 2019\nTeaching Assistant, Open Source track\n`, {
      asOf: '2026-11-01',
    });
    expect(job.experience.entries.map((e) => e.months)).toEqual([32, 9]);
  });
  it.each([
    ['Stanford University — Information Security Office', 'Vulnerability management program', 'Information Security Office'],
    ['University of Leeds — IT Services', 'Identity and access management programme', 'IT Services'],
    ['University of Leeds — Leeds', 'Migration programme for 40 schools', 'Leeds'],
  ])('keeps a job at a school whose header names a unit, or whose line below names no programme of study: %s', (header, below, title) => {
    const p = parseResume(`EXPERIENCE\nBackend Developer — Rowad   Aug 2019 – Mar 2022\n- Java services.\n\n${header}  Oct 2016 – Jun 2019\n${below}\n`, {
      asOf: '2026-11-01',
    });
    expect(p.experience.entries.map((e) => [e.title, e.months])).toEqual([
      ['Backend Developer', 32],
      [title, 33],
    ]);
  });
  it('still leaves a track studied at a school under a place out of the years', () => {
    const p = parseResume(
      'EXPERIENCE\nBackend Developer — Rowad   Aug 2019 – Mar 2022\n- Java services.\n\nUniversity of Leeds — Leeds  Oct 2016 – Jun 2019\nCloud Security track\n',
      {
        asOf: '2026-11-01',
      },
    );
    expect(p.experience.entries.map((e) => [e.title, e.months])).toEqual([['Backend Developer', 32]]);
  });
  it('reads an MSc in Data and Web Science as data science', () => {
    const p = parseResume('EDUCATION\nMSc in Data and Web Science — Aristotle University of Thessaloniki, 2016\n', { asOf: '2026-11-01' });
    expect(p.education.map((e) => [e.level, e.field])).toEqual([['master', 'data-science']]);
  });
});

describe('a grade or a one-letter name before a year', () => {
  it.each([
    ['EXPERIENCE\nSecurity Engineer II 2019 – 2022\nAcme Corp', 'Security Engineer II', 'Acme Corp', '2019-01', 4],
    ['EXPERIENCE\nSecurity Analyst I 2016 – 2018, Acme Corp', 'Security Analyst I', 'Acme Corp', '2016-01', 3],
  ] as const)('stays in the title and is no month: %j', (text, title, org, start, years) => {
    const p = parseResume(text, { asOf: '2026-11-01' });
    expect(p.experience.entries.map((e) => [e.title, e.organization, e.start])).toEqual([[title, org, start]]);
    expect(p.experience.totalYears).toBe(years);
  });

  it('is a month where the other end of the range is a Roman month too', () => {
    const p = parseResume('EXPERIENCE\nMachine Learning Engineer     IX 2021 – VIII 2023\nAcme Corp', { asOf: '2026-11-01' });
    expect(p.experience.entries.map((e) => [e.title, e.start, e.end])).toEqual([['Machine Learning Engineer', '2021-09', '2023-08']]);
  });
});

describe('"LLM" beside AI words names a large language model, no LL.M.', () => {
  it.each([
    ['EDUCATION\nM.Sc. Computer Science — University of Leeds, 2017\n- No LLM or generative-AI experience yet.', [['master', 'computer-science']]],
    ['EDUCATION\nM.Sc. Computer Science — University of Leeds, 2017\nCapstone: LLM-based triage of AI incident reports.', [['master', 'computer-science']]],
    ['EDUCATION\nM.Sc. Computer Science — University of Leeds, 2017\nLLM security for AI assistants (short course, 2024)', [['master', 'computer-science']]],
    ["EDUCATION\nLLM in International Law — King's College London, 2014", [['master', 'law']]],
    ['EDUCATION\nLLM, University of Cape Town, 2014', [['master', 'law']]],
    // "LLM and"/"LLM or" before a law word is the law degree.
    ['EDUCATION\nLLM and JD, Georgetown University Law Center, 2015', [['master', 'law']]],
  ])('%s', (text, want) => {
    const p = parseResume(text, { asOf: '2026-11-01' });
    expect(p.education.map((e) => [e.level, e.field])).toEqual(want);
  });
});

describe('layouts of r49: the jitter of a column and the date cells of a flattened table', () => {
  it('reads a dated line left of the bullet text above it as the next header, not a wrapped line', () => {
    const text = [
      'EXPERIENCE',
      'AI Security Analyst                                03/2024 – present',
      'Zuiderzee Verzekeringen N.V., Utrecht',
      '• Assess every new AI use case before go-live: 41 assessments so',
      '  far, from claims-fraud models to the customer-service assistant.',
      ' Information Security Officer                       09/2020 – 02/2024',
      'Stichting Zorgnet Midden, Amersfoort',
      '• Ran the ISMS under ISO 27001.',
    ].join('\n');
    const p = parseResume(text, { asOf: '2026-11-01' });
    expect(p.experience.entries.map((e) => [e.title, e.organization, e.start, e.end])).toEqual([
      ['AI Security Analyst', 'Zuiderzee Verzekeringen N.V.', '2024-03', '2026-11'],
      ['Information Security Officer', 'Stichting Zorgnet Midden', '2020-09', '2024-02'],
    ]);
  });

  it('reads the From and To cells of a tab-separated row as one range', () => {
    const text = [
      'PROFESSIONAL EXPERIENCE',
      'Employer\tPosition\tLocation\tFrom\tTo',
      'Coronado Systems Corp.\tSenior Machine Learning Engineer\tSan Diego, CA\t10/2021\tPresent',
      '•\tTrain and evaluate passive-sonar contact classifiers in PyTorch.',
      'San Diego Coastal University – RF Signals Lab\tUndergraduate Research Assistant (paid, 15 h/wk)\tSan Diego, CA\t01/2016\t05/2018',
      '•\tTrained RF modulation classifiers with Python.',
    ].join('\n');
    const p = parseResume(text, { asOf: '2026-11-01' });
    expect(p.experience.entries.map((e) => [e.title, e.organization, e.start, e.end])).toEqual([
      ['Senior Machine Learning Engineer', 'Coronado Systems Corp.', '2021-10', '2026-11'],
      ['Undergraduate Research Assistant (paid, 15 h/wk)', 'San Diego Coastal University', '2016-01', '2018-05'],
    ]);
  });

  it.each([
    // Two cells only: no table's row.
    'EXPERIENCE\nSecurity Engineer at Acme Corp 05/2019  06/2021\n- Ran the SIEM.',
    // The later date first: no range.
    'EXPERIENCE\nSecurity Engineer  Acme Corp  06/2021  05/2019\n- Ran the SIEM.',
  ])('joins no date cells that make no range of a row: %j', (text) => {
    const p = parseResume(text, { asOf: '2026-11-01' });
    expect(p.experience.entries.map((e) => [e.start, e.end])).toEqual([]);
  });
});

describe('two positions on a line that opens with the employer and wraps inside the second title (r49)', () => {
  it('reads the employer before the dash, each title whole, and the duties under both', () => {
    const text = [
      'EXPERIENCE',
      '',
      'Quokka Health, Sydney  —  Principal Security Architect (Jul 2019 to Feb 2021) · Lead ML Security',
      'Engineer (Mar 2021 to Aug 2023)',
      '  ▪ Security architecture reviews; rolled out AWS Security Hub and GuardDuty across 40 accounts.',
    ].join('\n');
    const p = parseResume(text, { asOf: '2026-11-01' });
    expect(p.experience.entries.map((e) => [e.title, e.organization, e.start, e.end, e.skills.includes('cloud-security')])).toEqual([
      ['Principal Security Architect', 'Quokka Health', '2019-07', '2021-02', true],
      ['Lead ML Security Engineer', 'Quokka Health', '2021-03', '2023-08', true],
    ]);
  });
});

describe('a company line over its roles (r49)', () => {
  it('names the roles under a company line that also gives its place', () => {
    const text = [
      'EXPERIENCE',
      '',
      'Datalia Analytics · Barcelona                 Sep 2018 – Jan 2023',
      'ML Platform Engineer                          May 2020 – Jan 2023',
      '- Built MLflow tracking on GKE.',
      '',
      'DevOps Engineer                               Sep 2018 – Apr 2020',
      '- GitLab CI/CD for 40 services.',
    ].join('\n');
    const p = parseResume(text, { asOf: '2026-11-01' });
    expect(p.experience.entries.map((e) => [e.title, e.organization, e.start, e.end])).toEqual([
      ['ML Platform Engineer', 'Datalia Analytics', '2020-05', '2023-01'],
      ['DevOps Engineer', 'Datalia Analytics', '2018-09', '2020-04'],
    ]);
  });

  it('names them after the company, not its place, when the place is read first', () => {
    const text = [
      'EXPERIENCE',
      '',
      'Valencia | Talaia Software S.L.     03/2021 – Present',
      'Security Engineer    06/2023 – Present',
      '- Threat modelling.',
      'AppSec Engineer    03/2021 – 05/2023',
      '- Code review.',
    ].join('\n');
    const p = parseResume(text, { asOf: '2026-11-01' });
    expect(p.experience.entries.map((e) => [e.title, e.organization])).toEqual([
      ['Security Engineer', 'Talaia Software S.L.'],
      ['AppSec Engineer', 'Talaia Software S.L.'],
    ]);
  });

  it('names them after the employer, not a remark in brackets, and reads a role back from a leave as work', () => {
    const text = [
      'WORK EXPERIENCE',
      '',
      'since 04.2018      Kestrel Managed Security GmbH, Nuremberg  (MSSP, 24/7 SOC, ~140 clients)',
      '',
      '  06/2022 – 06/2023     Senior SOC Analyst  (back from parental leave)',
      '  02/2022 – 05/2022     Parental leave (Elternzeit)',
      '  01/2021 – 01/2022     Senior SOC Analyst',
      '                        - Threat hunting in Splunk ES.',
    ].join('\n');
    const p = parseResume(text, { asOf: '2026-11-01' });
    expect(p.experience.entries.filter((e) => !e.title.startsWith('Parental')).map((e) => [e.title, e.organization, e.start, e.end])).toEqual([
      ['Senior SOC Analyst', 'Kestrel Managed Security GmbH', '2022-06', '2023-06'],
      ['Senior SOC Analyst', 'Kestrel Managed Security GmbH', '2021-01', '2022-01'],
    ]);
    expect(p.experience.totalYears).toBe(2.17);
  });
});

describe('one job listed twice: in a summary table, then with its duties (r49)', () => {
  it('keeps the entry with the description', () => {
    const text = [
      'EMPLOYMENT HISTORY',
      'From      To        Employer                       Position                        Location',
      '09/2021   Present   Halvorsen Defense Systems      Senior Machine Learning         Chantilly, VA',
      '                                                   Engineer',
      '03/2018   08/2021   Corvid Analytics LLC (prime:   Data Scientist                  Reston, VA',
      '                    Army INSCOM)',
      '',
      'Halvorsen Defense Systems – Senior Machine Learning Engineer (09/2021 – Present)',
      '• Train and fine-tune PyTorch object-detection models.',
      '',
      'Corvid Analytics LLC – Data Scientist (03/2018 – 08/2021)',
      '• Built TensorFlow/Keras text classifiers.',
    ].join('\n');
    const p = parseResume(text, { asOf: '2026-11-01' });
    expect(p.experience.entries.map((e) => [e.title, e.organization, e.start, e.end])).toEqual([
      ['Senior Machine Learning Engineer', 'Halvorsen Defense Systems', '2021-09', '2026-11'],
      ['Data Scientist', 'Corvid Analytics LLC', '2018-03', '2021-08'],
    ]);
  });
});

describe('a date range in the last cell of a title line, cut by a hard wrap (r53)', () => {
  it.each([
    [
      'its end year on the next line',
      'EXPERIENCE\nData Scientist                          Jan 2019 – Jul 2021\n- Built models.\n\nGraduate Research Assistant             Aug 2016 – Dec\n2018\nRadar Laboratory, Alabama University\n- Trained CNN classifiers.\n',
      ['Data Scientist | - | 2019-01–2021-07 | 31', 'Graduate Research Assistant | Radar Laboratory | 2016-08–2018-12 | 29'],
    ],
    [
      '"Present" on the next line',
      'EXPERIENCE\nMachine Learning Engineer II                  Aug 2021 –\n                                               Present\nRedstone Systems, Inc.  —  Huntsville, AL\n- Trained detectors.\n',
      ['Machine Learning Engineer II | Redstone Systems | 2021-08–2026-11 | 64'],
    ],
  ])('reads the range whole: %s', (_name, raw, expected) => {
    expect(read(raw).entries.map(show)).toEqual(expected);
  });

  it('leaves an open range as it is when the year on the next line is before its start', () => {
    expect(
      read('EXPERIENCE\nSecurity Engineer                  2021 –\n2019\n- Ran the SOC.\n').entries.map(
        (e) => `${formatYearMonth(e.start)}–${formatYearMonth(e.end)}`,
      ),
    ).toEqual(['2021-01–2026-11']);
  });

  it('leaves an open range as it is when the next line is no end of it', () => {
    expect(read('EXPERIENCE\nData Scientist                  Mar 2019 –\nAcme Analytics\n- Built models.\n').entries.map(show)).toEqual([
      'Data Scientist | Acme Analytics | 2019-03–2026-11 | 93',
    ]);
  });
});

describe('a date column whose end word lost its year to the next line (r132)', () => {
  it.each([
    [
      'a season range',
      'APPOINTMENTS\nAutumn 2019 – present   Lecturer in Data Science, Harrowgate College\n                        - Built course notebooks.\nAutumn 2016 – Spring    Research Engineer, Optics Group,\n2019                    Tarnwell Institute\n                        - Trained CNN classifiers.\n',
      ['Lecturer in Data Science | Harrowgate College | 2019-09–2026-11 | 87', 'Research Engineer, Optics Group | Tarnwell Institute | 2016-09–2019-05 | 33'],
    ],
    [
      'a month range',
      'EXPERIENCE\nOct 2017 – June         Data Analyst, Pellworth Bank\n2020                    - Wrote SQL reports.\n',
      ['Data Analyst | Pellworth Bank | 2017-10–2020-06 | 33'],
    ],
  ])('reads the range whole: %s', (_name, raw, expected) => {
    expect(read(raw).entries.map(show)).toEqual(expected);
  });

  it('leaves the first cell as it is when the year below is before its start', () => {
    const entries = read('EXPERIENCE\nSpring 2021 – Fall       Tutor, Pellworth College\n2019                     - Marked essays.\n').entries;
    expect(entries.map((e) => `${formatYearMonth(e.start)}–${formatYearMonth(e.end)}`)).toEqual(['2021-03–2021-05']);
  });
});

describe('a full-time student between jobs (r53)', () => {
  it('is no work', () => {
    const p = parseResume(
      'EXPERIENCE\nIT Operations Analyst            Jan 2021 - Aug 2025\nCommonwealth Freight Lines\n- Monitored server uptime.\n\nTransition: full-time student (GI Bill)          Jun 2020 - Dec 2020\n\nIntelligence Analyst, Sergeant     Jun 2012 - May 2020\nU.S. Army\n- Briefed commanders.\n',
      { asOf: '2026-11-01' },
    );
    expect(p.experience.entries.map((e) => [e.title, e.months])).toEqual([
      ['IT Operations Analyst', 56],
      ['Intelligence Analyst, Sergeant', 96],
    ]);
    expect(p.experience.totalYears).toBe(12.67);
  });
});

describe("positions with their own dates after the employer's period, duties in blocks under 'As <title>:' (r53)", () => {
  const raw =
    'CAREER HISTORY\n\nSept 2019 to date\tHarrow & Vale Insurance plc, London — Head of AI Governance (2023– ) · Senior Privacy Counsel (2019–2023)\n\n\tAs Head of AI Governance (team of 4):\n\t•\tSet up the AI Governance Committee and the firm-wide AI inventory.\n\tAs Senior Privacy Counsel:\n\t•\tRan the DPIA programme and advised on GDPR issues.\n';
  it('reads each position within the period, with its own block', () => {
    const { text, entries } = read(raw);
    expect(entries.map(show)).toEqual([
      'Head of AI Governance | Harrow & Vale Insurance plc | 2023-01–2026-11 | 47',
      'Senior Privacy Counsel | Harrow & Vale Insurance plc | 2019-09–2023-12 | 52',
    ]);
    expect(entries.map((e) => text.slice(e.bodyStart, e.bodyEnd).trim())).toEqual([
      '- Set up the AI Governance Committee and the firm-wide AI inventory.',
      '- Ran the DPIA programme and advised on GDPR issues.',
    ]);
  });
  it("dates each skill to its own position's block and title", () => {
    const p = parseResume(raw, { asOf: '2026-11-01' });
    expect(p.experience.entries.map((e) => [e.title, e.skills])).toEqual([
      ['Head of AI Governance', ['ai-governance', 'team-leadership']],
      ['Senior Privacy Counsel', ['privacy']],
    ]);
  });
});

describe("a service's line with a title of its own over the positions dated inside it (r54)", () => {
  it('reads the positions as the work and the service line as no kind of work', () => {
    const text = [
      'EXPERIENCE',
      'UNITED STATES AIR FORCE                   09/2012 - 08/2018',
      'Staff Sergeant (E-5), honorable discharge',
      '',
      'Cyber Warfare Operations (1B4X1)             04/2015 - 08/2018',
      '688th Cyberspace Wing, JBSA-Lackland TX',
      '- Defensive cyber ops: hunted on AF networks with Snort/Zeek sensors, IDS signature tuning',
      '',
      'Cyber Transport Systems (3D1X2)             09/2012 - 03/2015',
      '52nd Comm Squadron, Spangdahlem AB, Germany',
      '- Installed and maintained base fiber/copper backbone, Cisco switches and routers',
      '',
    ].join('\n');
    const p = parseResume(text, { asOf: '2026-11-01' });
    const umbrella = p.experience.entries.find((e) => e.start === '2012-09' && e.end === '2018-08');
    expect(umbrella?.kind).toEqual(['other']);
    expect(umbrella?.skills).toEqual([]);
    expect(p.experience.securityYears).toBe(3.42);
    expect(p.skills.find((s) => s.id === 'security-monitoring')?.years).toBe(3.42);
  });
});

describe('a title of rating or labelling data for models is no ML work (r52, r55)', () => {
  const kinds = (text: string) => parseResume(text, { asOf: '2026-11-01', languages: allLanguages }).experience.entries.map((e) => e.kind);
  it.each([
    [
      '2023 - 2025  AI Trainer, Outlier (freelance)\n  Wrote and graded chatbot answers to Python coding questions; ranked model outputs for RLHF fine-tuning of LLMs.',
    ],
    ['2023 - 2025  Data Annotator, Acme Labs\n  Labeled images for machine learning models; ranked LLM responses for RLHF in Python notebooks.'],
    ['2023 - 2025  AI Data Rater (freelance), Quorra Labs\n  Rated machine learning model outputs; wrote preference data for RLHF of LLMs in Python.'],
  ])('%s', (entry) => {
    expect(kinds(`EXPERIENCE\n${entry}\n`)).toEqual([['other']]);
  });
  it('keeps a title that builds models ML work', () => {
    expect(kinds('EXPERIENCE\n2023 - 2025  ML Engineer, Acme Labs\n  Trained machine learning models in Python; fine-tuned LLMs with RLHF.\n')).toEqual([
      ['ml'],
    ]);
  });
});

describe('a title of cyber threat intelligence is security work (r60)', () => {
  const kinds = (text: string) => parseResume(text, { asOf: '2026-11-01', languages: allLanguages }).experience.entries.map((e) => e.kind);
  it.each([
    'EXPERIENCIA\nAnalista de Ciberinteligencia\nBanco Sur\njunio 2019 – diciembre 2022\n- Informes semanales de inteligencia; threat hunting en Splunk.\n',
    'EXPÉRIENCE\nAnalyste Cyberrenseignement\nBanque du Nord\n06/2019 – 12/2022\n- Rapports hebdomadaires ; threat hunting dans Splunk.\n',
    'EXPERIENCE\nCTI Analyst, Northbank\n06/2019 – 12/2022\n- Weekly intelligence reports; threat hunting in Splunk.\n',
  ])('%#', (text) => {
    expect(kinds(text)).toEqual([['security']]);
  });
});

describe('a title of information assurance is security work (r82)', () => {
  const kinds = (text: string) => parseResume(text, { asOf: '2026-11-01', languages: allLanguages }).experience.entries.map((e) => e.kind);
  it.each([
    'EXPERIENCE\nInformation Assurance Engineer (Apr 2009 – Oct 2012)\n- Accreditation packages for ground systems; segmentation design for test ranges.\n',
    'EXPERIENCE\nSenior Information Assurance Analyst, Redstone Federal\n06/2015 – 12/2019\n- Wrote system security plans and tracked POA&M items.\n',
    'BERUFSERFAHRUNG\nReferent Informationssicherung, Bundesamt Nord\n01/2016 – 12/2020\n- Akkreditierung von Systemen.\n',
    'EXPERIENCIA\nTécnico de aseguramiento de la información, Ministerio Sur\n01/2016 – 12/2020\n- Acreditación de sistemas.\n',
  ])('%#', (text) => {
    expect(kinds(text)).toEqual([['security']]);
  });
});

describe("a consultant's dated engagements listed under a label inside the firm's job (r64)", () => {
  const read = (text: string) => parseResume(text, { asOf: '2026-11-01', languages: allLanguages }).experience;
  const en = [
    'ASHFORD KERR LLP, Toronto',
    '',
    'Manager, Technology Risk                                   Sept 2019 – present',
    'Selected engagements:',
    '  Oct 2019 – Jan 2020   SOX 404 ITGC testing supporting the financial statement audit of a grocery chain.',
    '  Apr 2020 – Dec 2020   ISO 27001 internal audit and gap assessment for a payments fintech; wrote the',
    '                        nonconformity report and remediation plan.',
    '  Jan 2021 – Jun 2021   Parental leave.',
    '  Feb 2024 – Nov 2024   AI risk assurance of a GenAI customer-service chatbot for a telco; ran',
    '                        prompt-injection and jailbreak tests against the production guardrails.',
    '',
    'Audit Associate, Assurance                                 Sept 2017 – Aug 2019',
    '- Financial statement audits of retail clients.',
    '',
    'EDUCATION',
    'Bachelor of Commerce, Ryerson Lakeshore University - 2017',
  ].join('\n');

  it('keeps the job (no volunteering heading), takes the leave out, and reads each engagement by its own duties', () => {
    const x = read(en);
    expect(x.totalYears).toBe(8.75);
    // ISO 27001 audit Apr–Dec 2020 (9) + the chatbot's security testing Feb–Nov 2024 (10).
    expect(x.securityYears).toBe(1.58);
    expect(x.mlYears).toBe(0);
    expect(x.entries.map((e) => e.kind)).toEqual([['other'], ['other'], ['security'], ['security'], ['other']]);
  });

  it('reads engagements as list items with their dates in brackets, each by its duties', () => {
    const x = read(
      [
        'EXPERIENCE',
        '',
        'Technology Risk Consultant, Halden & Co LLP, London                        Jan 2018 – present',
        'Key engagements:',
        '  - [Feb 2018 – Oct 2018] ISO 27001 internal audit and gap assessment for an online bank.',
        '  - [Nov 2018 – Jun 2019] Revenue and lease testing for a retail group (financial audit).',
        "  - [Jul 2019 – Mar 2020] Penetration test of an insurer's web applications; wrote the findings report.",
        '  - [Jan 2022 – Dec 2023] Built and deployed a fraud-detection model in Python and scikit-learn for a bank.',
      ].join('\n'),
    );
    expect(x.totalYears).toBe(8.92);
    expect(x.securityYears).toBe(1.5);
    expect(x.mlYears).toBe(2);
  });

  it('reads French missions and German projects under a neutral title the same way', () => {
    const fr = read(
      [
        'EXPÉRIENCE PROFESSIONNELLE',
        '',
        'Consultante senior, Cabinet Varenne Conseil, Paris                          Janv. 2018 – aujourd’hui',
        'Missions :',
        '  Févr. 2018 – Oct. 2018   Audit ISO 27001 et analyse d’écarts pour une banque en ligne.',
        '  Nov. 2018 – Juin 2019    Pilotage financier et contrôle de gestion pour un groupe de distribution.',
        '  Juil. 2019 – Mars 2020   Test d’intrusion des applications web d’un assureur ; rapport de vulnérabilités.',
      ].join('\n'),
    );
    expect(fr.totalYears).toBe(8.92);
    expect(fr.securityYears).toBe(1.5);
    const de = read(
      [
        'BERUFSERFAHRUNG',
        '',
        'Senior Consultant, Nordlicht Beratung GmbH, Berlin          03/2019 – heute',
        'Projekte:',
        '  - 04/2019 – 12/2019: ISO-27001-Audit und Gap-Analyse für einen Zahlungsdienstleister',
        '  - 01/2020 – 09/2020: Finanzberichterstattung und Umsatzprüfung für einen Einzelhändler',
      ].join('\n'),
    );
    expect(de.totalYears).toBe(7.75);
    expect(de.securityYears).toBe(0.75);
  });

  it('leaves dated duties with no label over them to the job ("- Since 2024, prompt-injection tests …")', () => {
    const x = read(
      [
        'EXPERIENCE',
        '',
        'Security Consultant, Acme Advisory                    Jan 2019 – present',
        '- Web application penetration tests for banks.',
        '- Since Feb 2024: prompt-injection and jailbreak tests of LLM chatbots.',
      ].join('\n'),
    );
    expect(x.entries).toHaveLength(1);
  });
});

describe('a held language whose years run over the entries that use a framework done in it', () => {
  const years = (text: string, id: string) => parseResume(text, { asOf: '2026-11-01' }).skills.find((s) => s.id === id)?.years;

  it.each([
    [
      'EXPERIENCE\nML Engineer, Harbor Labs  Jan 2022 – Dec 2025\n- Trained ranking models in PyTorch.\n\nData Analyst, Quill  Jan 2020 – Dec 2021\n- Reports in Python and SQL.\n',
      6,
    ],
    ['SKILLS\nPython, SQL\n\nEXPERIENCE\nResearch Engineer, Vela  Mar 2021 – Feb 2024\n- Speech models built with TensorFlow and served on GPUs.\n', 3],
    [
      'BERUFSERFAHRUNG\n01/2023 – 12/2024  Data Scientist, Nordwerk\n- Bildklassifikation mit PyTorch\n\n01/2021 – 12/2022  Werkstudent, Kaibach\n- Auswertungen in Python/pandas\n',
      4,
    ],
  ])('%#: counts the framework entries for Python', (text, want) => {
    expect(years(text, 'python')).toBe(want);
  });

  it('gives a language the person does not hold no years from a framework', () => {
    const text = 'EXPERIENCE\nML Engineer, Harbor Labs  Jan 2022 – Dec 2025\n- Trained ranking models in PyTorch.\n';
    expect(years(text, 'python')).toBeUndefined();
  });
});

describe("a French header line that opens with an elided 'd'' before its range (r74)", () => {
  const read = (text: string) => parseResume(text, { asOf: '2026-11-01', languages: allLanguages }).experience.entries.map((e) => `${e.title} | ${e.months}`);
  it.each([
    [
      "EXPÉRIENCE\nDe mai 2020 à aujourd'hui – Ingénieure sécurité cloud\nBanque du Centre – Lyon\n▪ Durcissement des comptes AWS.\n\nD'octobre 2016 à avril 2020 – Administratrice systèmes\nHôpital Nord – Lille\n▪ Gestion des serveurs Linux.\n",
      ['Ingénieure sécurité cloud | 79', 'Administratrice systèmes | 43'],
    ],
    ['EXPÉRIENCE PROFESSIONNELLE\nD’août 2018 à juin 2022 — Analyste SOC\nNexalis — Rennes\n• Surveillance des alertes SIEM.\n', ['Analyste SOC | 47']],
  ])('%#', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});

describe('bullets under a multi-position employer that open with a year range and a colon are dated duties (r74)', () => {
  const years = (text: string) =>
    Object.fromEntries(
      parseResume(text, { asOf: '2026-11-01', languages: allLanguages })
        .skills.filter((s) => s.id === 'sql' || s.id === 'pytorch')
        .map((s) => [s.id, s.years]),
    );
  it.each([
    'EXPERIENCE\nNORTHBANK — Leeds   06/2016 – present\nML Engineer   Jan 2021 – present\nData Analyst   Jun 2016 – Dec 2020\n\n• 2021–now: trained fraud models in PyTorch.\n• 2016–20: reporting in SQL on the warehouse.\n',
    "EXPÉRIENCE\nNORTHBANK — Leeds   06/2016 – aujourd'hui\nIngénieur ML   janv. 2021 – aujourd'hui\nAnalyste de données   juin 2016 – déc. 2020\n\n• 2021–auj. : modèles de fraude entraînés avec PyTorch.\n• 2016–20 : reporting en SQL sur l'entrepôt.\n",
  ])('%#', (text) => {
    expect(years(text)).toEqual({ pytorch: 5.92, sql: 4.58 });
  });
});

describe('roles at one employer sharing a list whose items open with their years (r74)', () => {
  const head =
    'EXPERIENCE\n\nHARBOUR BANK — Leeds                                                 03/2017 – present\nSecurity Engineer, Detection                                         Jan 2022 – present\nData Analyst, Finance                                                Mar 2017 – Dec 2021\n\nKey contributions\n';
  const tail = '\nOTHER CO — York\nClerk                         Jan 2015 – Dec 2016\n• Filing\n';
  const read = (items: string) => {
    const p = parseResume(head + items + tail, { asOf: '2026-11-01' });
    return [p.experience.securityYears, p.skills.find((s) => s.id === 'mentoring')?.years];
  };

  it('gives each role the items whose years it overlaps most', () => {
    // Security Engineer: Jan 2022 – Nov 2026 = 59 months; the undated item goes with the Data Analyst's (Mar 2017 – Dec 2021 = 58).
    expect(
      read(
        '• 2022–now: run the Splunk detection pipeline and triage phishing alerts\n  for the retail bank\n• 2017–21: built churn dashboards in Tableau\n• Mentored two analysts\n• 2019–21: SQL reporting for the finance team\n',
      ),
    ).toEqual([4.92, 4.83]);
    // The items of one role standing apart: the list stays shared.
    expect(
      read(
        '• 2022–now: run the Splunk detection pipeline and triage phishing alerts\n  for the retail bank\n• 2017–21: built churn dashboards in Tableau\n• Mentored two analysts\n• 2022–now: SQL reporting for the finance team\n',
      )[1],
    ).toBe(9.75);
  });
});

describe('an earlier grade "until" a quarter inside an ATS title is no entry of its own (r75)', () => {
  it.each([
    'WORK HISTORY\nEmployer: Redfield Systems\nJob Title: Senior ML Engineer (ML Engineer II until Q4 2024)\nStart Date: Q3 2022        End Date: Present\nDescription:\n- Trained detection models in PyTorch.\n',
    'WORK HISTORY\nEmployer: Redfield Systems\nJob Title: Lead Data Scientist (Data Scientist through Summer 2023)\nStart Date: Q3 2021        End Date: Present\nDescription:\n- Built churn models with XGBoost.\n',
  ])('%#', (text) => {
    const entries = parseResume(text, { asOf: '2026-11-01' }).experience.entries;
    expect(entries.map((e) => [e.start, e.end])).toEqual([[entries[0]?.start, '2026-11']]);
    expect(entries).toHaveLength(1);
  });
});

describe('a quarter or season a certification was issued in is no validity that ended (r75)', () => {
  const certs = (text: string) =>
    parseResume(text, { asOf: '2026-11-01' })
      .certifications.map((c) => c.id)
      .sort();
  it.each([
    ['CERTIFICATIONS\nCompTIA Security+ ce -- Issued: Q1 2023 -- Status: Active\n', ['security-plus']],
    ['CERTIFICATIONS\nCISSP (ISC2), earned Summer 2020\n', ['cissp']],
    ['CERTIFICATIONS\nCKA – Certified Kubernetes Administrator, Q2 2024\n', ['cka']],
    ['CERTIFICATIONS\nCompTIA Security+ -- Q1 2019 to Q1 2022\n', []],
  ])('%j', (text, expected) => {
    expect(certs(text)).toEqual(expected);
  });
});

describe('the r78 round (English): validating the models others build', () => {
  const ml = (title: string, duties: string) =>
    parseResume(`EXPERIENCE\n${title} | Acme Bank | Jan 2019 – Dec 2022\n${duties}\n`, { asOf: '2026-11-01', language: 'en' }).experience.mlYears;
  it.each([
    [
      'Model Validation Analyst',
      '- Validated gradient boosted credit models: discrimination (Gini, AUC), stability.\n- Re-ran the developers’ performance tests in Python (scikit-learn).',
    ],
    [
      'Senior Model Risk Analyst',
      '- Independent review of XGBoost fraud models and their documentation.\n- Replicated benchmark tests with scikit-learn and pandas.',
    ],
    [
      'Manager, Model Validation',
      '- Independent validation of random forest and neural network scorecards.\n- Back-testing and sensitivity analysis in Python (scikit-learn).',
    ],
  ])('a validator of models others built does no ML work: %s', (title, duties) => {
    expect(ml(title, duties)).toBe(0);
  });
  it.each([
    ['- Validated PD and LGD scorecards; rebuilt challenger models in Python (scikit-learn, XGBoost) to benchmark them.'],
    ['- Reviewed vendor fraud models; rebuilt two of them in scikit-learn and LightGBM as challengers.'],
  ])('rebuilding a challenger model is building one: %s', (duties) => {
    expect(ml('Model Validation Analyst', duties)).toBe(4);
  });
  it('a validator who builds challenger models does ML work', () => {
    expect(
      ml(
        'Model Validation Analyst',
        '- Built challenger models (gradient boosting, logistic regression) in scikit-learn to benchmark vendor scorecards.\n- Trained XGBoost models on the same data.',
      ),
    ).toBe(4);
  });
});

describe('the r78 round (English): a federal résumé’s employer line over a place line over the title', () => {
  it.each([
    [
      'EXPERIENCE\nHarborview Analytics, LLC                                   04/2020 - Present\nArlington, VA  United States                                Hours per week: 40\nData Scientist II (contractor supporting DHS)              Salary: available on request\n- Built churn models.\n',
      'Data Scientist II (contractor supporting DHS) | Harborview Analytics | 2020-04–2026-11 | 80',
    ],
    [
      'WORK EXPERIENCE\nU.S. Department of Energy                                   01/2015 - 12/2019\nGermantown, MD  United States                               Hours per week: 40\nIT Specialist (INFOSEC), GS-2210-12                         Salary: $98,000 per year\n- Ran vulnerability scans.\n',
      'IT Specialist (INFOSEC), GS-2210-12 | U.S. Department of Energy | 2015-01–2019-12 | 60',
    ],
  ])('the title is the line under the place: %#', (raw, want) => {
    expect(read(raw).entries.map(show)).toEqual([want]);
  });
});

describe('the r79 round: machine-learning years run over every ML job', () => {
  const mlYears = (text: string) => parseResume(text, { asOf: '2026-11-01' }).skills.find((s) => s.id === 'machine-learning')?.datedYears;
  it.each([
    'EXPERIENCE\nData Scientist, Acme  Jan 2025 – Dec 2025\n- Deployed the fraud models to Azure ML endpoints; drift monitoring with Evidently.\n\nData Scientist, Acme  Jan 2023 – Dec 2024\n- Trained fraud-detection models in scikit-learn and XGBoost.\n',
    'EXPERIENCE\nML Engineer, Beta  Jan 2025 – Dec 2025\n- Served the ranking models on KServe with canary releases.\n\nData Scientist, Gamma  Jan 2023 – Dec 2024\n- Built churn models with scikit-learn.\n',
    'EXPÉRIENCE\nData Scientist, Acme  janv. 2025 – déc. 2025\n- Mise en production des modèles de scoring sur Azure ML.\n\nData Scientist, Acme  janv. 2023 – déc. 2024\n- Modèles de détection de fraude (scikit-learn, XGBoost).\n',
  ])('an ML job that names no ML skill of its own still counts: %#', (text) => {
    expect(mlYears(text)).toBe(3);
  });
  it('a job of other work does not', () => {
    expect(
      mlYears(
        'EXPERIENCE\nBackend Developer, Acme  Jan 2025 – Dec 2025\n- Built the billing API in Go.\n\nData Scientist, Acme  Jan 2023 – Dec 2024\n- Trained churn models with scikit-learn.\n',
      ),
    ).toBe(2);
  });
});

describe('a German compound job title over its employer (r81)', () => {
  it.each([
    [
      'BERUFSERFAHRUNG\n\nNetzwerksicherheitsingenieur\nNetAsia Systems Integration Pte Ltd, Singapur          Juli 2011 – Dez. 2015\n• Betreuung von Firewalls und IPsec-VPNs.\n',
      'Netzwerksicherheitsingenieur',
    ],
    [
      'BERUFSERFAHRUNG\n\nSystemingenieurin\nOrbis Data Services Ltd, London          März 2014 – Dez. 2018\n• Betrieb der Linux-Server.\n',
      'Systemingenieurin',
    ],
  ])('%j reads the title, not the employer', (text, title) => {
    const p = parseResume(text, { asOf: '2026-11-01' });
    expect(p.experience.entries.map((e) => e.title)).toEqual([title]);
  });
});

describe('a work-history table with its start and end in columns of their own (r82)', () => {
  const dated = (raw: string) => parseResume(raw, { asOf: '2026-11-01' }).experience.entries.map((e) => [e.title, e.start, e.end, e.current]);

  it('joins the From and To cells of each row, and runs an empty To beside "Current: Yes" to the present', () => {
    expect(
      dated(
        'WORK EXPERIENCE\n| # | Job Title | Company | From | To | Current |\n|---|---|---|---|---|---|\n| 1 | Cloud Security Engineer | Nordwind Systems | 03/2022 |  | Yes |\n| 2 | Systems Administrator | Harbor Logistics | 06/2017 | 02/2022 | No |\n\n[1] Cloud Security Engineer - Nordwind Systems\n- Hardened AWS accounts with GuardDuty and Security Hub.\n\n[2] Systems Administrator - Harbor Logistics\n- Ran Linux servers and backups.\n',
      ),
    ).toEqual([
      ['Cloud Security Engineer', '2022-03', '2026-11', true],
      ['Systems Administrator', '2017-06', '2022-02', false],
    ]);
  });

  it('reads the same table in German ("Von", "Bis", "Aktuell", "Ja")', () => {
    expect(
      dated(
        'BERUFSERFAHRUNG\n| Position | Arbeitgeber | Von | Bis | Aktuell |\n|---|---|---|---|---|\n| Data Scientist | Kestrel GmbH | 04/2021 |  | Ja |\n| Werkstudent Data Analytics | Falke AG | 10/2018 | 03/2021 | Nein |\n',
      ),
    ).toEqual([
      ['Data Scientist', '2021-04', '2026-11', true],
      ['Werkstudent Data Analytics', '2018-10', '2021-03', false],
    ]);
  });

  it('leaves an empty To unread where the current-job cell says no, and reads "Start date | End date" headers', () => {
    expect(
      dated(
        'EXPERIENCE\n| Employer | Title | Start date | End date | Current job |\n| Acme Corp | SOC Analyst | 2019-01 | 2021-06 | No |\n| Beta LLC | Help Desk Technician | 2016-05 |  | No |\n',
      ),
    ).toEqual([['SOC Analyst', '2019-01', '2021-06', false]]);
  });
});

describe("a federal résumé's title under the employer's labelled fields (r82)", () => {
  const read = (text: string) =>
    parseResume(text, { asOf: '2026-11-01', languages: allLanguages }).experience.entries.map((e) => [e.title, e.organization, e.kind]);

  it('reads the title line after "Grade Level:" and "Hours per week:" and the header as the organisation', () => {
    expect(
      read(
        'WORK EXPERIENCE\n\nOffice of the Chief Data and AI Officer, Department of Energy          04/2020 - Present\nWashington, DC US\nGrade Level: GS-14\nHours per week: 40\nIT Specialist (INFOSEC)\nDuties, Accomplishments and Related Skills:\n- Assess machine learning models for evasion with the Adversarial Robustness Toolbox.\n- Review security controls for AI platforms under RMF.\n',
      ),
    ).toEqual([['IT Specialist (INFOSEC)', 'Office of the Chief Data and AI Officer', ['security']]]);
  });

  it('skips a remark in brackets and the place before the fields', () => {
    expect(
      read(
        'WORK EXPERIENCE\n\nNational Geospatial Agency          06/2016 - 03/2020\n(formerly the Imagery Analysis Center)\nSpringfield, VA US\nSalary: $98,000 Per Year\nData Scientist\nDuties, Accomplishments and Related Skills:\n- Trained object-detection models in PyTorch.\n',
      ),
    ).toEqual([['Data Scientist', 'National Geospatial Agency', ['ml']]]);
  });

  it('keeps the header when no labelled field stands before the line with a job word', () => {
    expect(
      read('EXPERIENCE\n\nSecurity Engineer — Acme Corp          01/2019 - 12/2021\nLed a team of analysts in the SOC.\n- Tuned Splunk rules.\n').map(
        (r) => r[0],
      ),
    ).toEqual(['Security Engineer']);
  });
});

describe('a title under its employer, after it only its place (r87)', () => {
  it.each([
    [
      'Helixguard AI                                   Sep 2022 – Present\nPrincipal Solutions Engineer, AI Security  |  Remote (Denver, CO)\n• Ran POCs.\n',
      'Principal Solutions Engineer, AI Security',
      'Helixguard AI',
    ],
    [
      'Northwind Labs                                  Mar 2019 – Aug 2022\nSenior Sales Engineer  |  Boulder, CO\n• Ran demos.\n',
      'Senior Sales Engineer',
      'Northwind Labs',
    ],
    ['Kestrel Data                                    Jan 2018 – Feb 2019\nData Analyst | Remote\n• Wrote SQL.\n', 'Data Analyst', 'Kestrel Data'],
  ])('%j', (body, title, organization) => {
    const [entry] = parseResume(`EXPERIENCE\n${body}`, { asOf: '2026-11-01' }).experience.entries;
    expect(entry?.title).toBe(title);
    expect(entry?.organization).toBe(organization);
  });
});

describe('an ATS export whose work history is one long line of labelled fields (r95)', () => {
  it('reads each numbered record as an entry, an empty end date beside "Current Job: Yes" as the present', () => {
    const p = parseResume(
      'Work History: [1] Job Title: Detection Engineer; Company: Lowfield Bank plc; Location: Glasgow; Start Date: 04/2022; End Date: ; Current Job: Yes; Description: • Wrote Sigma rules for the SOC and tuned Splunk searches • Automated alert enrichment in Python [2] Job Title: SOC Analyst; Company: Lowfield Bank plc; Location: Glasgow; Start Date: 09/2019; End Date: 03/2022; Current Job: No; Description: • Triage of SIEM alerts on night shifts\n',
      { asOf: '2026-11-01' },
    );
    expect(p.experience.entries.map((e) => [e.title, e.organization, e.start, e.end])).toEqual([
      ['Detection Engineer', 'Lowfield Bank plc', '2022-04', '2026-11'],
      ['SOC Analyst', 'Lowfield Bank plc', '2019-09', '2022-03'],
    ]);
  });
});

describe('an ML library that attacks or tests are written with, under a security title (r91)', () => {
  // The attack is what is made; the library after "in"/"with" is its tool: no ML work of the entry.
  it.each([
    [
      'EXPERIENCE\nAI Red Team Engineer, Acme Labs   Jan 2020 – Dec 2021\n- Wrote evasion attacks in PyTorch against the fraud models\n- Ran jailbreak campaigns\n',
      ['security'],
      0,
    ],
    [
      'EXPERIENCE\nAI Red Team Engineer, Acme Labs   Jan 2020 – Dec 2021\n- Implemented model-extraction attacks (query-based) with PyTorch\n- Ran jailbreak campaigns\n',
      ['security'],
      0,
    ],
    [
      'BERUFSERFAHRUNG\nAI Red Team Engineer, Acme Labs GmbH   01/2020 – 12/2021\n- Entwickelte Evasion-Angriffe mit PyTorch gegen Betrugsmodelle\n- Jailbreak-Kampagnen\n',
      ['security'],
      0,
    ],
    [
      "EXPÉRIENCE PROFESSIONNELLE\nAI Red Team Engineer, Acme Labs SA   01/2020 – 12/2021\n- Développé des attaques d'évasion en PyTorch contre les modèles de fraude\n- Campagnes de jailbreak\n",
      ['security'],
      0,
    ],
    // Models trained with it, or built and tested, are ML work still.
    [
      'EXPERIENCE\nAI Red Team Engineer, Acme Labs   Jan 2020 – Dec 2021\n- Trained image classifiers in PyTorch\n- Ran jailbreak campaigns\n',
      ['security', 'ml'],
      2,
    ],
    [
      'EXPERIENCE\nAI Red Team Engineer, Acme Labs   Jan 2020 – Dec 2021\n- Built and tested fraud models in PyTorch\n- Ran jailbreak campaigns\n',
      ['security', 'ml'],
      2,
    ],
    [
      'EXPERIENCE\nAI Red Team Engineer, Acme Labs   Jan 2020 – Dec 2021\n- Ran evasion tests of the fraud models and retrained them with adversarial training in PyTorch\n- Ran jailbreak campaigns\n',
      ['security', 'ml'],
      2,
    ],
  ])('%j', (text, kind, ml) => {
    const p = parseResume(text, { asOf: '2026-11-01' });
    expect([p.experience.entries.map((e) => e.kind), p.experience.mlYears]).toEqual([[kind], ml]);
  });
});

describe('a form record whose position line is followed by another labelled line, then a label that opens the duties', () => {
  const read = (raw: string) =>
    parseResume(raw, { asOf: '2026-11-01' }).experience.entries.map((e) => `${e.title} | ${e.organization ?? '-'} | ${e.kind.join(',')}`);

  it('reads the position as the title, not a duty line that opens with a job word, in German ("Teamgröße:", "Aufgaben:")', () => {
    expect(
      read(
        'BERUFSERFAHRUNG\n\n1. Kranich Datenwerk GmbH, Leipzig\t\t\t01.03.2020 bis heute\n\nPosition: Lead Engineer – MLSecOps\t\t\t\t\tMai 2024 – heute\nTeamgröße: 5\nAufgaben:\nLeitung eines Teams von 5 Engineers für die Absicherung der ML-Plattform.\n',
      ),
    ).toEqual(['Lead Engineer – MLSecOps | 1. Kranich Datenwerk GmbH, Leipzig | security,ml']);
  });

  it('reads it so in French ("Poste :", "Équipe :", "Missions :")', () => {
    expect(
      read(
        "EXPÉRIENCE PROFESSIONNELLE\n\n1. Héron Numérique SAS, Lyon\t\t\t01.03.2020 à aujourd'hui\n\nPoste : Lead Engineer – MLSecOps\t\t\t\t\tjuin 2024 – aujourd'hui\nÉquipe : 4 personnes\nMissions :\nResponsable de la sécurité de la plateforme ML et des tests d'intrusion des modèles.\n",
      ),
    ).toEqual(['Lead Engineer – MLSecOps | 1. Héron Numérique SAS, Lyon | security,ml']);
  });

  it('reads it so in Spanish ("Puesto:", "Equipo:", "Funciones:")', () => {
    expect(
      read(
        'EXPERIENCIA PROFESIONAL\n\n1. Garza Analítica S.L., Madrid\t\t\t01.03.2020 – actualidad\n\nPuesto: Lead Engineer – MLSecOps\t\t\t\t\tjunio 2024 – actualidad\nEquipo: 6 personas\nFunciones:\nJefe del equipo que protege la plataforma de ML frente a ataques adversarios.\n',
      ),
    ).toEqual(['Lead Engineer – MLSecOps | 1. Garza Analítica S.L., Madrid | security,ml']);
  });

  it('reads a plain title so, the field under it no organisation ("Team Size: 4", "Responsibilities:")', () => {
    const record = (mid: string) =>
      read(
        `PROFESSIONAL EXPERIENCE\n\n1. Heronsgate Analytics Ltd., London\t\t\t01.04.2021 to Till Date\n\nDesignation: Security Engineer\t\t\t\t\tJun 2025 – Till Date\n${mid}Responsibilities:\n- Hardened the Kubernetes clusters.\n`,
      );
    expect(record('Team Size: 4\n')).toEqual(['Security Engineer | 1. Heronsgate Analytics Ltd., London | security']);
    expect(record('')).toEqual(['Security Engineer | 1. Heronsgate Analytics Ltd., London | security']);
  });

  it('reads a plain title so in German ("Teamgröße: 5", "Aufgaben:")', () => {
    expect(
      read(
        'BERUFSERFAHRUNG\n\n1. Kranich Datenwerk GmbH, Leipzig\t\t\t01.03.2020 bis heute\n\nPosition: Security Engineer\t\t\t\t\tMai 2024 – heute\nTeamgröße: 5\nAufgaben:\n- Härtung der Kubernetes-Cluster.\n',
      ),
    ).toEqual(['Security Engineer | 1. Kranich Datenwerk GmbH, Leipzig | security']);
  });

  it('reads a plain title so in French, a field with a space before its colon no organisation ("Équipe : 4 personnes")', () => {
    expect(
      read(
        "EXPÉRIENCE PROFESSIONNELLE\n\n1. Héron Numérique SAS, Lyon\t\t\t01.03.2020 à aujourd'hui\n\nPoste : Ingénieur sécurité\t\t\t\t\tjuin 2024 – aujourd'hui\nÉquipe : 4 personnes\nMissions :\n- Tests d'intrusion.\n",
      ),
    ).toEqual(['Ingénieur sécurité | 1. Héron Numérique SAS, Lyon | security']);
  });

  it('reads a Wingdings arrow read as "Ø" as a bullet ("Ø  Leitung eines Teams …")', () => {
    expect(
      read(
        'BERUFSERFAHRUNG\n\n1. Kranich Datenwerk GmbH, Leipzig\t\t\t01.03.2020 bis heute\n\nPosition: Lead Engineer – MLSecOps\t\t\t\t\tMai 2024 – heute\nTeamgröße: 5\nØ\tLeitung eines Teams von 5 Engineers für die Absicherung der ML-Plattform.\n',
      ),
    ).toEqual(['Lead Engineer – MLSecOps | 1. Kranich Datenwerk GmbH, Leipzig | security,ml']);
  });
});

describe('leave on a line of its own, dated inside a job that runs on past it', () => {
  it.each([
    // Under the same employer, at the roles' depth, after the role's duties.
    [
      'EXPERIENCE\n09/2019 – present    Corvid Health Ltd, York\n\n  02/2024 – present  Security Lead\n                     - Runs the ISMS\n  09/2019 – 01/2024  Systems Engineer\n                     - Patching and backups\n  05/2021 – 10/2021  Parental leave\n',
      6.75,
    ],
    // Jobs that say the leave paused them ("ruhte während der Elternzeit"), the leave listed below them.
    [
      'BERUFSERFAHRUNG\n01.2019 – heute   Datenanalystin, Kliniknetz Süd\n                  - Auswertungen in SQL\n                  (unterbrochen durch Elternzeit)\n\n06.2021 – 05.2022  Elternzeit\n\n01.2016 – 12.2018  Werkstudentin, Ostbank\n                  - Berichte\n',
      9.92,
    ],
    [
      "EXPÉRIENCE PROFESSIONNELLE\n01/2019 – aujourd'hui  Analyste de données, Clinique du Lac\n                       - Requêtes SQL\n                       (interrompu par un congé parental)\n\n06/2021 – 05/2022  Congé parental\n",
      6.92,
    ],
  ])('is taken off that job: %j', (text, total) => {
    expect(parseResume(text, { asOf: '2026-11-01' }).experience.totalYears).toBe(total);
  });

  it('leaves a job at another employer that runs through it whole', () => {
    const text =
      'EXPERIENCE\nNorthwind Bank\nCloud Engineer\nJan 2022 - Present\n- Terraform modules\n\nParental leave\nMar 2020 - Dec 2021\n\nCloud Engineer\nJan 2018 - Feb 2020\n- AWS accounts\n\nCity College\nPart-time Lecturer\nJan 2018 - Present\n- Teaches Python\n';
    expect(parseResume(text, { asOf: '2026-11-01' }).experience.totalYears).toBe(8.92);
  });
});

describe('a main column whose entries indent their text after a date cell, beside a sidebar (r110)', () => {
  const row = (left: string, right: string) => `${left.padEnd(28)}${right}`.trimEnd();
  it('reads the sidebar and the main column apart, the column starting at its dates', () => {
    const lines = [
      row('CONTACT', 'PROFILE'),
      row('Strandkaien 4, Bergen', 'Detection engineer with ten years of SIEM'),
      row('+47 555 01 234', 'content and cloud detections for banks.'),
      '',
      row('SKILLS', 'WORK HISTORY'),
      row('Go          ●●●●○', '03/2019 – today   Staff Security Engineer'),
      row('Terraform   ●●●○○', '                  Halden Grid AS, Bergen'),
      row('Kubernetes  ●●●○○', '                  ▪ Built the detection pipeline in Go on'),
      row('', '                    Kubernetes, with Terraform modules.'),
      row('CERTIFICATES', '                  ▪ Ran the quarterly purple-team days.'),
      row('Associate of ISC2', ''),
      row('(CISSP exam passed,', '01/2015 – 02/2019  Security Engineer'),
      row('endorsement pending)', '                  Fjordbank ASA, Bergen'),
      row('', '                  ▪ Operated the SIEM and wrote its rules,'),
      row('LANGUAGES', '                    tuned its noisy correlation searches'),
      row('Norwegian  native', '                    and retired the stale ones.'),
      row('English    C1', '                  ▪ Led the phishing response runbooks.'),
      '',
      row('', 'EDUCATION'),
      row('', '2010 – 2014        M.Sc. Informatics, University of Bergen'),
      row('', 'PUBLICATIONS'),
      row('', 'Two workshop papers on detection engineering.'),
    ];
    const p = parseResume(lines.join('\n'), { asOf: '2026-11-01' });
    expect(p.text).toContain('CERTIFICATES\nAssociate of ISC2\n(CISSP exam passed,\nendorsement pending)');
    expect(p.certifications.map((c) => c.id)).toEqual([]);
    expect(p.experience.entries.map((e) => [e.title, e.start, e.end])).toEqual([
      ['Staff Security Engineer', '2019-03', '2026-11'],
      ['Security Engineer', '2015-01', '2019-02'],
    ]);
  });
});
describe('a duty that opens with the date it began, inside a job (r111)', () => {
  const entries = (text: string) =>
    parseResume(text, { asOf: '2026-11-01' }).experience.entries.map((e) => [e.title, e.start, e.end, e.skills.includes('threat-modeling')]);

  it('stays a duty of the job, and the duties after it stay the whole job’s', () => {
    const text =
      'WORK HISTORY\n\nLead Consultant\nHarrowgate Assurance GmbH, Bremen\t05/2019 – present\n\tInfrastructure penetration tests for utilities,\n\tabout forty engagements a year.\n\tSince 2023: Red teaming of customer chatbots and agents,\n\tprompt injection and jailbreaks.\n\tSTRIDE threat models for the payment gateways\n\tbefore each release.\n\nNetwork Administrator\nOstkai Shipping AG, Bremen\t02/2015 – 04/2019\n\tFirewall rules and VPN gateways.\n';
    expect(entries(text)).toEqual([
      ['Lead Consultant', '2019-05', '2026-11', true],
      ['Network Administrator', '2015-02', '2019-04', false],
    ]);
  });

  it('is still an entry when the text after the colon names a job, or when no job above holds its dates', () => {
    const job =
      'EXPERIENCE\n\nData Engineer\nWestmark Logistics, Leeds\t01/2020 – present\n\tPipelines in Airflow.\n\t2021 – 2022: Analyst, Westmark Logistics\n';
    expect(entries(job).map((e) => e[0])).toEqual(['Data Engineer', 'Analyst, Westmark Logistics']);
    const outside =
      'EXPERIENCE\n\nData Engineer\nWestmark Logistics, Leeds\t01/2020 – 12/2021\n\tPipelines in Airflow.\n\tSince 2022: freelance data pipelines for retailers\n';
    expect(entries(outside).map((e) => e[0])).toEqual(['Data Engineer', 'freelance data pipelines for retailers']);
  });
});

describe('a register of models built for oversight (r110)', () => {
  const kinds = (text: string) => parseResume(text, { asOf: '2026-11-01' }).experience.entries.map((e) => e.kind);

  it.each([
    [
      'EXPERIENCE\nHead of Model Risk — Calder Mutual   Mar 2021 – Present\n- Built the group’s ML model inventory (90 models) and the approval workflow for new models\n',
    ],
    [
      'BERUFSERFAHRUNG\nLeiterin Modellrisiko — Calder Versicherung   03/2021 – heute\n- Aufbau des ML-Modell Inventar mit 90 Modellen und des Freigabeprozesses\n',
    ],
  ])('is no ML work under a model-risk title: %j', (text) => {
    expect(kinds(text)).toEqual([['other']]);
  });

  it('leaves a model the person built ML work', () => {
    expect(
      kinds('EXPERIENCE\nHead of Model Risk — Calder Mutual   Mar 2021 – Present\n- Built challenger ML models in scikit-learn for the credit book\n'),
    ).toEqual([['ml']]);
  });
});

describe('what pupils and learners did, in a teacher’s entry (r111)', () => {
  it.each([
    "EXPÉRIENCE PROFESSIONNELLE\nEnseignant en informatique — Lycée du Port   sept. 2018 – aujourd'hui\n- Encadrement des projets : les élèves ont entraîné des classifieurs avec TensorFlow.\n- Rédaction des TP de réseaux et des scripts de correction en Python.\n",
    "EXPÉRIENCE PROFESSIONNELLE\nFormatrice réseaux — Centre de formation du Port   sept. 2018 – aujourd'hui\n- Suivi des projets : les apprenants ont entraîné des classifieurs avec TensorFlow.\n- Rédaction des TP de réseaux et des scripts de correction en Python.\n",
  ])('gives the teacher no skill of theirs and no ML work: %j', (text) => {
    const p = parseResume(text, { asOf: '2026-11-01' });
    expect(p.skills.map((s) => s.id)).not.toContain('tensorflow');
    expect(p.skills.map((s) => s.id)).toContain('python');
    expect(p.experience.mlYears).toBe(0);
  });
});

describe('headings of military service, co-op terms and board roles', () => {
  const entries = (text: string) => parseResume(text, { asOf: '2026-11-01' }).experience.entries.map((e) => [e.title, e.start, e.end]);

  it('reads a sidebar block under "MILITARY" as work, and a board role under "BOARDS & AFFILIATIONS" as none', () => {
    const text =
      'EXPERIENCE\nSecurity Engineer, Halden Energy      Jan 2015 – Dec 2016\n- Firewall reviews\n\nEDUCATION\nB.S. Computer Science —\nOakridge University, 2006\nMILITARY\nU.S. Navy, Cryptologic\nTechnician,\n2007 – 2010\nHonorable discharge\nBOARDS & AFFILIATIONS\nISACA Chapter, treasurer (2019–2021)\n';
    expect(entries(text)).toEqual([
      ['Security Engineer, Halden Energy', '2015-01', '2016-12'],
      ['Technician', '2007-01', '2010-12'],
    ]);
  });

  it('reads jobs under "Co-op terms" as work', () => {
    const text =
      'EXPERIENCE\nSecurity Analyst, Halden Energy      Jan 2016 – Dec 2018\n- SIEM triage\n\nEDUCATION\nBSc Computing, Lakeview University      2011 – 2015\n\nCO-OP TERMS\nQA Developer (co-op), Lakeview Systems      May 2014 – Aug 2014\n- Test automation in Java\n';
    expect(entries(text)).toEqual([
      ['Security Analyst, Halden Energy', '2016-01', '2018-12'],
      ['QA Developer (co-op), Lakeview Systems', '2014-05', '2014-08'],
    ]);
  });
});

describe('the roles of the people hired, after a headcount and a participle (r103)', () => {
  it('gives the manager none of the roles’ skills in German, as in English', () => {
    const skills = (text: string) => parseResume(text, { asOf: '2026-11-01' }).skills.map((s) => s.id);
    expect(
      skills(
        'BERUFSERFAHRUNG\nLeiter Datenplattform — Kormoran Bank   04/2020 – heute\n- Gruppe von 3 auf 12 Personen aufgebaut (MLOps Engineers, Data Engineers)\n',
      ),
    ).not.toContain('mlops');
    expect(
      skills(
        'EXPERIENCE\nHead of Data Platform — Kormoran Bank   Apr 2020 – Present\n- Grew the group from 3 to 12 people (MLOps engineers, data engineers)\n',
      ),
    ).not.toContain('mlops');
  });
});

describe('a teaching post held inside doctoral study (r57, r102)', () => {
  const entries = (text: string) =>
    parseResume(text, { asOf: '2026-11-01' })
      .experience.entries.filter((e) => e.months > 0)
      .map((e) => e.title);

  it.each([
    'EXPERIENCE\nPostdoctoral Researcher, Vireo Lab      10/2022 – present\n- Poisoning defences in PyTorch\n\nTEACHING\n2019 – 2021   Teaching assistant (during PhD), "Applied Cryptography"\n',
    'EXPERIENCE\nPostdoctoral Researcher, Vireo Lab      10/2022 – present\n- Poisoning defences in PyTorch\n\nTEACHING\n2019 – 2021   Lab demonstrator, MSc Data Mining, Vireo University (within PhD studentship)\n',
  ])('is part of that study, no job: %j', (text) => {
    expect(entries(text)).toEqual(['Postdoctoral Researcher, Vireo Lab']);
  });

  it('keeps a teaching post with no such remark a job', () => {
    expect(
      entries(
        'EXPERIENCE\nPostdoctoral Researcher, Vireo Lab      10/2022 – present\n- Poisoning defences\n\nTEACHING\n2019 – 2021   Teaching assistant, "Applied Cryptography"\n',
      ),
    ).toEqual(['Postdoctoral Researcher, Vireo Lab', 'Teaching assistant, "Applied Cryptography"']);
  });
});

describe('a table of jobs whose title opens the row under the dates and employer (r102, r104)', () => {
  const entries = (text: string) => parseResume(text, { asOf: '2026-11-01' }).experience.entries.map((e) => [e.title, e.organization, e.kind]);

  it('reads the first cell as the title and keeps the duty beside it', () => {
    const text =
      'Berufserfahrung\nZeitraum\tArbeitgeber / Position\tAufgaben\n05/2020 – heute\tKarstwerk Energie AG, Fulda\nSecurity Engineer Cloud\tSicherheitsarchitektur der Azure-Landing-Zone mit Azure Policy\n\t\tAnbindung von SaaS-Anwendungen an Entra ID per SAML\n03/2014 – 04/2020\tWeserhafen Logistik GmbH, Bremen\nNetzwerk- und Security-Administrator\tBetrieb der Check-Point-Firewalls und IPsec-VPNs\n';
    const p = parseResume(text, { asOf: '2026-11-01' });
    expect(entries(text)).toEqual([
      ['Security Engineer Cloud', 'Karstwerk Energie AG', ['security']],
      ['Netzwerk- und Security-Administrator', 'Weserhafen Logistik GmbH', ['security']],
    ]);
    expect(p.skills.find((s) => s.id === 'azure')?.years).toBe(6.58);
  });

  it('reads German compound titles of security officers and administrators as titles', () => {
    const text =
      'BERUFSERFAHRUNG\nseit 01/2022        Stadtwerke Ohmtal GmbH, Marburg\n                    Informationssicherheitsbeauftragter (ISB)\n                    – Betrieb des ISMS nach ISO 27001\n\n08/2016 – 12/2021   Druckhaus Lahn GmbH, Gießen\n                    Systemadministratorin\n                    – Betrieb von Linux-Servern\n';
    expect(entries(text)).toEqual([
      ['Informationssicherheitsbeauftragter (ISB)', 'Stadtwerke Ohmtal GmbH', ['security']],
      ['Systemadministratorin', 'Druckhaus Lahn GmbH', ['other']],
    ]);
  });
});

describe('an IT audit of security controls written as a German compound (r105)', () => {
  it('is security work, as in English', () => {
    const kinds = (text: string) => parseResume(text, { asOf: '2026-11-01' }).experience.entries.map((e) => e.kind);
    expect(
      kinds(
        'BERUFSERFAHRUNG\nSenior, IT-Audit — Lahnprüf AG   09/2017 – 06/2021\n• ITGC- und IT-Sicherheitskontrollprüfungen für Banken: logischer Zugriff, Change; SOC-2-Typ-II-Berichte\n',
      ),
    ).toEqual([['security']]);
    expect(
      kinds(
        'EXPERIENCE\nSenior, IT Audit — Lahnprüf AG   Sep 2017 – Jun 2021\n• ITGC and IT security control testing for banks: logical access, change; SOC 2 Type II reports\n',
      ),
    ).toEqual([['security']]);
  });
});

describe('an underwriter of cyber risks (r103)', () => {
  it('prices others’ security: no security work, and the insureds’ tools are no skills of theirs', () => {
    const p = parseResume(
      "EXPERIENCE\nCyber Underwriter — Kestrel Syndicate   Mar 2021 – present\n ▪ Priced 400 risks a year from broker submissions and partners' scan reports\n ▪ Typical insured stacks: Microsoft 365, AWS, CrowdStrike EDR, Okta MFA, Splunk SIEM\n ▪ Claims liaison on ransomware notifications; incident response handled by panel firms\n",
      { asOf: '2026-11-01' },
    );
    expect(p.experience.entries.map((e) => e.kind)).toEqual([['other']]);
    expect(p.experience.securityYears).toBe(0);
    expect(p.skills.map((s) => s.id)).not.toContain('aws');
  });
});

describe('two positions on a header line cut before the first one’s dates (r108)', () => {
  const raw =
    "EXPERIENCE\n\nOrvane Labs (a defence and health contractor), Leeds -- Principal Data Engineer\n(Apr '17 - Aug '21); Director of Engineering, Cloud Platform (Sep '21 - now)\n\nDir of Eng, Cloud Platform\n- Managed 9 engineers across two squads\n\nPrincipal Data Engineer\n- Built Spark ingestion jobs in Scala\n";

  it('reads both positions with their own dates, under the employer named before the dash', () => {
    expect(read(raw).entries.map(show)).toEqual([
      'Principal Data Engineer | Orvane Labs | 2017-04–2021-08 | 53',
      'Director of Engineering, Cloud Platform | Orvane Labs | 2021-09–2026-11 | 63',
    ]);
  });

  it('gives each position the block under its title, written in full or with shortened words', () => {
    const p = parseResume(raw, { asOf: '2026-11-01' });
    const [first, second] = p.experience.entries;
    expect(first?.skills).not.toContain('team-leadership');
    expect(first?.skills).toContain('data-engineering');
    expect(second?.skills).toContain('team-leadership');
    expect(second?.skills).not.toContain('data-engineering');
  });

  it('keeps a header whose next line is no bracket of dates followed by another position apart', () => {
    expect(read("EXPERIENCE\n\nOrvane Labs -- Principal Data Engineer\n(Apr '17 - Aug '21)\n- Built Spark jobs\n").entries.map(show)).toEqual([
      'Principal Data Engineer | Orvane Labs | 2017-04–2021-08 | 53',
    ]);
  });
});

describe('a German IT security auditor (r109)', () => {
  it('reads the title "IT-Sicherheitsprüferin" as security work, as "IT Security Auditor" is', () => {
    const p = parseResume('BERUFSERFAHRUNG\nIT-Sicherheitsprüferin — Acme Prüfung GmbH   09/2018 – 06/2020\n- Kontrolltests für Kunden\n', {
      asOf: '2026-11-01',
    });
    expect(p.experience.entries.map((e) => e.kind)).toEqual([['security']]);
    expect(p.experience.securityYears).toBe(1.83);
  });
});

describe('Spanish headings of an academic CV (r108)', () => {
  it('ends the education section at teaching, supervision and funded-projects headings', () => {
    const p = parseResume(
      'FORMACIÓN\n2019   Máster en Física, Universidad de Tarsia\n\nDOCENCIA\n2021 – 2023  Profesora ayudante, «Óptica I»\n\nSUPERVISIÓN Y MENTORÍA\nDirectora de cuatro trabajos de fin de\nmáster (2021 – 2025).\n\nPROYECTOS FINANCIADOS\n2024 – 2026   HALO-LLM (agencia regional), investigadora\n',
      { asOf: '2026-11-01' },
    );
    expect(p.education.map((e) => `${e.level}/${e.field}`)).toEqual(['master/physics']);
  });
});

describe('native CV layouts and wording (r118)', () => {
  const kinds = (raw: string) =>
    parseResume(raw, { asOf: '2026-11-01' }).experience.entries.map((e) => `${e.title} | ${e.organization ?? '-'} | ${e.start}–${e.end} | ${e.kind.join(',')}`);

  it.each([
    [
      'EXPERIENCIA\n▪ Analista de datos — Ferrovial Datos, Sevilla\n  mar. 2021 – actualidad\n  - Cuadros de mando en SQL\n\n▪ Becario de analítica — Banco Sur\n  ene. 2020 – feb. 2021\n  - Limpieza de datos en Python\n',
      ['Analista de datos | Ferrovial Datos | 2021-03–2026-11 | other', 'Becario de analítica | Banco Sur | 2020-01–2021-02 | other'],
    ],
    [
      'EXPERIENCE\n• Data Analyst — Pellor Retail, Leeds\n  Mar 2021 – Present\n  - SQL dashboards for stores\n',
      ['Data Analyst | Pellor Retail | 2021-03–2026-11 | other'],
    ],
  ])('reads a bulleted "Title — Employer" over a line of its dates alone as the entry header: %s', (raw, want) => {
    expect(kinds(raw)).toEqual(want);
  });

  it('keeps a bulleted duty over an indented range as a duty when it names no job', () => {
    const p = parseResume('EXPERIENCE\nData Analyst — Pellor Retail   2019 – 2023\n- Built the churn dashboards — weekly\n  2020 – 2021\n', {
      asOf: '2026-11-01',
    });
    expect(p.experience.entries.map((e) => e.title)).toEqual(['Data Analyst']);
  });

  it('reads bulleted roles with their dates in brackets under one employer as positions', () => {
    const raw =
      'EXPÉRIENCES\nOrvane Conseil – Rennes      sept. 2016 – août 2020\n> Ingénieure DevSecOps (janv. 2019 – août 2020)\n  Intégration de Trivy dans GitLab CI\n> Ingénieure DevOps (sept. 2016 – déc. 2018)\n  Déploiements Docker\n';
    expect(kinds(raw).slice(-2)).toEqual([
      'Ingénieure DevSecOps | Orvane Conseil | 2019-01–2020-08 | security',
      'Ingénieure DevOps | Orvane Conseil | 2016-09–2018-12 | other',
    ]);
  });

  it('takes a company line with a legal suffix as the employer even when its name holds a job word ("Partner")', () => {
    const raw =
      'WERDEGANG\n\nLindqvist & Partner Beratungsgesellschaft mbH\n  Prüfungsleiterin IT-Sicherheit\n  Jan. 2019 - Juni 2021\n  ISMS-Prüfungen nach ISO 27001 bei Mandanten\n';
    expect(kinds(raw)).toEqual(['Prüfungsleiterin IT-Sicherheit | Lindqvist & Partner Beratungsgesellschaft mbH | 2019-01–2021-06 | security']);
  });

  it('reads an audit of the information security management system, written with a hyphen, as security work', () => {
    const p = parseResume(
      'WERDEGANG\nIT-Revisorin, Konzernrevision — Acme Bank AG\n03/2020 – 02/2022\nPrüfungen des Informationssicherheits-Managementsystems (ISO 27001) und Berichte an den Vorstand\n',
      { asOf: '2026-11-01' },
    );
    expect(p.experience.entries.map((e) => e.kind)).toEqual([['security']]);
    expect(p.experience.securityYears).toBe(2);
  });
});

describe('native degree wording (r118)', () => {
  const edu = (raw: string) => parseResume(raw, { asOf: '2026-11-01' }).education.map((e) => `${e.level}/${e.field}`);

  it('reads a pre-Bologna five-year Spanish engineering degree as a master', () => {
    expect(edu('FORMACIÓN\n2001 – 2007   Ingeniera de Telecomunicación (plan antiguo, 5 años)\n              Universidad de Valtierra\n')).toEqual([
      'master/electrical-engineering',
    ]);
    expect(edu('FORMACIÓN\n2003 – 2008   Ingeniero en Informática (plan de 5 años), Universidad de Valtierra\n')).toEqual(['master/computer-science']);
  });

  it('keeps a teacher-training master at field "other" despite the specialty under it', () => {
    expect(
      edu(
        'FORMACIÓN\nMáster Universitario en Profesorado de Educación Secundaria\n(especialidad Tecnología e Informática) - Universidad de Valtierra - 2018\n',
      ),
    ).toEqual(['master/other']);
  });
});

describe('a title that wraps in its own column, beside a date column (s48)', () => {
  const column = (date: string, text: string) => `  ${date.padEnd(22)}${text}`;
  it("reads the lowercase rest set at the title's x as part of the title", () => {
    const raw = [
      'WORK EXPERIENCE',
      '',
      column('01/03/2022–present', 'Platform engineer, Identity'),
      column('', 'and Access team'),
      column('', 'Kestrel Freight Ltd, Leeds'),
      column('', '- Ran the SSO roll-out'),
    ].join('\n');
    expect(read(raw).entries.map(show)).toEqual(['Platform engineer, Identity and Access team | Kestrel Freight Ltd | 2022-03–2026-11 | 57']);
  });
  it('leaves a lowercase line set elsewhere, or a long one, out of the title', () => {
    const raw = [
      'WORK EXPERIENCE',
      '',
      column('01/03/2022–present', 'Platform engineer'),
      column('', 'Kestrel Freight Ltd, Leeds'),
      column('', 'responsible for the SSO roll-out across the whole group'),
    ].join('\n');
    expect(read(raw).entries.map((e) => e.title)).toEqual(['Platform engineer']);
  });
});

describe('positions listed as bullets, each with its duty after a colon (s48)', () => {
  it('reads each bullet as a dated position, its dates in brackets after a term', () => {
    const raw = [
      'EXPERIENCE',
      'Security Analyst, Norrland Bank  Sep 2015 – Jun 2018',
      '- Ran the vulnerability scans',
      '',
      'Placements (Lakehead University)',
      '  • Web Developer co-op, Tamarack Games, Ottawa — Winter 2014 (January – April 2014): PHP',
      '    fixes for the store front.',
      '  • QA co-op, Birchline Rail, Montreal — Fall 2014 (September – December 2014): test scripts.',
    ].join('\n');
    expect(read(raw).entries.map((e) => `${e.title} | ${formatYearMonth(e.start)}–${formatYearMonth(e.end)} | ${e.months}`)).toEqual([
      'Security Analyst | 2015-09–2018-06 | 34',
      'Web Developer co-op, Tamarack Games, Ottawa | 2014-01–2014-04 | 4',
      'QA co-op, Birchline Rail, Montreal | 2014-09–2014-12 | 4',
    ]);
  });
  it('keeps a dated duty bullet with no job in it a duty', () => {
    const raw = ['EXPERIENCE', 'Security Analyst, Norrland Bank  Sep 2015 – Jun 2018', '- Audit of the branch network (Jan – Apr 2017): firewall rules.'].join(
      '\n',
    );
    expect(read(raw).entries.map((e) => e.title)).toEqual(['Security Analyst']);
  });
});

describe('audits under an offensive-testing title (convention 60)', () => {
  const auditOf = (text: string) => parseResume(text, { asOf: '2026-11-01' }).skills.some((s) => s.id === 'audit');
  it.each([
    ['English', 'EXPERIENCE\nPenetration Tester | Brightwall Labs | Jan 2019 – Jun 2024\n- Ran audits of web shops and wrote the audit reports for clients'],
    [
      'French',
      "EXPÉRIENCE\nAuditeur sécurité / Pentesteur | Cabinet Vexel | janv. 2019 – juin 2024\n- Audits de configuration des pare-feu et rédaction des rapports d'audit",
    ],
    [
      'Spanish',
      'EXPERIENCIA\nPentester | Grupo Ardilla | ene. 2019 – jun. 2024\n- Auditorías internas de los sistemas de información y de los controles de TI',
    ],
  ])('%s: the audits are the tests, no audit work', (_lang, text) => {
    expect(auditOf(text)).toBe(false);
  });

  it('follows the catalog: a skill without `namesOffensiveTests` keeps its mentions under such a title', () => {
    const text = 'EXPERIENCE\nPenetration Tester | Brightwall Labs | Jan 2019 – Jun 2024\n- Ran audits of web shops and wrote the audit reports for clients';
    const catalog = loadCatalog({ mode: 'merge', skills: [{ id: 'audit', name: 'Audit', category: 'governance', aliases: ['audits'] }] });
    expect(parseResume(text, { asOf: '2026-11-01', catalog }).skills.some((s) => s.id === 'audit')).toBe(true);
  });

  it('a title that names the audit field beside pentest keeps its audits', () => {
    expect(
      auditOf('EXPÉRIENCE\nManager Audit & Pentest | Cabinet Vexel | janv. 2019 – juin 2024\n- Audits organisationnels ISO 27001 et collecte des preuves'),
    ).toBe(true);
  });

  it('an audit against a law or standard keeps its audit under an offensive title', () => {
    expect(
      auditOf(
        'EXPERIENCIA\nConsultora de seguridad – Pentesting | Grupo Ardilla | ene. 2019 – jun. 2024\n- Auditorías anuales del Esquema Nacional de Seguridad para ayuntamientos',
      ),
    ).toBe(true);
  });

  it('a systems auditor keeps the same Spanish audits', () => {
    expect(
      auditOf(
        'EXPERIENCIA\nAuditor de sistemas | Grupo Ardilla | ene. 2019 – jun. 2024\n- Auditorías internas de los sistemas de información y de los controles de TI',
      ),
    ).toBe(true);
  });

  it('an IT auditor keeps the same audits', () => {
    expect(auditOf('EXPERIENCE\nIT Auditor | Brightwall Bank | Jan 2019 – Jun 2024\n- Ran audits of the payment systems and wrote the audit reports')).toBe(
      true,
    );
  });
});

describe('governance words in a paper title (convention 61)', () => {
  const skillsOf = (text: string) => parseResume(text, { asOf: '2026-11-01' }).skills.map((s) => s.id);
  it('a paper about auditing models gives no audit', () => {
    const text =
      'EXPERIENCE\nData Scientist | Northgate Health | Jan 2020 – Jun 2024\n- Trained gradient-boosted risk models in Python\n\nPUBLICATIONS\nR. Ilves, T. Marsh. "Auditing triage models for drift in rural clinics." ML4H 2023.';
    expect(skillsOf(text)).not.toContain('audit');
    expect(skillsOf(text)).toContain('python');
  });

  it('the same audit in a duty still counts', () => {
    const text =
      'EXPERIENCE\nIT Auditor | Northgate Bank | Jan 2020 – Jun 2024\n- Led the IT audit of the payment platform\n\nPUBLICATIONS\nR. Ilves. "Auditing triage models for drift in rural clinics." ML4H 2023.';
    expect(skillsOf(text)).toContain('audit');
  });
});

describe('dates and entries: positions, rows and wraps (s49, conventions 62–64)', () => {
  const profileOf = (text: string) => parseResume(text, { asOf: '2026-11-01' });
  const rows = (text: string) =>
    profileOf(text).experience.entries.map((e) => `${e.title} | ${e.organization ?? '-'} | ${e.start}–${e.end} | ${e.kind.join('+')}`);

  it('reads two positions set apart by a bar on one line, each with its own dates', () => {
    const text =
      "EXPERIENCE\nRoyal Navy\nHelpdesk Support Technician  Mar'09 – Apr'12 | Network Defence Watch  May'12 – Sep'15\n▪ Windows desktop imaging\n▪ IDS alert triage and firewall rule reviews on the fleet network\n";
    expect(read(text).entries.map(show)).toEqual([
      'Helpdesk Support Technician | Royal Navy | 2009-03–2012-04 | 38',
      'Network Defence Watch | Royal Navy | 2012-05–2015-09 | 41',
    ]);
  });

  it('gives the security duties of a shared list to the security-titled position, not the IT-operations one beside it (convention 62)', () => {
    const text =
      "EXPERIENCE\nRoyal Navy\nHelpdesk Support Technician  Mar'09 – Apr'12 | Cyber Defence Analyst  May'12 – Sep'15\n▪ Windows desktop imaging\n▪ IDS alert triage and firewall rule reviews on the fleet network\n▪ Nessus scans and patch tracking\n";
    expect(rows(text)).toEqual([
      'Helpdesk Support Technician | Royal Navy | 2009-03–2012-04 | other',
      'Cyber Defence Analyst | Royal Navy | 2012-05–2015-09 | security',
    ]);
  });

  it('lets positions stacked dates first under one employer share the employer and the duties below', () => {
    const text =
      'APPOINTMENTS\nNorthmoor University, School of Computing\n   01/2022 – present    Senior Lecturer\n   09/2018 – 12/2021    Lecturer\n   Run the Robust Learning Group (6 PhD students).\n   Craft adversarial examples against vision models in PyTorch.\n';
    expect(rows(text)).toEqual([
      'Senior Lecturer | Northmoor University | 2022-01–2026-11 | security+ml',
      'Lecturer | Northmoor University | 2018-09–2021-12 | security+ml',
    ]);
  });

  it('reads a title wrapped after a comma onto a lowercase line as one title', () => {
    const text =
      'EXPERIENCIA\n\nEstudiante en prácticas (Werkstudent),\nequipo de Seguridad TI\nHafenlicht Versicherung AG, Bremen\n03/2021 – 02/2023 (15 h/semana)\n- Scripts en Python para los hallazgos de Qualys\n';
    expect(rows(text)).toEqual(['Estudiante en prácticas (Werkstudent), equipo de Seguridad TI | Hafenlicht Versicherung AG | 2021-03–2023-02 | security']);
  });

  it('reads a tab-separated row too long for a header as the cells that fit one', () => {
    const text =
      'EXPÉRIENCE\n10/2014 – 09/2016\tHarrow & Quill LLP\tAvocate stagiaire (contrat de formation)\tServices : fusions, contentieux commercial, droit social, données personnelles\n';
    expect(rows(text)).toEqual(['Avocate stagiaire (contrat de formation) | Harrow & Quill LLP | 2014-10–2016-09 | other']);
  });
});

describe('translations that read as their originals (s49)', () => {
  const skillsOf = (text: string) => parseResume(text, { asOf: '2026-11-01' }).skills.map((s) => s.id);
  const degrees = (text: string) => parseResume(text, { asOf: '2026-11-01' }).education.map((d) => `${d.level}/${d.field}`);

  it('ends a French sentence at a full stop after an accented letter: a cue before it reaches no further', () => {
    const text =
      "EXPÉRIENCE\nIngénieure ML, Valmont SA  03/2022 – aujourd'hui\nFiltres contre l'injection de prompt après un exercice de red team de l'équipe sécurité. Suivi de la dérive avec Evidently.\n";
    expect(skillsOf(text)).toContain('model-monitoring');
  });

  it('reads "still learning" in Spanish as a list of gaps', () => {
    const text = 'EXPERIENCIA\nAnalista SOC, Brava SL  01/2023 – actualidad\n- Triaje de alertas en Splunk\n\nAPRENDIENDO AÚN\nKubernetes, GCP\n';
    expect(skillsOf(text)).not.toContain('kubernetes');
    expect(skillsOf(text)).not.toContain('gcp');
  });

  it('reads no law degree in "LLM transformer" or "contra LLM" in a thesis line', () => {
    const text = 'FORMACIÓN\nMáster en Informática   2021 – 2023\nUniversidad de Lindar\nTFM: ataques de extracción contra\nLLM transformer cuantizados\n';
    expect(degrees(text)).toEqual(['master/computer-science']);
  });

  it('runs no phrase across an em dash between employer and title', () => {
    const text = 'EXPERIENCE\nNimbus Cloud — Security Engineer  Jul 2014 – Dec 2016\n- Firewall change reviews\n';
    expect(skillsOf(text)).not.toContain('cloud-security');
    expect(skillsOf('EXPERIENCE\nEngineer – Cloud Security, Nimbus  Jul 2014 – Dec 2016\n- Firewall change reviews\n')).toContain('cloud-security');
  });

  it('reads a "currently studying" heading as a list of gaps', () => {
    const text = 'EXPERIENCE\nSOC Analyst, Brava Ltd  01/2023 – present\n- Splunk alert triage\n\nCURRENTLY STUDYING\nMITRE ATLAS, Kubernetes\n';
    expect(skillsOf(text)).not.toContain('adversarial-ml');
    expect(skillsOf(text)).not.toContain('kubernetes');
  });

  it('reads a French supervision heading as no education', () => {
    const text = 'FORMATION\n2010 – 2014  Doctorat en informatique, Université de Brest\n\nENCADREMENT\n3 thèses et 9 mémoires de master encadrés\n';
    expect(degrees(text)).toEqual(['doctorate/computer-science']);
  });

  it.each([
    ['Direction du Trusted Learning Lab (5 doctorants).', 'team-leadership'],
    ['Dirección del laboratorio de aprendizaje robusto (5 doctorandos).', 'team-leadership'],
    ['Leitung des Robust Learning Labs (5 Promovierende).', 'team-leadership'],
    ['Entraînement et attaque de modèles de vision (PyTorch).', 'adversarial-ml'],
    ['Train and attack vision and speech models in PyTorch.', 'adversarial-ml'],
    ['Methodik auf Basis von Angriffsbäumen für jedes Modell.', 'threat-modeling'],
  ])('%s → %s', (duty, id) => {
    expect(skillsOf(`EXPERIENCE\nProfessor, Lindar University  09/2019 – 08/2024\n${duty}\n`)).toContain(id);
  });

  it.each([['Graded attack transcripts of jailbreaks against chat models.'], ['Wrote detection classifiers that catch those attacks on the LLM gateway.']])(
    'reads no adversarial ML in "%s"',
    (duty) => {
      expect(skillsOf(`EXPERIENCE\nSecurity Engineer, Lindar Labs  09/2019 – 08/2024\n${duty}\n`)).not.toContain('adversarial-ml');
    },
  );

  it('reads no ML skill from a data science team named beside its work, nor from each model put into production passing a gate (convention 64)', () => {
    const text =
      "EXPÉRIENCE\nResponsable gouvernance IA, Orveil SA  01/2021 – aujourd'hui\n* Chaque modèle mis en production passe une revue des risques\n* Audits d'équité avec l'équipe data science (elle a entraîné les modèles ; j'ai fixé les critères)\n";
    expect(skillsOf(text)).not.toContain('ml-deployment');
    expect(skillsOf(text)).not.toContain('machine-learning');
  });
});

describe('penetration-testing years run over the jobs titled as offensive work (convention 74)', () => {
  const pentest = (text: string) => parseResume(text, { asOf: '2026-11-01' }).skills.find((s) => s.id === 'penetration-testing');
  it.each([
    'EXPERIENCE\nAI Red Team Lead, Ostrava Labs  Jan 2024 – Dec 2025\n- Jailbreak and prompt-injection campaigns against customer chatbots.\n\nPenetration Tester, Kaldera Security  Jan 2021 – Dec 2023\n- Web and API tests with Burp Suite.\n',
    'EXPERIENCE\nPrincipal Consultant, Adversarial AI — Ostrava Labs  Jan 2024 – Dec 2025\n- Prompt-injection testing of LLM agents.\n\nPenetration Tester — Kaldera Security  Jan 2021 – Dec 2023\n- Internal infrastructure tests with Metasploit.\n',
    'BERUFSERFAHRUNG\nLeiterin AI Red Team, Ostrava Labs  01/2024 – 12/2025\n- Prompt-Injection-Tests gegen Chatbots.\n\nPenetrationstesterin, Kaldera Security  01/2021 – 12/2023\n- Webtests mit Burp Suite.\n',
  ])('the red team job after the pentests counts: %#', (text) => {
    expect(pentest(text)?.datedYears).toBe(5);
  });
  it('a job of other work does not', () => {
    expect(
      pentest(
        'EXPERIENCE\nPlatform Engineer, Ostrava Labs  Jan 2024 – Dec 2025\n- Kubernetes upgrades.\n\nPenetration Tester, Kaldera Security  Jan 2021 – Dec 2023\n- Web tests with Burp Suite.\n',
      )?.datedYears,
    ).toBe(3);
  });
  it('gives no penetration testing to a red team title alone', () => {
    expect(pentest('EXPERIENCE\nAI Red Team Lead, Ostrava Labs  Jan 2024 – Dec 2025\n- Jailbreak campaigns against customer chatbots.\n')).toBeUndefined();
  });
});

describe('a federal form title line whose fields have a slash in their label', () => {
  it('reads the title from the third line of the header', () => {
    const p = parseResume(
      'WORK EXPERIENCE\n\nMarlowe Defense Analytics, LLC                                   02/2022 - Present\nColumbia, MD\nSecurity Engineer   |   Hours per week: 40   |   Pay Plan/Grade: GS-13\nSupervisor: J. Ruiz - may contact\n* Hardened the Kubernetes clusters.\n',
      { asOf: '2026-11-01' },
    );
    expect(p.experience.entries.map((e) => [e.title, e.organization])).toEqual([['Security Engineer', 'Marlowe Defense Analytics']]);
  });
});

describe('a duty that opens its own line under the place of the job', () => {
  it.each([
    [
      'Experience\nCordillera Savings Bank\nRisk Analyst\nJune 2016 - March 2020 (3 years 10 months)\nQuito, Pichincha, Ecuador\nBuilt gradient-boosted default models in Python; monthly SQL reports for the board.\n',
      ['ml'],
    ],
    [
      'Experience\nCordillera Savings Bank\nRisk Analyst\nJune 2016 - March 2020 (3 years 10 months)\nQuito, Pichincha, Ecuador\nMonthly SQL reports for the board, read with the\nbuilt-in dashboards; XGBoost benchmarks by the model team.\n',
      ['other'],
    ],
  ])('reads the building verb as the sentence opening: %#', (text, kind) => {
    expect(parseResume(text, { asOf: '2026-11-01' }).experience.entries.map((e) => e.kind)).toEqual([kind]);
  });
});

describe('a dated entry whose first line calls it a hobby is no job (convention 73)', () => {
  it.each([
    [
      'EXPERIENCE\nSecurity Engineer — Pellucid Bank   01/2019 – 11/2026\n- SIEM rules.\n\nCTF team (weekends)   2015 – 2017\n  * Hobby; jeopardy-style web challenges.\n',
      95,
    ],
    [
      'BERUFSERFAHRUNG\nSecurity Engineer — Pellucid Bank   01/2019 – 11/2026\n- SIEM-Regeln.\n\nCTF-Team   2015 – 2017\n  * In der Freizeit: Web-Challenges.\n',
      95,
    ],
    ['EXPÉRIENCE\nIngénieur sécurité — Banque Pellucide   01/2019 – 11/2026\n- Règles SIEM.\n\nÉquipe CTF   2015 – 2017\n  * Loisir : défis web.\n', 95],
  ])('leaves its months out: %#', (text, months) => {
    expect(parseResume(text, { asOf: '2026-11-01' }).experience.entries.reduce((n, e) => n + e.months, 0)).toBe(months);
  });
  it('keeps a job whose duties speak of a hobby later in the line', () => {
    const p = parseResume('EXPERIENCE\nFounder — Tessel Games   2015 – 2017\n  * Turned a hobby project into a studio of four.\n', { asOf: '2026-11-01' });
    expect(p.experience.entries.map((e) => e.months)).toEqual([36]);
  });
});

describe('an internship that names its bootcamp or course (convention 112)', () => {
  const months = (text: string) => parseResume(text, { asOf: '2026-11-01' }).experience.entries.map((e) => `${e.title} | ${e.months}`);
  it.each([
    ['EXPERIENCIA\n\nene. 2024 – mar. 2024 · Prácticas en redes (bootcamp) · Redes Turia S.L.\n- Cableado y VLAN\n', 'Prácticas en redes (bootcamp) | 3'],
    ['EXPERIENCE\n\nJan 2024 – Mar 2024   Network internship (bootcamp), Turia Networks\n- Cabling\n', 'Network internship (bootcamp), Turia Networks | 3'],
    [
      'BERUFSERFAHRUNG\n\n01.2024 – 03.2024   Praktikum Netzwerke (Weiterbildung), Turia Netze GmbH\n- Verkabelung\n',
      'Praktikum Netzwerke (Weiterbildung), Turia Netze GmbH | 3',
    ],
  ])('is work: %#', (text, want) => {
    expect(months(text)).toEqual([want]);
  });

  it('leaves a bootcamp without an internship word out of the work', () => {
    expect(months('EXPERIENCE\n\nJan 2024 – Mar 2024   Cloud bootcamp, Turia Academy\n- Labs\n')).toEqual([]);
  });
});

describe('positions under an employer line with their own dates', () => {
  const years = (text: string, id: string) => parseResume(text, { asOf: '2026-11-01' }).skills.find((s) => s.id === id)?.years;
  const entries = (text: string) =>
    parseResume(text, { asOf: '2026-11-01' }).experience.entries.map((e) => `${e.title} | ${e.organization ?? '-'} | ${e.months}`);

  it('a title whose bracket holds only its dates keeps them, under an employer dated to now', () => {
    const text =
      'EXPERIENCE\nBrackwater Labs, Leeds                        03/2017 – Present\n  Lead Analytics Engineer (02/2024 – Present)\n  • Trained forecasting models in PyTorch\n  Analytics Engineer (03/2017 – 01/2024)\n  • Built reports in Tableau\n';
    expect(entries(text)).toEqual(['Lead Analytics Engineer | Brackwater Labs, Leeds | 34', 'Analytics Engineer | Brackwater Labs, Leeds | 83']);
    expect(years(text, 'pytorch')).toBe(2.83);
  });

  it('a remark that starts with a since word stays a remark on the job', () => {
    const text =
      'EXPÉRIENCES\nDepuis mars 2019 – à ce jour        CORVAL SÉCURITÉ – Lyon\nAnalyste SOC N1, puis Analyste SOC N2 (depuis 2022)\n  ▪ Triage des alertes Splunk\n';
    expect(entries(text)).toEqual(['Analyste SOC N1, puis Analyste SOC N2 (depuis 2022) | CORVAL SÉCURITÉ | 93']);
  });

  it.each([
    [
      'EXPERIENCE\n04/2020 – present\nHollin Analytics Ltd, Leeds\nLead Detection Engineer (since 02/2025)\nDetection Engineer (04/2020 – 01/2025)\n• Wrote Sigma rules\n',
      ['Lead Detection Engineer | Hollin Analytics Ltd, Leeds | 22', 'Detection Engineer | Hollin Analytics Ltd, Leeds | 58'],
    ],
    [
      'BERUFSERFAHRUNG\n04.2020 – heute\nHollin Analytics AG, Bern\nLeiter Detection Engineering (seit 02.2025)\nDetection Engineer (04.2020 – 01.2025)\n• Sigma-Regeln geschrieben\n',
      ['Leiter Detection Engineering | Hollin Analytics AG, Bern | 22', 'Detection Engineer | Hollin Analytics AG, Bern | 58'],
    ],
  ])('a since-date in brackets over the closed dates of the title below is that position’s start: %#', (text, want) => {
    expect(entries(text)).toEqual(want);
  });

  it.each([
    [
      'EXPERIENCE\n\n2010 - 2017\nNorthbeck Consulting Ltd\nSecurity Consultant (2010-2013) and Security Project Lead (2014-2017)\n   * ISO 27001 programmes\n',
      ['Security Consultant | Northbeck Consulting Ltd | 48', 'Security Project Lead | Northbeck Consulting Ltd | 48'],
    ],
    [
      'EXPERIENCIA\n\n2010 - 2017\nRedes Norte S.L.\nConsultor de seguridad (2010-2013) y Jefe de proyecto (2014-2017)\n   * Programas ISO 27001\n',
      ['Consultor de seguridad | Redes Norte S.L. | 48', 'Jefe de proyecto | Redes Norte S.L. | 48'],
    ],
  ])('two positions on one line joined by "and" keep no "and" in the second title: %#', (text, want) => {
    expect(entries(text)).toEqual(want);
  });

  it('a since-date in brackets with no dated title under it stays a remark on the job', () => {
    const text = 'EXPERIENCE\n04/2020 – present\nHollin Analytics Ltd, Leeds\nLead Detection Engineer (since 02/2025)\n• Wrote Sigma rules\n';
    expect(entries(text)).toEqual(['Lead Detection Engineer (since 02/2025) | Hollin Analytics Ltd | 80']);
  });

  it('a bulleted title with its dates after a dash heads a position', () => {
    const text =
      'Experiencia\n\nVeracruz Ciberseguridad S.A.S.\n* Analista SOC Nivel 2 — desde marzo 2024\n  - Investigación de alertas en Splunk\n* Analista SOC Nivel 1 — ago. 2022 - feb. 2024\n  - Monitoreo 24x7 de eventos\n';
    expect(entries(text)).toEqual(['Analista SOC Nivel 2 | Veracruz Ciberseguridad S.A.S. | 33', 'Analista SOC Nivel 1 | Veracruz Ciberseguridad S.A.S. | 19']);
    expect(parseResume(text, { asOf: '2026-11-01' }).experience.securityYears).toBe(4.33);
  });

  it('a duty bullet that ends with dates after a dash is no position', () => {
    const text = 'EXPERIENCE\nSecurity Analyst | Fenwick Bank | Jan 2019 – Dec 2023\n- Led the migration of the SIEM to Sentinel — 2021 - 2022\n';
    expect(entries(text)).toEqual(['Security Analyst | Fenwick Bank | 60']);
  });
});

describe('teaching-only titles in German, French and Spanish', () => {
  const kinds = (text: string) => parseResume(text, { asOf: '2026-11-01' }).experience.entries.map((e) => `${e.title}: ${e.kind.join(',')}`);

  it.each([
    [
      'EXPERIENCIA\nProfesor de asignatura                          ene. 2018 – dic. 2021\nUniversidad del Norte\n- Impartí "Aprendizaje automático" y "Redes neuronales"\n',
      'Profesor de asignatura: other',
    ],
    [
      'BERUFSERFAHRUNG\nLehrbeauftragter                                04/2018 – 03/2021\nHochschule Nordtal\n- Vorlesung „Maschinelles Lernen“ (PyTorch)\n',
      'Lehrbeauftragter: other',
    ],
    [
      "EXPÉRIENCE\nChargée de TD                                   sept. 2018 – juin 2021\nUniversité de Valmont\n- TD d'apprentissage automatique (PyTorch)\n",
      'Chargée de TD: other',
    ],
  ])('%s', (text, want) => {
    expect(kinds(text)).toEqual([want]);
  });
});

describe('model training named as a noun phrase', () => {
  const kinds = (text: string) => parseResume(text, { asOf: '2026-11-01' }).experience.entries.map((e) => e.kind.join(','));

  it.each([
    'EXPERIENCE\nWorking Student AI Security | Tallow Institute | 01/2024 – present\n- Attacks on image classifiers and data-poisoning experiments\n- Training and tuning of robust models in PyTorch on the GPU cluster\n',
    'EXPERIENCE\nWorking Student AI Security | Tallow Institute | 01/2024 – present\n- Attacks on image classifiers and data-poisoning experiments\n- Training and evaluation of robust models in PyTorch on the GPU cluster\n',
    'BERUFSERFAHRUNG\nWerkstudentin KI-Sicherheit | Tallow Institut | 01/2024 – heute\n- Angriffe auf Bildklassifikatoren und Data-Poisoning-Experimente;\nTraining und Evaluation robuster Modelle in PyTorch auf dem GPU-Cluster\n',
  ])('the security entry is ML work too: %s', (text) => {
    expect(kinds(text)).toEqual(['security,ml']);
  });

  it('evaluating models alone under a security title stays security work', () => {
    expect(
      kinds(
        'EXPERIENCE\nWorking Student AI Security | Tallow Institute | 01/2024 – present\n- Attacks on image classifiers and data-poisoning experiments\n- Evaluation of robust models in PyTorch on the GPU cluster\n',
      ),
    ).toEqual(['security']);
  });
});

describe('the field of a degree, and the work of a degree, in the education section (r127)', () => {
  const edu = (raw: string) => parseResume(raw, { asOf: '2026-11-01' }).education.map((e) => `${e.level}/${e.field}`);

  it.each([
    ['EDUCATION\nLL.M., Information Technology Law, King’s College London, 2014\n', 'master/law'],
    ['EDUCATION\nMA in Computer Science Law, University of Leeds, 2012\n', 'master/law'],
    ['EDUCATION\nBSc Information Technology, University of Leeds, 2012\n', 'bachelor/information-systems'],
    ['EDUCATION\nBSc Information Technology and Law, University of Leeds, 2012\n', 'bachelor/information-systems'],
  ])('a field that closes a compound names it: %j', (raw, expected) => {
    expect(edu(raw)).toEqual([expected]);
  });

  it('reads a French master project as the master’s work, no second degree', () => {
    expect(edu('FORMATION\nM.Sc. Informatique, Université de Lyon, 2019\nProjets de master (2018–2019) : deux prototypes de détection\n')).toEqual([
      'master/computer-science',
    ]);
  });

  it('reads master’s theses supervised during a Spanish doctorate as no degree', () => {
    expect(
      edu(
        'FORMACIÓN\nDoctorado en Informática, Universidad de Granada, 2016 – 2020\n(codirigí cuatro trabajos fin de máster y dos trabajos de fin de grado)\n',
      ),
    ).toEqual(['doctorate/computer-science']);
  });
});

describe('a dated line "Title, Employer (Town)" over duties whose bullets were lost (r130)', () => {
  it('takes the employer from the line itself, not from the first duty below it', () => {
    const raw =
      "EXPÉRIENCES PROFESSIONNELLES\n\nSept. 2020 – févr. 2023 — Pentesteuse, Cabinet Argos Sécurité (Villeurbanne)\n Tests d'intrusion web (Burp Suite) et internes\n Audits de configuration\n";
    const entries = parseResume(raw, { asOf: '2026-11-01' }).experience.entries;
    expect(entries.map((e) => `${e.title} | ${e.organization ?? '-'} | ${e.months}`)).toEqual(['Pentesteuse | Cabinet Argos Sécurité | 30']);
  });

  it('reads a name of capitalised words with its town in brackets as the employer', () => {
    const raw = 'EXPÉRIENCES PROFESSIONNELLES\n\nDepuis mars 2023 — Consultante sécurité, Lumen Audit (Lyon)\n Campagnes de tests pour des clients bancaires\n';
    const entries = parseResume(raw, { asOf: '2026-11-01' }).experience.entries;
    expect(entries.map((e) => `${e.title} | ${e.organization ?? '-'}`)).toEqual(['Consultante sécurité | Lumen Audit']);
  });

  it('gives no skill from a word of the employer’s name', () => {
    const profile = parseResume(
      'EXPÉRIENCES PROFESSIONNELLES\n\nDepuis mars 2023 — Consultante sécurité, Lumen Audit (Lyon)\n Campagnes de tests d’intrusion pour des clients bancaires\n',
      { asOf: '2026-11-01' },
    );
    expect(profile.skills.map((s) => s.id)).not.toContain('audit');
  });
});

describe('a language stay or a pause for further training is no work (r130)', () => {
  it.each([['01.2021 – 06.2021  Sprachaufenthalt in Lyon'], ['01.2021 – 06.2021  Weiterbildungspause']])('%s', (line) => {
    const profile = parseResume(
      `BERUFLICHE TÄTIGKEITEN\n\n${line}\n\n2016 – 2020      Data Scientist\n                 Bankhaus Steiner AG, Basel\n                 - Kreditrisikomodelle in Python\n`,
      {
        asOf: '2026-11-01',
      },
    );
    expect(profile.experience.totalYears).toBe(5);
  });
});

describe('entry headers in academic and freelance layouts', () => {
  const entries = (text: string) =>
    parseResume(text, { asOf: '2026-11-01' }).experience.entries.map((e) => `${e.title} | ${e.organization ?? '-'} | ${e.months}`);

  it('a title cut after a comma, its rest and dates indented on the line below, is one header', () => {
    const text =
      'APPOINTMENTS\nLecturer in Statistics, School of Mathematics,\n    Northmoor University                         Jan 2021 – present\n    Director, Applied Inference Group (two postdocs). Teaches Bayesian methods.\nResearch Fellow, Centre for Data Ethics,\n    Eastvale College                             Oct 2018 – Dec 2020\n    Audits of credit-scoring models.\n';
    expect(entries(text)).toEqual(['Lecturer in Statistics | School of Mathematics | 71', 'Research Fellow | Centre for Data Ethics | 27']);
  });

  it('a line cut after a comma whose next line is a sentence stays apart', () => {
    const text = 'EXPERIENCE\nData Analyst, Porter Logistics,\n    Built the weekly KPI dashboards in Tableau.   2019 – 2021\n';
    expect(entries(text).some((e) => e.startsWith('Data Analyst, Porter Logistics, Built'))).toBe(false);
  });

  it('a second heading of the same section ("INDUSTRY" under appointments) heads its own entries', () => {
    const text =
      'ACADEMIC APPOINTMENTS\nLecturer, Dunmore University                     Sep 2020 – present\n    Teaches databases.\n\nINDUSTRY\nSoftware Intern, Quill Systems Ltd           Summer 2019 (Jun–Aug)\n    Built ETL jobs in Python.\n';
    expect(entries(text)).toEqual(['Lecturer | Dunmore University | 75', 'Software Intern | Quill Systems Ltd | 3']);
  });

  it('a freelancer’s project history is the work history, overlaps counted once', () => {
    const text =
      "PROJECT HISTORY (freelance)\nMar'24 – today     Retainer: cloud security reviews, logistics firm\nJan'24 – Jun'24    Pentest of a booking platform\n\nEMPLOYMENT\n2019 – 2023        Security Engineer, Halden AG\n";
    const profile = parseResume(text, { asOf: '2026-11-01' });
    expect(profile.experience.entries.map((e) => e.months)).toEqual([33, 6, 60]);
    expect(profile.experience.totalYears).toBe(7.92);
  });

  it('a Spanish associate of a law firm is a position of its own', () => {
    const text =
      'EXPERIENCIA\n2020–2023  Abogada sénior, Ferrer & Vidal (Madrid)\n           Contratos de tecnología.\n2017–2019  Asociada, Protección de Datos, Ferrer & Vidal (Madrid)\n           Evaluaciones de impacto y contratos de encargo.\n';
    expect(entries(text)).toEqual(['Abogada sénior, Ferrer & Vidal (Madrid) | - | 48', 'Asociada, Protección de Datos, Ferrer & Vidal (Madrid) | - | 36']);
  });
});

describe("job words of the text's own language only", () => {
  const cv = (title: string, lead: string) =>
    `${lead}\n\n03/2022 – aujourd'hui   Analyste SOC\n                      Banque Vermeil, Nantes\n  • Supervision des alertes avec Splunk\n\n01/2021 – 06/2021   ${title}\n                      Laboratoire Cobalt, Rennes\n  • Analyse de journaux réseau avec Zeek\n`;

  it('reads an internship titled "Stage" in a French résumé as a job', () => {
    const entries = parseResume(cv('Stage de fin de Master', 'EXPÉRIENCES PROFESSIONNELLES'), { asOf: '2026-11-01' }).experience.entries;
    expect(entries.map((e) => [e.title, e.months])).toEqual([
      ['Analyste SOC', 57],
      ['Stage de fin de Master', 6],
    ]);
  });

  it('adds them to the structure words of that language only', () => {
    const structure = allLanguagesLexicon(allLanguages);
    expect(structureFor(structure, lexiconFor('en', allLanguages))).toBe(structure);
    expect(structure.work.jobWords).not.toContain('stage');
    expect(structureFor(structure, lexiconFor('fr', allLanguages)).work.jobWords).toContain('stage');
    expect(structureFor(structure, lexiconFor('fr', allLanguages))).toBe(structureFor(structure, lexiconFor('fr', allLanguages)));
  });
});

describe('a German duty that closes with a participle of training (r132)', () => {
  const kinds = (duty: string) =>
    parseResume(`BERUFSERFAHRUNG\nThreat Hunter, Kolbeck Versicherung AG\n01/2022 - heute\n- ${duty}\n- Leitung der Rufbereitschaft bei Vorfällen.\n`, {
      asOf: '2026-11-01',
    }).experience.entries.map((e) => e.kind);
  it.each([
    ['Ausreißer-Modell (Python, scikit-learn) auf VPN-Anmeldedaten trainiert; läuft täglich.', ['security', 'ml']],
    ['Klassifikator für Phishing-Mails mit scikit-learn nachtrainiert und ausgerollt.', ['security', 'ml']],
    ['Scikit-learn-Modelle des Data-Teams auf Schwachstellen geprüft.', ['security']],
  ])('%s → %j', (duty, want) => {
    expect(kinds(duty)).toEqual([want]);
  });
});

describe('extractEntries: jobs written as sentences (convention 118)', () => {
  const jobs = (raw: string, language: 'en' | 'de' | 'fr' | 'es' = 'en') => {
    const text = normalizeText(raw);
    const { entries } = extractEntries(text, findSections(text), { asOfYm: AS_OF, lex: lexiconFor(language, allLanguages), order: 'day-first' });
    return entries.map(show);
  };

  it('reads the title, the employer and the range of a sentence on one line', () => {
    expect(jobs("EXPERIENCE\nWorking as Data Engineer at Brightwave Analytics Pvt Ltd, Pune from Mar'21 to Till date.\n- Built ETL jobs in Python\n")).toEqual([
      'Data Engineer | Brightwave Analytics Pvt Ltd | 2021-03–2026-11 | 69',
    ]);
  });

  it('joins a sentence whose dates wrap onto the next line, before the range or inside it', () => {
    const raw = [
      'PROFESSIONAL EXPERIENCE',
      'Currently working as QA Lead in Ravel Systems Ltd, Chennai',
      "  from Aug'20 to date. (Joined as QA Analyst)",
      'Worked as Support Engineer with Tessaline Corp, Noida from Jan 2012',
      '  to Jul 2016.',
      '',
    ].join('\n');
    expect(jobs(raw)).toEqual(['QA Lead | Ravel Systems Ltd | 2020-08–2026-11 | 76', 'Support Engineer | Tessaline Corp | 2012-01–2016-07 | 55']);
  });

  it('reads the German, French and Spanish sentences', () => {
    expect(jobs('BERUFSERFAHRUNG\nTätig als IT-Analystin bei Nordlicht Daten GmbH seit 04/2020\n- Berichte in SQL\n', 'de')).toEqual([
      'IT-Analystin | Nordlicht Daten GmbH | 2020-04–2026-11 | 80',
    ]);
    expect(jobs('EXPÉRIENCE PROFESSIONNELLE\nTravaille en tant que responsable sécurité chez Garance Conseil depuis 09/2019\n', 'fr')).toEqual([
      'responsable sécurité | Garance Conseil | 2019-09–2026-11 | 87',
    ]);
    expect(jobs('EXPERIENCIA PROFESIONAL\nTrabajando como analista de datos en Lumbre Tecnología S.L. desde 01/2022\n', 'es')).toEqual([
      'analista de datos | Lumbre Tecnología S.L. | 2022-01–2026-11 | 59',
    ]);
  });

  it('leaves a sentence that names no job, and a duty line after a finished sentence, to the job above', () => {
    const raw = [
      'EXPERIENCE',
      'Security Analyst, Acme Corp    2018 – 2022',
      '- Worked as part of the incident team in 2021',
      "Worked as Analyst at Borel Ltd from Jan'15 to Dec'17.",
      'Led the 2016 audit.',
      '',
    ].join('\n');
    expect(jobs(raw)).toEqual(['Security Analyst | Acme Corp | 2018-01–2022-12 | 60', 'Analyst | Borel Ltd | 2015-01–2017-12 | 36']);
  });
});

describe('extractEntries: job sentences that name the employer first (convention 118)', () => {
  const jobs = (raw: string, language: 'en' | 'de' = 'en') => {
    const text = normalizeText(raw);
    const { entries } = extractEntries(text, findSections(text), { asOfYm: AS_OF, lex: lexiconFor(language, allLanguages), order: 'day-first' });
    return entries.map(show);
  };

  it('reads the employer before "as" and the title after it', () => {
    expect(
      jobs('WORK EXPERIENCE\nCurrently working with Corvane Infotech Pvt Ltd, Kochi as Cloud Architect since Feb 2023.\n- Landing zones on Azure\n'),
    ).toEqual(['Cloud Architect | Corvane Infotech Pvt Ltd | 2023-02–2026-11 | 46']);
    expect(jobs('BERUFSERFAHRUNG\nBeschäftigt bei Weidenau Systeme AG als Systemadministrator seit 06/2018\n', 'de')).toEqual([
      'Systemadministrator | Weidenau Systeme AG | 2018-06–2026-11 | 102',
    ]);
  });

  it('leaves a duty that works with a team, with no title after "as", to its job', () => {
    expect(jobs('EXPERIENCE\nData Analyst, Acme Corp    2019 – 2023\n- Worked with the finance team on the 2021 budget model\n')).toEqual([
      'Data Analyst | Acme Corp | 2019-01–2023-12 | 60',
    ]);
  });
});

describe('a duty that opens with a kind of model names a model the person made', () => {
  const kinds = (text: string) => parseResume(text, { asOf: '2026-11-01' }).experience.entries.map((e) => e.kind);
  it.each([
    ['EXPERIENCE\nBusiness Analyst, Pellow Freight  2018 – 2020\n- Random-forest model in R for predicting container dwell time; weekly Excel packs\n', ['ml']],
    ['EXPÉRIENCE\nAnalyste, Pellow Fret  2018 – 2020\n- Modèle de random forest en R pour prévoir la durée de stationnement ; tableaux Excel\n', ['ml']],
    ['BERUFSERFAHRUNG\nAnalystin, Pellow Fracht GmbH  2018 – 2020\n- Random-Forest-Modell in R zur Vorhersage der Standzeiten; Excel-Berichte\n', ['ml']],
    ['EXPERIENCIA\nAnalista, Pellow Carga  2018 – 2020\n- Modelo de random forest en R para prever la estancia de contenedores; informes en Excel\n', ['ml']],
    // A model named after a verb of assessing is the object assessed, and one named later in a sentence is no opening.
    ['EXPERIENCE\nBusiness Analyst, Pellow Freight  2018 – 2020\n- Reviewed the vendor random-forest model for bias; weekly Excel packs\n', ['other']],
    ['EXPERIENCE\nBusiness Analyst, Pellow Freight  2018 – 2020\n- Weekly Excel packs that compare the random-forest model with actuals\n', ['other']],
  ])('%s → %j', (text, want) => {
    expect(kinds(text)).toEqual([want]);
  });
});

describe('r138: a break’s remark under its dates in a LinkedIn export', () => {
  const entries = (raw: string) =>
    read(raw)
      .entries.filter((e) => !e.notWork)
      .map(show);
  it('names the break above, not the employer of the job below it', () => {
    const raw =
      'Experience\nFernhill Bank\n6 years 2 months\nRisk Lead\nMay 2022 - Present (4 years 7 months)\nCareer break\nJanuary 2022 - April 2022 (4 months)\nParental leave.\nCredit Risk Analyst\nJune 2019 - December 2021 (2 years 7 months)\nScorecards in Python.\n';
    expect(entries(raw)).toEqual(['Risk Lead | Fernhill Bank | 2022-05–2026-11 | 55', 'Credit Risk Analyst | - | 2019-06–2021-12 | 31']);
  });
  it('does the same with the Latin American Spanish word for maternity leave', () => {
    const p = parseResume(
      'Experiencia\nBanco Fernhill\nLíder de Riesgos\nmayo de 2022 - actualidad (4 años 7 meses)\nPausa profesional\nenero de 2022 - abril de 2022 (4 meses)\nLicencia de maternidad.\nAnalista de riesgos\njunio de 2019 - diciembre de 2021 (2 años 7 meses)\nModelos en Python.\n',
      { asOf: '2026-11-01' },
    );
    expect(p.experience.entries.map((e) => `${e.title} | ${e.organization ?? '-'} | ${e.months}`)).toEqual([
      'Líder de Riesgos | Banco Fernhill | 55',
      'Analista de riesgos | - | 31',
    ]);
  });
  it('a German information-security control test makes the entry security work', () => {
    const p = parseResume(
      'BERUFSERFAHRUNG\nIT-Prüfer, Kanzlei Nord\n01/2019 – 12/2021\n• Test von ITGC- und Informationssicherheitskontrollen, Arbeitspapiere\n• Auswertung von Nessus-Scanergebnissen mit den Kunden\n',
      { asOf: '2026-11-01' },
    );
    expect(p.experience.securityYears).toBe(3);
  });
});

describe('a job collapsed onto one line by an ATS export: header, range, then its duties after spaced dashes', () => {
  const TEXT =
    'WORK EXPERIENCE\n' +
    'Machine Learning Engineer, LLM Applications Vinculo Health (remote, US-based telehealth company) 08/2023 - Present - Build and run the RAG assistant (LangChain, Vertex AI). - Python throughout.\n' +
    'Machine Learning Engineer (Returnship) Vinculo Health (remote) 02/2023 - 07/2023 - 6-month return-to-work program after parental leave. - Retrained the appointment no-show model (scikit-learn).\n' +
    'Data Analyst Banco del Plata, Buenos Aires 02/2014 - 06/2016 - SQL (Oracle) reporting for the retail credit division. - Automated monthly reports with Excel VBA.\n' +
    "EDUCATION Master's in Data Mining, Universidad de Buenos Aires 2016 - 2018\n";
  it('reads each line as a dated entry whose duties are its own', () => {
    const p = parseResume(TEXT, { asOf: '2026-11-01' });
    expect(p.experience.entries.map((e) => `${e.start}–${e.end} ${e.months} ${e.skills.join(',')}`)).toEqual([
      '2023-08–2026-11 40 gcp,llm-applications,machine-learning,python',
      '2023-02–2023-07 6 machine-learning,python',
      '2014-02–2016-06 29 sql',
    ]);
    expect(p.experience.totalYears).toBe(6.25);
  });
  it('leaves a title, its range and a remark of a few words after a dash one header ("… 2019 - 2021 - contract")', () => {
    const p = parseResume('EXPERIENCE\nSecurity Analyst, Acme 2019 - 2021 - contract\n- Ran the SIEM.\n', { asOf: '2026-11-01' });
    expect(p.experience.entries.map((e) => `${e.title} ${e.months}`)).toEqual(['Security Analyst, Acme 36']);
  });
});

describe('contracts listed by year: a year alone on its line over the title', () => {
  it('reads the year as the whole of that year, and keeps the entries above and below apart', () => {
    const p = parseResume(
      'CAREER HISTORY\n2022 – 2023\nMachine Learning Engineer (contract)\nProtea Mutual – Cape Town\n•  Built fraud models in Python.\n\n2021\nData Engineer (contract)\nMarula Retail Group – Johannesburg\n•  Built the Azure Data Factory pipelines.\n\n2019 – 2020\nData Engineer (permanent)\nSizwe Telecom\n•  Kafka ingestion.\n',
      { asOf: '2026-11-01' },
    );
    expect(p.experience.entries.map((e) => `${e.start}–${e.end} ${e.title}`)).toEqual([
      '2022-01–2023-12 Machine Learning Engineer (contract)',
      '2021-01–2021-12 Data Engineer (contract)',
      '2019-01–2020-12 Data Engineer (permanent)',
    ]);
    expect(p.experience.totalYears).toBe(5);
  });
});
