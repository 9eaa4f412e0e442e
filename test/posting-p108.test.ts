import { describe, expect, it } from 'vitest';
import { conditions, degrees, experience, role, tiers } from './_postings';

describe('a heading that says its items are not asked holds no ask (p108)', () => {
  it('reads nothing under "Not required"', () => {
    const ad =
      "AI Security Engineer\n\nWhat we're looking for\n- Production Python\n\nNot required\n- A PhD or an ML research background.\n- Experience with Triton or our inference stack.\n";
    expect(tiers(ad)).toEqual(['required:python']);
    expect(degrees(ad)).toEqual([]);
  });
  it('reads nothing under "What you won\'t need"', () => {
    const ad = "Detection Engineer\n\nWhat we need from you\n- Working knowledge of Microsoft Azure\n\nWhat you won't need\nAny machine learning background.\n";
    expect(tiers(ad)).toEqual(['required:azure']);
  });
  it('reads nothing after an inline "Ce qu\'on ne te demande pas :"', () => {
    const ad =
      "Ingénieur·e MLSecOps\n\nProfil recherché\n- Tu maîtrises Python\n\nCe qu'on ne te demande pas : savoir entraîner un modèle de machine learning.\n";
    expect(tiers(ad, 'fr')).toEqual(['required:python']);
  });
  it('still reads "Nice to have (not required)" as wishes', () => {
    const ad = 'Security Engineer\n\nRequirements\n- Python\n\nNice to have (not required)\n- Terraform\n';
    expect(tiers(ad)).toEqual(['preferred:terraform', 'required:python']);
  });
});

describe('what the employer says the hire will learn is not asked (p108)', () => {
  it('drops the skills after "We\'ll teach you"', () => {
    const ad =
      "Cloud Security Engineer\n\nAbout you\n- Terraform\n\nNice to have\n- CCSP\n\nYou don't need to be a data scientist. We'll teach you how Azure Machine Learning and Databricks fit together.\n";
    expect(tiers(ad)).toEqual(['required:terraform']);
  });
  it('drops the skills after "Tu apprendras" and "Aprenderás a"', () => {
    const fr =
      "Ingénieur·e sécurité\n\nProfil recherché\n- Python\n\nUn plus :\n- Terraform\n\nTu apprendras vLLM et notre stack d'inférence pendant ton onboarding.\n";
    expect(tiers(fr, 'fr')).toEqual(['preferred:terraform', 'required:python']);
    const es =
      'Analista SOC\n\nRequisitos deseados\n- Conocimientos de Microsoft Azure.\n\nAprenderás a detectar ataques contra modelos (adversarial machine learning) con el Laboratorio de IA.\n';
    expect(tiers(es, 'es')).toEqual(['preferred:azure']);
  });
  it('drops the skills before "bringen wir Ihnen in der Einarbeitung bei"', () => {
    const ad =
      'Penetration Tester\n\nIhr Profil\n- Programmierkenntnisse in Python\n\nWünschenswert\n- Kenntnisse in Microsoft Azure\n\nDen Umgang mit garak und PyRIT bringen wir Ihnen in der Einarbeitung bei.\n';
    expect(tiers(ad, 'de')).toEqual(['preferred:azure', 'required:python']);
  });
});

describe('a named team doing the work itself names no ask of the hire (p108, convention 450)', () => {
  it('drops the skills of a clause whose subject is a named team', () => {
    const ad =
      'Cloud Security Engineer\n\nThe role\nThe Clinical AI team trains models (mostly Python and PyTorch). You will secure the platform.\n\nAbout you\n- Terraform\n';
    expect(tiers(ad)).toEqual(['required:terraform']);
  });
  it("drops the skills inside a bracket that names a team's own work, and keeps the duty before it", () => {
    const ad = 'MLSecOps Engineer\n\nResponsibilities\n- Threat model new features (the Data Engineering team owns Kafka and the feature store)\n';
    expect(tiers(ad)).toEqual(['duty:threat-modeling']);
  });
  it('drops the skills of a passive clause with a named doer, in German and French', () => {
    const de = 'Penetration Tester\n\nIhre Aufgaben\n- Sie führen Threat Modeling durch. Trainiert wird das Modell von unserem Data-Science-Team in PyTorch\n';
    expect(tiers(de, 'de')).toEqual(['duty:threat-modeling']);
    const fr =
      "Ingénieur sécurité\n\nLe poste\nNos modèles sont entraînés en PyTorch par l'équipe Recherche. Tu mènes le threat modeling des nouvelles fonctionnalités.\n";
    expect(tiers(fr, 'fr')).toEqual(['duty:threat-modeling']);
  });
  it("keeps a list item's opening duty when a doer qualifies its object", () => {
    const ad = 'Product Security Engineer\n\nWhat you will do\n- Review pull requests for security bugs across the Python services owned by the ML team\n';
    expect(tiers(ad)).toEqual(['duty:secure-code-review']);
  });
  it("keeps a clause that gives the hire a part of the team's work", () => {
    const ad = 'Security Engineer\n\nAbout the role\nOur Platform team runs Kubernetes clusters that you will harden.\n\nRequirements\n- Python\n';
    expect(tiers(ad)).toEqual(['duty:kubernetes', 'required:python']);
  });
  it('keeps an unnamed team, and reads no match across two list items', () => {
    const own = 'Security Engineer\n\nResponsibilities\n- Our team builds detections in Splunk; you will tune them\n';
    expect(tiers(own)).toEqual(['duty:security-monitoring']);
    const items = 'MLSecOps Engineer\n\nResponsibilities\n- Drive CVE remediation with platform teams\n- Build automation in Python for security checks\n';
    expect(tiers(items)).toContain('duty:python');
  });
});

