import type { ExperienceMeasure } from '../schemas';
import { dotAbbreviationsFor } from './abbreviations';
import type { Lexicon } from './lexicon';
import {
  expandPhrase,
  fold,
  lexiconRegExp,
  NEVER,
  phrasesBody,
  phrasesRegex,
  phrasesSource,
  unicodeRegex,
  WORD_END,
  WORD_START,
  unicodeLiteral,
} from './phrases';

/** The years vocabulary of a lexicon (numbers in words, year words, fillers, measures), compiled once. */
export interface YearsWords {
  /** Abbreviations whose full stop ends no sentence (`normalize.json` → `dotAbbreviations`). */
  dotAbbreviations: ReadonlySet<string>;
  /** "5+ years", "seven years", "2.5 yrs", "3-5 years", "a decade": group `n` (or `whole`) holds the number. */
  phrase: RegExp;
  /** "Less than 1 year", "under a year". */
  lessThanOne: RegExp;
  /** A word that opens the complement of a field's noun ("de" in "seguridad cloud y de plataformas de ML", "of"): the conjunct goes on with the field. */
  complementOpener: RegExp;
  /** The months that end a line after "N years" ("3 years 5 months", "3 Jahre 5 Monate"): a tenure computed for a job, no claim. */
  tenureMonths: RegExp;
  /** "up to 4 years": no minimum. */
  upTo: RegExp;
  /** A length of time alone, as profile exports print it: "4 Year(s) 6 Month(s)", "7 Years 2 Months", "3 yrs": groups `y` and `m`. */
  durationAlone: RegExp;
  /** "an additional 4 years" (before the phrase) or "4 años adicionales" (after it): years added to another requirement, no minimum. */
  additionalBefore: RegExp;
  additionalAfter: RegExp;
  /** "within the last 5 years" (before the phrase) or "two years ago" (after it): a time, no length of experience. */
  timeBefore: RegExp;
  timeAfter: RegExp;
  /** "within the last 10 years", "in the past five years": a window that dates experience, anywhere in a text. */
  timeWindow: RegExp;
  /** "specialized experience": experience in the field the job itself names. */
  specialized: RegExp;
  /** "at least", "minimum", "more than": words a bare years line ("Minimum 6 years") may hold. */
  approximate: RegExp;
  /** A rank word at the end of a text ("level", "tier", "nivel"): the number right after it is a rank, no years. */
  rankBefore: RegExp;
  /** `vagueYears`: years named with no count ("for a few years"). */
  vagueYears: RegExp;
  numbers: ReadonlyMap<string, number>;
  /** Number phrases that count things ("a dozen"): years only with a year word after them. */
  counts: ReadonlySet<string>;
  /** A year word right after a count, an "of" word between ("une dizaine d'années", "una docena de años"). */
  countYears: RegExp;
  notNumbers: ReadonlySet<string>;
  /** The year words, folded ("years", "yrs", "jahre", "años"), and their one-letter forms. */
  yearWords: ReadonlySet<string>;
  /** Words allowed between "N years" and what they are about. */
  fillers: ReadonlySet<string>;
  /** An adjective that may stand before a claim's skill ("statutory", "internal", "operative"), by its ending. */
  modifier: RegExp;
  /** The words that join two adjectives ("and", "und", "et", "y"), folded. */
  joins: ReadonlySet<string>;
  /** Measures named after "N years", in order, each with the most other words allowed before its name. */
  measures: ReadonlyArray<[ExperienceMeasure, RegExp]>;
  /** The names of each field of work other than experience overall, found anywhere in a text ("security engineering concepts" → securityYears). */
  fieldsNamed: ReadonlyArray<[ExperienceMeasure, RegExp]>;
  /** Each measure's names exactly, folded ("machine learning" → mlYears): a skill so named is that field of work. */
  measureNames: ReadonlyMap<string, ExperienceMeasure>;
  /** A connector at the end of a job title before its years ("ML engineer with", "Data scientist depuis"). */
  titledWith: RegExp;
  /** Words of an activity still going on ("have been"), global: the last one before a years phrase is sought. */
  durationLead: RegExp;
  /** "of it", "damit", "con ello" right after "N years": the years are those of the skill named before them. */
  pointBack: RegExp;
  /** Words right after "N years" that open a job title ("as a", "als", "como"). */
  titledAs: RegExp;
  /** A word that opens a job title inside a sentence ("a", "as", "ein", "un"), with the space after it: global, the last one is sought. */
  titleOpener: RegExp;
  /** A word that opens a place after a job title ("in", "at", "en", "chez"): the title ends before it. */
  titlePlace: RegExp;
  /** Words right after "N years" that spread them over several fields ("across", "entre"). */
  spanning: RegExp;
  /** Words right after a claim's subject that go on to another field ("then", "puis", "dann", "luego"). */
  sequence: RegExp;
  /** Words that name what work is for ("for", "für", "pour", "para"). */
  purposes: RegExp;
  /** A word that opens a relative clause ("who", "which", "qui"): a claim's words end before it. */
  relative: RegExp;
  /** Words that take a part of a claim's years for one field ("of them", "davon", "dont"). */
  ofThem: RegExp;
  /** An `and` word and a number with no year word after it, a filler next ("… and 8 in security", "y 8 en ciencia de datos"): group `n`. */
  andNumber: RegExp;
  /** A noun of things run or built opening a text ("systems" in "… AI/ML systems"). */
  systemNounFirst: RegExp;
  /** Words of work done by hand ("hands-on"). */
  handsOn: RegExp;
  /** Words whose object is what is secured ("securing", "security architecture for"). */
  securing: RegExp;
  /** A text that is only the name of a team or place of security work ("SOC", "Security Operations Center"). */
  securitySetting: RegExp;
  /** A word of a job held in a field at the start of a text ("role" in " role"). */
  roleHeadFirst: RegExp;
  /** A word of a job held in a field anywhere ("poste" in "sur un poste en"). */
  roleHead: RegExp;
  /** Words of attacking what follows ("attacking", "attaquer"). */
  attacking: RegExp;
  /** How the security of a thing is named, "{}" standing for the thing ("{} security", "sécurité du {}"), folded. */
  securityOf: readonly string[];
  /** The year words and whole number phrases alone: where a years phrase can end, found cheaply before the full pattern runs. */
  anchor: RegExp;
  /** The words of experience in general ("experience", "Berufserfahrung"): "N years of … experience" is total experience. */
  experience: RegExp;
  /** The same names of general work, global: to set them aside before a skill ("of software development experience in Python"). */
  experienceAll: RegExp;
  /** Words after the name of general work that keep it general ("role", "engineer"). */
  generalHead: RegExp;
  /** The labelled cells between a skill and its years on its line, up to the last label: " - Nivel: Avanzado - Experiencia: ". */
  cellsBefore: RegExp;
  /** A skill's level in the bracket before its years, up to them: " (Advanced, " in "Python (Advanced, 6 years)". */
  levelBefore: RegExp;
  /** A whole table cell that heads a column of minimum years ("Min. yrs"). */
  yearsColumnHeader: RegExp;
  /** A form's question of years and its answer at the line's end ("How many years of … do you have?   7"): `q` the question's opening words, `n` the answer. */
  yearsQuestion: RegExp;
}

