import type { DegreeField, DegreeLevel } from '../schemas';
import type { Lexicon } from './lexicon';
import {
  abbreviationHeads,
  abbreviationsSource,
  AsciiTwinRegExp,
  headsOf,
  lazyValues,
  LexiconRegExp,
  once,
  phrasesBody,
  phrasesRegex,
  lexiconRegExp,
  phrasesSource,
  unicodeRegex,
  WORD_END,
  WordGate,
} from './phrases';

/** One degree name of the lexicon, compiled: words ignore case, abbreviations keep it (so two patterns). */
interface LevelPattern {
  level: DegreeLevel;
  field: DegreeField | undefined;
  /** A framework level stated beside it ("MECES 3") decides its level. */
  levelVaries: boolean;
  /** A professional title that is a degree only on a line of an education section. */
  titleOnly: boolean;
  patterns: readonly RegExp[];
  /** Its abbreviations without their dots and spaces (see `squeezed`): a text that holds none of them names none. */
  abbreviationKeys: readonly string[];
}

/**
 * Whether a bare abbreviation found at `start`–`end` of `text` names a degree: job ads ask more of it ("MS in", not "MS
 * Office"; see src/posting/_degrees.ts, kept there so that the résumé path does not carry it). Without one, every one does.
 */
export type AbbreviationCheck = (text: string, start: number, end: number) => boolean;

/** The degree vocabulary of a lexicon, compiled once; shared by résumés and job ads. */
export interface DegreeWords {
  levels: readonly LevelPattern[];
  /** Fields (and groups of fields, `group: true`), most specific first. */
  fields: ReadonlyArray<{ fields: readonly DegreeField[]; patterns: readonly RegExp[]; group: boolean; general: boolean; head: boolean }>;
  /** Which levels (of `levels`, same order) may match a text, from its words. */
  levelGate: WordGate;
  /** Which entries of `fields` may match a text, from its words. */
  fieldGate: WordGate;
  /** A school's name: a word of the lexicon ("University", any case) or an abbreviation ("MIT", case kept). */
  institution: Test;
  /** A school's word alone ("university", "institute"), no abbreviation: also read by work entries (a school's entry). */
  institutionWord: RegExp;
  notField: RegExp;
  /** A label of a concentration ("Schwerpunkt:"), global: the field after one is a degree's when it names none. */
  majorLabelAll: RegExp;
  /** A label of two majors opening a line ("Double major in ", "Majors: "). */
  doubleMajorOpen: RegExp;
  /** A line that ends on a word no degree's name ends on ("Título de Ingeniero de"): its name wrapped onto the next line. */
  nameGoesOnEnd: RegExp;
  /** A label of the degree awarded closing the text before a degree ("Studium der Betriebswirtschaftslehre, Abschluss: "). */
  awardLabelEnd: RegExp;
  /** A unit of a school that names a subject ("Faculty of", "Fakultät für"), global: the field after one is a degree's when it names none. */
  facultyUnitAll: RegExp;
  /** A level of a qualifications framework stated beside a degree ("EQF level 7", "MECES 3"), by level. */
  levelStatements: ReadonlyArray<{ level: DegreeLevel; pattern: RegExp }>;
  schoolLeaving: RegExp;
  /** The same, global. */
  schoolLeavingAll: RegExp;
  /** A degree not yet held or left unfinished, in a text whose `notInProgress` words are blanked (see `inProgressIn`). */
  inProgress: RegExp;
  /** Words that hold an in-progress phrase and say how a degree was studied ("en cours d'emploi"), global, to blank them. */
  notInProgressAll: RegExp;
  /** The degree's last requirement met ("thesis defended"): the degree is held, though its title or ceremony is pending. */
  requirementsMet: RegExp;
  /** A degree left unfinished ("withdrew", "abgebrochen"), global: read in sentences outside the education section. */
  unfinishedAll: RegExp;
  /** A count of a programme's units ("4 of 8 modules", "60/180 ECTS", "45 crédits sur 120"): groups `done` and `of`, or `doneFirst` and `ofAfter`. */
  partialCount: RegExp;
  /** Words on a degree's item that say its programme awards no degree ("lato sensu", "non-degree"). */
  notAwarded: RegExp;
  notDegree: RegExp;
  /** The work of a degree named after it ("thesis", "dissertation", "project"), global. */
  degreeWorks: RegExp;
  /**
   * Right after a degree cut to the first part of a compound, the joiner and the compound whose head it shares, when
   * that head is a degree's work ("Master- und Diplomarbeiten", "Bachelor- & Masterprojekte"): no degree is named.
   */
  sharedWorkHead: RegExp;
  /** A degree's work closing a word, whole or as a compound's tail ("thesis", "Masterarbeit"): read in a `notDegree` match. */
  workTail: RegExp;
  /** The same, global, to blank its matches. */
  notDegreeAll: RegExp;
  /** A degree that awards two ("Doble Grado", "double degree"). */
  doubleDegree: RegExp;
  /** The words that join two subjects ("and", "y", "et", "und"). */
  and: RegExp;
  /** The one-word joiners of two subjects ("and", "und", "&"), lowercased: for subjects sharing their last word. */
  andWords: ReadonlySet<string>;
}

