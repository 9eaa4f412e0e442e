import { describe, expect, it } from 'vitest';
import { findDateRanges, formatYearMonth } from '../src/text/dates';
import { parseResume } from './_languages';

// Kinds of work and the years they add up to, as the thirty-seventh session's r171 set taught (conventions 338–341 of
// docs/reading-conventions.md): a step dated inside a job's bracket, coordinated security audits, threat-intelligence
// titles in French, a Swiss apprenticeship listed with its school-leaving diploma, a system built and secured, and the
// subject of a teaching-only post.
const read = (text: string) => parseResume(text, { asOf: '2026-11-01' });
const span = (line: string) =>
  findDateRanges(line, 2026 * 12 + 10).map((r) => `${formatYearMonth(r.start)}..${formatYearMonth(r.end)}${r.current ? ' current' : ''}`);

describe('an open date inside a remark in brackets, beside the range of the line (convention 339)', () => {
  it.each([
    ['SOC Analyst (Level 1, Level 2 from 2019-06)        2018-02 – 2021-03', ['2018-02..2021-03']],
    ['SOC Analyst (L2 since 06/2019)      02/2018 – 03/2021', ['2018-02..2021-03']],
    // A bracket of dates alone after a title dates a position of its own.
    ['Head of AI Governance (2023– ) · Senior Privacy Counsel (2019–2023)', ['2023-01..2026-11 current', '2019-01..2023-12']],
    // Two bracketed ranges date two positions: neither is a step inside the other.
    ['Sales Team Lead (since 03/2023) – Key Account Manager (2019–2023)', ['2023-03..2026-11 current', '2019-01..2023-12']],
  ])('%s', (line, want) => {
    expect(span(line)).toEqual(want);
  });

  it('the job keeps its title and its range', () => {
    const profile = read(
      'CAREER HISTORY\n\nDimension Secure (Pty) Ltd – Midrand\nSOC Analyst (Level 1, Level 2 from 2019-06)                        2018-02 – 2021-03\n - Triaged Splunk ES alerts for 25 managed clients.\n',
    );
    const [e] = profile.experience.entries;
    expect([e?.start, e?.end, e?.title]).toEqual(['2018-02', '2021-03', 'SOC Analyst (Level 1, Level 2 from 2019-06)']);
  });
});

describe('an audit of information security coordinated with another field (convention 139)', () => {
  it('weighs as one security duty: with ISO 27001 and PCI DSS the IT audit entry is security work', () => {
    const profile = read(
      'CAREER HISTORY\n\nIT Audit Senior, Technology Risk                                              Sep 2015 – Mar 2018\n- Information-security and IT general controls audits for financial-services clients: ISO 27001 readiness, PCI DSS, access and change management.\n- Used SQL and IDEA to analyse user and change data for control testing.\n',
    );
    expect(profile.experience.entries[0]?.kind).toEqual(['security']);
    expect(profile.experience.securityYears).toBe(2.58);
  });

  it('an IT audit of general controls alone stays no security work', () => {
    const profile = read(
      'CAREER HISTORY\n\nIT Audit Senior, Technology Risk                                              Sep 2015 – Mar 2018\n- IT general controls audits for financial-services clients: ISO 27001 readiness, access and change management.\n',
    );
    expect(profile.experience.entries[0]?.kind).toEqual(['other']);
  });
});

describe('threat-intelligence and SOC titles in French', () => {
  it.each([
    ['Analyste, renseignement sur les cybermenaces', ['security']],
    ['Analyste COS (niveau 1)', ['security']],
  ])('%s', (title, kind) => {
    const profile = read(
      `EXPÉRIENCE\n\nBANQUE BORÉALE - Montréal                                   2019-03 - 2021-06\n  ${title}\n  - Rédaction du rapport hebdomadaire de renseignement et réponse aux demandes des équipes Fraude et TI.\n`,
    );
    expect(profile.experience.entries[0]?.kind).toEqual(kind);
  });
});

describe('an apprenticeship listed among the degrees with its school-leaving diploma (convention 338)', () => {
  const cv = (line2: string) =>
    `BERUFSERFAHRUNG\n\n08/2013 – 02/2016       ICT-Systemtechniker\n                        Limmat Energie AG, Zürich\n                        - Betrieb von Windows- und Linux-Servern\n\nAUSBILDUNG\n\n2015 – 2019             BSc ZFH in Informatik (berufsbegleitend)\n                        ZHAW School of Engineering, Winterthur\n\n2009 – 2013             Lehre als Informatiker EFZ, Fachrichtung Systemtechnik\n                        ${line2}\n`;

  it('"mit Berufsmaturität (BMS)": the schooling, no job', () => {
    const profile = read(cv('Limmat Energie AG, Zürich, mit Berufsmaturität (BMS)'));
    expect(profile.experience.entries.map((e) => e.title)).toEqual(['ICT-Systemtechniker']);
    expect(profile.experience.totalYears).toBe(2.58);
  });

  it('the training company alone: work, as before (convention 215)', () => {
    const profile = read(cv('Limmat Energie AG, Zürich'));
    expect(profile.experience.entries).toHaveLength(2);
  });
});

