/**
 * Lexicon phrases → regular-expression sources. The grammar (data/lexicon/README.md): words separated by spaces;
 * `(a|b|)` one of the words or none; `*` up to two words; `<year>` a year. Every repetition is bounded, so the
 * compiled patterns run in linear time (the test suite checks each with recheck).
 */

/** Not a letter or digit before the match. */
export const WORD_START = '(?<![\\p{L}\\p{N}])';
/** Not a letter or digit after the match. */
export const WORD_END = '(?![\\p{L}\\p{N}])';
/** What a space inside a phrase matches: one to three spaces or hyphens (a soft line wrap included). */
const GAP = '[\\s\\-–]{1,3}';
/** A wildcard word. */
const ANY_WORD = "[\\p{L}\\p{N}'’./+#-]{1,30}";
const SPECIAL: Readonly<Record<string, string>> = {
  '*': `(?:${ANY_WORD}${GAP}){0,2}?`,
  '<year>': '(?:19|20)\\d{2}',
};

/** Escapes a literal for a regex source (`u` flag). */
export function escapeRegex(s: string): string {
  return s.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
}

/** Letters that texts write with or without an accent ("Experiencia"/"Expérience", "Formacion"/"Formación"). */
const ACCENTED: Readonly<Record<string, string>> = {
  a: 'aàáâãäå',
  e: 'eèéêë',
  i: 'iìíîï',
  o: 'oòóôõöø',
  u: 'uùúûü',
  c: 'cç',
  n: 'nñ',
  y: 'yýÿ',
};

/** A letter and its accented forms, as a class; other characters escaped. */
function letterSource(c: string): string {
  const base = fold(c);
  const forms = base.length === 1 ? ACCENTED[base] : undefined;
  return forms ? `[${forms}]` : escapeRegex(c);
}

/** One literal word: accents optional, a hyphen inside it matches a hyphen, a space or nothing; apostrophes match either form. */
function wordSource(word: string): string {
  return word
    .split('-')
    .map((part) => [...part].map((c) => (c === "'" || c === '’' ? "['’]" : letterSource(c))).join(''))
    .join('[\\s\\-]?');
}

/** The source of one phrase (see the grammar above). */
export function phraseSource(phrase: string): string {
  const parts: string[] = [];
  for (const token of tokens(phrase)) {
    if (token in SPECIAL) {
      // A wildcard carries its own trailing gap, so it is glued to what follows.
      parts.push(`${SPECIAL[token] as string}`);
      continue;
    }
    const alt = /^\((.*)\)$/.exec(token);
    const src = alt ? alternatives((alt[1] as string).split('|')) : wordSource(token);
    parts.push(src);
  }
  let out = '';
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i] as string;
    out += p;
    const next = parts[i + 1];
    if (next === undefined) break;
    // A wildcard and an optional alternative `(a|)` carry their own trailing gap.
    if (p === SPECIAL['*'] || p.endsWith(')??')) continue;
    out += GAP;
  }
  return out.replace(/\)\?\?/g, ')?');
}

/** `(a|b|)`: one of the words; an empty alternative makes the slot optional (with the gap after it). */
function alternatives(words: readonly string[]): string {
  const real = words.filter((w) => w !== '');
  const inner = real.map((w) => (w.includes(' ') ? phraseSource(w) : wordSource(w))).join('|');
  return real.length < words.length ? `(?:(?:${inner})${GAP})??` : `(?:${inner})`;
}

/** Splits a phrase on spaces outside parentheses. */
function tokens(phrase: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let current = '';
  for (const c of phrase.trim()) {
    if (c === '(') depth++;
    if (c === ')') depth--;
    if (c === ' ' && depth === 0) {
      if (current !== '') out.push(current);
      current = '';
    } else current += c;
  }
  if (current !== '') out.push(current);
  return out;
}

/** An abbreviation ("M.Sc."): case kept, every dot optional and may be followed by one space. */
export function abbreviationSource(abbr: string): string {
  return abbr
    .split('.')
    .filter((part, i, all) => part !== '' || i < all.length - 1)
    .map((part) => escapeRegex(part.trim()))
    .join('\\.?\\s?')
    .concat(abbr.endsWith('.') ? '\\.?' : '');
}

/** Longest first, so that "work experience" wins over "work". */
function byLength(a: string, b: string): number {
  return b.length - a.length || (a < b ? -1 : 1);
}

/** One alternation of phrases, each a whole word sequence; `never` when the list is empty. */
export function phrasesSource(phrases: readonly string[]): string {
  const unique = [...new Set(phrases.map((p) => p.trim()).filter((p) => p !== ''))].sort(byLength);
  if (unique.length === 0) return NEVER;
  return `${WORD_START}(?:${unique.map(phraseSource).join('|')})${WORD_END}`;
}

/** One alternation of abbreviations (case kept); `never` when the list is empty. */
export function abbreviationsSource(abbrs: readonly string[]): string {
  const unique = [...new Set(abbrs)].sort(byLength);
  if (unique.length === 0) return NEVER;
  return `${WORD_START}(?:${unique.map(abbreviationSource).join('|')})${WORD_END}`;
}

/** A pattern that matches nothing (an empty list). */
export const NEVER = '(?!)';

/** A case-insensitive regex of phrases (`flags` adds e.g. `g`). */
export function phrasesRegex(phrases: readonly string[], flags = ''): RegExp {
  return new RegExp(phrasesSource(phrases), `iu${flags}`);
}

/** Lowercased, accent-folded form for set lookups of single words. */
export function fold(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Most literal forms one phrase may expand to (a heading list is looked up by key, not matched as a pattern). */
const MAX_EXPANSIONS = 64;

/** Every literal form of a phrase: `(a|b|)` expanded, `*` and `<year>` kept as written ("about *"). */
export function expandPhrase(phrase: string): string[] {
  let forms = [''];
  for (const token of tokens(phrase)) {
    const alt = /^\((.*)\)$/u.exec(token);
    const options = alt ? (alt[1] as string).split('|') : [token];
    const next: string[] = [];
    for (const f of forms) for (const o of options) if (next.length < MAX_EXPANSIONS) next.push(o === '' ? f : f === '' ? o : `${f} ${o}`);
    forms = next;
  }
  return forms.filter((f) => f !== '');
}
