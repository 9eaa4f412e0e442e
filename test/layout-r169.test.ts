import { describe, expect, it } from 'vitest';
import { parseResume } from './_languages';

// Layouts of the r169 set: a form whose field names stand flush left in their own column (the current Europass CV),
// and a one-column résumé whose education section lists dated entries laid out as its jobs are.

const asOf = '2026-11-01';
const parse = (text: string) => parseResume(text, { asOf });
const pad = (left: string, right: string, at = 30): string => `${left.padEnd(at)}${right}`;

/** A Europass page: headings in capitals, field names and dates in a left column, each on its value's first line. */
function fieldForm(): string {
  return [
    'EDUCATION AND TRAINING',
    '',
    pad('09/2024 – CURRENT', 'MSc in Cybersecurity (part-time)'),
    pad('', 'National College of Ireland, Dublin (Ireland)'),
    pad('', 'Year 2 of 3; expected graduation 2027.'),
    '',
    pad('09/2011 – 06/2015', 'BSc (Hons) in Computer Science'),
    pad('', 'University of Galway, Galway (Ireland)'),
    '',
    'PERSONAL SKILLS',
    '',
    pad('Mother tongue(s)', 'English, Irish'),
    '',
    pad('Communication skills', 'Comfortable presenting technical risk to non-technical audiences.'),
    '',
    pad('Digital skills', 'Python, Bash, TypeScript, Terraform, AWS'),
    '',
    pad('Driving licence', 'B'),
    '',
    'ADDITIONAL INFORMATION',
    '',
    pad('Certifications', 'ISC2 Certified Cloud Security Professional (CCSP), 2024'),
    pad('', 'AWS Certified Security – Specialty (2021, recertified 2024)'),
    '',
    pad('References', 'Available on request.'),
  ].join('\n');
}

describe('a column of field names flush left is read line by line, not as a sidebar', () => {
  it('the degrees and certifications stay beside their dates and field names', () => {
    const p = parse(fieldForm());
    expect(p.education.map((e) => `${e.level}/${e.field}`)).toEqual(['bachelor/computer-science']);
    expect(p.certifications.map((c) => c.id).sort()).toEqual(['aws-security-specialty', 'ccsp']);
  });
  it('a sidebar whose lines stack up under each other is still read as a column', () => {
    const side = [
      pad('CONTACT', 'EXPERIENCE', 40),
      pad('anna@example.org', 'Data Scientist, Norrsken Bank, 2019 – present', 40),
      pad('Uppsala', '- Built churn models in Python for the retail bank', 40),
      pad('SKILLS', '- Ran weekly model reviews with the risk team', 40),
      pad('Python, SQL', '- Wrote the feature store in SQL and dbt for the', 40),
      pad('pandas, dbt', '  marketing and credit teams', 40),
      pad('CERTIFICATIONS', '', 40),
      pad('CKA, 2023', '', 40),
    ].join('\n');
    expect(parse(side).certifications.map((c) => c.id)).toEqual(['cka']);
    expect(parse(side).experience.entries.map((e) => e.start)).toEqual(['2019-01']);
  });
});

describe('a dated education section after the jobs is no sidebar block between two jobs', () => {
  const text = [
    'Work Experience',
    '',
    'Data Analyst',
    'Financiera Sol de Monterrey - Monterrey, N.L.',
    'May 2020 to January 2023',
    '- Wrote SQL Server queries and built Tableau dashboards for collections and credit-risk',
    'reporting.',
    '',
    'Mathematics Teacher',
    'Colegio Valle Alto - San Pedro Garza García, N.L.',
    'August 2013 to July 2019',
    "- Coached the school's math olympiad team (two state medals).",
    '',
    'Education',
    '',
    "Master's degree in Data Science",
    'Tecnológico de Monterrey - Monterrey, N.L.',
    'August 2020 to December 2022',
    '',
    'Certificate of completion in Data Science Bootcamp',
    'Ironhack - Remote',
    'October 2019 to March 2020',
    '- Final project: CNN image classifier for product photos in TensorFlow/Keras.',
    '',
    "Bachelor's degree in Mathematics",
    'Universidad Autónoma de Nuevo León - Monterrey, N.L.',
    '2009 to 2013',
  ].join('\n');
  it("every degree is read, and the bachelor's years are no job", () => {
    const p = parse(text);
    expect(p.education.map((e) => `${e.level}/${e.field}`)).toEqual(['master/data-science', 'bachelor/mathematics']);
    expect(p.experience.entries.map((e) => e.start)).toEqual(['2020-05', '2013-08']);
  });
});

