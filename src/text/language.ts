import { OTHER_LANGUAGES_JSON } from '../data/lexicon.generated';
import type { Language, LanguageLexicon, OtherLanguages } from '../schemas';
import { bundledLexicons, isBundledLanguage } from './lexicon';

/** The language a text is written in: an ISO 639-1 code when known (ISO 639-3 otherwise), `und` when undetermined. */
export interface DetectedLanguage {
  code: string;
  /** A language rolefit has a lexicon for; otherwise the text is read with the English lexicon. */
  supported: boolean;
  /** The lexicon language to read with. */
  lexicon: Language;
}

/** How much of the text is looked at: the start of a résumé tells its language. */
const SAMPLE = 6000;
/** Function words needed before a language wins. */
const MIN_STOPWORDS = 6;
/** Share of letters in one non-Latin script that makes the text that script's language. */
const SCRIPT_SHARE = 0.3;
const WORD = /\p{L}+(?:['’]\p{L}+)?/gu;
const LETTER = /\p{L}/gu;
/** A unit that may belong to a script other than Latin (from Greek on, leaving out punctuation, arrows and other symbols): a text without one needs no scan per script. */
const MAY_BE_NON_LATIN = /[\u0370-\u1fff\u2c00-\uffff]/u;

interface Detection {
  /** Function word → the languages (bundled or not) it belongs to. */
  words: Map<string, string[]>;
  /** Each non-Latin script's pattern and language. */
  scripts: Array<[RegExp, string]>;
}

let detection: Detection | undefined;

/** The function words of every bundled language (from its lexicon) and of the languages without one, and the scripts. */
function detectionData(): Detection {
  if (detection) return detection;
  const words = new Map<string, string[]>();
  const add = (code: string, list: readonly string[]) => {
    for (const w of list) words.set(w, [...(words.get(w) ?? []), code]);
  };
  for (const [code, lex] of Object.entries(bundledLexicons())) if (isBundledLanguage(code)) add(code, [...lex.normalize.stopwords, ...signalWords(lex)]);
  const other = JSON.parse(OTHER_LANGUAGES_JSON) as OtherLanguages;
  for (const [code, list] of Object.entries(other.functionWords)) add(code, list);
  const scripts = Object.entries(other.scripts).map(([script, code]): [RegExp, string] => [new RegExp(`\\p{Script=${script}}`, 'gu'), code]);
  detection = { words, scripts };
  return detection;
}

/**
 * Words of a bundled lexicon that a short résumé in that language is sure to hold even when it has few function
 * words: the words of its section headings, its month names (four letters or more: "mar" and "jan" are shared) and
 * its words for "present". Lowercase, as written (accents kept: "expérience" is French, "experience" English).
 */
function signalWords(lex: LanguageLexicon): string[] {
  const phrases: string[] = [...Object.values(lex.sections.headings).flat(), ...(lex.dates.months ?? []).flat(), ...lex.dates.present].filter(
    (p): p is string => typeof p === 'string',
  );
  const out = new Set<string>();
  for (const p of phrases) for (const w of p.toLowerCase().match(WORD) ?? []) if (w.length >= 4) out.add(w);
  return [...out];
}

/**
 * Tells the language of a text from what it is made of: the script of its letters, then its function words
 * (each bundled language's from its lexicon, others' from `data/lexicon/other-languages.json`). A language
 * without a lexicon is reported as unsupported and the text is read with English; too few function words to
 * tell leave the best bundled guess, else English (skill lists and tables carry few).
 */
export function detectLanguage(text: string): DetectedLanguage {
  const sample = text.slice(0, SAMPLE);
  const data = detectionData();
  // Letters are counted only when a non-Latin script is there at all (one scan per script finds out).
  const present = MAY_BE_NON_LATIN.test(sample) ? data.scripts.filter(([re]) => appears(sample, re)) : [];
  const letters = present.length > 0 ? countMatches(sample, LETTER) : 0;
  if (letters > 0) {
    for (const [re, code] of present) if (countMatches(sample, re) / letters >= SCRIPT_SHARE) return refine(code, sample, data);
  }
  const ranked = rank(sample, data);
  const [best, second] = ranked;
  const bundledBest = ranked.find(([code]) => isBundledLanguage(code));
  if (best && best[1] >= MIN_STOPWORDS && best[1] >= 1.5 * (second?.[1] ?? 0)) {
    if (isBundledLanguage(best[0])) return known(best[0]);
    // A language without a lexicon must clearly beat English, whose words tool lists and headings also carry.
    const english = ranked.find(([code]) => code === 'en')?.[1] ?? 0;
    if (best[1] >= 2 * english) return { code: best[0], supported: false, lexicon: 'en' };
  }
  return known(bundledBest && bundledBest[1] >= 2 && isBundledLanguage(bundledBest[0]) ? bundledBest[0] : 'en');
}

/** Within a script several languages may share (Cyrillic: Russian, Ukrainian), the function words decide. */
function refine(code: string, sample: string, data: Detection): DetectedLanguage {
  const [best] = rank(sample, data).filter(([c]) => !isBundledLanguage(c));
  return { code: best && best[1] >= MIN_STOPWORDS ? best[0] : code, supported: false, lexicon: 'en' };
}

/** Languages by the number of their function words in the sample, most first (ties by code). */
function rank(sample: string, data: Detection): Array<[string, number]> {
  const counts = new Map<string, number>();
  // Lowercased once when that keeps every offset (it almost always does), else word by word.
  const lower = sample.toLowerCase();
  const once = lower.length === sample.length;
  const text = once ? lower : sample;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    const langs = data.words.get(once ? m[0] : m[0].toLowerCase());
    if (langs) for (const l of langs) counts.set(l, (counts.get(l) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
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
