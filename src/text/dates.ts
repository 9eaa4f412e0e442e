import { msg, RolefitError } from '../errors';
import { type Lexicon, lexiconFor } from './lexicon';
import { fold, headsOf, LexiconRegExp, lexiconRegExp, phraseSource, unicodeRegex, WORD_END, WORD_START, wordStartRegExp, unicodeLiteral } from './phrases';

/**
 * Dates as integers: `ym = year * 12 + (month - 1)`, so month arithmetic is plain subtraction.
 * Ranges count months inclusively: Jan 2021 – Dec 2021 is 12 months.
 */

/** How exact one end of a range is: a month, or only a year. */
export type DatePrecision = 'month' | 'year';

/** A date range found in a line; `start`/`end` are `ym` integers, `index`/`length` the matched span. */
export interface DateRange {
  start: number;
  end: number;
  /** The range is open ("Present", "Now", "since 2020"); `end` is the asOf month. */
  current: boolean;
  index: number;
  length: number;
  startPrecision: DatePrecision;
  endPrecision: DatePrecision;
  /** `inverted`: ends before it starts (kept as written); `future`: went past asOf and `end` was capped. */
  issue?: 'inverted' | 'future';
}

/** A date that is not part of a range ("May 2026", "2019"). */
export interface SingleDate {
  /** `ym` of the date; a bare year gives its January. */
  ym: number;
  year: number;
  /** 1–12, only when the month is written. */
  month?: number;
  precision: DatePrecision;
  index: number;
  length: number;
}

const YEAR = '(?:19|20)\\d{2}';
/** The months in Roman numerals, folded ("ix" is September): read only as written in capitals. */
const ROMAN_MONTHS = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii'];
const ROMAN_MONTHS_BY_NAME: ReadonlyMap<string, number> = new Map(ROMAN_MONTHS.map((r, i) => [r, i + 1]));

/** Date patterns that need no words; every repetition is bounded, so each runs in linear time on any input. */
export const DATE_PATTERNS = {
  /** A dash left open at the end of a line ("2020 –"), read as "to present". */
  openEnd: /^\s{0,3}(?:[-–—‒―]{1,2}>?|[→⟶➔➝])\s{0,3}$/u,
  /** The gap between "since" and its date. */
  sinceGap: /^\s{1,3}$/u,
  /** An ISO date for `asOf`: YYYY-MM or YYYY-MM-DD, optionally with a time. */
  isoDate: /^(\d{4})-(\d{2})(?:-(\d{2}))?(?:[T ][\d:.]{0,18}(?:Z|[+-]\d{2}:?\d{2})?)?$/u,
  /** A full numeric date, to tell day-first from month-first writing: "15/03/2019", "03.15.2019". */
  fullDate: /(?<![\d/.])(\d{1,2})[/.-](\d{1,2})[/.-](?:19|20)\d{2}(?!\d)/gu,
} as const;

/** The date words of a lexicon, compiled once. */
export interface DateWords {
  /** One date token: quarter, season, month name with optional day/year, numeric dates, a bare year, a "present" word or "since". */
  token: RegExp;
  /** What may stand between the two ends of a range: a dash, "to", "until", "bis", "à"… */
  connector: RegExp;
  /** A "present" phrase that carries its own connector ("to date", "bis heute", "a la fecha"). */
  connectorStart: RegExp;
  /** A range opener right before a date ("(from July 2021)"): with no end after it, the range runs to the present. */
  openerBefore: RegExp;
  /** A connector word right before a date ("until Q4 2024"): the date ends a span whose start is not written. */
  closerBefore: RegExp;
  /** A word right after a date that leaves its range open ("Jan 2019 onwards"). */
  openAfter: RegExp;
  /** A length printed right after a lone start date ("Jan 2019 · eighteen months", "03/2021 (2 years)"): groups `n`, `u`, `n2`. */
  durationAfter: RegExp;
  /** The value of each number word, folded ("eighteen" → 18). */
  numberWords: ReadonlyMap<string, number>;
  /** The month words of durations, folded ("months", "mos", "Monate"): any other unit is years. */
  monthUnits: ReadonlySet<string>;
  /** Month number (1–12) of each month word, lowercase and unaccented. */
  months: ReadonlyMap<string, number>;
  /** First and last month of each season word. */
  seasons: ReadonlyMap<string, readonly [number, number]>;
}

const dateWordsCache = new WeakMap<Lexicon, DateWords>();