/** Words that may stand before a measure's name ("5 years of application security"): security allows the most. */
const MEASURE_REACH: Readonly<Record<ExperienceMeasure, number>> = { securityYears: 5, mlYears: 3, totalYears: 2 };
const MEASURE_ORDER: readonly ExperienceMeasure[] = ['securityYears', 'mlYears', 'totalYears'];

const cache = new WeakMap<Lexicon, YearsWords>();

/** The compiled years words of a lexicon. */
export function yearsWordsFor(lex: Lexicon): YearsWords {
  const hit = cache.get(lex);
  if (hit) return hit;
  const m = lex.measures;
  const numbers = new Map(Object.entries(lex.numbers.numbers).map(([w, v]) => [fold(w), v] as const));
  const single = [...numbers.keys()].filter((w) => !w.includes(' '));
  const counts = new Set(lex.numbers.counts.map(fold));
  const multi = [...numbers.keys()].filter((w) => w.includes(' '));
  // Inside the phrase a word always follows a boundary, a space or a hyphen: bodies without the lookbehind.
  const after = (phrases: readonly string[]) => `${phrasesBody(phrases)}${WORD_END}`;
  const years = after(m.yearWords.length > 0 ? m.yearWords : ['years']);
  const plus = m.plusWords.length > 0 ? `|[\\s-]{0,2}${phrasesSource(m.plusWords)}` : '';
  const orMore = m.orMore.length > 0 ? `(?:\\s{1,3}${after(m.orMore)})?` : '';
  const word = single.length > 0 ? after(single) : NEVER;
  const num = `\\d{1,2}(?:[.,]\\d{1,2})?|${word}(?:-${word})?`;
  // "5 to 7 years", "3 bis 5 Jahre": the range's connectors (the lower end is the minimum).
  const to = lex.dates.connectors.length > 0 ? after(lex.dates.connectors.filter((c) => unicodeRegex`\p{L}`.test(c))) : NEVER;
  // "two and a half years", "dos años y medio": half a year more, after the number or after the year word.
  const halves = lex.numbers.halves.length > 0 ? after(lex.numbers.halves) : NEVER;
  // "une dizaine d'années", "una docena de años": a count's year word may follow an "of" word.
  const of = lex.normalize.ofWords.length > 0 ? `(?:${after(lex.normalize.ofWords)}\\s{1,3})?` : '';
  const phrase = lexiconRegExp(
    `${WORD_START}(?:(?<n>${num})(?:\\s{1,3}(?<half>${halves}))?(?:\\s{0,2}\\(\\d{1,2}\\+?\\))?(?:(?:\\s{0,2}[-–]\\s{0,2}|\\s{1,2}${to}\\s{1,2})(?:\\d{1,2}|${word}))?(?:\\s{0,2}\\+${plus})?${orMore}\\s{1,3}(?:\\+\\s{1,2})?${years}(?:\\s{1,3}(?<halfAfter>${halves}))?` +
      `|(?<whole>${multi.length > 0 ? after(multi) : NEVER})(?:\\s{1,3}${years})?(?:\\s{1,3}(?<wholeHalf>${halves}))?)${WORD_END}\\.?`,
    'gu',
  );
  const measures = MEASURE_ORDER.flatMap((measure): Array<[ExperienceMeasure, RegExp]> => {
    const names = m.measures[measure] ?? [];
    if (names.length === 0) return [];
    const reach = MEASURE_REACH[measure];
    return [[measure, lexiconRegExp(`^[\\s'’]{0,3}(?:[\\p{L}\\p{N}][\\p{L}\\p{N}'’/-]{0,24}\\s{1,3}){0,${reach}}?${phrasesSource(names)}`)]];
  });
  const words: YearsWords = {
    dotAbbreviations: dotAbbreviationsFor(lex),
    phrase,
    complementOpener: lexiconRegExp(`^${phrasesSource(lex.normalize.ofWords)}$`),
    tenureMonths: lexiconRegExp(
      `^[^\\S\\n]{1,3}(?:${phrasesSource(lex.sections.and)}[^\\S\\n]{1,3})?\\d{1,2}[^\\S\\n]{1,3}${after(m.monthWords.length > 0 ? m.monthWords : ['months'])}\\.?[^\\S\\n]*(?:\\n|$)`,
    ),
    lessThanOne: phrasesRegex(lex.numbers.lessThanOne, 'g'),
    durationAlone: lexiconRegExp(
      `^(?<y>\\d{1,2}(?:[.,]\\d{1,2})?)\\s{0,2}\\+?\\s{0,2}${phrasesBody(m.yearWords.length > 0 ? m.yearWords : ['years'])}(?:\\(s\\))?\\.?(?:\\s{1,3}(?<m>\\d{1,2})\\s{0,2}${phrasesBody(m.monthWords.length > 0 ? m.monthWords : ['months'])}(?:\\(s\\))?\\.?)?$`,
    ),
    upTo: lexiconRegExp(`${phrasesSource(m.upTo)}\\s{0,3}$`),
    additionalBefore: lexiconRegExp(`${phrasesSource(m.additional)}\\s{0,3}$`),
    additionalAfter: lexiconRegExp(`^\\s{0,3}${phrasesSource(m.additional)}`),
    timeBefore: lexiconRegExp(`${phrasesSource(m.timeBefore)}\\s{0,3}$`),
    timeAfter: lexiconRegExp(`^\\s{0,3}${phrasesSource(m.timeAfter)}`),
    timeWindow: lexiconRegExp(`${phrasesSource(m.timeBefore)}\\s{1,3}(?:\\d{1,2}|${word})\\s{1,3}${years}`),
    specialized: phrasesRegex(m.specialized),
    titledWith: lexiconRegExp(m.titledWith.length > 0 ? `\\s${phrasesBody(m.titledWith)}\\s{1,3}$` : NEVER),
    durationLead: phrasesRegex(m.durationLeads, 'g'),
    pointBack: lexiconRegExp(m.pointBack.length > 0 ? `^\\s{0,3}${phrasesSource(m.pointBack)}` : NEVER),
    titledAs: lexiconRegExp(m.titledAs.length > 0 ? `^[\\s'’]{1,3}${phrasesBody(m.titledAs)}(?:\\s{1,3}|(?<=['’]))` : NEVER),
    titleOpener: lexiconRegExp(m.titleOpeners.length > 0 ? `(?:^|\\s)${phrasesBody(m.titleOpeners)}\\s{1,3}` : NEVER, 'gu'),
    titlePlace: lexiconRegExp(m.titlePlaces.length > 0 ? `\\s${phrasesBody(m.titlePlaces)}\\s` : NEVER),
    spanning: lexiconRegExp(m.spanning.length > 0 ? `^[\\s,]{0,3}${phrasesBody(m.spanning)}${WORD_END}` : NEVER),
    sequence: lexiconRegExp(m.sequence.length > 0 ? `^[\\s,;–—-]{0,4}${phrasesBody(m.sequence)}${WORD_END}` : NEVER),
    purposes: phrasesRegex(m.purposes),
    relative: lexiconRegExp(m.relatives.length > 0 ? `[\\s,]${phrasesBody(m.relatives)}${WORD_END}` : NEVER),
    ofThem: phrasesRegex(m.ofThem),
    andNumber: lexiconRegExp(
      lex.sections.and.length > 0 ? `[\\s,]${phrasesBody(lex.sections.and)}\\s{1,3}(?<n>\\d{1,2}|${word})\\+?\\s{1,3}(?=\\p{L})(?!${years})` : NEVER,
    ),
    systemNounFirst: lexiconRegExp(m.systemNouns.length > 0 ? `^\\s{0,3}${phrasesBody(m.systemNouns)}${WORD_END}` : NEVER),
    handsOn: phrasesRegex(m.handsOn),
    securing: phrasesRegex(m.securing),
    securitySetting: lexiconRegExp(`^${phrasesSource(m.securitySettings)}$`),
    roleHeadFirst: lexiconRegExp(`^\\s{0,3}${phrasesSource(m.roleHeads)}`),
    roleHead: phrasesRegex(m.roleHeads),
    attacking: phrasesRegex(m.attacking),
    securityOf: [...m.securityAfter.flatMap(expandPhrase).map((w) => `{} ${fold(w)}`), ...m.securityBefore.flatMap(expandPhrase).map((w) => `${fold(w)} {}`)],
    approximate: phrasesRegex([...m.approximate, ...m.orMore], 'g'),
    rankBefore: lexiconRegExp(m.rankWords.length > 0 ? `${WORD_START}${phrasesBody(m.rankWords)}\\s{0,2}$` : NEVER),
    vagueYears: phrasesRegex(m.vagueYears),
    numbers,
    counts,
    // "a dozen years", "a couple of those" (years named before): a count that is a length of time.
    countYears: lexiconRegExp(`^\\s{1,3}(?:${of}${years}${m.ofThem.length > 0 ? `|${phrasesSource(m.ofThem)}` : ''})`),
    notNumbers: new Set(lex.numbers.notNumbers.map(fold)),
    yearWords: new Set([...m.yearWords.map(fold), ...m.yearWords.map((w) => fold(w).charAt(0))]),
    fillers: new Set(m.fillers.map(fold)),
    modifier: lexiconRegExp(m.modifierEndings.length > 0 ? `^\\p{L}[\\p{L}-]{3,30}${phrasesBody(m.modifierEndings)}$` : NEVER),
    joins: new Set(lex.sections.and.map(fold)),
    measures,
    fieldsNamed: MEASURE_ORDER.filter((measure) => measure !== 'totalYears' && (m.measures[measure] ?? []).length > 0).map(
      (measure) => [measure, phrasesRegex(m.measures[measure] ?? [])] as [ExperienceMeasure, RegExp],
    ),
    measureNames: new Map(MEASURE_ORDER.flatMap((measure) => (m.measures[measure] ?? []).flatMap(expandPhrase).map((name) => [fold(name), measure] as const))),
    experience: phrasesRegex(m.measures.totalYears ?? []),
    experienceAll: phrasesRegex(m.measures.totalYears ?? [], 'g'),
    generalHead: phrasesRegex([...m.generalHeads, ...lex.work.jobWords, ...(m.measures.totalYears ?? [])]),
    levelBefore: lexiconRegExp(
      m.skillLevels.length > 0 ? `^[^\\S\\n]{0,3}\\([^\\S\\n]{0,2}${phrasesBody(m.skillLevels)}[^\\S\\n]{0,2}[,;/][^\\S\\n]{0,3}$` : NEVER,
    ),
    yearsColumnHeader: lexiconRegExp(m.yearsColumnHeaders.length > 0 ? `^\\s{0,3}${phrasesSource(m.yearsColumnHeaders)}\\s{0,3}$` : NEVER),
    cellsBefore: lexiconRegExp(m.skillCellLabels.length > 0 ? cellsSource(phrasesBody(m.skillCellLabels)) : NEVER),
    yearsQuestion: lexiconRegExp(
      m.yearsQuestions.length > 0
        ? `(?<q>${phrasesSource(m.yearsQuestions)})[^\\n?]{1,120}\\?[^\\S\\n]{1,40}(?<n>\\d{1,2}(?:[.,]\\d{1,2})?)\\+?[^\\S\\n]{0,3}(?:${years})?[^\\S\\n]*$`
        : NEVER,
      'gmu',
    ),
    anchor: lexiconRegExp(`${years}|${multi.length > 0 ? phrasesSource(multi) : '(?!)'}`, 'gu'),
  };
  cache.set(lex, words);
  return words;
}

