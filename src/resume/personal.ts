import type { Section } from '../schemas';
import { allLanguagesLexicon, type Lexicon } from '../text/lexicon';
import { pageWordsFor } from '../text/normalize';
import { abbreviationsSource, AsciiTwinRegExp, lexiconRegExp, phrasesSource, unicodeRegex } from '../text/phrases';

/** A contact line: e-mail, phone number or profile URL (the labels of personal data come from the lexicon). */
const CONTACT_LINE = /@|\+?\d[\d\s().-]{7,}\d|\b(?:linkedin|github|gitlab)\.com\b|https?:\/\//i;
/** A name line: two to five capitalised words, nothing else. */
const NAME_LINE = unicodeRegex`^\s*\p{Lu}[\p{L}'’.-]*(?:[ ,]+\p{Lu}[\p{L}'’.-]*){1,4}\s*$`;
/** One whitespace character. */
const SPACE = /\s/u;
/** One character of a name word. */
const NAME_CHAR = unicodeRegex`[\p{L}'’-]`;
/** The personal-data words of a lexicon, compiled once. */
export interface PersonalWords {
  /** A label of personal data ("Date of birth", "Nationality", "Geburtsdatum"). */
  contactLabel: RegExp;
  /** An honorific right before a name ("Dr.", "Mme", "Sra."). */
  honorific: RegExp;
  /** A heading of referees ("References"), alone on its line after any decoration. */
  refereeHeading: RegExp;
}

const cache = new WeakMap<Lexicon, PersonalWords>();

/** The compiled personal-data words of a lexicon. */
export function personalWordsFor(lex: Lexicon): PersonalWords {
  const hit = cache.get(lex);
  if (hit) return hit;
  const words = {
    contactLabel: lexiconRegExp(phrasesSource(lex.personal.contactLabels)),
    honorific: new AsciiTwinRegExp(`${abbreviationsSource(lex.personal.honorifics)}\\.?\\s{1,3}$`),
    refereeHeading: lexiconRegExp(`^[^\\p{L}\\n]{0,6}${phrasesSource(lex.personal.refereeHeadings)}[^\\p{L}\\n]{0,6}$`),
  };
  cache.set(lex, words);
  return words;
}

/** Spans of personal data (the name line, contact lines) and the words of the name. */
export interface PersonalData {
  spans: Array<{ start: number; end: number }>;
  nameWords: Set<string>;
  honorific: RegExp;
}

/** Finds the name line and contact lines of the header, so that no skill is read from them. */
export function findPersonalData(text: string, sections: readonly Section[], words: PersonalWords, lex: Lexicon): PersonalData {
  const header = sections.find((s) => s.name === 'header');
  // A list of referees is other people's names, titles and contacts ("Dr N. Pillay  Head of Data Science").
  const spans: PersonalData['spans'] = sections
    .filter((s) => s.name === 'other' && s.heading !== '' && words.refereeHeading.test(s.heading))
    .map((s) => ({ start: s.start, end: s.end }));
  const nameWords = new Set<string>();
  if (!header) return { spans, nameWords, honorific: words.honorific };
  let offset = header.start;
  let seenName = false;
  const documentWord = pageWordsFor(allLanguagesLexicon(lex.loaded)).documentWord;
  for (const line of text.slice(header.start, header.end).split('\n')) {
    const trimmed = line.trim();
    // A document title above the name ("Currículum - InfoJobs", "CURRICULUM VITAE") is neither the name nor where it was.
    const title = trimmed.length <= 60 && documentWord.test(trimmed);
    if (!seenName && !title && trimmed.length > 0 && NAME_LINE.test(trimmed) && trimmed.length <= 60) {
      seenName = true;
      spans.push({ start: offset, end: offset + line.length });
      for (const w of trimmed.split(/[\s,]+/)) if (w.length > 1) nameWords.add(w.replace(/[.,]$/, '').toLowerCase());
    } else if (CONTACT_LINE.test(trimmed) || words.contactLabel.test(trimmed)) {
      spans.push({ start: offset, end: offset + line.length });
    }
    if (trimmed.length > 0 && !title) seenName = true;
    offset += line.length + 1;
  }
  return { spans, nameWords, honorific: words.honorific };
}

/** True when a mention is personal data: inside a personal span, or a name word after an honorific. */
export function isPersonal(text: string, start: number, end: number, data: PersonalData): boolean {
  if (data.spans.some((s) => start >= s.start && start < s.end)) return true;
  const word = text.slice(start, end).toLowerCase();
  if (!data.nameWords.has(word)) return false;
  return data.honorific.test(text.slice(Math.max(0, start - 8), start)) || data.nameWords.has(previousWord(text, start));
}

/** The word right before `start` across spaces (a bounded backward scan: no end-anchored regex). */
function previousWord(text: string, start: number): string {
  const floor = Math.max(0, start - 40);
  let k = start;
  while (k > floor && SPACE.test(text.charAt(k - 1))) k--;
  if (k === start) return '';
  const end = k;
  while (k > floor && NAME_CHAR.test(text.charAt(k - 1))) k--;
  return text.slice(k, end).toLowerCase();
}
