import PorterStemmer from 'natural/lib/natural/stemmers/porter_stemmer.js';
import type { Lexicon } from './lexicon';
import { LONG_TEXT_CHARS, sharedString, sizedArray, unicodeRegex, unicodeLiteral } from './phrases';

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
  /** Clause number (0-based): a new line, a sentence stop (`.`, `;`, `!`, `?`) or a pipe starts a clause. */
  clause: number;
  /** List item number (0-based): a new clause or a comma outside brackets starts an item ("Machine learning, AI red teaming"). */
  item: number;
  /** True when only spaces, hyphens, en dashes, slashes or `&` separate it from the previous token on the same line. */
  joined: boolean;
}

/** A gap of one line break and indentation only (no bullet, no punctuation). */
const SOFT_WRAP_GAP = /^ {0,40}\n {0,40}$/;
/** A hyphen right after a word at a line's end: the compound goes on on the next line ("Entra-ID-⏎Anmelde- und VPN-Logs"). */
const HYPHEN_WRAP_GAP = /^-\n {0,40}$/;
/** A line that opens with a bracket: before a lowercase word, a wrapped sentence's aside ("… S3 bucket incident⏎(containment, notification)"). */
const BRACKET_WRAP_GAP = /^ {0,40}\n {0,40}\($/;
/** A bracketed remark that is a whole line ("(Redshift).", "(AWS, GCP)"): the line above's aside, whatever its case. */
const REMARK_LINE = /^[^()\n]{1,60}\)[.,;]? {0,40}(?:\n|$)/u;
/** A bracket closed at a line's end: before a lowercase word, the sentence goes on ("… internes (Active Directory)⏎avec Metasploit"). */
const CLOSE_WRAP_GAP = /^\) {0,40}\n {0,40}$/;
/** A comma at a line's end: inside an open bracket, the bracket's list goes on on the next line. */
const COMMA_WRAP_GAP = /^, {0,40}\n {0,40}$/;
/** A colon at a line's end, after a bracket or not: on a line indented to the bullet's text, the sentence goes on. */
const COLON_WRAP_GAP = /^\)? {0,2}: {0,40}\n {0,40}$/;
/** A word that starts in lowercase: the sentence goes on. */
const LOWERCASE_START = unicodeRegex`^\p{Ll}`;
/** A dot and a space or two, on one line: what follows a dotted abbreviation. */
const ABBREVIATION_GAP = /^\. {1,2}$/;
/** Combining marks left by canonical decomposition: "sécurité" and "securite" compare equal. */
const MARKS = unicodeLiteral`/\p{M}+/gu`;
const ASCII = /^[\x20-\x7e]*$/;
/** Single letters joined by dots, as a token keeps them ("g.c.i.h"). */
const DOTTED_LETTERS = /^(?:[a-z]\.){1,7}[a-z]$/;
/** A word of lowercase letters only, as written: a common word, never a name as people write names. */
const PLAIN_WORD = /^[a-z]{1,24}$/;

/**
 * Stems words, remembering answers. Remembered across documents: words whose comparison form is one of the
 * catalog's (`seal`), and words written in lowercase letters only ("built", "across") outside the name and contact
 * lines. Any other word of a document (a name, a company, a place) only until `forget`, which the readers call when a
 * document has been read: no person's name stays in a long-lived matcher.
 */
export class Stemmer {
  /** Words kept across documents: every word stemmed before `seal` (the catalog's own), then the catalog's vocabulary. */
  private readonly kept = new Map<string, string>();
  /** The other words of the document being read. */
  private readonly seen = new Map<string, string>();
  private vocabulary: ReadonlySet<string> | undefined;
  constructor(private readonly limit = 50_000) {}

  /**
   * The comparison form of a word: lowercase, without accents (people and ATS exports drop them), then the Porter
   * stem for plain alphabetic words longer than 3 letters.
   */
  norm(word: string, mayKeep = true): string {
    return this.known(word) ?? this.stemNew(word, mayKeep);
  }

  /** `norm` of a word `known` has just answered undefined for (the tokenizer asks `known` first: most words are). */
  stemNew(word: string, mayKeep = true): string {
    const lower = word.toLowerCase();
    const folded = ASCII.test(lower) ? lower : lower.normalize('NFD').replace(MARKS, '');
    // An abbreviation spelled with dots ("G.C.I.H.", "C.I.S.S.P.") is the abbreviation.
    const plain = DOTTED_LETTERS.test(folded) ? folded.replaceAll('.', '') : folded;
    const stem = plain.length > 3 && /^[a-z]+$/.test(plain) && mayStem(plain) ? PorterStemmer.stem(plain) : plain;
    const keep = this.vocabulary === undefined || this.vocabulary.has(stem) || (mayKeep && PLAIN_WORD.test(word));
    const memo = keep ? this.kept : this.seen;
    if (memo.size >= this.limit) memo.clear();
    // Kept across documents as copies: a slice of the text (V8 slices long words) would keep the whole text alive.
    if (keep) memo.set(detached(word), detached(stem));
    else memo.set(word, stem);
    return stem;
  }

