import { describe, expect, it } from 'vitest';
import { requirementId } from '../src/catalog/load';
import type { Requirement } from '../src';
import { roleFromJobPosting } from './_languages';

const reqs = (ad: string, language?: 'de' | 'fr' | 'es'): Requirement[] => roleFromJobPosting(ad, language ? { language } : {}).requirements;
const tiers = (ad: string, language?: 'de' | 'fr' | 'es') => reqs(ad, language).map((q) => [requirementId(q), q.tier]);
const years = (ad: string, language?: 'de' | 'fr' | 'es') =>
  reqs(ad, language).flatMap((q) =>
    q.kind === 'experience'
      ? [[q.measure, q.minYears, q.hard]]
      : q.kind === 'skill' && q.minYears !== undefined
        ? [[q.skills.join('|'), q.minYears, q.yearsHard ?? false]]
        : [],
  );
const degrees = (ad: string, language?: 'de' | 'fr' | 'es') => reqs(ad, language).flatMap((q) => (q.kind === 'degree' ? [[q.minLevel, q.tier, q.hard]] : []));

describe('headings and tiers as recruiters write them (s52 ads)', () => {
  it('reads "You might also have" as the wish list', () => {
    const ad = 'Platform Engineer\n\nYou will bring:\n- Rust in production\n\nYou might also have:\n- Experience with Terraform\n';
    expect(tiers(ad)).toEqual([
      ['rust', 'required'],
      ['terraform', 'preferred'],
    ]);
  });

  it('does not take the Essential Eight framework for a must word', () => {
    const ad = 'GRC Analyst\n\nYou will bring:\n- Rust in production\n\nNice to have:\n- Terraform, and testing controls against the Essential Eight\n';
    expect(tiers(ad)).toContainEqual(['terraform', 'preferred']);
  });

  it('keeps every part of a sentence that opens with its wish word a wish', () => {
    const ad = 'Data Engineer\n\nAbout you\nYou write Rust every day. Ideally you have run Kafka at scale; if you have also used Terraform for it, tell us.\n';
    expect(tiers(ad)).toEqual([
      ['rust', 'required'],
      ['data-engineering', 'preferred'],
      ['terraform', 'preferred'],
    ]);
  });

  it('reads a framework said to be acceptable in brackets as an alternative', () => {
    const ad = 'Vision Engineer\n\nRequirements\n- Rust\n- Solid TensorFlow work (PyTorch experience acceptable)\n';
    const choice = reqs(ad).find((q) => q.kind === 'skill' && q.skills.includes('pytorch'));
    expect(choice && choice.kind === 'skill' ? choice.skills : undefined).toEqual(['tensorflow', 'pytorch']);
  });
});

describe('degrees as ads state them (s52 ads)', () => {
  it('reads a UK degree class as an honours bachelor', () => {
    expect(degrees('Risk Analyst\n\nRequirements\n- An upper second class degree in Economics\n- Rust')).toEqual([['bachelor', 'required', true]]);
    expect(degrees('Risk Analyst\n\nRequirements\n- A 2:1 or above in Physics, or equivalent experience\n- Rust')).toEqual([['bachelor', 'required', false]]);
  });

  it('keeps the master asked for when a years line refers back to the degree', () => {
    const ad =
      'Referent (m/w/d)\n\nIhr Profil\n- Abgeschlossenes wissenschaftliches Hochschulstudium (Master) der Physik\n- Mindestens vier Jahre Berufserfahrung in der IT-Sicherheit nach dem Studienabschluss\n';
    expect(degrees(ad, 'de')).toEqual([['master', 'required', true]]);
  });

  it('still reads a degree named only in a years line', () => {
    expect(degrees('Analyst\n\nRequirements\n- Four years of experience after a bachelor degree\n- Rust')).toEqual([['bachelor', 'required', true]]);
  });

  it('reads a degree abbreviation before a plus and a count of years', () => {
    const ad = 'ML Engineer\n\nRequired Skills:\n- MS + 5 years of relevant experience; 4 more years may be substituted in lieu of a degree\n- Rust\n';
    expect(degrees(ad).map(([level]) => level)).toEqual(['master']);
  });
});

