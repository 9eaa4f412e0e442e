import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../src/text/normalize';
import { findSections, sectionAt } from '../src/resume/sections';
import type { Section, SectionName } from '../src/schemas';

const HEAD = 'Jane Doe\njane@example.com\n\n';

function expectCovering(sections: readonly Section[], text: string): void {
  expect(sections[0]?.start).toBe(0);
  expect(sections.at(-1)?.end).toBe(text.length);
  sections.forEach((s, i) => {
    expect(s.end).toBeGreaterThanOrEqual(s.start);
    if (i > 0) expect(s.start).toBe(sections[i - 1]?.end);
  });
}

describe('findSections', () => {
  it.each<[string, SectionName]>([
    ['EXPERIENCE', 'experience'],
    ['Experience:', 'experience'],
    ['Work Experience', 'experience'],
    ['WORK HISTORY', 'experience'],
    ['Employment', 'experience'],
    ['Employment History', 'experience'],
    ['PROFESSIONAL EXPERIENCE', 'experience'],
    ['Relevant Experience', 'experience'],
    ['Career History', 'experience'],
    ['Experience (continued)', 'experience'],
    ['E X P E R I E N C E', 'experience'],
    ['W O R K  E X P E R I E N C E', 'experience'],
    ['Skills', 'skills'],
    ['TECHNICAL SKILLS', 'skills'],
    ['Core Competencies', 'skills'],
    ['Technical Proficiencies', 'skills'],
    ['Tools', 'skills'],
    ['Technologies', 'skills'],
    ['Expertise', 'skills'],
    ['== Skills ==', 'skills'],
    ['Education', 'education'],
    ['Academic Background', 'education'],
    ['EDUCATION & CERTIFICATIONS', 'education'],
    ['Education and Training', 'education'],
    ['Certifications', 'certifications'],
    ['Certifications & Training', 'certifications'],
    ['Licenses & Certifications', 'certifications'],
    ['Security Clearance', 'clearance'],
    ['CLEARANCE', 'clearance'],
    ['Projects', 'projects'],
    ['Selected Projects', 'projects'],
    ['Publications', 'publications'],
    ['PUBLICATIONS & TALKS', 'publications'],
    ['Talks', 'publications'],
    ['Summary', 'summary'],
    ['Profile', 'summary'],
    ['ABOUT', 'summary'],
    ['Professional Summary', 'summary'],
    ['Objective', 'summary'],
    ['Awards', 'awards'],
    ['Honors & Awards', 'awards'],
    ['Interests', 'interests'],
    ['Hobbies', 'interests'],
    ['Languages', 'languages'],
    ['Volunteering', 'volunteering'],
    ['Volunteer Experience', 'volunteering'],
    ['References', 'other'],
  ])('%j → %s', (heading, name) => {
    const text = `${HEAD}${heading}\nline one\n`;
    const sections = findSections(text);
    expect(sections).toEqual([
      { name: 'header', heading: '', start: 0, end: HEAD.length },
      { name, heading, start: HEAD.length, end: text.length },
    ]);
  });

  it.each([
    ['a bullet', '- Skills'],
    ['a sentence', 'Experience building secure systems at scale.'],
    ['a lowercase word', 'skills'],
    ['a line with other words', 'Developed the experience platform'],
    ['a skills sub-label', 'Languages: Python, Go, C'],
    ['a sub-label with content', 'Security: threat modeling, SAST'],
    ['a long line', `Skills ${'x'.repeat(80)}`],
    ['an unknown heading', 'LEADERSHIP PHILOSOPHY'],
  ])('does not read %s as a heading', (_name, line) => {
    const text = `${HEAD}${line}\nmore`;
    expect(findSections(text)).toEqual([{ name: 'header', heading: '', start: 0, end: text.length }]);
  });

  it.each<[string, SectionName, string]>([
    ['Clearance: Active TS/SCI', 'clearance', 'Clearance'],
    ['Technical Skills: Python, Go', 'skills', 'Technical Skills'],
    ['Certifications: CISSP, OSCP', 'certifications', 'Certifications'],
    ['Languages: English (native), Spanish (fluent)', 'languages', 'Languages'],
    ['Interests: sea swimming, chess', 'interests', 'Interests'],
  ])('reads the inline heading %j', (line, name, heading) => {
    const text = `${HEAD}${line}\n`;
    expect(findSections(text)[1]).toEqual({ name, heading, start: HEAD.length, end: text.length });
  });

  it('keeps sub-labels inside an entry', () => {
    const text = 'EXPERIENCE\nEngineer  2019 – 2021\nTools:\n- Python\n  Highlights\n- x';
    expect(findSections(text)).toEqual([{ name: 'experience', heading: 'EXPERIENCE', start: 0, end: text.length }]);
  });

  it('merges a repeated heading into the open section', () => {
    const text = 'EXPERIENCE\na\nEXPERIENCE (continued)\nb\nSKILLS\nc';
    expect(findSections(text).map((s) => [s.name, s.start])).toEqual([
      ['experience', 0],
      ['skills', text.indexOf('SKILLS')],
    ]);
  });

  it('reads a whole résumé', () => {
    const text = 'Jane Doe\n\nSUMMARY\nEngineer.\n\nEXPERIENCE\nEngineer  2019 – 2021\n- x\n\nSKILLS\nLanguages: Python\n\nEDUCATION\nB.S.';
    const sections = findSections(text);
    expect(sections.map((s) => s.name)).toEqual(['header', 'summary', 'experience', 'skills', 'education']);
    expectCovering(sections, text);
    expect(text.slice(sections[2]?.start, sections[2]?.end)).toBe('EXPERIENCE\nEngineer  2019 – 2021\n- x\n\n');
  });

  it.each([
    ['no headings', 'Jane Doe\nEngineer at Acme 2019 – 2021'],
    ['empty text', ''],
  ])('returns one header section for %s', (_name, text) => {
    expect(findSections(text)).toEqual([{ name: 'header', heading: '', start: 0, end: text.length }]);
  });

  it('has no empty header when the text starts with a heading', () => {
    expect(findSections('SKILLS\nPython')).toEqual([{ name: 'skills', heading: 'SKILLS', start: 0, end: 13 }]);
  });

  it.each([
    ['50,000 hyphens', '-'.repeat(50_000)],
    ['100 KB of short heading-like lines', 'Skills & Tools / Talks\n'.repeat(4_500)],
    ['a 200 KB line of colons', ':'.repeat(200_000)],
    ['100 KB of letter-spaced words', 'E X P E R I E N C E  '.repeat(5_000)],
    ['200 KB of decoration', '=-'.repeat(100_000)],
  ])('stays linear on %s', (_name, text) => {
    const t0 = performance.now();
    const sections = findSections(text);
    expect(performance.now() - t0).toBeLessThan(2000);
    expectCovering(sections, text);
  });
});

describe('sectionAt', () => {
  const text = 'Jane\nSKILLS\nPython\nEDUCATION\nB.S.';
  const sections = findSections(text);
  it.each<[number, SectionName]>([
    [0, 'header'],
    [4, 'header'],
    [5, 'skills'],
    [text.indexOf('Python'), 'skills'],
    [text.indexOf('EDUCATION'), 'education'],
    [text.length - 1, 'education'],
    [text.length + 10, 'education'],
  ])('offset %i → %s', (offset, name) => {
    expect(sectionAt(sections, offset)).toBe(name);
  });

  it('falls back to header without sections', () => {
    expect(sectionAt([], 3)).toBe('header');
  });
});

const dir = new URL('../../shared/eval/dev/', import.meta.url);

describe.skipIf(!existsSync(dir))('findSections on the dev résumés', () => {
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
  const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.txt')) : [];
  it.each(files)('%s', (file) => {
    const text = normalizeText(readFileSync(new URL(file, dir), 'utf8'));
    const sections = findSections(text);
    expectCovering(sections, text);
    expect(sections.map((s) => s.name)).toEqual(expected[file.replace('.txt', '')]);
  });
});