  /** Remembers a word's comparison form computed in advance (`norm(word)` is `norm`): a catalog's words, before `seal`. */
  remember(word: string, norm: string): void {
    if (!this.kept.has(word)) this.kept.set(word, norm);
  }

  /** The remembered comparison form of a word, or undefined when it has not been stemmed (then `norm` stems it). */
  known(word: string): string | undefined {
    // Keyed by the word as written: most words are written the same way each time, and need no lowercasing then.
    const hit = this.kept.get(word) ?? this.seen.get(word);
    if (hit !== undefined) return hit;
    // A word with no capital nor any non-ASCII unit is its own lowercase: no call to `toLowerCase` (slow on a slice of
    // a text with a bullet or a dash in it, which V8 stores two bytes a unit).
    if (!mayChangeCase(word)) return undefined;
    const lower = word.toLowerCase();
    // The same word in another case ("Developed" at the start of a bullet) is stemmed the same.
    return lower === word ? undefined : this.kept.get(lower);
  }

  /** From now on only words whose comparison form is in `vocabulary` are remembered across documents. */
  seal(vocabulary: ReadonlySet<string>): void {
    this.vocabulary = vocabulary;
  }

  /** Drops the words of the document just read (see the class). */
  forget(): void {
    this.seen.clear();
  }
}

/**
 * Whether the Porter stemmer may change a word of lowercase letters: it ends with a suffix that one of its steps reads
 * ("s", "ed", "ing", "y", "e", "al", "ion", …). Any other word ("krakow", "lindqvist", mostly names and places, stemmed
 * anew in each document) is its own stem: no step changes it, so none changes it for the next.
 */
export function mayStem(word: string): boolean {
  switch (word.charCodeAt(word.length - 1)) {
    case 101: // e: step 5a, and step 3's and 4's "-ate", "-ive", "-ance", …
    case 115: // s: step 1a, and "-ness", "-ous", …
    case 121: // y: step 1c
      return true;
    case 100: // d
      return word.endsWith('ed');
    case 103: // g
      return word.endsWith('ing');
    case 108: // l
      return word.endsWith('al') || word.endsWith('ful') || word.endsWith('ll');
    case 105: // i
      return word.endsWith('li') || word.endsWith('nci') || word.endsWith('iti') || word.endsWith('logi');
    case 114: // r
      return word.endsWith('er') || word.endsWith('ator');
    case 110: // n
      return word.endsWith('ion');
    case 109: // m
      return word.endsWith('ism');
    case 99: // c
      return word.endsWith('ic');
    case 116: // t
      return word.endsWith('ant') || word.endsWith('ent');
    case 117: // u
      return word.endsWith('ou');
    default:
      return false;
  }
}

/** Whether `toLowerCase` may change a word: it has an ASCII capital or a unit outside ASCII. */
function mayChangeCase(word: string): boolean {
  for (let k = 0; k < word.length; k++) {
    const c = word.charCodeAt(k);
    if ((c >= 65 && c <= 90) || c >= 128) return true;
  }
  return false;
}

/** A copy of a string that shares no memory with the string it was cut from. */
function detached(s: string): string {
  return s.length < DETACHED_BELOW ? s : [...s].join('');
}
/** Shorter strings cut from another are copies already (V8 makes no slice of fewer than 13 characters). */
const DETACHED_BELOW = 13;

/** A Porter stem as a change of its word: letters dropped from the end, then letters added ("security" → "secur": `3`; "policy" → "polici": `1i`; unchanged: ``). */
export function stemCode(word: string, stem: string): string {
  let k = 0;
  while (k < word.length && k < stem.length && word.charCodeAt(k) === stem.charCodeAt(k)) k++;
  return k === word.length && k === stem.length ? '' : `${word.length - k}${stem.slice(k)}`;
}

/** The stem a `stemCode` gives for its word. */
export function applyStemCode(word: string, code: string): string {
  if (code === '') return word;
  let k = 0;
  while (k < code.length && code.charCodeAt(k) >= 48 && code.charCodeAt(k) <= 57) k++;
  return word.slice(0, word.length - Number(code.slice(0, k))) + code.slice(k);
}

