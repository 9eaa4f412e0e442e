import { describe, expect, it } from 'vitest';
import { splitColumns } from '../src/text/columns';
import { parseResume } from './_languages';

// Cues and context words that read a translation as its original: a longer aside after a gap label, an observer's
// remark, another team's models, a group's relative clause, compounds and research words in German, French and Spanish.

const asOf = '2026-11-01';
const ids = (text: string) => parseResume(text, { asOf }).skills.map((s) => s.id);

describe('a gap label with an aside in brackets before its colon', () => {
  it.each([
    ["Profil\nCe que je ne fais pas (pour éviter les questions des cabinets de recrutement) : je n'administre pas Terraform.\n", 'terraform'],
    ['Summary\nWhat I do not do (a note for the many agencies that keep calling me): Terraform in production.\n', 'terraform'],
  ])('a remark of up to 80 characters still leaves the label a gap label: %s', (text, id) => {
    expect(ids(text)).not.toContain(id);
  });
  it('a label whose bracket runs past 80 characters is no gap label', () => {
    const aside = 'x'.repeat(81);
    expect(ids(`Summary\nWhat I do not do (${aside}): Terraform modules for the data platform.\n`)).toContain('terraform');
  });
});

describe('a list item that says the person only watched', () => {
  it.each([
    [
      'EXPERIENCE\nNetwork Engineer, Acme  2019 – 2024\n- Joined the tabletop where the CSIRT handled a ransomware case (observer only).\n',
      'incident-response',
    ],
    [
      "EXPÉRIENCE\nIngénieure réseau, Acme  2019 – 2024\n- Présente à l'exercice où le CSIRT traitait un rançongiciel (simple observatrice).\n",
      'incident-response',
    ],
    [
      'BERUFSERFAHRUNG\nNetzwerkingenieur, Acme  2019 – 2024\n- Beim Planspiel des CSIRT zur Ransomware-Lage dabei (nur als Beobachter).\n',
      'incident-response',
    ],
    [
      'EXPERIENCIA\nIngeniera de redes, Acme  2019 – 2024\n- Asistí al simulacro en que el CSIRT gestionó un ransomware (solo como observadora).\n',
      'incident-response',
    ],
  ])('gives no skill of its work: %s', (text, id) => {
    expect(ids(text)).not.toContain(id);
  });
  it('an item without the remark keeps its skill', () => {
    expect(ids('EXPERIENCE\nNetwork Engineer, Acme  2019 – 2024\n- Handled a ransomware case as incident responder with the CSIRT.\n')).toContain(
      'incident-response',
    );
  });
});

describe("serving or hosting another team's models", () => {
  it("the models named after the team's possessive are that team's", () => {
    const got = ids("EXPERIENCE\nPlatform Engineer, Acme  2021 – 2024\n- Run Triton inference servers hosting the science team's churn models for the apps.\n");
    expect(got).toContain('ml-deployment');
    expect(got).not.toContain('machine-learning');
  });
});

describe('a relative clause about a group the person worked with', () => {
  it.each([
    ['group', false],
    ['team', false],
  ])('"with the … %s, who ran …" gives the person none of its work', (head, expected) => {
    const text = `EXPERIENCE\nSecurity Engineer, Acme  2020 – 2024\n- Worked with the privacy research ${head}, who ran membership-inference tests on our ranking API.\n`;
    expect(ids(text).includes('adversarial-ml')).toBe(expected);
  });
  it('the person running the tests keeps the skill', () => {
    expect(ids('EXPERIENCE\nSecurity Engineer, Acme  2020 – 2024\n- Ran membership-inference tests on our ranking API.\n')).toContain('adversarial-ml');
  });
});