/** A separator between a skill's cells on one line. */
const CELL_SEPARATOR = '[-–—|·•,;/][^\\S\\n]{0,3}';
/** A cell's value: no separator or colon in it, no blank at its ends. */
const CELL_VALUE = '[^\\s:|·•–—,;/-](?:[^\\n:|·•–—,;/]{0,28}[^\\s:|·•–—,;/-])?';

/** Up to three labelled cells with their values, then a label whose value is the years that follow: " - Nivel: Avanzado - Experiencia: ". */
function cellsSource(label: string): string {
  const cell = `${CELL_SEPARATOR}${label}[^\\S\\n]{0,2}:[^\\S\\n]{0,3}`;
  return `^[^\\S\\n]{0,3}(?:${cell}${CELL_VALUE}[^\\S\\n]{0,3}){0,3}${cell}$`;
}

/** A number written in digits or words ("7", "seven", "twenty-two", "sieben", "a decade"). */
export function readNumber(word: string, words: YearsWords): number | undefined {
  const lower = fold(word.trim()).replace(/[\s-]plus$/u, '');
  if (/^\d/u.test(lower)) return Number.parseFloat(lower.replace(',', '.'));
  if (words.notNumbers.has(lower)) return undefined;
  const direct = words.numbers.get(lower);
  if (direct !== undefined) return direct;
  const [tens, unit] = lower.split('-');
  const t = tens === undefined ? undefined : words.numbers.get(tens);
  const u = unit === undefined ? undefined : words.numbers.get(unit);
  return t !== undefined && u !== undefined && t >= 20 && u < 10 ? t + u : undefined;
}