/** The compiled date words of a lexicon. */
export function dateWordsFor(lex: Lexicon): DateWords {
  const hit = dateWordsCache.get(lex);
  if (hit) return hit;
  const d = lex.dates;
  const months = new Map<string, number>();
  (d.months ?? []).forEach((names, i) => {
    for (const name of names) months.set(fold(name).replace(/\.$/u, ''), i + 1);
  });
  const seasons = new Map(Object.entries(d.seasons).map(([w, range]) => [fold(w), range] as const));
  const alt = (words: Iterable<string>) =>
    [...new Set(words)]
      .sort((a, b) => b.length - a.length)
      .map(phraseSource)
      .join('|') || '(?!)';
  const ord = alt(d.ordinals.length > 0 ? d.ordinals : ['st', 'nd', 'rd', 'th']);
  const joiner = alt(d.joiners.length > 0 ? d.joiners : ['of']);
  const quarter = alt(d.quarters.length > 0 ? d.quarters : ['q']);
  // "2nd quarter 2020", "3.er trim. de 2023": the quarter's number first, an ordinal, then the quarter's word.
  const quarterAfter =
    d.quarterWords.length > 0
      ? `|(?<qn>[1-4])(?:\\.?(?:${ord})|\\.)?\\s{0,3}(?:${alt(d.quarterWords)})\\.?\\s{1,3}(?:(?:${joiner})\\s{1,3})?(?<qny>${YEAR})`
      : '';
  // Quarters, digits and these words all start with a letter or digit: the token is tried at word starts only.
  const wordy = [...seasons.keys(), ...months.keys(), ...d.present, ...d.since].every((w) => unicodeRegex`^[\p{L}\p{N}]`.test(fold(w)));
  // Every other alternative starts with a digit: a token starts at a digit or at one of these words.
  const startWords = headsOf([...(d.quarters.length > 0 ? d.quarters : ['q']), ...seasons.keys(), ...months.keys(), ...ROMAN_MONTHS, ...d.present, ...d.since]);
  // A token's groups are read folded (numbers, and month and season words looked up folded): they need no mapping back
  // to the text, and the pattern runs without indices.
  const token = (
    wordy
      ? (source: string, flags: string) => wordStartRegExp(source, flags, startWords, true)
      : (source: string, flags: string) => new LexiconRegExp(source, flags, undefined, false, true)
  )(
    // A quarter before its year, also after a slash or with an apostrophe year: "Q3 2014", "Q3/2014", "Q3 '14".
    `${WORD_START}(?:(?:${quarter})(?<q>[1-4])(?:\\s{0,3}|\\s{0,2}\\/\\s{0,2})(?:(?<qy>${YEAR})|['’](?<qyy>\\d{2}))` +
      quarterAfter +
      `|(?<season>${alt(seasons.keys())})\\s{1,3}(?:${joiner}\\s{1,3})?(?<sy>${YEAR})` +
      `|(?:(?<day>\\d{1,2})(?:${ord}|\\.)?\\s{1,3}(?:${joiner}\\s{1,3})?)?(?<mon>${alt(months.keys())})\\.?(?:\\s{1,3}\\d{1,2}(?:${ord})?)?(?:(?:,?\\s{0,3}|\\s{0,2}[/-]\\s{0,2})(?:${joiner}\\s{1,3})?(?<y>${YEAR})|\\s{0,3}['’](?<yy>\\d{2}))?` +
      // A year with its month in brackets after it: "2022 (Mar)", "2019 (July)".
      `|(?<by>${YEAR})\\s{0,3}\\(\\s{0,2}(?<bm>${alt(months.keys())})\\.?\\s{0,2}\\)` +
      `|(?<fa>\\d{1,2})[/.-](?<fb>\\d{1,2})[/.-](?<fy>${YEAR})` +
      `|(?<nm>\\d{1,2})[/.](?<ny>${YEAR})` +
      `|(?<sm>0?[1-9]|1[0-2])/(?<sy2>\\d{2})(?![/.]\\d)` +
      `|(?<iy>${YEAR})[-/.](?<im>\\d{1,2})(?:[-/.]\\d{1,2})?` +
      // A month in Roman numerals before its year, as Polish and other Central European CVs write it: "IX 2021", "III.2019".
      `|(?<rm>${[...ROMAN_MONTHS].sort((a, b) => b.length - a.length).join('|')})(?:\\.\\s{0,2}|\\s{1,3})(?<ry>${YEAR})` +
      `|(?<year>${YEAR})` +
      `|(?<present>${alt(d.present)})` +
      `|(?<since>${alt(d.since)}))${WORD_END}`,
    'gu',
  );
  // A connector word may carry a form label's colon: "From: 03/2017   To: 12/2021"; one may follow a dash, "Marzo 2025 - hasta la fecha".
  const connector = lexiconRegExp(`^\\s{0,3}(?:(?:[-–—‒―~]{1,2}>?|[→⟶➔➝])(?:\\s{1,3}(?:${alt(d.connectors)}))?|(?:${alt(d.connectors)}):?)\\s{0,3}$`);
  const connectorStart = lexiconRegExp(`^(?:${alt(d.connectors)})\\s`);
  // An elided opener runs into its month: "d'avril 2015", "à partir d'octobre 2022".
  const openerBefore = lexiconRegExp(`(?:^|[\\s(\\[])(?:${alt(d.rangeOpeners)})(?:\\s{1,3}|(?<=['’]))$`);
  const closerBefore = lexiconRegExp(`(?:^|[\\s(\\[])(?:${alt(d.connectors)})\\s{1,3}$`);
  const openAfter = lexiconRegExp(`^\\s{0,3}[-–—]?\\s{0,3}(?:${alt(d.openEnds)})(?![\\p{L}\\p{N}])`);
  // A duration after a lone start date: a number (digits or one word) and a year or month word, a number of months after
  // a number of years ("1 year 6 months", "2 ans et 3 mois").
  const numberWords = new Map(
    Object.entries(lex.numbers.numbers)
      .filter(([w, v]) => !w.includes(' ') && Number.isInteger(v) && v >= 1)
      .map(([w, v]) => [fold(w), v] as const),
  );
  const num = `\\d{1,2}|${alt(numberWords.keys())}`;
  const units = alt([...lex.measures.yearWords, ...lex.measures.monthWords]);
  const monthUnit = alt(lex.measures.monthWords);
  const durationAfter = lexiconRegExp(
    `^\\s{0,3}(?:[·•,|(–—-]\\s{0,3})?(?<n>${num})\\s{1,3}(?<u>${units})\\.?(?:[\\s,]{1,3}(?:(?:${alt(lex.sections.and)})\\s{1,3})?(?<n2>${num})\\s{1,3}(?:${monthUnit})\\.?)?(?![\\p{L}\\p{N}])\\)?`,
  );
  const monthUnits = new Set(lex.measures.monthWords.map(fold));
  const words: DateWords = { token, connector, connectorStart, openerBefore, closerBefore, openAfter, durationAfter, numberWords, monthUnits, months, seasons };
  dateWordsCache.set(lex, words);
  return words;
}

/** How numeric dates such as 03/04/2019 are read: day first (most of the world) or month first (the US). */
export type DateOrder = 'day-first' | 'month-first';

/**
 * The order a document writes numeric dates in: an unambiguous date (a first number over 12, or a second one)
 * decides; else day first, except in English with slashes, where month first is usual.
 */
