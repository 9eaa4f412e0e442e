import { describe, expect, it } from 'vitest';
import { parseResume } from './_languages';

// Convention 34: under a security title, an ML system that a verb of securing, assessing or testing governs (the last
// word of work before it in its sentence) is the object assessed, no evidence of the skill; a verb of building that
// comes last governs it instead.
const read = (text: string) => parseResume(text, { asOf: '2026-11-01' });
const ids = (text: string) => read(text).skills.map((s) => s.id);
const kinds = (text: string) => read(text).experience.entries.map((e) => e.kind);

describe('an ML system governed by a verb of securing is the object assessed, no skill (convention 34)', () => {
  it.each([
    [
      'en (threat-modelled)',
      'EXPERIENCE\nProduct Security Engineer — Quillmark   May 2022 – Present\n- Threat-modelled (STRIDE) the partner portal and the support chatbot built on LangChain and pgvector by the data team.\n- Ran the bug bounty triage rota.\n',
    ],
    [
      'en (code review of)',
      'EXPERIENCE\nApplication Security Engineer — Quillmark   May 2022 – Present\n- Manual code review of Python services (FastAPI, LlamaIndex) for injection and unsafe deserialisation.\n- Ran the bug bounty triage rota.\n',
    ],
    [
      'de (Bedrohungsmodellierung)',
      'BERUFSERFAHRUNG\n05/2022 – heute  Security Engineer — Quillmark\n- Bedrohungsmodellierung (STRIDE) des Partnerportals und des Support-Chatbots auf LangChain-Basis.\n- Betreuung des Bug-Bounty-Programms.\n',
    ],
    [
      'fr (modélisation des menaces)',
      "EXPÉRIENCE\nIngénieur sécurité — Quillmark   mai 2022 – aujourd'hui\n- Modélisation des menaces (STRIDE) du portail partenaires et du chatbot de support sur LangChain.\n- Suivi du programme de bug bounty.\n",
    ],
    [
      'es (modelado de amenazas)',
      'EXPERIENCIA\nIngeniero de seguridad — Quillmark   mayo 2022 – actualidad\n- Modelado de amenazas (STRIDE) del portal de socios y del chatbot de soporte sobre LangChain.\n- Gestión del programa de bug bounty.\n',
    ],
  ])('%s', (_, text) => {
    expect(ids(text)).not.toContain('llm-applications');
    expect(kinds(text)).toEqual([['security']]);
  });

  it('a verb of building after the verb of securing governs the mention: the system is built', () => {
    const text =
      'EXPERIENCE\nProduct Security Engineer — Quillmark   May 2022 – Present\n- Reviewed the vendor questionnaires, then built an internal assistant with LangChain that drafts the answers.\n';
    expect(ids(text)).toContain('llm-applications');
  });

  it('prototyping is building, and a security word in the relative clause after the system says what it does', () => {
    const text =
      "EXPERIENCE\nProduct Security Engineer — Quillmark   May 2022 – Present\n- Prototyped an internal RAG assistant (LangChain + OpenSearch) that answers developers' questions on the security policy.\n";
    expect(ids(text)).toContain('llm-applications');
    expect(kinds(text)).toEqual([['security', 'ml']]);
  });

  it('an ML library named with the models assessed is still used: the models are loaded and attacked with it', () => {
    const text =
      'EXPERIENCE\nAI Security Engineer — Quillmark   May 2022 – Present\n- Robustness testing of the fraud classifiers (PyTorch) with the Adversarial Robustness Toolbox before each release.\n';
    expect(ids(text)).toContain('pytorch');
  });

  it('in an entry that is ML work, its ML mentions are its own', () => {
    const text =
      'EXPERIENCE\nMLSecOps Engineer — Quillmark   May 2022 – Present\n- Threat-modelled the RAG ingestion pipeline (LangChain, pgvector) and run its Kubeflow training pipelines.\n';
    expect(ids(text)).toContain('llm-applications');
  });
});
