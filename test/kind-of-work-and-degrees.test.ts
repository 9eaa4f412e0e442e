import { describe, expect, it } from 'vitest';
import { parseResume } from './_languages';

// Kinds of work, degrees and clearances as the thirty-second session's r150 set taught (conventions 170–174 of
// docs/reading-conventions.md): models others train, testers of ML products, a degree after its label, a sidebar's
// wrapped clearance remark, and the words of audits passed, risks documented and teams served.
const read = (text: string) => parseResume(text, { asOf: '2026-11-01' });
const ids = (text: string) => read(text).skills.map((s) => s.id);

describe('models another team trains, in a security entry that attacks them (convention 170)', () => {
  it.each([
    [
      'en',
      'EXPERIENCE\nLead AI Security Engineer — Kessler GmbH   10/2021 – 11/2026\n- Built the adversarial test bench (Python, PyTorch, Docker) that runs evasion tests against every model release. The perception teams train the models – we attack them and report.\n\nPostdoctoral Researcher — Fraunhofer AISEC   04/2019 – 09/2021\n- Trained CNN object detectors (Python, PyTorch) on public driving datasets.\n',
    ],
    [
      'de',
      'BERUFSERFAHRUNG\n10/2021 – 11/2026  Lead AI Security Engineer — Kessler GmbH\n- Aufbau des Adversarial-Prüfstands (Python, PyTorch, Docker), der Evasion-Tests gegen jedes Modell-Release ausführt. Die Modelle trainieren die Perception-Teams – wir greifen sie an und berichten.\n\n04/2019 – 09/2021  Postdoktorand — Fraunhofer AISEC\n- Training von CNN-Objektdetektoren (Python, PyTorch) auf öffentlichen Fahrdatensätzen.\n',
    ],
  ])('%s: the attacking job is no ML work, the earlier training job keeps its years', (_, text) => {
    const profile = read(text);
    expect(profile.experience.mlYears).toBe(2.5);
    expect(profile.experience.entries.map((e) => e.kind.includes('ml'))).toEqual([false, true]);
    expect(profile.skills.map((s) => s.id)).toContain('machine-learning');
  });

  it.each([
    [
      'en',
      "EXPERIENCE\nAI Red Team Operator — Lockridge   02/2024 – 11/2026\n- Generate adversarial examples against customer object-detection models with PyTorch and ART. The models themselves are built and trained by the customer's ML teams.\n",
    ],
    [
      'fr',
      "EXPÉRIENCE\nOpérateur Red Team IA — Lockridge   02/2024 – 11/2026\n- Génération d'exemples adverses contre les modèles de détection d'objets des clients avec PyTorch et ART. Les modèles eux-mêmes sont conçus et entraînés par les équipes ML du client.\n",
    ],
    [
      'es',
      'EXPERIENCIA\nOperador de Red Team de IA — Lockridge   02/2024 – 11/2026\n- Generación de ejemplos adversarios contra los modelos de detección de objetos de los clientes con PyTorch y ART. Los modelos en sí son diseñados y entrenados por los equipos de ML del cliente.\n',
    ],
    [
      'de',
      'BERUFSERFAHRUNG\n02/2024 – 11/2026  AI Red Team Operator — Lockridge\n- Adversarial Examples gegen die Objekterkennungsmodelle der Kunden mit PyTorch und ART. Die Modelle selbst werden von den ML-Teams der Kunden trainiert.\n',
    ],
  ])('%s: a passive statement that others build or train the models ("are built and trained by the customer\'s ML teams")', (_, text) => {
    const profile = read(text);
    expect(profile.experience.mlYears).toBe(0);
    expect(profile.skills.map((s) => s.id)).toContain('pytorch');
    expect(profile.skills.map((s) => s.id)).not.toContain('deep-learning');
  });

  it('under an ML platform title the statement takes no ML work away: the person runs the pipelines', () => {
    const text =
      'EXPERIENCE\nSenior Data Engineer, ML Platform — Bayanihan   01/2022 – 11/2026\n- Airflow DAGs for scheduled model retraining, MLflow model registry and batch scoring jobs. The data science team trains the models; I own the pipelines that train and deploy them.\n';
    expect(read(text).experience.entries[0]?.kind).toContain('ml');
  });
});