describe('words of one language', () => {
  it('a German "Abstimmung" that tunes thresholds is no stakeholder communication', () => {
    expect(ids('BERUFSERFAHRUNG\nData Scientist, Acme  2019 – 2022\n- Kreditmodelle in Python; Schwellenwert-Abstimmung mit dem Fachbereich.\n')).not.toContain(
      'stakeholder-communication',
    );
    expect(ids('BERUFSERFAHRUNG\nData Scientist, Acme  2019 – 2022\n- Laufende Abstimmung mit dem Fachbereich zu den Kreditmodellen.\n')).toContain(
      'stakeholder-communication',
    );
  });
  it.each([
    [
      'EXPERIENCE\nPostdoctoral Researcher, Adversarial Machine Learning — University of Example (Oct 2019 – Sep 2021)\n * Certified robustness of image classifiers in PyTorch.\n',
    ],
    [
      'EXPERIENCIA\nInvestigador postdoctoral, Aprendizaje automático adversarial — Universidad de Ejemplo (oct. 2019 – sep. 2021)\n * Robustez certificada de clasificadores de imágenes en PyTorch.\n',
    ],
  ])('a post titled in adversarial machine learning, with certified robustness as its work, is security work: %s', (text) => {
    const p = parseResume(text, { asOf });
    expect(p.skills.find((s) => s.id === 'adversarial-ml')?.evidence.length).toBe(2);
    expect(p.experience.securityYears).toBe(2);
  });
  it.each([
    ['EXPERIENCIA\nInvestigadora, Acme  2020 – 2024\n- Auditorías de inferencia de pertenencia de los modelos de la empresa.\n'],
    ["EXPÉRIENCE\nChercheuse, Acme  2020 – 2024\n- Audits d'inférence d'appartenance sur les modèles de l'entreprise.\n"],
  ])('an audit of membership inference is an attack on models, no audit work: %s', (text) => {
    const got = ids(text);
    expect(got).toContain('adversarial-ml');
    expect(got).not.toContain('audit');
  });
  it.each([['robustez certificada'], ['robustesse certifiée'], ['zertifizierte Robustheit']])('"%s" names adversarial ML', (words) => {
    expect(ids(`SKILLS\n${words}\n`)).toContain('adversarial-ml');
  });
});

describe('a sidebar table beside a main column, with a profile that starts a little left of the column', () => {
  const pad = (l: string, r: string, at: number) => `${l.padEnd(at)}${r}`;
  const page = [
    pad('NORA VALE', 'Data Engineer (ML platform)', 56),
    pad('', 'Oslo | nora@example.org', 56),
    pad('LINKS', 'ABOUT', 27),
    pad('+47 555 0100', 'Data engineer at a freight company. I build the', 27),
    pad('gitlab.com/nvale', 'batch pipelines and look after the warehouse, its', 27),
    pad('', 'nightly loads and data contracts. Moving towards', 27),
    pad('TOOLS AND YEARS', 'ML platform work - see "Courses" below.', 27),
    'Tool        Yrs  Level',
    pad('Airflow     4    expert user', 'WORK', 33),
    pad('dbt         3    intermediate', '', 33),
    pad('Spark       2    intermediate', 'Data Engineer', 33),
    pad('Kafka       1    working level', 'Fjordline Freight, Oslo', 33),
    pad('Go          0    learning now', '03/2021 - present', 33),
    pad('', '• Built the Airflow DAGs that load the', 33),
    pad('COURSES I AM TAKING NOW', '  warehouse every night.', 33),
    pad('- Intro to MLOps', '• Moved the batch jobs to Spark.', 33),
    pad('- Kubeflow pipelines (week 2)', '', 33),
    pad('- Feature stores 101', 'Junior Developer', 33),
    pad('  (self-paced)', 'Nordvik Software, Bergen', 33),
    pad('CERTIFICATES', '09/2018 - 02/2021', 33),
    pad('GCP Data Engineer', '• Go services for order tracking.', 33),
    pad('  (2022)', '• On-call for the tracking API.', 33),
    pad('Databricks Associate', '', 33),
    pad('  (2023)', 'EDUCATION', 33),
    pad('', 'BSc Informatics, University of Bergen', 33),
  ].join('\n');
  it('lines whose text resumes a few columns early run across no gutter: the page is read column by column', () => {
    const read = splitColumns(page);
    expect(read.columns).toBe(true);
    expect(read.text).toContain('WORK\nData Engineer\nFjordline Freight, Oslo\n03/2021 - present\n• Built the Airflow DAGs that load the');
    expect(read.text).toContain('Go          0    learning now\nCOURSES I AM TAKING NOW\n- Intro to MLOps');
  });
});

describe('"deployed on SageMaker" after a list of other steps', () => {
  it.each([
    ['EXPERIENCE\nML Engineer, Acme  2020 – 2024\n- Trained a spam filter, scored it on red-team attack sets, deployed on SageMaker endpoints.\n', true],
    ['EXPERIENCE\nSecurity Engineer, Acme  2020 – 2024\n- Pentest of the fraud models deployed on SageMaker endpoints.\n', false],
    ['EXPERIENCE\nSecurity Engineer, Acme  2020 – 2024\n- Threat review of the chatbot deployed on SageMaker.\n', false],
  ])('%s → ml-deployment %s', (text, expected) => {
    expect(ids(text).includes('ml-deployment')).toBe(expected);
  });
});

