import { describe, expect, it } from 'vitest';
import { ids, read } from './_resumes';

// Reading the forty-first session's (seventh) r186 set taught (conventions 434–437 of docs/reading-conventions.md): what
// counts as evidence of a skill. A label of a skill only met opening an item of a bar-joined list, knowledge from a
// workshop, a people skill named as a trait ("mentoring mindset"), "none yet" in the translations; the field's words the
// translations missed; a claim of years wrapped before its skill; a range cut after its connector.

describe('an item of a joined list opened by a label of a skill only met is no evidence (convention 435)', () => {
  it.each([
    [
      "DIGITAL SKILLS\nMicrosoft Office | ServiceNow GRC | Power BI | Exposure to Python and\nSQL through the analytics team's data-quality checks | Confluence\n",
    ],
    ["DIGITAL SKILLS\nMicrosoft Office · Exposure to Python and SQL through the analytics team's checks · Confluence\n"],
    ['DIGITALE KOMPETENZEN\nMicrosoft Office | Confluence | Berührungspunkte mit\nPython und SQL über die Datenqualitätsprüfungen des Analytics-Teams\n'],
  ])('%s', (text) => {
    const found = ids(text);
    expect(found).not.toContain('python');
    expect(found).not.toContain('sql');
  });

  it('the items before and after it still count', () => {
    const found = ids('DIGITAL SKILLS\nPython | Exposure to Kubernetes | SQL\n');
    expect(found).toContain('python');
    expect(found).toContain('sql');
    expect(found).not.toContain('kubernetes');
  });

  it('a basic level opening an item stays held (convention 17)', () => {
    expect(ids('COMPÉTENCES NUMÉRIQUES\nMaîtrise de Burp Suite, Metasploit | Python | Notions de Go\n')).toContain('go');
  });

  it('a level cell at the end of a table row heads nothing on the next row', () => {
    const text = 'KENNTNISSE\nSkill        | Jahre | Niveau\nJavaScript   | 3     | Grundkenntnisse\nSQL          | 6     | Gute Kenntnisse\n';
    expect(ids(text)).toContain('sql');
  });
});

describe('what one knows from a workshop is no evidence (convention 435)', () => {
  it.each([
    ['DIGITAL SKILLS\nJira | Awareness of adversarial ML attacks (MITRE ATLAS) from\na two-day workshop\n'],
    ['SKILLS\nAdversarial ML attacks (MITRE ATLAS) from a two-day workshop.\n'],
    ['DIGITALE KOMPETENZEN\nJira | Grundverständnis adversarialer\nML-Angriffe (MITRE ATLAS) aus einem zweitägigen Workshop\n'],
  ])('%s', (text) => {
    expect(ids(text)).not.toContain('adversarial-ml');
  });

  it('a duty that names the field is still evidence', () => {
    expect(ids('EXPERIENCE\nML Security Engineer, Acme Ltd, 01/2020 – Present\n- Ran adversarial ML evaluations of the fraud models.\n')).toContain(
      'adversarial-ml',
    );
  });
});

describe('a people skill named as a trait is no evidence (convention 434)', () => {
  it.each([
    ['COMMUNICATION AND INTERPERSONAL SKILLS\nStrong communication and negotiation skills; mentoring mindset; intercultural team player.\n'],
    ['KOMMUNIKATIVE UND ZWISCHENMENSCHLICHE KOMPETENZEN\nAusgeprägte Verhandlungsstärke; Mentoring-Mindset; interkulturelle Teamplayerin.\n'],
  ])('%s', (text) => {
    expect(ids(text)).not.toContain('mentoring');
  });

  it('mentoring shown in a job counts', () => {
    expect(ids('EXPERIENCE\nTechnical Lead, Acme Ltd, 01/2020 – Present\n- Mentored 3 junior engineers through the trainee programme.\n')).toContain(
      'mentoring',
    );
  });
});