describe('a plain title over an employer and its place is the title, though the employer names a job word', () => {
  const text = (org: string) =>
    `Work Experience\n\nData Scientist\n${org}\nFebruary 2023 to Present\n- Built demand-forecasting models in Python (LightGBM, Prophet) for 320 stores.\n- Deployed the forecast model as an AWS SageMaker endpoint.\n`;
  it('"Grupo Comercial del Norte - Monterrey, N.L." is the employer', () => {
    const [e] = parse(text('Grupo Comercial del Norte - Monterrey, N.L.')).experience.entries;
    expect([e?.title, e?.organization, e?.kind]).toEqual(['Data Scientist', 'Grupo Comercial del Norte', ['ml']]);
  });
  it('a line that ends in no place keeps its reading', () => {
    const [e] = parse(text('Acme Corp - Berlin')).experience.entries;
    expect([e?.title, e?.organization]).toEqual(['Data Scientist', 'Acme Corp']);
  });
});

describe("Indeed's employer line with a town no list holds, and a job word in a remark (r184)", () => {
  const text = [
    'Work Experience',
    '',
    'Information Security GRC Lead',
    'Zenora Bank Plc - Lagos, Lagos',
    'June 2018 to February 2023',
    '• Led the bank’s ISO/IEC 27001 certification and PCI DSS compliance for card processing.',
    '',
    'Senior Associate, IT Audit and Information Security Assurance',
    'Adeyemi Okafor & Co. (member firm of an international audit network) - Lagos',
    'November 2014 to May 2018',
    '• Tested IT general controls for banking audit clients and documented the audit evidence.',
  ].join('\n');
  it('the plain title over "Company (remark) - Town" is the title, and no line of the job before', () => {
    const p = parse(text);
    expect(p.experience.entries.map((e) => [e.title, e.organization])).toEqual([
      ['Information Security GRC Lead', 'Zenora Bank Plc'],
      ['Senior Associate, IT Audit and Information Security Assurance', 'Adeyemi Okafor & Co.'],
    ]);
    expect(p.skills.find((s) => s.id === 'audit')?.years).toBe(3.58);
  });
  it('a LinkedIn line "Title — Field" under an organisation keeps its reading', () => {
    const li =
      'Experiencia\n\nUniversidad Técnica Federico Santa María\nAyudante de cátedra ad honorem — Programación\nmar. 2014 - dic. 2015 · 1 año 10 meses\n- Ayudantías semanales.\n';
    expect(parse(li).experience.entries.map((e) => e.title)).not.toContain('Universidad Técnica Federico Santa María');
  });
});

describe('leading the information security GRC of a firm is security work (r184)', () => {
  const entry = (line: string) =>
    `Work Experience\n\nHead, Technology Risk & AI Governance\nPaystride Technologies Ltd - Lagos, Lagos\nMarch 2023 to Present\n• ${line}\n• Maintain ISO 27001 certification and PCI DSS compliance.\n`;
  it.each([
    'Lead a team of 6 covering technology risk, information security GRC and data protection.',
    'Dirijo un equipo que cubre riesgo tecnológico, GRC de seguridad de la información y protección de datos.',
  ])('%s', (line) => {
    expect(parse(entry(line)).experience.entries[0]?.kind).toEqual(['security']);
  });
  it('without it, one compliance skill is no security work', () => {
    expect(parse(entry('Lead a team of 6 covering technology risk and data protection.')).experience.entries[0]?.kind).toEqual(['other']);
  });
});

describe('a cyber-transport title in French or Spanish word order is network operations, as in English', () => {
  const entry = (title: string) =>
    `EXPÉRIENCE\n${title}  JUIN 2010 – MAI 2014\nUS Air Force – Ramstein\n- Installation et maintenance du câblage fibre et cuivre, des commutateurs et routeurs Cisco.\n- Dépannage des pannes au centre de contrôle réseau.\n`;
  it('French: "Technicienne systèmes de transport cyber" is no security work', () => {
    expect(parse(entry('Technicienne systèmes de transport cyber')).experience.securityYears).toBe(0);
  });
  it('Spanish: "Técnica de sistemas de transporte cibernético" is no security work', () => {
    expect(parse(entry('Técnica de sistemas de transporte cibernético')).experience.securityYears).toBe(0);
  });
});

describe('accompanying junior testers towards a certification is mentoring (es, de; r169-es-06)', () => {
  const ids = (heading: string, line: string): string[] => parse(`${heading}\nPentester, Acme, 01/2020 – 12/2024\n• ${line}\n`).skills.map((s) => s.id);

  it('reads the verb a few words before the junior testers', () => {
    expect(ids('EXPERIENCIA', 'Acompaño a los pentesters júnior en su preparación para el OSCP.')).toContain('mentoring');
    expect(ids('EXPERIENCIA', 'Acompañé a los analistas junior del SOC.')).toContain('mentoring');
    expect(ids('BERUFSERFAHRUNG', 'Begleitung der Junior-Pentester bei der OSCP-Vorbereitung.')).toContain('mentoring');
  });

  it('reads no mentoring from accompanying a project or a client', () => {
    expect(ids('EXPERIENCIA', 'Acompaño a los clientes en la migración a la nube.')).not.toContain('mentoring');
    expect(ids('BERUFSERFAHRUNG', 'Begleitung des Projekts bis zur Abnahme.')).not.toContain('mentoring');
  });
});
