import { describe, expect, it } from 'vitest';
import { parseResume } from './_languages';

// The r167 set: machine learning named as the field an oversight role or a policy covers (convention 331).

const asOf = '2026-11-01';
const parse = (text: string) => parseResume(text, { asOf });
const ids = (text: string) => parse(text).skills.map((s) => s.id);

describe('machine learning named as the field of an oversight role or a policy is no ML work (convention 331)', () => {
  it.each([
    [
      'fr',
      "EXPÉRIENCE PROFESSIONNELLE\n[ 01/02/2019 – 31/08/2023 ]  Déléguée adjointe à la protection des données\nBanque Méridienne S.A.\n ▪ DPO adjointe en charge des cas d'usage analytiques et d'apprentissage automatique : conseil RGPD.\n ▪ Rédaction du chapitre de la politique consacré aux modèles d'apprentissage automatique (validation, suivi et approbation).\n",
    ],
    [
      'de',
      'BERUFSERFAHRUNG\n02/2019 – 08/2023  Stellvertretende Datenschutzbeauftragte, Banque Méridienne S.A.\n- Zuständig für Anwendungsfälle aus Analytik und maschinellem Lernen: DSGVO-Beratung.\n- Kapitel der Richtlinie zu Modellen des maschinellen Lernens (Validierung, Überwachung und Freigabe).\n',
    ],
    [
      'es',
      'EXPERIENCIA PROFESIONAL\n02/2019 – 08/2023  Delegada adjunta de protección de datos, Banque Méridienne S.A.\n- Responsable del cumplimiento RGPD de los casos de analítica y aprendizaje automático.\n- Redacción del capítulo de la política sobre modelos de aprendizaje automático (validación y aprobación).\n',
    ],
  ])('%s', (_, text) => {
    const p = parse(text);
    expect(p.skills.map((s) => s.id)).not.toContain('machine-learning');
    expect(p.experience.mlYears).toBe(0);
  });
  it.each([
    ['fr', 'EXPÉRIENCE\n01/2019 – 12/2022  Data scientist, Lusocom\n- Classification de signaux radar par apprentissage automatique (SVM).\n'],
    ['de', 'BERUFSERFAHRUNG\n01/2019 – 12/2022  Data Scientist, Lusocom\n- Klassifikation von Radarsignalen mit maschinellem Lernen.\n'],
    ['es', 'EXPERIENCIA\n01/2019 – 12/2022  Científica de datos, Lusocom\n- Clasificación de señales de radar con aprendizaje automático.\n'],
  ])('%s: the person applying it stays ML work', (_, text) => {
    expect(ids(text)).toContain('machine-learning');
  });
  it('French: a review of scoring models for data protection builds no model', () => {
    const text =
      'EXPÉRIENCE\n01/2019 – 12/2022  DPO adjointe, Banque Méridienne\n- Revues de protection des données dès la conception pour les modèles de scoring crédit.\n';
    expect(ids(text)).not.toContain('machine-learning');
  });
});

describe('monitoring listed beside approval among the stages a model policy covers is no model monitoring (convention 332)', () => {
  it('English: "policy chapter on machine-learning models (validation, monitoring and approval)"', () => {
    const text =
      "EXPERIENCE\n02/2019 – 08/2023  Deputy DPO, Banque Méridienne\n- Drafted the bank's policy chapter on machine-learning models (validation, monitoring and approval).\n";
    expect(ids(text)).not.toContain('model-monitoring');
  });
  it('monitoring of models in production stays', () => {
    const text = 'EXPERIENCE\n02/2019 – 08/2023  ML Engineer, Bank\n- Built monitoring of models in production with Evidently.\n';
    expect(ids(text)).toContain('model-monitoring');
  });
});

describe('a computer-vision system named only as what the person assesses for vulnerabilities is no deep learning (convention 333)', () => {
  it.each([
    [
      'en',
      'EXPERIENCE\nNov 2022 – Present  AI Security Analyst, Trinity Federal\n• Evaluate AI systems (LLM chat assistants, a computer-vision triage aid) for vulnerabilities before authorization.\n',
    ],
    [
      'es',
      'EXPERIENCIA\nnov. 2022 – actualidad  Analista de seguridad de IA, Trinity Federal\n• Evalúo las vulnerabilidades de los sistemas de IA (asistentes LLM, un apoyo de triaje por visión artificial) antes de su autorización.\n',
    ],
  ])('%s', (_, text) => {
    expect(ids(text)).not.toContain('deep-learning');
  });
  it('a computer-vision model the person trains stays', () => {
    const text = 'EXPERIENCE\nNov 2022 – Present  ML Engineer, Trinity Federal\n• Trained computer vision models for defect detection in PyTorch.\n';
    expect(ids(text)).toContain('deep-learning');
  });
});

describe('an ingestion pipeline named only as where compliance checks or controls sit is no data engineering', () => {
  it('"POPIA compliance checks built into the ingestion pipeline"', () => {
    const text =
      'EXPERIENCE\n2023 – Present  MLSecOps Lead, Insurer\n• De-identification of member data before training; POPIA compliance checks built into the ingestion pipeline.\n';
    expect(ids(text)).not.toContain('data-engineering');
  });
  it('a pipeline the person builds stays', () => {
    const text = 'EXPERIENCE\n2023 – Present  Data Engineer, Insurer\n• Built the ingestion pipeline for claims data in Spark.\n';
    expect(ids(text)).toContain('data-engineering');
  });
});