describe('the translations read as their English originals (convention 436)', () => {
  it.each([
    ['KENNTNISSE\nSprachen: Java, Go, Python und SQL für die Dienste der Firma und die Zahlungen.\nTerraform: noch nichts.\n'],
    ['HABILIDADES\nLenguajes: Java, Go, Python y SQL para los servicios de la empresa y los pagos.\nTerraform: todavía nada.\n'],
    ["COMPÉTENCES\nLangages : Java, Go, Python et SQL pour les services de l'entreprise et les paiements.\nTerraform : rien pour l'instant.\n"],
  ])('"none yet": %s', (text) => {
    expect(ids(text)).not.toContain('terraform');
  });

  it('exploring a field, the German word order', () => {
    const text =
      'ZUSAMMENFASSUNG\nAktuell beschäftige ich mich mit LLM-Fine-Tuning und RAG für die Suche in interner Dokumentation – produktiv mit LLMs gearbeitet habe ich noch nicht.\n';
    expect(ids(text)).not.toContain('llm-applications');
  });

  it('a review presented to the CIO (German)', () => {
    const text =
      'BERUFSERFAHRUNG\nTechnical Product Manager, Isar Versicherung AG, 01/2019 – 01/2022\nQuartalsweises Plattform-Review vor dem CIO und den Leitern der Geschäftsbereiche präsentiert.\n';
    expect(ids(text)).toContain('stakeholder-communication');
  });

  it('a model checked for bias (English)', () => {
    const text =
      'EXPERIENCE\nJunior Data Scientist, Caisse Boréale, 01/2023 – Present\n- Checked the churn model for bias across age groups and preferred language before release.\n';
    expect(ids(text)).toContain('responsible-ai');
  });

  it('design reviews based on OWASP ASVS (Spanish)', () => {
    const text =
      'EXPERIENCIA\nLíder de seguridad de aplicaciones, Acme SA, 06/2021 – actualidad\n- Revisiones de diseño basadas en OWASP ASVS y escaneos DAST con ZAP para la app de tarjetas.\n';
    expect(ids(text)).toContain('security-assessment');
  });

  it('source-code security audits (French)', () => {
    const text =
      "EXPÉRIENCE\nPentesteuse senior, Acme SAS, 01/2018 – 12/2022\n• Audits de sécurité du code source d'applications Java et PHP pour des clients du secteur public.\n";
    expect(ids(text)).toContain('secure-code-review');
  });
});

describe('a claim of years wrapped before its skill (convention 437)', () => {
  const claims = (text: string) => read(text).experience.claims.map((c) => [c.subject, c.years]);

  it('a line of prose that ends on the years goes on with the skill', () => {
    const text = 'ZUSAMMENFASSUNG\nIch bringe Modelle aus dem Notebook in die Produktion. Mehr als 10 Jahre\nPython – vom Forschungscode an der Uni.\n';
    expect(claims(text)).toContainEqual(['python', 10]);
  });

  it('a sentence that ends on the years does not', () => {
    const text = 'SUMMARY\nI get models out of notebooks and into production for 10 years.\nPython is my main language.\n';
    expect(claims(text).filter(([s]) => s === 'python')).toEqual([]);
  });

  it('a table row does not go on with the next row', () => {
    expect(claims('SKILLS\nJava 5 years\nPython 3 years\n').filter(([s, y]) => s === 'python' && y === 5)).toEqual([]);
  });
});

describe('a range cut after its connector (convention 437)', () => {
  it('the line below completes it', () => {
    const text =
      'WORK EXPERIENCE\n Worked as Senior Software Engineer in Deccan Systems Ltd., Bengaluru from Aug 2016 to Jun 2019.\n Worked as Software Engineer in Sri Venkateswara Soft Solutions Pvt. Ltd., Hyderabad from Jun 2014 to\n  Jul 2016.\n';
    const { experience } = read(text);
    expect(experience.entries.map((e) => [e.title, e.start, e.end])).toEqual([
      ['Senior Software Engineer', '2016-08', '2019-06'],
      ['Software Engineer', '2014-06', '2016-07'],
    ]);
    expect(experience.totalYears).toBe(5.08);
  });
});

describe("a project block of a one-line job list is that job's description (convention 437)", () => {
  const text = [
    'WORK EXPERIENCE',
    ' Worked as Technical Lead in Kovalam Infotech Pvt. Ltd., Hyderabad from Jul 2019 to Mar 2025.',
    ' Worked as Software Engineer in Sri Venkateswara Soft Solutions Pvt. Ltd., Hyderabad from Jun 2014 to',
    '  Jul 2016.',
    '',
    'PROJECT DETAILS',
    '',
    'Project #1   : Policy Administration System Modernisation',
    'Client       : UK-based general insurer',
    'Duration     : Jul 2019 – Mar 2025',
    'Role         : Technical Lead',
    'Environment  : Java 11, Spring Boot, PostgreSQL',
    'Responsibilities:',
    ' Developed REST microservices for policy issuance and endorsements.',
    '',
    'Project #2   : Retail Banking Portal',
    'Client       : Indian private-sector bank',
    'Duration     : Jun 2014 – Jul 2016',
    'Role         : Software Engineer',
    'Environment  : Java 6, JSP, Servlets, MySQL',
    'Responsibilities:',
    ' Developed JSP pages and servlets for the fund-transfer module.',
    '',
  ].join('\n');

  it("the jobs are counted once, with their projects' skills", () => {
    const { experience, skills } = read(text);
    expect(experience.entries.map((e) => [e.title, e.start, e.end])).toEqual([
      ['Technical Lead', '2019-07', '2025-03'],
      ['Software Engineer', '2014-06', '2016-07'],
    ]);
    expect(skills.find((s) => s.id === 'java')?.years).toBe(7.92);
  });

  it("an insurer's policy issuance is no policy development", () => {
    expect(ids(text)).not.toContain('policy-development');
  });
});
