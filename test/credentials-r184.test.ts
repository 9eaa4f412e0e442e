import { describe, expect, it } from 'vitest';
import { certs, education as degrees, ids as skills } from './_resumes';

// Education and certifications as people write them (fortieth session, sixth round): the UK HND, a degree's abbreviation and
// class restated under its school and dates, two majors of one degree, a degree's name cut after a preposition in a narrow
// column, a certification's record whose remark says it is awaiting approval or in progress.

describe('a Higher National Diploma is an associate-level award', () => {
  it.each([
    [
      'Education\nBlackburn College\nHND, Computing and Systems Development · (2009 - 2011)\nPearson BTEC Higher National Diploma, Distinction\n',
      ['associate/computer-science'],
    ],
    ['EDUCATION\nHND Computer Science — Yaba College of Technology, 2014\n', ['associate/computer-science']],
  ])('%s', (text, want) => {
    expect(degrees(text)).toEqual(want);
  });
});

describe('a degree restated under its school and dates is one degree (convention 416)', () => {
  it.each([
    [
      "Education\n\nMaster of Business Administration (MBA) in Management Information Systems\nLagos Business School - Lagos\nSeptember 2019 to July 2021\nExecutive (modular) MBA, taken while working.\n\nBachelor's degree in Computer Science\nUniversity of Nigeria, Nsukka\nOctober 2008 to July 2013\nB.Sc. (Hons), Second Class Upper Division\n",
      ['master/business', 'bachelor/computer-science'],
    ],
    [
      'Educación\n\nLicenciatura en Ciencias de la Computación\nUniversity of Nigeria, Nsukka\noctubre 2008 a julio 2013\nB.Sc. (Hons), Second Class Upper Division\n',
      ['bachelor/computer-science'],
    ],
  ])('%s', (text, want) => {
    expect(degrees(text)).toEqual(want);
  });

  it('keeps a second degree that heads an entry of its own with its school', () => {
    expect(degrees('Education\nBSc Computer Science\nLeeds Beckett\n2010 to 2013\nBSc (Hons)\nUniversity of Leeds\n2013 to 2014\n')).toEqual([
      'bachelor/computer-science',
      'bachelor/other',
    ]);
  });
});

describe('two majors of a degree whose name gives no field (convention 418)', () => {
  it.each([
    [
      'EDUCATION\n\n2010 – 2012          Bachelor of Science, The University of Auckland, New Zealand\n                     Double major in Computer Science and Mathematics; minor in Philosophy\n',
      ['bachelor/computer-science', 'bachelor/mathematics'],
    ],
    ['EDUCATION\nBachelor of Arts, University of Toronto, 2015\nMajors: Physics, Mathematics\n', ['bachelor/physics', 'bachelor/mathematics']],
    // A degree that names its field keeps it: the majors are its parts.
    ['EDUCATION\nBachelor of Commerce — Monash University, 2016\nMajors: Marketing, Econometrics\n', ['bachelor/business']],
    // One major with a minor is one field.
    ['EDUCATION\nBachelor of Science, University of Sydney, 2014\nDouble major in Computer Science; minor in Mathematics\n', ['bachelor/computer-science']],
  ])('%s', (text, want) => {
    expect(degrees(text)).toEqual(want);
  });
});

describe("a degree's name cut after a word it cannot end on (convention 419)", () => {
  it.each([
    ['FORMACIÓN\nTítulo de Ingeniero de\nSoftware (BE, 4 años)\nNUST, Rawalpindi\n2012 – 2016\n', ['bachelor/software-engineering']],
    ['EDUCATION\nBachelor of Science in\nComputer Science (BSc)\nUniversity of Lagos\n2012 – 2016\n', ['bachelor/computer-science']],
  ])('%s', (text, want) => {
    expect(degrees(text)).toEqual(want);
  });
});

