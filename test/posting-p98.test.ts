import { describe, expect, it } from 'vitest';
import { requirementId } from '../src/catalog/load';
import { roleFromJobPosting } from './_languages';

type Lang = 'en' | 'de' | 'fr' | 'es';
const role = (ad: string, language: Lang = 'en') => roleFromJobPosting(ad, { language });
const reqs = (ad: string, language: Lang = 'en') => role(ad, language).requirements.map((q) => [requirementId(q), q.tier]);
const conditions = (ad: string, language: Lang = 'en') => (role(ad, language).notes ?? []).map((n) => n.condition);

describe('communicating with leadership asked as a soft skill (p98)', () => {
  it('reads defending a memo before executives and coordinating with other teams, not a client team or Defender', () => {
    expect(reqs('Engineer\n\nRequirements\n- The ability to write a crisp risk memo and defend it in a room full of VPs\n')).toEqual([
      ['stakeholder-communication', 'required'],
    ]);
    expect(reqs('Engineer\n\nMust have:\n- Good communication skills, able to coordinate with data science, platform and engineering teams\n')).toEqual([
      ['stakeholder-communication', 'required'],
    ]);
    expect(reqs('Engineer\n\nMust have:\n- Good communication skills and a collaborative attitude\n- Python\n')).toEqual([['python', 'required']]);
  });
  it('reads the same in German, French and Spanish', () => {
    expect(reqs('Analyst\n\nIhr Profil\n- Die Fähigkeit, Risiken gegenüber Fachbereichen und Vorstand verständlich zu vertreten\n', 'de')).toEqual([
      ['stakeholder-communication', 'required'],
    ]);
    expect(reqs('Analyste\n\nProfil recherché\n- Vous savez vulgariser un risque technique auprès des équipes produit comme de la direction.\n', 'fr')).toEqual(
      [['stakeholder-communication', 'required']],
    );
    expect(reqs('Analista\n\nRequisitos\n- Capacidad para defender los riesgos ante la dirección y el negocio.\n', 'es')).toEqual([
      ['stakeholder-communication', 'required'],
    ]);
  });
});

describe('what the employer says it does not ask (p98)', () => {
  it('reads no skill from "You don\'t need a machine-learning background"', () => {
    expect(reqs("Engineer\n\nRequirements\n- Python\n\nYou don't need a machine-learning background. We'll walk you through it.\n")).toEqual([
      ['python', 'required'],
    ]);
  });
  it('reads a must denied and taught ("Kein Muss: … – beides lernen Sie bei uns kennen") as no wish', () => {
    expect(
      reqs('Analyst\n\nIhr Profil\n- Python\n\nKein Muss: Kubernetes und Terraform – beides lernen Sie bei uns im Plattform-Team kennen.\n', 'de'),
    ).toEqual([['python', 'required']]);
  });
  it('keeps a wish the employer offers to teach a wish', () => {
    expect(
      reqs("Engineer\n\nRequirements\n- Python\n\nIt would be nice if you've used Terraform, but you'll learn that with us.\n").map((r) => r[0]),
    ).toContain('terraform');
  });
});

describe('the years of ML engineering as a discipline (p98)', () => {
  it('reads the years measure and no machine-learning ask', () => {
    const ad =
      'MLSecOps Engineer\n\nMust have:\n- 4 to 7 years of total experience, out of which minimum 2 years in ML engineering / MLOps roles\n- Strong Python\n';
    expect(reqs(ad)).toEqual([
      ['mlYears', 'required'],
      ['totalYears', 'required'],
      ['python', 'required'],
    ]);
  });
  it('still reads the field asked where the years build models', () => {
    const ad = 'ML Engineer\n\nRequirements\n- 5+ years of machine learning engineering experience building and training models\n';
    expect(reqs(ad).map((r) => r[0])).toContain('machine-learning');
  });
});

describe("another team's work and a wish after a second dash (p98)", () => {
  it('reads no skill from what a neighbouring team builds or trains, but the work of the team joined', () => {
    const intro =
      "Hi,\n\nYou'd be joining their Assurance cell, which sits next to the team that builds and runs SENTINEL-X, a Splunk-based platform, and the data science squad who train the models (PyTorch, mostly).\n\nWhat they need to see:\n- Python\n";
    expect(reqs(intro)).toEqual([['python', 'required']]);
    const joined = 'Engineer\n\nWe are looking for an engineer to join a mission team that builds and fields models in PyTorch.\n\nRequirements\n- Python\n';
    expect(reqs(joined).map((r) => r[0])).toContain('pytorch');
  });
  it('keeps a must whose wish opens after a second dash, and a wish said as a predicate', () => {
    expect(
      reqs(
        'Analyst\n\nEssentials:\n- A solid understanding of adversarial threats to ML - data poisoning, evasion, model inversion - ideally mapped to MITRE ATLAS\n',
      ),
    ).toEqual([['adversarial-ml', 'required']]);
    expect(reqs('Engineer\n\nAbout you\nExperience securing LLM-based applications — prompt injection, jailbreaks — will set you apart.\n')).toEqual([
      ['llm-security', 'preferred'],
    ]);
  });
});

describe('threat modelling as a verb and work in person (p98)', () => {
  it('reads "modéliser les menaces" and "modelar las amenazas" as threat modelling', () => {
    expect(reqs("Ingénieur\n\nVos missions\n- modéliser les menaces sur nos pipelines d'entraînement ;\n", 'fr')).toEqual([['threat-modeling', 'duty']]);
    expect(reqs('Ingeniero\n\nFunciones\n- Modelar las amenazas de los agentes basados en LLM.\n', 'es').map((r) => r[0])).toContain('threat-modeling');
  });
  it('reads a position in person at an office as a location condition, not a team day at one', () => {
    const ad = (line: string) => `Engineer\n\nRequirements\n- Python\n\n${line}\n`;
    expect(conditions(ad('This position is in person at our Kanata office; French is an asset.'))).toEqual(['location']);
    expect(conditions(ad('Work Location: In person'))).toEqual(['location']);
    expect(conditions(ad('We get together at our London office for team days about once a quarter.'))).toEqual([]);
  });
});

describe('the SOC or the CERT as a party a duty is done with (r7-07)', () => {
  it('reads no security monitoring from "alongside the SOC"', () => {
    expect(reqs('Engineer\n\nResponsibilities\n- Respond to and investigate cloud security incidents alongside the SOC\n')).toEqual([
      ['cloud-security', 'duty'],
      ['incident-response', 'duty'],
    ]);
  });
});
