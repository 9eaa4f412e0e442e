import type { Lexicon } from './lexicon';
import { unicodeRegex } from './phrases';

// Abbreviations whose full stop ends no sentence (`normalize.json` → `dotAbbreviations`: "incl", "e.g", "z.b", "p.ex"),
// shared by every reader that cuts a text into sentences.

const cache = new WeakMap<Lexicon, ReadonlySet<string>>();

/** The lexicon's `dotAbbreviations`, lowercase, without the last dot (with inner dots, no spaces: "z.b"). */
export function dotAbbreviationsFor(lex: Lexicon): ReadonlySet<string> {
  let hit = cache.get(lex);
  if (!hit) cache.set(lex, (hit = new Set(lex.normalize.dotAbbreviations.map((w) => w.toLowerCase().replace(/\s+/gu, '')))));
  return hit;
}

/** Letters right before an offset, with a part written before them and a space ("z. B" → "z", "b"), at the end of the slice. */
const PARTS_BEFORE = unicodeRegex`(?:(?<![\p{L}\p{N}])(\p{L}{1,4})\.[^\S\n]{1,2})?((?<![\p{L}\p{N}])[\p{L}.]{1,12})$`;
/** A short part of the same abbreviation right after a dot ("e.⏎g.", "z. B."). */
const PART_AFTER = unicodeRegex`^[^\S\n]{0,2}(\p{L}{1,4})\.`;

/**
 * The full stop at `i` belongs to an abbreviation of `abbreviations` ("incl.", "e.g.", "z. B.", "p. ex."): it ends no
 * sentence. Also the first dot of one written in parts ("z." of "z. B.").
 */
export function isAbbreviationDot(text: string, i: number, abbreviations: ReadonlySet<string>): boolean {
  if (text[i] !== '.' || abbreviations.size === 0) return false;
  const m = PARTS_BEFORE.exec(text.slice(Math.max(0, i - 20), i));
  if (m === null) return false;
  const word = (m[2] as string).toLowerCase().replace(/^\.+/u, '');
  if (abbreviations.has(word)) return true;
  if (m[1] !== undefined && abbreviations.has(`${m[1].toLowerCase()}.${word}`)) return true;
  const after = PART_AFTER.exec(text.slice(i + 1, i + 10));
  return after !== null && abbreviations.has(`${word}.${(after[1] as string).toLowerCase()}`);
}

/** The first match of `end` (a global pattern of sentence or clause ends) in `text` that is no abbreviation's full stop, or null. */
export function firstEnd(text: string, end: RegExp, abbreviations: ReadonlySet<string>): RegExpExecArray | null {
  for (const m of text.matchAll(end)) if (!isAbbreviationDot(text, m.index, abbreviations)) return m;
  return null;
}
