import { describe, expect, it } from 'vitest';
import { requirementId } from '../src/catalog/load';
import { roleFromJobPosting } from './_languages';

const role = (ad: string, language: 'en' | 'de' | 'fr' | 'es') => roleFromJobPosting(ad, { language });
const reqs = (ad: string, language: 'en' | 'de' | 'fr' | 'es' = 'en') => role(ad, language).requirements.map((q) => [requirementId(q), q.tier, q.hard]);
const notes = (ad: string, language: 'en' | 'de' | 'fr' | 'es') => (role(ad, language).notes ?? []).map((n) => n.condition);

describe("another country's vetting, to be passed after hire (p94)", () => {
  it('reads the Swiss Personensicherheitsprüfung to undergo as a clearance to obtain, and Schweizer Bürgerrecht as citizenship', () => {
    const ad =
      'AI Security Engineer\n\nIhr Profil\n• Fundierte Python-Kenntnisse\n• Schweizer Bürgerrecht sowie die Bereitschaft, sich einer erweiterten Personensicherheitsprüfung (PSP) mit Befragung zu unterziehen\n';
    expect(notes(ad, 'de')).toEqual(['clearance-obtainable', 'citizenship']);
  });
  it('reads no citizenship where the Bürgerrecht has another way in or is said to be not needed', () => {
    const ad =
      'Security Engineer\n\nIhr Profil\n• Fundierte Python-Kenntnisse\n\nHinweis: Für diese Position setzen wir das Schweizer Bürgerrecht oder eine Niederlassungsbewilligung C voraus.\n';
    expect(notes(ad, 'de')).toEqual(['work-authorization']);
  });
  it('reads the Mexican control de confianza to pass as a clearance to obtain', () => {
    const ad =
      'Especialista en Ciberseguridad\n\nRequisitos:\n- Programación en Python.\n- Acreditar las evaluaciones de control de confianza del cliente (incluyen examen poligráfico).\n';
    expect(notes(ad, 'es')).toEqual(['clearance-obtainable']);
  });
  it('reads "Vous devez pouvoir obtenir une habilitation" as a clearance to obtain', () => {
    const ad = 'Ingénieur sécurité\n\nProfil recherché\n- Maîtrise de Python.\n- Vous devez pouvoir obtenir une habilitation Secret Défense.\n';
    expect(notes(ad, 'fr')).toEqual(['clearance-obtainable']);
    expect(reqs(ad, 'fr')).toEqual([['python', 'required', false]]);
  });
  it('reads "the client cannot sponsor DV" as no work-authorization condition', () => {
    const ad =
      'Security Manager\n\nEssential\n- Currently hold active DV clearance - this is non-negotiable; the client cannot sponsor DV for an interim hire\n- Python to a good standard\n';
    expect(notes(ad, 'en')).toEqual([]);
  });
});

describe('a part of security years (p94)', () => {
  it('reads years assessing "AI/ML or GenAI systems" as security work on them, after "incl." too', () => {
    const ad = 'AI Security Analyst\n\nRequirements\n- 3-5 years in information security, incl. minimum 1 year assessing AI/ML or GenAI systems\n- Python\n';
    expect(reqs(ad)).toEqual([
      ['securityYears', 'required', true],
      ['python', 'required', false],
    ]);
  });
  it('keeps the ML years of hands-on work with ML or LLM systems', () => {
    const ad =
      'AI Security Engineer\n\nRequirements\n- 5+ years in security engineering, including at least two years working hands-on with ML or LLM systems\n- Python\n';
    expect(reqs(ad)).toEqual([
      ['mlYears', 'required', true],
      ['securityYears', 'required', true],
      ['python', 'required', false],
    ]);
  });
  it('reads French years "à exploiter …" of machine learning as ML years', () => {
    const ad =
      "Ingénieur sécurité\n\nProfil recherché\n- Au moins trois ans d'expérience en cybersécurité, dont au moins une année à exploiter du machine learning en production ;\n- Maîtrise de Python.\n";
    expect(reqs(ad, 'fr')).toEqual([
      ['mlYears', 'required', true],
      ['securityYears', 'required', true],
      ['machine-learning', 'required', false],
      ['python', 'required', false],
    ]);
  });
});

describe('sentences after a lead of requirements in prose (p94)', () => {
  it('reads "You write Python every day" after "To be considered, you need …" as required', () => {
    const ad =
      'MLSecOps Engineer\n\nAbout the job\nWe build models for banks.\n\nTo be considered, you need at least two years of experience in security. You write Python every day and can find your way around Go or Java.\n';
    expect(reqs(ad)).toEqual([
      ['securityYears', 'required', true],
      ['go-or-java', 'required', false],
      ['python', 'required', false],
    ]);
  });
  it('reads nothing from "You won\'t be building or red-teaming models – our team does the testing (PyTorch, Garak)"', () => {
    const ad =
      "AI Governance Consultant\n\nIn this role you will:\n• Present findings to executives\n\nYou won't be building or red-teaming models – our Technical Assurance team does the hands-on testing (PyTorch, Garak and our own harnesses).\n";
    expect(reqs(ad)).toEqual([['stakeholder-communication', 'duty', false]]);
  });
});

describe('CISA beside "guidelines" or the NCSC (p94)', () => {
  it('reads no certification in "the NCSC/CISA Guidelines for Secure AI System Development"', () => {
    const ad = 'Security Manager\n\nDesirable\n- Familiarity with the NCSC/CISA Guidelines for Secure AI System Development\n- Python\n';
    expect(reqs(ad).filter(([id]) => id === 'cisa')).toEqual([]);
  });
});