describe('a system built and secured under a security title', () => {
  it.each([
    [
      'fr',
      "EXPÉRIENCES PROFESSIONNELLES\n\nResponsable Ingénierie Sécurité IA Générative\nGroupe Banque Séquane, Paris                     01/2023 – 11/2026\n• Construction et sécurisation de la plateforme interne d'IA générative : assistant RAG pour les conseillers (Python, LangChain), passerelle LLM\n• Tests de prompt injection et de jailbreak avant chaque mise en production\n",
    ],
    [
      'en',
      'EXPERIENCE\n\nHead of GenAI Security Engineering\nSequane Bank, Paris                     01/2023 – 11/2026\n- Built and secured the internal generative-AI platform: RAG assistant for advisers (Python, LangChain), LLM gateway\n- Prompt-injection and jailbreak testing before each release\n',
    ],
  ])('%s: the platform is the person’s own, ML work as well as security work', (_, text) => {
    const profile = read(text);
    expect(profile.experience.entries[0]?.kind).toEqual(['security', 'ml']);
    expect(profile.skills.map((s) => s.id)).toContain('llm-applications');
  });

  it('securing alone leaves the system others built', () => {
    const profile = read(
      'EXPERIENCE\n\nHead of GenAI Security Engineering\nSequane Bank, Paris                     01/2023 – 11/2026\n- Secured the internal generative-AI platform: RAG assistant for advisers (Python, LangChain), LLM gateway\n- Prompt-injection and jailbreak testing before each release\n',
    );
    expect(profile.experience.entries[0]?.kind).toEqual(['security']);
  });
});

describe('the subject of a teaching-only post (convention 340)', () => {
  it.each([
    [
      'en',
      'EXPERIENCE\n\nMachine Learning Engineer — Finvalis   January 2020 - March 2022\n- Vertex AI Pipelines for weekly retraining of the fraud models (MLOps).\n\nVisiting Lecturer (vacataire), MLOps — EPITA   January 2023 - November 2026\n- About 30 hours a year: MLOps course for final-year engineering students.\n',
    ],
    [
      'fr',
      'EXPÉRIENCE\n\nIngénieure Machine Learning — Finvalis   janvier 2020 - mars 2022\n- Vertex AI Pipelines pour le réentraînement hebdomadaire des modèles de fraude (MLOps).\n\nIntervenante vacataire, MLOps — EPITA   janvier 2023 - novembre 2026\n- Environ 30 heures par an : cours de MLOps pour les élèves de dernière année.\n',
    ],
  ])('%s: the post is work of no kind, and MLOps taught adds no MLOps years', (_, text) => {
    const profile = read(text);
    expect(profile.experience.entries.map((e) => e.kind)).toEqual([['ml'], ['other']]);
    expect(profile.skills.find((s) => s.id === 'mlops')?.years).toBe(2.25);
    expect(profile.experience.totalYears).toBe(6.17);
  });

  it('a skill of no kind of work taught keeps its years (convention 66: "Python taught" stays python)', () => {
    const profile = read(
      'EXPERIENCE\n\nGuest Lecturer, Python for Data Analysis — City College   January 2023 - November 2026\n- Taught Python and pandas to 40 evening students.\n',
    );
    expect(profile.skills.find((s) => s.id === 'python')?.years).toBe(3.92);
  });
});

describe('skills whose years the set counted', () => {
  const skillIds = (text: string) => read(text).skills.map((s) => s.id);

  it.each([
    [
      'de: building a governance framework that holds the AI policy',
      'BERUFSERFAHRUNG\n\n04/2023 – heute   Senior Expert KI-Governance, Donauland Bank AG\n  ▪ Aufbau des KI-Governance-Rahmenwerks der Bank: KI-Richtlinie, KI-Inventar (85 Anwendungsfälle) und Freigabeprozess\n',
      'policy-development',
    ],
    [
      'fr: a Canadian "Norme d\'utilisation acceptable" written',
      "EXPÉRIENCE\n\nGestionnaire, Risques liés à l'IA\nGroupe financier Northshore\n05/2023 - aujourd'hui\n- Rédaction de la Norme d'utilisation acceptable de l'IA générative.\n",
      'policy-development',
    ],
    [
      'en: a nightly job running probe suites, its schedule far after it',
      'EXPERIENCE\n\nAI Red Team Specialist, Security Team | 07/2024 - Present\n* Built a Python job that runs the garak and PyRIT probe suites nightly against the staging endpoints and files Jira tickets.\n',
      'security-automation',
    ],
  ])('%s', (_, text, id) => {
    expect(skillIds(text)).toContain(id);
  });

  it('"job scheduling" tested among IT general controls is no security automation', () => {
    const text =
      'EXPERIENCE\n\nIT Audit Senior – Information Security Assurance      Aug 2017 – Mar 2021\n Tested IT general controls (access management, change management, backup and job scheduling)\n  for SOX 404 audit clients; ISO 27001 and PCI DSS readiness reviews.\n';
    expect(skillIds(text)).not.toContain('security-automation');
  });
});
