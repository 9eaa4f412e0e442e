import { describe, expect, it } from 'vitest';
import { parseResume } from './_languages';

// Dates, entries and word meanings (thirty-fourth session): abandoned studies in the plural, German wishes with a
// reflexive pronoun, a goal before a certification, control testing and incident work as verbs, PASSI audits, models of
// other kinds than LLMs, data labelling, a chatbot built over security documents, gap labels and course brackets.

const asOf = '2026-11-01';
const profile = (text: string) => parseResume(text, { asOf });
const ids = (text: string) => profile(text).skills.map((s) => s.id);
const years = (text: string, id: string) => profile(text).skills.find((s) => s.id === id)?.years;

describe('doctoral studies given up, the participle in the plural', () => {
  it.each([
    'EDUCACIÓN\n\n2003 – 2009 – Dresde\nDIPLOM-INFORMATIKER (DIPL.-INF.) – Technische Universität Dresden\n\n10/2009 – 03/2010 – Dresde\nESTUDIOS DE DOCTORADO EN INFORMÁTICA – Technische Universität Dresden\nAbandonados tras un semestre para incorporarme a la industria.\n',
    'FORMATION\n\n2003 – 2009  Master Informatique, Université de Lyon\n\n2009 – 2010  Études doctorales en informatique, Université de Lyon\nAbandonnés après un semestre.\n',
  ])('give no doctorate: %s', (text) => {
    expect(profile(text).education.map((e) => e.level)).toEqual(['master']);
  });
});

describe('a German wish with a reflexive pronoun and a goal label before a certification', () => {
  const text =
    'BERUFSERFAHRUNG\n\n10/2022 – heute  Machine Learning Engineer\nKIWerk GmbH, Berlin\n▪ Training von Modellen mit Python und PyTorch\n\nPERSÖNLICHE FÄHIGKEITEN\n\nWeitere Interessen  Möchte mich künftig in Richtung Penetration Testing\n  weiterbilden (Ziel: OSCP-Zertifizierung)\n';
  it('gives no penetration testing and no OSCP', () => {
    const p = profile(text);
    expect(p.skills.map((s) => s.id)).not.toContain('penetration-testing');
    expect(p.certifications.map((c) => c.id)).toEqual([]);
  });
});

describe('control testing and incident work written as verbs', () => {
  it('"Tested controls over …" is audit work', () => {
    expect(
      ids('EXPERIENCE\nDirector, AI Assurance, Holloway LLP  Jan 2025 - Present\nTested controls over model development and change management.\n'),
    ).toContain('audit');
  });
  it('"test of control cabinets" stays none', () => {
    expect(ids('EXPERIENCE\nAutomation Technician, Voralp GmbH  2012 – 2014\n- PLC programming (Siemens S7) and test of control cabinets\n')).not.toContain(
      'audit',
    );
  });
  it('"escalated and investigated incidents" in a security entry gives incident response and its years', () => {
    const text =
      'EXPERIENCE\nCyber Security Analyst (Tier 2)\nAlamo Federal Services  03/2017 - 07/2020\n* Monitored ArcSight SIEM and Snort IDS alerts; escalated and investigated incidents.\n';
    expect(years(text, 'incident-response')).toBe(3.42);
  });
  it.each([
    'EXPÉRIENCES\nAnalyste SOC  Sept. 2012 – Août 2014\nCyberdéfense Services, Rennes\n    Surveillance des alertes sur le SIEM QRadar, qualification des incidents N1\n',
  ])('"qualification des incidents" in a SOC entry is incident response: %s', (text) => {
    expect(ids(text)).toContain('incident-response');
  });
  it('PASSI architecture and configuration audits are security assessments', () => {
    const text =
      'EXPÉRIENCES\nAuditeur sécurité / Pentesteur  Sept. 2014 – Févr. 2020\nCabinet Vauban Audit, Paris\n    Audits d’architecture et de configuration (PASSI) ; rapports d’audit\n';
    expect(ids(text)).toContain('security-assessment');
  });
});

describe('what a model or a data set is for', () => {
  it('an embedding model fine-tuned for categorisation is no LLM application', () => {
    const text =
      'EXPERIENCE\nML Engineering Lead\nJanuary 2018 - March 2022\n- Fine-tuned transformer-based embedding models in PyTorch for transaction categorisation.\n';
    expect(ids(text)).not.toContain('llm-applications');
  });
  it('labelling data for machine-learning training sets is no machine learning, nor is policy-violating content policy work', () => {
    const text =
      "EXPERIENCE\nAI Data Associate\nMarch 2019 to December 2022\n- Labeled and quality-checked image and text data for clients' machine-learning training sets\n\nGenAI Red Team Analyst\nJanuary 2023 to June 2024\n- Red teaming of client large language models: wrote adversarial prompts to elicit harmful or\n  policy-violating content and logged jailbreak results.\n";
    const got = ids(text);
    expect(got).not.toContain('machine-learning');
    expect(got).not.toContain('policy-development');
  });
  it('a chatbot built over the security documentation is ML work of a security entry', () => {
    const text =
      'EXPERIENCIA LABORAL\n\nAI Security Engineer — Lumenfield Inc.\nene. 2023 – actualidad\n· Modelado de amenazas de las funcionalidades con agentes LLM y revisión de diseño con los equipos de desarrollo.\n· Desarrollé un chatbot interno con LangChain (RAG sobre la documentación de seguridad)\n  que responde consultas de los desarrolladores.\n';
    const p = profile(text);
    expect(p.experience.mlYears).toBe(3.92);
  });
});

describe('a gap label and a course bracket in French and Spanish', () => {
  it('"Nociones de:" lists skills not yet used', () => {
    expect(ids('HABILIDADES\nPython, SQL\nNociones de: LLM y RAG (interés; lectura personal)\n')).not.toContain('llm-applications');
  });
  it('"(débutante, uniquement cours en ligne)" is a course only', () => {
    expect(ids('COMPÉTENCES NUMÉRIQUES\n\nMicrosoft Office | OneTrust | Python (débutante, uniquement cours en ligne)\n')).not.toContain('python');
  });
});
