import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import PorterStemmer from 'natural/lib/natural/stemmers/porter_stemmer.js';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../src/catalog/load';
import { porterStem } from '../src/text/porter';

const walk = (d: string): string[] =>
  readdirSync(d).flatMap((f) => {
    const p = join(d, f);
    return statSync(p).isDirectory() ? walk(p) : p.endsWith('.txt') ? [p] : [];
  });

/** A deterministic generator (mulberry32), so that a failure names the same words each run. */
function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Suffixes the steps look for, appended to random stems so that every rule and its quirks are reached. */
const SUFFIXES = [
  ...'ational tional enci anci izer abli bli alli entli eli ousli ization ation ator alism iveness fulness ousness aliti iviti'.split(' '),
  ...'biliti logi icate ative alize iciti ical ful ness al ance ence er ic able ible ant ement ment ent ou ism ate iti ous ive'.split(' '),
  ...'ize sion tion ed ing eed ies sses s y e ll at bl iz'.split(' '),
];

function differences(words: Iterable<string>): string[] {
  const out: string[] = [];
  for (const w of words) if (porterStem(w) !== PorterStemmer.stem(w)) out.push(`${w}: ${porterStem(w)} ≠ ${PorterStemmer.stem(w)}`);
  return out;
}

describe('porterStem', () => {
  it("stems every word of the fixtures and the catalog as natural's Porter stemmer does", () => {
    const words = new Set<string>();
    const add = (text: string) => {
      for (const w of text.toLowerCase().match(/[a-z]+/gu) ?? []) words.add(w);
    };
    for (const f of walk(join(__dirname, 'fixtures'))) add(readFileSync(f, 'utf8'));
    for (const s of loadCatalog().skills) for (const a of s.aliases) add(typeof a === 'string' ? a : a.text);
    expect(words.size).toBeGreaterThan(5000);
    expect(differences(words)).toEqual([]);
  });

  it('stems random words with and without Porter suffixes as natural does', () => {
    const next = random(20261203);
    const letters = 'aeiouybcdfghjklmnpqrstvwxzsseellyy';
    const words = new Set<string>();
    for (let i = 0; i < 100_000; i++) {
      let w = '';
      const n = 1 + Math.floor(next() * 10);
      for (let k = 0; k < n; k++) w += letters[Math.floor(next() * letters.length)];
      words.add(w);
      words.add(w + (SUFFIXES[Math.floor(next() * SUFFIXES.length)] as string));
    }
    expect(differences(words)).toEqual([]);
  });
});
