import { describe, expect, it } from 'vitest';
import { ids, read } from './_resumes';

// Reading the fortieth session's (sixth) r183 set taught (conventions 410–412 of docs/reading-conventions.md): what kind
// of work an entry is, from its duties and not its title. Auditing others' test reports is no testing; being audited is
// no audit work; an endpoint a security engineer networks is no deployment of models; a model built under a BI title is
// ML work; and translations that lost or gained a cue ("estoy explorando", "ils notent …", "Azure-Policy", "betreut").
const job = (title: string, lines: string, heading = 'EXPERIENCE', dates = 'September 2016 - May 2021') =>
  `${heading}\nCastlegate Ltd\n${title}\n${dates}\n${lines}\n`;

describe("others' test reports reviewed, and testing done by others, give no testing skill", () => {
  it.each([
    ['en', job('IT Auditor', "- Reviewed clients' penetration-test and vulnerability-scan reports as part of control testing.")],
    ['de', job('IT-Prüferin', '- Durchsicht der Penetrationstest-Berichte der Kunden im Rahmen der Kontrolltests.', 'BERUFSERFAHRUNG', '09/2016 - 05/2021')],
    [
      'fr',
      job(
        'Auditrice IT',
        '- Revue des rapports de tests d’intrusion des clients dans le cadre des tests de contrôles.',
        'EXPÉRIENCE',
        'septembre 2016 - mai 2021',
      ),
    ],
    [
      'es',
      job(
        'Auditora de TI',
        '- Revisión de informes de pentest de los clientes como parte de las pruebas de controles.',
        'EXPERIENCIA',
        'septiembre 2016 - mayo 2021',
      ),
    ],
  ])('a review of test reports is audit work only (%s)', (_, text) => {
    expect(ids(text)).toEqual(['audit']);
  });

  it.each([
    [
      'en',
      job(
        'Security Consultant',
        "- Coordinated web application penetration tests for the retail clients (the testing itself was done by the clients' vendors).",
      ),
    ],
    [
      'de',
      job(
        'Security Consultant',
        '- Koordination von Penetrationstests für Webanwendungen (die Tests selbst führten die Dienstleister der Kunden durch).',
        'BERUFSERFAHRUNG',
        '09/2016 - 05/2021',
      ),
    ],
  ])('an item whose testing "itself" others did gives no skill (%s)', (_, text) => {
    expect(ids(text)).toEqual([]);
  });

  it('the person’s own tests still count', () => {
    expect(ids(job('Security Consultant', '- Ran web application penetration tests for retail clients with Burp Suite.'))).toEqual([
      'application-security',
      'penetration-testing',
    ]);
  });
});

describe('an audit the evidence was for, named as the second of two things after "for", is no audit work', () => {
  it('reads the preposition over an "and" that opens a second noun phrase', () => {
    expect(ids(job('Network Security Engineer', '- Provided control evidence for the ISO 27001 certification and the BaFin BAIT audits.'))).toEqual([
      'network-security',
      'security-compliance',
    ]);
    // The first phrase may have a complement of its own.
    const de = job(
      'SOC-Analyst',
      '- Nachweise des SOC-Betriebs für die KRITIS-Prüfung nach §8a BSIG und das ISO-27001-Audit.',
      'BERUFSERFAHRUNG',
      '09/2016 - 05/2021',
    );
    expect(ids(de)).toEqual(['security-compliance', 'security-monitoring']);
  });

  it('an "and" before a verb opens no noun phrase: the audits led are audit work', () => {
    expect(ids(job('IT Auditor', '- Responsible for the ISMS and led 12 audits of branch networks.'))).toEqual(['audit', 'security-compliance']);
  });

  it('reads a German information-security auditor’s title as audit work', () => {
    const text =
      'BERUFSERFAHRUNG\nInformationssicherheitsauditorin / Senior Consultant   Aug. 2018 – Apr. 2022\nProtea Cyber Assurance (Pty) Ltd · Johannesburg\n' +
      '• Risikobewertungen der Informationssicherheit in Kundenumgebungen.\n';
    expect(ids(text)).toEqual(['audit', 'security-assessment']);
  });
});

describe('the endpoints models are served from are ML deployment only in ML work', () => {
  it('a security engineer who networks the managed online endpoints deploys no model', () => {
    const text = job(
      'Security Engineer, AI Platform',
      '- Configured the private networking for the managed online endpoints to which the data science team deploys its models.\n' +
        '- Designed the network isolation of the platform: private endpoints, Azure Firewall policies.',
    );
    expect(ids(text)).toEqual(['azure', 'cloud-security', 'network-security']);
  });

  it('an ML engineer who deploys to them does', () => {
    expect(ids(job('Machine Learning Engineer', '- Deployed the churn models to Azure ML managed online endpoints; trained them in scikit-learn.'))).toEqual([
      'azure',
      'machine-learning',
      'ml-deployment',
      'python',
    ]);
  });
});

