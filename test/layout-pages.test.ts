import { describe, expect, it } from 'vitest';
import { findSections } from '../src/resume/sections';
import { allLanguages } from '../src/languages';
import { lexiconFor } from '../src/text/lexicon';
import { normalizeText as normalize } from '../src/text/normalize';
import { everyLanguage, parseResume } from './_languages';

const normalizeText = (raw: string): string => normalize(raw, everyLanguage());
const pad = (left: string, right: string, at = 50): string => `${left.padEnd(at)}${right}`;

/** A first page with a sidebar at x=50, six lines side by side, then a dashed page number and a one-column second page. */
function twoPages(footer: string): string {
  return [
    pad('ANNA QUIST', 'CONTACT'),
    pad('Data Scientist', 'Uppsala'),
    pad('', 'anna@example.org'),
    pad('EXPERIENCE', 'SKILLS'),
    pad('Norrsken Bank', 'Python, SQL'),
    pad('Data Scientist  2019 – present', 'pandas, dbt'),
    pad('- Built churn models in Python', 'LANGUAGES'),
    pad('- Ran weekly model reviews', 'Swedish, English'),
    '',
    `${' '.repeat(60)}${footer}`,
    '',
    'EDUCATION',
    pad('MSc Statistics, Uppsala University', '2016 – 2018', 58),
    pad('BSc Mathematics, Lund University', '2013 – 2016', 58),
    '- Wrote a thesis on survival models for loan defaults, graded with distinction',
  ].join('\n');
}

describe('a page number alone on its line cuts the pages (no form feed)', () => {
  it.each([['– 1 –'], ['- 1 -'], ['— 1 —'], ['1 / 2'], ['1 of 2']])('%s: the one-column page keeps its dates beside its degrees', (footer) => {
    const text = normalizeText(twoPages(footer));
    expect(text).toContain('MSc Statistics, Uppsala University  2016 – 2018');
    expect(text).toContain('BSc Mathematics, Lund University  2013 – 2016');
    // The sidebar is read after the page that goes on with the main column.
    expect(text.indexOf('EDUCATION')).toBeLessThan(text.indexOf('CONTACT'));
    expect(text).not.toContain(footer);
  });

  it('a bare number between blank lines cuts no page here: the columns are read as before', () => {
    const text = normalizeText(twoPages('1'));
    expect(text).toContain('EDUCATION');
    expect(text.indexOf('EDUCATION')).toBeGreaterThan(text.indexOf('CONTACT'));
  });
});

describe("a degree's name wrapped over three lines of a narrow column", () => {
  it('reads the level from the wrapped name and the field from the line under it', () => {
    const text = [
      'Jean Dupont',
      '',
      'FORMATION',
      'ENSEEIHT — Diplôme',
      "d'ingénieur, filière",
      'Informatique',
      '2012 – 2015',
      '',
      'LANGUES',
      'Anglais : C1',
    ].join('\n');
    const p = parseResume(text, { asOf: '2026-11-01' });
    expect(p.education.map((e) => [e.level, e.field])).toEqual([['master', 'computer-science']]);
  });

  it('keeps a degree whose bracket closes on the next line reading its field from its own lines', () => {
    const text = [
      'EDUCATION',
      'Degree                   School                 Year',
      'B.Sc. (Computer Science  Riverside College      2014',
      ' and Engineering)        Springfield',
    ].join('\n');
    const p = parseResume(text, { asOf: '2026-11-01' });
    expect(p.education.map((e) => [e.level, e.field])).toEqual([['bachelor', 'computer-science']]);
  });
});

describe('a heading word that ends a name wrapped in a narrow column', () => {
  const fr = lexiconFor('fr', allLanguages);
  it('under a heading in capitals, right under a line cut after a lowercase word, it heads nothing', () => {
    const text = "FORMATION\nENSEEIHT — Diplôme\nd'ingénieur, filière\nInformatique\n2012 – 2015\nLANGUES\nAnglais\n";
    expect(findSections(text, fr).map((s) => s.name)).toEqual(['education', 'languages']);
  });

  it('after a finished line it still heads its section', () => {
    const text = 'FORMATION\nENSEEIHT — 2015.\nInformatique\nPython, Bash\n';
    expect(findSections(text, fr).map((s) => s.name)).toEqual(['education', 'skills']);
  });

  it('over a line of its own section, not dates alone, it still heads its section', () => {
    const text = "FORMATION\nENSEEIHT — Diplôme\nd'ingénieur, filière\nInformatique\nPython, Bash\n";
    expect(findSections(text, fr).map((s) => s.name)).toEqual(['education', 'skills']);
  });

  it('under a heading in mixed case it still heads its section', () => {
    const text = "Formation\nENSEEIHT — Diplôme d'ingénieur\nInformatique\nPython, Bash\n";
    expect(findSections(text, fr).map((s) => s.name)).toEqual(['education', 'skills']);
  });
});

describe("a table's column whose header, wrapped above its rule, says others built it", () => {
  const table = (header2: string) =>
    [
      'PROGRAMMES I LED',
      '',
      'Customer   | Years       | Stack of the programme        | Size',
      `           |             | ${header2.padEnd(30)}|`,
      '-----------+-------------+-------------------------------+-----',
      'Port authority | 2021 – 2023 | Kubernetes, Terraform    | 8',
      'Regional bank  | 2019 – 2021 | Snowflake, dbt           | 5',
    ].join('\n');

  it('gives none of its cells as skills', () => {
    const p = parseResume(table('(built and run by the platform team)'), { asOf: '2026-11-01' });
    expect(p.skills.map((s) => s.id)).toEqual([]);
  });

  it('a header that names no other party leaves the cells to the person', () => {
    const p = parseResume(table('(hands-on, my own code)'), { asOf: '2026-11-01' });
    expect(p.skills.map((s) => s.id).sort()).toEqual(['data-engineering', 'kubernetes', 'sql', 'terraform']);
  });
});

describe('the same column header in German, French and Spanish', () => {
  const table = (heading: string, header2: string) =>
    [
      heading,
      '',
      'Kunde      | Jahre       | Stack                         | FTE',
      `           |             | ${header2.padEnd(30)}|`,
      '-----------+-------------+-------------------------------+-----',
      'Hafen      | 2021 – 2023 | Kubernetes, Terraform         | 8',
      'Bank       | 2019 – 2021 | Snowflake, dbt                | 5',
    ].join('\n');

  it.each([
    ['PROJEKTE', '(gebaut und betrieben vom Plattformteam)'],
    ['PROJETS', "(construits et exploités par l'équipe plateforme)"],
    ['PROYECTOS', '(construidos y operados por el equipo de plataforma)'],
  ])('%s: none of its cells are the person’s skills', (heading, header2) => {
    const p = parseResume(table(heading, header2), { asOf: '2026-11-01' });
    expect(p.skills.map((s) => s.id)).toEqual([]);
  });
});
