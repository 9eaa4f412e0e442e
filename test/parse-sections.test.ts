import { describe, expect, it } from 'vitest';
import { findSections, sectionAt } from '../src/resume/sections';
import { lexiconFor } from '../src/text/lexicon';
import { allLanguages } from '../src/languages';
import type { SectionName } from '../src/schemas';
import { HOSTILE_INPUTS } from './_hostile-inputs';
import { expectCovering } from './_sections';

const HEAD = 'Jane Doe\njane@example.com\n\n';

describe('findSections', () => {
  it.each([['IT-KENNTNISSE'], ['EDV-Kenntnisse']])('a hyphenated heading without its hyphen: %s', (heading) => {
    const text = `BERUFSERFAHRUNG\nline one\n${heading}\nPython (10+ Jahre), SQL\n`;
    expect(findSections(text, lexiconFor('de', allLanguages)).map((s) => s.name)).toEqual(['experience', 'skills']);
  });

  it.each<[string, 'en' | 'de' | 'fr' | 'es']>([
    ['SKILLS-MATRIX', 'de'],
    ['Skills-Matrix', 'en'],
    ['TECHNICAL-SKILLS', 'en'],
    ['COMPÉTENCES-TECHNIQUES', 'fr'],
    ['CONOCIMIENTOS-TÉCNICOS', 'es'],
  ])('a heading with a hyphen where its phrase has a space: %s', (heading, lang) => {
    const text = `EXPERIENCE\nline one\n${heading}\nPython | Expert | 8\n`;
    expect(findSections(text, lexiconFor(lang, allLanguages)).map((s) => s.name)).toEqual(['experience', 'skills']);
  });

  it.each<[string, 'en' | 'de' | 'fr' | 'es', SectionName]>([
    ['AWARDS AND FUNDING', 'en', 'awards'],
    ['PRIX ET FINANCEMENT', 'fr', 'awards'],
    ['PUBLICATIONS CHOISIES (* contribution égale)', 'fr', 'publications'],
    ['PREISE UND FÖRDERUNG', 'de', 'awards'],
    ['PREMIOS Y FINANCIACIÓN', 'es', 'awards'],
  ])('funding and selected publications close the entry above them (convention 233): %s', (heading, lang, name) => {
    const text = `EXPERIENCE\n2016  Intern, Acme\n${heading}\n2020 – 2023  Doctoral scholarship\n`;
    expect(findSections(text, lexiconFor(lang, allLanguages)).map((s) => s.name)).toEqual(['experience', name]);
  });

  it.each<[string, 'en' | 'de' | 'fr' | 'es']>([
    ['INVITED TALKS (selection)', 'en'],
    ['Invited presentations', 'en'],
    ['EINGELADENE VORTRÄGE (Auswahl)', 'de'],
    ['Conférences invitées', 'fr'],
    ['PONENCIAS INVITADAS', 'es'],
  ])('invited talks close the teaching entry above them: %s', (heading, lang) => {
    const text = `TEACHING\n2018–2020  Teaching assistant, Saarland University\n${heading}\n2025  "Red teaming LLM agents", London\n`;
    expect(findSections(text, lexiconFor(lang, allLanguages)).map((s) => s.name)).toEqual(['experience', 'publications']);
  });

  it.each<[string, 'fr' | 'es']>([
    ['FORMATION ET QUALIFICATIONS PROFESSIONNELLES', 'fr'],
    ['FORMACIÓN Y CUALIFICACIONES PROFESIONALES', 'es'],
  ])('education joined to professional qualifications, the adjective after its noun: %s', (heading, lang) => {
    const text = `EXPÉRIENCE\nAnalyste 2019 – 2021\n${heading}\nLL.M. 2012\n`;
    expect(findSections(text, lexiconFor(lang, allLanguages)).map((s) => s.name)).toEqual(['experience', 'education']);
  });

  it.each([["CENTRES D'INTÉRÊT\nlecture"], ['Centres d’intérêt : lecture'], ["Centres d'intérêt: lecture"]])(
    'a heading or label with an apostrophe: %s',
    (lines) => {
      const text = `FORMATION\nMaster\n${lines}\n`;
      expect(findSections(text, lexiconFor('fr', allLanguages)).map((s) => s.name)).toEqual(['education', 'interests']);
    },
  );

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
    ['Technical skills (self-rated)', 'skills'],
    ['Experience (selection)', 'experience'],
    ['CONTRACTS (most recent first)', 'experience'],
    ['Client Engagements', 'experience'],
    ['Freelance Work', 'experience'],
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
    ['---------------------------- WORK HISTORY (4) ----------------------------', 'experience'],
    ['==================== EDUCATION ====================', 'education'],
    ['━━━━━━━━━━━━━━━━━━  PROFESSIONAL EXPERIENCE  ━━━━━━━━━━━━━━━━━━', 'experience'],
    ['══════ SKILLS ══════', 'skills'],
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

  it.each([
    ['EDUCATION\nState University\nBachelor of Science 2012\nHonors: Magna Cum Laude\nCity College\nAssociate of Science 2009\n', 'City College'],
    ['Education:\nM.S. Statistics, Rice University, 2018\nHonours: Dean’s List (4 terms)\nB.A. Economics, Tulane University, 2016\n', 'B.A. Economics'],
    ['EDUCATION\nB.Eng. Mechanical, 2010\nAwards: Best Thesis Prize\nDiploma in Drafting, 2006\n\nEXPERIENCE\nEngineer, Acme, 2010 - Present\n', 'Diploma in'],
  ])('keeps an honours line inside a degree entry to its own line: %#', (body, after) => {
    const text = `${HEAD}${body}`;
    const sections = findSections(text);
    expect(sectionAt(sections, text.indexOf(after))).toBe('education');
    expect(sectionAt(sections, text.indexOf('Engineer, Acme'))).toBe(text.includes('Engineer, Acme') ? 'experience' : 'header');
  });

  it.each<[string, SectionName]>([
    ['1.  ACADEMIC QUALIFICATIONS', 'education'],
    ['2.  EMPLOYMENT HISTORY', 'experience'],
    ['IV) Experience', 'experience'],
    ['5.  SELECTED PUBLICATIONS  (h-index 17)', 'publications'],
    ['PUBLICATIONS  (* equal contribution; selected, 14 total)', 'publications'],
    ['SELECTED PUBLICATIONS (* = joint first authors; the full list is on Google Scholar)', 'publications'],
    ['Publications (peer-reviewed only, newest first; students I supervised are underlined)', 'publications'],
    ['GRANTS, FELLOWSHIPS AND AWARDS', 'awards'],
    ['4.  RESEARCH FUNDING  (total AUD 1.46M)', 'awards'],
    ['AWARDS AND FUNDING', 'awards'],
    ['TEACHING', 'experience'], // read for appointments only: a dated line there must name a job
    ['ACADEMIC AND PROFESSIONAL APPOINTMENTS', 'experience'], // "academic" shares the head noun of the last part
    ['Research and Teaching Experience', 'experience'],
    ['TEACHING AND RESEARCH INTERESTS', 'summary'], // "teaching" modifies "interests": not a teaching section
    ['Academic and professional appointments', 'experience'], // the mirror: the shared noun names the section
    ['EDUCATION AND PROFESSIONAL QUALIFICATIONS', 'education'], // two nouns, the second after its adjective
    ['SERVICE', 'other'],
    ['PROJECTS & EMPLOYMENT (most recent first)', 'experience'], // jobs among projects: read for jobs
    ['Volunteering and Work Experience', 'experience'],
    ['TECHNICAL', 'skills'],
  ])('numbered, remarked and academic headings: %s → %s', (heading, name) => {
    const sections = findSections(`${HEAD}${heading}\nSomething here`);
    expect(sections.map((s) => s.name)).toEqual(['header', name]);
  });

  it('keeps sub-labels inside an entry', () => {
    const text = 'EXPERIENCE\nEngineer  2019 – 2021\nTools:\n- Python\n  Highlights\n- x';
    expect(findSections(text)).toEqual([{ name: 'experience', heading: 'EXPERIENCE', start: 0, end: text.length }]);
  });

  it('reads a labelled line under a job as its own section for that line only (LinkedIn "Skills: a · b")', () => {
    const text = 'EXPERIENCE\nEngineer  2019 – 2021\n- Built\nSkills: Python · Go\nAnalyst  2016 – 2019\n- Ran';
    const skills = text.indexOf('Skills:');
    const next = text.indexOf('Analyst');
    expect(findSections(text)).toEqual([
      { name: 'experience', heading: 'EXPERIENCE', start: 0, end: skills },
      { name: 'skills', heading: 'Skills', start: skills, end: next },
      { name: 'experience', heading: '', start: next, end: text.length },
    ]);
  });

  it('strips symbol decoration from a heading ("► FORMATION")', () => {
    expect(findSections('► EXPERIENCE\nx\n▪ EDUCATION\ny').map((s) => s.name)).toEqual(['experience', 'education']);
  });

  it('strips angle-quote decoration from a heading (">> Work history", "« Education »")', () => {
    expect(findSections('>> Work history\nx\n« Education »\ny\n› Skills\nz').map((s) => s.name)).toEqual(['experience', 'education', 'skills']);
  });

  it('reads "Doctoral study" and "Graduate studies" as education headings (a studentship is study, not work)', () => {
    expect(findSections('ACADEMIC APPOINTMENTS\nx\nDOCTORAL STUDY\ny\nINDUSTRY EXPERIENCE\nz\nGraduate Studies\nw').map((s) => s.name)).toEqual([
      'experience',
      'education',
      'experience',
      'education',
    ]);
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

  it('reads a heading word wrapped under a bullet, indented to its text, as the bullet going on', () => {
    const bullet = '                     - Aufbau der Pipelines der zentralen ML-Plattform auf Azure Kubernetes\n                       Service\n';
    const text = `BERUFSERFAHRUNG\nseit 04/2023  MLSecOps Engineer\n${bullet}04/2022 – 03/2023  ML Engineer\nKENNTNISSE\nPython\n`;
    expect(findSections(text, lexiconFor('de', allLanguages)).map((s) => s.name)).toEqual(['experience', 'skills']);
    // Under a short bullet, a sentence's end or a blank line, the same line is a heading.
    for (const above of [
      '  - Python\n',
      '  - Aufbau der Pipelines der zentralen ML-Plattform auf Azure.\n',
      '  - Aufbau der Pipelines der zentralen ML-Plattform auf Azure\n\n',
    ]) {
      expect(findSections(`EXPERIENCE\n${above}    Service\nx\n`).map((s) => s.name)).toEqual(['experience', 'other']);
    }
  });

  it("reads a heading in capitals indented to a wrapped bullet's text as a heading, one in lowercase as the bullet going on", () => {
    const above = '  - Built the platform services on Azure Kubernetes\n';
    expect(findSections(`EXPERIENCE\n${above}    SKILLS\nPython, Go\n`).map((s) => s.name)).toEqual(['experience', 'skills']);
    expect(findSections(`EXPERIENCE\n${above}    Skills\nPython, Go\n`).map((s) => s.name)).toEqual(['experience']);
  });

  it('reads a sub-label word in capitals, indented with a main column set off the margin, as a heading ("    FORMACIÓN")', () => {
    const lex = lexiconFor('es', allLanguages);
    const job = '    Data Scientist  oct. 2018 – mar. 2020\n    - Modelos de scoring en Python.\n\n';
    expect(findSections(`EXPERIENCIA\n${job}    FORMACIÓN\n    Grado en Informática — 2012\n`, lex).map((s) => s.name)).toEqual(['experience', 'education']);
    expect(findSections(`EXPERIENCIA\n${job}    Formación\n    Curso de Python\n`, lex).map((s) => s.name)).toEqual(['experience']);
  });

  it('has no empty header when the text starts with a heading', () => {
    expect(findSections('SKILLS\nPython')).toEqual([{ name: 'skills', heading: 'SKILLS', start: 0, end: 13 }]);
  });

  it.each(HOSTILE_INPUTS.sections)('%s: well-formed (timed by scripts/bench-limits.ts)', (_name, text) => {
    const sections = findSections(text);
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

// findSections on the dev résumés (../shared/eval/dev): `npm run eval` (test/eval/stages.eval.ts).

describe('headings of academic and legal CVs (r15)', () => {
  it('reads current, previous and prior positions and practice as experience', () => {
    const text = 'CURRENT POSITION\nAI Governance Lead\nPREVIOUS ACADEMIC APPOINTMENT\nPostdoctoral Fellow\nPRIOR LEGAL PRACTICE\nAssociate\nEDUCATION\nLLB\n';
    expect(findSections(text, lexiconFor('en')).map((s) => s.name)).toEqual(['experience', 'education']);
  });

  it.each([['RESEARCH AND TECHNICAL WORK'], ['Research work'], ['Research and professional work'], ['Selected research work']])(
    'reads %j as experience: the work of an academic CV, after its education',
    (heading) => {
      const text = `EDUCATION\nPhD in Informatics, 2020\n${heading}\nLecturer (2023–present)\n - Supervise PhD and MSc dissertations.\n`;
      expect(findSections(text, lexiconFor('en')).map((s) => s.name)).toEqual(['education', 'experience']);
    },
  );
});

describe('a weak heading in mixed case under a section heading in capitals is a sub-label (r74)', () => {
  const names = (text: string, lang: 'en' | 'fr' | 'de' | 'es') => findSections(text, lexiconFor(lang, allLanguages)).map((s) => s.name);
  it.each([
    [
      'fr',
      "EXPÉRIENCE PROFESSIONNELLE\nBanque du Centre — Lyon   03/2019 – aujourd'hui\nIngénieure sécurité\n\nPrincipales réalisations\n• Migration du SIEM.\n\nFORMATION\nMaster informatique, 2018\n",
    ],
    ['en', 'EXPERIENCE\nNorthbank — Leeds   03/2019 – present\nSecurity Engineer\n\nAchievements\n• Migrated the SIEM.\n\nEDUCATION\nBSc Computing, 2018\n'],
    [
      'de',
      'BERUFSERFAHRUNG\nNordbank — Hamburg   03/2019 – heute\nSecurity Engineer\n\nErfolge\n• Migration des SIEM.\n\nAUSBILDUNG\nB.Sc. Informatik, 2018\n',
    ],
  ] as const)('%s', (lang, text) => {
    expect(names(text, lang)).toEqual(['experience', 'education']);
  });
  it('leaves a heading in capitals with a remark in lowercase a section of its own ("PROJECTS (selected)")', () => {
    expect(names('EXPERIENCE\nNorthbank   03/2019 – present\nSecurity Engineer\n- Ran the SIEM.\n\nPROJECTS (selected)\n* SIEM blueprint.\n', 'en')).toEqual([
      'experience',
      'projects',
    ]);
  });
  it('leaves a heading in mixed case a section of its own when the headings above are in mixed case', () => {
    expect(names('Experience\nNorthbank   03/2019 – present\nSecurity Engineer\n\nAchievements\n• Speaker at BSides 2023.\n', 'en')).toEqual([
      'experience',
      'achievements',
    ]);
  });
});

describe('an academic CV’s research appointments and internships are its experience', () => {
  it.each(['ACADEMIC AND RESEARCH APPOINTMENTS', 'Research Appointments', 'RESEARCH INTERNSHIPS'])('%s', (heading) => {
    const text = `${HEAD}SUMMARY\nWork on robust learning.\n\n${heading}\n2021 – 2023   Research Fellow, Delmont Institute\n`;
    expect(findSections(text).map((s) => [s.name, s.heading])).toEqual([
      ['header', ''],
      ['summary', 'SUMMARY'],
      ['experience', heading],
    ]);
  });
});

describe('a heading in capitals run into its content (an ATS export that collapsed its lines)', () => {
  it.each<[string, 'en' | 'es', SectionName[]]>([
    [
      "WORK EXPERIENCE\nData Analyst, Acme 02/2014 - 06/2016\nEDUCATION Master's in Data Mining, Universidad de Buenos Aires 2016 - 2018\nCERTIFICATIONS Google Cloud Professional Machine Learning Engineer (2024)\nLANGUAGES Spanish (native), English (C1)\n",
      'en',
      ['experience', 'education', 'certifications', 'languages'],
    ],
    [
      'EXPERIENCIA LABORAL\nAnalista de Datos, Acme 02/2014 - 06/2016\nEDUCACIÓN Maestría en Explotación de Datos, UBA 2016 - 2018\nPROYECTOS Y CHARLAS "Evaluating RAG" - póster en Khipu 2025\n',
      'es',
      ['experience', 'education', 'projects'],
    ],
  ])('%#', (text, lang, want) => {
    expect(findSections(text, lexiconFor(lang, allLanguages)).map((s) => s.name)).toEqual(want);
  });
  it.each([
    // A wrapped line that opens with a heading's word in capitals, its content in brackets.
    'EXPERIENCE\nAcme 2019 - 2021\n- Ran drift alerts to the\nCOMPETENCES (Evidently, Grafana), for the teams.\n',
    // Capitals after the heading's words: a title in capitals, no content in mixed case.
    'EXPERIENCE\nAcme 2019 - 2021\nMILITARY SERVICE - U.S. ARMY (Honorable discharge)\n',
    'EXPERIENCE\nAcme 2019 - 2021\nPROFESSIONAL PRACTICE COURSE (SOLICITOR) – Law Society of Ireland\n',
  ])('no run-in heading: %s', (text) => {
    expect(findSections(text, lexiconFor('en', allLanguages)).map((s) => s.name)).toEqual(['experience']);
  });
});