describe("a certification's record whose remark says it is not held yet (convention 417)", () => {
  it.each([
    'Certifications and Licenses\n\nCertified Information Systems Auditor (CISA)\nMarch 2016 to Present\n\nCertified Information Security Manager (CISM)\nSeptember 2026 to Present\nPassed the CISM exam in September 2026; application for certification submitted and awaiting ISACA\napproval.\n',
    'Certificaciones y licencias\n\nCertified Information Systems Auditor (CISA)\nmarzo 2016 a la actualidad\n\nCertified Information Security Manager (CISM)\nseptiembre 2026 a la actualidad\nAprobé el examen CISM en septiembre de 2026; solicitud de certificación presentada, pendiente de\naprobación por ISACA.\n',
    'Certifications and Licenses\n\nCertified Information Systems Auditor (CISA)\nMarch 2016 to Present\n\nArtificial Intelligence Governance Professional (AIGP)\nIn progress: IAPP training completed August 2026; exam scheduled for January 2027.\n',
  ])('%s', (text) => {
    expect(certs(text)).toEqual(['cisa']);
  });

  it('a held record with a remark that names it again stays held', () => {
    expect(certs('Certifications\n\nCertified Information Security Manager (CISM)\nMay 2019 to Present\nCISM renewed in 2025 with 120 CPE hours.\n')).toEqual([
      'cism',
    ]);
  });
});

describe('a labelled status line that names another certification', () => {
  it('is that one, and leaves the certification above it held', () => {
    expect(certs('CERTIFICATIONS\nGIAC Certified Incident Handler (GCIH), 2023\nIn progress: Microsoft SC-200\n')).toEqual(['gcih']);
  });
});

describe('a skill one can read but has never written is no evidence (convention 420)', () => {
  it.each([
    'SKILLS\nProgramming: Python, SQL | Cloud: AWS | Basic Terraform (I can read it,\nbut I have never written it: infrastructure belongs to our platform team)\n',
    "COMPÉTENCES\nProgrammation : Python, SQL | Cloud : AWS | Notions de Terraform (je sais le\nlire, mais je n'en ai jamais écrit : l'infrastructure relève de notre équipe plateforme)\n",
    'APTITUDES\nProgramación: Python, SQL | Cloud: AWS | Terraform (sé leerlo, pero nunca lo he escrito)\n',
    'KENNTNISSE\nProgrammierung: Python, SQL und die Cloud: AWS | Terraform (ich kann es lesen, aber ich habe es noch nie selbst geschrieben)\n',
  ])('%s', (text) => {
    expect(skills(text)).toEqual(['aws', 'python', 'sql']);
  });
});

describe('the UK IT Health Check is a security assessment (convention 421)', () => {
  const entry = (duty: string) => `EXPERIENCE\nSenior Penetration Tester, Ironbridge Assurance Ltd, 07/2017 – 03/2021\n- ${duty}\n`;
  it.each([
    ['CHECK Team Member on IT Health Checks for central government departments.', true],
    ['CHECK Team Member bei IT Health Checks für Ministerien der Zentralregierung.', true],
    ['Tracked the annual IT Health Check remediation with the service owners.', false],
  ])('%s', (duty, held) => {
    expect(skills(entry(duty)).includes('security-assessment')).toBe(held);
  });
});

describe('C written in other languages', () => {
  it.each([
    ['BERUFSERFAHRUNG\nRed Team Lead, Halcyon Bank, 04/2021 – heute\n- Kampagnen mit Cobalt Strike; eigene Loader in C geschrieben.\n', true],
    ['EXPÉRIENCE\nRed Team Lead, Halcyon Bank, 04/2021 – présent\n- Campagnes avec Cobalt Strike ; loaders maison écrits en C.\n', true],
    ['EXPERIENCIA\nRed Team Lead, Halcyon Bank, 04/2021 – actualidad\n- Campañas con Cobalt Strike; loaders propios escritos en C.\n', true],
  ])('%s', (text, held) => {
    expect(skills(text).includes('c-cpp')).toBe(held);
  });
});