describe('a French cue read in every language must not take an English noun (folded "programmé" is "programme")', () => {
  const certs = (text: string) => parseResume(text, { asOf: '2026-11-01' }).certifications.map((c) => c.id);
  it('an English line naming a programme beside a certification keeps it held', () => {
    expect(certs('CERTIFICATIONS\nCISSP (2021), earned through the employer’s associate programme\nCISM (2020)\n')).toEqual(['cism', 'cissp']);
  });
  it.each(['CISSP – examen programmé pour mars 2027', 'CISSP – examen programmé', 'CISSP – programmé en mars 2027', 'CISSP (session programmée)'])(
    'a French exam still to sit is not held: %s',
    (line) => {
      expect(certs(`CERTIFICATIONS\n${line}\n`)).toEqual([]);
    },
  );
});

describe('false friends of a language (convention 121)', () => {
  const certs = (text: string) => parseResume(text, { asOf }).certifications.map((c) => c.id);
  it.each([
    ["EXPÉRIENCE\nResponsable AI Safety, Acme  2020 – 2024\n- Pilotage de l'équipe de tests des modèles de langage et des revues de sécurité.\n"],
    ['EXPERIENCIA\nResponsable AI Platform, Acme  2020 – 2024\n- Coordinación del equipo de plataforma y de los proveedores de la nube.\n'],
  ])('reads "Responsable" before "AI" as a lead, no responsible AI: %s', (text) => {
    expect(ids(text)).not.toContain('responsible-ai');
  });
  it('keeps the aliases written with the word itself, and the English word in a French text', () => {
    expect(
      ids("EXPÉRIENCE\nIngénieure, Acme  2020 – 2024\n- Mise en place d'une démarche d'IA responsable et des revues de conformité du modèle.\n"),
    ).toContain('responsible-ai');
    expect(ids('EXPÉRIENCE\nIngénieure, Acme  2020 – 2024\n- Animation des revues Responsible AI pour les équipes produit et de la conformité.\n')).toContain(
      'responsible-ai',
    );
  });
  it('reads French "associés" as associated, no Terraform Associate certification', () => {
    const text = 'EXPÉRIENCE\nIngénieur, Acme  2020 – 2024\n- Écriture des modules Terraform associés aux comptes AWS de la plateforme.\n';
    expect(certs(text)).toEqual([]);
    expect(ids(text)).toEqual(['aws', 'terraform']);
    expect(certs(`${text}CERTIFICATIONS\nHashiCorp Terraform Associate (2022)\n`)).toEqual(['terraform-associate']);
  });
  it('keeps responsible AI in an English text, which has no false friends', () => {
    expect(ids('EXPERIENCE\nEngineer, Acme  2020 – 2024\n- Led the Responsible AI reviews of the credit models with the risk team.\n')).toContain(
      'responsible-ai',
    );
  });
});

describe('a negation cue after a comma, before a clause opened by "und" (convention 122)', () => {
  it('negates the skill between the cue and the comma that closes it', () => {
    expect(
      ids('ZUSAMMENFASSUNG\nKein praktisches Machine Learning, kein eigenes Model Deployment, und ich habe nie Python für die Produktion geschrieben.\n'),
    ).toEqual([]);
  });
  it('leaves what follows the closing comma free', () => {
    expect(ids('EXPERIENCE\nEngineer, Acme  2020 – 2024\n- Co-owned, alongside the platform group, the Terraform modules of the data lake.\n')).toContain(
      'terraform',
    );
  });
});

describe('engineers of another team as the subject of building', () => {
  it.each([
    ['ZUSAMMENFASSUNG\nIch priorisiere den Backlog; die Plattform-Engineers übernehmen das Model Deployment.\n', 'ml-deployment'],
    ['PROFIL\nJe priorise le backlog ; les ingénieurs plateforme déploient les modèles sur Kubernetes.\n', 'kubernetes'],
    ['PERFIL\nPriorizo el backlog; los ingenieros de plataforma despliegan los modelos en Kubernetes.\n', 'kubernetes'],
  ])('gives the person none of their work: %s', (text, id) => {
    expect(ids(text)).not.toContain(id);
  });
  it('keeps the work of a person who leads them and builds too', () => {
    expect(ids('ZUSAMMENFASSUNG\nIch leite die ML Engineers und baue selbst die Modelle in PyTorch.\n')).toContain('pytorch');
  });
});
