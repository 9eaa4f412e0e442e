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
  let out = '';
  // After a leading optional slot (which carries its own gap), the next word needs no gap before it.
  let leadingOptional = false;
  for (const token of tokens(phrase)) {
    const first = out === '' || leadingOptional;
    leadingOptional = false;
    if (token === '*') {
      // Up to two words, each with the gap before it.
      out += `(?:${first ? '' : GAP}${ANY_WORD}){0,2}?`;
      continue;
    }
    if (token === '<year>') {
      out += `${first ? '' : GAP}(?:19|20)\\d{2}`;
      continue;
    }
    const alt = /^\((.*)\)$/u.exec(token);
    if (alt) {
      const words = (alt[1] as string).split('|');
      const real = words.filter((w) => w !== '');
      const inner = real.map((w) => (w.includes(' ') ? phraseSource(w) : wordSource(w))).join('|');
      const optional = real.length < words.length;
      // An optional slot takes the gap before it with it, so the phrase may end without it.
      if (optional && out === '') {
        out += `(?:(?:${inner})${GAP})?`;
        leadingOptional = true;
      } else if (optional) out += `(?:${GAP}(?:${inner}))?`;
      else out += `${first ? '' : GAP}(?:${inner})`;
      continue;
    }
    out += `${first ? '' : GAP}${wordSource(token)}`;
  }
  return out;
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