/**
 * Splits text into tokens in one linear pass. With `genderSuffixes` (the text's language's, `genderSuffixesFor`), a noun
 * written with a gender marker ("Auditor:innen", "Entwickler*innen", "Berater/-innen") is one token, compared as the
 * word written without the marker ("auditorinnen").
 */
export function tokenize(
  text: string,
  stemmer: Stemmer,
  personal?: (offset: number) => boolean,
  goesOn?: ReadonlySet<string>,
  genderSuffixes?: ReadonlySet<string>,
): Token[] {
  const long = text.length >= LONG_TEXT_CHARS;
  // A long text's list is made at its size (see `sizedArray`); a résumé's grows as it goes.
  const tokens: Token[] = long ? sizedArray(countWords(text)) : [];
  // The tokens made so far (a long text's list has its whole length from the start).
  let n = 0;
  // The text's own words, a small map that stays in cache: a third of a résumé's words repeat one before them, and the
  // stemmer's memo, shared by every document, is large (a lookup there is mostly a cache miss). A pure memo.
  const norms = new Map<string, string>();
  const normOf = (raw: string, start: number): string => {
    let norm = norms.get(raw);
    if (norm === undefined) norms.set(raw, (norm = stemmer.known(raw) ?? stemmer.stemNew(raw, !personal?.(start))));
    return norm;
  };
  // A long text's tokens outlive young-generation collections: a repeated word's tokens share its first `raw`, and its
  // own slice dies young (less for the garbage collector to copy and mark). A résumé's tokens die young anyway.
  const firstRaw = long ? new Map<string, string>() : undefined;
  let line = 0;
  let clause = 0;
  let item = 0;
  // Whether a bracket opened on the current line is still open, kept as the gaps go by (no scan back per comma).
  let bracketOpen = false;
  let lastEnd = 0;
  for (let start = nextWordStart(text, 0); start < text.length; start = nextWordStart(text, lastEnd)) {
    const wordStop = wordEnd(text, start);
    const gendered = genderSuffixes === undefined || genderSuffixes.size === 0 ? -1 : genderedEnd(text, start, wordStop, genderSuffixes);
    const end = gendered === -1 ? wordStop : gendered;
    const sliced = text.slice(start, end);
    const raw = firstRaw ? sharedString(firstRaw, sliced) : sliced;
    // A gendered noun is compared as written without its marker: "Auditor:innen" as "Auditorinnen".
    const norm = gendered === -1 ? normOf(raw, start) : normOf(withoutMarker(text, start, wordStop, end), start);
    // One space, the usual gap, joins the words and starts nothing.
    if (start - lastEnd === 1 && text.charCodeAt(lastEnd) === 32) {
      tokens[n] = { norm, raw, start, end, line, clause, item, joined: n > 0 };
      n++;
      lastEnd = end;
      continue;
    }
    // One pass over the gap tells its line ends, brackets, commas, stops and whether it joins (no pattern per gap).
    const facts = scanGap(text, lastEnd, start, bracketOpen);
    const newlines = Math.floor(facts / NEWLINE_UNIT);
    // The gap's text is read across one line end or at a stop only: no string per gap otherwise.
    const gap = newlines === 1 || (facts & CLAUSE_STOP) !== 0 ? text.slice(lastEnd, start) : '';
    line += newlines;
    // A PDF line wrap inside a sentence ("IR⏎playbook") keeps the phrase and the clause going.
    const softWrap =
      newlines === 1 &&
      ((SOFT_WRAP_GAP.test(gap) &&
        (LOWERCASE_START.test(raw) ||
          wrappedBeforeCapital(text, tokens, n, lastEnd, start, raw) ||
          wrappedBeforeNumber(text, tokens[n - 1], lastEnd, raw) ||
          endsOnWordThatGoesOn(tokens[n - 1], goesOn))) ||
        HYPHEN_WRAP_GAP.test(gap));
    // A bracket left open after a comma goes on, whatever the case of its next item ("(Zugriffskontrolle,⏎Kryptografie)");
    // so does a bullet's list wrapped after a comma onto a line indented to the bullet's text ("Richtlinien für
    // Zugriffsrechte,⏎  Kryptografie und Cloud-Nutzung").
    const listWrap =
      !softWrap &&
      newlines === 1 &&
      ((COMMA_WRAP_GAP.test(gap) && (insideOpenBracket(text, lastEnd) || hangingIndent(text, lastEnd, start))) ||
        // A bullet wrapped after a colon onto a line indented to its text ("… (SCA, pentests, bug bounty):⏎  triage, …").
        (COLON_WRAP_GAP.test(gap) && hangingIndent(text, lastEnd, start)) ||
        // An aside in brackets wrapped mid-way and closed on the next line ("(vendor chatbots, internal⏎RAG search) for …").
        (SOFT_WRAP_GAP.test(gap) && insideOpenBracket(text, lastEnd) && closesOnLine(text, start)) ||
        ((BRACKET_WRAP_GAP.test(gap) || CLOSE_WRAP_GAP.test(gap)) && LOWERCASE_START.test(raw)) ||
        (BRACKET_WRAP_GAP.test(gap) && REMARK_LINE.test(text.slice(start, start + 80)) && !outdentedBelowBullet(text, lastEnd, start)));
    bracketOpen = (facts & OPEN_AFTER) !== 0;
    if ((newlines > 0 && !softWrap && !listWrap) || ((facts & CLAUSE_STOP) !== 0 && !abbreviationDot(tokens[n - 1], gap, raw))) {
      clause++;
      item++;
    } else if (facts & COMMA_OUTSIDE) item++;
    tokens[n] = {
      // Whether the word is personal is asked only of a word not stemmed yet.
      norm,
      raw,
      start,
      end,
      line,
      clause,
      item,
      joined: n > 0 && (newlines === 0 ? (facts & JOINING) !== 0 : softWrap),
    };
    n++;
    lastEnd = end;
  }
  // A long text's list was sized by its words: a gendered noun is two of them and one token.
  if (tokens.length > n) tokens.length = n;
  return tokens;
}

