import { DETECTION_JSON, OTHER_LANGUAGES_JSON } from '../data/core.generated';
import { LANGUAGES, type Language, type LanguageDetector, type LanguagePack, type OtherLanguages } from '../schemas';
import { bundledLexicons, type ReadingLexicon, splitLists } from './lexicon';
import { once, unicodeLiteral, unicodeRegex } from './phrases';

/** The language a text is written in: an ISO 639-1 code when known (ISO 639-3 otherwise), `und` when undetermined. */
export interface DetectedLanguage {
  code: string;
  /**
   * A language rolefit has a lexicon for (English, or a language of `rolefit/languages`, loaded or not); otherwise the
   * text is read with the English lexicon.
   */
  supported: boolean;
  /** The lexicon language to read with (when its pack is loaded). */
  lexicon: Language;
}

/** How much of the text is looked at: the start of a résumé tells its language. */
const SAMPLE = 6000;
/** Function words needed before a language wins. */
const MIN_STOPWORDS = 6;
/** Words in lowercase a text needs before a detector is asked: trigrams of a tool list tell nothing. */
const MIN_PROSE = 6;
/** Share of letters in one non-Latin script that makes the text that script's language. */
const SCRIPT_SHARE = 0.3;
const WORD = unicodeLiteral`/\p{L}+(?:['’]\p{L}+)?/gu`;
const LETTER = unicodeLiteral`/\p{L}/gu`;

interface Detection {
  /** Function word → the languages (bundled or not) it belongs to, as indices into `codes`. */
  words: Map<string, number[]>;
  /** Every language code that some function word belongs to. */
  codes: string[];
  /** The shapes (`wordShape`) of the function words, as a bit set. */
  shapes: Uint32Array;
  /** Each non-Latin script's pattern and language, made on first use. */
  scripts: () => Array<[RegExp, string]>;
  /** A heading (not of languages alone), month or "present" word of a pack's language, none English has → those languages. */
  signals: Map<string, Language[]>;
  /** The languages of `signals`. */
  signalled: Language[];
}

let detection: Detection | undefined;

/**
 * The function words of every language with a lexicon (`detectionWords`, in the core whether its pack is loaded or
 * not: a German text is told German without the German pack) and of the languages without one, and the scripts.
 */
function detectionData(): Detection {
  if (detection) return detection;
  const words = new Map<string, number[]>();
  const codes: string[] = [];
  const add = (code: string, list: readonly string[]) => {
    const index = codes.includes(code) ? codes.indexOf(code) : codes.push(code) - 1;
    for (const w of list) {
      // Each word's list is its own (made here): appended to in place, not copied per word.
      const known = words.get(w);
      if (known) known.push(index);
      else words.set(w, [index]);
    }
  };
  // English's words come from its lexicon (in the core anyway); the packs' languages' from `DETECTION_JSON`.
  const told = splitLists(JSON.parse(DETECTION_JSON)) as Record<string, [string[], string[], string[]]>;
  add('en', detectionWords(bundledLexicons().en as ReadingLexicon));
  const signals = new Map<string, Language[]>();
  for (const [code, [stop, signal, more]] of Object.entries(told)) {
    if (!hasLexicon(code)) continue;
    add(code, [...stop, ...signal, ...more]);
    for (const w of signal) if (!words.get(w)?.includes(0)) signals.set(w, [...(signals.get(w) ?? []), code]);
  }
  const other = JSON.parse(OTHER_LANGUAGES_JSON) as OtherLanguages;
  for (const [code, list] of Object.entries(other.functionWords)) add(code, list);
  // Made on first use: only a text with letters beyond Latin reads them, and each `\\p{Script=…}` costs much to parse.
  const scripts = once(() => Object.entries(other.scripts).map(([script, code]): [RegExp, string] => [new RegExp(`\\p{Script=${script}}`, 'gu'), code]));
  const shapes = new Uint32Array(1 << (SHAPE_BITS - 5));
  for (const w of words.keys()) {
    const shape = wordShape(w, 0, w.length);
    shapes[shape >>> 5] = (shapes[shape >>> 5] as number) | (1 << (shape & 31));
  }
  detection = { words, codes, scripts, shapes, signals, signalled: [...new Set([...signals.values()].flat())] };
  return detection;
}

/** The words that tell a lexicon's language (written into the core by `npm run pack`): function words, then `signalWords`. */
export function detectionWords(lex: ReadingLexicon): string[] {
  return [...lex.normalize.stopwords, ...signalWords(lex)];
}

/** Bits of a word's shape: its length (31 for longer) and the low six bits of its first and last units. */
const SHAPE_BITS = 17;

/** The shape of the word [start, end) of a text (see `SHAPE_BITS`): words of different shapes differ. */
function wordShape(text: string, start: number, end: number): number {
  return (Math.min(end - start, 31) << 12) | ((text.charCodeAt(start) & 63) << 6) | (text.charCodeAt(end - 1) & 63);
}