describe('a tester’s title whose field is ML products (convention 171)', () => {
  it.each([
    [
      'en',
      'EXPERIENCE\nQA Analyst, Machine Learning Products — Nordvane AI   09/2020 – 02/2023\n- Built the pytest regression suite (Python) for the extraction API and Docker-based test environments.\n',
    ],
    [
      'fr',
      "EXPÉRIENCE\nAnalyste AQ, produits d'apprentissage automatique — Nordvane IA   septembre 2020 – février 2023\n- Conception de la suite de tests de régression pytest (Python) pour l'API d'extraction.\n",
    ],
  ])('%s: no ML work', (_, text) => {
    const profile = read(text);
    expect(profile.experience.entries[0]?.kind).toEqual(['other']);
    expect(profile.experience.mlYears).toBe(0);
  });

  it('a tester of ML products whose title names the field: the models named are the products tested', () => {
    const text =
      "EXPÉRIENCE\nAnalyste AQ, produits d'apprentissage automatique — Nordvane IA   septembre 2020 – février 2023\n- Responsables des essais de mise en production des modèles livrés par l'équipe de science des données.\n";
    expect(read(text).experience.entries[0]?.kind).toEqual(['other']);
  });

  it('a tester who trains the classifiers does ML work by the skills', () => {
    const text =
      'EXPERIENCE\nConversational AI QA Engineer — Talkwise   02/2021 – 04/2023\n- Retrained and evaluated the intent classifiers (Python, scikit-learn) every sprint.\n- Prototyped a retrieval-augmented FAQ assistant (LangChain, GPT-3.5 Turbo).\n';
    expect(read(text).experience.entries[0]?.kind).toContain('ml');
  });
});

describe('a degree after a label of the degree awarded, however far into its line (convention 172)', () => {
  it.each([
    [
      'de',
      'AUSBILDUNG\n\n10/1999 – 09/2005\tStudium der Betriebswirtschaftslehre, Abschluss: Diplom-Kauffrau\n\tGoethe-Universität Frankfurt am Main\n',
      'master/business',
    ],
    ['de', 'AUSBILDUNG\n\nStudium der Volkswirtschaftslehre, Abschluss: Diplom-Volkswirtin\n', 'master/business'],
  ])('%s: %s', (_, text, want) => {
    expect(read(text).education.map((e) => `${e.level}/${e.field}`)).toEqual([want]);
  });

  it('a grade label is no degree label', () => {
    expect(read('AUSBILDUNG\n\nStudium der Betriebswirtschaftslehre, Abschlussnote: Diplom-Kauffrau\n').education).toEqual([]);
  });
});

describe('a clearance remark a narrow sidebar wraps over three lines (convention 173)', () => {
  it('the status under a line that ends in a dash says the clearance lapsed', () => {
    const text =
      'SICHERHEITSÜBERPRÜFUNG\nÜ2 (Forschungsprojekt des\nBMVg, 2019–2021) –\nabgelaufen\n\nBERUFSERFAHRUNG\n10/2021 – heute  Security Engineer — Kessler GmbH\n- Penetrationstests von Webanwendungen.\n';
    expect(read(text).clearance).toBeNull();
  });

  it('the same remark without the status keeps the clearance', () => {
    const text =
      'SICHERHEITSÜBERPRÜFUNG\nÜ2 (Forschungsprojekt des\nBMVg, seit 2021)\n\nBERUFSERFAHRUNG\n10/2021 – heute  Security Engineer — Kessler GmbH\n- Penetrationstests von Webanwendungen.\n';
    expect(read(text).clearance?.level).toBe('secret');
  });
});