export function dateOrderOf(text: string, lex: Lexicon): DateOrder {
  let dayFirst = 0;
  let monthFirst = 0;
  let slashes = 0;
  DATE_PATTERNS.fullDate.lastIndex = 0;
  for (let m = DATE_PATTERNS.fullDate.exec(text); m !== null; m = DATE_PATTERNS.fullDate.exec(text)) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    if (a > 12 && b <= 12) dayFirst++;
    else if (b > 12 && a <= 12) monthFirst++;
    if (m[0].includes('/')) slashes++;
  }
  if (dayFirst !== monthFirst) return dayFirst > monthFirst ? 'day-first' : 'month-first';
  return lex.languages.length === 1 && lex.languages[0] === 'en' && slashes > 0 ? 'month-first' : 'day-first';
}

/** A month word and two digits, then a dash: a line that may open a range of two-digit years ("oct. 19 – mars 22"). */
const MONTH_SHORT_YEAR_LINE = unicodeRegex`\p{L}\.?\s\d\d\s{0,3}[–—-]`;
/** `MONTH_SHORT_YEAR_LINE`, global: each line that holds it is read once. */
const MONTH_SHORT_YEAR_ALL = new RegExp(MONTH_SHORT_YEAR_LINE.source, 'gu');

/**
 * Whether a document writes ranges of two month words with two-digit years ("mar. 19 – oct. 22", "Jun 18 – Feb 21"):
 * then a range within one month written so ("may. 23 – may. 25") is a range of years, not of days.
 */
export function writesMonthShortYears(text: string, lex: Lexicon): boolean {
  const words = dateWordsFor(lex);
  MONTH_SHORT_YEAR_ALL.lastIndex = 0;
  for (let m = MONTH_SHORT_YEAR_ALL.exec(text); m !== null; m = MONTH_SHORT_YEAR_ALL.exec(text)) {
    const start = text.lastIndexOf('\n', m.index) + 1;
    const newline = text.indexOf('\n', m.index);
    const end = newline === -1 ? text.length : newline;
    const line = text.slice(start, end);
    const tokens = tokenize(line, words, 'day-first');
    if (tokens.some((t, i) => t.kind === 'date' && MONTH_TWO_DIGITS.test(line.slice(t.index, t.end)) && tokens[i + 1]?.kind === 'date')) {
      MONTH_SHORT_YEAR_ALL.lastIndex = 0;
      return true;
    }
    // The rest of this line was read with it.
    MONTH_SHORT_YEAR_ALL.lastIndex = end;
  }
  return false;
}

/** Longest gap text worth testing against `connector`. */
const MAX_GAP = 16;

type TokenKind = 'date' | 'month' | 'present' | 'since' | 'skip';

interface Token {
  kind: TokenKind;
  year: number;
  /** 1–12, or 0 for a bare year. */
  month: number;
  /** For a season or quarter: its last month (a range ending in "Spring 2020" ends in May); else `month`. */
  endMonth: number;
  /** The year of the last month (winter runs into the next year). */
  endYear: number;
  index: number;
  end: number;
  /** A bare apostrophe year ("'16"): read in a range only, never as a single date. */
  bare?: true;
  /** Written with its day ("25 mai 2016", "14/03/2019"): a point in time, which a range opener alone does not open. */
  day?: true;
}

interface Endpoint {
  year: number;
  month: number;
}

const startOf = (t: Token): Endpoint => ({ year: t.year, month: t.month });
const endOf = (t: Token): Endpoint => ({ year: t.endYear, month: t.endMonth });

interface RawPair {
  start: Endpoint;
  end: Endpoint | null;
  index: number;
  length: number;
  first: number;
  last: number;
}

/** `year*12 + month-1` from a calendar year and a 1-based month. */
export function toYm(year: number, month: number): number {
  return year * 12 + (month - 1);
}

/** Formats a `ym` integer as `YYYY-MM`. */
export function formatYearMonth(ym: number): string {
  const year = Math.floor(ym / 12);
  const month = ym - year * 12 + 1;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
}

/** Inclusive month count of `start..end` (0 when inverted). */
export function monthsBetween(start: number, end: number): number {
  return end >= start ? end - start + 1 : 0;
}

/** Reads `asOf` (YYYY-MM-DD, YYYY-MM or a Date; default today, UTC); the only place that reads the clock. */
export function parseAsOf(asOf?: string | Date): { date: string; ym: number } {
  if (asOf === undefined) return fromDate(new Date());
  if (asOf instanceof Date) {
    if (Number.isNaN(asOf.getTime())) throw invalidAsOf(asOf);
    return fromDate(asOf);
  }
  if (typeof asOf !== 'string') throw invalidAsOf(asOf);
  const m = DATE_PATTERNS.isoDate.exec(asOf.trim());
  if (!m) throw invalidAsOf(asOf);
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = m[3] === undefined ? 1 : Number(m[3]);
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    throw invalidAsOf(asOf);
  }
  return { date: `${m[1]}-${m[2]}-${String(day).padStart(2, '0')}`, ym: toYm(year, month) };
}

