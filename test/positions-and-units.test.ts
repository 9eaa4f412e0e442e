// Thirty-second session (fix-r148): positions on one wrapped line under an employer's period, list items labelled by
// position, German compound assistant titles, units after an employer's comma, "model risk function".
import { describe, expect, it } from 'vitest';
import { formatYearMonth, toYm } from '../src/text/dates';
import { extractEntries, type RawEntry } from '../src/resume/_entries';
import { normalizeText as normalize } from '../src/text/normalize';
import { findSections } from '../src/resume/sections';
import { lexiconFor } from '../src/text/lexicon';
import { allLanguages } from '../src/languages';
import type { Language } from '../src/schemas/vocab';
import { everyLanguage, parseResume } from './_languages';

const AS_OF = toYm(2026, 11);
const asOf = '2026-11-01';

function entries(raw: string, lang: Language = 'en'): string[] {
  const text = normalize(raw, everyLanguage());
  const { entries: found } = extractEntries(text, findSections(text), { asOfYm: AS_OF, lex: lexiconFor(lang, allLanguages), order: 'day-first' });
  return found.map((e: RawEntry) => `${e.title} | ${e.organization ?? '-'} | ${formatYearMonth(e.start)}–${formatYearMonth(e.end)} | ${e.months}`);
}

const skill = (text: string, id: string) => parseResume(text, { asOf }).skills.find((s) => s.id === id);
const ids = (text: string) => parseResume(text, { asOf }).skills.map((s) => s.id);

const WRAPPED = (as: string) =>
  'EXPERIENCE\n\n2016-07 – 2020-08 | Pampa Retail (e-commerce), Buenos Aires — Data Analyst (2016-07 – 2018-02) ·\n' +
  `Data Scientist (2018-03 – 2020-08)\n  * ${as} Data Analyst: SQL reporting and Looker dashboards for the commercial team.\n` +
  `  * ${as} Data Scientist: demand-forecasting and recommendation models in Python (LightGBM,\n    implicit ALS).\n`;

describe('positions on one line under the employer period, the line wrapped', () => {
  it('reads each position with its own dates', () => {
    expect(entries(WRAPPED('As'))).toEqual(['Data Analyst | Pampa Retail | 2016-07–2018-02 | 20', 'Data Scientist | Pampa Retail | 2018-03–2020-08 | 30']);
  });

  it('gives each position the list items labelled with its title, in English and Spanish', () => {
    for (const as of ['As', 'Como']) {
      const profile = parseResume(WRAPPED(as), { asOf });
      expect(profile.experience.entries.map((e) => `${e.title} ${e.kind.join('+')}`)).toEqual(['Data Analyst other', 'Data Scientist ml']);
      expect(skill(WRAPPED(as), 'python')?.years).toBe(2.5);
      expect(profile.experience.mlYears).toBe(2.5);
    }
  });
});

describe('German compound assistant titles are jobs', () => {
  it('reads "Universitätsassistentin (prae doc) / Doktorandin" as a job, not doctoral study', () => {
    const text =
      'BERUFLICHER WERDEGANG\n\nTU Wien, Forschungsbereich Security & Privacy                            01.03.2014 – 31.08.2018\n' +
      '  Universitätsassistentin (prae doc) / Doktorandin\n  - Implementierung von Angriffen in Python mit TensorFlow.\n';
    expect(entries(text, 'de')).toEqual(['Universitätsassistentin (prae doc) / Doktorandin | TU Wien | 2014-03–2018-08 | 54']);
    expect(skill(text, 'tensorflow')?.years).toBe(4.5);
  });
});

describe('German adversarial ML words', () => {
  it.each([
    'Forschung zu Evasion-Angriffen auf Bildklassifikatoren.',
    'Entwicklung der Methodik (Threat Model, adversarialer Testplan).',
    'Test-Harness für adversariale Robustheit.',
  ])('%s', (duty) => {
    expect(ids(`BERUFLICHER WERDEGANG\n\nSicherheitsforscherin, Acme AG                 01.2020 – 12.2021\n  - ${duty}\n`)).toContain('adversarial-ml');
  });
});

describe('a unit after the employer and a comma is where the person worked', () => {
  it('gives no privacy from "Security & Privacy Research Unit" (en) or "Forschungsbereich Security & Privacy" (de)', () => {
    const en =
      'EXPERIENCE\n\nTU Wien, Security & Privacy Research Unit                01.03.2014 – 31.08.2018\n  University Assistant\n  - Taught the lab course.\n';
    const de =
      'BERUFLICHER WERDEGANG\n\nTU Wien, Forschungsbereich Security & Privacy            01.03.2014 – 31.08.2018\n  Universitätsassistentin\n  - Tutorin in der Laborübung.\n';
    expect(ids(en)).not.toContain('privacy');
    expect(ids(de)).not.toContain('privacy');
  });

  it('keeps a place or a non-unit after the comma as it was', () => {
    const text = 'EXPERIENCE\n\nAcme Privacy Engineering, London                01.2020 – 12.2021\n  Privacy Engineer\n  - Ran DPIAs under GDPR.\n';
    expect(ids(text)).toContain('privacy');
  });
});

describe('"model risk" as a colleague function', () => {
  it('gives no AI governance from "that the model risk function now requires" (en, de)', () => {
    const en =
      'EXPERIENCE\n\nSecurity Researcher, Acme Bank                  01.2020 – 12.2021\n  - Developed the assessment methodology that the model risk function now requires for every model.\n';
    const de =
      'BERUFLICHER WERDEGANG\n\nSicherheitsforscherin, Acme Bank                01.2020 – 12.2021\n  - Entwicklung der Methodik, die die Model-Risk-Funktion inzwischen für jedes Modell verlangt.\n';
    expect(ids(en)).not.toContain('ai-governance');
    expect(ids(de)).not.toContain('ai-governance');
  });

  it('still reads a model risk programme the person ran', () => {
    const text = 'EXPERIENCE\n\nAI Risk Lead, Acme Bank                  01.2020 – 12.2021\n  - Ran model risk management for all ML models.\n';
    expect(ids(text)).toContain('ai-governance');
  });

  it('gives no AI governance from presenting to an AI steering committee, the presenting verb 11 words before', () => {
    const text =
      "EXPERIENCE\n\nAI Red Team Lead, Acme                  01.2020 – 12.2021\n• Present the red team's findings to the CISO and the AI steering committee every quarter.\n";
    expect(ids(text)).not.toContain('ai-governance');
  });
});

describe('Spanish model monitoring and a woman tech lead', () => {
  const text =
    'EXPERIENCIA\n\n2023-05 – actualidad | Staff Machine Learning Engineer — Northlake Health\n' +
    '  * Líder técnica de un squad de cuatro ingenieros de ML que desarrolla el asistente.\n' +
    '  * Monitoreo en producción: drift en las distribuciones de embeddings y tableros semanales.\n';
  it('reads drift on embedding distributions as model monitoring', () => {
    expect(ids(text)).toContain('model-monitoring');
  });
  it('reads "Líder técnica" as team leadership, as "Líder técnico"', () => {
    expect(ids(text)).toContain('team-leadership');
  });
});
