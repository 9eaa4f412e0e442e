import { describe, expect, it } from 'vitest';
import { parseResume } from '../src';
import { roleFromJobPosting } from '../src/postings';
import { de, es, fr } from '../src/languages';
import { allLanguagesLexicon, lexiconFor } from '../src/text/lexicon';
import { genderSuffixesFor, Stemmer, tokenize } from '../src/text/tokens';

// German gender-inclusive forms ("Auditor:innen", "Entwickler*innen", "Berater/-innen") are one word each, compared as
// the word written without its marker (convention 195).

const AS_OF = '2026-11-01';
const LANGUAGES = [de, fr, es];
const GERMAN = genderSuffixesFor(lexiconFor('de', LANGUAGES));
const stemmer = new Stemmer();
const words = (text: string, suffixes: ReadonlySet<string> | undefined = GERMAN) =>
  tokenize(text, stemmer, undefined, undefined, suffixes).map((t) => [t.raw, t.norm]);

describe('gender markers in German text', () => {
  it('takes its endings from the German lexicon only', () => {
    expect([...GERMAN]).toEqual(['in', 'innen']);
    expect([...genderSuffixesFor(lexiconFor('en', LANGUAGES))]).toEqual([]);
    expect([...genderSuffixesFor(lexiconFor('fr', LANGUAGES))]).toEqual([]);
    expect([...genderSuffixesFor(lexiconFor('es', LANGUAGES))]).toEqual([]);
    expect([...genderSuffixesFor(allLanguagesLexicon(LANGUAGES))]).toEqual(['in', 'innen']);
  });

  it('reads a noun with a gender marker as one word, written without the marker', () => {
    expect(words('Leitung der Auditteams (2–4 Auditor:innen), Auditplanung')).toEqual([
      ['Leitung', 'leitung'],
      ['der', 'der'],
      ['Auditteams', 'auditteam'],
      ['2', '2'],
      ['4', '4'],
      ['Auditor:innen', 'auditorinnen'],
      ['Auditplanung', 'auditplanung'],
    ]);
    expect(words('Entwickler*innen, Mitarbeiter_innen, Mitarbeiter·innen, Kolleg:innen')).toEqual([
      ['Entwickler*innen', 'entwicklerinnen'],
      ['Mitarbeiter_innen', 'mitarbeiterinnen'],
      ['Mitarbeiter·innen', 'mitarbeiterinnen'],
      ['Kolleg:innen', 'kolleginnen'],
    ]);
    expect(words('Berater/-innen und Berater/innen, Mitarbeiter/Innen, Mitarbeiter(innen) sowie Analyst:in.')).toEqual([
      ['Berater/-innen', 'beraterinnen'],
      ['und', 'und'],
      ['Berater/innen', 'beraterinnen'],
      ['Mitarbeiter/Innen', 'mitarbeiterinnen'],
      ['Mitarbeiter(innen)', 'mitarbeiterinnen'],
      ['sowie', 'sowi'],
      ['Analyst:in', 'analystin'],
    ]);
  });

  it('reads the capital I as the word it is already', () => {
    expect(words('EntwicklerInnen')).toEqual([['EntwicklerInnen', 'entwicklerinnen']]);
    expect(words('EntwicklerInnen', new Set())).toEqual([['EntwicklerInnen', 'entwicklerinnen']]);
  });

  it('keeps positions as written: the token spans the marker and the ending', () => {
    const [token] = tokenize('Kolleg:innen', stemmer, undefined, undefined, GERMAN);
    expect(token).toMatchObject({ raw: 'Kolleg:innen', start: 0, end: 12 });
    const [bracketed] = tokenize('Mitarbeiter(innen) ', stemmer, undefined, undefined, GERMAN);
    expect(bracketed).toMatchObject({ raw: 'Mitarbeiter(innen)', start: 0, end: 18 });
  });

  it('leaves times, URLs, labels, bullets, (m/w/d) and other endings alone', () => {
    expect(words('10:30 Uhr')).toEqual([
      ['10', '10'],
      ['30', '30'],
      ['Uhr', 'uhr'],
    ]);
    expect(words('linkedin.com/in/max https://example.de/Team/innen/x').map(([raw]) => raw)).toEqual([
      'linkedin.com',
      'in',
      'max',
      'https',
      'example.de',
      'Team',
      'innen',
      'x',
    ]);
    expect(words('Java: Spring, Python:in').map(([raw]) => raw)).toEqual(['Java', 'Spring', 'Python:in']);
    expect(words('* Entwickler\n* innen').map(([raw]) => raw)).toEqual(['Entwickler', 'innen']);
    expect(words('Security Engineer (m/w/d)').map(([raw]) => raw)).toEqual(['Security', 'Engineer', 'm', 'w', 'd']);
    // Another ending, a lowercase word, a letter or a dotted word after the ending: no gendered noun.
    expect(words('Berater:intern, berater:innen, Berater:innenx, Team:innen.de').map(([raw]) => raw)).toEqual([
      'Berater',
      'intern',
      'berater',
      'innen',
      'Berater',
      'innenx',
      'Team',
      'innen.de',
    ]);
  });

  it('makes a long text one token per gendered noun, with no empty places left', () => {
    const tokens = tokenize('Kolleg:innen '.repeat(9000), stemmer, undefined, undefined, GERMAN);
    expect(tokens.length).toBe(9000);
    expect(tokens.every((t) => t !== undefined && t.norm === 'kolleginnen')).toBe(true);
  });

  it('leaves the text of other languages as it splits it', () => {
    expect(words('Auditor:innen', new Set())).toEqual([
      ['Auditor', 'auditor'],
      ['innen', 'innen'],
    ]);
  });
});

