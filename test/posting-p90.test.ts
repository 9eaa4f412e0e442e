import { describe, expect, it } from 'vitest';
import { requirementId } from '../src/catalog/load';
import { roleFromJobPosting } from './_languages';

const tiers = (ad: string, language: 'en' | 'de' | 'fr' | 'es') => roleFromJobPosting(ad, { language }).requirements.map((q) => [requirementId(q), q.tier]);

describe('an opening paragraph about the employer (postings-r90)', () => {
  it.each([
    [
      'en',
      'Security Engineer\n\nAt Acme, we build fraud models with PyTorch on AWS. Our data teams work with Spark and Databricks on Azure.\n\nResponsibilities\n- Run threat modeling\n\nRequirements\n- Python\n',
    ],
    [
      'de',
      'Security Engineer (m/w/d)\n\nBei Helvion bauen wir die ML-Plattform: Data Scientists trainieren darauf Modelle mit PyTorch und TensorFlow auf AWS.\n\nIhre Aufgaben\n- Sie führen Threat Modeling durch\n\nIhr Profil\n- Python\n',
    ],
    [
      'fr',
      'Ingénieur sécurité (F/H)\n\nDescriptif du poste\n\nChez Lumenor, nous construisons des agents IA. Nos modèles tournent sur AWS et notre équipe plateforme orchestre le tout avec Kubernetes et Terraform.\n\nVos missions :\n- Mener la modélisation des menaces\n\nProfil recherché\n- Python\n',
    ],
    [
      'es',
      'Ingeniero de seguridad\n\nDescripción\nEn Nortia construimos asistentes de IA. Nuestros equipos de datos trabajan con Spark y Databricks sobre Azure y entrenan modelos con PyTorch.\n\nFunciones:\n- Modelado de amenazas\n\nRequisitos mínimos\n- Python\n',
    ],
  ] as const)('%s: gives no finding from it', (language, ad) => {
    expect(tiers(ad, language)).toEqual([
      ['threat-modeling', 'duty'],
      ['python', 'required'],
    ]);
  });

  it.each([
    ['en', 'Security Engineer\n\nAt Acme, we build fraud models. You will harden our AWS accounts.\n\nRequirements\n- Python\n'],
    [
      'es',
      'Ingeniero de seguridad\n\nDescripción\nEn Nortia construimos asistentes de IA. Buscamos un/a ingeniero/a para proteger nuestras cuentas de AWS.\n\nRequisitos mínimos\n- Python\n',
    ],
  ] as const)('%s: reads a sentence that names the hire or the hiring after it', (language, ad) => {
    expect(tiers(ad, language)).toEqual([
      ['aws', 'duty'],
      ['python', 'required'],
    ]);
  });
});

describe('wishes and skills not asked, in sentences (postings-r90)', () => {
  it('reads "You\'ll stand out with …" and "… would also put you ahead" as wishes', () => {
    const ad =
      "Security Engineer\n\nAbout you\nTo be successful in this role you'll have Python. You'll stand out with hands-on adversarial robustness testing of models. A CISSP would also put you ahead.\n";
    expect(tiers(ad, 'en')).toEqual([
      ['python', 'required'],
      ['adversarial-ml', 'preferred'],
      ['certification', 'preferred'],
    ]);
  });

  it('reads "X isn\'t required either; you\'ll learn our … (Y) on the job" as asking neither', () => {
    const ad =
      "Security Engineer\n\nAbout you\nTo be successful in this role you'll have Python.\n\nLLM security experience isn't required either; you'll learn our guardrail stack (NeMo Guardrails) on the job.\n";
    expect(tiers(ad, 'en')).toEqual([['python', 'required']]);
  });

  it.each([
    ['de', 'Security Engineer (m/w/d)\n\nIhr Profil\n- Python\n\nNicht erforderlich: Erfahrung im Machine Learning.\n'],
    ['fr', 'Ingénieur sécurité (F/H)\n\nProfil recherché\n- Python\n\nNon requis : Kubernetes.\n'],
    [
      'es',
      'Ingeniero de seguridad\n\nRequisitos mínimos\n- Python\n\nNo es imprescindible experiencia en machine learning clásico ni en entrenamiento de modelos.\n',
    ],
  ] as const)('%s: a line that opens by saying what is not required asks for none of it', (language, ad) => {
    expect(tiers(ad, language)).toEqual([['python', 'required']]);
  });
});

describe("a job board's button line that repeats the title (postings-r90)", () => {
  it('reads "Save <title> at <company>" as no requirement', () => {
    const ad =
      'Northlake Financial Group\nShare\nAI Governance Lead, Model Risk & Responsible AI\nToronto, ON · Reposted 1 week ago\nApply\nSave\nSave AI Governance Lead, Model Risk & Responsible AI at Northlake Financial Group\n\nAbout the job\nWhat you bring\n• Working knowledge of NIST AI RMF\n';
    expect(tiers(ad, 'en')).toEqual([['ai-risk-management', 'required']]);
  });
});

describe("an agency's lines of the terms (postings-r90)", () => {
  it('reads "Interview: … with the Red Team lead" and "Rate: …" as metadata', () => {
    const ad =
      'Red Team Consultant\n\nTHE ROLE\n- Threat model agentic workflows\n\nTHE DETAILS\nRate: £650 per day\nInterview: 1 x technical (60 mins, Teams) + 1 x on-site with the Red Team lead\n';
    expect(tiers(ad, 'en')).toEqual([['threat-modeling', 'duty']]);
  });
});

describe('German words of a job ad (postings-r90)', () => {
  it('reads "coachen unsere Entwickler*innen" as mentoring', () => {
    const ad =
      'Security Engineer (m/w/d)\n\nIhre Aufgaben\n- Sie bauen ein Security-Champions-Programm auf und coachen unsere Entwickler*innen in sicherer Softwareentwicklung\n';
    expect(tiers(ad, 'de')).toEqual([
      ['application-security', 'duty'],
      ['mentoring', 'duty'],
    ]);
  });

  it('keeps a sentence whole over "z. B." written with a space inside a bracket', () => {
    const role = roleFromJobPosting(
      'Security Engineer (m/w/d)\n\nWünschenswert\n- Erfahrung mit Angriffen auf ML-Modelle (z. B. Model Poisoning) oder mit LLM-Sicherheit\n',
      { language: 'de' },
    );
    expect(role.requirements.map((q) => q.source)).toContain('Erfahrung mit Angriffen auf ML-Modelle (z. B. Model Poisoning) oder mit LLM-Sicherheit');
  });
});