function hasShape(shapes: Uint32Array, shape: number): boolean {
  return ((shapes[shape >>> 5] as number) & (1 << (shape & 31))) !== 0;
}

/** True for a language with a lexicon: English, or one of `rolefit/languages`. */
function hasLexicon(code: string): code is Language {
  return (LANGUAGES as readonly string[]).includes(code);
}

/**
 * Words of a bundled lexicon that a short résumé in that language is sure to hold even when it has few function
 * words: the words of its section headings, its month names (four letters or more: "mar" and "jan" are shared) and
 * its words for "present". Lowercase, as written (accents kept: "expérience" is French, "experience" English).
 */
export function signalWords(lex: ReadingLexicon): string[] {
  const phrases: string[] = [...Object.values(lex.sections.headings).flat(), ...(lex.dates.months ?? []).flat(), ...lex.dates.present].filter(
    (p): p is string => typeof p === 'string',
  );
  const out = new Set<string>();
  for (const p of phrases) for (const w of p.toLowerCase().match(WORD) ?? []) if (w.length >= 4) out.add(w);
  return [...out];
}

/** Whether `line` has more than `n` words (`WORD`), read no further than the word after the `n`th. */
function hasMoreWords(line: string, n: number): boolean {
  WORD.lastIndex = 0;
  let k = 0;
  while (WORD.exec(line) !== null) {
    if (++k > n) {
      WORD.lastIndex = 0;
      return true;
    }
  }
  return false;
}

/**
 * A language of a pack not in `loaded` whose structure words (`signalWords`: headings, months, "present") a text read
 * as English holds: two distinct ones, each on a line that reads as a heading (four words at most) or holds a year
 * (a date range), as "BERUFSERFAHRUNG / EXPERIENCE" and "04/2022 – heute" do; "Sprachen: Deutsch" alone does not.
 */
export function unloadedStructure(text: string, loaded: readonly LanguagePack[]): Language | undefined {
  const { signals, signalled } = detectionData();
  // Every language a word could tell is loaded (`allLanguages`): nothing to look for.
  if (signalled.every((code) => loaded.some((p) => p.code === code))) return undefined;
  const found = new Map<Language, Set<string>>();
  for (const line of text.slice(0, SAMPLE).toLowerCase().split('\n')) {
    // A line of more than four words without a year is prose: passed over before its words are listed.
    if (!/\d{4}/.test(line) && hasMoreWords(line, 4)) continue;
    const words = line.match(WORD) ?? [];
    for (const w of words) {
      for (const code of signals.get(w) ?? []) {
        if (loaded.some((p) => p.code === code)) continue;
        const set = found.get(code) ?? new Set();
        found.set(code, set.add(w));
        if (set.size >= 2) return code;
      }
    }
  }
  return undefined;
}

/**
 * Tells the language of a text from what it is made of: the script of its letters, then its function words
 * (each bundled language's from its lexicon, others' from `data/lexicon/other-languages.json`). A language
 * without a lexicon is reported as unsupported and the text is read with English. With too few function words to
 * tell, the best bundled language with 2 words wins; with fewer, `detector` (a language-detection library, e.g.
 * franc-min) is asked when the text has some prose (6 words in lowercase), and otherwise the text is read as
 * English (skill lists and tables carry few words).
 */
export function detectLanguage(text: string, detector?: LanguageDetector): DetectedLanguage {
  const sample = text.slice(0, SAMPLE);
  const data = detectionData();
  // Letters are counted only when a non-Latin script is there at all (one scan per script finds out).
  const present = mayBeNonLatin(sample) ? data.scripts().filter(([re]) => appears(sample, re)) : [];
  const letters = present.length > 0 ? countMatches(sample, LETTER) : 0;
  if (letters > 0) {
    for (const [re, code] of present) if (countMatches(sample, re) / letters >= SCRIPT_SHARE) return refine(code, sample, data);
  }
  const ranked = rank(sample, data);
  const [best, second] = ranked;
  const bundledBest = ranked.find(([code]) => hasLexicon(code));
  if (best && best[1] >= MIN_STOPWORDS && best[1] >= 1.5 * (second?.[1] ?? 0)) {
    if (hasLexicon(best[0])) return known(best[0]);
    // A language without a lexicon must clearly beat English, whose words tool lists and headings also carry.
    const english = ranked.find(([code]) => code === 'en')?.[1] ?? 0;
    if (best[1] >= 2 * english) return { code: best[0], supported: false, lexicon: 'en' };
  }
  if (bundledBest && bundledBest[1] >= 2 && hasLexicon(bundledBest[0])) return known(bundledBest[0]);
  const guess = detector && proseWords(sample) >= MIN_PROSE ? asked(detector, sample) : undefined;
  if (guess === undefined) return known('en');
  return hasLexicon(guess) ? known(guess) : { code: guess, supported: false, lexicon: 'en' };
}

