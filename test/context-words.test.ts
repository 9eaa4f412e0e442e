import { describe, expect, it } from 'vitest';
import { createMatcher, loadCatalog } from '../src';
import { ContextWords, isInflectedForm, isVerbForm, phraseNorms, Stemmer, tokenize } from '../src/text/tokens';

const stemmer = new Stemmer();
const norms = (word: string) => phraseNorms(word, stemmer);
const tokenOf = (word: string) => tokenize(word, stemmer)[0] as NonNullable<ReturnType<typeof tokenize>[number]>;

describe('context words given as a verb form', () => {
  it('tells the forms of a verb from other words of its stem', () => {
    expect(isInflectedForm('securing', 'secur')).toBe(true);
    expect(isInflectedForm('Secured', 'secur')).toBe(true);
    expect(isInflectedForm('secures', 'secur')).toBe(true);
    expect(isInflectedForm('security', 'secur')).toBe(false);
    expect(isInflectedForm('logging', 'log')).toBe(true);
    expect(isInflectedForm('studied', 'studi')).toBe(true);
  });

  it('marks only "-ing" and "-ed" forms as verb forms', () => {
    expect(isVerbForm('securing', norms('securing'))).toBe(true);
    expect(isVerbForm('hardened', norms('hardened'))).toBe(true);
    expect(isVerbForm('secure', norms('secure'))).toBe(false);
    expect(isVerbForm('spring', norms('spring'))).toBe(false);
  });

  it('matches a verb form given alone only with the forms of that verb', () => {
    const words = new ContextWords(['securing', 'absicherung'], norms);
    expect([...words.verbOnly]).toEqual(['secur']);
    expect(words.matches(tokenOf('secures'))).toBe(true);
    expect(words.matches(tokenOf('Security'))).toBe(false);
    expect(words.matches(tokenOf('Absicherung'))).toBe(true);
  });

  it('keeps the whole stem family when the list gives another form of the stem too', () => {
    const words = new ContextWords(['securing', 'secure'], norms);
    expect(words.verbOnly.size).toBe(0);
    expect(words.matches(tokenOf('security'))).toBe(true);
  });

  it('reads an alias required near a verb form beside that verb, not beside a noun of its stem', () => {
    const catalog = loadCatalog({
      skills: [{ id: 'kiln-hardening', name: 'Kiln hardening', category: 'security', aliases: [{ text: 'kiln', requireNear: ['securing'], window: 4 }] }],
    });
    const m = createMatcher({ catalog, asOf: '2026-11-01' });
    const ids = (duty: string) =>
      m
        .parse(`EXPERIENCE\nPlatform Engineer, Halvard Systems\n03/2019 - 06/2024\n- ${duty}\n`)
        .skills.map((s) => s.id)
        .filter((id) => id === 'kiln-hardening');
    expect(ids('Securing the kiln controllers of the plant.')).toEqual(['kiln-hardening']);
    expect(ids('Secured the kiln controllers of the plant.')).toEqual(['kiln-hardening']);
    expect(ids('Kiln controllers for the security office of the plant.')).toEqual([]);
  });
});
