/**
 * A line, entry or section of the document being read is folded once, with the document: its fold is that part of the
 * document's fold and its words are read off the document's (`partView`, `wordsWithin` in src/text/phrases.ts). These
 * tests check that a part read that way folds and splits exactly as the same text read alone.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { foldText, forgetTexts, headPositions } from '../src/text/phrases';

/** The folded words of a text read alone, as a set (every word `headPositions` can report). */
function wordsAlone(text: string): Set<string> {
  forgetTexts();
  return new Set(foldText(text).match(/[\p{L}\p{N}]+/gu) ?? []);
}

/** The fold and word starts of `part` read alone (nothing kept), then as a part of `doc` (the document read first). */
function bothWays(doc: string, part: string): { alone: [string, readonly number[]]; within: [string, readonly number[]] } {
  const heads = wordsAlone(part);
  forgetTexts();
  const alone: [string, readonly number[]] = [foldText(part), headPositions(part, heads)];
  forgetTexts();
  headPositions(doc, heads);
  const within: [string, readonly number[]] = [foldText(part), headPositions(part, heads)];
  forgetTexts();
  return { alone, within };
}

const LINES = [
  'EXPÉRIENCE PROFESSIONNELLE',
  'Senior Security Engineer — Zürich, Schweiz (2019–2023)',
  '• Built ML-based anomaly detection in Python/PyTorch; reduced false positives by 40 %',
  'Ærø Łódź Đorđe straße naïve café résumé',
  'Skills: Kubernetes, Terraform, C++, C#, Node.js, AWS (EC2, S3)',
];
const DOC = Array.from({ length: 24 }, (_, i) => LINES[i % LINES.length]).join('\n');

afterEach(() => forgetTexts());

describe('parts of a document read as the same text alone', () => {
  it('whole lines fold and split as alone', () => {
    expect(DOC.length).toBeGreaterThanOrEqual(1000);
    for (const line of LINES) {
      const { alone, within } = bothWays(DOC, line);
      expect(within).toEqual(alone);
    }
  });

  it('parts cut inside words fold and split as alone (the edge words cut to the part)', () => {
    for (const [from, to] of [
      [3, 40],
      [29, 140],
      [100, 101 + 30],
      [57, 300],
      [DOC.length - 45, DOC.length - 1],
    ] as const) {
      const part = DOC.slice(from, to);
      const { alone, within } = bothWays(DOC, part);
      expect(within).toEqual(alone);
    }
  });

  it('a part cut inside a word starts with the cut word at 0', () => {
    const part = DOC.slice(DOC.indexOf('PROFESSIONNELLE') + 3, DOC.indexOf('PROFESSIONNELLE') + 60);
    const { within } = bothWays(DOC, part);
    expect(within[1][0]).toBe(0);
    expect(within[0].startsWith('fessionnelle\nsenior')).toBe(true);
  });

  it('a document whose lowercase changes length or depends on neighbours (İ, Σ) folds its parts alone', () => {
    for (const odd of ['İstanbul Teknik Üniversitesi', 'ΟΔΥΣΣΕΑΣ ΣΟΦΟΣ']) {
      const doc = `${odd}\n${DOC}`;
      for (const part of [odd, LINES[1] as string, doc.slice(5, 80)]) {
        const { alone, within } = bothWays(doc, part);
        expect(within).toEqual(alone);
      }
    }
  });
});