/** The years a length of time alone states ("4 Year(s) 6 Month(s)" → 4.5), else undefined. */
export function durationYears(cell: string, words: YearsWords): number | undefined {
  const m = words.durationAlone.exec(cell.trim());
  if (!m) return undefined;
  const years = readNumber(m.groups?.y ?? '', words);
  const months = m.groups?.m === undefined ? 0 : Number.parseInt(m.groups.m, 10);
  return years === undefined || months >= 12 ? undefined : Math.round((years + months / 12) * 100) / 100;
}

/** The years a match of the years phrase states, half a year added when it says so ("two and a half years"). */
export function phraseYears(groups: Readonly<Record<string, string | undefined>>, words: YearsWords): number | undefined {
  const n = readNumber(groups.n ?? groups.whole ?? '', words);
  return n !== undefined && (groups.half ?? groups.halfAfter ?? groups.wholeHalf) !== undefined ? n + 0.5 : n;
}

/** True when every word between "N years" and its subject is a filler ("of professional experience in"), on one line. */
export function onlyFillers(between: string, words: YearsWords): boolean {
  // A column gap (a tab, two spaces or more: normalising leaves two) parts two cells: "Python – 9 yrs      SQL – 9 yrs".
  if (/[\n()[\]•;|\t]| {2}/u.test(between)) return false;
  const parts = between.split(/[\s'’,]+/u).filter((p) => p !== '');
  if (parts.length > 8) return false;
  const plain = (p: string | undefined) => p !== undefined && ((p.length === 1 && unicodeRegex`\p{L}`.test(p)) || words.fillers.has(fold(p)));
  // Two fillers joined by "and" ("building and shipping NLP models") are fillers still.
  const filler = (p: string, k: number) => plain(p) || (words.joins.has(fold(p)) && k > 0 && plain(parts[k - 1]) && plain(parts[k + 1]));
  const first = parts.findIndex((p, k) => !filler(p, k));
  if (first === -1) return true;
  // Adjectives right before the skill, after the fillers ("in statutory and internal financial audit", "operative
  // IT-Sicherheit"): each a modifier, two joined by "and", no comma among them, the last one a modifier.
  const rest = parts.slice(first);
  if (between.slice(between.indexOf(rest[0] as string)).includes(',') || rest.length > MAX_MODIFIERS) return false;
  return rest.every((p, k) => {
    if (isModifier(p, words)) return true;
    const join = words.joins.has(fold(p));
    return join && k > 0 && k < rest.length - 1 && isModifier(rest[k - 1] as string, words) && isModifier(rest[k + 1] as string, words);
  });
}

/** A lowercase word with an adjective's ending ("statutory", "interne"): it may stand before a claim's skill. */
function isModifier(word: string, words: YearsWords): boolean {
  return LOWER_START.test(word) && words.modifier.test(word);
}

const LOWER_START = unicodeRegex`^\p{Ll}`;

/** The most words of adjectives and their joins before a claim's skill ("statutory and internal financial"). */
const MAX_MODIFIERS = 4;

/**
 * The measure the words after "N years" name ("of relevant experience in cybersecurity" → securityYears); fillers do not
 * count towards a measure's reach, and a field's name that holds one is read as written ("of hands-on model work"; the
 * experience words, fillers themselves, name no general work).
 */
export function measureAfter(rest: string, words: YearsWords): ExperienceMeasure | undefined {
  const core = rest
    .split(/(\s+)/u)
    .filter((w) => w.trim() === '' || !words.fillers.has(fold(w)))
    .join('')
    .replace(/\s{2,}/gu, ' ');
  return words.measures.find(([measure, re]) => re.test(core) || (measure !== 'totalYears' && re.test(rest)))?.[0];
}

/**
 * True when `rest` (what follows "N years") opens with experience overall, fillers kept: "of experience developing …",
 * where the experience word, a filler before a field, is followed by none.
 */
export function overallAfter(rest: string, words: YearsWords): boolean {
  return words.measures.find(([measure]) => measure === 'totalYears')?.[1].test(rest) ?? false;
}

/**
 * True when the name of general work in `item` only qualifies a narrower thing after it ("technology risk", "IT
 * audit", "IT-Risikomanagement"), so that the item is no general work; "IT role", "backend engineer" stay general.
 */
export function qualifiesOther(item: string, words: YearsWords): boolean {
  const core = item
    .split(/\s+/u)
    .filter((w) => w !== '' && !words.fillers.has(fold(w)))
    .join(' ');
  const at = words.experience.exec(core);
  if (!at) return false;
  const rest = core.slice(at.index + at[0].length).match(unicodeLiteral`/\p{L}[\p{L}\p{N}]*/gu`) ?? [];
  return rest.some((w) => !words.generalHead.test(w) && !words.fillers.has(fold(w)));
}

/** How far before its year word a years phrase can start ("twenty-two-plus (22+) full years"). */
const PHRASE_REACH = 48;
/** How far after a count its year word may end (" d'années", " de años"). */
const COUNT_REACH = 24;
/** How far after its year word a years phrase can end (" and a half"). */
const HALF_REACH = 14;

/**
 * Every match of the years phrase in `text`, in order: the cheap anchor (a year word, "a decade") finds the
 * places, and the full pattern runs only on a short window before each, so long texts cost little.
 */
export function yearsPhrases(text: string, words: YearsWords): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let coveredTo = 0;
  words.anchor.lastIndex = 0;
  for (let a = words.anchor.exec(text); a !== null; a = words.anchor.exec(text)) {
    const from = Math.max(coveredTo, a.index - PHRASE_REACH);
    // A few characters more after the anchor for a half written after the year word ("dos años y medio").
    const to = Math.min(text.length, a.index + a[0].length + HALF_REACH);
    const raw = text.slice(from, to);
    // "2 (two) years": the number restated in words is left out of the window, its offsets kept apart.
    const cut = restatement(raw, words);
    const window = cut ? raw.slice(0, cut.at) + raw.slice(cut.at + cut.length) : raw;
    const toRaw = (i: number) => (cut && i > cut.at ? i + cut.length : i);
    words.phrase.lastIndex = 0;
    for (let m = words.phrase.exec(window); m !== null; m = words.phrase.exec(window)) {
      const start = toRaw(m.index);
      const end = toRaw(m.index + m[0].length);
      // A match must take in the anchor, and may not start inside a word cut by the window's edge.
      if (end < a.index - from + 1 || start > a.index - from || (start === 0 && from > 0 && unicodeRegex`[\p{L}\p{N}]`.test(text.charAt(from - 1)))) continue;
      // A count of things ("une trentaine de cas d'usage") is no length of time without a year word after it.
      const whole = m.groups?.whole;
      const wholeEnd = from + start + (whole?.length ?? 0);
      if (whole !== undefined && words.counts.has(fold(whole)) && !words.countYears.test(text.slice(wholeEnd, wholeEnd + COUNT_REACH))) continue;
      const found = Object.assign([raw.slice(start, end), ...m.slice(1)], { index: from + start, input: text, groups: m.groups }) as unknown as RegExpExecArray;
      out.push(found);
      coveredTo = found.index + end - start;
    }
  }
  return out;
}

/** A number in digits, then the same number in words in brackets: "2 (two)", "3 (drei)". */
const RESTATED = unicodeLiteral`/(?<=(?<![\p{L}\p{N}])(?<n>\d{1,2}))[^\S\n]{0,2}\((?<word>\p{L}{2,12})\)/u`;

/** Where a window restates its number in words in brackets, and how long that is; undefined when it does not. */
function restatement(window: string, words: YearsWords): { at: number; length: number } | undefined {
  const m = RESTATED.exec(window);
  if (!m?.groups || readNumber(m.groups.word as string, words) !== Number(m.groups.n)) return undefined;
  return { at: m.index, length: m[0].length };
}

/** A label and a colon at a line's start ("Years of experience:"), then the value. */
const LABEL_LINE = unicodeRegex`^([\p{L}\s'’()]{2,40}):\s{0,3}(.{1,40})$`;
/** A value that is only a count of years: "5+", "3-5", "3 – 5", "4 to 8", "3 à 5" (the least is taken). */
const COUNT_VALUE = unicodeRegex`^(\d{1,2})\s{0,2}(?:\+|[-–—]\s{0,2}\d{1,2}|\p{L}{1,3}\s{1,3}\d{1,2})?\s{0,2}\+?$`;

/**
 * The years of a line whose label holds the year word and whose value is only a count ("Years of experience: 5+",
 * "Experience (years): 3-5", "Jahre Berufserfahrung: 3–5", "Années d'expérience : 3 à 5"): experience overall.
 */
export function yearsLabelValue(body: string, y: YearsWords): number | undefined {
  const m = LABEL_LINE.exec(body.trim());
  if (!m) return undefined;
  const value = COUNT_VALUE.exec((m[2] as string).trim());
  if (!value) return undefined;
  const parts = (m[1] as string)
    .split(/[\s'’()]+/u)
    .filter((p) => p !== '')
    .map(fold);
  const yearWord = parts.some((p) => y.yearWords.has(p));
  if (!yearWord || !parts.every((p) => y.yearWords.has(p) || y.fillers.has(p) || y.experience.test(p))) return undefined;
  const years = Number(value[1]);
  return years >= 1 && years <= 40 ? years : undefined;
}
