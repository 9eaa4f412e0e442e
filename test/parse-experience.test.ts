import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatYearMonth, toYm } from '../src/text/dates';
import { extractEntries, type RawEntry } from '../src/resume/_entries';
import { normalizeText } from '../src/text/normalize';
import { findSections } from '../src/resume/sections';
import { lexiconFor } from '../src/text/lexicon';

const AS_OF = toYm(2026, 11);

function read(raw: string) {
  const text = normalizeText(raw);
  return { text, ...extractEntries(text, findSections(text), { asOfYm: AS_OF, lex: lexiconFor(), order: 'day-first' }) };
}

/** title | organization | start–end | months */
function show(e: RawEntry): string {
  return `${e.title} | ${e.organization ?? '-'} | ${formatYearMonth(e.start)}–${formatYearMonth(e.end)} | ${e.months}`;
}

describe('extractEntries: layouts', () => {
  it.each([
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
      'a bulleted header with sub-bullets',
      'EXPERIENCE\n● MLSecOps Engineer — Quanta Insurance, ML Platform team     Oct 2022 – Now\n  ○ Own the platform\n  ○ Part-time from Oct 2022',
      ['MLSecOps Engineer | Quanta Insurance | 2022-10–2026-11 | 50'],
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
    [
      'Title, Org (years)',
      'Experience\nData Analyst, Acme Corp (2015–2018)\n- Did stuff',
      ['Data Analyst | Acme Corp | 2015-01–2018-12 | 48'],
    ],
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
    [
      'Title @ Org, date',
      'WORK EXPERIENCE\nRed Team Lead @ Mandiant, Oct 2021–Present\n- Led',
      ['Red Team Lead | Mandiant | 2021-10–2026-11 | 62'],
    ],
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
  ])('%s', (_name, raw, expected) => {
    const { entries, warnings } = read(raw);
    expect(entries.map(show)).toEqual(expected);
    expect(warnings).toEqual([]);
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
    const raw = 'Jane Doe\nSoftware Engineer at Initech  2018 – 2021\n\nEDUCATION\nResearch Assistant — MIT  2014 – 2016\n\nPROJECTS\nBuilder — Foo  2017 – 2018';
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
    expect(warnings).toEqual([
      { code: 'INVERTED_RANGE', message: 'Skipped the date range `2099 – 1980`: it ends before it starts.' },
    ]);
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

  it.each([
    ['100 KB of "Jan 2020 – "', `EXPERIENCE\n${'Jan 2020 – '.repeat(9_500)}`],
    ['50,000 hyphens', `EXPERIENCE\n${'-'.repeat(50_000)}`],
    ['200 KB of digits and slashes', `EXPERIENCE\n${'12/2020/'.repeat(25_000)}`],
    ['5,000 short entries', `EXPERIENCE\n${'Engineer — Acme, Seattle, WA  Jan 2020 – Present\nAcme\n- x (2019–2020)\n'.repeat(5_000)}`],
    ['10,000 date-only lines', `EXPERIENCE\n${'2019 – 2020\n'.repeat(10_000)}`],
  ])('stays linear on %s', (_name, raw) => {
    const t0 = performance.now();
    const { text, entries } = read(raw);
    expect(performance.now() - t0).toBeLessThan(2000);
    for (const e of entries) {
      expect(e.months).toBe(e.end - e.start + 1);
      expect(e.headerStart).toBeLessThanOrEqual(e.headerEnd);
      expect(e.bodyStart).toBeLessThanOrEqual(e.bodyEnd);
      expect(e.bodyEnd).toBeLessThanOrEqual(text.length);
    }
  });
});

const dir = new URL('../../shared/eval/dev/', import.meta.url);

/** Each dev résumé's entries as its gold `_notes` state them: [title, start, end, months], oldest first. */
const GOLD: Record<string, [string, string, string, number][]> = {
  'dev-01': [
    ['Security Operations Analyst', '2013-06', '2015-02', 21],
    ['Security Consultant, Penetration Testing', '2015-03', '2017-08', 30],
    ['Senior Security Engineer, Product Security', '2017-09', '2020-12', 40],
    ['Principal AI/ML Security Engineer', '2021-01', '2026-11', 71],
  ],
  'dev-02': [
    ['Software Engineer', '2017-08', '2018-12', 17],
    ['Application Security Engineer', '2019-01', '2021-06', 30],
    ['Bug Bounty Researcher (part-time)', '2020-03', '2022-12', 34],
    ['AI Security Engineer', '2021-07', '2026-11', 65],
  ],
  'dev-03': [
    ['Cybersecurity Intern', '2023-06', '2023-08', 3],
    ['AI Information Security Engineer', '2024-08', '2026-11', 28],
  ],
  'dev-04': [
    ['Site Reliability Engineer', '2016-08', '2019-05', 34],
    ['Machine Learning Engineer', '2019-06', '2022-12', 43],
    ['MLSecOps Engineer', '2022-10', '2026-11', 50],
  ],
  'dev-05': [
    ['Cybersecurity Risk Consultant', '2016-01', '2018-12', 36],
    ['Information Security Analyst', '2019-01', '2023-12', 60],
    ['AI Security Analyst', '2024-01', '2026-11', 35],
  ],
  'dev-06': [
    ['Application Security Engineer', '2013-09', '2017-07', 47],
    ['Senior Machine Learning Engineer, Applied NLP', '2018-06', '2023-01', 56],
    ['Manager, GenAI Security Engineering', '2023-02', '2026-11', 46],
  ],
  'dev-07': [
    ['Junior Data Scientist', '2016-09', '2018-08', 24],
    ['Privacy Specialist', '2019-10', '2023-03', 42],
    ['AI Governance Specialist', '2023-04', '2026-11', 44],
  ],
  'dev-08': [
    ['All-Source Intelligence Analyst (35F), Sergeant', '2011-08', '2015-07', 48],
    ['Machine Learning Engineer', '2019-01', '2021-06', 30],
    ['Senior Machine Learning Engineer', '2021-07', '2026-11', 65],
  ],
  'dev-09': [
    ['Data Scientist', '2019-07', '2021-11', 29],
    ['Senior Data Scientist', '2021-12', '2026-11', 60],
  ],
  'dev-10': [
    ['Backend Software Engineer', '2018-06', '2020-06', 25],
    ['Software Engineer, ML Platform', '2020-07', '2023-03', 33],
    ['Machine Learning Engineer II', '2023-04', '2026-11', 44],
  ],
  'dev-11': [
    ['IT Help Desk Technician', '2017-08', '2020-05', 34],
    ['SOC Analyst I (Tier 1)', '2020-06', '2022-02', 21],
    ['SOC Analyst II (Tier 2)', '2022-03', '2026-11', 57],
  ],
  'dev-12': [
    ['Security Engineering Intern', '2024-05', '2024-08', 4],
    ['Machine Learning Intern', '2025-06', '2025-08', 3],
  ],
};

describe.skipIf(!existsSync(dir))('extractEntries on the dev résumés', () => {
  it.each(Object.keys(GOLD))('%s matches the entries of its gold notes', (name) => {
    const gold = JSON.parse(readFileSync(new URL(`${name}.gold.json`, dir), 'utf8')) as { asOf: string; _notes: string[] };
    expect(gold.asOf).toBe('2026-11-01');
    const notes = gold._notes.find((n) => n.startsWith('Entries:')) ?? '';
    const expected = GOLD[name] ?? [];
    // The table above must say what the notes say.
    for (const [, , , months] of expected) expect(notes).toMatch(new RegExp(`= ${months}\\b`, 'u'));

    const { entries, warnings } = read(readFileSync(new URL(`${name}.txt`, dir), 'utf8'));
    const got = [...entries]
      .sort((a, b) => a.start - b.start)
      .map((e) => [e.title, formatYearMonth(e.start), formatYearMonth(e.end), e.months]);
    expect(got).toEqual(expected);
    expect(warnings).toEqual([]);
  });
});