const cache = new WeakMap<Lexicon, DegreeWords>();

/** The compiled degree words of a lexicon. */
export function degreeWordsFor(lex: Lexicon): DegreeWords {
  const hit = cache.get(lex);
  if (hit) return hit;
  const d = lex.degrees;
  // Each level's and field's patterns are compiled when its gate first opens: most documents name few of them.
  const patterns = d.degrees.map((e) => once(() => pair(e.words, e.abbreviations)));
  const levels = (): LevelPattern[] =>
    d.degrees.map((e, i) => ({
      level: e.level,
      field: e.field,
      levelVaries: e.levelVaries === true,
      titleOnly: e.titleOnlyInEducation === true,
      get patterns() {
        return (patterns[i] as () => RegExp[])();
      },
      abbreviationKeys: e.abbreviations.map(squeezed),
    }));
  const field = (fields: readonly DegreeField[], words: readonly string[], abbreviations: readonly string[], group: boolean, general = false, head = false) => {
    const made = once(() => pair(words, abbreviations));
    return {
      fields,
      get patterns() {
        return made();
      },
      group,
      general,
      head,
    };
  };
  const words: DegreeWords = lazyValues<DegreeWords>({
    levels,
    fields: () => [
      ...d.fields.map((f) => field([f.field], f.words, f.abbreviations, false, f.general === true, f.head === true)),
      ...d.fieldGroups.map((g) => field(g.fields, g.words, g.abbreviations, true)),
    ],
    levelGate: () => new WordGate(d.degrees.map((e) => startsOf(e.words, e.abbreviations))),
    fieldGate: () => new WordGate([...d.fields, ...d.fieldGroups].map((f) => startsOf(f.words, f.abbreviations))),
    notField: () => phrasesRegex(d.notField),
    majorLabelAll: () => phrasesRegex(d.majorLabels, 'g'),
    nameGoesOnEnd: () => lexiconRegExp(`(?:^|[^\\p{L}\\p{N}])${phrasesBody(d.nameGoesOn)}\\s{0,3}$`),
    doubleMajorOpen: () => lexiconRegExp(`^[\\s•*-]{0,6}${phrasesBody(d.doubleMajorLabels)}\\s{0,2}:?\\s`),
    awardLabelEnd: () => lexiconRegExp(`(?:^|[^\\p{L}\\p{N}])${phrasesBody(d.awardLabels)}\\s{0,2}:\\s{0,3}$`),
    facultyUnitAll: () => phrasesRegex(d.facultyUnits, 'g'),
    levelStatements: () =>
      Object.entries(d.levelStatements).flatMap(([level, phrases]) =>
        phrases && phrases.length > 0 ? [{ level: level as DegreeLevel, pattern: phrasesRegex(phrases) }] : [],
      ),
    schoolLeaving: () => phrasesRegex(d.schoolLeaving),
    schoolLeavingAll: () => phrasesRegex(d.schoolLeaving, 'g'),
    // A degree left unfinished ("2017 - 2020, nicht abgeschlossen") is no more held than one still being studied for.
    inProgress: () => phrasesRegex([...d.inProgress, ...d.unfinished]),
    notInProgressAll: () => phrasesRegex(d.notInProgress, 'g'),
    requirementsMet: () => phrasesRegex(d.requirementsMet),
    unfinishedAll: () => phrasesRegex(d.unfinished, 'g'),
    // "4 of 8 modules", "60/120 ECTS"; "45 crédits sur 120".
    partialCount: () => {
      const of = `(?:\\/|${phrasesSource(lex.normalize.ofWords)})`;
      const units = phrasesSource(d.partialUnits);
      return lexiconRegExp(
        `(?<![\\d.,/])(?:(?<done>\\d{1,3})\\s{0,2}${of}\\s{0,2}(?<of>\\d{1,3})(?![\\d.,/])\\s{1,2}${units}|(?<doneFirst>\\d{1,3})\\s{1,2}${units}\\s{1,2}${of}\\s{1,2}(?<ofAfter>\\d{1,3})(?![\\d.,/]))`,
      );
    },
    notAwarded: () => phrasesRegex(d.notAwarded),
    notDegree: () => phrasesRegex(d.notDegrees),
    degreeWorks: () => phrasesRegex(d.degreeWorks, 'g'),
    sharedWorkHead: () => lexiconRegExp(`^-\\s{1,3}(?:${phrasesBody(lex.sections.and)}|&)\\s{1,3}\\p{L}{0,24}?${phrasesBody(d.degreeWorks)}${WORD_END}`),
    workTail: () => lexiconRegExp(`${phrasesBody(d.degreeWorks)}${WORD_END}`),
    notDegreeAll: () => phrasesRegex(d.notDegrees, 'g'),
    institution: (): Test => either(words.institutionWord, new AsciiTwinRegExp(abbreviationsSource(d.institutionAbbreviations))),
    institutionWord: () => phrasesRegex(d.institutions),
    doubleDegree: () => phrasesRegex(d.doubleDegrees),
    and: () => phrasesRegex(lex.sections.and),
    andWords: () => new Set(['&', ...lex.sections.and.filter((w) => !w.includes(' ')).map((w) => w.toLowerCase())]),
  });
  cache.set(lex, words);
  return words;
}

