import PorterStemmer from 'natural/lib/natural/stemmers/porter_stemmer.js';

/** One word of the text, with its position and its comparison form. */
export interface Token {
  /** Lowercased, Porter-stemmed form used for matching. */
  norm: string;
  /** The text as written. */
  raw: string;
  start: number;
  end: number;
  /** Line number (0-based). */
  line: number;
  /** Clause number (0-based): a new line or a sentence stop (`.`, `;`, `!`, `?`) starts a clause. */
  clause: number;
  /** True when only spaces, hyphens, dashes, slashes or `&` separate it from the previous token on the same line. */
  joined: boolean;
}

/** A word: letters/digits, inner dotted parts (`node.js`), a trailing `++`/`+`/`#` (`c++`, `security+`, `c#`). */
const WORD = /[\p{L}\p{N}]+(?:\.[\p{L}\p{N}]+)*(?:\+{1,2}(?![\p{L}\p{N}])|#)?/gu;
/** A gap of one line break and indentation only (no bullet, no punctuation). */
const SOFT_WRAP_GAP = /^ {0,40}\n {0,40}$/;
/** A word that starts in lowercase: the sentence goes on. */
const LOWERCASE_START = /^\p{Ll}/u;
/** Gaps that end a clause: a sentence stop. */
const CLAUSE_STOP = /[.;!?]/;
/** Gaps that keep two words in one phrase; an apostrophe too, so elisions read as phrases ("tests d'intrusion"). */
const JOINING_GAP = /^[ \-–—/&'’]*$/;
/** Combining marks left by canonical decomposition: "sécurité" and "securite" compare equal. */
const MARKS = /\p{M}+/gu;
const ASCII = /^[\x20-\x7e]*$/;

/** Stems words, remembering answers: the vocabulary of résumés is small. */
export class Stemmer {
  private readonly cache = new Map<string, string>();
  constructor(private readonly limit = 50_000) {}

  /**
   * The comparison form of a word: lowercase, without accents (people and ATS exports drop them), then the Porter
   * stem for plain alphabetic words longer than 3 letters.
   */
  norm(word: string): string {
    // Keyed by the word as written: most words are written the same way each time, and need no lowercasing then.
    const hit = this.cache.get(word);
    if (hit !== undefined) return hit;
    const lower = word.toLowerCase();
    const folded = ASCII.test(lower) ? lower : lower.normalize('NFD').replace(MARKS, '');
    const stem = folded.length > 3 && /^[a-z]+$/.test(folded) ? PorterStemmer.stem(folded) : folded;
    if (this.cache.size >= this.limit) this.cache.clear();
    this.cache.set(word, stem);
    return stem;
  }
}

/** Splits text into tokens in one linear pass. */
export function tokenize(text: string, stemmer: Stemmer): Token[] {
  const tokens: Token[] = [];
  let line = 0;
  let clause = 0;
  let lastEnd = 0;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    const gap = text.slice(lastEnd, m.index);
    const newlines = countNewlines(gap);
    line += newlines;
    // A PDF line wrap inside a sentence ("IR⏎playbook") keeps the phrase and the clause going.
    const softWrap = newlines === 1 && SOFT_WRAP_GAP.test(gap) && LOWERCASE_START.test(m[0]);
    if ((newlines > 0 && !softWrap) || CLAUSE_STOP.test(gap)) clause++;
    tokens.push({
      norm: stemmer.norm(m[0]),
      raw: m[0],
      start: m.index,
      end: m.index + m[0].length,
      line,
      clause,
      joined: tokens.length > 0 && (newlines === 0 ? JOINING_GAP.test(gap) : softWrap),
    });
    lastEnd = m.index + m[0].length;
  }
  return tokens;
}

function countNewlines(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) === 10) n++;
  return n;
}

/** Tokenizes a short phrase (an alias or a context word) into comparison forms. */
export function phraseNorms(phrase: string, stemmer: Stemmer): string[] {
  return tokenize(phrase, stemmer).map((t) => t.norm);
}