describe('gendered staff nouns in a German résumé and ad', () => {
  const cv = (line: string) =>
    `Katrin Vogelsang\n\nBERUFSERFAHRUNG\n\n04/2021 – heute\tLead Auditorin Informationssicherheit\n\tCertaNord GmbH, Hamburg\n\t• ${line}\n\t• Auditplanung, Stichprobenauswahl\n`;
  const skills = (text: string) => parseResume(text, { asOf: AS_OF, languages: LANGUAGES }).skills.map((s) => s.id);

  it('leads a team of auditors written with a gender marker, as written in full', () => {
    expect(skills(cv('Leitung der Auditteams (2–4 Auditor:innen)'))).toContain('team-leadership');
    expect(skills(cv('Leitung der Auditteams (2–4 Auditorinnen)'))).toContain('team-leadership');
    expect(skills(cv('Leitung der Auditteams (2–4 Auditoren)'))).toContain('team-leadership');
    expect(skills(cv('Leitung der Auditteams (2–4 Entwickler*innen)'))).toContain('team-leadership');
    expect(skills(cv('Leitung der Auditteams (2–4 Berater/-innen)'))).toContain('team-leadership');
  });

  it('reads no team without staff, with or without a marker', () => {
    expect(skills(cv('Leitung der Auditteams (2–4 Audits)'))).not.toContain('team-leadership');
  });

  it('reads an English résumé with the same line as before', () => {
    const en =
      'Jane Doe\n\nEXPERIENCE\n\n04/2021 – present  Lead Auditor, Acme Ltd\n- Scheduled audits at 10:30 with the team: see https://example.com/in/audits\n';
    expect(skills(en)).toEqual(skills(en.replace('https://example.com/in/audits', 'the portal')));
  });

  it('reads a German ad that asks to lead developers written with an asterisk', () => {
    const ad = (staff: string) =>
      `Teamleiter:in Softwareentwicklung (m/w/d)\n\nDeine Aufgaben\n- Fachliche und disziplinarische Leitung von 6 ${staff}\n- Sicherstellung der Codequalität\n\nDein Profil\n- Erfahrung mit Python\n`;
    const ids = (text: string) => roleFromJobPosting(text, { languages: LANGUAGES }).requirements.flatMap((r) => (r.kind === 'skill' ? r.skills : []));
    expect(ids(ad('Entwickler*innen'))).toEqual(ids(ad('Entwicklerinnen')));
    expect(ids(ad('Entwickler*innen'))).toContain('team-leadership');
  });
});