/** Words (any case, any accents) and abbreviations (case kept) as two patterns (global unless `flags` says otherwise); an empty list gives none. */
function pair(words: readonly string[], abbreviations: readonly string[], flags = 'g'): RegExp[] {
  const out: RegExp[] = [];
  if (words.length > 0) out.push(phrasesRegex(words, flags));
  if (abbreviations.length > 0) out.push(new AsciiTwinRegExp(abbreviationsSource(abbreviations), `u${flags}`));
  return out;
}

/** The words a match of either pattern of `pair` starts with; undefined when that may be anything. */
function startsOf(words: readonly string[], abbreviations: readonly string[]): ReadonlySet<string> | undefined {
  const heads = words.length > 0 ? headsOf(words) : new Set<string>();
  const abbr = abbreviations.length > 0 ? abbreviationHeads(abbreviations) : new Set<string>();
  return heads && abbr ? new Set([...heads, ...abbr]) : undefined;
}

/** True when a degree name may stand in `text` (a cheap test on its words before the per-level patterns run). */
export function mayNameDegree(text: string, words: DegreeWords): boolean {
  return words.levelGate.open(text).includes(1);
}

/** Something a text may be tested against. */
export interface Test {
  test(text: string): boolean;
}

/** Either of two patterns. */
function either(a: RegExp, b: RegExp): Test {
  return { test: (text) => a.test(text) || b.test(text) };
}

/** A degree named in a text: its level, the field its name implies, where it stands. */
export interface DegreeMention {
  level: DegreeLevel;
  field: DegreeField | undefined;
  index: number;
  length: number;
  /** Named by an abbreviation of the lexicon ("MSc", "DAM"), not by its words. */
  abbreviation: boolean;
  /** A framework level stated beside it decides its level. */
  levelVaries: boolean;
  /** A professional title ("Abogada"): a degree only on a line of an education section. */
  titleOnly: boolean;
}

/**
 * Every degree name in `text`, in text order (at a place where several match, the longest). Professional titles that
 * are degrees only in an education section come with `titles` (the reader of that section decides); a bare abbreviation
 * is one only when `abbreviationCheck` (job ads) says so.
 */