/**
 * Gender markers between a noun and its feminine ending, as German writes inclusive forms: the colon, the asterisk,
 * the underscore, the middle dot ("Auditor:innen", "Entwickler*innen", "Mitarbeiter_innen", "Mitarbeiter·innen"), the
 * slash with or without a hyphen ("Berater/innen", "Berater/-innen") and a bracket ("Mitarbeiter(innen)", closed
 * right after the ending). The capital I ("EntwicklerInnen") needs none: the word is one already.
 */
const GENDER_MARKERS = new Set([58, 42, 95, 0xb7, 47, 40]);
/** A noun a gender marker may follow: a capital, then two letters at least (German capitalises its nouns: no "10:30", no "com/in"). */
const GENDERED_NOUN = unicodeRegex`^\p{Lu}\p{L}{2,}$`;
/** The longest ending read after a marker. */
const MAX_GENDER_SUFFIX = 8;

/**
 * The end of a gendered noun whose word runs over `[start, wordStop)`: its marker and one of `suffixes` (lowercase, or
 * with a capital I: "Mitarbeiter/Innen") follow it, then no letter nor digit, nor a path's slash or dot-word (a URL:
 * "…/Team/innen/x"); -1 when none does. A word inside a URL or an address (after "/", ".", "@", ":") is never one.
 */
function genderedEnd(text: string, start: number, wordStop: number, suffixes: ReadonlySet<string>): number {
  const marker = text.charCodeAt(wordStop);
  if (!GENDER_MARKERS.has(marker)) return -1;
  const before = start > 0 ? text.charCodeAt(start - 1) : 32;
  if (before === 47 || before === 46 || before === 64 || before === 58) return -1;
  // "/-innen": the hyphen after the slash.
  const from = wordStop + (marker === 47 && text.charCodeAt(wordStop + 1) === 45 ? 2 : 1);
  let to = from;
  while (to < text.length && to - from <= MAX_GENDER_SUFFIX && wordUnitAt(text, to) === 1) to++;
  if (to === from || to - from > MAX_GENDER_SUFFIX || wordUnitAt(text, to) > 0) return -1;
  const suffix = text.slice(from, to);
  if (!suffixes.has(suffix.charCodeAt(0) === 73 ? `i${suffix.slice(1)}` : suffix)) return -1;
  if (!GENDERED_NOUN.test(text.slice(start, wordStop))) return -1;
  const after = text.charCodeAt(to);
  if (marker === 40) return after === 41 ? to + 1 : -1;
  // A path or an address goes on after the ending: no word of prose.
  if (after === 47 || after === 64 || (after === 46 && to + 1 < text.length && wordUnitAt(text, to + 1) > 0)) return -1;
  return to;
}

/** A gendered noun `text[start, end)` written without its marker: its word, then its ending ("Auditor:innen" → "Auditorinnen"). */
function withoutMarker(text: string, start: number, wordStop: number, end: number): string {
  let k = wordStop + 1;
  while (k < end && wordUnitAt(text, k) === 0) k++;
  const close = text.charCodeAt(end - 1) === 41 ? end - 1 : end;
  return text.slice(start, wordStop) + text.slice(k, close).toLowerCase();
}

/** How many tokens `tokenize` makes of a text: its words, found as it finds them. */
function countWords(text: string): number {
  let count = 0;
  for (let start = nextWordStart(text, 0); start < text.length; start = nextWordStart(text, wordEnd(text, start))) count++;
  return count;
}