describe('models that score through a service of their own, and retraining by a pipeline, in English and French', () => {
  it.each([
    [
      'en',
      job(
        'Senior Security Engineer, Detection & Fraud',
        '- Built and operate the account-takeover models (scikit-learn isolation forest + XGBoost) in Python; they score 4M events a day through a FastAPI service and are retrained monthly by an Airflow pipeline.',
      ),
    ],
    [
      'fr',
      job(
        'Ingénieur sécurité senior, détection et fraude',
        "- Conception et exploitation des modèles de détection (isolation forest scikit-learn + XGBoost) en Python ; ils notent 4 M d'événements par jour via un service FastAPI et sont réentraînés chaque mois par un pipeline Airflow.",
        'EXPÉRIENCE',
        'septembre 2016 - mai 2021',
      ),
    ],
  ])('%s', (_, text) => {
    // "ils" after a semicolon stands for the models just named, no other party; the Airflow pipeline retrains, no data engineering.
    expect(ids(text)).toEqual(['machine-learning', 'ml-deployment', 'mlops', 'python']);
  });

  it('"ils" opening a list item is still another party', () => {
    expect(
      ids(
        job('Ingénieur sécurité', '- Formation des équipes de la DSI.\n- Ils déploient les modèles sur Kubernetes.', 'EXPÉRIENCE', 'septembre 2016 - mai 2021'),
      ),
    ).toEqual([]);
  });
});

describe('a model built under a BI title is ML work, and the person hired is no hiring', () => {
  it.each([
    [
      'en',
      job(
        'Business Intelligence Analyst',
        "- Although hired as a BI analyst, built the company's first credit-default model (LightGBM, Python) and its monthly batch-scoring job in Airflow.\n- Maintained the Metabase dashboards of the risk team.",
      ),
      ['data-engineering', 'machine-learning', 'python'],
    ],
    [
      'es',
      job(
        'Analista de Business Intelligence',
        '- Aunque me contrataron como analista de BI, construí el primer modelo de incumplimiento crediticio de la empresa (LightGBM, Python).\n- Mantuve los dashboards de Metabase del equipo de riesgos.',
        'EXPERIENCIA',
        'septiembre 2016 - mayo 2021',
      ),
      ['machine-learning', 'python'],
    ],
  ])('%s', (_, text, skills) => {
    const profile = read(text);
    expect(profile.skills.map((s) => s.id)).toEqual(skills);
    expect(profile.experience.entries.map((e) => e.kind)).toEqual([['ml']]);
    expect(profile.experience.mlYears).toBe(4.75);
  });

  it('hiring others is still team leadership', () => {
    expect(ids(job('Head of Data Science', '- Hired and developed four data scientists and two analysts.'))).toEqual(['team-leadership']);
  });
});

describe('translations that lost or gained a cue', () => {
  it.each([
    [
      'es',
      job(
        'Ingeniera de Machine Learning',
        '- Entreno los modelos de recomendación en PyTorch.\n- En mi tiempo libre estoy explorando LangChain para un prototipo de asistente.',
        'EXPERIENCIA',
        'septiembre 2016 - mayo 2021',
      ),
    ],
    [
      'fr',
      job(
        'Ingénieure ML',
        '- Entraînement des modèles de recommandation en PyTorch.\n- Pendant mon temps libre, je suis en train d’explorer LangChain pour un prototype.',
        'EXPÉRIENCE',
        'septembre 2016 - mai 2021',
      ),
    ],
  ])('a tool being explored is no evidence (%s)', (_, text) => {
    expect(ids(text)).toEqual(['deep-learning', 'machine-learning', 'pytorch']);
  });

  it('"sécurité des applications de grands modèles de langage" is no application security; "robustesse adversariale" is adversarial ML', () => {
    expect(
      ids('THÈMES DE RECHERCHE\nApprentissage automatique adversarial ; évaluation de la sécurité des applications de grands modèles de langage.\n'),
    ).toEqual(['adversarial-ml', 'security-assessment']);
    expect(ids(job('Ingénieure sécurité', '- Sécurité des applications web : revues OWASP Top 10.', 'EXPÉRIENCE', 'septembre 2016 - mai 2021'))).toEqual([
      'application-security',
    ]);
    expect(
      ids(
        job(
          'Investigadora sénior, seguridad de IA',
          '- Diseño del banco de pruebas de robustez adversarial del instituto (PyTorch, Docker).',
          'EXPERIENCIA',
          'septiembre 2016 - mayo 2021',
        ),
      ),
    ).toContain('adversarial-ml');
  });

  it('German: "Azure-Policy" names the product, no policy written; apprentices looked after are mentored', () => {
    const de = (title: string, line: string) => ids(job(title, line, 'BERUFSERFAHRUNG', '09/2016 - 05/2021'));
    expect(
      de('Security Engineer, KI-Plattform', '- Alle KI-Subscriptions an Microsoft Defender for Cloud angebunden und die Azure-Policy-Leitplanken geschrieben.'),
    ).toEqual(['azure', 'cloud-security']);
    expect(de('Informationssicherheitsbeauftragte', '- Die Informationssicherheits-Policy erstellt und mit dem Vorstand abgestimmt.')).toEqual([
      'policy-development',
    ]);
    expect(de('IT-Support-Spezialist', '- Zwei IT-Auszubildende betreut und auf die IHK-Abschlussprüfung vorbereitet.')).toEqual(['mentoring']);
  });
});
