import { describe, expect, it } from 'vitest';
import { conditions, degrees, type Lang, tiers } from './_postings';

describe('a lead-in that ends with a duties heading naming the hire (p102)', () => {
  it('reads the list after "As an IT Specialist (…) you will:" under an ignored heading as duties', () => {
    const ad =
      'IT Specialist\n\nRequirements\n- Python\n\nSummary\nThe agency is standing up an AI Security function.\n\nAs an IT Specialist (INFOSEC/Artificial Intelligence Security) you will:\n\n- Develop and maintain threat models for AI-enabled systems.\n';
    expect(tiers(ad)).toEqual(['duty:threat-modeling', 'required:python']);
  });
  it('ignores the policy links of a fair-hiring footer ("Fair & Transparent")', () => {
    const ad =
      'IT Specialist\n\nRequirements\n- Python\n\nFair & Transparent\nThe Federal hiring process is set up to be fair and transparent.\nPrivacy Act\nSelective Service\n';
    expect(tiers(ad)).toEqual(['required:python']);
  });
});

describe("another team's stack, or a stack the hire will not run (p102)", () => {
  it.each<[string, Lang]>([
    [
      "Consultant\n\nMust haves\n- Python\n\nTheir environment is air-gapped Linux with Kubernetes, but that's run by a separate platform team and you won't be administering it.\n",
      'en',
    ],
    ['Engineer\n\nRequirements\n- Python\n\nWe run on Kubernetes (EKS) and Terraform, but nobody expects you to arrive knowing how we wired it.\n', 'en'],
    ['Analista\n\nRequisitos mínimos\n- Python\n\nNuestro laboratorio corre sobre Kubernetes, pero lo mantiene el equipo de infraestructura.\n', 'es'],
  ])('names no skill of that stack: %s', (ad, language) => {
    expect(tiers(ad, language)).toEqual(['required:python']);
  });
  it('reads a degree in a clause that says it is not required as no degree ("NOT required: a PhD")', () => {
    const ad = 'Consultant\n\nMust haves\n- Python\n\nNOT required: a PhD or any ML research background.\n';
    expect(degrees(ad)).toEqual([]);
  });
  it('reads a skill that is "keine Voraussetzung" as not asked', () => {
    const ad =
      'Security Engineer (m/w/d)\n\nIhr Profil\n- Sicherer Umgang mit Python\n\nGo-Kenntnisse sind keine Voraussetzung – unsere internen Werkzeuge lernen Sie bei uns kennen.\n';
    expect(tiers(ad, 'de')).toEqual(['required:python']);
  });
  it("reads a team's relative clause in prose with a verb of triage as the team's work", () => {
    const ad =
      'Engineer\n\nThe AI Security team sits inside Product Security. You will work with a team that triages findings and operates our Splunk-based detection pipeline.\n\nRequirements\n- Python\n';
    expect(tiers(ad)).toEqual(['required:python']);
  });
});

describe('duties read in other words (p102, p103)', () => {
  it('reads a model deployment that ends a range of pipeline stages as no ML deployment', () => {
    const ad =
      'Security Engineer (m/w/d)\n\nIhre Aufgaben\n- Sie verantworten die Sicherheit unserer ML-Plattform – von der Datenaufnahme über das Training bis zur Bereitstellung der Modelle.\n\nIhr Profil\n- Python\n';
    expect(tiers(ad, 'de')).not.toContain('duty:ml-deployment');
  });
  it('reads "automatisieren … Sicherheitsprüfungen" as security automation', () => {
    const ad = 'Security Engineer (m/w/d)\n\nIhre Aufgaben\n- Sie automatisieren wiederkehrende Sicherheitsprüfungen.\n\nIhr Profil\n- Python\n';
    expect(tiers(ad, 'de')).toEqual(['duty:security-automation', 'required:python']);
  });
  it('reads Semgrep rules tuned beside pull requests reviewed as code review, not DevSecOps', () => {
    const ad =
      "Engineer\n\nRequirements\n- Python\n\nResponsibilities\n- You'll review pull requests for security issues and tune the Semgrep rules the rest of engineering lives with.\n";
    expect(tiers(ad)).toEqual(['duty:secure-code-review', 'required:python']);
  });
  it("reads a contact officer's title as the page's metadata", () => {
    const ad = 'Adviser\nContact officer: Priya Raman, Director Cyber Assurance, (02) 6100 0000\n\nRequirements\n- Python\n';
    expect(tiers(ad)).toEqual(['required:python']);
  });
  it('reads French "coacher les développeurs" as mentoring', () => {
    const ad = 'Ingénieur (H/F)\n\nMissions\n- Accompagner et coacher les développeurs sur les bonnes pratiques.\n\nProfil recherché\n- Python\n';
    expect(tiers(ad, 'fr')).toContain('duty:mentoring');
  });
});

describe('a hard-wrapped text (p103)', () => {
  const wrap = (words: string) => `${words}`.padEnd(100, ' x').slice(0, 100).trimEnd();
  it('joins a line that runs to the wrap width with a capitalised next line', () => {
    const filler = Array.from({ length: 12 }, (_, i) => wrap(`Line ${i} of the company blurb that runs on and on`)).join('\n');
    const ad = `Engineer\n\nAbout us\n${filler}\n${wrap('Acme runs one of the largest fleets in the industry on an inference platform built on')}\nKubernetes and NVIDIA Triton.\n\nRequirements\n- Python\n`;
    expect(tiers(ad)).toEqual(['required:python']);
  });
});

describe('visa sponsorship offered as a benefit (p102)', () => {
  it('reads "Relocation support and visa sponsorship" as no work-authorization condition', () => {
    const ad = 'Engineer\n\nRequirements\n- Python\n\nWhat we offer\n- Relocation support and visa sponsorship\n';
    expect(conditions(ad)).not.toContain('work-authorization');
  });
});

describe('more words of others and of the offer (p103)', () => {
  it('reads tooling the hire "will be supported to learn" as not asked', () => {
    const ad =
      "Adviser\n\nRequirements\n- Python\n\nDevelopment: the successful candidate will be supported to complete IRAP training and to learn the agency's Splunk and Tenable tooling.\n";
    expect(tiers(ad)).toEqual(['required:python']);
  });
  it('reads an agent that books travel as no travel condition', () => {
    const ad =
      "Engineer\n\nRequirements\n- Python\n\nYou might start the morning in a design review for a new agent that books travel on a customer's behalf.\n";
    expect(conditions(ad)).not.toContain('travel');
  });
  it('reads Databricks beside MLflow as an ML platform, no data engineering', () => {
    const ad = 'Ingeniero\n\nSe valorará:\n- Experiencia con MLflow o Databricks.\n\nRequisitos mínimos\n- Python\n';
    expect(tiers(ad, 'es')).not.toContain('preferred:data-engineering');
  });
  it('reads a customer\'s own security review ("their security review") as no security assessment', () => {
    const ad =
      "Engineer\n\nRequirements\n- Python\n\nResponsibilities\n- Join calls with customers' CISOs when their security review has 300 questions and a deadline.\n";
    expect(tiers(ad)).not.toContain('duty:security-assessment');
  });
});