describe('the words of audits passed, risks documented, teams served and fellowships (convention 174)', () => {
  const job = (duty: string, title = 'Information Security Officer') => `EXPERIENCE\n${title} — Taunus AG   07/2016 – 11/2026\n- ${duty}\n`;

  it('an ISMS’s surveillance and recertification audits are audits the employer passed', () => {
    expect(ids(job('Run the ISO/IEC 27001-certified ISMS; surveillance and recertification audits in 2019, 2022 and 2025 passed.'))).not.toContain('audit');
  });

  it('queries on a data warehouse further off are no data engineering', () => {
    expect(ids(job('Audit data analytics with ACL and SQL queries on the core-banking data warehouse.', 'IT Auditor'))).not.toContain('data-engineering');
  });

  it('a security auditor at a PASSI-qualified firm tests, and audits nothing', () => {
    expect(
      ids(`SUMMARY\nNine years as a security auditor at a PASSI-qualified firm.\n\n${job('Web application penetration tests with Burp Suite.', 'Pentester')}`),
    ).not.toContain('audit');
  });

  it('"auditor by training" is no training of analysts', () => {
    expect(ids(`SUMMARY\nAuditor by training (CISA), intelligence analyst by first career.\n\n${job('Run ACAS (Nessus) scans monthly.')}`)).not.toContain(
      'mentoring',
    );
  });

  it('ITSG-33 is a security control framework', () => {
    expect(ids(job('Security assessment and authorization: ITSG-33 security control documentation.', 'Security Analyst'))).toContain('security-compliance');
  });

  it.each([
    ['en', job('Built a RAG assistant for the SOC (Python, LangChain) that answers analysts’ questions.', 'Head of AI Red Team')],
    [
      'es',
      'EXPERIENCIA\nHead of AI Red Team — Pampa   jul. 2022 – actualidad\n- Desarrollé un asistente RAG para el SOC (Python, LangChain) que responde las consultas de los analistas.\n',
    ],
  ])('%s: a tool built for the SOC is no security monitoring of the builder’s', (_, text) => {
    expect(ids(text)).not.toContain('security-monitoring');
  });

  it('coordinating with the ML engineering team names that team, no ML of the person’s', () => {
    expect(
      ids(job('Coordinate with the ML engineering team, program management and the government ISSM.', 'Information System Security Officer')),
    ).not.toContain('machine-learning');
  });

  it('AI-specific risks listed in a bracket are risks documented, no work', () => {
    const got = ids(
      job(
        'Applied the NIST AI RMF to document AI-specific risks (training-data provenance, data poisoning, model drift) in the risk assessment.',
        'Information System Security Officer',
      ),
    );
    expect(got).toContain('ai-risk-management');
    expect(got).not.toContain('adversarial-ml');
    expect(got).not.toContain('model-monitoring');
  });

  it.each([
    [
      'en',
      'EXPERIENCE\nDepartamento de Computación – Universidad de Buenos Aires\nDoctoral Fellow (CONICET) and Teaching Assistant   Apr 2014 – Mar 2019\n-- Doctoral research on static analysis for memory-safety vulnerabilities in C programs: built an LLVM-based vulnerability finder (C++) that found 14 CVEs.\n',
    ],
    [
      'es',
      'EXPERIENCIA\nBecario doctoral (CONICET) y Ayudante de Primera — Universidad de Buenos Aires   abr. 2014 – mar. 2019\n- Investigación doctoral sobre análisis estático de vulnerabilidades de seguridad de memoria en programas C: 14 CVE encontradas.\n',
    ],
  ])('%s: a doctoral fellow’s vulnerability research is security work', (_, text) => {
    expect(read(text).experience.securityYears).toBe(5);
  });
});

describe('an ML library used as a tool by a person with no ML work (convention 214)', () => {
  const security =
    'BERUFSERFAHRUNG\n04.2021 – heute  Lead AI Security Engineer\n                 Rheinhafen Pharma AG, Basel\n• Adversariale Tests der Modelle: Evasion und Model Extraction mit einer eigenen Test-Harness in Python (Adversarial Robustness Toolbox, PyTorch)\n\n01.2012 – 03.2021  Penetration Tester, Rigi Security Labs AG\n• Web-Penetrationstests mit Burp Suite\n\n';
  it('implies no deep or machine learning from PyTorch in a security job and in the skills list', () => {
    const got = ids(`${security}KENNTNISSE\nProgrammierung     Python, PyTorch\n`);
    expect(got).toContain('pytorch');
    expect(got).not.toContain('deep-learning');
    expect(got).not.toContain('machine-learning');
  });
  it('still implies them from a project outside the jobs, and when a job is ML work', () => {
    expect(ids(`${security}PROJEKTE\nBildklassifikation mit PyTorch (Studienprojekt)\n`)).toContain('deep-learning');
    const ml =
      'EXPERIENCE\nMachine Learning Engineer — Acme   01/2019 – 12/2022\n- Trained fraud classifiers in scikit-learn and served them with FastAPI.\n\nSKILLS\nPython, PyTorch\n';
    expect(ids(ml)).toContain('deep-learning');
  });
});