/**
 * `scanGap` flags: a comma outside brackets in the gap; a bracket still open after it; a clause stop (`.`, `;`, `!`,
 * `?`, `|`); only joining characters (spaces, hyphens, en dashes, slashes, `&`, apostrophes: the gap keeps two words in
 * one phrase, "tests d'intrusion"). The gap's line ends are counted in units of `NEWLINE_UNIT` (a sum, exact at any length).
 */
const COMMA_OUTSIDE = 1;
const OPEN_AFTER = 2;
const CLAUSE_STOP = 4;
const JOINING = 8;
const NEWLINE_UNIT = 16;

/** One pass over the gap `text[from, to)` between words, a bracket being `open` where it starts (a new line closes one): `scanGap` flags. */
function scanGap(text: string, from: number, to: number, open: boolean): number {
  let inside = open;
  let flags = JOINING;
  let newlines = 0;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 40)
      inside = true; // (
    else if (c === 41 || c === 10) {
      inside = false; // ) or a new line
      if (c === 10) newlines++;
    } else if (c === 44 && !inside)
      flags |= COMMA_OUTSIDE; // ,
    else if (c === 46 || c === 59 || c === 33 || c === 63 || c === 124) flags |= CLAUSE_STOP; // . ; ! ? |
    if (!isJoining(c)) flags &= ~JOINING;
  }
  return (flags | (inside ? OPEN_AFTER : 0)) + newlines * NEWLINE_UNIT;
}

/**
 * A character that keeps two words in one phrase: a space, a hyphen or en dash, a slash, `&` or an apostrophe. An em dash
 * sets parts apart ("Tessaract Cloud — Security Engineer": employer and title), so no phrase runs across it.
 */
function isJoining(c: number): boolean {
  return c === 32 || c === 45 || c === 0x2013 || c === 47 || c === 38 || c === 39 || c === 0x2019;
}

/** The line that ends at `end` has a bracket still open: "(recruiting, annual reviews,⏎upskilling)" is one list. */
function insideOpenBracket(text: string, end: number): boolean {
  for (let k = end - 1; k >= 0; k--) {
    const c = text.charCodeAt(k);
    if (c === 40) return true; // (
    if (c === 41 || c === 10) return false; // ) or the line's start
  }
  return false;
}

/** A bracket closes on the line from `start`, before another opens. */
function closesOnLine(text: string, start: number): boolean {
  for (let k = start; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c === 41) return true; // )
    if (c === 40 || c === 10) return false; // ( or the line's end
  }
  return false;
}

/**
 * The bracket line opening at `start` (after its "(") stands left of the text of the bullet that opens the line ending
 * at `end`: no wrap of that item but a line of its own ("- Led the research⏎(Grant Funded)"); a wrap is indented to it.
 */
function outdentedBelowBullet(text: string, end: number, start: number): boolean {
  const lineStart = text.lastIndexOf('\n', end - 1) + 1;
  const column = bulletTextColumn(text.slice(lineStart, end));
  if (column < 0) return false;
  const bracket = start - 1;
  return bracket - (text.lastIndexOf('\n', bracket) + 1) < column;
}

/** The stop after a dotted abbreviation, before a lowercase word ("Ph.D. students", "e.g. scanners"): the sentence goes on. */
function abbreviationDot(last: Token | undefined, gap: string, raw: string): boolean {
  return (last?.raw.includes('.') ?? false) && ABBREVIATION_GAP.test(gap) && LOWERCASE_START.test(raw);
}

/**
 * A long line that ends in a lowercase or capitalised word ("…Berichterstattung an⏎Geschäftsleitung", "…Prüfungen
 * gegen Data⏎Poisoning") was wrapped inside a sentence, even before a capitalised word: German capitalises its nouns;
 * one that ends in an acronym inside a sentence, even before another acronym.
 */
function wrappedBeforeCapital(text: string, tokens: readonly Token[], n: number, lastEnd: number, nextStart: number, next: string): boolean {
  const last = tokens[n - 1];
  if (last === undefined) return false;
  // An acronym goes on with another acronym as well: "…techniques from MITRE⏎ATLAS".
  // A short line too, when the acronym's sentence goes on in lowercase after it, as ATS exports break lines anywhere: "…to the NIST AI⏎RMF functions".
  if (ACRONYM.test(next)) {
    const goesOn = isWrappable(text, lastEnd) || proseAfter(text, nextStart + next.length);
    return (goesOn && acronymInProse(tokens, n)) || acronymAfterProse(text, last.raw, lastEnd, nextStart);
  }
  if (PLURAL_ACRONYM.test(next)) return acronymAfterProse(text, last.raw, lastEnd, nextStart);
  return (
    (ALL_LOWERCASE.test(last.raw) || TITLE_CASE.test(last.raw) || acronymInProse(tokens, n)) &&
    TITLE_CASE.test(next) &&
    !opensLabel(text, nextStart) &&
    (isWrappable(text, lastEnd) || hangingIndent(text, lastEnd, nextStart))
  );
}