function fromDate(d: Date): { date: string; ym: number } {
  const year = d.getUTCFullYear();
  const month = d.getUTCMonth() + 1;
  const date = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(d.getUTCDate()).padStart(2, '0')}`;
  return { date, ym: toYm(year, month) };
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function invalidAsOf(got: unknown): RolefitError {
  return new RolefitError('E_INVALID_OPTIONS', msg.invalidOption('asOf', 'a date such as 2026-11-01', got));
}

/** How a line's dates are read: the lexicon's words and the document's numeric date order. */
export interface DateReading {
  lex?: Lexicon;
  order?: DateOrder;
  /** The document writes ranges of month words with two-digit years ("mar. 19 – oct. 22", `writesMonthShortYears`). */
  monthShortYears?: boolean;
}

/** Finds every date range in one line; ends are resolved against `asOfYm` (Present = asOf, a future end is capped). */
export function findDateRanges(line: string, asOfYm: number, reading: DateReading = {}): DateRange[] {
  const words = dateWordsFor(reading.lex ?? lexiconFor());
  const tokens = tokenize(line, words, reading.order ?? 'day-first', reading.monthShortYears === true);
  if (tokens.length === 0) return [];
  return withoutBracketedMilestones(
    line,
    pairTokens(line, tokens, words).pairs.map((p) => resolvePair(p, asOfYm)),
  );
}

/**
 * Drops an open range in brackets that starts inside another range of the line: "SOC Analyst (Level 1, Level 2 from
 * 2019-06)  2018-02 – 2021-03" dates a step within the job, whose own span is the range after it.
 */
function withoutBracketedMilestones(line: string, ranges: DateRange[]): DateRange[] {
  if (ranges.length < 2) return ranges;
  // The line's own range stands outside any bracket: two bracketed ranges date two positions ("II (2023 – Present); (2021 – 2023)").
  const within = (r: DateRange) => ranges.some((o) => o !== r && !inBracket(line, o.index) && o.start <= r.start && r.start <= o.end);
  const kept = ranges.filter((r) => !(r.current && remarkBefore(line, r.index) && within(r)));
  return kept.length === ranges.length ? ranges : kept;
}

/**
 * The offset lies inside a bracket that holds a remark before it ("(Level 1, Level 2 from 2019-06)"); a bracket of dates
 * alone after a title, "Head of AI Governance (2023– )", dates a position of its own.
 */
function remarkBefore(line: string, at: number): boolean {
  return inBracket(line, at) && /\p{L}/u.test(line.slice(line.lastIndexOf('(', at) + 1, at));
}

/** The offset lies inside a bracket opened before it on the line and closed after it. */
function inBracket(line: string, at: number): boolean {
  const open = line.lastIndexOf('(', at);
  return open !== -1 && line.lastIndexOf(')', at) < open && line.indexOf(')', at) !== -1;
}

/** The range is one date that stands for a period by itself ("Q1 2023", "Summer 2019"), no span written from one date to another. */
export function isOneDatePeriod(line: string, range: DateRange, reading: DateReading = {}): boolean {
  if (range.current) return false;
  const words = dateWordsFor(reading.lex ?? lexiconFor());
  const tokens = tokenize(line.slice(range.index, range.index + range.length), words, reading.order ?? 'day-first', reading.monthShortYears === true);
  // The span is the token itself: a length printed after a start ("Jan 2019 · 36 months") makes a validity.
  return tokens.length === 1 && (tokens[0] as Token).index === 0 && (tokens[0] as Token).end === range.length;
}

/** Finds dates that are not part of a range, such as a graduation "May 2026" or "2019". */
export function findSingleDates(line: string, reading: DateReading = {}): SingleDate[] {
  const words = dateWordsFor(reading.lex ?? lexiconFor());
  const tokens = tokenize(line, words, reading.order ?? 'day-first', reading.monthShortYears === true);
  if (tokens.length === 0) return [];
  return singlesOf(tokens, pairTokens(line, tokens, words).used);
}

/** `findDateRanges` and `findSingleDates` of one line, from one reading of its tokens. */
export function findDates(line: string, asOfYm: number, reading: DateReading = {}): { ranges: DateRange[]; singles: SingleDate[] } {
  const words = dateWordsFor(reading.lex ?? lexiconFor());
  const tokens = tokenize(line, words, reading.order ?? 'day-first', reading.monthShortYears === true);
  if (tokens.length === 0) return { ranges: [], singles: [] };
  const { pairs, used } = pairTokens(line, tokens, words);
  return {
    ranges: withoutBracketedMilestones(
      line,
      pairs.map((p) => resolvePair(p, asOfYm)),
    ),
    singles: singlesOf(tokens, used),
  };
}

/** The tokens of kind `date` that no range used, as single dates. */
function singlesOf(tokens: readonly Token[], used: ReadonlySet<number>): SingleDate[] {
  const out: SingleDate[] = [];
  tokens.forEach((t, i) => {
    if (t.kind !== 'date' || t.bare || used.has(i)) return;
    const single: SingleDate = {
      ym: toYm(t.year, t.month === 0 ? 1 : t.month),
      year: t.year,
      precision: t.month === 0 ? 'year' : 'month',
      index: t.index,
      length: t.end - t.index,
    };
    if (t.month !== 0) single.month = t.month;
    out.push(single);
  });
  return out;
}

/** Number of distinct months covered by the union of inclusive ranges (inverted ranges count 0). */
export function unionMonths(ranges: readonly { start: number; end: number }[]): number {
  const valid = ranges.filter((r) => r.end >= r.start).sort((a, b) => a.start - b.start);
  let total = 0;
  let curStart = Number.NaN;
  let curEnd = Number.NaN;
  for (const r of valid) {
    if (Number.isNaN(curEnd) || r.start > curEnd + 1) {
      if (!Number.isNaN(curEnd)) total += curEnd - curStart + 1;
      curStart = r.start;
      curEnd = r.end;
    } else if (r.end > curEnd) {
      curEnd = r.end;
    }
  }
  if (!Number.isNaN(curEnd)) total += curEnd - curStart + 1;
  return total;
}

/**
 * Every token of kind `date` holds a year (19xx, 20xx), a slash between digits ("03/22") or an apostrophe before one
 * ("May '21"), and every range or single date needs one: a line with none of them has no date worth reading ("cut
 * MTTR by 40%", "CI/CD"). A word and two digits before a dash may open a range of two-digit years ("oct. 19 – mars 22").
 */
const MAY_HOLD_DATE = unicodeRegex`(?:19|20)\d\d|\d\/\d|['’]\d|\p{L}-\d\d(?!\d)|\p{L}\.?\s\d\d\s{0,3}[–—-]`;

/** Whether a text holds an ASCII digit. */
function hasDigit(text: string): boolean {
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

function tokenize(line: string, words: DateWords, order: DateOrder, monthShortYears = false): Token[] {
  // Every match of `MAY_HOLD_DATE` holds a digit: a line without one (most bullets) skips its scan, which tries
  // `\p{L}-\d\d` at every letter.
  if (!hasDigit(line) || !MAY_HOLD_DATE.test(line)) return [];
  const re = words.token;
  re.lastIndex = 0;
  const out: Token[] = [];
  let roman = false;
  for (let m = re.exec(line); m !== null; m = re.exec(line)) {
    if (m.groups?.rm !== undefined) roman = true;
    const t = withShortEnd(line, m, withShortYear(line, withDayBefore(line, m, toToken(m, words, order, line))));
    if (t.kind === 'date' && (m.groups?.day !== undefined || m.groups?.fa !== undefined)) t.day = true;
    out.push(t);
  }
  const read = roman ? withRomanMonthsRead(line, out, words) : out;
  return withMonthShortYears(line, withApostropheYears(line, read), words, monthShortYears);
}

/** A two-digit year written with an apostrophe and nothing else ("'16", "’18"): not after a letter, digit or quote. */
const APOSTROPHE_YEAR = unicodeLiteral`/(?<![\p{L}\p{N}'’])['’](\d{2})(?![\p{L}\p{N}'’])/gu`;

/**
 * Bare apostrophe years ("'12 – '14", "’16 – ’18") are years: added as tokens where no other token holds them (a
 * month's "May '21" or a quarter's "Q3 '14" already does). `bare` keeps them out of single dates: alone, "'16"
 * may be a quote or a nickname, and only a range makes it a date.
 */
function withApostropheYears(line: string, tokens: Token[]): Token[] {
  if (!line.includes("'") && !line.includes('’')) return tokens;
  let out = tokens;
  APOSTROPHE_YEAR.lastIndex = 0;
  for (let m = APOSTROPHE_YEAR.exec(line); m !== null; m = APOSTROPHE_YEAR.exec(line)) {
    const index = m.index;
    const end = index + m[0].length;
    if (out.some((t) => t.index < end && t.end > index)) continue;
    const year = pivotYear(Number(m[1]));
    if (out === tokens) out = [...tokens];
    out.push({ kind: 'date', year, month: 0, endMonth: 0, endYear: year, index, end, bare: true });
  }
  return out === tokens ? tokens : out.sort((a, b) => a.index - b.index);
}

/** A month word and two digits that end its token ("oct. 19", "Mar 22"): a day, or a two-digit year. */
const MONTH_TWO_DIGITS = /^\D{2,12}\s(\d{2})$/u;

/**
 * Two month words each followed by two digits and joined as a range, with no year anywhere ("oct. 19 – mars 22"),
 * or one before a "present" word ("Oct 19 – present"): the digits are two-digit years (a range of days with no year
 * dates nothing).
 */
function withMonthShortYears(line: string, tokens: Token[], words: DateWords, documentWrites = false): Token[] {
  const short = (t: Token | undefined) => (t?.kind === 'month' ? MONTH_TWO_DIGITS.exec(line.slice(t.index, t.end)) : null);
  let out = tokens;
  for (let i = 0; i + 1 < tokens.length; i++) {
    const a = short(tokens[i]);
    const next = tokens[i + 1] as Token;
    const b = next.kind === 'present' ? null : short(next);
    if (!a || (!b && next.kind !== 'present')) continue;
    const t = tokens[i] as Token;
    if (!gapIs(line, t.end, next.index, words.connector)) continue;
    const start = pivotYear(Number(a[1]));
    const end = b ? pivotYear(Number(b[1])) : start;
    // Days, not years: within one month ("Oct 12 – Oct 14"), or across a month's end ("Oct 28 – Nov 02"); in a document
    // whose other ranges write such years ("nov. 22 – abr. 23"), one forward within one month is years too ("may. 23 – may. 25").
    if (b && (end < start || (next.month === t.month && !(documentWrites && end > start)))) continue;
    if (out === tokens) out = [...tokens];
    out[i] = withYear(t, start);
    if (b) out[i + 1] = withYear(next, end);
  }
  return out;
}

/** A month token dated in `year`. */
function withYear(t: Token, year: number): Token {
  return { kind: 'date', year, month: t.month, endMonth: t.month, endYear: year, index: t.index, end: t.end };
}

/** A capital Roman month at a token's start: group 1 holds its dot ("III.2019"), empty when bare ("IX 2021"). */
const ROMAN_AT = /^(?:XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)(\.?)\s{0,3}\d/u;

/** 0: no Roman month; 1: a bare one ("IX 2021"); 2: a dotted one ("III.2019"). */
function romanAt(line: string, t: Token | undefined): 0 | 1 | 2 {
  if (t === undefined || t.kind !== 'date' || t.month === 0) return 0;
  const r = ROMAN_AT.exec(line.slice(t.index, t.index + 9));
  return r === null ? 0 : r[1] === '.' ? 2 : 1;
}

/**
 * A bare capital Roman numeral before a year is a month only where it cannot be a grade or a one-letter name
 * ("Security Engineer II 2019 – 2022", "Engineer, X 2022 – 2024"): after a "since" word ("since I 2024"), or where
 * the other end of its range is a Roman month too ("IX 2021 – VIII 2023"). A dotted one ("III.2019") is always a
 * month. Elsewhere the year alone is read, and the numeral stays text.
 */
function withRomanMonthsRead(line: string, out: Token[], words: DateWords): Token[] {
  const joined = (a: Token | undefined, b: Token | undefined) =>
    a !== undefined && b !== undefined && romanAt(line, a) > 0 && romanAt(line, b) > 0 && words.connector.test(line.slice(a.end, b.index));
  return out.map((t, i) => {
    if (romanAt(line, t) !== 1) return t;
    const prev = out[i - 1];
    if (prev?.kind === 'since' && /^\s{0,3}:?\s{0,3}$/u.test(line.slice(prev.end, t.index))) return t;
    if (joined(prev, t) || joined(t, out[i + 1])) return t;
    return { kind: 'date', year: t.year, month: 0, endMonth: 0, endYear: t.year, index: t.end - 4, end: t.end };
  });
}

/** A two-digit year hyphenated to a month name, as in "Mar-20" ("Jan-17 to Mar-20"). */
const SHORT_YEAR_AFTER = unicodeRegex`^-(\d{2})(?![\p{L}\p{N}]|[.,/-]\d)`;

/** A month name with a two-digit year hyphenated after it ("Mar-20") is that month of that year. */
function withShortYear(line: string, t: Token): Token {
  if (t.kind !== 'month' || line.charAt(t.end) !== '-') return t;
  const yy = SHORT_YEAR_AFTER.exec(line.slice(t.end, t.end + 6));
  if (!yy) return t;
  const year = pivotYear(Number(yy[1]));
  return { kind: 'date', year, month: t.month, endMonth: t.month, endYear: year, index: t.index, end: t.end + yy[0].length };
}

/**
 * A dash and a two-digit end year after a year ("2018–19"); two digits followed by a month word and a year are the
 * day of a full end date ("2019 – 23 May 2021", "2019 – 23. Mai 2021").
 */
const SHORT_END_AFTER = unicodeRegex`^\s?[–—-]\s?(\d{2})(?![\p{L}\p{N}]|[.,/-]\d|\.?\s{1,2}(?:de\s)?\p{L}[\p{L}.]{2,10},?\s{1,2}(?:de\s)?\d{4})`;
/** Most years a range written "2018–19" may span. */
const MAX_SHORT_SPAN = 20;

/**
 * A year with a two-digit end year after a dash ("2018–19", "2015-17") is a range of years: "2018-19" (no month 19)
 * and "2018–19" are read as 2018 to 2019.
 */
function withShortEnd(line: string, m: RegExpExecArray, t: Token): Token {
  const g = m.groups ?? {};
  let yy: number;
  let end: number;
  if (t.kind === 'skip' && g.iy !== undefined && g.im?.length === 2 && m[0].length === 7) {
    yy = Number(g.im);
    end = t.end;
  } else if (t.kind === 'date' && g.year !== undefined) {
    const after = SHORT_END_AFTER.exec(line.slice(t.end, t.end + 36));
    if (!after) return t;
    yy = Number(after[1]);
    end = t.end + after[0].length;
  } else return t;
  const year = Number(g.iy ?? g.year);
  let endYear = Math.floor(year / 100) * 100 + yy;
  if (endYear <= year) endYear += 100;
  if (endYear - year > MAX_SHORT_SPAN) return t;
  return { kind: 'date', year, month: 0, endMonth: 0, endYear, index: t.index, end };
}

/** A day joined to a month name by a hyphen, as in "16-Mar-2020": the digits and the hyphen right before the month. */
const DAY_HYPHEN = /\d{1,2}-$/u;
const WORD_CHAR = unicodeRegex`[\p{L}\p{N}]`;

/** A month-name token with its day hyphenated before it ("16-Mar-2020") starts at the day, so that the day is no text of its own. */
function withDayBefore(line: string, m: RegExpExecArray, t: Token): Token {
  if (m.groups?.mon === undefined || m.groups.day !== undefined || line.charAt(t.index - 1) !== '-') return t;
  const day = DAY_HYPHEN.exec(line.slice(Math.max(0, t.index - 3), t.index));
  if (!day) return t;
  const start = t.index - day[0].length;
  if (start > 0 && WORD_CHAR.test(line.charAt(start - 1))) return t;
  t.index = start;
  return t;
}

function toToken(m: RegExpExecArray, words: DateWords, order: DateOrder, line: string): Token {
  const g = m.groups ?? {};
  const index = m.index;
  const end = index + m[0].length;
  // Each token is one object literal (no spread of a shared one): this runs for every date-like word of every line.
  const skip = (kind: TokenKind = 'skip'): Token => ({ kind, year: 0, month: 0, endMonth: 0, endYear: 0, index, end });
  const at = (year: number, month: number, endMonth = month, endYear = year): Token => ({ kind: 'date', year, month, endMonth, endYear, index, end });
  if (g.q !== undefined && (g.qy !== undefined || g.qyy !== undefined)) {
    const q = Number(g.q);
    return at(g.qy !== undefined ? Number(g.qy) : pivotYear(Number(g.qyy)), q * 3 - 2, q * 3);
  }
  if (g.qn !== undefined && g.qny !== undefined) {
    const q = Number(g.qn);
    return at(Number(g.qny), q * 3 - 2, q * 3);
  }
  if (g.season !== undefined && g.sy !== undefined) {
    const [first, last] = words.seasons.get(fold(g.season)) ?? [0, 0];
    if (first === 0) return skip();
    const year = Number(g.sy);
    // A season that wraps ("winter" Dec–Feb) named by a year starts in the December before it.
    return first > last ? at(year - 1, first, last, year) : at(year, first, last);
  }
  if (g.mon !== undefined) {
    const month = words.months.get(fold(g.mon).replace(/\.$/u, '')) ?? 0;
    if (month === 0) return skip();
    if (g.y !== undefined) return at(Number(g.y), month);
    if (g.yy !== undefined) return at(pivotYear(Number(g.yy)), month);
    return { kind: 'month', year: 0, month, endMonth: month, endYear: 0, index, end };
  }
  if (g.bm !== undefined && g.by !== undefined) {
    const month = words.months.get(fold(g.bm).replace(/\.$/u, '')) ?? 0;
    return month === 0 ? skip() : at(Number(g.by), month);
  }
  if (g.fa !== undefined && g.fb !== undefined && g.fy !== undefined) {
    const [a, b] = [Number(g.fa), Number(g.fb)];
    const month = a > 12 ? b : b > 12 ? a : order === 'day-first' ? b : a;
    return month >= 1 && month <= 12 ? at(Number(g.fy), month) : skip();
  }
  if (g.nm !== undefined && g.ny !== undefined) return dated(Number(g.ny), Number(g.nm), index, end) ?? skip();
  // "03/22": a month and a two-digit year (French and Spanish CVs write ranges "09/17 – 06/21").
  if (g.sm !== undefined && g.sy2 !== undefined) return dated(pivotYear(Number(g.sy2)), Number(g.sm), index, end) ?? skip();
  if (g.iy !== undefined && g.im !== undefined) return dated(Number(g.iy), Number(g.im), index, end) ?? skip();
  if (g.rm !== undefined && g.ry !== undefined) {
    // In lowercase ("phase i 2019") the letters are no month: the year alone is read.
    const roman = line.slice(index, index + g.rm.length);
    if (roman !== roman.toUpperCase()) return { kind: 'date', year: Number(g.ry), month: 0, endMonth: 0, endYear: Number(g.ry), index: end - 4, end };
    return at(Number(g.ry), ROMAN_MONTHS_BY_NAME.get(g.rm) ?? 0);
  }
  if (g.year !== undefined) return at(Number(g.year), 0);
  if (g.present !== undefined) return skip('present');
  if (g.since !== undefined) return skip('since');
  return skip();
}

/** A numeric month must be 1–12; "13/2020" is not a date. */
function dated(year: number, month: number, index: number, end: number): Token | null {
  return month >= 1 && month <= 12 ? { kind: 'date', year, month, endMonth: month, endYear: year, index, end } : null;
}

/** Two-digit years ('21): 00–50 are 2000s, 51–99 are 1900s. */
export function pivotYear(yy: number): number {
  return yy <= 50 ? 2000 + yy : 1900 + yy;
}

function gapIs(line: string, from: number, to: number, re: RegExp): boolean {
  return to - from <= MAX_GAP && re.test(line.slice(from, to));
}

function pairTokens(line: string, tokens: readonly Token[], words: DateWords): { pairs: RawPair[]; used: Set<number> } {
  const pairs: RawPair[] = [];
  const used = new Set<number>();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const next = tokens[i + 1];
    const pair =
      sinceRange(line, tokens, i, words) ?? monthsInBracket(line, tokens, i, words) ?? pairAt(line, t, next, i, words) ?? alone(line, t, next, i, words);
    if (pair) {
      pairs.push(pair);
      for (let k = pair.first; k <= pair.last; k++) used.add(k);
      i = pair.last;
    }
  }
  return { pairs, used };
}

/** An opening bracket right after a date, before its months. */
const BRACKET_AFTER = /^\s{0,3}\($/u;
/** A closing bracket right after the second month. */
const BRACKET_CLOSE = /^\s{0,3}\)/u;

/**
 * A year, season or quarter with the months it spans in brackets after it, "Summer 2019 (Jun–Aug)", "2019 (März – Mai)",
 * "Summer 2018 (July)": the months in that year (the end in the next one when its month comes before the start's).
 */
function monthsInBracket(line: string, tokens: readonly Token[], i: number, words: DateWords): RawPair | null {
  const t = tokens[i] as Token;
  const a = tokens[i + 1];
  if (t.kind !== 'date' || t.day === true || a?.kind !== 'month' || !BRACKET_AFTER.test(line.slice(t.end, a.index))) return null;
  // One month alone in the bracket, "Summer 2018 (July)": that month of the year.
  const b = tokens[i + 2]?.kind === 'month' && gapIs(line, a.end, (tokens[i + 2] as Token).index, words.connector) ? (tokens[i + 2] as Token) : a;
  const close = BRACKET_CLOSE.exec(line.slice(b.end, b.end + 4));
  if (!close) return null;
  const endYear = b.month < a.month ? t.year + 1 : t.year;
  return span({ year: t.year, month: a.month }, { year: endYear, month: b.month }, t.index, b.end + close[0].length, i, b === a ? i + 1 : i + 2);
}

/** A dash right after a date that closes its bracket: "2023– )". */
const OPEN_IN_BRACKET = /^\s{0,3}[-–—‒―]{1,2}(?=\s{0,3}\))/u;
/** An opening bracket right before a date. */
const BRACKET_BEFORE = /\(\s{0,3}$/u;

/**
 * What may follow a date that stands for a period by itself: a closing bracket, a separator, a label's colon
 * ("2020–22: fraud models"), or the line's end.
 */
const ALONE_AFTER = /^\s{0,3}[)\]]?\s{0,3}(?:[/|,;:·•–—-]|\s{2}|$)/u;

