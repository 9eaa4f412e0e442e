import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { degreeWordsFor } from '../src/text/degrees';
import { allLanguagesLexicon, lexiconFor } from '../src/text/lexicon';
import { foldText, headsOf, LexiconRegExp, phrasesRegex } from '../src/text/phrases';

describe('foldText: the text lexicon patterns read', () => {
  it.each([
    ['Expérience Professionnelle', 'experience professionnelle'],
    ['FORMACIÓN ACADÉMICA', 'formacion academica'],
    ['Über uns — Straße', 'uber uns — straße'],
    ['İstanbul', 'istanbul'],
    ['ŒUVRE 😀 Ærø', 'œuvre 😀 æro'],
  ])('%s → %s, one unit for one unit', (text, folded) => {
    expect(foldText(text)).toBe(folded);
    expect(foldText(text)).toHaveLength(text.length);
  });
});

describe('headsOf: the words a match starts with', () => {
  it('expands leading optional slots and hyphenated words', () => {
    expect([...(headsOf(['(senior|lead|) engineer', 'KI-Ingenieur', "tests d'intrusion"]) ?? [])].sort()).toEqual([
      'engineer',
      'ki',
      'kiingenieur',
      'lead',
      'senior',
      'tests',
    ]);
  });

  it('gives none when a phrase may start with a wildcard or a year', () => {
    expect(headsOf(['* experience'])).toBeUndefined();
    expect(headsOf(['<year> graduate'])).toBeUndefined();
  });
});

describe('LexiconRegExp', () => {
  const re = phrasesRegex(['(currently|) learning', 'no experience'], 'g');

  it('matches without regard to case or accents, and reports the input text at its offsets', () => {
    const text = 'Skills: Rust (Currently LEARNING); nó expérience with Go';
    expect([...text.matchAll(re)].map((m) => [m.index, m[0]])).toEqual([
      [14, 'Currently LEARNING'],
      [text.indexOf('nó'), 'nó expérience'],
    ]);
    const accents = phrasesRegex(['expérience professionnelle']);
    expect(accents.exec('EXPERIENCE PROFESSIONNELLE')?.[0]).toBe('EXPERIENCE PROFESSIONNELLE');
    expect(accents.exec('Expérience professionnelle')?.index).toBe(0);
  });

  it('maps groups back to the input', () => {
    const g = new LexiconRegExp('(?<word>experiencia) (laboral)', 'u');
    const m = g.exec('EXPERIENCIA LABORAL');
    expect([m?.groups?.word, m?.[2]]).toEqual(['EXPERIENCIA', 'LABORAL']);
  });

  /** Lines and whole texts of the bundled fixtures, in an order that interleaves inputs (the memo must not leak). */
  const dir = new URL('./fixtures/heldout-r2/languages/', import.meta.url);
  const texts = readdirSync(dir)
    .flatMap((lang) => readdirSync(new URL(`${lang}/`, dir)).filter((f) => f.endsWith('.txt')).slice(0, 2).map((f) => readFileSync(new URL(`${lang}/${f}`, dir), 'utf8')));
  const inputs = texts.flatMap((t) => [t, ...t.split('\n').filter((l) => l.trim() !== ''), t]);

  it('finds exactly what the same pattern finds without its head words (degrees, job words, cues of every language)', () => {
    const all = allLanguagesLexicon();
    const patterns: RegExp[] = [
      ...degreeWordsFor(all).levels.flatMap((l) => l.patterns),
      ...degreeWordsFor(all).fields.flatMap((f) => f.patterns),
      phrasesRegex(all.work.jobWords),
      phrasesRegex(lexiconFor('de').cues.negationBefore, 'g'),
    ].filter((p): p is LexiconRegExp => p instanceof LexiconRegExp && p.heads !== undefined);
    expect(patterns.length).toBeGreaterThan(20);
    const every = (p: RegExp, s: string) => {
      if (!p.global) return String(p.exec(s)?.index ?? -1);
      p.lastIndex = 0;
      return [...s.matchAll(p)].map((m) => `${m.index}:${m[0]}`).join('|');
    };
    for (const gated of patterns) {
      const plain = new LexiconRegExp(gated.source, gated.flags);
      expect(plain.heads).toBeUndefined();
      const a = inputs.map((s) => every(gated, s));
      const b = inputs.map((s) => every(plain, s));
      expect(a).toEqual(b);
    }
  });
});
