import { describe, expect, it } from 'vitest';
import { conditions, experience, role } from './_postings';

/** The skill requirements of an ad as "tier:ids" strings, in the order the ad lists them. */
const choices = (ad: string, language: 'en' | 'fr' | 'es' = 'en') =>
  role(ad, language).requirements.flatMap((q) => (q.kind === 'skill' ? [`${q.tier}:${q.skills.join('|')}`] : []));

describe('postings-r107/r108: a wish that ranks one option of a choice (convention 474)', () => {
  it('reads "Azure preferred, but strong AWS engineers will be considered and …" as one required choice', () => {
    const ad =
      'Cloud Security Engineer\n\nAbout you\n- Azure preferred, but strong AWS engineers will be considered and supported to cross-skill\n- Terraform\n';
    expect(choices(ad)).toEqual(['required:azure|aws', 'required:terraform']);
  });

  it('keeps "AWS engineers will be considered" alone a requirement of its own', () => {
    const ad = 'Cloud Security Engineer\n\nAbout you\n- Strong AWS engineers will be considered\n- Terraform\n';
    expect(choices(ad)).toEqual(['required:aws', 'required:terraform']);
  });

  it('reads "idéalement GCP (AWS ou Azure nous vont aussi)" as one required choice', () => {
    const ad = 'Ingénieur sécurité\n\nProfil recherché\n- Tu connais un cloud public, idéalement GCP (AWS ou Azure nous vont aussi)\n- Kubernetes\n';
    expect(choices(ad, 'fr')).toEqual(['required:gcp|aws|azure', 'required:kubernetes']);
  });

  it('reads "preferiblemente AWS (también valoramos Azure o GCP)" as one required choice', () => {
    const ad = 'Ingeniero de seguridad\n\nRequisitos\n- Experiencia en nube pública, preferiblemente AWS (también valoramos Azure o GCP).\n- Kubernetes\n';
    expect(choices(ad, 'es')).toEqual(['required:aws|azure|gcp', 'required:kubernetes']);
  });

  it('still softens a wish whose parenthesis only gives examples ("ideally GCP (GKE, Cloud Run)")', () => {
    const ad = 'Cloud Security Engineer\n\nRequirements\n- Kubernetes, ideally GCP (GKE, Cloud Run)\n';
    expect(choices(ad)).toEqual(['required:kubernetes', 'preferred:gcp']);
  });
});

describe('postings-r108: years in a work whose kinds in brackets differ in field (convention 475)', () => {
  it('reads "4 ans en ingénierie (DevOps, SRE ou sécurité), dont deux ans sur des sujets de sécurité" as overall and security years', () => {
    const ad =
      "Ingénieur sécurité\n\nProfil recherché\n- Tu as au moins 4 ans d'expérience en ingénierie (DevOps, SRE ou sécurité), dont au moins deux (2) ans sur des sujets de sécurité\n";
    expect(experience(ad, 'fr')).toEqual(['securityYears:2', 'totalYears:4']);
  });

  it('reads "4 years of engineering experience (DevOps, SRE or security)" as overall years', () => {
    const ad = 'Security Engineer\n\nRequirements\n- At least 4 years of engineering experience (DevOps, SRE or security)\n';
    expect(experience(ad)).toEqual(['totalYears:4']);
  });
});

describe('postings-r107: what the ad names and says the hire will not touch', () => {
  it('asks nothing of "… mostly Azure-hosted and their SOC runs on Splunk - you won\'t be touching either"', () => {
    const ad =
      "AI Red Team Consultant\n\nEssential Skills\n- Solid Python\n\nFYI the customer's estate is mostly Azure-hosted and their SOC runs on Splunk - you won't be touching either, so don't worry if that isn't your background.\n";
    expect(choices(ad)).toEqual(['required:python']);
  });
});

describe('postings-r107: a clearance the client cannot sponsor or transfer', () => {
  it('reads "the client cannot sponsor or transfer in-flight applications" as no work authorisation', () => {
    const ad =
      'AI Red Team Consultant\n\nEssential Skills\n- ACTIVE DV clearance - this is non-negotiable, the client cannot sponsor or transfer in-flight applications.\n- Solid Python\n';
    expect(conditions(ad)).toEqual([]);
  });
});

describe('postings-r107: "No prior experience with either is expected; you will learn them on the team"', () => {
  it('asks nothing of the tools named in the sentence before', () => {
    const ad =
      'AI Security Engineer\n\nWhat you will do\nIn the afternoon you could be extending our red-team evaluation harness, which is built on PyTorch and runs on Kubernetes. No prior experience with either is expected; you will learn them on the team.\n\nRequirements\n- Solid Python\n';
    expect(choices(ad)).toEqual(['required:python']);
  });
});
