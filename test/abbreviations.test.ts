import { describe, expect, it } from 'vitest';
import { allLanguages } from '../src/languages';
import { dotAbbreviationsFor, firstEnd, isAbbreviationDot } from '../src/text/abbreviations';
import { lexiconFor } from '../src/text/lexicon';
import { cueWordsFor, isNegated } from '../src/text/negation';

const set = (lang: 'en' | 'de' | 'fr' | 'es') => dotAbbreviationsFor(lexiconFor(lang, allLanguages));
/** Whether the first full stop after `marker` in `text` is an abbreviation's. */
const dotAfter = (text: string, marker: string, lang: 'en' | 'de' | 'fr' | 'es' = 'en') =>
  isAbbreviationDot(text, text.indexOf('.', text.indexOf(marker)), set(lang));

describe('abbreviations whose full stop ends no sentence', () => {
  it('reads the lexicon list lowercase, without spaces', () => {
    expect(set('en').has('incl')).toBe(true);
    expect(set('de').has('z.b')).toBe(true);
    expect(set('fr').has('p.ex')).toBe(true);
    expect(set('es').has('p.ej')).toBe(true);
  });

  it('knows single-word abbreviations in each language', () => {
    expect(dotAfter('Ran the data stack incl. the vector store.', 'incl')).toBe(true);
    expect(dotAfter('Cut costs by approx. a third.', 'approx')).toBe(true);
    expect(dotAfter('Betreute ca. 40 Server inkl. Backups.', 'ca', 'de')).toBe(true);
    expect(dotAfter('Betreute ca. 40 Server inkl. Backups.', 'inkl', 'de')).toBe(true);
    expect(dotAfter('Géré env. 30 postes.', 'env', 'fr')).toBe(true);
    expect(dotAfter('Reduje costes aprox. un tercio.', 'aprox', 'es')).toBe(true);
  });

  it('knows abbreviations written with inner dots, with or without a space', () => {
    expect(dotAfter('Cloud tools, e.g. Terraform', 'e.g')).toBe(true);
    expect(dotAfter('Cloud tools, e.g. Terraform', 'e.')).toBe(true);
    expect(dotAfter('Werkzeuge wie z. B. Ansible', 'B', 'de')).toBe(true);
    expect(dotAfter('Werkzeuge wie z. B. Ansible', 'z', 'de')).toBe(true);
    expect(dotAfter('des outils, p. ex. Ansible', 'ex', 'fr')).toBe(true);
    expect(dotAfter('herramientas, p. ej. Ansible', 'ej', 'es')).toBe(true);
  });

  it('leaves a full stop after any other word a sentence end', () => {
    expect(dotAfter('Maintained the firewall. Built a model.', 'firewall')).toBe(false);
    expect(dotAfter('Worked with Python, Go, etc. Then led the team.', 'etc')).toBe(false);
    expect(dotAfter('Wartung der Server. Danach Aufbau', 'Server', 'de')).toBe(false);
    expect(dotAfter('a comma, no dot', 'comma')).toBe(false);
  });

  it('keeps a negation across an abbreviation written with a space', () => {
    const cues = cueWordsFor(lexiconFor('de', allLanguages));
    const text = 'Keine Erfahrung mit Cloud-Diensten, z. B. Azure oder AWS.';
    expect(isNegated(text, text.indexOf('Azure'), text.indexOf('Azure') + 5, cues)).toBe(true);
  });

  it('finds the first end of a sentence past the abbreviations', () => {
    const ends = /[.;]/gu;
    expect(firstEnd('Hardened hosts incl. the bastion; then audits', ends, set('en'))?.index).toBe(32);
    expect(firstEnd('Hardened hosts, i.e. the bastion. Then audits', ends, set('en'))?.index).toBe(32);
    expect(firstEnd('Hardened hosts incl. the bastion', ends, set('en'))).toBeNull();
  });
});
