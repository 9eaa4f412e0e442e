// A tsup plugin: every non-ASCII character of a built chunk written as a `\uXXXX` escape. V8 stores a module's source
// as one byte per character only when every character fits: a single `–` in a regex literal made the whole chunk
// two bytes per character, to decode, scan and pre-parse (esbuild's `charset: 'ascii'` escapes strings, not regex
// literals or template literals). Same values: an escape means the same character in a string, a template's cooked
// text, a regex (a `u` regex reads an escaped surrogate pair as one code point) and a `unicodeRegex` template's raw
// text, which becomes a regex. The source map moves with the columns.
import type { Options } from 'tsup';

type TsupPlugin = NonNullable<Options['plugins']>[number];

const NON_ASCII = /[^\0-\x7F]/;
const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** The line written with escapes, and each escaped character's column in the line as given. */
export function escapeLine(line: string): { text: string; at: number[] } {
  let text = '';
  const at: number[] = [];
  let backslashes = 0;
  for (let k = 0; k < line.length; k++) {
    const c = line.charCodeAt(k);
    if (c < 0x80) {
      text += line[k];
      backslashes = c === 92 ? backslashes + 1 : 0;
      continue;
    }
    // `\–` (an identity escape): `\\u2013` would be a backslash and four digits.
    if (backslashes % 2 === 1) throw new Error(`A backslash before a non-ASCII character, column ${k}: write the character alone.`);
    text += `\\u${c.toString(16).padStart(4, '0')}`;
    at.push(k);
    backslashes = 0;
  }
  return { text, at };
}

/** The columns of a line's mapped segments (the first field of each), from a source map's `mappings`. */
function generatedColumns(mappings: string): number[][] {
  return mappings.split(';').map((line) => {
    const cols: number[] = [];
    let col = 0;
    for (const segment of line.split(',')) {
      if (segment === '') continue;
      col += firstVlq(segment);
      cols.push(col);
    }
    return cols;
  });
}

function firstVlq(segment: string): number {
  let value = 0;
  let shift = 0;
  for (const ch of segment) {
    const digit = BASE64.indexOf(ch);
    value += (digit & 31) << shift;
    shift += 5;
    if ((digit & 32) === 0) break;
  }
  return value & 1 ? -(value >>> 1) : value >>> 1;
}

function vlq(n: number): string {
  let v = n < 0 ? (-n << 1) | 1 : n << 1;
  let out = '';
  do {
    let digit = v & 31;
    v >>>= 5;
    if (v > 0) digit |= 32;
    out += BASE64[digit];
  } while (v > 0);
  return out;
}

/**
 * A map from the escaped chunk to the chunk as built: each column the chunk's own map has, moved past the escapes
 * before it (tsup composes the two, so each mapping of the escaped chunk lands where the built one's did).
 */
function shiftMap(file: string, lines: ReadonlyArray<{ at: number[] }>, cols: number[][]): string {
  let previousLine = 0;
  let previousColumn = 0;
  const out = lines.map(({ at }, line) => {
    const wanted = cols[line] ?? [];
    let generated = 0;
    let passed = 0;
    return wanted
      .map((col) => {
        while (passed < at.length && (at[passed] as number) < col) passed++;
        const to = col + passed * 5;
        const segment = vlq(to - generated) + vlq(0) + vlq(line - previousLine) + vlq(col - previousColumn);
        generated = to;
        previousLine = line;
        previousColumn = col;
        return segment;
      })
      .join(',');
  });
  return JSON.stringify({ version: 3, file, sources: [file], names: [], mappings: out.join(';') });
}

export const ASCII_CHUNKS: TsupPlugin = {
  name: 'rolefit-ascii-chunks',
  renderChunk(code, info) {
    if (info.type !== 'chunk' || !NON_ASCII.test(code)) return undefined;
    const lines = code.split('\n').map(escapeLine);
    const text = lines.map((l) => l.text).join('\n');
    const given = typeof info.map === 'string' ? (JSON.parse(info.map) as { mappings: string }) : info.map;
    const map = given ? shiftMap(info.path, lines, generatedColumns(given.mappings)) : null;
    return { code: text, map };
  },
};
