import { describe, expect, it } from 'vitest';
import { parseResume } from './_languages';

// Systems someone tests or attacks, and tools only met in a course: what the thirty-first session's r144 set taught
// (conventions 142–144 of docs/reading-conventions.md).
const read = (text: string) => parseResume(text, { asOf: '2026-11-01' });
const ids = (text: string) => read(text).skills.map((s) => s.id);

describe('a bracket that says what most of the tested products were built on names no skill of the tester (convention 142)', () => {
  it.each([
    [
      'en',
      'EXPERIENCE\nSecurity Consultant — Brightmoor Ltd   Mar 2022 – Present\n- Ran black-box tests against customer chatbots and search apps (most built on LlamaIndex or Azure OpenAI): jailbreaks, prompt injection.\n',
    ],
    [
      'de',
      'BERUFSERFAHRUNG\n03/2022 – heute  Sicherheitsberater — Brightmoor GmbH\n- Black-Box-Tests gegen Chatbots von Kunden (meist gebaut mit LlamaIndex oder Azure OpenAI): Jailbreaks, Prompt Injection.\n',
    ],
    [
      'fr',
      "EXPÉRIENCE\nConsultant sécurité — Brightmoor   mars 2022 – aujourd'hui\n- Tests en boîte noire contre les chatbots des clients (souvent construits avec LlamaIndex ou Azure OpenAI) : jailbreaks, injection de prompt.\n",
    ],
    [
      'es',
      'EXPERIENCIA\nConsultor de seguridad — Brightmoor   marzo 2022 – actualidad\n- Pruebas de caja negra contra chatbots de clientes (muchos construidos con LlamaIndex o Azure OpenAI): jailbreaks, inyección de prompts.\n',
    ],
  ])('%s', (_, text) => {
    const got = ids(text);
    expect(got).not.toContain('llm-applications');
    expect(got).not.toContain('azure');
    expect(got).toContain('llm-security');
  });

  it('the person’s own apps named before such a bracket keep their stack when a verb of building governs them elsewhere', () => {
    const text =
      'EXPERIENCE\nML Engineer — Brightmoor Ltd   Mar 2022 – Present\n- Built three internal assistants with LlamaIndex and pgvector for the support desk.\n- Ran black-box tests against customer chatbots (most built on LangChain).\n';
    expect(ids(text)).toContain('llm-applications');
  });
});

describe('models under adversarial test, and pipelines under a threat analysis, are the objects of security work (convention 143)', () => {
  it('object detection under adversarial robustness testing is no deep learning', () => {
    const text =
      'EXPERIENCE\nAI Test Analyst — Oakridge Labs   02/2023 – Present\n- Adversarial robustness testing of object detection models supplied by the vendor (evasion, patches).\n';
    expect(ids(text)).not.toContain('deep-learning');
  });

  it('object detection models the person trains stay deep learning', () => {
    const text = 'EXPERIENCE\nML Engineer — Oakridge Labs   02/2023 – Present\n- Trained object detection models for warehouse cameras.\n';
    expect(ids(text)).toContain('deep-learning');
  });

  it.each([
    ['en', 'EXPERIENCE\nSecurity Researcher — Oakridge Labs   02/2023 – Present\n- Attack trees for the fraud scoring ML pipeline; abuse cases for the API.\n'],
    [
      'de',
      'BERUFSERFAHRUNG\n02/2023 – heute  Sicherheitsforscher — Oakridge GmbH\n- Angriffsbäume und Missbrauchsfälle für die ML-Pipeline der Betrugserkennung.\n',
    ],
    ['fr', "EXPÉRIENCE\nChercheur sécurité — Oakridge   févr. 2023 – aujourd'hui\n- Arbres d'attaque pour le pipeline ML de détection de fraude.\n"],
  ])('an ML pipeline named beside attack words is no MLOps (%s)', (_, text) => {
    expect(ids(text)).not.toContain('mlops');
  });

  it('an ML pipeline the person runs stays MLOps', () => {
    const text = 'EXPERIENCE\nML Engineer — Oakridge Labs   02/2023 – Present\n- Maintained the nightly ML pipeline for the fraud scores.\n';
    expect(ids(text)).toContain('mlops');
  });

  it('risk assessments of AI-enabled systems for an authorization package are security assessment, no AI risk framework', () => {
    const text =
      'EXPERIENCE\nTest Analyst — Oakridge Labs   02/2023 – Present\n- Drafted risk assessments of AI-enabled sensors for the system’s authorization package.\n';
    const got = ids(text);
    expect(got).toContain('security-assessment');
    expect(got).not.toContain('ai-risk-management');
  });
});

describe('a tool met in a short course, or only "familiar", is no evidence (convention 144)', () => {
  it.each([
    ['8-hour online course', 'TRAINING\nIntro to Keras (8-hour online course)\n'],
    ['3-day course', 'TRAINING\nIntro to Docker (3-day course)\n'],
    ['40 h MOOC', 'TRAINING\nKubernetes (40 h MOOC)\n'],
  ])('a bracket with a duration: %s', (_, training) => {
    const text = `EXPERIENCE\nAnalyst — Oakridge Labs   02/2023 – Present\n- Wrote Python scripts for the weekly reports.\n\n${training}`;
    const got = ids(text);
    expect(got).not.toContain('tensorflow');
    expect(got).not.toContain('docker');
    expect(got).not.toContain('kubernetes');
  });

  it.each([
    [
      'en',
      'EXPERIENCE\nAnalyst — Oakridge Labs   02/2023 – Present\n- Wrote Python scripts.\n\nOTHER\nSecurity basics course, familiar with Wireshark\n',
      'network-security',
    ],
    [
      'en (Keras)',
      'EXPERIENCE\nAnalyst — Oakridge Labs   02/2023 – Present\n- Wrote Python scripts.\n\nOTHER\nOne-day workshop –\nfamiliar with Keras\n',
      'tensorflow',
    ],
    [
      'fr',
      "EXPÉRIENCE\nAnalyste — Oakridge   févr. 2023 – aujourd'hui\n- Scripts Python.\n\nDIVERS\nAtelier d'une journée, familiarisé avec Keras\n",
      'tensorflow',
    ],
    [
      'es',
      'EXPERIENCIA\nAnalista — Oakridge   febrero 2023 – actualidad\n- Scripts en Python.\n\nOTROS\nTaller de un día, familiarizado con Keras\n',
      'tensorflow',
    ],
  ])('"familiar with" before a tool (%s)', (_, text, id) => {
    expect(ids(text)).not.toContain(id);
  });

  it('a "Familiar with:" row disclaims no tool of the same skill listed on another row', () => {
    const text = 'SKILLS\nTools: Nessus, Burp Suite, Git\nFamiliar with: Metasploit, Kali Linux, Docker\n';
    const got = ids(text);
    expect(got).toContain('penetration-testing');
    expect(got).not.toContain('docker');
  });

  it('the same tool used at work stays', () => {
    const text =
      'EXPERIENCE\nML Engineer — Oakridge Labs   02/2023 – Present\n- Trained Keras models for churn.\n\nTRAINING\nIntro to Keras (8-hour online course)\n';
    expect(ids(text)).toContain('tensorflow');
  });
});
