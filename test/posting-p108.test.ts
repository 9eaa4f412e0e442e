import { describe, expect, it } from 'vitest';
import { degrees, tiers } from './_postings';

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
    const ad = "Ingénieur·e MLSecOps\n\nProfil recherché\n- Tu maîtrises Python\n\nCe qu'on ne te demande pas : savoir entraîner un modèle de machine learning.\n";
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
    const fr = "Ingénieur·e sécurité\n\nProfil recherché\n- Python\n\nUn plus :\n- Terraform\n\nTu apprendras vLLM et notre stack d'inférence pendant ton onboarding.\n";
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