/**
 * Whether a text holds a code point that may belong to a script other than Latin (from Greek on, leaving out
 * punctuation, arrows and other symbols: U+0370–U+1FFF, U+2C00–U+FFFF): a text without one needs no scan per script.
 * Read unit by unit, as `/[\u0370-\u1fff\u2c00-\uffff]/u` would match (a surrogate pair is one code point past U+FFFF;
 * a lone surrogate is one of its own), without the pattern's cost per character.
 */
function mayBeNonLatin(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x370 || (c > 0x1fff && c < 0x2c00)) continue;
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        i++;
        continue;
      }
    }
    return true;
  }
  return false;
}

/** Words written in lowercase: prose, where tool lists and headings are capitalised. */
function proseWords(sample: string): number {
  let n = 0;
  for (const w of sample.match(WORD) ?? []) if (w.length >= 2 && w === w.toLowerCase() && w !== w.toUpperCase()) n++;
  return n;
}

/** What a detector says (an ISO 639-1 code, or 639-3); `undefined` when it cannot tell or answers nonsense. */
function asked(detector: LanguageDetector, sample: string): string | undefined {
  const answer: unknown = detector(sample);
  if (typeof answer !== 'string') return undefined;
  const code = answer.trim().toLowerCase();
  if (!/^[a-z]{2,3}$/u.test(code) || code === 'und' || code === 'zxx' || code === 'mul') return undefined;
  return code;
}

/** Within a script several languages may share (Cyrillic: Russian, Ukrainian), the function words decide. */
function refine(code: string, sample: string, data: Detection): DetectedLanguage {
  const [best] = rank(sample, data).filter(([c]) => !hasLexicon(c));
  return { code: best && best[1] >= MIN_STOPWORDS ? best[0] : code, supported: false, lexicon: 'en' };
}

/** Languages by the number of their function words in the sample, most first (ties by code). */
function rank(sample: string, data: Detection): Array<[string, number]> {
  // Counted by index into `data.codes`: no map update per word.
  const counts = new Array<number>(data.codes.length).fill(0);
  // Lowercased once when that keeps every offset (it almost always does), else word by word.
  const lower = sample.toLowerCase();
  const once = lower.length === sample.length;
  const text = once ? lower : sample;
  for (let k = 0; k < text.length; ) {
    const end = wordEnd(text, k);
    if (end === k) {
      k++;
      continue;
    }
    // Most words of a text are no function word: one whose shape none has is passed over without a slice or a lookup.
    if (once && !hasShape(data.shapes, wordShape(text, k, end))) {
      k = end;
      continue;
    }
    const word = text.slice(k, end);
    const langs = data.words.get(once ? word : word.toLowerCase());
    if (langs) for (const l of langs) counts[l] = (counts[l] as number) + 1;
    k = end;
  }
  const found: Array<[string, number]> = [];
  counts.forEach((n, l) => {
    if (n > 0) found.push([data.codes[l] as string, n]);
  });
  return found.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
}

/**
 * Where the word (`WORD`: letters, and one apostrophe between letters) starting at `k` ends; `k` when no letter
 * starts there. Read unit by unit: ASCII letters are told apart without a pattern.
 */
export function wordEnd(text: string, k: number): number {
  let end = lettersEnd(text, k);
  if (end === k) return k;
  const c = text.charCodeAt(end);
  if (c === 39 || c === 0x2019) {
    const more = lettersEnd(text, end + 1);
    if (more > end + 1) end = more;
  }
  return end;
}

/** Where the run of letters starting at `k` ends. */
function lettersEnd(text: string, k: number): number {
  let i = k;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) i++;
    else if (c < 0x80) break;
    else {
      const d = text.charCodeAt(i + 1);
      if (c >= 0xd800 && c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff) {
        if (!LETTER_ONE.test(text.slice(i, i + 2))) break;
        i += 2;
      } else if (isLetterUnit(c)) i++;
      else break;
    }
  }
  return i;
}
const LETTER_ONE = unicodeRegex`^\p{L}$`;

/** `LETTER_ONE` of each single code unit, remembered: 0 not read yet, 1 a letter, 2 not one (a lone surrogate is none). */
const LETTER_UNITS = new Uint8Array(0x10000);

function isLetterUnit(c: number): boolean {
  let known = LETTER_UNITS[c] as number;
  if (known === 0) LETTER_UNITS[c] = known = LETTER_ONE.test(String.fromCharCode(c)) ? 1 : 2;
  return known === 1;
}

/** Whether a global pattern matches the text at all. */
function appears(text: string, re: RegExp): boolean {
  re.lastIndex = 0;
  const found = re.test(text);
  re.lastIndex = 0;
  return found;
}

function countMatches(text: string, re: RegExp): number {
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(text) !== null) n++;
  return n;
}

function known(code: Language): DetectedLanguage {
  return { code, supported: true, lexicon: code };
}