/**
 * A date that is a period on its own: a season or quarter ("Summer 2022": June–August), or a date after a range
 * opener with nothing after it ("(from July 2021)": to the present).
 */
function alone(line: string, t: Token, next: Token | undefined, i: number, words: DateWords): RawPair | null {
  if (t.kind !== 'date') return null;
  // "(2023– )", "(Mar 2021 –)": a date in brackets whose dash closes the bracket runs to the present.
  const dash = OPEN_IN_BRACKET.exec(line.slice(t.end, next ? next.index : line.length));
  if (dash && BRACKET_BEFORE.test(line.slice(Math.max(0, t.index - 4), t.index))) return span(startOf(t), null, t.index, t.end + dash[0].length, i, i);
  // "Jan 2019 onwards": a date that a word after it leaves open runs to the present.
  const open = words.openAfter.exec(line.slice(t.end, next ? next.index : line.length));
  if (open) return span(startOf(t), null, t.index, t.end + open[0].length, i, i);
  // "Jan 2019 · eighteen months": a start month and the length printed after it give the end.
  const lasting =
    t.month !== 0 && t.endMonth === t.month && t.endYear === t.year ? lastingAfter(line.slice(t.end, next ? next.index : line.length), words) : undefined;
  if (lasting) return span(startOf(t), monthsOn(startOf(t), lasting.months - 1), t.index, t.end + lasting.length, i, i);
  const rest = line.slice(t.end, next ? next.index : line.length);
  if (!ALONE_AFTER.test(rest) && !(t.endMonth !== t.month && REMARK_AFTER.test(rest))) return null;
  // "(from Q2 2024)": a season or quarter after a range opener starts a period that runs on; a day makes the date a
  // point in time, as in "arrêté du 25 mai 2016" (French "du" is also "of").
  const opened = t.month !== 0 && t.day !== true && words.openerBefore.test(line.slice(Math.max(0, t.index - 20), t.index));
  if (opened) return span(startOf(t), null, t.index, t.end, i, i);
  // "(ML Engineer II until Q4 2024)": a season or quarter after a connector ends an unwritten span, no period of its own.
  if (words.closerBefore.test(line.slice(Math.max(0, t.index - 20), t.index))) return null;
  if (t.endMonth !== t.month || t.endYear !== t.year) return span(startOf(t), endOf(t), t.index, t.end, i, i);
  return null;
}

