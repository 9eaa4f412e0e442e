import { describe, expect, it } from 'vitest';
import { parseResume } from './_languages';

// ML, AI and data words (thirty-fifth session): the AI Act's fundamental-rights impact assessment in four languages,
// attacker LLMs fine-tuned by the person, instruction-tuned models named as what an attack paper studies, a skill the
// person says they are exploring, and retraining they orchestrate.

const asOf = '2026-11-01';
const ids = (text: string) => parseResume(text, { asOf }).skills.map((s) => s.id);
const exp = (line: string) => `EXPERIENCE\nAI Governance Lead — Acme   Jan 2023 – Present\n- ${line}\n`;

describe('a fundamental-rights impact assessment (AI Act, Art. 27) is an AI impact assessment', () => {
  it.each([
    exp('Drafted fundamental-rights impact assessments for two high-risk AI systems'),
    exp('Ran the FRIA for the credit-scoring system'),
    'BERUFSERFAHRUNG\n01/2023 – heute  Datenschutzjuristin, Acme GmbH\n• Durchführung von Grundrechte-Folgenabschätzungen (Art. 27) für zwei Systeme\n',
    "EXPÉRIENCE\n2023 – aujourd'hui  Juriste, Acme\n– Rédaction d'analyses d'impact sur les droits fondamentaux pour un assureur\n",
    'EXPERIENCIA\n2023 – actualidad  Jurista, Acme\n◦ Evaluación de impacto en los derechos fundamentales de un sistema de triaje\n',
  ])('gives ai-risk-management: %s', (text) => {
    expect(ids(text)).toContain('ai-risk-management');
  });
});

describe('LLMs the person fine-tunes as attackers are LLM work; instruction-tuned models an attack paper studies are not', () => {
  it.each([
    exp('Fine-tune open-weight LLMs as automated attacker models for jailbreak search'),
    exp('Built the automated attack pipeline: attacker LLMs fine-tuned with RL'),
  ])('gives llm-applications: %s', (text) => {
    expect(ids(text)).toContain('llm-applications');
  });

  it.each([
    exp('Defined the attacker model and trust boundaries for the payments API'),
    exp('Built our automated red-teaming loop: attacker LLMs plus GCG-style adversarial-suffix search to find refusal bypasses'),
    'SUMMARY\nI attack LLM features before launch: prompt injection, jailbreaks, tool abuse.\n',
  ])('gives no llm-applications from attackers used, not trained: %s', (text) => {
    expect(ids(text)).not.toContain('llm-applications');
  });

  it.each([
    'PUBLICATIONS\n[1] T. Wierzbicki, A. Mensah. "Few-Shot Backdoors in Instruction-Tuned LLMs." IEEE S&P 2025.\n',
    'PUBLICATIONS\n[2] P. Raghunathan, S. Greer. "Membership inference against instruction-tuned LLMs." USENIX Security 2024.\n',
  ])('gives no llm-applications from an attack on instruction-tuned models: %s', (text) => {
    expect(ids(text)).not.toContain('llm-applications');
  });

  it('still reads instruction tuning done by the person', () => {
    expect(ids(exp('Instruction tuning of Llama 3 8B on 40k support tickets'))).toContain('llm-applications');
  });
});

describe('a skill the person says they are exploring is an interest', () => {
  it.each([
    'SUMMARY\nI make sure the models a bank ships are the models it trained. Exploring LLM red\nteaming in my spare time.\n',
    'RESUMEN\nMe aseguro de que los modelos que publica un banco son los que entrenó. En mi tiempo libre exploro el red teaming de LLM.\n',
  ])('gives no llm-security: %s', (text) => {
    expect(ids(text)).not.toContain('llm-security');
  });
});

describe('retraining the person orchestrates is ML operations; a model retrained monthly is not', () => {
  it.each([
    'EXPERIENCE\nData Scientist — Acme   Jan 2021 – Present\n- Wrote the Airflow DAGs for weekly retraining and scoring\n',
    'EXPERIENCIA\nCientífica de datos — Acme   2021 – actualidad\n- Endpoints de SageMaker en tiempo real; orquestación de reentrenos mensuales.\n',
  ])('gives mlops: %s', (text) => {
    expect(ids(text)).toContain('mlops');
  });

  it('gives no mlops from a model retrained monthly', () => {
    const text = 'EXPERIENCE\nData Scientist — Acme   Jan 2021 – Present\n- Built the churn model (scikit-learn), retrained monthly.\n';
    expect(ids(text)).not.toContain('mlops');
  });
});