export function degreeMentions(text: string, words: DegreeWords, abbreviationCheck?: AbbreviationCheck, titles = false): DegreeMention[] {
  const open = words.levelGate.open(text);
  const levels = words.levels;
  const found: DegreeMention[] = [];
  let plain: string | undefined;
  for (let i = 0; i < levels.length; i++) {
    const p = levels[i] as LevelPattern;
    if (open[i] !== 1 || (p.titleOnly && !titles)) continue;
    for (const re of p.patterns) {
      const abbreviation = !(re instanceof LexiconRegExp);
      if (abbreviation && !anyIn((plain ??= squeezed(text)), p.abbreviationKeys)) continue;
      re.lastIndex = 0;
      for (let m = re.exec(text); m !== null; m = re.exec(text)) {
        if (m[0] === '') re.lastIndex++;
        else if (abbreviation && insideInitials(text, m.index)) continue;
        else if (!abbreviation || !abbreviationCheck || abbreviationCheck(text, m.index, m.index + m[0].length)) {
          found.push({ level: p.level, field: p.field, index: m.index, length: m[0].length, abbreviation, levelVaries: p.levelVaries, titleOnly: p.titleOnly });
        }
      }
    }
  }
  found.sort((a, b) => a.index - b.index || b.length - a.length);
  const out: DegreeMention[] = [];
  let coveredTo = -1;
  for (const d of found) {
    const last = out[out.length - 1];
    // The same words in two entries (a language's own and one that borrows them): the level may vary if either says so.
    if (last && d.index === last.index && d.length === last.length && d.levelVaries) last.levelVaries = true;
    if (d.index < coveredTo) continue;
    out.push(d);
    coveredTo = d.index + d.length;
  }
  return out;
}

/** Dots and spaces: what an abbreviation's pattern lets stand between its parts (see `abbreviationSource`), or what stands inside them. */
const DOTS_AND_SPACES = /[\s.]+/gu;

/**
 * A text without its dots and spaces. An abbreviation's match is its parts (literal, case kept) with at most a dot
 * and a space after each, so the text's squeezed form holds the abbreviation's squeezed form wherever it matches.
 */
function squeezed(text: string): string {
  return text.replace(DOTS_AND_SPACES, '');
}

/** Whether `text` holds any of `keys`. */
function anyIn(text: string, keys: readonly string[]): boolean {
  for (const k of keys) if (text.includes(k)) return true;
  return false;
}

/** A letter and a full stop right before: the abbreviation is the tail of longer initials ("M.S." in "B.M.S. College"). */
const INITIAL_BEFORE = unicodeRegex`\p{L}\.$`;

function insideInitials(text: string, start: number): boolean {
  return start >= 2 && INITIAL_BEFORE.test(text.slice(start - 2, start));
}

/**
 * The fields a text names: named fields in text order, then the fields of groups ("engineering", "STEM"); where
 * names overlap the longest wins ("computer engineering" over "engineering"). With `generalLast`, a general word of a
 * field ("management") comes after the other named fields: the field of "Management de la sécurité des SI" is security.
 */
export function fieldsIn(text: string, words: DegreeWords, groups = true, generalLast = false): DegreeField[] {
  const found: Array<{ index: number; length: number; fields: readonly DegreeField[]; group: boolean; general: boolean; head: boolean }> = [];
  const open = words.fieldGate.open(text);
  for (let i = 0; i < words.fields.length; i++) {
    const f = words.fields[i] as DegreeWords['fields'][number];
    if (open[i] !== 1) continue;
    for (const re of f.patterns) {
      re.lastIndex = 0;
      for (let m = re.exec(text); m !== null; m = re.exec(text)) {
        if (m[0] === '') re.lastIndex++;
        else found.push({ index: m.index, length: m[0].length, fields: f.fields, group: f.group, general: f.general, head: f.head });
      }
    }
  }
  found.sort((a, b) => a.index - b.index || b.length - a.length);
  const kept: typeof found = [];
  let end = -1;
  for (const f of found) {
    if (f.index < end) continue;
    kept.push(f);
    end = f.index + f.length;
  }
  const named = headsFirst(
    text,
    kept.filter((f) => !f.group),
  );
  if (generalLast) named.sort((a, b) => Number(a.general) - Number(b.general));
  return [...new Set([...named, ...(groups ? kept.filter((f) => f.group) : [])].flatMap((f) => f.fields))];
}