/** A short remark in brackets with no date in it, "Summer 2018 (remote)", "Q3 2021 (part-time)". */
const REMARK_AFTER = /^\s{0,3}\([^()\d]{1,40}\)/u;

/** The months of a duration printed at the start of `rest` and standing alone there, and its length; else undefined. */
function lastingAfter(rest: string, words: DateWords): { months: number; length: number } | undefined {
  const m = words.durationAfter.exec(rest);
  if (!m || !ALONE_AFTER.test(rest.slice(m[0].length))) return undefined;
  const value = (n: string | undefined) => (n === undefined ? 0 : /\d/u.test(n) ? Number(n) : (words.numberWords.get(fold(n)) ?? 0));
  const g = m.groups ?? {};
  const first = value(g.n);
  const months = words.monthUnits.has(fold(g.u ?? '')) ? first : first * 12 + value(g.n2);
  return months >= 1 && months <= MAX_LASTING ? { months, length: m[0].length } : undefined;
}

/** The longest duration read after a start date, in months. */
const MAX_LASTING = 600;

/** The month `count` months after `from`. */
function monthsOn(from: Endpoint, count: number): Endpoint {
  const at = from.year * 12 + (from.month - 1) + count;
  return { year: Math.floor(at / 12), month: (at % 12) + 1 };
}