describe('a degree whose thesis the summary says is still being written (r156)', () => {
  it.each([
    [
      'es',
      'Extracto\nIngeniero en Sistemas (UTN). Completé la cursada de la Maestría en Ciberseguridad del ITBA (tesis en elaboración).\n\nEducación\nInstituto Tecnológico de Buenos Aires\nMaestría en Ciberseguridad, Ciberseguridad · (2021 - 2023)\nUniversidad Tecnológica Nacional\nIngeniería en Sistemas de Información, Sistemas de Información · (2010 - 2016)\n',
    ],
    [
      'en',
      'SUMMARY\nSecurity engineer. I completed the taught part of the MSc in Cyber Security (dissertation still being written).\n\nEDUCATION\nMSc Cyber Security, University of Kent, 2021 - 2023\nBSc Information Systems, University of Leeds, 2010 - 2014\n',
    ],
  ])('%s: the master is not held, the earlier degree is', (_, text) => {
    expect(read(text).education.map((e) => `${e.level}/${e.field}`)).toEqual(['bachelor/information-systems']);
  });
});

describe('two subjects of a degree joined before the last word they share (r164)', () => {
  it.each([
    ['AUSBILDUNG\n\n10/2020 – 09/2024     Bachelorstudium Software & Information Engineering\n', 'bachelor/software-engineering'],
    ['EDUCATION\n\nBSc Software and Information Engineering, TU Wien, 2024\n', 'bachelor/software-engineering'],
    // A subject named as written keeps its reading: the shared word is only tried when none is.
    ['EDUCATION\n\nBSc Mathematics and Computer Science, University of Leeds, 2015\n', 'bachelor/mathematics'],
  ])('%s', (text, want) => {
    expect(read(text).education.map((e) => `${e.level}/${e.field}`)).toEqual([want]);
  });
});

describe('a German word cut at a hyphen before "und" takes the tail of the next (r165)', () => {
  it.each([
    ['Ausbildung\nUniversity College Cork\nBachelor of Engineering - BE, Elektro- und Elektroniktechnik · (2012 - 2016)\n', 'bachelor/electrical-engineering'],
    ['AUSBILDUNG\n\n10/2012 – 09/2016     Bachelor of Science Elektro- und Nachrichtentechnik, TH Köln\n', 'bachelor/electrical-engineering'],
    // A second word that names a field as written keeps its reading.
    ['AUSBILDUNG\n\n10/2012 – 09/2016     Master of Science Software- und Wirtschaftsinformatik, FH Wedel\n', 'master/information-systems'],
  ])('%s', (text, want) => {
    expect(read(text).education.map((e) => `${e.level}/${e.field}`)).toEqual([want]);
  });
});

describe('business IT degrees name information systems, as Wirtschaftsinformatik does (r165)', () => {
  it.each([
    ['EDUCATION\n09/2013 – 07/2017  Nairobi, Kenya\nBACHELOR OF BUSINESS INFORMATION TECHNOLOGY  Strathmore University\n', 'bachelor/information-systems'],
    ['EDUCATION\nBSc Business IT, University of Twente, 2017\n', 'bachelor/information-systems'],
    ['EDUCATION\nBSc Business Computing, University of Westminster, 2017\n', 'bachelor/information-systems'],
    ['FORMACIÓN\nGrado en Informática Empresarial, Universidad de Deusto, 2017\n', 'bachelor/information-systems'],
    // Business alone stays business.
    ['EDUCATION\nBSc Business Administration, University of Leeds, 2017\n', 'bachelor/business'],
  ])('%s', (text, want) => {
    expect(read(text).education.map((e) => `${e.level}/${e.field}`)).toEqual([want]);
  });
});

describe('an industry security researcher who attacks models (convention 296)', () => {
  const cv = (title: string, org: string) =>
    [
      'EXPERIENCE',
      '',
      `${title}                Apr 2020 – Mar 2022`,
      org,
      '- Attacks on the inference endpoints (model extraction, membership inference) and hardening advice.',
      '- Security assessments of the ML-based fraud detection before go-live.',
    ].join('\n');
  it.each([
    ['Senior Security Researcher, Machine Learning Security', 'Bank Sihlfeld AG, Zurich', false],
    ['Postdoctoral Researcher, Secure ML group', 'ETH Zurich', true],
  ])('%s: ML work %s', (title, org, ml) => {
    expect(read(cv(title, org)).experience.entries[0]?.kind.includes('ml')).toBe(ml);
  });
});
