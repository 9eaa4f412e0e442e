import { describe, expect, it } from 'vitest';
import { parseResume } from './_languages';

// Words that name automation or tooling but no automation of security work the person built (contract: security-automation).
const en = (title: string, bullets: string) =>
  `Sam Lee\n\nEXPERIENCE\n\n${title}, Quillon Ltd   09/2021 - present\n${bullets}\n\nEDUCATION\n\nBSc Computer Science, 2015\n`;
const fr = (title: string, bullets: string) =>
  `Claire Martin\n\nEXPÉRIENCES PROFESSIONNELLES\n\n${title}   Mars 2021 – à ce jour\nQuillon SAS, Paris\n${bullets}\n\nFORMATION\n\n2015   Licence Informatique, Université de Rennes 1\n`;
const hasAutomation = (text: string) => parseResume(text, { asOf: '2026-11-01' }).skills.some((s) => s.id === 'security-automation');

describe('security automation: an agent’s tools, a generating model, a benchmark, objects checked, test tooling', () => {
  it.each([
    ['a grant title on agents that use tools', 'Research Fellow', '- EPSRC grant "Securing Tool-Using LLM Agents against Prompt Injection".'],
    [
      'attacks a fine-tuned model generates automatically',
      'Research Scientist, Model Security',
      '- Fine-tuned open-weight LLMs to generate attacks automatically; results mapped to MITRE ATLAS.',
    ],
    [
      'a research benchmark of attacks',
      'Postdoctoral Researcher, AI Security group',
      '- Built IPI-Bench, an automated jailbreak and prompt-injection benchmark (12,000 attacks).',
    ],
    ['checks on ML ingestion jobs', 'ML Security Engineer', '- Data-poisoning and label-flip checks on ingestion jobs; least-privilege service accounts.'],
    [
      'scan findings fixed in services owned',
      'Application Security Engineer',
      '- Fixed findings from the external pen test and Checkmarx scans in the services I owned.',
    ],
    ['QA test tooling', 'AI Test Engineer (Safety & Security)', '- Maintain test tooling: Docker Compose test environments and seeded test data.'],
  ])('%s gives none', (_label, title, bullet) => {
    expect(hasAutomation(en(title, bullet))).toBe(false);
  });

  it.each([
    ['security tooling the person writes', 'Security Engineer', '- Wrote Python security tooling: a model-provenance checker for the registry.'],
    [
      'a harness that files findings automatically',
      'AI Red Team Engineer',
      '- Built a Python harness that replays 3,000 jailbreak prompts nightly and files findings automatically.',
    ],
    [
      'an automated attack harness',
      'Postdoctoral Researcher, AI Security group',
      '- Built an automated jailbreak harness in Python that runs against every release.',
    ],
    ['a job that checks IAM bindings', 'Cloud Security Engineer', '- Python jobs that check IAM bindings every night and open tickets for risky grants.'],
    ['a service that scans model files', 'ML Security Engineer', '- Wrote a Python service that scans uploaded model files for malicious pickles.'],
  ])('%s still gives it', (_label, title, bullet) => {
    expect(hasAutomation(en(title, bullet))).toBe(true);
  });

  it('reads French test tooling as no security tooling, and in-house recon tooling as some', () => {
    expect(
      hasAutomation(fr('Ingénieur test IA (sûreté et sécurité)', "- Maintenance de l'outillage de test : environnements Docker Compose et données de test")),
    ).toBe(false);
    expect(hasAutomation(fr('Pentesteur', '- Outillage Python maison qui automatise la reconnaissance et la génération des rapports'))).toBe(true);
  });
});

describe('neighbours: Splunk searched to reproduce failures, a French ML platform team', () => {
  const skills = (text: string) => parseResume(text, { asOf: '2026-11-01' }).skills.map((s) => s.id);
  it('reads Splunk searched to reproduce or debug failures as no security monitoring, in English and French', () => {
    expect(
      skills(en('AI Test Engineer (Safety & Security)', '- Search Splunk application logs to reproduce intermittent failures reported by customers.')),
    ).not.toContain('security-monitoring');
    expect(
      skills(
        fr('Ingénieur de test IA (sûreté et sécurité)', '- Recherche dans les journaux applicatifs Splunk pour reproduire des défaillances intermittentes'),
      ),
    ).not.toContain('security-monitoring');
    expect(skills(en('Security Analyst', '- Triaged Splunk alerts on repeated login failures and escalated incidents.'))).toContain('security-monitoring');
  });
  it("reads « l'équipe de plateforme ML » as a team's name, no MLOps of the person's", () => {
    expect(
      skills(fr('Ingénieur de test IA', "- Tests avant chaque mise en production ; les modèles appartiennent à l'équipe de plateforme ML.")),
    ).not.toContain('mlops');
    expect(skills(fr('Ingénieure ML', '- Conception des pipelines MLflow et du registre de modèles pour la plateforme ML.'))).toContain('mlops');
    // Embedded in that team, its stack is the person's work: no team name then (`teamHelped`).
    expect(skills(fr('Ingénieur sécurité', "- Ingénieur sécurité intégré à l'équipe plateforme ML (EKS, Kubeflow, MLflow)."))).toContain('kubernetes');
  });
});