/** "Desde 2022 hasta la fecha", "seit 03/2019 bis 12/2021": a "since" word that opens a whole range is part of it. */
function sinceRange(line: string, tokens: readonly Token[], i: number, words: DateWords): RawPair | null {
  const t = tokens[i] as Token;
  const next = tokens[i + 1];
  if (t.kind !== 'since' || next?.kind !== 'date' || !gapIs(line, t.end, next.index, DATE_PATTERNS.sinceGap)) return null;
  const inner = pairAt(line, next, tokens[i + 2], i + 1, words);
  if (!inner || inner.last !== i + 2) return null;
  return { ...inner, index: t.index, length: inner.index + inner.length - t.index, first: i };
}

function pairAt(line: string, t: Token, next: Token | undefined, i: number, words: DateWords): RawPair | null {
  if (t.kind === 'since') {
    if (next?.kind !== 'date' || !gapIs(line, t.end, next.index, DATE_PATTERNS.sinceGap)) return null;
    return span(startOf(next), null, t.index, next.end, i, i + 1);
  }
  if (t.kind === 'date' && next === undefined) {
    if (!gapIs(line, t.end, line.length, DATE_PATTERNS.openEnd)) return null;
    return span(startOf(t), null, t.index, line.length, i, i);
  }
  if ((t.kind !== 'date' && t.kind !== 'month') || next === undefined) return null;
  if (next.kind !== 'date' && next.kind !== 'present') return null;
  const joined =
    next.kind === 'present' && gapIs(line, t.end, next.index, DATE_PATTERNS.sinceGap) && words.connectorStart.test(line.slice(next.index, next.end));
  // "Mar 2019 – (present)": a "present" word in brackets after the dash.
  const bracketed = next.kind === 'present' && line.charAt(next.index - 1) === '(' && line.charAt(next.end) === ')';
  if (!joined && !gapIs(line, t.end, bracketed ? next.index - 1 : next.index, words.connector)) return null;
  const end = next.kind === 'date' ? endOf(next) : null;
  if (t.kind === 'month') {
    // "Jun – Aug 2025": the start borrows the end's year (the year before if its month is later).
    if (end === null) return null;
    const year = end.month !== 0 && t.month > end.month ? end.year - 1 : end.year;
    return span({ year, month: t.month }, end, t.index, next.end, i, i + 1);
  }
  return span(startOf(t), end, t.index, bracketed ? next.end + 1 : next.end, i, i + 1);
}

