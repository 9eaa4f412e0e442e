import { describe, expect, it } from 'vitest';
import { parseResume } from './_languages';

// What the words mean (thirty-third session): a test another party carried out, risk assessments of LLM systems, model
// names under attack, a degree programme in brackets, a Spanish clearance label and a lapse that ends its sentence.

const asOf = '2026-11-01';
const profile = (text: string) => parseResume(text, { asOf });
const ids = (text: string) => profile(text).skills.map((s) => s.id);

describe('a test carried out by another party (othersMadeBy, convention 97)', () => {
  it.each([
    'EXPERIENCE\nAI Risk Lead, Acme Insurance  2022 – 2026\n• Scoped an external LLM red-teaming engagement (carried out by a specialist vendor) and tracked remediation.\n',
    'BERUFSERFAHRUNG\nAI Risk Lead, Acme Versicherung  2022 – 2026\n• Scoping eines externen LLM-Red-Teaming-Auftrags (durchgeführt von einem spezialisierten Dienstleister) und Nachverfolgung der Behebung.\n',
  ])('gives no LLM security: %s', (text) => {
    expect(ids(text)).not.toContain('llm-security');
  });
  it('the person’s own red teaming still counts', () => {
    expect(ids('EXPERIENCE\nAI Red Team Lead, Acme  2022 – 2026\n• Ran LLM red-teaming engagements against the support chatbot.\n')).toContain('llm-security');
  });
});

describe('risk assessments of LLM systems are no security assessment', () => {
  it('an intake of GenAI use cases', () => {
    const text =
      'EXPERIENCE\nAI Risk & Assurance Lead, Acme Insurance  2022 – 2026\n• GenAI use-case intake: risk assessments of LLM chatbots and coding assistants before approval.\n';
    expect(ids(text)).not.toContain('security-assessment');
  });
  it('a security risk assessment stays one', () => {
    expect(ids('EXPERIENCE\nSecurity Analyst, Acme  2022 – 2026\n• Performed risk assessments of the payment network and firewalls.\n')).toContain(
      'security-assessment',
    );
  });
});

describe('model names as the object of attacks', () => {
  it.each([
    'EXPERIENCE\nPostdoctoral Research Associate, University of Edinburgh  Oct 2023 – present\n • Jailbreak robustness of open-weight LLMs (Llama, Mistral): automated jailbreak-suffix search.\n',
    'EXPERIENCE\nSecurity Researcher, Acme  2023 – 2026\n • Adversarial robustness evaluation of Mistral and Llama chat models.\n',
  ])('give no LLM application work: %s', (text) => {
    expect(ids(text)).not.toContain('llm-applications');
  });
  it('a fine-tuned Llama is still built', () => {
    expect(ids('EXPERIENCE\nML Engineer, Acme  2023 – 2026\n • Fine-tuned Llama 3 on support tickets and shipped it behind our API.\n')).toContain(
      'llm-applications',
    );
  });
  it('a paper on backdoors that survive fine-tuning builds no LLM application', () => {
    const text = 'SELECTED PUBLICATIONS\n[1] M. Romero, J. Calloway. "Backdoors that Survive Fine-Tuning in Vision-Language Models." IEEE S&P, 2026.\n';
    expect(ids(text)).not.toContain('llm-applications');
  });
  it('an automated search in an attack study is no security automation (Spanish)', () => {
    const text =
      'EXPERIENCIA\nInvestigadora de seguridad, Acme  2023 – 2026\n • Robustez frente a jailbreaks de LLM: búsqueda automatizada de sufijos de jailbreak y medición de defensas.\n';
    expect(ids(text)).not.toContain('security-automation');
  });
  it('"no hacemos fine-tuning" is a negation (Spanish)', () => {
    const text = 'EXPERIENCIA\nInvestigadora, Acme  2023 – 2026\n • Solo inferencia; no hacemos fine-tuning de LLM ni construimos productos.\n';
    expect(ids(text)).not.toContain('llm-applications');
  });
});

describe('a bracket that names a degree programme (convention 208)', () => {
  it.each([
    'EXPERIENCIA\nInvestigadora predoctoral (contrato FPU)    oct. 2019 – sep. 2023\nUniversidad Carlos III de Madrid\n • Profesora ayudante en prácticas de Aprendizaje Automático (Grado en Ciencia e Ingeniería de Datos), 2020–2022.\n',
    'EXPERIENCE\nLecturer, University of Leeds  2019 – 2023\n • Taught the security module (BSc Data Engineering), 2020–2022.\n',
  ])('names the students’ study, no data engineering: %s', (text) => {
    expect(ids(text)).not.toContain('data-engineering');
  });
  it('the same degree in the education section still counts', () => {
    expect(ids('FORMACIÓN\nGrado en Ingeniería de Datos, Universidad de Granada, 2017\n')).toContain('data-engineering');
  });
  it('a bracket that opens with "LLM" and names no field of study is read', () => {
    const text = 'EXPERIENCE\nDirector, AI Security Engineering  Jan 2024 – Present\n(LLM red team, hands-on threat models and code review of AI features)';
    expect(ids(text)).toContain('secure-code-review');
  });
  it('a bracket that lists tools is read', () => {
    expect(ids('EXPERIENCE\nData Engineer, Acme  2019 – 2023\n - Built the data platform (Spark, Airflow)\n')).toContain('data-engineering');
  });
});

describe('clearances', () => {
  it('"Autorización de seguridad:" labels a clearance line, and "inactiva." ends its sentence', () => {
    const text =
      'Experiencia laboral\n\nAdministrador de Sistemas\nAlamo Federal IT Services - San Antonio, TX\njulio de 2018 a diciembre de 2021\n- Administré servidores para un contrato del Departamento de Asuntos de\nVeteranos (puesto con Public Trust).\n\nInformación adicional\nAutorización de seguridad: Public Trust (contrato con el VA, 2018-2021), inactiva. Ciudadano estadounidense\n(naturalizado en 2020), elegible para una autorización Secret.\n';
    const p = profile(text);
    expect(p.clearance).toBeNull();
    expect(p.clearances.map((c) => [c.level, c.status])).toEqual([
      ['public-trust', 'held'],
      ['public-trust', 'lapsed'],
      ['secret', 'eligible'],
    ]);
  });
  it('a level said active in its sentence keeps its status', () => {
    expect(profile('Clearance: Secret, active. Eligible for TS/SCI upgrade.\n').clearance?.level).toBe('secret');
  });
});

describe('headings', () => {
  it('"PUESTOS Y EMPLEO" opens the experience section', () => {
    const p = profile(
      'PUESTOS Y EMPLEO\n\nAnalista de datos junior          sep. 2017 – jul. 2018\nAseguradora Meseta S.A. — Madrid\n • Informes SQL sobre datos de siniestros.\n',
    );
    expect(p.skills.find((s) => s.id === 'sql')?.evidence[0]?.section).toBe('experience');
  });
});