describe('years of an ML field inside years of security work (s52 ads)', () => {
  it('gives no ML years for security work spent on ML systems', () => {
    const ad = 'AI Red Team Lead\n\nRequirements\n- 7+ years in offensive security, with at least 3 years focused on AI/ML systems\n- Rust\n';
    expect(years(ad)).toEqual([['securityYears', 7, true]]);
  });

  it('keeps ML years when the part builds the systems', () => {
    const ad =
      'AI Security Engineer\n\nRequirements\n- 6+ years in security engineering, of which 2 years hands-on with machine learning systems (training or deploying models)\n- Rust\n';
    expect(years(ad)).toEqual([
      ['mlYears', 2, true],
      ['securityYears', 6, true],
    ]);
  });
});

describe('vague years counted in a dashed aside (s52 ads)', () => {
  it('reads a count that closes at a comma, over fields joined by "or", as experience overall', () => {
    const ad =
      'Assurance Manager\n\nRequirements\n- Several years in consulting, IT risk or internal audit - usually at least six, ideally in banking\n- Rust\n';
    expect(years(ad)).toEqual([['totalYears', 6, false]]);
  });

  it('reads a count followed by "or more" as a guide to the field named after the aside', () => {
    const ad = 'ML Engineer\n\nAbout you\nYou have spent a few years – we would say three or more – training machine learning models.\n';
    expect(years(ad)).toEqual([['mlYears', 3, false]]);
  });
});

describe('skill words of recruiters (s52 ads)', () => {
  it('reads the short form of vulnerability management', () => {
    expect(tiers('Security Engineer\n\nRequirements\n- Rust\n- Hands-on vuln management in a cloud estate')).toContainEqual([
      'vulnerability-management',
      'required',
    ]);
  });

  it('reads managing and developing a team as team leadership', () => {
    expect(tiers('Manager\n\nRequirements\n- Rust\n- Experience managing and developing a team')).toContainEqual(['team-leadership', 'required']);
  });

  it('reads the French "vous encadrez" of juniors as mentoring', () => {
    const ad = 'Consultant\n\nVos missions\n- Vous encadrez deux alternants et un stagiaire.\n\nProfil recherché\n- Rust\n';
    expect(tiers(ad, 'fr')).toContainEqual(['mentoring', 'duty']);
  });
});

describe('a certification that may still be in progress (s52 ads)', () => {
  const certs = (ad: string, language?: 'de' | 'fr' | 'es') =>
    reqs(ad, language).flatMap((q) => (q.kind === 'certification' ? [[q.anyOf.join('|'), q.tier, q.hard]] : []));

  it('keeps a certification that may be obtained after hiring, as no hard must', () => {
    expect(certs('Auditor/a\n\nRequisitos mínimos\n- Rust\n- Certificación CISM obligatoria o en proceso de obtención durante el primer año\n', 'es')).toEqual([
      ['cism', 'required', false],
    ]);
    expect(certs('Auditor\n\nRequirements\n- Rust\n- CISM certification, or in the process of obtaining it\n')).toEqual([['cism', 'required', false]]);
  });
});

describe('conditions and partner units in French and German ads (s52 ads)', () => {
  it('reads a job board tag of frequent or occasional remote work as a location condition', () => {
    const ad = 'Ingénieur sécurité\nCDI · Lyon · Télétravail occasionnel\n\nProfil recherché\n- Rust\n';
    expect(roleFromJobPosting(ad, { language: 'fr' }).notes?.map((n) => n.condition)).toContain('location');
  });

  it('gives no skill from the topics of the departments the hire coordinates with', () => {
    const ad = 'Referentin (m/w/d)\n\nIhre Aufgaben\n- Sie stimmen sich mit den Fachreferaten für Kryptografie und Netzsicherheit ab.\n\nIhr Profil\n- Rust\n';
    expect(tiers(ad, 'de').map(([id]) => id)).not.toContain('cryptography');
  });
});
