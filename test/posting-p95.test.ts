import { describe, expect, it } from 'vitest';
import { requirementId } from '../src/catalog/load';
import { roleFromJobPosting } from './_languages';

const role = (ad: string, language: 'en' | 'de' | 'fr' | 'es') => roleFromJobPosting(ad, { language });
const reqs = (ad: string, language: 'en' | 'de' | 'fr' | 'es' = 'en') => role(ad, language).requirements.map((q) => [requirementId(q), q.tier, q.hard]);

describe("a job board's bar of tabs (p95)", () => {
  it('reads the prose under "Overview   Application" as if the bar were not there', () => {
    const ad =
      'Security Engineer\nLocation: Toronto\n\nOverview   Application\n\nAcme builds robots.\n\nYou should have at least five years in security engineering and you write real code in Python.\n\nBonus points if you have run Kubernetes.\n';
    expect(reqs(ad)).toEqual([
      ['securityYears', 'required', true],
      ['python', 'required', false],
      ['kubernetes', 'preferred', false],
    ]);
  });
});

describe('skills the ad says the hire will not need (p95)', () => {
  it('reads "you won\'t need Java either" and "that\'s not part of this role" as not asked', () => {
    const ad =
      "Security Engineer\n\nAbout the role\nYou will secure our Python services. The ingest side is mostly Java but that's owned by another team, so you won't need Java either. Some of our legacy workloads still run on Azure; that's not part of this role.\n\nRequirements\n- Python\n";
    expect(reqs(ad)).toEqual([['python', 'required', false]]);
  });
  it('reads a list of "things you don\'t need" and "you don\'t need to have trained models" as not asked', () => {
    const ad =
      "Security Engineer\n\nRequirements\n- Python\n\nA few things you don't need: ML research experience or frontend experience (the web app is TypeScript). You don't need to have trained models yourself – our ML team owns that.\n";
    expect(reqs(ad)).toEqual([['python', 'required', false]]);
  });
  it('still reads a skill the sentence turns to after the cue ("you don\'t need to have X, but you need Y")', () => {
    const ad = "Security Engineer\n\nRequirements\n- You don't need to have trained models yourself, but you need to know MLflow.\n";
    expect(reqs(ad).map((r) => r[0])).toContain('mlops');
  });
  it('reads "vous n\'aurez pas à coder – nos data scientists travaillent sur GCP" as no GCP asked', () => {
    const ad =
      "Analyste\n\nProfil\n- Python.\n\nPas de panique : vous n'aurez pas à coder au quotidien – nos data scientists travaillent sur GCP (Vertex AI) et restent propriétaires des modèles.\n";
    expect(reqs(ad, 'fr')).toEqual([['python', 'required', false]]);
  });
});

describe('a certification the employer offers to pay for (p95)', () => {
  it('reads "Si quieres certificarte en AWS, la formación corre a cargo de la empresa" as no AWS asked', () => {
    const ad = 'Analista SOC\n\nRequisitos\n- Python.\n\nOtros\nSi quieres certificarte en AWS, la formación corre a cargo de la empresa.\n';
    expect(reqs(ad, 'es')).toEqual([['python', 'required', false]]);
  });
  it('reads "if you want to get certified in AWS, we pay for it" as no AWS asked', () => {
    const ad = 'SOC Analyst\n\nRequirements\n- Python.\n\nOther\nIf you want to get certified in AWS, we cover the exam.\n';
    expect(reqs(ad)).toEqual([['python', 'required', false]]);
  });
});
