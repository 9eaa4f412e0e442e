import { describe, expect, it } from 'vitest';
import { ASCII_CHUNKS, escapeLine } from '../scripts/ascii-chunks';

// The build writes each chunk in ASCII (scripts/ascii-chunks.ts): the same values, a one-byte source for V8.
describe('escapeLine', () => {
  it('writes each non-ASCII character as a \\u escape and keeps the columns it was at', () => {
    expect(escapeLine('const DASH = /[-–—]/u; // a ‘note’')).toEqual({
      text: 'const DASH = /[-\\u2013\\u2014]/u; // a \\u2018note\\u2019',
      at: [16, 17, 28, 33],
    });
  });

  it('leaves an ASCII line as it is', () => {
    expect(escapeLine('const a = "x\\\\";')).toEqual({ text: 'const a = "x\\\\";', at: [] });
  });

  it('escapes each half of a surrogate pair, which a u regex reads back as one code point', () => {
    const { text } = escapeLine('/[😀]/u');
    expect(text).toBe('/[\\ud83d\\ude00]/u');
    expect(new RegExp(text.slice(1, -2), 'u').test('😀')).toBe(true);
    expect(new RegExp(text.slice(1, -2), 'u').test('\ud83d')).toBe(false);
  });

  it('keeps an escaped backslash before a character, and refuses a backslash that escapes it', () => {
    expect(escapeLine('"\\\\é"').text).toBe('"\\\\\\u00e9"');
    expect(() => escapeLine('/\\–/')).toThrow(/backslash/);
  });

  it('gives the same values once evaluated', () => {
    const line = 'return [`a–b`, "’", /[•▪]/u.source.length, String.raw`x—y`.length];';
    const run = (body: string) => new Function(body)() as unknown[];
    const before = run(line);
    const after = run(escapeLine(line).text);
    // A raw template's text is the escape itself (rolefit's raw templates become regexes, which read it back).
    expect(after.slice(0, 2)).toEqual(before.slice(0, 2));
    expect(new RegExp(escapeLine('[•▪]').text, 'u').source).toBe('[\\u2022\\u25aa]');
  });
});

describe('ASCII_CHUNKS', () => {
  it('moves the mapped columns of a line past the escapes before them', () => {
    const code = 'a="–";b=1;';
    // One line, mapped at columns 0 ("a") and 6 ("b") of the chunk as built.
    const map = JSON.stringify({ version: 3, sources: ['x.ts'], names: [], mappings: 'AAAA,MAAM' });
    const out = (ASCII_CHUNKS.renderChunk as (code: string, info: object) => { code: string; map: string })(code, { type: 'chunk', path: 'x.js', code, map });
    expect(out.code).toBe('a="\\u2013";b=1;');
    expect(JSON.parse(out.map)).toEqual({ version: 3, file: 'x.js', sources: ['x.js'], names: [], mappings: 'AAAA,WAAM' });
  });

  it('leaves an ASCII chunk alone', () => {
    const renderChunk = ASCII_CHUNKS.renderChunk as (code: string, info: object) => unknown;
    expect(renderChunk('a=1;', { type: 'chunk', path: 'x.js', code: 'a=1;' })).toBeUndefined();
  });
});