/**
 * An acronym, or its plural, opening a line of prose after a long line that ends on a lowercase word ("…fine-tune
 * open-weight⏎LLMs for …"): the sentence was wrapped. The line before is about as long as the line it wraps onto (a
 * column filled), and the next line is prose, no heading in capitals nor a label.
 */
function acronymAfterProse(text: string, last: string, lastEnd: number, nextStart: number): boolean {
  if (!ALL_LOWERCASE.test(last) || !isWrappable(text, lastEnd) || opensLabel(text, nextStart)) return false;
  const nextEnd = lineEndAt(text, nextStart);
  const nextLine = text.slice(text.lastIndexOf('\n', nextStart - 1) + 1, nextEnd);
  const before = lastEnd - (text.lastIndexOf('\n', lastEnd - 1) + 1);
  return before + WORD_SLACK >= nextLine.trimEnd().length && HAS_LOWERCASE.test(text.slice(nextStart, nextEnd));
}
/** How much shorter than the next line a filled line may be: the next line's first word did not fit on it. */
const WORD_SLACK = 24;
/** One space and a lowercase word of two letters or more at `at`, after an acronym: its sentence goes on ("RMF functions"). */
function proseAfter(text: string, at: number): boolean {
  return PROSE_AFTER_ACRONYM.test(text.slice(at, at + 3));
}
const PROSE_AFTER_ACRONYM = unicodeRegex`^ \p{Ll}{2}`;
/** A plural acronym: "LLMs", "APIs". */
const PLURAL_ACRONYM = unicodeRegex`^\p{Lu}{2,5}s$`;
const HAS_LOWERCASE = unicodeRegex`\p{Ll}`;

/** The end of the line that holds `k` (its new line, or the text's end). */
function lineEndAt(text: string, k: number): number {
  const n = text.indexOf('\n', k);
  return n === -1 ? text.length : n;
}

/**
 * A number that opens the line after a long line ending on a word mid-sentence ("… selon l'OWASP Top⏎10.", "… the
 * ISO⏎27001 controls") goes on that line's phrase: the PDF or the editor wrapped it.
 */
function wrappedBeforeNumber(text: string, last: Token | undefined, lastEnd: number, next: string): boolean {
  return last !== undefined && NUMBER.test(next) && WORD.test(last.raw) && isWrappable(text, lastEnd);
}
const NUMBER = /^\d{1,6}$/u;
const WORD = unicodeRegex`^\p{L}{1,24}$`;

/** A line that opens with a short label and a colon ("Cloud: Azure", "Currently learning: PyTorch"): an item of its own, no wrap. */
const LABEL_LINE = unicodeRegex`^\p{Lu}[\p{L} &/'’-]{0,30}:(?:\s|$)`;
/** What `LABEL_LINE` can read: its capital, up to 30 label characters, the colon and the space after it. */
const LABEL_LINE_MAX = 1 + 30 + 2;

/** Whether the text at `at` opens a short label and a colon (see `LABEL_LINE`): read on a slice of the most it can match. */
export function opensLabel(text: string, at: number): boolean {
  return LABEL_LINE.test(text.slice(at, at + LABEL_LINE_MAX));
}

/** A bullet at a line's start, at any depth, with the spaces before its text. */
const HANGING_BULLET = /^ {0,40}[-*•●▪◦■·‣] {1,3}(?=\S)/u;

/** A bullet's line longer than this, with a line under it indented to its text, was wrapped in a narrow column. */
export const WRAPPED_BULLET_LINE = 40;

/** The column where the text of a bullet opening `line` starts; -1 when no bullet opens it. */
export function bulletTextColumn(line: string): number {
  return HANGING_BULLET.exec(line)?.[0].length ?? -1;
}

/**
 * The next line is indented to the text of the bullet that opens the line before, a line as long as a narrow column's
 * ("- Onboarded cloud and identity logs into Microsoft⏎  Sentinel"): it goes on that bullet.
 */
function hangingIndent(text: string, lastEnd: number, nextStart: number): boolean {
  const lineStart = text.lastIndexOf('\n', lastEnd - 1) + 1;
  if (lastEnd - lineStart <= WRAPPED_BULLET_LINE) return false;
  const column = bulletTextColumn(text.slice(lineStart, lastEnd));
  return column !== -1 && nextStart - (text.indexOf('\n', lastEnd) + 1) === column;
}

