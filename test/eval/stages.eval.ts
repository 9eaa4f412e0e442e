import { describe, expect, it } from 'vitest';
import { extractEntries } from '../../src/resume/_entries';
import { findSections } from '../../src/resume/sections';
import type { SectionName } from '../../src/schemas';
import { formatYearMonth, toYm } from '../../src/text/dates';
import { lexiconFor } from '../../src/text/lexicon';
import { normalizeText as normalize } from '../../src/text/normalize';
import { everyLanguage } from '../_languages';
import { devFiles, readDev } from './_dev';
import { expectCovering } from '../_sections';

/** `normalizeText` with every language pack loaded, as before the packs. */
const normalizeText = (raw: string): string => normalize(raw, everyLanguage());

// Moved from test/parse-normalize.test.ts, test/parse-sections.test.ts and test/parse-experience.test.ts: the reading
// stages on the dev résumés.

const AS_OF = toYm(2026, 11);

function read(raw: string) {
  const text = normalizeText(raw);
  return { text, ...extractEntries(text, findSections(text), { asOfYm: AS_OF, lex: lexiconFor(), order: 'day-first' }) };
}

describe('normalizeText on the dev résumés', () => {
  it.each(devFiles())('%s is clean and idempotent', (file) => {
    const out = normalizeText(readDev(file));
    expect(out).not.toMatch(/[\r\t\u00a0\u200b\ufeff\u00ad\ufb00-\ufb06]/u);
    expect(out).not.toMatch(/Page \d of \d/u);
    expect(out).not.toMatch(/ $/mu);
    expect(out).not.toMatch(/\n\n\n\n/u);
    expect(normalizeText(out)).toBe(out);
  });
});

describe('findSections on the dev résumés', () => {
  const expected: Record<string, SectionName[]> = {
    'dev-01': ['header', 'summary', 'experience', 'education', 'certifications', 'skills', 'publications'],
    'dev-02': ['header', 'summary', 'experience', 'skills', 'projects', 'education', 'certifications'],
    'dev-03': ['header', 'summary', 'experience', 'education', 'certifications', 'skills'],
    'dev-04': ['header', 'summary', 'experience', 'skills', 'education', 'certifications'],
    'dev-05': ['header', 'experience', 'education', 'skills'],
    'dev-06': ['header', 'summary', 'experience', 'education', 'certifications', 'skills'],
    'dev-07': ['header', 'summary', 'experience', 'education', 'certifications', 'skills', 'languages', 'interests'],
    'dev-08': ['header', 'clearance', 'summary', 'experience', 'education', 'certifications', 'skills'],
    'dev-09': ['header', 'summary', 'experience', 'skills', 'publications', 'education'],
    'dev-10': ['header', 'summary', 'experience', 'skills', 'education', 'certifications', 'interests'],
    'dev-11': ['header', 'summary', 'experience', 'education', 'clearance', 'skills'],
    'dev-12': ['header', 'education', 'experience', 'projects', 'skills', 'certifications'],
  };
  it.each(devFiles())('%s', (file) => {
    const text = normalizeText(readDev(file));
    const sections = findSections(text);
    expectCovering(sections, text);
    expect(sections.map((s) => s.name)).toEqual(expected[file.replace('.txt', '')]);
  });
});

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

describe('extractEntries on the dev résumés', () => {
  it.each(Object.keys(GOLD))('%s matches the entries of its gold notes', (name) => {
    const gold = JSON.parse(readDev(`${name}.gold.json`)) as { asOf: string; _notes: string[] };
    expect(gold.asOf).toBe('2026-11-01');
    const notes = gold._notes.find((n) => n.startsWith('Entries:')) ?? '';
    const expected = GOLD[name] ?? [];
    // The table above must say what the notes say.
    for (const [, , , months] of expected) expect(notes).toMatch(new RegExp(`= ${months}\\b`, 'u'));

    const { entries, warnings } = read(readDev(`${name}.txt`));
    const got = [...entries].sort((a, b) => a.start - b.start).map((e) => [e.title, formatYearMonth(e.start), formatYearMonth(e.end), e.months]);
    expect(got).toEqual(expected);
    expect(warnings).toEqual([]);
  });
});