function span(start: Endpoint, end: Endpoint | null, from: number, to: number, first: number, last: number): RawPair {
  return { start, end, index: from, length: to - from, first, last };
}

function resolvePair(p: RawPair, asOfYm: number): DateRange {
  const start = toYm(p.start.year, p.start.month === 0 ? 1 : p.start.month);
  const startPrecision: DatePrecision = p.start.month === 0 ? 'year' : 'month';
  if (p.end === null) return dateRange(p, startPrecision, start, asOfYm, true, 'month', start > asOfYm ? 'future' : undefined);
  const endPrecision: DatePrecision = p.end.month === 0 ? 'year' : 'month';
  const end = toYm(p.end.year, p.end.month === 0 ? 12 : p.end.month);
  if (end < start) return dateRange(p, startPrecision, start, end, false, endPrecision, 'inverted');
  if (end <= asOfYm) return dateRange(p, startPrecision, start, end, false, endPrecision, undefined);
  // A bare end year equal to the asOf year ("2024 – 2026") is capped without complaint.
  const beyond = endPrecision === 'year' ? p.end.year > Math.floor(asOfYm / 12) : true;
  return dateRange(p, startPrecision, start, asOfYm, false, endPrecision, beyond || start > asOfYm ? 'future' : undefined);
}

/** A range as one object literal (fields in the order they were always written; `issue` only when there is one): no spread, no field added later. */
function dateRange(
  p: RawPair,
  startPrecision: DatePrecision,
  start: number,
  end: number,
  current: boolean,
  endPrecision: DatePrecision,
  issue: DateRange['issue'],
): DateRange {
  return issue === undefined
    ? { index: p.index, length: p.length, startPrecision, start, end, current, endPrecision }
    : { index: p.index, length: p.length, startPrecision, start, end, current, endPrecision, issue };
}
