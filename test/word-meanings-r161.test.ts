import { describe, expect, it } from 'vitest';
import { parseResume } from './_languages';

// Word meanings (thirty-fourth session, second round): a wish to go deeper into a field, translated inference-endpoint
// aliases that read as strictly as the English ones, a course audited, incident response as Spanish verbs, and the German
// label "Grundkenntnisse:" that translates "Familiar with:".

const asOf = '2026-11-01';
const profile = (text: string) => parseResume(text, { asOf });
const ids = (text: string) => profile(text).skills.map((s) => s.id);
const years = (text: string, id: string) => profile(text).skills.find((s) => s.id === id)?.years;

describe('a wish to go deeper into a field is no evidence', () => {
  it.each([
    'Summary\nSecurity analyst at a bank. Keen to move deeper into adversarial machine learning.\n\nExperience\nSOC Analyst, Acme Bank, 2020 - 2024\n- Triaged alerts in Splunk.\n',
    'Summary\nSecurity analyst at a bank. Eager to move into adversarial machine learning.\n\nExperience\nSOC Analyst, Acme Bank, 2020 - 2024\n- Triaged alerts in Splunk.\n',
    'Zusammenfassung\nSicherheitsanalystin bei einer Bank seit sechs Jahren. Ich möchte mich stärker in Richtung Adversarial\nMachine Learning entwickeln.\n\nBerufserfahrung\nSOC-Analystin, Acme Bank, 2020 - 2024\n- Auswertung der Alarme in Splunk für die Fachbereiche.\n',
    "Profil\nAnalyste sécurité depuis six ans dans une banque. J'aimerais évoluer davantage vers l'adversarial machine learning.\n\nExpérience professionnelle\nAnalyste SOC, Banque du Nord, 2020 - 2024\n- Analyse des alertes dans Splunk et rédaction des rapports pour les équipes.\n",
    'Perfil\nAnalista de seguridad con seis años en banca. Quiero orientarme más hacia el adversarial machine learning.\n\nExperiencia\nAnalista SOC, Banco del Norte, 2020 - 2024\n- Análisis de alertas en Splunk y redacción de informes para los equipos.\n',
    'Perfil\nAnalista de seguridad con seis años en banca. Me gustaría profundizar en adversarial machine learning.\n\nExperiencia\nAnalista SOC, Banco del Norte, 2020 - 2024\n- Análisis de alertas en Splunk y redacción de informes para los equipos.\n',
  ])('%s', (text) => {
    expect(ids(text)).toEqual(['security-monitoring']);
  });
});

describe('inference endpoints a security check scans, in German as in English', () => {
  const de =
    'Berufserfahrung\nAI Information Security Engineer, Corrib Telecom, April 2024 - Heute\n- Python-Skripte geschrieben, die alle Inferenz-Endpunkte nächtlich auf schwache TLS-Einstellungen und ablaufende Zertifikate prüfen.\n';
  const en =
    'Experience\nAI Information Security Engineer, Corrib Telecom, April 2024 - Present\n- Wrote Python scripts that scan all inference endpoints nightly for weak TLS settings and expiring certificates.\n';
  it.each([de, en])('give no ML deployment: %s', (text) => {
    expect(ids(text)).not.toContain('ml-deployment');
  });
  it('a German endpoint served stays ML deployment', () => {
    expect(
      ids('Berufserfahrung\nML Engineer, Acme GmbH, 2021 - 2024\n- Modelle trainiert und über Inferenz-Endpunkte auf Kubernetes bereitgestellt.\n'),
    ).toContain('ml-deployment');
  });
});

describe('a course audited, not an audit', () => {
  it('"audit track" of an online course gives no audit', () => {
    expect(
      ids('Experience\nCareer Break, 04/2021 - 03/2023\nUsed the break to take online courses (Coursera Machine Learning Specialization, audit track).\n'),
    ).not.toContain('audit');
  });
});

describe('incident response written as Spanish verbs in a security job', () => {
  const text =
    'Experiencia laboral\n\nAnalista SOC II\nVértice Managed Security - Monterrey\nagosto de 2022 a la actualidad\n- Investigo incidentes escalados en Microsoft Sentinel; dirijo la contención y redacto los informes posteriores al incidente.\n';
  it('counts the job', () => {
    expect(years(text, 'incident-response')).toBe(4.33);
  });
});

describe('"Grundkenntnisse:" opening a German skills row (convention 267)', () => {
  it('lists skills known a little: no evidence', () => {
    expect(
      ids('KERNKOMPETENZEN\nJava, Python\nGrundkenntnisse: Golang, Rust\n\nBERUFSERFAHRUNG\nEntwickler, Acme GmbH, 2020 - 2024\n* Java-Services entwickelt.\n'),
    ).not.toContain('go');
  });
  it('a basic level after a skill still counts (convention 17)', () => {
    expect(
      ids(
        'KENNTNISSE\nProgrammierung      Python (sehr gut), Go (Grundkenntnisse)\n\nBERUFSERFAHRUNG\nEntwickler, Acme GmbH, 2020 - 2024\n* Java-Services entwickelt.\n',
      ),
    ).toContain('go');
  });
});

describe('LangChain as what a review or a built security check inspects', () => {
  it.each([
    'Experience\nSenior AI Security Engineer, Vyoma Cloud, 04/2023 - Present\n* Built an internal Python tool with custom Semgrep rules that flags unsafe prompt templates and LangChain tool definitions.\n',
    'Berufserfahrung\nSenior AI Security Engineer, Vyoma Cloud, 04/2023 - heute\n* Manuelles Code-Review von Java- (Spring Boot), Python- (FastAPI, LangChain) und Node.js-Services.\n',
  ])('gives no LLM applications: %s', (text) => {
    expect(ids(text)).not.toContain('llm-applications');
  });
  it('a RAG assistant built with LangChain stays LLM applications', () => {
    expect(ids('Experience\nML Engineer, Acme, 2021 - 2024\n* Built a RAG assistant with LangChain and pgvector.\n')).toContain('llm-applications');
  });
});