/**
 * The fields a text names once each subject joined before a shared last word gets that word ("Software & Information
 * Engineering" reads "Software Engineering & Information Engineering"): for a text whose words name no field as written.
 */
export function fieldsOfSharedHeads(text: string, words: DegreeWords): DegreeField[] {
  const parts = [...text.matchAll(SUBJECT_WORDS)];
  let out = '';
  let at = 0;
  for (let i = 0; i + 3 < parts.length; i++) {
    const [first, join, second, head] = [0, 1, 2, 3].map((k) => parts[i + k] as RegExpMatchArray) as [
      RegExpMatchArray,
      RegExpMatchArray,
      RegExpMatchArray,
      RegExpMatchArray,
    ];
    if (!words.andWords.has(join[0].toLowerCase()) || [first, second, head].some((w) => w[0] === '&')) continue;
    if (![first, join, second].every((w, k) => SPACES_ONLY.test(text.slice(endOf(w), (parts[i + k + 1] as RegExpMatchArray).index)))) continue;
    const end = endOf(first);
    out += `${text.slice(at, end)} ${head[0]}`;
    at = end;
  }
  return at === 0 ? fieldsOfSuspendedHeads(text, words) : fieldsIn(out + text.slice(at), words, false, true);
}

/**
 * The fields a text names once a first word cut at a hyphen before "and" gets the tail the second word ends with
 * ("Elektro- und Elektroniktechnik" reads "Elektrotechnik und Elektroniktechnik"): the longest tail that makes a field.
 */
function fieldsOfSuspendedHeads(text: string, words: DegreeWords): DegreeField[] {
  for (const m of text.matchAll(SUSPENDED_HEAD)) {
    if (!words.andWords.has((m[2] as string).toLowerCase())) continue;
    const [first, second] = [m[1] as string, m[3] as string];
    for (let k = 1; second.length - k >= MIN_TAIL; k++) {
      const fields = fieldsIn(`${first}${second.slice(k)} ${m[2]} ${second}`, words, false, true);
      if (fields.length > 0) return fields;
    }
  }
  return [];
}

/** A word cut at a hyphen, "and" or "&", and the word that lends it its tail ("Elektro- und Elektroniktechnik"). */
const SUSPENDED_HEAD = /(?<!\p{L})(\p{L}{2,24})- {1,2}(\p{L}{1,4}|&) {1,2}(\p{L}{4,40})(?!\p{L})/gu;
/** The shortest tail a cut word takes ("technik", "wesen"). */
const MIN_TAIL = 4;

/** The words of a subject and the ampersand that may join two. */
const SUBJECT_WORDS = /\p{L}+|&/gu;

/** Where a match ends. */
function endOf(m: RegExpMatchArray): number {
  return (m.index ?? 0) + m[0].length;
}

/** Only spaces between two names: one compound. */
const SPACES_ONLY = /^ {1,3}$/u;

/** A field that heads a compound ("Law" in "Information Technology Law") goes before the field right in front of it, which only qualifies it. */
function headsFirst<T extends { index: number; length: number; head: boolean }>(text: string, named: T[]): T[] {
  const out = [...named];
  for (let i = 1; i < out.length; i++) {
    const before = out[i - 1] as T;
    const f = out[i] as T;
    if (f.head && !before.head && SPACES_ONLY.test(text.slice(before.index + before.length, f.index))) {
      out[i - 1] = f;
      out[i] = before;
    }
  }
  return out;
}

/** A text says a degree is not yet held ("en cours"), apart from words that say how it was studied ("en cours d'emploi"). */
export function inProgressIn(text: string, words: DegreeWords): boolean {
  const re = words.notInProgressAll;
  re.lastIndex = 0;
  const read = text.replace(re, (s) => ' '.repeat(s.length));
  re.lastIndex = 0;
  return words.inProgress.test(read) || partialIn(read, words);
}

/** A count of a programme's units with fewer done than it needs ("4 of 8 modules completed"). */
function partialIn(text: string, words: DegreeWords): boolean {
  if (!/\d/u.test(text)) return false;
  const m = words.partialCount.exec(text);
  const g = m?.groups;
  return g !== undefined && Number(g.done ?? g.doneFirst) < Number(g.of ?? g.ofAfter);
}
