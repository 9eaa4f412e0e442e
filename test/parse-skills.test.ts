import { describe, expect, it } from 'vitest';
import { matchRoles, parseResume, roleFromJobPosting } from './_languages';
import { ResumeProfileSchema } from '../src/schemas';

const asOf = '2026-11-01';
const ids = (text: string) => parseResume(text, { asOf }).skills.map((s) => s.id);
const skill = (text: string, id: string) => parseResume(text, { asOf }).skills.find((s) => s.id === id);

describe('aliases', () => {
  it.each([
    ['Built APIs in Golang', 'go'],
    ['Moved the finance marts to Redshift', 'data-engineering'],
    ['Wrote Go services and Python tooling', 'go'],
    ['Deployed to k8s clusters on EKS', 'kubernetes'],
    ['Threat-modeled the payment flows with STRIDE', 'threat-modeling'],
    ['Provisioned the accounts with TF modules on AWS', 'terraform'],
    ['Trained TF and Keras models for image classification', 'tensorflow'],
    ['Wrote the generative AI policy and the model inventory', 'policy-development'],
    ["Wrote the bank's IT audit methodology and the information security audit charter", 'policy-development'],
    ['Led 4 ML engineers on fraud and financial-crime models', 'team-leadership'],
    ['Coordiné un equipo de 4 analistas de seguridad', 'team-leadership'],
    ['Führung von zwei Mitarbeitenden', 'team-leadership'],
    ['Diseño del marco de gobierno de IA: política corporativa de IA', 'policy-development'],
    ["Mise en place du cadre de gouvernance : politique d'intelligence artificielle, inventaire", 'policy-development'],
    ['Built GenAI assistants with LLMs and RAG', 'llm-applications'],
    ['Rolled out Splunk Enterprise Security for the SOC', 'security-monitoring'],
    ['Splunk dashboards and alerts for brute-force logins on the VPN', 'security-monitoring'],
    ['Wrote C++ pre-processing for the detector', 'c-cpp'],
    ['Ran Nessus scans and tracked CVE remediation', 'vulnerability-management'],
    ['Scheduled Burp Suite Enterprise scans in the CI pipeline', 'application-security'],
    ['Reviewed OAuth 2.0 and SAML SSO integrations', 'identity-access-management'],
    ['Mapped findings to MITRE ATLAS techniques', 'adversarial-ml'],
    ['Tested the chatbot for prompt injection and jailbreaks', 'llm-security'],
    ['Shipped the services as Docker containers to Azure ML managed online endpoints', 'ml-deployment'],
    ['Ran DPIAs under GDPR', 'privacy'],
    ['Led EU AI Act readiness for high-risk systems', 'ai-regulation'],
    ['Implemented ISO/IEC 42001 and the NIST AI RMF', 'ai-risk-management'],
    ['OPA checks in the Terraform pipelines block non-compliant plans', 'devsecops'],
    ['Trained gradient-boosted classifiers for fraud scoring', 'machine-learning'],
    ['Own the fine-tuning and release pipeline for the guardrail model', 'mlops'],
    ['Loaded the warehouse with Informatica PowerCenter', 'data-engineering'],
    ['Designed, trained and deployed ML models for claims triage', 'ml-deployment'],
    ['Owned AI/ML performance monitoring for the fraud models', 'model-monitoring'],
    ['Incident triage, containment coordination with client teams and incident reports', 'incident-response'],
    ['Led a four-soldier analysis cell; delivered the daily intelligence brief', 'team-leadership'],
    ['Deployed the models for real-time inference and monitored them for drift', 'model-monitoring'],
    ['Hardened authN/authZ of the public APIs', 'identity-access-management'],
    ['Reviewed authentication and authorisation flows of the partner portal', 'identity-access-management'],
    ['Secured workloads in a major public cloud for the trading desk', 'cloud-security'],
    ['Configured AWS security services for the landing zone', 'aws'],
    ['Configured AWS security services for the landing zone', 'cloud-security'],
    ['Studied model integrity, provenance and poisoning risks of the vendor models', 'adversarial-ml'],
    ['Research on detection and removal of backdoors in image and text classifiers', 'adversarial-ml'],
    ['Wrote CUDA kernels for fast interval-bound propagation', 'adversarial-ml'],
    ['Evaluate internal LLM applications and vendor GenAI tools for vulnerabilities before go-live', 'security-assessment'],
    ['Triaged intrusion detection system (IDS) alerts for the agency network', 'security-monitoring'],
    ['Scaled the adoption of machine learning tooling across teams', 'mlops'],
    ['Brought a solid understanding of machine learning to the analytics team', 'machine-learning'],
    ['Handled incidents end to end with the client SOC', 'incident-response'],
    ['Handled phishing and malware cases end to end, including host forensics', 'incident-response'],
    ['Escalated and handled phishing, BEC and malware incidents end to end', 'incident-response'],
    ['Handled malware, phishing and account-compromise incidents under the procedure', 'incident-response'],
    ['Owner of the phishing and identity-compromise incident playbooks', 'incident-response'],
    ['Explained security risk clearly to engineering leaders', 'stakeholder-communication'],
    ["Wrote the platform's Python SDK used by 30 data scientists", 'python'],
    ['Designed ongoing-monitoring reports (PSI/CSI drift, back-testing) for the scorecards', 'model-monitoring'],
    ['Ran the OWASP Testing Guide checks on the merchant portal', 'application-security'],
    ["Tests d'intrusion web (Burp Suite) selon le guide de test OWASP", 'application-security'],
    ["API d'inférence FastAPI servie sur GKE", 'ml-deployment'],
    ['Exposition du modèle de tarification via une API REST sur Cloud Run', 'ml-deployment'],
    ['Exposición de los modelos de fraude mediante una API Flask en Kubernetes', 'ml-deployment'],
    ['Exposed the churn models through a FastAPI service on ECS', 'ml-deployment'],
    ['Die Modelle über eine API bereitgestellt (FastAPI, Docker)', 'ml-deployment'],
    ['Gestion de crise cyber : pilotage de 3 incidents majeurs avec le CERT', 'incident-response'],
    ['Pris en charge des incidents de phishing et de malware de bout en bout', 'incident-response'],
    ["Rédaction et mise à jour de la politique d'usage de l'IA générative", 'policy-development'],
    ['Animation du comité de revue des projets IA', 'ai-governance'],
    ["Cartographie et classification des systèmes d'IA d'un client bancaire", 'ai-governance'],
    ["Constitution des dossiers d'homologation des SI", 'security-compliance'],
    ['Risikoanalysen und Schutzbedarfsfeststellungen für KRITIS-Betreiber', 'security-assessment'],
    ['Wrote a Kubernetes admission webhook in Go that rejects unsigned images', 'go'],
    ['chaque onboarding comprend une revue de conception sécurité', 'security-assessment'],
    ['cada incorporación incluye una revisión de diseño de seguridad', 'security-assessment'],
    ['Políticas IAM de mínimo privilegio para los roles de SageMaker', 'cloud-security'],
    ["J'anime le programme de security champions et j'accompagne 20 développeurs", 'mentoring'],
    ['Dinamizo el programa de security champions y acompaño a 20 desarrolladores', 'mentoring'],
    ['Mentore de deux ingénieurs plateforme juniors', 'mentoring'],
    ['Explained model risk in plain language to engineers, customers and executives', 'stakeholder-communication'],
    ["Aisance à l'oral devant les instances de direction du groupe", 'stakeholder-communication'],
    ["Évaluer, avec la RSSI, la sécurité des fournisseurs d'IA générative (questionnaires)", 'security-assessment'],
    ['Review code for agent frameworks and tool integrations, and find vulnerabilities before attackers do', 'secure-code-review'],
    ['Build automated evaluation pipelines that measure the prompt-injection robustness of agents', 'security-automation'],
    ['Une première expérience en data science (entraînement ou validation de modèles de scoring)', 'machine-learning'],
    ['Du automatisierst die Schwachstellenscans unserer Container-Images', 'security-automation'],
    ['Du baust das Monitoring unserer Modelle in Produktion mit auf', 'model-monitoring'],
    ['Du schreibst Härtungsrichtlinien für unsere Kubernetes-Cluster', 'policy-development'],
    ['Formation et accompagnement des 3 analystes N1 arrivés en 2024', 'mentoring'],
    ['Regelmäßige Berichte an CISO und Vorstand zur Sicherheitslage', 'stakeholder-communication'],
    ['Schwachstellen- und Risikobewertungen von über 40 Modellen', 'security-assessment'],
    ['Verfasserin der KI-Weisung und der Richtlinie zum Einsatz generativer KI', 'policy-development'],
    ['Erarbeitung der Informationssicherheitsrichtlinien und -weisungen', 'policy-development'],
    ['Risikoanalysen und Sicherheitsbeurteilungen neuer Projekte', 'security-assessment'],
    ['Sicherheitskonzepte für neue Systeme der Mandanten', 'security-assessment'],
    ['Lageberichte an CISO und Vorstand bei kritischen Vorfällen', 'stakeholder-communication'],
    ['Quartalsbericht zur Informationssicherheit an den Vorstand', 'stakeholder-communication'],
    ['Abstimmung der Roadmap mit Produktmanagement und Betriebsrat', 'stakeholder-communication'],
    ['Einarbeitung und fachliche Betreuung neuer Kolleginnen und Kollegen', 'mentoring'],
    ["Revues d'architecture sécurité des nouveaux projets", 'security-assessment'],
    ['Mise en production sur AWS : endpoints SageMaker', 'ml-deployment'],
    ['Rédaction de la politique IA du groupe', 'policy-development'],
    ['Rédaction des normes et directives de sécurité du groupe', 'policy-development'],
    ["Tutrice (maître d'apprentissage) de deux alternants", 'mentoring'],
    ['Accompagnement et montée en compétences des analystes N1', 'mentoring'],
    ['Gestión de incidentes de intrusión: solicitudes de contención', 'incident-response'],
    ['Gestioné incidentes de phishing y de malware de principio a fin', 'incident-response'],
    ['Bearbeitung von Phishing-Vorfällen und Malware-Vorfällen', 'incident-response'],
    ['Présentation hebdomadaire de la précision des prévisions aux directeurs des achats', 'stakeholder-communication'],
    ['Presentaba cada semana la precisión de las previsiones a los directores de compras', 'stakeholder-communication'],
    ['Wöchentliche Präsentation der Prognosegenauigkeit vor den Einkaufsdirektoren', 'stakeholder-communication'],
    ['Perform security and risk assessments of AI vendors before approval', 'security-assessment'],
    ['Durchführung von Sicherheits- und Risikobewertungen von KI-Anbietern', 'security-assessment'],
    ['AWS configuration reviews (IAM policies, S3, security groups)', 'security-assessment'],
    ['Dockerised the whole training stack', 'docker'],
    ['All-source intelligence analysis; supervised a 4-soldier section', 'team-leadership'],
    ['Fachliche Begleitung von zwei Junior ML Engineers', 'mentoring'],
    ['Desarrollé en Go un bot que abre tickets y PRs automáticos', 'go'],
    ['Mapeé los controles de la plataforma con las obligaciones del Reglamento Europeo de IA', 'ai-regulation'],
    ['Redacté el Estándar de Desarrollo Seguro de IA Generativa del grupo', 'policy-development'],
    ['Reporto mensualmente al CISO y al CTO', 'stakeholder-communication'],
    ['Mémoire : modèles bayésiens hiérarchiques pour la demande intermittente', 'statistics'],
    ['Trabajo de fin de máster: modelos jerárquicos bayesianos', 'statistics'],
    ['Masterarbeit: Bayessche hierarchische Modelle', 'statistics'],
    ['Langages : Python, SQL, un peu de R', 'r-language'],
    ['Paneles de rendimiento que señalan la deriva de la matriz de confusión', 'model-monitoring'],
    ['Coordinación de security champions; acompañé a los champions en sus primeros modelados de amenazas', 'mentoring'],
    ['Escribí procesos ETL en Spark; desplegué los modelos como endpoints de SageMaker', 'ml-deployment'],
    ['Evalúo aplicaciones internas con LLM en busca de vulnerabilidades antes de su puesta en marcha', 'security-assessment'],
    ['Lead a 7-person AI red team (4 research scientists, 3 offensive security engineers)', 'team-leadership'],
    ['Ran evasion experiments against our own fraud models', 'adversarial-ml'],
    ['Retrained the fraud models with the adversarial samples', 'adversarial-ml'],
    ['Chair the launch review board, which also keeps the AI system inventory', 'ai-governance'],
    ['Ran the go/no-go meeting with product, QA and customer support leads', 'stakeholder-communication'],
    ['Prototyped call summaries with a prompt library and an evaluation set', 'llm-applications'],
    ['Informiere Programmmanager und Kunden über die Ergebnisse', 'stakeholder-communication'],
    ['Informo de los resultados a los jefes de programa', 'stakeholder-communication'],
    ["Cheffe d'équipe d'un élément de quatre personnes", 'team-leadership'],
    ['Dirijo la Oficina de Gobierno de la IA', 'team-leadership'],
    ['Revisiones de seguridad del diseño de cada caso de uso', 'security-assessment'],
    ['Clasificación por nivel de riesgo conforme al Reglamento (UE) 2024/1689', 'ai-regulation'],
    ['Autorin der „Richtlinie zum Einsatz generativer KI“', 'ai-governance'],
    ['Autorin der „Richtlinie zum Einsatz generativer KI“', 'policy-development'],
    ["Rédaction de la politique d'utilisation de l'IA générative", 'ai-governance'],
    ['Redacté la política de uso de la IA generativa', 'ai-governance'],
    ['Despliegue de los modelos como endpoints de Amazon SageMaker', 'ml-deployment'],
    ['Computer network defense watch: intrusion analysis of fleet networks', 'security-monitoring'],
    ['Dimensional data modeling for the Snowflake warehouse', 'data-engineering'],
    ['Deployment workflow with signed model artifacts and registry approvals', 'devsecops'],
    ['Regelmäßige Berichterstattung an CISO und Fachbereichsleitungen', 'stakeholder-communication'],
    ['Mitautorin der überarbeiteten Model Risk Management Policy', 'policy-development'],
    ['Co-rédaction de la mise à jour de la politique de gestion du risque de modèle', 'policy-development'],
  ])('%s → %s', (text, id) => {
    expect(ids(`EXPERIENCE\nEngineer  Jan 2020 – Present\n- ${text}`)).toContain(id);
  });
});

describe("a list of referees is other people's titles", () => {
  it.each([
    ['References', 'References\nName  Relationship  Contact\nDr N. Pillay  Head of Data Science, Protea Mutual  n.pillay@example.com'],
    ['REFEREES', 'REFEREES\nJ. Okoye, Head of Security Operations, Acme Bank'],
    ['Referencias', 'Referencias\nAna Ruiz, Jefa de equipo de Ciberseguridad, Banco Sol'],
  ])('%s', (_, refs) => {
    const text = `EXPERIENCE\nData Scientist | Acme | Jan 2020 – Dec 2022\n- Built churn models in Python\n\n${refs}`;
    expect(parseResume(text, { asOf }).skills.map((s) => s.id)).not.toContain('team-leadership');
    expect(ids(text)).toContain('python');
  });
  it("keeps a head-of title in the person's own experience", () => {
    expect(ids('EXPERIENCE\nHead of Data Science | Acme | Jan 2020 – Dec 2022\n- Led a team of 6 data scientists')).toContain('team-leadership');
  });
});

describe('a pack of results for the board or an executive', () => {
  it('is stakeholder communication, and a review pack for a committee is not', () => {
    expect(ids('EXPERIENCE\nHead of Data Science  Jan 2020 – Present\n- Quarterly model performance pack for the CRO and the board.')).toContain(
      'stakeholder-communication',
    );
    expect(ids('EXPERIENCE\nAI Governance Analyst  Jan 2020 – Present\n- Prepare the monthly review pack for the AI governance committee.')).not.toContain(
      'stakeholder-communication',
    );
  });
});

describe('hands-on code review in a security role', () => {
  it('is secure code review there, and not in a developer role', () => {
    expect(
      ids('EXPERIENCE\nDirector, AI Security Engineering  Jan 2024 – Present\n(LLM red team, hands-on threat models and code review of AI features)'),
    ).toContain('secure-code-review');
    expect(ids('EXPERIENCE\nSoftware Developer  Jan 2020 – Present\n- Hands-on feature work and code review of the billing service')).not.toContain(
      'secure-code-review',
    );
  });
});

describe('a head noun qualified after it (French, Spanish)', () => {
  it.each([
    ['Audits de sécurité et accompagnement ISO 27001 pour des PME', ['audit', 'security-assessment', 'security-compliance']],
    ['Auditorías de seguridad para clientes del sector bancario', ['audit', 'security-assessment']],
    ['Security audits for SMEs', ['audit', 'security-assessment']],
  ])('%s', (text, want) => {
    expect(ids(`EXPERIENCE\nConsultant  Jan 2020 – Present\n- ${text}`)).toEqual(want);
  });
});

describe('a Security Control Assessor tests controls: audit work (r82)', () => {
  it.each([
    'Serve as Security Control Assessor (SCA) for AI platforms under RMF: test NIST SP 800-53 controls.',
    'Security Controls Assessor for three enclaves; tested 800-53 controls.',
  ])('%s', (line) => {
    expect(ids(`EXPERIENCE\nIT Specialist | Agency | 2020 - 2024\n- ${line}`)).toContain('audit');
  });

  it.each(['Supported the Security Control Assessor with evidence packages.', 'Prepared ATO packages for the Security Control Assessor.'])(
    'not the person who supports one: %s',
    (line) => {
      expect(ids(`EXPERIENCE\nIT Specialist | Agency | 2020 - 2024\n- ${line}`)).not.toContain('audit');
    },
  );
});

describe('guidance the person wrote is policy work (r82)', () => {
  it.each([
    'Authored the agency "Security Annex for AI T&E" guidance adopted by two departments.',
    "Wrote the company's guidance on generative AI use for engineers.",
    'Drafted internal guidance for handling secrets in CI.',
  ])('%s', (line) => {
    expect(ids(`EXPERIENCE\nSecurity Lead | Acme | 2020 - 2024\n- ${line}`)).toContain('policy-development');
  });

  it.each([
    'Wrote a Python bot that posts Semgrep findings as merge-request comments with fix guidance.',
    'Developed the scanner following NIST guidance on SBOMs.',
    'Wrote detection rules per vendor guidance.',
  ])('not guidance followed or given with a fix: %s', (line) => {
    expect(ids(`EXPERIENCE\nSecurity Lead | Acme | 2020 - 2024\n- ${line}`)).not.toContain('policy-development');
  });
});

describe('RAG under test is no LLM application, in every language’s word order', () => {
  it.each([
    ['en', 'direct and indirect prompt injection (through RAG documents)'],
    ['fr', 'injection de prompt directe et indirecte (via les documents RAG)'],
    ['es', 'inyección de prompts directa e indirecta (a través de documentos RAG)'],
  ])('%s', (_lang, line) => {
    expect(ids(`EXPERIENCE\nPentester | Acme | 2020 - 2024\n- ${line}`)).not.toContain('llm-applications');
  });
});

describe("what a duty names that is not the person's own work: the team they moved to, a vendor's team, the systems an assessment covered", () => {
  const line = (l: string, language: 'en' | 'fr' | 'es' = 'en') =>
    parseResume(`EXPERIENCE\nSecurity Engineer, Acme Corp, 2019 – 2022\n- ${l}`, { asOf, language }).skills.map((s) => s.id);
  it.each([
    ['Password resets and laptop builds; moved to the SOC after a secondment.', 'en', []],
    ['Wrote PowerShell scripts for evidence collection on Windows hosts during investigations.', 'en', ['bash', 'incident-response', 'security-automation']],
    ["Tested the summarizer for prompt injection with the vendor's red team.", 'en', ['llm-security']],
    ['Perform security assessments of AI services (a note summarizer built on Azure OpenAI) before go-live.', 'en', ['security-assessment']],
    ["Tests d'injection de prompt dans l'outil, avec la red team de l'éditeur.", 'fr', ['llm-security']],
    ['Revisiones de diseño y modelos de amenazas para nuevas funcionalidades.', 'es', ['security-assessment', 'threat-modeling']],
    ['Puse en marcha el programa de security champions y formé a 12 desarrolladores en él.', 'es', ['mentoring']],
    ['Revisiones de diseño para nuevas funcionalidades.', 'es', []],
  ] as const)('%s', (text, language, want) => {
    expect(line(text, language)).toEqual(want);
  });
});

it('reads Go in Spanish beside another language it is listed with ("en C y Go")', () => {
  const es = (l: string) => parseResume(`EXPERIENCIA\nIngeniero, Acme, 2019 – 2022\n- ${l}`, { asOf, language: 'es' }).skills.map((s) => s.id);
  expect(es('Desarrollo de cargadores propios en C y Go.')).toContain('go');
  expect(es('Go-live del nuevo portal en marzo.')).not.toContain('go');
});

it('reads testing another team carries out as no evidence, the verb before its doer (r70: de/fr/es)', () => {
  const read = (language: 'de' | 'fr' | 'es', head: string, l: string) =>
    parseResume(`${head}\nIngenieur, Acme, 2019 – 2022\n- ${l}`, { asOf, language }).skills.map((s) => s.id);
  const de = (l: string) => read('de', 'BERUFSERFAHRUNG', l);
  const fr = (l: string) => read('fr', 'EXPÉRIENCE PROFESSIONNELLE', l);
  const es = (l: string) => read('es', 'EXPERIENCIA', l);
  expect(de('Richtlinien für Cloud-Dienste verfasst; Penetrationstests führt ein externer Dienstleister durch.')).not.toContain('penetration-testing');
  expect(de('Penetrationstests für zwölf Kunden durchgeführt.')).toContain('penetration-testing');
  expect(fr("Rédaction des politiques cloud ; les tests d'intrusion sont réalisés par un prestataire externe.")).not.toContain('penetration-testing');
  expect(fr("Tests d'intrusion réalisés pour douze clients.")).toContain('penetration-testing');
  expect(es('Redacción de las políticas de nube; las pruebas de penetración las realiza un proveedor externo.')).not.toContain('penetration-testing');
  expect(es('Realicé pruebas de penetración para doce clientes.')).toContain('penetration-testing');
});

it("reads a test another team ran as that team's work, the team as the subject (r78: es, fr, de)", () => {
  const read = (language: 'de' | 'fr' | 'es', head: string, l: string) =>
    parseResume(`${head}\nIngenieur, Acme, 2019 – 2022\n- ${l}`, { asOf, language }).skills.map((s) => s.id);
  const es = (l: string) => read('es', 'EXPERIENCIA', l);
  const fr = (l: string) => read('fr', 'EXPÉRIENCE PROFESSIONNELLE', l);
  const de = (l: string) => read('de', 'BERUFSERFAHRUNG', l);
  expect(
    es('Chatbot de atención con LangChain. El equipo de seguridad ofensiva realizó las pruebas de penetración del chatbot; yo corregí los hallazgos.'),
  ).not.toContain('penetration-testing');
  expect(es('El equipo rojo ejecutó los ensayos de prompt injection sobre el asistente.')).not.toContain('llm-security');
  expect(es('Ejecuté las pruebas de prompt injection sobre el asistente junto con el equipo de seguridad.')).toContain('llm-security');
  expect(
    fr("Assistant RAG (LangChain). L'équipe Red Team a mené les tests d'intrusion de l'assistant (injection de prompt) ; j'ai suivi les correctifs."),
  ).not.toContain('penetration-testing');
  expect(fr("L'équipe AppSec a réalisé les tests d'injection de prompt sur le chatbot.")).not.toContain('llm-security');
  expect(fr("J'ai réalisé les tests d'injection de prompt sur le chatbot avec l'équipe AppSec.")).toContain('llm-security');
  expect(de('Das Red-Team hat die Penetrationstests des Chatbots durchgeführt; ich habe die Findings behoben.')).not.toContain('penetration-testing');
  expect(de('Das AppSec-Team führte die Prompt-Injection-Tests am Assistenten durch.')).not.toContain('llm-security');
  expect(de('Prompt-Injection-Tests am Assistenten gemeinsam mit dem AppSec-Team durchgeführt.')).toContain('llm-security');
});

it('reads a team the person hands work to, named by its work, as no evidence of that work nor of leading it (r78: de, fr, es)', () => {
  const read = (language: 'de' | 'fr' | 'es', head: string, l: string) =>
    parseResume(`${head}\nAnalystin, Acme, 2019 – 2022\n- ${l}`, { asOf, language }).skills.map((s) => s.id);
  const de = (l: string) => read('de', 'BERUFSERFAHRUNG', l);
  const fr = (l: string) => read('fr', 'EXPÉRIENCE PROFESSIONNELLE', l);
  const es = (l: string) => read('es', 'EXPERIENCIA', l);
  expect(de('Meldung kritischer Befunde an das Schwachstellenmanagement-Team zur Priorisierung.')).toEqual([]);
  expect(de('Übergabe der Befunde an das Incident-Response-Team.')).toEqual([]);
  expect(de('Wöchentlicher Lagebericht an das Management-Team.')).not.toContain('team-leadership');
  expect(de('Aufbau des Schwachstellenmanagements mit Qualys für 2.000 Server.')).toContain('vulnerability-management');
  expect(fr("Remontée des CVE critiques à l'équipe Gestion des vulnérabilités pour priorisation.")).toEqual([]);
  expect(fr("Transmission des alertes qualifiées à l'équipe réponse à incident.")).toEqual([]);
  expect(fr('Pilotage de la gestion des vulnérabilités (Qualys) sur 2 000 serveurs.')).toContain('vulnerability-management');
  expect(es('Envío de las CVE críticas al equipo de Gestión de Vulnerabilidades para priorizarlas.')).toEqual([]);
  expect(es('Traslado de los hallazgos al equipo de respuesta a incidentes.')).toEqual([]);
  expect(es('Gestión de vulnerabilidades con Qualys en 2.000 servidores.')).toContain('vulnerability-management');
  // A team the person helps in its work shares that work with them.
  expect(es('Refuerzo al equipo de respuesta a incidentes en 9 casos de ransomware.')).toContain('incident-response');
  expect(fr("Soutien à l'équipe de réponse aux incidents lors de 9 crises rançongiciel.")).toContain('incident-response');
});

it('reads keys of a KMS and a rotation of keys as cryptography in German, French and Spanish (r78)', () => {
  const read = (language: 'de' | 'fr' | 'es', head: string, l: string) =>
    parseResume(`${head}\nPlattform-Ingenieur, Acme, 2019 – 2022\n- ${l}`, { asOf, language }).skills.map((s) => s.id);
  expect(read('de', 'BERUFSERFAHRUNG', 'Backups mit KMS-Schlüsseln pro Kunde verschlüsselt.')).toContain('cryptography');
  expect(read('de', 'BERUFSERFAHRUNG', 'Nach dem Vorfall: Eindämmung, Schlüsselrotation, Bericht.')).toContain('cryptography');
  expect(read('fr', 'EXPÉRIENCE PROFESSIONNELLE', "Après l'incident : confinement, rotation des clés, rapport.")).toContain('cryptography');
  expect(read('es', 'EXPERIENCIA', 'Tras el incidente: contención, rotación de claves, informe.')).toContain('cryptography');
  expect(read('de', 'BERUFSERFAHRUNG', 'Einführung eines KMS (Wissensmanagementsystem) für den Support.')).not.toContain('cryptography');
});

it('reads monitoring models in production in German as model monitoring, not as deploying them', () => {
  const de = (l: string) => parseResume(`BERUFSERFAHRUNG\nIngenieur, Acme, 2019 – 2022\n- ${l}`, { asOf, language: 'de' }).skills.map((s) => s.id);
  expect(de('Aufbau des Monitorings unserer Modelle in Produktion: Drift und Datenqualität')).toContain('model-monitoring');
  expect(de('Aufbau des Monitorings unserer Modelle in Produktion: Drift und Datenqualität')).not.toContain('ml-deployment');
  expect(de('Betrieb der Modelle in Produktion auf Kubernetes')).toContain('ml-deployment');
});

describe('"reading on" is reading about a topic only where it opens a sentence, a line or a list item', () => {
  const line = (l: string) => ids(`EXPERIENCE\nEngineer, Acme Corp, 2019 – 2022\n- ${l}`);
  it.each([
    ['Built Python services reading on-chain data and storing it in PostgreSQL.', ['python', 'sql']],
    ['Kept the on-call rotation reading on Kubernetes dashboards and fixed cluster outages.', ['kubernetes']],
    ['Reading on prompt injection and the OWASP Top 10 for LLM Applications', []],
    ['Shipped the release. Reading on Kubernetes operators now.', []],
  ] as const)('%s', (text, want) => {
    expect(line(text)).toEqual(want);
  });
});

describe('an alias read only in its own sense: a security backlog, a charter one writes, a model one builds, vulnerabilities one tracks', () => {
  const line = (l: string) => ids(`EXPERIENCE\nEngineer, Acme Corp, 2019 – 2022\n- ${l}`);
  it.each([
    ["Cleared the team's remediation backlog of failing unit tests and flaky builds.", []],
    ['Owned the remediation backlog for CVEs across 400 hosts and its patch SLAs.', ['vulnerability-management']],
    ['Wrote audit reports for each engagement under the audit charter approved by the board.', ['audit']],
    ['Wrote Splunk detections and runbooks aligned with the security charter.', ['security-monitoring']],
    ["Tuned the SIEM vendor's built-in anomaly detection models", ['security-monitoring']],
    ['Built anomaly detection models for payment fraud with scikit-learn', ['machine-learning', 'python']],
    ['Built anomaly-detection models (isolation forest, one-class SVM) in Python', ['machine-learning', 'python']],
    ["Triage des alertes issues des modèles de détection d'anomalies de l'éditeur du SIEM.", ['security-monitoring']],
    ["Conception de modèles de détection d'anomalies sur les transactions", ['machine-learning']],
    ['Triaje de alertas de los modelos de detección de anomalías del proveedor del SIEM.', ['security-monitoring']],
    ['Entrenamiento de modelos de detección de anomalías para fraude', ['machine-learning']],
    ['Verfolgen aktuelle Schwachstellen in Fachblogs und Newslettern.', []],
    ['Gefundene Schwachstellen verfolgen wir bis zur Behebung.', ['vulnerability-management']],
    // A DDoS campaign one helped respond to is an incident, no network defence one built.
    ['Supported the CSIRT during the 2023 DDoS campaign with attribution and IOC pivoting.', []],
    ['Configured DDoS protection and WAF rules on the edge.', ['network-security']],
    ['Unterstützung des CERT bei der DDoS-Kampagne 2023 mit Attributionsanalysen.', []],
    ['Apoyo al CSIRT durante la campaña DDoS de 2023 con atribución de indicadores.', []],
  ] as const)('%s', (text, want) => {
    expect(line(text)).toEqual(want);
  });
  it('does not read a vulnerability backlog that one only fixes items of', () => {
    expect(line("Fixed items from the vulnerability backlog raised by the security team's pentest")).not.toContain('vulnerability-management');
  });
});

describe('sessions one runs for juniors, people one line-manages, manual secure code reviews (r92)', () => {
  const line = (l: string) => ids(`EXPERIENCE\nSecurity Consultant, Acme Corp, 2019 – 2022\n- ${l}`);
  it.each([
    ['Host a monthly capture-the-flag lab for juniors in the practice.', ['mentoring']],
    ['Applied for junior roles across the region.', []],
    ['Organizo talleres mensuales de explotación web para los juniors del equipo.', ['mentoring']],
    ["J'anime un atelier mensuel d'exploitation web pour les juniors de l'équipe.", ['mentoring']],
    ['Soy responsable directa de 3 analistas de seguridad.', ['team-leadership']],
    ['Responsable hiérarchique de 3 consultants en sécurité.', ['team-leadership']],
    ['Revisiones manuales de código seguro para dos clientes bancarios.', ['secure-code-review']],
    ['Revues manuelles de code pour trouver les failles des API.', ['secure-code-review']],
    ['Present the monthly cloud platform threat landscape summary to the VP of Infrastructure.', ['stakeholder-communication']],
    ['Present the yearly identity programme roadmap update to the Director of IT and the CFO.', ['stakeholder-communication']],
  ] as const)('%s', (text, want) => {
    expect(line(text)).toEqual(want);
  });
});

describe('"RAG" is an LLM application where it is built: ML work, a skills list or a project', () => {
  it('reads RAG in ML work, a skills list and a project', () => {
    expect(ids('EXPERIENCE\nML Engineer | Acme | 2020 - 2024\n- Trained PyTorch ranking models and built RAG search')).toContain('llm-applications');
    expect(ids('SKILLS\nRAG, Python')).toEqual(['llm-applications', 'python']);
    expect(ids('PROJECTS\nDocument assistant: RAG over product manuals')).toEqual(['llm-applications']);
  });
  it('does not read it in security work or a summary about what others build', () => {
    const security = 'EXPERIENCE\nSecurity Engineer | Acme | 2020 - 2024\n- Reviewed per-tenant authorization on the RAG retrieval layer';
    expect(ids(security)).not.toContain('llm-applications');
    expect(ids('SUMMARY\nI sit with product teams while they build chat assistants and RAG features.')).toEqual([]);
  });
});

describe('a hosted LLM service a security sentence secures is no LLM application', () => {
  const work = (line: string) => ids(`EXPERIENCE\nLead, AI Security | Acme | 2020 - 2024\n- ${line}`);
  it.each([
    ['Own Azure security for AI workloads: private endpoints for Azure OpenAI.', ['azure', 'cloud-security']],
    ['Security code review of the services that call Azure OpenAI.', ['azure', 'secure-code-review']],
  ])('%s', (line, want) => {
    expect(work(line)).toEqual(want);
  });
  it('still counts one the person builds on, under any title', () => {
    expect(work('Built an internal chatbot on Azure OpenAI for the SOC.')).toContain('llm-applications');
    expect(ids('EXPERIENCE\nSoftware Engineer | Acme | 2020 - 2024\n- Private endpoints for Azure OpenAI')).toContain('llm-applications');
  });
});

describe('security automation in security work', () => {
  const work = (line: string) => ids(`EXPERIENCE\nProduct Security Engineer | Acme | 2020 - 2024\n- ${line}`);
  it('reads a security test suite run in CI, not a tool the product calls', () => {
    expect(work('Added a prompt-injection test suite as a blocking CI check')).toContain('security-automation');
    expect(work('Threat models of agentic and tool-calling features')).not.toContain('security-automation');
    expect(work('Guardrails im LLM-Gateway: Allow-Lists für Tool-Aufrufe, Protokollierung')).not.toContain('security-automation');
    expect(work('Desarrollo de un arnés en Python que ejecuta baterías de prompt injection en GitHub Actions')).toContain('security-automation');
  });
});

describe('CI systems in security work are DevSecOps', () => {
  it('reads GitHub Actions in security work, not in other work', () => {
    const tool = '- Built a prompt-injection replay tool, wired into GitHub Actions as a release gate';
    expect(ids(`EXPERIENCE\nApplication Security Engineer | Acme | 2020 - 2024\n${tool}`)).toContain('devsecops');
    expect(ids('EXPERIENCE\nWeb Developer | Acme | 2020 - 2024\n- Set up GitHub Actions for the front end')).not.toContain('devsecops');
  });
});

describe('the field’s own words in a skills list', () => {
  it('reads "Machine Learning" listed as a skill, not beside security words', () => {
    expect(ids('SKILLS\n• Machine Learning\n• Python')).toEqual(['machine-learning', 'python']);
    expect(ids('Technical Skills: Machine Learning, SQL')).toEqual(['machine-learning', 'sql']);
    expect(ids('SKILLS\nAdversarial Machine Learning, Python')).toEqual(['adversarial-ml', 'python']);
    expect(ids('SKILLS\nSecurity of machine learning systems')).toEqual([]);
    expect(ids('EXPERIENCE\nAnalyst | Acme | 2019 - 2020\n- Worked next to the machine learning team.')).toEqual([]);
  });
});

describe('a cloud warehouse names its cloud, as BigQuery names GCP', () => {
  it('reads Amazon Redshift as AWS; SQL needs its own word (one skill per plain alias)', () => {
    const ids = (t: string) => parseResume(t, { asOf }).skills.map((s) => s.id);
    expect(ids('EXPERIENCE\nData Engineer | Acme | Mar 2017 - Oct 2019\n- ETL in Python and Spark (EMR) into Amazon Redshift')).toContain('aws');
    expect(ids('EXPERIENCE\nData Engineer | Acme | Mar 2017 - Oct 2019\n- ETL in Python and Spark (EMR) into Amazon Redshift')).not.toContain('sql');
    expect(ids('EXPERIENCE\nData Engineer | Acme | Mar 2017 - Oct 2019\n- SQL models in Redshift for the finance KPIs')).toEqual(
      expect.arrayContaining(['aws', 'sql']),
    );
  });
});

describe('context rules: no false skills', () => {
  // Automated decision-making under the GDPR's Article 22 is data-protection law, no AI regulation.
  it.each([
    ['EXPERIENCE\n- Legal review of a machine-learning credit scoring use case (Art. 22 GDPR automated decision-making).', false],
    ['EXPERIENCE\n- Advised on automated decision-making under Article 22 GDPR.', false],
    ['EXPERIENCE\n- Mapped the automated decision-making systems in scope of the new AI rules.', true],
  ] as const)('automated decision-making names AI regulation outside the GDPR: %s', (text, held) => {
    expect(ids(text).includes('ai-regulation')).toBe(held);
  });

  it.each([
    ['Helped four teams go from prototype to GA', 'go'],
    ['Service desk: incident triage and ticket routing for 400 users', 'incident-response'],
    ['Ran the awareness programme that reduced phishing incidents by 40%', 'incident-response'],
    ['Programme de sensibilisation : baisse de 40 % des incidents de phishing', 'incident-response'],
    ['Campaña de concienciación: reducción del 40 % de los incidentes de phishing', 'incident-response'],
    ['Awareness-Kampagne: 40 % weniger Phishing-Vorfälle', 'incident-response'],
    ['Betreuung von Kunden im Bereich Versicherungen', 'mentoring'],
    ['Ran the first bias /\n  disparate-impact audit of the fraud model for the compliance office', 'audit'],
    ["Exigences de guardrails (filtrage des entrées) pour l'équipe plateforme ML, sur la base de l'OWASP Top 10", 'mlops'],
    ['Requisitos de guardrails (filtrado de entradas) para el equipo de plataforma de ML, según el OWASP Top 10', 'mlops'],
    ['Revisión de seguridad de los modelos para el equipo de datos e IA', 'mlops'],
    ['Actualmente me estoy informando sobre las obligaciones del Reglamento Europeo de IA (AI Act)', 'ai-regulation'],
    ['Informándome sobre el Reglamento Europeo de IA para fintechs', 'ai-regulation'],
    ['Das erste Bias- bzw. Disparate-Impact-Audit des Betrugsmodells für die\n  Compliance-Abteilung durchgeführt', 'audit'],
    ['Die Ergebnisse dem VP of Special Investigations präsentiert', 'team-leadership'],
    ['Résultats présentés aux VP des métiers', 'team-leadership'],
    ['Einarbeitung in neue Themen und Werkzeuge', 'mentoring'],
    ['Montée en compétences sur Kubernetes', 'mentoring'],
    ['Mise en œuvre des normes de sécurité du groupe', 'policy-development'],
    ['IA générative : veille et formation en cours (LangChain)', 'llm-applications'],
    ['Go  | derzeit im Selbststudium', 'go'],
    ['Became the go-to reviewer for agent permissions', 'go'],
    ['Supported the go-live of the new EDR platform', 'go'],
    ['Roasting Java and Sumatra single origins at home', 'java'],
    ['Hiked across Java and Bali in the spring', 'java'],
    ['Joined in Spring 2021 as the second hire', 'java'],
    ['The idea sparked a new tooling effort', 'data-engineering'],
    ['No experience with Java yet', 'java'],
    ['Currently learning Rust and Kubernetes', 'kubernetes'],
    ['Aspiring to learn Kubernetes next year', 'kubernetes'],
    ['No hands-on experience with AWS or Azure.', 'aws'],
    ['No hands-on experience with AWS or Azure.', 'azure'],
    ['Added audit logging to the gateway', 'audit'],
    ['Modelado de amenazas de pipelines de ML con STRIDE', 'mlops'],
    ['Modélisation des menaces des pipelines de ML avec STRIDE', 'mlops'],
    ['Led training sessions for engineers on secure coding', 'team-leadership'],
    ["Commande d'un audit d'équité du modèle de tri des sinistres", 'audit'],
    ['Encargué una auditoría de equidad del modelo de triaje', 'audit'],
    ['Pushed configuration drift alerts to Slack', 'model-monitoring'],
    ['Ran weekly code reviews for the team', 'secure-code-review'],
    ['Mapped detections to MITRE ATT&CK', 'adversarial-ml'],
    ['Generated adversarial examples against the complaint-routing classifier', 'machine-learning'],
    ['I assess AI systems. I do not build or\n  train models myself.', 'machine-learning'],
    ['Built the CI release pipeline for the web app', 'mlops'],
    ['the data science team retrained the model on my adversarial set', 'mlops'],
    ['Técnico de sistemas en prácticas — Informática Albufera S.L.', 'data-engineering'],
    ['Compagino el trabajo con el Grado en Ingeniería Informatica (UNED)', 'data-engineering'],
    ['Fixed DNS cache poisoning on the resolvers', 'adversarial-ml'],
    ['Worked together with data scientists and ML engineers on the rollout', 'machine-learning'],
    ['Deployed the new security operating models across the business units', 'ml-deployment'],
    ['Pentest of the public API that exposed the model weights to anyone', 'ml-deployment'],
    ['Extraction attacks on the pricing models exposed through a REST API', 'ml-deployment'],
    ["Tests d'évasion sur les modèles de fraude exposés via une API", 'ml-deployment'],
    ['Membership inference runs against partner credit models exposed via API; report per model', 'ml-deployment'],
    ['Moved the cloud build agents to the new data centre', 'cloud-security'],
    ['Gave security training on machine learning tools to the security team', 'machine-learning'],
    ['Audit de code des microservices Java', 'audit'],
    ['Rescued a reticulated python for the zoo', 'python'],
    ['Contrôles de séparation des tâches pour la mise en production des modèles des clients', 'ml-deployment'],
    ['Added rate limiting and query auditing on the inference endpoints', 'audit'],
    ['Ran the monthly CVE triage for production images', 'vulnerability-management'],
    ['Tests de intrusión internos (Active Directory, Kerberoasting, BloodHound)', 'identity-access-management'],
    ['Trabajo Fin de Máster: "Detección de movimiento lateral en entornos Active Directory"', 'identity-access-management'],
    ['Detected lateral movement in Active Directory with Sentinel', 'identity-access-management'],
    ['Détection des mouvements latéraux dans Active Directory', 'identity-access-management'],
    ['Référent « menaces IA » – cartographie des techniques MITRE ATLAS', 'ai-governance'],
    ['añadí limitación de peticiones y auditoría de consultas en los endpoints', 'audit'],
    ['Probe the internal RAG assistant for prompt injection, jailbreaks and data leakage', 'llm-applications'],
    ['Least-Privilege-IAM-Rollen für Service Accounts (IRSA)', 'identity-access-management'],
    ['Java (Spring) development of the policy administration system', 'policy-development'],
    ['Wrote bash scripts that audit firewall rule sets nightly', 'audit'],
    ['Certified Kubernetes Administrator (CKA) - The Linux Foundation', 'linux'],
    ['Present findings to client CISOs and engineering leads', 'team-leadership'],
    ['Privacy attacks on trained models (membership inference, model inversion)', 'privacy'],
    ['Knowledge of privacy-preserving ML techniques such as differential privacy or federated learning', 'privacy'],
    ['Fine-tuned DistilBERT transformer classifiers for spam and toxicity', 'llm-applications'],
    ['I would like to get into securing AI workloads (reading up on OWASP LLM Top 10)', 'llm-security'],
    ['He would like to move toward LLM red teaming eventually', 'llm-security'],
    ['Reading on prompt injection and the OWASP Top 10 for LLM Applications', 'llm-security'],
    ['Would like to work on LLM security and adversarial robustness in my next role', 'adversarial-ml'],
    ['No cloud experience. Keen to learn Azure data services.', 'azure'],
    ['Kubernetes: none hands-on', 'kubernetes'],
    ['Support the clinical audit programme with data pulls for chart reviews', 'audit'],
    ['Built the Airflow data-ingestion jobs feeding model training', 'machine-learning'],
    ['Me interesa la seguridad de IA; estoy leyendo sobre el OWASP Top 10 para LLM', 'llm-security'],
    ['Triage alerts in Splunk; tune correlation searches on impossible-travel and MFA-fatigue rules', 'identity-access-management'],
    ['Anbindung neuer Azure-Subscriptions und Entra-ID-Logs an Sentinel', 'identity-access-management'],
    ['Tier 2 triage of escalated alerts in Microsoft Sentinel (Azure AD, Defender for Endpoint)', 'identity-access-management'],
    ['Joined the design reviews of the payment services', 'security-assessment'],
    ['Wrote SQL feature queries against the Redshift warehouse', 'data-engineering'],
    ['Ad-hoc SQL queries on Snowflake for the marketing team', 'data-engineering'],
    ['Credit-risk models; SQL on Amazon Redshift for feature extraction', 'data-engineering'],
    ['Audits of PCI DSS, the SWIFT Customer Security Programme and cloud outsourcing (EBA guidelines)', 'cloud-security'],
    ['Supervised graduate auditors on site; reviewed their workpapers', 'mentoring'],
    ['150+ web application, infrastructure and Active Directory penetration tests', 'identity-access-management'],
    ['Produced threat assessments and link charts for force-protection planning', 'security-assessment'],
    ['Wrote Spark ETL jobs that turn raw policy and claims extracts into feature tables', 'policy-development'],
    ['Designed tool-call allow-lists and per-merchant authorization checks on vector-store retrieval', 'llm-applications'],
    ['Customer-managed keys in Azure Key Vault for prompt logs and vector stores', 'llm-applications'],
    ['Every pickle-based model file from Hugging Face is scanned for unsafe deserialization', 'deep-learning'],
    ['Thesis: "Injection in LLM tool outputs" – fine-tuned and evaluated a DistilBERT classifier', 'llm-applications'],
    ["Revue de sécurité des services Python de l'équipe plateforme ML avant chaque version", 'mlops'],
    ['Plan and deliver information-security audits of identity, cloud and third-party controls', 'cloud-security'],
    ['Built the Power BI data models, DAX measures and row-level security for 300 users', 'data-engineering'],
    ['Built Sentinel analytics rules; onboarded Azure AD and Azure activity logs', 'identity-access-management'],
    ['DSTG AI Assurance research grant (co-investigator), 2024–2026', 'ai-governance'],
    ['Experiments on the Linux GPU clusters (Slurm) of the institute', 'linux'],
    ['Revisión de seguridad de los servicios en Python del equipo de plataforma de ML antes de cada versión', 'mlops'],
    ['Offensive testing of the inference API and plugin infrastructure (SSRF through tool calls)', 'application-security'],
    // Guidance is policy once published or issued, not as a research duty ("publish guidance on their limits").
    ['Measure the robustness of mitigations and publish guidance on their limits', 'policy-development'],
    // Models attacked, not built: a clause-wide window, as French and Spanish spell the object out with more words.
    ["Red teaming d'applications à base de LLM et de modèles de vision par ordinateur", 'deep-learning'],
    ['Red teaming de aplicaciones basadas en LLM y de modelos de visión artificial', 'deep-learning'],
    ['Fichas de modelo (model cards) para cada modelo en producción', 'ml-deployment'],
    ['Informes de explicabilidad de los modelos', 'stakeholder-communication'],
    ['Évaluation des risques du projet de migration', 'security-assessment'],
    // Operations monitoring (latency, uptime, SLOs) in Splunk is no security monitoring; a tech lead of a workstream leads the work, not people.
    ['Splunk dashboards and alerts on application and ingress logs for latency and error budgets', 'security-monitoring'],
    ['Splunk alerts on the checkout SLOs', 'security-monitoring'],
    ['Tech lead for the platform reliability stream', 'team-leadership'],
    ['Technical lead of the data migration workstream', 'team-leadership'],
  ])('%s ↛ %s', (text, id) => {
    expect(ids(`EXPERIENCE\nEngineer  Jan 2020 – Present\n- ${text}`)).not.toContain(id);
  });
});

describe('mentoring and briefing in German and Spanish duties (r69)', () => {
  it.each([
    ['- Betreuung von Praktikant:innen', 'mentoring'],
    ['- Fachliche Betreuung von Werkstudent*innen im Team', 'mentoring'],
    ['- Betreuung von Praktikantinnen und Praktikanten', 'mentoring'],
    ['- Präsentation der Modellergebnisse im Risikokomitee', 'stakeholder-communication'],
    ['- Quartalsbericht an das Risikokomitee der Bank', 'stakeholder-communication'],
    ['- Formación de los analistas N1 de nueva incorporación', 'mentoring'],
    ['- Formación de analistas L1 en el uso del SIEM', 'mentoring'],
  ])('%s → %s', (line, id) => {
    expect(ids(`EXPERIENCE\nAnalyst, Acme AG  01/2020 – 12/2023\n${line}`)).toContain(id);
  });
});

describe('aliases that count only in security work', () => {
  it.each([
    ['Wrote internal tools for the on-call team', ['security-automation']],
    ['Weekly CVE triage and patch SLAs for the base images', ['vulnerability-management']],
    ['Triage hebdomadaire des CVE des images de base', ['vulnerability-management']],
    ['Built a Python harness that replays jailbreak prompts against every release', ['llm-security', 'python', 'security-automation']],
    ['Maintain the evaluation harness of the detection models', []],
    ["Développement d'un banc de test qui rejoue des prompts de jailbreak", ['llm-security', 'security-automation']],
    ['Outil Python qui signale les images non signées', ['python', 'security-automation']],
    ['Set up an inventory of AI tools in use and a review board', []],
    ['Bias audits of automated employment decision tools', ['responsible-ai']],
    ['Design reviews of the payment services and their partner APIs', ['security-assessment']],
    ['Revues de conception des services de paiement', ['security-assessment']],
    ['Reviewed every new payment service before design review', []],
    ['Developed a service that enriches alerts with device context and auto-closes known-benign patterns', ['security-automation']],
    ['Enriched alerts with threat-intel context during triage', []],
    ['Lead member of the incident bridge', []],
    ['Lead a 10-member detection team', ['team-leadership']],
    // A tech lead of a workstream leads the work; of a stream of six engineers, people too.
    ['Tech lead of a stream of 6 engineers', ['team-leadership']],
    ['Technical lead for a workstream of four developers', ['team-leadership']],
    ['Tech lead on the model workstream with 5 engineers from the vendor', []],
    // A tech lead title alone names no people led; with a team's size it does.
    ['Tech lead for the shopping-assistant team', []],
    ['Senior Backend Engineer / Technical Lead, payments platform', []],
    ['Acted as tech lead for the fraud-scoring service rewrite', []],
    ['Tech lead of a team of 7 (4 backend, 3 data engineers)', ['team-leadership']],
    ['Technical lead for a squad of five developers', ['team-leadership']],
    ['Verfasse den Risikobewertungsbericht jedes Auftrags', ['security-assessment']],
    ["Rédaction du rapport d'évaluation des risques de la mission", ['security-assessment']],
    ['Redacto el informe de evaluación de riesgos del encargo', ['security-assessment']],
    ['Suites de tests automatisées exécutées chaque nuit', ['security-automation']],
    ["Évaluation des risques des modèles d'IA du client", ['ai-risk-management']],
  ])('%s → %j', (line, expected) => {
    expect(ids(`EXPERIENCE\nSecurity Engineer  Jan 2020 – Present\n- ${line}`)).toEqual(expected);
  });

  it.each([
    [
      'Werkstudent IT-Sicherheit  10/2015 – 06/2018',
      'Python-Skripte, die Qualys-Reports automatisch auswerten',
      ['python', 'security-automation', 'vulnerability-management'],
    ],
    ['Werkstudent Softwareentwicklung  10/2015 – 06/2018', 'Python-Skripte, die Testberichte automatisch auswerten', ['python']],
    ['Analista de seguridad  ene 2020 – actualidad', 'Reglas que abren automáticamente un ticket por alerta', ['security-automation']],
    ['Analista de seguridad  ene 2020 – actualidad', 'Escaneo automático de artefactos con ModelScan', ['devsecops', 'security-automation']],
    ['Analista de seguridad  ene 2020 – actualidad', 'Detección de fraude con aprendizaje automático', ['machine-learning']],
  ])('%s: %s → %j', (head, line, expected) => {
    expect(ids(`BERUFSERFAHRUNG\n${head}\n- ${line}`)).toEqual(expected);
  });
});

describe('PDF line wraps', () => {
  it('matches a phrase broken across a soft wrap', () => {
    const found = skill('EXPERIENCE\nAnalyst  Jan 2020 – Present\n- Followed the IR\n    playbook of each client', 'incident-response');
    expect(found?.evidence.map((e) => e.text)).toEqual(['IR\n    playbook']);
  });

  it('does not join a phrase across a new bullet', () => {
    expect(ids('EXPERIENCE\nAnalyst  Jan 2020 – Present\n- Followed the IR\n- playbook of each client')).not.toContain('incident-response');
  });

  it('keeps a long German line wrapped before a capitalised noun in one clause', () => {
    const line = '– Leitung eines Teams von drei Fachspezialistinnen; Berichterstattung an';
    const text = `BERUFSERFAHRUNG\n2022 – heute  Leiterin\n${line}\n  Geschäftsleitung und Verwaltungsrat`;
    expect(ids(text)).toContain('stakeholder-communication');
  });

  it('does not join a long line to an acronym below it', () => {
    const line = '- Lead a team of five security engineers covering the model training platform, the inference';
    expect(ids(`EXPERIENCE\nEngineer  June 2023 – Present\n${line}\n    API and the agent products.`)).not.toContain('ml-deployment');
  });

  it('joins a short line of a narrow column to the line below indented to its bullet text', () => {
    const text = 'EXPERIENCE\nEngineer  Apr 2020 – Sep 2023\n- Onboarded cloud and identity logs into Microsoft\n  Sentinel; wrote KQL analytics rules';
    expect(skill(text, 'security-monitoring')?.evidence.map((e) => e.text)).toEqual(['Microsoft\n  Sentinel']);
    // Not indented to the bullet's text: a line of its own.
    expect(ids('EXPERIENCE\nEngineer  Apr 2020 – Sep 2023\n- Onboarded cloud and identity logs into Microsoft\n      Sentinel; wrote rules')).not.toContain(
      'security-monitoring',
    );
  });

  it('joins a long line that ends in a capitalised word to the capitalised word below it', () => {
    const line = '- STRIDE-Bedrohungsmodelle für die Aufnahme- und Labeling-Pipeline; Prüfungen gegen Data';
    expect(ids(`BERUFSERFAHRUNG\n2022 – heute  Ingenieur\n${line}\n  Poisoning (Datensatz-Hashes) eingeführt.`)).toContain('adversarial-ml');
  });

  it('joins a long line that ends in an acronym inside a sentence to the acronym below it', () => {
    const line = '- Security-Design-Reviews und Bedrohungsmodelle (STRIDE plus Techniken aus MITRE';
    const found = skill(`BERUFSERFAHRUNG\n2022 – heute  Ingenieurin\n${line}\n  ATLAS) für jeden Anwendungsfall`, 'adversarial-ml');
    expect(found?.years).toBe(4.92);
    expect(ids('EXPERIENCE\nEngineer  2022 – Present\n- MITRE\n  ATLAS')).not.toContain('adversarial-ml');
  });

  it('joins a long line that ends in a lowercase word to the plural acronym below it, and reads who the models are for', () => {
    const lead = 'EXPERIENCE\nLecturer  2022 – Present\n';
    expect(
      ids(
        `${lead}Lead the applied ML group of four researchers and two engineers. Fine-tune open-weight\nLLMs (PyTorch, Hugging Face) as jailbreak and prompt-injection classifiers.`,
      ),
    ).toContain('llm-applications');
    expect(
      ids(
        `${lead}Designed retrieval pipelines and evaluation harnesses for customer analytics; fine-tuned open-source\nLLMs for intent classification of abusive prompts and phishing emails.`,
      ),
    ).toContain('llm-applications');
    // Attacking fine-tuned models builds none.
    expect(
      ids(
        `${lead}Red-teamed production chatbots for clients and wrote jailbreak prompts to bypass the filters of fine-tuned\nLLMs used by banks; reported prompt-injection findings to vendors.`,
      ),
    ).not.toContain('llm-applications');
    expect(ids(`${lead}Built a Python harness that automates multi-turn jailbreak campaigns against the inference\nAPI and files findings.`)).not.toContain(
      'ml-deployment',
    );
  });

  it('reads a negation across a long line wrapped before a bracket', () => {
    const line = "Data scientist depuis 2023. À terme, j'aimerais me former à la sécurité des systèmes d'IA";
    expect(ids(`PROFIL\n${line}\n(attaques adverses, injection de prompt), un domaine nouveau pour moi.`)).toEqual([]);
  });

  it('keeps a sentence going after a bracket closed at a line’s end, before a lowercase word', () => {
    const line = '- Tests applicatifs (web, API REST, mobile) et internes (SAML)';
    const text = `EXPÉRIENCE\nConsultant  2020 – 2023\n${line}\n  par attaques de rejeu`;
    expect(ids(text)).not.toContain('identity-access-management');
    expect(ids(`EXPÉRIENCE\nConsultant  2020 – 2023\n${line}\n  Metasploit et Nmap`)).toContain('identity-access-management');
  });

  it('does not join a short line that ends in a noun to the capitalised word below it', () => {
    expect(ids('BERUFSERFAHRUNG\n2022 – heute  Leiterin\n– Berichterstattung\n  Geschäftsleitung und Verwaltungsrat')).not.toContain(
      'stakeholder-communication',
    );
  });
});

describe('typos in the skills section (fuse.js on leftover words)', () => {
  it.each([
    ['Pyhton', 'python'],
    ['Kuberentes', 'kubernetes'],
    ['Terrafrom', 'terraform'],
    ['Pytroch', 'pytorch'],
  ])('%s → %s', (typo, id) => {
    const found = skill(`SKILLS\n${typo}, Docker`, id);
    expect(found?.evidence[0]).toMatchObject({ text: typo, via: 'fuzzy', section: 'skills' });
  });

  it('does not guess outside the skills section', () => {
    expect(ids('SUMMARY\nI like Pyhton a lot.')).not.toContain('python');
  });
});

describe('tooling built in a security job, in French and Spanish', () => {
  it.each([
    ["Développement d'outils Python pour l'équipe (extensions Burp)", 'Ingénieur sécurité'],
    ['Desarrollé herramientas en Python que usa todo el equipo', 'Ingeniero de seguridad'],
  ])('%s → security-automation', (line, title) => {
    expect(ids(`EXPERIENCE\n${title}, pentest  Jan 2020 – Present\n- ${line}\n- Pentest OWASP, vulnérabilités, vulnerabilidades`)).toContain(
      'security-automation',
    );
  });

  it('is no evidence outside security work', () => {
    expect(ids("EXPERIENCE\nDéveloppeur  Jan 2020 – Present\n- Développement d'outils Python pour la comptabilité")).not.toContain('security-automation');
  });
});

describe('a broader term names a skill without dating it (`undated`)', () => {
  const text = [
    'EXPERIENCE',
    'Head of AI Risk  Apr 2024 – Present',
    '- Stood up the AI inventory and the AI review board',
    'Model Risk Manager  Jan 2019 – Mar 2024',
    '- Model risk management under SR 11-7 for 300+ credit models',
  ].join('\n');
  const p = parseResume(text, { asOf });

  it('counts only the entries that name the skill itself for its years (Apr 2024 – Nov 2026 = 32 months)', () => {
    expect(p.skills.find((s) => s.id === 'ai-governance')).toMatchObject({ years: 2.67, lastUsed: '2026-11', strength: 'work' });
  });

  it('keeps the mention as evidence, and the skill in the entry that names it', () => {
    expect(p.experience.entries.map((e) => e.skills.includes('ai-governance'))).toEqual([true, true]);
    const only = parseResume('EXPERIENCE\nModel Risk Manager  Jan 2019 – Mar 2024\n- Model risk management under SR 11-7', { asOf });
    expect(only.skills.find((s) => s.id === 'ai-governance')).toMatchObject({ strength: 'work' });
    expect(only.skills.find((s) => s.id === 'ai-governance')?.years).toBeUndefined();
  });
});

describe('evidence and years', () => {
  const text = [
    'EXPERIENCE',
    'Security Engineer  Jan 2019 – Dec 2020',
    '- Wrote Python tooling for triage.',
    'Senior Security Engineer  Jan 2021 – Present',
    '- Threat modeling for every service; Python services.',
    '',
    'SKILLS',
    'Python, Docker',
  ].join('\n');
  const profile = parseResume(text, { asOf });

  it('unions the dated entries that mention a skill (Jan 2019 – Nov 2026 = 95 months)', () => {
    expect(profile.skills.find((s) => s.id === 'python')).toMatchObject({ years: 7.92, lastUsed: '2026-11', strength: 'work' });
    expect(profile.skills.find((s) => s.id === 'docker')).toMatchObject({ strength: 'listed' });
    expect(profile.skills.find((s) => s.id === 'docker')?.years).toBeUndefined();
  });

  it('points every evidence span at the text it quotes', () => {
    for (const s of profile.skills) {
      for (const e of s.evidence) expect(profile.text.slice(e.start, e.end)).toBe(e.text);
    }
    expect(profile.skills.find((s) => s.id === 'docker')?.evidence[0]?.section).toBe('skills');
  });

  it('is valid against the exported schema', () => {
    expect(ResumeProfileSchema.parse(profile)).toEqual(profile);
  });

  it('reads a skill used in an undated job as work, its years unknown', () => {
    const undated = parseResume(['EXPERIENCE', 'Security Analyst, Northwind', '- Wrote Python tooling for triage.', '', 'SKILLS', 'Docker'].join('\n'), {
      asOf,
    });
    expect(undated.experience.totalYears).toBeNull();
    expect(undated.skills.find((s) => s.id === 'python')).toMatchObject({ strength: 'work' });
    expect(undated.skills.find((s) => s.id === 'python')?.years).toBeUndefined();
    expect(undated.skills.find((s) => s.id === 'docker')).toMatchObject({ strength: 'listed' });
  });

  it('reads the achievements of a functional résumé as work, and awards as awards', () => {
    const functional = parseResume(
      [
        'PROFILE',
        'Security analyst.',
        '',
        'SELECTED ACHIEVEMENTS',
        '• Built a Python harness for prompt-injection tests.',
        '',
        'AWARDS',
        '• Hackathon winner with a Docker demo.',
      ].join('\n'),
      { asOf },
    );
    expect(functional.sections.map((s) => s.name)).toEqual(['summary', 'achievements', 'awards']);
    expect(functional.skills.find((s) => s.id === 'python')).toMatchObject({ strength: 'work' });
    expect(functional.skills.find((s) => s.id === 'docker')).toMatchObject({ strength: 'listed' });
  });
});

describe('explicit year claims', () => {
  it.each([
    ['Python (6 yrs)', 'python', 6],
    ['SQL – 7 years', 'sql', 7],
    ['5+ years of Python', 'python', 5],
    ['five years of Python', 'python', 5],
    ['Seven-plus years of hands-on experience with Kubernetes', 'kubernetes', 7],
    ['Kubernetes (EKS)   – 4 yrs   Advanced', 'kubernetes', 4],
    ['AWS (SageMaker, S3, EKS) – 5 yrs', 'aws', 5],
    ['Python (more than 8 years)', 'python', 8],
    ['Lenguajes: Python (+7 años), SQL, Bash', 'python', 7],
    ['Python (más de 8 años)  ·  Splunk ES, Microsoft Sentinel', 'python', 8],
    // German's abbreviated year word, "J.".
    ['Sprachen: Go (4 J.), Rust (2 J.)', 'go', 4],
    ['Programmiersprachen: Python – 6 J., SQL – 8 J.', 'sql', 8],
    ['Kenntnisse: Java (ca. 10 J.), Kotlin', 'java', 10],
    // A rating in symbols between the skill and its years.
    ['Python ●●●●○ (6 yrs)', 'python', 6],
    ['AWS ★★★☆☆ – 4 years', 'aws', 4],
    // A level before the years in the skill's bracket, as an ATS export lists skills (r95).
    ['Python (Advanced, 6 years)', 'python', 6],
    ['Terraform (Upper intermediate, 3 yrs)', 'terraform', 3],
    ['Programmiersprachen: Go (Fortgeschritten, 4 Jahre), Rust (Grundkenntnisse)', 'go', 4],
    ['Outils : Kubernetes (intermédiaire, 2 ans), Docker (avancé, 5 ans)', 'docker', 5],
    ['Lenguajes: SQL (Avanzado, 7 años), Python (Intermedio, 3 años)', 'python', 3],
  ])('%s → %s %d', (text, id, years) => {
    expect(skill(`SKILLS\n${text}`, id)?.years).toBe(years);
  });

  it.each([
    ['Chartered Accountant with 10 years in statutory and internal financial audit, now doing IT audit.', 'audit', 10],
    ['Consultant with 9 years of external financial audit for listed companies.', 'audit', 9],
    ['Berater mit 5 Jahren operativer Netzwerksicherheit in Banken.', 'network-security', 5],
  ])('reads adjectives before the skill as part of its name: %s', (line, id, years) => {
    const de = line.includes('Jahren');
    const text = de
      ? `ZUSAMMENFASSUNG\n${line}\n\nBERUFSERFAHRUNG\n01/2010 – 12/2025  Berater, Nordbank AG\n- Prüfung der Firewall-Regeln für die Bank.`
      : `SUMMARY\n${line}`;
    expect(skill(text, id)?.claimedYears).toBe(years);
  });

  it.each([
    ['PERSONAL INFORMATION\nHow many years of application security experience do you have?   7\nDesired Compensation:  165000', 'application-security', 7],
    ['SCREENING QUESTIONS\nHow many years of Python experience do you have?  5 years', 'python', 5],
    ['BEWERBUNGSFRAGEN\nWie viele Jahre Erfahrung in der Netzwerksicherheit haben Sie?   6', 'network-security', 6],
    ["QUESTIONS\nCombien d'années d'expérience en Python avez-vous ?  4", 'python', 4],
    ['PREGUNTAS\n¿Cuántos años de experiencia tiene con Python?  3', 'python', 3],
  ])("reads the answer to a form's question of years as a claim (r82): %s", (text, subject, years) => {
    const claims = parseResume(text, { asOf }).experience.claims.map((c) => [c.subject, c.years]);
    expect(claims).toContainEqual([subject, years]);
    expect(claims.filter((c) => c[0] === 'totalYears')).toEqual([]);
  });

  it('reads no claim from a question of years with no number after it', () => {
    expect(parseResume('OTHER\nHow many years until you retire? Not sure.', { asOf }).experience.claims).toEqual([]);
  });

  it.each([
    ['ML engineer who has spent the last 2.5 years building and shipping NLP models that clinicians use.', 'mlYears', 2.5],
    ['I have 6 years of designing and building machine learning models for retail.', 'mlYears', 6],
    ['Six years developing and maintaining Java services for a bank.', 'java', 6],
    // The sentence wrapped after its years, going on in lowercase.
    ['Maths graduate who retrained and has spent the last 2.5 years\nbuilding and shipping NLP models that clinicians use.', 'mlYears', 2.5],
    ['Backend developer with 7 years\nof Python in fintech.', 'python', 7],
  ])('reads two fillers joined by "and" between the years and their subject (r82): %s', (line, subject, years) => {
    const claims = parseResume(`SUMMARY\n${line}`, { asOf }).experience.claims.map((c) => [c.subject, c.years]);
    expect(claims).toContainEqual([subject, years]);
  });

  it.each([
    ['KENNTNISMATRIX\nKenntnis             Jahre Niveau\nPython                 7   ●●●●○\nTerraform              3   ●●●○○', 'terraform', 3],
    ['FÄHIGKEITEN-MATRIX\nFähigkeit            Jahre\nPython                 7\nKubernetes             4', 'kubernetes', 4],
    ['Qualifikationsmatrix\nBereich              Jahre  Stufe\nJava                   5     Experte\nPython                 2     gut', 'java', 5],
    ['MATRICE DE COMPÉTENCES\nCompétence            Ans  Niveau\nModélisation menaces   6   ●●●●●\nPython                 8   ●●●●○', 'threat-modeling', 6],
  ])('reads the years column of a German skills matrix under its heading: %s', (text, id, years) => {
    expect(skill(text, id)?.claimedYears).toBe(years);
  });

  it.each([
    ["Ingénieur sécurité avec plus de 10 ans d'expérience en sécurité réseau,\napplicative et cloud.", 'network-security'],
    ['Ingeniero de seguridad con más de 10 años de experiencia en seguridad de\nredes, de aplicaciones y cloud.', 'network-security'],
    ['Consultora con 8 años en seguridad de redes, de sistemas y de aplicaciones.', 'network-security'],
  ])('reads a skill whose head noun goes on to other kinds of its field as the field’s years, none the skill’s: %s', (line, id) => {
    const p = parseResume(`SUMMARY\n${line}`, { asOf });
    expect(p.skills.find((s) => s.id === id)?.claimedYears).toBeUndefined();
    expect(p.experience.claims.map((c) => c.subject)).toContain('securityYears');
  });

  it.each([
    ['Engineer with 12 years in banking and Python development.', 'python'],
    ['Engineer with 12 years in sales before moving to Python.', 'python'],
    ['Analyst with 10 years in financial services, Python and SQL.', 'python'],
  ])('reads no claim of a skill after other work or a list: %s', (line, id) => {
    expect(skill(`SUMMARY\n${line}`, id)?.claimedYears).toBeUndefined();
  });

  it.each([
    ['EXPERIENCE\nSOC Analyst, Acme, 2021 - Present\n- Trained 6 new joinees on alert triage and shift handover'],
    ['EXPERIENCE\nSOC Analyst, Acme, 2021 - Present\n- Trained new joiners in the escalation runbooks'],
    ['EXPERIENCE\nSecurity Engineer, Acme, 2021 - Present\n- Training two joinees from the graduate programme on detection rules'],
  ])('reads training new hires by their regional names as mentoring: %#', (text) => {
    expect(ids(text)).toContain('mentoring');
  });

  it.each([
    ['EXPERIENCE\nSecurity Analyst, Acme, 2022 - Present\n- Triage Wazuh alerts and escalate confirmed incidents to the MSSP'],
    ['SKILLS\nOSSEC, Nessus, Burp Suite'],
    ['PROJECTS\nHome lab: deployed Security Onion to watch traffic from a small office network'],
  ])('reads open-source SIEM and host-monitoring tools as security monitoring: %#', (text) => {
    expect(ids(text)).toContain('security-monitoring');
  });

  it.each([
    [
      'SKILLS\nTool          Release   Last used   Experience\nPython        3.12      2026        4 Year(s) 6 Month(s)\nTerraform     1.6       2025        2 Year(s) 0 Month(s)',
      'python',
      4.5,
    ],
    [
      'SKILLS\nTool          Release   Last used   Experience\nPython        3.12      2026        4 Year(s) 6 Month(s)\nTerraform     1.6       2025        2 Year(s) 0 Month(s)',
      'terraform',
      2,
    ],
    ['TECHNICAL SKILLS\nSkill | Version | Used till | Duration\nGo | 1.22 | 2026 | 3 Years 3 Months\nRust | 1.7 | 2024 | 1 Year', 'go', 3.25],
    ['SKILLS\nKubernetes    v1.29    2 yrs 6 mos', 'kubernetes', 2.5],
  ])('reads a skills table’s years and months, not its version column: %#', (text, id, years) => {
    expect(skill(text, id)?.claimedYears).toBe(years);
  });

  it.each([
    ['Riya Sharma\nBengaluru, INDIA        6 Year(s) 3 Month(s)        ₹ 14 Lacs\n\nEXPERIENCE\nEngineer, Acme, 2020 - Present', 6.25],
    ['Tom Reyes\nChicago, IL  |  9 Years 0 Months  |  Open to relocation\n\nEXPERIENCE\nEngineer, Acme, 2017 - Present', 9],
    ['Ana Lima\n11 yrs 8 mos\n\nEXPERIENCE\nAnalyst, Acme, 2015 - Present', 11.67],
  ])('reads a length of time alone in the header as the experience stated overall: %#', (text, years) => {
    const claims = parseResume(text, { asOf }).experience.claims.filter((c) => c.subject === 'totalYears');
    expect(claims.map((c) => c.years)).toEqual([years]);
  });

  it('reads a skill claimed at zero years as not held, and a cue in brackets as its own item’s', () => {
    expect(ids('SKILLS\nPython (0 years), Java (Less than 1 year), Kubernetes (learning)')).toEqual(['java']);
    expect(ids('SKILLS\n• Machine Learning (0 years)\n• Python (5 years)')).toEqual(['python']);
    expect(ids('Skills: Go – 0 yrs, Rust')).toEqual(['rust']);
    expect(ids('SKILLS\nKubernetes ●○○○○ (0 yrs)\nRust ●●●○○ (3 yrs)')).toEqual(['rust']);
    expect(skill('SKILLS\nJava (Less than 1 year), Kubernetes (learning)', 'java')?.claimedYears).toBe(0.5);
  });

  it.each([
    ['• Supervising experience (5 years)', 5],
    ['Supervisory experience – 3 yrs', 3],
  ])('reads supervisory experience as team leadership, with its claim: %s', (line, years) => {
    expect(skill(`SKILLS\n${line}`, 'team-leadership')?.claimedYears).toBe(years);
  });

  it('gives a bracket’s claim to the skill it qualifies, not to the last one inside it', () => {
    expect(skill('SKILLS\nAWS (SageMaker, S3, EKS) – 5 yrs', 'kubernetes')?.claimedYears).toBeUndefined();
  });

  it.each([
    ['CONOCIMIENTOS\nTerraform - Nivel: Intermedio - Experiencia: 3 años\nPython - Nivel: Avanzado', 'terraform', 3],
    ['SKILLS\nKubernetes | Level: Advanced | Experience: 4 years', 'kubernetes', 4],
    ['KENNTNISSE\nPython – Niveau: sehr gut – Erfahrung: 6 Jahre', 'python', 6],
    ['COMPÉTENCES\nTests d’intrusion · Niveau : expert · Expérience : 7 ans', 'penetration-testing', 7],
  ])('reads the years in the last labelled cell of a skill’s line: %s', (text, id, years) => {
    expect(skill(text, id)?.claimedYears).toBe(years);
  });

  it('gives a labelled years cell no skill when the cell before it is no label ("Python - Avanzado - 5 proyectos - Experiencia: 3 años")', () => {
    expect(skill('CONOCIMIENTOS\nPython - se usó en 5 proyectos grandes de la empresa - Experiencia: 3 años', 'python')?.claimedYears).toBeUndefined();
  });

  it.each([
    [
      'SKILLS\nSkill\tYears\tLevel\nDocker / Kubernetes\t4\tAdvanced\nPython\t7\tExpert\n',
      [
        ['docker', 4],
        ['kubernetes', 4],
        ['python', 7],
      ],
    ],
    [
      'SKILLS\nSkill\tYears\tLevel\nTerraform, Ansible\t3\tIntermediate\nGCP (GKE, BigQuery)\t2\tBasic\n',
      [
        ['terraform', 3],
        ['gcp', 2],
        ['kubernetes', undefined],
      ],
    ],
  ])('gives a skills-table row’s years to every skill its cell names, not to the tools in its brackets (r74): %j', (text, want) => {
    const p = parseResume(text as string, { asOf });
    for (const [id, years] of want as Array<[string, number | undefined]>) expect([id, p.skills.find((s) => s.id === id)?.claimedYears]).toEqual([id, years]);
  });

  it('reads measure claims; measures stay dated-only, and a claim is scored (labelled) only when nothing is dated', () => {
    const p = parseResume('SUMMARY\n8+ years of cybersecurity experience, 3 years in machine learning.', { asOf });
    expect(p.experience.claims.map((c) => [c.subject, c.years])).toEqual([
      ['securityYears', 8],
      ['mlYears', 3],
    ]);
    expect(p.experience.securityYears).toBeNull();
    expect(p.experience.totalYears).toBeNull();
    const fit = matchRoles(p).find((f) => f.roleId === 'security-analyst');
    expect(fit?.requirements.find((r) => r.kind === 'experience')).toMatchObject({ have: '8 years (claimed; no dated work entries)', credit: 1 });
  });

  it.each([
    [
      'Ten years in application security (threat modelling, secure code review).',
      [
        ['application-security', 10],
        ['securityYears', 10],
      ],
    ],
    ['Data scientist with 8+ years of model building in insurance.', [['mlYears', 8]]],
    [
      'MACHINE LEARNING ENGINEER WITH 7 YEARS OF EXPERIENCE DEVELOPING AND DEPLOYING VISION MODELS.',
      [
        ['mlYears', 7],
        ['totalYears', 7],
      ],
    ],
    [
      'Security engineer with 10 years of experience.',
      [
        ['securityYears', 10],
        ['totalYears', 10],
      ],
    ],
    ['Platform and security engineer with over a decade of experience building software.', [['totalYears', 10]]],
    ['GRC lead with 17 years across audit, IT risk and federal security compliance.', [['totalYears', 17]]],
    [
      'GRC professional with 13 years in regulated industries – 11 of them in information security.',
      [
        ['securityYears', 11],
        ['totalYears', 13],
      ],
    ],
    // The part of the years a sentence gives one field or skill: its number stands before or after the words of a part.
    // With no comma before them, the words of a part still end what the whole is about.
    [
      "RSSI adjointe – 13 ans d'expérience en SI dont 10 en cybersécurité",
      [
        ['securityYears', 10],
        ['totalYears', 13],
      ],
    ],
    [
      'Security lead – 12 years in IT of which 8 in security',
      [
        ['securityYears', 8],
        ['totalYears', 12],
      ],
    ],
    [
      '14 años de experiencia en TI de los cuales 9 en ciberseguridad',
      [
        ['securityYears', 9],
        ['totalYears', 14],
      ],
    ],
    [
      'Software engineer for 14 years, the last 5 in application security.',
      [
        ['application-security', 5],
        ['securityYears', 5],
        ['totalYears', 14],
      ],
    ],
    [
      'Abogada con más de 13 años de experiencia, los últimos nueve dedicados a la protección de datos personales.',
      [
        ['privacy', 9],
        ['totalYears', 13],
      ],
    ],
    [
      '15 Jahre Berufserfahrung in der IT, davon 6 im Bereich Machine Learning.',
      [
        ['mlYears', 6],
        ['totalYears', 15],
      ],
    ],
    // "davon die letzten" takes its part as "the last" does; platforms one later secured are the field's, no MLOps (r78).
    [
      '12 Jahre in der IT, davon die letzten 6 im Bereich Machine Learning.',
      [
        ['mlYears', 6],
        ['totalYears', 12],
      ],
    ],
    [
      '11 Jahre Betrieb, davon die letzten 6 auf ML-Plattformen und 3 in deren Absicherung.',
      [
        ['mlYears', 6],
        ['totalYears', 11],
      ],
    ],
    [
      '11 años en sistemas, los últimos 6 en plataformas de ML y 3 asegurándolas.',
      [
        ['mlYears', 6],
        ['totalYears', 11],
      ],
    ],
    [
      "12 ans d'expérience, dont les huit dernières en cybersécurité.",
      [
        ['securityYears', 8],
        ['totalYears', 12],
      ],
    ],
    [
      'Ingénieur machine learning avec huit ans d’expérience dans la conception de modèles.',
      [
        ['mlYears', 8],
        ['totalYears', 8],
      ],
    ],
    ['Data scientist depuis 7 ans (dont 3 ans en alternance), spécialisé en NLP.', [['mlYears', 7]]],
    // Verbs of building and shipping between the years and the field, as "5 years building and shipping ML models".
    ['5 ans à concevoir et mettre en production des modèles de ML.', [['mlYears', 5]]],
    ['5 años desarrollando y llevando a producción modelos de ML.', [['mlYears', 5]]],
    ['Heute AI Red Teamerin. 3+ Jahre offensive KI-Sicherheit und Red Teaming von LLM-Produkten.', [['securityYears', 3]]],
    // A title of no field, with a job word, is a career: experience overall; "I have led audits for 5 years" is none.
    ["Technology and data protection lawyer with 14 years' post-qualification and in-house experience.", [['totalYears', 14]]],
    ['Governance, risk and compliance professional with 12 years in financial services.', [['totalYears', 12]]],
    ['I have led audits for 5 years.', []],
    // "for" joins a title to its years, a sign before the number too.
    ['Security engineer for ~8 years, the last few embedded with product teams.', [['securityYears', 8]]],
    // A field's name that holds a filler word; general work named as "tech".
    ['Ten years of hands-on model work across research, commercial analytics and defense programs.', [['mlYears', 10]]],
    ['Ten years in tech: IT ops, data engineering, data science and now ML.', [['totalYears', 10]]],
    // General work and a field joined: overall; the experience word alone names no general work.
    [
      'Security leader with 16 years in software and security, 13+ years in security.',
      [
        ['securityYears', 13],
        ['totalYears', 16],
      ],
    ],
    ['9+ years of experience in analytics and data science.', [['mlYears', 9]]],
    // Cyber operations, defensive or offensive, are security work in every language, a part after them no other field.
    ['Ten years of defensive cyber operations, the last four leading a hunt team.', [['securityYears', 10]]],
    ['Neun Jahre Erfahrung in offensiven Cyberoperationen für die Bundeswehr.', [['securityYears', 9]]],
    ["Onze ans d'expérience en cyberopérations défensives au sein du ministère des Armées.", [['securityYears', 11]]],
    ['Siete años en ciberoperaciones ofensivas, los dos últimos al frente de un equipo rojo.', [['securityYears', 7]]],
    // Spread by a word after fillers, over a list of kinds of work, or from one field on to another: overall.
    ['Tech lawyer. 11 years of practice across data protection, tech contracts and AI regulation.', [['totalYears', 11]]],
    ['Más de 9 años en logística, inventarios y distribución en el sector mayorista.', [['totalYears', 9]]],
    ['Über 9 Jahre in Logistik, Lagerhaltung und Distribution.', [['totalYears', 9]]],
    ["Juriste, 10 ans d'expérience en protection des données puis en gouvernance de l'IA.", [['totalYears', 10]]],
    ['10 years of experience in data protection, then in AI governance.', [['totalYears', 10]]],
    ['10 años de experiencia en protección de datos y luego en gobernanza de IA.', [['totalYears', 10]]],
    // A job title after the years, joined by "as", "als", "como", "en tant que", names their field.
    ['6 years as a data scientist at Spotify.', [['mlYears', 6]]],
    ['6 Jahre als Data Scientist bei Zalando.', [['mlYears', 6]]],
    ['Más de 8 años como ingeniero de seguridad.', [['securityYears', 8]]],
    ["8 ans en tant qu'ingénieur sécurité.", [['securityYears', 8]]],
    ['4 years as a project manager.', []],
    // A headline of titles of one field right before the sentence the years open names their field; a career change does not.
    ['Cloud security engineer and former pentester. Eight years hardening AWS estates for retailers.', [['securityYears', 8]]],
    // "shipping" is a filler (r82): the models after it are the claim's skill, as after "building".
    [
      'Data scientist and ML engineer. Six years shipping churn models.',
      [
        ['machine-learning', 6],
        ['mlYears', 6],
      ],
    ],
    ['QA tester turned cloud security engineer. Seven years breaking software on purpose.', [['totalYears', 7]]],
    // Cyber operations, defensive or offensive, are security work.
    ['Red team operator with 10 years in offensive and defensive cyber operations.', [['securityYears', 10]]],
    ['9 years of cyber operations experience across Army and agency missions.', [['securityYears', 9]]],
    ['Über 7 Jahre in Cyber-Operationen der Bundeswehr.', [['securityYears', 7]]],
    // A field the work is for is not the work's.
    ['Machine learning engineer with 11+ years building models for cyber defense.', [['mlYears', 11]]],
    // A skill whose catalog name is a field claims the field, whatever alias names it.
    [
      '10+ years building machine learning models, from radar research to deployed systems.',
      [
        ['machine-learning', 10],
        ['mlYears', 10],
      ],
    ],
    // A part of a skill's years: overall experience, and the part's field named first; a part of security work spent on
    // AI features is no ML work.
    [
      'Senior IT audit professional with 11 years of audit experience, 8 of them in information security audit and assurance.',
      [
        ['audit', 11],
        ['securityYears', 8],
        ['totalYears', 11],
      ],
    ],
    // A part that names the whole's skill again is about the field named after it; "cyber defense" is security work.
    [
      '12+ years in audit & assurance, 4+ of them auditing information security controls.',
      [
        ['audit', 12],
        ['securityYears', 4],
        ['totalYears', 12],
      ],
    ],
    [
      'U.S. Army veteran, 15 years of service and industry, 7 of them in cyber defense.',
      [
        ['securityYears', 7],
        ['totalYears', 15],
      ],
    ],
    [
      'Veteran der U.S. Army, 15 Jahre Dienst und Berufserfahrung, davon 7 in der Cyberabwehr.',
      [
        ['securityYears', 7],
        ['totalYears', 15],
      ],
    ],
    [
      'Five years in application security, the last three on AI features.',
      [
        ['application-security', 5],
        ['securityYears', 5],
        ['totalYears', 5],
      ],
    ],
    // Years of a second field after an `and` word, their year word left out: a claim beside the first.
    [
      'Engineer with 12 years in IT and 8 in security, focused on cloud.',
      [
        ['securityYears', 8],
        ['totalYears', 12],
      ],
    ],
    [
      '10 years of software engineering and 4 in machine learning.',
      [
        ['mlYears', 4],
        ['totalYears', 10],
      ],
    ],
    [
      '6 years of Python and 4 with Kubernetes.',
      [
        ['kubernetes', 4],
        ['python', 6],
      ],
    ],
    ['5 years of Python and 3 AWS certifications.', [['python', 5]]],
    // A line's label names what its years are of.
    [
      '➢ Total Experience: 6.5 years (5+ years in Security Operations Centre).',
      [
        ['security-monitoring', 5],
        ['securityYears', 5],
        ['totalYears', 6.5],
      ],
    ],
    ['Years of experience: 8 years', [['totalYears', 8]]],
    // A form's field of years with a bare count (r95).
    ['Total Years of Experience: 11', [['totalYears', 11]]],
    ['Years of experience: 6+', [['totalYears', 6]]],
    ['Machine learning experience: 3 years', [['mlYears', 3]]],
    // A verb of running a system between the years and the skill.
    [
      'Cloud security engineer, 9 yrs in security after 3 yrs running Linux.',
      [
        ['linux', 3],
        ['securityYears', 9],
      ],
    ],
    ['Engineer with 4 years administering Linux servers.', [['linux', 4]]],
    // A claim over several fields takes the one field of work among them; a general word that only qualifies another
    // ("technology risk") names no general work, and alone no field.
    [
      'Chartered accountant and CISA with 12 years of audit experience, the last 8 in technology\nrisk and IT audit.',
      [
        ['audit', 12],
        ['securityYears', 8],
        ['totalYears', 12],
      ],
    ],
    ['Manager with 8 years in technology risk and IT audit at two banks.', [['securityYears', 8]]],
    ['Consultant with 7 years in technology risk and regulatory reporting.', [['totalYears', 7]]],
    ['Risk professional: 8 years in GRC and security operations for two banks.', [['securityYears', 8]]],
    [
      'Wirtschaftsprüferin mit 12 Jahren Prüfungserfahrung, davon 7 in IT-Revision und Technologierisiken.',
      [
        ['audit', 7],
        ['securityYears', 7],
        ['totalYears', 12],
      ],
    ],
    ["Manager avec 8 ans d'expérience en risques technologiques et audit informatique.", [['securityYears', 8]]],
    [
      'Auditora con 10 años de experiencia en auditoría, los últimos 5 en auditoría de TI y riesgo tecnológico.',
      [
        ['audit', 10],
        ['securityYears', 5],
        ['totalYears', 10],
      ],
    ],
    ['Gerente con 8 años de experiencia en riesgo tecnológico y auditoría de TI.', [['securityYears', 8]]],
  ] as const)('reads the field of a claim from its title, a skill that names a field, or its spread: %s', (text, claims) => {
    const got = parseResume(`SUMMARY\n${text}`, { asOf }).experience.claims.map((c) => [c.subject, c.years]);
    expect(got.sort((a, b) => String(a[0]).localeCompare(String(b[0])))).toEqual(claims);
  });

  it.each([
    [
      'PERFIL PROFESIONAL\nIngeniera en Sistemas con más de 12 años de experiencia en tecnología y 8 en ciencia de datos.',
      [
        ['mlYears', 8],
        ['totalYears', 12],
      ],
    ],
    [
      'PROFIL\nIngénieure avec 12 ans d’expérience en informatique et 8 en cybersécurité.',
      [
        ['securityYears', 8],
        ['totalYears', 12],
      ],
    ],
    [
      'PROFIL\nIngenieur mit 12 Jahren Erfahrung in der IT und 5 im Bereich Informationssicherheit.',
      [
        ['securityYears', 5],
        ['totalYears', 12],
      ],
    ],
    ['PROFIL\nExpérience : 10 ans dans le conseil.', [['totalYears', 10]]],
    ['PROFIL\nBerufserfahrung: 7 Jahre in der Softwareentwicklung.', [['totalYears', 7]]],
  ] as const)('reads the elided years of a second field and a labelled total in every language: %s', (text, claims) => {
    const got = parseResume(text, { asOf }).experience.claims.map((c) => [c.subject, c.years]);
    expect(got.sort((a, b) => String(a[0]).localeCompare(String(b[0])))).toEqual(claims);
  });

  it.each([
    // Years of work no field names, beside fewer years in a field: the whole career.
    [
      'Platform engineer, 11 years in ops and 6 in security.',
      [
        ['securityYears', 6],
        ['totalYears', 11],
      ],
    ],
    [
      '11 años en operaciones y 6 en ciberseguridad.',
      [
        ['securityYears', 6],
        ['totalYears', 11],
      ],
    ],
    [
      '11 ans en production et 6 en sécurité.',
      [
        ['securityYears', 6],
        ['totalYears', 11],
      ],
    ],
    // A skill or a field that opens a list of other kinds of work: the years are spread over them.
    [
      'Model risk manager with over ten years in model risk and analytics at UK banks.',
      [
        ['ai-governance', 10],
        ['totalYears', 10],
      ],
    ],
    ['15+ years in information security, risk and governance across insurance.', [['totalYears', 15]]],
    ['Más de 10 años en ciberseguridad, riesgos y cumplimiento normativo.', [['totalYears', 10]]],
    ['Über 10 Jahre in Informationssicherheit, Risiko und Governance.', [['totalYears', 10]]],
    // A list of skills, a remark after the field, a specialty in capitals: the first claim stands alone.
    ['5 years of Python, SQL and Spark.', [['python', 5]]],
    ['10 years in cybersecurity, incident response and forensics.', [['securityYears', 10]]],
    [
      '8+ years of experience in application security and VAPT (web, API).',
      [
        ['application-security', 8],
        ['securityYears', 8],
      ],
    ],
  ] as const)('reads years spread over a list, or beside a part in a field, as experience overall: %s', (text, claims) => {
    const got = parseResume(`SUMMARY\n${text}`, { asOf }).experience.claims.map((c) => [c.subject, c.years]);
    expect(got.sort((a, b) => String(a[0]).localeCompare(String(b[0])))).toEqual(claims);
  });
  it.each([['SUMMARY\nSOC team lead. Eight-plus years of blue-team work: triage and hunting.', 'securityYears', 8]] as const)(
    'reads blue-team work as security work: %j',
    (text, subject, years) => {
      expect(parseResume(text, { asOf }).experience.claims.map((c) => [c.subject, c.years])).toEqual([[subject, years]]);
    },
  );
});

describe('education, certifications, clearance', () => {
  it.each([
    ['M.S. Computer Science — Georgia Institute of Technology, 2020', 'master', 'computer-science'],
    ['B.Sc. Mathematics — University of Bristol, 2016', 'bachelor', 'mathematics'],
    ['LL.M. Law and Technology — Tilburg University, 2019', 'master', 'law'],
    ['A.A.S. Cybersecurity — Community College of Baltimore County, 2019', 'associate', 'cybersecurity'],
    ['Ph.D. Electrical Engineering, Stanford University, 2015', 'doctorate', 'electrical-engineering'],
    ['B.S. Management Information Systems — University of Georgia, 2015', 'bachelor', 'information-systems'],
    ["MASTER'S DEGREE IN INFORMATION MANAGEMENT – NOVA IMS, 2021", 'master', 'information-systems'],
    ['B.Tech/B.E., Computers\nPES Institute of Technology, Bengaluru, Full Time\n2013-2017', 'bachelor', 'computer-science'],
    ['Bachelor of Science in Computer Science, Minor in Mathematics', 'bachelor', 'computer-science'],
    ['Baccalauréat en mathématiques   2014-2017', 'bachelor', 'mathematics'],
    ['Maîtrise en informatique (profil recherche, apprentissage automatique)   2017-2019', 'master', 'computer-science'],
    ['LL.M. Intellectual Property and Information Technology Law – Trinity College Dublin, 2020', 'master', 'law'],
    ['Máster Universitario en Inteligencia Artificial   Univ. Politécnica de Madrid   2010', 'master', 'computer-science'],
    ['MSc Artificial Intelligence — University of Edinburgh, 2019', 'master', 'computer-science'],
    ['2006 – 2009  Bachelor of Science in Betriebsökonomie, ZHAW School of Management and Law', 'bachelor', 'business'],
    ['2010 – 2013  Diplomstudium Software Engineering, TU Wien\n              Abschluss: Dipl.-Ing. (mit Auszeichnung)', 'master', 'software-engineering'],
    ['Licenciatura/Grado/Doctorado    Universidad    Año\nDoctorado en Informática    Univ. Politécnica de Madrid    2014', 'doctorate', 'computer-science'],
    ['Ingeniería en Sistemas de Información — UTN (2007 – 2014)\nDiplomatura en Ciberseguridad — UTN FRBA (2019)', 'bachelor', 'information-systems'],
    ['10/2003 – 09/2007  Hochschule Darmstadt\nInformatik, Diplom-Informatiker (FH)', 'bachelor', 'computer-science'],
    [
      '10/2011 – 09/2016  Technische Universität Dresden\n  Diplomstudiengang Informatik\n  Abschluss: Diplom-Informatiker (Univ.)',
      'master',
      'computer-science',
    ],
    ['| M.Tech (Information Security) | NITK | 2016 |\n\nM.Tech Project: "Detection of DOM-based XSS" (2015-2016)', 'master', 'cybersecurity'],
    [
      'B.Eng. Electrical & Electronic Engineering, Nanyang Technological University, 2004\nExecutive MBA, INSEAD - in progress, graduating 2027',
      'bachelor',
      'electrical-engineering',
    ],
    ['B.Sc. Informatics — coursework completed, degree not conferred\nMSc Data Science, University of Leeds, 2019', 'master', 'data-science'],
    ['Licenciatura en Sistemas — Universidad del Litoral Sur (egreso 2019)', 'bachelor', 'information-systems'],
    ['Pregrado:     Ingeniero de Sistemas — Universidad EAFIT — Grado: marzo de 2017', 'bachelor', 'information-systems'],
    ['Ingeniero de Software (pregrado) — Corporación Universitaria del Valle, 2013 – 2018', 'bachelor', 'software-engineering'],
    ['Universidad de Sevilla\nGrado, Ingeniería Informática · (2007 - 2011)', 'bachelor', 'computer-science'],
    ["Laurea Magistrale (Master's degree) in          EQF level 7\n      Statistical and Actuarial Sciences", 'master', 'statistics'],
    [
      '10/2014 – 09/2017       Studium der Informatik, Fachhochschule Dortmund\n                        Abschluss: Bachelor of Science (Note 1,9)',
      'bachelor',
      'computer-science',
    ],
    [
      '10/2019 – 09/2023    Berufsbegleitendes Studium Wirtschaftsinformatik\n                     FOM Hochschule für Oekonomie & Management, Hamburg\n                     Abschluss: Bachelor of Science (B.Sc.), Note 2,1',
      'bachelor',
      'information-systems',
    ],
    ['[ 09/2011 – 07/2013 ]  Máster en Derecho\n[ 2022 ]  Certificado de posgrado «Applied AI for Business» (no conducente a título)', 'master', 'law'],
    ['2019  Certificat universitaire en cybersécurité\n2012  Licence Informatique, Université de Lille', 'bachelor', 'computer-science'],
    ['2021  Hochschulzertifikat Data Science, FH Wien\n2015  B.Sc. Mathematik, Universität Wien', 'bachelor', 'mathematics'],
    ['MSC INFORMATION SECURITY TECHNOLOGY Eindhoven University of Technology', 'master', 'cybersecurity'],
    // The Master of Engineering Studies (New Zealand, Australia); a Brazilian lato sensu postgraduate is a specialisation, no master's.
    ['MEngSt (Cyber Security), University of Auckland — 2014 (part-time)', 'master', 'cybersecurity'],
    [
      'Grado en Ciencias de la Computación — Universidade de São Paulo, 2015\nEspecialización (título de posgrado lato sensu) en Seguridad de la Información — FIAP, 2018',
      'bachelor',
      'computer-science',
    ],
    [
      'B.Eng. Electrical & Electronic Engineering, University of Lagos, 2012\nNo LLM red-teaming or penetration testing yet',
      'bachelor',
      'electrical-engineering',
    ],
    ['B.Eng. Ingeniería Eléctrica, Universidad de Lagos, 2012\nSin experiencia en red teaming de LLM', 'bachelor', 'electrical-engineering'],
    ['Máster Universitario en Ciencia\nde Datos\nUniversitat Oberta de Catalunya', 'master', 'data-science'],
    // A narrow sidebar wraps the name: the two lines together name the field, not the second alone.
    ['MSc Information\nManagement\nBrabant University\n2014 – 2016', 'master', 'information-systems'],
    // A specialisation after the field is no field of its own.
    ['10/2016 – 02/2020     B.Sc. Computer Science (Informatik), specialisation IT security', 'bachelor', 'computer-science'],
    // A postgraduate diploma and a school of postgraduate studies are no master's.
    [
      'Título de Posgrado en Derecho de Protección de Datos (Postgraduate Diploma) – Law Society of Leinster  2021\nGrado en Derecho – Bachelor of Civil Law (BCL) – University College Clontarf  2009 – 2012',
      'bachelor',
      'law',
    ],
    [
      'Grado en Matemáticas\n\nCurso de Especialización en Seguridad de Sistemas de IA (en curso)\nEscuela de Posgrado Online Meridiana',
      'bachelor',
      'mathematics',
    ],
    ['BEng (Hons) Chemical Engineering, 2:1, University of Teesmouth  1998\nA-levels: Chemistry, Mathematics, Physics (1995)', 'bachelor', 'other'],
    // The school's name first, longer than a degree's usual offset.
    ['University of North Carolina at Greensboro - B.S.B.A., Accounting, 2018', 'bachelor', 'business'],
    // A table row that opens with its bar, the school's long name in the first cell (r82).
    ['| Vellore Institute of Technology (VIT)   | B.Tech   | Computer Science and Engineering | 2011 | 2015 |', 'bachelor', 'computer-science'],
    ['| Birla Institute of Technology and Science (BITS) | B.E. | Electronics and Communication | 2010 | 2014 |', 'bachelor', 'electrical-engineering'],
    ['| Georgia Institute of Technology (Georgia Tech) | Master of Science | Cybersecurity | 2019 |', 'master', 'cybersecurity'],
    // The school's place after it, a city and a state or country (r64).
    ['Old Colony Global University, Adelphi, MD - B.S., Cybersecurity Management and Policy, 05/2020 (GPA 3.6)', 'bachelor', 'cybersecurity'],
    ['Johns Hopkins University, Baltimore, Maryland – MBA, 2019', 'master', 'business'],
    ['University of Texas at Austin, Austin, Texas, USA – B.S. in Computer Science (2012)', 'bachelor', 'computer-science'],
    ['Technische Universität München, München – M.Sc. Informatik, 2015', 'master', 'computer-science'],
    ['B.Comm. Accounting & Finance - University College Cork, 2014 (First Class Hons)', 'bachelor', 'business'],
    ['BComm (Hons) Finance, Queen’s University, 2012', 'bachelor', 'business'],
    ['M.Ed., Secondary Science Education — University of Alabama in Huntsville, 2014', 'master', 'other'],
    ["Master's degree in Business Law, Université Paris 1 Panthéon-Sorbonne, 2015", 'master', 'law'],
    ["2019    Diplôme d'ingénieur, spécialité Sécurité et Technologies Informatiques (Bac+5)", 'master', 'cybersecurity'],
    ['Grado - Matemáticas\nUniversidad de Sevilla\n2015 - 2019', 'bachelor', 'mathematics'],
    ['Ingeniero en Informática (plan antiguo, 5 años; nivel MECES 3 – Máster), Universidad Politécnica de Madrid, 2009', 'master', 'computer-science'],
    ['Ingeniero en Informática, Universidad Politécnica de Madrid, 2009', 'bachelor', 'computer-science'],
    ['Licenciatura en Matemáticas (EQF level 7), Universidad de Sevilla, 2008', 'master', 'mathematics'],
    // An engineer's diploma is a first degree unless a framework level says more; a field in capitals before the school (Europass).
    ["ENGINEER'S DEGREE (DIPLOMĂ DE INGINER), COMPUTER SCIENCE Technical University of Cluj-Napoca", 'bachelor', 'computer-science'],
    ['Diplomă de inginer, Computer Science (EQF level 7), Politehnica University of Timișoara, 2010', 'master', 'computer-science'],
    // The Polish engineer's degree (inż.) is a first degree; the master's engineer (mgr inż.) a second one.
    ["2012 – 2016   Engineer's degree (inż.), Computer Science – AGH University of Science and Technology", 'bachelor', 'computer-science'],
    ['inż. Informatyka, Politechnika Warszawska, 2016', 'bachelor', 'computer-science'],
    ['mgr inż. Informatyka, Politechnika Warszawska, 2018', 'master', 'computer-science'],
    // The subject in the genitive, as a Polish diploma names it; the Chilean engineer's professional degree.
    ['Magister Informatyki, Politechnika Wrocławska, 2012', 'master', 'computer-science'],
    ['Ingeniero de Ejecución en Informática, Universidad de Santiago de Chile, 2010', 'bachelor', 'computer-science'],
    ['09.2008 – 06.2012    BSc (Hons) Physics      EQF level 7\n      University College Dublin', 'bachelor', 'physics'],
    // 'Engg.', the Indian short form of engineering.
    ['B.E. (Computer Engg.)   Pune Institute of Engineering   2018   8.12 CGPA', 'bachelor', 'computer-engineering'],
    ['M.E. (Electrical Engg.), Anna University, 2015', 'master', 'electrical-engineering'],
    ["2016 – 2019   Diplôme d'ingénieur (Bac+5), filière Informatique et Réseaux de Communication — CPE Lyon", 'master', 'computer-science'],
    ['B.Sc. Business Informatics (Wirtschaftsinformatik)    10.2013 – 09.2016', 'bachelor', 'information-systems'],
    ['Laurea Triennale in Ingegneria Informatica (L-8)\n2014 - 2017', 'bachelor', 'computer-engineering'],
    ['B.S. Accountancy — University of Illinois, 2016', 'bachelor', 'business'],
    // "Sistemas" alone is information systems; named with computing or informatics, computer science.
    ['Ingeniería de Sistemas y Computación, Ingeniería · (2012 - 2017)', 'bachelor', 'computer-science'],
    ['Ingeniero de Sistemas e Informática — Universidad de Lima, 2015', 'bachelor', 'computer-science'],
    // A UK foundation degree is the associate level; a degree's full name and its abbreviation, then its subject.
    ['Foundation Degree (FdSc), Computing · (2012 - 2014)', 'associate', 'computer-science'],
    ['Master of Mathematics (MMath), Computer Science     2016', 'master', 'computer-science'],
    ['Master of Mathematics (MMath), Informatik     2016', 'master', 'computer-science'],
    ['Master of Mathematics, University of Waterloo, 2016', 'master', 'mathematics'],
    // The subject ends where the school's part starts.
    ['Bachelor of Mathematics (BMath), Computer Science — University of Waterloo, 2014', 'bachelor', 'computer-science'],
    // The subject after an abbreviation comes before the field its letters spell; with none, the letters name it.
    ['B.Math. (Honours), Computer Science, University of Waterloo, 2014', 'bachelor', 'computer-science'],
    ['B.Math., University of Waterloo, 2014', 'bachelor', 'mathematics'],
    // Italian and Argentine names of a statistics and a data mining programme.
    ['Laurea Triennale in Scienze Statistiche ed Economiche\nUniversità degli Studi di Milano-Bicocca, 2010', 'bachelor', 'statistics'],
    ['Maestría en Explotación de Datos y Descubrimiento del Conocimiento — UBA (2017–2019)', 'master', 'data-science'],
    // A German Diplom (FH) is a first degree; the names of informaticians, business graduates and mathematicians carry their field.
    ['Dipl.-Inform. (FH), Hochschule Darmstadt, 2008', 'bachelor', 'computer-science'],
    ['Diplom-Kaufmann (FH) – Hochschule München, 2006', 'bachelor', 'business'],
    ['Dipl.-Wirt.-Inf. (FH), Hochschule Darmstadt, 2008', 'bachelor', 'information-systems'],
    // A Québec technical DEC (three years at a cégep) is a short-cycle higher diploma; a pre-university one is school.
    ["DEC en techniques de l'informatique – Cégep de Sainte-Foy, 2012", 'associate', 'computer-science'],
    // UK integrated masters named by subject (MPhys, MChem) are master's degrees.
    ['MPhys Physics (First Class), Cardiff University, 2005 – 2009', 'master', 'physics'],
    ['M.Chem. Chemistry, University of Oxford, 2012', 'master', 'other'],
    // A degree's subject wrapped at a capitalized word ("Computer and Communications" over "Engineering · (2013 - 2017)").
    ['Bachelor of Engineering - BE, Computer and Communications\nEngineering · (2013 - 2017)', 'bachelor', 'computer-engineering'],
    ['MSc Mathematics (Distinction), Statistics minor, University of Leeds, 2016', 'master', 'mathematics'],
    // A degree's name wrapped after a comma or an open bracket, its subject cut at a capitalized word, in a narrow column.
    [
      "Kỹ sư (Engineer's degree,\n4.5 years), Software\nEngineering – Ho Chi Minh\nCity University of Technology, 2011–2016",
      'bachelor',
      'software-engineering',
    ],
    // A remark in brackets ends at its bracket: a word of it that is no field ("ECTS") does not cut the subject after it.
    ['Diplomă de Licență / Inginer (Bachelor of Engineering, 4 years, 240 ECTS), Computer Engineering', 'bachelor', 'computer-engineering'],
    ['B.A. (minor: Computer Science), History', 'bachelor', 'other'],
    // A degree of a generic name whose translation in brackets names the subject.
    ['2012   Licenciatura en Ciencias, mención Matemática (B.Sc. in Mathematics), Universidad de Chile.', 'bachelor', 'mathematics'],
    ['Doctora de la Universidad de Buenos Aires, área Ciencias de la Computación   2015 – 2020', 'doctorate', 'computer-science'],
    // A status wrapped onto the next line; a status on the fifth indented line of its item.
    [
      'M.S. Data Science, Wright State University - 2018\nPh.D. Computer Science, University of Dayton - part-time, dissertation in\nprogress',
      'master',
      'data-science',
    ],
    [
      'Grado en Contabilidad, Universidad de Sevilla, 2017\nMaster of IT in Business\n  (itinerario de IA),\n  Singapore Management\n  University – a tiempo\n  parcial, en curso,\n  finalización prevista 2027',
      'bachelor',
      'business',
    ],
    // Text far to the right under a degree is another column's, not the degree's status.
    [
      'M.Sc. Computer Science, University of Leeds, 2016\n                                        Led a team of four\n                                        on the data platform\n                                        migration project\n                                        still in progress',
      'master',
      'computer-science',
    ],
    // An abbreviation that carries its field (B.S.E.E., MSCS) gives it; an education degree's field is education, whatever subjects it names.
    ['B.S.E.E. — University of Alabama in Huntsville, 2016', 'bachelor', 'electrical-engineering'],
    ['MSEE, Purdue University, 2012', 'master', 'electrical-engineering'],
    ['BSCS — University of Texas at Dallas, 2015', 'bachelor', 'computer-science'],
    ['M.S.C.S., Georgia Institute of Technology, 2019', 'master', 'computer-science'],
    ['BSIT, University of Santo Tomas, 2014', 'bachelor', 'information-systems'],
    ['Bachelor of Education (Science), Mathematics and Physics — Kenyatta University, 2013', 'bachelor', 'other'],
    // Political science is a discipline of its own, not public policy; public administration is.
    ['BA, Political Science — Tufts University, 2012', 'bachelor', 'other'],
    ['Licence de science politique, Université Lumière Lyon 2, 2012', 'bachelor', 'other'],
    ['Grado en Ciencias Políticas, Universidad Complutense, 2012', 'bachelor', 'other'],
    ['Master of Public Administration (MPA), Syracuse University, 2015', 'master', 'public-policy'],
    // The first year of a master's, left there, is no degree.
    [
      '2011 – 2012   Master 1 Informatique (M1 validé, did not continue to M2), Université de Lyon\n2008 – 2011   Licence Informatique, Université de Lyon',
      'bachelor',
      'computer-science',
    ],
    // Stopping after a degree (no PhD, leaving academia) keeps the degree held.
    ['MSc Computer Security, University of Leeds, 2016 – 2018 (did not continue to PhD)', 'master', 'cybersecurity'],
    ['MSc Computer Security, University of Leeds, 2018. Offered a PhD place but did not continue in academia.', 'master', 'cybersecurity'],
    ['B.Ed.\nMathematics, University of Nairobi, 2010', 'bachelor', 'other'],
    ['Bachelor of Applied Information Sciences (Information Systems Security), 2016', 'bachelor', 'cybersecurity'],
    ['Abschluss: Bachelor of Applied Information Sciences (Informationssystemsicherheit), 2016', 'bachelor', 'cybersecurity'],
    // National degrees named in their own language inside an English résumé: Indonesian, Turkish, Brazilian, Polish,
    // Swedish, Russian (a 5-year specialist degree is a second degree; a Candidate of Sciences is a doctorate, not a candidacy).
    ['Sarjana Komputer (S.Kom.), Teknik Informatika - Universitas Diponegoro, 2011-2015', 'bachelor', 'computer-science'],
    ['Lisans, Bilgisayar Mühendisliği - Orta Doğu Teknik Üniversitesi, 2010-2014', 'bachelor', 'computer-engineering'],
    ['Yüksek Lisans, Siber Güvenlik - Hacettepe Üniversitesi, 2015-2017', 'master', 'cybersecurity'],
    ['Bacharel em Ciência da Computação - Universidade de São Paulo, 2008-2012', 'bachelor', 'computer-science'],
    ['Licencjat, Informatyka - Uniwersytet Warszawski, 2011-2014', 'bachelor', 'computer-science'],
    ['Kandidatexamen i datavetenskap - Uppsala universitet, 2012-2015', 'bachelor', 'computer-science'],
    ['Civilingenjör, Datateknik - KTH Royal Institute of Technology, 2009-2014', 'master', 'computer-engineering'],
    ['Specialist degree (5-year), Applied Mathematics - Moscow State University, 2005-2010', 'master', 'mathematics'],
    ['Candidate of Sciences (PhD equivalent), Computer Science - ITMO University, 2010-2014', 'doctorate', 'computer-science'],
    // A bracket left open at a line's end goes on in the line under it: its words qualify this degree, no degree of their own.
    [
      "Specialist degree (5-year programme; WES evaluation: equivalent to a\n  U.S. Master's degree), Applied Mathematics — Kyiv Polytechnic Institute, 2009",
      'master',
      'mathematics',
    ],
  ])('%s', (line, level, field) => {
    expect(parseResume(`EDUCATION\n${line}`, { asOf }).education.map((e) => [e.level, e.field])).toEqual([[level, field]]);
  });

  // A degree said elsewhere to be left unfinished is not held, though the education section lists it with dates; a
  // sentence that names another degree, or no unfinished one, drops nothing.
  it.each([
    [
      'SUMMARY\n- Study: I finished the taught modules of the distance-learning MSc in Information\nSecurity but withdrew before the project in 2021, so no MSc.\n\nEDUCATION\nBachelor of Science - BSc (Hons), Computing · (2015 - 2017)\nMaster of Science - MSc, Information Security · (2019 - 2021)',
      [['bachelor', 'computer-science']],
    ],
    [
      'PROFIL\nMein Master in Informatik wurde 2020 abgebrochen.\n\nAUSBILDUNG\nB.Sc. Mathematik, Universität Wien, 2015\nM.Sc. Informatik, TU Wien (2018 – 2020)',
      [['bachelor', 'mathematics']],
    ],
    ['SUMMARY\nI withdrew from a PhD in Physics in 2019.\n\nEDUCATION\nM.S. Computer Science, Georgia Tech, 2016', [['master', 'computer-science']]],
    // A thesis still to hand in: the degree is not held.
    [
      'RESUMEN\nCursé la Maestría en Data Mining de la UBA (me falta entregar la tesis).\n\nEDUCACIÓN\nUniversidad de Buenos Aires\nMaestría, Explotación de Datos · (2020 - 2022)\n\nUniversidad Tecnológica Nacional\nIngeniero en Sistemas de Información · (2013 - 2019)',
      [['bachelor', 'information-systems']],
    ],
    [
      'SUMMARY\nI took the MSc in Data Science at UCL but still have to submit my thesis.\n\nEDUCATION\nUniversity College London\nMSc Data Science (2020 - 2022)\n\nBSc Computer Science, University of Leeds (2016 - 2019)',
      [['bachelor', 'computer-science']],
    ],
    [
      'PROFIL\nM.Sc. Data Science an der TU Berlin – die Masterarbeit steht noch aus.\n\nAUSBILDUNG\nM.Sc. Data Science, TU Berlin (2020 – 2022)\nB.Sc. Informatik, Universität Leipzig (2016 – 2019)',
      [['bachelor', 'computer-science']],
    ],
    [
      'PROFIL\nMaster Informatique suivi à Paris-Saclay, mais il me reste à rendre mon mémoire.\n\nFORMATION\nMaster Informatique, Université Paris-Saclay (2020 – 2022)\nLicence Mathématiques, Université de Lille (2016 – 2019)',
      [['bachelor', 'mathematics']],
    ],
    ['SUMMARY\nDiscontinued the legacy MS SQL reporting stack.\n\nEDUCATION\nM.S. Computer Science, Georgia Tech, 2016', [['master', 'computer-science']]],
    // "Computing" is a general word of its field: a field named beside it is the major (convention 236); alone it is computer science.
    ['EDUCATION\nBachelor of Computing (Honours) in Information Security, National University of Singapore, 2021', [['bachelor', 'cybersecurity']]],
    ['EDUCATION\nBachelor of Computing (Honours), National University of Singapore, 2021', [['bachelor', 'computer-science']]],
    // A status label whose value is a date, two lines under the degree, is its status (convention 235); one that names an item heads it.
    [
      'EDUCATION\nMaster of Science, Data Science\nThe University of Texas at San Antonio, San Antonio, TX\nExpected Graduation: May 2027 | GPA: 3.9/4.0\n\nBachelor of Science, Computer Science\nThe University of Texas at San Antonio\nGraduated: May 2023',
      [['bachelor', 'computer-science']],
    ],
  ])('%s', (text, degrees) => {
    expect(parseResume(text, { asOf }).education.map((e) => [e.level, e.field])).toEqual(degrees);
  });

  // A school's name that holds a degree's words ("Escuela Técnica Superior de Ingeniería") names no degree of its own.
  it.each([
    "EDUCACIÓN\n[ 09/2018 – 06/2022 ] Grado en Ingeniería Informática\nUniversitat de València – Escola Tècnica Superior d'Enginyeria\nCiudad: Burjassot",
    'EDUCACIÓN\nGrado en Ingeniería Informática\nEscuela Técnica Superior de Ingeniería, Universidad de Sevilla',
    'FORMACIÓN\nGrado en Ingeniería Informática (2014 – 2018)\nEscuela Técnica Superior de Ingenieros Informáticos – Universidad Politécnica de Madrid',
  ])('%s', (text) => {
    expect(parseResume(text, { asOf }).education.map((e) => [e.level, e.field])).toEqual([['bachelor', 'computer-science']]);
  });

  it.each([
    ['dates that end after asOf, on the next line', 'University of Lagos\nMaster of Science - MS, Cybersecurity\n2025 - 2027', []],
    ['dates that end after asOf, on its line', 'MSc Data Science, University of Leeds, 2025 – 2027', []],
    // The header lines above an undated degree date it: still running, it is not held; a note under another degree is no header.
    [
      'a school line above that expects the degree',
      'Stateville University, Springfield, IL          Expected June 2028\nB.S. Computer Science, minor in Mathematics',
      [],
    ],
    [
      'an open range above the school, in German',
      '\nAusbildung\n\n04/2022 - heute\nHochschule Bremen\nWirtschaftsinformatik (B.Sc.), berufsbegleitend und neben der Arbeit',
      [],
    ],
    ['an open range above the school, in Spanish', '\nsept. 2023 – actualidad\nUniversidad de Sevilla\nGrado en Ingeniería Informática', []],
    ['an open range above the school, in French', '\nDepuis 2024\nUniversité de Lille\nLicence Informatique', []],
    ['a closed range above the school', '\n2014 – 2018\nStateville University\nB.S. Computer Science', [['bachelor', 'computer-science']]],
    [
      'a note in progress under the degree above',
      'M.Sc. Data Science, Leeds\n   in progress, expected 2027\nB.Sc. Statistics, Leeds',
      [['bachelor', 'statistics']],
    ],
    // A framework level stated under a degree whose level varies decides it ("Nivel 7 del MEC", Europass).
    [
      'a framework level under an engineer degree, in Spanish',
      '\n[ 09/2004 – 07/2009 ]  Ingeniera en Informática\n\nUniversidad de Murcia\n\nNivel en el MEC: Nivel 7 del MEC',
      [['master', 'computer-science']],
    ],
    ['a framework level under a licenciatura', 'Licenciatura en Matemáticas, Universidad de Granada, 2010\nNivel MECES 3', [['master', 'mathematics']]],
    [
      'a framework level under the next degree is its own',
      'Licenciatura en Matemáticas, Universidad de Granada, 2010\n\nMáster en Ciberseguridad, UNIR, 2015\nMECES nivel 3',
      [
        ['bachelor', 'mathematics'],
        ['master', 'cybersecurity'],
      ],
    ],
    // "Degree, Field -- School": a double hyphen parts the field from the school as a dash does.
    ['a double hyphen before the school', 'B.S., Information Assurance -- Lakeside State University, 2019', [['bachelor', 'cybersecurity']]],
    ['a double hyphen after a bare master', 'MMath, Statistics -- University of Westbrook, 2017', [['master', 'statistics']]],
    // A labelled field of study under a degree whose name implies a field is the subject studied.
    [
      'a labelled field under a business degree',
      'School: Lakeside State University\nDegree: Bachelor of Business Administration (BBA)\nField of Study: Management Information Systems\nFrom: 08/2012   To: 05/2016',
      [['bachelor', 'information-systems']],
    ],
    ['a major under a business degree', 'BBA, Lakeside State University, 2016\nMajor: Data Analytics', [['bachelor', 'data-science']]],
    ['ethical hacking as a field', 'BSc (Hons) Ethical Hacking – Northgate University, 2015', [['bachelor', 'cybersecurity']]],
    [
      'ethical hacking as a field, in French',
      'Licence Hacking éthique et cybersécurité offensive – Université de Brest, 2019',
      [['bachelor', 'cybersecurity']],
    ],
    ['a date still to come on the next line', 'MSc Cyber Security, Lancaster University\n   Year 2 of 2 - dissertation due September 2027', []],
    ['a degree left unfinished', 'Maestría en Ciberseguridad – Universidad del Valle de Atemajac (trunca, 2022–2023)', []],
    ['a degree not completed', 'B.S. Computer Science, Ohio State University (incomplete), 2009 – 2011', []],
    [
      'a degree not finished, its status wrapped onto the line under it',
      'MSc Information Security, Wessex University (distance learning), 2019–2021 — 4 of 8\n  modules completed, not finished',
      [],
    ],
    ['a degree of fewer modules done than it needs', 'MSc Cyber Security, Kent University, 2019–2021 — 4 of 8 modules completed', []],
    ['a degree left after some of its modules', 'MSc Cyber Security, Kent University, 2019–2021 — left after 4 of 8 modules', []],
    ['a degree of fewer credits done, in German', 'M.Sc. Informatik, TU München, 2016 – 2018 (60 von 120 ECTS)', []],
    ['a degree of fewer credits done, in French', 'Master Cybersécurité, Université de Lille, 2019 – 2021 (45 crédits sur 120)', []],
    ['a degree of fewer credits done, in Spanish', 'Máster en Ciberseguridad, Universidad de Vigo, 2019 – 2021 (30 de 60 créditos)', []],
    ['a degree of all its credits done', 'M.Sc. Informatik, TU München, 2016 – 2018 (120 von 120 ECTS)', [['master', 'computer-science']]],
    ['a rank among students is no count of units', 'B.Tech Computer Science, 2016 – ranked 3 of 120 students', [['bachelor', 'computer-science']]],
    ['an Italian degree in progress', 'Laurea Magistrale in Computer Engineering (in corso), Politecnico di Milano', []],
    ['a Brazilian degree in progress', 'Mestrado em Ciência da Computação (em andamento), USP', []],
    ['a thesis still pending', 'M.S. Computer Science, Ohio State University, 2019 – 2021\nCoursework complete, thesis pending', []],
    [
      'a thesis still pending, in Spanish',
      'Universidad de Buenos Aires\nMaestría en Seguridad Informática · (2019 - 2021)\nCursada completa, tesis pendiente',
      [],
    ],
    [
      'a count of units completed on the next line',
      'Master of Cyber Security – part-time, Macquarie University: commenced 2025,\n  4 of 12 units completed',
      [],
    ],
    ['a count of credits completed', 'M.S. Data Analytics – George Mason University – 27 of 30 credits completed', []],
    ['a viva still pending', 'PhD in Law — Trinity College Dublin (part-time). Thesis submitted 2026; viva pending.', []],
    ['a thesis under review', 'PhD Researcher in Machine Learning, University of Amsterdam, 2021 – 2025 (thesis under review)', []],
    ['a dissertation still being written', 'MSc Cyber Security (distance learning), University of York — dissertation stage', []],
    ['courses audited in a degree programme', 'Master of Science in Cybersecurity (audited courses only), Harvard Extension School, 2020', []],
    ['a defence still to come', 'Ph.D. Computer Science — Purdue University, 2020 – 2026, awaiting defense', []],
    // The item's own words say it was left unfinished (the words read elsewhere in a summary, read on the item too).
    ['a German doctorate not completed, under its school', 'Promotion Dr. rer. nat. Informatik\nUniversität Bonn\n2017 - 2020, nicht abgeschlossen', []],
    ['a German doctorate not completed, on its line', 'Promotion Informatik, Universität Bonn (2017 - 2020, nicht abgeschlossen)', []],
    ['a Spanish doctorate not finished', 'Doctorado en Informática, Universidad de Sevilla\n2017 - 2020 (no terminé la tesis)', []],
    ['a doctorate never completed', 'PhD, Computer Science, University of Leeds, 2017 - 2020 (never completed)', []],
    ['a French degree left without the diploma', 'Master Informatique, Université de Lyon, 2018 - 2020 (sans obtenir le diplôme)', []],
    ['a university’s own title, no official degree, in Spanish', 'Máster propio en Ciberseguridad (título propio) — Universidad de Alcalá, 2020', []],
    [
      'a programme that awards no degree, on the next line',
      'MBA em Gestão de Segurança da Informação — FIAP, 2021\n   (pós-graduação lato sensu / especialização, 360 h)\nBacharelado em Ciência da Computação — UFPE, 2013',
      [['bachelor', 'computer-science']],
    ],
    [
      'a degree withdrawn from, with a lesser exit award',
      'MSc Information Security (part-time), Royal Holloway, 2017–2018\n  Withdrew after Year 1; exited with a Postgraduate Certificate in Information Security\nBSc Computer Science, University of Kent, 2014',
      [['bachelor', 'computer-science']],
    ],
    [
      'a non-degree programme on a line of its own takes nothing from the degree above',
      'BEng in Computer Science, Gdansk University of Technology   2011 – 2015\nPostgraduate studies (non-degree) in Cybersecurity, WSB Gdansk   2019 – 2020',
      [['bachelor', 'computer-science']],
    ],
    [
      'a postgraduate certificate under a degree takes nothing from it',
      'MSc Information Security, Royal Holloway, 2018\nPostgraduate Certificate in Cloud Security, 2020',
      [['master', 'cybersecurity']],
    ],
    [
      'Indian degrees in a table: MCA, BCA; class XII is school',
      'Qualification | Institute | Year | Score\nMCA | PES University | 2017 | 8.4 CGPA\nBCA | Christ University | 2014 | 78%\nClass XII (CBSE) | Kendriya Vidyalaya | 2011 | 91%',
      [
        ['master', 'computer-science'],
        ['bachelor', 'computer-science'],
      ],
    ],
    [
      'a Master of Mathematics names its subject after it',
      'MMath, Computer Science — University of Waterloo, 2019\nBMath, Statistics — University of Waterloo, 2016',
      [
        ['master', 'computer-science'],
        ['bachelor', 'statistics'],
      ],
    ],
    [
      'British research degrees and an Indian Master of Commerce',
      'MPhil in Computer Science — University of Cambridge, 2015\nEngD Software Engineering — University of Oxford, 2020\nM.Com. — University of Delhi, 2010',
      [
        ['master', 'computer-science'],
        ['doctorate', 'software-engineering'],
        ['master', 'business'],
      ],
    ],
    ['a minor is no field', 'B.S. — Auburn University, Auburn, AL, 2012. Minor: Mathematics. Magna Cum Laude', [['bachelor', 'other']]],
    ['an end year that is asOf’s own', 'MSc Cybersecurity, University of Leeds, 2025 – 2026', [['master', 'cybersecurity']]],
    [
      'a double degree: one per subject',
      'Doble Grado en Matemáticas y Economía — Universidad Complutense de Madrid, 2013–2018',
      [
        ['bachelor', 'mathematics'],
        ['bachelor', 'other'],
      ],
    ],
    ['economics is no field of the list', 'Licenciatura en Economía — Universidad de Chile, 2012', [['bachelor', 'other']]],
    [
      'postgraduate studies that award no academic degree, in Spanish and French',
      'Estudios de posgrado (diploma sin grado académico), Ciberseguridad · (2023 - 2024)\nMaster (magister), Philologie anglaise · (2012 - 2014)\nMastère spécialisé Cybersécurité (diplôme ne conférant pas de grade), 2020',
      [['master', 'other']],
    ],
    [
      'two degrees joined by a slash, each with its own field',
      'Bachelor of Engineering (Honours) (Electrical) / Bachelor of Computer Science – University of Wollongong, 2010 – 2014',
      [
        ['bachelor', 'electrical-engineering'],
        ['bachelor', 'computer-science'],
      ],
    ],
    [
      'two degrees joined by a slash, of one field each, at one school and year',
      'Bachelor of Arts (History) / Bachelor of Science (Biology) — University of Sydney, 2013',
      [
        ['bachelor', 'other'],
        ['bachelor', 'other'],
      ],
    ],
    [
      'degree kinds joined by slashes, with no words of their own, are one degree',
      'BS/MS in Computer Science — Stanford University, 2015',
      [['bachelor', 'computer-science']],
    ],
    ['a Laurea in Giurisprudenza is in law', 'Laurea Magistrale a ciclo unico in Giurisprudenza (LMG/01) — Università di Milano, 2012', [['master', 'law']]],
    [
      'a master’s thesis under the master is no other degree',
      'Máster en Seguridad Informática — Universidade de Lisboa, 2022 – 2024\nTrabajo Fin de Máster (02/2024 – 07/2024): detección de inyección de prompts',
      [['master', 'cybersecurity']],
    ],
    [
      'a pre-university DEC is school-leaving, a technical DEC an associate degree',
      "2008   Diplôme d'études collégiales (DEC) en sciences humaines, Cégep de Sainte-Foy\n2010   Diplôme d'études collégiales (DEC) en techniques de l'informatique, Cégep de Sainte-Foy",
      [['associate', 'computer-science']],
    ],
    [
      'a pre-university DEC is school-leaving with a comma before its programme too',
      "Diplôme d'études collégiales (DEC), Sciences de la nature — Cégep de Sainte-Foy, 2012\nDEC, Sciences humaines — Cégep de Sainte-Foy, 2010\nDiplôme d'études collégiales (DEC), Techniques de l'informatique — Cégep de Sainte-Foy, 2014",
      [['associate', 'computer-science']],
    ],
    [
      'a degree studied while working (“en cours d’emploi”) is held; one “en cours” is not',
      "Johns Hopkins University, Baltimore, MD\n   Master of Science, informatique – 05/2020 (en cours d'emploi)\nUniversité Paris-Saclay\n   Doctorat en informatique (en cours)",
      [['master', 'computer-science']],
    ],
    [
      'a dated list: an item in progress two lines below is no status of the degree above',
      '2015   Master 2 Droit des affaires, Université Paris 1\n2013   Licence en droit, Université Paris 1\n2015   CAPA - qualification professionnelle\n2026   Diplôme universitaire « Data Science », Université Paris-Dauphine - en cours',
      [
        ['master', 'law'],
        ['bachelor', 'law'],
      ],
    ],
    [
      'a degree word alone on a line labels the degrees under it',
      'Postgrado\n  Magíster en Ciberseguridad — Universidad de Chile, 2019 – 2021\n\nPregrado\n  Ingeniero Civil en Computación — Universidad de Santiago de Chile (USACH), 2009 – 2015',
      [
        ['master', 'cybersecurity'],
        ['bachelor', 'computer-engineering'],
      ],
    ],
    [
      'a degree alone on a line over a degree of a lower level is a degree of its own, not a label',
      'Master of Science\n(BSc Physics, University of Leeds)',
      [
        ['master', 'other'],
        ['bachelor', 'physics'],
      ],
    ],
    [
      'a master alone on a line over a bachelor on the next line',
      'Master of Science\nBSc Physics, University of Leeds',
      [
        ['master', 'other'],
        ['bachelor', 'physics'],
      ],
    ],
    [
      'a dated line under a dated degree with no field of its own is another item, not the field',
      "2006 – 2009   Licence d'archéologie, Université de Tours\n2021          DU « Sécurité informatique et réseaux » (diplôme d'université, 60 h)",
      [['bachelor', 'other']],
    ],
    [
      'a doctoral scholarship under a doctorate is funding, not a second doctorate',
      'Doctorat en informatique, Université de Rennes  2014 – 2018\nBourse de doctorat de la région Bretagne (2014 – 2017)\nDoctorado en Física, Universidad de Oviedo  2016 – 2020\nBeca predoctoral del ministerio (2016 – 2020)',
      [
        ['doctorate', 'computer-science'],
        ['doctorate', 'physics'],
      ],
    ],
    [
      'a label of postgraduate study over a doctorate labels it',
      'Postgrado\n  Doctorado en Informática — Universidad de Granada, 2015 – 2019',
      [['doctorate', 'computer-science']],
    ],
    ['a thesis never defended', 'PhD Computer Science, University of Leeds, 2018–2022 (thesis never defended)', []],
    ['a degree dropped before its defence', 'MSc Computer Science, University of Leeds, 2018–2020\n   Dropped out before the thesis defence', []],
    ['a thesis submitted for examination', 'PhD Computer Science, University of Leeds, 2019–2023 (thesis submitted for examination)', []],
    ['a thesis never defended, in French', 'Master en informatique, Université de Lille, 2018–2020 (mémoire non soutenu)', []],
    ['a thesis never defended, in Spanish', 'Máster en Ciberseguridad, UNIR, 2019–2020 (TFM sin defender)', []],
    ['a thesis never defended, in German', 'M.Sc. Informatik, TU Wien, 2018–2020 (Masterarbeit nicht verteidigt)', []],
    ['a thesis still running, in German', 'M.Sc. Informatik — TU München (Masterarbeit läuft)', []],
    ['a year of the programme, in Spanish', 'Máster en Ciberseguridad — UNIR (cursando segundo curso)', []],
    ['a degree dropped before its viva', 'MSc Computer Science, University of Leeds, 2018–2020\n   Dropped before the viva', []],
    [
      'a finished degree over a note that its project goes on, in German',
      'M.Sc. Informatik, TU München, 2016\n  Abschlussarbeit: Anomalieerkennung in Netzwerken, Projekt läuft weiter bei Siemens',
      [['master', 'computer-science']],
    ],
    [
      'a finished degree over a prize of its first year, in Spanish',
      'Grado en Ingeniería Informática, Universidad de Sevilla, 2015\n  Premio al mejor expediente de primer curso',
      [['bachelor', 'computer-science']],
    ],
    ['the field of a study named on the line above a degree', 'Cybersecurity\nMaster of Science, University of Leeds, 2014', [['master', 'cybersecurity']]],
    [
      'a programme in progress on the line above lends no field to the degree under it',
      'Cybersecurity (in progress)\nMaster of Science, University of Leeds, 2014',
      [['master', 'other']],
    ],
    [
      'a degree in brackets indented under another, with a year and a field of its own, is a degree too',
      'MSc Computer Science — Leeds, 2014\n   (BSc in Physics, Leeds, 2012)',
      [
        ['master', 'computer-science'],
        ['bachelor', 'physics'],
      ],
    ],
    [
      'a bracket indented under a degree that adds no year and no field is a note on it',
      'Master MIAGE — Université Paris-Dauphine, 2016\n      (M1 et Master 2 en alternance)',
      [['master', 'information-systems']],
    ],
    [
      'a finished degree over a year of study dropped before it',
      'BSc Computer Science, University of Leeds, 2012\n  Dropped before that: one year of Physics at UCL',
      [['bachelor', 'computer-science']],
    ],
    ['a final project still to do, in Spanish', 'Máster en Ciberseguridad — UNIR (solo falta el TFM)', []],
    [
      'a thesis awaiting examination',
      'Master of Data Science — Victoria University of Wellington\n   Coursework completed 2021; thesis submitted September 2026, awaiting examination',
      [],
    ],
    // A line indented right under a degree that gave no year goes on with its item; a bracket indented under a degree is a note.
    [
      'a remark indented under a degree, with its year',
      "Università degli Studi di Milano — Laurea Magistrale a ciclo unico in Giurisprudenza\n   (five-year integrated Master's degree in Law), 110/110 cum laude, 2017",
      [['master', 'law']],
    ],
    [
      'a school and dates indented under a degree',
      'Técnico Superior en Administración de Sistemas Informáticos en Red (ASIR)\n   – CFGS, IES La Sènia, Paiporta                                    2013 – 2015',
      [['associate', 'information-systems']],
    ],
    [
      'a bracket indented under a degree',
      '2016 – 2018   Master MIAGE – Université de Lille\n              (M1 et Master 2 en alternance)',
      [['master', 'information-systems']],
    ],
    [
      'a programme in progress above a degree gives it no field',
      'Especialización en Ciberseguridad — ITBA (en curso, finalización prevista 2027)\nMaestría en Descubrimiento del Conocimiento — UBA (2017–2019)',
      [['master', 'other']],
    ],
    [
      'a degree in progress on the next line gives no field to a degree without one',
      '2010 – 2015\tBSc Industrial Engineering\tUniversidad de los Andes\nsince 2024\tPhD programme in Data Science (part-time, in progress)\tUniversidad Politécnica de Madrid',
      [['bachelor', 'other']],
    ],
    // A line right under a degree that gave no year, opening on its dates, is that degree's date line, whatever it says of the degree.
    [
      'a date line that names the degree’s level',
      "Diplôme d'ingénieur CPE Lyon — Informatique et Réseaux\n2017 – 2020 · grade de master",
      [['master', 'computer-science']],
    ],
    [
      'a date line that names a thesis of the degree',
      'Licenciatura en Ciencias de la Computación — Universidad de Buenos Aires\n2013 – 2019 · Promedio 8,91 · Tesis de licenciatura: "Detección de fraude"',
      [['bachelor', 'computer-science']],
    ],
    [
      'a date line with a master’s thesis',
      'MSc Computer Science — University of Leeds\n2014 – 2015 · Master’s thesis on fuzzing',
      [['master', 'computer-science']],
    ],
    // A bulleted item at the same depth is another degree, even of the same level and field.
    [
      'two law masters, each its own item',
      "- LL.M. in Law and Technology, Tilburg University (NL), 2014-2015\n- Laurea Magistrale a ciclo unico in Giurisprudenza (5-year Master's degree in Law),\n  Università di Bologna, 2008-2013",
      [
        ['master', 'law'],
        ['master', 'law'],
      ],
    ],
    [
      'two computer science masters, each its own item',
      '• MSc Computer Science, ETH Zürich, 2016\n• Master of Science in Informatics (double degree programme),\n  KTH Stockholm',
      [
        ['master', 'computer-science'],
        ['master', 'computer-science'],
      ],
    ],
    // A school-leaving pass level is no degree.
    ['a matric bachelor’s pass', "National Senior Certificate (Matric) — Rustenburg High School 2011\n  Bachelor's pass with 6 distinctions.", []],
    // "ABD" (all but dissertation) is a doctorate not held; "Abd El …" in a school's name says nothing.
    [
      'a doctorate all but dissertation',
      'PhD Computer Science (ABD), University of Leeds, 2014–2018\nMSc Computer Science, University of Leeds, 2013',
      [['master', 'computer-science']],
    ],
    ['a school named Abd El …', 'BSc Computer Science, Université Abd El Malek Essaadi, Tétouan, 2012', [['bachelor', 'computer-science']]],
    // A degree whose results or award are still to come, or whose thesis was never handed in, is not held.
    ['a dissertation awaiting results', 'MSc Data Science, University of Edinburgh — dissertation submitted, awaiting results', []],
    ['a thesis not submitted', 'MS (coursework completed; thesis not submitted), Computer Science, 2016', []],
    // A UK postgraduate diploma is no degree, and a dated item of its own: its field is not the degree's under it.
    [
      'a postgraduate diploma over a degree of another year',
      'PGDip Cyber Security, Lancaster University, 2019\nBA History, University of York, 2014',
      [['bachelor', 'other']],
    ],
    [
      'a study line over its degree of the same year',
      'Cybersecurity (2012 – 2014)\nMaster of Science, University of Leeds, 2014',
      [['master', 'cybersecurity']],
    ],
    // A specialisation narrows the subject; the subject (after its translation in brackets) is the field.
    [
      'a specialisation after the subject and its translation',
      '10/2016 – 02/2020     B.Sc. Computer Science (Informatik), specialisation IT security\n                      Hochschule Mittelfranken, Nuremberg',
      [['bachelor', 'computer-science']],
    ],
    [
      'a specialization after the subject and its translation',
      'M.Sc. Mathematics (Wiskunde), specialization Cyber Security — University of Leiden, 2014',
      [['master', 'mathematics']],
    ],
    // A field's name cut by a narrow column: the two lines spell it, not the second line alone ("Management").
    ['a field wrapped onto the line under the degree', 'MSc Information\nManagement\nBrabant University\n2014 – 2016', [['master', 'information-systems']]],
    // A Spanish "Título de Posgrado" (a university's own diploma) is no master's; a "Escuela de Posgrado" is a school's name.
    [
      'a postgraduate diploma over a degree, in Spanish',
      'Título de Posgrado en Derecho de Protección de Datos (Postgraduate Diploma) – Law Society of Leinster\t2021\nGrado en Derecho – Bachelor of Civil Law (BCL) – University College Clontarf\t2009 – 2012',
      [['bachelor', 'law']],
    ],
    [
      'a graduate school’s name under a course, in Spanish',
      '[ 09/2012 – 06/2016 ]   Grado en Matemáticas\nUniversidad de Castilla Central\n\n[ 2025 – Actual ]   Curso de Especialización en Seguridad de Sistemas de IA (en curso)\nEscuela de Posgrado Online Meridiana',
      [['bachelor', 'mathematics']],
    ],
    // A table drawn with bars whose cells wrap into the row under them: the rows are joined cell by cell.
    [
      'a degree cell wrapped in a table with bars',
      '| Qualification  | Institute  | Year  |\n|-----|-----|-----|\n| M.Tech (Information  | Deccan Institute of Technology, Pune  | 2017-2019 |\n|  Security)  |  |  |\n| B.E. (Computer Engg.)  | University of Mumbai (Shree Vardhan College  | 2013-2017 |\n|  |  of Engineering)  |  |',
      [
        ['master', 'cybersecurity'],
        ['bachelor', 'computer-engineering'],
      ],
    ],
    // The work of a degree named after it is no degree; a capitalised subject after the work's word is.
    [
      'a dissertation named after its degree',
      'M.Tech (Information Security), NITK, 2016\nM.Tech dissertation: "Detecting malicious Android apps"',
      [['master', 'cybersecurity']],
    ],
    [
      'a project named after its degree',
      'MSc Computer Science — University of Leeds, 2018\nMSc project on fraud detection with graph models',
      [['master', 'computer-science']],
    ],
    // A note in brackets however deeply indented under a degree of its level is the degree's own.
    [
      'a bracketed note deep under its degree',
      "2010 – 2014     MMath (Hons) Mathematics, University of Warwick — First Class\n                (integrated four-year master's; Part III options in probability and statistics)",
      [['master', 'mathematics']],
    ],
    ['a degree not continued', 'Bachelor of Business (Logistics) - Western Sydney University\n2014 to 2015 - completed first year, not continued', []],
    // A general word of a field ("management", "gestion") names it only when the degree names no other field.
    [
      'the management of a field is a degree in that field',
      "2015   Master 2 (Bac+5) Management de la sécurité des systèmes d'information\n       Université de Rennes\n2013   Licence Informatique (Bac+3) – Université de Nantes",
      [
        ['master', 'cybersecurity'],
        ['bachelor', 'computer-science'],
      ],
    ],
    [
      'the management of a field, in English and Spanish',
      'MSc Management of Information Security — University of Kent, 2016\nMáster en Gestión de la Ciberseguridad — Universidad de León, 2019\nMSc Management — London School of Economics, 2012',
      [
        ['master', 'cybersecurity'],
        ['master', 'cybersecurity'],
        ['master', 'business'],
      ],
    ],
    // A line in a degree's block that states its level, with no field or year of its own, names that degree again.
    [
      "a degree's level stated two lines under it",
      "2017 – 2020   Diplôme d'ingénieur - spécialité Sécurité informatique\n              École Nationale d'Ingénieurs des Alpes, Grenoble\n              Titre d'ingénieur habilité CTI - grade de Master\n\n2015 – 2017   DUT Informatique\n              IUT de Valence",
      [
        ['master', 'cybersecurity'],
        ['associate', 'computer-science'],
      ],
    ],
    [
      'a level stated under a degree of another level is a degree of its own',
      "BSc Computing, University of Kent, 2014\nMaster's degree (EQF level 7)",
      [
        ['bachelor', 'computer-science'],
        ['master', 'other'],
      ],
    ],
    // A degree line that names its own subject (no field of the lexicon) and its school takes no field from the line under it.
    [
      'a subject of no listed field over a line of courses',
      'A.A.S. Computer Networking Technology — Central Texas College, 2016\nMilitary training: 17C Cyber Operations Specialist Course (2016)',
      [['associate', 'other']],
    ],
    [
      'a degree with no subject takes it from the line under it',
      'Master of Science, Stanford University, 2016\nComputer Science',
      [['master', 'computer-science']],
    ],
    // A master that qualifies for the bar names law by the profession it opens (r78).
    [
      'a master for access to the bar, in Spanish',
      'Máster en Acceso a la Profesión de Abogada — Universidad de Sevilla, 2016\nGrado en Derecho — Universidad de Sevilla, 2015',
      [
        ['master', 'law'],
        ['bachelor', 'law'],
      ],
    ],
    [
      'the Spanish bar master under its school',
      'Máster Universitario de Acceso al Ejercicio de la Abogacía\nUniversidad Complutense de Madrid\n2018',
      [['master', 'law']],
    ],
    ['a French master that prepares for the bar', "Master 2 Préparation à la profession d'avocat — Université de Bordeaux, 2019", [['master', 'law']]],
    ['an English master in legal practice', 'MA in Legal Practice — Nottingham Trent University, 2017', [['master', 'law']]],
    // The Mexican "Sistemas Computacionales" programmes are computer science.
    [
      'Ingeniería en Sistemas Computacionales',
      'Ingeniería en Sistemas Computacionales (Licenciatura)   2009 - 2013\nInstituto Tecnológico de Celaya\nLicenciado en Sistemas Computacionales — Universidad de Sonora, 2008',
      [
        ['bachelor', 'computer-science'],
        ['bachelor', 'computer-science'],
      ],
    ],
    // A one-word degree name and its subject after "in": the subject is the field (r87).
    ['a Waterloo degree name and its subject after "in"', 'Bachelor of Mathematics in Statistics\nUniversity of Waterloo, 2023', [['bachelor', 'statistics']]],
    ['a master of engineering in a narrower subject', 'Master of Engineering in Computer Science — McGill University, 2019', [['master', 'computer-science']]],
    [
      'a one-word name of another field before "in" is no name of a faculty',
      'Master of IT in Business (Analytics track), Singapore Management University — 2019',
      [['master', 'information-systems']],
    ],
    [
      'a status label indented under its degree is its status',
      'MSc Cyber Security (part-time) – Lancaster University\n   In progress: Year 2 of 3, expected completion 2027\nBSc Computer Science – University of Leeds, 2012',
      [['bachelor', 'computer-science']],
    ],
    // A line labelled with a status ("In progress: …") is an item of its own, not the status of the degree above (r87).
    [
      'a course labelled "In progress:" under a dated degree',
      'B.Sc. Computer Science, University of Leeds, 2012\nIn progress: Coursera "Machine Learning Specialization" (expected 2027)',
      [['bachelor', 'computer-science']],
    ],
    [
      'a German course labelled "Laufend:" under a degree',
      'M.Sc. Informatik, TU Berlin, 2015\nLaufend: Zertifikatskurs „KI-Management“ (Abschluss 2027)',
      [['master', 'computer-science']],
    ],
    [
      'a French course labelled "En cours :" under a degree',
      'Master Informatique, Université de Lille, 2014\nEn cours : certificat « IA et entreprise » (fin prévue 2027)',
      [['master', 'computer-science']],
    ],
    [
      'a Spanish course labelled "En curso:" under a degree',
      'Grado en Ingeniería Informática, Universidad de Granada, 2016\nEn curso: curso online «IA para directivos» (fin 2027)',
      [['bachelor', 'computer-science']],
    ],
  ])('education: %s', (_name, text, degrees) => {
    expect(parseResume(`EDUCATION\n${text}`, { asOf }).education.map((e) => [e.level, e.field])).toEqual(degrees);
  });

  it.each([
    [
      'a degree of another language whose own words name its field, over its school',
      'SUMMARY\nSoftware engineer with ten years of experience in Java and Python.\n\nEDUCATION\n2003 – 2009  Diplom-Informatiker (Dipl.-Inf.)\nUniversität Karlsruhe (TH)\n2002  Allgemeine Hochschulreife (Abitur)',
      [['master', 'computer-science']],
    ],
    [
      'an abbreviation of another language is no degree of its own',
      'SUMMARY\nDesigner with ten years of experience in web and print.\n\nEDUCATION\nDAM systems, Figma',
      [],
    ],
    [
      'a doctorate under "Doctoral study", named again under "Education", is one degree',
      'EXPERIENCE\nSep 2020 – Aug 2023  Postdoctoral Research Associate, University College London\n\nDOCTORAL STUDY\nOct 2016 – Jul 2020  PhD in Computer Science, University College London\n\nEDUCATION\n2016–2020  PhD Computer Science, University College London\n2010–2012  MSc Information Security, University of Leeds',
      [
        ['doctorate', 'computer-science'],
        ['master', 'cybersecurity'],
      ],
    ],
    [
      'a degree in a table row whose school cell is not read, named again with its school, is one degree',
      'EDUCATION\nInstitution\tDegree\tMajor\tGraduation Date\nCommunity College of the Air Force\tAssociate of Applied Science\tAviation Maintenance Technology\t08/2015\n\nEXPERIENCE\nAvionics Systems Technician  2012 – 2016\n\nEDUCATION\nA.A.S. Aviation Maintenance Technology, Community College of the Air Force, 2015',
      [['associate', 'other']],
    ],
  ])('education in English: %s', (_name, text, degrees) => {
    const p = parseResume(text, { asOf });
    expect(p.language).toBe('en');
    expect(p.education.map((e) => [e.level, e.field])).toEqual(degrees);
  });

  it('reads a “CERTS” heading as the end of the education section', () => {
    const text =
      'EDUCATION\nB.S. Management Information Systems, University of Colorado Denver, 2017\n\nCERTS\nAssociate of ISC2 (passed CCSP exam 2025)\nReading up on OWASP LLM Top 10.';
    expect(parseResume(text, { asOf }).education.map((e) => [e.level, e.field])).toEqual([['bachelor', 'information-systems']]);
  });

  it.each([['MS Office (advanced Excel), CaseWare, TeamMate+'], ['Executive MBA, INSEAD - in progress'], ['MSc thesis: “Phishing domains”']])(
    'no degree held in “%s”',
    (line) => {
      expect(parseResume(`SKILLS\n${line}`, { asOf }).education).toEqual([]);
    },
  );

  it.each([
    ['Certified Information Systems Security Professional (CISSP), 2016', 'cissp', 2016],
    ['AWS Certified Security – Specialty (2019)', 'aws-security-specialty', 2019],
    ['IAPP CIPP/E, 2020', 'cipp', 2020],
    ['GIAC Penetration Tester (GPEN)', 'gpen', undefined],
  ])('%s → %s', (line, id, year) => {
    const certs = parseResume(`CERTIFICATIONS\n${line}`, { asOf }).certifications;
    expect(certs.map((c) => [c.id, c.year])).toEqual([[id, year]]);
  });

  it.each([
    ['a number sign after the name', 'CERTIFICATIONS\nGIAC Certified Incident Handler (GCIH) — analyst no. 31890', ['gcih']],
    [
      'a credential number of letters and digits',
      'CERTIFICATIONS\n- Certified Ethical Hacker (CEH v12), EC-Council - Cert. No. ECC4829163075 - issued Jun 2024',
      ['ceh'],
    ],
    ['a credential number after a colon', 'CERTIFICATIONS\n- CISSP - Credential No: ISC-2291 - 2021', ['cissp']],
    ['a credential number after a number sign', 'CERTIFICATIONS\n- CISSP - Member # 771204', ['cissp']],
    ['"no" before a name that holds a digit, no number sign', 'CERTIFICATIONS\n- OSCP - no OSCP3 yet', []],
    ['a name wrapped onto the next line', 'CERTIFICATIONS\nGoogle Cloud Professional\nMachine Learning Engineer (2023)', ['gcp-ml-engineer']],
    [
      'a bulleted name wrapped onto an indented line',
      'CERTIFICATIONS\n▪ Google Cloud Professional\n  Machine Learning Engineer\n  (2023, renewed 2025)',
      ['gcp-ml-engineer'],
    ],
    ['a name cut at a colon', 'CERTIFICATIONS\nMicrosoft Certified: Azure AI\nEngineer Associate\nCISSP', ['azure-ai-engineer', 'cissp']],
    // A status on the line after a wrapped name is that line's item's own, and a wrapped name not held is no status of the next.
    [
      'a wrapped name above an item in progress',
      'CERTIFICATIONS\nGoogle Cloud Professional\nMachine Learning Engineer (2023)\nAWS ML Specialty – in progress',
      ['gcp-ml-engineer'],
    ],
    [
      'a wrapped name above an item en cours',
      'CERTIFICATIONS\nMicrosoft Certified: Azure AI\nEngineer Associate (2024)\nCISSP – en cours',
      ['azure-ai-engineer'],
    ],
    [
      'a wrapped name in progress above an item held',
      'CERTIFICATIONS\nGoogle Cloud Professional\nMachine Learning Engineer – in progress\nAWS Certified Security – Specialty',
      ['aws-security-specialty'],
    ],
    ['a name cut at a dash, expired on the next line', 'CERTIFICATIONS\nAWS Certified Machine Learning –\nSpecialty (expired 2024)', []],
    // A date after a list separator is the item's own status, not the next item's name.
    ['an expiry after a middle dot', 'CERTIFICATIONS\nCertified Kubernetes Administrator (CKA)  ·  Nov 2019 – expired Nov 2022, not renewed', []],
    [
      'a validity after a middle dot',
      'CERTIFICATIONS\nAWS Certified Security – Specialty  ·  Jun 2024 (valid until Jun 2027)\nCertified Kubernetes Administrator (CKA)  ·  Nov 2019 – expired Nov 2022',
      ['aws-security-specialty'],
    ],
    [
      'a newer credential of the same id beside an expired one',
      'CERTIFICATIONS\nAWS Certified Machine Learning\nEngineer – Associate (2025)\nAWS Certified Machine Learning –\nSpecialty (2021, expired 2024)',
      ['aws-ml-specialty'],
    ],
    [
      'a credential of the same id dated later in the year of the lapse',
      'CERTIFICATIONS\nAWS Certified Machine Learning Engineer – Associate — 05/2025, active\nAWS Certified Machine Learning – Specialty — 02/2022, expired 02/2025',
      ['aws-ml-specialty'],
    ],
    [
      'a credential of the same id dated earlier in the year of the lapse',
      'CERTIFICATIONS\nAWS Certified Machine Learning Engineer – Associate — 01/2025\nAWS Certified Machine Learning – Specialty — 02/2022, expired 02/2025',
      [],
    ],
    [
      'a credential of the same id dated by a bare year, the year of a lapse dated by its month',
      'CERTIFICATIONS\nHeld:\n• AWS Certified Machine Learning Engineer – Associate — 2026\n• CompTIA Security+ — 2024\nExpired / planned:\n• AWS Certified Machine Learning – Specialty — 04/2023, expired 04/2026',
      ['aws-ml-specialty', 'security-plus'],
    ],
    [
      'a bare year in the month-dated lapse year, in brackets',
      'CERTIFICATIONS\nAWS Certified Machine Learning – Specialty (2022, expired 03/2025)\nAWS Certified Machine Learning Engineer – Associate (2025)',
      ['aws-ml-specialty'],
    ],
    [
      'a bare year before the lapse year',
      'CERTIFICATIONS\nAWS Certified Machine Learning Engineer – Associate (2024)\nAWS Certified Machine Learning – Specialty (2021, expired 03/2025)',
      [],
    ],
    [
      'a newer credential of the same id dated by a cell that opens its line',
      'CERTIFICACIONES\n[ 05/2025 ] AWS Certified Machine Learning Engineer – Associate\nAmazon Web Services\n\n[ 03/2021 ] AWS Certified Machine Learning – Specialty (caducada en 03/2024)\nAmazon Web Services',
      ['aws-ml-specialty'],
    ],
    [
      'a status in a bracket opened on the line above, in a narrow column',
      'CERTIFICATIONS\nCKA (2020, expired 2023)\nAssociate of ISC2 (passed the\nCISSP exam 2025; awaiting\nexperience endorsement)\nCCSP (2024)',
      ['ccsp'],
    ],
    ['an acronym of the lapse year beside the expired name', 'CERTIFICATIONS\nCKA (2019)\nCertified Kubernetes Administrator – 2019, expired 2022', []],
    ['a status in another language', 'CERTIFICATIONS\nCertified Kubernetes Administrator (CKA) – in Vorbereitung', []],
    ['a lapse', 'CERTIFICATIONS\nCEH was allowed to lapse in 2021 (replaced by CRT).', []],
    ['a plan', 'CERTIFICATIONS\nCCSP - planning for 2027', []],
    [
      'an aim in a wrapped German sentence',
      'ZUSAMMENFASSUNG\nBerufsbegleitend OMSCS-Student (Georgia Tech). Bereite mich diesen\nWinter auf die GIAC GPEN vor.',
      [],
    ],
    ['a validity that ended, on the next line', 'Certificaciones y licencias\nCertified Ethical Hacker (CEH)\nabril de 2020 a abril de 2023', []],
    ['a status of the next item of a list', 'CERTIFICATIONS\nOSCP (2019)  ·  OSWE (in progress)  ·  CRTP (2021)', ['oscp']],
    [
      'an issuer line between the name and its dates (LinkedIn)',
      'Licenses & certifications\nCertified Ethical Hacker (CEH)\nEC-Council\nIssued Mar 2016 · Expired Mar 2019\n\nOffensive Security Certified Professional (OSCP)\nOffSec\nIssued Oct 2019',
      ['oscp'],
    ],
    ['an exam scheduled, in Spanish', 'CERTIFICACIONES\nISC2 CISSP ........ examen agendado para feb. 2027', []],
    [
      'a status in a bracket that closes on the next line',
      'ZUSAMMENFASSUNG\nElf Jahre IT-Risiko und Modellrisiko im Bankenumfeld, seit 2023 KI-Governance. Ich belege die IAPP CIPP/E (Prüfung für\nJanuar 2027 gebucht) und einen Online-Kurs zu LLM-Sicherheit, um mit unseren Anwendungsfällen Schritt zu halten.\n\nZERTIFIZIERUNGEN\nCISA (2016)',
      ['cisa'],
    ],
    [
      'a bracket closed on the next line that states nothing',
      'ZUSAMMENFASSUNG\nElf Jahre IT-Risiko und Modellrisiko im Bankenumfeld, seit 2023 KI-Governance. Zertifiziert als IAPP CIPP/E (Juni\n2024) und CISA (2016).',
      ['cipp', 'cisa'],
    ],
    [
      'a preparation in German with the subject after the verb',
      'ZUSAMMENFASSUNG\nElf Jahre IT-Risiko im Bankenumfeld.\nAktuell bereite ich mich auf die IAPP CIPP/E vor.',
      [],
    ],
    ['a preparation, in French', "PROFIL\nJe prépare actuellement l'examen AWS Certified Machine Learning – Specialty.", []],
    ['a preparation, in Spanish', 'PERFIL\nActualmente preparo el examen AWS Certified Machine Learning – Specialty.', []],
    ['one in view', 'CERTIFICATIONS\n• CompTIA Security+ (2023)\n• Certified Information Systems Security Professional (CISSP) – in view', ['security-plus']],
    ['one in view, in brackets', 'CERTIFICATIONS\nOSCP (in view), CISA', ['cisa']],
    ['one in view, after a colon', 'CERTIFICATIONS\nCertified Kubernetes Administrator: in view\nAWS Certified Solutions Architect – Associate (2022)', []],
    ['an expired one, in German', 'ZERTIFIKATE\nCertified Kubernetes Administrator (CKA), 2019 – ausgelaufen', []],
    ['an exam booked, in German', 'ZERTIFIKATE\nISC2 CISSP – Prüfung für Februar 2027 gebucht', []],
    // An acronym the text spells out as another name is that name: the agency, no certification.
    [
      'an agency spelled out with the letters of a certification',
      'EXPERIENCE\nNational Cyber Resilience Agency (NCRA)\n\nSUMMARY\nISSO at CISA since 2021.\n\nEMPLOYER\nCybersecurity and Infrastructure Security Agency (CISA), Washington\n\nCERTIFICATIONS\nCISSP (2019)',
      ['cissp'],
    ],
    [
      'the same acronym spelled out as the certification',
      'SUMMARY\nAuditor, CISA since 2020.\n\nCERTIFICATIONS\nCertified Information Systems Auditor (CISA)',
      ['cisa'],
    ],
    // An exam voucher bought is an exam still to sit; an exam passed whose certificate is awaited is no certificate yet.
    ['an exam voucher bought', 'CERTIFICATIONS\nCertified Kubernetes Application Developer – voucher bought for 2027\nCISM (2021)', ['cism']],
    ['an exam passed, its certificate awaited', 'CERTIFICATIONS\nCCSP: exam passed 10/2026, awaiting certificate\nCISA (2016)', ['cisa']],
    // No certificate is issued ahead of time: a certification dated only after asOf is an exam still to sit.
    ['a certification dated only after asOf', 'CERTIFICATIONS\nCCSP — 02/2027\nCISM (2020)', ['cism']],
    ['a certification dated after asOf, in Spanish', 'CERTIFICACIONES\nCCSP (examen de marzo de 2027)\nCISA (2018)', ['cisa']],
    ['a renewal due after asOf is a validity', 'CERTIFICATIONS\nCCSP — renewal due 04/2027\nCISM (2020)', ['ccsp', 'cism']],
    ['an active one dated by its next renewal', 'CERTIFICATIONS\nCertified Kubernetes Administrator | Active | 06/2027', ['cka']],
    ['an active one, in German, dated by its next renewal', 'ZERTIFIKATE\nCCSP – aktiv, 03/2027', ['ccsp']],
    // A candidate for a certification sits its exam still: the word before the name, as Spanish, French and German put it.
    ['a candidate, in Spanish', 'Directora de Privacidad | Abogada | Candidata CISSP\n\nCERTIFICACIONES\nCISA (2019)', ['cisa']],
    ['a candidate, in French', 'Responsable sécurité | Candidat OSCP\n\nCERTIFICATIONS\nCISM (2020)', ['cism']],
    ['a candidate, in German', 'Sicherheitsarchitektin | Kandidatin CISSP\n\nZERTIFIKATE\nCISA (2018)', ['cisa']],
    // An exam passed is no certificate while the application for it is still under review or was never sent.
    ['an application under review', 'CERTIFICATIONS\nCISA  ISACA  2018  Active\nCISM  ISACA  -  Exam passed 09/2026; application under review', ['cisa']],
    ['an application never submitted', 'CERTIFICATIONS\nCertified Information Security Manager (CISM) – exam passed 2019; application not submitted', []],
    ['an application in progress, in German', 'ZERTIFIKATE\nCISM  ISACA  -  Prüfung bestanden 09/2026; Antrag in Bearbeitung', []],
    ['an application under review, in Spanish', 'CERTIFICACIONES\nCISM  ISACA  -  Examen aprobado 09/2026; solicitud en revisión', []],
    ['an application filed, in French', 'CERTIFICATIONS\nCISM (ISACA) – examen réussi en 2026, demande déposée', []],
    // The application named with what it is for, in each language.
    ['an application for certification filed, in Spanish', 'CERTIFICACIONES\nCISM – examen aprobado en 2026, solicitud de certificación presentada', []],
    ['an application for certification filed, in French', 'CERTIFICATIONS\nCISM – examen réussi en 2026, demande de certification déposée', []],
    ['an application for certification filed, in German', 'ZERTIFIKATE\nCISM – Prüfung 2026 bestanden, Antrag auf Zertifizierung gestellt', []],
    ['a planned one', 'CERTIFICATIONS\nOSCP\n\nADDITIONAL INFORMATION\nPlanning CompTIA Security+ in 2027.', ['oscp']],
    [
      'a lapse told in the past tense, in German',
      'ZERTIFIKATE\nOSCP\n\nPROFIL\nPentester. Das GIAC GCIH hatte ich von 2019 an, bis es 2023 verfiel.\nDen CEH hatte ich, bis er 2021 ablief.',
      ['oscp'],
    ],
    [
      'two bare years in cells side by side under an "Expires" header: the issue and expiry of a table',
      'CERTIFICATIONS\nCertification        Issued  Expires\nCompTIA Security+    2015    2018\nCISSP                2020    2029',
      ['cissp'],
    ],
    [
      'month cells between bars under an "Expires" header: the issue and expiry of a Markdown table (r82)',
      'CERTIFICATIONS\n| Name | Issued | Expires |\n|---|---|---|\n| OSCP | 09/2021 | |\n| Certified Ethical Hacker (CEH v9) | 05/2017 | 05/2020 |',
      ['oscp'],
    ],
    [
      'month cells between bars, padded to the columns: an expired one and a held one',
      'CERTIFICATIONS\n| Certification                  | Issued  | Expires |\n| CompTIA Security+ ce           | 03/2016 | 03/2019 |\n| CISSP                          | 06/2020 | 06/2029 |',
      ['cissp'],
    ],
    [
      'an ATS export\'s name cut to an abbreviation: "Offensive Security Certified Prof."',
      'CERTIFICATIONS\n| Offensive Security Certified Prof.    | OffSec     | 09/2021 |         |',
      ['oscp'],
    ],
    [
      'two bare years in cells side by side under a "renewed" header: the certification is held',
      'CERTIFICATIONS\nCertification      Obtained      Last renewed\nCISSP              2012          2023',
      ['cissp'],
    ],
    ['two bare years in cells side by side and no header naming an expiry: held', 'CERTIFICATIONS\nCISSP      2012      2024', ['cissp']],
    [
      'month cells under a "renewed" header: held',
      'CERTIFICATIONS\nCertification      Obtained      Last renewed\nCISSP              05/2012          06/2023',
      ['cissp'],
    ],
    ['one maintained since it was earned', 'CERTIFICATIONS\nIAPP CIPP/US (2021, maintained) · IAPP CIPP/E — exam planned for January 2027', ['cipp']],
    [
      'a recruiter\'s "Candidate:" label before the name and its post-nominals',
      'Candidate: Jane Roe, CISA, CIPP/E\n\nCERTIFICATIONS\nISACA CISA - 2021',
      ['cipp', 'cisa'],
    ],
    ['one recertified ever since, in German', 'ZERTIFIKATE\n– CIPP/E (IAPP), 2019, laufend rezertifiziert', ['cipp']],
    ['a validity that ended, in Spanish', 'CERTIFICACIONES\nCKA — 2019; vigencia hasta 2022\nCISSP — 2025; vigencia hasta 2028', ['cissp']],
    ['a validity that ended, in French', "CERTIFICATIONS\nCKA — 2019, valide jusqu'au 30/06/2022\nCISSP — 2025, validité jusqu'en 2028", ['cissp']],
    [
      'a lapse told in the past tense after a renewal, in Spanish',
      'CERTIFICACIONES\nAWS Certified Machine Learning – Specialty — obtenida en 2020, recertificada 09/2023 (venció 09/2026)\nCertified Kubernetes Administrator (CKA) — marzo 2025',
      ['cka'],
    ],
    [
      'a lapse without a year in the summary, beside a dated listing',
      'CERTIFICATIONS\nCertified Kubernetes Administrator (CKA), 2019\n\nSUMMARY\nPlatform engineer. My CKA has lapsed, I moved on from Kubernetes work.',
      [],
    ],
    [
      'a lapse told inside a clause another cue negates',
      'CERTIFICACIONES\nCertified Information Security Manager (CISM)\n\nEXTRACTO\nActualmente preparando el CISSP (el CISM me caducó en 2025).',
      [],
    ],
    ['a held one after the certification a cue aims at', 'CERTIFICATIONS\nOSCP (2019)\n\nSUMMARY\nPreparing for the OSEP after my OSCP.', ['oscp']],
    // A status in the next sentence is the next certification's, not the one the sentence before names.
    [
      'a held one, then a sentence preparing for another',
      'CERTIFICATIONS\nCompTIA Security+\n\nSUMMARY\nCompTIA Security+ since September 2024. Preparing for OSCP (exam booked for February 2027).',
      ['security-plus'],
    ],
    [
      'a held one, then a sentence preparing for another, in German',
      'ZERTIFIZIERUNGEN\nCompTIA Security+\n\nPROFIL\nCompTIA Security+ seit September 2024. Vorbereitung auf die OSCP (Prüfungstermin im Februar 2027).',
      ['security-plus'],
    ],
    [
      'a held one, then a sentence preparing for another, in French',
      "CERTIFICATIONS\nCompTIA Security+\n\nPROFIL\nCompTIA Security+ depuis septembre 2024. En préparation de l'OSCP (examen prévu en février 2027).",
      ['security-plus'],
    ],
    ['one let lapse, in Spanish', 'RESUMEN\nDejé caducar mi GCIH en 2025.\nCERTIFICACIONES\nCISSP', ['cissp']],
    ['one let lapse, in French', "PROFIL\nJ'ai laissé expirer ma GCIH en 2025.\nCERTIFICATIONS\nCISSP", ['cissp']],
    ['one let lapse, in German', 'PROFIL\nMeine GCIH habe ich 2025 auslaufen lassen.\nZERTIFIKATE\nCISSP', ['cissp']],
    // A status before two names joined by an `and` and an article is both names', on one line or across a break (r70).
    ['two let lapse, joined with articles, in Spanish', 'RESUMEN\nTengo la CISSP desde 2019. Dejé vencer la CEH y la Security+ en 2021.', ['cissp']],
    [
      'two let lapse, joined across a line break, in French',
      "PROFIL\nCertifié CISSP depuis 2019, j'ai laissé expirer le CEH et la\nSecurity+ après mon départ de l'armée en 2021.",
      ['cissp'],
    ],
    ['an exam session booked, the participle alone, in French', 'PROFIL\nCISSP depuis 2019. Session AIGP réservée pour février 2027.', ['cissp']],
    [
      "an exam booked, the participle alone, in French, a held one's line",
      'PROFIL\nCISSP obtenue en 2019, certification AIGP : examen du 12 février 2027 réservé.',
      ['cissp'],
    ],
    ['two joined with articles, no status, in Spanish', 'RESUMEN\nObtuve la CEH y la Security+ en 2021.', ['ceh', 'security-plus']],
    // A sentence that runs on to a line naming another certification ends before that name: its status is theirs (r70).
    [
      'two let lapse, the sentence running on to a line that names another, in German',
      'PROFIL\nZertifikate: CISSP (2019). Meine CEH und Security+ habe ich nach dem Wechsel\nin die Entwicklung auslaufen lassen. Die CCSP-Prüfung ist für März 2027 angemeldet.',
      ['cissp'],
    ],
    [
      'two lapsed, the sentence running on to a line that names another',
      'SUMMARY\nCertifications: CISSP (2019). My CEH and Security+ were both allowed to\nlapse after I moved to development. CCSP exam booked for March 2027.',
      ['cissp'],
    ],
    [
      'a year-led line under it names another certification',
      'Zertifizierungen\n2021\tCISSP – Certified Information Systems Security Professional (ISC2)\n2027\tCCSP – Prüfung für das Frühjahr 2027 angemeldet',
      ['cissp'],
    ],
    ['a status on the line under it', 'CERTIFICATIONS\nAIGP (IAPP)\nExam booked for February 2027\n\nCISSP', ['cissp']],
    ['a status on the line under it, in German', 'ZERTIFIKATE\nAIGP (IAPP)\nPrüfung für Februar 2027 gebucht', []],
    ['a status on the line under it, in French', 'CERTIFICATIONS\nAIGP (IAPP)\nExamen réservé pour février 2027', []],
    ['a status on the line under it, in Spanish', 'CERTIFICACIONES\nAIGP (IAPP)\nExamen reservado para febrero de 2027', []],
    // A line that opens with a not-held word may run as long as a dated one: translations are longer (r165-es-05).
    [
      'a long status that opens with the not-held word, in Spanish',
      'CERTIFICACIONES\nAIGP (IAPP)\nPreparándome para el examen (previsto para el primer trimestre de 2027)\n\nCISSP',
      ['cissp'],
    ],
    [
      'a long status that opens with the not-held word, in English',
      'CERTIFICATIONS\nAIGP (IAPP)\nPreparing for the exam, planned for the first quarter of 2027 (March sitting)\n\nCISSP',
      ['cissp'],
    ],
    // An ATS export in capitals: a line that opens with the status is the status of the name above; one that opens with a
    // name of its own is that one's.
    ['a status in capitals on the line under it', 'CERTIFICATIONS\nCOMPTIA SECURITY+\n2024\nEC-COUNCIL CEH\nEXAM SCHEDULED 01/2027', ['security-plus']],
    ['a status in capitals, with a month', 'CERTIFICATIONS\nEC-COUNCIL CEH\nEXAM BOOKED FOR MARCH 2027\nCISSP', ['cissp']],
    ['a line in capitals that opens with a name of its own', 'CERTIFICATIONS\nEC-COUNCIL CEH\nTISP EXAM SCHEDULED 2027', ['ceh']],
    // The next row of a dated table is another item, though its date cell opens with a status ("geplant 2027").
    [
      'a planned one on the next row of a dated table, in German',
      'Zertifikate\n\n2023                    Certified Kubernetes Security Specialist (CKS)\n2023                    Microsoft Certified: Azure AI Engineer Associate\ngeplant 2027            TeleTrusT Information Security Professional (T.I.S.P.)\n\nKenntnisse\n\nProgrammierung          Python (sehr gut), SQL, Bash\nHobbys                  Bouldern, Schach, Capture-the-Flag-Wettbewerbe im Freundeskreis',
      ['azure-ai-engineer', 'cks'],
    ],
    // A status cell that opens the next row ("in Vorbereitung", "en preparación") is that row's, not the line above's.
    [
      'a certification in preparation on the next row, after a bracket, in German (r66)',
      'Zertifikate\n\n2018               CompTIA Security+ (rezertifiziert 2024, gültig bis 2027)\nin Vorbereitung    IAPP AIGP (Prüfung geplant 02/2027)',
      ['security-plus'],
    ],
    [
      'a certification in preparation on the next row, in Spanish (r66)',
      'Certificaciones\n\n2018    CompTIA Security+ (renovada 2024)\nen preparación    CISSP',
      ['security-plus'],
    ],
    [
      'a certification in progress on the next row, tab-separated (r66)',
      'CERTIFICATIONS\n\n2018\tCompTIA Security+ (renewed 2024)\nin progress\tCISSP',
      ['security-plus'],
    ],
    [
      'a planned one on the next row of a dated table',
      'CERTIFICATIONS\n\n2023                    Microsoft Certified: Azure AI Engineer Associate\nplanned 2027            TeleTrusT Information Security Professional (T.I.S.P.)',
      ['azure-ai-engineer'],
    ],
    // A status inside a bracket after a comma is the bracket's certification's, in each language.
    ['a lapse in a bracket after a year, in a list', 'CERTIFICATIONS\nCISSP (2019), CISM (2017, lapsed), CCSP (planned)', ['cissp']],
    ['a lapse in a bracket after a year, in a list, in German', 'ZERTIFIKATE\nCISSP (2019), CISM (2017, abgelaufen), CCSP (geplant)', ['cissp']],
    ['a lapse in a bracket after a year, in a list, in French', 'CERTIFICATIONS\nCISSP (2019), CISM (2017, expirée), CCSP (prévue)', ['cissp']],
    ['a lapse in a bracket after a year, in a list, in Spanish', 'CERTIFICACIONES\nCISSP (2019), CISM (2017, caducada), CCSP (prevista)', ['cissp']],
    ['a target date', 'CERTIFICATIONS\nCISSP — ISC2 — 2019 — Active (CPE current)\nCCSP — ISC2 — target Q2 2027', ['cissp']],
    // An exam passed whose endorsement is still to come, in each language; the old name of the Associate of ISC2.
    ['a CISSP Associate', 'CERTIFICATIONS\nCISSP Associate (2024)\nCISA (2016)', ['cisa']],
    // A look-alike's name alone on the line under another certification is an item of its own, no status of that one.
    [
      'a look-alike under a wrapped name',
      'CERTIFICATIONS\nCertified Information Systems\nAuditor (CISA)\nAssociate of ISC2\n(CISSP passed, endorsement pending)',
      ['cisa'],
    ],
    ['a look-alike under a name', 'CERTIFICATIONS\nCompTIA Security+\nCISSP Associate', ['security-plus']],
    // CISA the US agency, beside another agency or as a training's provider, is no ISACA certificate.
    ['CISA the agency, beside the FBI', 'EXPERIENCE\nAnalyst  2020 – 2024\n- Shared indicators with CISA and the FBI.', []],
    ['CISA the agency, as a training provider', 'EXPERIENCE\nICS Analyst  2020 – 2024\n- Completed CISA ICS training (301L).', []],
    ['an endorsement submitted', 'CERTIFICATIONS\nCISSP: passed exam 09/2026, endorsement submitted\nCISA (2016)', ['cisa']],
    ['an approval awaited, in French', 'CERTIFICATIONS\nCISSP – approbation ISC2 en attente\nCISA (2016)', ['cisa']],
    ['a validation awaited, in French', 'CERTIFICATIONS\nCISSP (examen réussi, en attente de validation par ISC2)', []],
    ['an endorsement under way, in German', 'ZERTIFIKATE\nCISSP – Prüfung bestanden, Endorsement durch ISC2 läuft\nCISA (2016)', ['cisa']],
    // A status cut by the wrap after a word that never ends a line.
    ['a status wrapped after a preposition', 'CERTIFICATIONS\nCISSP (2021)\nCIPP/E – exam in\npreparation\n\nLANGUAGES\nDutch', ['cissp']],
    [
      'a renewal under a validity that ended',
      'CERTIFICATIONS\nCompTIA Security+\nSeptember 2020 to September 2026\nRenewed via CE; current through September 2029',
      ['security-plus'],
    ],
    ['no renewal under a validity that ended', 'CERTIFICATIONS\nCompTIA Security+\nMarch 2019 to March 2022\nNot renewed', []],
    [
      'a bare listing, and an expiry at another mention',
      'CERTIFICATIONS\nCISSP\nCertified Kubernetes Administrator (CKA)\n\nLicenses & Certifications\nCertified Kubernetes Administrator (CKA) - The Linux Foundation\nIssued Mar 2023 · Expired Mar 2026',
      ['cissp'],
    ],
    [
      'an expiry still to come, in French',
      'Licences et certifications\nCISSP\nISC2\nDélivrée en févr. 2021 · Expire en févr. 2027\nID de l’identifiant 781240',
      ['cissp'],
    ],
    ['a renewal that never came, in French', 'CERTIFICATIONS\nIAPP CIPP/E, 2021\nISACA CISA – obtenue en 2018, non renouvelée depuis 2022 (expirée)', ['cipp']],
    ['a lapse in Quebec French, its year on the next line', 'CERTIFICATIONS\nOSCP (2019)\nGIAC GCIH (2018 – échue\n  en 2022)', ['oscp']],
    [
      'a status of the next line that names a certification no longer listed',
      'CERTIFICACIONES\nGoogle Cloud Professional Machine Learning Engineer – 2023\nCertified Kubernetes Administrator (CKA) – en curso',
      ['gcp-ml-engineer'],
    ],
    ['a line under it that names another certification', 'CERTIFICATIONS\nCISSP (2019)\nCCSP exam booked for 2027', ['cissp']],
    ['a status a narrow sidebar wrapped onto the next line', 'CERTIFICATIONS\nCISSP (2021)\nCIPP/E – exam in\npreparation\n\nLANGUAGES', ['cissp']],
    [
      'a certification still studied for (r48)',
      'CERTIFICATIONS\nCompTIA Security+ (2022)\nOSCP — studying (PEN-200 course started Sept 2026)',
      ['security-plus'],
    ],
    ['a status of another certification after a pipe', 'CERTIFICATIONS\nOSCP (2022)   |   OSWE — studying', ['oscp']],
    [
      'a bracketed status of a later item after pipes',
      'CERTIFICATIONS\nCompTIA Security+ ce (active) | CompTIA Network+ | CCNA (expired 2019)',
      ['security-plus'],
    ],
    [
      'its own validity after pipes',
      'CERTIFICATIONS\nCertified Kubernetes Administrator (CKA) | The Linux Foundation | Mar 2021 to Mar 2024 (expired)\nCISSP',
      ['cissp'],
    ],
    ['a bracketed status of its own before a pipe', 'CERTIFICATIONS\nCISSP (expired 2019) | CompTIA Security+', ['security-plus']],
    [
      'an expiry date before asOf, in labelled records',
      'CERTIFICATIONS\nCertification: GIAC Certified Incident Handler (GCIH)\nIssued: 09/2022   Expires: 09/2026\n\nCertification: CompTIA Security+\nIssued: 03/2021   Expires: 03/2027',
      ['security-plus'],
    ],
    [
      'an expiry date before asOf, in a table of tab-separated cells',
      'CERTIFICATIONS\nName\tIssuer\tIssue Date\tExpiration Date\nCertified Kubernetes Administrator (CKA)\tCNCF\t02/2021\t02/2024\nCISSP\tISC2\t11/2024\t11/2027',
      ['cissp'],
    ],
    ['an expiry year before asOf', 'CERTIFICATIONS\nCISSP (valid until 2025)', []],
    ['an expiry year that is asOf’s own', 'CERTIFICATIONS\nCISSP (valid until 2026)', ['cissp']],
    ['an expiry date before asOf, in German', 'ZERTIFIKATE\nCISSP, gültig bis 03/2025', []],
    ['an expiry date before asOf, in French', "CERTIFICATIONS\nCISSP (date d'expiration : 03/2025)", []],
    ['an expiry date before asOf, in Spanish', 'CERTIFICACIONES\nCISSP – vigente hasta 03/2025', []],
    ['an expiry, in Québec French', 'CERTIFICATIONS\nGIAC GCIH (2018 – échue en 2022)\nOSCP (2019)', ['oscp']],
    [
      'an empty expiry field over an exam planned after asOf',
      'CERTIFICATIONS\nCertification: IAPP AIGP (Artificial Intelligence Governance Professional)\nIssued:    Expires: \nComments: studying, exam planned Q1 2027',
      [],
    ],
    [
      'a long line under it that opens with its dates (LinkedIn)',
      'Licenses & Certifications\nCertified Information Privacy Professional/Europe (CIPP/E) - IAPP\nIssued Mar 2018 · Expired Mar 2022 (lapsed, CPE not maintained)',
      [],
    ],
    [
      'an expiry under its issuer, with a long date word and an abbreviated month (LinkedIn, in Spanish)',
      'Licencias y certificaciones\nGIAC Certified Incident Handler (GCIH)\nGIAC Certifications\nExpedición: nov. 2021 · Vencimiento: nov. 2029\n\nCompTIA Security+ ce\nCompTIA\nExpedición: may. 2019 · Vencimiento: may. 2022\nMostrar credencial',
      ['gcih'],
    ],
    [
      'the dates of the certification above are no sentence running on',
      'Licenses & certifications\nGoogle Cloud Associate Cloud Engineer - Google Cloud\n  Issued Feb 2024 · Expires Feb 2027\nAWS Certified Machine Learning - Specialty - Amazon Web Services\n  Issued Apr 2021 · Expired Apr 2024',
      [],
    ],
    ['a line naming a certification a cue dropped is no issuer line', 'CERTIFICATIONS\nISC2 CISSP (2021)\nIAPP AIGP — exam scheduled\nDec 2026', ['cissp']],
    ['in force, in French', 'CERTIFICATIONS\n◦ ISACA CISA – Certified Information Systems Auditor (2015, en cours de validité)', ['cisa']],
    ['in progress, in French', 'CERTIFICATIONS\n◦ ISACA CISA (en cours)', []],
    ['not expired', 'CERTIFICATIONS\nCISSP (2019, not expired)', ['cissp']],
    [
      'a standing stated at one mention, beside a lapse at another of the same id',
      'CERTIFICATIONS\nIAPP CIPP/E – Certified Information Privacy Professional/Europe (2018; CPE current)\nIAPP CIPP/US (2017; lapsed 2021)',
      ['cipp'],
    ],
    ['a lapse at one mention outweighs a bare listing at another', 'CERTIFICATIONS\nIAPP CIPP/E (2018)\nIAPP CIPP/US (2017; lapsed 2021)', []],
    [
      'a status on the line above, in prose',
      'SUMMARY\nAnalyst. Currently learning Python. Preparing for the IAPP\nAIGP.\n\nCERTIFICATIONS\nCompTIA Security+ ce',
      ['security-plus'],
    ],
    ['a sentence above that ended, in prose', 'SUMMARY\nPreparing for the CISSP.\nAIGP holder since 2024.', ['aigp']],
    ['the item above in a certifications list', 'CERTIFICATIONS\nCCSP exam booked\nCISSP', ['cissp']],
    ['a status alone on the next line', 'CERTIFICATIONS\nOSCP\nJuly 2021 to Present\n\nAWS Certified Security - Specialty\nIn progress', ['oscp']],
    ['a status alone on the next line, in Spanish', 'CERTIFICACIONES\nOSCP\nAWS Certified Security - Specialty\nEn curso.', ['oscp']],
    ['a status alone on the next line, in German', 'ZERTIFIKATE\nOSCP\nAWS Certified Security - Specialty\nPrüfung geplant', ['oscp']],
    [
      'an expiry label, in French ("Expire" folds as "expiré")',
      'CERTIFICATIONS\nNom : GIAC GCIH | Délivrée : 03/2021 | Expire : 03/2029\nNom : CompTIA Security+ | Délivrée : 07/2018 | Expire : 07/2026',
      ['gcih'],
    ],
    [
      'an expiry label, in Spanish',
      'CERTIFICACIONES\nGIAC GCIH | Emitida: 03/2021 | Vence: 03/2029\nCompTIA Security+ | Emitida: 07/2018 | Caduca: 07/2026',
      ['gcih'],
    ],
    ['an expiry label, in German', 'ZERTIFIKATE\nGIAC GCIH | Ausgestellt: 03/2021 | Läuft ab: 03/2029\nCompTIA Security+ | Läuft ab: 07/2026', ['gcih']],
    ['training only', 'CERTIFICATIONS\n- OSCP | Issued: Nov 2019\n- CompTIA Security+ | training only (company bootcamp, 2019), exam not attempted', ['oscp']],
    ['training only, in German', 'ZERTIFIKATE\nOSCP (2019)\nCompTIA Security+ – nur Schulung, Prüfung nicht abgelegt', ['oscp']],
    ['training only, in French', 'CERTIFICATIONS\nOSCP (2019)\nCompTIA Security+ – formation uniquement, examen non passé', ['oscp']],
    ['a preparation course', 'CERTIFICATIONS\nOSCP (2019)\nCISSP training course (online), 2023\nCCSP bootcamp attended 2024', ['oscp']],
    ['a preparation course, in German', 'ZERTIFIKATE\nOSCP (2019)\nCISSP – Vorbereitungskurs besucht 2022', ['oscp']],
    ['a suspended certification', 'CERTIFICATIONS\nOSCP (2019)\nCISM (suspended for unreported CPE hours)', ['oscp']],
    ['a suspended certification, in Spanish', 'CERTIFICACIONES\nOSCP (2019)\nCISM (suspendida por falta de CPE)', ['oscp']],
    ['awaiting approval, in Spanish', 'CERTIFICACIONES\nOSCP (2019)\nCISM – examen aprobado, pendiente de aprobación de ISACA', ['oscp']],
    ['an endorsement awaited', 'CERTIFICATIONS\nOSCP (2019)\nCISSP – exam passed 2026, awaiting ISC2 endorsement', ['oscp']],
    // A sentence stop after a closed bracket ends the sentence too; a later sentence's name takes its cue, catalogued or not.
    [
      'a held one with a bracket, then a sentence preparing for another',
      'CERTIFICATIONS\nCompTIA Security+\n\nPROFILE\nCompTIA Security+ (recertified 2024). Preparing for GCIH this spring.',
      ['security-plus'],
    ],
    [
      'a held one, then a sentence studying for one the catalog lacks',
      'CERTIFICATIONS\nCISSP\n\nSUMMARY\nCISSP holder since 2018. Now studying for the GREM exam.',
      ['cissp'],
    ],
    [
      'a held one with a bracket, then working towards one the catalog lacks',
      'CERTIFICATIONS\nCompTIA Security+\n\nPROFILE\nSecurity+ (recertified 2024). Currently working towards GCFA as well.',
      ['security-plus'],
    ],
    ['a lapse in the next sentence with only an issuer in brackets', 'CERTIFICATIONS\nCISM (2015). Expired in 2021 (ISACA).', []],
    ['a lapse in the next sentence', 'CERTIFICATIONS\nCISM (2015). Expired in 2021.', []],
    [
      'an application awaiting approval',
      'CERTIFICATIONS\nCISA - Certified Information Systems Auditor (ISACA), 2016\nCISM - exam passed September 2026; application for certification submitted, awaiting ISACA approval',
      ['cisa'],
    ],
    ['a labelled line outside a certifications section is no form’s record', 'SKILLS\nCertifications: CISSP\nInterests: planning trips', ['cissp']],
    [
      'the fields of a form’s record under its name',
      'CERTIFICATIONS\nCertification: CompTIA Security+ ce\nIssued: 09/2024\nExpires: 09/2027\n\nCertification: Google Cloud Professional Machine Learning Engineer\nIssued:\nExpires:\nComments: Studying; exam planned for early 2027',
      ['security-plus'],
    ],
    [
      'a form’s record whose issuer comes first and whose later field plans the exam',
      'CERTIFICATIONS\nName: CompTIA Security+ ce\nIssuer: CompTIA\nIssued: 03/2023\n\nName: Certified Information Systems Security Professional (CISSP)\nIssuer: ISC2\nStatus: Planned — remark from the candidate: “exam slot reserved at the Pearson VUE test centre for November 2026”\n',
      ['security-plus'],
    ],
    [
      'a form’s record whose issuer comes first and that holds no date stays held',
      'CERTIFICATIONS\nName: Certified Information Systems Security Professional (CISSP)\nIssuer: ISC2\nNotes: planned by my employer for the whole team\n',
      ['cissp'],
    ],
  ])('certifications: %s', (_name, text, ids) => {
    expect(parseResume(text, { asOf }).certifications.map((c) => c.id)).toEqual(ids);
  });

  it.each([
    [
      'evidence prepared for certification audits',
      'BERUFSERFAHRUNG\nNetzwerkadministrator, Acme GmbH 2019-2022\n- Mitwirkung an Zertifizierungsaudits nach ISO 27001 (Nachweiserstellung).',
      'audit',
      true,
    ],
    // Preparing an audit for others is no audit work of one's own (older golds).
    ['certification audits prepared', 'BERUFSERFAHRUNG\nBeraterin, Acme GmbH 2019-2022\n- Vorbereitung von Zertifizierungsaudits für Kunden.', 'audit', false],
  ])('reads German audit compounds (%s)', (_name, text, id, want) => {
    expect(ids(text).includes(id)).toBe(want);
  });

  it.each([
    ['work under it', 'EXPERIENCE\nIT Risk Analyst, Banco Norte 2020-2023\n- Implemented the DORA ICT third-party register and resilience testing.', true],
    [
      'work under it, in German',
      'BERUFSERFAHRUNG\nIT-Risikomanagerin, Nordbank AG 2020-2023\n- Umsetzung der DORA-Anforderungen an das IKT-Risikomanagement.',
      true,
    ],
    ['a regulation listed among skills', 'SKILLS\nRegulation: GDPR, AI Act, DORA', false],
  ])('reads DORA as security compliance in work only (%s)', (_name, text, want) => {
    expect(ids(text).includes('security-compliance')).toBe(want);
  });

  it.each([
    [
      'attacker models tuned for it',
      'EXPERIENCE\nAI Red Team Lead, Acme 2019-2022\n- Fine-tuned attacker models with LoRA for automated jailbreak discovery.',
      false,
    ],
    ['adapters on attacker LLMs', 'EXPERIENCE\nAI Red Team Lead, Acme 2019-2022\n- Ran attacker LLMs adapted with QLoRA for automated red teaming.', false],
    ['playbooks built', 'EXPERIENCE\nSOC Engineer, Acme 2019-2022\n- Built automated phishing triage playbooks in Python.', true],
  ])('reads security automation from tooling, not from a model tuned to attack (%s)', (_name, text, want) => {
    expect(ids(text).includes('security-automation')).toBe(want);
  });

  it.each([
    ['an implant', 'EXPERIENCE\nRed Team Operator, Acme 2019-2022\n- Developed a lightweight C2 implant in Go for engagements.', true],
    ['a utility rewritten', 'EXPERIENCE\nPentester, Acme 2019-2022\n- Rewrote the credential-spraying utility in Go for speed.', true],
    ['the verb beside a scanner', 'EXPERIENCE\nPentester, Acme 2019-2022\n- Decided whether findings could go live with the scanner results.', false],
  ])('reads Go from offensive tooling written in it (%s)', (_name, text, go) => {
    expect(ids(text).includes('go')).toBe(go);
  });

  it.each([
    ['hosts at the OS level', 'EXPERIENCE\nSystems Administrator, Acme 2019-2022\n- Patched Linux servers and Oracle DB hosts at the OS level.', false],
    ['an OS-level remark in brackets', 'EXPERIENCE\nUnix Engineer, Acme 2016-2020\n- Kept the Oracle database servers (OS only) patched.', false],
    ['queries tuned on it', 'EXPERIENCE\nSystems Administrator, Acme 2019-2022\n- Tuned Oracle DB queries and stored procedures.', true],
  ])('reads SQL from an Oracle database only above the operating system (%s)', (_name, text, sql) => {
    expect(ids(text).includes('sql')).toBe(sql);
  });

  it('reads a status after a list separator as the next item’s', () => {
    expect(ids('SKILLS\nProgramming:  Python, Bash, Java; currently learning Go')).toEqual(['bash', 'java', 'python']);
    expect(
      ids(
        'PROFIL\nIch arbeite seit vielen Jahren in der IT-Sicherheit und entwickle Werkzeuge für die Analyse.\nKENNTNISSE\nProgrammierung\tPython (sehr gut), Java (gut), Bash; Go (in Einarbeitung)',
      ),
    ).toEqual(['bash', 'java', 'python']);
    expect(ids('SKILLS\nPython · Kubernetes (in progress)')).toEqual(['python']);
  });

  it('skips certifications that are not held yet', () => {
    const text = 'CERTIFICATIONS\nCISSP (in progress)\nAWS Certified Security – Specialty: exam scheduled January 2027';
    expect(parseResume(text, { asOf }).certifications).toEqual([]);
  });

  it.each([
    ['Active TS/SCI with Full-Scope Polygraph', 'ts-sci', true, true],
    ['TS/SCI with poly', 'ts-sci', undefined, true],
    ['Holds an active Secret clearance', 'secret', true, undefined],
    ['Public Trust (Moderate Risk Background Investigation), active', 'public-trust', true, undefined],
    ['SC (Security Check) – active, sponsored by DRI', 'secret', true, undefined],
    // The US Department of Energy's Q and L clearances stand level with Top Secret and Secret.
    ['Active DOE Q clearance (national laboratory), reinvestigated 2024', 'top-secret', true, undefined],
    ['DOE L clearance – active', 'secret', true, undefined],
    ['SC (Security Check) – active\nPreviously DV (Developed Vetting) 2016 – 2021; lapsed on leaving', 'secret', true, undefined],
    ['DoD SECRET - ACTIVE\nTS/SCI - held 2010-2015 while on active duty; inactive since separation', 'secret', true, undefined],
    ['SECRET del DoD - ACTIVA\nTS/SCI - obtenida en 2010-2015 durante el servicio activo; inactiva desde la baja', 'secret', true, undefined],
    ['Active Secret; lapsed TS/SCI', 'secret', true, undefined],
    ['Active SECRET (T5 reinvestigation completed 2023). Previously held TS/SCI 2015-2019 (USAF), inactive since separation.', 'secret', true, undefined],
    ['Secret – held 2020–2023 for federal clients;\n  inactive since March 2023.', undefined, undefined, undefined],
    ['Secret (niveau II) – détenue de 2020 à 2023 pour les clients fédéraux de\n  Northstar ; inactive depuis mars 2023.', undefined, undefined, undefined],
    ['Secret – active\n  Top Secret – lapsed in 2019', 'secret', true, undefined],
    // A higher level whose access is said not held now: the active lower one is held.
    ['Top Secret – active\n  Held TS/SCI 2009–2015 on active duty; SCI access not currently held.', 'top-secret', true, undefined],
    ['Top Secret – aktiv\n  TS/SCI 2009–2015 im aktiven Dienst; derzeit kein SCI-Zugang.', 'top-secret', true, undefined],
    ['Top Secret – active\n  TS/SCI de 2009 à 2015 pendant le service actif ; pas d’accès SCI actuellement.', 'top-secret', true, undefined],
    ['Top Secret – activa\n  TS/SCI entre 2009 y 2015 durante el servicio activo; actualmente sin acceso SCI.', 'top-secret', true, undefined],
    // A remark wrapped under its line in brackets speaks of the level above it.
    ['Projekte mit Sicherheitsüberprüfung Ü2\n  (mit dem Ausscheiden 12/2019 erloschen)', undefined, undefined, undefined],
    ['None currently active (former Public Trust, 2017-2019).', undefined, undefined, undefined],
    // Canada's Reliability Status is a screening, no clearance; eligibility for a level is none either. The UK's BPSS
    // stays the public-trust level job ads ask for (data/lexicon/en/clearances.json), but a résumé that holds it, a
    // pre-employment screening (`screenings`), holds no clearance.
    ['Government of Canada Reliability Status (granted 2023) | Eligible for Secret-level security screening', undefined, undefined, undefined],
    ['Cote de fiabilité du gouvernement du Canada (2023)', undefined, undefined, undefined],
    ['BPSS (Baseline Personnel Security Standard), 2022', undefined, undefined, undefined],
    ['BPSS – completed 2020\nSC (Security Check) – active', 'secret', true, undefined],
    // A level denied right before it is not held ("Not SC-cleared, but SC-eligible"); one denied after another is that one's.
    ['Vetting: BPSS-cleared through my employer. Not SC-cleared, but SC-eligible (British citizen).', undefined, undefined, undefined],
    ['No TS/SCI; active Secret clearance', 'secret', true, undefined],
    ['SC cleared (active), not DV', 'secret', true, undefined],
    ['Relocation: No  TS/SCI active', 'ts-sci', true, undefined],
    ['Habilitation Secret Défense active, pas de Très Secret', 'secret', true, undefined],
    // An investigation for a higher level still running leaves the level held the one held now.
    ['Habilitation de niveau Secret active ; enquête pour Très Secret en cours.', 'secret', true, undefined],
    ['Habilitación Secret activa; investigación para Top Secret en curso.', 'secret', true, undefined],
    ['Habilitación de seguridad Secret activa; investigación de seguridad en curso para Top Secret', 'secret', true, undefined],
    ['Habilitation Secret active ; enquête en cours pour le niveau Très Secret', 'secret', true, undefined],
    // A denial right after a level ("DV never held"); levels named as alternatives share a status ("sponsored for SC or DV").
    [
      'SC (Security Check) – held 2017–2022; lapsed Nov 2022.\nCurrent role: BPSS. DV never held; happy to be sponsored for SC or DV.',
      undefined,
      undefined,
      undefined,
    ],
    ['Willing to be sponsored for SC or DV', undefined, undefined, undefined],
    ['Secret – active; TS never granted', 'secret', true, undefined],
    // A clause after the level that speaks of SCI access is no eligibility for the level itself.
    ['Top Secret - active (Tier 5 investigation, adjudicated March 2022); SCI eligible, not\ncurrently indoctrinated.', 'top-secret', true, undefined],
    // A clearance that ended with the assignment it was granted for.
    ['Ü2 nach SÜG, 2020–2022 für den Behördeneinsatz; mit Ende des Einsatzes 03/2022 beendet', undefined, undefined, undefined],
    // A periodic review that ended speaks of the review: the clearance stays active; its own end still lapses it.
    ['Habilitation de sécurité : Secret (DoD) - active, réinvestigation périodique terminée en 2023', 'secret', true, undefined],
    ['Habilitation : Secret défense, réinvestigation terminée en 2019 ; habilitation terminée en 2021', undefined, undefined, undefined],
    // The sentence of a level on the line above ends before the next level's: its words are not the next one's status.
    [
      'Top Secret (adjudicated 2016) - INACTIVE since separation in June\n2021; eligible for reinstatement. Currently hold an active Public Trust (Tier 2\ninvestigation adjudicated March 2024).',
      'public-trust',
      true,
      undefined,
    ],
  ])('%s → %s', (line, level, active, polygraph) => {
    const c = parseResume(`SECURITY CLEARANCE\n${line}`, { asOf }).clearance;
    expect([c?.level, c?.active, c?.polygraph]).toEqual([level, active, polygraph]);
  });

  it.each([
    [
      'en',
      'EXPERIENCE\nAnalyst — Acme  2019 – 2024\n\nADDITIONAL INFORMATION\nClearance: Public Trust held 2019-2021 for a CMS contract; not active since I left.',
    ],
    ['en', 'EXPERIENCE\nAnalyst — Acme  2019 – 2024\n\nSUMMARY\nHeld a DoD Secret clearance as an intern in 2016; it has\nnot been active since.'],
    [
      'de',
      'BERUFSERFAHRUNG\nAnalystin — Acme GmbH  2019 – 2024\n\nWEITERE ANGABEN\nSicherheitsfreigabe: Secret (2019 – 2021) für ein Projekt, heute nicht aktiv.',
    ],
    [
      'fr',
      'EXPÉRIENCE\nAnalyste — Acme  2019 – 2024\n\nINFORMATIONS COMPLÉMENTAIRES\nHabilitation : Secret, obtenue en 2019 pour un client, aujourd’hui non active.',
    ],
    [
      'es',
      'EXPERIENCIA\nAnalista — Acme  2019 – 2024\n\nINFORMACIÓN ADICIONAL\nHabilitación de seguridad: Secret (2019 – 2021) para un cliente, hoy no activa.',
    ],
  ])('a clearance said not active is lapsed (%s)', (language, text) => {
    const p = parseResume(text, { asOf });
    expect([p.language, p.clearances.map((c) => c.status), p.clearance]).toEqual([language, ['lapsed'], null]);
  });

  it.each([
    ["EXPÉRIENCE\nAnalyste — Acme  2019 – 2024\n\nHABILITATION\nSecret (2022 – 2024), clôturée\nà la fin de l'alternance"],
    ['EXPÉRIENCE\nAnalyste — Acme  2019 – 2024\n\nINFORMATIONS COMPLÉMENTAIRES\nHabilitation Secret clôturée en 2023 à mon changement de poste.'],
  ])('a French clearance said "clôturée" is closed, so lapsed: %s', (text) => {
    const p = parseResume(text, { asOf });
    expect([p.language, [...new Set(p.clearances.map((c) => c.status))], p.clearance]).toEqual(['fr', ['lapsed'], null]);
  });

  it.each([
    [
      'en',
      'EXPERIENCE\nAnalyst  2020 – 2024\n- Monitored alerts.\n\nCLEARANCE\nHeld TS/SCI until 2020; currently Secret (active)',
      [
        ['ts-sci', 'lapsed'],
        ['secret', 'active'],
      ],
      'secret',
    ],
    ['en', 'EXPERIENCE\nAnalyst  2020 – 2024\n- Monitored alerts.\n\nCLEARANCE\nTS/SCI (until 2020)', [['ts-sci', 'lapsed']], null],
    ['en', 'EXPERIENCE\nAnalyst  2020 – 2024\n- Monitored alerts.\n\nCLEARANCE\nSecret, valid until 2028', [['secret', 'active']], 'secret'],
    [
      'de',
      'BERUFSERFAHRUNG\nAnalyst bei der Bundeswehr  2020 – 2024\n- Überwachung von Netzwerken und Auswertung von Alarmen für die Abteilung.\n\nSICHERHEITSÜBERPRÜFUNG\nÜ2, gültig bis 2028',
      [['secret', 'active']],
      'secret',
    ],
    [
      'de',
      'BERUFSERFAHRUNG\nAnalyst bei der Bundeswehr  2020 – 2024\n- Überwachung von Netzwerken und Auswertung von Alarmen für die Abteilung.\n\nSICHERHEITSÜBERPRÜFUNG\nÜ2 (bis 2020)',
      [['secret', 'lapsed']],
      null,
    ],
    [
      'fr',
      "EXPÉRIENCE PROFESSIONNELLE\nAnalyste SOC — Thales, Paris  2019 – 2024\n- Surveillance des alertes et réponse aux incidents pour le ministère.\n\nHABILITATION\nHabilitation Très Secret jusqu'à 2020 ; Secret (active)",
      [
        ['top-secret', 'lapsed'],
        ['secret', 'active'],
      ],
      'secret',
    ],
    [
      'es',
      'EXPERIENCIA\nAnalista SOC — Indra, Madrid  2019 – 2024\n- Supervisión de alertas y respuesta a incidentes para el ministerio.\n\nHABILITACIÓN DE SEGURIDAD\nHabilitación Secret (hasta 2021)',
      [['secret', 'lapsed']],
      null,
    ],
    [
      'es',
      'EXPERIENCIA\nAnalista SOC — Indra, Madrid  2019 – 2024\n- Supervisión de alertas y respuesta a incidentes para el ministerio.\n\nHABILITACIÓN DE SEGURIDAD\nHabilitación Secret, vigente hasta 2029',
      [['secret', 'active']],
      'secret',
    ],
  ])('a clearance held until a year: lapsed when the year has passed, not when it is to come (%s): %#', (language, text, clearances, level) => {
    const p = parseResume(text, { asOf });
    expect(p.language).toBe(language);
    expect(p.clearances.map((c) => [c.level, c.status])).toEqual(clearances);
    expect(p.clearance?.level ?? null).toBe(level);
  });

  it.each([
    // A bracket that holds the level is its own remark: the investigation only submitted makes it eligible.
    [
      'DANIEL OKAFOR\nActive DoD Secret Clearance (TS/SCI investigation submitted Aug 2026)\n\nSUMMARY\nML engineer.',
      [
        ['secret', 'active'],
        ['ts-sci', 'eligible'],
      ],
      'secret',
    ],
    // A line ending on a word over a line opening in capitals is no wrapped sentence: the status after the semicolon is its own.
    [
      'CLEARANCE\n  Active DoD SECRET - adjudicated 2021\n  TS/SCI w/ CI Polygraph - held 2017-2020 (Stratagem); inactive since Jan 2021, in scope for reinstatement\n  DHS Public Trust - 2016-2017, ended with contract',
      [
        ['secret', 'active'],
        ['ts-sci', 'lapsed'],
        ['public-trust', 'lapsed'],
      ],
      'secret',
    ],
    // "security check" is the UK level only written as a name or near a clearance word.
    ['EXPERIENCE\n- Write Python tooling that opens Jira tickets when a pipeline security check fails', [], null],
    ['EXPERIENCE\n- UK Security Check (SC) — granted 2017 for a government client; lapsed in 2021', [['secret', 'lapsed']], null],
  ] as const)('reads where a clearance stands from its own remark and line: %#', (text, clearances, level) => {
    const p = parseResume(text, { asOf });
    expect(p.clearances.map((c) => [c.level, c.status])).toEqual(clearances);
    expect(p.clearance?.level ?? null).toBe(level);
  });

  it('reads a former clearance as lapsed, in Spanish', () => {
    const text =
      'EXPERIENCIA\nAnalista SOC — Acme  2019 – actualidad\n- Análisis de alertas en el SIEM\n\nHABILITACIÓN DE SEGURIDAD\nNinguna activa actualmente (antigua Public Trust, 2017-2019).';
    const p = parseResume(text, { asOf });
    expect(p.clearances.map((c) => [c.level, c.status])).toEqual([['public-trust', 'lapsed']]);
    expect(p.clearance).toBeNull();
  });

  it.each([
    [
      'EXPERIENCE\nAnalyst — US Army  2014 – 2020\n- Held a Secret clearance for the duration of service.\n\nCLEARANCE\nSecret (inactive since separation in 2020)',
    ],
    [
      'BERUFSERFAHRUNG\nAnalyst — US Army  2014 – 2020\n- Inhaber einer Secret-Sicherheitsfreigabe.\n\nSicherheitsfreigabe: Secret (inaktiv seit dem Ausscheiden 2020)',
    ],
  ])('a level held without a status and said lapsed elsewhere is not held: %#', (text) => {
    const p = parseResume(text, { asOf });
    expect(p.clearances.map((c) => [c.level, c.status])).toEqual([
      ['secret', 'held'],
      ['secret', 'lapsed'],
    ]);
    expect(p.clearance).toBeNull();
  });

  it.each([
    ['EXPERIENCE\nAnalyst — Acme  2018 – 2022\n- Held an active TS/SCI clearance for this program.\n\nSECURITY CLEARANCE\nTS/SCI — inactive since 06/2022'],
    ['EXPERIENCIA\nAnalista — Acme  2018 – 2022\n- TS/SCI activa durante el programa.\n\nHABILITACIÓN DE SEGURIDAD\nTS/SCI — inactiva desde 06/2022'],
  ])('a level the clearance section says lapsed is not held, whatever a job says: %#', (text) => {
    expect(parseResume(text, { asOf }).clearance).toBeNull();
  });

  it('a level said active elsewhere stays held beside a lapsed mention', () => {
    const text = 'EXPERIENCE\nAnalyst — Acme  2014 – 2020\n- Secret clearance (lapsed 2015)\n\nCLEARANCE\nActive Secret clearance';
    expect(parseResume(text, { asOf }).clearance?.level).toBe('secret');
  });

  it('a higher level whose investigation is only initiated is not held: the active lower one is', () => {
    const text = 'Jane Doe\nActive DoD SECRET clearance (adjudicated 2020, reinvestigated 2025) · TS/SCI investigation initiated 2026\n';
    const p = parseResume(text, { asOf });
    expect(p.clearance?.level).toBe('secret');
    expect(p.clearances.map((c) => [c.level, c.status])).toEqual([
      ['secret', 'active'],
      ['ts-sci', 'eligible'],
    ]);
  });

  it.each([
    ['Master Mathématiques appliquées, Statistique (M1 + M2) – Université Claude Bernard Lyon 1', 'statistics'],
    ['B.S. Computer Science, Minor in Mathematics — University of Wisconsin–Madison', 'computer-science'],
  ])('the field of a degree named as a major and its track: “%s”', (line, field) => {
    expect(parseResume(`EDUCATION\n2017 – 2019   ${line}`, { asOf }).education[0]?.field).toBe(field);
  });

  it('the field after a degree’s name and abbreviation, as LinkedIn prints it, before a middle dot', () => {
    const text = 'EDUCATION\nUniversity of Waterloo\nBachelor of Mathematics - BMath, Statistics · (2012 - 2017)';
    expect(parseResume(text, { asOf }).education.map((e) => [e.level, e.field])).toEqual([['bachelor', 'statistics']]);
  });

  it('a bracket closed on a wrapped line is no list label: the negation after it speaks of nothing before', () => {
    const text =
      'EXPÉRIENCE PROFESSIONNELLE\n\nData Scientist | Mutuelle, Nantes | 07/2023 – à ce jour\n  - Classification des courriers (CamemBERT fine-tuné,\n    PyTorch / Hugging Face) : 62 % des flux routés sans intervention manuelle\n';
    expect(parseResume(text, { asOf }).skills.map((s) => s.id)).toContain('pytorch');
  });

  it('a lower level named as former inside the bracket of the active one keeps its own status', () => {
    const p = parseResume('Jane Doe\nClearance: Active TS/SCI (granted 2023; previously Secret, 2022)\n', { asOf });
    expect(p.clearances.map((c) => [c.level, c.status])).toEqual([
      ['ts-sci', 'active'],
      ['secret', 'lapsed'],
    ]);
    expect(p.clearance?.level).toBe('ts-sci');
  });

  it('a sentence wrapped onto the line of the next level speaks of that level', () => {
    const text =
      'CLEARANCE\nNZSIS-vetted SECRET — current (granted 2022, revalidation due 2027). Eligible to be sponsored for\nTOP SECRET vetting; not applied for.';
    const p = parseResume(text, { asOf });
    expect(p.clearances.map((c) => [c.level, c.status])).toEqual([
      ['secret', 'active'],
      ['top-secret', 'eligible'],
    ]);
    expect(p.clearance?.level).toBe('secret');
  });

  it('the words of a line cut after a function word speak of the level that opens the next line', () => {
    const text = 'CLEARANCE\nSECRET — current (granted 2022); eligible to be sponsored for\nTOP SECRET vetting';
    const p = parseResume(text, { asOf });
    expect(p.clearances.map((c) => [c.level, c.status])).toEqual([
      ['secret', 'active'],
      ['top-secret', 'eligible'],
    ]);
    expect(p.clearance?.level).toBe('secret');
  });

  it.each([
    ['Willing to travel and I hold a\nTOP SECRET clearance, active.', 'active'],
    ['I am eligible for a\nTOP SECRET clearance.', 'eligible'],
  ])('the line above a level cut after a function word is its sentence only when a status phrase ends it: %s', (text, status) => {
    expect(parseResume(`CLEARANCE\n${text}`, { asOf }).clearances.map((c) => [c.level, c.status])).toEqual([['top-secret', status]]);
  });

  it('a level sponsored for is not held; one sponsored by an employer is', () => {
    const nv = parseResume('CLEARANCE\nAGSVA Negative Vetting Level 1 (NV1) — active; sponsored for NV2', { asOf });
    expect([nv.clearance?.level, nv.clearances.map((c) => c.status)]).toEqual(['secret', ['active', 'active', 'eligible']]);
    const sc = parseResume('CLEARANCE\nSC — active (sponsored by Acme Ltd for central government work)', { asOf });
    expect(sc.clearances.map((c) => [c.level, c.status])).toEqual([['secret', 'active']]);
  });

  it.each([
    ['Sponsored for and granted TS/SCI by Acme (2019), active.', 'active'],
    ['Held an active TS/SCI; sponsored for the CI polygraph in 2018.', 'active'],
    ['Currently sponsored for TS/SCI by Acme.', 'eligible'],
    ['Eligible to be sponsored for TS/SCI.', 'eligible'],
  ])('"sponsored for" makes only the level it stands before eligible, unless the clause says it is held: %s', (line, status) => {
    expect(parseResume(`CLEARANCE\n${line}`, { asOf }).clearances.map((c) => [c.level, c.status])).toEqual([['ts-sci', status]]);
  });

  it('a status after a semicolon speaks of its own level when a bulleted line follows', () => {
    const text = 'CLEARANCE\n• DV (Developed Vetting) – held 2016–2020; lapsed on leaving\n• SC (Security Check) – active';
    expect(parseResume(text, { asOf }).clearances.map((c) => [c.evidence.text, c.status])).toEqual([
      ['DV', 'lapsed'],
      ['Developed Vetting', 'lapsed'],
      ['SC', 'active'],
      ['Security Check', 'active'],
    ]);
  });

  it('reads "Security vetting" as the clearance heading', () => {
    const p = parseResume('SECURITY VETTING\nBPSS (2021) · SC — active · DV — lapsed on leaving government service', { asOf });
    expect([p.clearance?.level, p.clearance?.evidence.section]).toEqual(['secret', 'clearance']);
  });

  it('reads a level spelled out in brackets as one clearance with one status', () => {
    const { clearances } = parseResume('CLEARANCE\nUK Security Check (SC), 2021–2024 — lapsed when I left', { asOf });
    expect(clearances.map((c) => [c.evidence.text, c.status])).toEqual([
      ['Security Check', 'lapsed'],
      ['SC', 'lapsed'],
    ]);
  });

  it.each([
    ['Held Public Trust position on a federal contract (investigation closed out when I left in 2019)'],
    ['Public-Trust-Position in einem Bundesauftrag (Überprüfung mit meinem Ausscheiden 2019 abgeschlossen)'],
    ['Poste soumis à une habilitation Public Trust sur un contrat fédéral (enquête close à mon départ en 2019)'],
    ['Puesto con habilitación Public Trust en un contrato federal (investigación cerrada al dejar la empresa en 2019)'],
  ])('a clearance that ended when its holder left: “%s”', (line) => {
    const p = parseResume(`EXPERIENCE\nHelp Desk Technician — Acme  2016 – 2019\n- ${line}`, { asOf });
    expect(p.clearances.map((c) => [c.level, c.status])).toEqual([['public-trust', 'lapsed']]);
    expect(p.clearance).toBeNull();
  });

  it.each([['U.S. citizen, eligible for a security clearance'], ['Must be able to obtain a Secret clearance'], ['Rotated secrets in Vault']])(
    'no clearance in “%s”',
    (line) => {
      expect(parseResume(`SUMMARY\n${line}`, { asOf }).clearance).toBeNull();
    },
  );
});

describe('messy input', () => {
  it('returns a sparse profile with warnings, never throws', () => {
    const p = parseResume('', { asOf });
    expect(p.skills).toEqual([]);
    expect(p.warnings.map((w) => w.code)).toContain('EMPTY_INPUT');
  });

  it('throws typed errors for caller mistakes', () => {
    expect(() => parseResume(42 as never)).toThrow(expect.objectContaining({ code: 'E_INVALID_INPUT' }));
    expect(() => parseResume('x', { asOf: 'yesterday' })).toThrow(expect.objectContaining({ code: 'E_INVALID_OPTIONS' }));
    expect(() => parseResume('x'.repeat(11), { maxLength: 10 })).toThrow(expect.objectContaining({ code: 'E_INPUT_TOO_LARGE' }));
    expect(parseResume('x'.repeat(10), { maxLength: 10, asOf }).text).toBe('x'.repeat(10));
  });
});

describe('what a German or French CV offers and what it looks for', () => {
  it.each([['Ich biete\nPython, Docker\n\nIch suche\nRust, Mentoring'], ["Ce que j'apporte\nPython, Docker\n\nCe que je recherche\nRust, Mentoring"]])(
    '%s',
    (text) => {
      expect(ids(text).sort()).toEqual(['docker', 'python']);
    },
  );
});

describe('the topics of policies written are no work in them (r87)', () => {
  it.each([
    ['- Wrote the group security policy and 9 topic policies (access management, backup, remote work).', 'EXPERIENCE\nConsultant, Acme  2020 – 2024\n'],
    ['• Erstellung von 9 Themenrichtlinien (Zugriffsmanagement, Datensicherung, Homeoffice)', 'BERUFSERFAHRUNG\n01/2020 – 12/2024  Beraterin, Acme GmbH\n'],
    ['• Rédaction de 9 politiques thématiques (gestion des accès, sauvegarde, télétravail)', 'EXPÉRIENCE\n2020 – 2024  Consultante, Acme SA\n'],
    ['• Redacción de 9 políticas temáticas (gestión de accesos, copias de seguridad, teletrabajo)', 'EXPERIENCIA\n2020 – 2024  Consultora, Acme SL\n'],
  ])('%s', (line, head) => {
    expect(ids(`${head}${line}`)).not.toContain('identity-access-management');
  });
});

describe('a course only begun, a wish to move into a field (r87)', () => {
  it.each([
    ['WEITERBILDUNG\nseit 2026  „Kubernetes für Einsteiger“ (Online-Kurs, gerade begonnen)', 'kubernetes'],
    ['TRAINING\n2026  “Kubernetes for Beginners” (Udemy, just started)', 'kubernetes'],
    ['FORMATION\n2026  « Kubernetes pour débutants » (Coursera, commencé)', 'kubernetes'],
    ['FORMACIÓN\n2026  «Kubernetes para principiantes» (Udemy, recién empezado)', 'kubernetes'],
    ['PROFIL\nBackend-Entwickler. Langfristig möchte ich in die Cloud Security wechseln.', 'cloud-security'],
  ])('%s', (text, absent) => {
    expect(ids(text)).not.toContain(absent);
  });
  it('keeps a skill the person began using at work', () => {
    expect(ids('BERUFSERFAHRUNG\n01/2020 – heute  Entwickler, Acme GmbH\n• 2021 mit Python begonnen, heute Hauptsprache im Team')).toContain('python');
  });
});

describe('a course taken names what was taught, not work (convention 7; r147, r153, r43, r9, r68)', () => {
  const work = 'EXPERIENCE\nData Scientist, Acme\n2020 - 2024\n- Built churn models in Python\n\n';
  const arbeit = 'BERUFSERFAHRUNG\nData Scientist, Acme GmbH, 2020 - 2024\n- Modelle in Python entwickelt\n\n';
  it.each([
    [`${work}COURSES\n"LangChain for LLM Application Development" (DeepLearning.AI short course, 2024)\n`, 'llm-applications'],
    [`${work}COURSES\nLLM Application Development with LangChain (free online course, 2024)\n`, 'llm-applications'],
    [
      `EXPERIENCIA\nCientífica de datos, Acme, 2020 - 2024\n- Modelos en Python\n\nCURSOS\n"LangChain for LLM Application Development" (curso corto de DeepLearning.AI, 2024)\n`,
      'llm-applications',
    ],
    [
      `EXPERIENCE\nSecurity Analyst, Acme\n2020 - 2024\n- Triage alerts in Splunk, Python scripts\n\nEDUCATION\nM.S. Artificial Intelligence (in progress)\nCourses completed: Machine Learning, Deep Learning\n`,
      'machine-learning',
    ],
    [
      `${arbeit}WEITERBILDUNG\n\nseit 09/2026             Online-Kurs „LLM-Anwendungen mit LangChain und RAG" (DeepLearning.AI),\n                         läuft noch\n`,
      'llm-applications',
    ],
    [`${arbeit}ZERTIFIKATE\nWeiterbildung: Fine-Tuning von Large Language Models (Online-Kurs, seit 09/2026)\n`, 'llm-applications'],
    [`${arbeit}INTERESSEN\nGroße Sprachmodelle – besuche gerade einen Abendkurs zu\nLangChain und RAG; Klettern, Chor\n`, 'llm-applications'],
  ])('%s', (text, absent) => {
    const got = ids(text);
    expect(got).toContain('python');
    expect(got).not.toContain(absent);
  });
  it('keeps the skills of the work the course sits beside', () => {
    expect(ids(`${work}- Shipped a RAG assistant with LangChain\n\nCOURSES\nPrompt Engineering (DeepLearning.AI short course, 2024)\n`)).toContain(
      'llm-applications',
    );
  });
});

describe('a skills table row still being learned (German)', () => {
  it('drops "Go | derzeit im Selbststudium"', () => {
    const text =
      'KENNTNISSE\nBereich      | Werkzeuge               | Niveau\nSkripting    | Python, Bash            | gut\nGo           | derzeit im Selbststudium | –';
    expect(ids(text)).toContain('python');
    expect(ids(text)).not.toContain('go');
  });
});

describe("someone else's work is not the person's", () => {
  it.each([
    // r87: models another team builds, in the passive or with the object first, and the tools in brackets after it.
    ['- The scoring models are developed by the analytics teams (XGBoost, PyTorch); I review their documentation.', ['machine-learning', 'pytorch']],
    ['- Modelle werden vom Data-Science-Team entwickelt (PyTorch, XGBoost); ich prüfe die Dokumentation.', ['machine-learning', 'pytorch']],
    ["- Les modèles sont développés par l'équipe data (PyTorch, XGBoost) ; je relis leur documentation.", ['machine-learning', 'pytorch']],
    ['- Los modelos los desarrolla el equipo de datos (PyTorch, XGBoost); reviso su documentación.', ['machine-learning', 'pytorch']],
    // r87: reading others' pentest reports is no pentest.
    ['- Evaluated third-party penetration test reports for the annual audit.', ['penetration-testing']],
    ['- Sichtung der Pentest-Berichte externer Anbieter für die Jahresprüfung.', ['penetration-testing']],
    ["- Analyse des rapports de tests d'intrusion des prestataires.", ['penetration-testing']],
    ['- Revisión de los informes de pruebas de penetración de los proveedores.', ['penetration-testing']],
    // r87: what an officer owns, in a relative clause after the person's link to them.
    ['- Point of contact for the Data Protection Officer, who runs every DPIA.', ['privacy']],
    ['- Ansprechpartnerin des Datenschutzbeauftragten, der die DSFA erstellt.', ['privacy']],
    ['- Interlocutrice du DPO, qui rédige les AIPD.', ['privacy']],
    ['- Enlace con el DPD, que elabora las EIPD.', ['privacy']],

    ['- Defined the guardrail requirements the ML platform team implemented (input/output classifiers, PII redaction).', ['mlops', 'machine-learning']],
    ['- Risk acceptance of AI findings; the testing itself is done by the red team, I own the risk decision record.', ['penetration-testing']],
    ['- Model deployment (KServe) is done by the ML platform team; I own the Kyverno admission policies.', ['ml-deployment']],
    ['- Not a tester; I worked alongside the red team, not in it.', ['penetration-testing']],
    ['- Kubernetes (our platform team runs the clusters).', ['kubernetes']],
    ['- Übergabe der trainierten Modelle an das MLOps-Team – Deployment, Model-Registry und Drift-Monitoring liegen dort.', ['mlops', 'model-monitoring']],
    ['- El despliegue de modelos (KServe) lo realiza el equipo de plataforma de ML.', ['ml-deployment']],
    ['- Mentoring von Junior Engineers; Zusammenarbeit mit der Informationssicherheit bei den jährlichen Penetrationstests', ['penetration-testing']],
    ["- Collabore avec l'équipe de sécurité de l'information lors des tests d'intrusion des agents conversationnels", ['penetration-testing']],
    ['- Colaboro con el equipo de ciberseguridad durante las pruebas de penetración anuales', ['penetration-testing']],
    ["- Correction des vulnérabilités relevées lors des tests d'intrusion externes annuels.", ['penetration-testing', 'vulnerability-management']],
    // An external SOC provider is another party: its name gives the person no security monitoring.
    ['- Koordination von Sicherheitsvorfällen mit dem externen SOC-Dienstleister, Planung von Notfallübungen', ['security-monitoring']],
    ['- Coordination des incidents de sécurité avec le prestataire SOC externe, exercices de crise', ['security-monitoring']],
    ['- Coordinación de incidentes de seguridad con el proveedor de SOC externo, simulacros de crisis', ['security-monitoring']],
  ])('%s', (line, absent) => {
    const found = ids(`EXPERIENCE\nEngineer, Acme  2020 – 2024\n${line}`);
    for (const id of absent) expect(found).not.toContain(id);
  });
  it.each([
    ['EXPERIENCE\n2020 – 2023  Visiting Researcher, Helvetia Institute for Trustworthy AI, Zürich\n- Built PyTorch models.', 'responsible-ai'],
    ['EXPERIENCE\nPostdoc — Center for Responsible AI, NYU (2021 – 2023)\n- Trained models in PyTorch.', 'responsible-ai'],
    ["EXPERIENCE\n2024 – 2026  Research Scientist, Fondazione Bruno Kessler per l'Informatica\n- Trained PyTorch classifiers.", 'data-engineering'],
    [
      'BERUFSERFAHRUNG\n2019 – 2023  Wissenschaftlicher Mitarbeiter, Lehrstuhl für Maschinelles Lernen, TU München\n- Betreuung von Übungen.',
      'machine-learning',
    ],
    ["EXPÉRIENCE\n2020 – 2023  Chercheuse, Institut pour l'IA Responsable, Paris\n- Enseignement de statistiques.", 'responsible-ai'],
  ])('drops a skill that only names the field of a body the person works at: %s', (text, absent) => {
    expect(ids(text)).not.toContain(absent);
  });
  it('keeps a skill named beside a body, outside its name', () => {
    expect(ids('EXPERIENCE\n2020 – 2023  Researcher, Institute for Ethics, Oxford\n- Led responsible AI reviews of credit models.')).toContain(
      'responsible-ai',
    );
  });
  const deFill = '\n• Betrieb und Pflege der Systeme für die Abteilung und die Dokumentation der Abläufe.';
  const esFill = '\n- Control de los inventarios y de los procesos de la empresa en los centros del norte.';
  const frFill = '\n- Gestion des stocks et des processus de la société dans les entrepôts du nord.';
  it.each([
    [
      'EXPERIENCE\n2023 – 2026  Assistant Professor, Northgate University\nDirect the Robust & Secure Learning group (4 Ph.D. students, 2 M.S. students).',
      true,
    ],
    ['EXPERIENCE\n2023 – 2026  Associate Professor, Northgate University\n- Head a research group of 6 (PhD students and postdocs).', true],
    ['EXPERIENCE\n2020 – 2024  Principal, Acme\n- Directed a group of 8 analysts across two sites.', true],
    ['EXPERIENCE\n2020 – 2024  Red Team Operator, Acme\n- Plan and run red team exercises against the bank, 3–4 a year.', false],
    [`BERUFSERFAHRUNG\n06/2011 – 07/2019  Intelligence Analyst, U.S. Army\n• Leitung einer Analysezelle mit 6 Soldaten.${deFill}`, true],
    [`BERUFSERFAHRUNG\n06/2011 – 07/2019  Zugführer, Bundeswehr\n• Führte einen Zug mit 30 Soldatinnen und Soldaten.${deFill}`, true],
    [`BERUFSERFAHRUNG\n2015 – 2019  Leiterin, Acme GmbH\n• Leitete eine Gruppe aus 4 Analystinnen und 2 Entwicklern.${deFill}`, true],
    [`BERUFSERFAHRUNG\n2015 – 2019  Analyst, Acme GmbH\n• Leitung der IR bei eskalierten Fällen: Host-Triage, Eindämmung.${deFill}`, false],
    [`EXPERIENCIA\n2021 - 2024  Coordinadora, Distribuidora SA\n- Tengo a mi cargo un equipo de 6 personas (supervisores y auxiliares).${esFill}`, true],
    [`EXPERIENCIA\n2021 - 2024  Jefa, Distribuidora SA\n- Equipo de 4 personas a mi cargo.${esFill}`, true],
    [`EXPERIENCIA\n2021 - 2024  Jefe de soporte, Distribuidora SA\n- Supervisé a 8 técnicos de soporte.${esFill}`, true],
    [`EXPÉRIENCE\n2021 - 2024  Responsable SOC, Acme\n- À la tête d'une équipe de 4 analystes.${frFill}`, true],
    [`EXPÉRIENCE\n2021 - 2024  Responsable SOC, Acme\n- Supervision de 3 techniciens réseau.${frFill}`, true],
    [`EXPÉRIENCE\n2021 - 2024  Analyste, Acme\n- Encadrement de 2 stagiaires en sécurité par session.${frFill}`, false],
  ])('reads people led, in each language: %s', (text, led) => {
    expect(ids(text).includes('team-leadership')).toBe(led);
  });
  it.each([
    [`EXPERIENCIA\n2021 - 2024  Coordinadora, Distribuidora SA\n- Coordinación diaria con compras, ventas, proveedores y dirección general.${esFill}`, true],
    [`EXPERIENCIA\n2021 - 2024  Jefa, Distribuidora SA\n- Coordino con las áreas de ventas y finanzas la planificación de la demanda.${esFill}`, true],
    [`EXPERIENCIA\n2021 - 2024  Jefa, Distribuidora SA\n- Coordinación de la operación de dos centros de distribución.${esFill}`, false],
    [`EXPÉRIENCE\n2021 - 2024  Responsable logistique, Acme\n- Coordination quotidienne avec les achats, les ventes et la direction.${frFill}`, true],
    [`BERUFSERFAHRUNG\n2021 - 2024  Logistikleiterin, Acme GmbH\n• Tägliche Abstimmung mit Einkauf, Vertrieb und Geschäftsführung.${deFill}`, true],
    ['EXPERIENCE\n2021 - 2024  Logistics Coordinator, Acme\n- Daily coordination with purchasing, sales, suppliers and senior management.', true],
    ['EXPERIENCE\n2021 - 2024  Logistics Coordinator, Acme\n- Coordinated the shipment schedule with the warehouse crew.', false],
  ])('reads coordination with other departments as stakeholder communication: %s', (text, has) => {
    expect(ids(text).includes('stakeholder-communication')).toBe(has);
  });
  it.each([
    [
      'EXPERIENCE\nIT Audit Senior, Acme  2016 – 2021\n- Tested SOC 2 controls; reviewed firewall rule-base change tickets and vulnerability scan remediation evidence.',
      ['network-security', 'vulnerability-management'],
      [],
    ],
    ['EXPERIENCE\nIT Auditor, Acme  2016 – 2021\n- Sampled firewall change tickets and VPN access records for the SOX audit.', ['network-security'], ['audit']],
    [
      'EXPERIENCE\nIT Auditor, Acme  2016 – 2021\n- Review of patching and vulnerability scan evidence for 40 in-scope servers.',
      ['vulnerability-management'],
      ['audit'],
    ],
    ['EXPERIENCE\nNetwork Engineer, Acme  2016 – 2021\n- Reviewed change tickets and built the firewall rule base for the new DMZ.', [], ['network-security']],
    [
      `EXPERIENCIA\nAuditora de TI, Acme  julio de 2016 - marzo de 2021\n- Revisión de tickets de cambios en reglas de firewall y de evidencias de remediación de escaneos de vulnerabilidades.${esFill}`,
      ['network-security', 'vulnerability-management'],
      [],
    ],
    [
      `EXPÉRIENCE\nAuditrice IT, Acme  2016 - 2021\n- Revue des tickets de modification des règles de firewall et des preuves de correction des scans.${frFill}`,
      ['network-security'],
      [],
    ],
    [
      `BERUFSERFAHRUNG\nIT-Prüferin, Acme GmbH  2016 - 2021\n• Prüfung der Nachweise zu Firewall-Regeländerungen und zur Behebung von Schwachstellenscans.${deFill}`,
      ['network-security'],
      [],
    ],
  ])('reads the controls a review of evidence is of as assessed, no work: %s', (text, absent, present) => {
    const found = ids(text);
    for (const id of absent) expect(found).not.toContain(id);
    for (const id of present) expect(found).toContain(id);
  });
  it.each([
    [
      'EXPERIENCE\nGRC Analyst, Acme  2019 – 2024\n- Collect screenshots of Splunk log-retention settings and firewall rule review sign-offs from IT as\n   audit evidence.',
      ['security-monitoring', 'network-security'],
      [],
    ],
    [
      `EXPÉRIENCE\nAnalyste GRC, Acme  2019 - 2024\n- Collecte, comme preuves d'audit, de captures d'écran des paramètres Splunk\n   et des validations de revue des règles de pare-feu.${frFill}`,
      ['security-monitoring', 'network-security'],
      [],
    ],
    [
      `EXPERIENCIA\nAnalista GRC, Acme  2019 - 2024\n- Recopilo como evidencias de auditoría las capturas de la retención de Splunk y de las reglas de firewall.${esFill}`,
      ['security-monitoring', 'network-security'],
      [],
    ],
    // What the person built before the gathering stays theirs; without a verb of gathering, "as evidence" alone says nothing.
    [
      'EXPERIENCE\nGRC Analyst, Acme  2019 – 2024\n- Wrote Python scripts that collect firewall rule exports as audit evidence.',
      ['network-security'],
      ['python'],
    ],
    ['EXPERIENCE\nSecurity Engineer, Acme  2019 – 2024\n- Hardened the firewall rules, kept as audit evidence.', [], ['network-security']],
  ])('reads what is gathered as evidence as assessed, no work: %s', (text, absent, present) => {
    const found = ids(text);
    for (const id of absent) expect(found).not.toContain(id);
    for (const id of present) expect(found).toContain(id);
  });
  it.each([
    [
      `EXPÉRIENCE\nData Scientist, Maison Vernet  2022 - 2026\n• Déploiement des modèles sur Vertex AI avec l'équipe MLOps, requêtes BigQuery (SQL)${frFill}`,
      'mlops',
      false,
    ],
    [`EXPÉRIENCE\nDéveloppeuse, Acme  2022 - 2026\n• Intégration des correctifs avec les équipes DevSecOps et suivi des tickets.${frFill}`, 'devsecops', false],
    [`EXPÉRIENCE\nIngénieure ML, Acme  2022 - 2026\n• Mise en place de pipelines MLflow avec l'équipe data pour le suivi des modèles.${frFill}`, 'mlops', true],
  ])("reads a skill in the name of a team worked with (French: l'équipe MLOps) as the team's: %s", (text, id, has) => {
    expect(ids(text).includes(id)).toBe(has);
  });
  it.each([
    ['EXPERIENCE\nPrivacy Counsel, Fintra  2020 – 2023\n• Records of processing, DSAR process, GDPR audits by the CNIL (no sanctions).', 'audit', false],
    ['EXPERIENCE\nPrivacy Counsel, Fintra  2020 – 2023\n• Coordinated the annual penetration tests by an external firm.', 'penetration-testing', false],
    ['EXPERIENCE\nIT Auditor, Fintra  2020 – 2023\n• Led ITGC audits for the bank; findings were reviewed by the regulator.', 'audit', true],
    [`EXPÉRIENCE\nJuriste, Fintra  2020 – 2023\n• Registre des traitements, audits RGPD par la CNIL (sans sanction).${frFill}`, 'audit', false],
    [
      `BERUFSERFAHRUNG\nJuristin, Fintra GmbH  2020 – 2023\n• Koordination der jährlichen Penetrationstests durch einen externen Dienstleister.${deFill}`,
      'penetration-testing',
      false,
    ],
    [
      `EXPERIENCIA\nAbogada, Fintra  2020 – 2023\n• Registro de actividades de tratamiento; auditorías del RGPD por la AEPD sin sanciones.${esFill}`,
      'audit',
      false,
    ],
  ])('reads work done on the person by a regulator or an outside firm as theirs, no evidence: %s', (text, id, has) => {
    expect(ids(text).includes(id)).toBe(has);
  });
  it('drops a skill that only names the team a piece of work was for', () => {
    expect(ids('EXPERIENCE\nData Analyst, Acme  2020 – 2024\n- Built SQL cost dashboards for the MLOps team.')).toEqual(['sql']);
  });
  it.each([
    ['EXPERIENCE\nDirector, Acme  2020 – 2024\n- Lead a team of four (two AI risk analysts, a privacy counsel, a paralegal).', ['team-leadership']],
    ['EXPERIENCE\nDirector, Acme  2020 – 2024\n- Lead a team of 4 (a privacy counsel, a paralegal); GDPR advice.', ['privacy', 'team-leadership']],
    ['ERFAHRUNG\nLeiterin, Acme  2020 – 2024\n- Führung eines Teams von vier (zwei Analysten, ein Datenschutzbeauftragter).', ['team-leadership']],
    ['EXPERIENCE\nDirector, Acme  2020 – 2024\n- Built and lead the security team (7 people: AppSec, cloud, privacy).', ['team-leadership']],
  ])('drops a skill that only names a role of a team the person leads: %s', (text, want) => {
    expect(ids(text)).toEqual(want);
  });
  it.each([
    // Active Directory as the target of intrusion tests, a wrapped bracket away (r48): no IAM.
    ["- Tests d'intrusion applicatifs (web, API, mobile) et internes (Active\n  Directory) pour des clients banque.", 'identity-access-management', false],
    // Reviewing evidence against a regulator's guidelines is no policy writing, in Spanish too (r48).
    ['- Revisión de evidencias frente a las MAS Technology Risk Management Guidelines.', 'policy-development', false],
    // Penetration tests coordinated and run by a vendor are no pentest of one's own, in Spanish too (r48).
    ['- Definición del alcance y coordinación de pruebas de penetración de terceros.', 'penetration-testing', false],
    // A service of one's own that scans and quarantines, in German and Spanish security work (r48).
    [
      '- Entwicklung eines Go-Dienstes, der Pickle- und Safetensors-Artefakte beim Upload scannt (ModelScan).\n- STRIDE-Bedrohungsmodellierung mit dem Security-Team',
      'security-automation',
      true,
    ],
    [
      '- Desarrollé un servicio en Go que analiza los artefactos pickle al subirlos (ModelScan).\n- Modelado de amenazas STRIDE con el equipo de seguridad',
      'security-automation',
      true,
    ],
    // French application pentests are application security and penetration testing (r48).
    ["- Tests d'intrusion applicatifs (web, API, mobile) pour des clients banque.", 'application-security', true],
    ["- Tests d'intrusion applicatifs (web, API, mobile) pour des clients banque.", 'penetration-testing', true],
    ['- Pentesting web y de API de las plataformas.', 'penetration-testing', true],
    // "the team's" with no team named is the person's own team; another team named is someone else's (r48).
    ["- Mentor two junior ML engineers; code reviews for the team's Python.", 'python', true],
    ["- Security reviews for the ML team's Terraform modules.", 'terraform', false],
    // dbt models are SQL (r48).
    ['- Built the Airflow/dbt pipelines that feed the feature store.', 'sql', true],
    // A title after a possessive is someone else's.
    ["- Write the post-incident reports for the client's Director of Security.", 'team-leadership', false],
    // Containment of phishing cases is incident response.
    ['- Triage alerts, write KQL hunting queries, and lead containment on phishing and account-compromise cases.', 'incident-response', true],
  ] as const)('%s → %s: %s', (line, id, present) => {
    expect(ids(`EXPERIENCE\nSecurity Analyst, Acme  2020 – 2024\n${line}`).includes(id)).toBe(present);
  });
  it("drops a skill named inside an employer's name, after its first word", () => {
    const text = 'EXPERIENCE\nKinneret Cloud, Haifa — Application Security Engineer   Jan 2020 – May 2023\n- Semgrep gates in GitLab CI.';
    expect(ids(text)).not.toContain('cloud-security');
    expect(ids('EXPERIENCE\nAcme, Haifa — Cloud Security Engineer   Jan 2020 – May 2023\n- Semgrep gates in GitLab CI.')).toContain('cloud-security');
  });
  it('reads SOC 2 examinations as audit work', () => {
    expect(ids('EXPERIENCE\nSenior Associate, Acme  2015 – 2019\n- SOC 2 Type II examinations for SaaS clients')).toEqual(['audit', 'security-compliance']);
  });
  it('reads a German certification preparation as no evidence only where it opens an item, even indented under a dates column', () => {
    const de = (l: string) =>
      parseResume(`ERFAHRUNG\nseit 04/2022          Beraterin\n                      Acme GmbH, München\n                      – ${l}\n`, {
        asOf,
        language: 'de',
      }).skills.map((s) => s.id);
    expect(de('Leitung interner Audits und Zertifizierungsvorbereitung nach ISO/IEC 27001 und TISAX')).toEqual(['audit', 'security-compliance']);
    expect(de('Zertifizierungsvorbereitung Kubernetes (CKA)')).toEqual([]);
  });
  it('keeps a German preparation for a law or an audit, drops one for an exam', () => {
    expect(
      ids('ERFAHRUNG\nBeraterin, Acme  2020 – 2024\n- Leitung der Vorbereitung auf den EU AI Act sowie des Zertifizierungsprojekts nach ISO/IEC 42001'),
    ).toEqual(['ai-regulation', 'ai-risk-management']);
    expect(ids('ERFAHRUNG\nBeraterin, Acme  2020 – 2024\n- Python-Skripte; Vorbereitung auf die CKA-Prüfung (Kubernetes)')).toEqual(['python']);
  });
  it.each([
    ['EXPERIENCIA\nIngeniero, Acme  2020 – 2024\n- Corresponsable, junto con el equipo de MLOps, del clúster de entrenamiento de Kubeflow en EKS.'],
    ['EXPERIENCE\nEngineer, Acme  2020 – 2024\n- Co-owned, alongside the MLOps team, the Kubeflow training cluster on EKS.'],
  ])('ends the reach of a cue set off by commas at its closing comma: %s', (text) => {
    expect(ids(text)).toEqual(['aws', 'kubernetes', 'mlops']);
  });
  it('keeps the reach of a cue in a list of names', () => {
    expect(ids('EXPERIENCE\nAnalyst, Acme  2020 – 2024\n- Built SQL reports for finance, preparing for CKA, docker next.')).toEqual(['sql']);
    expect(ids('EXPERIENCIA\nIngeniero, Acme  2020 – 2024\n- Informes SQL junto al equipo de MLOps que despliega con Kubeflow.')).toEqual(['sql']);
  });
  it("keeps what the person did beside another team's work", () => {
    expect(ids('EXPERIENCE\nEngineer, Acme  2020 – 2024\n- Packaged the ranking models in Docker; the MLOps team deploys them.')).toContain('docker');
  });
});

describe("skills round r28/r29: others' work, learning, audited objects, narrower aliases", () => {
  it.each([
    ['- Model validation and bias testing are carried out by the Model Risk Management team, not by my function.', ['responsible-ai']],
    ['- Modellvalidierung und Bias-Tests werden vom Team Model Risk Management durchgeführt, nicht von meinem Bereich.', ['responsible-ai']],
    ['- Worked alongside the CISO on the ISO 27001 recertification (legal and contractual controls).', ['security-compliance']],
    ['- I am working through the OWASP Top 10 for LLM Applications in my own time.', ['llm-security']],
    ['- Have done Kubernetes only through internal training, no project exposure.', ['kubernetes', 'mentoring']],
    ["- Exposure to the bank's MLflow platform through control reviews of model promotion.", ['mlops']],
    ['- Python scripts that produce policy-drift reports for the CISO office.', ['model-monitoring', 'stakeholder-communication']],
    ['- Audits against ISO 27001 and PCI DSS: access management, change management and network controls.', ['identity-access-management']],
    ['- Reviewed AWS IAM policies and S3/KMS configurations.', ['cryptography']],
    ['- Built a GenAI policy-document Q&A assistant with RAG.', ['policy-development']],
    ['- Threat-modeled the training pipeline with the product security team.', ['application-security']],
  ])('%s', (line, absent) => {
    const found = ids(`EXPERIENCE\nEngineer, Acme  2020 – 2024\n${line}`);
    for (const id of absent) expect(found).not.toContain(id);
  });

  it('drops what an auditor audited and keeps the audit', () => {
    const found = ids(
      'EXPERIENCE\nIT Auditor, Acme  2015 – 2019\n- Audited the vulnerability-management programme and the Security Operations Centre (rated "needs improvement").',
    );
    expect(found).toContain('audit');
    expect(found).not.toContain('vulnerability-management');
    expect(found).not.toContain('security-monitoring');
  });

  it.each([
    ['EXPÉRIENCE\nAuditrice IT, Acme  2015 – 2019\n- Audité le programme de gestion des vulnérabilités et le centre des opérations de sécurité (SOC).'],
    ['EXPERIENCIA\nAuditora TI, Acme  2015 – 2019\n- Audité el programa de gestión de vulnerabilidades y el centro de operaciones de seguridad (SOC).'],
    ['BERUFSERFAHRUNG\n2015 – 2019  IT-Auditorin, Acme\n- Auditierte das Schwachstellenmanagement-Programm und das Security Operations Center (SOC).'],
  ])('drops what an auditor audited in French, Spanish and German: %s', (text) => {
    expect(ids(text)).toEqual(['audit']);
  });

  it.each([
    ['EXPERIENCIA\nIngeniero, Acme  2020 – 2024\n- Kubernetes solo a través de formación interna, sin proyectos.'],
    ['BERUFSERFAHRUNG\n2020 – 2024  Ingenieur, Acme\n- Kubernetes nur durch interne Schulungen, keine Projekterfahrung.'],
  ])('reads a skill known only through internal training as not held: %s', (text) => {
    expect(ids(text)).not.toContain('kubernetes');
  });

  it('keeps KMS with key-management context, and reads PDPA and MAS FEAT', () => {
    expect(ids('EXPERIENCE\nEngineer, Acme  2020 – 2024\n- Designed the KMS key hierarchy and key policies.')).toContain('cryptography');
    expect(ids('SKILLS\nPDPA · MAS FEAT')).toEqual(expect.arrayContaining(['privacy', 'ai-regulation']));
  });

  it('reads a Python service that checks or blocks in security work as security automation, and as Python', () => {
    const line = '- Built a Python service that checks model provenance and blocks the promotion of unsigned models.';
    const sec = ids(`EXPERIENCE\nSenior Security Engineer, Acme  2020 – 2024\n${line}`);
    expect(sec).toEqual(expect.arrayContaining(['security-automation', 'python']));
    const other = ids(`EXPERIENCE\nData Analyst, Acme  2020 – 2024\n- Built a Python service that checks orders.`);
    expect(other).toContain('python');
    expect(other).not.toContain('security-automation');
  });
});

describe('a certificate names its topic, not work done', () => {
  it.each([
    ['CERTIFICATIONS\nAWS Certified Cloud Practitioner (2022)', 'aws'],
    ['CERTIFICATIONS\nGoogle Cloud Associate Cloud Engineer (2023)', 'gcp'],
    ['CERTIFICATIONS\nGoogle Cloud Professional Cloud Security Engineer — valid to 2027', 'cloud-security'],
    ['ZERTIFIKATE\nMicrosoft Certified: Azure Fundamentals (2021)', 'azure'],
    ['CERTIFICACIONES\neJPT (eLearnSecurity Junior Penetration Tester) – 2020', 'penetration-testing'],
  ])('%s gives no %s', (text, id) => {
    const found = ids(`EXPERIENCE\nData Analyst, Acme  2020 – 2024\n- Built SQL reports.\n\n${text}`);
    expect(found).not.toContain(id);
    expect(found).toEqual(['sql']);
  });
  it('gives no skill inside a certificate name without a certificate word', () => {
    expect(ids('CERTIFICATIONS\nGoogle Cloud Professional Machine Learning Engineer     01/2025      01/2027')).toEqual([]);
  });
  it('keeps the skill that a certifications line names without a certificate word', () => {
    expect(ids('CERTIFICATIONS\nKubernetes security workshop, 2023 (two days of hands-on labs)')).toEqual(['kubernetes']);
  });
});

describe("exposure to another's system", () => {
  it('is no work on it', () => {
    expect(ids("EXPERIENCE\nAuditor, Acme  2020 – 2024\n- Exposure to the bank's MLflow platform through control reviews.")).not.toContain('mlops');
  });
  it('leaves a list of skills after "exposure to"', () => {
    expect(ids('EXPERIENCE\nEngineer, Acme  2020 – 2024\n- Exposure to Kubernetes and Terraform.')).toEqual(['kubernetes', 'terraform']);
  });
});

describe('a gap label or self-study names no work', () => {
  it.each([
    ['SKILLS\nBuilding: Python, SQL\nNot my thing (yet): Kubernetes, model training.', ['python', 'sql']],
    ['EXPERIENCE\nSabbatical  09/2021 – 02/2022\nTravel and self-study (fast.ai "Practical Deep Learning for Coders"); not employed.', []],
    ['BERUFSERFAHRUNG\nSabbatical  09/2021 – 02/2022\nReisen und Selbststudium (fast.ai „Practical Deep Learning for Coders“).', []],
    ['EXPÉRIENCE\nAnnée sabbatique  09/2021 – 02/2022\nVoyages et autoformation (fast.ai « Practical Deep Learning for Coders »).', []],
    ['EXPERIENCIA\nAño sabático  09/2021 – 02/2022\nViajes y formación autodidacta (fast.ai «Practical Deep Learning for Coders»).', []],
  ])('%s', (text, want) => {
    expect(ids(text)).toEqual(want);
  });
});

describe('"I don\'t train models myself"', () => {
  it.each([
    ["I don't train models myself – the data scientists do.", 'machine-learning'],
    ["I haven't trained models in production.", 'machine-learning'],
  ])('%s', (line, id) => {
    expect(ids(`SUMMARY\n${line}`)).not.toContain(id);
  });
  it('keeps "I train models"', () => {
    expect(ids('SUMMARY\nI train models for fraud detection.')).toContain('machine-learning');
  });
  it('Active Directory password resets at a help desk are no identity and access management', () => {
    expect(ids('EXPERIENCE\nIT Support, Acme  2018 – 2019\n- Desktop support, Active Directory password resets, laptop imaging.')).toEqual([]);
  });
});

describe('a skills label with its level on the next line', () => {
  it.each([
    ["COMPÉTENCES\nFine-tuning LLM, PyTorch :\nen cours d'apprentissage\n(formation interne)"],
    ['SKILLS\nFine-tuning LLMs, PyTorch:\ncurrently learning'],
  ])('%s gives nothing', (text) => {
    expect(ids(text)).toEqual([]);
  });
});

describe('a data pipeline secured is no data engineering', () => {
  it.each([
    '- Data ingestion integrity: dataset hashing, schema checks and a poisoning check before any training run.',
    '- Built PII redaction in front of the training-data lake.',
    '- Threat models for the fine-tuning data pipeline.',
  ])('%s', (line) => {
    expect(ids(`EXPERIENCE\nML Platform Security Engineer, Acme  2020 – 2024\n${line}`)).not.toContain('data-engineering');
  });
  it('keeps a data pipeline built', () => {
    expect(ids('EXPERIENCE\nData Engineer, Acme  2020 – 2024\n- Built the data pipeline and the data lake on S3.')).toContain('data-engineering');
  });
});

describe('a skill known from training only', () => {
  it.each([['AWS (training only, no hands-on\nexperience)'], ['AWS (no hands-on experience)'], ['AWS (courses only)']])('%j', (item) => {
    expect(ids(`SKILLS\nAzure (hands-on)\n${item}`)).toEqual(['azure']);
  });
  it.each([
    ['de', 'KENNTNISSE', 'AWS (nur Schulung)'],
    ['fr', 'COMPÉTENCES', 'AWS (formation uniquement)'],
    ['es', 'HABILIDADES', 'AWS (solo formación)'],
    ['de', 'KENNTNISSE', 'AWS: bisher\nkeine Projekterfahrung'],
  ] as const)('%s: %j', (language, heading, item) => {
    expect(parseResume(`${heading}\nAzure\n${item}`, { asOf, language }).skills.map((s) => s.id)).toEqual(['azure']);
  });
});

describe('a postal address in the header', () => {
  it('gives no skill from a street name after a "Home:" label', () => {
    expect(ids('Ana Silva\nHome: Rua Morais Soares 112, 1900-343 Lisboa (Portugal)\n\nEXPERIENCE\n- Audits.')).not.toContain('security-automation');
  });
});

describe("a skill word inside a company's name", () => {
  it.each([
    ['07.2023 – today\tAI Security Engineer, Norvik Cloud GmbH, Berlin', 'cloud-security'],
    ['2019 – 2021  Developer, Kestrel Python Ltd, Leeds', 'python'],
  ])('%s gives no %s', (header, id) => {
    expect(ids(`EXPERIENCE\n${header}\n- Threat models for LLM features.`)).not.toContain(id);
  });
  it('keeps the skill before a word that is no legal form', () => {
    expect(ids('EXPERIENCE\n2019 – 2021  Developer, Acme, Leeds\n- Python AG-grid dashboards for traders.')).toContain('python');
  });
});

describe('"not on my plate"', () => {
  it('drops what the person says is not theirs', () => {
    expect(
      ids('EXPERIENCE\nAI Red Teamer, Acme  2020 – 2024\n▪ Not on my plate: classical adversarial ML (evasion/poisoning) — our ML research group owns that.'),
    ).not.toContain('adversarial-ml');
  });
});

describe('a row of what the person lacks', () => {
  it('reads "Not my background:" and "Gaps I am working on:" as gap labels', () => {
    expect(ids('SKILLS\nPython\nNot my background:  building LLM applications (RAG pipelines, fine-tuning)')).toEqual(['python']);
    const summary = 'SUMMARY\nGaps I am working on: Kubernetes and LLM security - no hands-on prompt-injection\ntesting yet.';
    expect(ids(summary)).toEqual([]);
  });
  it('reads the lines indented to the value of a gap row as that row', () => {
    const text = 'SKILLS\nSystems       Linux, Docker\nGaps          no Kubernetes or cloud\n              MLOps experience\nLanguages     Python';
    expect(ids(text)).toEqual(['docker', 'linux', 'python']);
    expect(ids('SKILLS\nGaps          Kubernetes\nMLOps (Kubeflow)')).toEqual(['mlops']);
  });
  it.each([
    ['en', 'SUMMARY\nPython and Burp Suite.\n\nNext goal: LLM red teaming and prompt-injection testing of chatbots.', ['python']],
    ['de', 'PROFIL\nPython und Burp Suite.\n\nNächstes Ziel: LLM-Red-Teaming und Prompt-Injection-Tests von Chatbots.', ['python']],
    ['fr', "PROFIL\nPython et Burp Suite.\n\nProchain objectif : red teaming LLM et tests d'injection de prompt sur des chatbots.", ['python']],
    ['es', 'PERFIL\nPython y Burp Suite.\n\nPróximo objetivo: red teaming de LLM y pruebas de inyección de prompts en chatbots.', ['python']],
  ])('%s: reads "Next goal:" as a gap label', (_, text, want) => {
    expect(ids(text).filter((id) => id !== 'penetration-testing')).toEqual(want);
  });
  it.each([
    [
      'SKILLS\nMachine learning, LLMs, Generative AI, AI red teaming, model deployment',
      ['llm-applications', 'llm-security', 'machine-learning', 'ml-deployment'],
    ],
    ['SKILLS\nAdversarial machine learning, Python', ['adversarial-ml', 'python']],
    ['SKILLS\nMachine learning red teaming, LLM jailbreaks', ['llm-security']],
  ] as const)('reads each item of a skills list in its own context: %s', (text, want) => {
    expect(ids(text)).toEqual(want);
  });

  it('reads "I have not shipped anything with LLMs yet" as no evidence of the LLMs', () => {
    expect(ids('SKILLS\nPython\nInterested in evaluation; I have not shipped anything with LLMs yet.')).toEqual(['python']);
  });
  it('reads a gap label with nothing after its colon as the heading of the lines under it', () => {
    expect(ids('SKILLS\nSQL\nCurrently learning:\nPython\nCERTIFICATIONS\nCISA, 2018')).toEqual(['sql']);
  });
  it('reads "learning:" that ends a field\'s name ("Machine learning:", "Deep learning:") as no gap label (r38)', () => {
    expect(ids('SKILLS\nMachine Learning: PyTorch, TensorFlow\nCloud: AWS')).toEqual(['aws', 'deep-learning', 'machine-learning', 'pytorch', 'tensorflow']);
    expect(ids('SKILLS\nPython\nLearning: PyTorch')).toEqual(['python']);
  });
  it('reads "Learning:" as a gap label only where a label starts, not as the last word of "Machine Learning:"', () => {
    expect(ids('SKILLS\nPython\nLearning: Rust\nIch lerne: Java\nGo; learning: Scala')).toEqual(['go', 'python']);
    expect(ids('SKILLS\nMachine Learning: PyTorch, scikit-learn\nDeep Learning: Keras')).toEqual([
      'deep-learning',
      'machine-learning',
      'python',
      'pytorch',
      'tensorflow',
    ]);
    const work = 'EXPERIENCE\nML Engineer | Acme | 2020 - 2023\n- Built the MLOps stack on Azure Machine Learning: MLflow model registry, model serving';
    expect(ids(work)).toEqual(['azure', 'machine-learning', 'ml-deployment', 'mlops']);
  });
  it('reads a row label whose bracket is a gap label ("Weiterbildung (laufend)") as a gap row', () => {
    expect(ids('KENNTNISSE\nProgrammierung\tPython\nWeiterbildung (laufend)\tKubernetes-Sicherheit, Vorbereitung auf die CKS-Prüfung')).toEqual(['python']);
    expect(ids('SKILLS\nLanguages     Python\nTraining (in progress)     Kubernetes')).toEqual(['python']);
    expect(ids('SKILLS\nLanguages     Python\nTraining (2023)     Kubernetes')).toEqual(['kubernetes', 'python']);
  });
});

describe('a heading of what the person has not done, a word in brackets inside it (r73)', () => {
  it.each([
    ['en', 'SKILLS\nPython\n\nWHAT I HAVE NOT (YET) DONE\n- Production work with Terraform or Azure\n- ISO 27001 audits'],
    ['de', 'KENNTNISSE\nPython\n\nWAS ICH (NOCH) NICHT GEMACHT HABE\n- Produktivbetrieb mit Terraform oder Azure\n- ISO-27001-Audits'],
    ['de', 'KENNTNISSE\nPython\n\nWas ich (bisher) nicht kann\n- Terraform, Azure\n- ISO-27001-Audits'],
    ['fr', "COMPÉTENCES\nPython\n\nCE QUE JE N'AI (JAMAIS) FAIT\n- Terraform ou Azure en production\n- Audits ISO 27001"],
    ['fr', 'COMPÉTENCES\nPython\n\nCe que je ne maîtrise pas (encore)\n- Terraform, Azure\n- Audits ISO 27001'],
    ['es', 'COMPETENCIAS\nPython\n\nLO QUE (AÚN) NO HE HECHO\n- Terraform o Azure en producción\n- Auditorías ISO 27001'],
    ['es', 'COMPETENCIAS\nPython\n\nLo que todavía no domino\n- Terraform, Azure\n- Auditorías ISO 27001'],
  ])('%s: %s', (_, text) => {
    expect(ids(text)).toEqual(['python']);
  });
  it('keeps a bracket that ends a heading a remark, and a bracketed word elsewhere no gap', () => {
    expect(ids('SKILLS\nPython\n\nGAPS (honest)\n- Terraform')).toEqual(['python']);
    expect(ids('SKILLS\nPython\n\nTOOLS (CLOUD) AND PLATFORMS\n- Terraform')).toEqual(['python', 'terraform']);
  });
});

describe('a venue named in a publication', () => {
  it('gives no skill of its name', () => {
    const text = 'PUBLICATIONS\nA. Author. "Certified Defenses." IEEE Symposium on Security and Privacy, 2021.';
    expect(ids(text)).not.toContain('privacy');
  });
});

describe('programming languages under a LANGUAGES heading', () => {
  it('reads a line that lists two skills or more', () => {
    expect(ids('LANGUAGES\nPython, Bash, JavaScript,\nTypeScript')).toEqual(['bash', 'javascript', 'python', 'typescript']);
  });
  it('reads no skill among spoken languages', () => {
    expect(ids('LANGUAGES\nEnglish (C1), German (native), Go-getter attitude')).toEqual([]);
  });
  it('ends a languages line at an inline "Tools:" label', () => {
    expect(ids('Languages: English (fluent), German (C1)\n\nTools: Nessus, Wireshark')).toEqual(['network-security', 'vulnerability-management']);
  });
});

describe('"arbeite mich gerade ein"', () => {
  it.each([
    ['Interessen              Sicherheit von LLM-Anwendungen (arbeite mich gerade ein), Rennrad'],
    ['KENNTNISSE\nIch arbeite mich gerade in Kubernetes ein.'],
  ])('%s gives nothing', (text) => {
    expect(ids(text)).toEqual([]);
  });
});

describe('ML platforms as what security work tests (r19)', () => {
  it.each([
    ['- Evasion tests with custom harnesses, poisoning scenarios for the continuous-training pipeline.', 'mlops'],
    ['- Threat modeling (STRIDE + attack trees) for every new model-serving surface.', 'ml-deployment'],
    ['- Pruebas ofensivas de modelos en producción: inferencia de pertenencia y extracción de modelos.', 'ml-deployment'],
    ['- Dirijo las evaluaciones de arquitectura de seguridad de la plataforma de ML.', 'mlops'],
  ])('%s ↛ %s', (line, id) => {
    expect(ids(`EXPERIENCE\nSecurity Engineer, Acme  2020 – 2024\n${line}`)).not.toContain(id);
  });
  it('keeps a training pipeline built', () => {
    expect(ids('EXPERIENCE\nML Engineer, Acme  2020 – 2024\n- Built the continuous training pipeline on Kubeflow.')).toContain('mlops');
  });
});

describe('automated patching is IT operations, not security automation, in each language', () => {
  it.each<[string, string, boolean]>([
    ['EXPERIENCE\nSecurity Engineer, Acme  2020 – 2024\n- Automated patch deployment across the server fleet.', 'en', false],
    ['EXPERIENCIA\nIngeniero de seguridad, Acme  2020 – 2024\n- Despliegue automático de parches en la flota de servidores.', 'es', false],
    ['EXPÉRIENCE\nIngénieur sécurité, Acme  2020 – 2024\n- Déploiement automatisé des correctifs sur le parc de serveurs.', 'fr', false],
    ['ERFAHRUNG\nSicherheitsingenieur, Acme  2020 – 2024\n- Patch-Verteilung für die Serverflotte automatisiert.', 'de', false],
    ['EXPERIENCE\nSecurity Engineer, Acme  2020 – 2024\n- Built automated alert triage in the SOC.', 'en', true],
    ['EXPERIENCIA\nIngeniero de seguridad, Acme  2020 – 2024\n- Triaje automático de alertas en el SOC.', 'es', true],
    ['EXPÉRIENCE\nIngénieur sécurité, Acme  2020 – 2024\n- Tri automatisé des alertes du SOC.', 'fr', true],
  ])('%s (%s)', (text, _lang, has) => {
    expect(ids(text).includes('security-automation')).toBe(has);
  });
});

describe('a translation reads as its original (r18, r19)', () => {
  it.each([
    ["- Conduite des revues d'équité et de biais des modèles de scoring crédit.", 'responsible-ai', true],
    ['- Scans Trivy des images ; tri des CVE et pilotage des correctifs.', 'vulnerability-management', true],
    ["- Détecteur isolation forest sur les journaux d'audit du registre.", 'audit', false],
    ['- Report quarterly to the executive board.', 'stakeholder-communication', true],
    ['- Mentor de cuatro ingenieros; informo mensualmente al equipo del CISO.', 'stakeholder-communication', true],
    [
      '- Dirijo las evaluaciones de arquitectura de seguridad de la plataforma de entrenamiento de ML, el feature store y la flota de inferencia: más de 30 revisiones hasta la fecha.',
      'mlops',
      false,
    ],
    ['- Sicherheitsarchitektur-Reviews und Bedrohungsmodelle für die Daten- und ML-Plattform.', 'mlops', false],
    // CVEs tracked in the components a team ships are vulnerability management, in each language.
    ['- Tracked CVEs in the open-source components of the Linux build and drove fixes with suppliers.', 'vulnerability-management', true],
    ['- Verfolgung von CVEs in den Open-Source-Komponenten des Linux-Builds.', 'vulnerability-management', true],
    ['- Suivi des CVE des composants open source de la distribution Linux.', 'vulnerability-management', true],
    ['- Seguimiento de CVE en los componentes de código abierto de la distribución Linux.', 'vulnerability-management', true],
    // AUTOSAR Classic is written in C: "in C on AUTOSAR" names the language, in each language.
    ['- Developed body control module firmware in C on AUTOSAR Classic.', 'c-cpp', true],
    ['- Entwicklung von Firmware für Karosseriesteuergeräte (Body Control Modules) in C auf AUTOSAR Classic.', 'c-cpp', true],
    ["- Développement du firmware des calculateurs d'habitacle en C sous AUTOSAR Classic.", 'c-cpp', true],
    ['- Desarrollo de firmware para módulos de control de carrocería (BCM) en C sobre AUTOSAR Classic.', 'c-cpp', true],
  ])('%s → %s: %s', (line, id, found) => {
    expect(ids(`EXPERIENCE\nSecurity Engineer, Acme  2020 – 2024\n${line}`).includes(id)).toBe(found);
  });
});

describe('r40 readings in four languages', () => {
  it.each([
    // A written policy on the (secure, responsible) use of AI is AI governance.
    ["- Rédaction de la politique d'usage sécurisé de l'IA générative du groupe.", 'ai-governance', true],
    ['- Redacción de la política de uso seguro de la IA generativa del grupo.', 'ai-governance', true],
    ['- Verfasst: Richtlinie zur sicheren Nutzung generativer KI im Konzern.', 'ai-governance', true],
    ["- Wrote the group's generative AI use policy.", 'ai-governance', true],
    // IAM policies in a cloud, as Spanish and French order the words, are cloud security and that cloud.
    ['- Revisión de políticas de IAM en AWS: mínimo privilegio.', 'cloud-security', true],
    ['- Revisión de políticas de IAM en AWS: mínimo privilegio.', 'aws', true],
    ["- Revue de l'IAM d'AWS : moindre privilège.", 'cloud-security', true],
    // "Build" a test suite is the verb, no CI build: the suite of attacks is no pipeline automation.
    ['- Build adversarial test suites in Python and PyTorch against the traffic-sign detectors.', 'security-automation', false],
    ['- Security regression test suites run in the CI pipeline on every merge.', 'security-automation', true],
    // A German compound of firewall rules is network security, as "firewall rules" is.
    ['- Spezifikation der Gateway-Firewallregeln und der Domänensegmentierung.', 'network-security', true],
  ])('%s → %s: %s', (line, id, found) => {
    expect(ids(`EXPERIENCE\nSecurity Engineer, Acme  2020 – 2024\n${line}`).includes(id)).toBe(found);
  });
});

describe("a degree's specialisation in machine learning names what was studied (fr, es, de as en)", () => {
  it.each([
    ['FORMATION\nMaster of Science en informatique, spécialisation apprentissage automatique — Georgia Tech — en cours', false],
    ['FORMACIÓN\nMaestría en Ciencias de la Computación, especialidad en aprendizaje automático — Georgia Tech — en curso', false],
    ['AUSBILDUNG\nMaster of Science in Informatik, Schwerpunkt maschinelles Lernen — Georgia Tech — laufend', false],
    ['EDUCATION\nM.S. Computer Science (Machine Learning specialization) — Georgia Tech — in progress', false],
    ["EXPÉRIENCE\nData Scientist, Acme  2020 – 2024\n- Projets d'apprentissage automatique pour la détection de fraude.", true],
  ])('%s → %s', (text, found) => {
    expect(ids(text).includes('machine-learning')).toBe(found);
  });
});

describe('r17 readings', () => {
  it.each([
    ['- Added drift alarms (input statistics and confidence shift) to the fielded trackers.', 'model-monitoring'],
    ['- A label-flip / poisoning anomaly check before any training run.', 'adversarial-ml'],
    ['- Trained 8 new L1 analysts.', 'mentoring'],
    ['- Handled client calls during P1 incidents.', 'stakeholder-communication'],
  ])('%s → %s', (line, id) => {
    expect(ids(`EXPERIENCE\nEngineer, Acme  2020 – 2024\n${line}`)).toContain(id);
  });
});

describe('r37 readings', () => {
  it.each([
    ['- Deploy credit-risk and fraud models as SageMaker real-time endpoints.', 'ml-deployment', true],
    // An IaC scanner in a pipeline scans infrastructure code: the person works with it.
    ['- Added Checkov as a blocking gate in the GitHub Actions pipelines.', 'terraform', true],
    ['- Dependency gates block critical CVEs from merging.', 'vulnerability-management', false],
    ['- Led the legal workstream of two personal-data breach responses.', 'incident-response', false],
    ['- Built the AI governance framework: AI system register, AI policy, a review gate.', 'policy-development', true],
    ['- Monitor compliance of deployed AI systems with the AI policy.', 'policy-development', false],
    ["- Independent audits of AI systems against ISO/IEC 42001 and the client's own AI policy.", 'policy-development', false],
    ['- Desktop and account support; PowerShell scripts for Active Directory onboarding.', 'identity-access-management', false],
    ['- Support für 600 Anwender; PowerShell-Skripte für das Onboarding in Active Directory.', 'identity-access-management', false],
    ["- Scripts PowerShell pour l'intégration des nouveaux arrivants dans Active Directory.", 'identity-access-management', false],
    ['- Scripts de PowerShell para las altas en Active Directory.', 'identity-access-management', false],
  ])('%s → %s: %s', (line, id, found) => {
    expect(ids(`EXPERIENCE\nEngineer, Acme  2020 – 2024\n${line}`).includes(id)).toBe(found);
  });
  it.each([
    ['SUMMARY\nNo production work with LLMs yet - I am exploring LangChain and RAG in my own time.', 'llm-applications'],
    ['SUMMARY\nCurrently teaching myself Python (Coursera).', 'python'],
    ['KENNTNISSE\nDerzeit in Weiterbildung: Kubernetes, LangChain', 'kubernetes'],
  ])('%s ↛ %s (learning)', (text, id) => {
    expect(ids(text)).not.toContain(id);
  });
});

describe('a platform named is its cloud, not MLOps', () => {
  it('SageMaker is AWS', () => {
    expect(ids('SKILLS\nCloud: SageMaker')).toEqual(['aws']);
  });
  it('mentoring in Spanish verbs', () => {
    expect(ids('EXPERIENCIA\nJefe, Acme  2020 – 2024\n* Mentorizo a los ingenieros que se pasan a la seguridad de IA.')).toContain('mentoring');
    expect(ids('EXPERIENCIA\nAnalista SOC, Acme  2020 – 2024\n- Formación y acompañamiento de los analistas N1 de nueva incorporación')).toContain('mentoring');
  });
});

describe('"no … experience yet"', () => {
  it('drops AWS in "No cloud SOC experience yet (Sentinel / AWS)"', () => {
    expect(ids('SUMMARY\nTier 2 SOC analyst (Splunk ES). No cloud SOC experience yet (Sentinel / AWS) - working through SC-200.')).not.toContain('aws');
  });
});

describe('a negation across a wrapped, indented line', () => {
  it.each([
    ['  ◦ Production deployment is handled by the MLOps team; I have not run\n    real-time model serving myself.'],
    ['  ◦ Das Produktiv-Deployment übernimmt das MLOps-Team; Echtzeit-Model-Serving\n    habe ich selbst noch nicht betrieben.'],
  ])('%s', (line) => {
    expect(ids(`EXPERIENCE\nData Scientist, Acme  2020 – 2024\n${line}`)).not.toContain('ml-deployment');
  });
});

describe('a product not yet live is no skill not held', () => {
  it('keeps PyTorch in "prototyped a GNN in PyTorch Geometric, not yet in production"', () => {
    expect(ids('EXPERIENCE\nData Scientist, Acme  2020 – 2024\n- Prototyped a graph neural network in PyTorch Geometric, not yet in production.')).toContain(
      'pytorch',
    );
    expect(ids('SKILLS\nPython, Kubernetes (not yet)')).not.toContain('kubernetes');
  });
});

describe('CVE findings triaged in security work', () => {
  it('reads "clasifico los hallazgos de CVE" as vulnerability management', () => {
    expect(
      ids(
        'EXPERIENCIA\nIngeniero de seguridad, Acme  2020 – 2024\n- Escaneo de imágenes con Trivy; clasifico los hallazgos de CVE con los científicos de datos.',
      ),
    ).toContain('vulnerability-management');
  });
});

describe('look-alikes of security skills in security work', () => {
  it.each([
    ['- Tuned 25 noisy correlation searches with the detection engineering lead', 'team-leadership'],
    ['- Burp Suite Pro, Metasploit, Nmap; custom Python exploit/PoC scripts.', 'security-automation'],
    ['- Maintained the model inventory and model risk management framework (SR 11-7 style tiering)', 'security-compliance'],
  ])('%s', (line, absent) => {
    expect(ids(`EXPERIENCE\nSecurity Analyst, Acme  2020 – 2024\n${line}`)).not.toContain(absent);
  });
});

describe('an awareness workshop attended is no skill', () => {
  it('reads no penetration testing in red-teaming models named six words on', () => {
    const found = ids('EXPERIENCE\nEngineer, Acme  2024 – 2026\n- Red-team frontier and customer fine-tuned models before each release.');
    expect(found).not.toContain('penetration-testing');
  });
  it('drops AI red teaming after "took a 2-day AI red teaming awareness workshop"', () => {
    expect(ids('SUMMARY\nNetwork security engineer; took a 2-day "AI red teaming" awareness workshop in 2025.')).not.toContain('llm-security');
  });
});

describe('managing a team is team leadership', () => {
  it.each([
    ['- Managed the AppSec team (4 → 9 engineers): threat modeling and design reviews', true],
    ['- Managed the SOC team (6 analysts)', true],
    ['- Managed the SIEM for the infrastructure team', false],
    ['- Vulnerability management · Reporting to risk committees', false],
  ])('%s', (line, has) => {
    expect(ids(`EXPERIENCE\nSecurity Engineer, Acme  2020 – 2024\n${line}`).includes('team-leadership')).toBe(has);
  });
});

describe('leading a counted team is team leadership', () => {
  it.each([
    ['- Lead a detection engineering team of 4; set quarterly roadmaps', true],
    ['- Lead a squad of 5 data engineers. Built the feature store', true],
    ['- Lead the security architecture team (5 FTE); brief the Board', true],
    ['- Led the platform group of six', true],
    ['- I run a pod of four testers: I set their weekly priorities', true],
    ['- Run a Kubernetes pod of 3 replicas for the scanner', false],
    ['- Lead engineer in the platform team of 6', false],
    ['- Joined the detection team of 4 led by the CISO', false],
    ['- Lead the detection team roadmap for 2025', false],
  ])('%s', (line, has) => {
    expect(ids(`EXPERIENCE\nLead Detection Engineer, Acme  2020 – 2024\n${line}`).includes('team-leadership')).toBe(has);
  });
});

describe('leading a counted team in German, French and Spanish', () => {
  it.each([
    ['ERFAHRUNG\nLeiterin, Acme  2020 – 2024\n- Leitung des Sicherheitsarchitektur-Teams (5 VZÄ)', true],
    ['ERFAHRUNG\nIngenieur, Acme  2020 – 2024\n- Ich leite ein Team aus vier Detection Engineers', true],
    ['ERFAHRUNG\nIngenieur, Acme  2020 – 2024\n- Mitglied im Team von 4 Ingenieuren', false],
    ["EXPÉRIENCE\nIngénieure, Acme  2020 – 2024\n- Je pilote l'équipe d'architecture sécurité (5 ETP)", true],
    ["EXPÉRIENCE\nIngénieure, Acme  2020 – 2024\n- Membre de l'équipe de 5 ingénieurs pilotée par la RSSI", false],
    ['EXPERIENCIA\nIngeniera, Acme  2020 – 2024\n- Lidero el equipo de arquitectura de seguridad (5 FTE)', true],
  ])('%s', (text, has) => {
    expect(ids(text).includes('team-leadership')).toBe(has);
  });
});

describe("an identity provider named as an incident's object, and a warehouse of one cloud", () => {
  it.each([
    ['- Logic Apps playbooks that auto-contain compromised Entra ID accounts', 'identity-access-management', false],
    ['- Rolled out Entra ID conditional access for 3,000 users', 'identity-access-management', true],
    ['- Wrote SQL against the Redshift warehouse to build training sets', 'aws', true],
    ['- Led the response to an exposed S3 bucket incident (containment, notification, lessons learned)', 'incident-response', true],
    ['- The audit log contains incident ticket numbers', 'incident-response', false],
    ['- Led the response to an exposed S3 bucket incident\n  (containment, notification, lessons learned).', 'incident-response', true],
    ['- Reviewed the support chatbot on Amazon Bedrock\n  (data flows, tenant isolation, logging).', 'llm-applications', false],
    ['- Deployed models as SageMaker endpoints; feature queries in SQL\n  (Redshift).', 'data-engineering', false],
    ['- Built the ELT jobs of the finance data platform\n  (Redshift).', 'data-engineering', true],
    // A bracket line left of the bullet's text is a line of its own, no wrap: "team" there is no model risk team.
    ['- Reviewed vendor models for model risk\n(Team Lead)', 'ai-governance', true],
    ['- Reviewed vendor models for model risk\n  (Team Lead)', 'ai-governance', false], // indented to the text: the item's aside
  ])('%s', (line, id, has) => {
    expect(ids(`EXPERIENCE\nEngineer, Acme  2020 – 2024\n${line}`).includes(id)).toBe(has);
  });
});

describe('a tool named by its AI purpose, and an audience far in a long sentence', () => {
  it.each([
    ['- Threat modelling (STRIDE) for the patient portal and the AI triage tool', 'security-automation', false],
    ['- Wrote internal tools for the on-call team', 'security-automation', true],
    ['- Present monthly forecasts on energy security (security of supply) to the executive team', 'stakeholder-communication', true],
    ['- Present at every weekly stand-up and on call for the executive assistant team', 'stakeholder-communication', false],
  ])('%s', (line, id, has) => {
    expect(ids(`EXPERIENCE\nSecurity Engineer, Acme  2020 – 2024\n${line}`).includes(id)).toBe(has);
  });
});

describe('a sentence that opens with "Learning" and a name', () => {
  const text = (line: string) =>
    `SUMMARY\nAppSec engineer for payment features. ${line}\nEXPERIENCE\nEngineer, Acme  2020 – 2024\n- Review pull requests for security flaws.`;
  it.each([
    ['Learning Go and\nKubernetes (CKA course in progress).', false],
    ['Learning from the outage, we moved to Kubernetes.', true],
    ['Kubernetes operator; Machine Learning platform.', true],
  ])('%s', (line, has) => {
    expect(ids(text(line)).includes('kubernetes')).toBe(has);
  });
});

describe('academic CVs', () => {
  it('reads "APPOINTMENTS" as experience and "RESEARCH INTERESTS" as a summary', () => {
    const p = parseResume(
      'RESEARCH INTERESTS\nAdversarial robustness and data poisoning.\n\nAPPOINTMENTS\nOct 2021 – Aug 2024   Postdoctoral Research Fellow — Secure ML Group, University of Northbridge\n   • Trained several hundred CNNs in PyTorch\n',
      { asOf },
    );
    expect(p.experience.entries.map((e) => [e.start, e.end, e.title])).toEqual([['2021-10', '2024-08', 'Postdoctoral Research Fellow']]);
    expect(p.skills.find((s) => s.id === 'pytorch')?.evidence[0]?.section).toBe('experience');
  });
});

describe('skills tables with leader dots', () => {
  it('reads the years and the rows not held', () => {
    const p = parseResume(
      'Skills table (from profile)\nPrompt injection testing ........ 2+ yrs\nPython .......................... learning (0 yrs)\nPenetration testing ............. none - red team does this\n',
      { asOf },
    );
    expect(p.skills.map((s) => [s.id, s.claimedYears])).toEqual([['llm-security', 2]]);
  });
  it('reads a Spanish row with "ninguna" and "No soy pentester"', () => {
    const found = ids(
      'RESUMEN\nNo soy pentester.\n\nTabla de aptitudes\nPython .......... 3 años\nPruebas de penetración ........ ninguna - de eso se encarga el red team\n',
    );
    expect(found).toEqual(['python']);
  });
});

describe('SAS is a statistics tool beside other tools, not a French company form', () => {
  it.each([
    ['SKILLS\nPython, R, SAS, SPSS', true],
    ['EXPERIENCE\nAnalyste SOC N2 – Cyberveille SAS (MSSP, Lyon)   2021 – 2024', false],
  ])('%s', (text, has) => {
    expect(ids(text).includes('statistics')).toBe(has);
  });
});

describe('security tooling: a service built to act on credentials, not a policy engine configured', () => {
  it.each([
    ['EXPERIENCE\nSecurity Engineer  2022 – Present\n- Hardened the AKS clusters: Kyverno admission policies, non-root images.', false],
    ['EXPERIENCE\nSecurity Engineer  2022 – Present\n- Enforced OPA Gatekeeper constraints on every cluster.', false],
    ['EXPERIENCE\nSecurity Engineer  2022 – Present\n- Wrote a Go service that revokes leaked credentials found by secret scanning.', true],
    ['EXPERIENCE\nSecurity Engineer  2022 – Present\n- Built a Python service which revokes stale API tokens nightly.', true],
  ])('%j → security-automation: %j', (text, has) => {
    expect(ids(text).includes('security-automation')).toBe(has);
  });
});

describe('an ML platform whose security the person owns is no MLOps work, in every language', () => {
  it.each([
    [
      'BERUFSERFAHRUNG\nCloud Security Engineer  05/2023 – heute\n• Verantwortlich für die Sicherheit der AWS-Konten hinter der ML-Plattform des Konzerns.',
      'mlops',
    ],
    ["EXPÉRIENCE\nIngénieure sécurité cloud  mai 2023 – aujourd'hui\n• Responsable de la sécurité des comptes AWS de la plateforme ML du groupe.", 'mlops'],
    [
      "EXPÉRIENCE\nIngénieure sécurité cloud  mai 2023 – aujourd'hui\n• Responsable de la sécurité des comptes AWS de la plateforme ML (entraînement et endpoints SageMaker).",
      'ml-deployment',
    ],
    [
      'EXPERIENCIA\nIngeniera de seguridad cloud  05/2023 – actualidad\n• Responsable de la seguridad de las cuentas AWS de la plataforma de ML del grupo.',
      'mlops',
    ],
  ])('%j ↛ %s', (text, id) => {
    expect(ids(text)).not.toContain(id);
  });

  it.each([
    ['EXPÉRIENCE\nIngénieur MLOps  2021 – 2023\n• Construction de la plateforme ML (Kubeflow, MLflow) pour 8 équipes.', 'mlops'],
    [
      "EXPÉRIENCE\nIngénieure sécurité cloud  mai 2023 – aujourd'hui\n• Développement de la remédiation automatique en Python (Lambda) des alertes GuardDuty.",
      'security-automation',
    ],
    ['EXPÉRIENCE\nIngénieur sécurité  2022 – 2024\n• Auto-remédiation des constats Security Hub via des fonctions Lambda.', 'security-automation'],
  ])('%j → %s', (text, id) => {
    expect(ids(text)).toContain(id);
  });
});

describe('a bullet list wrapped after a comma onto a line indented to the bullet text stays one clause', () => {
  it.each([
    'BERUFSERFAHRUNG\n2019 – heute  Informationssicherheitsbeauftragte\n– Verfasst: Informationssicherheitsleitlinie, Richtlinien für Zugriffsrechte,\n  Kryptografie und Cloud-Nutzung',
    'EXPERIENCE\nSecurity Officer  2019 – Present\n- Wrote: information security policy, policies for access rights,\n  cryptography and cloud use.',
    "EXPÉRIENCE\nRSSI  2019 – aujourd'hui\n• Rédaction de la PSSI et des politiques de gestion des accès,\n  de cryptographie et d'usage du cloud.",
  ])('%j: the policy topics give no cryptography', (text) => {
    const found = ids(text);
    expect(found).toContain('policy-development');
    expect(found).not.toContain('cryptography');
  });
});

describe('managing a number of people named by their role is team leadership', () => {
  const head = 'EXPERIENCE\nSenior Product Manager  March 2022 - Present\n';
  it.each([
    ['Manage two associate product managers.', true],
    ['Managed three product designers and a UX researcher.', true],
    ['I manage 4 direct reports (two PMs, two analysts).', true],
    ['Manages 5 people.', true],
    ['Managed two product launches with 12 engineers.', false],
    ['Manage roadmaps for 4 engineering teams (31 engineers).', false],
    ['Worked with two product managers to manage the roadmap.', false],
  ])('%j → %j', (line, has) => {
    expect(ids(head + line).includes('team-leadership')).toBe(has);
  });
});

describe('a PSSI written or updated, the authoring word a few words before it, is policy development', () => {
  it.each([
    "EXPÉRIENCE\nRSSI adjointe  2021 – aujourd'hui\n- Rédaction et mise à jour de la PSSI et des procédures associées",
    "EXPÉRIENCE\nRSSI  2021 – aujourd'hui\n- J'ai rédigé puis fait évoluer chaque année la PSSI et ses annexes",
    "EXPÉRIENCE\nRSSI  2021 – aujourd'hui\n- Rédaction, révision et diffusion de la PSSI du groupe",
    "EXPÉRIENCE\nRSSI  2021 – aujourd'hui\n- PSSI : rédaction, mise à jour annuelle et déclinaison en procédures",
  ])('%j', (text) => {
    expect(ids(text)).toContain('policy-development');
  });
  it('a PSSI only applied is none', () => {
    expect(ids("EXPÉRIENCE\nAdministrateur systèmes  2021 – aujourd'hui\n- Application de la PSSI sur les serveurs Linux")).not.toContain('policy-development');
  });
});

describe('hosts described as STIG-hardened are the environment, no compliance work', () => {
  it.each([
    ['EXPERIENCE\nML Engineer  2020 – Present\n- Deploy models on STIG-hardened RHEL 8 hosts.', false],
    ['EXPERIENCE\nML Engineer  2020 – Present\n- Administer six RHEL 8 GPU servers (DISA STIG hardened).', false],
    ['SKILLS\nInfra: Docker, Kubernetes (RKE2), RHEL 8 (STIG-hardened)', false],
    ["EXPERIENCE\nML Engineer  2020 – Present\n- Serve models with Triton on STIG'd RHEL 8 hosts.", false],
    ["EXPERIENCE\nData Engineer  2020 – Present\n- Airflow workers on STIG'ed build servers in the enclave.", false],
    ['BERUFSERFAHRUNG\nML Engineer  2020 – heute\n- Betrieb der Modelle auf STIG-gehärteten RHEL-8-Hosts.', false],
    ['EXPERIENCE\nSystems Engineer  2020 – Present\n- Applied DISA STIGs to the RHEL build hosts with Ansible; STIG compliance scans monthly.', true],
  ])('%j → security-compliance: %j', (text, has) => {
    expect(ids(text).includes('security-compliance')).toBe(has);
  });
});

describe('a security word that names what the work evaded, studied or worked beside (conventions 283–285)', () => {
  it.each([
    // Convention 283: an EDR evaded is the target of offensive work, no security monitoring.
    ['EXPERIENCE\nRed Team Operator  2020 – Present\n- Custom C loaders for EDR evasion; payload staging.', 'security-monitoring', false],
    ['EDUCACIÓN\nMáster en Ciberseguridad, 2017\nTrabajo Fin de Máster: "Evasión de EDR mediante syscalls indirectos"', 'security-monitoring', false],
    ['EXPERIENCE\nSOC Analyst  2020 – Present\n- Triage of EDR alerts (CrowdStrike Falcon); host isolation from the EDR console.', 'security-monitoring', true],
    // Convention 284: the privacy of machine-learning models is adversarial-ML research, not data protection.
    ['SUMMARY\nResearcher. Privacy and security of machine learning models; memorisation and extraction.', 'privacy', false],
    ['RESEARCH INTERESTS\nRobustness and privacy of machine-learning models; security of LLM agents.', 'privacy', false],
    ['PROJECTS\nRetrained the target with DP-SGD at three privacy budgets and measured attack AUC.', 'privacy', false],
    ['EXPERIENCE\nPrivacy Engineer  2020 – Present\n- Privacy reviews of new products; GDPR records.', 'privacy', true],
    // Convention 285: a team named for data protection is a party worked with.
    ['EXPERIENCE\nAI Governance Lead  2020 – Present\n- Co-wrote the AI Acceptable Use Standard with the Data Protection team.', 'privacy', false],
    [
      "EXPÉRIENCE\nResponsable gouvernance IA  2020 – aujourd'hui\n- Corédaction, avec l'équipe Protection des données, du standard d'utilisation de l'IA",
      'privacy',
      false,
    ],
    [
      "EXPÉRIENCE\nDéléguée à la protection des données  2020 – aujourd'hui\n- Analyses d'impact relatives à la protection des données (AIPD).",
      'privacy',
      true,
    ],
    // Convention 286: STIG hardening inside an ML or DevOps job is a side duty, no compliance work.
    ['EXPERIENCE\nML Engineer  2020 – Present\n- Hardened RHEL 8 GPU hosts to DISA STIGs with the systems team.', 'security-compliance', false],
    [
      'EXPERIENCE\nML Platform Engineer  2020 – Present\n- Administer the RHEL 8 GPU nodes (patching under STIG, drivers, Docker runtime).',
      'security-compliance',
      false,
    ],
  ])('%j → %s: %j', (text, id, has) => {
    expect(ids(text).includes(id)).toBe(has);
  });
});

describe('a clause that says the person took no part in the work negates it', () => {
  const fr = (line: string) =>
    `Claire Martin\n\nEXPÉRIENCES PROFESSIONNELLES\n\nIngénieure sécurité   Mars 2021 – à ce jour\nQuillon SAS, Paris\n- Revue des configurations des pare-feux.\n- ${line}\n\nFORMATION\n\n2015   Licence Informatique, Université de Rennes 1\n`;
  const es = (line: string) =>
    `Lucía Gómez\n\nEXPERIENCIA PROFESIONAL\n\nIngeniera de seguridad   marzo 2021 – actualidad\nQuillon S.L., Madrid\n- Revisión de configuraciones de cortafuegos.\n- ${line}\n\nFORMACIÓN\n\n2015   Grado en Ingeniería Informática, Universidad de Sevilla\n`;
  const de = (line: string) =>
    `Lena Vogel\n\nBERUFSERFAHRUNG\n\nSicherheitsingenieurin   03/2021 – heute\nQuillon GmbH, Berlin\n- Prüfung der Firewall-Konfigurationen.\n- ${line}\n\nAUSBILDUNG\n\n2015   B.Sc. Informatik, Universität Potsdam\n`;
  it.each([
    ['EXPERIENCE\nSecurity Engineer  2020 – Present\n- Guardrails were owned by the AppSec team; I was not involved in the red-team exercise.', false],
    ['EXPERIENCE\nSecurity Engineer  2020 – Present\n- I did not take part in the penetration tests.', false],
    ['EXPERIENCE\nSecurity Engineer  2020 – Present\n- I had no part in the penetration tests.', false],
    ['EXPERIENCE\nSecurity Engineer  2020 – Present\n- Ran the penetration tests; I was not part of the board.', true],
    [fr("Je n'ai pas participé aux tests d'intrusion web."), false],
    [fr("J'ai participé aux tests d'intrusion web."), true],
    [es('No participé en las pruebas de penetración.'), false],
    [es('Participé en las pruebas de penetración.'), true],
    [de('Keine Beteiligung an den Penetrationstests.'), false],
    [de('Beteiligung an den Penetrationstests.'), true],
  ])('%j → penetration-testing: %j', (text, has) => {
    expect(ids(text).includes('penetration-testing')).toBe(has);
  });
});

describe('"policy" as an insurance record or a cloud product is no policy written', () => {
  it.each([
    ['EXPERIENCE\nData Engineer  2020 – Present\n- Wrote SQL against the policy data warehouse; productionized scoring as nightly batch jobs.', false],
    ['EXPERIENCE\nData Scientist  2020 – Present\n- Built claims-fraud and policy-lapse classification models in Python.', false],
    ['EXPERIENCE\nCloud Security Analyst  2020 – Present\n- Triage Microsoft Sentinel alerts; write Azure Policy definitions for the tenants.', false],
    ['EXPERIENCE\nSecurity Officer  2020 – Present\n- Wrote the removable media policy and the information classification policy.', true],
  ])('%j → policy-development: %j', (text, has) => {
    expect(ids(text).includes('policy-development')).toBe(has);
  });
});

describe('an entry that says the person builds no models is no ML work', () => {
  it.each([
    'EXPERIENCE\nAnalyst, Model Risk Management (AI & ML)  Apr 2024 – Present\n• Independent review of AI/ML models before approval; raise findings. I do not build\n  or retrain the models.',
    "EXPERIENCE\nAnalyst, Model Risk Management (AI & ML)  Apr 2024 – Present\n• Review validation packs of ML models. I don't train or deploy the models.",
    'EXPERIENCE\nAnalyst, Model Risk Management (AI & ML)  Apr 2024 – Present\n• Challenge ML model documentation; I do not design or validate any models myself.',
  ])('%j → mlYears 0', (text) => {
    expect(parseResume(text, { asOf }).experience.mlYears).toBe(0);
  });
});

describe('a title whose cyber word names the insurance line sold is no security work', () => {
  it.each([
    ['EXPERIENCE\nCyber Risk Analyst (Pricing)  Feb 2019 – Aug 2021\n• GLM frequency models in Python for the cyber insurance book.', 0],
    ['EXPERIENCE\nCyber Underwriter  Feb 2019 – Aug 2021\n• Underwrote cyber policies for mid-market clients.', 0],
    ['EXPERIENCE\nCyber Claims Handler  Feb 2019 – Aug 2021\n• Handled claims on the cyber book.', 0],
    ['EXPERIENCE\nCyber Threat Analyst (Insurance)  Feb 2019 – Aug 2021\n• Threat intelligence for the group.', 2.58],
  ])('%j → securityYears %d', (text, years) => {
    expect(parseResume(text, { asOf }).experience.securityYears).toBe(years);
  });
});

describe("a colon after the teams one serves opens one's own duties", () => {
  it.each([
    [
      'EXPERIENCE\nAI Security Engineer  2024 – Present\n- Security partner for the four teams building our LLM features (copilot, agents): threat models\n  before build, security design reviews before launch.',
      'threat-modeling',
      true,
    ],
    [
      'EXPERIENCE\nSecurity Engineer  2024 – Present\n- Embedded with the product teams building the payments app: STRIDE threat models for each release.',
      'threat-modeling',
      true,
    ],
    ['EXPERIENCE\nSecurity Engineer  2024 – Present\n- Support for the data teams building feature pipelines in Spark.', 'data-engineering', false],
  ])('%j → %s: %j', (text, id, has) => {
    expect(ids(text).includes(id)).toBe(has);
  });

  // A team that is the subject of its cue did the work: its colon lists that team's tools; so does a colon in a bracket.
  it.each([
    ['- The platform team owns the runtime: Kubernetes, Istio, Argo CD. I owned IAM policies and secrets management.', ['cloud-security'], 0],
    ['- The SRE team runs the platform: EKS, Terraform, Datadog. I own IAM and secrets.', ['identity-access-management'], 0],
    ['- Our data science teams trained the models: PyTorch and XGBoost on SageMaker. I secured the pipeline.', [], 0],
    ['- Pen tests are done by an external red team: Burp Suite, Metasploit, Cobalt Strike.', [], 0],
    ['- Security partner for the teams building the models (stack: PyTorch and XGBoost on SageMaker).', [], 0],
  ])('%j reads no duty of the person after the team’s colon', (bullet, skills, mlYears) => {
    const p = parseResume(`EXPERIENCE\nSecurity Engineer, Acme    01/2018 – 12/2023\n${bullet}\n`, { asOf: '2026-11-01' });
    expect([p.skills.map((s) => s.id), p.experience.mlYears, p.experience.entries.map((e) => e.kind)]).toEqual([skills, mlYears, [['security']]]);
  });
});

describe('a gap heading of two labels joined by a slash', () => {
  it.each([
    [
      'SKILLS\nPython, SQL\n\nStill learning / not yet hands-on:\n  - Go (reading a book, no production code)\n  - Terraform — have watched others use it\n',
      ['python', 'sql'],
    ],
    ['SKILLS\nPython, SQL\n\nLEARNING / NOT YET USED\n• Go\n• Terraform\n', ['python', 'sql']],
    ['SKILLS\nPython, SQL\n\nNext steps / still learning:\n- Go, Terraform\n', ['python', 'sql']],
  ])('%j → %j', (text, expected) => {
    expect(ids(text)).toEqual(expected);
  });
});

describe('a column of what the person has not yet used', () => {
  it('drops the rows under "NOT YET / FAMILIAR WITH ONLY"', () => {
    const text =
      'SKILLS\nML    PyTorch, TensorFlow\n\nNOT YET / FAMILIAR WITH ONLY\nAdversarial ML ........ 0 yrs (reading group)\nTerraform ............. platform team owns it\n';
    expect(ids(text)).toEqual(['deep-learning', 'machine-learning', 'pytorch', 'tensorflow']);
  });
});

describe('a certification named where a sentence wrapped', () => {
  it.each([
    ['SUMMARY\nAI security analyst. Currently learning Python. Preparing for the IAPP\nAIGP.\n\nCERTIFICATIONS\nCompTIA Security+', ['security-plus']],
    [
      'PROFIL\nSecurity-Ingenieur mit Fokus auf ML-Pipelines. Bereite mich derzeit auf\ndie Prüfung AWS Certified Machine Learning Engineer – Associate vor.\n\nZERTIFIKATE\nCKA',
      ['cka'],
    ],
    ['CERTIFICATIONS\n  ◦ ISACA CISA – Certified Information Systems Auditor (2015, en cours de validité)\n  ◦ CISSP (en cours)', ['cisa']],
    ['CERTIFICATIONS\nAWS Certified Security – Specialty\n→ exam booked Feb 2027\nCertified Kubernetes Administrator (2022)', ['cka']],
    // The status of a certification named in prose is read to the end of its sentence, on the next line.
    [
      'PROFIL\nPlattform-Engineer mit Fokus auf ML, CKA (erneuert 03/2025, gültig bis 03/2027).\nSeit einigen Jahren Schwerpunkt auf Sicherheit. Meine AWS ML Specialty ist 2024\nabgelaufen, ich habe sie nicht erneuert.',
      ['cka'],
    ],
    // A bracket that opens the next line is the remark of the certification above it, though a sentence goes on after it.
    [
      'SUMMARY\nPlatform engineer. I earned the AWS Certified Security – Specialty\n(2020–2023; lapsed, not renewed). Held a DoD Secret clearance.\n\nCERTIFICATIONS\nCKA',
      ['cka'],
    ],
    [
      'SUMMARY\nPlatform engineer. I earned the AWS Certified Security – Specialty\n(2020–2023; renewed, current through 2029). Then moved to ML.',
      ['aws-security-specialty'],
    ],
    // A certification once held is no longer held.
    ['SUMMARY\nPreviously held the AWS Certified Security – Specialty.\n\nCERTIFICATIONS\nCKA', ['cka']],
    ["RÉSUMÉ\nAnciennement titulaire de l'AWS Certified Security – Specialty.\n\nCERTIFICATIONS\nCKA", ['cka']],
    ['PROFIL\nFrüher Inhaber des AWS Certified Security – Specialty.\n\nZERTIFIKATE\nCKA', ['cka']],
    // An exam set for a date is not held.
    ['ZERTIFIZIERUNGEN\nISC2 CISSP – 2024\nIAPP AIGP – Prüfung für 01/2027 angesetzt', ['cissp']],
    // A dated line under a certification is an item of its own, not the first one's issuer.
    ['CERTIFICATIONS\n  OSCP — 2021\n  CEH — 2018 (not renewed,\n  expired 2021)', ['oscp']],
    // A status after two names joined by "and" is both names'; a bracket right after the second is its own.
    ['CERTIFICATIONS\nCEH\nCompTIA Security+\nCISSP\n\nSUMMARY\nCISSP is current. My CEH and Security+ both lapsed in 2021.', ['cissp']],
    ['ZERTIFIKATE\nCEH\nCISSP\n\nPROFIL\nCISSP ist aktuell. Mein CEH und Security+ sind 2021 abgelaufen.', ['cissp']],
    ['CERTIFICATIONS\nOSCP and CEH (expired 2019)', ['oscp']],
  ])('%s', (text, held) => {
    expect(parseResume(text, { asOf }).certifications.map((c) => c.id)).toEqual(held);
  });
});

describe('a certification whose upkeep stopped, a status field of a form, a work entry that names one', () => {
  it.each([
    // A standing negated says the opposite: "not maintained" is a lapse, "maintained" a standing.
    ['CERTIFICATIONS\nCISM (2018), maintained\nCISA (2016), CPE not maintained since 2022', ['cism']],
    // A certification on a row of what the person lacks is a certification all the same: its line is no status of the one under it.
    ['CERTIFICATIONS\nCISSP (2015) - not renewed since 2021\nCISM (2018)\nCISA (2016) – no longer maintained\nCRISC (2019), maintained', ['cism', 'crisc']],
    ['ZERTIFIKATE\nCISSP (2015) – nicht verlängert seit 2021\nCISM (2018)', ['cism']],
    ['CERTIFICATIONS\n2016   ISACA CISA – non maintenue depuis 2022\n2019   IAPP CIPP/E (active)', ['cipp']],
    ['CERTIFICACIONES\nISACA CISA (2016), no mantenida desde 2022\nCISSP (2019)', ['cissp']],
    ['ZERTIFIKATE\nISACA CISA (2016), seit 2022 nicht aufrechterhalten\nCISSP (2019)', ['cissp']],
    // A form's fields on one line, the first empty, are the record's: its status among them.
    [
      'CERTIFICATIONS\nName: Certified Information Systems Security Professional (CISSP)   Issuer: ISC2\nIssued: 09/2023   Expires: 09/2029\nName: Artificial Intelligence Governance Professional (AIGP)   Issuer: IAPP\nIssued:           Expires:           Status: In progress',
      ['cissp'],
    ],
    ['CERTIFICATIONS\nCertification: Certified Kubernetes Administrator (CKA)\nObtained:        Valid to:        Status: Exam booked', []],
    // The dates that open a work entry's line are its span, not a validity of the certification it names.
    [
      'EXPERIENCE\n2021-12 → 2022-05   Sabbatical — cared for a relative; did the CKA in the evenings\n\nCERTIFICATIONS\nCKA — passed Feb 2022, expired Feb 2025, not renewed',
      [],
    ],
    ['EXPERIENCE\nJan 2020 – Jun 2021  Career break — studied for and passed the CISSP\n\nCERTIFICATIONS\nCISSP (2020) — lapsed 2023', []],
  ])('%s', (text, held) => {
    expect(parseResume(text, { asOf }).certifications.map((c) => c.id)).toEqual(held);
  });
});

describe('an exam still to sit', () => {
  it('reads "Sitting the IAPP AIGP exam on 9 December 2026" as not held', () => {
    expect(parseResume('CERTIFICATIONS\nCISA (ISACA), 2019\nSitting the IAPP AIGP exam on 9 December 2026.', { asOf }).certifications.map((c) => c.id)).toEqual(
      ['cisa'],
    );
  });
});

describe('a certification still to be taken', () => {
  it('reads "Google Cloud Professional ML Engineer — studying, not taken" as not held, and no GCP', () => {
    const p = parseResume('CERTIFICATIONS\nAWS Certified Machine Learning – Specialty\nGoogle Cloud Professional ML Engineer —\n  studying, not taken', {
      asOf,
    });
    expect(p.certifications.map((c) => c.id)).toEqual(['aws-ml-specialty']);
    expect(p.skills.map((s) => s.id)).not.toContain('gcp');
  });
});

describe('a skill named inside a certification not held', () => {
  it('drops "Ethical Hacker" of an expired CEH; a held one is the certification, not the skill', () => {
    const expired = parseResume('CERTIFICATIONS\nCertified Ethical Hacker (CEH) – obtenue en 2018, expirée en 2021', { asOf });
    expect(expired.certifications).toEqual([]);
    expect(expired.skills.map((s) => s.id)).not.toContain('penetration-testing');
    const held = parseResume('CERTIFICATIONS\nCertified Ethical Hacker (CEH), 2022', { asOf });
    expect(held.certifications.map((c) => c.id)).toEqual(['ceh']);
    expect(held.skills.map((s) => s.id)).toEqual([]);
  });
});

describe('a communication link is no stakeholder liaison', () => {
  it.each([
    ['Exploitation des liaisons de communication pendant les missions', false],
    ['Served as liaison between security and legal', true],
  ])('%s', (line, want) => {
    expect(ids(`EXPERIENCE\nAnalyst  Jan 2020 – Present\n- ${line}`).includes('stakeholder-communication')).toBe(want);
  });
});

describe('skills lists that give a level after a dash or colon', () => {
  it('drops the items learned or at zero, and keeps each claim with its own cell', () => {
    const p = parseResume(
      'TECHNICAL SKILLS (self-rated)\nPython – 9 yrs                 SQL – 9 yrs\nDocker – 5 yrs                 AWS (SageMaker, S3, Lambda) – 5 yrs\nKubernetes – learning (CKAD course ongoing)\nJava – 0 (college only)\nGo: learning\n',
      { asOf },
    );
    expect(p.skills.map((s) => [s.id, s.claimedYears])).toEqual([
      ['aws', 5],
      ['docker', 5],
      ['python', 9],
      ['sql', 9],
    ]);
  });
});

describe('skills matrices rated with a legend', () => {
  it("drops the rows rated at the legend's learning level, with the detail in brackets under them", () => {
    const p = parseResume(
      'SKILLS\n●●●●● expert  ●○○○○ learning\nAI governance  ●●●●●\nPython  ●●●○○\nMachine learning  ●○○○○\n  (scikit-learn)\nSQL  ●○○○○\n',
      { asOf },
    );
    expect(p.skills.map((s) => s.id)).toEqual(['ai-governance', 'python']);
  });

  it('reads a level of another language and keeps the rows when no legend says learning', () => {
    expect(ids('KENNTNISSE\n●●●●● Expertin  ●○○○○ im Aufbau\nPython  ●○○○○\nSQL  ●●●○○\n')).toEqual(['sql']);
    expect(ids('SKILLS\n●●●●● expert  ●○○○○ basic\nPython  ●○○○○\n')).toEqual(['python']);
  });
});

describe('r27 readings', () => {
  const job = (line: string) => `EXPERIENCE\nSecurity Engineer, Acme  2020 – 2024\n- ${line}`;
  it.each([
    [job('Automated deployment of Sigma rules to Microsoft Sentinel and Splunk through GitHub Actions.'), 'devsecops', false],
    [job('Python probe scripts scheduled in Jenkins.'), 'devsecops', false],
    ['EXPERIENCIA\nAnalista de seguridad, Acme  2020 – 2024\n- Scripts de Python programados en Jenkins.', 'devsecops', false],
    // A schedule said in words ("every night", "weekly", "cada noche") makes the CI service a scheduler too.
    [job('A pytest harness runs the garak probes every night in GitHub Actions and files Jira tickets.'), 'devsecops', false],
    [job('Evidence collectors scheduled weekly in GitHub Actions.'), 'devsecops', false],
    [
      'EXPERIENCIA\nAnalista de seguridad, Acme  2020 – 2024\n- Un arnés en Python ejecuta cada noche las sondas de garak en GitHub Actions.',
      'devsecops',
      false,
    ],
    // A cloud vendor is a supplier assessed, and a service's results pulled are data read, no cloud secured.
    [job('Ran security risk assessments of new cloud vendors.'), 'cloud-security', false],
    [job('Python collectors pull AWS Config rule results and attach them to the matching control.'), 'cloud-security', false],
    [job('Rolled out AWS Config conformance packs org-wide.'), 'cloud-security', true],
    [job('Semgrep gates in GitHub Actions block merges on high findings.'), 'devsecops', true],
    // A model's quality gate (drift, accuracy) blocks a promotion for no security reason.
    [job('Weekly retraining pipeline in Azure ML; population-stability (PSI) drift checks block promotion when features shift.'), 'devsecops', false],
    [job('Accuracy regressions block promotion of the new model version.'), 'devsecops', false],
    [job('Image scans block promotion of containers with critical CVEs.'), 'devsecops', true],
    [job('The suite runs against each release in CI and blocks the merge on regressions.'), 'devsecops', true],
    // A model risk committee that results are reported to is an audience, no AI-governance work (a validator's own
    // work comes from "independent validation of … models").
    [job('Wrote the report to the model risk committee.'), 'ai-governance', false],
    [job('Built an adversarial-training pipeline for a malware classifier.'), 'mlops', false],
    [job('Re-runs the attack suite on every new model version.'), 'mlops', false],
    [job('Drift dashboards with automatic alerts.'), 'security-automation', false],
    [job('Wrote security policies and standards (access control, cryptography, acceptable use).'), 'cryptography', false],
    [job('Authored the Information Security Standard for Cloud Services.'), 'cloud-security', false],
    [job("Receive the safety team's red-teaming reports before each model release."), 'llm-security', false],
    [
      'EXPERIENCE\nSite Reliability Engineer, Acme  2020 – 2024\n- Splunk Observability Cloud for application logs and SLO dashboards.',
      'security-monitoring',
      false,
    ],
    [job('Desktop support; Active Directory accounts, imaging, hardware repair.'), 'identity-access-management', false],
    [job('DPIAs for training-data pipelines.'), 'data-engineering', false],
    [job('Defined the guardrail policy (input/output filtering, tool allow-lists).'), 'policy-development', false],
    [job('Ran the ransomware tabletop with the CIO and Head of Risk.'), 'stakeholder-communication', true],
    [job('Manage two lawyers and a legal operations analyst.'), 'team-leadership', true],
    ['SUMMARY\nNot looking for people-management roles; happy to mentor.', 'team-leadership', false],
    [
      "EXPÉRIENCE\nIngénieur sécurité, Acme  2020 – 2024\n- Développement d'un harnais interne en Python qui rejoue les prompts d'attaque.",
      'security-automation',
      true,
    ],
    ['PROFIL\nKeine Rollen mit disziplinarischer Führung gesucht.', 'team-leadership', false],
    ['KENNTNISSE\nCloud    keine Projekterfahrung mit AWS, Azure oder GCP', 'azure', false],
    ["EXPÉRIENCE\nAuditrice sécurité / pentesteuse, Vigie  2016 – 2020\n- Audits d'architecture pour des clients OIV.", 'audit', false],
    [
      "EXPÉRIENCE\nIngénieure, Acme  2020 – 2024\n- Développement en Go d'un contrôleur d'admission Kubernetes qui refuse tout modèle non signé.",
      'security-automation',
      true,
    ],
    ['BERUFSERFAHRUNG\nIngenieurin, Acme  2020 – 2024\n- Vorstellung der Testergebnisse beim öffentlichen Auftraggeber', 'stakeholder-communication', true],
    ['EXPERIENCIA\nIngeniera, Acme  2020 – 2024\n- Presento un informe trimestral de riesgos de seguridad de IA al CTO.', 'stakeholder-communication', true],
  ])('%s → %s %s', (text, id, want) => {
    expect(ids(text).includes(id)).toBe(want);
  });
});

describe('r14 readings', () => {
  it.each([
    ['EXPERIENCE\nLecturer, Uni  2020 – 2024\n- Co-supervise 4 MSc students and 1 PhD student.', 'mentoring', true],
    // A count of students of two degrees puts "students" further from the verb (r165).
    ['EXPERIENCE\nPostdoc, Uni  2020 – 2024\n- Co-supervise 4 M.Math. and 2 Ph.D. students.', 'mentoring', true],
    ['EXPERIENCE\nPhD Researcher, Uni  2020 – 2024\n- Co-supervised two undergraduate research assistants on poisoning-detection projects.', 'mentoring', true],
    ['EXPERIENCE\nAudit Senior, Acme  2013 – 2017\n- Supervised two first-year trainees on fieldwork.', 'mentoring', false],
    ['EXPERIENCE\nLecturer, Uni  2020 – 2024\n- Taught supervised and unsupervised learning to 60 MSc students.', 'mentoring', false],
    // Managers of a business function are an audience of results, in Spanish and French too (r165).
    [
      'EXPERIENCIA\nCientífica de datos, Acme  2020 – 2024\n- Presento resultados todos los meses a los gerentes de siniestros.',
      'stakeholder-communication',
      true,
    ],
    ['EXPÉRIENCE\nData scientist, Acme  2020 – 2024\n- Présentation mensuelle des résultats aux responsables sinistres.', 'stakeholder-communication', true],
    // A scheduled job that runs security probes is security automation; a data job that runs tests is not (r165).
    [
      'EXPERIENCE\nAI Security Analyst, Acme  2020 – 2024\n- Built a Python job that runs the garak probes nightly against the chatbot staging endpoint.',
      'security-automation',
      true,
    ],
    ['EXPERIENCE\nData Engineer, Acme  2020 – 2024\n- Built a nightly Airflow job that runs the data quality tests.', 'security-automation', false],
    // Issues raised in a penetration test report that the person follows up are others' test's (r165).
    [
      'EXPERIENCE\nIT Auditor, Acme  2020 – 2024\n- Followed up open audit issues, including those raised in the external penetration test report.',
      'penetration-testing',
      false,
    ],
    [
      "EXPÉRIENCE\nAuditrice, Acme  2020 – 2024\n- Suivi des constats d'audit ouverts, y compris ceux issus du rapport de test d'intrusion externe.",
      'penetration-testing',
      false,
    ],
    ['EXPERIENCE\nPentester, Acme  2020 – 2024\n- Performed external penetration tests of web applications.', 'penetration-testing', true],
    [
      'BERUFSERFAHRUNG\nAI Security Analystin, Acme  2020 – 2024\n- Python-Job gebaut, der nachts die garak-Proben gegen den Chatbot ausführt.',
      'security-automation',
      true,
    ],
    ['EXPERIENCE\nML Engineer, Acme  2020 – 2024\n- Drift and performance dashboards for fielded models.', 'model-monitoring', true],
    ['EXPERIENCE\nData Scientist, Acme  2020 – 2024\n- Models are handed to the ML Platform team, who deploy and serve them.', 'ml-deployment', false],
    [
      'EXPERIENCE\nMLSecOps Engineer, Acme  2020 – 2024\n- Added poisoning checks after a red-team exercise showed that bad labels reached training.',
      'penetration-testing',
      false,
    ],
    ['PUBLICATIONS\n[3] "Tool-Call Firewalls: Provable Containment of Indirect Prompt Injection in Agents", 2025.', 'network-security', false],
    ['EXPERIENCE\nNetwork Engineer, Acme  2020 – 2024\n- Managed Palo Alto firewalls and site-to-site VPNs.', 'network-security', true],
    ['TALKS\nInvited talk, "What poisoning looks like", OWASP AppSec EU 2025.', 'application-security', false],
    ['EDUCATION\n2018 – 2020   Master Cybersécurité (M2 SSI), Université Paris-Est Créteil', 'data-engineering', false],
    ['SKILLS\nETL with SSIS and Talend', 'data-engineering', true],
    ['CERTIFICATIONS\nCCSK – Cloud Security Alliance (2024)', 'cloud-security', false],
    ['EXPERIENCIA\nAnalista de datos, Acme  2020 – 2024\nPersonal a cargo: 0', 'team-leadership', false],
    [
      'EXPÉRIENCE\nPentesteur, Acme  2020 – 2024\n• Plus de 70 missions de pentest web, API, mobile et Active Directory pour des clients.',
      'identity-access-management',
      false,
    ],
    [
      'BERUFSERFAHRUNG\n2020 – 2024  Engineer, Acme\n- Prüfungen eingebaut, nachdem eine Red-Team-Übung gezeigt hatte, dass Clips ins Training kamen.',
      'penetration-testing',
      false,
    ],
    ['EXPERIENCE\nMLSecOps Engineer, Acme  2020 – 2024\n- Locked down GCP IAM and the GKE clusters.', 'gcp', true],
    ['EXPERIENCE\nSecurity Engineer, Acme  2020 – 2024\n- Wrote the AWS IAM policies for the EKS clusters.', 'aws', true],

    ['EXPERIENCE\nSOC Analyst, Acme  2020 – 2024\n- Triage alerts in Splunk ES and Microsoft Sentinel.', 'azure', false],
    ['EXPERIENCE\nData Scientist, Acme  2020 – 2024\n- Built churn models with scikit-learn.', 'python', true],
    ['EXPERIENCE\nSoftware Developer, Acme  2020 – 2024\n- Fixed the findings from the annual external penetration test.', 'penetration-testing', false],
    ['EXPERIENCE\nConsultant, Acme  2020 – 2024\n- Delivered external penetration tests for 60+ clients.', 'penetration-testing', true],
    ['EXPERIENCE\nAudit Manager, Acme  2020 – 2024\n- Oversight of external penetration tests and follow-up of findings.', 'penetration-testing', false],
    ["EXPERIENCE\nJava Developer, Acme  2020 – 2024\n- Fixed the findings of the client's yearly pentest.", 'penetration-testing', false],
    ['EXPERIENCE\nIT Manager, Acme  2020 – 2024\n- Coordinated the annual pentest with the vendor.', 'penetration-testing', false],
    ['BERUFSERFAHRUNG\n2020 – 2024  Java-Entwickler, Acme\n- Behebung der Befunde aus dem jährlichen Pentest des Kunden.', 'penetration-testing', false],
    [
      'EXPERIENCE\nSecurity Engineer, Acme  2020 – 2024\n- Lead architectural security assessments of the model training platform and feature store.',
      'machine-learning',
      false,
    ],
    [
      'EXPERIENCE\nSecurity Engineer, Acme  2020 – 2024\n- Lead architectural security assessments of the model training platform and feature store.',
      'mlops',
      false,
    ],
    ['EXPERIENCE\nML Engineer, Acme  2020 – 2024\n- Built the feature store and the model training pipelines.', 'mlops', true],
    ['EXPERIENCE\nSOC Analyst II, Alamo Managed Security (MSSP)  2020 – 2024\n- Triage alerts for 40 clients.', 'team-leadership', false],
    ['PROFILE\nDetection engineer, previously a SOC analyst at a managed security provider.', 'team-leadership', false],
    ['EXPERIENCE\nSenior ML Engineer, Acme  2020 – 2024\n- Lead a pod of four ML engineers.', 'team-leadership', true],
    [
      'EXPERIENCE\nData Scientist, Acme  2020 – 2024\n- Present forecast accuracy to the trading desk and to the management board every month.',
      'stakeholder-communication',
      true,
    ],
    ['SKILLS\nDetection: Sentinel, Elastic\nCloud: I work with cloud logs but do not own AWS configuration.', 'aws', false],
    ["SKILLS\nCloud: I read the logs but don't administer Azure.", 'azure', false],
    ['EXPERIENCE\nAssurance Lead, Acme  2020 – 2024\n- I do not perform penetration testing myself.', 'penetration-testing', false],
    // A system as the subject of "does not execute" negates nothing of the person's.
    ['EXPERIENCE\nPlatform Engineer, Acme  2020 – 2024\n- Hardened workloads so containers do not execute as root on Kubernetes', 'kubernetes', true],
    ["EXPERIENCE\nData Engineer, Acme  2020 – 2024\n- Batch jobs don't execute on the legacy Hadoop cluster anymore", 'data-engineering', true],
    // "Automate detection of" a thing with no security word is no security automation.
    ['EXPERIENCE\nData Scientist, Retailco  2020 – 2024\n- Automate detection of out-of-stock shelves from store camera feeds', 'security-automation', false],
    ['EXPERIENCE\nData Scientist, Retailco  2020 – 2024\n- Automate detection of duplicate invoices for the finance team', 'security-automation', false],
    ['EXPERIENCE\nSecurity Architect, Acme  2012 – 2016\n- Threat models and design reviews of the search ranking model.', 'machine-learning', false],
    ['EXPERIENCE\nML Engineer, Acme  2012 – 2016\n- Trained the search ranking model with LightGBM.', 'machine-learning', true],
    ['EXPERIENCE\nTeacher, School  2012 – 2016\n- Taught mathematics; head of the maths department in 2015 (3 teachers).', 'team-leadership', true],
    ['EXPERIENCE\nAnalyst, Acme  2012 – 2016\n- Head of the risk analytics unit (5 analysts).', 'team-leadership', true],
    ['EXPERIENCE\nAnalyst, Acme  2012 – 2016\n- Reporting to the head of the data team (12 engineers).', 'team-leadership', false],
    ["PROFILE\nNot a tester: offensive testing is out of my scope (I read the red-team reports, I don't write them).", 'penetration-testing', false],
    ['EXPERIENCE\nSOC Lead, Acme  2020 – 2024\n- Incident response for 40 sites. Penetration testing is outside my remit.', 'penetration-testing', false],
    ['EXPERIENCE\nDeveloper, Acme  2020 – 2024\n- I receive the pentest reports and fix the findings.', 'penetration-testing', false],
    ['EXPERIENCE\nPentester, Acme  2020 – 2024\n- Web application penetration testing; wrote the reports for 40 clients.', 'penetration-testing', true],
    [
      "EXPÉRIENCE PROFESSIONNELLE\nAnalyste SOC, Acme  2020 – 2024\n- Réponse aux incidents pour 40 sites ; les tests d'intrusion sont hors de mon périmètre.",
      'penetration-testing',
      false,
    ],
    [
      'EXPERIENCIA PROFESIONAL\nAnalista SOC, Acme  2020 – 2024\n- Respuesta a incidentes en 40 sedes; las pruebas de penetración están fuera de mi alcance.',
      'penetration-testing',
      false,
    ],
    ["EXPERIENCE\nIT Manager, Acme  2020 – 2024\n- Scope the vendor's work; we don't conduct penetration tests ourselves.", 'penetration-testing', false],
    ["EXPÉRIENCE\nResponsable sécurité, Acme  2020 – 2024\n- Je ne réalise pas moi-même de tests d'intrusion.", 'penetration-testing', false],
    ['EXPERIENCIA\nResponsable de seguridad, Acme  2020 – 2024\n- No realizo pruebas de penetración yo mismo.', 'penetration-testing', false],
    ['BERUFSERFAHRUNG\n2020 – 2024  Sicherheitsleiter, Acme\n- Penetrationstests führe ich nicht selbst durch.', 'penetration-testing', false],
    ['SKILLS\nPython ................ still learning (evening course, 2026)\nSQL ........ 3 yrs', 'python', false],
    ['SKILLS\nKubernetes ········ planned\nSQL ........ 3 yrs', 'kubernetes', false],
    ['SKILLS\nPython ........ 5 yrs\nSQL ........ 3 yrs', 'python', true],
    ['EXPERIENCE\nBackend Developer, Acme  2020 – 2024\n- Built payment microservices in Java / Spring Boot; PostgreSQL and Kafka.', 'data-engineering', false],
    ['EXPERIENCIA\nDesarrollador, Acme  2020 – 2024\n- Desarrollo de microservicios de pedidos con Spring Boot y Kafka.', 'data-engineering', false],
    ['EXPERIENCE\nData Engineer, Acme  2020 – 2024\n- Streaming ingestion of shipment events with Kafka into the lakehouse.', 'data-engineering', true],
    ["EXPÉRIENCE\nIngénieur ML, Acme  2020 – 2024\n- Contrôles d'accès aux modèles et piste d'audit des versions.", 'audit', false],
    ['EXPERIENCIA\nIngeniero de ML, Acme  2020 – 2024\n- Controles de acceso y pista de auditoría de las versiones de modelos.', 'audit', false],
    ['EXPERIENCE\nML Engineer, Acme  2020 – 2024\n- Model access controls and an audit trail for model releases.', 'audit', false],
    [
      "EXPÉRIENCE PROFESSIONNELLE\nIngénieure sécurité IA, Acme  2020 – 2024\n- Je n'entraîne aucun modèle ; les modèles eux-mêmes relèvent de l'équipe\n  plateforme ML.",
      'mlops',
      false,
    ],
    ['EXPÉRIENCE PROFESSIONNELLE\nIngénieur MLOps, Acme  2020 – 2024\n- Pipelines MLflow et Kubeflow pour la plateforme ML de la banque.', 'mlops', true],
    ['EXPERIENCE\nML Engineer, Acme  2020 – 2024\n- Evaluation and release gates in the training-to-deployment pipeline.', 'mlops', true],
    ['EXPERIENCE\nML Engineer, Acme  2020 – 2024\n- Own the train-to-deploy pipeline for the ranking models.', 'mlops', true],
    ['EXPERIENCE\nAI Security Engineer, Acme  2020 – 2024\n- Threat models of the training-to-deployment pipeline.', 'mlops', false],
    ["EXPÉRIENCE PROFESSIONNELLE\nIngénieur ML, Acme  2020 – 2024\n- Étapes de validation dans le pipeline de l'entraînement au déploiement.", 'mlops', true],
    ['EXPERIENCIA PROFESIONAL\nIngeniero de ML, Acme  2020 – 2024\n- Puertas de evaluación en el pipeline de entrenamiento a despliegue.', 'mlops', true],
    [
      'EXPERIENCIA PROFESIONAL\nResponsable de seguridad de IA generativa, Acme  2020 – 2024\n• Miembro con voto del comité de revisión de IA de la empresa.',
      'ai-governance',
      true,
    ],
    ['EXPERIENCIA PROFESIONAL\nAnalista de riesgos, Acme  2020 – 2024\n• Secretaria del comité de ética de la IA del banco.', 'ai-governance', true],
    ['EXPERIENCIA PROFESIONAL\nAnalista de riesgos, Acme  2020 – 2024\n• Informes para el comité de revisión de crédito del banco.', 'ai-governance', false],
    ["EXPÉRIENCE PROFESSIONNELLE\nAnalyste des risques, Acme  2020 – 2024\n• Secrétaire du comité d'éthique de l'IA de la banque.", 'ai-governance', true],
    [
      'EXPERIENCIA PROFESIONAL\nIngeniera de seguridad de IA, Acme  2020 – 2024\n- Revisión de seguridad de las aplicaciones; los modelos corresponden al equipo de plataforma de ML.',
      'mlops',
      false,
    ],
    ['WEITERBILDUNG\nZertifikate\tCISSP (2021)\nWeiterbildung geplant\tAdversarial Machine Learning / Robustheit von Modellen (2027)', 'adversarial-ml', false],
    ['TRAINING\nPlanned training    Kubernetes (CKA, 2027)', 'kubernetes', false],
    ['EXPERIENCE\nHead of GenAI Security, Acme  2020 – 2024\n- Hands-on: built the first LLM gateway in Python (FastAPI).', 'llm-applications', true],
    ['EXPERIENCE\nSOC Analyst, Acme  2020 – 2024\n- Triage of LLM gateway alerts.', 'llm-applications', false],
    ['BERUFSERFAHRUNG\n2020 – 2024  Security Engineer, Acme\n• Regelmäßige Berichte an CISO und Plattform-Leitung', 'stakeholder-communication', true],
    [
      'EXPERIENCIA\nIngeniero de seguridad de IA, Acme  2020 – 2024\n* Desarrollé una batería automatizada de pruebas de inyección de prompts que se ejecuta en GitLab CI.',
      'security-automation',
      true,
    ],
    ['EXPERIENCE\nData Engineer, Acme  2020 – 2024\n- Feature pipelines in PySpark on Databricks.', 'python', true],
    [
      'EXPERIENCE\nNetwork Security Engineer, Acme  2020 – 2024\n- Manage TLS certificates for model endpoints through the internal PKI.',
      'ml-deployment',
      false,
    ],
    ['EXPERIENCIA\nCientífica de datos, Acme  2020 – 2024\nPersonas a cargo: 0', 'team-leadership', false],
    ['RESUMEN\nIngeniero de seguridad de redes (la respuesta a incidentes ya no es lo mío).', 'incident-response', false],
    ['KENNTNISSE\nAls Nächstes: würde gern in das Fine-Tuning von LLMs einsteigen – bisher noch nicht gemacht.', 'llm-applications', false],
    ['EXPERIENCE\nSenior SOC Analyst, Acme  2020 – 2024\n• Train and shadow new Tier 1 analysts during their first month.', 'mentoring', true],
    ['EXPERIENCE\nML Engineer, Acme  2020 – 2024\n• Train models for the tier 1 support team.', 'mentoring', false],
    ['EXPERIENCE\nPostdoc, Uni  2020 – 2024\n- Lead the work on backdoor detection for vision and language models.', 'adversarial-ml', true],
    [
      'EXPERIENCE\nSecurity Consultant, Acme  2017 – 2021\n- Web application tests and external infrastructure tests under CHECK-style scoping.',
      'penetration-testing',
      true,
    ],
    [
      'EXPERIENCE\nAI Security Engineer, Acme  2020 – 2024\n- Manual review of Python and TypeScript services for prompt-injection paths.',
      'secure-code-review',
      true,
    ],
    ['EXPERIENCIA\nAnalista de datos, Acme  2020 – 2024\nDesarrollé un modelo de abandono de clientes con regresión logística.', 'machine-learning', true],
    [
      'EXPERIENCE\nML Security Engineer, Acme  2020 – 2024\n* Designed the ML supply-chain controls after a red-team finding: every model artifact is signed.',
      'llm-security',
      false,
    ],
    ["EXPÉRIENCE\n09/2025 – aujourd'hui  ATER, Université de Lyon\n  Recherche : entraînement adverse de modèles PyTorch.", 'adversarial-ml', true],
    ['EXPÉRIENCE\n09/2022 – 08/2024  Ingénieure de recherche, INRIA\n  Entraînement antagoniste de réseaux de neurones.', 'adversarial-ml', true],
    [
      'EXPERIENCIA\n09/2022 – 08/2024  Investigadora, Universidad de Sevilla\n  Entrenamiento adversario de redes neuronales en PyTorch.',
      'adversarial-ml',
      true,
    ],
    [
      'BERUFSERFAHRUNG\n09/2022 – 08/2024  Wissenschaftliche Mitarbeiterin, TU München\n  Adversariales Training von Bildklassifikatoren.',
      'adversarial-ml',
      true,
    ],
    [
      'EXPÉRIENCE\nIngénieur sécurité ML, Acme  2020 – 2024\n- Contrôles anti-empoisonnement ajoutés après un exercice de red team sur le pipeline.',
      'penetration-testing',
      false,
    ],
    [
      'EXPERIENCIA\nIngeniero de seguridad ML, Acme  2020 – 2024\n- Controles añadidos tras un ejercicio de red team sobre el pipeline.',
      'penetration-testing',
      false,
    ],
    [
      'EXPERIENCE\nHead of AI Security, Acme  2020 – 2024\n- Co-chair of the AI Risk Council, the governance board that approves every GenAI use case.',
      'ai-governance',
      true,
    ],
    ['EXPERIENCIA\nAnalista, Acme  2020 – 2024\n- Mantenimiento del inventario de sistemas de IA.', 'ai-governance', true],
    [
      'EXPERIENCE\nMLSecOps Engineer, Acme  2020 – 2024\n- Built a service that blocks promotion when scans of the serving image report critical CVEs.',
      'vulnerability-management',
      true,
    ],
    ['BERUFSERFAHRUNG\n2020 – 2024  Data Scientist, Acme\n- Vorstellung der Prognosegüte im Logistik-Management.', 'stakeholder-communication', true],
    [
      'BERUFSERFAHRUNG\n2020 – 2024  Data Scientist, Acme\n- Vorstellung der Prognosen jedes Quartal vor dem Energieausschuss des Vorstands.',
      'stakeholder-communication',
      true,
    ],
    [
      'BERUFSERFAHRUNG\n2020 – 2024  Analystin, Acme\n- Monatliche Vorstellung der Auswertungen vor den Produktverantwortlichen.',
      'stakeholder-communication',
      true,
    ],
    ['BERUFSERFAHRUNG\n2020 – 2024  Analystin, Acme\n- Vorstellung der neuen Plattform im Wiki.', 'stakeholder-communication', false],
    ['EXPERIENCIA\n2020 – 2024  Analista, Acme\n- Presentación trimestral de resultados a los jefes de programa.', 'stakeholder-communication', true],
    ['EXPERIENCIA\n2020 – 2024  Analista, Acme\n- Presentaciones mensuales de hallazgos al equipo de producto.', 'stakeholder-communication', true],
    ['EXPERIENCIA\n2020 – 2024  Analista, Acme\n- Presentación del nuevo modelo en la wiki interna.', 'stakeholder-communication', false],
    [
      'BERUFSERFAHRUNG\nBerater, Acme  2019 – 2023\n- Ab 2021 Leitung von Projektteams mit bis zu 4 Beratern; Erstellung von Richtlinien.',
      'team-leadership',
      true,
    ],
    ['BERUFSERFAHRUNG\nBerater, Acme  2019 – 2023\n- Leitung eines Prüfungsteams von bis zu fünf Prüfern.', 'team-leadership', true],
    ['BERUFSERFAHRUNG\nBerater, Acme  2019 – 2023\n- Leitung von Audits; Mitglied eines Teams von bis zu 4 Beratern.', 'team-leadership', false],
    [
      'EXPÉRIENCE PROFESSIONNELLE\nIngénieure ML, Acme  2020 – 2024\n- Rédaction de la documentation et des rapports pour les équipes.\n- Suivi mensuel de la dérive de la précision et du rappel.',
      'model-monitoring',
      true,
    ],
    [
      'EXPÉRIENCE PROFESSIONNELLE\nIngénieure ML, Acme  2020 – 2024\n- Rédaction de la documentation et des rapports pour les équipes.\n- Dérive des performances du modèle analysée chaque semaine.',
      'model-monitoring',
      true,
    ],
    [
      'EXPÉRIENCE PROFESSIONNELLE\nIngénieure ML, Acme  2020 – 2024\n- Rédaction de la documentation et des rapports pour les équipes.\n- Maîtrise de la dérive budgétaire du projet.',
      'model-monitoring',
      false,
    ],
    [
      'EXPÉRIENCE PROFESSIONNELLE\nIngénieure ML, Acme  2020 – 2024\n- Rédaction de la documentation et des rapports pour les équipes.\n- Suivi de la dérive de configuration Terraform.',
      'model-monitoring',
      false,
    ],
    [
      'EXPERIENCIA\nIngeniera ML, Acme  2020 – 2024\n- Redacción de la documentación y de los informes para los equipos.\n- Seguimiento mensual de la deriva de la precisión y la exhaustividad.',
      'model-monitoring',
      true,
    ],
    [
      'EXPERIENCIA\nIngeniera ML, Acme  2020 – 2024\n- Redacción de la documentación y de los informes para los equipos.\n- Control de la deriva presupuestaria del proyecto.',
      'model-monitoring',
      false,
    ],
  ])('%s → %s %s', (text, id, has) => {
    expect(ids(text).includes(id)).toBe(has);
  });
});

it('a system that "does not execute" something negates none of the person\'s skills', () => {
  const p = parseResume(
    'EXPERIENCE\nBackend Engineer, Acme  2020 – 2024\n- Tuned queries so the billing service does not execute full table scans on PostgreSQL',
    { asOf: '2026-11-01' },
  );
  expect(p.skills.find((s) => s.id === 'sql')?.strength).toBe('work');
});

describe("a sentence that describes the employer is the company's, not the person's", () => {
  it.each([
    [
      'EXPERIENCE\nMLOps Platform Engineer | VERIDANE NV  03/2021 – 12/2022\nVeridane builds computer-vision quality inspection for factories.\n- Ran the Jenkins pipelines.',
      'deep-learning',
      false,
    ],
    [
      'EXPERIENCE\nMLOps Platform Engineer | Acme Robotics Ltd  03/2021 – 12/2022\n• Acme Robotics is a maker of computer-vision inspection robots.\n- Ran the Jenkins pipelines.',
      'deep-learning',
      false,
    ],
    [
      'BERUFSERFAHRUNG\n03/2021 – 12/2022  DevOps Engineer, Kestrel GmbH\nKestrel entwickelt Computer-Vision-Systeme für die Logistik.\n- Jenkins-Pipelines betreut.',
      'deep-learning',
      false,
    ],
    [
      'EXPERIENCE\nMLOps Platform Engineer | VERIDANE NV  03/2021 – 12/2022\n- Veridane models were retrained weekly; I built the computer-vision pipeline in PyTorch.',
      'deep-learning',
      true,
    ],
    [
      'EXPERIENCE\nSecurity Engineer | Helmar AI GmbH  03/2022 – 12/2024\n(Helmar builds an LLM-based document assistant.)\n▪ Threat models (STRIDE) for every agent feature.',
      'threat-modeling',
      true,
    ],
    [
      'EXPERIENCE\nSecurity Engineer | Helmar AI GmbH  03/2022 – 12/2024\nHelmar builds an LLM-based document assistant\n▪ Threat models (STRIDE) for every agent feature.',
      'threat-modeling',
      true,
    ],
    [
      'EXPERIENCE\nMLOps Engineer  Sep 2023 – Present\nHalden AI · Dublin\nClinical NLP and imaging start-up, ~120 staff, models served to 40 hospital sites\n- Ran the Kubeflow pipelines.',
      'machine-learning',
      false,
    ],
    [
      'BERUFSERFAHRUNG\nMLOps Engineer  09/2023 – heute\nHalden AI · Dublin\nStart-up für klinisches NLP und Bildgebung, ca. 120 Mitarbeitende\n- Kubeflow-Pipelines betrieben.',
      'machine-learning',
      false,
    ],
    // r87: the profile wraps from the company line in the header ("… (ISO 27001, TISAX," over "SOC 2), ~120 staff").
    [
      'EXPERIENCE\nSoftware Engineer                         01/2022 – Present\nTrustly Ltd, Leeds – compliance automation SaaS (ISO 27001, SOC 2,\nHIPAA), ~90 staff\n- Built REST APIs in Java.',
      'security-compliance',
      false,
    ],
    [
      'BERUFSERFAHRUNG\nSoftware Engineer                         01/2022 – heute\nNachweis GmbH, Köln – SaaS für Compliance-Nachweise (ISO 27001, TISAX,\nSOC 2), ca. 90 Mitarbeitende\n- REST-APIs mit Java entwickelt.',
      'security-compliance',
      false,
    ],
    [
      'EXPÉRIENCE\nDéveloppeur                         01/2022 – aujourd’hui\nPreuvia SAS, Lyon – SaaS de conformité (ISO 27001, SOC 2,\nHDS), 90 salariés\n- Développement d’API REST en Java.',
      'security-compliance',
      false,
    ],
    [
      'EXPERIENCE\nML Engineer  Sep 2023 – Present\nHalden AI · Dublin\nBuilt clinical NLP models with a team of 12 staff\n- Ran the Kubeflow pipelines.',
      'machine-learning',
      true,
    ],
    [
      'BERUFSERFAHRUNG\n04/2021 – heute  Pentester, Korvia GmbH\nRed Team; Korvia bietet außerdem Incident Response und SOC-Betrieb an (andere Teams).\n- Webanwendungen getestet (Burp Suite).',
      'incident-response',
      false,
    ],
    [
      'EXPERIENCE\nPenetration Tester | Korvia Ltd  04/2021 – 12/2024\nOffensive team. Korvia offers incident response and managed SOC services as well.\n- Tested web applications with Burp Suite.',
      'incident-response',
      false,
    ],
    [
      'EXPÉRIENCE\n2021 – 2024  Pentesteur, Korvia SAS\nÉquipe offensive ; Korvia propose aussi la réponse à incident et un SOC managé.\n- Tests d’applications web (Burp Suite).',
      'incident-response',
      false,
    ],
    [
      'EXPERIENCE\nPenetration Tester | Korvia Ltd  04/2021 – 12/2024\nOffensive team; I also handled incident response for two clients.\n- Tested web applications with Burp Suite.',
      'incident-response',
      true,
    ],
  ])('%s', (text, id, has) => {
    expect(ids(text).includes(id)).toBe(has);
  });
});

describe('a certification whose lapse is told on the next line of prose (r15)', () => {
  it('reads "Mein CEH ist⏎2022 abgelaufen" as not held', () => {
    const p = parseResume(
      'Zertifikate\nGIAC Certified Incident Handler (GCIH)\n\nProfil\nIch arbeite seit sechs Jahren im Security Operations Center und automatisiere gern. Mein CEH ist\n2022 abgelaufen und ich habe ihn nicht verlängert; stattdessen habe ich\nGCIH erneuert.\n',
      { asOf },
    );
    expect(p.certifications.map((c) => c.id)).toEqual(['gcih']);
  });
});

describe('the r20 round: titles in the plural, words inside a longer name, acronyms, sub-labels, wrapped lines', () => {
  it.each([
    ['EXPERIENCE\nPlatform Engineer  2023 – Present\n- Co-own the platform with two ML engineers.', 'machine-learning', false],
    ['EXPERIENCE\nML Engineer  2023 – Present\n- Senior ML engineer on the fraud team.', 'machine-learning', true],
    ['EXPERIENCE\nAnalyst  2023 – Present\n- Prepared evidence for the external auditors.', 'audit', false],
    ['EXPERIENCE\nEngineer  2023 – Present\n- Mentor two junior engineers. No direct reports; I lead reviews, not people.', 'stakeholder-communication', false],
    ['SKILLS\nFINMA circulars, revDSG', 'security-compliance', false],
    ['SKILLS\nFISMA, FedRAMP', 'security-compliance', true],
    ['CORE SKILLS\n\nLanguages\nPython · Java\nCloud\nAWS\n\nEDUCATION\nB.S. Computer Science', 'aws', true],
    ['EXPERIENCE\nAnalyst  2023 – Present\n- Triage the alerts from Defender for Cloud Apps.', 'azure', false],
    ['EXPERIENCE\nAnalyst  2023 – Present\n- Adversarial testing for prompt injection and jailbreaks.', 'adversarial-ml', false],
    ['EXPERIENCE\nSOC Analyst  2011 – 2018\n- Hardened servers; supervised a cell of six soldiers.', 'team-leadership', true],
    ['SUPERVISION\nPhD: 3 current (primary supervisor). MSc dissertations: 14.', 'mentoring', true],
    ['EXPERIENCE\nAnalyst  2023 – Present\n- Supported the HIPAA Security Rule risk analysis for the EHR.', 'security-assessment', true],
  ])('%s', (text, id, has) => {
    expect(ids(text).includes(id)).toBe(has);
  });

  it('goes on past a line that ends in an article or a preposition, whatever its length', () => {
    expect(ids('BERUFSERFAHRUNG\n2022 – heute  Leiterin\n– Berichterstattung an\n  Geschäftsleitung und Verwaltungsrat')).toContain(
      'stakeholder-communication',
    );
    const text = 'EXPERIENCE\nAnalyst  2023 – Present\n· Monthly findings review with product owners and the\n  CISO and his staff.';
    expect(ids(text)).toContain('stakeholder-communication');
    expect(ids('EXPERIENCE\nAnalyst  2023 – Present\n· Monthly findings review with product owners.\n  CISO staff rota.')).not.toContain(
      'stakeholder-communication',
    );
  });

  it.each([
    ['SKILLS\nTaking an online course on LLM security (prompt injection, jailbreaks).', 'llm-security'],
    ['EXPERIENCE\nCareer break  01/2021 – 09/2021\nTravel. Took a Coursera course on cloud security along the way.', 'cloud-security'],
    ['EXPERIENCE\nCareer break  2021\nCompleted an online course in prompt injection defences.', 'llm-security'],
    ['SUMMARY\nData analyst. Attended a two-day class on threat modeling last year.', 'threat-modeling'],
    ['KENNTNISSE\nIch belege einen Online-Kurs zu LLM-Sicherheit (Prompt Injection, Jailbreaks).', 'llm-security'],
    ['COMPÉTENCES\nIA / ML : notions de PyTorch (MOOC suivi, aucune expérience pro)', 'pytorch'],
    ['COMPÉTENCES\nNotions de Kubernetes (en formation) | TensorFlow : jamais utilisé', 'kubernetes'],
    ['COMPÉTENCES\nNotions de Kubernetes (en formation) | TensorFlow : jamais utilisé', 'tensorflow'],
    ['EXPERIENCIA\nResponsable  2022 – actualidad\n- Sin responsabilidad directa sobre gobierno de IA ni sobre el AI Act.', 'ai-governance'],
    ['CONOCIMIENTOS\nJava (avanzado), SQL. Go: sin experiencia.', 'go'],
    ['SKILLS\nPython\n\nAREAS I AM STILL LEARNING\n  * LLM security (OWASP Top 10 for LLM Apps) - reading the free labs', 'llm-security'],
    ["SKILLS\nPython\n\nTHINGS I'M CURRENTLY LEARNING\n- Golang\n- prompt injection testing", 'go'],
    ['SKILLS\nPython\n• LLM security: read the OWASP LLM Top 10, not used at work.', 'llm-security'],
    ['SKILLS\nPython\n• AI security: interested, have done the Gandalf prompt-injection challenge', 'llm-security'],
    ['SKILLS\nPython\n- Kubernetes - self-taught at home, nothing in production.', 'kubernetes'],
    ["EXPERIENCE\nAcme — AI Governance Lead 2020 - present\n• Ran AI policy.\n\nWhat I don't do (yet)\n• Red teaming of LLMs", 'llm-security'],
    ["EXPERIENCE\nAcme — AI Governance Lead 2020 - present\n• Ran AI policy.\n\nThings I haven't done yet:\n- Python", 'python'],
    ['Conocimientos\nSQL (básico)\n\nInformática: Curso de Python para análisis de datos (me gustaría empezar en 2027)', 'python'],
    ['Conocimientos\nSQL (básico)\nPython: quiero empezar un curso en 2027', 'python'],
    ['SKILLS\nSQL (basic)\n\nIT: Python for data analysis course (would like to start in 2027)', 'python'],
    ['SKILLS\nSQL (basic)\nPython: planning to start a course next year', 'python'],
    ["COMPÉTENCES\nSQL (notions)\n\nInformatique : cours de Python pour l'analyse de données (j'aimerais commencer en 2027)", 'python'],
    ['KENNTNISSE\nSQL\nPython-Kurs für Datenanalyse (möchte 2027 beginnen)', 'python'],
    ['KENNTNISSE\nPython (7 Jahre)\n\nNOCH IM AUFBAU / NOCH NICHT GEMACHT\n - Adversarial ML (Evasion, Poisoning): Tutorials', 'adversarial-ml'],
    ['KENNTNISSE\nPython (7 Jahre)\n\nIM AUFBAU\n - Kubernetes', 'kubernetes'],
    ['KENNTNISSE\nPython (7 Jahre)\n - Adversarial ML (Evasion, Poisoning): arbeite gerade die IBM-ART-Tutorials durch', 'adversarial-ml'],
  ])('reads what is learnt, never used or not one’s job as no skill: %s', (text, id) => {
    expect(ids(text)).not.toContain(id);
  });

  it.each([
    ['EXPERIENCE\nCyber Operations Specialist, Army  2016 - 2018\n- Defensive cyber ops: threat hunting in Splunk, IDS tuning (Snort), incident triage', true],
    ['EXPERIENCE\nSOC Analyst, Acme  2016 - 2018\n- SIEM alert review and incident triage for 40 clients', true],
    ['EXPERIENCE\nSite Reliability Engineer, Acme  2016 - 2018\n- On-call incident triage for the payments API; postmortems', false],
  ])('reads incident triage as incident response only in security work: %s', (text, has) => {
    expect(ids(text).includes('incident-response')).toBe(has);
  });

  it.each([
    ['- Encadrement de 2 ingénieurs juniors (revues de code, pair programming)', ['mentoring']],
    ['- Encadrement de deux développeurs juniors', ['mentoring']],
    ['- Encadrement de 3 stagiaires', ['mentoring']],
    ["- Encadrement d'une équipe de 5 ingénieurs", ['team-leadership']],
  ])('reads « encadrement » of juniors as mentoring, of a team as leadership: %s', (bullet, want) => {
    const got = ids(`EXPÉRIENCE\nIngénieur ML, Acme  2022 - 2025\n${bullet}`).filter((id) => id === 'mentoring' || id === 'team-leadership');
    expect(got).toEqual(want);
  });

  it.each([
    ['- Led a section of 4 Soldiers', true],
    ['- Led a platoon of 30 Marines', true],
    ['- Leading a detachment of 12 airmen', true],
    ['- Led a section of the report on cloud costs', false],
    ['- Member of a section of 8 soldiers led by a sergeant', false],
  ])('reads leading a military section, platoon or detachment as team leadership: %s', (bullet, has) => {
    expect(ids(`EXPERIENCE\nSignal Support Specialist, U.S. Army  2016 - 2020\n${bullet}`).includes('team-leadership')).toBe(has);
  });

  it.each([
    ['- Reported weekly KPIs to the state GM and national operations director', true],
    ['- Weekly KPI report to the GM and the CFO', true],
    ['- Reporting to the VP of Security Operations; triaged SIEM alerts', false],
    ['- Reporting to the GM; ran the depot rota', false],
  ])('reads reporting to a GM as stakeholder communication, a reporting line to one as none: %s', (bullet, has) => {
    expect(ids(`EXPERIENCE\nOperations Manager, Acme Logistics  2018 - 2024\n${bullet}`).includes('stakeholder-communication')).toBe(has);
  });

  it.each([
    [' • Abschlussberichte und Management-Präsentationen', true],
    [' • Managementpräsentationen zu den Ergebnissen', true],
    [' • Vorstandspräsentationen zum Sicherheitsstatus', true],
    [' • Pentests von Webanwendungen', false],
  ])('reads German management and board presentations as stakeholder communication: %s', (bullet, has) => {
    expect(ids(`BERUFSERFAHRUNG\nPentester, Acme  2018 - 2024\n${bullet}`).includes('stakeholder-communication')).toBe(has);
  });

  // A course taken negates its own subject only: the work done after it ("then", "later", "went on") is the person's.
  it.each([
    ['Security Engineer', '- Took a course on Terraform and later led the migration of 40 services to Terraform modules.', 'terraform'],
    ['Cloud Engineer', '- Completed an internal course on AWS and went on to run the AWS landing zone for 120 accounts.', 'aws'],
    ['Security Engineer', '- Attended a course on incident response, then led 30+ incident response engagements as IR lead.', 'incident-response'],
    ['Security Engineer', '- Attended a vendor course on Splunk and then built the SOC detection content in Splunk for 3 years.', 'security-monitoring'],
  ])('reads the work done after a course taken as the person’s: %s %s', (title, bullet, id) => {
    const p = parseResume(`EXPERIENCE\n${title}, Acme    01/2018 – 12/2023\n${bullet}\n`, { asOf: '2026-11-01' });
    expect(p.skills.filter((s) => s.id === id).map((s) => [s.id, s.years])).toEqual([[id, 6]]);
  });

  it('still reads the subject of a course taken, and a list of them, as no skill', () => {
    const p = parseResume('EXPERIENCE\nSecurity Engineer, Acme    01/2018 – 12/2023\n- Threat models. Completed a course on Kubernetes, Terraform and AWS.\n', {
      asOf: '2026-11-01',
    });
    expect(p.skills.map((s) => s.id)).toEqual(['threat-modeling']);
  });

  it.each([
    ['BERUFSERFAHRUNG\n2023 – heute  Leiterin\n· Aufbau und Leitung des Teams AI Governance (3 Mitarbeitende)', 'team-leadership'],
    ['BERUFSERFAHRUNG\n2023 – heute  Beraterin\n· Testen von Schlüsselkontrollen und Aufbereitung der Prüfnachweise für die externe Revision', 'audit'],
    ['EXPERIENCIA\nAnalista  2022 – actualidad\n* Verificación del tratamiento de datos personales en prompts y logs.', 'privacy'],
    ['EXPÉRIENCE\nData scientist  2022 – ce jour\n• Présentation des résultats aux équipes actuariat et marketing', 'stakeholder-communication'],
  ])('reads the German, Spanish and French words of the work: %s', (text, id) => {
    expect(ids(text)).toContain(id);
  });
});

describe('the r26 round: German, French and Spanish cues and aliases', () => {
  it.each([
    ['IT-KENNTNISSE\nProgrammiersprachen  Python, Java\nIn Einarbeitung      PyTorch (Selbststudium)', 'pytorch', false],
    ['IT-KENNTNISSE\nProgrammiersprachen  Python, Java\nIn Einarbeitung      PyTorch (Selbststudium)', 'machine-learning', false],
    ['IT-KENNTNISSE\nProgrammiersprachen  Python, Java\nIn Einarbeitung      PyTorch (Selbststudium)', 'python', true],
    ['PROFIL\nML-Ingenieurin. Wie es weitergeht: Ich möchte in die LLM-Sicherheit wechseln.', 'llm-security', false],
    ["PROFIL\nIngénieure ML. Et ensuite : j'aimerais évoluer vers la sécurité des LLM.", 'llm-security', false],
    ['PERFIL\nIngeniera de ML. Me gustaría orientarme hacia la seguridad de LLM.', 'llm-security', false],
    ['BERUFSERFAHRUNG\n2020 – 2024  ML Engineer, Acme\n• Modelle auf SageMaker-Echtzeit-Endpoints bereitgestellt.', 'ml-deployment', true],
    ['BERUFSERFAHRUNG\n2020 – 2024  ML Engineer, Acme\n• Serving der Modelle aus Docker-Containern auf Kubernetes.', 'ml-deployment', true],
    ['EXPÉRIENCE\nData scientist  2020 – 2024\n• Mise en production du modèle derrière une API de scoring (FastAPI).', 'ml-deployment', true],
    [
      'EXPERIENCIA\nIngeniero de ML, Acme  2020 – 2024\n- Desarrollé y desplegué modelos de detección; modelos servidos desde contenedores Docker.',
      'ml-deployment',
      true,
    ],
    [
      'BERUFSERFAHRUNG\n2020 – 2024  Leiter, Acme\n- Vortrag von Restrisiken und Empfehlungen vor den Entscheidungsträgern der Behörde.',
      'stakeholder-communication',
      true,
    ],
    ['EXPÉRIENCE\nResponsable  2020 – 2024\n- Présentation du risque résiduel et des recommandations aux décideurs.', 'stakeholder-communication', true],
    ['EXPERIENCIA\nResponsable, Acme  2020 – 2024\n- Presento el riesgo residual y las recomendaciones a los responsables.', 'stakeholder-communication', true],
    ['EXPERIENCIA\nAnalista SOC, Acme  2020 – 2024\n- Pruebas de las detecciones con Atomic Red Team y mapeo a MITRE ATT&CK.', 'penetration-testing', false],
    ['EXPERIENCE\nSOC Analyst, Acme  2020 – 2024\n- Led red team exercises against the corporate network.', 'penetration-testing', true],
  ])('%s → %s %s', (text, id, has) => {
    expect(ids(text).includes(id)).toBe(has);
  });
});

describe('the r27 round: what the person builds, learns or receives', () => {
  it.each([
    // A person who builds no models uses an ML library as a tool: PyTorch, no deep learning.
    [
      "PROFILE\nI attack models; I don't build or train models.\n\nEXPERIENCE\nAI Red Teamer, Acme  2020 – 2024\n- Evasion attacks with ART and PyTorch.",
      'pytorch',
      true,
    ],
    [
      "PROFILE\nI attack models; I don't build or train models.\n\nEXPERIENCE\nAI Red Teamer, Acme  2020 – 2024\n- Evasion attacks with ART and PyTorch.",
      'deep-learning',
      false,
    ],
    ['GAPS\n- Never trained or fine-tuned a model.\n\nSKILLS\nPyTorch, Python', 'machine-learning', false],
    ["PROFIL\nJe ne conçois ni n'entraîne de modèles : je les attaque.\n\nCOMPÉTENCES\nPyTorch", 'deep-learning', false],
    ['PERFIL\nNo construyo modelos: los ataco.\n\nHABILIDADES\nPyTorch', 'deep-learning', false],
    ['PROFIL\nIch trainiere keine Modelle, ich greife sie an.\n\nKENNTNISSE\nPyTorch', 'deep-learning', false],
    ['SKILLS\nPyTorch', 'deep-learning', true],
    // A level in brackets in its own column of a skills table.
    ['SKILL MATRIX\nSkill        Level       Years\nPython       Advanced    6\nPyTorch      Beginner    <1   (exposure only)', 'pytorch', false],
    ['SKILL MATRIX\nSkill        Level       Years\nPython       Advanced    6\nPyTorch      Beginner    <1   (exposure only)', 'python', true],
    // Work that belongs to another team.
    [
      'EXPERIENCE\nRed Team Lead, Acme  2020 – 2024\n- The harness calls model APIs only; model training and fine-tuning belong to the research team.',
      'machine-learning',
      false,
    ],
    ["EXPERIENCE\nSenior Counsel, Acme  2020 – 2024\n- Receive the safety team's red-teaming reports before each model release.", 'llm-security', false],
    // A course still being worked through.
    ["SUMMARY\nOutside work I'm slowly working through fast.ai's Practical Deep Learning course.", 'deep-learning', false],
    ['RÉSUMÉ\nEn dehors du travail, je suis tranquillement le cours Practical Deep Learning de fast.ai.', 'deep-learning', false],
    ['EXTRACTO\nFuera del trabajo voy avanzando poco a poco en el curso Practical Deep Learning de fast.ai.', 'deep-learning', false],
    // The French verb "transformer" is no transformer model.
    ['RÉSUMÉ\nTransformer les constats en correctifs réellement livrés.', 'deep-learning', false],
    ['SKILLS\nFine-tuned transformer models for ticket routing', 'deep-learning', true],
  ])('%s → %s %s', (text, id, has) => {
    expect(ids(text).includes(id)).toBe(has);
  });
});

describe('a status on a line of its own that goes on from the certification above (r11)', () => {
  it('reads "CISSP – exam passed Oct 2026⏎endorsement pending" as not held, and leaves the next certification alone', () => {
    const text = 'CERTIFICATIONS\nCCSP (ISC2), 2023\nCISSP – exam passed Oct 2026, ISC2\nendorsement pending\nAWS Certified Security – Specialty, 2024\n';
    expect(parseResume(text, { asOf }).certifications.map((c) => c.id)).toEqual(['aws-security-specialty', 'ccsp']);
  });

  it('keeps a certification whose next line starts in capitals with a status word of another item', () => {
    const text = 'CERTIFICATIONS\nCISSP (ISC2), 2021\nCEH – expired\n';
    expect(parseResume(text, { asOf }).certifications.map((c) => c.id)).toEqual(['cissp']);
  });
});

describe('a status after a list dot belongs to the certification before it (r30)', () => {
  it('reads "OSCP · Preparing – exam planned" and "AIGP – registered; exam date …" as not held', () => {
    const text =
      'CERTIFICATIONS\nCompTIA Security+ · Issued Aug 2024\nOffensive Security OSCP · Preparing – exam planned Q1 2027\nIAPP AIGP – registered; exam date January 2027\n';
    expect(parseResume(text, { asOf }).certifications.map((c) => c.id)).toEqual(['security-plus']);
  });

  it('keeps a certification valid past asOf though another name of its id expired', () => {
    const text =
      'CERTIFICATIONS\nAWS Certified Machine Learning Engineer - Associate - 06/2025, valid through 06/2028\nAWS Certified Machine Learning - Specialty - 03/2022, expired 03/2025\n';
    expect(parseResume(text, { asOf }).certifications.map((c) => c.id)).toEqual(['aws-ml-specialty']);
  });

  it('still splits a list of two certifications at the dot', () => {
    const text = 'CERTIFICATIONS\nOSCP (2019) · CISSP (in progress)\n';
    expect(parseResume(text, { asOf }).certifications.map((c) => c.id)).toEqual(['oscp']);
  });
});

describe('degree fields laid out apart from the degree (r30)', () => {
  const edu = (text: string) => parseResume(text, { asOf }).education.map((e) => [e.level, e.field]);

  it('reads a labelled "Major:" line under the GPA', () => {
    const text =
      "EDUCATION\nSome University\nMaster's degree 05/2019\nGPA: 3.85 of a maximum 4.0\nMajor: Data Science\n\nBachelor's degree 05/2015\nMajor: Electrical Engineering\n";
    expect(edu(text)).toEqual([
      ['master', 'data-science'],
      ['bachelor', 'electrical-engineering'],
    ]);
  });

  it('reads each record\'s own "Major:" line, not the one above its school (r82)', () => {
    const text =
      "EDUCATION\nLakeside University  Denver, CO US\nBachelor's degree 05/2016\nCredits Earned: 120 Semester hours\nMajor: Cybersecurity\nCommunity College of the Air Force  Maxwell AFB, AL US\nAssociate degree 08/2012\nCredits Earned: 64 Semester hours\nMajor: Information Systems Technology\n";
    expect(edu(text)).toEqual([
      ['bachelor', 'cybersecurity'],
      ['associate', 'information-systems'],
    ]);
    const two =
      "EDUCATION\nNorthfield College\nMaster's degree 2019\nMajor: Data Science\nSouthgate State University\nBachelor's degree 2015\nGPA: 3.5\nMajor: Mathematics\n";
    expect(edu(two)).toEqual([
      ['master', 'data-science'],
      ['bachelor', 'mathematics'],
    ]);
  });

  it('does not read "M.S." inside the initials of a school name', () => {
    expect(edu('EDUCATION\nB.M.S. College of Engineering\nBachelor of Engineering - BE, Electronics and Communication Engineering · (2011 - 2015)\n')).toEqual([
      ['bachelor', 'electrical-engineering'],
    ]);
  });

  it('reads the bracketed subject of a one-word degree title, not a track after a major', () => {
    expect(edu('EDUCATION\nBachelor of Computing (Information Systems) · 2014 - 2018\n')).toEqual([['bachelor', 'information-systems']]);
    expect(edu('EDUCATION\nM.Sc. Computer Science (Cyber Security) 2016 - 2018\n')).toEqual([['master', 'computer-science']]);
  });

  it('reads "Eng." for Engineering and a name wrapped onto the next line of a column', () => {
    expect(edu('EDUCATION\nBachelor of Engineering (Honours) (Software Eng.)  Monash University  2011-2015\n')).toEqual([['bachelor', 'software-engineering']]);
    expect(edu('EDUCATION\nB.A.Sc. Computer\nEngineering (Co-op)\nUniversity of Waterloo\n2012 – 2017\n')).toEqual([['bachelor', 'computer-engineering']]);
  });

  it('reads a subject cut at the end of a wrapped line on the line after it', () => {
    expect(
      edu("EDUCATION\nEngineering degree (Diplôme\nd'Ingénieur, Bac+5 — master's\nlevel) in Computer\nEngineering, option Networks\nENSIAS, Rabat — 2014\n"),
    ).toEqual([['master', 'computer-engineering']]);
    expect(edu("EDUCATION\nMaster's\ndegree in Computer\nScience\n")).toEqual([['master', 'computer-science']]);
  });

  it('reads EMBA as an MBA', () => {
    expect(edu('EDUCATION\nEMBA — Reichman University, 2019 – 2021\n')).toEqual([['master', 'business']]);
  });

  it('reads a field wrapped in the first column of a table from the first cells of its rows', () => {
    const table = (a: string, b: string) => `EDUCATION\nQualification        University                 Year\n${a}\n${b}\n`;
    expect(edu(table('B.E. (Computer       Savitribai Phule Pune      2018    CGPA 8.42/10', 'Engineering)         University'))).toEqual([
      ['bachelor', 'computer-engineering'],
    ]);
    expect(edu(table('Master of Science in Wirtschafts-   UCD Graduate Business School   2017', 'informatik (berufsbegleitend)'))).toEqual([
      ['master', 'information-systems'],
    ]);
  });

  it('reads the field of a double degree’s second degree from the line under it, not another degree', () => {
    const text =
      'EDUCATION\n2009 - 2013   Bachelor of Laws (Honours) / Bachelor of Science, Australian National University\n' +
      '              LLB: First Class Honours.\n              BSc: major in Computer Science, minor in Statistics\n';
    expect(edu(text)).toEqual([
      ['bachelor', 'law'],
      ['bachelor', 'computer-science'],
    ]);
  });

  it('reads a degree named "Master Data Science" as a master, not master data, and its years in brackets as no second degree', () => {
    expect(edu('FORMATION\n2018 – 2020   Master Data Science (M1–M2, en alternance), Université Lumière Lyon 2\n')).toEqual([['master', 'data-science']]);
    expect(edu('EDUCATION\n2018 – 2020   Master Data Science, University of Amsterdam\n')).toEqual([['master', 'data-science']]);
  });

  it('reads a slash inside a bracket glossing a degree as two names of it, not a second degree', () => {
    expect(edu('FORMATION\nB.S. Cybersecurity and Information Assurance (licence/bachelor en cybersécurité) — Western Governors University — 2020\n')).toEqual([
      ['bachelor', 'cybersecurity'],
    ]);
  });

  it('reads BASc, a Québec maîtrise and studies suspended', () => {
    expect(edu('EDUCATION\nBASc, Computer Engineering (co-op) — University of Waterloo    2008 – 2013\n')).toEqual([['bachelor', 'computer-engineering']]);
    expect(edu('FORMATION\nMaîtrise en cybersécurité (cheminement avec cours), Polytechnique Montréal    2019 – 2022\n')).toEqual([
      ['master', 'cybersecurity'],
    ]);
    expect(edu('FORMATION\nJ’ai une bonne maîtrise en cybersécurité offensive.\n')).toEqual([]);
    expect(
      edu('EDUCATION\nMSc Cyber Security (online)    University of London    2021 - 2022\n   Completed 4 of 8 modules; studies suspended in 2022\n'),
    ).toEqual([]);
  });
});

describe('a clearance named in a screening question is not held (r30)', () => {
  it('ignores the levels a question lists', () => {
    const text = 'SCREENING\nDo you hold a current security clearance (Baseline, NV1, NV2)?   No\n';
    expect(parseResume(text, { asOf }).clearance).toBeNull();
  });
});

describe('testing or auditing security controls is security compliance (r7)', () => {
  it.each([
    ['EXPERIENCE\nManager  2022 – Present\n- Test the security controls around AI platforms for audit clients'],
    ['EXPÉRIENCE\nManager  2022 – ce jour\n• Test des contrôles de sécurité autour des plateformes d’IA'],
    ['BERUFSERFAHRUNG\n2022 – heute  Managerin\n· Prüfung der Sicherheitskontrollen der KI-Plattformen'],
    ['EXPERIENCIA\nGerente  2022 – actualidad\n* Pruebas de los controles de seguridad de las plataformas de IA'],
  ])('%s', (text) => {
    expect(ids(text)).toContain('security-compliance');
  });

  it.each([
    ['EXPERIENCE\nEngineer  2022 – Present\n- Security controls in CI/CD for models and prompts (dependency scanning, artifact signing)'],
    ['EXPERIENCIA\nIngeniero  2022 – actualidad\n- Controles de seguridad en CI/CD para modelos y prompts'],
  ])('security controls alone are no compliance work: %s', (text) => {
    expect(ids(text)).not.toContain('security-compliance');
  });

  it('makes an assurance manager who tests AI platforms’ security controls and reviews vendors’ security a security worker', () => {
    const p = parseResume(
      'EXPERIENCE\n\nManager, AI Assurance — Halloway   July 2022 – Present\n- Test the security controls around AI platforms and run AI vendor security reviews.\n',
      { asOf },
    );
    expect(p.experience.entries.map((e) => e.kind)).toEqual([['security']]);
    expect(p.experience.securityYears).toBe(4.42);
  });
});

describe('skills round fix-skills2: evening courses, the red team one works alongside', () => {
  it.each([
    ['SKILLS\nPython (beginner, evening course), SQL', ['sql']],
    ['COMPÉTENCES\nPython (débutante, cours du soir), SQL', ['sql']],
    ['CONOCIMIENTOS\nPython (principiante, curso nocturno), SQL', ['sql']],
    ['KENNTNISSE\nPython (Anfängerin, im Abendkurs), SQL und Erfahrung mit Docker', ['docker', 'sql']],
  ])('reads a skill followed by an evening course as being learnt: %s', (text, want) => {
    expect(ids(text)).toEqual(want);
  });

  it.each([
    'SUMMARY\nOn red-team exercises I work alongside the red team as the analyst who tracks findings.',
    'PERFIL\nEn los ejercicios de red team trabajo junto al red team como la analista que sigue los hallazgos.',
  ])('reads a red team one works alongside as no penetration testing: %s', (text) => {
    expect(ids(text)).not.toContain('penetration-testing');
  });

  it('still reads a red team of one’s own as penetration testing', () => {
    expect(ids('EXPERIENCE\nLead  2022 – Present\n- Ran red team exercises against the corporate network.')).toContain('penetration-testing');
  });
});

describe('skills round fix-skills2: work done by others, wrapped acronyms, reports to a board', () => {
  it.each([
    ['EXPERIENCE\nAnalyst  2022 – Present\n- GDPR reviews for the claims systems, not by me.', 'privacy'],
    ["EXPERIENCE\nAnalyst  2022 – Present\n- DPIAs are done by our DPO's team (privacy office), not by me.", 'privacy'],
    ['EXPÉRIENCE\nAnalyste  2022 – aujourd’hui\n- Les revues RGPD sont faites par le juriste, pas par moi.', 'privacy'],
    ['EXPERIENCIA\nAnalista  2022 – actualidad\n- Las revisiones RGPD las hace el jurista, no por mí.', 'privacy'],
    ['BERUFSERFAHRUNG\n2022 – heute  Analystin\n- DSGVO-Prüfungen der Fachbereiche, nicht durch mich.', 'privacy'],
  ])('reads work that is "not by me" as no evidence: %s', (text, id) => {
    expect(ids(text)).not.toContain(id);
  });

  it('still closes a list item at "), " before the next item’s cue', () => {
    expect(ids('SKILLS\nJava (2 years), Kubernetes (learning)')).toEqual(['java']);
  });

  it('reads an acronym at the end of a long wrapped line as going on into the next line', () => {
    const text =
      'EXPERIENCE\nAnalyst  2022 – Present\n◦ Monitor compliance of the 38 systems in the AI register with the internal policy and the EU AI\nAct obligations (risk classification, logging, human oversight).';
    expect(skill(text, 'ai-regulation')?.evidence[0]?.text).toBe('EU AI\nAct');
    expect(ids('SKILLS\nTools used by the analysts of the security operations team: Splunk, QRadar, EU AI\nAct')).not.toContain('ai-regulation');
  });

  it('reads a number opening the line after a long line that ends on a word as going on that line', () => {
    const text =
      "EXPÉRIENCE\nPentesteuse  2018 – 2020\nTests d'intrusion pour des banques (Burp Suite Pro, Metasploit), vulnérabilités restituées selon l'OWASP Top\n10. Deux missions red team.";
    expect(skill(text, 'application-security')?.evidence[0]?.text).toBe('OWASP Top\n10');
    expect(ids('EXPÉRIENCE\nPentesteuse  2018 – 2020\n- Classement OWASP Top\n10. Deux missions red team.')).not.toContain('application-security');
  });

  it('reads an acronym in prose at the end of a long wrapped line as going on into another acronym', () => {
    const text =
      'BERUFSERFAHRUNG\n2022 – heute  Analystin\n- Sicherheitsreviews und Bedrohungsmodelle (STRIDE plus Techniken aus MITRE\nATLAS) für jeden Anwendungsfall.';
    expect(skill(text, 'adversarial-ml')?.evidence[0]?.text).toBe('MITRE\nATLAS');
    expect(ids('SKILLS\nFrameworks used by the analysts of the security operations team: STRIDE, MITRE\nATLAS')).not.toContain('adversarial-ml');
  });

  it.each([
    ['EXPERIENCE\nAnalyst  2022 – Present\n- Run AI risk assessments and report them to the AI Board.', true],
    ['EXPERIENCE\nAnalyst  2022 – Present\n- Wrote the quarterly vulnerability report.', false],
  ])('reads reporting to a board or committee as stakeholder communication: %s', (text, present) => {
    expect(ids(text).includes('stakeholder-communication')).toBe(present);
  });
});

describe('skills round fix-skills2: programmes another team owns', () => {
  it.each([
    'SUMMARY\nGDPR and the EU AI Act sit with the legal team (they own those topics).',
    'PROFIL\nRGPD et AI Act : l’équipe juridique, qui en sont responsables.',
    'PERFIL\nRGPD y AI Act: el equipo legal, que son responsables de ellos.',
    'PROFIL\nDSGVO und AI Act mit der Rechtsabteilung, sie verantworten diese Themen.',
  ])('reads a regulation another team owns as no evidence: %s', (text) => {
    expect(ids(text)).not.toContain('ai-regulation');
  });

  it('reads a line that ends in a number as wrapped before a lowercase word', () => {
    const text =
      'SUMMARY\nComfortable talking LLMs with engineers, and EU AI Act / ISO 42001\nwith our governance team (they own those programs; my team supplies the evidence).';
    expect(ids(text)).toEqual([]);
    expect(ids('SUMMARY\nKnows ISO 42001\nand the EU AI Act well.')).toEqual(['ai-regulation', 'ai-risk-management']);
  });
});

describe('skills round fix-skills2: tutoring junior staff', () => {
  it.each([
    ['EXPERIENCIA\nAnalista  2022 – actualidad\n- Tutorizo a dos analistas junior que se incorporaron este año.', true],
    ['EXPÉRIENCE\nAnalyste  2022 – aujourd’hui\n- J’ai tutoré deux analystes juniors arrivés cette année.', true],
    ['EXPERIENCIA\nAnalista  2022 – actualidad\n- Tutorizo el proyecto de migración de datos.', false],
  ])('reads tutoring junior analysts as mentoring: %s', (text, present) => {
    expect(ids(text).includes('mentoring')).toBe(present);
  });
});

describe('skills round fix-skills2: managing lawyers', () => {
  it.each([
    'EXPÉRIENCE\nResponsable juridique  2022 – aujourd’hui\n• Management de 2 juristes ; veille réglementaire.',
    'EXPERIENCIA\nResponsable jurídica  2022 – actualidad\n- Dirijo a tres abogados del área digital.',
    'BERUFSERFAHRUNG\n2022 – heute  Leiterin Recht\n- Führung von zwei Juristinnen im Bereich Datenschutz.',
  ])('reads managing lawyers as team leadership: %s', (text) => {
    expect(ids(text)).toContain('team-leadership');
  });
});

describe('skills round fix-skills2: drift monitors in French', () => {
  it.each([
    [
      'EXPÉRIENCE\nIngénieure MLSecOps  2023 – aujourd’hui\n• Exploitation des moniteurs de dérive et d’intégrité des données pour 14 modèles en production.',
      true,
    ],
    ['EXPÉRIENCE\nIngénieure  2023 – aujourd’hui\n• Correction de la dérive budgétaire du projet.', false],
    ['EXPERIENCE\nEngineer  2023 – Present\n- Derived surveillance features for the fraud model.', false],
  ])('reads drift monitors as model monitoring: %s', (text, present) => {
    expect(ids(text).includes('model-monitoring')).toBe(present);
  });
});

describe('skills round fix-skills2: a lead implementer or auditor certificate', () => {
  it.each([
    ['CERTIFICATIONS\nISO/IEC 27001 Lead Implementer (2021)', []],
    ['CERTIFICATIONS\nISO/IEC 27001 Lead Auditor (2021)', []],
    ['CERTIFICATIONS\nISO/IEC 27001 (2021)', ['security-compliance']],
  ])('reads the topic of a certificate named as such as no evidence: %s', (text, want) => {
    expect(ids(text)).toEqual(want);
  });
});

describe('skills round fix-skills2: the author of a policy, a release gate', () => {
  it.each([
    'EXPÉRIENCE\nResponsable sécurité  2022 – aujourd’hui\n▪ Membre votant du comité de gouvernance ; autrice de la charte d’utilisation de l’IA générative.',
    'EXPERIENCIA\nResponsable de seguridad  2022 – actualidad\n- Autora de la política de seguridad de la información del grupo.',
    'BERUFSERFAHRUNG\n2022 – heute  Sicherheitsleiterin\n- Autorin der Richtlinie für den Einsatz generativer KI im Konzern.',
  ])('reads the author of a policy as policy development: %s', (text) => {
    expect(ids(text)).toContain('policy-development');
  });

  it.each([
    ['EXPÉRIENCE\nIngénieure  2022 – aujourd’hui\n▪ Porte de mise en production des modèles dans la CI : artefacts signés, SBOM.', ['devsecops']],
    ['EXPÉRIENCE\nIngénieure ML  2022 – aujourd’hui\n▪ Mise en production des modèles de scoring sur Vertex AI.', ['gcp', 'ml-deployment']],
  ])('reads a release gate for models as no model deployment: %s', (text, want) => {
    expect(ids(text)).toEqual(want);
  });
});

describe('skills round fix-skills2: OWASP lists, policies named further from their verb', () => {
  it('reads the OWASP Top 10 next to the OWASP API Top 10 as application security', () => {
    expect(ids('EXPERIENCE\nTester  2022 – Present\n- Web and API tests against the OWASP Top 10 and the OWASP API Top 10.')).toEqual(['application-security']);
  });

  it.each([
    ['EXPERIENCE\nAnalyst  2022 – Present\n- Authored the EMEA addendum to the Model Risk Management Policy.', true],
    ["EXPERIENCE\nAnalyst  2022 – Present\n- Drafted the directorate's AI Security Testing Standard (adopted 2024).", true],
    ['EXPERIENCE\nEngineer  2022 – Present\n- Wrote a Go admission webhook and Kyverno policies for EKS.', false],
  ])('reads a policy or standard written a few words from its verb, policy-as-code aside: %s', (text, present) => {
    expect(ids(text).includes('policy-development')).toBe(present);
  });
});

describe('skills round fix-skills2: data pipelines brought into GDPR compliance', () => {
  it.each([
    ['EXPÉRIENCE\nResponsable  2022 – aujourd’hui\n- Mise en conformité RGPD des pipelines de données et des journaux.', ['privacy']],
    ['EXPERIENCIA\nResponsable  2022 – actualidad\n- Adecuación al RGPD del pipeline de datos de clientes.', ['privacy']],
    ['BERUFSERFAHRUNG\n2022 – heute  Leiterin\n- DSGVO-Konformität der Datenpipeline für Kundendaten.', ['privacy']],
    ['EXPERIENCE\nLead  2022 – Present\n- GDPR remediation of the customer data pipeline.', ['privacy']],
    ['EXPÉRIENCE\nData engineer  2022 – aujourd’hui\n- Conception des pipelines de données Spark pour la finance.', ['data-engineering']],
  ])('reads compliance work on a data pipeline as privacy, not data engineering: %s', (text, want) => {
    expect(ids(text)).toEqual(want);
  });
});

describe('skills round fix-skills2: DeBERTa', () => {
  it('reads a fine-tuned DeBERTa classifier as deep learning, and so machine learning', () => {
    const found = ids('EXPERIENCE\nEngineer  2022 – Present\n- Fine-tuned and evaluated a DeBERTa prompt-injection classifier.');
    expect(found).toContain('deep-learning');
    expect(found).toContain('machine-learning');
  });
});

describe('the r21 round: objects of security work, what others run, courses and current certificates', () => {
  it.each([
    ['EXPERIENCE\nAnalyst  2022 – Present\n- Security assessments of the GPU training cluster and inference endpoints before each release.', 'ml-deployment'],
    ['EXPERIENCE\nEngineer  2022 – Present\n- RBAC and SSO (Entra ID) for the internal model registry and notebook environment.', 'mlops'],
    ['EXPERIENCE\nEngineer  2022 – Present\n- Hands-on penetration testing of model-serving and inference APIs (Burp Suite).', 'ml-deployment'],
    [
      'BERUFSERFAHRUNG\n2022 – heute  Ingenieurin\n- Leitung der Sicherheitsbewertungen der Architektur der internen ML-Trainingsplattform, des Feature Stores',
      'mlops',
    ],
    ['EXPERIENCE\nData Scientist  2022 – Present\n- Experiments in an Azure Machine Learning workspace.', 'mlops'],
    ['EXPERIENCE\nAuditor  2022 – Present\n- Tested ITGCs (access reviews, change management) and collected evidence.', 'identity-access-management'],
    [
      'EXPERIENCE\nIT Auditor  2022 – Present\n- Reviewed IT general controls (quarterly access reviews, backups) for the finance systems.',
      'identity-access-management',
    ],
    [
      'EXPERIENCE\nRisk Analyst  2022 – Present\n- Scoped the IT general controls, user access reviews included, for the annual plan.',
      'identity-access-management',
    ],
    ['EXPERIENCE\nAppSec Manager  2022 – Present\n- Run the bug bounty programme on Intigriti; coordinated annual external pentests.', 'penetration-testing'],
    ['EXPERIENCE\nData Scientist  2022 – Present\n- Present forecast accuracy and risk to the head of trading every week.', 'team-leadership'],
    ['EXPERIENCE\nEngineer  2022 – Present\n- Added injection filtering and output guardrails after a red-team exercise.', 'penetration-testing'],
    ['EXPÉRIENCE\nIngénieure  2022 – ce jour\n- Filtrage des injections ajouté après un exercice de red team.', 'penetration-testing'],
    ['SKILLS\nCollibra | Basic knowledge of Python (followed an introductory course, no professional use)', 'python'],
    ['KENNTNISSE\nKI/ML  Keine eigene Modellentwicklung; Grundlagenkurs „Machine Learning" (Coursera) abgeschlossen', 'machine-learning'],
    ['BERUFSERFAHRUNG\n2022 – heute  Analystin\n- Vierteljährliche KI-Risikoberichte an CISO und VP Engineering.', 'team-leadership'],
    [
      'EXPERIENCE\nEngineer  2022 – Present\n- LLM red teaming: prompt injection, jailbreaks, tool-abuse; findings mapped to the OWASP Top 10.',
      'security-automation',
    ],
  ])('%s', (text, id) => {
    expect(ids(text)).not.toContain(id);
  });

  it('still reads a Head of title, a bug bounty hunter and Azure', () => {
    expect(ids('EXPERIENCE\nHead of Security Engineering  2022 – Present\n- Lead 12 engineers.')).toContain('team-leadership');
    expect(ids('EXPERIENCE\nResearcher  2022 – Present\n- Bug bounty hunter on HackerOne: 40 valid reports.')).toContain('penetration-testing');
    expect(ids('EXPERIENCE\nData Scientist  2022 – Present\n- Experiments in an Azure Machine Learning workspace.')).toContain('azure');
  });

  it('holds a certificate said to be "en cours de validité"', () => {
    const p = parseResume(
      'CERTIFICATIONS\nCIPP/E – IAPP (obtenue en 2023, en cours de validité)\nAIGP – IAPP : en préparation, examen prévu en janvier 2027\n',
      { asOf },
    );
    expect(p.certifications.map((c) => c.id)).toEqual(['cipp']);
  });
});

describe('the r21 round: vocabulary of cloud controls, AI laws, managing and presenting', () => {
  it.each([
    ['EXPERIENCE\nEngineer  2022 – Present\n- Terraform for VPC Service Controls around training data.', ['cloud-security', 'gcp']],
    ['EXPERIENCE\nEngineer  2022 – Present\n- Designed Azure Firewall rules and network security groups for the AKS subnets.', ['cloud-security', 'azure']],
    ['EXPERIENCE\nAnalyst  2022 – Present\n- Map pricing models to Colorado SB 24-205 and the NAIC AI Model Bulletin.', ['ai-regulation']],
    ['EXPERIENCE\nLead  2022 – Present\n- Manage two AI governance analysts.', ['team-leadership']],
    ['EXPERIENCE\nAnalyst  2022 – Present\n- Present open risks monthly to the AI Governance Council.', ['stakeholder-communication']],
  ])('%s', (text, want) => {
    for (const id of want) expect(ids(text)).toContain(id);
  });

  it('does not read a research group named Network Security Group as Azure', () => {
    const found = ids('EXPERIENCE\nSep 2015 – Jul 2017  Postdoctoral Researcher, Network Security Group, Northgate Institute');
    expect(found).not.toContain('azure');
    expect(found).not.toContain('cloud-security');
  });
});

describe('learning on the side, models tested for abuse (r20 translations)', () => {
  it('reads "Learning PyTorch on the side" as being learnt', () => {
    expect(ids('EXPERIENCE\nPlatform Engineer  2023 – Present\n- I build the platform. Learning PyTorch on the side to understand their work.')).not.toContain(
      'pytorch',
    );
  });

  it('reads ML models tested for abuse as the object of the work, and still reads models built', () => {
    expect(ids('EXPERIENCE\nAnalyst  2025 – Present\n- I test our LLM chatbots and ML models for abuse and build the detections for it.')).not.toContain(
      'machine-learning',
    );
    expect(ids('EXPERIENCE\nData Scientist  2025 – Present\n- Built and evaluated ML models for churn.')).toContain('machine-learning');
  });
});

describe('vulnerability and risk assessments (r8, after a line goes on past "of")', () => {
  it('reads them as security assessments', () => {
    expect(
      ids(
        'EXPERIENCE\nAnalyst  2022 – Present\n  •  Evaluate AI systems before go-live: vulnerability and risk assessments of\n     40+ models and vendor AI services.',
      ),
    ).toContain('security-assessment');
  });
});

describe('audits that are no audit work, and the work around an audit (r22)', () => {
  it.each([
    ['Report quarterly to the Executive Committee and the Audit & Risk Committee.', 'audit'],
    ['Presento los hallazgos a la Comisión de Auditoría.', 'audit'],
    ['Bash and Python scripts to collect firewall configs for audit.', 'audit'],
    ['Bash- und Python-Skripte zum Einsammeln von Firewall-Konfigurationen für Audits.', 'audit'],
    ['Membership-inference and data poisoning audits of training sets.', 'audit'],
    ['Reviewed Go code of the messaging backend ahead of the PCI audit.', 'audit'],
    ['Auditorías de seguridad de chatbots y asistentes basados en LLM.', 'audit'],
    ['Run prompt-injection test scripts with the vendor’s test harness.', 'security-automation'],
    ['Wrote SQL and ACL scripts to test full populations of access logs.', 'security-automation'],
    ['Desarrollo de scripts en SQL y ACL para probar poblaciones completas.', 'security-automation'],
    ['Tested change management, backup and patch management controls.', 'vulnerability-management'],
    ['Pruebas de controles de gestión de cambios, copias de seguridad y gestión de parches.', 'vulnerability-management'],
    ['Retrained robust variants in PyTorch and handed them to the ML platform for deployment.', 'mlops'],
    ['Tech lead for the demand-forecasting models behind the pricing engine.', 'team-leadership'],
  ])('%s ↛ %s', (text, id) => {
    expect(ids(`EXPERIENCE\nSecurity Engineer  Jan 2020 – Present\n- ${text}`)).not.toContain(id);
  });

  it.each([
    ['Planned and delivered ISO 27001 audits of the ISMS.', 'audit'],
    ['Tech lead for a 5-person ML team.', 'team-leadership'],
    ['Built a Python harness that replays injection prompts against every release.', 'security-automation'],
    ['Patch management for 120 Linux servers.', 'vulnerability-management'],
    ['Evaluate AI systems (vendor chatbots, ambient clinical documentation, internal RAG search) for vulnerabilities.', 'security-assessment'],
    ['Review AI systems (vendor chatbots, clinical documentation, internal\n  RAG search) for vulnerabilities before approval.', 'security-assessment'],
    ['Presento los hallazgos a las Comisiones de Auditoría y de Riesgos.', 'stakeholder-communication'],
  ])('%s → %s', (text, id) => {
    expect(ids(`EXPERIENCE\nSecurity Engineer  Jan 2020 – Present\n- ${text}`)).toContain(id);
  });

  it.each([
    'Autorizzo il trattamento dei miei dati personali ai sensi del Regolamento UE 2016/679 (GDPR).',
    'I hereby consent to the processing of my personal data for the recruitment process, in accordance with the GDPR.',
    'Ich willige in die Verarbeitung meiner personenbezogenen Daten gemäß DSGVO ein.',
    "J'autorise le traitement de mes données personnelles conformément au RGPD.",
    'Autorizo el tratamiento de mis datos personales conforme al RGPD.',
  ])('a consent line is no privacy work: %s', (line) => {
    expect(ids(`EXPERIENCE\nML Engineer  Jan 2020 – Present\n- Trained models in PyTorch.\n\n${line}`)).not.toContain('privacy');
  });
});

describe('patch management: vulnerability management in security work, IT operations in a sysadmin job', () => {
  it.each([
    ['EXPERIENCE\nSystems Administrator, City Utilities  08/2017 – 09/2019\n- Ran Linux and Windows servers, patch management, backups with Veeam.\n', false],
    ['BERUFSERFAHRUNG\n08/2017 – 09/2019  Systemadministratorin, Stadtwerke GmbH\n- Betrieb von Linux- und Windows-Servern, Patchmanagement\n', false],
    [
      'EXPÉRIENCE PROFESSIONNELLE\n08/2017 – 09/2019  Administrateur systèmes, Régie SA\n- Exploitation des serveurs Linux, gestion des correctifs, sauvegardes\n',
      false,
    ],
    [
      'EXPERIENCIA PROFESIONAL\n08/2017 – 09/2019  Administrador de sistemas, Aguas SL\n- Operación de servidores Linux, gestión de parches y copias de seguridad\n',
      false,
    ],
    ['EXPERIENCE\nSecurity Engineer, Acme  01/2020 – 12/2022\n- Patch management and vulnerability SLAs for 120 Linux servers.\n', true],
    ['BERUFSERFAHRUNG\n01/2020 – 12/2022  IT-Sicherheitsanalystin, Acme GmbH\n- Patchmanagement und Nachverfolgung kritischer Schwachstellen\n', true],
  ])('%j → vulnerability-management: %s', (text, found) => {
    expect(ids(text).includes('vulnerability-management')).toBe(found);
  });
});

describe('the r22 round: a clause goes on after a dotted abbreviation, advising students is mentoring', () => {
  const entry = (line: string) => `EXPERIENCE\nEngineer  Jan 2020 – Present\n- ${line}`;
  it('reads "Advise … Ph.D. students" as mentoring', () => {
    expect(ids(entry('Advise three Ph.D. students and two M.S. students'))).toContain('mentoring');
  });
  it('keeps a clause going after a dotted abbreviation before a lowercase word, not after a sentence stop', () => {
    expect(ids(entry('Supervise 4 Ph.D. students'))).toContain('mentoring');
    expect(ids(entry('Supervise the review. Students joined later'))).not.toContain('mentoring');
  });
});

describe('the r22 round: scanners in pipelines, design reviews, work that serves others or studies a subject', () => {
  const entry = (line: string) => `EXPERIENCE\nEngineer  Jan 2020 – Present\n- ${line}`;
  it.each([
    ['Assess internal chatbots before launch for security vulnerabilities', 'security-assessment'],
    ['Secure-by-design reviews of every new service', 'security-assessment'],
    ['Added secure code review and pipeline gates to every repository', 'devsecops'],
    ['Added Checkov to the CI pipeline for every Terraform change', 'devsecops'],
    ['Designed the sales data warehouse', 'data-engineering'],
    ['Own the store demand-forecasting models', 'machine-learning'],
    ['Fine-tuned open LLMs as jailbreak classifiers', 'llm-applications'],
  ])('%s → %s', (text, id) => {
    expect(ids(entry(text))).toContain(id);
  });
  it.each([
    ['Ran Checkov against Terraform plans', 'devsecops'],
    ['Secure-by-design reviews of every new service', 'application-security'],
    ['Wrote SQL queries that pull cohorts from the data warehouse', 'data-engineering'],
    ['Built the training pipelines for 20 demand-forecasting models', 'machine-learning'],
    ['Scripts check that every system in the AI inventory has a model card', 'responsible-ai'],
    ['Membership-inference attacks against fine-tuned language models', 'llm-applications'],
    ['I review the red-team results of the security team', 'penetration-testing'],
    ['Scored the detector on our red-team corpus', 'penetration-testing'],
    ['I help organisations put guardrails around AI adoption', 'llm-security'],
  ])('%s ↛ %s', (text, id) => {
    expect(ids(entry(text))).not.toContain(id);
  });
  it('reads no deployment or monitoring from a paper title', () => {
    const found = ids('PUBLICATIONS\nDoe J., Roe K. (2025). Calibration drift in deployed risk models. Journal of Statistics.');
    expect(found).not.toContain('ml-deployment');
    expect(found).not.toContain('model-monitoring');
  });
});

describe('the r22 round: "none yet", the committee a piece of work was for, AI use-case inventories', () => {
  const entry = (line: string) => `EXPERIENCE\nEngineer  Jan 2020 – Present\n- ${line}`;
  it('reads "none yet" after a skill as not held', () => {
    expect(ids('SKILLS\nDocker  Intermediate  3\nKubernetes  –  none yet')).toEqual(['docker']);
  });
  it('reads no AI governance from the name of the committee a report was for', () => {
    expect(ids(entry('Prepared explainability reports for the clinical AI oversight committee'))).not.toContain('ai-governance');
    expect(ids(entry('Secretary of the AI Oversight Committee that approves new use cases'))).toContain('ai-governance');
  });
  it('reads an AI use-case inventory as AI governance', () => {
    expect(ids(entry('Keep the AI use-case inventory current'))).toContain('ai-governance');
  });
});

describe('an inline list item that opens with "learning"; a department led', () => {
  it('reads a list item that opens with "learning" as not held', () => {
    expect(ids('SKILLS\nLanguages: Python – 8 yrs, Bash; learning Go').sort()).toEqual(['bash', 'python']);
    expect(ids('SKILLS\nPython, Bash, learning Terraform').sort()).toEqual(['bash', 'python']);
    expect(ids('SKILLS\nPython, Deep learning, TensorFlow')).toContain('deep-learning');
  });
  it('reads leading a department as team leadership, and meeting department heads as none', () => {
    const entry = (line: string) => `EXPERIENCE\nTeacher  Aug 2012 – Jun 2019\n- ${line}`;
    expect(ids(entry('Math department chair 2017-2019: led a department of 6 teachers'))).toContain('team-leadership');
    expect(ids(entry('Head of department for science from 2016'))).toContain('team-leadership');
    expect(ids(entry('Presented results to the department heads every quarter'))).not.toContain('team-leadership');
  });
});

describe('a long wrapped line that ends in an acronym after a lowercase word', () => {
  const summary = (a: string, b: string) => `SUMMARY\n${a}\n${b}\n\nSKILLS\nPython, Linux`;
  it('reads an aspiration on the line before as reaching the wrapped certification name', () => {
    const text = summary(
      'Eight years of cloud infrastructure work, lately on data pipelines. Currently preparing for the AWS',
      'Certified Machine Learning Engineer exam.',
    );
    expect(ids(text)).not.toContain('machine-learning');
    const planned = summary(
      'Platform engineer for six years, mostly on Kubernetes clusters; next spring I plan to sit the GCP',
      'Professional Machine Learning Engineer exam.',
    );
    expect(ids(planned)).not.toContain('machine-learning');
  });
  it('keeps a list line that ends in an acronym apart from the next line', () => {
    const list = 'SKILLS\nLanguages and platforms I use daily: Python, Go, Bash, Terraform, Ansible and AWS\nNot yet: Rust\nKubernetes';
    expect(ids(list)).toContain('kubernetes');
    expect(
      ids(summary('Trained and deployed fraud-detection models on a Kubeflow platform running in GCP', 'Machine learning engineer with PyTorch.')),
    ).toContain('machine-learning');
  });
});

describe('the r23 round: a short line that ends in a word no sentence ends with, models not built, model containers', () => {
  const entry = (line: string) => `EXPERIENCE\nEngineer  Jan 2020 – Present\n- ${line}`;
  it('reads a negation across a short line ending in "with" as one clause', () => {
    expect(ids('SKILLS\nPython, AWS\nNo production experience with\nAzure ML; Bash').sort()).toEqual(['aws', 'bash', 'python']);
    expect(ids('SKILLS\nPython, AWS\nProduction experience with\nAzure ML; Bash')).toContain('azure');
  });
  it('reads "X code but do not build models" as X not held', () => {
    expect(ids('SKILLS\nI read PyTorch code but do not build models.')).not.toContain('pytorch');
    expect(ids('SKILLS\nI build models in PyTorch.')).toContain('pytorch');
  });
  it('reads no machine learning from building the containers of ML models', () => {
    expect(ids('EDUCATION\nM.Sc. Computer Science 2020\nThesis: Reproducible builds for ML model containers')).not.toContain('machine-learning');
    expect(ids('EXPERIENCE\nEngineer  Jan 2020 – Present\n- Trained and evaluated ML models for fraud scoring')).toContain('machine-learning');
  });
  it('reads a hyphenated German security risk assessment', () => {
    const text =
      'BERUFSERFAHRUNG\n03/2024 – heute  Analystin, Acme\n- Führe vor jeder Freigabe die Sicherheits-Risikobewertung des jeweiligen KI-Systems durch.';
    expect(ids(text)).toContain('security-assessment');
  });
  it("reads the areas an audit of a programme covers as its topics, not the person's work", () => {
    const text =
      'EXPERIENCE\nIT Audit Manager  07/2019 – 01/2023\nLed internal audits of the cybersecurity programme (identity and access\nmanagement, SOC operations, vulnerability management) against ISO 27001.';
    expect(ids(text)).not.toContain('identity-access-management');
    expect(ids(text)).not.toContain('vulnerability-management');
    // Only the bracket is the audit's topics: the standard audited against after it is still read.
    expect(ids(text)).toContain('security-compliance');
    expect(ids('EXPERIENCE\nSecurity Engineer  2019 – 2023\n- Ran vulnerability management for 2,000 hosts.')).toContain('vulnerability-management');
  });
  it('reads no stakeholder communication or data engineering from SQL reports and SQL for features', () => {
    const exp = 'EXPERIENCE\nData Analyst  2018 – 2020\n';
    expect(ids(`${exp}- SQL reporting for the credit committee.`)).not.toContain('stakeholder-communication');
    expect(ids(`${exp}- Monthly reporting to the credit committee.`)).toContain('stakeholder-communication');
    expect(ids(`${exp}- SQL (PostgreSQL) for feature pipelines.`)).not.toContain('data-engineering');
    expect(ids(`${exp}- Built feature pipelines on Spark.`)).toContain('data-engineering');
  });
  it('reads no machine learning from building the platform ML models run on', () => {
    expect(ids('SUMMARY\nData engineer who ended up building the platform that ML models run on.')).not.toContain('machine-learning');
    expect(ids('SUMMARY\nData scientist who built ML models for churn on Databricks.')).toContain('machine-learning');
  });
  it('reads no data engineering from data ingestion on the path to inference', () => {
    expect(ids('SUMMARY\nMade the whole path from data ingestion to inference endpoint tamper-evident.')).not.toContain('data-engineering');
    expect(ids('SUMMARY\nBuilt data ingestion with Kafka for the billing warehouse.')).toContain('data-engineering');
  });
  it('reads a service that automatically quarantines artefacts as security automation', () => {
    expect(ids(entry('Wrote a Python service that automatically quarantines model artefacts whose signatures do not match'))).toContain('security-automation');
  });
  it('reads no security assessment from a feature that goes to design review', () => {
    const security = (line: string) => `EXPERIENCE\nSecurity Engineer, Acme  Jan 2020 – Present\n- ${line}`;
    expect(ids(security('Run threat modelling sessions before each feature goes to design review.'))).not.toContain('security-assessment');
    expect(ids(security('Led the design review of the payment service.'))).toContain('security-assessment');
  });
  it('reads a German Sicherheitsreview as a security assessment', () => {
    expect(ids('BERUFSERFAHRUNG\nIngenieur, Acme  01/2020 – heute\n- Sicherheitsreviews neuer Modellarchitekturen vor dem Go-live')).toContain(
      'security-assessment',
    );
  });
  it('reads a strong interest in a skill as not holding it, in each language', () => {
    expect(ids('SKILLS\nPython; strong interest in LLM security (prompt injection)')).toEqual(['python']);
    const german =
      'BERUFSERFAHRUNG\nIngenieur bei der Firma, 01/2020 – heute\n- Entwicklung von Diensten mit Python und Betrieb der Plattform für die Kunden\n\nKENNTNISSE\nSonstiges: großes Interesse an LLM-Sicherheit (Prompt Injection)';
    expect(ids(german)).toEqual(['python']);
    expect(ids('HABILIDADES\nPython. Me interesa especializarme a futuro en seguridad de LLMs.')).toEqual(['python']);
  });
  it('reads "GCP: en aprendizaje" as a skill being learned', () => {
    expect(ids('HABILIDADES\nPython, AWS\nGCP: en aprendizaje; preparo la certificación')).not.toContain('gcp');
  });
  it("reads work another team was in charge of, after a bracket closed at the end of a line, as not the person's", () => {
    const text =
      'EXPERIENCIA\nCientífico de datos, Acme  01/2020 – actualidad\n- Las pruebas de seguridad del asistente (red teaming, prompt injection)\nestuvieron a cargo de otro equipo.';
    expect(ids(text)).not.toContain('llm-security');
  });
  it('reads no policy writing from checking tools against a use policy', () => {
    expect(ids(entry('Check deployed tools against the AI use policy'))).not.toContain('policy-development');
    expect(ids(entry('Wrote the AI use policy'))).toContain('policy-development');
    const french = (line: string) => `EXPÉRIENCE\nAnalyste sécurité, Acme  01/2020 – aujourd'hui\n- ${line}`;
    expect(ids(french("Contrôle des outils déployés au regard de la politique d'usage de l'IA."))).not.toContain('policy-development');
  });
  it('reads "je ne conçois ni n\'entraîne de modèles" as no machine learning', () => {
    const text =
      "EXPÉRIENCE\nAnalyste sécurité IA, Acme  01/2020 – aujourd'hui\n- J'évalue la sécurité des systèmes d'IA de l'hôpital ; je ne conçois ni n'entraîne de modèles.";
    expect(ids(text)).not.toContain('machine-learning');
  });
  it('reads no security tooling from tool-using agents', () => {
    const research = 'EXPERIENCE\nSecurity Researcher, Acme  01/2020 – Present\n- Prompt-injection defences for tool-using agents';
    expect(ids(research)).not.toContain('security-automation');
  });
  it('reads a skill used at user level only as not held', () => {
    expect(ids('SKILLS\nPython\nLinux workstations (user level)')).toEqual(['python']);
    expect(ids('SKILLS\nPython\nLinux administration')).toContain('linux');
  });
  it('reads a non-commissioned officer in charge (NCOIC) as leading a team', () => {
    expect(ids(entry('NCOIC of a four-soldier analysis cell during a deployment'))).toContain('team-leadership');
  });
});

describe('German, French and Spanish readings (r24)', () => {
  const work = (line: string) => ids(`EXPERIENCE\nSecurity Engineer, Acme  2020 – 2024\n- ${line}`);
  it.each([
    ['Nachtrainieren der Modelle mit den adversarialen Beispielen', 'adversarial-ml', true],
    ['Evasion-Tests von ML-Modellen', 'adversarial-ml', true],
    ['Evasion-Tests der EDR-Sensoren', 'adversarial-ml', false],
    ['y reentrené los modelos con las muestras adversarias', 'adversarial-ml', true],
    ['Leitung des Security-Architektur-Reviews jedes Launches', 'security-assessment', true],
    ['OPA-Gatekeeper-Richtlinien für Kubernetes geschrieben', 'policy-development', false],
    ['Sicherheitsleitlinien und Richtlinien (Passwort, Mobile Devices) verfasst', 'policy-development', true],
    ['Rédaction de politiques IAM de moindre privilège pour les rôles de service', 'policy-development', false],
    ['Rédaction de politiques de sécurité pour le groupe', 'policy-development', true],
    ['Redacción de políticas IAM de mínimo privilegio', 'policy-development', false],
    ['Dirige une équipe de quatre conseillers', 'team-leadership', true],
    ['Redacción de los informes y presentación a los responsables de producto y de seguridad de los clientes', 'stakeholder-communication', true],
    ["Rend compte deux fois par année au comité de gestion des risques du conseil d'administration", 'stakeholder-communication', true],
    ['Conseils sur la Loi sur la protection des renseignements personnels dans le secteur privé', 'privacy', true],
    ['Réalisation de 60 évaluations des facteurs relatifs à la vie privée (EFVP)', 'privacy', true],
    ["Équilibre entre vie privée et vie professionnelle de l'équipe", 'privacy', false],
  ])('%s → %s: %s', (line, id, found) => {
    expect(work(line).includes(id)).toBe(found);
  });
  it('reads "ferme automatiquement" in security work as automation, "apprentissage automatique" as none', () => {
    expect(work('Service Python qui enrichit les alertes et ferme automatiquement les schémas bénins connus')).toContain('security-automation');
    expect(ids("EXPÉRIENCE\nChercheur en sécurité, Acme  2020 – 2024\n- Sécurité de l'apprentissage automatique, vulnérabilités")).not.toContain(
      'security-automation',
    );
  });
  it.each([
    ['EXPERIENCIA\nIngeniero, Acme  2020 – 2024\n- No entreno modelos de deep learning, solo los despliego.'],
    ["EXPÉRIENCE\nIngénieur, Acme  2020 – 2024\n- Je n'entraîne pas de modèles de deep learning, je les déploie."],
    ['ERFAHRUNG\nIngenieur, Acme  2020 – 2024\n- Ich trainiere keine Deep-Learning-Modelle, ich betreibe sie.'],
  ])('reads "I don\'t train models" in its language: %s', (text) => {
    expect(ids(text)).not.toContain('deep-learning');
  });
  it('keeps what is trained beside what is not developed (Spanish)', () => {
    expect(ids('EXPERIENCIA\nIngeniero, Acme  2020 – 2024\n- Entreno modelos de deep learning; no desarrollo el frontend.')).toContain('deep-learning');
  });
  it('reads no SQL from a thesis on SQL injection (Spanish, German)', () => {
    expect(ids('FORMACIÓN\nTrabajo Fin de Grado: «Detección de inyección SQL en aplicaciones PHP»')).not.toContain('sql');
    expect(ids('AUSBILDUNG\nMasterarbeit: „Erkennung von SQL-Injektionen in PHP-Anwendungen“')).not.toContain('sql');
  });
  it('reads Active Directory named beside Windows Server as a system, not identity work', () => {
    expect(ids('COMPÉTENCES\nSystèmes : Linux (Debian, RHEL), Windows Server / Active Directory')).not.toContain('identity-access-management');
    expect(ids('SKILLS\nOkta, Active Directory, SAML')).toContain('identity-access-management');
  });
});

describe('computer vision under attack (French and Spanish, as in English)', () => {
  it.each([
    ['RESUMEN\nDesde 2024, red teaming de aplicaciones basadas en LLM y de modelos de visión artificial para clientes.', false],
    ['RESUMEN\nPruebas de evasión y ataques adversariales contra modelos de visión por computadora.', false],
    ['RESUMEN\nDesarrollé modelos de visión artificial en PyTorch para control de calidad.', true],
    ['RÉSUMÉ\nDepuis 2024, du red teaming d’applications à base de LLM et de modèles de vision par ordinateur.', false],
    ['RÉSUMÉ\nConception de modèles de vision par ordinateur pour le contrôle qualité.', true],
  ])('%s → deep-learning: %s', (text, found) => {
    expect(ids(text).includes('deep-learning')).toBe(found);
  });
});

describe('the r25 round (English): list cells, new hires, research led, other kinds of assessment and of models', () => {
  const security = (line: string) => ids(`EXPERIENCE\nSecurity Analyst, Acme  Jan 2020 – Present\n- ${line}`);
  const it_ = (line: string) => ids(`EXPERIENCE\nSystems Administrator, Acme  Jan 2020 – Present\n- ${line}`);
  it('reads each cell of a pipe-separated skills list in its own clause', () => {
    const list = 'DIGITAL SKILLS\nMITRE ATLAS | IBM Adversarial Robustness Toolbox | garak | Machine learning | LLMs | GenAI | Python';
    expect(ids(list)).toEqual(expect.arrayContaining(['adversarial-ml', 'machine-learning', 'llm-applications', 'python']));
    expect(ids('SKILLS\nAdversarial robustness of machine learning models, Python')).not.toContain('machine-learning');
  });
  it.each([
    ['Coach two Tier-1 analysts and lead new-hire onboarding for the SOC.', 'team-leadership', false],
    ['Manage a team of three GRC analysts; set priorities, hire, run performance reviews.', 'team-leadership', true],
    ['Led a research line on membership-inference attacks against image classifiers.', 'team-leadership', false],
    ['Led four analysts on the night shift.', 'team-leadership', true],
    ['Led a four-soldier analysis cell; delivered the daily intelligence brief.', 'team-leadership', true],
    ['All-source threat assessments of insurgent networks along supply routes.', 'security-assessment', false],
    ['Performed audit risk assessments, set materiality and designed substantive procedures.', 'security-assessment', false],
    ['Performed security risk assessments of new vendors.', 'security-assessment', true],
    ['Essential Eight maturity assessments and ISM control assessments in support of IRAP assessors.', 'security-assessment', true],
    ['Essential Eight maturity assessments and ISM control assessments in support of IRAP assessors.', 'security-compliance', true],
    ['Assessed the model risk management program against OSFI Guideline E-23.', 'ai-regulation', true],
    ['Triage UEBA anomaly alerts (vendor-built machine learning models) and tune alert thresholds.', 'machine-learning', false],
    ['Evasion testing of customer-provided YOLO object detectors with the Adversarial Robustness Toolbox.', 'deep-learning', false],
  ])('%s → %s: %s', (line, id, found) => {
    expect(security(line).includes(id)).toBe(found);
  });
  it('reads a system built with YOLO as deep learning', () => {
    expect(security('Built a YOLO object detector for perimeter cameras.')).toContain('deep-learning');
  });
  it('reads no security automation from automating mailboxes and laptops', () => {
    expect(security('PowerShell automation for mailbox and laptop set-up.')).not.toContain('security-automation');
    expect(security('Python automation for phishing triage.')).toContain('security-automation');
  });
  it("reads what stands after another team's name as that team's work", () => {
    expect(it_("Provisioned GPU VMs and storage accounts for the data science team's model training.")).not.toContain('machine-learning');
    expect(it_('Owned the model training pipeline for the data science team.')).toContain('machine-learning');
  });
  it("reads what runs on another team's platform, or what another team did while supported, as that team's work", () => {
    expect(it_("Containerised with Docker, deployed on the platform team's Terraform-provisioned clusters.")).not.toContain('terraform');
    expect(it_('Provisioned the clusters with Terraform.')).toContain('terraform');
    expect(it_("Supported the client's security team during their penetration test of the inference API.")).not.toContain('penetration-testing');
    expect(it_('Ran the penetration test of the inference API.')).toContain('penetration-testing');
  });
});

describe('the r26 round (English): departments, debriefs, document sections, detectors, published guidance, evening courses', () => {
  const security = (line: string) => ids(`EXPERIENCE\nSecurity Engineer, Acme  Jan 2020 – Present\n- ${line}`);
  it.each([
    ['Moved from the ML team into a new MLSecOps role inside Product Security.', 'application-security', false],
    ['Seven years in product security at a fintech.', 'application-security', false],
    ['Seven years in application or product security at a fintech.', 'application-security', true],
    ['Debrief the CISO and business owners after each exercise.', 'stakeholder-communication', true],
    ['Review guardrail configurations and sign off the red team section of the launch checklist.', 'penetration-testing', false],
    ['Ran poisoning and evasion evaluations against the detectors before each release.', 'adversarial-ml', true],
    ['Authored the assessment methodology; published as agency guidance in 2025.', 'policy-development', true],
    ['Wrote reproducible PoCs and fix guidance for developers.', 'policy-development', false],
  ])('%s → %s: %s', (line, id, found) => {
    expect(security(line).includes(id)).toBe(found);
  });
  it('reads a skill named before "(evening)" in a course title as no evidence', () => {
    expect(ids('EDUCATION\nGriffith College\nCertificate in Python Programming (evening) · (2026 - 2026)')).not.toContain('python');
    expect(ids('EDUCATION\nGriffith College\nCertificate in Python Programming · (2026 - 2026)')).toContain('python');
  });
});

describe('the r27 round (German, French, Spanish): negated project experience, roles not sought, risk committees, harnesses, technical audits', () => {
  const de = (line: string) => ids(`BERUFSERFAHRUNG\n01/2020 – heute  Security Engineer, Acme GmbH\n- ${line}`);
  const fr = (line: string) => ids(`EXPÉRIENCE\nIngénieure sécurité, Acme  janvier 2020 – aujourd'hui\n- ${line}`);
  const es = (line: string) => ids(`EXPERIENCIA\nIngeniera de seguridad, Acme  enero de 2020 – actualidad\n- ${line}`);
  it.each([
    ['Keine Rollen mit disziplinarischer Führung gesucht; Mentoring mache ich gern.', 'team-leadership', false],
    ['Disziplinarische Führung von vier Analysten.', 'team-leadership', true],
    ['Vierteljährlicher Bericht zu KI-Sicherheitsrisiken an den CTO und den Risikoausschuss des Boards.', 'stakeholder-communication', true],
    ['Vorstellung der Testergebnisse beim öffentlichen Auftraggeber.', 'stakeholder-communication', true],
    ['Guardrail-Richtlinie (Input-/Output-Filterung) erstellt.', 'policy-development', false],
    ['Richtlinie zum Einsatz generativer KI erstellt.', 'policy-development', true],
  ])('de: %s → %s: %s', (line, id, found) => {
    expect(de(line).includes(id)).toBe(found);
  });
  it('reads "keine Projekterfahrung mit" in a skills table row as a negation of the clouds after it', () => {
    const row = (cell: string) => ids(`KENNTNISSE\n\nInfrastruktur         Docker, Linux\nCloud                 ${cell}\n`);
    expect(row('keine Projekterfahrung mit AWS, Azure oder GCP')).not.toContain('azure');
    expect(row('Projekterfahrung mit AWS, Azure und GCP')).toContain('azure');
  });
  it.each([
    ["Présentation trimestrielle d'un rapport sur les risques de sécurité de l'IA au CTO et au comité des risques.", 'stakeholder-communication', true],
    ["Développement de « redline », un harnais interne en Python qui rejoue les prompts d'attaque.", 'security-automation', true],
    ["Développement en Go d'un contrôleur d'admission Kubernetes qui refuse tout modèle non signé.", 'security-automation', true],
    ["Audits d'architecture pour des clients OIV.", 'audit', false],
    ['Coordination des audits internes et tests des contrôles généraux informatiques.', 'audit', true],
    ['Définition de la politique de garde-fous (filtrage des entrées/sorties).', 'policy-development', false],
    ["Rédaction de la politique d'utilisation de l'IA générative.", 'policy-development', true],
    ["Encadrement d'une équipe de 4 ingénieurs et de 2 alternants (recrutement, entretiens annuels, montée en compétences)", 'mentoring', true],
    ["Encadrement d'une équipe de 4 ingénieurs et de 2 alternants (recrutement, entretiens annuels,\n    montée en compétences)", 'mentoring', true],
  ])('fr: %s → %s: %s', (line, id, found) => {
    expect(fr(line).includes(id)).toBe(found);
  });
  it('reads a security auditor who is also a pentester as no auditor (French)', () => {
    const text = (title: string) => ids(`EXPÉRIENCE\nDe septembre 2016 à février 2020  ${title}\nVigie Conseil – Rennes\n- Tests d'intrusion applicatifs.`);
    expect(text('Auditrice sécurité / pentesteuse')).not.toContain('audit');
    expect(text('Auditrice informatique')).toContain('audit');
  });
  it.each([
    ['Presento un informe trimestral de riesgos de seguridad de IA al CTO y al comité de riesgos del consejo.', 'stakeholder-communication', true],
    ['Definí la política de guardarraíles (filtrado de entradas/salidas).', 'policy-development', false],
    ['Redacté la política de uso de IA generativa.', 'policy-development', true],
    ['Reescribí el marco normativo de seguridad de la información (1 política, 14 normas).', 'policy-development', true],
    ['Elaboré el marco normativo interno de protección de datos.', 'policy-development', true],
    ['Adapté los procesos al marco normativo del sector.', 'policy-development', false],
    ['Reescribí la política de contraseñas del grupo.', 'policy-development', true],
    ['Desarrollé en Go un controlador de admisión de Kubernetes que rechaza modelos sin firmar.', 'security-automation', true],
  ])('es: %s → %s: %s', (line, id, found) => {
    expect(es(line).includes(id)).toBe(found);
  });
});

describe('the r28 round (German, French, Spanish): standards written, audiences, CVE remediation, work done by another team', () => {
  const de = (line: string) => ids(`BERUFSERFAHRUNG\n01/2020 – heute  Security Engineer, Acme GmbH\n- ${line}`);
  const fr = (line: string) => ids(`EXPÉRIENCE\nIngénieure sécurité, Acme  janvier 2020 – aujourd'hui\n- ${line}`);
  const es = (line: string) => ids(`EXPERIENCIA\nIngeniera de seguridad, Acme  enero de 2020 – actualidad\n- ${line}`);
  it.each([
    ['Den ML Model Security Standard von Acme verfasst.', 'policy-development', true],
    ['Umsetzung nach dem Standard des Konzerns erstellt.', 'policy-development', false],
    ['Stelle dem CISO jedes Quartal die Risiken der ML-Plattform vor.', 'stakeholder-communication', true],
    ['Präsentation der KI-Sicherheitslage gegenüber dem CTO.', 'stakeholder-communication', true],
    ['ML-Base-Images mit Trivy gescannt und die CVE-Behebung für 40 Images vorangetrieben.', 'vulnerability-management', true],
    ['Führung von zwei GRC-Analysten.', 'team-leadership', true],
    ['Einen Python-Service gebaut, der die Provenienz von Modellen prüft und unsignierte Modelle blockiert.', 'security-automation', true],
    ['Modellvalidierung und Bias-Tests werden vom Team Model Risk Management durchgeführt.', 'responsible-ai', false],
  ])('de: %s → %s: %s', (line, id, found) => {
    expect(de(line).includes(id)).toBe(found);
  });
  it.each([
    ['Rédaction du ML Model Security Standard de Acme.', 'policy-development', true],
    ['Présentation trimestrielle des risques de la plateforme ML au RSSI.', 'stakeholder-communication', true],
    ["Co-responsable, avec l'équipe MLOps, du cluster d'entraînement.", 'team-leadership', false],
    ["Responsable d'une équipe de quatre analystes.", 'team-leadership', true],
    ['Management de deux analystes GRC.', 'team-leadership', true],
    ['Les audits de biais sont réalisés par l’équipe Model Risk, et non par mon service.', 'responsible-ai', false],
    ['Audits de biais des modèles de crédit.', 'responsible-ai', true],
    ['Requêtes SQL sur les entrepôts de données de la DSI.', 'data-engineering', false],
    ['Développement d’un service Python qui vérifie la provenance des modèles et bloque leur promotion.', 'security-automation', true],
  ])('fr: %s → %s: %s', (line, id, found) => {
    expect(fr(line).includes(id)).toBe(found);
  });
  it.each([
    ['Redacté el ML Model Security Standard de Acme.', 'policy-development', true],
    ['Escaneo de imágenes con Trivy e impulso de la remediación de CVE en 40 imágenes.', 'vulnerability-management', true],
    ['Consultas SQL sobre el almacén de datos de siniestros.', 'data-engineering', false],
    ['Diseño del almacén de datos de siniestros en Snowflake.', 'data-engineering', true],
    ['Desarrollé un servicio en Python que comprueba la procedencia de los modelos y bloquea su promoción.', 'security-automation', true],
  ])('es: %s → %s: %s', (line, id, found) => {
    expect(es(line).includes(id)).toBe(found);
  });
});

describe('names that are no skill in their context (r30)', () => {
  it('a plural title head before "of" names other people: "heads of technology risk"', () => {
    const exp = 'EXPERIENCE\nSenior Associate — Acme   Jul 2023 – Present\n';
    expect(ids(`${exp}- Present findings to client CISOs and heads of technology risk.\n`)).not.toContain('team-leadership');
    expect(ids(`${exp}- Head of technology risk for the region.\n`)).toContain('team-leadership');
  });

  it('a scripted decision-tree bot is no machine learning; a decision tree model is', () => {
    const exp = 'EXPERIENCE\nAnalyst — Acme   Apr 2021 – Jun 2023\n';
    expect(ids(`${exp}- Maintained the scripted (decision-tree) FAQ bot on the customer portal.\n`)).not.toContain('machine-learning');
    expect(ids(`${exp}- Trained a decision tree to predict claim fraud.\n`)).toContain('machine-learning');
  });

  it('"Offensive Security" before a certification is its issuer, no penetration testing', () => {
    expect(ids('CERTIFICATIONS\nOffensive Security OSCP · Preparing\n')).not.toContain('penetration-testing');
    expect(ids('SKILLS\nOffensive security, web application testing\n')).toContain('penetration-testing');
  });

  it('MAS TRM is a security compliance framework', () => {
    expect(ids('EXPERIENCE\nConsultant — Acme   Jul 2023 – Present\n- Gap assessments against MAS TRM Guidelines.\n')).toContain('security-compliance');
  });

  it("purple-team sessions with the red team are a defender's work, no penetration testing", () => {
    const exp = 'EXPERIENCE\nDetection Engineer — Acme   Nov 2023 – Present\n';
    expect(ids(`${exp}- Run purple-team sessions with the red team to validate coverage against MITRE ATT&CK.\n`)).not.toContain('penetration-testing');
  });

  it('a CI pipeline that ships SIEM detection rules (KQL, SPL) is no DevSecOps', () => {
    const exp = 'EXPERIENCE\nSenior Detection Engineer — Acme   Nov 2023 – Present\n';
    expect(
      ids(`${exp}- 240 analytics rules in KQL, version controlled in GitHub, unit-tested and deployed through a GitHub Actions pipeline.\n`),
    ).not.toContain('devsecops');
    expect(ids(`${exp}- Fuzzing tool packaged in Docker and wired into GitHub Actions as a release gate.\n`)).toContain('devsecops');
  });

  it('a leak through a vector store is a security finding, no LLM application', () => {
    const exp = 'EXPERIENCE\nConsultant — Acme   Jul 2023 – Present\n';
    expect(ids(`${exp}- Test permissions (no cross-customer leakage through the vector store).\n`)).not.toContain('llm-applications');
  });
});

describe('r31 readings', () => {
  const job = (line: string) => `EXPERIENCE\nSecurity Engineer, Acme  2020 – 2024\n- ${line}`;
  const de = (line: string) => `BERUFSERFAHRUNG\nSicherheitsingenieurin, Acme  2020 – 2024\n- ${line}`;
  const fr = (line: string) => `EXPÉRIENCE\nIngénieure sécurité, Acme  2020 – 2024\n- ${line}`;
  const es = (line: string) => `EXPERIENCIA\nIngeniera de seguridad, Acme  2020 – 2024\n- ${line}`;
  it.each([
    [job('Led a 4-person shift crew on the 24/7 watch floor.'), 'team-leadership', true],
    [de('Fachliche Leitung einer Schicht mit 4 Analysten (Einsatzplanung, Übergaben)'), 'team-leadership', true],
    [de('Leitung einer 4-köpfigen Schichtcrew im 24/7-Betrieb'), 'team-leadership', true],
    [de('Mitarbeit im Projekt unter Leitung von zwei Senior-Analysten'), 'team-leadership', false],
    [fr("Chef d'une équipe de quart de 4 personnes."), 'team-leadership', true],
    [es('Jefe de un turno de 4 personas en la sala de operaciones.'), 'team-leadership', true],
    [job('Test our detection models against adversarial evasion (IBM ART).'), 'adversarial-ml', true],
    [fr("Tests de nos modèles de détection contre l'évasion adversariale (IBM ART)."), 'adversarial-ml', true],
    [es('Pruebas de nuestros modelos de detección frente a evasión adversarial (IBM ART).'), 'adversarial-ml', true],
    [fr("Suivi de la dérive des variables d'entrée ; réentraînement déclenché en cas de dérive."), 'model-monitoring', true],
    [es('Monitorización de deriva de las variables de entrada.'), 'model-monitoring', true],
    [fr('Suivi de la dérive de configuration Terraform.'), 'model-monitoring', false],
    // Topics of a policy the person wrote are no applied work, in every language's word order.
    [
      fr("Rédaction de 22 politiques et standards de sécurité de l'information (contrôle d'accès, cryptographie, sécurité des fournisseurs)."),
      'cryptography',
      false,
    ],
    [es('Redacté 22 políticas y normas de seguridad de la información (control de acceso, criptografía, seguridad de proveedores).'), 'cryptography', false],
    [
      de('Erstellung von 22 Informationssicherheitsrichtlinien und -standards (Zugriffskontrolle,\n  Kryptografie, Lieferantensicherheit)'),
      'cryptography',
      false,
    ],
    [de('Durchführung von Sicherheitsrisikobewertungen für über 90 Drittanbieter'), 'security-assessment', true],
    [job('Active Directory, Exchange 2013, backups with Veeam.'), 'identity-access-management', false],
    [de('Active Directory, Exchange 2013, Datensicherung mit Veeam'), 'identity-access-management', false],
    [fr("Revues de sécurité de la plateforme d'IA générative (Azure OpenAI, Azure AI Search) : isolation réseau."), 'llm-applications', false],
    [job('Initial incident containment and evidence collection.'), 'incident-response', true],
    [es('Contención inicial de incidentes y apoyo al equipo de respuesta.'), 'incident-response', true],
    [de('Bereitstellung der Modelle als REST-API (FastAPI)'), 'ml-deployment', true],
    [de('Deployment als Inference-Endpunkt in Azure Machine Learning'), 'ml-deployment', true],
    [de('Penetrationstest und Absicherung der Inferenz-Endpunkte'), 'ml-deployment', false],
    [
      'EXPÉRIENCE\nTechnicien cyberdéfense, US Air Force  2012 – 2018\n- Surveillance des réseaux avec Snort.\n- Traitement des incidents selon la CJCSM 6510.01B.',
      'incident-response',
      true,
    ],
    ["EXPÉRIENCE\nTechnicien support, Acme  2012 – 2018\n- Traitement des incidents et des demandes d'assistance.", 'incident-response', false],
  ])('%s → %s %s', (text, id, want) => {
    expect(ids(text).includes(id)).toBe(want);
  });
  it('reads "nodes" (of a cluster) in a skills list as no typo of Node.js', () => {
    expect(ids('SKILLS\nSlurm; ran the Linux GPU cluster (8 x A100 nodes) for the lab')).not.toContain('javascript');
    expect(ids('SKILLS\nKubernetes (worker nodes, taints), Helm')).not.toContain('javascript');
    expect(ids('SKILLS\nNodejs, Express')).toContain('javascript');
  });
  it('reads "firma" (signature, company) in a Spanish or German skills list as no typo of a skill', () => {
    expect(ids('HABILIDADES\nSeguridad de IA: MITRE ATLAS · firma de modelos')).not.toContain('security-compliance');
    expect(ids('KENNTNISSE\nKI-Sicherheit: MITRE ATLAS, Firma der Modelle und Signaturen')).not.toContain('security-compliance');
  });
});

describe('an exploring row and its wrapped lines', () => {
  it.each([
    ['SKILLS\nLanguages: Python\nExploring: LLM applications (LangChain) - coursework only, no production work yet; TensorFlow'],
    ['KENNTNISSE\nSprachen: Python\nErste Schritte: LLM-Anwendungen (LangChain) – nur im Rahmen von Kursen, noch keine produktive Erfahrung;\nTensorFlow'],
    [
      "COMPÉTENCES\nLangages : Python\nEn découverte : applications LLM (LangChain) – uniquement dans le cadre de cours, pas encore\nd'expérience en production ; TensorFlow",
    ],
    ['HABILIDADES\nLenguajes: Python\nExplorando: aplicaciones con LLM (LangChain) – solo en cursos, todavía sin experiencia en producción;\nTensorFlow'],
  ])('%s', (text) => {
    expect(ids(text)).toEqual(['python']);
  });
  it('goes on past a line left open by a comma or a semicolon, up to a bullet or a line with its own label', () => {
    expect(ids('SKILLS\nExploring: Rust,\nTensorFlow\nPlatforms: Docker')).toEqual(['docker']);
    expect(ids('SKILLS\nExploring: Rust;\n- TensorFlow')).toContain('tensorflow');
  });
  it('takes dot leaders as the end of its label', () => {
    expect(ids('SKILLS\nLanguages ...... Python\nLearning ....... PyTorch (evening course), LLM guardrails')).toEqual(['python']);
    expect(ids('KENNTNISSE\nSprachen .. Python\nIn Einarbeitung .. PyTorch (Abendkurs), LLM-Guardrails')).toEqual(['python']);
  });
  it('stops at the end of a sentence: the label spoke of that sentence only', () => {
    const text = 'SUMMARY\nNext step: moving towards LLM security. I have not built LLM apps yet; our models in\nproduction run on Kubernetes.';
    expect(ids(text)).toContain('kubernetes');
  });
});

describe('mobile and API application testing is application security (r31)', () => {
  it.each([
    'Mobile app testing with MobSF and Frida for two banks',
    '70+ web application and API penetration tests (Burp Suite Pro)',
    'Independent web, API and mobile penetration testing',
  ])('%s', (line) => {
    expect(ids(`EXPERIENCE\nPenetration Tester — Acme Security   2019-07 – 2021-12\n- ${line}\n`)).toContain('application-security');
  });
});

describe('what the person does not do, plans, or only names (r31, English)', () => {
  const exp = 'EXPERIENCE\nSecurity Engineer — Acme   Jul 2023 – Present\n';

  it('a language that only qualifies the services someone containerised is no evidence of writing it', () => {
    expect(ids(`${exp}- Containerised the legacy Java services with Docker.\n`)).not.toContain('java');
    expect(ids(`${exp}- Wrote the billing services in Java.\n`)).toContain('java');
  });

  it('"Interested in:" names a wish, not a skill', () => {
    expect(ids('SKILLS\nPython, Docker\nInterested in: fine-tuning large language models for clinical notes\n')).not.toContain('llm-applications');
    expect(ids('SKILLS\nPython, Docker, fine-tuning large language models\n')).toContain('llm-applications');
  });

  it('leading a research group is team leadership; a lead role within a group is not', () => {
    const lab = 'EXPERIENCE\nSenior Lecturer, University of X   2024-01 – 2026-06\n';
    expect(ids(`${lab}Lead the Clinical ML research group (3 PhD students and one research engineer).\n`)).toContain('team-leadership');
    expect(ids(`${lab}Lead data scientist in the fraud analytics group.\n`)).not.toContain('team-leadership');
  });

  it('a volunteer coach of a youth football club is no mentoring', () => {
    expect(ids('VOLUNTEERING\nVolunteer coach, FC Woensel under-11s.\n')).not.toContain('mentoring');
    expect(ids(`${exp}- Coach two junior analysts on detection engineering.\n`)).toContain('mentoring');
  });

  it('POPIA is a privacy law', () => {
    expect(ids(`${exp}- Led POPIA readiness reviews for three insurers.\n`)).toContain('privacy');
  });

  it('controls tested over model registries, or ML pipelines threat-modelled, are no MLOps', () => {
    expect(ids(`${exp}- Test change-management and access controls over model registries and training data stores.\n`)).not.toContain('mlops');
    expect(ids(`${exp}- Threat model ML pipelines (data ingestion, training, deployment) using STRIDE.\n`)).not.toContain('mlops');
    expect(ids('EXPERIENCE\nMLOps Engineer — Acme   Jul 2023 – Present\n- Built the ML pipelines and the model registry on Kubeflow.\n')).toContain('mlops');
  });

  it('what other teams train and deploy is theirs; a release gate before model deployment deploys nothing', () => {
    const text = `${exp}- Our research and ML engineering teams train and deploy the models; my team attacks them.\n- Red-team sign-off is a required gate before model deployment.\n`;
    expect(ids(text)).not.toContain('machine-learning');
    expect(ids(text)).not.toContain('ml-deployment');
    expect(ids('EXPERIENCE\nML Engineer — Acme   Jul 2023 – Present\n- Owned model deployment to SageMaker endpoints.\n')).toContain('ml-deployment');
  });

  it('a DAST scan against a staging environment is no pipeline gate; a SAST rollout is DevSecOps', () => {
    expect(ids(`${exp}- Ran DAST scans (OWASP ZAP) against staging and triaged the findings.\n`)).not.toContain('devsecops');
    expect(ids(`${exp}- Rolled out SAST (Semgrep) to 90 repos.\n`)).toContain('devsecops');
  });

  it('a heading of two gap labels heads a block of plans: "LEARNING & NEXT STEPS"', () => {
    const text =
      'SKILLS\nSQL, Excel\n\nLEARNING & NEXT STEPS\n • Currently taking the Machine Learning Specialization (Coursera), 2 of 3\n   courses done.\n • Goal: move into ML engineering and model deployment within two years.\n';
    expect(ids(text)).not.toContain('machine-learning');
    expect(ids(text)).not.toContain('ml-deployment');
    expect(ids('SKILLS\nSQL\nGoal: move into model deployment.\n')).not.toContain('ml-deployment');
  });

  it('an outsourced SOC provider is no security monitoring of the person', () => {
    expect(ids(`${exp}- Manage the contract and SLAs of the outsourced SOC provider.\n`)).not.toContain('security-monitoring');
    expect(ids(`${exp}- Built the SOC runbooks and triaged alerts.\n`)).toContain('security-monitoring');
  });

  it('"IAM II" is a DoD 8140 level, no identity and access management', () => {
    expect(ids('SUMMARY\nSecurity engineer. DoD 8140 compliant (IAT III / IAM II via CISSP).\n')).not.toContain('identity-access-management');
    expect(ids('SKILLS\nIAM, SSO\n')).toContain('identity-access-management');
  });

  it('"AI Assurance" after an engineer\'s title names the team, no AI governance; an AI assurance function\'s inventory is governance', () => {
    expect(ids('EXPERIENCE\nSenior Cyber Security Engineer – AI Assurance   04/2021 – Present\n- Harden RHEL servers.\n')).not.toContain('ai-governance');
    expect(ids(`${exp}- Lead the bank's AI assurance function and its AI inventory.\n`)).toContain('ai-governance');
  });

  it('a skill in the name of a lab ("Security and Privacy of ML Lab") is no evidence', () => {
    expect(
      ids('EXPERIENCE\n03/2022 – 08/2024  Postdoctoral Researcher, Security and Privacy of ML Lab, EPFL\n- Membership inference attacks.\n'),
    ).not.toContain('privacy');
  });
});

describe('presenting to an officer, not being present in an office', () => {
  const exp = 'EXPERIENCE\nSecurity Analyst — Acme   Jul 2023 – Present\n';
  it('"office" stems like "officer": the audience words name no office', () => {
    expect(ids(`${exp}- Present in the office three days a week; remote otherwise.\n`)).not.toContain('stakeholder-communication');
    expect(ids(`${exp}- Present quarterly findings to the Chief Information Security Officer.\n`)).toContain('stakeholder-communication');
    expect(ids(`${exp}- Present the privacy impact assessments to the DPO.\n`)).toContain('stakeholder-communication');
  });
});

describe('skills round r38: questions, wishes, owning teams, reviewed tests, narrower aliases', () => {
  const exp = 'EXPERIENCE\nEngineer — Acme   Jul 2020 – Present\n';
  it('a screening question names a skill it does not claim', () => {
    const text = `${exp}- Kubernetes operations.\n\nSCREENING QUESTIONS\nQ: Do you have hands-on penetration testing experience?\nA: No\nQ: Have you led a team with direct reports?\nA: No\n`;
    expect(ids(text)).toEqual(['kubernetes']);
  });
  it('a heading of skills the person would like to develop heads a block of wishes', () => {
    expect(ids(`${exp}- Kubernetes operations.\n\n== SKILLS YOU WOULD LIKE TO DEVELOP ==\nLLM security; ML model deployment\n`)).toEqual(['kubernetes']);
    expect(ids(`${exp}- Kubernetes operations.\n\nSKILLS\nLLM security; ML model deployment\n`)).toEqual(['kubernetes', 'llm-security', 'ml-deployment']);
  });
  it('"currently studying" after a skill says it is being learnt', () => {
    expect(ids('SKILLS\nOneTrust | Python (currently studying – evening course)\n')).not.toContain('python');
  });
  it('a team that owns the work, named after "with", gives no skill', () => {
    const text = `${exp}- Share CVE intelligence with the vulnerability management team, which owns scanning and patching.\n`;
    expect(ids(text)).toEqual([]);
    expect(ids(`${exp}- Designed the schema with the data engineering team.\n`)).toEqual(['data-engineering']);
  });
  it("a bank's Model Risk team is no AI governance of the person", () => {
    expect(ids(`${exp}- Wrote the model-release runbook with the Model Risk team.\n`)).toEqual([]);
  });
  it('"Head of" after an article names another person, in every language', () => {
    expect(ids('ERFAHRUNG\nIngenieurin, Acme   07/2020 – heute\n- Quartalsweise Präsentation der Roadmap vor dem Head of Data.\n')).not.toContain(
      'team-leadership',
    );
    expect(ids('EXPÉRIENCE\nIngénieure, Acme   07/2020 – aujourd’hui\n- Présentation trimestrielle de la feuille de route au Head of Data.\n')).not.toContain(
      'team-leadership',
    );
    expect(ids('EXPERIENCIA\nIngeniera, Acme   07/2020 – actualidad\n- Presentación trimestral de la hoja de ruta al Head of Data.\n')).not.toContain(
      'team-leadership',
    );
  });
  it("leading a lab's research is no leadership of people; leading the lab is", () => {
    expect(ids(`${exp}- Lead the lab's research on jailbreak robustness.\n`)).not.toContain('team-leadership');
    expect(ids(`${exp}- Lead the lab of six researchers.\n`)).toContain('team-leadership');
  });
  it('proof-of-concept scripts are no security automation', () => {
    const sec = 'EXPERIENCE\nPenetration Tester — Acme   Jul 2020 – Present\n- Web application penetration tests.\n';
    expect(ids(`${sec}- Wrote Python and Bash exploit and proof-of-concept scripts.\n`)).not.toContain('security-automation');
  });
  it('reviewing third-party penetration test reports is no penetration testing', () => {
    expect(ids(`${exp}- Reviewed third-party penetration test reports as part of control testing.\n`)).not.toContain('penetration-testing');
    expect(ids(`${exp}- Ran web penetration tests with Burp Suite.\n`)).toContain('penetration-testing');
  });
  it('Amazon Inspector findings are vulnerability management as well as cloud security', () => {
    expect(ids(`${exp}- Triage container findings from Amazon Inspector.\n`)).toEqual(['cloud-security', 'vulnerability-management']);
  });
  it('a threat model in the academic sense ("under a label-only threat model") is no threat modeling', () => {
    expect(ids('PUBLICATIONS\nMembership Inference under a Label-Only Threat Model. 2020.\n')).not.toContain('threat-modeling');
    expect(ids(`${exp}- Threat models (STRIDE) for new payment services.\n`)).toContain('threat-modeling');
  });
  it('an audit planned for later is no audit plan', () => {
    expect(ids(`${exp}- Mapped our controls to ISO/IEC 42001; certification audit\n   planned for Q2 2027.\n`)).not.toContain('audit');
    expect(ids(`${exp}- Wrote the annual audit plan for the IT function.\n`)).toContain('audit');
  });
  it('drafting security policies and an acceptable-use standard is policy development', () => {
    expect(ids(`${exp}- Drafted information security policy sets (acceptable use, access control) for clients.\n`)).toContain('policy-development');
    expect(ids(`${exp}- Published the Generative AI acceptable-use standard.\n`)).toContain('policy-development');
    expect(ids(`${exp}- Wrote Kubernetes pod security policies.\n`)).not.toContain('policy-development');
  });
  it('"gementort" is German for mentored', () => {
    expect(ids('ERFAHRUNG\nIngenieurin, Acme   07/2020 – heute\n- Zwei Junior ML Engineers gementort.\n')).toContain('mentoring');
  });
  it('a month name is never read as a typo of a skill ("junio" is no JUnit)', () => {
    expect(ids('HABILIDADES\nPython, junio de 2024\n')).toEqual(['python']);
  });
});

describe('skills round r38: tested web applications, evaluation in CI, reviewed platforms', () => {
  const sec = 'EXPERIENCE\nPenetration Tester — Acme   Jul 2020 – Present\n';
  const exp = 'EXPERIENCE\nEngineer — Acme   Jul 2020 – Present\n';
  it('web application testing in security work is application security', () => {
    expect(ids(`${sec}- Infrastructure and web application testing (Burp Suite, Nmap).\n`)).toContain('application-security');
    expect(ids(`${exp}- Web application testing with Selenium for the QA team.\n`)).not.toContain('application-security');
  });
  it('an evaluation suite that runs in CI is MLOps, unless it tests attacks', () => {
    expect(ids(`${exp}- RAGAS evaluation suite runs in CI on every prompt change.\n`)).toContain('mlops');
    expect(ids(`${exp}- Jailbreak evaluation suite runs in CI on every release.\n`)).not.toContain('mlops');
  });
  it('leading a named team of counted people is team leadership, a possessive between', () => {
    expect(ids(`${exp}- I lead Corvid's AI red team (4 engineers).\n`)).toContain('team-leadership');
  });
  it('a skill inside the name of a research lab is no evidence', () => {
    expect(ids('EXPERIENCE\nResearch Assistant, Security and Privacy Research Lab   2017 – 2019\n- Trained target models.\n')).not.toContain('privacy');
  });
  it('a chatbot reviewed for security, built on Bedrock, is no LLM application of the person', () => {
    expect(ids(`${exp}- Security review of the member-services chatbot built on Amazon Bedrock.\n`)).not.toContain('llm-applications');
    expect(ids(`${exp}- Built a claims assistant on Amazon Bedrock.\n`)).toContain('llm-applications');
  });
  it('a model deployment that is threat-modelled is no deployment of the person', () => {
    expect(ids(`${exp}- Threat modelling of ML training pipelines and of in-vehicle model deployment.\n`)).not.toContain('ml-deployment');
    expect(ids(`${exp}- Automated model deployment to SageMaker endpoints.\n`)).toContain('ml-deployment');
  });
});

describe('skills round r38: a scoring system among testing methods', () => {
  it('CVSS listed with threat-modeling and testing frameworks is the scoring of findings, no vulnerability management', () => {
    expect(ids('SKILLS\nFrameworks: OWASP Top 10, OWASP ASVS, STRIDE, CVSS\n')).not.toContain('vulnerability-management');
    expect(ids('SKILLS\nVulnerability triage: Qualys scans, CVSS-based prioritisation\n')).toContain('vulnerability-management');
    expect(ids('EXPERIENCE\nAnalyst — Acme   Jul 2020 – Present\n- Ranked findings by CVSS and exploitability.\n')).toContain('vulnerability-management');
  });
});

describe('skills round r184: CVSS scores written on the findings of a test', () => {
  const exp = 'EXPERIENCE\nSecurity Analyst – Application Security   Jul 2019 – Mar 2022\n';
  it('a score a tester puts on each finding is no vulnerability management', () => {
    expect(ids(`${exp}- Wrote Python scripts to convert Burp Suite XML output into Jira tickets with CVSS scores and re-test reminders.\n`)).not.toContain(
      'vulnerability-management',
    );
    expect(ids(`${exp}- Python-Skripte geschrieben, die Burp-Suite-XML-Ausgaben in Jira-Tickets mit CVSS-Scores umwandeln.\n`)).not.toContain(
      'vulnerability-management',
    );
  });
  it('CVSS that ranks vulnerabilities for their handling stays vulnerability management', () => {
    expect(ids(`${exp}- Ran weekly Nessus scans and triaged findings by CVSS before handing them to client IT.\n`)).toContain('vulnerability-management');
    expect(ids(`${exp}- Gestion des vulnérabilités applicatives : triage, priorisation CVSS.\n`)).toContain('vulnerability-management');
    // CVSS the only evidence: the words of handling beside it decide.
    expect(ids(`${exp}- Triaged findings by CVSS score for the product teams.\n`)).toContain('vulnerability-management');
  });
});

describe("skills round r38: another team's SOC, operations dashboards", () => {
  const sec = 'EXPERIENCE\nSecurity Engineer — Acme   Jul 2020 – Present\n- Nessus scans and firewall rules.\n';
  it('escalating to the SOC names the team that monitors, not the person', () => {
    expect(ids(`${sec}- Escalate anything suspicious to the agency SOC.\n`)).not.toContain('security-monitoring');
    expect(ids(`${sec}- Escalated to the SOC.\n`)).not.toContain('security-monitoring');
    expect(ids(`${sec}- Triage SOC alerts and tune detections.\n`)).toContain('security-monitoring');
  });
  it('Splunk dashboards of server health are operations, even in security work', () => {
    expect(ids(`${sec}- Splunk dashboards for server health and application error logs.\n`)).not.toContain('security-monitoring');
    expect(ids(`${sec}- Splunk searches over firewall logs.\n`)).toContain('security-monitoring');
  });
});

describe('skills round r39: employers, courses, other parties and platforms', () => {
  const exp = 'EXPERIENCE\nSecurity Engineer — Acme   Jul 2020 – Present\n';
  it("'cloud' beside a provider names the employer's trade, no cloud security", () => {
    expect(ids('SUMMARY\nNow product security for a cloud and fintech services provider.\n')).not.toContain('cloud-security');
    expect(ids(`${exp}- Securing cloud workloads on AWS.\n`)).toContain('cloud-security');
  });
  it('a Hugging Face course or a deep learning course is training, no deep learning', () => {
    expect(ids(`${exp}- Took the Hugging Face NLP course.\n`)).not.toContain('deep-learning');
    expect(ids('SKILLS\nDeep learning: completed the Coursera Deep Learning Specialization (2019).\n')).not.toContain('deep-learning');
    expect(ids(`${exp}- Fine-tuned Hugging Face models for ticket routing.\n`)).toContain('deep-learning');
    expect(ids('SKILLS\nDeep learning (PyTorch, CNNs)\n')).toContain('deep-learning');
  });
  it('answering external audit queries is being audited', () => {
    expect(ids(`${exp}- Responded to regulator and external audit queries on model risk.\n`)).not.toContain('audit');
    expect(ids(`${exp}- Led the external audit of the payment platform.\n`)).toContain('audit');
  });
  it('penetration tests performed by vendors are tests others ran', () => {
    expect(ids(`${exp}- Penetration tests were performed by external vendors; I tracked remediation.\n`)).not.toContain('penetration-testing');
    expect(ids(`${exp}- Ran penetration tests of the mobile app with Burp Suite.\n`)).toContain('penetration-testing');
  });
  it('Machine Learning in a skills row about a platform names the platform', () => {
    expect(ids('SKILLS\nML platform: Azure Machine Learning, MLflow, KServe\n')).not.toContain('machine-learning');
    expect(ids('SKILLS\nMachine Learning, scikit-learn\n')).toContain('machine-learning');
  });
  it('vLLM as the platform one secures is no serving work', () => {
    expect(ids(`${exp}- Responsible for the security of the LLM inference platform (vLLM on GKE).\n`)).not.toContain('ml-deployment');
    expect(ids(`${exp}- Deployed Llama 3 with vLLM on GKE.\n`)).toContain('ml-deployment');
  });
  it('a release blocked by CI reads as DevSecOps in German, French and Spanish', () => {
    const de =
      'BERUFSERFAHRUNG\nSicherheitstesterin — Acme GmbH   07/2020 – heute\n- Die Angriffsfälle laufen automatisch in GitLab CI gegen jeden Release Candidate. Ein Release wird blockiert, wenn die Quote steigt.\n';
    const fr =
      'EXPÉRIENCE\nTesteuse sécurité — Acme SA   07/2020 – aujourd’hui\n- Les cas d’attaque sont exécutés dans GitLab CI sur chaque release candidate. Une version est bloquée lorsque le taux dépasse le seuil.\n';
    const es =
      'EXPERIENCIA\nTester de seguridad — Acme S.L.   07/2020 – actualidad\n- Los casos de ataque se ejecutan en GitLab CI contra cada release candidate. Una versión se bloquea cuando la tasa supera el umbral.\n';
    for (const t of [de, fr, es]) expect(ids(t)).toContain('devsecops');
  });
  it("'mentoreo' (es) is mentoring; presenting findings before the CTO (de) is stakeholder communication", () => {
    expect(ids('EXPERIENCIA\nInvestigadora — Acme S.L.   07/2020 – actualidad\n- Mentoreo a dos investigadoras junior.\n')).toContain('mentoring');
    expect(ids('BERUFSERFAHRUNG\nSicherheitstesterin — Acme GmbH   07/2020 – heute\n- Vorstellung der Befunde vor dem CTO im monatlichen Review.\n')).toContain(
      'stakeholder-communication',
    );
  });
});

describe('r40 English readings', () => {
  const exp = 'EXPERIENCE\nSoftware Engineer — Acme   Jul 2020 – Present\n';
  it('authentication and authorisation flaws are code flaws, no identity and access management', () => {
    expect(ids(`${exp}- Review Java pull requests for authentication and authorisation flaws.\n`)).not.toContain('identity-access-management');
    expect(ids(`${exp}- Designed authentication and authorisation for the partner APIs.\n`)).toContain('identity-access-management');
  });
  it('a service that flags reports in security work is security automation', () => {
    const sec = 'EXPERIENCE\nApplication Security Engineer — Acme   Jul 2020 – Present\n- Ran Burp Suite tests of the public APIs.\n';
    expect(ids(`${sec}- Built a Python service that flags duplicate bug-bounty reports.\n`)).toContain('security-automation');
  });
  it('key provisioning is cryptography; a segmented network is network security, a segmentation network is not', () => {
    expect(ids(`${exp}- Implemented encrypted firmware updates with key provisioning at the factory.\n`)).toContain('cryptography');
    expect(ids(`${exp}- Segmented the flat plant network into 14 zones.\n`)).toContain('network-security');
    expect(ids(`${exp}- Trained semantic segmentation networks for surface inspection.\n`)).not.toContain('network-security');
  });
  it('a course taken in the evenings is learning', () => {
    const text = "SUMMARY\nBiostatistician. Currently taking a provider's TensorFlow course in the evenings.\n";
    expect(ids(text)).not.toContain('tensorflow');
    expect(ids(text)).not.toContain('deep-learning');
    // The same library used at work is a skill.
    expect(ids(`${exp}- Built image classifiers in TensorFlow.\n`)).toEqual(expect.arrayContaining(['tensorflow', 'deep-learning']));
  });
  it('the LLM features other squads build are theirs', () => {
    const text = `${exp}- Security partner for the four squads building our LLM features (a support assistant on Amazon Bedrock).\n`;
    expect(ids(text)).not.toContain('llm-applications');
    expect(ids(`${exp}- Built a support assistant on Amazon Bedrock.\n`)).toContain('llm-applications');
  });
  it('drafting a long-named set of management guidelines is policy work; following them is not', () => {
    expect(ids(`${exp}- Drafted the 2017 revision of the bank's Money Laundering & Terrorist Financing Risk Management\nGuidelines.\n`)).toContain(
      'policy-development',
    );
    expect(ids(`${exp}- Developed the payment services following the bank's Risk Management Guidelines.\n`)).not.toContain('policy-development');
  });
  it('data-ingestion checks against poisoning are no data engineering', () => {
    expect(ids(`${exp}- Data-ingestion checks that flag label-flipping and other data-poisoning patterns.\n`)).not.toContain('data-engineering');
  });
});

describe('skills round r43: gap labels, courses being taken, qualifiers after a negation, label lines', () => {
  const platformJob = 'EXPERIENCE\nPlatform Engineer — Acme Ltd   Jan 2020 – Present\n';
  it('"Not yet hands-on:" labels a gap', () => {
    const text = `${platformJob}- Ran the Terraform estate.\n\nAdditional Information\nNot yet hands-on: Python, cloud audits (AWS / Azure).\n`;
    expect(ids(text)).not.toContain('python');
    expect(ids(text)).not.toContain('aws');
    expect(ids(text)).toContain('terraform');
  });
  it.each([
    ['en', 'Technical: Excel, Power BI. Python: beginner, currently taking an\nintroductory course.'],
    ['de', 'Technisch: Excel, Power BI. Python: Anfängerin, belegt derzeit einen\nEinführungskurs. Sie arbeitet bei der Bank.'],
    ['fr', "Outils : Excel, Power BI. Python : débutante, suit actuellement un cours\nd'initiation. Elle travaille à la banque."],
    ['es', 'Herramientas: Excel, Power BI. Python: nivel principiante, cursando actualmente\nun curso introductorio. Trabaja en el banco.'],
  ])('a beginner level and a course being taken (%s) is learning', (_lang, line) => {
    expect(ids(`SKILLS\n${line}\n`)).not.toContain('python');
  });
  it('a qualifier joined by "or" after "no" is still negated; a German disciplinary qualifier too', () => {
    expect(ids(`${platformJob}- Trained detection models in PyTorch. I have no offensive or adversarial ML experience.\n`)).not.toContain('adversarial-ml');
    const de = 'BERUFSERFAHRUNG\nML Engineer — Acme GmbH   01/2020 – heute\nMentor für zwei Junior Engineers (keine disziplinarische Personalverantwortung).\n';
    expect(ids(de)).not.toContain('team-leadership');
  });
  it('"bzw." abbreviates "beziehungsweise": the negation before it reaches the skill after it', () => {
    const de =
      'BERUFSERFAHRUNG\nML Engineer — Acme GmbH   01/2020 – heute\nIch trainiere Modelle in PyTorch; ich habe keine Erfahrung mit offensiver bzw. Adversarial ML.\n';
    expect(ids(de)).not.toContain('adversarial-ml');
    expect(ids(de)).toContain('pytorch');
  });
  it.each([
    ['No experience with Rust, which I am reading up on. Built Python services on Kubernetes.'],
    ['Never touched Terraform, which the platform team works with. Built Python services on Kubernetes.'],
    ['Never used Terraform before this role, so I learned on. Built Python services on Kubernetes.'],
  ])('a full stop after a preposition ends the sentence: the negation stays in it (%s)', (line) => {
    const found = ids(`${platformJob}- ${line}\n`);
    expect(found).toContain('python');
    expect(found).toContain('kubernetes');
    expect(found).not.toContain('rust');
    expect(found).not.toContain('terraform');
  });
  it('"e.g." and "z.B." end no sentence: the negation before them reaches the skill after them', () => {
    expect(ids(`${platformJob}- No production experience with cloud platforms, e.g. Azure.\n`)).not.toContain('azure');
    const de =
      'BERUFSERFAHRUNG\nML Engineer — Acme GmbH   01/2020 – heute\nKeine Erfahrung mit Cloud-Plattformen, z.B. Azure. Modelle trainiere ich in PyTorch.\n';
    expect(ids(de)).not.toContain('azure');
    expect(ids(de)).toContain('pytorch');
  });
  it('another team named as the subject (de, es) does the work, not the person', () => {
    const de = 'BERUFSERFAHRUNG\nML Engineer — Acme GmbH   01/2020 – heute\nTests unserer Modelle übernimmt ein separates Red Team.\n';
    expect(ids(de)).not.toContain('llm-security');
    const es = 'EXPERIENCIA\nIngeniero de ML — Acme SL   01/2020 – actualidad\nLas pruebas de nuestros modelos las realiza un red team independiente.\n';
    expect(ids(es)).not.toContain('llm-security');
  });
  it('a line that opens its own label is no wrap of the long line above', () => {
    const skills =
      'SKILLS\nCloud & infrastructure: AWS (EKS, IAM, GuardDuty), Kubernetes, Docker, Terraform, Ansible, Packer, Helm, Linux\nCurrently learning: PyTorch (fast.ai course)\n';
    expect(ids(skills)).toContain('linux');
    expect(ids(skills)).not.toContain('pytorch');
    const de =
      'IT-KENNTNISSE\nSIEM / SOC: Splunk ES, Microsoft Sentinel, IBM QRadar, Microsoft Defender XDR, MISP\nNetzwerk / Security: Fortinet FortiGate, IPsec, Wireshark, Tenable.sc\nCloud: Azure (Log Analytics, Logic Apps)\n';
    expect(ids(de)).not.toContain('cloud-security');
    expect(ids(de)).toContain('azure');
  });
  it('a department named after the employer on its line is where the person worked', () => {
    const text =
      'EXPERIENCE\nMLSecOps Engineer                                  09/2021 - present\nMaplewood Financial Group - AI Platform & Model Risk, Toronto\n  - Own security for the ML platform (Kubeflow Pipelines, MLflow) on Amazon EKS.\n';
    expect(ids(text)).not.toContain('ai-governance');
    expect(ids(text)).toContain('mlops');
  });
  it.each([
    ['Security Consultant', 'Acme Consulting - Splunk SIEM migration for NHS Trust, Leeds', 'security-monitoring'],
    ['DevSecOps Engineer', 'Acme Corp - Kubernetes & Terraform platform rollout, London', 'terraform'],
    ['Security Consultant', 'Acme Consulting - Splunk SIEM build for Globex, Leeds', 'security-monitoring'],
  ])('a project or client engagement after the employer (%s, %s) is the work itself, no department', (title, header, skill) => {
    const text = `EXPERIENCE\n${title}                                 2021 – 2023\n${header}\n- Led the client workstream.\n`;
    expect(ids(text)).toContain(skill);
  });
  it('a department needs a department word; "Office for …" is one, no client', () => {
    const office =
      'EXPERIENCE\nPlatform Engineer                                 2021 – 2023\nAcme Bank - Office for Kubernetes Enablement, London\n- Ran the estate.\n';
    expect(ids(office)).not.toContain('kubernetes');
    const team =
      'EXPERIENCE\nSecurity Engineer                                 2021 – 2023\nAcme Corp - Penetration Testing Team, London\n- Ran internal tests.\n';
    expect(ids(team)).not.toContain('penetration-testing');
  });
  it('the bracket after written policies lists their topics (en, fr)', () => {
    expect(ids(`${platformJob}- Wrote security policies and procedures (access management, backup, remote work).\n`)).not.toContain(
      'identity-access-management',
    );
    const fr =
      "EXPÉRIENCE\nConsultante GRC — Acme SAS   01/2020 – aujourd'hui\n- Rédaction de politiques et procédures de sécurité (gestion des accès, sauvegarde, télétravail)\n";
    expect(ids(fr)).not.toContain('identity-access-management');
  });
  it('a bracket of tools after a written standard is no list of topics: the tools stay evidence', () => {
    const found = ids(`${platformJob}- Wrote CI checks enforcing secure coding standards (Semgrep, Bandit, Snyk).\n`);
    expect(found).toContain('secure-code-review');
    expect(found).toContain('devsecops');
    expect(ids(`${platformJob}- Wrote Terraform modules and deployment procedures (Kubernetes, Helm, Argo CD).\n`)).toContain('kubernetes');
  });
  it('"a nivel divulgativo" (es) is awareness, no skill', () => {
    expect(ids('HABILIDADES\nNormativa: conozco el Reglamento Europeo de IA (AI Act) a nivel divulgativo\n')).not.toContain('ai-regulation');
  });
  it('a recruiter footer word is no typo of a tool ("Talent" is no Talend)', () => {
    expect(ids('SKILLS\nSQL, Excel\n\nFitzwilliam Talent Partners | 14 Fitzwilliam Square, Dublin 2\n')).not.toContain('data-engineering');
  });
});

describe('skills round r43: catalog context', () => {
  const sec = 'EXPERIENCE\nSecurity Consultant — Acme Ltd   Jan 2020 – Present\n';
  const audit = 'EXPERIENCE\nIT Auditor — Acme Bank   Jan 2020 – Present\n';
  it('an information security audit is audit work, a security audit alone an assessment', () => {
    expect(ids(`${audit}- Performed information security audits of the core banking system against ISO 27001.\n`)).not.toContain('security-assessment');
    expect(ids(`${sec}- Performed security audits of client web applications.\n`)).toContain('security-assessment');
  });
  it('IAM roles among infrastructure resources are provisioning, least-privilege IAM roles cloud security', () => {
    const ops = 'EXPERIENCE\nSite Reliability Engineer — Acme Ltd   Jan 2020 – Present\n';
    expect(ids(`${ops}- Terraform for all AWS infrastructure (VPC, RDS, EKS, IAM roles for the platform).\n`)).not.toContain('cloud-security');
    expect(ids(`${ops}- Least-privilege IAM roles for training jobs on EKS.\n`)).toContain('cloud-security');
    // One resource beside the roles names what they are for: no list.
    expect(ids(`${ops}- Wrote least-privilege IAM roles for EC2 instances and Lambda functions.\n`)).toContain('cloud-security');
    expect(ids(`${ops}- Scoped IAM roles for RDS access from the reporting service.\n`)).toContain('cloud-security');
  });
  it('AI tools (KI-Tools) governed in security work are no security tooling', () => {
    const de =
      'BERUFSERFAHRUNG\nAI Risk Manager, Information Security Office — Acme DAC   seit 03/2023\n- Freigabeprozess, den jedes neue Modell und jedes KI-Tool durchläuft.\n';
    expect(ids(de)).not.toContain('security-automation');
  });
  it.each([
    ['Presented pricing experiments to the city operations leads.'],
    ['Weekly performance packs for the commercial directors.'],
    ['Run the weekly release train: cut releases, chair the go/no-go call.'],
  ])('%s is stakeholder communication', (line) => {
    expect(ids(`${analystJob()}- ${line}\n`)).toContain('stakeholder-communication');
  });
  it('a threat model reviewed with peers is no stakeholder communication', () => {
    expect(ids(`${analystJob()}- Threat model for the serving path, reviewed with the data science leads.\n`)).not.toContain('stakeholder-communication');
  });
  it('audits of labels or by a supervisor are no audit work', () => {
    expect(ids(`${analystJob()}- SQL for label audits and model evaluation datasets.\n`)).not.toContain('audit');
    expect(ids(`${analystJob()}- Contribution to ISO 27001 certification and supervisory requirements (VAIT / BaFin audits).\n`)).not.toContain('audit');
    expect(ids(`${audit}- Led internal audits of the payments function.\n`)).toContain('audit');
    // A labelling system audited is audit work: only a label audit (the compound) is QA of labels.
    expect(ids(`${sec}- Audited the data labelling pipeline's access controls and logging.\n`)).toContain('audit');
    expect(ids(`${analystJob()}- Ran annotation audits on the training set.\n`)).not.toContain('audit');
  });
  it('HIPAA privacy reviews are privacy work, the HIPAA Security Rule security compliance', () => {
    expect(ids(`${analystJob()}- Coordinate HIPAA privacy reviews and DPIAs for AI features.\n`)).not.toContain('security-compliance');
    expect(ids(`${analystJob()}- Mapped the controls to the HIPAA Security Rule.\n`)).toContain('security-compliance');
    // HIPAA privacy and security together: both rules.
    const both = ids(`${analystJob()}- Ran HIPAA privacy and security risk assessments for 40 clinics.\n`);
    expect(both).toContain('security-compliance');
    expect(both).toContain('privacy');
  });
  it('heading a team and supervising the work of counted people are team leadership', () => {
    expect(ids(`${analystJob()}- Head a team of five (security analysts and IT risk officers).\n`)).toContain('team-leadership');
    expect(ids(`${analystJob()}- Supervise and review the work of two audit associates.\n`)).toContain('team-leadership');
  });
  it('a CREST "Registered" certificate names its topic only', () => {
    expect(ids('CERTIFICATIONS\nCREST Registered Penetration Tester (CRT) — 2016, expired 2019\n')).not.toContain('penetration-testing');
  });
  it('reviews of cloud-hosted services are no cloud security', () => {
    expect(ids(`${sec}- Security architecture reviews of cloud-hosted citizen services.\n`)).not.toContain('cloud-security');
    expect(ids(`${sec}- Securing cloud-hosted workloads across three business units.\n`)).toContain('cloud-security');
  });
  it('ONNX named as a model file format beside pickle is no model serving', () => {
    expect(ids(`${sec}- Built a Python service that scans uploaded model files (pickle, ONNX) for embedded code.\n`)).not.toContain('ml-deployment');
    expect(ids(`${analystJob()}- Exported the detector to ONNX and served it behind an API.\n`)).toContain('ml-deployment');
    expect(ids(`${analystJob()}- Converted pickle models to ONNX for low-latency serving.\n`)).toContain('ml-deployment');
  });
  function analystJob(): string {
    return 'EXPERIENCE\nSenior Analyst — Acme Ltd   Jan 2020 – Present\n';
  }
});

describe('an entry under INTERESTS gives skills only where it is work', () => {
  it('reads no skill from a volunteer role listed among interests', () => {
    const p = parseResume(
      'EDUCATION\nBSc Biology, University of Leeds, 2016\n\nINTERESTS\nVolunteer Instructor, Code Club Leeds, 2021 – 2024\n- Taught kids Python and Kubernetes basics on weekends.',
      { asOf },
    );
    expect([p.skills.map((s) => s.id), p.experience.entries.length]).toEqual([[], 0]);
  });
  it('still reads a job of a main column without a heading of its own under a sidebar heading', () => {
    const p = parseResume('LANGUAGES\nEnglish (native)\n\nDetection Engineer, Acme Corp, 2019 – 2022\n- Wrote Splunk detections in Python.', { asOf });
    expect([p.skills.map((s) => s.id), p.experience.entries.map((e) => e.title)]).toEqual([['python', 'security-monitoring'], ['Detection Engineer']]);
  });
});

describe('second-round review: rules kept narrow', () => {
  const skillsOf = (bullet: string) =>
    parseResume(`EXPERIENCE\nSecurity Engineer, Acme Corp, 2019 – 2022\n- ${bullet}\n`, { asOf: '2026-11-01' }).skills.map((s) => s.id);
  const habilidades = (bullet: string) =>
    parseResume(`EXPERIENCIA\nIngeniero de Seguridad, Acme, 2019 – 2022\n- ${bullet}\n`, { asOf: '2026-11-01' }).skills.map((s) => s.id);

  it('keeps the stack in brackets after reviews of a service that are no security reviews', () => {
    expect(skillsOf('Code reviews of our backend services (Python, Go).')).toEqual(expect.arrayContaining(['go', 'python']));
    expect(skillsOf('Threat models of our products (built on Kubernetes and Kafka).')).toContain('kubernetes');
  });

  it('reads no incident response from compliance evidence collection', () => {
    expect(skillsOf('Automated evidence collection for audit controls (access reviews, incident tickets, change records).')).not.toContain('incident-response');
  });

  it('keeps SOC work done in the job after a move to the SOC', () => {
    expect(skillsOf('Moved to the SOC in 2021 as Tier 2 analyst triaging alerts.')).toContain('security-monitoring');
  });

  it('reads no mentoring from training users or business analysts in a tool (es)', () => {
    expect(habilidades('Formé a los analistas de negocio en el uso de Power BI.')).not.toContain('mentoring');
    expect(habilidades('Formé a usuarios y analistas de negocio en SAP.')).not.toContain('mentoring');
  });

  it('reads no security assessment from a project-risk design review (es)', () => {
    expect(habilidades('Revisiones de diseño y gestión de riesgos del proyecto con el cliente.')).not.toContain('security-assessment');
  });
});

describe('courses named like a degree', () => {
  it.each([
    ['EDUCATION\nMaster Data Science Bootcamp, DataCamp, 2022\n', []],
    ['CERTIFICATIONS\nMaster Data Science with Python (Udemy), 2020\n', []],
    ['EDUCATION\nMaster Data Science & AI Nanodegree (Udacity), 2021\n', []],
    ['FORMATION\nMaster Data Science, Université de Lyon, 2019\n', [['master', 'data-science']]],
  ])('%j → %j (a bootcamp or an online course platform on the line awards no degree)', (text, expected) => {
    expect(parseResume(text, { asOf: '2026-11-01' }).education.map((e) => [e.level, e.field])).toEqual(expected);
  });
});

describe('skills round r46: a reporting line, a partner team’s own work, an admission controller one did not write', () => {
  const en = 'EXPERIENCE\nSecurity Engineer — Acme   Jul 2020 – Present\n';
  const de = 'BERUFSERFAHRUNG\nSecurity Engineer — Acme   07/2020 – heute\n';
  const fr = 'EXPÉRIENCE\nIngénieure sécurité — Acme   07/2020 – aujourd’hui\n';
  const es = 'EXPERIENCIA\nIngeniera de seguridad — Acme   07/2020 – actualidad\n';
  it('a reporting line that opens a clause names the manager, no communication, in every language', () => {
    expect(ids(`${en}Moved into the new platform security function (first hire, reporting to the CISO).\n`)).not.toContain('stakeholder-communication');
    expect(ids(`${en}- Reports directly to the Chief Risk Officer; budget of 2 FTE.\n`)).not.toContain('stakeholder-communication');
    expect(ids(`${en}- Threat models of the payment APIs. I report to the CTO.\n`)).not.toContain('stakeholder-communication');
    expect(ids(`${de}Wechsel in die neue Sicherheitsfunktion (erste Einstellung, berichte an den CISO).\n`)).not.toContain('stakeholder-communication');
    expect(ids(`${fr}Passage dans la nouvelle fonction sécurité (premier recrutement, rattaché au RSSI).\n`)).not.toContain('stakeholder-communication');
    expect(ids(`${es}Paso a la nueva función de seguridad (primera contratación, con reporte al CISO).\n`)).not.toContain('stakeholder-communication');
  });
  it('reporting as a duty, after the noun it qualifies, is communication', () => {
    expect(ids(`${en}- Quarterly AI risk reporting to the CISO and the board risk committee.\n`)).toContain('stakeholder-communication');
    expect(ids(`${en}- Monthly vulnerability report to the CISO.\n`)).toContain('stakeholder-communication');
  });
  it('a reporting line whose head is joined to another party is reports sent to both, in every language (r66)', () => {
    expect(ids(`${en}- Reporting to the CISO and business units.\n`)).toContain('stakeholder-communication');
    expect(ids(`${de}- Berichte an CISO und Fachbereiche\n`)).toContain('stakeholder-communication');
    expect(ids(`${de}- Berichte an CISO & Fachbereiche\n`)).toContain('stakeholder-communication');
    expect(ids(`${fr}- Reporting au RSSI et aux métiers\n`)).toContain('stakeholder-communication');
    expect(ids(`${es}- Reporto al CISO y a las áreas de negocio\n`)).toContain('stakeholder-communication');
    expect(ids(`${de}- Berichte an den CISO\n`)).not.toContain('stakeholder-communication');
    expect(ids(`${es}- Reporto al CISO\n`)).not.toContain('stakeholder-communication');
  });
  it('a relative clause after a partner team names that team’s work, in every language', () => {
    const work = 'Commissioned bias audits of pricing models';
    expect(ids(`${en}- ${work} (with the data science team, who build the models in Python and scikit-learn).\n`)).not.toContain('python');
    expect(ids(`${en}- Shared threat intelligence with the platform team, which runs Kubernetes and Terraform.\n`)).not.toContain('terraform');
    expect(ids(`${de}- Bias-Audits beauftragt (mit dem Data-Science-Team, das die Modelle in Python und scikit-learn entwickelt).\n`)).not.toContain('python');
    expect(ids(`${fr}- Audits de biais (avec l'équipe data science, qui développe les modèles en Python et scikit-learn).\n`)).not.toContain('python');
    expect(ids(`${es}- Auditorías de sesgo (con el equipo de ciencia de datos, que desarrolla los modelos en Python y scikit-learn).\n`)).not.toContain(
      'python',
    );
    expect(ids(`${en}- Built the feature pipeline in Python with the data science team.\n`)).toContain('python');
  });
  it('a relative clause in brackets after a partner team names that team’s work too, up to the closing bracket', () => {
    expect(ids(`${en}- Partnered with the data platform team (who operate Airflow and MLflow) on retention rules.\n`)).not.toContain('mlops');
    expect(ids(`${en}- Partnered with the data platform team (who operate Airflow and MLflow) on retention rules.\n`)).not.toContain('data-engineering');
    expect(ids(`${en}- Reviewed access with the infrastructure team (which runs Terraform); wrote the Terraform policy checks myself.\n`)).toContain(
      'terraform',
    );
    expect(ids(`${en}- Built the MLflow tracking server with the data platform team (three engineers).\n`)).toContain('mlops');
  });
  it('the clause runs on across a table’s column rule, and so does a team’s name', () => {
    const table = `${en}                   |  - ${'Commissioned bias audits of pricing models'} (with the data\n                   |    science team, who build the models in Python and\n                   |    scikit-learn)\n`;
    expect(ids(table)).not.toContain('python');
    expect(ids(table)).not.toContain('machine-learning');
  });
  it('an admission controller is security automation where the person wrote it, not where a cluster runs one', () => {
    expect(ids(`${en}- Images are signed with cosign; the Kubernetes admission controller rejects unsigned images.\n`)).not.toContain('security-automation');
    expect(ids(`${en}- Unsigned models are blocked at the KServe admission controller.\n`)).not.toContain('security-automation');
    expect(ids(`${en}- Wrote a Kubernetes admission controller in Go that refuses unsigned models.\n`)).toContain('security-automation');
    expect(ids(`${en}- A Go admission controller rejects unsigned models on the cluster.\n`)).toContain('security-automation');
    expect(ids(`${fr}- Développement en Go d'un contrôleur d'admission Kubernetes qui refuse tout modèle non signé.\n`)).toContain('security-automation');
    expect(ids(`${fr}- Le contrôleur d'admission Kubernetes rejette les images non signées.\n`)).not.toContain('security-automation');
  });
  it('a scanner the person wrote for security work is security tooling; one they ran is not', () => {
    expect(ids(`${en}- Built a pre-registration scanner in Python that flags unsafe pickle payloads.\n`)).toContain('security-automation');
    expect(ids(`${en}- Wrote a secrets scanner in Go for the CI pipeline.\n`)).toContain('security-automation');
    expect(ids(`${en}- Ran the Nessus scanner weekly and triaged the findings.\n`)).not.toContain('security-automation');
  });
  it('narrow names of review, pipeline policy, auto-remediation and bias analysis, in every language', () => {
    expect(ids(`${en}- Security sign-off for third-party fintech integrations.\n`)).toContain('security-assessment');
    expect(ids(`${en}- Maintain the Terraform modules; policy checks run in the pipeline before apply.\n`)).toContain('devsecops');
    expect(ids(`${en}- Checkov policy checks block non-compliant plans in CI.\n`)).toContain('devsecops');
    expect(ids(`${en}- Insurance policy checks for new customers.\n`)).not.toContain('devsecops');
    expect(ids(`${fr}- Remédiation automatique des constats via des Lambdas en Python.\n`)).toContain('security-automation');
    expect(ids(`${es}- Remediación automática de hallazgos con Lambda en Python.\n`)).toContain('security-automation');
    expect(ids(`${de}- Automatische Behebung öffentlicher S3-Buckets mit Lambda.\n`)).toContain('security-automation');
    expect(ids(`${es}- Análisis de sesgo por género y edad en los modelos de scoring.\n`)).toContain('responsible-ai');
    expect(ids(`${fr}- Analyse des biais des modèles de tarification.\n`)).toContain('responsible-ai');
    expect(ids(`${en}- Bias analysis of the credit scoring models.\n`)).toContain('responsible-ai');
  });
  it('material prepared for an audit submission is no audit work', () => {
    expect(ids(`${en}- Prepared VAPT reports and re-test letters for RBI audit submissions of clients.\n`)).not.toContain('audit');
    expect(ids(`${en}- Compiled evidence packs for the regulator's audit submission each quarter.\n`)).not.toContain('audit');
    expect(ids(`${en}- Led internal audits of access controls across 12 business units.\n`)).toContain('audit');
  });
  it('deployment onto an ML platform is ML deployment; deployment of machines is not', () => {
    const ml = 'EXPERIENCE\nData Scientist — Acme   Jul 2020 – Present\n';
    expect(ids(`${ml}- Moved training and deployment onto Azure Machine Learning.\n`)).toContain('ml-deployment');
    expect(ids(`${ml}- Blue-green deployment onto SageMaker endpoints for the churn scorer.\n`)).toContain('ml-deployment');
    expect(ids(`${ml}- Deployment of virtual machines with Terraform.\n`)).not.toContain('ml-deployment');
  });
  it('a French security review of code is a code review, not a security assessment', () => {
    expect(ids(`${fr}- Revue de sécurité du code ML avant chaque mise en production.\n`)).toEqual(['secure-code-review']);
    expect(ids(`${fr}- Revue de sécurité de l'architecture cloud avant chaque mise en production.\n`)).toContain('security-assessment');
  });
});

describe('skills round r49: gap blocks, departments, research groups, reviewed pipelines', () => {
  const en = 'EXPERIENCE\nSecurity Engineer — Acme   Jul 2020 – Present\n';
  it('a gap heading in capitals with an aside heads the en-dash bullets under it', () => {
    const text =
      "SKILLS\nPython\n\nGAPS — so you don't have to ask\n– No cloud security, network security or incident response experience.\n– Not a software engineer in the Java/JavaScript sense.\n";
    expect(ids(text)).toEqual(['python']);
    expect(ids('SKILLS\nPython\nGaps — Kubernetes\n- Docker')).toEqual(['docker', 'python']);
  });
  it('a gap row whose line ends in a negation goes on with its object', () => {
    expect(ids('SKILLS\nPython\nNot yet: no hands-on Kubernetes\nor Terraform in production; no\nAzure beyond AZ-900.\nCERTIFICATIONS\nCISSP')).toEqual([
      'python',
    ]);
  });
  it('a security function named as a department is no evidence of its skill, in every language', () => {
    expect(ids(`${en}- Mentor four engineers moving over from AppSec.\n`)).not.toContain('application-security');
    expect(ids(`${en}- Report failures back to AppSec.\n`)).not.toContain('application-security');
    expect(ids(`${en}- Security review of the assistant is owned by AppSec.\n`)).toEqual([]);
    expect(ids(`${en}- Python scripts are run by Jenkins nightly.\n`)).toContain('python');
    expect(ids('BERUFSERFAHRUNG\nSecurity Engineer — Acme   07/2020 – heute\n- Mentorin für vier Engineers, die aus der AppSec wechseln.\n')).not.toContain(
      'application-security',
    );
    expect(ids("EXPÉRIENCE\nIngénieure sécurité — Acme   07/2020 – aujourd’hui\n- Mentorat de quatre ingénieurs venus de l'AppSec.\n")).not.toContain(
      'application-security',
    );
    expect(ids('EXPERIENCIA\nIngeniera de seguridad — Acme   07/2020 – actualidad\n- Mentora de cuatro ingenieros que vienen de AppSec.\n')).not.toContain(
      'application-security',
    );
    expect(ids(`${en}- AppSec reviews of the payment services.\n`)).toContain('application-security');
  });
  it('privacy in the name of a research group is its subject, not the person’s privacy work', () => {
    const postdoc = 'EXPERIENCE\nOct 2018 – Aug 2020  Postdoctoral Research Associate, Security & Privacy of ML group\n- Research on certified robustness.\n';
    expect(ids(postdoc)).not.toContain('privacy');
    expect(ids(`${en}- Privacy reviews of the HR systems.\n`)).toContain('privacy');
  });
  it('feature pipelines under security review, and models trained that are attacked, are someone else’s', () => {
    expect(ids(`${en}- Security review of Python model code and feature pipelines (unsafe pickle loading).\n`)).not.toContain('data-engineering');
    expect(ids(`${en}- Membership-inference checks on models trained on customer data.\n`)).not.toContain('machine-learning');
    expect(ids('EXPERIENCE\nData Engineer — Acme   Jul 2020 – Present\n- Built the feature pipelines in Spark.\n')).toContain('data-engineering');
  });
  it('security tests under a QA title are side duties of testing: no security work, and no security tooling', () => {
    const qa =
      'EXPERIENCE\nAI Quality Engineer\nAcme Health - Columbus, OH\nMarch 2023 to Present\n• Own the test strategy for the LLM chatbot. I test the bot - I do not build or train the model.\n• Added the prompt-injection and jailbreak regression cases supplied by the AppSec team to the nightly\nsuite and report failures back to AppSec.\n• Built internal test tooling: a Python CLI that seeds synthetic member records.\n';
    const p = parseResume(qa, { asOf });
    expect(p.experience.entries.map((e) => e.kind)).toEqual([['other']]);
    expect(p.skills.map((s) => s.id)).toEqual(['llm-security', 'python']);
  });
  it('a voice or chat bot that is assessed is no security automation; a bot the person wrote is', () => {
    const risk =
      'EXPERIENCE\nAI Risk Manager — Acme Bank   Apr 2021 – Present\n- AI risk and security assessments of 40 AI use cases (scorecards, collections voice-bot, GenAI assistant).\n';
    expect(ids(risk)).not.toContain('security-automation');
    expect(ids(`${en}- Wrote a Python bot that opens Jira tickets for new critical CVEs.\n`)).toContain('security-automation');
  });
  it('drift checks that block a model’s promotion are no security gate', () => {
    const ml = 'EXPERIENCE\nDetection Engineer — Acme   Apr 2023 – Present\n';
    expect(ids(`${ml}- Weekly retraining pipeline; PSI drift checks block promotion when features shift.\n`)).not.toContain('devsecops');
    expect(ids(`${ml}- Semgrep findings block the release in CI.\n`)).toContain('devsecops');
  });
  it.each([
    ['en', `${en}- Night-shift lead for a team of 5 analysts (2021–2023).\n`],
    ['de', 'BERUFSERFAHRUNG\nSOC Analyst — Acme   07/2020 – heute\n– Schichtleiterin der Nachtschicht mit 5 Analysten (2021–2023).\n'],
    ['es', 'EXPERIENCIA\nAnalista de SOC — Acme   07/2020 – actualidad\n• Jefa del turno de noche con un equipo de 5 analistas (2021–2023).\n'],
  ])('%s: a shift lead leads the people of the shift', (_, text) => {
    expect(ids(text)).toContain('team-leadership');
  });
  it.each([
    ['en', `${en}- Built a LightGBM phishing-URL classifier and serve it as a FastAPI scoring endpoint in Docker.\n`, true],
    [
      'de',
      'BERUFSERFAHRUNG\nDetection Engineer — Acme   07/2020 – heute\n– LightGBM-Klassifikator, bereitgestellt als FastAPI-Scoring-Endpunkt in Docker.\n',
      true,
    ],
    [
      'es',
      'EXPERIENCIA\nIngeniera de detección — Acme   07/2020 – actualidad\n• Clasificador LightGBM que sirvo como endpoint de scoring con FastAPI en Docker.\n',
      true,
    ],
    [
      'fr',
      'EXPÉRIENCE\nIngénieure détection — Acme   07/2020 – aujourd’hui\n• Classifieur LightGBM servi via un endpoint de scoring FastAPI sous Docker.\n',
      true,
    ],
    ['en', `${en}- Model extraction attempts against the scoring endpoint of the fraud model.\n`, false],
    ['en', `${en}- Deployed scoring APIs (FastAPI, Docker) on AWS ECS, p95 latency < 80 ms.\n`, true],
    ['en', `${en}- Model extraction attempts against the scoring API of the fraud model.\n`, false],
  ])('%s: a scoring endpoint that serves a model is ML deployment (%#)', (_, text, found) => {
    expect(ids(text).includes('ml-deployment')).toBe(found);
  });
  it.each([
    [
      'es',
      'EXPERIENCIA\nIngeniera de detección — Acme   07/2020 – actualidad\n• Registro de modelos en MLflow; los controles de deriva\n  (índice de estabilidad poblacional, PSI) bloquean la promoción.\n',
    ],
    [
      'fr',
      'EXPÉRIENCE\nIngénieure détection — Acme   07/2020 – aujourd’hui\n• Registre de modèles MLflow ; des contrôles de dérive (PSI) bloquent la promotion.\n',
    ],
  ])('%s: drift checks by population stability are model monitoring', (_, text) => {
    expect(ids(text)).toContain('model-monitoring');
  });
  it('a learning cue in a clause about another noun says nothing of the mention', () => {
    const es =
      'EXPERIENCIA\nIngeniera de seguridad — Acme   07/2020 – actualidad\n• Mentora de dos analistas del SOC que están aprendiendo a escribir detecciones.\n';
    expect(ids(es)).toContain('mentoring');
    expect(ids('SKILLS\nGo\nPython, Kubernetes which I am still learning')).toEqual(['go']);
  });
  it('sign-in logs of an identity provider are telemetry, also across a hyphen at a line’s end', () => {
    const de =
      'BERUFSERFAHRUNG\nDetection Engineer — Acme   07/2020 – heute\n– Isolation-Forest-Modelle (Python, scikit-learn) auf Entra-ID-\n  Anmelde- und VPN-Logs.\n';
    expect(ids(de)).not.toContain('identity-access-management');
    const es =
      'EXPERIENCIA\nIngeniera de detección — Acme   07/2020 – actualidad\n• Modelos con los registros de inicio\n  de sesión de Entra ID y de la VPN para detectar ataques de fatiga de MFA.\n';
    expect(ids(es)).not.toContain('identity-access-management');
  });
  it('German: results presented to officers, situation briefings and the audit committee are stakeholder communication', () => {
    const de = 'BERUFSERFAHRUNG\nSecurity Engineer — Acme   07/2020 – heute\n';
    expect(ids(`${de}- Monatliche Präsentation der Ergebnisse beim Head of Model Validation und beim CISO.\n`)).toContain('stakeholder-communication');
    expect(ids(`${de}- Schichtleiterin; Lagebriefings für den CISO bei schweren Vorfällen.\n`)).toContain('stakeholder-communication');
    expect(ids(`${de}- Quartalsweises Reporting an die Geschäftsleitung und den Prüfungsausschuss.\n`)).toContain('stakeholder-communication');
    expect(ids(`${de}- Präsentation auf der OWASP-Konferenz.\n`)).not.toContain('stakeholder-communication');
  });
  it('a KPI pack for the managing director is stakeholder communication; work with the CISO’s team is not', () => {
    const ops = 'EXPERIENCE\nOperations Manager — Acme   Jul 2020 – Present\n';
    expect(ids(`${ops}- Weekly KPI pack for the MD and the two largest retail clients.\n`)).toContain('stakeholder-communication');
    expect(ids(`${en}- Implemented output guardrails with the CISO's team.\n`)).not.toContain('stakeholder-communication');
    expect(ids(`${en}- Briefed the CISO monthly.\n`)).toContain('stakeholder-communication');
  });
  it('tooling for agents is no security tooling; a CLI or a job the person wrote for security checks is', () => {
    expect(ids(`${en}- Team builds the GenAI platform: RAG assistants, an LLM gateway and agent tooling.\n`)).not.toContain('security-automation');
    expect(ids(`${en}- Small Go CLI that verifies model signatures before promotion.\n`)).toContain('security-automation');
    expect(ids(`${en}- Used the AWS CLI in Python to list the buckets.\n`)).not.toContain('security-automation');
    expect(ids(`${en}- Python jobs that check IAM bindings every night and open tickets for risky grants.\n`)).toContain('security-automation');
  });
  it('"not my job" after a skill says the person does not do it', () => {
    expect(ids('SKILLS\nContract drafting  ● ● ● ● ○  Python / coding  not my job\nGDPR')).toEqual(['privacy']);
  });
  it('an audit firm named as the employer (a PASSI-qualified one: security audits) is no audit work', () => {
    const fr =
      "EXPÉRIENCE\nSept. 2018 – févr. 2022  Auditeur sécurité / Pentesteur\nVauban Cyber (cabinet d'audit qualifié PASSI) – Paris\n▸ Tests d'intrusion web.\n";
    expect(ids(fr)).not.toContain('audit');
  });
  it('French: risk appraisals of security ("appréciations des risques de sécurité") are security assessments', () => {
    const fr =
      'EXPÉRIENCE\nAnalyste conformité — Acme   07/2020 – aujourd’hui\n• Appréciations des risques de sécurité des nouveaux produits et des sous-traitants.\n';
    expect(ids(fr)).toContain('security-assessment');
  });
});

describe('the r50 round: learning labels and cloud identity', () => {
  it.each([
    ['KENNTNISSE\nProgrammierung: Python, Go\nAktuell in Einarbeitung: Rust; OWASP Top 10 for LLM Applications', 'llm-security', false],
    ['KENNTNISSE\nProgrammierung: Python, Go\nAktuell in Einarbeitung: Rust; OWASP Top 10 for LLM Applications', 'python', true],
    ['HABILIDADES\nLenguajes: Python, Go\nAprendiendo actualmente: Rust; OWASP Top 10 for LLM Applications', 'llm-security', false],
    ['HABILIDADES\nLenguajes: Python, Go\nAprendiendo actualmente: Rust; OWASP Top 10 for LLM Applications', 'python', true],
    ['EXPERIENCE\nML Engineer, Acme  2020 – 2024\n• Moved every pipeline step to its own GCP service account (Workload Identity).', 'cloud-security', true],
    ['SKILLS\nPython\nThings I have not done\n- No penetration testing or red-team experience.', 'penetration-testing', false],
    ['SKILLS\nPython\nThings I have not done\n- No penetration testing or threat modeling experience.', 'threat-modeling', false],
    [
      'EXPERIENCE\nCloud Security Engineer, Acme  2020 – 2024\n• Least-privilege roles and IAM permission boundaries per team.',
      'identity-access-management',
      false,
    ],
    [
      'EXPERIENCIA PROFESIONAL\nCientífica de datos, Banco Acme  2020 – 2024\n• Seguimiento mensual de la estabilidad de los modelos en producción; la puesta en producción la realiza el equipo de MLOps.\n• Tutora de dos becarios de ciencia de datos.',
      'ml-deployment',
      false,
    ],
    [
      'EXPERIENCIA PROFESIONAL\nCientífica de datos, Banco Acme  2020 – 2024\n• Seguimiento mensual de la estabilidad de los modelos en producción; la puesta en producción la realiza el equipo de MLOps.\n• Tutora de dos becarios de ciencia de datos.',
      'mlops',
      false,
    ],
    [
      'EXPERIENCIA PROFESIONAL\nCientífica de datos, Banco Acme  2020 – 2024\n• Seguimiento mensual de la estabilidad de los modelos en producción; la puesta en producción la realiza el equipo de MLOps.\n• Tutora de dos becarios de ciencia de datos.',
      'mentoring',
      true,
    ],
    [
      'EXPÉRIENCE PROFESSIONNELLE\nIngénieure sécurité, Acme  2020 – 2024\n• Rédaction du guide interne de développement sécurisé pour les équipes.',
      'policy-development',
      true,
    ],
    [
      'BERUFSERFAHRUNG\nseit 04/2023  Senior SOC-Analyst, Kurpfalz Privatbank AG\n- Monatliches Lagebild für den CISO und den IT-Leiter',
      'stakeholder-communication',
      true,
    ],
    [
      'EXPERIENCE\nSecurity Engineer, Acme  2020 – 2024\n- Built the AI security assessment checklist aligned with the NIST AI RMF and DoD AI assurance guidance.',
      'ai-governance',
      false,
    ],
    ['EDUCATION\nGraduate Certificate, AI Assurance (15 credit hours) - Rocket City University - 2024', 'ai-governance', false],
  ])('%s → %s %s', (text, id, has) => {
    expect(ids(text).includes(id)).toBe(has);
  });
});

describe('the model lifecycle as an audit topic (r51)', () => {
  it('is MLOps where the person runs it, and no MLOps as the area an audit or assurance programme covers', () => {
    expect(ids('EXPERIENCE\nML Engineer, Acme, 2020 – 2024\n- Automated the model lifecycle with Kubeflow and MLflow.\n')).toContain('mlops');
    expect(ids('EXPERIENCE\nAudit Lead, Acme, 2020 – 2024\n- Designed the AI audit programme (model lifecycle, data, third-party AI).\n')).not.toContain(
      'mlops',
    );
  });
});

describe('r51 readings (de, fr, es)', () => {
  const de = (title: string, line: string) => `BERUFSERFAHRUNG\n${title}  2018 – 2020\n- ${line}`;
  const fr = (title: string, line: string) => `EXPÉRIENCE\n${title}  2018 – 2020\n- ${line}`;
  const es = (title: string, line: string) => `EXPERIENCIA\n${title}  2018 – 2020\n- ${line}`;
  it.each([
    // A source code review by a pentester or security consultant is a secure code review; a developer's is peer review.
    [fr('Pentesteuse', 'Revue de code source pour des clients (Java, C#).'), 'secure-code-review', true],
    [es('Penetration Tester', 'Revisión de código fuente para clientes (Java, C#).'), 'secure-code-review', true],
    [de('Pentesterin', 'Source-Code-Reviews für Kunden (Java, C#).'), 'secure-code-review', true],
    [de('Penetration Testerin', 'Quellcode-Reviews für Kunden (Java, C#).'), 'secure-code-review', true],
    // A verb of reviewing before "the code" in a security entry ("Decompile and review the code of Android apps").
    [
      `EXPERIENCE\nPenetration Tester  2018 – 2020\n- Decompile and review the code of Android apps (Java/Kotlin) with jadx and MobSF.`,
      'secure-code-review',
      true,
    ],
    [es('Pentester', 'Descompilo y reviso el código de apps Android (Java/Kotlin) con jadx y MobSF.'), 'secure-code-review', true],
    [fr('Pentesteuse', 'Je relis le code des applications Android (Java/Kotlin) avec jadx et MobSF.'), 'secure-code-review', true],
    [`EXPERIENCE\nData Engineer  2018 – 2020\n- Review the code of the ingestion jobs with the team.`, 'secure-code-review', false],
    [es('Desarrolladora Java', 'Revisión de código fuente del equipo (Java).'), 'secure-code-review', false],
    [fr('Développeuse Java', "Revue de code source de l'équipe (Java)."), 'secure-code-review', false],
    // A security guideline or directive the person wrote is policy work; a user guide or one followed is not.
    [es('Ingeniera', 'Redacté la guía interna de ingeniería de ML segura (solo safetensors, modelos firmados).'), 'policy-development', true],
    [fr('Ingénieure', "Rédaction de la directive interne d'ingénierie ML sécurisée (safetensors uniquement)."), 'policy-development', true],
    [fr('Ingénieure', 'Rédaction des lignes directrices de sécurité pour les équipes de développement.'), 'policy-development', true],
    [es('Ingeniera', 'Seguí la guía de seguridad del equipo.'), 'policy-development', false],
    [es('Ingeniera', 'Redacté la guía de usuario del producto.'), 'policy-development', false],
    // A report to the CISO or the board, and risk committees, are stakeholder communication; a report in a wiki is not.
    [de('Security Engineerin', 'Quartalsbericht zur AI-Security-Lage an den CISO.'), 'stakeholder-communication', true],
    [de('Security Engineerin', 'Überzeugungsarbeit in Risikogremien.'), 'stakeholder-communication', true],
    [de('Security Engineerin', 'Bericht über die Testergebnisse im Wiki.'), 'stakeholder-communication', false],
    // A periodic report to a board or its officers, in the first person ("Informo trimestralmente … a la Junta Digital").
    [
      es('Responsable de Gobierno de la Información', 'Informo trimestralmente al Caldicott Guardian, al SIRO y a la Junta Digital.'),
      'stakeholder-communication',
      true,
    ],
    [fr('Responsable gouvernance', 'Je rends compte trimestriellement au SIRO et au conseil numérique.'), 'stakeholder-communication', true],
    [es('Ingeniera', 'Informo trimestralmente de las métricas en el wiki del equipo.'), 'stakeholder-communication', false],
    // A review of a model's biases ("la revisión de sesgos del modelo de sepsis").
    [
      es('Responsable de Gobierno de la Información', 'Codirigí la evaluación de impacto en igualdad y la revisión de sesgos del modelo de sepsis.'),
      'responsible-ai',
      true,
    ],
    [fr('Responsable gouvernance', 'Revue des biais du modèle de tri.'), 'responsible-ai', true],
    // Plural vulnerability assessments ("Évaluations de vulnérabilités des réseaux"), and adversarial manipulation of a model's features.
    [fr('Spécialiste des opérations cyber', 'Évaluations de vulnérabilités des réseaux de partenaires de mission.'), 'security-assessment', true],
    [de('Security Engineerin', 'Schwachstellenbewertungen der Partnernetze vor Übungen.'), 'security-assessment', true],
    [fr('Data scientist', 'Tests de résistance des modèles de fraude face à la manipulation adverse des variables.'), 'adversarial-ml', true],
    [es('Científica de datos', 'Pruebas de los modelos de fraude frente a la manipulación adversaria de las variables.'), 'adversarial-ml', true],
    [de('Data Scientist', 'Stresstests der Betrugsmodelle gegen adversariale Manipulation der Merkmale.'), 'adversarial-ml', true],
    // Leading people, named after a few words or in the singular; leading a project is no team leadership.
    [de('Managerin', 'Führung von zwei AI-Governance-Analysten.'), 'team-leadership', true],
    [de('Managerin', 'Führung einer GRC-Analystin (eingestellt 2021).'), 'team-leadership', true],
    [de('Managerin', 'Führung eines fünfköpfigen Teams.'), 'team-leadership', true],
    [de('Managerin', 'Führung eines Projekts zur Migration.'), 'team-leadership', false],
    // A team's size as a number word compounded with "-köpfig" ("vierköpfigen"), after "Tech Lead" or "Leitung".
    [de('Senior ML Platform Engineer', 'Tech Lead des vierköpfigen ML-Plattform-Teams.'), 'team-leadership', true],
    [de('Senior ML Platform Engineer', 'Leitung des dreiköpfigen ML-Teams.'), 'team-leadership', true],
    [de('Senior ML Platform Engineer', 'Tech Lead der Plattform.'), 'team-leadership', false],
    [de('Associate', 'Leitung von 12 DSGVO-Umsetzungsprogrammen zwischen 2016 und 2018.'), 'team-leadership', false],
  ])('%s → %s: %s', (text, id, found) => {
    expect(ids(text).includes(id)).toBe(found);
  });

  it('reads "Pentesterin" as a security title', () => {
    expect(parseResume(de('Pentesterin', 'Penetrationstests für Banken.'), { asOf }).experience.entries[0]?.kind).toContain('security');
  });
});

describe('work done by someone else and audit scope', () => {
  const job = (line: string) => `EXPERIENCE\nSenior Engineer, Acme Ltd   Jan 2020 – Present\n${line}`;
  it.each([
    // Set up or built by another team, said after the thing.
    [job('- S3 data lake with AWS Glue crawlers; the IAM roles for the pipelines were set up by the platform team.'), 'cloud-security', false],
    [job('- S3 data lake with AWS Glue crawlers; the IAM roles for the pipelines were set up by the platform team.'), 'data-engineering', true],
    [job('- The RAG pipeline and LLM integration are built by our ML engineering team.'), 'llm-applications', false],
    [job('- Built the RAG pipeline and the LLM integration.'), 'llm-applications', true],
    // A relative clause naming the team that built what the person tests.
    [job('- QA owner for the LLM based chatbot (RAG over policy documents) that our ML team built for two clients.'), 'llm-applications', false],
    // Other engineers as the subject, not only a team.
    [job('- The ML engineers own the models and the model deployment to SageMaker; I own everything upstream.'), 'ml-deployment', false],
    [job('- Own the model deployment to SageMaker.'), 'ml-deployment', true],
    // A classifier that is attacked or whose training data is poisoned is tested, not built.
    [job('- Evasion and membership-inference testing of the fraud-classification models with ART.'), 'machine-learning', false],
    [job('- Ran extraction attacks on the invoice classification model before each release.'), 'machine-learning', false],
    [job('- Thesis: "Finding poisoned samples in spam classifier training data".'), 'machine-learning', false],
    [job('- Trained the document classification model in scikit-learn.'), 'machine-learning', true],
    [job('- Trained and shipped the spam classifier behind the mail gateway.'), 'machine-learning', true],
    // The team's tool, not the team: a possessive after "built the team".
    [job("- Built the team's automated jailbreak regression harness in Python."), 'team-leadership', false],
    [job("- Built the team's on-call runbooks and the paging policy."), 'team-leadership', false],
    [job('- Built the team from two to nine engineers.'), 'team-leadership', true],
    // A French "contre-audit" is a pentest's retest, not an audit.
    [job('- Rédaction des rapports clients et des synthèses de contre-audit.'), 'audit', false],
    [job('- Contre-audits des correctifs chez 12 clients après les tests d’intrusion.'), 'audit', false],
    // A title coordinated after an executive it is presented to is another person's ("CTO and Head of Product").
    [job('- Presented the quarterly red-team report to CTO and Head of Product.'), 'team-leadership', false],
    [job('- Monthly risk briefings for the CISO and Head of Compliance.'), 'team-leadership', false],
    [job('- Vorstellung des quartalsweisen Berichts vor CTO und Head of Product; Abstimmung der Maßnahmen mit den Produktteams.'), 'team-leadership', false],
    [job('- Promoted to Head of Security Engineering in 2023; six direct reports.'), 'team-leadership', true],
    // "junto al equipo" with no team named after it is the person's own team: the work is still theirs.
    [
      'EXPERIENCIA\nIngeniero de plataforma, Acme S.L.  2022 – actualidad\n- Mantengo junto al equipo los pipelines de entrenamiento en Kubeflow y la capa de serving sobre EKS.',
      'kubernetes',
      true,
    ],
    [
      'EXPERIENCIA\nIngeniero de plataforma, Acme S.L.  2022 – actualidad\n- Informes SQL junto al equipo de MLOps que despliega con Kubeflow sobre EKS.',
      'kubernetes',
      false,
    ],
    // Dockerised, in each language.
    ['EXPERIENCIA\nIngeniera de QA, Acme S.L.  2016 – 2020\n- Integración con Jenkins CI; entornos de prueba dockerizados.', 'docker', true],
    ["EXPÉRIENCE\nIngénieure QA, Acme SAS  2016 – 2020\n- Intégration à Jenkins CI ; environnements de test dockerisés pour l'équipe.", 'docker', true],
    ['BERUFSERFAHRUNG\nQA-Ingenieurin, Acme GmbH  2016 – 2020\n- Integration in Jenkins CI; Testumgebungen dockerisiert und automatisiert.', 'docker', true],
    // French "chargés" (officers) managed are a team.
    [job("- Management de 2 chargés de conformité IA et d'une alternante."), 'team-leadership', true],
    [job("- Encadrement de 3 chargées d'études sécurité."), 'team-leadership', true],
    [job('- Reporting au management de la banque et aux chargés de clientèle.'), 'team-leadership', false],
    // A source-code audit is code review, in German as in English.
    [job('- Quellcode-Audits: SAST mit Semgrep und SonarQube, manuelle Prüfung kritischer Module.'), 'audit', false],
    [job('- Quellcode-Audits: SAST mit Semgrep und SonarQube, manuelle Prüfung kritischer Module.'), 'secure-code-review', true],
    [job('- Auditorías de código: SAST con Semgrep y revisión manual de los módulos críticos.'), 'audit', false],
    // Red-teaming test sets of an LLM guardrail are evaluation data, no penetration test.
    [job('- Eigener Klassifikator als Guardrail, Red-Teaming-Testsets laufen in der CI.'), 'penetration-testing', false],
    [job('- Guardrail classifier in front of the assistant; red-teaming test sets run nightly in CI.'), 'penetration-testing', false],
    // Tests an external vendor ran are the vendor's work, whoever coordinated them.
    [
      'EXPERIENCIA\nEspecialista de riesgos, Acme S.A.  2020 – actualidad\n- Coordiné con Ciberseguridad las pruebas de prompt injection que realizó un proveedor externo.',
      'llm-security',
      false,
    ],
    [
      'EXPERIENCIA\nEspecialista de riesgos, Acme S.A.  2020 – actualidad\n- Supervisé las pruebas de penetración que realizó una consultora externa.',
      'penetration-testing',
      false,
    ],
    [job('- Coordinated the prompt-injection tests performed by an external vendor.'), 'llm-security', false],
    [job('- Koordination der Penetrationstests, die ein externer Dienstleister durchführte, und Nachverfolgung der Befunde.'), 'penetration-testing', false],
    [job("- Pilotage des tests d'intrusion menés par le fournisseur, suivi des corrections."), 'penetration-testing', false],
    // Requests of internal audit answered are no audit; audits performed are.
    [
      'EXPERIENCIA\nEspecialista de riesgos, Acme S.A.  2020 – actualidad\n- Atención a requerimientos de Auditoría Interna y del regulador sobre modelos.',
      'audit',
      false,
    ],
    ['EXPERIENCIA\nEspecialista de riesgos, Acme S.A.  2020 – actualidad\n- Auditorías internas de ISO 27001 en tres filiales del grupo.', 'audit', true],
    // Models put on SageMaker endpoints, and AI guidelines written, in Spanish.
    [
      'EXPERIENCIA\nEspecialista de riesgos, Acme S.A.  2020 – actualidad\n- Puse en producción dos modelos en endpoints de AWS SageMaker.',
      'ml-deployment',
      true,
    ],
    [
      'EXPERIENCIA\nEspecialista de riesgos, Acme S.A.  2020 – actualidad\n- Elaboración de los lineamientos para el uso de IA generativa en el grupo.',
      'policy-development',
      true,
    ],
    [
      'EXPERIENCIA\nEspecialista de riesgos, Acme S.A.  2020 – actualidad\n- Seguimiento de los lineamientos del regulador sobre modelos de IA.',
      'policy-development',
      false,
    ],
    // A directory attacked in a red-team exercise is its target, no IAM work.
    [
      job('- Red-team exercises against Active Directory and Azure / Entra ID (assumed breach, phishing, lateral movement).'),
      'identity-access-management',
      false,
    ],
    [job('- Red-Team-Übungen gegen Active Directory und Azure / Entra ID (Assumed Breach, Phishing, Lateral Movement).'), 'identity-access-management', false],
    [job('- Rolled out Entra ID conditional access and MFA for 3,000 users.'), 'identity-access-management', true],
    // AI risk assessments in a security job assess security too; elsewhere they are AI risk management only.
    [
      'EXPERIENCE\nAI Security Analyst (AI Red Team), Acme Ltd   Jul 2023 – Present\n- AI risk assessments of new features against the NIST AI RMF.',
      'security-assessment',
      true,
    ],
    [
      'EXPERIENCE\nAI Governance Lead, Acme Ltd   Jan 2020 – Present\n- AI risk assessments of new use cases for the AI committee; model inventory.',
      'security-assessment',
      false,
    ],
    // Another team uses the person's findings for its own work.
    [job('- Mentor four red teamers. (The safety-training team uses our findings to train classifiers.)'), 'machine-learning', false],
    [job('- Mentor four red teamers. (The safety-training team uses our findings to train classifiers.)'), 'mentoring', true],
    // Hedged exposure is no evidence in a résumé, in the first person or bare (job ads, which ask for "some exposure to
    // …", do not read these cues: test/posting.test.ts).
    ['SKILLS\nI have some exposure to Python (firm audit-analytics bootcamp, 2023)', 'python', false],
    ['SUMMARY\nSecurity engineer. Some exposure to PyTorch through a course.', 'pytorch', false],
    ['SKILLS\nPython, Go; limited exposure to Kubernetes', 'kubernetes', false],
    ['PROFIL\nSicherheitsingenieurin mit ersten Berührungspunkten mit Kubernetes.', 'kubernetes', false],
    ['PROFIL\nSicherheitsingenieurin. Erste Berührungspunkte mit Kubernetes.', 'kubernetes', false],
    ['PERFIL\nIngeniera de seguridad. Primer contacto con Kubernetes en un curso.', 'kubernetes', false],
    ['SKILLS\nI have limited exposure to Kubernetes.', 'kubernetes', false],
    [job("- Reduced the bank's exposure to Kubernetes misconfigurations."), 'kubernetes', true],
    ['SKILLS\nPython (5 years)', 'python', true],
    // A statement of interest names topics followed, not work done (convention 232): an inline "Interests:" label where a
    // sentence starts, "passionate about", "broader interest in", "I follow developments in".
    ['OTHER\nMember, ISACA. Interests: adversarial machine learning and AI governance.', 'adversarial-ml', false],
    ['OTHER\nMitglied im ISACA. Interessen: Adversarial Machine Learning, KI-Governance.', 'adversarial-ml', false],
    ["OTHER\nMembre de l'ISACA. Centres d'intérêt : apprentissage automatique antagoniste.", 'adversarial-ml', false],
    ['OTRO\nMiembro de ISACA. Intereses: aprendizaje automático adversario.', 'adversarial-ml', false],
    ['SUMMARY\nSecurity leader. Passionate about Responsible AI and quantum-safe cryptography.', 'responsible-ai', false],
    ['SUMMARY\nSecurity leader. Passionate about Responsible AI and quantum-safe cryptography.', 'cryptography', false],
    ['EXTRACTO\nLíder de seguridad. Me apasionan la IA responsable y la criptografía post-cuántica.', 'cryptography', false],
    ['PROFIL\nResponsable sécurité passionnée par la cryptographie post-quantique.', 'cryptography', false],
    ['PROFIL\nSicherheitsleiterin. Ich begeistere mich für Post-Quanten-Kryptografie.', 'cryptography', false],
    ['SUMMARY\nLawyer. I follow developments in MLOps and LLM safety closely, but my work is governance.', 'mlops', false],
    ['PROFIL\nJuristin. Ich verfolge die Entwicklungen bei MLOps aufmerksam.', 'mlops', false],
    ['RESEARCH INTERESTS\nData poisoning. Broader interest in AI governance.', 'ai-governance', false],
    ['RESEARCH INTERESTS\nData poisoning. Broader interest in AI governance.', 'adversarial-ml', true],
    ['SUMMARY\nI built our MLOps platform: Kubeflow pipelines and an MLflow registry.', 'mlops', true],
    // Canada's AI bill by its full name is AI regulation.
    [job("- Co-authored the lab's submission on the Artificial Intelligence and Data Act (AIDA)."), 'ai-regulation', true],
    // An AI risk committee and a secure design review in Spanish and French, as in English.
    ['EXPERIENCIA\nDirectora de Seguridad, Acme   enero de 2020 - actualidad\n- Formo parte del Comité de Riesgos de IA del banco.', 'ai-governance', true],
    ['EXPERIENCIA\nDirectora de Seguridad, Acme   enero de 2020 - actualidad\n- Revisión de diseño seguro para cada caso de uso.', 'security-assessment', true],
    ["EXPÉRIENCE\nDirectrice sécurité, Acme   janvier 2020 - aujourd'hui\n- Membre du comité des risques IA de la banque.", 'ai-governance', true],
    // The scope of an audit programme in brackets names its topics, not the person's work.
    [job('- Designed the AI assurance methodology and audit programme (model lifecycle, data, third-party AI, human oversight).'), 'mlops', false],
    [job('- Designed the AI assurance methodology and audit programme (model lifecycle, data, third-party AI, human oversight).'), 'audit', true],
    // A title after a possessive is someone else's.
    [job('- Individual contributor; I work with 7 engineers through their engineering manager.'), 'team-leadership', false],
    ['EXPERIENCE\nEngineering Manager, Acme Ltd   Jan 2020 – Present\n- Hired and grew a team of 7 engineers.', 'team-leadership', true],
    // An AI red team tests models: LLM security, no penetration testing.
    ['EXPERIENCE\nAI Red Team Operator, Helios   Jan 2020 – Present\n- Jailbreak testing of chat models.', 'penetration-testing', false],
    ['EXPERIENCE\nAI Red Team Operator, Helios   Jan 2020 – Present\n- Jailbreak testing of chat models.', 'llm-security', true],
    ['EXPERIENCE\nRed Team Operator, Acme   Jan 2020 – Present\n- Internal network engagements.', 'penetration-testing', true],
    // A skills-matrix level that points to the gaps section.
    [
      'SKILLS MATRIX\n  Skill              Years     Level\n  Python             7         Advanced\n  Machine learning   –         see Gaps',
      'machine-learning',
      false,
    ],
    ['SKILLS MATRIX\n  Skill              Years     Level\n  Python             7         Advanced\n  Machine learning   –         see Gaps', 'python', true],
    // A review held with business leads is stakeholder communication; a code review with engineers is not.
    [job('- Run the monthly data-platform review with the ML, finance and product leads.'), 'stakeholder-communication', true],
    [job('- Weekly code review with the other engineers.'), 'stakeholder-communication', false],
    [job('- Designed the serving path, reviewed with the data science leads.'), 'stakeholder-communication', false],
    [job('- Run the monthly CVE remediation review with app owners.'), 'stakeholder-communication', false],
    // Source code review in security work is secure code review; elsewhere it is plain code review.
    [
      'EXPERIENCE\nPenetration Tester, Acme   Jan 2020 – Present\n- Web application pentests. Source code review for clients (Java, C#).',
      'secure-code-review',
      true,
    ],
    [job('- Source code review for clients (Java, C#).'), 'secure-code-review', false],
    // LLMs named as the subject of product work are no building of LLM applications.
    ['SKILLS\nGenAI / LLMs: use-case discovery and product requirements', 'llm-applications', false],
    ['SKILLS\nGenAI / LLMs: RAG pipelines, LangChain agents', 'llm-applications', true],
    // Another team's exercise, hiring panels, briefing a governance body, a guardrail's classifier.
    [job("- Added prompt-injection filters after the security team's red-team exercise."), 'penetration-testing', false],
    [job("- Added prompt-injection filters after the security team's red-team exercise."), 'llm-security', true],
    [job('- Mentor 3 junior engineers, take part in hiring panels.'), 'team-leadership', false],
    [job('- Hired 4 engineers and ran their interviews.'), 'team-leadership', true],
    [job('- Present AI security risk to the CISO and the AI Steering Group every month.'), 'ai-governance', false],
    [job('- Present AI security risk to the CISO and the AI Steering Group every month.'), 'stakeholder-communication', true],
    [job("- Audited the AI Steering Committee's approval process."), 'ai-governance', true],
    [job('- Red-team LLM features; designed the guardrails (input classifier, output encoding) at the gateway.'), 'machine-learning', false],
    [job('- Trained a gradient-boosted classifier for fraud.'), 'machine-learning', true],
    // A conference's area or session chair reviews papers: no stakeholder communication.
    ['SERVICE\nArea chair, NeurIPS 2024 and 2025 · Reviewer, ICML, ICLR', 'stakeholder-communication', false],
    [job('- Chair the monthly risk review with the business owners.'), 'stakeholder-communication', true],
  ])('%s → %s %s', (text, id, has) => {
    expect(ids(text).includes(id)).toBe(has);
  });
});

describe('skills round r53: audits of processes, hedged exposure, tools listed, possessive teams, translations', () => {
  const job = (line: string) => `EXPERIENCE\nSenior Engineer, Acme Ltd   Jan 2020 – Present\n${line}`;
  const sec = (line: string) => `EXPERIENCE\nSecurity Analyst, Acme Ltd   Jan 2020 – Present\n${line}`;
  const auditor = (line: string) => `EXPERIENCE\nSenior Auditor, Information Security, Acme Ltd   Jan 2020 – Present\n${line}`;
  it.each([
    // An environment kept audit-ready is the auditee's state; audit work stays.
    ['SUMMARY\nI keep a HIPAA-regulated environment audit-ready.', 'audit', false],
    [job('- Led the internal audit of IT general controls.'), 'audit', true],
    // Processes audited, joined by "and", are the audit's object.
    [auditor('- Audited the vulnerability management and firewall rule review processes.'), 'vulnerability-management', false],
    [auditor('- Audited the vulnerability management and firewall rule review processes.'), 'network-security', false],
    [sec('- Ran the vulnerability management programme and the firewall rule reviews.'), 'vulnerability-management', true],
    // A script that automates an audit step automates no security work.
    [auditor('- Wrote small Python scripts to automate sample selection.'), 'security-automation', false],
    [sec('- Wrote Python scripts to automate phishing triage.'), 'security-automation', true],
    // Wishes and hedged contact in a résumé.
    ['SUMMARY\nI want to move closer to ML engineering.', 'machine-learning', false],
    ['SUMMARY\nI only read the papers; some exposure to LangChain from a hackathon.', 'llm-applications', false],
    ['SKILLS\nTensorFlow: some exposure (one course, 2019)', 'tensorflow', false],
    ['SKILLS\nTensorFlow: 3 years', 'tensorflow', true],
    // Military intelligence threat assessments are no security assessment.
    [job('- Fused HUMINT, SIGINT and GEOINT reporting into threat assessments for brigade operations.'), 'security-assessment', false],
    // Kali Linux listed among tools is a testing toolkit; used at work, it is Linux.
    ['SKILLS\nTools: Jira, Git, Kali Linux', 'linux', false],
    [sec('- Bash scripts to automate recon on Kali Linux.'), 'linux', true],
    ['SKILLS\nOS: Kali Linux, Ubuntu', 'linux', true],
    // A team's meeting led is no team led; a team with its size is.
    [job("- Mentor 3 junior ML engineers; lead the team's weekly model review."), 'team-leadership', false],
    [job('- Lead the team of 6 engineers.'), 'team-leadership', true],
    [job('- Lead the AI Platform Security Architecture team (6 architects).'), 'team-leadership', true],
    // Presenting to managers.
    [job('- Present the weekly KPI pack to the state operations manager and depot managers.'), 'stakeholder-communication', true],
    // A standard owned is a standard written and kept.
    [job('- Own the guardrail standard (output filtering, tool-call allow-lists) all GenAI teams must follow.'), 'policy-development', true],
    [job('- Follow the standard owned by the CISO office.'), 'policy-development', false],
    // Incident work in a SOC.
    [sec('- Triaged Splunk alerts, escalated and worked incidents, wrote post-incident reports.'), 'incident-response', true],
    [job('- Wrote post-incident reports for outages.'), 'incident-response', false],
    // Convolutional networks.
    [job('- Trained convolutional networks (Theano, MATLAB) for radar target recognition.'), 'deep-learning', true],
    // The model-serving tier reviewed in a security sentence names what is secured.
    [
      'EXPERIENCE\nPrincipal Security Architect, Acme   Jan 2020 – Present\n- Security architecture reviews and threat models for the ML training platform, the model-serving tier and the voice assistant.',
      'ml-deployment',
      false,
    ],
    // Key management for signing names what the keys are for.
    [sec('- Designed the PKI and HSM-based key management for signing model artifacts.'), 'devsecops', false],
    // German, French and Spanish.
    [sec('- Triage von Splunk-Alarmen, Eskalation und Bearbeitung von Vorfällen.'), 'incident-response', true],
    [sec('- Triaje de alertas de Splunk, escalado de incidentes, informes post-incidente.'), 'incident-response', true],
    [sec('- Penetrationstests von Webanwendungen, APIs und Chatbots (Burp Suite Pro).'), 'application-security', true],
    [sec('- Red Teaming des Assistenten mit garak und PyRIT.'), 'penetration-testing', false],
    [sec('- Red teaming del asistente con garak y PyRIT.'), 'penetration-testing', false],
    [sec('- Red Teaming des Assistenten mit garak und PyRIT.'), 'llm-security', true],
    [job("- Passage de l'équipe plateforme ML à la Product Security pour prendre en charge la sécurité des pipelines."), 'application-security', false],
    [job('- Pasé del equipo de plataforma de ML a Product Security para hacerme cargo de la seguridad.'), 'application-security', false],
    [job('- Déploiement des modèles avec KServe sur Amazon EKS ; rédaction des charts Helm.'), 'policy-development', false],
    [job('- Acordé los criterios de aceptación de equidad para los modelos de tarificación.'), 'responsible-ai', true],
    // An audit passed is the auditee's; propensity models and adversarial suffixes and patches.
    [job('- AI impact assessments aligned to ISO/IEC 42001; ISO 42001 certification audit passed in 2025.'), 'audit', false],
    [job("- Modèles de scoring d'appétence crédit en Python ; extractions SQL sur Oracle."), 'machine-learning', true],
    [job('- Gradient-based adversarial suffix attacks against open-weight LLMs.'), 'adversarial-ml', true],
    [job('- Robustness of vision models against physical-world adversarial patches.'), 'adversarial-ml', true],
  ])('%s → %s %s', (text, id, has) => {
    expect(ids(text).includes(id)).toBe(has);
  });

  it('reads a "Professional qualifications" heading as certifications, so a cloud named in a certificate is no skill', () => {
    const text = 'SKILLS\nPython, SQL\n\nPROFESSIONAL QUALIFICATIONS & CERTIFICATIONS\nMicrosoft Certified: Azure AI Fundamentals (AI-900), 2022';
    const p = parseResume(text, { asOf });
    expect(p.sections.map((s) => s.name)).toEqual(['skills', 'certifications']);
    expect(p.skills.map((s) => s.id)).not.toContain('azure');
  });
});

describe('evidence that dates a skill to the right entry (r53)', () => {
  const entrySkills = (text: string) => parseResume(text, { asOf }).experience.entries[0]?.skills ?? [];
  it.each([
    ['- Trained convolutional networks (Theano) for radar target recognition.', 'deep-learning', true],
    ['- Gradient-based adversarial suffix attacks against open-weight LLMs.', 'adversarial-ml', true],
    ['- ISO 42001 certification audit passed in 2025.', 'audit', false],
    ['- The platform underwent an external audit in 2024.', 'audit', false],
    ['- Led internal audits of the payments function.', 'audit', true],
    ['- Designed the Snowflake star schema for finance reporting (120+ tables).', 'sql', true],
    ['- Designed the star schema for the claims data mart.', 'sql', false],
  ])('%s → %s %s', (line, id, has) => {
    expect(entrySkills(`EXPERIENCE\nAnalyst, Acme Bank   Jan 2020 – Present\n${line}\n`).includes(id)).toBe(has);
  });
  it.each([
    ["▪ Modèles de scoring d'appétence crédit en Python ; extractions SQL", true],
    ['▪ Revues éthiques et tests de biais des modèles de scoring, conduits avec les data scientists', false],
    ["▪ Cartographie des obligations de l'AI Act pour le modèle de scoring crédit", false],
  ])('French scoring models: %s → machine-learning %s', (line, has) => {
    const p = parseResume(`EXPÉRIENCES PROFESSIONNELLES\nSept. 2020 – août 2022  Chargée d'études – Banque Vellin, Lyon\n${line}\n`, { asOf });
    expect(p.experience.entries[0]?.skills.includes('machine-learning')).toBe(has);
  });
});

describe('claims, leaders and assured objects (r54)', () => {
  const claims = (text: string) => parseResume(text, { asOf }).experience.claims.map((c) => [c.subject, c.years]);
  it.each([
    ['PROFILE\nCybersecurity analyst with two and a half years of experience in a 24x7 SOC.', 'securityYears', 2.5],
    ['PROFILE\nSecurity engineer with 3 years and a half of experience.', 'securityYears', 3.5],
    ['PROFILE\nML engineer for a year and a half; before that, data analyst.', 'mlYears', 1.5],
    ['PERFIL\nTengo dos años y medio de experiencia en ciberseguridad.', 'securityYears', 2.5],
    [
      'PERFIL\nAnalista de ciberseguridad en un SOC 24x7 con algo más de dos años y medio de experiencia en monitorización, triaje de alertas y primera respuesta ante incidentes.',
      'securityYears',
      2.5,
    ],
    ['PROFILE\nDetection engineer at a 300-person MSSP with 6 years of experience.', 'securityYears', 6],
    [
      "CAMILLE DUHAMEL\nÉvaluation de la conformité et de la robustesse des systèmes d'IA\nEx-ingénieure Machine Learning (6 ans)\n\nEXPÉRIENCE\nJe cherche un poste dans une équipe de la sécurité des systèmes d'IA.",
      'mlYears',
      6,
    ],
    [
      'MAX MUSTER\nEhemaliger Security Engineer (8 Jahre)\nIch bin seit vielen Jahren in der Informationssicherheit tätig und suche eine neue Stelle.',
      'securityYears',
      8,
    ],
  ])('%s → %s %s', (text, subject, years) => {
    expect(claims(text)).toContainEqual([subject, years]);
  });

  it.each([
    ['- Supervised 25 contract security officers at a hospital campus', 'team-leadership', true],
    ['- Supervise 6 analysts across two shifts', 'team-leadership', true],
    ['- Squad leader for 9 soldiers; deployed to Iraq 2010-2011', 'team-leadership', true],
    ['- Supervised 3 data migrations to the new warehouse', 'team-leadership', false],
    ['- Leads three product owners and a designer for the detection roadmap', 'team-leadership', true],
    ['- Led two product managers through the platform launch', 'team-leadership', true],
    ['- Led 4 engineers through the SIEM migration', 'team-leadership', true],
    ['- Led 2 workshops for engineers on threat modelling', 'team-leadership', false],
    ['- Worked with 3 engineers led by the platform lead', 'team-leadership', false],
    ['- Lead analyst on 4 ransomware cases for the retail clients', 'team-leadership', false],
    ['- Write the hunt reports for the ISSM and program leadership', 'stakeholder-communication', true],
    ['- Prepared monthly risk reports for executive leadership', 'stakeholder-communication', true],
    ['- Team leadership: 6 direct reports for the detection team', 'stakeholder-communication', false],
    ['- Hunted on the enterprise networks with Zeek and Snort sensors', 'security-monitoring', true],
    ['- Bug hunting on HackerOne in my spare time', 'security-monitoring', false],
    [
      '- Evaluated vulnerability management, security monitoring and incident management processes against control objectives',
      'vulnerability-management',
      false,
    ],
    ['- Evaluated vulnerability management, security monitoring and incident management processes against control objectives', 'security-monitoring', false],
    ['- Reviewed client penetration-test reports as audit evidence', 'penetration-testing', false],
    ['- Tested the web app and wrote the penetration test reports', 'penetration-testing', true],
    ['- Built the vulnerability management process and ran the weekly scans', 'vulnerability-management', true],
  ])('%s → %s %s', (line, id, has) => {
    expect(ids(`EXPERIENCE\nSecurity Officer, Acme  2020 – 2024\n${line}\n`).includes(id)).toBe(has);
  });

  it.each([
    ['SKILLS\n- Access control systems (Lenel OnGuard, C-CURE 9000)\n- C-TPAT compliance', 'c-cpp', false],
    ['SKILLS\nObject detection with Faster R-CNN; C-UAS sensor integration', 'r-language', false],
    ['SKILLS\nLanguages: C/C++, Go', 'c-cpp', true],
    ['KENNTNISSE\nC-Programmierung, Python, hardwarenahe Entwicklung für Mikrocontroller', 'c-cpp', true],
    [
      "COMPÉTENCES\nLangages : Python, Bash\nRobustesse des modèles / attaques adverses : notions théoriques (MOOC),\npas d'expérience pratique",
      'adversarial-ml',
      false,
    ],
    [
      'CONOCIMIENTOS\nProgramación: Python, Bash\nInterés: seguridad de LLM (sigo el OWASP Top 10 para aplicaciones LLM), sin experiencia práctica',
      'llm-security',
      false,
    ],
    ['CONOCIMIENTOS\nProgramación: Python, Bash\nAtaques adversarios: nociones teóricas', 'adversarial-ml', false],
    ['SKILLS\nLanguages: Python, Bash\nAdversarial ML: theory only (MOOC)', 'adversarial-ml', false],
  ])('%s → %s %s', (text, id, has) => {
    expect(ids(text).includes(id)).toBe(has);
  });

  const frJob = (line: string) => `EXPÉRIENCES PROFESSIONNELLES\nSept. 2022 – Févr. 2024  AUDITEUR SÉCURITÉ / PENTESTER – Oréade, Paris\n  ▪ ${line}\n`;
  it.each([
    ["Développement d'un scanner de prompts (Python) intégré comme gate bloquant dans la CI GitLab.", 'devsecops', true],
    ['Contrôle bloquant dans les pipelines de déploiement.', 'devsecops', true],
    ['Tests d’intrusion, audits de configuration (Active Directory, pare-feux) et audits de code source.', 'security-assessment', true],
    ['Les scripts de test sont fournis par notre équipe outillage.', 'security-automation', false],
  ])('%s → %s %s', (line, id, has) => {
    expect(ids(frJob(line)).includes(id)).toBe(has);
  });
});

describe('"IR" for incident response, in its own field only', () => {
  const job = (line: string) => `EXPERIENCE\nAnalyst, Acme Corp  Jan 2020 – Present\n- ${line}\n`;
  it.each([
    ['Lead IR on escalated cases: host triage, memory capture, containment, after-action reports.', true],
    ['On the IR rotation: triage of EDR alerts, containment of compromised hosts.', true],
    ['Characterised polymers with IR spectroscopy and NMR.', false],
    ['Prepared quarterly decks for the IR (investor relations) team and the CFO.', false],
    ['Calibrated IR sensors and thermal cameras on the production line.', false],
    ['Worked with IR on earnings releases and analyst escalations.', false],
  ])('%s → %s', (line, has) => {
    expect(ids(job(line)).includes('incident-response')).toBe(has);
  });
});

describe('poisoning of models, not of people', () => {
  const job = (line: string) => `EXPERIENCE\nResearch Scientist, Acme Lab  Jan 2020 – Present\n- ${line}\n`;
  it.each([
    ['Train and fine-tune PyTorch classifiers used as poisoning-detection baselines.', true],
    ['Built poisoning detection for the fraud models.', true],
    ['Evaluated poisoning defences for federated learning.', true],
    ['Food poisoning outbreak investigations for the county health department.', false],
    ['Lead poisoning prevention outreach.', false],
  ])('%s → %s', (line, has) => {
    expect(ids(job(line)).includes('adversarial-ml')).toBe(has);
  });
});

describe('people managed are a team led', () => {
  const job = (line: string) => `EXPERIENCE\nLead, Acme  Jan 2020 – Present\n- ${line}\n`;
  it.each([
    ['Managed people across three time zones and ran the on-call rota.', true],
    ['Led people through the migration to the new SIEM.', true],
    ['Managed people operations and payroll for 300 staff.', false],
  ])('%s → %s', (line, has) => {
    expect(ids(job(line)).includes('team-leadership')).toBe(has);
  });
});

describe('r59: a written deliverable for an executive audience is stakeholder communication', () => {
  const job = (line: string) => `EXPERIENCE\nSecurity Analyst, Acme  Jan 2020 – Present\n- ${line}\n`;
  it.each([
    ['Wrote the after-action reports for management.', true],
    ['Prepared executive incident summaries for the CISO.', true],
    ['Monthly risk summary to the VP of Engineering and the CTO.', true],
    ['Release-gating reports for the VP Product.', true],
    ['Management-Summaries zu Vorfällen für den CISO.', true],
    ["Rédaction de synthèses d'incidents pour le RSSI.", true],
    ['Rapports mensuels à destination de la direction.', true],
    ['Elaboración de resúmenes de incidentes para la dirección.', true],
    ['Reportes mensuales de incidentes para la dirección.', true],
    ['Monthly vulnerability report for the IT manager.', false],
    ['Capacity reports for the IT manager.', false],
    ['Python scripts that produce policy-drift reports for the CISO office.', false],
  ])('%s → %s', (line, has) => {
    expect(ids(job(line)).includes('stakeholder-communication')).toBe(has);
  });
});

describe('r59: an identity protocol named as an attack vector is no IAM work', () => {
  const job = (line: string) => `EXPERIENCE\nSOC Analyst, Acme  Jan 2020 – Present\n- ${line}\n`;
  it.each([
    ['Hunts for OAuth consent phishing and LOLBin abuse.', false],
    ['Chasses aux menaces (hameçonnage par consentement OAuth).', false],
    ['Threat Hunts (z. B. OAuth-Consent-Phishing).', false],
    ['Investigated SAML token forgery attempts.', false],
    ['Rolled out SSO with SAML and OAuth for 25 apps.', true],
    ['Implemented OAuth 2.0 flows for the API gateway.', true],
  ])('%s → %s', (line, has) => {
    expect(ids(job(line)).includes('identity-access-management')).toBe(has);
  });
});

describe('r59: the security of an LLM application is no application security', () => {
  const job = (line: string) => `EXPERIENCE\nSecurity Engineer, Acme  Jan 2020 – Present\n- ${line}\n`;
  it.each([
    ['LLM application security: prompt-injection test cases.', false],
    ['AI application security reviews of the copilot.', false],
    ['GenAI application security for the chatbot.', false],
    ['Ran the application security programme (threat models, code review).', true],
  ])('%s → %s', (line, has) => {
    expect(ids(job(line)).includes('application-security')).toBe(has);
  });
});

describe("r59: building that is not the person's leaves a secured platform no evidence", () => {
  const job = (line: string) => `EXPERIENCE\nSecurity Analyst, Acme  Jan 2020 – Present\n- ${line}\n`;
  it.each([
    ['Threat model of the internal RAG assistant built on Azure OpenAI.', false],
    ['Security review, with the development team, of the assistant on Azure OpenAI.', false],
    ['Security assessment of the chatbot developed by the vendor on Amazon Bedrock.', false],
    ["Modélisation des menaces, avec l'équipe de développement, de l'assistant basé sur Azure OpenAI.", false],
    ['Evaluación de seguridad del asistente desarrollado por el proveedor sobre Azure OpenAI.', false],
    ['Built a RAG assistant on Azure OpenAI and red-teamed it before launch.', true],
  ])('%s → %s', (line, has) => {
    expect(ids(job(line)).includes('llm-applications')).toBe(has);
  });
});

describe('r59: an audit function named as the party served is no audit work', () => {
  const job = (line: string) => `EXPERIENCE\nQA Test Manager, Acme  Jan 2020 – Present\n- ${line}\n`;
  it.each([
    ['Provided test evidence to Internal Audit for the change-management control review.', false],
    ['Answered document requests from Internal Audit.', false],
    ['Remediated the findings raised by Internal Audit.', false],
    ['Worked with Internal Audit on the quarterly release checklist.', false],
    ['Led the internal audit of access management and change controls.', true],
    ['Test of controls over logical access and program change.', true],
  ])('%s → %s', (line, has) => {
    expect(ids(job(line)).includes('audit')).toBe(has);
  });
  it('reads "test of control cabinets" as electrical testing', () => {
    expect(ids(job('PLC programming (Siemens S7) and test of control cabinets; documentation'))).not.toContain('audit');
    expect(ids(job('Test of control panels and switchgear wiring before commissioning.'))).not.toContain('audit');
  });
});

describe('r59: a SageMaker endpoint under review is no model deployment', () => {
  const job = (line: string) => `EXPERIENCE\nCloud Security Engineer, Acme  Jan 2020 – Present\n- ${line}\n`;
  it.each([
    ['Security architecture reviews of SageMaker endpoints and 30+ internal services before launch.', false],
    ['Hardened the SageMaker endpoints exposed to partners.', false],
    ['Deployed fraud models to SageMaker endpoints with blue/green rollouts.', true],
  ])('%s → %s', (line, has) => {
    expect(ids(job(line)).includes('ml-deployment')).toBe(has);
  });
});

describe('r59: the AppSec team one works with is no application security', () => {
  const job = (line: string) => `EXPERIENCE\nSOC Analyst, Acme  Jan 2020 – Present\n- ${line}\n`;
  it.each([
    ['Created detection rules for prompt-injection attempts on the chatbot gateway logs, working with the AppSec team.', false],
    ["Escalated web findings to the bank's AppSec teams.", false],
    ['Ran AppSec reviews (SAST triage) for the payments services.', true],
  ])('%s → %s', (line, has) => {
    expect(ids(job(line)).includes('application-security')).toBe(has);
  });
});

describe('r59: a skill named as a gap is not held through coursework', () => {
  const cv = (gap: string) =>
    `EXPERIENCE\nSOC Analyst, Acme  Jan 2024 – Present\n- Triage Splunk alerts.\n\nEDUCATION\nCyber Security Bootcamp — Tech Academy, 2025\n   Curriculum: SIEM with Splunk, Windows/Linux logging, intro to offensive security (Kali labs)\n\n${gap}`;
  it('drops the education mentions of a skill listed under "Not yet"', () => {
    const skills = ids(cv('CURRENTLY LEARNING / NOT YET\nNot yet: hands-on penetration testing beyond bootcamp labs; Linux administration\n'));
    expect(skills).not.toContain('linux');
    expect(skills).not.toContain('penetration-testing');
  });
  it('keeps them when no gap names the skill', () => {
    const skills = ids(cv('INTERESTS\nRunning\n'));
    expect(skills).toContain('linux');
    expect(skills).toContain('penetration-testing');
  });
});

describe('r62: a manager title whose header gives the team it leads ("– équipe de 6 consultants")', () => {
  const leads = (text: string) => parseResume(text, { asOf: '2026-11-01' }).skills.some((s) => s.id === 'team-leadership');

  it('reads the team size beside a manager title as team leadership, in four languages', () => {
    const texts = [
      'EXPÉRIENCES PROFESSIONNELLES\n\n2019 – présent    SOREL & ASSOCIÉS (cabinet de conseil, Lyon)\n                  Manager GRC cybersécurité & IA de confiance – équipe de 6 consultants\n                  Animation des comités de direction\n',
      'EXPERIENCE\n\nSecurity GRC Manager – team of 6 consultants, Sorel — 2019 – present\n- ISO 27001 programme\n',
      'BERUFSERFAHRUNG\n\nseit 2019   Managerin GRC – Team von 6 Beraterinnen und Beratern, Sorel GmbH\n- ISO-27001-Programm\n',
      'EXPERIENCIA\n\n2019 – actualidad   Gerente GRC – equipo de 6 consultores, Sorel\n- Programa ISO 27001\n',
    ];
    expect(texts.map(leads)).toEqual([true, true, true, true]);
  });

  it('reads no leadership in a member of such a team, or under no manager title', () => {
    const texts = [
      "EXPÉRIENCE\n\n2019 – aujourd'hui   Consultant GRC – équipe de 6 consultants, Sorel\n- PSSI\n",
      'EXPERIENCE\n\nSecurity Analyst, Acme — 2019 – present\n- Worked in a team of 6 engineers reporting to the security manager\n',
      'BERUFSERFAHRUNG\n\nseit 2019   Berater, Sorel GmbH\n- Mitglied im Team von 6 Beratern unter der Leitung der Managerin\n',
      'EXPERIENCIA\n\n2019 – actualidad   Consultor, Sorel\n- Parte de un equipo de 6 consultores con el gerente\n',
    ];
    expect(texts.map(leads)).toEqual([false, false, false, false]);
  });
});

describe('r64: what a phrase names is not always work in the skill', () => {
  const job = (title: string, line: string) => `EXPERIENCE\n${title}, Acme  Jan 2020 – Present\n- ${line}\n`;
  const has = (text: string, id: string) => ids(text).includes(id);

  it.each([
    ['Negotiated data processing agreements, including audit-rights and security-measures clauses.', false],
    ['Drafted DPAs with audit clauses for cloud suppliers.', false],
    ['Negotiated the right to audit with our SaaS vendors.', false],
    ['Led the IT audit of the core banking platform.', true],
  ])('audit: %s → %s', (line, want) => {
    expect(has(job('Privacy Counsel', line), 'audit')).toBe(want);
  });

  it.each([
    ['Assessed governance of 30 credit models (model inventory, validation, approvals for model deployment).', false],
    ['Chaired the committee that approved model deployments.', false],
    ['Operate and protect the training and model deployment pipelines in Kubeflow.', false],
    ['Opero y protejo las pipelines de entrenamiento y despliegue de modelos en Kubeflow.', false],
    ['Owned model deployment to KServe for the fraud models.', true],
    ['Despliegue de modelos en SageMaker para el equipo de fraude.', true],
  ])('ml-deployment: %s → %s', (line, want) => {
    expect(has(job('Engineer', line), 'ml-deployment')).toBe(want);
  });

  it.each([
    ['Built the group’s GPU cluster tooling (Linux, Slurm, bash).', false],
    ['Aufbau der Tools für das GPU-Cluster der Gruppe (Linux, Slurm, Bash).', false],
    ['Maintained tooling for the HPC cluster.', false],
    ['Built tooling that auto-closes phishing tickets.', true],
  ])('security-automation under a security title: %s → %s', (line, want) => {
    expect(has(job('ML Security Researcher', line), 'security-automation')).toBe(want);
  });

  it.each([
    ['Robustheit neuronaler Netze, Data Poisoning, Privacy-Angriffe auf trainierte Modelle', false],
    ['Robustez de redes neuronales, ataques de privacidad contra modelos entrenados', false],
    ['Privacy attacks on trained models', false],
    ['Privacidad y protección de datos: RGPD, EIPD', true],
  ])('privacy in a research summary: %s → %s', (line, want) => {
    expect(has(`SUMMARY\n${line}\n`, 'privacy')).toBe(want);
  });

  it.each([
    ['Targets: LLMs · GenAI assistants · agents', false],
    ['Targeted: LLMs, chatbots, agents', false],
    ['In scope: LLMs · chatbots · agents', false],
    ['Frameworks: LangChain · LLMs · RAG', true],
  ])('llm-applications in a skills line: %s → %s', (line, want) => {
    expect(has(`SKILLS\nAI red teaming: jailbreaks, prompt injection, PyRIT\n${line}\n`, 'llm-applications')).toBe(want);
  });

  it.each([
    ['Tracked remediation of pentest and audit findings.', false],
    ['Drove remediation of penetration test findings with the product teams.', false],
    ['Suivi de la remédiation des constats des tests d’intrusion.', false],
    ['Ran web application penetration tests with Burp Suite.', true],
  ])('penetration-testing: %s → %s', (line, want) => {
    expect(has(job('GRC Manager', line), 'penetration-testing')).toBe(want);
  });

  it('reads dataset checks that catch poisoning as adversarial ML', () => {
    const text = job('MLSecOps Engineer', 'Dataset integrity checks at ingestion (hashes, schema and label-distribution checks) to catch poisoning');
    expect(has(text, 'adversarial-ml')).toBe(true);
    expect(has(job('Network Engineer', 'Hardened resolvers to catch DNS cache poisoning'), 'adversarial-ml')).toBe(false);
  });

  it('reads missions of a consulting firm as no stakeholder communication', () => {
    const fr = (line: string) => `EXPÉRIENCES\nConsultante Cybersécurité, Orvanne  2018 - 2020\n${line}\n`;
    expect(has(fr('Missions de conseil chez un client (banque de détail) : audits applicatifs.'), 'stakeholder-communication')).toBe(false);
    expect(has(fr('Je conseille les clients sur leur feuille de route sécurité.'), 'stakeholder-communication')).toBe(true);
  });
});

describe('r64: AI governance and security assessment written other ways', () => {
  const job = (line: string) => `EXPERIENCE\nSecurity Analyst, Acme  Jan 2020 – Present\n- ${line}\n`;
  const has = (text: string, id: string) => ids(text).includes(id);

  it.each([
    ["Co-authored the command's interim policy on GenAI tool use.", true],
    ['Wrote the policy on the use of generative AI for all staff.', true],
    ['Member of the working group that reviews requests to use generative AI and LLM tools.', true],
    ['Vetted GenAI use requests from the business units.', true],
    ['Reviewed requests to use the VPN from contractors.', false],
  ])('ai-governance: %s → %s', (line, want) => {
    expect(has(job(line), 'ai-governance')).toBe(want);
  });

  it('keeps the authored policy as policy development beside it (a noun joiner)', () => {
    const skills = ids(job("Co-authored the command's interim policy on GenAI tool use."));
    expect(skills).toContain('policy-development');
    expect(skills).toContain('ai-governance');
  });

  it.each([
    ['ISO 27001 internal audit and gap assessment for a payments fintech.', true],
    ['Azure cloud security posture review for an insurer.', true],
    ['Ran the ISO/IEC 42001 gap analysis for the AI programme.', false],
    ['EU AI Act gap analysis for two high-risk systems.', false],
  ])('security-assessment: %s → %s', (line, want) => {
    expect(has(job(line), 'security-assessment')).toBe(want);
  });

  it('reads configuration reviews in German and French compounds', () => {
    expect(
      has(
        'BERUFSERFAHRUNG\nPenetration Tester, SecuNova  01.2013 – 05.2018\n• Firewall- und VPN-Konfigurationsreviews, Segmentierungstests\n',
        'security-assessment',
      ),
    ).toBe(true);
    expect(has('EXPÉRIENCES\nAuditrice sécurité, Orvanne  2018 - 2020\n• Revues de configuration des pare-feu et VPN\n', 'security-assessment')).toBe(true);
  });

  it('reads a presentation to the client management in German', () => {
    const de = 'BERUFSERFAHRUNG\nPenetration Tester, SecuNova  01.2013 – 05.2018\n• Abschlussberichte und Präsentation beim Kunden-Management\n';
    expect(has(de, 'stakeholder-communication')).toBe(true);
    expect(has('BERUFSERFAHRUNG\nEntwickler, SecuNova  01.2013 – 05.2018\n• Präsentation beim Sommerfest\n', 'stakeholder-communication')).toBe(false);
  });
});

describe('r64: researchers led and theses co-supervised, in Spanish, German and French', () => {
  const has = (text: string, id: string) => ids(text).includes(id);
  it.each([
    [
      'EXPERIENCIA\nInvestigador sénior, Falkenrath  abril 2023 – actualidad\n- Dirijo el red team de modelos (3 investigadores): evaluación adversarial\n',
      'team-leadership',
    ],
    ['EXPÉRIENCES\nChercheuse, Falkenrath  avril 2023 – aujourd’hui\n- Je dirige la red team (4 chercheurs) : évaluation adversariale\n', 'team-leadership'],
    ['BERUFSERFAHRUNG\nPostdoktorand, TU Lindenfeld  Okt. 2020 – März 2023\n- Mitbetreuung von 6 Masterarbeiten\n', 'mentoring'],
    ['EXPERIENCIA\nInvestigador posdoctoral, TU Lindenfeld  oct. 2020 – mar. 2023\n- Codirección de 6 TFM; prácticas de laboratorio\n', 'mentoring'],
    ['EXPÉRIENCES\nPostdoctorante, TU Lindenfeld  oct. 2020 – mars 2023\n- Co-encadrement de 4 mémoires de master\n', 'mentoring'],
  ])('%s → %s', (text, id) => {
    expect(has(text, id)).toBe(true);
  });
  it('reads no mentoring in a legal framework, nor leadership in a member of a red team', () => {
    expect(has('FORMATION\nMaster droit du numérique, 2017\nMémoire : « Le co-encadrement juridique des décisions automatisées »\n', 'mentoring')).toBe(false);
    expect(
      has('EXPERIENCIA\nInvestigador, Falkenrath  abril 2023 – actualidad\n- Miembro del red team de modelos (3 investigadores)\n', 'team-leadership'),
    ).toBe(false);
  });
});

describe('r64: a Spanish authoring noun governs the policy at the end of its list', () => {
  const job = (line: string) => `EXPERIENCIA\nResponsable de Control de Calidad, Alcor  desde 2020\n  · ${line}\n`;
  it.each([
    ['Redacción y revisión de procedimientos normalizados de trabajo (PNT) y de la política de calidad del laboratorio.', true],
    ['Elaboración de los procedimientos de respuesta a incidentes y de la política de seguridad.', true],
    ['Cumplimiento de la política de calidad del laboratorio en las inspecciones.', false],
  ])('%s → %s', (line, want) => {
    expect(ids(job(line)).includes('policy-development')).toBe(want);
  });
});

describe('r64: the same readings in German, French and Spanish', () => {
  const has = (text: string, id: string) => ids(text).includes(id);
  it.each([
    [
      'EXPÉRIENCES\nIngénieur MLSecOps, Acme  depuis 2022\n- Je sécurise les pipelines d’entraînement et de déploiement des modèles sur Kubeflow.\n',
      'ml-deployment',
      false,
    ],
    ['EXPÉRIENCES\nIngénieur ML, Acme  depuis 2022\n- Déploiement des modèles de scoring sur KServe.\n', 'ml-deployment', true],
    [
      'BERUFSERFAHRUNG\nModellrisiko-Prüfer, Acme  seit 2022\n- Freigabe und Genehmigung für das Deployment von Modellen im Kreditbereich\n',
      'ml-deployment',
      false,
    ],
    ['BERUFSERFAHRUNG\nML Engineer, Acme  seit 2022\n- Deployment von Modellen auf SageMaker\n', 'ml-deployment', true],
    ['EXPERIENCIA\nAbogada de privacidad, Acme  desde 2022\n- Negocié cláusulas de auditoría en los acuerdos con proveedores cloud.\n', 'audit', false],
    ['EXPERIENCIA\nAuditora TI, Acme  desde 2022\n- Auditorías de controles generales de TI para la banca.\n', 'audit', true],
    ['COMPÉTENCES\nRed teaming IA : jailbreaks, injection de prompt, PyRIT\nCibles : LLMs · assistants GenAI · agents\n', 'llm-applications', false],
    ['EXPÉRIENCES\nChercheur sécurité ML, Acme  depuis 2022\n- Outillage du cluster GPU de l’équipe (Linux, Slurm, bash)\n', 'security-automation', false],
    ['BERUFSERFAHRUNG\nISMS-Beraterin, Acme  seit 2022\n- Gap-Analyse nach ISO 27001 für einen Zahlungsdienstleister\n', 'security-assessment', true],
    ['BERUFSERFAHRUNG\nKI-Governance-Beraterin, Acme  seit 2022\n- Gap-Analyse zum EU AI Act für zwei Hochrisiko-Systeme\n', 'security-assessment', false],
    ['EXPERIENCIA\nConsultora SGSI, Acme  desde 2022\n- Análisis de brechas ISO 27001 y plan de tratamiento de riesgos\n', 'security-assessment', true],
  ])('%s → %s: %s', (text, id, want) => {
    expect(has(text, id)).toBe(want);
  });
});

describe('r64: reviews of requests to use AI tools, in German, French and Spanish', () => {
  const has = (text: string) => ids(text).includes('ai-governance');
  it.each([
    ['EXPERIENCIA\nAnalista de seguridad, Acme  desde 2022\n- Miembro del comité que revisa las solicitudes de uso de IA generativa.\n', true],
    [
      'EXPÉRIENCES\nAnalyste sécurité, Acme  depuis 2022\n- Membre du groupe de travail qui examine les demandes d’utilisation d’outils d’IA générative.\n',
      true,
    ],
    ['BERUFSERFAHRUNG\nSicherheitsanalyst, Acme  seit 2022\n- Mitglied der Arbeitsgruppe, die Anträge zur Nutzung generativer KI prüft.\n', true],
    ['EXPERIENCIA\nAnalista, Acme  desde 2022\n- Reviso las solicitudes de acceso a la VPN.\n', false],
  ])('%s → %s', (text, want) => {
    expect(has(text)).toBe(want);
  });
});

describe('a skill learnt in a course only, or named as an interest (r66)', () => {
  const en = 'EXPERIENCE\nSecurity Analyst — Acme   07/2020 – present\n- STRIDE threat modeling.\n\n';
  it('reads a bracket that names a course right after a skill as no evidence, in every language', () => {
    expect(ids(`${en}SKILLS\nTechnical basics: machine learning (MOOC course), Python\n`)).toEqual(['python', 'threat-modeling']);
    expect(ids(`${en}SKILLS\nmachine learning (user level, Coursera course) · Python\n`)).toEqual(['python', 'threat-modeling']);
    const de = 'BERUFSERFAHRUNG\n07/2020 – heute  Sicherheitsanalystin, Acme GmbH\n- Bedrohungsmodellierung nach STRIDE für die Plattform.\n\n';
    const fr = 'EXPÉRIENCE\n07/2020 – aujourd’hui  Analyste sécurité, Acme\n- Modélisation des menaces STRIDE pour la plateforme.\n\n';
    const es = 'EXPERIENCIA\n07/2020 – actualidad  Analista de seguridad, Acme\n- Modelado de amenazas STRIDE para la plataforma.\n\n';
    expect(ids(`${de}KENNTNISSE\nmaschinelles Lernen (Anwenderniveau, Coursera-Kurs), Python\n`)).toEqual(['python', 'threat-modeling']);
    expect(ids(`${fr}COMPÉTENCES\nNotions techniques : apprentissage automatique (formation MOOC), Python\n`)).toEqual(['python', 'threat-modeling']);
    expect(ids(`${es}CONOCIMIENTOS\naprendizaje automático (nivel usuario, curso de Coursera) · Python\n`)).toEqual(['python', 'threat-modeling']);
    expect(ids(`${en}SKILLS\nMachine learning (PyTorch, 3 years)\n`)).toContain('machine-learning');
  });
  it('reads the course bracket after up to two spaces or a tab, and a bracket of years there as evidence', () => {
    expect(ids(`${en}SKILLS\nPython; deep learning  (Udemy course)\n`)).toEqual(['python', 'threat-modeling']);
    expect(ids(`${en}SKILLS\nPython; deep learning\t(Udemy course)\n`)).toEqual(['python', 'threat-modeling']);
    expect(ids(`${en}SKILLS\nPython; deep learning  (PyTorch, 2 years)\n`)).toContain('deep-learning');
  });
  it('reads a topic the person says interests them as no evidence, in every language', () => {
    expect(ids("SUMMARY\nML engineer. I'm particularly interested in LLM security.\n")).not.toContain('llm-security');
    expect(ids('PROFIL\nML-Ingenieur. Ich interessiere mich besonders für LLM-Sicherheit.\n')).not.toContain('llm-security');
    expect(ids("PROFIL\nIngénieur ML. Je m'intéresse particulièrement à la sécurité de l'IA générative.\n")).not.toContain('llm-security');
    expect(ids('PROFIL\nIngénieur ML. La sécurité des LLM m’intéresse particulièrement.\n')).not.toContain('llm-security');
    expect(ids('PERFIL\nIngeniero de ML. Me interesa especialmente la seguridad de la IA generativa.\n')).not.toContain('llm-security');
    expect(ids('PERFIL\nIngeniero de ML. Tengo especial interés en la seguridad de la IA generativa.\n')).not.toContain('llm-security');
  });
});

describe('German compounds of policy words and doctoral supervision (r66)', () => {
  const de = 'BERUFSERFAHRUNG\n07/2020 – heute  Referentin, Acme AG\n';
  it('reads a written data-protection or password policy as policy development, and complying with one as none', () => {
    expect(ids(`${de}- Erstellung von Datenschutzerklärungen und internen Datenschutzrichtlinien\n`)).toContain('policy-development');
    expect(ids(`${de}- Passwortrichtlinie und Konzernrichtlinien erstellt\n`)).toContain('policy-development');
    expect(ids(`${de}- Einhaltung der Konzernrichtlinien geprüft\n`)).not.toContain('policy-development');
  });
  it('reads the supervision of doctoral students as mentoring, and the care of a system as none', () => {
    expect(ids(`${de}- Betreuung von 2 Doktoranden und 3 Masterarbeiten\n`)).toContain('mentoring');
    expect(ids(`${de}- Betreuung des Kunden-Chatbots\n`)).not.toContain('mentoring');
  });
});

describe('a risk assessment joined to vulnerabilities is a security assessment, no AI risk management (r66)', () => {
  const es = 'EXPERIENCIA\n07/2020 – actualidad  Analista de seguridad IA, Banco Acme\n';
  const fr = 'EXPÉRIENCE\n07/2020 – aujourd’hui  Analyste sécurité IA, Banque Acme\n';
  it('reads "risks and vulnerabilities of AI systems" as security assessment, and AI risks alone as AI risk management', () => {
    expect(ids(`${es}- Evaluación de riesgos y vulnerabilidades de los sistemas de IA del banco\n`)).not.toContain('ai-risk-management');
    expect(ids(`${fr}- Évaluation des risques et des vulnérabilités des systèmes d'IA\n`)).not.toContain('ai-risk-management');
    expect(ids(`${es}- Evaluación de riesgos de los sistemas de IA conforme al AI Act\n`)).toContain('ai-risk-management');
    expect(ids(`${fr}- Évaluation des risques des systèmes d'IA (AI Act)\n`)).toContain('ai-risk-management');
  });
});

describe('years claims: a LinkedIn tenure line, and a field that ends the clause (r66)', () => {
  const claims = (text: string) => parseResume(text, { asOf }).experience.claims.map((c) => [c.subject, c.years]);
  it('reads a line of years and months alone under an employer as a tenure, no claim, in every language', () => {
    expect(claims('EXPERIENCE\nHalvard Systems GmbH\n3 years 5 months\nSenior Security Engineer\nJuly 2021 - February 2023\n')).toEqual([]);
    expect(claims('BERUFSERFAHRUNG\nHalvard Systems GmbH\n3 Jahre 5 Monate\nSenior Security Engineer\nJuli 2021 - Februar 2023\n')).toEqual([]);
    expect(claims('EXPÉRIENCE\nHalvard Systems\n3 ans 5 mois\nIngénieur sécurité senior\njuillet 2021 - février 2023\n')).toEqual([]);
    expect(claims('EXPERIENCIA\nHalvard Systems\n3 años y 5 meses\nIngeniero de seguridad sénior\njulio de 2021 - febrero de 2023\n')).toEqual([]);
  });
  it('reads the field a claim’s clause ends on as the field of its years', () => {
    expect(claims('SUMMARY\n7 years in cloud and ML platform security. I sit between teams.\n')).toContainEqual(['securityYears', 7]);
    expect(claims('PROFIL\n7 Jahre Cloud- und ML-Plattform-Security. Ich arbeite an der Schnittstelle.\n')).toContainEqual(['securityYears', 7]);
  });
  it('reads a conjunct that opens with "de" as the field’s complement, no other work (es, fr)', () => {
    expect(claims('PERFIL\n7 años en seguridad cloud y de plataformas de ML. Trabajo entre equipos.\n')).toEqual([
      ['cloud-security', 7],
      ['securityYears', 7],
    ]);
    expect(claims('PROFIL\n7 ans de sécurité cloud et de plateformes ML. Je fais le lien.\n')).toContainEqual(['securityYears', 7]);
    expect(claims('PERFIL\n12 años en seguridad y gobierno de TI. Trabajo en banca.\n')).toEqual([['totalYears', 12]]);
  });
});

describe('poisoning checks and architecture reviews in German, French and Spanish (r66)', () => {
  const de = 'BERUFSERFAHRUNG\n03/2023 – heute  MLSecOps Engineer, Acme GmbH\n';
  const fr = 'EXPÉRIENCE\n03/2023 – aujourd’hui  Ingénieur MLSecOps, Acme\n';
  const es = 'EXPERIENCIA\n03/2023 – actualidad  Ingeniero MLSecOps, Acme\n';
  it('reads poisoning checks on training data as adversarial ML, and DNS poisoning as none', () => {
    expect(ids(`${de}- Poisoning-Screens auf Fine-Tuning-Datensätzen (Label-Flip- und Backdoor-Trigger-Checks)\n`)).toContain('adversarial-ml');
    expect(ids(`${fr}- Contrôles anti-empoisonnement (poisoning) des jeux de données de fine-tuning\n`)).toContain('adversarial-ml');
    expect(ids(`${es}- Controles de envenenamiento (poisoning) en los datasets de fine-tuning\n`)).toContain('adversarial-ml');
    expect(ids(`${de}- DNS-Poisoning-Angriffe im Netzwerk erkannt\n`)).not.toContain('adversarial-ml');
    expect(ids(`${es}- Envenenamiento de caché DNS\n`)).not.toContain('adversarial-ml');
  });
  it('reads architecture reviews in a security job as security assessment', () => {
    expect(ids(`${de}- STRIDE-Threat-Models; Architektur-Reviews mit den ML-Teams.\n`)).toContain('security-assessment');
    expect(ids(`${fr}- Modèles de menaces STRIDE ; revues d'architecture avec les équipes ML.\n`)).toContain('security-assessment');
    expect(ids(`${es}- Modelos de amenazas STRIDE; revisiones de arquitectura con los equipos de ML.\n`)).toContain('security-assessment');
    expect(ids('EXPERIENCE\nMLSecOps Engineer — Acme   03/2023 – present\n- STRIDE threat models; architecture reviews with the ML teams.\n')).toContain(
      'security-assessment',
    );
    expect(ids('EXPERIENCE\nBackend Developer — Acme   03/2023 – present\n- Code and architecture reviews for the checkout service.\n')).not.toContain(
      'security-assessment',
    );
  });
});

describe('skills round r66: registers of AI use cases, poisoning screens, attacked models, reviews of models', () => {
  const entry = (title: string, line: string) => ids(`EXPERIENCE\n${title}, Acme Bank  March 2025 - Present\n- ${line}`);
  it.each([
    'Maintain the AI use-case register and prepare evidence for the AI review board.',
    'Keep the register of AI use cases up to date for the model review committee.',
    'Built and own the inventory of AI systems used across the group.',
    'Run the AI use case register; triage new AI use cases.',
  ])('a register of AI use cases is AI governance: %s', (line) => {
    expect(entry('Risk Analyst', line)).toContain('ai-governance');
  });
  it.each([
    'Poisoning screens on fine-tuning datasets (label-flip and backdoor\n  trigger checks) before data enters training.',
    'Backdoor trigger detection on training datasets before fine-tuning.',
  ])('a poisoning or backdoor screen of training data is adversarial ML: %s', (line) => {
    expect(entry('MLSecOps Engineer', line)).toContain('adversarial-ml');
  });
  it('reads architecture reviews in security work as security assessment, and not in other work', () => {
    expect(entry('MLSecOps Engineer', 'STRIDE threat models for every stage; architecture reviews with the ML teams.')).toContain('security-assessment');
    expect(entry('Software Architect', 'Architecture reviews with the platform teams.')).not.toContain('security-assessment');
  });
  it('reads performance reviews of models as no team leadership, and those of people as team leadership', () => {
    expect(entry('Senior Data Scientist', 'Drift dashboards and monthly performance reviews for every model in production')).not.toContain('team-leadership');
    expect(entry('Engineering Manager', 'Ran performance reviews for my 6 direct reports')).toContain('team-leadership');
  });
  it('reads a kind of model named as the target of an attack as no machine learning, and one built as machine learning', () => {
    const thesis = 'RESEARCH\nM.Sc. thesis (10/2017 – 02/2018): "Membership inference against gradient-boosted credit models"';
    expect(ids(thesis)).not.toContain('machine-learning');
    expect(entry('Data Scientist', 'Trained gradient-boosted credit models (XGBoost) on bureau data.')).toContain('machine-learning');
  });
  it.each([
    ['GIAC Cert. Incident Handler (G.C.I.H.) - Analyst #41877, valid to Jun 2027', 'gcih'],
    ['CompTIA Sec+ ce (DoD 8570 IAT II) - renewed 2025', 'security-plus'],
    ['C.I.S.S.P. (2019)', 'cissp'],
  ])('reads %s as %s', (line, id) => {
    expect(parseResume(`CERTIFICATIONS\n${line}`, { asOf }).certifications.map((c) => c.id)).toEqual([id]);
  });
});

describe('claims round r66: a LinkedIn tenure line, a skill sharing its head noun with the field', () => {
  const claims = (text: string) => parseResume(text, { asOf }).experience.claims.map((c) => [c.subject, c.years]);
  it('reads the time spent at an employer, alone on its line, as no claim', () => {
    const text =
      'Experience\nHalvard Systems GmbH\n3 years 5 months\nSenior Security Engineer\nJuly 2021 - November 2024 (3 years 5 months)\n- Embedded security engineer in the ML platform team.';
    expect(claims(text)).toEqual([]);
  });
  it.each([
    ['7 years in cloud and ML platform security.', 'cloud-security', 7],
    ['7 years in cloud and application security.', 'cloud-security', 7],
  ])('reads %s as years of %s and of security', (line, id, years) => {
    expect(claims(`Summary\n${line}`)).toEqual([
      [id, years],
      ['securityYears', years],
    ]);
  });
  it('reads the field a clause ends on where its name also stands earlier in the clause', () => {
    const es = (text: string) => parseResume(text, { asOf, language: 'es' }).experience.claims.map((c) => [c.subject, c.years]);
    expect(es('Resumen\nDiez años en auditoría de ciberseguridad y GRC de seguridad.\n')).toEqual([
      ['audit', 10],
      ['securityYears', 10],
    ]);
  });
  it('reads a skill of no field joined to a kind of work as no field of its own', () => {
    expect(claims('Summary\n7 years in Kubernetes and ML platform operations.')).not.toContainEqual(['securityYears', 7]);
  });
});

describe('names of a product, a team or a practice that the contract does not count as the skill (all sets)', () => {
  const work = (title: string, line: string) => `EXPERIENCE\n${title}, Acme  Jan 2020 – Present\n- ${line}\n`;
  it.each([
    // Active Directory is a directory a pentester attacks or a help desk administers: no identity and access management.
    [work('Penetration Tester', 'Internal infrastructure and Active Directory testing for banks'), 'identity-access-management', false],
    [work('IT Support Technician', 'Active Directory account administration for 600 users'), 'identity-access-management', false],
    ['SKILLS\n- Active Directory (6 years)\n', 'identity-access-management', false],
    ['EXPERIENCIA\nTécnico de sistemas, Acme  2019 – 2020\nAdministración de Active Directory y copias de seguridad.\n', 'identity-access-management', false],
    ['BERUFSERFAHRUNG\nIT-Systemadministrator, Acme  2016 – 2019\n- Benutzerverwaltung im Active Directory\n', 'identity-access-management', false],
    [work('IT Help Desk Technician', 'Provisioned group-based access (RBAC) in Okta and Active Directory'), 'identity-access-management', true],
    [work('Identity Engineer', 'Azure Active Directory conditional access for 3,000 users'), 'identity-access-management', true],
    // AI assurance is testing and audit of AI: no AI governance; a board that approves AI is.
    ['EXPERIENCE\nChief, AI Assurance Branch, Acme  2021 – Present\n- Harden RHEL servers.\n', 'ai-governance', false],
    [work('Security Engineer', 'Represent the agency on the AI assurance working group'), 'ai-governance', false],
    ['SUMMARY\nOffensive security consultant who moved into AI assurance in 2022.\n', 'ai-governance', false],
    ['OTHER\nLooking for AI assurance, AI risk or responsible AI roles.\n', 'ai-governance', false],
    [work('Policy Officer', 'Run the AI Assurance Board: papers, decisions and actions'), 'ai-governance', true],
    [work('Policy Officer', 'Secretary of the AI assurance committee'), 'ai-governance', true],
    // Product security covers devices and vehicles too: application security only beside "application".
    [
      'EXPERIENCE\nSenior Product Security Engineer, Autonomy & On-board AI  2021 – Present\n- Threat models of the perception stack.\n',
      'application-security',
      false,
    ],
    ['SUMMARY\nSecurity architect: applied cryptography, product security and AI security.\n', 'application-security', false],
    ['SUMMARY\nSix years in application or product security.\n', 'application-security', true],
    ['SUMMARY\nSix years in application and product security.\n', 'application-security', true],
    ['SUMMARY\nSix years in application/product security.\n', 'application-security', true],
  ])('%s → %s: %s', (text, id, want) => {
    expect(ids(text).includes(id)).toBe(want);
  });
});

describe('a hosted AI service listed by someone whose dated work holds no ML work, and RLHF labelling', () => {
  const llm = (text: string) => ids(text).includes('llm-applications');
  const soc = 'EXPERIENCE\nSecurity Analyst, Acme  2020 – 2024\n- Triage of Sentinel alerts; phishing investigations.\n';
  const ml = 'EXPERIENCE\nML Engineer, Acme  2020 – 2024\n- Trained scikit-learn churn models and deployed them on SageMaker.\n';
  it.each([
    [`SKILLS\nCloud: Microsoft Azure (Sentinel, Azure OpenAI)\n\n${soc}`, false],
    [`SKILLS\nAI: Azure OpenAI, prompt injection testing\n\n${soc}`, false],
    [`SKILLS\nPlatforms: Amazon Bedrock, OpenAI API\n\n${soc}`, false],
    [`COMPÉTENCES\nPlateformes : Azure (Azure OpenAI, Entra ID)\n\n${soc}`, false],
    [`SKILLS\nAzure OpenAI\n\n${ml}`, true],
    ['SKILLS\nAzure OpenAI, Amazon Bedrock\n', true], // no dated work to tell
  ])('%s → %s', (text, want) => {
    expect(llm(text)).toBe(want);
  });
  it('keeps the cloud of the listed service', () => {
    expect(ids(`SKILLS\nCloud: Microsoft Azure (Sentinel, Azure OpenAI)\n\n${soc}`)).toContain('azure');
  });
  const job = (line: string) => `EXPERIENCE\nAI Data Specialist, Acme  2022 – 2024\n- ${line}\n`;
  it.each([
    ['Wrote and ranked chatbot responses for RLHF data sets (paid per task)', false],
    ['RLHF (labeling only, no model training)', false],
    ['RLHF data labelling for a model vendor', false],
    ['Rated chatbot answers for RLHF', false],
    ['RLHF annotation on a per-task contract', false],
    ['Built the RLHF pipeline (PPO, reward model) for our assistant', true],
    ['Fine-tuned Llama 3 with RLHF and DPO', true],
  ])('%s → %s', (line, want) => {
    expect(llm(job(line))).toBe(want);
  });
});

describe("an auditor's title in the plural names other people, in French and Spanish as in English", () => {
  it.each([
    ['EXPÉRIENCE\nConsultant sécurité, Acme  2020 – 2024\n- Tutorat de deux auditeurs juniors\n', false],
    ['EXPÉRIENCE\nResponsable, Acme  2020 – 2024\n- Encadrement de trois auditrices\n', false],
    ['EXPERIENCIA\nGerente, Acme  2020 – 2024\n- Coordiné a dos auditoras junior\n', false],
    ['EXPÉRIENCE\nAuditeur interne, Banque  2020 – 2024\n- Revue des contrôles généraux informatiques\n', true],
    ['EXPÉRIENCE\nAuditrice IT, Banque  2020 – 2024\n- Tests des contrôles ITGC\n', true],
    ['EXPERIENCIA\nAuditora interna, Banco  2020 – 2024\n- Pruebas de controles generales de TI\n', true],
  ])('%s → %s', (text, want) => {
    expect(ids(text).includes('audit')).toBe(want);
  });
});

describe('a data warehouse product listed among skills is a tool one queries; building with it in the work is data engineering', () => {
  const job = (line: string) => `EXPERIENCE\nAnalytics Engineer, Acme  2020 – 2024\n- ${line}\n`;
  it.each([
    ['SKILLS\nData: Teradata, Snowflake, Tableau\n', false],
    ['SKILLS\n- AWS SageMaker, Snowflake\n', false],
    ['SKILLS\nAWS (SageMaker, Redshift), Git\n', false],
    [job('Moved the finance marts from Oracle to Snowflake'), true],
    [job('Loaded the clickstream into Redshift every hour'), true],
    [job('Ad-hoc SQL queries on Snowflake for the sales team'), false],
  ])('%s → %s', (text, want) => {
    expect(ids(text).includes('data-engineering')).toBe(want);
  });
  it('keeps the cloud of a listed warehouse', () => {
    expect(ids('SKILLS\nAWS (SageMaker, Redshift), Git\n')).toContain('aws');
  });
});

describe('credential status words in German, French and Spanish (r71)', () => {
  const certs = (text: string) => parseResume(text, { asOf }).certifications.map((c) => c.id);
  it.each([
    ['a German lapse', 'ZERTIFIZIERUNGEN\nCISM – erloschen (2023)\nCISSP – aktiv, gültig bis 2028', ['cissp']],
    ['a German lapse after the dates', 'ZERTIFIZIERUNGEN\n• GIAC GCIH, 2019 erworben, 2023 erloschen\n• OSCP (2021)', ['oscp']],
    // A renewal pending ends nothing while the validity runs on; a negation cue ("pendiente") drops the name first.
    ['a Spanish renewal pending, still valid', 'CERTIFICACIONES\n- CISSP – renovación pendiente, vigente hasta 06/2027', ['cissp']],
    ['a Spanish renewal pending after an expiry', 'CERTIFICACIONES\n- CKA – caducada en 09/2026, renovación pendiente', []],
    ['an English renewal pending, still valid', 'CERTIFICATIONS\n- OSCP\n- GIAC GPEN – renewal pending; valid until 02/2027', ['gpen', 'oscp']],
    // Only a date right after a validity cue keeps a dropped name: "nicht verlängert" beside a later plan's date does not.
    [
      'a German renewal not made, over a course planned later',
      'ZERTIFIZIERUNGEN\n2020      Certified Ethical Hacker (CEH) – nicht verlängert\nlaufend   Online-Kurs „Cloud Security“ (Abschluss geplant 03/2027)',
      [],
    ],
    // A translated LinkedIn status line runs longer, with two short words before its date ("Expedida en ene. 2019").
    [
      'a Spanish LinkedIn status line under the issuer',
      'Licencias y certificaciones\nCertified Ethical Hacker (CEH)\nEC-Council\nExpedida en ene. 2019 · Caducó en ene. 2022 · ID de credencial ECC1234567890',
      [],
    ],
    [
      'a French LinkedIn status line under the issuer, with a summary that lists another credential beside it',
      'PROFIL\nCompTIA Security+ et Associate of ISC2 (examen CISSP réussi en 2025).\n\nLicences et certifications\nCompTIA Security+ (SY0-701)\nCompTIA\nDélivrée en févr. 2025 · Expire en févr. 2028 · ID de la certification COMP0001112223334',
      ['security-plus'],
    ],
  ])('%s', (_, text, want) => {
    expect(certs(text)).toEqual(want);
  });

  const clearances = (text: string) => parseResume(text, { asOf }).clearances.map((c) => `${c.level}:${c.status}`);
  it.each([
    ['SICHERHEITSÜBERPRÜFUNG\nSC gültig; für DV in Frage kommend', ['secret:active', 'top-secret:eligible']],
    ['SICHERHEITSÜBERPRÜFUNG\nKäme für DV in Frage, derzeit ohne Freigabe', ['top-secret:eligible']],
    ['HABILITACIÓN DE SEGURIDAD\nApta para solicitar la habilitación DV', ['top-secret:eligible']],
    ['PERFIL\nCiudadana australiana, apto para una habilitación NV1 si el puesto lo requiere.', ['secret:eligible']],
  ])('a level one is only eligible for is not held: %s', (text, want) => {
    expect(clearances(text)).toEqual(want);
    expect(parseResume(text, { asOf }).clearance?.level).toBe(want.includes('secret:active') ? 'secret' : undefined);
  });

  const degrees = (text: string) => parseResume(text, { asOf }).education.map((e) => `${e.level}/${e.field}`);
  it.each([
    ['AUSBILDUNG\nMaster of Engineering, Hochschule Esslingen – Schwerpunkt: Data Science, 2019', ['master/data-science']],
    ['EDUCACIÓN\nMáster universitario, Universidad de Granada – especialidad: Ciberseguridad (2020)', ['master/cybersecurity']],
    ['EDUCATION\nMaster of Engineering (MEng), Imperial College London – specialisation: Computer Science, 2018', ['master/computer-science']],
    // A degree with a field of its own keeps it: the concentration is only its emphasis.
    ['AUSBILDUNG\nM.Sc. Informatik, Universität Augsburg, 2018 – Schwerpunkt IT-Sicherheit', ['master/computer-science']],
  ])('the field after a concentration label is the degree’s when it names none: %s', (text, want) => {
    expect(degrees(text)).toEqual(want);
  });

  it.each([
    ['FORMATION\n2014 – 2016  ENSEEIHT – cycle ingénieur, 1re et 2e années'],
    ["FORMATION\nCentrale Lyon – cycle d'ingénieur, années 1 et 2 (2013 – 2015)"],
    ['EDUCATION\nBEng Software Engineering (years 1 and 2), University of Leeds, 2016 – 2018'],
  ])('the first years of a programme are no degree: %s', (text) => {
    expect(degrees(text)).toEqual([]);
  });
});

describe('a leaked key handled is incident response; a key of an LLM API is no LLM application; an AI review board is AI governance', () => {
  const line = (l: string, language: 'en' | 'de' | 'fr' | 'es') => {
    const head = {
      en: 'EXPERIENCE\nSecurity Engineer',
      de: 'BERUFSERFAHRUNG\nSecurity Engineer',
      fr: 'EXPÉRIENCE\nIngénieur sécurité',
      es: 'EXPERIENCIA\nIngeniero de seguridad',
    }[language];
    return parseResume(`${head}, Acme Corp, 2019 – 2022\n- ${l}`, { asOf, language }).skills.map((s) => s.id);
  };
  it.each([
    ['Coordinated the response to leaked GitHub tokens: revoked them and reviewed the audit trail.', 'en', ['incident-response']],
    ['Ran our response to a compromised build server over one weekend.', 'en', ['incident-response']],
    ['Koordinierte die Reaktion auf kompromittierte Zugangsdaten eines Dienstleisters.', 'de', ['incident-response']],
    ['Coordination de la réponse à la fuite de jetons GitHub dans un dépôt public.', 'fr', ['incident-response']],
    ['Coordiné la respuesta a la filtración de credenciales de un proveedor.', 'es', ['incident-response']],
    ['Response to customer questions within a day.', 'en', []],
    ['Rotated an OpenAI API key that had been pushed to a public repository.', 'en', []],
    ['Einen versehentlich veröffentlichten OpenAI-API-Key gesperrt und ersetzt.', 'de', []],
    ['Sit on the GenAI Review Board, which signs off every new use case.', 'en', ['ai-governance']],
    ['Mitglied im KI-Review-Board, das neue Anwendungsfälle freigibt.', 'de', ['ai-governance']],
    ['Secretary of the capital projects review board for two years.', 'en', []],
  ] as const)('%s', (text, language, want) => {
    expect(line(text, language)).toEqual(want);
  });
});

describe('incident reporting named as a topic of a written policy is no incident response; OMB M-24-10 is AI regulation', () => {
  const line = (l: string, language: 'en' | 'de' | 'fr' | 'es') => {
    const head = { en: 'EXPERIENCE\nISSO', de: 'BERUFSERFAHRUNG\nISSO', fr: 'EXPÉRIENCE\nISSO', es: 'EXPERIENCIA\nISSO' }[language];
    return parseResume(`${head}, Acme Corp, 2019 – 2022\n- ${l}`, { asOf, language }).skills.map((s) => s.id);
  };
  it.each([
    ['Drafted the procedures for backups and the reporting of security incidents.', 'en', []],
    ['Verfahrensanweisungen zu Backups und zur Meldung von Sicherheitsvorfällen erstellt.', 'de', []],
    ['Rédaction des procédures de sauvegarde et de signalement des incidents de sécurité.', 'fr', []],
    ['Redacté los procedimientos de copias de seguridad y de notificación de incidentes de seguridad.', 'es', []],
    ['Analysierte Sicherheitsvorfälle in der Produktion gemeinsam mit dem CERT.', 'de', ['incident-response']],
    ['Tracked every AI use case against OMB M-24-10.', 'en', ['ai-regulation']],
  ] as const)('%s', (text, language, want) => {
    expect(line(text, language)).toEqual(want);
  });
});

describe('privacy as the specialisation of a degree is no privacy work', () => {
  it.each([
    ['EDUCATION\nM.Sc. Computer Science (Security & Privacy), ETH Zurich, 2018', 'en'],
    ['AUSBILDUNG\nM.Sc. Informatik (Security and Privacy), TU Darmstadt, 2018', 'de'],
    ['FORMATION\nMaster en informatique (Security & Privacy), Université de Rennes, 2018', 'fr'],
  ] as const)('%s', (text, language) => {
    expect(parseResume(text, { asOf, language }).skills.map((s) => s.id)).not.toContain('privacy');
  });
  it('still reads privacy work in a job', () => {
    const text = 'EXPERIENCE\nPrivacy Analyst, Acme Corp, 2019 – 2022\n- Ran the privacy programme: DPIAs and records of processing.';
    expect(parseResume(text, { asOf, language: 'en' }).skills.map((s) => s.id)).toContain('privacy');
  });
});

describe('testing models together with the red team names the team one works with, no LLM red teaming', () => {
  const line = (l: string, language: 'en' | 'de' | 'fr' | 'es') => {
    const head = {
      en: 'EXPERIENCE\nDetection Engineer',
      de: 'BERUFSERFAHRUNG\nDetection Engineer',
      fr: 'EXPÉRIENCE\nIngénieur détection',
      es: 'EXPERIENCIA\nIngeniero de detección',
    }[language];
    return parseResume(`${head}, Acme Corp, 2019 – 2022\n- ${l}`, { asOf, language }).skills.map((s) => s.id);
  };
  it.each([
    ['Checked the fraud models for blind spots together with the red team.', 'en'],
    ['Die Erkennungsmodelle gemeinsam mit dem Red Team auf Lücken geprüft.', 'de'],
    ["Vérification des modèles de détection avec la red team de l'entreprise.", 'fr'],
    ['Revisé los modelos de detección junto con el red team interno.', 'es'],
  ] as const)('%s', (text, language) => {
    expect(line(text, language)).not.toContain('llm-security');
  });
  it('still reads an AI red team of its own', () => {
    expect(line('Built the AI red team that attacks our LLM chatbots before each release.', 'en')).toContain('llm-security');
  });
});

describe('incident coordination, response playbooks and IDS monitoring in security work (r74)', () => {
  const ids = (text: string) =>
    parseResume(text, { asOf: '2026-11-01' })
      .skills.filter((s) => s.id === 'incident-response' || s.id === 'security-monitoring')
      .map((s) => s.id)
      .sort();
  it.each([
    'EXPERIENCE\nSOC Lead, Northbank   2019 – 2023\n- Wrote the response playbooks for the CSIRT.\n- Monitored the Snort IDS sensors.\n',
    'EXPÉRIENCE\nResponsable SOC, Banque du Nord   2019 – 2023\n- Coordination des incidents majeurs (rançongiciel) avec le CERT.\n- Surveillance des sondes IDS Suricata.\n',
    'EXPERIENCIA\nResponsable del SOC, Banco Sur   2019 – 2023\n- Redacción de los playbooks de respuesta del CSIRT.\n- Vigilancia de las sondas IDS Snort.\n',
    'BERUFSERFAHRUNG\nSOC-Leiter, Nordbank   2019 – 2023\n- Koordination von Vorfällen (Ransomware) mit dem CERT.\n- Überwachung der IDS-Sensoren (Suricata).\n',
  ])('%#', (text) => {
    expect(ids(text)).toEqual(['incident-response', 'security-monitoring']);
  });
});

describe('a gate others hold, the team’s own tooling, models under attack, audit controls (r75)', () => {
  const has = (text: string, id: string) =>
    parseResume(`EXPERIENCE\n${text}`, { asOf })
      .skills.map((s) => s.id)
      .includes(id);
  it.each([
    ['ML Engineer, Acme   2020 – 2023\n- Fixed the findings raised after AppSec review of the chatbot.', 'application-security', false],
    ['Data Engineer, Acme   2020 – 2023\n- The release passed AppSec review in March.', 'application-security', false],
    ['Security Engineer, Acme   2020 – 2023\n- Ran AppSec reviews for 30 services.', 'application-security', true],
    ["Security Analyst, Acme   2020 – 2023\n- Built the team's phishing triage bot in Python.", 'team-leadership', false],
    ["Platform Engineer, Acme   2020 – 2023\n- Scaled the team's CI runners to 40 nodes.", 'team-leadership', false],
    ['Engineering Manager, Acme   2020 – 2023\n- Built the team from 2 to 9 engineers.', 'team-leadership', true],
    ['AI Red Teamer, Acme   2020 – 2023\n- Membership-inference testing of the credit classification models.', 'machine-learning', false],
    ['AI Security Analyst, Acme   2020 – 2023\n- Evasion tests against the image classifier trained by the vision team.', 'machine-learning', false],
    ['Data Scientist, Acme   2020 – 2023\n- Trained classification models for churn.', 'machine-learning', true],
    ['DevOps Engineer, Acme   2020 – 2023\n- CVE triage with the app teams, critical issues fixed within 7 days.', 'vulnerability-management', true],
    ['DevOps Engineer, Acme   2020 – 2023\n- Some CVE triage for the platform team.', 'vulnerability-management', false],
    ['IT Security Auditor, Acme   2020 – 2023\n- Tested the ITGCs and automated controls the financial audit relied on.', 'security-automation', false],
    ['ML Engineer, Acme   2020 – 2023\n- Drift monitoring with Evidently and automated retraining triggers.', 'security-automation', false],
  ] as const)('%s → %s %s', (text, id, held) => {
    expect(has(text, id)).toBe(held);
  });

  it('reads no model training from a thesis on poisoned training sets', () => {
    expect(
      has('EDUCATION\nMSc Cyber Security, 2016 – 2018\nThesis: "Detecting poisoned samples in malware classifier training sets"', 'machine-learning'),
    ).toBe(false);
  });
});

describe('the same evidence in a translation: image classifiers, closing briefings, a component written in Go', () => {
  const found = (text: string, id: string) => ids(text).includes(id);
  it.each([
    [
      'BERUFSERFAHRUNG\nData Scientist, Musterwerk GmbH  2021 – 2024\n- Training von Bildklassifikatoren für die Sichtprüfung in der Fertigung.',
      'machine-learning',
      true,
    ],
    ["EXPÉRIENCE\nData scientist, Acme  2021 – 2024\n- Conception de classifieurs d'images pour le tri automatique des courriers.", 'machine-learning', true],
    [
      'EXPERIENCIA\nCientífica de datos, Acme  2021 – 2024\n- Entrené clasificadores de imágenes para detectar defectos en la línea de montaje.',
      'machine-learning',
      true,
    ],
    [
      'EXPERIENCIA\nAnalista de seguridad de IA, Acme  2021 – 2024\n- Pruebas de evasión y envenenamiento contra clasificadores de imágenes de terceros.',
      'machine-learning',
      false,
    ],
    [
      'AUSBILDUNG\nM.Sc. Informatik, TU Dresden  2016 – 2018\nMasterarbeit: Angriffe auf Bildklassifikatoren mit manipulierten Eingaben',
      'machine-learning',
      false,
    ],
    [
      "FORMATION\nMaster informatique, Université de Lille  2016 – 2018\nMémoire : attaques par empoisonnement de classifieurs d'images",
      'machine-learning',
      false,
    ],
    ['BERUFSERFAHRUNG\nIT-Auditor, Acme  2019 – 2023\n- Abschlussbesprechungen mit den Fachbereichen nach jeder Prüfung.', 'stakeholder-communication', true],
    [
      "EXPÉRIENCE\nAuditrice sécurité, Acme  2019 – 2023\n- Restitution auprès des équipes métier à la fin de chaque mission d'audit.",
      'stakeholder-communication',
      true,
    ],
    [
      'EXPERIENCIA\nAuditora de seguridad, Acme  2019 – 2023\n- Reuniones de cierre con los propietarios de las aplicaciones auditadas.',
      'stakeholder-communication',
      true,
    ],
    ['EXPÉRIENCE\nIngénieur plateforme, Acme  2019 – 2023\n- Contrôleur d’admission Kubernetes (écrit en Go) pour bloquer les images non signées.', 'go', true],
    ['BERUFSERFAHRUNG\nPlattform-Ingenieur, Acme  2019 – 2023\n- Admission-Webhook in Go geschrieben, der unsignierte Images ablehnt.', 'go', true],
    // An admission webhook or controller one writes is security tooling, in Spanish too (r78).
    [
      'EXPERIENCIA\nIngeniera de plataforma, Acme  2019 – 2023\n- Escribí un webhook de admisión en Go que rechaza imágenes sin firmar.',
      'security-automation',
      true,
    ],
    [
      'EXPERIENCIA\nIngeniero de MLSecOps, Acme  2019 – 2023\n- Desarrollo de un controlador de admisión propio (Go) que bloquea los modelos sin escanear.',
      'security-automation',
      true,
    ],
    [
      'EXPERIENCIA\nAdministrador de sistemas, Acme  2019 – 2023\n- Gestión de solicitudes de admisión de alumnos en la plataforma.',
      'security-automation',
      false,
    ],
  ] as const)('%s → %s %s', (text, id, held) => {
    expect(found(text, id)).toBe(held);
  });
});

describe('network policies that segment or isolate are network security (hardening alone is not), and Cilium is Kubernetes networking', () => {
  const found = (text: string, id: string) => ids(text).includes(id);
  it.each([
    ['EXPERIENCE\nPlatform Engineer, Acme  2021 – 2024\n- Default-deny network policies to isolate every tenant namespace.', 'network-security', true],
    ['EXPERIENCE\nPlatform Engineer, Acme  2021 – 2024\n- Hardened the GKE clusters (workload identity, network policies).', 'network-security', false],
    [
      'BERUFSERFAHRUNG\nPlattform-Ingenieurin, Acme  2021 – 2024\n- Netzwerkrichtlinien zur Segmentierung der Mandanten-Namespaces eingeführt.',
      'network-security',
      true,
    ],
    [
      'EXPÉRIENCE\nIngénieure plateforme, Acme  2021 – 2024\n- Politiques réseau par namespace pour isoler les environnements clients.',
      'network-security',
      true,
    ],
    ['EXPERIENCIA\nIngeniera de plataforma, Acme  2021 – 2024\n- Políticas de red por namespace para aislar a cada cliente.', 'network-security', true],
    ['EXPERIENCE\nSRE, Acme  2021 – 2024\n- Migrated the cluster CNI from Calico to Cilium with eBPF-based load balancing.', 'kubernetes', true],
  ] as const)('%s → %s %s', (text, id, held) => {
    expect(found(text, id)).toBe(held);
  });
});

describe('onboarding new colleagues (r77)', () => {
  it.each([
    ['- Einschulung neuer Mitarbeiter:innen im SOC', 'mentoring'],
    ['- Einschulung der neuen L1-Analysten in die Triage', 'mentoring'],
  ])('%s → %s', (line, id) => {
    expect(ids(`EXPERIENCE\nAnalyst, Acme AG  01/2020 – 12/2023\n${line}`)).toContain(id);
  });

  it.each([
    ['- 1997 Einschulung in die Grundschule Amberg', 'mentoring'],
    ['- Einarbeitung in neue Themen und Werkzeuge', 'mentoring'],
  ])('%s ↛ %s', (line, id) => {
    expect(ids(`EXPERIENCE\nAnalyst, Acme AG  01/2020 – 12/2023\n${line}`)).not.toContain(id);
  });
});

it('reads a thesis supervisor named in the education section as no mentoring of the person', () => {
  const text = 'AUSBILDUNG\nMSc Informatik, TU Wien  2018 – 2020\nMasterarbeit zu Modellrobustheit, Betreuung: Prof. Dr. Keller\n';
  expect(ids(text)).not.toContain('mentoring');
  expect(ids("FORMATION\nMaster informatique, Université de Lille  2018 – 2020\nMémoire de master sous l'encadrement du Pr Martin\n")).not.toContain(
    'mentoring',
  );
});

describe('a C-level office is no C-level officer (stemming makes "office" and "officer" one word)', () => {
  it.each([
    ['- Model validation analyst in the Chief Risk Office', false],
    ['- Secured the build pipeline for the Chief Technology Office', false],
    ['- Monthly briefing for the Chief Risk Officer on model risk', true],
    ['- Reporting line: chief information security officer', true],
  ])('%s → stakeholder-communication %s', (line, held) => {
    expect(ids(`EXPERIENCE\nAnalyst, Acme AG  01/2020 – 12/2023\n${line}`).includes('stakeholder-communication')).toBe(held);
  });
});

describe('monitoring the stability of models is model monitoring (r77)', () => {
  it.each([
    ['- Seguimiento trimestral de la estabilidad de los modelos de scoring (PSI)', true],
    ['- Monitorización mensual del rendimiento de los modelos en producción', true],
    ['- Suivi mensuel de la stabilité des modèles de score', true],
    ['- Monatliche Überwachung der Stabilität der Scoring-Modelle', true],
    ['- Quarterly stability monitoring of the credit scoring models', true],
    ['- Monitoreo de la estabilidad de la red y de los servidores', false],
    ['- Monitoring of server stability and uptime', false],
  ])('%s → model-monitoring %s', (line, held) => {
    expect(ids(`EXPERIENCE\nAnalyst, Acme AG  01/2020 – 12/2023\n${line}`).includes('model-monitoring')).toBe(held);
  });
});

describe('building a scanning tool is security automation (r77)', () => {
  it.each([
    ["- Écriture en Go d'un outil de balayage des images de conteneurs", true],
    ['- Desarrollo en Python de una herramienta de escaneo de artefactos de modelos', true],
    ['- Entwicklung eines Scan-Werkzeugs in Python für Modellartefakte', true],
    ['- Built a Python scanning tool that flags unsigned model artifacts', true],
    ['- Built a Python scanning tool for supplier invoices (OCR)', false],
    ["- Utilisation d'un outil de balayage du marché", false],
  ])('%s → security-automation %s', (line, held) => {
    expect(ids(`EXPERIENCE\nEngineer, Acme AG  01/2020 – 12/2023\n${line}`).includes('security-automation')).toBe(held);
  });
});

describe('the r78 round (English): research audits, tracking tools, parties and platforms named beside the work', () => {
  const ml = (line: string) => ids(`EXPERIENCE\nMachine Learning Engineer, Acme  Jan 2020 – Present\n- ${line}\n`);
  const research = (line: string) => ids(`EXPERIENCE\nResearch Scientist, Acme Labs  Jan 2020 – Present\n- ${line}\n`);
  it.each([
    ['Privacy auditing of federated learning for on-device keyboard models.', false],
    ['Empirical privacy audits of differentially private training (DP-SGD).', false],
    ['Audited speech models for memorization of training utterances.', false],
  ])('auditing a model for what it remembers is privacy research, no audit work: %s', (line, want) => {
    expect(research(line).includes('audit')).toBe(want);
  });
  it('a paper that audits federated models is no audit work either', () => {
    expect(ids('PUBLICATIONS\nA. Author. "Auditing Federated Speech Models for Memorization." Workshop 2022.\n')).not.toContain('audit');
    expect(ids('PUBLICATIONS\nB. Author. "Is Label Smoothing Private? An Empirical Audit." PETS 2023.\n')).not.toContain('audit');
    expect(ids('EXPERIENCE\nIT Auditor, Acme  Jan 2020 – Present\n- Internal audit of payroll and ERP controls.\n')).toContain('audit');
  });
  it.each([
    ['SKILLS\nML: PyTorch, JAX, Weights & Biases\n', false],
    ['SKILLS\nTools: Python, wandb, Hydra, Slurm\n', false],
  ])('an experiment tracker in a list of tools is no MLOps practice: %s', (text, want) => {
    expect(ids(text).includes('mlops')).toBe(want);
  });
  it.each([['- Kept the model inventory and tiering for credit scorecards.'], ['- Owned the bank-wide model inventory (420 models, mostly PD/LGD).']])(
    "a bank's model inventory covers every kind of model: it names AI governance without dating it (%s)",
    (duty) => {
      const text = `EXPERIENCE\nAI Governance Lead, Acme Bank  Jan 2024 – Dec 2024\n- Run the AI use-case inventory and the AI review board.\nModel Risk Analyst, Acme Bank  Jan 2018 – Dec 2023\n${duty}\n`;
      expect(skill(text, 'ai-governance')?.years).toBe(1);
    },
  );
  it.each([
    [
      'EXPERIENCIA\nAuditora de TI, Banco Ejemplo  01/2020 – 12/2023\n· Auditoría del gobierno de modelos de IA: inventario de modelos y comité de aprobación.\n',
    ],
    [
      "EXPÉRIENCE\nAuditrice IT, Banque Exemple  01/2020 – 12/2023\n· Audit de la gouvernance des modèles d'IA : inventaire des modèles et comité d'approbation.\n",
    ],
    ['BERUFSERFAHRUNG\nIT-Revisorin, Beispielbank  01/2020 – 12/2023\n· Prüfung der Modell-Governance für KI-Modelle: Modellinventar und Freigabegremium.\n'],
  ])('model governance dates AI governance where the inventory alone does not: %s', (text) => {
    expect(skill(text, 'ai-governance')?.years).toBe(4);
  });
  it.each([
    ['Guided 2 freshers in the team on ML basics and code reviews.', true],
    ['Guided three junior developers through their first production releases.', true],
    ['Trained freshers on the deployment checklist.', true],
    ['Guided customers through the onboarding of the new portal.', false],
  ])('guiding juniors or freshers is mentoring: %s → %s', (duty, want) => {
    expect(ml(duty).includes('mentoring')).toBe(want);
  });
  it.each([
    ['TRAINING\nLangChain for LLM Application Development (DeepLearning.AI short course, currently taking)\n', 'llm-applications', false],
    ['COURSES\nPrompt Engineering with LangChain and Pinecone (Udemy.com, in progress)\n', 'llm-applications', false],
    ['TRAINING\nKubernetes for Developers (LFD259, currently taking)\n', 'kubernetes', false],
    // A short course done is a course too: its title names what was taught (convention 7; r147-en-06's gold).
    ['TRAINING\nLangChain for LLM Application Development (DeepLearning.AI short course, 2024)\n', 'llm-applications', false],
  ])('a course still being taken gives none of the skills its title names: %s', (text, id, want) => {
    expect(ids(text).includes(id)).toBe(want);
  });
  it.each<[string, 'de' | 'fr' | 'es']>([
    ['WEITERBILDUNG\nLangChain für LLM-Anwendungen (DeepLearning.AI Kurzkurs, derzeit belegt)\n', 'de'],
    ['FORMATIONS\nLangChain pour applications LLM (DeepLearning.AI, cours court, suivi actuellement)\n', 'fr'],
    ['FORMACIÓN COMPLEMENTARIA\nLangChain para aplicaciones LLM (DeepLearning.AI, curso corto, cursando actualmente)\n', 'es'],
  ])('a course still being taken gives no skill (%s)', (text, language) => {
    expect(parseResume(text, { asOf, language }).skills.map((s) => s.id)).not.toContain('llm-applications');
  });
  it.each([
    ['Feed exploited-in-the-wild CVE intel to the Vulnerability Management team (Qualys owners) for patch prioritization.', 'vulnerability-management', false],
    ['Hand tuned detections over to the platform team (Terraform, EKS) for rollout.', 'terraform', false],
    ['Ran weekly Qualys scans for the infrastructure team (about 900 hosts).', 'vulnerability-management', true],
    ['Build the ingestion and retraining pipelines with the Data team (BigQuery, Airflow).', 'data-engineering', true],
  ])("a bracket right after a team named as a party is that team's: %s", (duty, id, want) => {
    expect(ids(`EXPERIENCE\nThreat Intelligence Analyst, Acme  Jan 2020 – Present\n- ${duty}\n`).includes(id)).toBe(want);
  });
  it.each([
    ['Platform audit logs are shipped to the group SOC, which runs detection in Sentinel.', false],
    ['Cluster logs are forwarded to our managed SOC, who triage the alerts in Splunk ES.', false],
    ['Built the Sentinel detections that the group SOC now runs.', true],
  ])('what a SOC named as a party does in a relative clause is its work: %s → %s', (duty, want) => {
    expect(ids(`EXPERIENCE\nSenior MLSecOps Engineer, Acme  Jan 2020 – Present\n- ${duty}\n`).includes('security-monitoring')).toBe(want);
  });
  it.each([
    ['Wrote detections for prompt-injection and jailbreak attempts against our internal Azure OpenAI copilot.', false],
    ['Track jailbreak attempts on the Amazon Bedrock chatbot from the gateway logs.', false],
    ['Alerting on prompt injections hitting the OpenAI API integration of the help desk bot.', false],
  ])("a hosted LLM service that attacks are watched on is no LLM application of one's own: %s", (duty, want) => {
    expect(ids(`EXPERIENCE\nDetection Engineer, Acme  Jan 2020 – Present\n- ${duty}\n`).includes('llm-applications')).toBe(want);
  });
  it('a hosted LLM service built on is an LLM application', () => {
    expect(ml('Built a claims assistant on Azure OpenAI with retrieval over policy documents.')).toContain('llm-applications');
  });
  it.each([
    ['Wrote the policy proxy in Go; classifiers in Python/PyTorch.', false],
    ['Developed the policy engine that gates every model call.', false],
    ['Wrote the data classification policy and its handling standard.', true],
  ])('a policy proxy or engine is software, no policy writing: %s → %s', (duty, want) => {
    expect(ml(duty).includes('policy-development')).toBe(want);
  });
  it.each([
    ['Ran STRIDE threat modeling sessions with AppSec for each new GenAI feature.', false],
    ['Together with AppSec, reviewed the plugin permissions of the assistant.', false],
    ['Led AppSec for the payments platform: SAST in CI and secure code reviews.', true],
  ])('AppSec after "with" is the team worked with: %s → %s', (duty, want) => {
    expect(ml(duty).includes('application-security')).toBe(want);
  });
  it('an experiment tracker set up in ML work is MLOps', () => {
    expect(ml('Set up Weights & Biases experiment tracking and sweeps for the ranking team.')).toContain('mlops');
    expect(ml('Moved all training runs onto wandb with artifact lineage.')).toContain('mlops');
  });
});

describe('the r78 round (translations): a SOC handed to, a team bracket, a course still being taken', () => {
  const duty = (heading: string, line: string) => ids(`${heading}\nSenior MLSecOps Engineer, Acme  01/2020 – 12/2024\n- ${line}\n`);
  it.each([
    ['BERUFSERFAHRUNG', 'Alle Firewall-Logs gehen an das zentrale SOC, das die Alarme in Splunk überwacht.', false],
    ['BERUFSERFAHRUNG', 'Die Cloud-Audit-Logs werden an das Managed SOC weitergeleitet, welches die Erkennung in QRadar übernimmt.', false],
    ['BERUFSERFAHRUNG', 'Aufbau der Sentinel-Erkennungsregeln, die das Konzern-SOC heute betreibt.', true],
    ['EXPÉRIENCE', 'Les journaux du cluster sont transmis au SOC du groupe, qui assure la surveillance dans Splunk.', false],
    ['EXPÉRIENCE', 'Journaux applicatifs envoyés au CSIRT interne, qui les corrèle dans QRadar.', false],
    ['EXPÉRIENCE', "Conception des règles de détection Sentinel que le SOC du groupe exploite aujourd'hui.", true],
    ['EXPERIENCIA', 'Los logs del clúster se envían al SOC del grupo, que realiza la monitorización en Splunk.', false],
    ['EXPERIENCIA', 'Reenvío de los registros de auditoría al SOC corporativo, el cual correlaciona las alertas en QRadar.', false],
    ['EXPERIENCIA', 'Diseñé las reglas de detección de Sentinel que hoy usa el SOC del grupo.', true],
  ])('what a SOC handed to does in a relative clause is its work (%s): %s → %s', (heading, line, want) => {
    expect(duty(heading, line).includes('security-monitoring')).toBe(want);
  });
  it.each([
    ['EXPERIENCE', 'Passed threat intel on exploited bugs to the Vulnerability Management team\n  (Qualys owners) for patching.', false],
    ['BERUFSERFAHRUNG', 'Weitergabe von Bedrohungsinformationen an das Schwachstellenmanagement-Team\n  (Qualys-Verantwortliche) zur Priorisierung.', false],
    [
      'EXPÉRIENCE',
      "Transmission du renseignement sur les menaces à l'équipe Gestion des vulnérabilités\n  (propriétaires de Qualys) pour la priorisation.",
      false,
    ],
    ['EXPÉRIENCE', "Remontée des alertes de menace à l'équipe Gestion des vulnérabilités (responsables de Qualys).", false],
    ['EXPÉRIENCE', "Scans Qualys hebdomadaires pour l'équipe infrastructure (environ 900 serveurs).", true],
    ['EXPERIENCIA', 'Traslado de la inteligencia de amenazas al equipo de Gestión de Vulnerabilidades\n  (dueños de Qualys) para parchear.', false],
    ['EXPERIENCIA', 'Envío de alertas de amenazas al equipo de Gestión de Vulnerabilidades (responsables de Qualys).', false],
    ['EXPERIENCIA', 'Escaneos semanales con Qualys para el equipo de infraestructura (unos 900 servidores).', true],
  ])("a bracket after a team named as a party, on its line or the next, is the team's (%s): %s → %s", (heading, line, want) => {
    expect(duty(heading, line).includes('vulnerability-management')).toBe(want);
  });
  it.each<[string, 'de' | 'fr' | 'es', boolean]>([
    ['FORMACIÓN COMPLEMENTARIA\nLangChain para aplicaciones LLM (curso corto de DeepLearning.AI, cursándolo actualmente)\n', 'es', false],
    ['FORMACIÓN COMPLEMENTARIA\nLangChain para aplicaciones LLM (DeepLearning.AI, actualmente cursándolo)\n', 'es', false],
    ['CURSOS\nLangChain para aplicaciones LLM (Udemy, siguiéndolo ahora)\n', 'es', false],
    // A short course done is a course too (convention 7; r147-es-06's gold).
    ['FORMACIÓN COMPLEMENTARIA\nLangChain para aplicaciones LLM (curso corto de DeepLearning.AI, 2024)\n', 'es', false],
  ])('a course still being taken, with the pronoun attached to the verb, gives no skill: %s', (text, language, want) => {
    expect(
      parseResume(text, { asOf, language })
        .skills.map((s) => s.id)
        .includes('llm-applications'),
    ).toBe(want);
  });
});

describe('the r78 round (every language): services only built or deployed', () => {
  it.each([
    ['EXPERIENCE', 'Docker migration of 25 Java services (build/deploy only), Ansible.', 'java', false],
    ['EXPERIENCE', 'Moved 20 Java apps onto Kubernetes (deployment only).', 'java', false],
    ['EXPERIENCE', 'Helm charts for the Python services (packaging only).', 'python', false],
    ['EXPERIENCE', 'Moved 20 Java apps onto Kubernetes (deployment only).', 'kubernetes', true],
    ['EXPERIENCE', 'Wrote and deployed 20 Java services.', 'java', true],
    ['BERUFSERFAHRUNG', 'Docker-Migration von 25 Java-Diensten (nur Build/Deployment), Ansible.', 'java', false],
    ['BERUFSERFAHRUNG', 'Umzug von 20 Java-Anwendungen auf Kubernetes (nur Deployment).', 'java', false],
    ['EXPÉRIENCE', 'Migration Docker de 25 services Java (build/déploiement uniquement), Ansible.', 'java', false],
    ['EXPÉRIENCE', 'Passage de 20 applications Java sur Kubernetes (déploiement seulement).', 'java', false],
    ['EXPERIENCIA', 'Migración a Docker de 25 servicios Java (solo build/despliegue), Ansible.', 'java', false],
    ['EXPERIENCIA', 'Traslado de 20 aplicaciones Java a Kubernetes (solo el despliegue).', 'java', false],
    ['EXPERIENCIA', 'Desarrollo y despliegue de 20 servicios Java.', 'java', true],
  ])('a bracket saying only the build or the deployment was done gives no language (%s): %s → %s %s', (heading, line, id, want) => {
    expect(ids(`${heading}\nDevOps Engineer, Acme  01/2016 – 03/2019\n- ${line}\n`).includes(id)).toBe(want);
  });
});

describe('the r79 round: tool names in skills lists, coordinated pentests, audiences, context-gated tools repeated in a skills list', () => {
  it.each([
    ['TOOLS\nHubSpot · Figma · Notion', 'security-compliance'],
    ['SKILLS\nFigma, Sketch, Miro', 'security-compliance'],
    ['COMPÉTENCES\nOutils : Figma, Canva', 'security-compliance'],
  ])('a design tool is no typo of a compliance framework: %s', (text, id) => {
    expect(ids(text)).not.toContain(id);
  });
  it.each([
    ['Web app, API and internal network penetration tests for banks and insurers.', true],
    ['Web, mobile and internal infrastructure pentests with Burp and Metasploit.', true],
    ['Internal network and web application penetration testing for retail clients.', true],
    ['Internal network penetration tests and Active Directory attack paths.', false],
  ])('web named among the targets of penetration tests is application security: %s → %s', (duty, want) => {
    expect(ids(`EXPERIENCE\nPenetration Tester, Acme  Jan 2020 – Present\n- ${duty}`).includes('application-security')).toBe(want);
  });
  it.each([
    ['Debrief findings to client execs and the board.'],
    ['Debriefed the execs on every critical finding.'],
    ['Present results to the execs of each client.'],
  ])('"execs" are an executive audience: %s', (duty) => {
    expect(ids(`EXPERIENCE\nPenetration Tester, Acme  Jan 2020 – Present\n- ${duty}`)).toContain('stakeholder-communication');
  });
  it.each([
    ['SKILLS\nSplunk - 3 years\nPowerShell - 2 years', 3],
    ['SKILLS\nSplunk (4 yrs), Python', 4],
  ])('a context-gated tool in a skills list counts when security work used it under that name: %s', (skills, years) => {
    const text = `EXPERIENCE\nSOC Analyst, Acme  Jan 2022 – Present\n- Monitor Splunk notable events and triage phishing.\n\n${skills}`;
    expect(skill(text, 'security-monitoring')?.claimedYears).toBe(years);
  });
  it('a context-gated tool in a skills list alone is still no skill', () => {
    expect(ids('EXPERIENCE\nBackend Developer, Acme  Jan 2022 – Present\n- Built the billing API in Go.\n\nSKILLS\nSplunk - 3 years')).not.toContain(
      'security-monitoring',
    );
  });
});

describe('the r79 round: marketing and communications about security or AI products', () => {
  const read = (title: string, duty: string) => parseResume(`EXPERIENCE\n${title}, Acme  Jan 2022 – Present\n- ${duty}\n`, { asOf });
  it.each([
    ['Content Marketing Manager', 'Own the content calendar for an AI-security platform (prompt-injection detection, LLM guardrails).'],
    ['Product Marketing Manager', 'Launched the SIEM and EDR product lines; wrote the threat-detection messaging.'],
    ['Responsable marketing', 'Campagnes pour notre plateforme de détection des injections de prompt et de SIEM.'],
  ])('the product written about is no security work: %s', (title, duty) => {
    const p = read(title, duty);
    expect(p.skills.filter((s) => ['llm-security', 'security-monitoring'].includes(s.id))).toEqual([]);
    expect(p.experience.securityYears).toBe(0);
  });
  it('the tools used still count', () => {
    expect(read('Content Marketing Manager', 'Pull campaign numbers with SQL in Snowflake.').skills.map((s) => s.id)).toContain('sql');
  });
  it('a security title that names communications stays security work', () => {
    expect(
      read('Security Awareness and Communications Manager', 'Ran phishing simulations and the SIEM alert review.').experience.securityYears,
    ).toBeGreaterThan(0);
  });
});

describe('journalism and communications titles whose security words name their beat', () => {
  const read = (title: string, duty: string) => parseResume(`EXPERIENCE\n${title}, Daily Planet  Mar 2018 – Present\n- ${duty}\n`, { asOf });
  it.each([
    ['Cyber Security Editor', 'Edited the weekly ransomware column and commissioned pieces on SIEM vendors and penetration testing.'],
    ['Senior Technology Correspondent', 'Reported on penetration testing firms, SIEM rollouts and phishing campaigns against hospitals.'],
    ['Journaliste, rubrique cybersécurité', 'Articles sur les tests d’intrusion, les SIEM et les campagnes de phishing.'],
    ['Reporterin, Ressort IT-Sicherheit', 'Berichte über Penetrationstests, SIEM-Einführungen und Phishing-Kampagnen.'],
  ])('is no security work, and the security it covers no skill of the writer: %s', (title, duty) => {
    const p = read(title, duty);
    expect(p.experience.securityYears).toBe(0);
    expect(p.skills.filter((s) => ['penetration-testing', 'security-monitoring'].includes(s.id))).toEqual([]);
  });
  it('a security function joined to the writing one stays security work', () => {
    expect(
      read('Security Analyst & Newsletter Editor', 'Triaged SIEM alerts in Splunk and ran the penetration testing programme.').experience.securityYears,
    ).toBeGreaterThan(0);
  });
});

describe('the r79 round: a DMZ that is scanned is the scope of the scans', () => {
  it.each([
    ['Run the weekly Tenable scans of the DMZ and open tickets for criticals.', false],
    ['Monthly Qualys scanning of DMZ hosts; tracked remediation with the server team.', false],
    ['Escaneos semanales de la DMZ con Nessus y seguimiento de la corrección.', false],
    ['Redesigned the DMZ and the VLAN segmentation of the data centre.', true],
  ])('%s → network-security %s', (duty, want) => {
    expect(ids(`EXPERIENCE\nSecurity Analyst, Acme  Jan 2022 – Present\n- ${duty}`).includes('network-security')).toBe(want);
  });
});

describe('the r81 round: the ML platform a security engineer guards, the areas a review covers, the sign-off results feed', () => {
  const read = (title: string, duty: string) => parseResume(`EXPERIENCE\n${title}, Acme  Jan 2022 – Present\n- ${duty}\n`, { asOf });
  const skills = (title: string, duty: string) => read(title, duty).skills.map((s) => s.id);
  it.each([
    ['Set guardrails for the Vertex AI ML platform: org policies, private endpoints and VPC Service Controls.'],
    ['Least-privilege IAM roles for the ML platform and its notebooks.'],
  ])('an ML platform a security title guards is no MLOps nor ML work: %s', (duty) => {
    const p = read('Cloud Security Engineer', duty);
    expect(p.skills.map((s) => s.id)).not.toContain('mlops');
    expect(p.experience.mlYears).toBe(0);
  });
  it('an ML platform the person builds and runs is MLOps', () => {
    expect(skills('Cloud Security Engineer', 'Built and ran the ML platform (Kubeflow, MLflow) for 40 data scientists.')).toContain('mlops');
  });
  it.each([
    ['Run the security review for every new model and LLM feature (training data, fine-tuning, tool access).'],
    ['Security design reviews of each new LLM service (prompting, fine-tuning, retrieval sources).'],
  ])('the areas a review of every new feature covers are no evidence: %s', (duty) => {
    expect(skills('AI Security Engineer', duty)).not.toContain('llm-applications');
  });
  it('fine-tuning an LLM oneself counts', () => {
    expect(skills('ML Engineer', 'Fine-tuning of Llama 3 for our LLM support assistant.')).toContain('llm-applications');
  });
  it.each([['Red-team results feed the model risk sign-off for each release.'], ['Findings fed into the AI governance review before launch.']])(
    'the sign-off that results feed is no governance work of the person: %s',
    (duty) => {
      expect(skills('AI Security Engineer', duty)).not.toContain('ai-governance');
    },
  );
  it('a sign-off the person runs is governance work', () => {
    expect(skills('AI Risk Lead', 'Chair the model risk sign-off for each release.')).toContain('ai-governance');
  });
});

describe('the r81 round: an academic CV', () => {
  it.each([
    ['Bias audit of a lender’s scoring model for its model risk committee.'],
    ['Explainability review of the claims model for its AI oversight board.'],
  ])('the committee a piece of work was for, after "its", is no governance work: %s', (duty) => {
    expect(ids(`EXPERIENCE\nResearch Associate, Acme  Jan 2022 – Present\n- ${duty}`)).not.toContain('ai-governance');
  });
  it.each([['Auditing racial discrimination in mortgage models.'], ['An audit of gender discrimination in hiring algorithms.']])(
    'an audit of discrimination is no audit work: %s',
    (title) => {
      expect(ids(`PUBLICATIONS\n1. Doe, J. (2024). ${title} FAccT 2024.`)).not.toContain('audit');
    },
  );
  it('a paper on drift is no monitoring of models', () => {
    const paper = 'PUBLICATIONS\n1. Doe, J. (2024). Robust features under concept drift in payments. KDD 2024.';
    expect(ids(paper)).not.toContain('model-monitoring');
    expect(ids('EXPERIENCE\nML Engineer, Acme  Jan 2022 – Present\n- Concept drift alerts for the fraud models.')).toContain('model-monitoring');
  });
});

describe('the r81 round: the logs of a hosted LLM service are a log source', () => {
  const work = (line: string) => ids(`EXPERIENCE\nSecurity Analyst | Acme | 2020 - 2024\n- ${line}`);
  it.each([
    ['Wrote Sentinel detections over Azure OpenAI audit logs to catch prompt abuse.'],
    ['Built Splunk alerts on Amazon Bedrock and Copilot logs for data-leak patterns.'],
  ])('%s', (line) => {
    expect(work(line)).not.toContain('llm-applications');
  });
  it('a service built on it still counts', () => {
    expect(ids('EXPERIENCE\nSoftware Engineer | Acme | 2020 - 2024\n- Built the support chatbot on Azure OpenAI.')).toContain('llm-applications');
  });
  it.each([
    ['BERUFSERFAHRUNG\nSicherheitsanalystin | Acme GmbH | 2020 - 2024\n- Aufbau von Erkennungsregeln in Splunk auf Basis der Protokolle von Amazon Bedrock.'],
    ['EXPÉRIENCE\nAnalyste sécurité | Acme SA | 2020 - 2024\n- Création de règles de détection Sentinel sur les journaux d’audit d’Azure OpenAI.'],
    [
      'EXPERIENCIA\nAnalista de seguridad | Acme SL | 2020 - 2024\n- Desarrollé alertas en Splunk sobre los registros de auditoría de Amazon Bedrock y Copilot.',
    ],
    ['EXPERIENCE\nSecurity Analyst | Acme | 2020 - 2024\n- Built detections over the audit logs of Azure OpenAI.'],
  ])('the noun of records before the service, linked to it: %s', (text) => {
    expect(ids(text)).not.toContain('llm-applications');
  });
  it('a log noun not linked to the service names no log source', () => {
    expect(ids('EXPERIENCE\nSoftware Engineer | Acme | 2020 - 2024\n- Shipped logs to Splunk, then built the support chatbot on Azure OpenAI.')).toContain(
      'llm-applications',
    );
  });
});

describe('the r81 round: a security manager and a SOC analyst', () => {
  const work = (line: string) => ids(`EXPERIENCE\nSecurity Manager | Acme | 2020 - 2024\n- ${line}`);
  it.each([
    ['Set up the approval process for LLM tools and Copilot plugins.', 'security-automation', false],
    ['Approve new GenAI tools for staff use.', 'security-automation', false],
    ['Python scripts that enrich phishing alerts with WHOIS data.', 'security-automation', true],
    ['Led the response to three major incidents, including the regulator notification.', 'incident-response', true],
    ['First response to incidents and escalation to the on-call incident manager.', 'incident-response', true],
  ])('%s → %s %s', (line, id, want) => {
    expect(work(line).includes(id)).toBe(want);
  });
  it('the response to outages in IT work is no incident response', () => {
    expect(ids('EXPERIENCE\nSite Reliability Engineer | Acme | 2020 - 2024\n- Led the response to production incidents and outages.')).not.toContain(
      'incident-response',
    );
  });
});

describe('the r81 round: the staff a manager leads, listed in a bracket after their headcount', () => {
  const work = (line: string) => ids(`EXPERIENCE\nHead of Security | Acme | 2020 - 2024\n- ${line}`);
  it.each([
    ['Manage 12 staff (five SOC analysts, four penetration testers, three GRC analysts).', ['penetration-testing', 'security-monitoring']],
    ['Lead nine people (six incident responders, three threat hunters) across two sites.', ['incident-response']],
  ])('%s', (line, absent) => {
    const got = work(line);
    for (const id of absent) expect(got).not.toContain(id);
    expect(got).toContain('team-leadership');
  });
  it('a bracket of work after a number of things stays evidence', () => {
    expect(work('Ran 40 assessments (penetration tests of web apps and APIs).')).toContain('penetration-testing');
  });
  it.each([
    ['BERUFSERFAHRUNG\nLeiter Informationssicherheit | Acme GmbH | 2020 - 2024\n- Führung von acht Mitarbeitenden (vier SOC-Analysten, zwei Pentestern).'],
    [
      'BERUFSERFAHRUNG\nLeiterin IT-Sicherheit | Acme GmbH | 2020 - 2024\n- Disziplinarische Führung von 6 Mitarbeitern (SOC-Analysten und Incident Respondern).',
    ],
  ])('a German headcount in the dative (Mitarbeitenden, Mitarbeitern): %s', (text) => {
    const got = ids(text);
    for (const id of ['penetration-testing', 'security-monitoring', 'incident-response']) expect(got).not.toContain(id);
  });
});

describe('IEC 62443 as the standard a certification, audit or assessment is made against (r81)', () => {
  it.each([
    ['EXPERIENCE\n01/2019 – 12/2022  OT Security Engineer, Acme\n- Led the IEC 62443 certification of three plants', true],
    ['BERUFSERFAHRUNG\n01/2019 – 12/2022  OT Security Engineer, Acme GmbH\n- Mitarbeit an der IEC-62443-Zertifizierung der Werksnetze', true],
    ['EXPÉRIENCE\n01/2019 – 12/2022  Ingénieur sécurité OT, Acme SA\n- Audits de conformité IEC 62443 des sites industriels', true],
    ['EXPERIENCIA\n01/2019 – 12/2022  Ingeniero de seguridad OT, Acme SL\n- Certificación IEC 62443 de las plantas', true],
    // Named only as the context of network concepts, the standard is no compliance work.
    ['EXPERIENCE\n01/2019 – 12/2022  OT Security Engineer, Acme\n- Firewall concepts for OT networks (IEC 62443)', false],
  ])('%j → security compliance %s', (text, want) => {
    expect(ids(text).includes('security-compliance')).toBe(want);
  });
});

describe('the position a person applies for is a wish, no evidence (r81)', () => {
  it.each([
    ['Ana Ruiz\nJOB APPLIED FOR          AI Red Team Lead\n\nEXPERIENCE\n01/2020 – 12/2025  Security Engineer, Acme\n- Firewall rules for the data centres\n'],
    [
      'Ana Ruiz\nPUESTO SOLICITADO        Ingeniera de seguridad / Red Team Lead\n\nEXPERIENCIA PROFESIONAL\n01/2020 – 12/2025  Ingeniera de seguridad, Acme S.L.\n- Gestión de las reglas de los cortafuegos de la empresa\n',
    ],
    [
      'Anne Roux\nPoste visé : Team Lead sécurité offensive\n\nEXPÉRIENCE PROFESSIONNELLE\n01/2020 – 12/2025  Ingénieure sécurité, Acme SA\n- Gestion des règles des pare-feu de l’entreprise\n',
    ],
    [
      'Anna Roth\nAngestrebte Position:   Team Lead Offensive Security\n\nBERUFSERFAHRUNG\n01/2020 – 12/2025  Sicherheitsingenieurin, Acme GmbH\n- Pflege der Firewall-Regeln für die Rechenzentren des Unternehmens\n',
    ],
  ])('%j gives no team leadership', (text) => {
    expect(ids(text)).not.toContain('team-leadership');
  });

  it('reads the same title held as a job', () => {
    expect(ids('EXPERIENCE\n01/2020 – 12/2025  Red Team Lead, Acme\n- Led a team of 4 pentesters\n')).toContain('team-leadership');
  });
});

describe('alerts handed on to a SOC name that SOC, no monitoring of one’s own (r81)', () => {
  const wrap = (line: string, heading: string) => `${heading}\n01/2015 – 12/2020  Network Security Engineer, Acme\n- Firewall segmentation\n- ${line}\n`;
  it.each([
    [wrap('Built the IDS sensors and forwarded their alerts to the group SOC', 'EXPERIENCE')],
    [
      'BERUFSERFAHRUNG\n01/2015 – 12/2020  Netzwerksicherheitsingenieur, Acme GmbH\n- Segmentierung der Netze und Betrieb der Firewalls\n- Aufbau der IDS-Sensoren, Weiterleitung der Alarme an das Konzern-SOC\n',
    ],
    [
      'EXPÉRIENCE PROFESSIONNELLE\n01/2015 – 12/2020  Ingénieur sécurité réseau, Acme SA\n- Segmentation des réseaux et exploitation des pare-feu\n- Déploiement des sondes IDS, alertes transmises au SOC du groupe\n',
    ],
    [
      'EXPERIENCIA PROFESIONAL\n01/2015 – 12/2020  Ingeniero de seguridad de redes, Acme S.L.\n- Segmentación de las redes y gestión de los cortafuegos\n- Despliegue de sensores IDS y reenvío de alertas al SOC corporativo\n',
    ],
  ])('%j gives no security monitoring', (text) => {
    expect(ids(text)).not.toContain('security-monitoring');
  });

  it('reads work in the SOC as monitoring', () => {
    expect(ids(wrap('Triaged alerts as an analyst in the group SOC', 'EXPERIENCE'))).toContain('security-monitoring');
  });
});

describe('a team set off by commas is who the work was done with; the work after it is the person’s (r81)', () => {
  it.each([
    [
      'EXPERIENCIA PROFESIONAL\n01/2020 – 12/2025  Analista de seguridad, Banco Sur S.A.\n- Coautora, junto con el equipo de Protección de Datos, del Estándar de Uso Aceptable de la IA\n  generativa del banco.\n- Gestión de las reglas de los cortafuegos.\n',
      'Estándar de Uso Aceptable',
    ],
    [
      'EXPERIENCIA PROFESIONAL\n01/2020 – 12/2025  Analista de seguridad, Banco Sur S.A.\n- Coautor, junto con el equipo jurídico, de la política de uso aceptable de la IA.\n- Gestión de las reglas de los cortafuegos.\n',
      // "Coautor" is a word of writing (convention 400): the head of "política de uso aceptable de la IA" is its longest
      // alias before a joiner, not its first word.
      'política de uso aceptable',
    ],
    [
      "EXPÉRIENCE PROFESSIONNELLE\n01/2020 – 12/2025  Analyste sécurité, Banque Sud SA\n- Corédaction, avec l'équipe juridique, de la politique d'utilisation acceptable de l'IA.\n- Gestion des règles des pare-feu.\n",
      "politique d'utilisation acceptable",
    ],
    [
      'BERUFSERFAHRUNG\n01/2020 – 12/2025  Sicherheitsanalystin, Südbank AG\n- Mitautorin, gemeinsam mit dem Rechtsteam, der Richtlinie zur zulässigen Nutzung generativer KI.\n- Pflege der Firewall-Regeln.\n',
      'Richtlinie zur zulässigen Nutzung',
    ],
  ])('%j → policy development', (text, said) => {
    const p = parseResume(text, { asOf });
    expect(p.skills.find((s) => s.id === 'policy-development')?.evidence.map((e) => e.text)).toContain(said);
  });
});

describe('a monthly presentation to a head of a function is stakeholder communication (r81)', () => {
  it.each([
    [
      'BERUFSERFAHRUNG\n01/2020 – 12/2025  Sicherheitsanalystin, Südbank AG\n- Monatliche Präsentation des Sicherheitsberichts für die Head of Cyber Risk.\n- Pflege der Firewall-Regeln.\n',
    ],
    [
      'EXPERIENCIA PROFESIONAL\n01/2020 – 12/2025  Analista de seguridad, Banco Sur S.A.\n- Presento un informe trimestral de riesgos al Head of Technology Risk.\n- Gestión de las reglas de los cortafuegos.\n',
    ],
  ])('%j', (text) => {
    expect(ids(text)).toContain('stakeholder-communication');
  });
});

describe('leading the response to a number of incidents in security work is incident response, in de/fr/es (r81; English is the core catalog’s)', () => {
  it.each([
    [
      'BERUFSERFAHRUNG\n01/2020 – 12/2025  Leiter Informationssicherheit, Südbank AG\n- Leitung der Reaktion auf drei schwere Sicherheitsvorfälle, darunter ein Credential-Stuffing-Angriff.\n',
    ],
    [
      'EXPÉRIENCE PROFESSIONNELLE\n01/2020 – 12/2025  Responsable sécurité, Banque Sud SA\n- Pilotage de la réponse à trois incidents majeurs, dont une attaque par bourrage d’identifiants.\n',
    ],
    [
      'EXPERIENCIA PROFESIONAL\n01/2020 – 12/2025  Responsable de seguridad, Banco Sur S.A.\n- Dirigí la respuesta a tres incidentes graves, entre ellos un ataque de credential stuffing.\n',
    ],
  ])('%j', (text) => {
    expect(ids(text)).toContain('incident-response');
  });

  it('reads no incident response in the response to service incidents outside security work', () => {
    expect(
      ids(
        'EXPERIENCIA PROFESIONAL\n01/2020 – 12/2025  Responsable de atención al cliente, Tiendas Sur S.A.\n- Dirigí la respuesta a tres incidentes graves del servicio de pagos.\n',
      ),
    ).not.toContain('incident-response');
  });
});

describe('a security check set as a quality gate of a CI pipeline is DevSecOps (r81)', () => {
  it.each([
    ['EXPERIENCE\n01/2020 – 12/2025  AI Security Engineer, Acme\n- Automated garak scans, run as a quality gate in the GitLab CI pipeline.\n'],
    [
      'EXPERIENCIA PROFESIONAL\n01/2020 – 12/2025  Ingeniera de seguridad de IA, Acme S.L.\n- Escaneos automáticos con garak como puerta de calidad del pipeline de CI en GitLab.\n',
    ],
    [
      'EXPÉRIENCE PROFESSIONNELLE\n01/2020 – 12/2025  Ingénieure sécurité IA, Acme SA\n- Scans automatiques avec garak comme porte qualité du pipeline CI GitLab.\n',
    ],
  ])('%j', (text) => {
    expect(ids(text)).toContain('devsecops');
  });
});

describe('Spanish «auditorías» of web or LLM applications are security testing, no audit (r81)', () => {
  it.each([
    ['EXPERIENCIA PROFESIONAL\n01/2020 – 12/2025  Pentester, Acme S.L.\n- Auditorías web y de APIs para clientes de banca.\n'],
    ['EXPERIENCIA PROFESIONAL\n01/2020 – 12/2025  Pentester, Acme S.L.\n- Auditorías de aplicaciones móviles Android e iOS.\n'],
  ])('%j', (text) => {
    expect(ids(text)).not.toContain('audit');
  });

  it('reads an ISO 27001 audit as audit', () => {
    expect(ids('EXPERIENCIA PROFESIONAL\n01/2020 – 12/2025  Auditora de sistemas, Acme S.L.\n- Auditorías internas del SGSI según ISO 27001.\n')).toContain(
      'audit',
    );
  });
});

describe('what an assurance word’s head noun is of, when the head comes first, was assessed (r81)', () => {
  it.each([
    [
      'EXPÉRIENCE PROFESSIONNELLE\n01/2020 – 12/2025  Responsable conformité, Banque Sud SA\n- Contrôles de deuxième niveau sur le processus de gestion des vulnérabilités ;\n',
    ],
    [
      'EXPERIENCIA PROFESIONAL\n01/2020 – 12/2025  Auditora interna, Banco Sur S.A.\n- Revisión anual del proceso de gestión de vulnerabilidades de la entidad.\n',
    ],
    ['BERUFSERFAHRUNG\n01/2020 – 12/2025  IT-Revisorin, Südbank AG\n- Jährliche Prüfung der Prozesse für Schwachstellenmanagement und Patching.\n'],
    ['EXPERIENCE\n01/2020 – 12/2025  IT Auditor, South Bank\n- Audited the process for vulnerability management across the group.\n'],
  ])('%j gives no vulnerability management', (text) => {
    expect(ids(text)).not.toContain('vulnerability-management');
  });

  it('reads the process the person runs as their work', () => {
    expect(
      ids(
        'EXPÉRIENCE PROFESSIONNELLE\n01/2020 – 12/2025  Ingénieure sécurité, Banque Sud SA\n- Pilotage du processus de gestion des vulnérabilités (Qualys, 4 000 serveurs).\n',
      ),
    ).toContain('vulnerability-management');
  });
});

describe('a coursework label in an education entry lists courses taken, no evidence (r84)', () => {
  it.each([
    [
      'EDUCATION\n2019 – 2020  MSc Data Science\n              University of Leeds\n              Relevant coursework: Deep Learning (PyTorch), Natural language processing,\n              Computer Vision.\n',
      ['deep-learning', 'pytorch'],
    ],
    [
      'EDUCACIÓN\n2019 – 2020  Máster en Inteligencia Artificial\n              Universidad de Sevilla\n              Asignaturas: Redes neuronales, Deep Learning (PyTorch), Big Data,\n              Visión por computador.\n',
      ['deep-learning', 'pytorch'],
    ],
    [
      'AUSBILDUNG\n2019 – 2020  M.Sc. Data Science, Universität Mannheim\n              Belegte Module: Deep Learning mit PyTorch, Computer Vision.\n',
      ['deep-learning', 'pytorch'],
    ],
  ])('%s', (text, absent) => {
    const got = ids(text);
    for (const id of absent) expect(got).not.toContain(id);
  });

  it('a thesis on the next line stays the person’s work', () => {
    expect(
      ids(
        'EDUCACIÓN\n2019 – 2020  Máster en Ciencia de Datos\n              Universidad de Sevilla\n              Asignaturas: Big Data, Visión por computador.\n              TFM: clasificación de siniestros con PyTorch.\n',
      ),
    ).toContain('pytorch');
  });
});

describe('the system a pentest was of, an area that is another team’s, and an introductory course are no evidence (r84)', () => {
  it.each([
    [
      'BERUFSERFAHRUNG\n04/2021 – heute  Pentester, Korvia GmbH\n- Pentest eines Chatbots für eine Versicherung (Kundenanwendung: LLM auf Azure OpenAI mit LangChain): Prompt Injection, Jailbreaks.\n',
      ['azure', 'llm-applications'],
    ],
    [
      'EXPERIENCE\n04/2021 – Present  Pentester, Korvia Ltd\n- Pentest of an HR chatbot (Azure OpenAI with LangChain): prompt injection, jailbreaks.\n',
      ['azure', 'llm-applications'],
    ],
    [
      "EXPÉRIENCE\n2021 – 2024  Pentesteur, Korvia SAS\n- Pentest d'un assistant pour une banque (Azure OpenAI, LangChain) : injection de prompt, jailbreaks.\n",
      ['azure', 'llm-applications'],
    ],
    [
      'EXPÉRIENCE\nDepuis 2022  DPO, Banque Sud\n- Coordination avec le RSSI sur les incidents (le SOC et la PSSI dépendent de son équipe).\n',
      ['security-monitoring'],
    ],
    ['FORMATION\n2018  Master 2 Droit, Université Lyon 3\n2024  « Initiation à Python » (2 jours)\n', ['python']],
  ])('%s', (text, absent) => {
    const got = ids(text);
    for (const id of absent) expect(got).not.toContain(id);
  });

  it('the pentest itself, and a system the person built, stay the person’s', () => {
    expect(
      ids('EXPERIENCE\n04/2021 – Present  Pentester, Korvia Ltd\n- Pentest of an HR chatbot (Azure OpenAI with LangChain): prompt injection, jailbreaks.\n'),
    ).toContain('llm-security');
    expect(
      ids('EXPERIENCE\n2022 – Present  ML Engineer, Northbank\n- Built an HR chatbot (Azure OpenAI, RAG pipeline in LangChain) used by 3,000 staff.\n'),
    ).toContain('llm-applications');
  });
});

describe('what comes from another team is that team’s work (r84)', () => {
  it.each([
    ['EXPERIENCE\n01/2020 – 12/2025  Solutions Engineer, Acme Inc.\n- Run customer demos; the Terraform modules come from the Cloud Platform team.\n'],
    ['EXPERIENCE\n01/2020 – 12/2025  Solutions Engineer, Acme Inc.\n- Run customer demos. The Terraform modules are provided by the platform team.\n'],
    ['BERUFSERFAHRUNG\n01/2020 – 12/2025  Solutions Engineer, Acme GmbH\n- Kundendemos; die Terraform-Module kommen vom Plattform Team.\n'],
    [
      'EXPÉRIENCE PROFESSIONNELLE\n01/2020 – 12/2025  Ingénieur avant-vente, Acme SA\n- Démos clients ; les modules Terraform viennent de l’équipe plateforme.\n',
    ],
    [
      'EXPERIENCIA PROFESIONAL\n01/2020 – 12/2025  Ingeniero preventa, Acme S.L.\n- Demos para clientes; los módulos de Terraform vienen del equipo de plataforma.\n',
    ],
  ])('%j gives no Terraform', (text) => {
    expect(ids(text)).not.toContain('terraform');
  });

  it('keeps the person’s own work beside it', () => {
    expect(
      ids('EXPERIENCE\n01/2020 – 12/2025  Solutions Engineer, Acme Inc.\n- Wrote the Terraform modules; the Helm charts come from the platform team.\n'),
    ).toContain('terraform');
  });
});

describe('a coursework list in the education section names what was taught, no evidence (r84)', () => {
  const job = '01/2020 – 12/2025  Analyst, Acme\n- Monitored alerts.\n\n';
  it.each([
    [
      `EXPERIENCE\n${job}EDUCATION\nB.Sc. Computer Science, Riverside University, 2019\nRelevant coursework: Object Oriented Programming with Java, Cryptography,\nCompiler Design.\n`,
    ],
    [`EXPERIENCE\n${job}EDUCATION\nB.Sc. Computer Science, Riverside University, 2019. Modules included Java programming and cryptography.\n`],
    [`BERUFSERFAHRUNG\n${job}AUSBILDUNG\nB.Sc. Informatik, Universität Ulm, 2019\nBelegte Module: Programmierung in Java, Kryptographie.\n`],
    [`EXPÉRIENCE PROFESSIONNELLE\n${job}FORMATION\nLicence informatique, Université de Lille, 2019\nCours suivis : programmation Java, cryptographie.\n`],
    [
      `EXPERIENCIA PROFESIONAL\n${job}FORMACIÓN\nGrado en Ingeniería Informática, Universidad de Sevilla, 2019\nAsignaturas destacadas: programación en Java, criptografía.\n`,
    ],
  ])('%j gives no Java and no cryptography', (text) => {
    const found = ids(text);
    expect(found).not.toContain('java');
    expect(found).not.toContain('cryptography');
  });

  it('keeps a thesis or a project on the next line', () => {
    expect(
      ids(
        `EXPERIENCE\n${job}EDUCATION\nB.Sc. Computer Science, Riverside University, 2019\nRelevant coursework: Compiler Design, Operating Systems.\nThesis: a Java static analyser for cryptography misuse.\n`,
      ),
    ).toContain('java');
  });
});

describe('what is owned or maintained by another team is that team’s work (r84)', () => {
  it.each([
    ['EXPERIENCE\n01/2020 – 12/2025  Engineering Manager, Acme Inc.\n- Platform scope: model registry, drift dashboards owned by the data science teams.\n'],
    ['EXPERIENCE\n01/2020 – 12/2025  Engineering Manager, Acme Inc.\n- Scope: drift monitoring maintained by the Risk Analytics team, model registry by us.\n'],
    [
      'EXPÉRIENCE PROFESSIONNELLE\n01/2020 – 12/2025  Responsable plateforme, Acme SA\n- Périmètre : registre de modèles, tableaux de dérive pilotés par les équipes data science.\n',
    ],
    [
      'EXPERIENCIA PROFESIONAL\n01/2020 – 12/2025  Responsable de plataforma, Acme S.L.\n- Alcance: registro de modelos, paneles de drift mantenidos por los equipos de ciencia de datos.\n',
    ],
  ])('%j gives no model monitoring', (text) => {
    expect(ids(text)).not.toContain('model-monitoring');
  });

  it('keeps drift monitoring the person owns', () => {
    expect(ids('EXPERIENCE\n01/2020 – 12/2025  ML Engineer, Acme Inc.\n- Own the drift dashboards for the data science teams.\n')).toContain(
      'model-monitoring',
    );
  });
});

describe('a roster after "a team of N:" lists other people’s roles, no skill (r84)', () => {
  it.each([
    [
      'EXPERIENCE\n01/2020 – 12/2025  Engineering Manager, Acme Inc.\n- Lead a team of 9: four data engineers, three SREs (Kubernetes, Terraform) and two analysts.\n',
    ],
    [
      'EXPERIENCE\n01/2020 – 12/2025  Head of Platform, Acme Inc.\n- Manage a team of seven: 3 backend developers, 2 SREs (Kubernetes/Terraform),\n2 QA engineers.\n',
    ],
  ])('%j gives team leadership, no Kubernetes or Terraform', (text) => {
    const found = ids(text);
    expect(found).toContain('team-leadership');
    expect(found).not.toContain('kubernetes');
    expect(found).not.toContain('terraform');
  });

  it('keeps what the team did when the colon opens its work', () => {
    expect(ids('EXPERIENCE\n01/2020 – 12/2025  Engineering Manager, Acme Inc.\n- Led a team of 6: migrated 200 services to Kubernetes on EKS.\n')).toContain(
      'kubernetes',
    );
  });
});

describe('a managed SOC is a service, no people managed (r84)', () => {
  it.each([
    ['EXPERIENCE\n01/2025 – 12/2025  Security Analyst, Acme Inc.\n- Shift analyst on the 24x7 Managed SOC desk for 11 clients.\n'],
    ['EXPERIENCE\n01/2025 – 12/2025  Analyst, Acme Inc.\n- Tier 1 analyst in the managed SOC; triage alerts in Sentinel.\n'],
  ])('%j gives no team leadership', (text) => {
    expect(ids(text)).not.toContain('team-leadership');
  });

  it('keeps a SOC team the person managed', () => {
    expect(ids('EXPERIENCE\n01/2020 – 12/2025  SOC Lead, Acme Inc.\n- Managed a SOC team of 8 analysts across three shifts.\n')).toContain('team-leadership');
  });
});

describe('training in a store-operations duty list is not mentoring engineers (r85)', () => {
  it.each([
    ['EXPERIENCE\n01/2015 – 12/2018  Shift Manager, Corner Grocers\n- Ran a crew of 18; scheduling, hiring and training\n'],
    ['EXPERIENCE\n01/2015 – 12/2018  Store Manager, Corner Grocers\n- Responsible for hiring, training and payroll of 30 cashiers\n'],
    ['EXPERIENCE\n01/2015 – 12/2018  Restaurant Manager, Fork & Co\n- Staff rostering, hiring and training for the front of house\n'],
  ])('%j gives no mentoring', (text) => {
    expect(ids(text)).not.toContain('mentoring');
  });

  it('keeps training new hires on a team’s tools', () => {
    expect(ids('EXPERIENCE\n01/2020 – 12/2025  SOC Analyst, Acme Inc.\n- Trained 5 new hires on the SIEM and the escalation runbooks\n')).toContain(
      'mentoring',
    );
  });
});

describe('bug bounty as a source of findings someone else triages is not testing (r85)', () => {
  it.each([
    ['EXPERIENCE\n01/2020 – 12/2025  AppSec Manager, Acme Inc.\n- Owned application findings (SAST, pen test, bug bounty): triage and fix SLAs\n'],
    ['EXPERIENCE\n01/2020 – 12/2025  Product Security Lead, Acme Inc.\n- Triaged incoming bug bounty reports with the product teams\n'],
    ['EXPERIENCE\n01/2020 – 12/2025  Security Engineer, Acme Inc.\n- Consolidated scanner, pentest and bug bounty remediation into one Jira board\n'],
  ])('%j gives no penetration testing', (text) => {
    expect(ids(text)).not.toContain('penetration-testing');
  });
});

describe('building a RAG tool inside a security job is LLM application work (r85)', () => {
  it.each([
    ['EXPERIENCE\n01/2020 – 12/2025  Head of AI Security, Acme Inc.\n- Hands-on: wrote the RAG evaluation harness the product teams run before launch\n'],
    ['EXPERIENCE\n01/2020 – 12/2025  Security Architect, Acme Inc.\n- Built a small RAG service over our security policies for the help desk\n'],
    ['EXPERIENCE\n01/2020 – 12/2025  AppSec Lead, Acme Inc.\n- Developed an internal RAG chatbot that answers secure-coding questions\n'],
  ])('%j gives llm-applications', (text) => {
    expect(ids(text)).toContain('llm-applications');
  });

  it.each([
    ['EXPERIENCE\n01/2020 – 12/2025  AI Security Engineer, Acme Inc.\n- Built the guardrails in front of the RAG assistant\n'],
    ['EXPERIENCE\n01/2020 – 12/2025  AI Red Teamer, Acme Inc.\n- Wrote prompt injection tests for the RAG assistant\n'],
    ['EXPERIENCE\n01/2020 – 12/2025  Product Security Engineer, Acme Inc.\n- Security partner for the squads shipping RAG features and agents\n'],
    ['EXPERIENCE\n01/2020 – 12/2025  Security Engineer, Acme Inc.\n- Threat-modelled the RAG pipeline built by the data team\n'],
  ])('%j securing a RAG app gives no llm-applications', (text) => {
    expect(ids(text)).not.toContain('llm-applications');
  });
});

describe("a label of others' stacks or of events attended lists what the person did not run (r87)", () => {
  const head = (h: string, l: string) => `${h}\n01/2020 – 12/2025  Senior Consultant, Northwind Advisory\n${l}`;
  it.each([
    [
      head('EXPERIENCE', '- Reviewed IAM roles for a retail bank.\n  Client environment: GCP, GKE, Jenkins\n- Wrote the read-out for the CISO.\n'),
      ['gcp', 'kubernetes'],
    ],
    [head('EXPERIENCE', '- Security architecture reviews for insurers.\n- Typical customer stacks: AWS EKS, Splunk.\n'), ['kubernetes', 'security-monitoring']],
    [
      head('EXPERIENCE', '- Led the security engineering teams.\nPrograms overseen: SAST (Semgrep), threat modeling, Tines SOAR\n'),
      ['secure-code-review', 'threat-modeling', 'security-automation'],
    ],
    [head('BERUFSERFAHRUNG', '• IT-Prüfungen bei Versicherern\n                    • Kundenumfeld: SAP, GCP, Kubernetes\n'), ['gcp', 'kubernetes']],
    [head('EXPÉRIENCE PROFESSIONNELLE', '• Revue de conformité RGPD\nEnvironnement technique : GCP, Kubernetes, MLflow\n'), ['gcp', 'kubernetes', 'mlops']],
    [head('EXPERIENCIA PROFESIONAL', '• Auditorías ISO 27001\nEntorno del cliente: GCP, Kubernetes\n'), ['gcp', 'kubernetes']],
    [
      `${head('EXPERIENCE', '- Analytics for the claims team.\n')}\nEVENTS\nMeetups (2025); webinar "Kubernetes threat modeling" (2026)\n`,
      ['kubernetes', 'threat-modeling'],
    ],
    [
      `${head('EXPÉRIENCE PROFESSIONNELLE', '• Analyse de données\n')}\nVEILLE\nForum InCyber 2024 · Webinaire « Kubernetes et threat modeling » (2025)\n`,
      ['kubernetes', 'threat-modeling'],
    ],
  ])('%j', (text, absent) => {
    const got = ids(text);
    for (const id of absent) expect(got).not.toContain(id);
  });

  it('keeps the person\'s own stack ("Stack:") and the duty lines around a client line', () => {
    const got = ids(head('EXPERIENCE', '- Built the GKE clusters in Terraform.\n  Client environment: Jenkins\nStack: Python, Kubernetes\n'));
    expect(got).toContain('kubernetes');
    expect(got).toContain('terraform');
  });
});

describe("a label or a heading that says others did the work lists no skill of the person's (convention 25)", () => {
  const job = (h: string, l: string) => `${h}\n01/2019 – 12/2025  Programme Director, Eastbay Insurance\n${l}`;
  it.each([
    [
      job(
        'EXPERIENCE',
        '- Ran the quarterly steering committee with the CIO.\nPlatforms built by our engineering teams (not my hands):\nKubernetes on EKS, Terraform, MLflow.\n',
      ),
      ['kubernetes', 'terraform', 'mlops'],
    ],
    [
      job(
        'EXPERIENCE',
        '- Owned the budget.\nWhat the security organisation delivered\n(my part: the plan; delivery by the engineering teams)\n▸ Splunk SIEM for the SOC\n▸ Terraform landing zones\n',
      ),
      ['security-monitoring', 'terraform'],
    ],
    [
      job('EXPERIENCE', '- Chaired the release board.\nMilestones the team shipped under my plan: Kubeflow pipelines, Terraform modules.\n'),
      ['mlops', 'terraform'],
    ],
    [
      job('EXPERIENCE', '* Roles I have filled: cloud engineers (AWS, Terraform), detection engineers (Splunk)\n* Led two sourcers.\n'),
      ['aws', 'terraform', 'security-monitoring'],
    ],
    [
      job('BERUFSERFAHRUNG', '• Steuerung des Budgets.\nWas das Plattform-Team geliefert hat:\n• Kubernetes-Cluster mit Terraform\n'),
      ['kubernetes', 'terraform'],
    ],
    [
      job('EXPÉRIENCE PROFESSIONNELLE', "• Pilotage du budget.\nProjets livrés par les équipes d'ingénierie :\n• Kubernetes et Terraform\n"),
      ['kubernetes', 'terraform'],
    ],
    [
      job('EXPERIENCIA PROFESIONAL', '• Gestión del presupuesto.\nLo que entregó la organización de ingeniería:\n▸ Kubernetes y Terraform\n'),
      ['kubernetes', 'terraform'],
    ],
  ])('%j', (text, absent) => {
    const got = ids(text);
    for (const id of absent) expect(got).not.toContain(id);
  });

  it("keeps the person's own leadership and the lines outside the block", () => {
    const got = ids(
      job(
        'EXPERIENCE',
        '- Managed a team of 6 programme managers; wrote SQL reports myself.\n\nPlatforms built by our engineering teams:\n- Kubernetes on EKS\n',
      ),
    );
    expect(got).toContain('team-leadership');
    expect(got).toContain('sql');
    expect(got).not.toContain('kubernetes');
  });

  it('reads a label only inside one list item: a wrapped line over the next bullet is none', () => {
    const got = ids(job('EXPERIENCE', '- Rolled out SSO for 40 SaaS tools\n- Designed the VPC with AWS Network Firewall and IPsec VPNs\n'));
    expect(got).toContain('network-security');
  });
});

describe('a passive clause or a relative clause whose doer is another party gives the person no skill (convention 25)', () => {
  const job = (l: string) => `EXPERIENCE\n01/2019 – 12/2025  Privacy Counsel, Eastbay Insurance\n${l}`;
  it.each([
    [job('- Advised on lawful basis; the redaction pipeline in Spark was built and tested by the data platform team.\n'), ['data-engineering']],
    [job('- Wrote DPIAs for the fraud model that the data science team trained in TensorFlow.\n'), ['tensorflow']],
    [job('- Contract reviews; penetration tests are performed by the vendor.\n'), ['penetration-testing']],
    [
      `BERUFSERFAHRUNG\n01/2019 – 12/2025  Datenschutzjuristin, Eastbay AG\n• Beratung der Teams; die Spark-Pipeline wurde von den Plattform-Teams gebaut.\n`,
      ['data-engineering'],
    ],
    [
      `BERUFSERFAHRUNG\n01/2019 – 12/2025  Datenschutzjuristin, Eastbay AG\n• DSFA für das Scoring-Modell, das das ML-Team in TensorFlow trainiert hat.\n`,
      ['tensorflow'],
    ],
    [
      `EXPÉRIENCE PROFESSIONNELLE\n01/2019 – 12/2025  Juriste, Eastbay SA\n• Les tests d'intrusion sont réalisés par les partenaires.\n`,
      ['penetration-testing'],
    ],
    [
      `EXPERIENCIA PROFESIONAL\n01/2019 – 12/2025  Abogada, Eastbay SA\n• Las pruebas de penetración fueron realizadas por el proveedor.\n`,
      ['penetration-testing'],
    ],
  ])('%j', (text, absent) => {
    const got = ids(text);
    for (const id of absent) expect(got).not.toContain(id);
  });

  it.each([
    [
      'EXPERIENCE\n01/2019 – 12/2025  Security Engineer, Eastbay Insurance\n- Threat-modelled the RAG pipeline built by the data team and tested it for prompt injection\n',
      'llm-security',
    ],
    [
      'EXPERIENCE\n01/2019 – 12/2025  Security Engineer, Eastbay Insurance\n- I was supported by the vendor while I tuned the Splunk detections\n',
      'security-monitoring',
    ],
    [
      'EXPERIENCE\n01/2019 – 12/2025  Security Engineer, Eastbay Insurance\n              ▪ Specified the guardrails that the ML team implemented\n              ▪ Wrote a Slack bot in Python that flags unprotected repositories\n',
      'python',
    ],
  ])("%j keeps the person's own work (a reduced relative, the person named)", (text, id) => {
    expect(ids(text)).toContain(id);
  });
});

describe('a recruiter names the skills of the people hired, not their own (r87)', () => {
  it.each([
    [
      'EXPERIENCE\nSenior Recruiter, Cyber Security\nNorthgate Talent\n03/2019 – 10/2026\n- Placed 40 SOC analysts (Splunk, Sentinel) and cloud security engineers (AWS, Kubernetes) with banks.\n- Reported hiring metrics to the board.\n',
      ['security-monitoring', 'cloud-security', 'aws', 'kubernetes'],
    ],
    [
      'EXPERIENCE\nTalent Acquisition Partner – AI & Security\nAcme AI\n01/2022 – 10/2026\n- Built interview loops with a Python pairing session and a threat-modelling panel run by engineers.\n',
      ['python', 'threat-modeling'],
    ],
    [
      'BERUFSERFAHRUNG\n01/2020 – 10/2026  Personalberaterin IT-Security, Kessler Executive Search GmbH\n– Besetzung von Positionen in Penetrationstests und Cloud-Security (AWS, Azure)\n',
      ['penetration-testing', 'aws', 'azure'],
    ],
  ])('%j', (text, absent) => {
    const got = ids(text);
    for (const id of absent) expect(got).not.toContain(id);
  });

  it("keeps a recruiter's own people and policy work", () => {
    const got = ids(
      'EXPERIENCE\nSenior Recruiter, Cyber Security\nNorthgate Talent\n03/2019 – 10/2026\n- Manage two recruiting coordinators.\n- Wrote our candidate-data retention policy and privacy notice under UK GDPR.\n',
    );
    expect(got).toContain('team-leadership');
    expect(got).toContain('policy-development');
  });
});

describe('a CI service that runs model training or evaluation is no DevSecOps in a security entry', () => {
  it.each([
    'EXPERIENCE\nAI Red Team Lead, Quillon Labs   03/2021 – 10/2026\n- Adversarial robustness benchmarks for vision models.\n- The robustness evaluation runs in GitHub Actions on each new checkpoint.\n',
    'BERUFSERFAHRUNG\n03/2021 – heute  Security Researcherin, Quillon GmbH\n- Angriffe auf Bildklassifikatoren; die Evaluationspipeline läuft in GitLab CI für jedes neue Modell.\n',
  ])('%j gives no devsecops', (text) => {
    expect(ids(text)).not.toContain('devsecops');
  });

  it('keeps a CI service that gates releases on security checks', () => {
    expect(
      ids(
        'EXPERIENCE\nApplication Security Engineer, Quillon Labs   03/2021 – 10/2026\n- Dependency and secret scanning gates in GitLab CI for every service.\n',
      ),
    ).toContain('devsecops');
  });
});

describe("a recruiter's hiring fills other people's teams and leads none of the person's own", () => {
  it.each([
    'SUMMARY\nI hire cloud engineers and detection analysts for scale-ups.\n\nEXPERIENCE\nTechnical Recruiter, Larchfield Search\n02/2021 – 10/2026\n- Agree headcount plans with engineering directors and coach hiring managers on interview loops.\n',
    'BERUFSERFAHRUNG\n01/2020 – 10/2026  Recruiterin IT, Talentwerk GmbH\n– Einstellungen für drei Produktteams, Abstimmung der Headcount-Planung mit der Geschäftsführung\n',
    'EXPÉRIENCE PROFESSIONNELLE\n01/2020 – 10/2026  Chargée de recrutement, Orvale\n- Recrutement des ingénieurs cloud ; suivi des effectifs avec les managers\n',
  ])('%j gives no team leadership', (text) => {
    expect(ids(text)).not.toContain('team-leadership');
  });

  it('keeps the team a recruiter leads, beside the hiring', () => {
    const got = ids(
      'EXPERIENCE\nTechnical Recruiter, Larchfield Search\n02/2021 – 10/2026\n- Agree headcount plans with engineering directors.\n- Manage two recruiting coordinators.\n',
    );
    expect(got).toContain('team-leadership');
  });

  it('still reads hiring as leadership under a title that is no recruiting one', () => {
    const got = ids(
      'EXPERIENCE\nHead of Detection, Larchfield Bank\n02/2021 – 10/2026\n- Hired four detection engineers and own the headcount plan of the team.\n',
    );
    expect(got).toContain('team-leadership');
  });
});

describe('work assessed, tested or delivered by another party is theirs (r87)', () => {
  it.each([
    [
      "EXPERIENCE\n01/2020 – 10/2026  Cloud Security Consultant, Northwind\n- Reviewed IAM roles. The GKE clusters were assessed separately by the client's platform security team.\n",
      'kubernetes',
    ],
    [
      'EXPERIENCE\n01/2020 – 10/2026  Cloud Security Consultant, Northwind\n- Jailbreak and prompt-injection testing was delivered by a specialist partner firm.\n',
      'llm-security',
    ],
    [
      "EXPÉRIENCE PROFESSIONNELLE\n01/2020 – 10/2026  Consultant sécurité cloud, Northwind\n- Revue IAM. Les clusters Kubernetes ont été évalués séparément par l'équipe du client.\n",
      'kubernetes',
    ],
    [
      'EXPERIENCIA PROFESIONAL\n01/2020 – 10/2026  Consultor de seguridad cloud, Northwind\n- Revisión IAM. Los clústeres de Kubernetes fueron evaluados por separado por el equipo del cliente.\n',
      'kubernetes',
    ],
    [
      'BERUFSERFAHRUNG\n01/2020 – 10/2026  Cloud-Security-Berater, Northwind\n- IAM-Review. Die Kubernetes-Cluster wurden gesondert vom Container-Security-Team des Kunden geprüft.\n',
      'kubernetes',
    ],
  ])('%j', (text, absent) => {
    expect(ids(text)).not.toContain(absent);
  });
});

describe('products a salesperson sells are no skill of theirs (r87)', () => {
  it.each([
    ['EXPERIENCE\n01/2020 – 10/2026  Account Executive, Northwind\n- Sold solutions from CrowdStrike (EDR) and Splunk to banks.\n', 'security-monitoring'],
    [
      'EXPERIENCIA PROFESIONAL\n01/2020 – 10/2026  Key Account Manager, Northwind\n• Venta de soluciones de CrowdStrike (EDR) y Splunk a banca.\n',
      'security-monitoring',
    ],
    [
      'EXPÉRIENCE PROFESSIONNELLE\n01/2020 – 10/2026  Ingénieur commercial, Northwind\n• Vente de solutions CrowdStrike (EDR) et Splunk aux banques.\n',
      'security-monitoring',
    ],
    [
      'BERUFSERFAHRUNG\n01/2020 – 10/2026  Key Account Manager, Northwind\n• Vertrieb von Lösungen von CrowdStrike (EDR) und Splunk an Banken.\n',
      'security-monitoring',
    ],
  ])('%j', (text, absent) => {
    expect(ids(text)).not.toContain(absent);
  });

  it('keeps a tool the person runs', () => {
    expect(ids('EXPERIENCE\n01/2020 – 10/2026  SOC Analyst, Northwind\n- Triaged Splunk alerts for banks.\n')).toContain('security-monitoring');
  });
});

describe('r85 translations: the same work in German and Spanish words (r85)', () => {
  it.each([
    ['BERUFSERFAHRUNG\n01/2018 – 12/2022  Data Scientist, Acme GmbH\n- Entwicklung und Produktivsetzung von Churn-Modellen (XGBoost) als REST-Service.\n'],
    ['BERUFSERFAHRUNG\n01/2018 – 12/2022  Data Scientist, Acme GmbH\n- Drei Modelle zur Absatzprognose in Produktion gebracht und überwacht.\n'],
    ['EXPERIENCIA PROFESIONAL\n01/2018 – 12/2022  Científica de datos, Acme S.L.\n• Entrené y puse en producción modelos de riesgo de crédito (LightGBM).\n'],
    ['EXPERIENCIA PROFESIONAL\n01/2018 – 12/2022  Científico de datos, Acme S.L.\n• Con el equipo pusimos en producción dos modelos de recomendación.\n'],
  ])('%j gives model deployment', (text) => {
    expect(ids(text)).toContain('ml-deployment');
  });

  it.each([
    ['BERUFSERFAHRUNG\n01/2020 – 12/2025  Security Engineer, Acme GmbH\n- Die Ergebnisse stelle ich monatlich dem Vorstand vor.\n'],
    ['BERUFSERFAHRUNG\n01/2020 – 12/2025  Security Engineer, Acme GmbH\n- Befunde stellte ich den Fachbereichen in einem Workshop vor.\n'],
    ['BERUFSERFAHRUNG\n01/2020 – 12/2025  SOC Analyst, Acme GmbH\n- Ergebnisse des Pilotprojekts an die Bereichsleitung präsentiert.\n'],
  ])('%j gives stakeholder communication', (text) => {
    expect(ids(text)).toContain('stakeholder-communication');
  });

  it.each([
    [
      'EXPERIENCIA PROFESIONAL\n01/2020 – 12/2025  Ingeniera de seguridad, Acme S.L.\n• Revisiones de diseño de SAML y OAuth para las aplicaciones de clientes.\n',
    ],
    ['EXPERIENCIA PROFESIONAL\n01/2020 – 12/2025  Consultor de seguridad, Acme S.L.\n• Revisión de diseño del flujo de autenticación de la banca móvil.\n'],
    ['EXPERIENCIA PROFESIONAL\n01/2020 – 12/2025  Responsable de AppSec, Acme S.L.\n• Implanté una revisión de diseño obligatoria para cada nuevo servicio.\n'],
  ])('%j gives a security assessment', (text) => {
    expect(ids(text)).toContain('security-assessment');
  });

  it.each([
    ['BERUFSERFAHRUNG\n01/2020 – 12/2025  Security Engineer, Acme GmbH\n- Ein Python-Harness zur Evaluierung von RAG-Anwendungen geschrieben.\n'],
    ['EXPÉRIENCE PROFESSIONNELLE\n01/2020 – 12/2025  Ingénieure sécurité, Acme SAS\n- Écriture d’un harness d’évaluation des assistants RAG.\n'],
  ])('%j: an evaluation harness is no security tooling', (text) => {
    expect(ids(text)).not.toContain('security-automation');
  });
});

describe('a bullet wrapped after a colon keeps its sentence (r85)', () => {
  it.each([
    [
      'EXPERIENCE\n01/2020 – 12/2025  AppSec Manager, Acme Inc.\n• Owned vulnerability management for the findings of SAST and pen tests:\n  triage, remediation SLAs and monthly reporting.\n',
    ],
    [
      'EXPÉRIENCE PROFESSIONNELLE\n01/2020 – 12/2025  Responsable AppSec, Acme SAS\n• Suivi des vulnérabilités remontées par le SAST et les tests d’intrusion :\n  tri, délais de remédiation, reporting mensuel.\n',
    ],
    [
      'EXPERIENCIA PROFESIONAL\n01/2020 – 12/2025  Responsable de AppSec, Acme S.L.\n• Gestión de los hallazgos (SAST, pruebas de penetración y bug bounty):\n  triaje, SLA de remediación e informes mensuales.\n',
    ],
  ])('%j: the tests are others’, their findings remediated, no penetration testing', (text) => {
    expect(ids(text)).not.toContain('penetration-testing');
  });

  it('still reads a pen test the person ran on its own line', () => {
    expect(
      ids(
        'EXPERIENCE\n01/2020 – 12/2025  Security Consultant, Acme Inc.\n• Ran external pen tests for 30 clients per year:\n  recon, exploitation and reporting.\n',
      ),
    ).toContain('penetration-testing');
  });
});

describe('an evaluation harness for RAG the person wrote is LLM application work (r85)', () => {
  it.each([
    ['EXPERIENCE\n01/2020 – 12/2025  Staff Engineer, Acme Inc.\n• Wrote the RAG evaluation suite the product teams run before every release.\n'],
    ['EXPÉRIENCE PROFESSIONNELLE\n01/2020 – 12/2025  Ingénieure logiciel, Acme SAS\n• Écriture d’un outil d’évaluation RAG utilisé par les équipes produit.\n'],
    [
      'EXPERIENCIA PROFESIONAL\n01/2020 – 12/2025  Ingeniera de software, Acme S.L.\n• Escribí el marco de evaluación de RAG que usan los equipos de producto.\n',
    ],
  ])('%j gives LLM applications', (text) => {
    expect(ids(text)).toContain('llm-applications');
  });

  it('keeps a security evaluation of a RAG assistant out', () => {
    expect(
      ids('EXPERIENCE\n01/2020 – 12/2025  Security Engineer, Acme Inc.\n• Ran the RAG evaluation for prompt injection and data leakage on the HR assistant.\n'),
    ).not.toContain('llm-applications');
  });
});

describe('"Direction de 8 ingénieurs" leads a team; "la direction" is the management addressed (r85)', () => {
  it.each([
    ['EXPÉRIENCE PROFESSIONNELLE\n01/2019 – 12/2022  Responsable AppSec, Acme SAS\n• Direction de 6 ingénieurs sécurité répartis sur deux sites.\n'],
    ['EXPÉRIENCE PROFESSIONNELLE\n01/2019 – 12/2022  Responsable SOC, Acme SAS\n• Direction d’une cellule de 9 analystes SOC (N1 à N3).\n'],
    ['EXPERIENCIA PROFESIONAL\n01/2019 – 12/2022  Responsable de AppSec, Acme S.L.\n• Dirección de 8 ingenieros de seguridad de aplicaciones.\n'],
  ])('%j gives team leadership', (text) => {
    expect(ids(text)).toContain('team-leadership');
  });

  it('reads no leadership in a report to management', () => {
    expect(
      ids('EXPÉRIENCE PROFESSIONNELLE\n01/2019 – 12/2022  Analyste sécurité, Acme SAS\n• Reporting mensuel à la direction des ingénieurs et au RSSI.\n'),
    ).not.toContain('team-leadership');
  });
});

describe('the French and Spanish "direction de" reads no English "direct" (r85)', () => {
  it('gives no team leadership for "direct and indirect" next to a consultant', () => {
    expect(
      ids(
        'EXPERIENCE\n01/2020 – 12/2025  Security Consultant, Acme Inc.\n- Ran 12 engagements with one other consultant: direct and indirect prompt injection.\n',
      ),
    ).not.toContain('team-leadership');
  });
});

describe('internal tools written in code are security tooling in a security job (r85)', () => {
  it.each([
    [
      'EXPÉRIENCE PROFESSIONNELLE\n01/2019 – 12/2022  Ingénieur sécurité applicative, Acme SAS\n• Écriture de petits outils internes en Python (scan de secrets).\n',
    ],
    ['EXPÉRIENCE PROFESSIONNELLE\n01/2019 – 12/2022  Ingénieure red team, Acme SAS\n• Développement du banc de red team interne utilisé à chaque version.\n'],
    [
      'EXPERIENCIA PROFESIONAL\n01/2019 – 12/2022  Ingeniero de seguridad, Acme S.L.\n• Herramientas internas escritas en Go para detectar secretos en los repositorios.\n',
    ],
  ])('%j gives security automation', (text) => {
    expect(ids(text)).toContain('security-automation');
  });
});

describe('a claim whose sentence wraps after its fillers reads the next line (r85)', () => {
  const claims = (text: string) => parseResume(text, { asOf }).experience.claims.map((c) => [c.subject, c.years]);
  it.each([
    ["PROFIL\nJe conçois des outils de sécurité depuis longtemps. Dix ans dans le\ndéveloppement logiciel et la sécurité : d'abord comme développeur.\n"],
    ['PERFIL\nConstruyo herramientas de seguridad desde hace tiempo. Nueve años en el\ndesarrollo de software y la seguridad: primero como desarrollador.\n'],
    ['SUMMARY\nI have built security tooling for a long time, with eleven years in the\nsoftware and security industry: first as a developer.\n'],
  ])('%j: the years are spread over software and security, overall', (text) => {
    const got = claims(text);
    expect(got.some(([s]) => s === 'totalYears')).toBe(true);
    expect(got.some(([s]) => s === 'securityYears')).toBe(false);
  });

  it('keeps a field named on the claim’s own line', () => {
    expect(claims('PROFIL\nDix ans dans la sécurité\ndes systèmes industriels.\n')).toContainEqual(['securityYears', 10]);
  });
});

describe('a classifier the person trained is machine-learning work in every language (r85)', () => {
  const work = (text: string) => parseResume(text, { asOf }).skills.find((s) => s.id === 'machine-learning');
  it.each([
    ['BERUFSERFAHRUNG\n01/2020 – 12/2025  Security Engineer, Acme GmbH\n- Training eines Phishing-Klassifikators auf 2 Mio. E-Mails.\n'],
    [
      'EXPÉRIENCE PROFESSIONNELLE\n01/2020 – 12/2025  Ingénieur sécurité, Acme SAS\n- Entraînement d’un classifieur de courriels de phishing sur 2 M de messages.\n',
    ],
    ['EXPERIENCIA PROFESIONAL\n01/2020 – 12/2025  Ingeniero de seguridad, Acme S.L.\n- Entrené un clasificador de correos de phishing con 2 M de mensajes.\n'],
  ])('%j gives machine learning', (text) => {
    expect(work(text)).toBeDefined();
  });

  it('reads no model work in a classifier that is only tested', () => {
    expect(work('EXPÉRIENCE PROFESSIONNELLE\n01/2020 – 12/2025  Pentesteur, Acme SAS\n- Tests d’évasion du classifieur de l’éditeur.\n')).toBeUndefined();
  });
});

describe('a secure development lifecycle named for AI is DevSecOps (r85)', () => {
  it.each([
    ['EXPERIENCE\n01/2020 – 12/2025  Head of AI Security, Acme Inc.\n- Rolled out a secure AI development lifecycle with release gates in CI.\n'],
    ['EXPERIENCE\n01/2020 – 12/2025  Head of AI Security, Acme Inc.\n- Owns the secure GenAI development lifecycle for 12 product teams.\n'],
    [
      'BERUFSERFAHRUNG\n01/2020 – 12/2025  Leiter KI-Sicherheit, Acme GmbH\n- Einführung des sicheren KI-Entwicklungslebenszyklus mit Release-Gates in der CI.\n',
    ],
  ])('%j gives DevSecOps', (text) => {
    expect(ids(text)).toContain('devsecops');
  });
});

describe('a classifier attacked or poisoned is no model built (r85)', () => {
  it.each([
    ['EXPÉRIENCE PROFESSIONNELLE\n01/2020 – 12/2025  Chercheur sécurité IA, Acme SAS\n• Exemples adversariaux contre les classifieurs de modération (ART).\n'],
    [
      'EXPERIENCIA PROFESIONAL\n01/2020 – 12/2025  Investigadora, Acme S.L.\n• Detección de muestras envenenadas en conjuntos de entrenamiento de clasificadores de malware.\n',
    ],
    ['BERUFSERFAHRUNG\n01/2020 – 12/2025  Forscherin, Acme GmbH\n- Angriffe gegen Klassifikatoren im Training (vergiftete Datensätze).\n'],
  ])('%j gives no machine learning', (text) => {
    expect(parseResume(text, { asOf }).skills.map((s) => s.id)).not.toContain('machine-learning');
  });
});

describe("titles whose work is about others' technology (othersTechTitles)", () => {
  const entry = (title: string, body: string) => `EXPERIENCE\n${title} — Acme Ltd   Jan 2020 – Present\n${body}\n`;
  it('a technical writer documents the tools: no evidence, bar their own hands-on code', () => {
    const w = entry('Senior Technical Writer', '- Wrote the install guides for the Helm chart on Kubernetes and the Terraform module for AWS.');
    expect(ids(w)).not.toContain('kubernetes');
    expect(ids(w)).not.toContain('terraform');
    expect(ids(w)).not.toContain('aws');
    expect(ids(entry('Technical Writer', '- Wrote and tested the Python code samples for the SDK reference.'))).toContain('python');
    expect(ids(entry('Documentation Specialist', '- Built a small Python tool that lints every page.'))).toContain('python');
  });
  it('a product manager owns a security product: the product area is no skill, their people work is; its field makes security years (convention 279)', () => {
    const pm = entry(
      'Product Manager, Vulnerability Management',
      '- Own the roadmap for our scanner, which ranks Qualys and Tenable findings; presented it to customer CISOs.',
    );
    expect(ids(pm)).not.toContain('vulnerability-management');
    expect(ids(pm)).toContain('stakeholder-communication');
    const p = parseResume(pm, { asOf });
    expect(p.experience.securityYears).toBe(6.92);
  });
  it('a programme manager whose title names security as the field runs a security programme: security years (r89, r99)', () => {
    const years = (title: string) =>
      parseResume(entry(title, '- Ran the portfolio and the steering committee for the CISO.'), { asOf }).experience.securityYears;
    expect(years('Senior Program Manager, Information Security')).toBe(6.92);
    expect(years('Programme Manager – Cyber Security Transformation')).toBe(6.92);
    expect(years('Senior Program Manager, Cloud Migration')).toBe(0);
    // A product manager whose field is a security one runs a security product: security years (convention 279: r109, r119, r98).
    expect(years('Product Manager, Threat Detection')).toBe(6.92);
    expect(years('Senior Product Manager, AI Security (Guardrails)')).toBe(6.92);
    expect(years('Product Manager, Developer Platform')).toBe(0);
    // The tools of the programme stay the provider's: no skill (r101-es-07).
    const soc = entry('Programme Manager – Cyber Security', '- Migration of the SOC from QRadar to Microsoft Sentinel, run by the MSSP.');
    expect(ids(soc)).not.toContain('security-monitoring');
    expect(parseResume(soc, { asOf }).experience.securityYears).toBe(6.92);
  });
  it('a project manager of a cloud migration built by a provider uses no cloud skill; a skills list naming it says no more', () => {
    const de =
      'BERUFSERFAHRUNG\n01/2020 – heute  Projektleiterin, Acme AG\n- Migration von 60 Anwendungen nach Microsoft Azure durch den Dienstleister; Planung und Abnahme.\n\nKENNTNISSE\nMicrosoft Azure, MS Project\n';
    expect(ids(de)).not.toContain('azure');
    const fr = "EXPÉRIENCE\nChef de projet — Acme SA   janv. 2020 – aujourd'hui\n- Pilotage de la migration vers AWS réalisée par l'intégrateur.\n";
    expect(ids(fr)).not.toContain('aws');
  });
  it('a lawyer negotiating cloud contracts keeps the privacy work, not the clouds', () => {
    const fr =
      "EXPÉRIENCE\nAvocate senior — Cabinet Durand   janv. 2020 – aujourd'hui\n- Négociation des contrats cloud (AWS, Microsoft Azure) et conformité RGPD des clients.\n";
    expect(ids(fr)).not.toContain('aws');
    expect(ids(fr)).toContain('privacy');
    const es = 'EXPERIENCIA\nAbogada — Bufete Ruiz   01/2020 – Actual\n- Contratos de servicios en la nube con AWS y Azure; cumplimiento del RGPD.\n';
    expect(ids(es)).not.toContain('azure');
  });
  it("a certification lead auditor examines clients' controls; an IT auditor's own SQL still counts", () => {
    const la = entry('Lead Auditor, ISMS', "- Examine clients' Qualys scan reports, Okta access reviews and firewall rule reviews during ISO 27001 audits.");
    expect(ids(la)).not.toContain('identity-access-management');
    expect(ids(la)).toContain('security-compliance');
    expect(ids(entry('IT Auditor', '- Wrote SQL queries against the core banking database for full-population testing.'))).toContain('sql');
  });
  it('"Familiar with:" and "Exposure to:" lists are no evidence', () => {
    expect(ids('SKILLS\nLanguages: Python\nFamiliar with: Docker, TensorFlow\n')).not.toContain('docker');
    expect(ids('SKILLS\nExposure to: Terraform, AWS\n')).not.toContain('terraform');
    expect(ids('SKILLS\nLanguages: Python\nFamiliar with: Docker, TensorFlow\n')).toContain('python');
  });
});

describe('automation of model retraining or data generation is no security automation (r95)', () => {
  const head = 'EXPÉRIENCE PROFESSIONNELLE\nIngénieure détection des menaces  2021 – 2024\nCyberdéfense SAS, Lyon\n';
  it.each([
    ['- Modèles de détection de phishing ; ré-entraînement déclenché automatiquement en cas de dérive.\n- Analyse des alertes du SOC.', false],
    ["- Données adversariales générées automatiquement pour durcir les modèles de détection d'intrusion.\n- Analyse des alertes du SOC.", false],
    ['- Script Python qui crée automatiquement les tickets de vulnérabilités pour le SOC.\n- Analyse des alertes du SOC.', true],
  ])('%s → %s', (body, expected) => {
    expect(ids(head + body).includes('security-automation')).toBe(expected);
  });
});

describe('German alarms of an intrusion detection system are security monitoring (r95)', () => {
  const head = 'BERUFSERFAHRUNG\nIT-Sicherheitsanalyst  2020 – 2024\nStadtwerke Nord GmbH\n';
  it.each([
    ['- Sichtung der Suricata-Alarme im Schichtdienst', true],
    ['- Bearbeitung von IDS-Alarmen und Eskalation an den Dienstleister', true],
    ['- Betreuung der Alarme der Gebäudetechnik und der Zutrittskontrolle', false],
  ])('%s → %s', (body, expected) => {
    expect(ids(head + body).includes('security-monitoring')).toBe(expected);
  });
});

describe('round r91: expiry words, vendor tools, a practice one leads, replayed attacks, champions', () => {
  const certs = (text: string) => parseResume(text, { asOf }).certifications.map((c) => c.id);
  it.each([
    ['an expiry year after "valid till"', 'CERTIFICATIONS\nCISSP (valid till 2025)', []],
    ['an expiry date after "valid up to"', 'CERTIFICATIONS\n- CKA – Mar 2022 (valid up to Mar 2025)\n- OSCP (2019)', ['oscp']],
    ['a later expiry after "valid till"', 'CERTIFICATIONS\nCISM, valid till 12/2027', ['cism']],
    ['an expiry after "valid upto"', 'CERTIFICATIONS\nAWS Certified Security – Specialty (valid upto Jan 2024)\nCISA', ['cisa']],
  ])('%s', (_, text, want) => {
    expect(certs(text)).toEqual(want);
  });

  it.each([
    ['EXPERIENCE\nSecurity GRC Analyst, Acme  2020 – 2024\n- Kept the register of 30 AI systems, including vendor tools like Copilot.', []],
    ['EXPERIENCE\nSOC Analyst, Acme  2020 – 2024\n- Triaged Sentinel alerts; onboarded third-party tools into the SIEM.', ['security-monitoring']],
    [
      'EXPERIENCE\nSOC Analyst, Acme  2020 – 2024\n- Triaged Sentinel alerts and built internal tooling for enrichment.',
      ['security-automation', 'security-monitoring'],
    ],
    ['EXPERIENCE\nRisk Manager, Acme Bank  2020 – 2024\n- Ran model risk management for 40 credit models (SR 11-7).', ['ai-governance']],
    ['EXPERIENCE\nSecurity Engineer, Acme  2020 – 2024\n- Secretary of the AI governance committee: agenda, minutes, AI use-case register.', ['ai-governance']],
    ['EXPERIENCE\nPrincipal Consultant, Acme  2020 – 2024\n- Lead the identity practice: 6 consultants; hiring and reviews.', ['team-leadership']],
    ['EXPERIENCE\nDirector, Acme  2020 – 2024\n- Headed a practice of nine analysts across two offices.', ['team-leadership']],
    ['EXPERIENCE\nConsultant, Acme  2020 – 2024\n- Applied best practice across 5 client projects.', []],
    ['EXPÉRIENCE\nAssocié, Acme  2020 – 2024\n- Je dirige une pratique de neuf consultants en cybersécurité.', ['team-leadership']],
    ['EXPERIENCIA\nSocio, Acme  2020 – 2024\n- Dirijo la práctica de ciberseguridad: 8 consultores.', ['team-leadership']],
    ['BERUFSERFAHRUNG\nBereichsleiter, Acme  2020 – 2024\n- Leitete ein Team von neun Beratern.', ['team-leadership']],
    [
      'BERUFSERFAHRUNG\nSenior AppSec Engineer, Acme  2020 – 2024\n• Fachliche Betreuung von 8 Security Champions in den Produktteams\n• Abstimmung mit Einkauf, Datenschutz und Rechtsabteilung zu Cloud-Verträgen',
      ['application-security', 'mentoring', 'stakeholder-communication'],
    ],
    [
      'BERUFSERFAHRUNG\nDatenschutzkoordinatorin, Acme  2020 – 2024\n• Datenschutz-Folgenabschätzungen und Verzeichnis der Verarbeitungstätigkeiten; Datenschutz-Schulungen',
      ['privacy'],
    ],
    ['BERUFSERFAHRUNG\nBerater, Acme  2020 – 2024\n• Betreuung von 3 Kunden im Mittelstand', []],
    [
      'EXPERIENCE\nAI Security Engineer, Acme  2020 – 2024\n- Built an internal Python service that replays a corpus of 3,000 injection and jailbreak prompts\nagainst staging builds and blocks the release on regressions.',
      ['devsecops', 'llm-security', 'python', 'security-automation'],
    ],
    [
      'EXPERIENCE\nAI Red Teamer, Acme  2020 – 2024\n- Wrote a nightly job that replays 500 jailbreak prompts against the staging model.',
      ['llm-security', 'security-automation'],
    ],
    [
      'EXPERIENCE\nSecurity Analyst, Acme  2020 – 2024\n- Replays attack traffic captured by the IDS during tabletop exercises.',
      ['incident-response', 'network-security'],
    ],
    [
      'EXPÉRIENCE\nIngénieur sécurité IA, Acme  2020 – 2024\n- Développé un service interne qui rejoue 2 000 attaques par injection de prompt avant chaque mise en production.',
      ['llm-security', 'security-automation'],
    ],
  ])('%s', (text, want) => {
    expect(ids(text)).toEqual(want);
  });
});

describe("a sentence whose subject is the person's team or another party is their work, not the person's (convention 21)", () => {
  it.each([
    // The team's work alone: no skill, but leading the team is the person's.
    [
      'EXPERIENCE\nHead of Data Security | Orvane Bank  01/2021 – 12/2024\n- Manage nine engineers across two squads.\n- My platform team moved every data pipeline to Kubernetes and Terraform.',
      'kubernetes',
      false,
    ],
    [
      'EXPERIENCE\nHead of Data Security | Orvane Bank  01/2021 – 12/2024\n- Manage nine engineers across two squads.\n- The team trained fraud classifiers in PyTorch and served them from SageMaker.',
      'pytorch',
      false,
    ],
    [
      'EXPERIENCE\nHead of Data Security | Orvane Bank  01/2021 – 12/2024\n- Manage nine engineers across two squads.\n- The team trained fraud classifiers in PyTorch and served them from SageMaker.',
      'team-leadership',
      true,
    ],
    // Another team's work, beside the person's own clause.
    [
      'EXPERIENCE\nSoftware Engineer | Tallis Ltd  01/2021 – 12/2024\n- Packaged the billing services with Docker; the infrastructure team ran the Kubernetes clusters.',
      'kubernetes',
      false,
    ],
    [
      'EXPERIENCE\nSoftware Engineer | Tallis Ltd  01/2021 – 12/2024\n- Packaged the billing services with Docker; the infrastructure team ran the Kubernetes clusters.',
      'docker',
      true,
    ],
    // The person in the same sentence or item: the team's work is theirs too.
    [
      'EXPERIENCE\nDirector, AI Security | Orvane Bank  01/2021 – 12/2024\n- My team runs the retrieval assistant on Azure OpenAI: I built its first prototype with LangChain.',
      'llm-applications',
      true,
    ],
    [
      'EXPERIENCE\nDirector, AI Security | Orvane Bank  01/2021 – 12/2024\n- Fine-tuned the first phishing classifier in PyTorch; the team now serves it from SageMaker endpoints.',
      'ml-deployment',
      true,
    ],
    [
      'EXPERIENCE\nDirector, AI Security | Orvane Bank  01/2021 – 12/2024\n- Our team runs the LLM gateway on Azure OpenAI. I wrote its first release myself.',
      'azure',
      true,
    ],
    // A line that goes on from the one above opens no sentence.
    [
      'EXPERIENCE\nCloud Engineer | Tallis Ltd  01/2021 – 12/2024\n- Built landing zones for eleven enterprise\n  clients with Terraform modules.',
      'terraform',
      true,
    ],
    // German, French, Spanish.
    [
      'BERUFSERFAHRUNG\nLeiter IT-Sicherheit, Orvane AG  01/2021 – 12/2024\n- Führung von acht Mitarbeitenden.\n- Mein Team hat die Detektionsregeln nach Splunk migriert und in Terraform beschrieben.',
      'terraform',
      false,
    ],
    [
      "EXPÉRIENCE\nResponsable sécurité, Orvane SA  01/2021 – 12/2024\n- Management de huit ingénieurs.\n- L'équipe a déployé les modèles de détection sur Kubernetes.",
      'kubernetes',
      false,
    ],
    [
      'EXPERIENCIA\nResponsable de seguridad, Orvane SL  01/2021 – 12/2024\n- Dirección de ocho ingenieros.\n- Mi equipo migró los clústeres a Kubernetes con Terraform.',
      'kubernetes',
      false,
    ],
  ])('%s → %s: %s', (text, id, held) => {
    expect(ids(text).includes(id)).toBe(held);
  });
});

describe('a customer-facing title whose holder writes the query language in hand (othersTechTitles sales, handsOnWords)', () => {
  it.each([
    ['EXPERIENCE\nAccount Manager | Orrin Data  02/2021 – 12/2024\n- Wrote the SQL for the renewal dashboard the account team uses.', 'sql', true],
    ['EXPERIENCE\nAccount Manager | Orrin Data  02/2021 – 12/2024\n- Built churn reports with SQL on the billing warehouse.', 'sql', true],
    ['EXPERIENCE\nAccount Manager | Orrin Data  02/2021 – 12/2024\n- Sold the SQL connector to retail chains.', 'sql', false],
  ])('%s → %s: %s', (text, id, held) => {
    expect(ids(text).includes(id)).toBe(held);
  });
});

describe('people led, read from a team with its headcount or people who report to the writer', () => {
  const years = (text: string) => parseResume(text, { asOf }).skills.find((s) => s.id === 'team-leadership')?.years;
  it.each([
    'EXPERIENCE\nSecurity Engineering Manager, Tollgate Bank  01/2020 – 12/2022\n- Set up and managed the product security team (5 engineers).',
    'EXPERIENCE\nSecurity Engineering Manager, Tollgate Bank  01/2020 – 12/2022\n- Managed 9 application and cloud security engineers.',
    'EXPERIENCE\nDepot Manager, Tollgate Freight  01/2020 – 12/2022\n- 30 drivers across two shifts reporting to me via 3 team leaders.',
    'EXPERIENCE\nClinic Coordinator, Tollgate Health  01/2020 – 12/2022\n- Supervised 12 stewards and admin staff on each shift.',
  ])('%s', (text) => {
    expect(years(text)).toBe(3);
  });

  it.each([
    'EXPERIENCE\nSecurity Engineer, Tollgate Bank  01/2020 – 12/2022\n- Managed security services for 12 clients.',
    'EXPERIENCE\nRisk Analyst, Tollgate Bank  01/2020 – 12/2022\n- Model Risk Management reviews with 3 analysts of the validation group.',
  ])('not %s', (text) => {
    expect(years(text)).toBeUndefined();
  });
});

describe('a sales engineer demonstrates the product: the platforms shown are no evidence (othersTechTitles sales)', () => {
  it.each([
    [
      'EXPERIENCE\nSenior Sales Engineer | Corvel Security  01/2022 – 12/2024\n- Ran demos of the posture scanner across AWS accounts and Bedrock agents for enterprise prospects.',
      'aws',
      false,
    ],
    [
      'EXPERIENCE\nPresales Engineer | Corvel Security  01/2022 – 12/2024\n- Scoped proofs of value and answered RFPs on LLM applications and AWS coverage.',
      'llm-applications',
      false,
    ],
    ['EXPERIENCE\nSales Engineer | Corvel Security  01/2022 – 12/2024\n- Built the demo environment in Terraform for the field team.', 'terraform', true],
  ])('%s → %s: %s', (text, id, held) => {
    expect(ids(text).includes(id)).toBe(held);
  });
});

describe('a sales engineer: a hands-on word of an earlier sentence gives no later demo its platforms (othersTechTitles sales)', () => {
  it.each([
    [
      'EXPERIENCE\nSenior Sales Engineer | Corvel Security  01/2022 – 12/2024\n- Scoped each proof of value; handed the build to customer success.\n- Demoed the platform end to end for prospects: agentless scanning of AWS, Azure and GCP accounts, the Kubernetes admission controller, IaC scanning of Terraform modules and the posture dashboards that the security teams of each prospect review every week.',
      ['aws', 'azure', 'gcp', 'kubernetes', 'terraform'],
    ],
    [
      "EXPÉRIENCE\nIngénieur avant-vente | Corvel Sécurité  01/2022 – 12/2024\n- Cadrage des preuves de valeur ; configuré les comptes de démo.\n- Démonstrations de la plateforme de bout en bout : analyse sans agent des comptes AWS, Azure et GCP, contrôleur d'admission Kubernetes, analyse des modules Terraform et tableaux de bord de posture que les équipes sécurité des prospects consultent chaque semaine.",
      ['aws', 'azure', 'gcp', 'kubernetes', 'terraform'],
    ],
  ])('%s → none of %j', (text, absent) => {
    const held = ids(text);
    expect(absent.filter((id) => held.includes(id))).toEqual([]);
  });
});

describe('an onboarding or project coordinator inventories the clients’ systems: no skill and no security years (othersTechTitles project)', () => {
  it.each([
    [
      "EXPERIENCE\nCustomer Onboarding Coordinator | Nightwatch MSSP  01/2021 – 12/2023\n- Ran kick-off calls and inventoried each client's log sources (Palo Alto firewalls, AWS CloudTrail) for the build engineers.\n- Weekly steering meetings with client CISOs.",
      ['aws', 'network-security'],
    ],
    [
      "EXPÉRIENCE\nChargée d'onboarding clients | Vigie SOC  01/2021 – 12/2023\n- Inventaire des sources de journaux des clients (pare-feu Fortinet, AWS CloudTrail) ; planning avec les ingénieurs build qui déploient les connecteurs.",
      ['aws', 'network-security'],
    ],
    [
      'BERUFSERFAHRUNG\nProjektkoordinatorin | Wachturm MSSP GmbH  01/2021 – 12/2023\n- Erfassung der Logquellen der Kunden (Fortinet-Firewalls, AWS CloudTrail) für das Build-Team.',
      ['aws', 'network-security'],
    ],
  ])('%s → none of %j', (text, absent) => {
    const p = parseResume(text, { asOf });
    expect(absent.filter((id) => p.skills.some((s) => s.id === id))).toEqual([]);
    expect(p.experience.securityYears ?? 0).toBe(0);
  });
});

describe('a lead auditor whose title names the field reviews the clients’ controls (othersTechTitles audit)', () => {
  it.each([
    [
      'BERUFSERFAHRUNG\n01/2020 – 12/2024  Lead Auditorin Informationssicherheit\n  Prüfstelle Nord GmbH\n  - Leitung von ISO/IEC 27001-Zertifizierungsaudits\n  - Prüfung der Kundenkontrollen: Firewall-Regelwerke, Schlüsselverwaltung, Protokollierung/SIEM',
    ],
    [
      'EXPERIENCE\nSenior Lead Auditor Information Security | Certwell Ltd  01/2020 – 12/2024\n- Led ISO/IEC 27001 certification audits.\n- Checked the clients’ firewall rule sets, key management and SIEM logging.',
    ],
  ])('%s → compliance, no reviewed controls, security years', (text) => {
    const p = parseResume(text, { asOf });
    const held = p.skills.map((s) => s.id);
    expect(held).toContain('security-compliance');
    expect(['network-security', 'cryptography', 'security-monitoring'].filter((id) => held.includes(id))).toEqual([]);
    expect(p.experience.securityYears).toBe(5);
  });
});

describe('lists of courses delivered and of areas documented name topics, not skills (othersLabels)', () => {
  it.each([
    [
      'EXPERIENCE\nTechnical Trainer | Learnwell Ltd  01/2020 – 12/2024\nCourses I deliver (official courseware):\n  - Kubernetes Fundamentals (2 days)\n  - Docker for Developers (1 day)\n\nBeyond delivery:\n  - Built the lab environment in Terraform.',
      ['kubernetes', 'docker'],
      ['terraform'],
    ],
    [
      'EXPERIENCIA\nFormadora técnica | Aprende SL  01/2020 – 12/2024\nCursos impartidos:\n  - Kubernetes desde cero\n  - Docker para desarrolladores\nLogros:\n  - Automaticé los laboratorios con Terraform.',
      ['kubernetes', 'docker'],
      ['terraform'],
    ],
    [
      'COMPETENCIAS DIGITALES\nMarkdown | Git | Python\nÁreas documentadas: Kubernetes, Terraform, SIEM',
      ['kubernetes', 'terraform', 'security-monitoring'],
      ['python'],
    ],
    ['SKILLS\nPython, Git\nAreas documented: Kubernetes, Terraform', ['kubernetes', 'terraform'], ['python']],
  ])('%s → none of %j, but %j', (text, absent, present) => {
    const held = ids(text);
    expect(absent.filter((id) => held.includes(id))).toEqual([]);
    expect(present.filter((id) => !held.includes(id))).toEqual([]);
  });
});

describe('a technical writer: deployment guides are no hands-on deployment, setting up a tool is (handsOnWords, othersBuilding)', () => {
  it.each([
    ['EXPERIENCIA\nRedactora técnica | Sentrix SL  01/2020 – 12/2024\n- Guías de despliegue del agente para Linux y referencia de la API.', 'linux', false],
    [
      'EXPERIENCIA\nRedactora técnica | Sentrix SL  01/2020 – 12/2024\n- Levanté con Docker Compose el entorno de previsualización de la documentación.',
      'docker',
      true,
    ],
    ['EXPERIENCE\nTechnical Writer | Sentrix Ltd  01/2020 – 12/2024\n- Stood up the docs preview environment with Docker Compose.', 'docker', true],
  ])('%s → %s: %s', (text, id, held) => {
    expect(ids(text).includes(id)).toBe(held);
  });
});

describe('a recruiter’s duties name the candidates’ certifications and clearances, not the person’s', () => {
  it.each([
    [
      'EXPERIENCE\nTechnical Recruiter | Talentbridge  01/2020 – 12/2024\n- Placed 40 penetration testers (OSCP, GPEN) and cloud engineers.\n- Ran cleared searches (Secret, TS/SCI) for defense clients.\n\nCERTIFICATIONS\nCISSP (2019)',
      ['cissp'],
    ],
    ['EXPERIENCE\nSenior Recruitment Consultant, Cyber Security | Talentbridge  01/2020 – 12/2024\n- Hired CISSP and CISM holders for banking clients.', []],
    [
      "EXPÉRIENCE\nChargée de recrutement | Talentis  01/2020 – 12/2024\n- Recrutement de pentesteurs certifiés OSCP et d'analystes habilités Secret Défense.",
      [],
    ],
  ])('%s → %j', (text, certs) => {
    const p = parseResume(text, { asOf });
    expect(p.certifications.map((c) => c.id).sort()).toEqual(certs);
    expect(p.clearance).toBeNull();
  });
});

describe('maturity reviews of cyber security as security assessment (r91)', () => {
  const kinds = (text: string) => parseResume(text, { asOf: '2026-11-01' }).experience.entries.map((e) => [e.skills.includes('security-assessment'), e.kind]);
  it.each([
    [
      'EXPERIENCE\nRisk Associate, Halden Advisory LLP   Jan 2020 – Dec 2021\n- Ran cyber maturity assessments against NIST CSF for insurers\n- Reviewed SOX IT general controls\n',
      [[true, ['security']]],
    ],
    [
      'EXPERIENCE\nAdvisory Associate, Halden Advisory LLP   Jan 2020 – Dec 2021\n- Delivered cybersecurity maturity reviews and ISO 27001 gap work for retailers\n',
      [[true, ['security']]],
    ],
    [
      'BERUFSERFAHRUNG\nBerater, Halden Advisory GmbH   01/2020 – 12/2021\n- Cyber-Reifegradbewertungen und ISO-27001-Readiness für Mittelständler\n',
      [[true, ['security']]],
    ],
    [
      'EXPÉRIENCE PROFESSIONNELLE\nConsultant, Halden Advisory SA   01/2020 – 12/2021\n- Évaluations de maturité cybersécurité et préparation ISO 27001 pour des assureurs\n',
      [[true, ['security']]],
    ],
    [
      'EXPERIENCIA PROFESIONAL\nConsultor, Halden Advisory SL   01/2020 – 12/2021\n- Evaluaciones de madurez de ciberseguridad y preparación ISO 27001 para aseguradoras\n',
      [[true, ['security']]],
    ],
    // A maturity review of something else is no security assessment.
    ['EXPERIENCE\nRisk Associate, Halden Advisory LLP   Jan 2020 – Dec 2021\n- Ran data governance maturity assessments for insurers\n', [[false, ['other']]]],
  ])('%j', (text, want) => {
    expect(kinds(text)).toEqual(want);
  });
});

describe('people managed in a shop or a branch as team leadership (r91)', () => {
  it.each([
    ['EXPERIENCE\nBranch Manager, Acme Bank   Jan 2020 – Dec 2021\n- Manage a branch with 38 team members across two sites\n', true],
    ['EXPERIENCE\nShift Lead, Acme Foods   Jan 2020 – Dec 2021\n- Led 12 team members on the night shift\n', true],
    ['EXPERIENCE\nAssistant Manager, Acme Hardware   Jan 2020 – Dec 2021\n- Second in charge of a 40-person warehouse\n', true],
    // Working beside the team, or training it, leads no one.
    ['EXPERIENCE\nRetail Assistant, Acme Hardware   Jan 2020 – Dec 2021\n- Trained new team members on the tills\n', false],
    ['EXPERIENCE\nRetail Assistant, Acme Hardware   Jan 2020 – Dec 2021\n- Worked alongside 12 team members on the floor\n', false],
    ['EXPERIENCE\nSenior Analyst, Acme Bank   Jan 2020 – Dec 2021\n- Lead small assignments and guide team members through them\n', false],
  ])('%j', (text, held) => {
    expect(ids(text).includes('team-leadership')).toBe(held);
  });
});

describe('a certification the person would be willing to take is not held', () => {
  it.each([
    ['SUMMARY\nCloud security engineer. Happy to say I would be willing to take the CCSP if a client asks for it.\n\nCERTIFICATIONS\nCISSP (2019)', ['cissp']],
    ['SUMMARY\nHe is open to taking the OSCP next year.\n\nCERTIFICATIONS\nCISA (2016)', ['cisa']],
    ['PROFIL\nSie wäre bereit, den CISM nachzuholen, falls der Kunde es verlangt.\n\nZERTIFIKATE\nCISSP (2019)', ['cissp']],
    ["PROFIL\nPrête à passer le CISM si le client l'exige.\n\nCERTIFICATIONS\nCISSP (2019)", ['cissp']],
    ['PERFIL\nDispuesto a obtener el CISM si el cliente lo pide.\n\nCERTIFICACIONES\nCISSP (2019)', ['cissp']],
  ])('%s', (text, held) => {
    expect(parseResume(text, { asOf }).certifications.map((c) => c.id)).toEqual(held);
  });
});

describe('a course bracket after the rest of a hyphenated compound', () => {
  const read = (text: string, language: 'de' | 'en') => parseResume(text, { asOf, language }).skills.map((s) => s.id);
  it.each([
    ['WEITERBILDUNG\nPython-Grundlagen (Online-Kurs, seit 09.2026)', 'de', 'python'],
    ['TRAINING\nKubernetes-Fundamentals (Udemy course, 2026)', 'en', 'kubernetes'],
  ] as const)('%s', (text, language, absent) => {
    expect(read(text, language)).not.toContain(absent);
  });
  it('keeps a compound with a bracket that names no course', () => {
    expect(read('KENNTNISSE\nPython-Entwicklung (5 Jahre)', 'de')).toContain('python');
  });
});

describe('a course bracket whose course is being taken now (r156)', () => {
  const read = (text: string, language: 'de' | 'en' | 'fr' | 'es') => parseResume(text, { asOf, language }).skills.map((s) => s.id);
  it.each([
    ['KENNTNISSE\nIT                    MS Office, OneTrust, Python (Grundlagen, derzeit Online-Kurs)', 'de'],
    ['SKILLS\nTools: Excel, Python (basics, currently Coursera course)', 'en'],
    ['COMPÉTENCES\nOutils : Excel, Python (notions, actuellement cours en ligne)', 'fr'],
    ['CONOCIMIENTOS\nHerramientas: Excel, Python (nociones, actualmente curso online)', 'es'],
  ] as const)('%s', (text, language) => {
    expect(read(text, language)).not.toContain('python');
  });
  it('keeps a bracket of a present word without a course', () => {
    expect(read('KENNTNISSE\nPython (Grundlagen, derzeit im Einsatz)', 'de')).toContain('python');
  });
});

describe('a training heading whose remark says it is under way lists courses not done yet', () => {
  it.each([
    ['ZERTIFIKATE\nCISSP (2019)\n\nWEITERBILDUNG (LAUFEND)\nKubernetes – Einführung\nTerraform für Einsteiger\n\nKENNTNISSE\nPython, Bash', ['bash', 'python']],
    ['CERTIFICATIONS\nCISSP (2019)\n\nTraining (in progress)\nTerraform Associate prep\n\nSKILLS\nPython', ['python']],
    ['FORMATIONS SUIVIES (EN COURS)\nTerraform pour débutants\n\nCOMPÉTENCES\nPython', ['python']],
  ])('%s', (text, want) => {
    expect([...ids(text)].sort()).toEqual(want);
  });
  it('keeps projects under way', () => {
    expect(ids('PROJEKTE (LAUFEND)\nTerraform-Module für die Landing Zone')).toContain('terraform');
  });
});

describe('models put into production, in French', () => {
  it.each([
    ["EXPÉRIENCE\n2022 – aujourd'hui  Ingénieure détection, Acme SA\n- Conçu et mis en production des modèles de détection (scikit-learn).", true],
    ["EXPÉRIENCE\n2022 – aujourd'hui  Ingénieure, Acme SA\n- Mis en production le nouveau portail RH.", false],
  ])('%s → %s', (text, deployed) => {
    expect(ids(text).includes('ml-deployment')).toBe(deployed);
  });
});

describe('gap headings, log monitoring, authored standards and pipeline gates across languages', () => {
  it.each([
    [
      'BERUFSERFAHRUNG\n2019 – 2024  Cloud Engineer, Ostwerk GmbH\n- Betrieb der AKS-Cluster.\n\nLerne derzeit\nGrundlagen von PyTorch im Online-Kurs.\n',
      'pytorch',
      false,
    ],
    ['EXPÉRIENCE\n2019 – 2024  Ingénieur sécurité, Brevanne SA\n• Supervision des journaux de sécurité sous Graylog.\n', 'security-monitoring', true],
    ['BERUFSERFAHRUNG\n2019 – 2024  Security Engineer, Ostwerk GmbH\n- Autorin des IT-Sicherheitsstandards für alle Standorte.\n', 'policy-development', true],
    [
      'BERUFSERFAHRUNG\n2019 – 2024  Security Engineer, Ostwerk GmbH\n- Checkov-Regelprüfungen für jedes Terraform-Modul als blockierender Schritt vor jeder Freigabe.\n',
      'devsecops',
      true,
    ],
    ['SKILLS\nSecurity reviews of chatbots and voice assistants\n', 'machine-learning', false],
  ])('%s → %s %s', (text, id, has) => {
    expect(ids(text).includes(id)).toBe(has);
  });
});

describe('the wrapped tail of a list item that names others’ building is no label of others’ work (convention 25)', () => {
  const entry = (tail: string) =>
    `EXPERIENCE\nStaff Product Security Engineer\nOrrin Labs · Leeds  03/2021 – Present\n• Threat-model the payment flows and the\n${tail}\n• Hand review of Go and Kotlin services for injection flaws\n• Mentor four security champions\n`;
  it.each([['  chat assistant built by the data team'], ['chat assistant built by the data team']])('%j', (tail) => {
    const ids = parseResume(entry(tail), { asOf }).skills.map((s) => s.id);
    expect(ids).toContain('go');
    expect(ids).toContain('mentoring');
  });
  it('still reads a heading after a blank line as a label', () => {
    const text =
      'EXPERIENCE\nProgramme Manager\nOrrin Labs · Leeds  03/2021 – Present\n• Ran the quarterly steering committee.\n\nPlatforms built by the partner integrators\n• Kubernetes clusters and Terraform modules\n';
    const ids = parseResume(text, { asOf }).skills.map((s) => s.id);
    expect(ids).not.toContain('kubernetes');
    expect(ids).not.toContain('terraform');
  });
});

describe("a label of an engagement's scope, of products sold or of the team's achievements lists no skill of the person's (convention 26)", () => {
  const job = (h: string, l: string) => `${h}\n01/2019 – 12/2025  Senior Advisor, Eastbay Insurance\n${l}`;
  it.each([
    [job('EXPERIENCE', '- Wrote the access control standard.\n- Platforms in scope: GCP, GKE, BigQuery – operated by the customer.\n'), ['gcp', 'kubernetes']],
    [
      job('EXPERIENCE', '- Ran the vendor risk reviews.\nSystems in scope of the audit (owned by IT): Okta, CrowdStrike Falcon, Snowflake\n'),
      ['identity-access-management', 'security-monitoring'],
    ],
    [job('BERUFSERFAHRUNG', '• Erstellung der Richtlinien.\nSysteme im Prüfungsumfang: Kubernetes, Terraform, MLflow\n'), ['kubernetes', 'terraform', 'mlops']],
    [
      job('EXPÉRIENCE PROFESSIONNELLE', '• Rédaction des politiques.\nOutils dans le périmètre de la mission : Kubernetes, Terraform\n'),
      ['kubernetes', 'terraform'],
    ],
    [
      job('EXPERIENCIA PROFESIONAL', '• Redacción de políticas.\nSistemas dentro del alcance de la auditoría: Kubernetes, Terraform\n'),
      ['kubernetes', 'terraform'],
    ],
    [
      job('EXPERIENCE', '- Closed 30 new accounts.\nSolutions I sold:\n  – Kubernetes runtime protection\n  – Terraform drift scanner\n'),
      ['kubernetes', 'terraform'],
    ],
    [
      job('BERUFSERFAHRUNG', '• Neukundengewinnung bei Banken und Versicherungen.\nVerkaufte Lösungen: Kubernetes-Plattform und die Terraform-Module\n'),
      ['kubernetes', 'terraform'],
    ],
    [job('EXPERIENCIA PROFESIONAL', '• Captación de cuentas.\nProductos vendidos: Kubernetes gestionado, módulos Terraform\n'), ['kubernetes', 'terraform']],
    [
      job(
        'EXPERIENCE',
        '- Hired six engineers.\nResults of my team (their engineering, not mine):\n- Moved 80 services onto Kubernetes and wrote the\nTerraform modules for the landing zone\n- Built the MLflow registry\n',
      ),
      ['kubernetes', 'terraform', 'mlops'],
    ],
    [
      job('BERUFSERFAHRUNG', '• Führung von 9 Mitarbeitenden.\nErfolge des Teams:\n• Migration auf Kubernetes\n• Terraform für alle Konten\n'),
      ['kubernetes', 'terraform'],
    ],
    [
      job('EXPÉRIENCE PROFESSIONNELLE', "• Management de 7 personnes.\nRéalisations de l'équipe :\n• Migration vers Kubernetes\n• Modules Terraform\n"),
      ['kubernetes', 'terraform'],
    ],
  ])('%j', (text, absent) => {
    const got = ids(text);
    for (const id of absent) expect(got).not.toContain(id);
  });

  it("keeps the person's own stack and leadership, and a list item's own words that name a team's results", () => {
    const got = ids(job('EXPERIENCE', '- Managed a team of 6 engineers.\nStack I use: Kubernetes, Terraform\n'));
    expect(got).toContain('kubernetes');
    expect(got).toContain('team-leadership');
    const item = ids(job('EXPERIENCE', '• Present red team results to the CISO every release\n• Mentored two new testers\n'));
    expect(item).toContain('mentoring');
  });
});

describe('a Spanish object taken up by a clitic before another party as the doer is their work (convention 25)', () => {
  const job = (l: string) => `EXPERIENCIA PROFESIONAL\n01/2019 – 12/2025  Responsable de servicio, Eastbay Seguros S.A.\n${l}`;
  it.each([
    [
      job('• Gestión del contrato con el proveedor y de sus comités mensuales.\n• La prueba de penetración anual la realizó un tercero acreditado.\n'),
      ['penetration-testing'],
    ],
    [
      job('• Coordinación de los docentes del programa.\n• Los cursos de Kubernetes y Terraform los imparten docentes externos.\n'),
      ['kubernetes', 'terraform'],
    ],
    [
      job('• Seguimiento de los acuerdos de nivel de servicio.\n• La migración del SIEM a Splunk la ejecutó el integrador con su equipo.\n'),
      ['security-monitoring'],
    ],
  ])('%j', (text, absent) => {
    const got = ids(text);
    for (const id of absent) expect(got).not.toContain(id);
  });
  it("keeps the person's own clause", () => {
    expect(ids(job('• Los scripts de PowerShell para el inventario los escribí yo misma en 2021.\n'))).toContain('bash');
  });
});

describe('a Spanish cybersecurity risk assessment in the singular ("evaluación del riesgo") is a security assessment (r89)', () => {
  const job = (l: string) => `EXPERIENCIA PROFESIONAL\n01/2019 – 12/2025  Analista de riesgos de terceros, Eastbay Seguros S.A.\n${l}`;
  it.each([
    '• Evaluación del riesgo de ciberseguridad de los proveedores críticos con cuestionarios propios.\n',
    '• Realicé la evaluación del riesgo de seguridad de cada nuevo servicio en la nube.\n',
    '• Evaluaciones del riesgo de ciberseguridad de 60 aplicaciones al año.\n',
  ])('%s', (line) => {
    expect(ids(job(line))).toContain('security-assessment');
  });
});

describe("a certification in a sentence whose subject is the person's team or a share of it is not held (convention 21)", () => {
  const certs = (text: string) => parseResume(text, { asOf }).certifications.map((c) => c.id);
  it.each([
    'SUMMARY\nI lead the platform group. Two of my engineers hold the CKA.\n',
    'SUMMARY\nI run the cloud team; my team holds the CISSP and the OSCP between them.\n',
    'PROFIL\nJe dirige la plateforme. Deux de mes ingénieurs ont la CKA.\n',
  ])('%j', (text) => {
    expect(certs(text)).toEqual([]);
  });
  it("keeps the person's own certification beside the team's", () => {
    expect(certs('SUMMARY\nI hold the CKA; my team holds the CKAD.\n')).toContain('cka');
  });
});

describe('a certification that the person mentors, coaches or sponsors others towards is theirs (convention 311)', () => {
  const read = (l: string) => {
    const p = parseResume(`EXPERIENCE\nSecurity Manager, Acme Ltd, 2020 – Present\n- ${l}\n`, { asOf });
    return { certs: p.certifications.map((c) => c.id), skills: p.skills.map((s) => s.id) };
  };
  it.each([
    'Mentor two SOC analysts through their GIAC GCIH preparation.',
    'Helped five analysts earn their CISSP.',
    "Sponsored the team's OSCP training.",
    'Coached three junior testers through CRT and OSCP.',
    "Mentorat des nouvelles recrues jusqu'à leur OSCP.",
    'Mentor de dos pentesters júnior en su preparación para el OSCP.',
    'Betreue zwei Analysten auf dem Weg zum CISSP.',
  ])('%j', (line) => {
    expect(read(line).certs).toEqual([]);
  });
  it('keeps the other skills of the sentence', () => {
    expect(read('Reviewed their Kubernetes manifests and coached them to the CKA.')).toEqual({ certs: [], skills: ['kubernetes', 'mentoring'] });
  });
  it.each(['Earned the CISSP in 2019.', 'Mentored by a senior tester through my OSCP.', 'IT Help Desk Technician, Security+ certified.'])(
    "keeps the person's own: %j",
    (line) => {
      expect(read(line).certs).toHaveLength(1);
    },
  );
  it('keeps a certification held elsewhere in the text', () => {
    const text = 'CERTIFICATIONS\nOSCP (2016)\n\nEXPERIENCE\nPentest Lead, Acme Ltd, 2020 – Present\n- Mentored two juniors through their OSCP.\n';
    expect(parseResume(text, { asOf }).certifications.map((c) => c.id)).toEqual(['oscp']);
  });
});

describe('an MLOps tool that is only the object of access set-up, and access management in a test of controls (r165)', () => {
  const job = (l: string) => `EXPERIENCE\n01/2019 – 12/2025  Identity Engineer, Acme Ltd\n- ${l}\n`;
  it.each(['Configured SAML SSO and role-based access for the annotation and MLflow portals.', 'Set up RBAC for the Kubeflow portal.'])(
    '%j gives no mlops',
    (line) => {
      expect(ids(job(line))).not.toContain('mlops');
    },
  );
  it('keeps a tool used', () => {
    expect(ids(job('Tracked experiments in MLflow and promoted models through its registry.'))).toContain('mlops');
  });
  it.each([
    'EXPÉRIENCE\n03/2019 – 06/2022  Auditrice, Banque SA\n  ▪ Tests des contrôles de gestion des accès et de gestion des changements.\n',
    'EXPERIENCIA\n03/2019 – 06/2022  Auditora, Banco SA\n  ▪ Pruebas de los controles de gestión de accesos y de gestión de cambios.\n',
  ])('%j gives no IAM', (text) => {
    expect(ids(text)).not.toContain('identity-access-management');
  });
  it('keeps access management run by the person', () => {
    expect(ids('EXPÉRIENCE\n03/2019 – 06/2022  Ingénieure IAM, Banque SA\n  ▪ Gestion des accès et des identités sous Okta.\n')).toContain(
      'identity-access-management',
    );
  });
});

describe('models "deployed" beside words of attacking or defending them are the models attacked, no deployment (r165)', () => {
  const job = (l: string) => `EXPERIENCE\nResearch Fellow, Univ, 2020 – Present\n  – ${l}\n`;
  it.each(['Research on attacks against and defences of deployed ML models.', 'Evasion attacks on deployed vision models.'])('%j', (line) => {
    expect(ids(job(line))).not.toContain('ml-deployment');
  });
  it.each(['Built and deployed ML models on SageMaker.', 'Trained and deployed models behind FastAPI.'])('keeps %j', (line) => {
    expect(ids(job(line))).toContain('ml-deployment');
  });
});

describe('a degree in the cell after a school cell of a table row is the row’s own', () => {
  const degrees = (text: string) => parseResume(text, { asOf }).education.map((e) => `${e.level}/${e.field}/${e.year ?? '-'}`);

  it.each([
    [
      'AUSBILDUNG\n10/2001 – 09/2007\tUniversität Elbstadt\tStudium der Informatik, Abschluss Diplom-Informatiker (Univ.), Note 2,0\n',
      ['master/computer-science/2007'],
    ],
    ['EDUCATION\n2009 – 2013   Northfield State University   Four-year programme, Bachelor of Science in Physics\n', ['bachelor/physics/2013']],
  ])('%s', (text, want) => {
    expect(degrees(text)).toEqual(want);
  });

  it('not when no earlier cell names a school', () => {
    expect(degrees('EDUCATION\n2009 – 2013   Evening classes at the Riverside hall   Four-year programme, Bachelor of Science in Physics\n')).toEqual([]);
  });
});

describe('a double degree whose name gives its first field names the second after "and"', () => {
  const degrees = (text: string) => parseResume(text, { asOf }).education.map((e) => `${e.level}/${e.field}`);

  it('reads both subjects of a Spanish double degree', () => {
    expect(degrees('EDUCACIÓN\nDoble Grado en Derecho y en Administración y Dirección de Empresas, Universidad de Valdemora, 2015\n')).toEqual([
      'bachelor/law',
      'bachelor/business',
    ]);
  });

  it('reads one degree when the name is no double degree', () => {
    expect(degrees('EDUCACIÓN\nGrado en Derecho y Empresa, Universidad de Valdemora, 2015\n')).toEqual(['bachelor/law']);
  });
});

describe('audiences, directories and model validation', () => {
  const job = (line: string) => `EXPERIENCE\nSecurity Engineer, Acme  2020 – 2024\n- ${line}`;
  it.each([
    // Model risk named as the party results go to is an audience; model risk work of one's own still counts.
    [job('Briefed the head of security and the model risk forum on open red-team findings each quarter.'), 'ai-governance', false],
    [job('Presented the evasion-test results to the CIO and the model risk board.'), 'ai-governance', false],
    [job('Owned model risk tiering for the scoring models in the credit book.'), 'ai-governance', true],
    // Independent validation of models is model risk management; a team of validators others belong to is not.
    ['EXPERIENCE\nQuant Analyst, Acme  2020 – 2024\n- Independent validation of eleven pricing and churn models each year.', 'ai-governance', true],
    ['EXPERIENCE\nData Scientist, Acme  2020 – 2024\n- Wrote model documentation for the independent validation team.', 'ai-governance', false],
    // A Microsoft directory (Entra ID, Azure AD) is identity work, no evidence of the Azure cloud.
    [job('Quarterly access reviews of on-premises AD and Entra ID groups.'), 'azure', false],
    [job('Conditional access policies in Azure Active Directory for 900 staff.'), 'azure', false],
    [job('Conditional access policies in Azure Active Directory for 900 staff.'), 'identity-access-management', true],
    [job('Hardened Azure subscriptions with Azure Policy and Entra ID groups.'), 'azure', true],
  ])('%s → %s %s', (text, id, want) => {
    expect(ids(text).includes(id)).toBe(want);
  });
});

describe('generic or borrowed security words that name no security skill of the person (issue 9, convention 30)', () => {
  const has = (text: string, id: string) => ids(text).includes(id);

  it.each([
    // A cloud IAM policy is cloud security, no identity and access management.
    ['EXPERIENCE\nPlatform Engineer, Ostwind Data  01/2020 – 12/2024\n- Granted least-privilege IAM to each build job on GCP\n', 'identity-access-management'],
    ['EXPERIENCE\nCloud Engineer, Ostwind Data  01/2020 – 12/2024\n- Nightly checks of IAM bindings on every project\n', 'identity-access-management'],
    [
      'EXPERIENCE\nCloud Engineer, Ostwind Data  01/2020 – 12/2024\n- Rolled out SCPs, IAM Access Analyzer and GuardDuty in 30 accounts\n',
      'identity-access-management',
    ],
    // An offensive "audit" (a pentest mission) and a quality-system audit are no internal or IT audit.
    ["EXPÉRIENCE\nPentesteur, Cabinet Orme  01/2019 – 12/2024\n- Audits web et API, tests d'intrusion applicatifs\n", 'audit'],
    ['EXPERIENCIA\nPentester, Orme Seguridad  01/2019 – 12/2024\n- Auditorías de Directorio Activo con BloodHound\n', 'audit'],
    ['EXPERIENCE\nPlant Manager, Orme Foods  01/2019 – 12/2024\n- Site lead for the ISO 9001 and ISO 45001 audits\n', 'audit'],
    ['PUBLICATIONS\nA. Author. "Auditing LLM agents for hidden instructions." Workshop paper, 2024.\n', 'audit'],
    // A department named as a partner or in an org chart is no skill.
    ['EXPERIENCE\nHead of AI, Orme Bank  01/2019 – 12/2024\n- Chair the AI council together with Legal and Privacy\n', 'privacy'],
    ['ERFAHRUNG\nKI-Leiter, Orme Bank  01/2019 – 12/2024\n- Freigabe neuer Modelle gemeinsam mit Recht und Datenschutz\n', 'privacy'],
    ['EXPERIENCE\nCISO, Orme Bank  01/2019 – 12/2024\n- Lead a 30-person organisation (SOC, GRC, AppSec) through three managers\n', 'application-security'],
    // A foundation course named in a certifications list is its topic only.
    ['CERTIFICATIONS\nISO/IEC 27001 Foundation (2022)\n', 'security-compliance'],
    // Red teaming of models with evasion or poisoning, and a red team exercise commissioned from outside, are no pentest.
    ['EXPERIENCE\nML Engineer, Orme  01/2019 – 12/2024\n- Ran red-team drills with poisoning of the training corpus\n', 'penetration-testing'],
    ['EXPERIENCE\nSecurity Manager, Orme  01/2019 – 12/2024\n- Commission a yearly external red team exercise and track its outcome\n', 'penetration-testing'],
    ['ERFAHRUNG\nPlattform-Ingenieur, Orme  01/2019 – 12/2024\n- Behebung der Befunde aus den externen Penetrationstests\n', 'penetration-testing'],
    // Identity products named as log sources of someone's monitoring are no IAM work.
    ['EXPERIENCE\nSOC Engineer, Orme  01/2019 – 12/2024\n- Connected log sources (Okta, firewalls, AD) to the SIEM\n', 'identity-access-management'],
  ])('%s gives no %s', (text, id) => {
    expect(has(text, id)).toBe(false);
  });

  it.each([
    ['EXPERIENCE\nIAM Engineer, Orme  01/2019 – 12/2024\n- Rolled out Okta SSO and MFA for 4,000 staff\n', 'identity-access-management'],
    ['EXPERIENCE\nIT Auditor, Orme  01/2019 – 12/2024\n- Internal audits of ISO 27001 controls and audit evidence\n', 'audit'],
    ['EXPÉRIENCE\nAuditrice, Cabinet Orme  01/2019 – 12/2024\n- Audits internes ISO 27001 : tests des contrôles, preuves d’audit\n', 'audit'],
    ['EXPERIENCE\nPenetration Tester, Orme  01/2019 – 12/2024\n- Red team engagements against banks: phishing, lateral movement\n', 'penetration-testing'],
    ['SKILLS\nISO 27001, PCI DSS, SOC 2\n', 'security-compliance'],
    ['EXPERIENCE\nDPO, Orme  01/2019 – 12/2024\n- Privacy impact assessments for new products\n', 'privacy'],
  ])('%s still gives %s', (text, id) => {
    expect(has(text, id)).toBe(true);
  });

  it('reads "más de N años en seguridad ofensiva y auditoría técnica" as security years', () => {
    const p = parseResume('Resumen\nMás de 6 años en seguridad ofensiva y auditoría técnica.\n', { asOf });
    expect(p.experience.claims.filter((c) => c.subject === 'securityYears').map((c) => c.years)).toEqual([6]);
  });
});

describe('supervising students and apprentices, and pentest "audits", in German, French and Spanish (translations)', () => {
  it.each([
    ['- Betreuung der drei Lernenden im Netzwerkteam', 'mentoring'],
    ['- Betreuung von 5 studentischen Hilfskräften', 'mentoring'],
    ['- Ko-Betreuung von drei Doktorierenden', 'mentoring'],
    ['- Tutor de tres aprendices del área de redes', 'mentoring'],
    ['- Tutora de 2 estudiantes de máster', 'mentoring'],
    ['- Encadrement de 3 étudiants de master en stage de recherche', 'mentoring'],
    // Supervising theses is mentoring in German as in English (convention 16).
    ['- Betreuung von Abschlussarbeiten (8 Master-Studierende)', 'mentoring'],
    // Deploying models, said as English says it: deployment next to Azure Machine Learning or a serving tool, models deployed.
    ['- Pipelines de entrenamiento y despliegue en Azure Machine Learning', 'ml-deployment'],
    ["- Chaîne d'entraînement et de déploiement dans Azure Machine Learning", 'ml-deployment'],
    ['- Modelos desplegados como endpoints gestionados', 'ml-deployment'],
    ['- Modèles déployés sur des endpoints gérés', 'ml-deployment'],
  ])('%s → %s', (line, id) => {
    expect(ids(`EXPERIENCE\nEngineer, Acme AG  01/2020 – 12/2023\n${line}`)).toContain(id);
  });

  it.each([
    // A pentester's "audit" of a web application, an API, a phone app or an internal network is a security test, no audit work.
    ["- Missions d'audit d'applications web et mobiles pour des clients bancaires", 'audit'],
    ['- Tests d’API et audits du réseau interne de clients industriels', 'audit'],
    ['- Audits en boîte blanche de microservices Go', 'audit'],
    ['- Auditorías de caja blanca de servicios Go con revisión manual', 'audit'],
    // Least-privilege IAM on a cloud platform is cloud configuration, as "IAM roles" and "IAM policies" already are.
    ['- Terraform für das Projekt; IAM nach dem Least-Privilege-Prinzip', 'identity-access-management'],
    ['- Terraform para el proyecto; IAM de mínimo privilegio por servicio', 'identity-access-management'],
    ['- Terraform pour le projet ; IAM au moindre privilège par service', 'identity-access-management'],
    ['- Least-privilege IAM for the data lake accounts', 'identity-access-management'],
    // "l'encadrement juridique" is a legal framework (supervising theses is mentoring, convention 16).
    ["- Mémoire sur l'encadrement juridique des décisions automatisées", 'mentoring'],
    ['- A required gate before model deployment; les modèles déployés passent la revue', 'ml-deployment'],
    ['- Revue de sécurité des modèles déployés avant la mise en production', 'ml-deployment'],
    ['- Modelado de amenazas del despliegue en Azure Machine Learning', 'ml-deployment'],
  ])('%s ↛ %s', (line, id) => {
    expect(ids(`EXPERIENCE\nPentester, Acme AG  01/2020 – 12/2023\n${line}`)).not.toContain(id);
  });

  it.each([
    ['- Internal audit of the access reviews and change management controls', 'audit'],
    ['- Okta SSO and IAM for 2,000 employees', 'identity-access-management'],
  ])('%s → %s still', (line, id) => {
    expect(ids(`EXPERIENCE\nIT Auditor, Acme AG  01/2020 – 12/2023\n${line}`)).toContain(id);
  });
});

describe('C and C++ named with a standard or in a driver line', () => {
  it.each([
    ['Radar tracking code in C++17 with unit tests in GoogleTest', 'c-cpp'],
    ['Modern C++20 services for the order book', 'c-cpp'],
    ['Linux-Treiber in C für die Messkarten', 'c-cpp'],
    ['Reference implementation in C of the signature scheme', 'c-cpp'],
  ])('%s → %s', (text, id) => {
    expect(ids(`EXPERIENCE\nEngineer  Jan 2020 – Present\n- ${text}`)).toContain(id);
  });
  it('dates the years of an entry that names C++14 only', () => {
    const text =
      'EXPERIENCE\nSignal Engineer  Jan 2018 – Dec 2020\n- C++14 signal chains for sonar arrays\n\nData Engineer  Jan 2021 – Present\n- Airflow jobs';
    expect(skill(text, 'c-cpp')?.years).toBe(3);
  });
  it('reads no C in an annex or a grade', () => {
    expect(ids('EXPERIENCE\nAuditor  Jan 2020 – Present\n- Implemented the controls listed in Annex C')).not.toContain('c-cpp');
    expect(ids('EXPERIENCE\nAnalyst  Jan 2020 – Present\n- Implementation of grade C supplier reviews')).not.toContain('c-cpp');
  });
});

describe('a German IT auditor title (IT-Revisor, IT-Revisorin)', () => {
  it.each(['IT-Revisorin (Schwerpunkt Rechenzentren)', 'IT-Revisor, ab 2019 Senior IT-Revisor'])('%s → audit', (title) => {
    const text = `BERUFSERFAHRUNG\n01/2015 – 12/2019  ${title}\nSparkasse Nord, Kiel\n- Berichte an den Vorstand.\n`;
    expect(skill(text, 'audit')?.years).toBe(5);
  });
});

describe('a list item that says the person did none of its hands-on work gives no skill bar leadership and governance (convention 39)', () => {
  const job = (h: string, l: string) => `${h}\n02/2018 – 12/2025  Delivery Director, Harlow Analytics\n${l}`;
  it.each([
    [
      job(
        'EXPERIENCE',
        '- Headed eight developers who put the feature store on Kubernetes with Terraform; I stopped writing production code in 2018\n- Ran the budget\n',
      ),
      ['kubernetes', 'terraform'],
    ],
    [
      job('EXPERIENCE', '- Steered the Snowflake and Airflow migration for a retailer; the vendor did the implementation, I kept the plan\n'),
      ['data-engineering'],
    ],
    [job('EXPERIENCE', '- Reviewed the model registry design (MLflow on GKE). Technical testing was not performed by my unit.\n'), ['mlops', 'gcp']],
    [
      job('BERUFSERFAHRUNG', '• Leitung von 5 Entwicklern beim Aufbau der Plattform (Kubernetes, Terraform); seitdem habe ich keinen Code mehr geschrieben\n'),
      ['kubernetes', 'terraform'],
    ],
    [
      job('EXPÉRIENCE PROFESSIONNELLE', '• Pilotage de la plateforme de données (Kubernetes, Terraform) ; je ne code plus depuis 2017\n'),
      ['kubernetes', 'terraform'],
    ],
    [job('EXPERIENCIA PROFESIONAL', '• Dirección de la plataforma de datos (Kubernetes, Terraform); ya no programo desde 2017\n'), ['kubernetes', 'terraform']],
    // "they ran the review": the party the person worked with did the work the item names.
    [
      job('EXPERIENCE', '- Worked with the AppSec team on their threat model of the feature store: they ran the review, my team implemented the fixes.\n'),
      ['threat-modeling'],
    ],
    [
      job(
        'EXPÉRIENCE PROFESSIONNELLE',
        "• Travail avec l'équipe AppSec sur son threat model du feature store : ils ont mené la revue, mon équipe a corrigé.\n",
      ),
      ['threat-modeling'],
    ],
  ])('%j', (text, absent) => {
    const got = ids(text);
    for (const id of absent) expect(got).not.toContain(id);
  });

  it('keeps leadership in such an item, and the hands-on items around it', () => {
    const got = ids(
      job(
        'EXPERIENCE',
        '- Led a team of nine engineers on the Kubernetes platform; I no longer write code\n- Wrote the Terraform modules for the sandbox accounts myself\n',
      ),
    );
    expect(got).toContain('team-leadership');
    expect(got).toContain('terraform');
    expect(got).not.toContain('kubernetes');
  });

  it('reads a person who did the configuration as hands-on', () => {
    expect(ids(job('EXPERIENCE', '- Rolled out Okta SSO for 3,000 staff; I did the configuration and the cut-over\n'))).toContain('identity-access-management');
  });
});

describe("a label naming what the person's squads or teams shipped lists no skill of the person's (convention 39)", () => {
  const job = (h: string, l: string) => `${h}\n02/2018 – 12/2025  Head of Data, Harlow Analytics\n${l}`;
  it.each([
    [
      job('EXPERIENCE', '- Grew the group to 14 people\n- My squads shipped:\n  – a churn service (PyTorch on EKS)\n  – the Kafka event backbone\n'),
      ['pytorch', 'kubernetes', 'data-engineering'],
    ],
    [
      job('BERUFSERFAHRUNG', '• Aufbau der Gruppe auf 14 Personen\n• Meine Teams haben geliefert:\n  – Churn-Service (PyTorch auf EKS)\n  – Kafka-Backbone\n'),
      ['pytorch', 'kubernetes', 'data-engineering'],
    ],
    [
      job(
        'EXPÉRIENCE PROFESSIONNELLE',
        "• Croissance de l'équipe à 14 personnes\n• Mes équipes ont livré :\n  – un service de churn (PyTorch sur EKS)\n  – le socle Kafka\n",
      ),
      ['pytorch', 'kubernetes', 'data-engineering'],
    ],
    [
      job(
        'EXPERIENCIA PROFESIONAL',
        '• Crecimiento del grupo a 14 personas\n• Mis equipos entregaron:\n  – un servicio de churn (PyTorch en EKS)\n  – la plataforma Kafka\n',
      ),
      ['pytorch', 'kubernetes', 'data-engineering'],
    ],
  ])('%j', (text, absent) => {
    const got = ids(text);
    for (const id of absent) expect(got).not.toContain(id);
  });

  it('keeps a team sentence that goes on to the person’s own part', () => {
    const got = ids(job('EXPERIENCE', '- My team built and runs the scoring service: I wrote its first PyTorch version\n'));
    expect(got).toContain('pytorch');
  });
});

describe('a list of capitalised team names before "teams" or after "los equipos de" names teams, no skills (convention 39)', () => {
  it.each([
    'PROFILE\nI chair the portfolio board; the SOC, IAM, AppSec and Cloud Security teams run the tools, and I keep them funded.\n',
    'PERFIL\nCoordino el portfolio; los equipos de SOC, IAM, AppSec y Cloud Security operan las herramientas y yo las financio.\n',
    'PROFIL\nJe coordonne le portefeuille avec les équipes SOC, IAM, AppSec et Cloud Security, qui opèrent les outils.\n',
    // A name with a letter beyond ASCII: the list is read with the Unicode classes, not their ASCII twins.
    'PROFILE\nI fund the platform; the Ops, Réseau, AppSec and Cloud Security teams run the tools day to day.\n',
  ])('%j', (text) => {
    const got = ids(text);
    for (const id of ['security-monitoring', 'application-security', 'cloud-security']) expect(got).not.toContain(id);
  });

  it('keeps tools listed without a team word after them', () => {
    expect(ids('PROFILE\nI wrote detection rules in Splunk, Sentinel and Chronicle for the SOC.\n')).toContain('security-monitoring');
  });
});

describe("a clause saying an engagement's scope or a shift's alerts covered the clients' systems lists no skill of the person's (convention 39)", () => {
  const job = (h: string, l: string) => `${h}\n02/2018 – 12/2025  Senior Associate, Morrow Assurance\n${l}`;
  it.each([
    [job('EXPERIENCE', "- Scope covered clients' GCP projects and Kubernetes clusters; I wrote the findings\n"), ['gcp', 'kubernetes']],
    [job('EXPERIENCE', '- Alerts covered customer tools such as Palo Alto firewalls and Zscaler\n'), ['network-security']],
    [job('BERUFSERFAHRUNG', '• Der Prüfumfang umfasste Kundensysteme wie GCP und Kubernetes; ich schrieb die Berichte\n'), ['gcp', 'kubernetes']],
    [
      job('EXPÉRIENCE PROFESSIONNELLE', '• Le périmètre couvrait les environnements des clients (GCP, Kubernetes) ; rédaction des rapports\n'),
      ['gcp', 'kubernetes'],
    ],
    [job('EXPERIENCIA PROFESIONAL', '• El alcance cubría los entornos de los clientes (GCP, Kubernetes); redacté los informes\n'), ['gcp', 'kubernetes']],
  ])('%j', (text, absent) => {
    const got = ids(text);
    for (const id of absent) expect(got).not.toContain(id);
  });

  it("keeps the person's own clause after the scope", () => {
    expect(ids(job('EXPERIENCE', "- Scope covered clients' GCP projects; I built the Terraform checks for them\n"))).toContain('terraform');
  });
});

describe('an abbreviation with a full stop inside a sentence of securing work', () => {
  it.each([
    ['- Ran penetration tests of the claims portal incl. the chatbot on Amazon Bedrock', false],
    ['- Ran penetration tests of the claims portal, e.g. the chatbot on Amazon Bedrock', false],
    ['- Ran penetration tests of the claims portal. Built a chatbot on Amazon Bedrock', true],
  ])('%s', (line, has) => {
    expect(ids(`EXPERIENCE\nSecurity Engineer, Acme  2020 – 2024\n${line}`).includes('llm-applications')).toBe(has);
  });
});

describe("an abbreviation's full stop inside another party's clause", () => {
  it.each([
    ['- The platform team operates the clusters incl. the Terraform modules', false],
    ['- The platform team operates the clusters. Wrote the Terraform modules', true],
  ])('%s', (line, has) => {
    expect(ids(`EXPERIENCE\nSecurity Engineer, Acme  2020 – 2024\n${line}`).includes('terraform')).toBe(has);
  });
});

describe('cues of skills left to others, on a learning list or known only by awareness', () => {
  it.each([
    // English
    ['SUMMARY\nBackend developer writing Python services. Kubernetes is still on my reading list for next year.', ['python']],
    ['SUMMARY\nGo developer on payment services. Terraform is on my to-learn list.', ['go']],
    ['SUMMARY\nGo developer on payment services; I leave Kubernetes work to the platform group.', ['go']],
    ['SUMMARY\nPython developer for billing services; we leave prompt injection testing to the vendor.', ['python']],
    ['SKILLS\nPython – strong\nLLM security (OWASP LLM Top 10) – awareness only', ['python']],
    ['SKILLS\nGo – daily use\nKubernetes – familiarity through vendor training, not hands-on', ['go']],
    // German
    ['PROFIL\nEntwickler für Python-Dienste. Kubernetes steht noch auf meiner Lernliste.', ['python']],
    ['PROFIL\nPython-Entwickler. Ich überlasse den Betrieb von Kubernetes dem Plattformteam.', ['python']],
    ['PROFIL\nPython-Entwickler. Kubernetes überlassen wir dem Plattformteam.', ['python']],
    // French
    ["PROFIL\nDéveloppeur Python. Kubernetes est encore sur ma liste d'apprentissage.", ['python']],
    ["PROFIL\nDéveloppeur Python. Je laisse Kubernetes à l'équipe plateforme.", ['python']],
    ['COMPÉTENCES\nPython – avancé\nOWASP LLM Top 10 – connaissances acquises via les formations internes', ['python']],
    // Spanish
    ['PERFIL\nDesarrollador Python. Kubernetes está todavía en mi lista de aprendizaje.', ['python']],
    ['PERFIL\nDesarrollador Python. Le dejo Kubernetes al equipo de plataforma.', ['python']],
  ])('%s', (text, expected) => {
    expect(ids(text).sort()).toEqual(expected);
  });

  it('keeps the skills a line names before such a cue ends its reach', () => {
    expect(ids('SUMMARY\nBuilt Kubernetes operators in Go. Terraform is on my learning list.').sort()).toEqual(['go', 'kubernetes']);
    expect(ids('SKILLS\nPython – expert, six years in production\nLLM security – awareness only').sort()).toEqual(['python']);
  });
});

describe('degrees, certificates and clearances as the world writes them (r110)', () => {
  const edu = (text: string) => parseResume(text, { asOf }).education.map((e) => `${e.level}/${e.field}`);
  const certs = (text: string) => parseResume(text, { asOf }).certifications.map((c) => c.id);

  it("reads a degree's project, mini-project or Projekt named after it as no degree", () => {
    const en = 'EDUCATION\nB.E. Electronics — Coastal Institute of Engineering, 2011 – 2015\nB.E. Mini-project (2014): a line-following robot.\n';
    expect(edu(en)).toEqual(['bachelor/electrical-engineering']);
    const de = 'AUSBILDUNG\nM.Sc. Informatik — Hochschule Nordhafen, 2016 – 2018\nM.Sc.-Projekt (2018): Erkennung von Phishing-Seiten.\n';
    expect(edu(de)).toEqual(['master/computer-science']);
  });

  it('reads a degree whose school and years wrap onto the next line as a degree of its own', () => {
    const text =
      'EDUCATION\n  Master of Laws (taught in English) — Lakeview University   2016 – 2017\n  Master en droit des affaires (Bac+5; second master)\n     — Université Rivebelle                                   2014 – 2016\n';
    expect(edu(text)).toEqual(['master/law', 'master/law']);
  });

  it("takes the field of the writer's own translation in brackets after a degree's name and subject", () => {
    const summary = 'SUMMARY\nEmbedded software engineer who has worked on the firmware of industrial controllers for the last eight years.\n\n';
    expect(edu(`${summary}EDUCATION\nGrado en Ingeniería Informática (4-yr B.Eng., Computer Engineering) — Universidad del Sur, 2015\n`)).toEqual([
      'bachelor/computer-engineering',
    ]);
    expect(edu(`${summary}EDUCATION\nGrado en Ingeniería Informática — Universidad del Sur, 2015\n`)).toEqual(['bachelor/computer-science']);
    // In a Spanish CV the Spanish name is the résumé's own: an English name in brackets after it changes nothing.
    const resumen = 'PERFIL\nIngeniero de software embebido que ha trabajado en el firmware de controladores industriales durante los últimos ocho años.\n\n';
    expect(edu(`${resumen}FORMACIÓN\nGrado en Ingeniería Informática (4-yr B.Eng., Computer Engineering) — Universidad del Sur, 2015\n`)).toEqual([
      'bachelor/computer-science',
    ]);
  });

  it('reads "caduque" after a certification in French as not held', () => {
    expect(certs('CERTIFICATIONS\n  CompTIA Security+ .......... 2018, caduque depuis 2021\n  ISC2 CISSP .......... 2022\n')).toEqual(['cissp']);
  });

  it('dates a certification by an apostrophe year, so that a later one of its id outweighs an older lapse', () => {
    const text =
      "CERTIFICATIONS\nAWS Certified Machine Learning Engineer – Associate (Feb'25)\nAWS Certified Machine Learning – Specialty (2019; expired 2022)\n";
    expect(certs(text)).toEqual(['aws-ml-specialty']);
    expect(parseResume(text, { asOf }).certifications[0]?.year).toBe(2025);
  });

  it('reads a lapse told on the next line, before a screening named there, as the lapse of the clearance above', () => {
    const fr =
      'HABILITATION\nHabilitation : UK SC détenue de 2017 à 2019 pour un client de\nla défense (expirée à la fin de la mission) ; BPSS uniquement aujourd’hui.\n';
    expect(parseResume(fr, { asOf }).clearance).toBeNull();
    const en = 'CLEARANCE\nHeld UK SC from 2017 to 2019 for a defence client and\n(lapsed at the end of the contract); BPSS only today.\n';
    expect(parseResume(en, { asOf }).clearance).toBeNull();
  });
});

describe('a willingness to undergo vetting wrapped onto the line of the level (r110)', () => {
  it('reads "bereit zur" over "Sicherheitsüberprüfung Ü2" as no clearance held', () => {
    const text =
      'PROFIL\nIch bin Sicherheitsforscher und arbeite seit Jahren an der Absicherung von Modellen.\n\nSICHERHEITSÜBERPRÜFUNG\nDerzeit keine; bereit zur\nSicherheitsüberprüfung Ü2,\nfalls erforderlich.\n';
    const p = parseResume(text, { asOf });
    expect(p.clearance).toBeNull();
    expect(p.clearances.map((c) => [c.level, c.status])).toEqual([['secret', 'eligible']]);
  });
});

describe('statuses of degrees, certificates and clearances in the words the older sets use', () => {
  const edu = (text: string) => parseResume(text, { asOf }).education.map((e) => `${e.level}/${e.field}`);
  const certs = (text: string) => parseResume(text, { asOf }).certifications.map((c) => c.id);

  it('reads "exp." before a past date, and a goal, as no certification held', () => {
    expect(certs('CERTIFICATIONS\n• CompTIA Security+ – 2023\n• Certified Kubernetes Administrator (CKA) – exp. 03/2025\n')).toEqual(['security-plus']);
    expect(certs('CERTIFICATIONS\n▪ CompTIA Security+ – 2024\n▪ OSCP (goal for 2027)\n')).toEqual(['security-plus']);
  });

  it('reads a French clearance application still being examined as not held', () => {
    const text = 'HABILITATION\nHabilitation : niveau Secret — demande en cours d’instruction (dossier déposé en mars 2026)\n';
    const p = parseResume(text, { asOf });
    expect(p.clearance).toBeNull();
    expect(p.clearances.every((c) => c.status === 'eligible')).toBe(true);
  });

  it('reads a willingness to undergo vetting in Spanish and French as no clearance held', () => {
    const es =
      'PERFIL\nIngeniera de seguridad con nueve años en defensa.\n\nHABILITACIÓN\nNinguna por ahora; dispuesta a someterme a la habilitación Secret si el puesto lo exige.\n';
    const fr =
      "PROFIL\nIngénieure sécurité depuis neuf ans dans la défense.\n\nHABILITATION\nAucune pour l'instant ; prête à me soumettre à une habilitation Secret si le poste l'exige.\n";
    for (const text of [es, fr]) {
      const p = parseResume(text, { asOf });
      expect(p.clearance).toBeNull();
      expect(p.clearances.length).toBeGreaterThan(0);
      expect(p.clearances.every((c) => c.level === 'secret' && c.status === 'eligible')).toBe(true);
    }
  });

  it('reads the words up to a semicolon as the clause of the level before it, commas and all', () => {
    const fr =
      'PROFIL\nIngénieur sécurité.\n\nHABILITATION\nHabilitation Secret Défense obtenue en 2014, expirée en 2019 ; habilitation Confidentiel Défense en cours de validité\n';
    expect(parseResume(fr, { asOf }).clearances.map((c) => c.status)).toEqual(['lapsed', 'lapsed', 'active']);
    const en = 'SUMMARY\nSecurity engineer.\n\nCLEARANCE\nTop Secret, lapsed in 2019; Secret, active\n';
    expect(parseResume(en, { asOf }).clearances.map((c) => `${c.level}:${c.status}`)).toEqual(['top-secret:lapsed', 'secret:active']);
    // With no semicolon between them, a comma still parts two levels: "Active Secret, lapsed TS/SCI".
    const comma = 'SUMMARY\nSecurity engineer.\n\nCLEARANCE\nActive Secret, lapsed TS/SCI\n';
    expect(parseResume(comma, { asOf }).clearances.map((c) => `${c.level}:${c.status}`)).toEqual(['secret:active', 'ts-sci:lapsed']);
  });

  it('reads a lapse whose bracket closes on the line after the clause', () => {
    const text = 'SUMMARY\nSecurity manager.\n\nMILITARY\nUS Navy, 2002 – 2006\nHeld a Secret clearance\nduring my service (no longer\nactive)\n';
    const p = parseResume(text, { asOf });
    expect(p.clearance).toBeNull();
    expect(p.clearances.map((c) => c.status)).toEqual(['lapsed']);
  });

  it('reads "sécurité des systèmes" and "Systemsicherheit" as the field of security', () => {
    const fr = "PROFIL\nIngénieure logicielle depuis huit ans dans l'industrie.\n\nFORMATION\nMaster 2 Sécurité des systèmes, Université de Brest, 2017\n";
    expect(edu(fr)).toEqual(['master/cybersecurity']);
    const de = 'PROFIL\nSoftwareentwicklerin mit acht Jahren Erfahrung in der Industrie.\n\nAUSBILDUNG\nM.Sc. Systemsicherheit, Universität Nordstadt, 2016\n';
    expect(edu(de)).toEqual(['master/cybersecurity']);
  });

  it("reads the teachers' second state exam as a professional qualification, no degree", () => {
    const text =
      'PROFIL\nLehrerin und Datenanalystin mit Erfahrung in Schulen und in der Industrie.\n\nAUSBILDUNG\n2016  Zweites Staatsexamen für das Lehramt an Gymnasien\n2012 – 2014  Master of Education (M.Ed.) Chemie/Biologie, Universität Halle\n';
    expect(edu(text)).toEqual(['master/other']);
  });

  it("reads the lawyers' second state exam as a professional qualification, the first one as the law degree (convention 96)", () => {
    const text =
      'PROFIL\nJuristin mit Erfahrung in Kanzleien und im Unternehmen.\n\nAUSBILDUNG\n2016  Zweite Juristische Staatsprüfung, OLG Celle\n2008 – 2013  Erste Juristische Prüfung, Universität Kiel\n';
    expect(edu(text)).toEqual(['master/law']);
    const exam =
      'PROFIL\nJurist mit Erfahrung in Kanzleien.\n\nAUSBILDUNG\n2015  Zweites juristisches Staatsexamen\n2012  Erstes juristisches Staatsexamen, Universität Bonn\n';
    expect(edu(exam)).toEqual(['master/law']);
  });

  it('reads a degree under a dated record of study as its own, though a degree of the same level and field stands above', () => {
    const text =
      'PROFIL\nJuristin mit Erfahrung in Kanzleien und im Unternehmen.\n\nAUSBILDUNG\n09/2012 – 08/2013  LL.M. in Medienrecht, Universität Tessenau\n10/2007 – 07/2012  Studium der Rechtswissenschaft, Universität Kiel\n                   Abschluss: Erste Juristische Prüfung\n';
    expect(edu(text)).toEqual(['master/law', 'master/law']);
  });

  it('reads the years of an engineering degree studied as an apprentice as no degree in progress', () => {
    const text =
      "PROFIL\nIngénieur logiciel depuis quatre ans dans l'industrie.\n\nFORMATION\n 2016 – 2021 — École Centrale de Nantes\n Diplôme d'ingénieur, option Informatique (grade de Master)\n 4e et 5e années en alternance\n";
    expect(edu(text)).toEqual(['master/computer-science']);
  });

  it('reads a specialisation in progress on the line under a degree as an item of its own', () => {
    const text =
      'PERFIL\nAbogado con seis años de experiencia en protección de datos.\n\nFORMACIÓN\nAbogado – Universidad Nacional, Facultad de Derecho. Grado: 2017\nEspecialización en Derecho Informático – Universidad Central (en curso)\n';
    expect(edu(text)).toEqual(['bachelor/law']);
  });
});

describe('cues that leave a skill to others or to a later day: area words, fronted objects, students, compounds', () => {
  const heads = {
    en: ['EXPERIENCE', 'Platform Engineer, Norvale Systems', 'Wrote Go services for the billing backend.'],
    es: ['EXPERIENCIA LABORAL', 'Ingeniera de plataforma, Norvale Systems', 'Desarrollé servicios en Go para la facturación de la empresa.'],
    fr: ['EXPÉRIENCE PROFESSIONNELLE', 'Ingénieure plateforme, Norvale Systems', 'Développement de services Go pour la facturation de la société.'],
    de: ['BERUFSERFAHRUNG', 'Plattform-Ingenieurin, Norvale Systems', 'Entwicklung von Go-Diensten für die Abrechnung der Firma.'],
  } as const;
  const job = (lang: keyof typeof heads, line: string) => {
    const [heading, title, own] = heads[lang];
    return `${heading}\n${title}\n03/2021 - 09/2025\n- ${line}\n- ${own}\n`;
  };
  it.each([
    ['en', "Feature drift checks and model monitoring are the analysts' area, not mine."],
    ['en', 'Inference monitoring is their turf; I do the serving images only.'],
    ['en', 'Read PyTorch training loops (reading other people’s code only) to package them.'],
    ['en', 'Pupils trained object detectors in TensorFlow during the robotics club.'],
    ['es', 'La monitorización de modelos es terreno del equipo de datos.'],
    ['es', 'El despliegue de modelos lo hacen otra área y su equipo.'],
    ['es', 'La detección de drift es cosa de los analistas, no mía.'],
    ['fr', 'Les élèves ont entraîné des réseaux de neurones avec TensorFlow.'],
    ['fr', "La surveillance des modèles est le domaine de l'équipe data."],
    ['de', 'Modellmonitoring fassen wir nicht an, das macht der Fachbereich.'],
    ['de', 'Das Plattformteam betreibt Kubernetes für alle Dienste.'],
  ] as const)('%s: %s', (lang, line) => {
    expect(ids(job(lang, line)).sort()).toEqual(['go']);
  });

  it('reads "no es mi responsabilidad:" as a label of what the person does not do', () => {
    const text = `${job('es', 'Entreno modelos de previsión con scikit-learn.')}\nINFORMACIÓN ADICIONAL\nNo es mi responsabilidad: monitorización de modelos (equipo de plataforma).\n`;
    expect(ids(text)).not.toContain('model-monitoring');
    expect(ids(text)).toContain('machine-learning');
  });

  it('keeps the skills the person does in the same sentence', () => {
    expect(ids(job('en', 'Built the model monitoring dashboards; feature stores are the data team’s area, not mine.')).sort()).toEqual([
      'go',
      'model-monitoring',
    ]);
  });
});

describe('a listed skill the text disclaims elsewhere is no evidence (convention 43)', () => {
  const cv = (summary: string, listed: string, duty = 'Wrote Go services for the billing backend.') =>
    `Ana Ortiz\n\nSUMMARY\n${summary}\n\nFOCUS AREAS\n${listed}\n\nEXPERIENCE\nBackend Engineer, Brightmoor Ltd\n03/2021 - 09/2025\n- ${duty}\n`;

  it('drops a focus-area listing the summary gives to another team', () => {
    const text = cv(
      'I own the billing backend. The data team built the fraud scoring service and owns model deployment for it.',
      'Payments · Model deployment · Go',
    );
    expect(ids(text)).not.toContain('ml-deployment');
    expect(ids(text)).toContain('go');
  });

  it('drops a skills-line entry the summary says is only being learnt', () => {
    const text = cv('Backend engineer. Currently learning: Kubernetes, nothing in production yet.', 'Go, Kubernetes, PostgreSQL');
    expect(ids(text)).not.toContain('kubernetes');
  });

  it('keeps a listed skill a job of the person uses, whatever the summary says', () => {
    const text = cv(
      'Backend engineer. Currently learning: Kubernetes beyond the basics.',
      'Go, Kubernetes',
      'Deployed the Go services to Kubernetes with Helm charts.',
    );
    expect(ids(text)).toContain('kubernetes');
  });

  it('reads a negation inside a job as that job’s, no disclaimer of a listing', () => {
    const text = cv('Backend engineer for payments.', 'Go, Kubernetes', 'Kubernetes clusters were run by the platform team; I wrote the Go services.');
    expect(ids(text)).toContain('kubernetes');
  });

  it('drops the keywords of a recruiter who names them only in placements and disclaims them', () => {
    const text =
      "Ana Ortiz\n\nSUMMARY\nTalent partner for security teams. Keywords: Go, Terraform, threat modeling.\n\nEXPERIENCE\nTechnical Recruiter, Brightmoor Ltd\n03/2021 - 09/2025\n- Placed Terraform engineers and threat modeling specialists with insurers.\n\nNOT MY SKILLS\nGo, Terraform, threat modeling - I hire for them, I don't do them.\n";
    expect(ids(text)).toEqual([]);
  });

  it('reads a basic level ("Familiar with:") as no disclaimer', () => {
    const text = `${cv('Security student.', 'Web testing with Burp Suite in CTFs', 'Solved web exploitation challenges with Burp Suite.')}\nSKILLS\nTools: Burp Suite, Nessus\nFamiliar with: Metasploit, Docker\n`;
    expect(ids(text)).toContain('penetration-testing');
  });

  it('reads a degree’s course list as no disclaimer', () => {
    const text = `${cv('Data scientist.', 'Machine learning, SQL', 'Trained gradient-boosted churn models in scikit-learn.')}\nEDUCATION\nMSc Data Science, 2020 – 2021\n      Modules: Machine Learning, Statistics\n`;
    expect(ids(text)).toContain('machine-learning');
  });
});

describe('a date range ending in "present" beside a head or director title is no presenting', () => {
  it.each([
    'Head of IT Operations          Sept 2023 – present',
    'Director of Infrastructure     2023 – Present',
    'Head of Computing               09/2023 – present',
  ])('%s', (line) => {
    expect(ids(`EMPLOYMENT\n${line}\n* Line-manage 5 technicians.\n`)).not.toContain('stakeholder-communication');
  });
});

describe('preparing for an audit by a certification body is being audited, no audit work (résumés only)', () => {
  it.each([
    'EXPERIENCE\nIT Security Analyst, Wexford Mutual\n01/2019 - 08/2022\n- Kept the control documentation current for the recertification audit.\n',
    'EXPERIENCE\nGRC Analyst, Wexford Mutual\n01/2019 - 08/2022\n- Compiled the evidence for surveillance audits each spring.\n',
    "EXPÉRIENCE PROFESSIONNELLE\nAnalyste sécurité, Mutuelle Vendéenne\n01/2019 - 08/2022\n- Préparation et accompagnement de l'audit de certification du périmètre.\n",
  ])('%s', (text) => {
    expect(ids(text)).not.toContain('audit');
  });

  it('keeps an audit the person leads or runs', () => {
    expect(
      ids('EXPERIENCE\nSecurity Lead, Wexford Mutual\n01/2019 - 08/2022\n- Led the 2021 certification audit and the internal audits of the SOC.\n'),
    ).toContain('audit');
  });

  it('leaves a job ad that asks for the preparation of certification audits as it was', () => {
    const role = roleFromJobPosting(
      "Responsable conformité (H/F)\n\nVos missions\n- Piloter la conformité ISO 27001 : tenue du SMSI, préparation des audits de certification, suivi des plans d'action.\n",
    );
    expect(role.requirements.flatMap((q) => (q.kind === 'skill' ? q.skills : []))).toContain('audit');
  });
});

describe('a bug bash (r109)', () => {
  it('is a testing event, no shell scripting', () => {
    expect(ids('EXPERIENCE\nProduct Manager, Payments — Acme   2021 – 2024\n- Ran a quarterly bug bash with the QA team\n')).not.toContain('bash');
  });

  it('leaves Bash named as a shell a skill', () => {
    expect(ids('EXPERIENCE\nSite Reliability Engineer — Acme   2021 – 2024\n- Wrote Bash scripts for the nightly backups\n')).toContain('bash');
  });
});

describe('an IT security audit and a course just started (r109)', () => {
  it('reads an IT security audit as audit work, no security assessment', () => {
    const found = ids('EXPERIENCE\nIT Security Audit Lead — Acme Audit AG   2020 – 2024\n- PCI DSS audits of card processors\n');
    expect(found).toContain('audit');
    expect(found).not.toContain('security-assessment');
  });

  it('keeps a security audit of another kind a security assessment', () => {
    expect(ids('EXPERIENCE\nSecurity Consultant — Acme   2020 – 2024\n- Led a security audit of the payment gateway\n')).toContain('security-assessment');
  });

  it('reads a listed skill whose bracket says a course in it has just started as no skill', () => {
    expect(ids('SKILLS\nSQL, Excel, Rust (started an evening course in 2026)\n')).not.toContain('rust');
    expect(ids('SKILLS\nSQL, Excel, Rust (three services in production)\n')).toContain('rust');
  });
});

describe('a security tool the person wrote, named as a service or a checker (r108)', () => {
  it('reads a service one wrote that runs a code scanner as security automation', () => {
    expect(ids('EXPERIENCE\nAppSec Engineer — Acme   2021 – 2024\n- Wrote a Go service that runs CodeQL on each merge request\n')).toContain(
      'security-automation',
    );
  });

  it('reads a Python checker of a security entry as security automation', () => {
    expect(ids('EXPERIENCE\nSecurity Engineer — Acme   2021 – 2024\n- Python checker that refuses unsigned container images\n')).toContain(
      'security-automation',
    );
  });

  it('gives none for the services others wrote that a review covers', () => {
    expect(ids('EXPERIENCE\nAppSec Engineer — Acme   2021 – 2024\n- Code review of the Java services with Semgrep and CodeQL\n')).not.toContain(
      'security-automation',
    );
  });

  it('reads the German "Python-Prüfer" the same way', () => {
    const p = parseResume('BERUFSERFAHRUNG\nSicherheitsingenieurin — Acme GmbH   01/2021 – 12/2024\n- Python-Prüfer, der unsignierte Images ablehnt\n', {
      asOf,
    });
    expect(p.skills.map((s) => s.id)).toContain('security-automation');
  });
});

describe('robustness under a threat model, in Spanish, French and German (r108)', () => {
  it('reads a threat model an attack is studied under as no threat modelling', () => {
    expect(ids('PUBLICACIONES\n- «Defensas certificadas bajo modelos de amenaza débiles», 2024\n')).not.toContain('threat-modeling');
    expect(ids('PUBLICATIONS\n- « Robustesse sous un modèle de menace réaliste », 2024\n')).not.toContain('threat-modeling');
  });

  it('keeps a threat model the person writes', () => {
    expect(ids('EXPERIENCIA\nIngeniera de seguridad — Acme   2021 – 2024\n- Elaboré el modelo de amenazas de la pasarela de pagos\n')).toContain(
      'threat-modeling',
    );
  });
});

describe('a Spanish manager of a counted number of managers (r109)', () => {
  it('leads a team when the people led are counted and named as reports', () => {
    expect(ids('EXPERIENCIA\nAnalista de producto — Acme   2021 – 2024\n- Dirijo a tres product owners y publico la hoja de ruta\n')).toContain(
      'team-leadership',
    );
  });

  it('leads no team when a project is what is led', () => {
    expect(ids('EXPERIENCIA\nConsultora — Acme   2021 – 2024\n- Dirijo la migración de dos plataformas\n')).not.toContain('team-leadership');
  });
});

describe('native wording of skills (r118)', () => {
  const skills = (raw: string) => parseResume(raw, { asOf: '2026-11-01' }).skills.map((s) => s.id);

  it('reads red teaming of RAG applications as LLM security, no penetration testing', () => {
    const got = skills(
      'EXPERIENCIA\nIngeniera de IA — Acme Labs   2023 – 2025\n- Red teaming de aplicaciones RAG de clientes con pruebas de inyección de prompts\n',
    );
    expect(got).toContain('llm-security');
    expect(got).not.toContain('penetration-testing');
  });

  it.each([
    ['EXPÉRIENCES\nIngénieure DevSecOps — Acme   2020 – 2022\n- Intégration de SonarQube (règles de sécurité) dans GitLab CI\n', 'secure-code-review'],
    ['EXPÉRIENCES\nData Scientist — Acme   2020 – 2022\n- Modèles servis via des endpoints Azure Machine Learning\n', 'ml-deployment'],
    ['EXPÉRIENCES\nResponsable conformité — Acme   2020 – 2022\n- Encadrement de trois juristes\n', 'team-leadership'],
    ['WERDEGANG\nPrüfungsassistent — Acme Prüfung GmbH   2015 – 2018\n- Jahresabschlussprüfungen bei Versicherern\n', 'audit'],
    ['WERDEGANG\nManagerin IT-Risiko — Acme Bank   2019 – 2022\n- Prüfung von Sicherheitskontrollen im ISO-27001-Scope\n', 'audit'],
    ['WERDEGANG\nManagerin IT-Risiko — Acme Bank   2019 – 2022\n- Prüfung von Sicherheitskontrollen im ISO-27001-Scope\n', 'security-compliance'],
    ["EXPÉRIENCES\nResponsable conformité — Acme Santé   2020 – 2022\n- Revues éthiques des nouveaux cas d'usage\n", 'responsible-ai'],
    ['EXPERIENCIA\nResponsable de cumplimiento — Acme   2020 – 2022\n- Revisiones éticas de los proyectos de analítica\n', 'responsible-ai'],
  ])('%s → %s', (raw, id) => {
    expect(skills(raw)).toContain(id);
  });

  it('reads a French "encadrement" of counted staff as team leadership, of juniors as mentoring only', () => {
    expect(skills('EXPÉRIENCES\nResponsable juridique — Acme   2020 – 2022\n- Encadrement de quatre avocats\n')).toContain('team-leadership');
    expect(skills('EXPÉRIENCES\nIngénieur logiciel — Acme   2020 – 2022\n- Encadrement de deux analystes juniors\n')).not.toContain('team-leadership');
  });

  it.each([
    ["COMPÉTENCES\nPython\n\nJ'APPRENDS\nRust ; attaques adversariales sur les modèles de vision\n", 'adversarial-ml'],
    ['KENNTNISSE\nPython\n\nICH LERNE GERADE\nKubernetes, Rust\n', 'kubernetes'],
  ])('a heading of what the person is learning lists no held skill: %s', (raw, id) => {
    expect(skills(raw)).not.toContain(id);
  });
});
describe('scripts that keep the systems running automate no security work (convention 6)', () => {
  const job = (line: string, language: 'en' | 'de' | 'fr' | 'es' = 'en', head = 'EXPERIENCE') =>
    parseResume(`${head}\nSecurity Analyst, Norbrook Ltd, 2018 – 2023\n- Triaged SIEM alerts and escalated incidents.\n- ${line}\n`, {
      asOf,
      language,
    }).skills.map((s) => s.id);
  it.each([
    ['Wrote Bash scripts for the weekly backups of the jump hosts.', 'en', false],
    ['PowerShell scripts for AD account cleanup every quarter.', 'en', false],
    ['Kept the log servers tidy with Bash scripts for log rotation.', 'en', false],
    ['Wrote Python scripts that enrich new alerts with threat intel lookups.', 'en', true],
    ['Python scripts to run the test suites and collect the evidence.', 'en', true],
    ['Maintained the test scripts of the release team.', 'en', false],
  ] as const)('%s', (line, language, has) => {
    expect(job(line, language).includes('security-automation')).toBe(has);
  });
  it('reads the backup scripts of a German or Spanish duty the same way', () => {
    expect(job('Bash-Skripte für die Datensicherungen der Server.', 'de', 'BERUFSERFAHRUNG')).not.toContain('security-automation');
    expect(job('Scripts en Bash para copias de seguridad de los servidores.', 'es', 'EXPERIENCIA')).not.toContain('security-automation');
  });
});

describe('a data pipeline that a security duty attacks or threat-models is no data engineering of the person', () => {
  const job = (line: string) => parseResume(`EXPERIENCE\nML Security Engineer, Norbrook Ltd, 2019 – 2024\n- ${line}\n`, { asOf }).skills.map((s) => s.id);
  it.each([
    ['Drew attack trees for the claims feature pipeline and mapped its trust boundaries.', false],
    ['Poisoning checks on the ingestion pipeline before every retraining run.', false],
    ['Threat-modelled (STRIDE) the document store and the search ingestion pipeline.', false],
    ['Built the Kafka ingestion pipeline for the event lake.', true],
  ] as const)('%s', (line, has) => {
    expect(job(line).includes('data-engineering')).toBe(has);
  });
});

it('reads a passive "supplied by" / "fournis par" with its doer as no work of the person (convention 25)', () => {
  const read = (language: 'en' | 'fr', head: string, l: string) =>
    parseResume(`${head}\nSecurity Engineer, Acme, 2019 – 2022\n- ${l}`, { asOf, language }).skills.map((s) => s.id);
  expect(read('en', 'EXPERIENCE', 'The Splunk dashboards are supplied by the platform team.')).not.toContain('security-monitoring');
  expect(read('fr', 'EXPÉRIENCE PROFESSIONNELLE', 'Les tableaux Splunk sont fournis par notre équipe plateforme.')).not.toContain('security-monitoring');
  expect(read('en', 'EXPERIENCE', 'Built the Splunk dashboards for the SOC.')).toContain('security-monitoring');
});

it('reads "Security Tools:" labelling a list of tools in a skills section as no security automation', () => {
  const listed = (l: string) => parseResume(`SKILLS\n${l}\n`, { asOf }).skills.map((s) => s.id);
  expect(listed('Security Tools: Nessus, Wireshark, Nmap')).not.toContain('security-automation');
  expect(listed('Security Tools: Nessus, Wireshark, Nmap')).toContain('penetration-testing');
  const job = parseResume('EXPERIENCE\nSecurity Engineer, Acme, 2019 – 2022\n- Owned the security tooling of the SOC in Go.\n', { asOf });
  expect(job.skills.map((s) => s.id)).toContain('security-automation');
});

describe('access reviews named as a control area an audit or test covers are no identity and access management of the person', () => {
  const job = (line: string, language: 'en' | 'de' = 'en', head = 'EXPERIENCE') =>
    parseResume(`${head}\nIT Auditor, Norbrook Bank, 2018 – 2023\n- ${line}\n`, { asOf, language }).skills.map((s) => s.id);
  it.each([
    ['Reviewed the outsourcing providers: logical access reviews, change management, backup.', false],
    ['Mapped the regulator requirements: access reviews, patching, logging.', false],
    ['Ran the quarterly user access reviews for the payments platform.', true],
  ] as const)('%s', (line, has) => {
    expect(job(line).includes('identity-access-management')).toBe(has);
  });
  it('reads the German control areas of an IT audit the same way', () => {
    expect(job('IT-Prüfungen der Berechtigungskonzepte und des Change-Managements.', 'de', 'BERUFSERFAHRUNG')).not.toContain('identity-access-management');
  });
});

it('reads the issuer name inside an OffSec certificate title as no penetration testing', () => {
  const certs = (l: string) => parseResume(`CERTIFICATIONS\n${l}\n`, { asOf }).skills.map((s) => s.id);
  expect(certs('Offensive Security Web Expert (OSWE)')).not.toContain('penetration-testing');
  const job = parseResume('EXPERIENCE\nOffensive Security Engineer, Acme, 2019 – 2022\n- Web application and network testing for clients.\n', { asOf });
  expect(job.skills.map((s) => s.id)).toContain('penetration-testing');
});

it('reads the tooling of an audit practice or of engineers at large as no security automation', () => {
  const job = (line: string) =>
    parseResume(`EXPERIENCE\nSecurity Analyst, Norbrook Ltd, 2018 – 2023\n- Triaged SIEM alerts and escalated incidents.\n- ${line}\n`, { asOf }).skills.map(
      (s) => s.id,
    );
  expect(job('Rolled out the audit tooling across the practice.')).not.toContain('security-automation');
  expect(job('Wrote Python tooling that files tickets for new scanner findings.')).toContain('security-automation');
});

it('reads a "player-coach" title, a manager who also does the work, as no mentoring', () => {
  const job = (line: string) => parseResume(`EXPERIENCE\nSupport Lead, Norbrook Ltd, 2018 – 2023\n- ${line}\n`, { asOf }).skills.map((s) => s.id);
  expect(job('Player-coach for a pod of four support agents.')).not.toContain('mentoring');
  expect(job('Coach two junior engineers through their first year.')).toContain('mentoring');
});

describe("a field's own words, what is no evidence, and what the person says they lack", () => {
  it.each([
    ['Own the churn-model platform: release gates block a model unless its offline evaluation passes'],
    ['Promotion checks that block deploys when AUC or calibration drop'],
  ])('a gate that blocks a model on its quality is no pipeline security: %s', (line) => {
    expect(ids(`EXPERIENCE\nML Engineer, Acme  Jan 2021 – Present\n- ${line}`)).not.toContain('devsecops');
  });

  it('still reads a gate that blocks builds on security findings as DevSecOps', () => {
    expect(ids('EXPERIENCE\nSecurity Engineer, Acme  Jan 2021 – Present\n- CI checks that block merges on critical CVEs')).toContain('devsecops');
  });

  it.each([
    ['Manager of 6 engineers across two squads', 'team-leadership'],
    ['Responsable de 4 testers del equipo de calidad', 'team-leadership'],
    ['Ran bias checks across age and gender groups before each release', 'responsible-ai'],
    ['Comprobaciones de sesgo entre grupos de edad antes de cada versión', 'responsible-ai'],
    ['Präsentiere Befunde vor CISOs der Kunden', 'stakeholder-communication'],
    ['KI-Modellrichtlinie für die Fachbereiche verfasst', 'policy-development'],
  ])('%s → %s', (line, id) => {
    expect(ids(`EXPERIENCE\nLead, Acme  Jan 2021 – Present\n- ${line}`)).toContain(id);
  });

  it('leads nobody as a product manager of a product', () => {
    expect(ids('EXPERIENCE\nProduct Manager, Acme  Jan 2021 – Present\n- Manager of 2 product lines for retail banks')).not.toContain('team-leadership');
  });

  it.each([
    ['NOT MY AREA  |\nLLM fine-tuning  |\nAdversarial testing of models  |'],
    ['NICHT MEIN BEREICH\nLLM-Fine-Tuning\nAdversarial Testing von Modellen'],
    ['PAS MON DOMAINE\nFine-tuning de LLM\nTests adversariaux de modèles'],
    ['NO ES MI ÁREA\nFine-tuning de LLM\nPruebas adversariales de modelos'],
  ])('a block headed as outside the person’s area lists no skill: %s', (block) => {
    const found = ids(`SKILLS\nPython\n\n${block}\n`);
    expect(found).toEqual(['python']);
  });

  it.each([
    ['P: ¿Tiene experiencia en pruebas de prompt injection? R: No.'],
    ['F: Haben Sie Erfahrung mit Prompt-Injection-Tests? A: Nein.'],
    ['Q : Avez-vous une expérience des tests de prompt injection ? R : Non.'],
    ['Q: Do you have prompt injection testing experience? A: No.'],
  ])('a question put to the candidate claims nothing: %s', (line) => {
    expect(ids(`SKILLS\nPython\n\nQUESTIONS\n${line}\n`)).toEqual(['python']);
  });

  it('reads work another team does, fronted by its object, as theirs (es)', () => {
    expect(ids('SKILLS\nPython\n\nNOTAS\nLas pruebas de prompt injection las hace nuestro equipo de AppSec.\n')).toEqual(['python']);
  });
});

describe('model risk of AI models dates AI governance', () => {
  const text = [
    'EXPERIENCE',
    'Head of AI Risk  Apr 2024 – Present',
    '- Stood up the AI inventory and the AI review board',
    'AI Model Risk Lead  Jan 2019 – Mar 2024',
    '- Validation of vendor models under the model risk policy',
  ].join('\n');

  it('counts a job whose title names the risk of AI models (Jan 2019 – Nov 2026 = 95 months)', () => {
    expect(skill(text, 'ai-governance')).toMatchObject({ years: 7.92, strength: 'work' });
  });

  it('leaves a model risk job over credit models undated', () => {
    const credit = text.replace('AI Model Risk Lead', 'Model Risk Lead');
    expect(skill(credit, 'ai-governance')).toMatchObject({ years: 2.67 });
  });
});

describe('learning rows, brackets and moves the person only plans', () => {
  it('reads a level cell closed by a bracket that says "in training" as a row being learned', () => {
    const text = 'SKILLS\nBereich\tWerkzeuge\tNiveau\nProgrammierung\tPython\tsehr gut\nContainer\tKubernetes\tGrundkenntnisse (in Weiterbildung)\n';
    expect(ids(text)).toEqual(['python']);
  });

  it('lets a cue inside the bracket after a skill reach it across a semicolon', () => {
    expect(ids('SKILLS\nExcel | Python (nivel básico; aprendiendo con un curso en línea)\n')).not.toContain('python');
    expect(ids('SKILLS\nPython; Terraform (aprendiendo)\n')).toContain('python');
  });

  it('reads "Learning now" before a tab as a label of what is being learned', () => {
    expect(ids('SKILLS\nLanguages\tPython, Go\nLearning now\tWeb pentesting, Burp Suite\n')).toEqual(['go', 'python']);
  });

  it('reads a move the person is looking to make as no skill held', () => {
    expect(ids('SUMMARY\nData engineer with 6 years on Spark. Looking to move\ntowards MLSecOps over the next two years.\n')).not.toContain('devsecops');
  });
});

describe('what the person is learning, across a wrapped line, and a gender colon', () => {
  it('reads "I\'m learning" as no skill held', () => {
    expect(ids("SUMMARY\nSOC analyst. Outside work I'm learning Rust and Go.\n")).not.toContain('go');
  });

  it('lets "no" reach a skill on the next line of a wrapped sentence', () => {
    const text = 'SUMMARY\nHome lab on Hack The Box, for learning only, no professional\npentesting experience.\n';
    expect(ids(text)).not.toContain('penetration-testing');
  });

  it('reads no label in a gender colon, so a bracket after it negates nothing before it', () => {
    const text = 'ERFAHRUNG\nLead Engineer, Acme   01/2023 – heute\n• Leitung eines Teams von vier Entwickler:innen (ohne Budgetverantwortung)\n';
    expect(ids(text)).toContain('team-leadership');
  });
});

describe('a skill whose course is still running, in a German skills matrix (s48)', () => {
  it.each([
    ['Kurs läuft', []],
    ['Online-Kurs laufend', []],
    ['Fortgeschritten', ['go']],
  ])('reads "Go⇥Anfänger (%s)" accordingly', (level, expected) => {
    const p = parseResume(`KENNTNISSE (aus meiner Matrix)\n\nBereich\tNiveau\tJahre\nGo\tAnfänger (${level})\t–\n`, { asOf: '2026-11-01', language: 'de' });
    expect(p.skills.map((s) => s.id)).toEqual(expected);
  });
});

describe('ML and LLM systems named as the object of other work', () => {
  const held = (text: string) => parseResume(text, { asOf }).skills.map((s) => s.id);
  it.each([
    // a model card that an ML engineer's release or registry process produces is no responsible-AI work
    [
      'EXPERIENCE\nML Engineer, Acme  2020 – 2024\n- Kubeflow pipelines and an MLflow model registry; promotion to prod needs a signed model card.',
      'responsible-ai',
      false,
    ],
    ['EXPERIENCE\nML Engineer, Acme  2020 – 2024\n- Own the evaluation harness and the model cards of the detector.', 'responsible-ai', false],
    [
      'EXPERIENCIA\nAnalista de gobierno de IA, Acme  2020 – 2024\n- Compruebo que cada sistema del inventario de IA tenga su model card.',
      'responsible-ai',
      false,
    ],
    [
      'EXPERIENCE\nData Scientist, Acme  2020 – 2024\n- Bias testing of the pricing model across age bands; wrote up the results in a model card.',
      'responsible-ai',
      true,
    ],
    // a model registry read by security scripts, in every language
    [
      'EXPERIENCE\nAI Security Engineer, Acme  2020 – 2024\n- Python job that reads the model registry API and lists models shipped without a finished security review.',
      'mlops',
      false,
    ],
    [
      'EXPERIENCIA\nIngeniera de seguridad de IA, Acme  2020 – 2024\n- Script que lee el registro de modelos y marca los modelos sin revisión de seguridad.',
      'mlops',
      false,
    ],
    [
      'EXPÉRIENCE\nIngénieure sécurité IA, Acme  2020 – 2024\n- Script qui lit le registre de modèles et signale les modèles sans revue de sécurité.',
      'mlops',
      false,
    ],
    [
      'BERUFSERFAHRUNG\n2020 – 2024  KI-Sicherheitsingenieurin, Acme\n- Skript liest das Modellregister und meldet Modelle ohne Sicherheitsüberprüfung.',
      'mlops',
      false,
    ],
    ['EXPERIENCIA\nIngeniero de ML, Acme  2020 – 2024\n- Pipelines de entrenamiento con Kubeflow y registro de modelos en MLflow.', 'mlops', true],
    // "deployed models" after a preposition or article names models someone runs, not the person's deploying
    ['EXPERIENCE\nRisk Analyst, Acme  2020 – 2024\n- Quarterly fairness reviews of deployed scoring models.', 'ml-deployment', false],
    ['SKILLS\n* Monthly drift reports on every deployed model', 'ml-deployment', false],
    ['EXPERIENCE\nML Engineer, Acme  2020 – 2024\n- Years of deploying models behind REST APIs.', 'ml-deployment', true],
    ['EXPERIENCE\nML Engineer, Acme  2020 – 2024\n- Deployed models as SageMaker endpoints behind an internal API.', 'ml-deployment', true],
    // an LLM gateway that a classifier sits behind, or whose guardrails or logs the person works on
    ['EXPERIENCE\nAI Security Engineer, Acme  2020 – 2024\n- Trained a jailbreak detector and shipped it behind the LLM gateway.', 'llm-applications', false],
    ['EXPERIENCE\nAI Security Engineer, Acme  2020 – 2024\n- Built the LLM gateway guardrails: output filtering and rate limits.', 'llm-applications', false],
    ['EXPERIENCE\nStaff Engineer, Acme  2020 – 2024\n- Built the LLM gateway in Go: model routing, quotas and caching.', 'llm-applications', true],
    // model risk as the addressee of a report or a colleague's department, not the person's governance work
    ['EXPERIENCE\nPlatform Engineer, Acme  2020 – 2024\n- Monthly planning sessions with the CTO and the Head of Model Risk.', 'ai-governance', false],
    ['EXPERIENCIA\nCientífica de datos, Acme  2020 – 2024\n- Presenté las métricas de los modelos al Comité de Riesgo de Modelos.', 'ai-governance', false],
    ['EXPÉRIENCE\nData scientist, Acme  2020 – 2024\n- Présentation trimestrielle des métriques au comité risque de modèle.', 'ai-governance', false],
    ['EXPÉRIENCE\nIngénieure sécurité, Acme  2020 – 2024\n- Membre du comité de gestion du risque de modèle de la banque.', 'ai-governance', true],
  ])('%s → %s %s', (text, id, expected) => {
    expect(held(text).includes(id)).toBe(expected);
  });
  it.each([
    ['AREAS OF INTEREST\nLLM security, prompt injection, bug bounty', 'llm-security'],
    ['ÁREAS DE INTERÉS\nSeguridad de LLM, inyección de prompts', 'llm-security'],
    ["DOMAINES D'INTÉRÊT\nSécurité des LLM, injection de prompt", 'llm-security'],
    ['INTERESSENGEBIETE\nLLM-Sicherheit, Prompt-Injection', 'llm-security'],
  ])('an interests heading gives no skill: %s', (text, id) => {
    expect(held(`Jane Roe\njane@example.com\n\n${text}\n`)).not.toContain(id);
  });
});

describe('a VLAN as network security only when it separates (convention 75)', () => {
  const ids = (text: string) => parseResume(text, { asOf: '2026-11-01' }).skills.map((s) => s.id);
  it.each([
    'EXPERIENCE\nNetwork Technician — Orla Telecom   2015 – 2019\n- Configured VLANs and trunk ports on the access switches.\n',
    'EXPERIENCE\nNetwork Technician — Orla Telecom   2015 – 2019\n- VLAN changes for business customers.\n',
  ])('a VLAN change of network operations is none: %#', (text) => {
    expect(ids(text)).not.toContain('network-security');
  });
  it.each([
    'EXPERIENCE\nSystems Administrator — Orla School   2015 – 2019\n- Split the staff and pupil networks with VLAN segmentation.\n',
    'EXPERIENCE\nSystems Administrator — Orla School   2015 – 2019\n- Put the cameras on their own VLAN behind the firewall.\n',
  ])('a VLAN that segments or sits behind a firewall is network security: %#', (text) => {
    expect(ids(text)).toContain('network-security');
  });
});

describe('CI as a timer, SOC auto-actions, fronted endpoints, regulation and legal vocabulary', () => {
  const has = (text: string, id: string) => ids(text).includes(id);
  it.each([
    ['EXPERIENCE\nRed Team Engineer | Orlow Mutual | 2021 – 2025\n- Jailbreak harness in Python that runs nightly in GitLab CI', 'devsecops', false],
    ['BERUFSERFAHRUNG\nRed-Team-Ingenieur | Orlow AG | 2021 – 2025\n- Angriffs-Harness in Python, läuft nächtlich in GitLab CI', 'devsecops', false],
    ['EXPERIENCE\nAppSec Engineer | Orlow Mutual | 2021 – 2025\n- Semgrep and Trivy security gates in GitLab CI on every merge request', 'devsecops', true],
    [
      'EXPERIENCE\nSOC Analyst | Keswick MSSP | 2022 – 2025\n- Wrote Logic Apps playbooks that auto-close duplicate phishing alerts',
      'security-automation',
      true,
    ],
    ['EXPERIENCE\nData Analyst | Keswick Retail | 2022 – 2025\n- Dashboards that auto-close stale orders in the ERP', 'security-automation', false],
    ['EXPERIENCE\nAI Security Engineer | Pellan AI | 2022 – 2025\n- Wrote the jailbreak filter that fronts every model endpoint', 'ml-deployment', false],
    ['EXPERIENCE\nML Engineer | Pellan AI | 2022 – 2025\n- Deployed the churn model behind a SageMaker model endpoint', 'ml-deployment', true],
    ['EXPERIENCE\nCloud Network Engineer | Brantor Bank | 2019 – 2024\n- Moved the GPU hosts and model endpoints onto private subnets', 'ml-deployment', false],
    ['PROFILE\nSecurity engineer guarding container clusters and model endpoints for an insurer.', 'ml-deployment', false],
    [
      'EXPERIENCE\nMachine Learning Engineer | Brantor Bank | 2019 – 2024\n- Served the scoring models through autoscaled model endpoints',
      'ml-deployment',
      true,
    ],
    ['EXPERIENCE\nData Scientist | Harlow Life | 2021 – 2025\n- Documented the pricing models for the SB 21-169 quantitative testing', 'ai-regulation', true],
    ['EXPÉRIENCE\nIngénieur ML | Ardent Défense | 2020 – 2025\n- Serveurs RHEL durcis selon les STIG pour l’accréditation', 'security-compliance', false],
    ['EXPÉRIENCE\nJuriste droit des données personnelles | Ardent SA | 2016 – 2019', 'privacy', true],
    ['EXPERIENCIA\nCISO | Banco Ardilla | 2019 – 2025\n- Dirección del área de seguridad: equipo de 7 personas.', 'team-leadership', true],
    ['BERUFSERFAHRUNG\nRed Team Lead | Ardent AG | 2020 – 2025\n- Quartalsberichte für das Model-Risk-Komitee', 'ai-governance', false],
    ['BERUFSERFAHRUNG\nData Scientist | Ardent AG | 2020 – 2025\n- Mitglied im Model-Risk-Komitee der Bank', 'ai-governance', true],
  ])('%s → %s %s', (text, id, expected) => {
    expect(has(text, id)).toBe(expected);
  });
});

describe('German report compounds, closing talks and design reviews; Spanish third-person leading and training; vision APIs tested; decks and read-outs for executives', () => {
  const has = (text: string, id: string) => ids(text).includes(id);
  it.each([
    [
      'BERUFSERFAHRUNG\n2019 – 2025  Cloud Security Engineerin, Halvar AG\n- Monatliche Risikoberichte an den CIO und die Geschäftsleitung',
      'stakeholder-communication',
      true,
    ],
    [
      'BERUFSERFAHRUNG\n2019 – 2025  Cloud Security Engineerin, Halvar AG\n- Statusberichte an den CISO zu offenen Schwachstellen',
      'stakeholder-communication',
      true,
    ],
    ['BERUFSERFAHRUNG\n2019 – 2025  Cloud Security Engineerin, Halvar AG\n- Risikoberichte für die Ablage im Wiki', 'stakeholder-communication', false],
    [
      'BERUFSERFAHRUNG\n2019 – 2025  Security Lead, Halvar AG\n- Präsentiert der Geschäftsführung halbjährlich die Bedrohungslage',
      'stakeholder-communication',
      true,
    ],
    [
      'BERUFSERFAHRUNG\n2019 – 2025  Security Lead, Halvar AG\n- Stelle der CFO und den Teamleitungen jedes Quartal die wichtigsten Prüfungsergebnisse und Befunde vor',
      'stakeholder-communication',
      true,
    ],
    [
      'BERUFSERFAHRUNG\n2019 – 2025  IT-Revisorin, Halvar AG\n- Prüfungsleitung; Abschlussgespräche mit Vorstand und Bereichsleitungen',
      'stakeholder-communication',
      true,
    ],
    [
      'BERUFSERFAHRUNG\n2019 – 2025  Teamleiterin Personal, Halvar AG\n- Abschlussgespräche mit ausscheidenden Beschäftigten',
      'stakeholder-communication',
      false,
    ],
    ['BERUFSERFAHRUNG\n2019 – 2025  Security Architect, Halvar AG\n- Sicherheits-Designreviews neuer Zahlungsdienste', 'security-assessment', true],
    [
      'EXPERIENCIA\n2019 – 2025  Analista SOC nivel 2, Ortiga SA\n- Forma a los analistas junior del turno de noche en la clasificación de alertas',
      'mentoring',
      true,
    ],
    ['EXPERIENCIA\n2012 – 2016  Sargento de comunicaciones, Ejército\n- Dirigió un pelotón de 12 soldados de transmisiones', 'team-leadership', true],
    ['EXPERIENCIA\n2019 – 2025  Jefa de seguridad, Ortiga SA\n- Dirige a 6 analistas en dos turnos', 'team-leadership', true],
    ['EXPERIENCIA\n2019 – 2025  Analista de datos, Ortiga SA\n- Dirigió el análisis de 4 campañas de marketing', 'team-leadership', false],
    ['PERFIL\nPentester; últimamente pruebo chatbots y alguna API de visión artificial de clientes.', 'deep-learning', false],
    ['PROFIL\nPentesteuse ; je teste surtout des assistants LLM et quelques API de vision par ordinateur.', 'deep-learning', false],
    ['BERUFSERFAHRUNG\n2019 – 2025  Pentesterin, Halvar AG\n- Black-Box-Tests gegen Bildklassifikations-APIs von Kunden', 'deep-learning', false],
    ['BERUFSERFAHRUNG\n2019 – 2025  Data Scientist, Halvar AG\n- Bildklassifikation für die Qualitätskontrolle mit CNNs', 'deep-learning', true],
    ['EXPERIENCIA\n2019 – 2025  Científica de datos, Ortiga SA\n- Modelos de visión por computador para detectar defectos en piezas', 'deep-learning', true],
    ['EXPERIENCE\nSecurity Analyst | Corvel Bank | 2020 – 2025\n- Quarterly risk deck for the CIO and the audit committee', 'stakeholder-communication', true],
    ['EXPERIENCE\nSecurity Analyst | Corvel Bank | 2020 – 2025\n- Designed a slide deck template in PowerPoint', 'stakeholder-communication', false],
    [
      'EXPERIENCE\nRed Team Lead | Corvel Bank | 2020 – 2025\n- Attack narratives and executive read-outs after each exercise',
      'stakeholder-communication',
      true,
    ],
    [
      'EXPERIENCE\nVulnerability Analyst | HM Revenue Office | 2020 – 2025\n- Monthly patch compliance reporting to the SIRO',
      'stakeholder-communication',
      true,
    ],
  ])('%s → %s %s', (text, id, expected) => {
    expect(has(text, id)).toBe(expected);
  });
});

describe('layouts and wording of r127', () => {
  it.each([
    ['SKILLS\nPython, SQL\nCurrently picking up: Rust, Terraform', ['python', 'sql']],
    ['SKILLS\nGo, Bash\nPicking up now: Kubernetes', ['bash', 'go']],
  ])('a skill being picked up is no skill held: %j', (raw, expected) => {
    expect(ids(raw).sort()).toEqual(expected);
  });

  it('keeps a skill named in a duty that picks up work', () => {
    expect(ids('EXPERIENCE\nDeveloper, Acme, 2020 – 2023\n- Was picking up Python scripts from the old team and fixing them')).toContain('python');
  });

  it.each([
    ['Hardened the Linux GPU worker images against the CIS benchmark', true],
    ['Administered the Linux GPU nodes of the training cluster', true],
    ['Ran the experiments on a Linux GPU cluster', false],
  ])('Linux beside GPU is Linux work only when it is administered: %j', (line, expected) => {
    expect(ids(`EXPERIENCE\nPlatform Engineer, Acme, 2021 – 2024\n- ${line}`).includes('linux')).toBe(expected);
  });

  it('reads no language from the single letters of a letter-spaced heading', () => {
    expect(ids('E X P E R I E N C E\nAnalyst, Acme, 2020 – 2023\n- Wrote Python reports\n\nC O M P E T E N C I A S\nPython · Java')).toEqual(
      expect.not.arrayContaining(['c-cpp']),
    );
  });
});

describe('a renewal after a lapse, degrees of Italian universities, a course a tutor teaches', () => {
  it.each([
    [
      'renewed before the end of validity it names',
      'CERTIFICATIONS\n- Certified Kubernetes Administrator (CKA) — first issued 03/2021, expiry 03/2024; renewed 02/2024',
      ['cka'],
    ],
    ['renewed a year after a lapse (Spanish)', 'CERTIFICACIONES\n- CISSP — obtenida 2016, caducó 2022, renovada 2023', ['cissp']],
    ['renewed after it ran out (German)', 'ZERTIFIZIERUNGEN\n- CISSP — 2014, abgelaufen 2020, verlängert 2021', ['cissp']],
    ['a renewal denied in French', 'CERTIFICATIONS\n- CISM — 2018, expirée en 2021, pas renouvelée', []],
    ['a renewal denied in Spanish', 'CERTIFICACIONES\n- CISM — 2018, caducada en 2021; no la he renovado', []],
    ['a renewal followed by a later lapse', 'CERTIFICATIONS\n- CISA — renewed 2019, expired 2022', []],
    ['the next item’s renewal renews nothing of the item before', 'CERTIFICATIONS\nCEH (2014, expired 2019), CISSP (2016, renewed 2025)', ['cissp']],
  ])('certifications: %s', (_name, text, ids) => {
    expect(parseResume(text, { asOf }).certifications.map((c) => c.id)).toEqual(ids);
  });

  it.each([
    ['Laurea Triennale in Ingegneria Elettrica, Politecnico di Torino, 2012', [['bachelor', 'electrical-engineering']]],
    ['Laurea Magistrale in Scienze Informatiche — Università di Pisa, 2015', [['master', 'computer-science']]],
    ['Laurea Magistrale in Scienza dei Dati, Università di Padova, 2020', [['master', 'data-science']]],
    // A note indented under one degree names no field of the degree on the line after it.
    [
      'MSc Computer Engineering          Politecnico di Bari, 2014 – 2016\n  Thesis: "Trust management for ad-hoc radios"\nLaurea Triennale in Scienze Naturali   Politecnico di Bari, 2011 – 2014',
      [
        ['master', 'computer-engineering'],
        ['bachelor', 'other'],
      ],
    ],
  ])('education: %s', (text, degrees) => {
    expect(parseResume(`EDUCATION\n${text}`, { asOf }).education.map((e) => [e.level, e.field])).toEqual(degrees);
  });

  const skillsOf = (text: string) => parseResume(text, { asOf }).skills.map((s) => s.id);
  it.each([
    [
      'English',
      'EXPERIENCE\n03/2014 – 08/2019   Research Assistant, Chair of Applied Crypto, Example University\n      ▪ Wrote Python tooling to fuzz file parsers\n      ▪ Teaching assistant for "Firewalls and VPNs" lecture',
    ],
    [
      'French, far indented',
      'EXPÉRIENCE\n03/2014 – 08/2019              Assistant de recherche, Université Exemple\n                               ▪ Outils Python pour le fuzzing de lecteurs de fichiers\n                               ▪ Chargée de TD pour le cours « Pare-feu et VPN »',
    ],
  ])('a course a tutor teaches, named in quotes, is no evidence (%s)', (_name, text) => {
    expect(skillsOf(text)).not.toContain('network-security');
  });

  it('reads evasion attacks against classifiers in French', () => {
    const text = 'EXPÉRIENCE\n2015 – 2019  Chercheuse, Laboratoire Exemple\n- Recherche sur les attaques par évasion contre les classifieurs de spam';
    expect(skillsOf(text)).toContain('adversarial-ml');
  });

  it('a French team one runs is no policy directive', () => {
    const text = "EXPÉRIENCE\n2020 – 2024  Responsable sécurité, Exemple SA\n- Création et direction de l'équipe sécurité produit (4 ingénieurs)";
    expect(skillsOf(text)).not.toContain('policy-development');
  });
});

describe('leading a security incident and triaging a host forensically', () => {
  it.each([
    ['EXPERIENCE\n2019 – present  SOC Lead, Example Bank\n- Acted as incident commander during a ransomware intrusion', true],
    ['EXPERIENCE\n2019 – present  Site Reliability Engineer, Example Shop\n- Incident commander for checkout outages; wrote the postmortems', false],
    ['EXPERIENCE\n2019 – present  Platform Engineer, Example Shop\n- Incident commander on the weekly on-call rota for the storefront', false],
    ['EXPERIENCE\n2016 – 2019  Analyst, Example MSSP\n- Forensic triage of laptops after phishing', true],
    ['BERUFSERFAHRUNG\n2016 – 2019  Analystin, Beispiel GmbH\n- Forensische Triage von Laptops mit KAPE', true],
  ] as const)('%s → %s', (text, want) => {
    expect(parseResume(text, { asOf }).skills.some((s) => s.id === 'incident-response')).toBe(want);
  });
});

describe('native German, French and Spanish CVs: course brackets, department heads, third-person duties, others-built systems (r130)', () => {
  const has = (text: string, id: string) => ids(text).includes(id);

  it.each([
    // A German beginners' course in the bracket after a skill: learnt in a course only.
    ['PROFIL\nJuristin mit Schwerpunkt Datenschutz und IT-Recht.\n\nIT-KENNTNISSE\nSAP | Jira | Python (Anfängerkurs, noch offen)\n', 'python', false],
    ['PROFIL\nJuristin mit Schwerpunkt Datenschutz und IT-Recht.\n\nIT-KENNTNISSE\nSAP | Jira | Python (Grundlagenkurs)\n', 'python', false],
    ['PROFIL\nJuristin mit Schwerpunkt Datenschutz und IT-Recht.\n\nIT-KENNTNISSE\nSAP | Jira | Python (seit 2015)\n', 'python', true],
    // A bracket that holds only a user's level: used, not administered.
    ['PROFIL\nChercheuse en apprentissage automatique depuis six ans.\n\nCOMPÉTENCES\nPython, PyTorch, Linux (utilisateur)\n', 'linux', false],
    ['PERFIL\nAnalista de datos con cinco años de experiencia en banca.\n\nHERRAMIENTAS\nSQL | Python | Linux (nivel usuario)\n', 'linux', false],
    ['PROFIL\nDatenanalystin mit fünf Jahren Erfahrung im Handel.\n\nKENNTNISSE\nSQL | Python | Linux (Anwenderin)\n', 'linux', false],
    ['PROFILE\nData analyst with five years in retail banking.\n\nSKILLS\nSQL, Python, Linux (user)\n', 'linux', false],
    ['PROFILE\nData analyst with five years in retail banking.\n\nSKILLS\nSQL, Python (user), Linux (admin)\n', 'linux', true],
    // Leading lawyers, in the dative plural.
    ['BERUFSERFAHRUNG\n2018 – 2025  Leiterin Recht, Halvar AG\n- Führung von drei Rechtsanwältinnen; Vertragsprüfung\n', 'team-leadership', true],
    ['BERUFSERFAHRUNG\n2018 – 2025  Leiterin Recht, Halvar AG\n- Führung von vier Syndikusrechtsanwälten\n', 'team-leadership', true],
    // A supervisor's communication on AI is AI regulation; one on outsourcing is not.
    ['BERUFSERFAHRUNG\n2020 – 2025  Risikomanagerin, Halvar Bank AG\n- Umsetzung der Aufsichtsmitteilung zu KI in der Kreditvergabe\n', 'ai-regulation', true],
    ['BERUFSERFAHRUNG\n2020 – 2025  Risikomanagerin, Halvar Bank AG\n- Umsetzung der Aufsichtsmitteilung zu Auslagerungen\n', 'ai-regulation', false],
    // Spanish "atención de incidentes" is incident response when the incidents are security ones.
    ['EXPERIENCIA\n2020 – 2025  Analista de seguridad, Ortiga SA\n- Atención de incidentes de malware y su contención\n', 'incident-response', true],
    ['EXPERIENCIA\n2020 – 2025  Técnico de soporte, Ortiga SA\n- Atención de incidentes de impresoras y cuentas de correo\n', 'incident-response', false],
    // A head of department leads its staff; a report sent to the head does not.
    ['EXPERIENCIA\n2015 – 2025  Profesor de Informática, IES Ribera\n- Jefe del Departamento de Informática (6 profesores)\n', 'team-leadership', true],
    ['EXPERIENCIA\n2015 – 2025  Técnica de laboratorio, IES Ribera\n- Informes mensuales al jefe de departamento\n', 'team-leadership', false],
    // Europass duties in the third person: the person wrote the policy.
    ['EXPERIENCIA\n2015 – 2025  Coordinadora TIC, IES Ribera\n- Redactó la política de uso de dispositivos del centro\n', 'policy-development', true],
    // A script that automates the security review does the review: automation, no assessment by the person.
    [
      'EXPERIENCIA\n2020 – 2025  Ingeniera DevSecOps, Ortiga SA\n- Script en Python que automatiza la revisión de seguridad de las imágenes\n',
      'security-assessment',
      false,
    ],
    ['EXPERIENCIA\n2020 – 2025  Ingeniera de seguridad, Ortiga SA\n- Revisión de seguridad de las nuevas aplicaciones móviles\n', 'security-assessment', true],
    ['EXPERIENCIA\n2020 – 2025  Ingeniera de seguridad, Ortiga SA\n- Revisión de seguridad automatizada y manual de las apps\n', 'security-assessment', true],
    // A forecasting model is machine learning in French, Spanish and German.
    ['EXPÉRIENCE\n2020 – 2025  Analyste, Océane SA\n- Modèle de prévision des ventes hebdomadaires\n', 'machine-learning', true],
    ['EXPERIENCIA\n2020 – 2025  Analista, Ortiga SA\n- Modelos de pronóstico de la demanda eléctrica\n', 'machine-learning', true],
    ['BERUFSERFAHRUNG\n2020 – 2025  Analystin, Halvar AG\n- Prognosemodelle für den Absatz\n', 'machine-learning', true],
  ])('%s → %s %s', (text, id, expected) => {
    expect(has(text, id)).toBe(expected);
  });

  it.each([
    // What a participle of building names, with another party as its doer, is theirs.
    [
      "EXPÉRIENCE\n2023 – 2025  Cheffe de produit, Banque Astrée\n- Roadmap de l'assistant (RAG développé par l'équipe data science)\n",
      'llm-applications',
      false,
    ],
    [
      'EXPERIENCIA\n2023 – 2025  Jefa de producto, Banco Ortiga\n- Hoja de ruta del asistente (RAG desarrollado por el equipo de datos)\n',
      'llm-applications',
      false,
    ],
    [
      'EXPERIENCE\n2023 – 2025  Product Owner, Corvel Bank\n- Owned the roadmap of the advisor chatbot (RAG built by the data science team)\n',
      'llm-applications',
      false,
    ],
    [
      'BERUFSERFAHRUNG\n2023 – 2025  Produktmanagerin, Halvar Bank\n- Roadmap des Assistenten (RAG, entwickelt vom Data-Science-Team)\n',
      'llm-applications',
      false,
    ],
    // The person's own verb before the thing still counts.
    [
      "EXPÉRIENCE\n2023 – 2025  Pentesteuse, Argos SA\n- Tests d'intrusion de l'assistant RAG développé par l'équipe data science\n",
      'penetration-testing',
      true,
    ],
    // The person built it.
    ['EXPERIENCE\n2023 – 2025  ML Engineer, Corvel Bank\n- Built the advisor chatbot (RAG over the policy library)\n', 'llm-applications', true],
  ])('%s → %s %s', (text, id, expected) => {
    expect(has(text, id)).toBe(expected);
  });

  it.each([
    // Reviewing others' prediction models is no machine learning; building one is.
    ['EXPERIENCE\n2020 – 2025  IT Audit Manager, Corvel Health\n- Reviewed the bias testing of a readmission prediction model\n', 'machine-learning', false],
    ['EXPERIENCE\n2020 – 2025  Data Scientist, Corvel Health\n- Built a readmission prediction model in scikit-learn\n', 'machine-learning', true],
    // Read-outs to a model risk committee address it: no AI governance.
    ['EXPERIENCE\n2020 – 2025  AI Security Engineer, Corvel Bank\n- Quarterly readouts to the CISO and the model risk committee\n', 'ai-governance', false],
  ])('%s → %s %s', (text, id, expected) => {
    expect(has(text, id)).toBe(expected);
  });
});

describe('r126: a French lab director, a Spanish AI policy, attack experiments in other languages, C taught in sections', () => {
  const skillsOf = (text: string) => parseResume(text, { asOf: '2026-11-01' }).skills.map((s) => s.id);
  it.each([
    ['POSTES\n2021 – 2026  Maître de conférences, Université de Brest\n    Directeur du Secure Systems Lab (quatre doctorants).\n', 'team-leadership', true],
    ['FORMATION\nDoctorat, Université de Brest, 2016 – 2020\n    Directrice de thèse : Prof. A. Morvan\n', 'team-leadership', false],
    ['EXPERIENCIA\n2022 – 2026  Responsable de Gobernanza de IA, Banco Orsa\n    Redactó la política de IA del banco.\n', 'policy-development', true],
    ['EXPERIENCIA\n2022 – 2026  Auditora TI, Banco Orsa\n    Auditoría del cumplimiento de la política de IA del cliente.\n', 'policy-development', false],
    ['EXPÉRIENCE\n2022 – 2026  Chercheuse, Lab Orsa\n    Fine-tuning de LLM pour des attaques par extraction de données.\n', 'llm-applications', false],
    ['EXPERIENCE\n2018 – 2020  Adjunct Lecturer, Hill College\n    Taught Systems Programming in C, three sections per term.\n', 'c-cpp', true],
    ['EXPERIENCE\n2018 – 2020  Auditor, Hill Bank\n    Checked our code against Section C of the bank standard.\n', 'c-cpp', false],
  ])('%s → %s %s', (text, id, expected) => {
    expect(skillsOf(text).includes(id)).toBe(expected);
  });
});

describe('a headcount stated on its own names the team the person leads (catalog `opensClause`)', () => {
  const leads = (text: string) => parseResume(text, { asOf: '2026-11-01' }).skills.some((s) => s.id === 'team-leadership');
  it.each([
    ['EXPERIENCE\n2021–now   Privacy Lead, Orsa Insurance\n           Wrote the records of processing. Team of 4.\n', true],
    ['EXPERIENCE\n2021–now   Privacy Lead, Orsa Insurance\n           - Records of processing\n           - Team of 5 privacy analysts\n', true],
    ['EXPERIENCIA\n2021–actualidad  Responsable de Privacidad, Orsa Seguros\n           Registro de actividades. Equipo de 4; informes al comité.\n', true],
    ['EXPERIENCE\n2021–now   Privacy Analyst, Orsa Insurance\n           Joined a team of 4 privacy analysts.\n', false],
    ['EXPERIENCE\n2021–now   Privacy Analyst, Orsa Insurance\n           Team of 4 within the legal department.\n', false],
    ['PROJECTS\nLibrary app (course project, Spring 2024)\n- Team of 3; I wrote the SQL schema.\n', false],
  ])('%s → %s', (text, expected) => {
    expect(leads(text)).toBe(expected);
  });
});

describe('work of others under a title about others’ technology: relative clauses, plans and repeated tools (othersBuilding, repeatedTools)', () => {
  const pm = (line: string) => `EXPERIENCE\nIT Programme Manager — Halden Mutual   Feb 2019 – Present\n- ${line}\n`;
  it.each([
    ['Ran the detection uplift and managed Orrel Ltd, the integrator who configured Microsoft Sentinel for us.', 'security-monitoring'],
    ['Ran the identity programme; the partner that built and deployed Okta SSO reported to me.', 'identity-access-management'],
    ['Ran the SIEM tender (QRadar vs. Splunk): wrote the requirements and built the weighted scorecard.', 'security-monitoring'],
  ])('%s → no %s', (line, id) => {
    expect(ids(pm(line))).not.toContain(id);
  });
  it('the person’s own hands-on verb still counts under such a title', () => {
    expect(ids(pm('Configured Microsoft Sentinel analytics rules myself during the pilot.'))).toContain('security-monitoring');
  });
  it('a skill inside the name of a supplier is the supplier’s field', () => {
    const desk =
      'EXPERIENCE\nService Desk Manager — Halden Mutual   Feb 2019 – Present\n- Moved 800 staff to home working in two weeks with the VPN supplier.\n';
    expect(ids(desk)).not.toContain('network-security');
    expect(ids(desk.replace('with the VPN supplier', 'and set up the VPN gateway'))).toContain('network-security');
  });
  it('the English noun "programme" is no French "programmé": no hands-on work in an English line', () => {
    const text = pm('Security monitoring programme: Microsoft Sentinel delivered by the managed service provider.');
    expect(ids(text)).not.toContain('security-monitoring');
    expect(parseResume(text, { asOf }).skills.map((s) => s.id)).not.toContain('security-monitoring');
  });
  it('a summary repeating a tool the entries name only as bought or delivered by others gives no skill', () => {
    const text =
      'SUMMARY\nSourcing lead for Splunk, CrowdStrike and Okta.\n\nEXPERIENCE\nCategory Manager, IT Security — Halden Mutual   Feb 2019 – Present\n- Ran the SIEM replacement tender (Splunk vs. Microsoft Sentinel): built the weighted scorecard with the SOC leads.\n';
    expect(ids(text)).not.toContain('security-monitoring');
  });
  it('a sales engineer who tuned the SIEM searches keeps the skill', () => {
    const text =
      'EXPERIENCE\nSales Engineer — Veltra Security   Jan 2021 – Present\n- Ran 30 proofs of concept; tuned Splunk correlation searches to cut false positives.\n';
    expect(ids(text)).toContain('security-monitoring');
  });
});

describe('a passive clause saying another party administers the tools (othersAgents: administered by, administrés par)', () => {
  it.each([
    'EXPERIENCE\nAwareness Trainer — Sensibilis   Jan 2020 – Present\n- Their estates (Entra ID, Fortinet firewalls, Splunk SIEM) appear in my slides but are administered by their IT teams.\n',
    "EXPÉRIENCE\nFormatrice — Sensibilis   janv. 2020 – aujourd'hui\n- Les pare-feux Fortinet et le SIEM Splunk sont administrés par la DSI du client.\n",
    "EXPÉRIENCE\nFormatrice — Sensibilis   janv. 2020 – aujourd'hui\n- Leurs outils (Entra ID, SIEM Splunk) figurent dans mes supports mais gérés par leurs prestataires.\n",
  ])('%s gives no tool of the estate', (text) => {
    const got = ids(text);
    expect(got).not.toContain('network-security');
    expect(got).not.toContain('security-monitoring');
    expect(got).not.toContain('identity-access-management');
  });
  it('the person who administers them keeps them', () => {
    const text = 'EXPERIENCE\nSecurity Administrator — Halden Bank   Jan 2020 – Present\n- Administered the Fortinet firewalls and the Splunk SIEM.\n';
    expect(ids(text)).toEqual(expect.arrayContaining(['network-security', 'security-monitoring']));
  });
});

describe('German verb-second: a team named right after the verb is the one who builds (othersAgents, de)', () => {
  it('"Die Modelle entwickelt das Data-Science-Team (…)" gives none of the team’s tools', () => {
    const text =
      'BERUFSERFAHRUNG\n01/2020 – heute  Modellrisiko-Analystin, Halden Bank\n- Kontext: Die Scoring-Modelle entwickelt das Data-Science-Team (Python, scikit-learn, XGBoost).\n';
    expect(ids(text)).toEqual([]);
  });
  it('the person’s own participle keeps them', () => {
    const text =
      'BERUFSERFAHRUNG\n01/2020 – heute  ML-Ingenieurin, Halden Bank\n- Scoring-Modelle mit Python, scikit-learn und XGBoost entwickelt, die das Risikoteam nutzt.\n';
    expect(ids(text)).toEqual(expect.arrayContaining(['machine-learning', 'python']));
  });
});

describe('French machine learning in a summary needs a word of building, knowing or specialising', () => {
  it.each([
    ["Résumé\nJuriste. J'aide une assurance à adopter l'apprentissage automatique avec prudence.\n", undefined],
    ['Expérience\nData scientist, Assurances Brume\n01/2021 – aujourd’hui\n- Modèles de tarification entraînés par apprentissage automatique\n', 'work'],
    ['Compétences\nApprentissage automatique, SQL\n', 'listed'],
    ['Résumé\nAnalyste spécialisée en apprentissage automatique pour la détection de fraude.\n', 'listed'],
  ])('%j', (text, want) => {
    expect(skill(text, 'machine-learning')?.strength).toBe(want);
  });
});

describe('a Spanish level cell of exposure only', () => {
  it('makes the skill in its row no evidence', () => {
    const text =
      'Experiencia\nAnalista SOC, Banco Brezo\nmarzo 2021 - actualidad\n- Detección con Splunk\n\nHabilidades\n| Herramienta | Nivel |\n|---|---|\n| Splunk | Avanzado |\n| PyTorch | Solo exposición |\n';
    expect(ids(text)).not.toContain('pytorch');
    expect(ids(text)).toContain('security-monitoring');
  });
});

describe('an English disclaimer after a comma', () => {
  it('makes the skill it follows no evidence', () => {
    const text =
      'EXPERIENCE\nDetection Engineer, Harrow Mutual, 2020 - 2025\n- Wrote detections in Splunk\n\nSKILLS\nSplunk; Terraform (familiarity, not hands-on)\n';
    expect(ids(text)).not.toContain('terraform');
    expect(ids(text)).toContain('security-monitoring');
  });
});

describe('compute clusters, de-identification and French groups led (r132)', () => {
  it.each([
    ['SKILLS\nPython, R, Slurm/Linux compute clusters\n', false],
    ['SKILLS\nGo, Linux HPC nodes, Kubernetes\n', false],
    ['EXPERIENCE\nHPC Engineer, Orrin Labs  2019 – 2024\n- Administered the Slurm/Linux clusters of the physics department.\n', true],
    ['SKILLS\nLinux, Bash, Ansible\n', true],
    // Each its own item of a list: the scheduler beside Linux says nothing of how Linux was used.
    ['SKILLS\nDocker, Linux, Slurm, Git\n', true],
    ['SKILLS\nLaTeX, SLURM, Linux\n', true],
  ])('linux from %j → %s', (text, want) => {
    expect(ids(text).includes('linux')).toBe(want);
  });

  it('a HIPAA Safe Harbor de-identification is privacy work, no security compliance', () => {
    const job = 'EXPERIENCE\nData Scientist, Brenmoor Health  2021 – 2025\n';
    expect(ids(`${job}- Removed identifiers from clinical notes under the HIPAA Safe Harbor method.\n`)).not.toContain('security-compliance');
    expect(ids(`${job}- Mapped the access controls to the HIPAA Security Rule.\n`)).toContain('security-compliance');
  });

  it('a French line that heads a group of counted people leads a team', () => {
    const job = 'EXPÉRIENCE\nProfesseure associée, Université de Brest  2020 – 2025\n';
    expect(ids(`${job}- Dirige le groupe Vision robuste (3 doctorants, 1 ingénieur)\n`)).toContain('team-leadership');
    expect(ids(`${job}- Dirige l'Orbis Privacy Group (trois post-docs)\n`)).toContain('team-leadership');
    expect(ids(`${job}- Membre du groupe dirigé par la professeure Lenoir (4 personnes)\n`)).not.toContain('team-leadership');
  });

  it('a Spanish "learning now" heading lists no skill held', () => {
    const text =
      'EXPERIENCIA\nAnalista de datos, Velmora  2020 – 2025\n- Informes en SQL.\n\nAPRENDIENDO AHORA\nDefensas frente a la inyección de prompt en aplicaciones LLM\n';
    expect(ids(text)).not.toContain('llm-security');
  });
});

describe('a gap or learning line names its field loosely, without the context an alias asks for elsewhere', () => {
  const cv = (other: string, listed = 'SQL, Machine learning, Tableau') =>
    `Mara Quint\n\nEXPERIENCE\nReporting Analyst, Fenlow Water\n01/2019 - 06/2025\n- Built Tableau dashboards on SQL views.\n\nSKILLS\n${listed}\n\nOTHER\n${other}\n`;

  it.each(['Still learning: machine learning foundations through an online course.', 'Not yet: machine learning of any kind.'])(
    '"%s" disclaims the listed machine learning',
    (line) => {
      const got = ids(cv(line));
      expect(got).not.toContain('machine-learning');
      expect(got).toEqual(expect.arrayContaining(['sql']));
    },
  );

  it('a German learning line does the same', () => {
    const text = `Mara Quint\n\nKENNTNISSE\nSQL, Machine Learning\n\nSONSTIGES\nLerne noch: Machine Learning im Abendkurs.\n`;
    expect(ids(text)).not.toContain('machine-learning');
    expect(ids(text)).toContain('sql');
  });

  it('a job that builds models keeps the listing', () => {
    const text = `${cv('Still learning: machine learning theory.')}`.replace(
      '- Built Tableau dashboards on SQL views.',
      '- Trained gradient-boosted leak-detection models in scikit-learn.',
    );
    expect(ids(text)).toContain('machine-learning');
  });

  it('a paragraph over a long line that opens with a learning label disclaims only its first sentence', () => {
    const para =
      'Currently learning: Kubernetes basics on a home lab, mostly from the official documentation and a weekend course I follow when time allows it. Docker is what I use every week for the reporting jobs at work.';
    expect(para.length).toBeGreaterThan(200);
    const got = ids(cv(para, 'SQL, Docker, Kubernetes'));
    expect(got).not.toContain('kubernetes');
    expect(got).toContain('docker');
  });
});

describe('"X is not part of my job" says the person does not do X', () => {
  it.each([
    'EXPERIENCE\nInfrastructure Engineer, Dunmore Freight\n04/2020 - present\n- Run the Linux fleet with Ansible; MLOps and Kubernetes are not part of my job.\n',
    'BERUFSERFAHRUNG\nInfrastruktur-Ingenieur, Dunmore Freight\n04/2020 - heute\n- Betreibe die Linux-Server mit Ansible; MLOps und Kubernetes sind nicht Teil meiner Aufgaben.\n',
    "EXPÉRIENCE\nIngénieur infrastructure, Dunmore Freight\n04/2020 - aujourd'hui\n- J'exploite les serveurs Linux avec Ansible ; MLOps et Kubernetes ne font pas partie de mes missions.\n",
    'EXPERIENCIA\nIngeniero de infraestructura, Dunmore Freight\n04/2020 - actualidad\n- Opero los servidores Linux con Ansible; MLOps y Kubernetes no forman parte de mis funciones.\n',
  ])('%s', (text) => {
    const got = ids(text);
    expect(got).not.toContain('mlops');
    expect(got).not.toContain('kubernetes');
    expect(got).toContain('linux');
  });
});

describe('"built and run by" another team under a product title is no hands-on building of the person', () => {
  it.each([
    'EXPERIENCE\nSenior Product Manager, Data Platform — Ostry Bank\n02/2021 - present\n- Roadmap owner for the feature store and the model registry, built and run by the platform engineering team.\n',
    'BERUFSERFAHRUNG\nSenior Product Manager, Datenplattform — Ostry Bank\n02/2021 - heute\n- Verantwortlich für die Roadmap von Feature Store und Model Registry, gebaut und betrieben von einem Plattformteam.\n',
  ])('%s gives no MLOps', (text) => {
    expect(ids(text)).not.toContain('mlops');
  });
  it('the product manager who built it keeps it', () => {
    const text =
      'EXPERIENCE\nSenior Product Manager, Data Platform — Ostry Bank\n02/2021 - present\n- Built the first feature store myself in Python before the platform team took it over.\n';
    expect(ids(text)).toContain('mlops');
  });
});

describe('a German gap said with "kein praktisches" or "kein eigenes"', () => {
  it('disclaims the field listed elsewhere', () => {
    const text = 'PROFIL\nProduktmanagerin für Zahlungen. Kein eigenes Model Deployment.\n\nKENNTNISSE\nSQL, Model Deployment\n';
    expect(ids(text)).not.toContain('ml-deployment');
    expect(ids(text)).toContain('sql');
  });
});

describe('an acceptable use policy for AI in Spanish and French', () => {
  it.each([
    'EXPERIENCIA\nJefa de sistemas, Colegio Arce\n09/2019 - actualidad\n- Redacté la Política de Uso Aceptable de la IA Generativa del colegio.\n',
    "EXPÉRIENCE\nResponsable informatique, Lycée Arce\n09/2019 - aujourd'hui\n- Rédaction de la politique d'utilisation acceptable de l'IA du lycée.\n",
  ])('%s is AI governance', (text) => {
    expect(ids(text)).toContain('ai-governance');
  });
});

describe('logistic regression in Spanish, French and German is statistics too, as in English', () => {
  it.each([
    'EXPERIENCIA\nAnalista de riesgos, Caja Olmo\n02/2020 - actualidad\n- Ajusté modelos de impago con regresión logística.\n',
    "EXPÉRIENCE\nAnalyste risques, Caisse Olmo\n02/2020 - aujourd'hui\n- Modèles de défaut ajustés par régression logistique.\n",
    'BERUFSERFAHRUNG\nRisikoanalystin, Kasse Olmo\n02/2020 - heute\n- Ausfallmodelle mit logistischer Regression erstellt.\n',
  ])('%s', (text) => {
    expect(ids(text)).toEqual(expect.arrayContaining(['machine-learning', 'statistics']));
  });
});

describe('security automation: tools named without building them, research topics and teaching labs (convention 104)', () => {
  const inSecurityJob = (line: string) => ids(`EXPERIENCE\nSecurity Engineer, Varrow Ltd  Jan 2021 – Present\n- ${line}\n`);
  it.each([
    // An agent's tools are what is attacked, not tooling the person built.
    ['Red-teamed the support agent: data theft via its tools, prompt injection and jailbreaks', false],
    ['Threat models of the copilot: tool allow-lists and permission boundaries', false],
    // Tooling the person wrote or keeps stays evidence.
    ['Wrote small Python tools that turn scanner output into tickets', true],
    ['Maintained in-house tooling for phishing triage', true],
    ['Shipped security tooling that the AppSec team relies on', true],
    // A research topic on automatic attacks is no tooling.
    ['Automated jailbreak discovery against open chat models (paper at a workshop)', false],
    ['Automated the jailbreak regression suite in Python; nightly runs in CI', true],
    // Scripts that reset a course's lab machines are teaching material.
    ['Bash scripts that rebuild the student lab VMs before each cohort', false],
    ['Bash scripts that enrich phishing alerts with WHOIS data', true],
    // Findings filed or de-duplicated automatically.
    ['Regression suite for prompt injection; findings auto-filed to the tracker', true],
    ['Built a Lambda that de-duplicates SAST findings and assigns owners', true],
  ])('%s → %s', (line, want) => {
    expect(inSecurityJob(line).includes('security-automation')).toBe(want);
  });

  it('reads the German inflected participle of an automated suite', () => {
    const text =
      'BERUFSERFAHRUNG\nSicherheitsingenieurin, Varrow GmbH  01/2021 – heute\n- Aufbau einer automatisierten Testsuite für Prompt Injection in der CI\n';
    expect(ids(text)).toContain('security-automation');
  });
});

describe('mentoring of people who are not engineers (convention 105)', () => {
  it.each([
    ['Mentored two trainee teachers during their school placement', false],
    ['Mentor to student nurses on the surgical ward', false],
    ['Voluntaria en un programa de mentoría para chicas de secundaria', false],
    ['Coached three cashiers into shift supervisors', false],
    ['Mentored two junior detection engineers', true],
    ['Mentorship of new SOC analysts', true],
  ])('%s → %s', (line, want) => {
    expect(ids(`EXPERIENCE\nLead, Hollin Trust  Jan 2021 – Present\n- ${line}\n`).includes('mentoring')).toBe(want);
  });
});

describe('skills round fpos: a threat-modelled LLM system in an entry that is ML work too (convention 119)', () => {
  const head =
    'EXPERIENCE\nAI Security Engineer — Acme   Jul 2020 – Present\n- Fine-tuned a BERT prompt-injection classifier in PyTorch and shipped it behind an inference service.\n';
  const kopf =
    'BERUFSERFAHRUNG\nKI-Sicherheitsingenieurin — Acme   07/2020 – heute\n- BERT-Klassifikator in PyTorch feinjustiert und als Inferenzdienst ausgerollt.\n';
  it('the system a threat model governs stays the object assessed, though the entry trains models of its own', () => {
    const p = parseResume(`${head}- Threat-modelled (STRIDE, attack trees) the agent tool-calling design, the memory store and the RAG ingestion pipeline.\n`, {
      asOf,
    });
    const got = p.skills.map((s) => s.id);
    expect(got).not.toContain('llm-applications');
    expect(got).toEqual(expect.arrayContaining(['machine-learning', 'pytorch', 'threat-modeling']));
    expect(p.experience.mlYears).toBe(6.42);
  });
  it('the same in German: the RAG pipeline of a Bedrohungsmodellierung is no LLM application', () => {
    expect(ids(`${kopf}- Bedrohungsmodellierung der Agentenarchitektur und der RAG-Pipeline.\n`)).not.toContain('llm-applications');
  });
  it('an LLM system the entry builds is still its own', () => {
    expect(ids(`${head}- Built a RAG assistant on LangChain for the analysts.\n`)).toContain('llm-applications');
    expect(ids(`${kopf}- Aufbau eines RAG-Assistenten mit LangChain für die Analysten.\n`)).toContain('llm-applications');
  });
  it('models the entry hardens or serves stay its own: only a threat model makes an object of them', () => {
    expect(ids(`${head}- Hardened the models served through Triton on EKS.\n`)).toContain('ml-deployment');
  });
});

describe('skills round fpos: Hugging Face names no language model', () => {
  it('fine-tuning beside the Hugging Face library is no LLM application', () => {
    expect(ids('SKILLS\nML: PyTorch, Hugging Face Transformers, scikit-learn, fine-tuning\n')).not.toContain('llm-applications');
    expect(ids('SKILLS\nML: PyTorch, LLM fine-tuning (LoRA), scikit-learn\n')).toContain('llm-applications');
  });
});

describe('the r139 round: attacks named by their method, "from the warehouse" in other languages', () => {
  it.each([
    ['EXPERIENCE\nResearch Engineer, Orvel Labs  2021 – 2023\n- Made gradient-based attacks on speech models run ten times faster\n'],
    ['BERUFSERFAHRUNG\nForscherin, Orvel GmbH  01/2021 – heute\n- Gradientenbasierte Angriffe auf Spracherkennungsmodelle beschleunigt\n'],
    ['EXPÉRIENCE\nChercheuse, Orvel  01/2021 – aujourd’hui\n- Attaques par gradient sur des modèles de reconnaissance vocale\n'],
    ['EXPERIENCIA\nInvestigadora, Orvel  01/2021 – actualidad\n- Ataques basados en gradiente sobre modelos de voz\n'],
  ])('a gradient-based attack is adversarial ML: %s', (text) => {
    expect(ids(text)).toContain('adversarial-ml');
  });

  it.each([
    ['BERUFSERFAHRUNG\nControllerin, Orvel GmbH  01/2021 – heute\n- Monatliche Kennzahlen aus dem Data Warehouse für den Vorstand aufbereitet\n', false],
    ['EXPERIENCIA\nAnalista, Orvel  01/2021 – actualidad\n- Informes mensuales desde el data warehouse para la dirección\n', false],
    ['BERUFSERFAHRUNG\nAnalystin, Orvel GmbH  01/2021 – heute\n- Aufbau des Data Warehouse für das Controlling\n', true],
  ])('reading figures out of a data warehouse builds none: %s → %s', (text, want) => {
    expect(ids(text).includes('data-engineering')).toBe(want);
  });
});

describe('skills round older: a principle, a team described over two lines, a role sought', () => {
  const job = 'EXPERIENCE\nService Desk Lead — Acme   Jul 2020 – Present\n';
  it('"secure by design" names a principle or a programme, no application security', () => {
    expect(ids(`${job}- Brought two tender platforms through Secure by Design accreditation.\n`)).not.toContain('application-security');
    expect(ids(`${job}- Ran DAST scans of the tender platforms before release.\n`)).toContain('application-security');
  });
  it("a bracket that describes a team and wraps onto the next line is the team's", () => {
    expect(ids(`${job}- Hand-off of user reports to the incident team (Sentinel\n  workbooks, CrowdStrike consoles) after first triage.\n`)).not.toContain(
      'security-monitoring',
    );
    expect(ids(`${job}- Hand-off of user reports to the incident team (run by\n  the CISO) after first triage; I wrote Sentinel KQL hunts.\n`)).toContain(
      'security-monitoring',
    );
  });
  it('an escalation to the SOC, written as a noun, names the team that monitors', () => {
    expect(ids(`${job}- First-line triage of phishing reports and escalation to the group SOC.\n`)).not.toContain('security-monitoring');
    expect(ids(`${job}- Escalations of incidents to our SOC.\n`)).not.toContain('security-monitoring');
  });
  it('a role sought in a summary is a wish, no evidence', () => {
    expect(ids('SUMMARY\nGraduate in computing, seeking a first role as SOC analyst where I can learn.\n')).not.toContain('security-monitoring');
    expect(ids('SUMMARY\nLooking for an entry-level SOC Analyst role in Leeds.\n')).not.toContain('security-monitoring');
    expect(ids('SUMMARY\nSOC analyst with two years of alert triage in Splunk, seeking a senior role.\n')).toContain('security-monitoring');
  });
  it('a role sought disclaims nothing the skills list names', () => {
    const text = 'SUMMARY\nGraduate, seeking a first role as application security engineer where I can learn.\n\nSKILLS\nSecurity: Burp Suite, OWASP ZAP\n';
    expect(ids(text)).toContain('application-security');
    expect(skill(text, 'application-security')?.evidence.map((e) => e.text)).toEqual(['OWASP ZAP']);
  });
  it('the logs of an identity provider are a log source, no identity and access management', () => {
    const job = 'EXPERIENCE\nDetection Engineer — Acme   Jul 2020 – Present\n';
    expect(ids(`${job}- Wrote detections over proxy and identity-provider logs.\n`)).not.toContain('identity-access-management');
    expect(ids(`${job}- Moved the workforce to Okta as the identity provider.\n`)).toContain('identity-access-management');
  });
  it('a job ad looking for a junior asks for the role: no wish there', () => {
    const role = roleFromJobPosting('Junior SOC Analyst\n\nAbout the role\nWe are looking for a junior SOC analyst to triage Splunk alerts.\n');
    expect(role.requirements.flatMap((q) => (q.kind === 'skill' ? q.skills : []))).toContain('security-monitoring');
  });
});

describe('r138: statuses of certifications, clearances and degrees; kinds of work', () => {
  const certs = (text: string) => parseResume(text, { asOf }).certifications.map((c) => c.id);
  it.each([
    ['an application the body has under review', 'CERTIFICATIONS\nCISM – passed 09/2026; application under ISACA review\nCISSP (2019)', ['cissp']],
    ['a certification application still open', 'CERTIFICATIONS\nCISA: certification application sent 10/2026\nCEH (2020)', ['ceh']],
    ['a German application under review', 'ZERTIFIKATE\nCISM – Zertifizierungsantrag liegt bei ISACA\nCISSP (2019)', ['cissp']],
    ['a German application in review', 'ZERTIFIKATE\nCISA – Antrag in Prüfung\nCEH (2020)', ['ceh']],
  ])('%s is no certification held', (_label, text, want) => {
    expect(certs(text).sort()).toEqual(want);
  });

  it('an employer named as the current sponsor of an active clearance is no eligibility', () => {
    const p = parseResume('CLEARANCE\nTOP SECRET - active; current sponsor: Birchwood Systems\n', { asOf });
    expect(p.clearance?.level).toBe('top-secret');
    expect(p.clearance?.status).toBe('active');
    const f = parseResume('HABILITATION\nSECRET - active, sponsor actuel : Birchwood Systems\n', { asOf });
    expect(f.clearance?.level).toBe('secret');
  });
  it('a clearance one is willing to be sponsored for stays an eligibility', () => {
    expect(parseResume('CLEARANCE\nWilling to be sponsored for TOP SECRET\n', { asOf }).clearance).toBeNull();
  });

  it('a master whose thesis is still outstanding is no degree held', () => {
    const p = parseResume(
      'EDUCATION\nB.Sc. Physics, University of Leeds, 2012\nM.Sc. Data Science, University of York: modules done, dissertation still pending\n',
      { asOf },
    );
    expect(p.education.map((d) => d.level)).toEqual(['bachelor']);
  });

  const job = 'EXPERIENCE\nIT Audit Manager, Brookline Bank\nMar 2020 - Present\n';
  it.each([
    ['German', 'BERUFSERFAHRUNG\nIT-Revisorin, Hansebank\n03/2020 – heute\n- Prüfung von Feststellungen aus Penetrationstests der Dienstleister\n'],
    ['French', "EXPÉRIENCE\nAuditrice IT, Banque Rive\n03/2020 – aujourd'hui\n- Suivi des constats de tests d'intrusion avec les équipes\n"],
    ['Spanish', 'EXPERIENCIA\nAuditora TI, Banco Sierra\n03/2020 – actualidad\n- Revisión de los hallazgos de pruebas de penetración externas\n'],
  ])('a review of others’ pentest findings is no penetration testing (%s)', (_lang, text) => {
    expect(ids(text)).not.toContain('penetration-testing');
  });
  it('a pentester’s own findings stay penetration testing', () => {
    expect(ids(`${job}- Penetration tests of the web banking platform; wrote up the findings\n`)).toContain('penetration-testing');
  });

  it('leading a shift of analysts is team leadership; a shift of workloads is not', () => {
    expect(ids('EXPERIENCE\nSOC Lead, Northwind\nJan 2021 - Present\n- Lead a shift of 6 analysts in the 24/7 SOC\n')).toContain('team-leadership');
    expect(ids('EXPERIENCE\nCloud Engineer, Northwind\nJan 2021 - Present\n- Led the shift to Kubernetes for 40 developers\n')).not.toContain(
      'team-leadership',
    );
  });

  it('network forensics beside host forensics is incident response', () => {
    expect(ids('EXPERIENCE\nCyber Analyst, Army\n2015 - 2019\n- Host and network forensics on deployed networks\n')).toContain('incident-response');
    expect(ids('BERUFSERFAHRUNG\nAnalyst, Bundeswehr\n2015 – 2019\n- Netzwerkforensik bei Vorfällen\n')).toContain('incident-response');
  });

  it('segmentation tests of a network are network security; an image segmentation test is not', () => {
    expect(ids('EXPERIENCE\nPentester, Redline\n2018 - 2022\n- Internal network assessments and segmentation tests for PCI scope\n')).toContain(
      'network-security',
    );
    expect(ids('EXPERIENCE\nML Engineer, Redline\n2018 - 2022\n- Image segmentation tests for the U-Net models\n')).not.toContain('network-security');
  });

  it('tooling on an attack distribution is a pentester’s kit, no security automation', () => {
    const head = 'EXPERIENCE\nPenetration Tester, Redline\n2018 - 2022\n- Web application pentests with Burp Suite\n';
    expect(ids(`${head}- Exploit proofs in C; bash tooling on Kali\n`)).not.toContain('security-automation');
  });
});

describe('r138: a tool switched to in a year inside a job', () => {
  const head = 'EXPERIENCE\nVision Engineer, Larkspur Labs\nJan 2016 - Present\n';
  it('is dated from that year to the end of the job', () => {
    expect(skill(`${head}- Train detection models (Keras at first, switched to PyTorch in 2020)\n`, 'pytorch')?.years).toBe(6.92);
  });
  it('a year outside the job, or no year, leaves the whole job', () => {
    expect(skill(`${head}- Train detection models; moved to PyTorch in 2014\n`, 'pytorch')?.years).toBe(10.92);
    expect(skill(`${head}- Train detection models; moved to PyTorch for speed\n`, 'pytorch')?.years).toBe(10.92);
  });
});

describe('r138: a German vetting level named in a Spanish or French résumé', () => {
  it.each([
    ['Spanish', 'HABILITACIÓN\nÜ2 (comprobación de seguridad alemana), vigente\n', 'secret'],
    ['French', 'HABILITATION\nÜ3 (habilitation allemande), active\n', 'top-secret'],
  ])('is its equivalent level, as in English and German (%s)', (_lang, text, level) => {
    expect(parseResume(text, { asOf }).clearance?.level).toBe(level);
  });
});

describe('incident triage in a security job, and training people new to the post', () => {
  const job = (title: string, line: string) => `EXPERIENCE\n${title}   Aug 2016 – Mar 2019\n• ${line}\n`;
  it.each([
    [
      job('SOC Analyst (Tier 2), Sentinel Federal', 'Monitored alerts for 40,000 endpoints; handled tier-2 incident triage and escalation.'),
      'incident-response',
    ],
    [job('Analista de SOC (Nivel 2), Sentinel', 'Monitoreé alertas del SIEM; triaje y escalamiento de incidentes de nivel 2.'), 'incident-response'],
    [job('Analyste SOC (niveau 2), Sentinel', 'Surveillance des alertes du SIEM ; triage et escalade des incidents de niveau 2.'), 'incident-response'],
    [job('Cyber Defense Operator, 33rd Squadron', 'NCOIC of a 6-person crew; trained 15 newly assigned operators on sensor triage.'), 'mentoring'],
    [job('Operador de ciberdefensa, Escuadrón 33', 'Suboficial a cargo de 6 personas; capacité a 15 operadores recién asignados.'), 'mentoring'],
  ])('%s → %s', (text, id) => {
    expect(ids(text)).toContain(id);
  });
  it.each([
    // Incident triage outside security work: an IT service desk's.
    [job('Service Desk Analyst, Acme', 'First-line incident triage for the ERP and the printers.'), 'incident-response'],
    // Trained on something new: the person was trained.
    [job('Security Analyst, Acme', 'Trained on the newly deployed SIEM platform.'), 'mentoring'],
  ])('%s ↛ %s', (text, id) => {
    expect(ids(text)).not.toContain(id);
  });
  it('reads a certification on a line with a run-in heading as held, not as the status of the line above', () => {
    const p = parseResume(
      "EXPERIENCE\nAnalyst, Acme 2019 - 2021\nLed audits.\nEDUCATION Master's in Data Mining, Universidad de Buenos Aires 2016 - 2018\nCERTIFICATIONS Certified Information Systems Security Professional (2024)\n",
      { asOf },
    );
    expect(p.certifications.map((c) => c.id)).toEqual(['cissp']);
  });
});

describe('a managed ML pipeline named in Romance word order ("Pipelines en Vertex AI")', () => {
  it.each([
    'EXPERIENCIA\nIngeniera de ML, Acme   2023 - 2025\n- Pipelines en Vertex AI para la reindexación semanal y las corridas de fine-tuning.\n',
    'EXPÉRIENCE\nIngénieure ML, Acme   2023 - 2025\n- Pipelines sur Vertex AI pour la réindexation hebdomadaire et le fine-tuning.\n',
  ])('%s → mlops, gcp', (text) => {
    expect(ids(text)).toEqual(expect.arrayContaining(['mlops', 'gcp']));
  });
});

describe('security automation: a scheduled job that runs an attack tool, an admission control the person wrote', () => {
  const job = (title: string, line: string) => `EXPERIENCIA\n${title}   2021 - 2025\n- ${line}\n`;
  it.each([
    job('Especialista en seguridad de IA, Acme', 'Desarrollé un job en Python que ejecuta garak cada noche contra los endpoints LLM registrados.'),
    job('Ingeniero de seguridad de ML, Acme', 'Desarrollé en Python un control de admisión que bloquea el despliegue de modelos sin firmar.'),
    'EXPERIENCE\nAI Security Engineer, Acme   2021 - 2025\n- Wrote a job that runs garak nightly against the registered LLM endpoints.\n',
  ])('%s → security-automation', (text) => {
    expect(ids(text)).toContain('security-automation');
  });
});

describe('what counts as evidence of a skill: course modules, departments, chapter lists, aspirations, others and modes of review', () => {
  it('a coursework label after a cell bar lists what a certificate taught', () => {
    const text =
      'EXPERIENCE\nDevOps Engineer, Acme   2019 - 2025\n- Ran Jenkins CI/CD.\n\nEDUCATION\n[ 09/2020 – 06/2021 ] Postgraduate Certificate in Artificial Intelligence\nTechnological University Dublin\nNFQ Level 9 | Modules: machine learning fundamentals, deep learning, AI ethics\n';
    expect(ids(text)).not.toContain('deep-learning');
    expect(ids(text)).not.toContain('responsible-ai');
  });
  it.each([
    'EXPERIENCE\nSecurity Analyst - VAPT\nKestrel InfoSec Services Pvt. Ltd. (Incident Response & VAPT practice) - Bengaluru\nJune 2020 to July 2023\n• Web application penetration testing (Burp Suite) for 60+ clients.\n',
    'BERUFSERFAHRUNG\nSecurity Analyst - VAPT\nKestrel InfoSec Services Pvt. Ltd. (Bereich Incident Response & VAPT) - Bengaluru\n06/2020 – 07/2023\n• Penetrationstests von Webanwendungen (Burp Suite) für über 60 Kunden.\n',
  ])('a department in a bracket after the employer is where the person worked: %s', (text) => {
    expect(ids(text)).not.toContain('incident-response');
    expect(ids(text)).toContain('penetration-testing');
  });
  it.each([
    ['FRAMEWORKS\n- ISO/IEC 27001:2022 Annex A: A.8 Technological controls (incl. 8.16\n  Monitoring activities, 8.24 Use of cryptography)\n', 'cryptography'],
    [
      'CADRES\n- ISO/IEC 27001:2022, annexe A : A.8 Mesures technologiques (dont 8.16 Activités de surveillance, 8.24 Utilisation de la cryptographie)\n',
      'cryptography',
    ],
  ])("the numbered titles of a standard's chapter list are no evidence: %s", (text, id) => {
    expect(ids(`EXPERIENCE\nGRC Analyst, Acme   2019 - 2025\n- Maintained the ISO 27001 ISMS.\n\n${text}`)).not.toContain(id);
  });
  it('one numbered title alone is no chapter list', () => {
    expect(ids('EXPERIENCE\nSecurity Engineer, Acme   2019 - 2025\n- Rolled out 2.0 Cryptography standards for the HSM estate.\n')).toContain('cryptography');
  });
  it.each([
    ['PROFIL\nInformatik-Masterstudent. Besonders interessieren mich KI-Sicherheit und Adversarial ML.\n', 'adversarial-ml'],
    ['PROFIL\nAI Security Analyst im Private Banking. Begeistert von Machine Learning und Deep Learning.\n', 'deep-learning'],
    ['OTROS DATOS\nMe gustaría crecer en: seguridad en Kubernetes y cloud (AWS).\n', 'kubernetes'],
    ['SUMMARY\nSOC analyst looking to grow into adversarial ML and AI security.\n', 'adversarial-ml'],
    ['PROFIL\nAnalyste SOC ; je souhaiterais progresser en apprentissage automatique.\n', 'machine-learning'],
  ])('an interest or a wish to grow in a field is no evidence: %s', (text, id) => {
    expect(ids(`${text}\nEXPERIENCE\nSOC Analyst, Acme   2019 - 2025\n- Triaged Splunk alerts.\n`)).not.toContain(id);
  });
  it.each([
    [
      'es',
      'EXPERIENCIA\nIngeniera de ML, Banco Acme   2020 - 2025\n- Coordiné con el área de Seguridad de la Información, que realizó las pruebas de prompt injection del asistente.\n',
    ],
    [
      'en',
      'EXPERIENCE\nML Engineer, Acme Bank   2020 - 2025\n- Coordinated with the Information Security department, who ran the prompt injection tests of the assistant.\n',
    ],
    [
      'de',
      'BERUFSERFAHRUNG\nML Engineer, Acme Bank   2020 - 2025\n- Abstimmung mit der Abteilung Informationssicherheit, die die Prompt-Injection-Tests des Assistenten durchführte.\n',
    ],
    [
      'fr',
      "EXPÉRIENCE\nIngénieure ML, Banque Acme   2020 - 2025\n- Coordination avec la direction de la sécurité, qui a réalisé les tests de prompt injection de l'assistant.\n",
    ],
  ])('a department named before a relative clause did the work (%s)', (_, text) => {
    expect(ids(text)).not.toContain('llm-security');
  });
  it.each([
    'EXPERIENCE\nAI Security Engineer, Acme   2021 - 2025\n- Manual and automated security code review of the Python and Java services.\n',
    'EXPERIENCIA\nIngeniera de seguridad de IA, Acme   2021 - 2025\n- Revisión de código de seguridad, manual y automatizada, de los servicios en Python y Java.\n',
    'BERUFSERFAHRUNG\nLead AI Security Engineer, Isarwerk Mobility GmbH (Software für automatisiertes Fahren)   2021 - 2025\n- Threat Modeling der Wahrnehmung.\n',
  ])('a review done manually and automatically, or automated driving, is no security automation: %s', (text) => {
    expect(ids(text)).not.toContain('security-automation');
  });
  it.each([
    'EXPERIENCE\nAI Security Engineer, Acme   2021 - 2025\n- Built a Python CI plugin that runs garak probes and custom Semgrep rules on every merge request.\n',
    'EXPERIENCE\nAI Security Lead, Acme   2021 - 2025\n- Built the adversarial test bench (Python, PyTorch) that runs evasion tests against every model release.\n',
  ])('a plugin or a test bench the person built to run security tests is security automation: %s', (text) => {
    expect(ids(text)).toContain('security-automation');
  });
});

describe("a standard's chapter list against years before a skill", () => {
  it('"3.5 Years Python, 2.1 Years Go" counts years, no chapters', () => {
    expect(ids('EXPERIENCE\nDeveloper, Acme   2019 - 2025\n- Built services.\n\nSKILLS\nSkills: 3.5 Years Python, 2.1 Years Go\n')).toEqual(
      expect.arrayContaining(['python', 'go']),
    );
  });
});

describe('skill evidence in de/fr/es: a guideline written, an inference service, reporting to an executive', () => {
  it.each([
    "EXPÉRIENCE\nResponsable gouvernance IA, Acme   2023 - 2025\n- Rédaction de la Ligne directrice sur le cycle de vie des modèles d'IA.\n",
    'EXPERIENCIA\nResponsable de gobierno de IA, Acme   2023 - 2025\n- Redacté los lineamientos sobre el ciclo de vida de modelos de IA.\n',
  ])('a guideline on the model lifecycle is a policy written, no MLOps: %s', (text) => {
    expect(ids(text)).not.toContain('mlops');
  });
  it.each([
    'BERUFSERFAHRUNG\nWerkstudent ML, Acme   2023 - 2025\n- Bereitstellung des Klassifikators als FastAPI-Inferenzservice in Docker – produktiv seit 03/2025.\n',
    "EXPÉRIENCE\nData Scientist, Acme   2023 - 2025\n- Mise en production d'un service d'inférence (FastAPI, Docker) pour le scoring en temps réel.\n",
  ])('an inference service the person ships is ML deployment: %s', (text) => {
    expect(ids(text)).toContain('ml-deployment');
  });
  it('a report to the CRO and an AI committee is stakeholder communication (de)', () => {
    expect(ids('BERUFSERFAHRUNG\nAI Security Analyst, Acme Bank   2023 - 2025\n- Halbjährliche Berichterstattung an den CRO und das KI-Komitee.\n')).toContain(
      'stakeholder-communication',
    );
  });
});

describe('a class of web bugs remediated is application security, no vulnerability management (convention 79)', () => {
  it.each([
    "EXPÉRIENCE\nLead Sécurité Applicative, Acme   2017 - 2022\n- Tests d'intrusion internes avant mise en production (Burp Suite) ; remédiation des vulnérabilités OWASP Top 10 avec les développeurs\n",
    'EXPERIENCIA\nResponsable de AppSec, Acme   2017 - 2022\n- Pruebas de intrusión internas (Burp Suite); remediación de vulnerabilidades OWASP Top 10 con los desarrolladores\n',
  ])('%s', (text) => {
    expect(ids(text)).not.toContain('vulnerability-management');
  });
});

describe('a term repeated in one entry keeps the sense its context gave it first (convention 372)', () => {
  const head = 'EXPERIENCE\nHead of GenAI Security | Banco Meseta | 04/2023 – Present\n';
  it('reads a bare "red teaming" after LLM red teaming in the same entry as no penetration testing', () => {
    const text = `${head}- Guardrails against prompt injection; red teaming of each release of the assistant with garak and PyRIT.\n- Internal Python tools that automate the red teaming batteries at each release.`;
    expect(ids(text)).toContain('llm-security');
    expect(ids(text)).not.toContain('penetration-testing');
  });
  it('keeps penetration testing when red teaming stands alone in the entry, or before the LLM red teaming', () => {
    expect(ids(`${head}- Red team exercises of up to six weeks; executive reports.`)).toContain('penetration-testing');
    expect(ids(`${head}- Red team exercises of up to six weeks against the branch network.\n- Red teaming of the assistant with garak and PyRIT.`)).toContain(
      'penetration-testing',
    );
  });
  it('reads the Spanish repeat the same way', () => {
    const text =
      'EXPERIENCIA\nResponsable de Seguridad de IA Generativa | Banco Meseta | 04/2023 – actualidad\n• Guardrails frente a prompt injection y fuga de datos; red teaming de cada versión del asistente con garak y PyRIT antes de su publicación.\n• Herramientas internas en Python que automatizan las baterías de red teaming en cada release.';
    expect(ids(text)).not.toContain('penetration-testing');
  });
});
