/**
 * The gates of the thirty-first session's speed round (issue 8): each skips work that can find nothing, so a gated
 * pattern reads exactly what the pattern alone reads.
 */
import { describe, expect, it } from 'vitest';
import { allLanguages } from '../src/languages';
import { allLanguagesLexicon } from '../src/text/lexicon';
import { cueWordsFor } from '../src/text/negation';
import { AsciiTwinRegExp, foldText, forgetTexts, phrasesRegex, phrasesSource } from '../src/text/phrases';

const all = (re: RegExp, text: string): Array<[number, string]> => {
  const out: Array<[number, string]> = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) out.push([m.index, m[0]]);
  return out;
};

describe('AsciiTwinRegExp.gated: a text without a match of the gate is not scanned', () => {
  const source = '\\p{Lu}\\p{L}{1,10}(?:, \\p{Lu}\\p{L}{1,10})+ and \\p{Lu}\\p{L}{1,10} teams';
  const gated = new AsciiTwinRegExp(source, 'gu').gated(/teams/u);
  const plain = new AsciiTwinRegExp(source, 'gu');

  it('finds what the pattern alone finds where the gate matches', () => {
    const text = 'Worked with the SOC, IAM and AppSec teams; then Red, Blue and Purple teams.';
    expect(all(gated, text)).toEqual([
      [16, 'SOC, IAM and AppSec teams'],
      [48, 'Red, Blue and Purple teams'],
    ]);
    expect(all(gated, text)).toEqual(all(plain, text));
  });

  it('finds nothing, and starts over, where the gate does not match', () => {
    const text = 'Worked with the SOC, IAM and AppSec groups.';
    gated.lastIndex = 7;
    expect(gated.exec(text)).toBeNull();
    expect(gated.lastIndex).toBe(0);
    expect(all(plain, text)).toEqual([]);
    // The gate's answer is kept per input: a new input is asked again.
    expect(gated.exec('Ran the Red, Blue and Purple teams')?.[0]).toBe('Red, Blue and Purple teams');
    forgetTexts();
    expect(gated.exec('Red, Blue and Purple squads')).toBeNull();
  });

  it('ASCII and non-ASCII inputs in turn each run their own twin', () => {
    const re = new AsciiTwinRegExp('\\p{Lu}\\p{Ll}+', 'gu');
    expect(all(re, 'Équipe Sécurité')).toEqual([
      [0, 'Équipe'],
      [7, 'Sécurité'],
    ]);
    expect(all(re, 'Team Security')).toEqual([
      [0, 'Team'],
      [5, 'Security'],
    ]);
    expect(all(re, 'Équipe Sécurité')).toEqual([
      [0, 'Équipe'],
      [7, 'Sécurité'],
    ]);
  });

  it('a long input keeps its own answer while short inputs are read between its matches', () => {
    // The long input's answer (not all ASCII) is kept apart from the short inputs' (all ASCII, then not): each
    // input still runs its own twin, and the loop over the long one finds every match.
    const re = new AsciiTwinRegExp('\\p{Lu}\\p{Ll}+', 'gu');
    const short = new AsciiTwinRegExp('\\p{Lu}\\p{Ll}+', 'u');
    const long = `${'Équipe '.repeat(100)}Sécurité`;
    const found: number[] = [];
    const shortReads: Array<string | undefined> = [];
    re.lastIndex = 0;
    for (let m = re.exec(long); m !== null; m = re.exec(long)) {
      found.push(m.index);
      shortReads.push(short.exec(found.length % 2 === 0 ? 'Team' : 'Écran')?.[0]);
    }
    expect(found).toEqual([...Array.from({ length: 100 }, (_, k) => k * 7), 700]);
    expect(shortReads.slice(0, 3)).toEqual(['Écran', 'Team', 'Écran']);
    forgetTexts();
  });
});

describe('a head word whose phrases lack a required word in the input is passed over', () => {
  const phrases = ['(the|our) * team (built|runs)', 'the vendor', '¿quién construyó', '¡nunca usé'];
  const pattern = phrasesRegex(phrases, 'g');
  const scan = (text: string): Array<[number, string]> => {
    const everywhere = new RegExp(phrasesSource(phrases), 'gu');
    return [...foldText(text).matchAll(everywhere)].map((m) => [m.index, text.slice(m.index, m.index + m[0].length)]);
  };

  it('no "team": only the phrases that need none match', () => {
    const text = 'The vendor built it; our group runs it. ¡Nunca usé Go! ¿Quién construyó esto?';
    expect(all(pattern, text)).toEqual([
      [0, 'The vendor'],
      [40, '¡Nunca usé'],
      [55, '¿Quién construyó'],
    ]);
    expect(all(pattern, text)).toEqual(scan(text));
  });

  it('with "team" and "runs": the wildcard phrase matches too', () => {
    const text = 'Our platform team runs the SOC; the vendor team built tooling.';
    expect(all(pattern, text)).toEqual([
      [0, 'Our platform team runs'],
      [32, 'the vendor team built'],
    ]);
    expect(all(pattern, text)).toEqual(scan(text));
  });
});

describe('staffWord: the headcount word every staff bracket holds', () => {
  const cues = cueWordsFor(allLanguagesLexicon(allLanguages));

  it('is found where a staff bracket is, and not in a text without a headcount word', () => {
    const text = 'Managed eight staff (four SOC analysts, two engineers).';
    expect(cues.staffWord.test(text)).toBe(true);
    expect(all(cues.staffMembersAll, text)).toEqual([[8, 'eight staff (four SOC analysts, two engineers)']]);
    const none = 'Managed eight analysts (four SOC analysts, two engineers).';
    expect(cues.staffWord.test(none)).toBe(false);
    expect(all(cues.staffMembersAll, none)).toEqual([]);
  });
});
