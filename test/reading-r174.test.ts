import { describe, expect, it } from 'vitest';
import { splitColumns } from '../src/text/columns';
import { matchRoles, parseResume } from './_languages';

// Reading the thirty-eighth session's r174 set taught (conventions 348–350 of docs/reading-conventions.md): a German
// clearance one is "geeignet" for, an education table's header row on a page of its own, a committee debriefed, a
// short course labelled as one, fairness constraints in French and Spanish, a French "security architecture" of a
// GenAI platform, juniors named after their noun in Spanish and French, and an offensive-security lead's title.
const read = (text: string) => parseResume(text, { asOf: '2026-11-01' });
const ids = (text: string) => read(text).skills.map((s) => s.id);
const degrees = (text: string) => read(text).education.map((e) => `${e.level}/${e.field}`);

describe('a clearance one is suitable ("geeignet") for is not held', () => {
  it.each([
    ['SICHERHEITSÜBERPRÜFUNG\nFür eine SC-Sicherheitsüberprüfung (UK) geeignet.\n', null],
    ['SICHERHEITSÜBERPRÜFUNG\nGeeignet für eine erweiterte Sicherheitsüberprüfung (Ü2).\n', null],
    ['SICHERHEITSÜBERPRÜFUNG\nErweiterte Sicherheitsüberprüfung (Ü2), aktiv.\n', 'secret'],
  ])('%s', (text, want) => {
    expect(read(text).clearance?.level ?? null).toBe(want);
  });
});

describe("an education table's header row makes its page a table, not a sidebar", () => {
  const table = [
    'EDUCATIONAL QUALIFICATIONS',
    '',
    ' Qualification              Institution / Board                           Year        Score',
    ' M.Tech (Information        BITS Pilani – WILP (part-time)                Pursuing    2nd sem.',
    ' Security)                                                                (exp. 2027)',
    ' B.Tech (Computer Science   Sri Venkateswara College of Engineering,      2007–2011   78%',
    ' and Engineering)           Anna University',
    ' HSC (Class XII)            Tamil Nadu State Board                        2007        91%',
    ' SSLC (Class X)             Tamil Nadu State Board                        2005        93%',
    '',
  ].join('\n');
  it('keeps each row whole', () => {
    const read = splitColumns(`EXPERIENCE\nSecurity Architect, Acme Bank   03/2020 – present\n\f${table}`);
    expect(read.columns).toBe(false);
    expect(read.text).toContain('M.Tech (Information        BITS Pilani – WILP (part-time)                Pursuing');
  });
  it('reads the degree in progress as not held', () => {
    expect(degrees(`EXPERIENCE\nSecurity Architect, Acme Bank   03/2020 – present\n\f${table}`)).toEqual(['bachelor/computer-science']);
  });
});

describe('a committee the findings are debriefed to is an audience, no governance', () => {
  it.each([
    ['EXPERIENCE\nRed Team Lead, Acme, 01/2022 – present\n- Debrief findings to the Group CISO and the executive AI steering committee.\n', false],
    ['EXPERIENCE\nAI Governance Lead, Acme, 01/2022 – present\n- Chair the AI steering committee and its model approvals.\n', true],
  ])('%s', (text, want) => {
    expect(ids(text).includes('ai-governance')).toBe(want);
  });
});

describe('a short course labelled as one teaches, it gives no skill', () => {
  it.each([
    ['EDUCATION\nShort course (online): Applied Machine Learning, University of Cape Town  2022\n'],
    ['FORMACIÓN\nCurso corto (en línea): Applied Machine Learning, University of Cape Town  2022\n'],
    ['FORMATION\nFormation courte (en ligne) : Applied Machine Learning, University of Cape Town  2022\n'],
    ['AUSBILDUNG\nOnline-Kurs: Maschinelles Lernen für die Praxis, Universität Kapstadt  2022\n'],
  ])('%s', (text) => {
    expect(ids(text)).not.toContain('machine-learning');
  });
});

describe('training under fairness constraints is responsible AI', () => {
  it.each([
    [
      "EXPÉRIENCE\nChercheuse postdoctorale, Kilimani Institute, sept. 2021 – août 2023\n– Développement de méthodes d'apprentissage sous contraintes d'équité.\n",
    ],
    ['EXPERIENCIA\nInvestigadora postdoctoral, Kilimani Institute, 09/2021 – 08/2023\n– Desarrollo de métodos de aprendizaje con restricciones de equidad.\n'],
  ])('%s', (text) => {
    expect(ids(text)).toContain('responsible-ai');
  });
});

describe('a French security architecture of a GenAI platform is no LLM security', () => {
  it.each([
    [
      "EXPÉRIENCE\nArchitecte sécurité, Banque X, 03/2020 – à ce jour\n- Revues d'architecture de sécurité de la plateforme GenAI de la banque (Azure OpenAI).\n",
      false,
    ],
    ['EXPÉRIENCE\nIngénieur, Banque X, 03/2020 – à ce jour\n- Sécurité des LLM : garde-fous et filtrage des sorties.\n', true],
  ])('%s', (text, want) => {
    expect(ids(text).includes('llm-security')).toBe(want);
  });
});

describe('juniors named after their noun, in a workshop run for them, are mentored', () => {
  it.each([
    [
      'EXPERIENCIA\nResponsable de Seguridad Ofensiva, Protea, 2023-06 – actualidad\n  * Imparto un taller semanal de técnicas ofensivas para los pentesters júnior.\n',
      true,
    ],
    [
      'EXPÉRIENCE\nResponsable red team, Protea, 06/2023 – aujourd\u2019hui\n  * J\u2019anime un atelier hebdomadaire de techniques offensives pour les pentesteurs juniors.\n',
      true,
    ],
    ['EXPERIENCIA\nPentester júnior, Kloof Security, 2014-07 – 2017-12\n  * Pruebas de intrusión internas y externas.\n', false],
  ])('%s', (text, want) => {
    expect(ids(text).includes('mentoring')).toBe(want);
  });
});

describe("an offensive-security lead's title leads no GenAI security development", () => {
  it('reads "Responsable de Seguridad Ofensiva, AI Red Team" as the red-team lead it is', () => {
    const text = [
      'EXPERIENCIA',
      'Responsable de Seguridad Ofensiva, AI Red Team                  2023-06 – actualidad',
      '  * Creé y dirijo un red team de IA de cinco personas que ataca los asistentes LLM y los modelos de ML.',
      '  * Campañas de jailbreak e inyección de prompts contra el asistente de clientes (garak, PyRIT).',
      '  * Ataques de evasión y extracción de modelos con Adversarial Robustness Toolbox.',
      'Pentester, Kloof Security                                       2014-07 – 2023-05',
      '  * Pruebas de intrusión de red y de aplicaciones web con Metasploit y Burp Suite.',
      '',
    ].join('\n');
    expect(matchRoles(read(text))[0]?.roleId).not.toBe('genai-security-development-manager');
  });
});