describe('a large language model is no Master of Laws in Spanish (p108)', () => {
  it('reads no degree from "seguridad en LLM" or "aplicaciones LLM"', () => {
    const ad =
      'Analista SOC L2\n\nRequisitos deseados\n- Se valorarán conocimientos de seguridad en LLM (prompt injection, OWASP Top 10 para aplicaciones LLM).\n';
    expect(degrees(ad, 'es')).toEqual([]);
    expect(tiers(ad, 'es')).toEqual(['preferred:llm-security']);
  });
});

describe('a clearance held "or" one the hire is willing to undergo is a clearance to obtain (p108)', () => {
  it('reads "must hold current SC clearance, or be willing and eligible to undergo SC vetting" as obtainable', () => {
    const ad =
      'Detection Engineer\n\nWhat we need from you\n- Python\n- You must hold current SC clearance, or be willing and eligible to undergo SC vetting.\n';
    expect(role(ad).requirements.filter((q) => q.kind === 'clearance')).toEqual([]);
    expect(conditions(ad)).toEqual(['clearance-obtainable']);
  });
  it('keeps a clearance to be held when no alternative is offered', () => {
    const ad = 'Detection Engineer\n\nWhat we need from you\n- Python\n- You must hold current SC clearance.\n';
    expect(role(ad).requirements.find((q) => q.kind === 'clearance')).toMatchObject({ minLevel: 'secret', active: true });
  });
});

describe('a bracket of kinds of work joined by "or", one of them general, narrows no years (p108, second round)', () => {
  it('reads "4 ans en ingénierie (DevOps, SRE ou sécurité), dont deux (2) ans …" as 4 overall and 2 in security', () => {
    const ad =
      "Ingénieur MLSecOps\n\nProfil\n- Tu as au moins 4 ans d'expérience en ingénierie (DevOps, SRE ou sécurité), dont au moins deux (2) ans sur des sujets de sécurité\n";
    expect(experience(ad, 'fr')).toEqual(['securityYears:2', 'totalYears:4']);
  });
  it('reads "4 years in engineering (DevOps, SRE or security)" as experience overall', () => {
    const ad = 'Security Engineer\n\nRequirements\n- At least 4 years in engineering (DevOps, SRE or security)\n- Python\n';
    expect(experience(ad)).toEqual(['totalYears:4']);
  });
  it('still reads examples of one field as that field ("related experience (e.g., machine learning, statistics)")', () => {
    const ad = 'ML Security Engineer\n\nRequirements\n- 3 years of related experience (e.g., machine learning, deep learning)\n';
    expect(experience(ad)).toEqual(['mlYears:3']);
  });
});

describe('a vetting an offer is subject to is obtained after the offer (p108, second round)', () => {
  it('reads "All offers are subject to … SC vetting" as a clearance to obtain, none held', () => {
    const ad = 'Detection Engineer\n\nRequirements\n- Python\n\nAll offers are subject to BPSS pre-employment screening as well as SC vetting.\n';
    expect(role(ad).requirements.some((q) => q.kind === 'clearance')).toBe(false);
    expect(conditions(ad)).toEqual(['background-check', 'clearance-obtainable']);
  });
});

describe('citizens named as the people whose data is handled ask no citizenship (p108, second round)', () => {
  it('reads no condition in "other citizens\' data" or "citizen records"', () => {
    const ad =
      "Detection Engineer\n\nDay to day you will:\n- Hunt for attempts to pull other citizens' data through generated summaries\n- Protect citizen records in our Python services\n";
    expect(conditions(ad)).toEqual([]);
  });
  it('still reads "You must be a UK citizen"', () => {
    const ad = 'Detection Engineer\n\nRequirements\n- Python\n- You must be a UK citizen.\n';
    expect(conditions(ad)).toEqual(['citizenship']);
  });
});

describe('a number restated in words in brackets after its digits (p108, second round)', () => {
  it('reads "Minimum 2 (two) years … securing Kubernetes" as 2 years of Kubernetes', () => {
    const ad =
      'MLSecOps Engineer\n\nRequirements\n- 4-7 years of IT experience\n- Minimum 2 (two) years of hands-on experience securing Kubernetes in production (EKS, AKS or GKE)\n';
    const kubernetes = role(ad).requirements.find((q) => q.kind === 'skill' && q.skills.includes('kubernetes'));
    expect(kubernetes).toMatchObject({ minYears: 2, tier: 'required' });
    expect(experience(ad)).toEqual(['totalYears:4']);
  });
  it('reads "3 (drei) Jahre" in German, and no years when the words name another number', () => {
    const de = 'Penetration Tester\n\nIhr Profil\n- Mindestens 3 (drei) Jahre Erfahrung mit Python\n';
    expect(role(de, 'de').requirements.find((q) => q.kind === 'skill')).toMatchObject({ minYears: 3 });
    const other = 'Security Engineer\n\nRequirements\n- At least 5 (seven) years of Python\n';
    expect(role(other).requirements).toEqual([
      { kind: 'skill', skills: ['python'], label: 'Python', weight: 4, hard: false, source: 'At least 5 (seven) years of Python', tier: 'required' },
    ]);
  });
});
