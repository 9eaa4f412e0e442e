import { describe, expect, it } from 'vitest';
import { parseResume } from './_languages';

// Education and certifications as the world writes them (thirty-sixth session, second round): a degree whose defence or
// result is awaited, a degree "in view", a thesis named under its degree, a certification's status after a bracket that
// wraps to the next line, an abbreviated month in a status.

const asOf = '2026-11-01';
const degrees = (text: string) => parseResume(text, { asOf }).education.map((e) => `${e.level}/${e.field}`);
const certs = (text: string) => parseResume(text, { asOf }).certifications.map((c) => c.id);

describe('a degree whose defence, viva or result is still awaited is not held', () => {
  it.each([
    'EDUCATION\nMS Cyber Security                              2023 - 2026\nNED University, Karachi\nCoursework completed. Thesis submitted Aug 2026; defence awaited.\n\nBS Computer Science   2012 - 2016\nCOMSATS Institute, Islamabad\n',
    'EDUCATION\nMS Cyber Security                              2023 - 2026\nNED University, Karachi\nResult awaited\n\nBS Computer Science   2012 - 2016\nCOMSATS Institute, Islamabad\n',
    'AUSBILDUNG\nMS Cyber Security (Abendstudium)               2023 - 2026\nNED University, Karatschi\nAlle Lehrveranstaltungen abgeschlossen. Masterarbeit "Detecting abuse" im Aug. 2026\neingereicht; Verteidigung steht noch aus.\n\nBS Computer Science   2012 - 2016\nCOMSATS Institute, Islamabad\n',
    'FORMATION\nMS Cyber Security                              2023 - 2026\nNED University, Karachi\nMémoire de master déposé en août 2026 ; soutenance en attente.\n\nBS Computer Science   2012 - 2016\nCOMSATS Institute, Islamabad\n',
    'FORMACIÓN\nMS Cyber Security                              2023 - 2026\nNED University, Karachi\nTrabajo fin de máster entregado en agosto de 2026; defensa pendiente.\n\nBS Computer Science   2012 - 2016\nCOMSATS Institute, Islamabad\n',
  ])('%s', (text) => {
    expect(degrees(text)).toEqual(['bachelor/computer-science']);
  });

  it('a thesis named under a finished degree leaves it held', () => {
    expect(degrees('AUSBILDUNG\nMS Cyber Security   2023 - 2025\nNED University, Karatschi\nMasterarbeit "Detecting abuse" (Note 1,3)\n')).toEqual([
      'master/cybersecurity',
    ]);
  });
});

describe('a Nigerian degree "in view" is in progress', () => {
  it('is not held; "in view of" says nothing of it', () => {
    const head = 'EDUCATION\nB.Sc. Computer Science – Obafemi Awolowo University   2008 – 2013\n';
    expect(degrees(`${head}LL.B. (in view) – National Open University of Nigeria     300 Level\n`)).toEqual(['bachelor/computer-science']);
    expect(degrees(`${head}\nLL.B. – University of Lagos, 2016\nThesis: Data protection in view of the NDPA\n`)).toEqual([
      'bachelor/computer-science',
      'bachelor/law',
    ]);
  });
});

describe("a certification's status told after its year in brackets, wrapped to the next line", () => {
  it('drops the bare listing elsewhere ("My GPEN⏎(2019) lapsed in 2023")', () => {
    const text =
      'Certifications\nGIAC Penetration Tester (GPEN)\nOffensive Security Certified Professional (OSCP)\n\nSummary\nSecurity engineer for nine years. Credentials: OSCP (2018), CISSP (2021). My GPEN\n(2019) lapsed in 2023 and I did not renew it. Currently finishing a part-\ntime MEng.\n';
    expect(certs(text)).toEqual(['cissp', 'oscp']);
    // A bracket that ends its sentence leaves the next one its own ("(2019). Held a …").
    expect(certs(text.replace('(2019) lapsed in 2023 and I did not renew it.', '(2019). I renewed it in 2025.'))).toEqual(['cissp', 'gpen', 'oscp']);
  });
});

describe('an abbreviated month in a status on the line under a certification', () => {
  it.each([
    [
      'German',
      'ZERTIFIZIERUNGEN\n  Certified Kubernetes Administrator (CKA), The Linux Foundation - Zertifikats-ID LF-8k2 -\n   ausgestellt Feb. 2022 (abgelaufen Feb. 2025)\n',
    ],
    [
      'English',
      'CERTIFICATIONS\n  Certified Kubernetes Administrator (CKA), The Linux Foundation - Cert ID LF-8k2 -\n   issued Feb. 2022 (expired Feb. 2025)\n',
    ],
  ])('ends no sentence (%s)', (_lang, text) => {
    expect(certs(text)).toEqual([]);
  });
});

describe('an education line an export collapsed holds one item per degree, each closed by its dates', () => {
  it.each([
    [
      'EDUCATION\nMaestría en Explotación de Datos y Descubrimiento del Conocimiento Universidad de Buenos Aires 2016 - 2018 Licenciatura en Ciencias Matemáticas Universidad de Buenos Aires 2008 - 2013\n',
      ['master/data-science', 'bachelor/mathematics'],
    ],
    // Over 220 characters, as one line it named no degree at all.
    [
      "EDUCATION Master's in Data Mining and Knowledge Discovery (Maestría en Explotación de Datos y Descubrimiento del Conocimiento) Universidad de Buenos Aires 2016 - 2018 Licenciatura en Ciencias Matemáticas (5-year Bachelor's degree in Mathematics) Universidad de Buenos Aires 2008 - 2013\nCERTIFICATIONS Google Cloud Professional Machine Learning Engineer (2024)\n",
      ['master/data-science', 'bachelor/mathematics'],
    ],
    [
      'EDUCATION\nMSc Computer Science, University of Leeds, 2016; BSc Mathematics, University of York, 2014\n',
      ['master/computer-science', 'bachelor/mathematics'],
    ],
  ])('%s', (text, want) => {
    expect(degrees(text)).toEqual(want);
  });

  it('a degree named again in brackets after its own is no item of its own', () => {
    expect(degrees('EDUCATION\nLicenciatura en Ciencias Matemáticas (5-year Bachelor of Science in Mathematics), UBA, 2008 - 2013\n')).toEqual([
      'bachelor/mathematics',
    ]);
  });
});

describe('a statement that a certification is current, wrapped onto the next line, silences its cue word', () => {
  it.each([
    [
      'French',
      'CERTIFICATIONS\n  - IAPP CIPP/E (2018, en cours de validité)\n  - IAPP AIGP – Artificial Intelligence Governance Professional (2025, en cours\n    de validité)\n',
      ['aigp', 'cipp'],
    ],
    [
      'Spanish',
      'CERTIFICACIONES\n  - IAPP CIPP/E (2018, en curso de validez)\n  - IAPP AIGP – Artificial Intelligence Governance Professional (2025, en curso\n    de validez)\n',
      ['aigp', 'cipp'],
    ],
    [
      'French, in progress',
      'CERTIFICATIONS\n  - IAPP CIPP/E (2018, en cours de validité)\n  - IAPP AIGP – Artificial Intelligence Governance Professional (2025, en cours\n    de préparation)\n',
      ['cipp'],
    ],
  ])('%s', (_lang, text, want) => {
    expect(certs(text)).toEqual(want);
  });
});