/** The line ends in an acronym inside a sentence ("…and the EU AI⏎Act obligations"): a lowercase word comes shortly before it (the first `n` tokens read). */
function acronymInProse(tokens: readonly Token[], n: number): boolean {
  if (!ACRONYM.test(tokens[n - 1]?.raw ?? '')) return false;
  for (let k = n - 2; k >= Math.max(0, n - 3); k--) {
    const t = tokens[k] as Token;
    if (t.line !== (tokens[n - 1] as Token).line) return false;
    if (ALL_LOWERCASE.test(t.raw)) return true;
    if (!ACRONYM.test(t.raw)) return false;
  }
  return false;
}

/**
 * The line before ends in a word no sentence ends with ("…with product owners and the⏎CISO's staff"), one of
 * `goesOn` (the lexicon's `lineGoesOn`): the next line goes on its sentence.
 */
function endsOnWordThatGoesOn(last: Token | undefined, goesOn: ReadonlySet<string> | undefined): boolean {
  return goesOn !== undefined && last !== undefined && goesOn.has(last.raw.toLowerCase());
}

/**
 * Whether a text's last word is one of `goesOn` (the lexicon's `lineGoesOn`, lowercase): a line that ends so goes on
 * into the next. A scan back over the last word's letters, not a pattern anchored at the end, which would retry every
 * position.
 */
export function endsOnGoingOnWord(text: string, goesOn: ReadonlySet<string>): boolean {
  const trimmed = text.trimEnd();
  let k = trimmed.length;
  while (k > 0 && ONE_LETTER.test(trimmed.charAt(k - 1))) k--;
  return k < trimmed.length && goesOn.has(trimmed.slice(k).toLowerCase());
}

const ONE_LETTER = unicodeRegex`^\p{L}$`;

/** The line that ends at `end` is long enough to have been wrapped by the PDF or the editor when it ends mid-sentence. */
export function isWrappable(text: string, end: number): boolean {
  return end - text.lastIndexOf('\n', end - 1) > WRAPPED_LINE;
}
/** A word written in lowercase letters only. */
const ALL_LOWERCASE = unicodeRegex`^\p{Ll}+$`;
/** An acronym: "AI", "EU", "SOC". */
const ACRONYM = unicodeRegex`^\p{Lu}{2,5}$`;
/** A capitalised word, as German writes its nouns; an acronym ("API") is not one. */
const TITLE_CASE = unicodeRegex`^\p{Lu}\p{Ll}`;
/** A line longer than this that ends mid-sentence was wrapped by the PDF or the editor. */
const WRAPPED_LINE = 60;

/** Where the unit at `k` is a letter or digit (a surrogate pair is read whole): 0 when it is none, else its length. */
function wordUnitAt(text: string, k: number): number {
  const c = text.charCodeAt(k);
  if (c < 0x80) return (c >= 48 && c <= 57) || (c >= 97 && c <= 122) || (c >= 65 && c <= 90) ? 1 : 0;
  if (isPairAt(text, k)) return WORD_UNIT.test(text.slice(k, k + 2)) ? 2 : 0;
  return WORD_UNIT.test(text.charAt(k)) ? 1 : 0;
}
const WORD_UNIT = unicodeRegex`^[\p{L}\p{N}]$`;

/** A surrogate pair (one code point) starts at `k`; a lone surrogate is one unit, as patterns with the `u` flag read it. */
function isPairAt(text: string, k: number): boolean {
  const c = text.charCodeAt(k);
  if (c < 0xd800 || c > 0xdbff) return false;
  const d = text.charCodeAt(k + 1);
  return d >= 0xdc00 && d <= 0xdfff;
}

/** The start of the next word at or after `k`, or the text's length. */
function nextWordStart(text: string, k: number): number {
  let i = k;
  while (i < text.length) {
    const n = wordUnitAt(text, i);
    if (n > 0) return i;
    i += isPairAt(text, i) ? 2 : 1;
  }
  return text.length;
}

/** The end of the letters and digits from `k`. */
function runEnd(text: string, k: number): number {
  let i = k;
  for (let n = wordUnitAt(text, i); n > 0 && i < text.length; n = wordUnitAt(text, i)) i += n;
  return i;
}

/**
 * The end of the word starting at `k`: letters and digits, inner dotted parts ("node.js"), then "+" or
 * "++" not followed by a letter or digit ("c++", "security+"), or "#" ("c#").
 */
