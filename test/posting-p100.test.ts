import { describe, expect, it } from 'vitest';
import { requirementId } from '../src/catalog/load';
import { roleFromJobPosting } from './_languages';

type Lang = 'en' | 'de' | 'fr' | 'es';
const role = (ad: string, language: Lang = 'en') => roleFromJobPosting(ad, { language });
const yearsOf = (q: { kind: string }) => ('minYears' in q ? q.minYears : undefined);
const years = (ad: string, language: Lang = 'en') =>
  role(ad, language)
    .requirements.filter((q) => yearsOf(q) !== undefined)
    .map((q) => [requirementId(q), yearsOf(q)]);
const clearance = (ad: string, language: Lang = 'en') => {
  const r = role(ad, language);
  return {
    held: r.requirements.filter((q) => q.kind === 'clearance').map((q) => ('minLevel' in q ? q.minLevel : undefined)),
    toObtain: (r.notes ?? []).filter((n) => n.condition === 'clearance-obtainable').map((n) => n.level ?? null),
  };
};

describe('a clearance held or still to obtain (p100)', () => {
  it('reads "en vigor o con posibilidad de obtenerla" as a clearance to obtain', () => {
    const ad =
      'Analista\n\nRequisitos mínimos\n- Python.\n- Habilitación Personal de Seguridad (HPS) de grado Reservado o superior, en vigor o con posibilidad de obtenerla.\n';
    expect(clearance(ad, 'es')).toEqual({ held: [], toObtain: ['secret'] });
  });
  it('reads a French clitic "capable de l\'obtenir" as a clearance to obtain', () => {
    const ad = "Ingénieur\n\nProfil recherché\n- Python.\n- Habilitation Secret Défense en cours de validité, ou être capable de l'obtenir.\n";
    expect(clearance(ad, 'fr').toObtain).toEqual(['secret']);
    expect(clearance(ad, 'fr').held).toEqual([]);
  });
  it('reads an appointment "subject to satisfactory security clearance" as a clearance to obtain, of no level', () => {
    const ad =
      'Lead\n\nRequirements:\n- Python\n\nAppointment is subject to satisfactory security clearance from the relevant authorities and reference checks.\n';
    expect(clearance(ad)).toEqual({ held: [], toObtain: [null] });
  });
});

describe('years in a bracket after a skill, led by a least count (p100)', () => {
  it.each<[string, Lang]>([
    ['Security Engineer\n\nIhr Profil\n- Sicherer Umgang mit Python (mind. 2 Jahre) sowie mit Java\n', 'de'],
    ['Security Engineer\n\nRequirements\n- Confident with Python (at least 2 years) and Java\n', 'en'],
  ])('reads the years of the skill before the bracket: %s', (ad, language) => {
    expect(years(ad, language)).toEqual([['python', 2]]);
  });
  it('keeps "and min 3 yrs leading teams" apart from the skill before it', () => {
    const ad = 'Lead\n\nRequirements\n- 10+ yrs total IT experience, of which min 5 yrs in security engineering/DevSecOps and min 3 yrs leading teams\n';
    expect(years(ad)).not.toContainEqual(['devsecops', 3]);
  });
});

describe('a rank is no part of the years (p100)', () => {
  it.each<[string, Lang]>([
    ['Analista\n\nRequisitos mínimos\n- Al menos 3 años de experiencia en un SOC (nivel 2 o superior) trabajando con SIEM (Splunk o QRadar).\n', 'es'],
    ['Analyst\n\nRequirements\n- At least 3 years of experience in a SOC (tier 2 or above) working with SIEM (Splunk or QRadar).\n', 'en'],
    ['Analista\n\nRequisitos mínimos\n- Al menos 3 años de experiencia en un SOC (N2 o superior) trabajando con SIEM.\n', 'es'],
  ])('reads no 2 years of security monitoring: %s', (ad, language) => {
    expect(years(ad, language)).toEqual([['securityYears', 3]]);
  });
});

describe('candidates who "need not apply" (p100)', () => {
  it('asks for no skill they name', () => {
    const r = role(
      'Engineer\n\nDesired Candidate Profile\n- Python scripting is a must.\n\nNote: Candidates from Java/.NET development background without security exposure need not apply.\n',
    );
    expect(r.requirements.map(requirementId)).toEqual(['python']);
  });
});

describe('a qualifier whose head noun is written once (p100)', () => {
  it('reads "AI or data governance" as AI governance, with its years', () => {
    const ad = 'Lead\n\nRequirements:\n- Minimum 10 years of professional experience, including at least 4 years leading AI or data governance programmes.\n';
    expect(years(ad)).toEqual([
      ['totalYears', 10],
      ['ai-governance', 4],
    ]);
  });
});