function wordEnd(text: string, k: number): number {
  let end = runEnd(text, k);
  while (text.charCodeAt(end) === 46 && end + 1 < text.length && wordUnitAt(text, end + 1) > 0) end = runEnd(text, end + 1);
  const c = text.charCodeAt(end);
  if (c === 35) return end + 1;
  if (c === 43) {
    // "++" when nothing word-like follows it, or only a version number ("c++17"); else "+" when nothing word-like follows that.
    if (text.charCodeAt(end + 1) === 43) {
      const digits = digitsEnd(text, end + 2);
      if (!(digits < text.length && wordUnitAt(text, digits) > 0)) return digits;
    }
    if (!(end + 1 < text.length && wordUnitAt(text, end + 1) > 0)) return end + 1;
  }
  return end;
}

/** The end of the ASCII digits from `k` (`k` itself when none). */
function digitsEnd(text: string, k: number): number {
  let i = k;
  while (i < text.length && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) i++;
  return i;
}

/** Tokenizes a short phrase (an alias or a context word) into comparison forms. */
export function phraseNorms(phrase: string, stemmer: Stemmer): string[] {
  return tokenize(phrase, stemmer).map((t) => t.norm);
}

const goesOnCache = new WeakMap<Lexicon, ReadonlySet<string>>();

const genderCache = new WeakMap<Lexicon, ReadonlySet<string>>();

/** A lexicon's feminine endings written after a gender marker (`normalize.json` → `genderSuffixes`: "in", "innen"), lowercase. */
export function genderSuffixesFor(lex: Lexicon): ReadonlySet<string> {
  let hit = genderCache.get(lex);
  if (!hit) genderCache.set(lex, (hit = new Set(lex.normalize.genderSuffixes.map((w) => w.toLowerCase()))));
  return hit;
}

/** A lexicon's words that no line ends with unless it was wrapped (`normalize.json` → `lineGoesOn`), lowercase. */
export function lineGoesOnFor(lex: Lexicon): ReadonlySet<string> {
  let hit = goesOnCache.get(lex);
  if (!hit) goesOnCache.set(lex, (hit = new Set(lex.normalize.lineGoesOn.map((w) => w.toLowerCase()))));
  return hit;
}

/** What may follow a verb's stem in one of its own forms ("secur|e", "secur|ing", "log|ging", "studi|ed"). */
const INFLECTION_TAIL = /^(?:[bdgk-nprt]?(?:ings?|ed)|e?s|[de])?$/;

/**
 * Whether a word is one of the inflected forms of the verb its stem comes from, not a word derived from that stem
 * ("securing", "secured", "secures" for "secur", never "security"); true when the word does not start with its stem.
 */
export function isInflectedForm(word: string, stem: string): boolean {
  const lower = word.toLowerCase();
  const base = lower.startsWith(stem) ? stem.length : stem.endsWith('i') && lower.startsWith(`${stem.slice(0, -1)}y`) ? stem.length : -1;
  return base < 0 || INFLECTION_TAIL.test(lower.slice(base));
}

/** Whether a context word of a catalog, with its comparison forms, is a verb's "-ing" or "-ed" form ("securing", "trained"). */
export function isVerbForm(word: string, norms: readonly string[]): boolean {
  const norm = norms[0];
  return norms.length === 1 && norm !== undefined && norm !== word && /(?:ing|ed)$/.test(word) && word.startsWith(norm) && isInflectedForm(word, norm);
}

/**
 * A list of context words by comparison form. A word given as a verb's form ("securing", "trained") stands for that
 * verb only: a word of another part of speech with the same stem ("security") does not match it, unless the list
 * gives a word of that stem in another form as well ("secure").
 */
export class ContextWords extends Set<string> {
  /** The stems given only by verb forms: a text's word with one of them matches when it is a form of that verb. */
  readonly verbOnly: ReadonlySet<string>;

  constructor(words: readonly string[], norms: (word: string) => string[]) {
    const verbs = new Set<string>();
    const others = new Set<string>();
    const all: string[] = [];
    for (const word of words) {
      const wordNorms = norms(word);
      all.push(...wordNorms);
      if (isVerbForm(word, wordNorms)) verbs.add(wordNorms[0] as string);
      else for (const n of wordNorms) others.add(n);
    }
    super(all);
    this.verbOnly = new Set([...verbs].filter((n) => !others.has(n)));
  }

  /** Whether a text's token is one of these words. */
  matches(token: Token): boolean {
    return this.has(token.norm) && (this.verbOnly.size === 0 || !this.verbOnly.has(token.norm) || isInflectedForm(token.raw, token.norm));
  }
}

/** Whether a token is one of a set of context words (a `ContextWords` compares verb forms as such). */
export function isContextWord(words: ReadonlySet<string>, token: Token): boolean {
  return words instanceof ContextWords ? words.matches(token) : words.has(token.norm);
}
