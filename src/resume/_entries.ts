import { warn } from '../errors';
import type { ParseWarning, Section, SectionName } from '../schemas';
import { type DateOrder, type DateRange, findDateRanges, formatYearMonth, monthsBetween, toYm } from '../text/dates';
import { degreeMentions, degreeWordsFor } from '../text/degrees';
import type { Lexicon } from '../text/lexicon';
import {
  abbreviationsSource,
  AsciiTwinRegExp,
  escapeRegex,
  lexiconRegExp,
  NEVER,
  phrasesPattern,
  phrasesRegex,
  phrasesSource,
  unicodeLiteral,
  unicodeRegex,
} from '../text/phrases';
import { indexFrom, smallest } from '../text/sorted';
import { endsOnGoingOnWord, lineGoesOnFor } from '../text/tokens';
import { lineHeading } from './sections';

/** One dated work entry as read from the text; offsets point into the normalised text. */
export interface RawEntry {
  title: string;
  organization?: string;
  /** First month, as `year * 12 + month - 1`. */
  start: number;
  /** Last month (capped at asOf). */
  end: number;
  current: boolean;
  /** Inclusive month count of `start..end`. */
  months: number;
  headerStart: number;
  headerEnd: number;
  bodyStart: number;
  bodyEnd: number;
  /** A dated period that is no work (a career break, parental leave, a thesis or project): it bounds the entry before it, and counts for nothing. */
  notWork?: true;
  /** The start or end was written as a year alone ("2016 – 2019"): it stands for some month of that year. */
  startYearOnly?: true;
  endYearOnly?: true;
  /** Periods of leave written inside the entry ("(parental leave 03/2020 – 11/2020)"): months of no work within its range. */
  leaves?: { start: number; end: number }[];
  /**
   * A dated part of the job above it, listed deeper inside that job's range ("Oct 2019 – Jan 2020  SOX ITGC testing
   * for a grocery chain" under "Sept 2019 – present  Manager, Technology Risk"): a consultant's engagement. Its line
   * names its work, not a job title: its own duties decide its kind of work.
   */
  part?: true;
}

/** The months an entry was at work: its range without the leaves written inside it. */
export function workedRanges(e: RawEntry): { start: number; end: number }[] {
  if (!e.leaves) return [e];
  const out: { start: number; end: number }[] = [];
  let from = e.start;
  for (const l of [...e.leaves].sort((a, b) => a.start - b.start)) {
    if (l.start > from) out.push({ start: from, end: l.start - 1 });
    from = Math.max(from, l.end + 1);
  }
  if (from <= e.end) out.push({ start: from, end: e.end });
  return out;
}

/** Patterns for entry headers; all run on single lines and use bounded or single-class repetition only. */
export const EXPERIENCE_PATTERNS = {
  /** Separators between title, organisation and place: em dash, pipe, middle dot, bullet, or a spaced en dash, hyphen, "@" or "at". */
  separator: /\s{0,3}[—|·•]\s{0,3}|\s{1,3}(?:[–@]|--?|at)\s{1,3}/u,
  /** A column gap (normalised text keeps two spaces). */
  columnGap: / {2,}/u,
  /** A parenthetical remark in an organisation ("(digital health, 2,000 employees)"); one class up to a bracket: linear. */
  parenthetical: /\s{0,3}\([^()\n]*\)/gu,
  /** A bullet at the start of a line (normalised text uses "- "). */
  bullet: /^(?:[-*•●○▪■◦‣∙➢►✓]\s|[•●○▪■◦‣∙➢►✓])/u,
  /** Sentence punctuation at the end. */
  sentenceEnd: /[.!?;]$/u,
  /** A lowercase word right before the final full stop: the end of a sentence, not "Inc." or "U.S.". */
  sentenceWord: unicodeRegex`(?:^|\s)\p{Ll}{4,40}[.!?;]$`,
  /** Starts with a lowercase letter. */
  lowerStart: unicodeRegex`^\p{Ll}`,
  /** Starts like a name: an uppercase letter or a digit. */
  nameStart: unicodeRegex`^[\p{Lu}\d]`,
  /** What may follow a range inside a header: a closing bracket and/or a separator or column gap. */
  tail: /^\s{0,3}[)\]]?(?:\s{0,3}[|·•,—–-]|\s{2}|$)/u,
  /** Separators, spaces and a closing bracket at the start of a header fragment. */
  leadingEdge: /^[\s)\]|·•,;—–:→-]{1,10}/u,
  /** Separators, spaces and an opening bracket at the end of a header fragment. */
  trailingEdge: /[\s([|·•,—–:-]{1,10}$/u,
  /** A whitespace character. */
  space: /\s/u,
} as const;

/** The entry words of a lexicon, compiled once. */
export interface EntryWords {
  /** A word that names a job, so the part holding it is the title. */
  jobWord: RegExp;
  /** A word that leads to a later position of the same job ("then", "puis", "luego": `laterRoleWords`). */
  laterRole: RegExp;
  /**
   * An `and` word (`sections.json` → `and`) or "&" that opens a line or a title, with the spaces after it: "et IA" goes on
   * with the title above it; "y Jefe de proyecto (2014–2017)" after a first position on its line is the second title.
   */
  andFirst: RegExp;
  /** A word that names an organisation rather than a job. */
  orgMarker: RegExp;
  /** A name's last word is one of `orgMarkers` ("Ubuntu Mutual Bank", "Python Software Foundation"). */
  orgMarkerEnd: RegExp;
  /** A field of security or ML work ("MLSecOps", "Threat Intelligence"): after a title's dash, it specialises the title. */
  titleField: RegExp;
  /** Legal suffixes written in capitals ("Siemens AG", "SAP SE", "Acme B.V."); case-sensitive, as "as" or "se" are words too. */
  legalSuffix: RegExp;
  /** A legal suffix right after a word, on its line ("Norvik Cloud⎵GmbH"): the word is part of a company's name. */
  legalSuffixAfter: RegExp;
  /** A research unit's word right after a word, capitalised ("Network Security⎵Lab"): the word is part of the unit's name. */
  unitAfter: RegExp;
  /** The words (lowercase) a match of `legalSuffixAfter` starts with after its blanks (see `abbreviationHeads`); undefined: any. */
  legalSuffixHeads: ReadonlySet<string> | undefined;
  /** The same for `unitAfter`. */
  unitHeads: ReadonlySet<string> | undefined;
  /** A place: "Seattle, WA", "Fort Bragg, NC 28310", "London, UK", "Remote". */
  location: RegExp;
  /** A dated period that is no work: "career break", "parental leave", "sabbatical". */
  notWork: RegExp;
  /** The same, global, to blank its matches. */
  notWorkAll: RegExp;
  /** A break taken out of a job's range, every match: "(hors crédit-temps)", "excluding parental leave". */
  breakExcluded: RegExp;
  /** A dated thing that is no job unless its title names one: "thesis", "project". */
  notWorkEntry: RegExp;
  /** An internship's word: a title with one is work, though it names a bootcamp or a course (`notWorkEntry`). */
  internship: RegExp;
  /** A word opening an entry's first line that calls it a pastime ("Hobby; a few web findings"): no job. */
  hobby: RegExp;
  /** Time off work, not someone else's leave covered ("parental leave", not "parental leave cover"): leave inside a job. */
  leave: RegExp;
  /** A switch word ending right before a tool's name ("… moved to" PyTorch): see `switchYear`. */
  switchedTo: RegExp;
  /** A lead and a year opening the text right after a switched-to tool (" in 2021"): the year is group 1. */
  switchYear: RegExp;
  /** A school's word ("institute", "university"). */
  institution: RegExp;
  /** A programme studied at a school ("program", "track", "scholarship"), opening or closing a part of its line. */
  schoolProgramme: RegExp;
  /** A unit of an organisation ("Office", "IT Services", "Department"): a header naming one at a school is a job there. */
  organisationUnit: RegExp;
  /** An apprenticeship's or a student job's title ("Ausbildung zum Fachinformatiker", "Werkstudentin"): work, even under an education heading. */
  apprenticeship: RegExp;
  /** A body that examines or schools apprentices (`apprenticeshipBodies`: "IHK", "CFA") opening an organisation: no employer. */
  apprenticeshipBody: RegExp;
  /** A school-leaving qualification taken with an apprenticeship (`apprenticeshipSchooling`: "Berufsmaturität"). */
  apprenticeshipSchooling: RegExp;
  /** A title of doctoral study ("DPhil candidate"), not after "post-" ("Post-doctoral Researcher"). */
  doctoralStudy: RegExp;
  /** The same, global, with the titles of doctoral research ("Doctoral Researcher"), to blank their matches. */
  doctoralStudyAll: RegExp;
  /** Words of paid employment beside a doctoral title ("employment contract", "TV-L"): the post is a job. */
  doctoralEmployment: RegExp;
  /** A teaching post's title ("Teaching Assistant", "Lab demonstrator"). */
  teachingTitle: RegExp;
  /** A remark that places a post inside doctoral study ("during PhD", "within PhD studentship"). */
  doctoralFrame: RegExp;
  /** A word that opens a range ("from", "de"), read as part of the dates. */
  rangeOpenerEnd: RegExp;
  /** The opener of a job written as a sentence, at a line's start ("Working as ", "Tätig als "; convention 118). */
  jobSentence: RegExp;
  /** The opener of a job sentence that names the employer first ("Working with ", "Beschäftigt bei "). */
  jobSentenceEmployer: RegExp;
  /** The word before the title in a job sentence that names the employer first (" as ", " als "). */
  jobSentenceTitle: RegExp;
  /** The word between a job sentence's title and its employer (" in ", " at ", " bei ", " chez "). */
  jobSentencePlace: RegExp;
  /** A "since" word or range opener that ends the text before a job sentence's dates ("… bei Acme seit"). */
  sentenceDatesOpener: RegExp;
  /** A range written from a "since" word ("depuis 2023", "since 2021"): open, no period of its own. */
  sinceStart: RegExp;
  /** A printed duration ("(2 years 11 months)", "· 3 yrs 2 mos"): a summary of the dates, never a title. */
  duration: RegExp;
  /** A heading whose dated lines are entries only with a job in their title ("TEACHING"). */
  jobTitleHeading: RegExp;
  /** A word of the present ("current", "aktuell"): a heading with one describes the current appointment. */
  presentWord: RegExp;
  /** A form's entry field with no space before its colon ("Job Title: AI Security Analyst"; group `value`). */
  fieldLabel: RegExp;
  /** A form's place field ("Location: Nairobi, Kenya"; group `value`). */
  placeLabel: RegExp;
  /** A word that names a research unit ("Lehrstuhl", "Lab"): after an organisation's comma, the unit is part of it. */
  researchUnit: RegExp;
  /** A field's label alone: the first cell of a table's row of column labels ("Period  Role / Employer  Main responsibilities"). */
  fieldName: RegExp;
}

const entryWordsCache = new WeakMap<Lexicon, EntryWords>();

/** A title of doctoral study with no job beside it: "PhD Student", "Doctoral Researcher (DPhil candidate)", not "Research Associate and doctoral candidate". */
function isDoctoralStudy(w: EntryWords, title: string): boolean {
  if (!w.doctoralStudy.test(title)) return false;
  const rest = title.replace(w.doctoralStudyAll, ' ');
  return !w.jobWord.test(rest) && !w.doctoralEmployment.test(rest);
}

/**
 * A teaching post that its title places inside doctoral study ("Teaching assistant (during PhD)", "Lab demonstrator, MSc
 * Machine Learning (within PhD studentship)"): part of that study, as the doctorate is, no job of its own.
 */
function isDoctoralTeaching(w: EntryWords, title: string): boolean {
  return w.teachingTitle.test(title) && w.doctoralFrame.test(title);
}

/**
 * A dated entry at a school whose header names no job and no unit of it, over a line that names a programme (opening
 * or closing one of its parts) and no job ("Information Technology Institute — Smart Village" over "9-month
 * Professional Training Program, Open Source track"): study there, not work. A unit in the header ("Stanford
 * University — Information Security Office" over "Vulnerability management program") is a job there, and the
 * programme below is its work.
 */
function isSchoolProgramme(w: EntryWords, lines: readonly Line[], header: Header, consumed: ReadonlySet<number>): boolean {
  if (header.organization === undefined || !w.institution.test(header.organization)) return false;
  if (w.jobWord.test(header.title) || w.organisationUnit.test(header.title)) return false;
  const below = sideLine(lines, header.last + 1, consumed);
  return below !== null && w.schoolProgramme.test(below.body) && !w.jobWord.test(below.body);
}

/**
 * A capitalised research unit's word right after a word, on its line, or after an "of" and one or two capitalised
 * words ("Privacy of ML Lab"); never matches without unit words.
 */
function unitAfterPattern(units: readonly string[], ofWords: readonly string[]): RegExp {
  if (units.length === 0) return new RegExp(NEVER, 'u');
  const of = ofWords.length > 0 ? `(?:[ \\t]{1,3}(?:${ofWords.map(escapeRegex).join('|')})(?:[ \\t]{1,3}\\p{Lu}[\\p{L}\\p{N}]{0,20}){1,2})?` : '';
  return new AsciiTwinRegExp(`^${of}[ \\t]{1,3}(?:${capitalisedUnits(units).map(escapeRegex).join('|')})(?![\\p{L}\\p{N}])`);
}

/** "Research lab" and "Research Lab": a unit of several words may capitalise each. */
function capitalisedUnits(units: readonly string[]): string[] {
  const cap = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);
  return [...new Set(units.flatMap((u) => [cap(u), u.split(' ').map(cap).join(' ')]))];
}

/**
 * How a match of any of the names starts (see `HEAD_AFTER_BLANKS`), lowercase: its ASCII letters and digits, its parts
 * between dots run together (a dot may be left out) up to the first other character; or its first character when that
 * is no ASCII letter or digit. Undefined when a name is empty or starts with a blank or a dot (which may be left out).
 */
function asciiHeads(names: readonly string[]): ReadonlySet<string> | undefined {
  const out = new Set<string>();
  for (const name of names) {
    if (name === '' || /^[\s.]/u.test(name)) return undefined;
    let joined = '';
    for (const part of name.split('.')) {
      joined += part.trim();
      const run = ASCII_RUN.exec(joined)?.[0] || joined.charAt(0);
      out.add(run.toLowerCase());
      if (run.length < joined.length) break;
    }
  }
  return out;
}
const ASCII_RUN = /^[A-Za-z0-9]*/;

/** One to three blanks, then the ASCII letters and digits that follow them, or the one character that does. */
const HEAD_AFTER_BLANKS = /^[ \t]{1,3}([A-Za-z0-9]+|[^ \t])/;

/**
 * A legal suffix or a research unit's word right after `end` ("Python Tools⎵Ltd", "Vision⎵Lab"): a mention ending there
 * is part of a name. Each pattern is tried only when what follows the blanks is one of its heads (see `asciiHeads`):
 * every match starts so after one to three blanks (a letter or digit right after an ASCII run ends no match).
 */
export function nameGoesOnAt(text: string, end: number, w: EntryWords, start?: number): boolean {
  if (goesOnAt(text, end, w)) return true;
  // A capitalised mention, then one or two capitalised words of the name before its legal suffix: "Wachturm Managed⎵Security GmbH".
  if (start === undefined || !UPPER_START.test(text.charAt(start))) return false;
  let at = end;
  for (let i = 0; i < 2; i++) {
    const word = NAME_WORD.exec(text.slice(at, at + 32));
    if (word === null) return false;
    at += word[0].length;
    if (goesOnAt(text, at, w, false)) return true;
  }
  return false;
}

function goesOnAt(text: string, end: number, w: EntryWords, units = true): boolean {
  const after = text.slice(end, end + 24);
  const head = HEAD_AFTER_BLANKS.exec(after)?.[1]?.toLowerCase() ?? '';
  const may = (heads: ReadonlySet<string> | undefined) => heads === undefined || heads.has(head);
  return (may(w.legalSuffixHeads) && w.legalSuffixAfter.test(after)) || (units && may(w.unitHeads) && w.unitAfter.test(after));
}
const UPPER_START = /\p{Lu}/u;
/** A capitalised word after one blank. */
const NAME_WORD = /^[ \t]\p{Lu}[\p{L}\p{N}&]{0,30}/u;

/** The compiled entry words of a lexicon. */
export function entryWordsFor(lex: Lexicon): EntryWords {
  const hit = entryWordsCache.get(lex);
  if (hit) return hit;
  const w = lex.work;
  const words: EntryWords = {
    jobWord: phrasesRegex(w.jobWords),
    laterRole: phrasesRegex(w.laterRoleWords),
    orgMarker: phrasesRegex(w.orgMarkers),
    orgMarkerEnd: phrasesPattern([w.orgMarkers], ([marker]) => `${marker}$`, 'u', w.orgMarkers),
    titleField: phrasesRegex([...w.securityTitles, ...w.mlTitles]),
    legalSuffix: new AsciiTwinRegExp(abbreviationsSource(w.legalSuffixes)),
    unitAfter: unitAfterPattern(w.unitWords, lex.normalize.ofWords),
    legalSuffixAfter: new AsciiTwinRegExp(`^[ \\t]{1,3}${abbreviationsSource(w.legalSuffixes)}(?![-–])`),
    legalSuffixHeads: asciiHeads(w.legalSuffixes),
    // A unit's name may open with an "of" word (see `unitAfterPattern`): its heads are the units' and those words'.
    unitHeads: asciiHeads([...w.unitWords, ...lex.normalize.ofWords]),
    location: phrasesPattern([w.places], ([places]) => `^(?:${places}|[\\p{L} .'-]{2,40},\\s?(?:[a-z]{2}(?:\\s\\d{5})?|${places}))$`),
    notWork: phrasesRegex(w.notWork),
    notWorkAll: phrasesRegex(w.notWork, 'g'),
    breakExcluded: phrasesPattern([w.breakExcluded, w.notWork], ([excluded, notWork]) => `${excluded}\\s{1,3}${notWork}`, 'gu', w.breakExcluded),
    notWorkEntry: phrasesRegex(w.notWorkEntries),
    internship: phrasesRegex(w.internships),
    hobby: phrasesPattern([w.hobbyWords], ([hobby]) => `^[\\s\\-–—•·*▪]{0,8}${hobby}(?![\\p{L}\\p{N}])`, 'iu'),
    leave: phrasesPattern([w.leaveWords, w.leaveCovers], ([leave, cover]) => `${leave}(?![-\\s]{1,3}${cover})`, 'u', w.leaveWords),
    switchedTo: phrasesPattern([w.switchedToWords], ([to]) => `${to}[ \\t]{1,3}$`),
    switchYear: phrasesPattern([w.switchYearLeads], ([lead]) => `^[ \\t]{1,3}${lead}[ \\t]{1,3}((?:19|20)\\d\\d)(?!\\d)`),
    institution: degreeWordsFor(lex).institutionWord,
    // "9-month Professional Training Program, Open Source track": the word heads or ends a part of the line.
    schoolProgramme: phrasesPattern([w.schoolProgrammes], ([programme]) => `(?:^|[,;(|—–:])\\s{0,3}${programme}|${programme}\\s{0,3}(?:[,;)|—–]|$)`, 'u'),
    organisationUnit: phrasesRegex(w.organisationUnits),
    apprenticeship: phrasesRegex([...w.apprenticeships, ...w.studentJobs]),
    apprenticeshipSchooling: phrasesRegex(w.apprenticeshipSchooling),
    apprenticeshipBody: lexiconRegExp(`^[\\s(]{0,3}${phrasesSource(w.apprenticeshipBodies)}(?![\\p{L}\\p{N}])`),
    doctoralStudy: lexiconRegExp(`(?<!post[-–\\s]?)${phrasesSource(w.doctoralStudyTitles)}`),
    doctoralStudyAll: lexiconRegExp(`(?<!post[-–\\s]?)${phrasesSource([...w.doctoralStudyTitles, ...w.doctoralResearchTitles])}`, 'gu'),
    doctoralEmployment: phrasesRegex(w.doctoralEmployment),
    teachingTitle: phrasesRegex(w.teachingTitles),
    doctoralFrame: phrasesRegex(w.doctoralFrames),
    fieldLabel: lexiconRegExp(`^${phrasesSource(w.entryLabels)}\\s{0,3}:\\s{1,6}(?<value>\\S[^\\n]{0,200})$`),
    fieldName: lexiconRegExp(`^${phrasesSource([...w.entryLabels, ...w.placeLabels])}$`),
    researchUnit: phrasesRegex(w.researchUnitWords),
    placeLabel: lexiconRegExp(`^${phrasesSource(w.placeLabels)}\\s{0,3}:\\s{1,6}(?<value>\\S[^\\n]{0,200})$`),
    // Modifiers may precede ("CURRENT RESEARCH") and a remark in brackets follow ("TEACHING (NORTHGATE)", "RESEARCH (CURRENT LAB)").
    jobTitleHeading: lexiconRegExp(
      `^\\s{0,8}(?:${phrasesSource(lex.sections.modifiers)}\\s{1,3}){0,2}${phrasesSource(lex.sections.jobTitleHeadings)}(?:\\s{0,3}\\([^()\\n]{1,50}\\))?\\s{0,3}:?\\s{0,3}$`,
    ),
    presentWord: phrasesRegex(lex.sections.currentWords),
    andFirst: lexiconRegExp(`^(?:&|${phrasesSource(lex.sections.and)})\\s{1,3}`),
    rangeOpenerEnd: lexiconRegExp(`${phrasesSource(lex.dates.rangeOpeners)}:?\\s{0,3}$`),
    jobSentence: lexiconRegExp(`^[^\\p{L}\\p{N}(]{0,4}${phrasesSource([...w.jobSentences, ...w.jobSentenceEmployers])}\\s{1,3}(?=\\S)`),
    jobSentenceEmployer: lexiconRegExp(`^[^\\p{L}\\p{N}(]{0,4}${phrasesSource(w.jobSentenceEmployers)}\\s{1,3}(?=\\S)`),
    jobSentenceTitle: lexiconRegExp(`\\s${phrasesSource(w.jobSentenceTitles)}\\s{1,3}(?=\\S)`),
    jobSentencePlace: lexiconRegExp(`\\s${phrasesSource(w.jobSentencePlaces)}\\s{1,3}(?=\\S)`),
    sentenceDatesOpener: lexiconRegExp(`${phrasesSource([...lex.dates.rangeOpeners, ...lex.dates.since])}:?\\s{0,3}$`),
    sinceStart: lexiconRegExp(`^${phrasesSource(lex.dates.since)}`),
    // "(2 years 11 months)", "· 3 yrs 2 mos", "(7 años y 8 meses)", "2 ans et 3 mois".
    duration: lexiconRegExp(
      `[(·•,]?\\s{0,3}(?:\\d{1,2}\\+?\\s{0,2}${phrasesSource([...lex.measures.yearWords, ...lex.measures.monthWords])}\\.?\\s{0,3}(?:(?:,|${phrasesSource(lex.sections.and)})\\s{1,3}(?=\\d))?){1,2}\\)?`,
      'gu',
    ),
  };
  entryWordsCache.set(lex, words);
  return words;
}

/** How entries are read: the asOf month, the words, and the document's numeric date order. */
export interface EntryReading {
  asOfYm: number;
  lex: Lexicon;
  order: DateOrder;
}

/** Longest line that can be a header, and most words in its text. */
const MAX_HEADER_CHARS = 160;
const MAX_HEADER_WORDS = 16;
const MAX_BULLET_HEADER_WORDS = 12;
/** Most words of a bulleted role's title before its dates in brackets ("- Ingénieure DevOps (2018 – 2019)"). */
const MAX_BRACKETED_ROLE_WORDS = 5;
/** Longest line usable as an organisation or title line next to a header. */
const MAX_SIDE_LINE = 120;

/** Sections never read for work entries when the résumé has no experience section. */
const FALLBACK_EXCLUDED = new Set<SectionName>([
  'education',
  'certifications',
  'projects',
  'publications',
  'skills',
  'clearance',
  'languages',
  'interests',
  'awards',
  'achievements',
  'volunteering',
]);

interface Line {
  /** Offset of the line's first character in the text. */
  start: number;
  /** Offset of the first non-space character. */
  textStart: number;
  body: string;
  blank: boolean;
  bullet: boolean;
  /** An indented line continuing a bullet. */
  cont: boolean;
  /** Spaces before the text; for a continuation, those of the bullet it continues. */
  indent: number;
  ranges: DateRange[];
  /** A form's place field ("Location: Toronto, ON"). */
  place?: boolean;
  /** Goes on inside a bracket the line above left open: its dates head no entry. */
  inBracket?: boolean;
}

interface Header {
  title: string;
  organization: string | undefined;
  first: number;
  last: number;
  /** The organisation came from a company line above the title, which later roles may share. */
  company?: boolean;
  notWork?: boolean;
  /** The header takes a break out of the job's range ("(hors crédit-temps)"): a break dated inside it is a leave of it. */
  excludesBreak?: boolean;
}

interface Found {
  header: Header;
  range: DateRange;
  /** A dated part of the entry it is listed inside (see `RawEntry.part`). */
  part?: true;
  /** Leaves written inside the entry. */
  leaves?: { start: number; end: number }[];
}

/** Finds dated work entries: in the experience sections, or anywhere but education-like sections when there is none. */
export function extractEntries(text: string, sections: readonly Section[], reading: EntryReading): { entries: RawEntry[]; warnings: ParseWarning[] } {
  const experience = sections.filter((s) => s.name === 'experience');
  // A heading of job titles only ("TEACHING") is no experience section of its own: without another, every section is read.
  const w = entryWordsFor(reading.lex);
  const strict = experience.every((s) => w.jobTitleHeading.test(s.heading));
  const regions = strict ? sections.filter((s) => !FALLBACK_EXCLUDED.has(s.name)) : experience;
  const entries: RawEntry[] = [];
  const warnings: ParseWarning[] = [];
  const resumed = strict ? new Set<Section>() : sidebarAfterCut(text, sections, reading.lex);
  for (const region of sections) {
    // In a sidebar block that cut the experience column, only a job's title heads an entry.
    if (regions.includes(region) || resumed.has(region)) entries.push(...entriesIn(text, region, reading, strict || resumed.has(region), warnings));
    else if (region.name === 'education') entries.push(...apprenticeshipsIn(text, region, reading));
  }
  // No experience heading and no job read elsewhere: a two-column page read column by column sets a main column that
  // has no heading of its own under the sidebar's last one ("LANGUAGES" over "Detection Engineer" and its dates). The
  // sidebar's sections are then read too, where only a job's title heads an entry.
  if (strict && entries.length === 0)
    for (const region of sections)
      if (SIDEBAR.has(region.name) && region.name !== 'education') entries.push(...entriesIn(text, region, reading, true, warnings));
  // Rejected ranges already explain an empty result.
  if (entries.length === 0 && warnings.length === 0 && text.trim() !== '') warnings.push(missingWarning(strict));
  const titled = entries.map((e) => withTitleAfterFields(text, e, w));
  return { entries: leavesOfRunningJobs(text, listedTwice(describedInSections(text, sections, describedRows(text, titled, w), reading)), w), warnings };
}

/**
 * Leave listed as a line of its own ("03.2021 – 12.2021  Elternzeit", "Jan 2020 – Jun 2020  Parental leave") dated
 * wholly inside the range of a job that runs on past it ("04.2018 – heute  Data Scientist") is leave from that job
 * when it is listed under the same employer or the job itself says the leave paused it ("(ruhte während der
 * Elternzeit)"): its months are taken off the job, as leave written inside a job is. A job elsewhere that runs
 * through it (a part-time teaching post at a university) goes on.
 */
function leavesOfRunningJobs(text: string, entries: RawEntry[], w: EntryWords): RawEntry[] {
  const leaves = entries.filter((e) => e.notWork && w.leave.test(text.slice(e.headerStart, e.headerEnd)));
  if (leaves.length === 0) return entries;
  return entries.map((e) => {
    if (e.notWork) return e;
    const within = leaves.filter((l) => l.start >= e.start && l.end <= e.end && (l.start > e.start || l.end < e.end));
    if (within.length === 0) return e;
    // Leave from that employer (listed under its name), or leave the job itself says paused it ("ruhte während der Elternzeit").
    const paused = w.leave.test(text.slice(e.headerEnd, e.bodyEnd));
    const inside = paused ? within : within.filter((l) => e.organization !== undefined && l.organization === e.organization);
    if (inside.length === 0) return e;
    return { ...e, leaves: [...(e.leaves ?? []), ...inside.map((l) => ({ start: l.start, end: l.end }))] };
  });
}

/** The most lines between a federal résumé's employer line and its title ("Grade Level: GS-13", "Salary: …", "Hours per week: 40"). */
const MAX_FIELD_LINES = 8;
/** The longest place line read there ("Arlington, VA US", "Joint Base San Antonio-Lackland, TX US"). */
const MAX_PLACE_LINE = 48;

/**
 * A federal résumé's job: the employer and dates head it ("Defense Information Systems Agency (DISA)   06/2017 - 02/2021"),
 * then its place, remarks in brackets and labelled fields ("Grade Level: GS-12", "Hours per week: 40"), then the title
 * on a line of its own ("IT Specialist (INFOSEC)"). With a field among those lines, that line is the title and the
 * header's name the organisation.
 */
function withTitleAfterFields(text: string, e: RawEntry, w: EntryWords): RawEntry {
  if (e.part || e.notWork || !(isOrgName(w, e.title) || isOrgName(w, e.organization ?? ''))) return e;
  let fields = 0;
  let at = e.bodyStart;
  for (let n = 0; n < MAX_FIELD_LINES && at < e.bodyEnd; n++) {
    const end = text.indexOf('\n', at);
    const line = text.slice(at, end === -1 || end > e.bodyEnd ? e.bodyEnd : end).trim();
    at = (end === -1 ? e.bodyEnd : end) + 1;
    // A label alone that opens the duties ("Aufgaben:", "Responsibilities:") ends the header: the title stands above it.
    if (line === '' || line.endsWith(':')) return e;
    // A remark in brackets ("(formerly …; realigned …)") names no job.
    const labelled = LABELLED_FIELD.test(line);
    if (labelled || BRACKETED.test(line)) fields += labelled ? 1 : 0;
    else if (EXPERIENCE_PATTERNS.bullet.test(line) || line.length > MAX_SIDE_LINE || line.includes(';') || looksLikeSentence(line)) return e;
    else if (w.jobWord.test(line.replace(EXPERIENCE_PATTERNS.parenthetical, ' '))) {
      if (fields === 0 || line.includes(':') || !EXPERIENCE_PATTERNS.nameStart.test(line)) return e;
      const organization = cleanOrg(e.title) ?? e.organization;
      return organization === undefined ? { ...e, title: cleanTitle(line) } : { ...e, title: cleanTitle(line), organization };
    }
    // A place ("Arlington, VA US") names no job: the title is further down.
    else if (line.length > MAX_PLACE_LINE) return e;
  }
  return e;
}

/** A paragraph that opens with a short title and its dates in brackets, then a colon: "Postdoc (2021–2022): fine-tuned …". */
const LABELLED_DATES = unicodeRegex`^[ \t]{0,8}(\p{L}[\p{L}.'’-]{0,30}(?: \p{L}[\p{L}.'’-]{0,30}){0,3}) ?\(([^()\n]{4,40})\) ?:`;

/**
 * Appointments listed without duties ("2021–2022  Postdoctoral Fellow, …", "2023–  Assistant Professor, …") that a
 * section of job titles with no job of its own describes ("RESEARCH (CURRENT LAB)"): a paragraph that opens with a
 * short form of a title and its dates ("Postdoc (2021–2022): fine-tuned …") is that appointment's duties, and the
 * section's opening text, under a heading that names the present ("current"), those of the one current appointment.
 */
function describedInSections(text: string, sections: readonly Section[], entries: readonly RawEntry[], reading: EntryReading): RawEntry[] {
  const bare = (e: RawEntry) => text.slice(e.bodyStart, e.bodyEnd).trim() === '';
  if (!entries.some(bare)) return [...entries];
  const w = entryWordsFor(reading.lex);
  const out = [...entries];
  for (const s of sections) {
    if (s.name !== 'experience' || !w.jobTitleHeading.test(s.heading) || out.some((e) => e.headerStart >= s.start && e.headerStart < s.end)) continue;
    const from = text.indexOf('\n', s.start) + 1;
    if (from === 0 || from >= s.end) continue;
    const labelled = labelledParagraphs(text, from, s.end, reading);
    for (const p of labelled) {
      const k = out.findIndex((e) => bare(e) && e.start === p.start && e.end === p.end && shortFormOf(p.label, e.title));
      if (k !== -1) out[k] = { ...(out[k] as RawEntry), bodyStart: p.bodyStart, bodyEnd: p.bodyEnd };
    }
    const leadEnd = labelled[0]?.lineStart ?? s.end;
    const current = out.flatMap((e, k) => (e.current && bare(e) ? [k] : []));
    if (current.length === 1 && w.presentWord.test(s.heading) && text.slice(from, leadEnd).trim() !== '')
      out[current[0] as number] = { ...(out[current[0] as number] as RawEntry), bodyStart: from, bodyEnd: leadEnd };
  }
  return out;
}

/**
 * The paragraphs of `text[from, to)` that open with a label and its dates ("Postdoc (2021–2022): …"), each to the next
 * blank line (one pass over the lines).
 */
function labelledParagraphs(text: string, from: number, to: number, reading: EntryReading) {
  const out: { label: string; start: number; end: number; lineStart: number; bodyStart: number; bodyEnd: number }[] = [];
  // Paragraphs whose blank line is still to come (a label without one before it shares the first's).
  let open: (typeof out)[number][] = [];
  for (let at = from; at < to; ) {
    const eol = text.indexOf('\n', at);
    const lineEnd = eol === -1 || eol > to ? to : eol;
    const line = text.slice(at, lineEnd);
    if (open.length > 0 && line.trim() === '') {
      for (const p of open) p.bodyEnd = at - 1;
      open = [];
    }
    const m = LABELLED_DATES.exec(line);
    const range = m
      ? findDateRanges(m[2] as string, reading.asOfYm, reading).find((r) => r.index === 0 && r.length === (m[2] as string).trim().length)
      : undefined;
    if (m && range) {
      const p = { label: m[1] as string, start: range.start, end: range.end, lineStart: at, bodyStart: at + m[0].length, bodyEnd: to };
      open.push(p);
      out.push(p);
    }
    at = lineEnd + 1;
  }
  return out;
}

/**
 * A list of appointments without duties ("2020–2022   Postdoctoral Research Associate, …") described further on, each
 * under a short form of its title with the same dates ("Postdoc (2020–2022)" under "RESEARCH WORK"): the description
 * is that row's body, and the position is counted once. So is a block whose field names the row's title: a project of
 * a one-line job list ("Worked as Technical Lead in … from Jul 2019 to Mar 2025." and "Project #2 : Policy
 * Administration System … Duration : Jul 2019 – Mar 2025⏎Role : Technical Lead⏎Environment : Java 11, …", convention 437).
 */
function describedRows(text: string, entries: readonly RawEntry[], w: EntryWords): RawEntry[] {
  const out = [...entries];
  // The last row of a list runs on to the heading of what follows it ("PROJECT DETAILS"), which describes nothing.
  // Found once per entry (and kept in step with `out` below), not once per pair of entries: the search is linear in a
  // long list of entries with the same dates.
  const bareRows = out.map((r) => r.bodyEnd <= r.bodyStart || headingOnly(text.slice(r.bodyStart, r.bodyEnd)));
  for (let k = out.length - 1; k > 0; k--) {
    const e = out[k] as RawEntry;
    if (e.bodyEnd <= e.bodyStart) continue;
    // The block's fields are read only once a row of the same dates is found: the cheap tests first, so that a long list
    // of entries costs a comparison of dates per pair, not a copy of a body.
    let fields: string[] | undefined;
    const names = (r: RawEntry) => {
      if (shortFormOf(e.title, r.title)) return true;
      fields ??= fieldValues(text.slice(e.bodyStart, e.bodyEnd), w);
      return fields.some((v) => titleKey(v) === titleKey(r.title) || shortFormOf(v, r.title));
    };
    const row = out.findIndex((r, j) => j < k && bareRows[j] === true && r.start === e.start && r.end === e.end && names(r));
    if (row === -1) continue;
    out[row] = { ...(out[row] as RawEntry), bodyStart: e.bodyStart, bodyEnd: e.bodyEnd };
    bareRows[row] = headingOnly(text.slice(e.bodyStart, e.bodyEnd));
    out.splice(k, 1);
    bareRows.splice(k, 1);
  }
  return out;
}

/** Lines at the top of a block read for its fields. */
const FIELD_LINES = 4;

/** The values of a form's fields ("Role         : Technical Lead") among the first lines of a block, read as `readLines` reads them. */
function fieldValues(body: string, w: EntryWords): string[] {
  return body.split('\n', FIELD_LINES).flatMap((line) => {
    const trimmed = line.trim();
    const value = labelValue(trimmed, w) ?? w.fieldLabel.exec(trimmed)?.groups?.value;
    return value === undefined ? [] : [value.trim()];
  });
}

/** The longest heading read as no description. */
const MAX_HEADING = 60;

/** A line of capitals alone, with the blanks around it: a heading. */
function headingOnly(body: string): boolean {
  const t = body.trim();
  return t.length >= 3 && t.length <= MAX_HEADING && !t.includes('\n') && !LOWERCASE.test(t);
}

/**
 * One job listed twice, in a summary table and again with its duties ("09/2021  Present  Halvorsen Defense Systems
 * Senior Machine Learning⏎Engineer" and "Halvorsen Defense Systems – Senior Machine Learning Engineer (09/2021 –
 * Present)"): the same dates at the same employer. The entry with the longer description stays.
 */
function listedTwice(entries: readonly RawEntry[]): RawEntry[] {
  const out: RawEntry[] = [];
  const size = (e: RawEntry) => Math.max(0, e.bodyEnd - e.bodyStart);
  for (const e of entries) {
    const k = out.findIndex((o) => o.start === e.start && o.end === e.end && sameEmployer(o, e));
    if (k === -1) out.push(e);
    else if (size(e) > size(out[k] as RawEntry)) out[k] = e;
  }
  return out;
}

/** Shortest employer name compared. */
const MIN_EMPLOYER_KEY = 4;

/** Both entries name one employer: one name opens the other ("Corvid Analytics LLC (prime:" and "Corvid Analytics LLC"). */
function sameEmployer(a: RawEntry, b: RawEntry): boolean {
  if (a.organization === undefined || b.organization === undefined || a.notWork || b.notWork) return false;
  const [x, y] = [employerKey(a.organization), employerKey(b.organization)];
  return Math.min(x.length, y.length) >= MIN_EMPLOYER_KEY && (x.startsWith(y) || y.startsWith(x));
}

function employerKey(name: string): string {
  return name.toLowerCase().replace(unicodeLiteral`/[^\p{L}\p{N}]+/gu`, ' ').trim();
}

/** A short form opens a title with its words, each the word itself or its start ("Postdoc" for "Postdoctoral Research Associate"). */
function shortFormOf(short: string, title: string): boolean {
  const said = titleKey(short.replace(EXPERIENCE_PATTERNS.parenthetical, '')).split(/\s+/u);
  const full = titleKey(title.replace(EXPERIENCE_PATTERNS.parenthetical, '')).split(/[\s,]+/u);
  return said.length <= full.length && said.every((w, n) => w.length >= 3 && (full[n] as string).startsWith(w));
}

/**
 * The apprenticeships of an education section ("BERUFSAUSBILDUNG" over "08/2012 – 07/2015  Ausbildung zum
 * Fachinformatiker"): training in a company is work, wherever the résumé lists it. Its other entries are study.
 */
function apprenticeshipsIn(text: string, region: Section, reading: EntryReading): RawEntry[] {
  const w = entryWordsFor(reading.lex);
  if (!w.apprenticeship.test(text.slice(region.start, region.end))) return [];
  // Dates of study (a degree expected in a later year) warn of nothing here: only apprenticeships are kept. A header
  // that names a degree is study: a degree studied as an apprentice ("Diplôme d'ingénieur – sous statut apprenti"),
  // whose job is listed apart, or a degree's dated line above an undated apprenticeship.
  const degrees = degreeWordsFor(reading.lex);
  const study = (e: RawEntry) => degreeMentions(text.slice(e.headerStart, e.headerEnd), degrees).length > 0;
  // "Ausbildung zum Fachinformatiker" over "IHK Lüneburg-Wolfsburg" alone: the chamber that examined it employs no one, so
  // the training is listed as a qualification (an employer named, "Westfalen Energie Netz GmbH", makes it a job).
  const noEmployer = (e: RawEntry) => e.organization !== undefined && w.apprenticeshipBody.test(e.organization);
  // "Lehre als Informatiker EFZ … mit Berufsmaturität (BMS)" among the degrees: listed with the school-leaving
  // qualification it led to, the apprenticeship is the person's schooling (convention 338).
  const schooling = (e: RawEntry) => w.apprenticeshipSchooling.test(text.slice(e.headerStart, e.bodyEnd));
  return entriesIn(text, region, reading, false, []).filter((e) => w.apprenticeship.test(e.title) && !study(e) && !noEmployer(e) && !schooling(e));
}

/** Sections a two-column PDF read without its layout sets between the blocks of the experience column (a sidebar's). */
const SIDEBAR = new Set<SectionName>(['skills', 'certifications', 'languages', 'education', 'interests', 'awards']);

/**
 * The sidebar sections right after an experience section whose last line stops mid-sentence ("… KAPE; wrote the" above
 * "CORE SKILLS"): the column was cut there, and its jobs go on between and after those sections.
 */
function sidebarAfterCut(text: string, sections: readonly Section[], lex: Lexicon): Set<Section> {
  const out = new Set<Section>();
  sections.forEach((s, k) => {
    if (s.name !== 'experience' || !endsOnGoingOnWord(text.slice(s.start, s.end), lineGoesOnFor(lex))) return;
    for (let j = k + 1; j < sections.length && SIDEBAR.has((sections[j] as Section).name); j++) out.add(sections[j] as Section);
  });
  return out;
}

function missingWarning(noSection: boolean): ParseWarning {
  return noSection ? { code: 'NO_EXPERIENCE', message: warn.noExperience() } : { code: 'NO_DATES', message: warn.noDates() };
}

function entriesIn(text: string, region: Section, reading: EntryReading, strict: boolean, warnings: ParseWarning[]): RawEntry[] {
  const { asOfYm } = reading;
  const w = entryWordsFor(reading.lex);
  const lines = withoutRemarks(
    joinWrappedTitles(joinWrappedRanges(joinWrappedLines(w, joinJobSentences(w, readLines(text, region, reading), reading)), reading)),
    w,
  );
  // Under a heading such as "TEACHING", a dated line is an appointment only when it names a job, not a course taught.
  const needsJob = strict || w.jobTitleHeading.test(region.heading);
  const consumed = new Set<number>();
  const found: Found[] = [];
  let company: string | undefined;
  let wrappedTo = -1;
  lines.forEach((line, i) => {
    // The second line of two positions whose header line wrapped was read with the first.
    if (wrappedTo >= i) return;
    const several = positionsOnOneLine(w, lines, i, consumed);
    if (several) {
      for (const f of several) if (acceptRange(line, f.range, asOfYm, warnings)) found.push(f);
      wrappedTo = (several[0] as Found).header.last;
      for (let k = (several[0] as Found).header.first; k <= wrappedTo; k++) consumed.add(k);
      return;
    }
    if (bulletLeave(w, line, found.at(-1))) return;
    // A dated part listed under a label inside a job (a consultant's engagement) is read as such, a leave among them as leave.
    const part = partOfJob(w, lines, found, i);
    if (part) {
      consumed.add(i);
      if (part !== LEAVE) found.push(part);
      return;
    }
    if (datedDuty(w, lines, found, i)) return;
    const range = headerRange(w, line, lines[i - 1]);
    if (!range || !acceptRange(line, range, asOfYm, warnings)) return;
    const header = readHeader(w, lines, i, range, consumed);
    if (needsJob && !w.jobWord.test(header.title)) return;
    for (let k = header.first; k <= header.last; k++) consumed.add(k);
    // A break's word inside an employer's longer name is no break ("Application Security Engineer, Nubo Travel"),
    // nor on the employer's own line below the title: "Acme B.V., Utrecht (travel agency, 300 staff)".
    const org = header.organization;
    const named = org !== undefined && unicodeRegex`\p{L}{2}`.test(org.replace(w.notWorkAll, ' ')) ? org : undefined;
    const headerLines = lines
      .slice(header.first, header.last + 1)
      .map((l) => l.body)
      .filter((b) => named === undefined || !b.includes(named) || b.includes(header.title))
      .join(' ');
    // A break in the remark after the job's range is a leave within the job, not a break of its own ("Jan 2016 –
    // Dec 2022 (sabbatical 01/2019 – 06/2019)"); with no dates of its own, the job's months stay whole.
    const remark = rangeRemark(line, range);
    const leaves = remark !== undefined && w.leave.test(remark.text) ? remark.ranges.filter((r) => r.start >= range.start && r.end <= range.end) : [];
    const ownLines = remark !== undefined ? headerLines.replace(remark.text, ' ') : headerLines;
    // A break the header takes out of the job's range is no break of its own ("03/2014 – 06/2019 (hors crédit-temps)").
    const unnamed = named !== undefined ? withoutOrganization(headerLines, named) : headerLines;
    if (unnamed.replace(w.breakExcluded, ' ') !== unnamed) header.excludesBreak = true;
    const own = remark !== undefined ? (named !== undefined ? withoutOrganization(ownLines, named) : ownLines) : unnamed;
    const breakWord = w.notWork.test(own.replace(w.breakExcluded, ' '));
    if (
      breakWord ||
      (w.notWorkEntry.test(header.title) && !w.jobWord.test(header.title) && !w.internship.test(header.title)) ||
      w.hobby.test(lines[header.last + 1]?.body ?? '') ||
      isDoctoralStudy(w, header.title) ||
      isDoctoralTeaching(w, header.title) ||
      isSchoolProgramme(w, lines, header, consumed)
    )
      header.notWork = true;
    const holder = breakWord ? leaveHolder(w, lines, found, header, range) : undefined;
    if (holder) {
      holder.leaves = [...(holder.leaves ?? []), { start: range.start, end: range.end }];
      return;
    }
    // Roles listed under one company line share its name until another organisation appears.
    if (header.company) company = header.organization;
    else if (header.organization !== undefined) company = undefined;
    else if (company !== undefined && header.first === i) header.organization = company;
    const later = leaves.length === 0 && !header.notWork ? laterPosition(w, header, range, reading) : undefined;
    if (later) {
      found.push(...later);
      return;
    }
    found.push(leaves.length > 0 ? { header, range, leaves: leaves.map((r) => ({ start: r.start, end: r.end })) } : { header, range });
  });
  return datedItems(lines, sharedDuties(text, groupHeaders(w, detailBlocks(lines, positionBlocks(lines, toEntries(text, lines, found, region.end))))));
}

/**
 * Two positions of one job in its title, the second dated from a month (not a year alone) inside the job's range ("Data Engineer, then
 * Machine Learning Engineer (from 01.2020)", "Ingénieur de données, puis ingénieur ML (dès 01.2020)"): each is a
 * position of its own, the first up to the month before the second's start. They share the header's lines, so a duty
 * labelled with a position's title ("(Data Engineer) Spark ETL …") is that position's (see `ownPart`).
 */
function laterPosition(w: EntryWords, header: Header, range: DateRange, reading: EntryReading): Found[] | undefined {
  const lead = w.laterRole.exec(header.title);
  if (!lead || lead.index === 0) return undefined;
  const first = cleanTitle(header.title.slice(0, lead.index));
  const rest = header.title.slice(lead.index + lead[0].length);
  const dates = findDateRanges(rest, reading.asOfYm, reading);
  const from = dates[0];
  // A year alone ("then tech lead (since 2023)") stays a remark on the job: only a month splits it.
  if (dates.length !== 1 || from === undefined || from.startPrecision !== 'month' || from.start <= range.start || from.start > range.end) return undefined;
  // The second title is the text before its dates, without their opening word and bracket.
  const second = cleanTitle(
    rest
      .slice(0, from.index)
      .replace(w.sentenceDatesOpener, '')
      .replace(/[([]\s{0,3}$/u, ''),
  );
  if (!w.jobWord.test(first) || !w.jobWord.test(second) || words(first) > MAX_POSITION_WORDS || words(second) > MAX_POSITION_WORDS) return undefined;
  const before: DateRange = { ...range, end: from.start - 1, current: false, endPrecision: 'month' };
  const after: DateRange = { ...range, start: from.start, startPrecision: from.startPrecision };
  return [
    { header: { ...header, title: first }, range: before },
    { header: { ...header, title: second }, range: after },
  ];
}

/** A remark in brackets right after the employer's name describes the employer: "Ondine Voyages (online travel)". */
const ORG_REMARK = /^\s{0,2}\([^()\n]{1,60}\)/u;

/** The header's text without the employer's name and the remark in brackets that may follow it on the same line. */
function withoutOrganization(headerLines: string, named: string): string {
  const at = headerLines.indexOf(named);
  if (at < 0) return headerLines;
  const rest = headerLines.slice(at + named.length);
  return `${headerLines.slice(0, at)} ${rest.replace(ORG_REMARK, ' ')}`;
}

/**
 * The entry a break is written inside ("03/2018 – 12/2022  Lead ML Engineer" over "(parental leave 03/2020 – 11/2020)"):
 * the entry right above, when the break's one line lies within its dates and reads as a remark of it (in brackets,
 * indented deeper than its header, or time off written right under the header's lines, before any duty), else the
 * entry less deep that holds it (see `enclosingEntry`). The break is leave from that job; a break of its own line and
 * level after the job's duties is an entry.
 */
function leaveHolder(w: EntryWords, lines: readonly Line[], found: readonly Found[], header: Header, range: DateRange): Found | undefined {
  const above = found.at(-1);
  if (!above || above.header.notWork) return undefined;
  // Listed among the roles under one employer ("03/2019 – heute  Isarwerk GmbH" over indented roles and "11/2021 –
  // 08/2022  Elternzeit"), outside the role right above: the employer's line that holds it, less deep than the roles.
  if (range.start < above.range.start || range.end > above.range.end) return enclosingEntry(lines, found, header, range);
  // The job above says it leaves a break out of its range: the break dated inside it is that one, however it is written.
  if (above.header.excludesBreak) return above;
  if (header.first !== header.last) return undefined;
  const line = lines[header.first] as Line;
  const own = lines[above.header.first] as Line;
  if (BRACKETED.test(line.body) || line.indent > own.indent) return above;
  return header.first === above.header.last + 1 && w.leave.exec(header.title)?.index === 0 ? above : undefined;
}

/**
 * The job a dated line listed among the job's dated parts belongs to ("Sept 2019 – present  Manager" over indented
 * "Oct 2019 – Jan 2020  SOX testing", "Jan 2021 – Jun 2021  Parental leave"): past the parts at the line's own
 * depth, the nearest entry less deep (less indented, or no list item over one), whose range holds the line's.
 */
function enclosingEntry(lines: readonly Line[], found: readonly Found[], header: Header, range: DateRange): Found | undefined {
  if (header.first !== header.last) return undefined;
  const line = lines[header.first] as Line;
  // A list item is one level deeper than a line at its indent that is none.
  const depth = (l: Line) => l.indent * 2 + (l.bullet ? 1 : 0);
  const indent = depth(line);
  if (indent === 0) return undefined;
  for (let k = found.length - 1; k >= 0; k--) {
    const f = found[k] as Found;
    const at = depth(lines[f.header.first] as Line);
    if (at > indent) return undefined;
    if (at === indent) continue;
    if (f.header.notWork || range.start < f.range.start || range.end > f.range.end) return undefined;
    return f;
  }
  return undefined;
}

/** A line that opens with its dates, after a list mark or in brackets: "- [Feb 2018 – Oct 2018] ISO 27001 audit …". */
const OPENING_DATES = /^[\s\-–•*·▪◦]{0,6}[([]?$/u;
/** A part of a job that is leave from it: added to the job's leaves. */
const LEAVE = 'leave';
/** A short label that ends with a colon and introduces a list: "Selected engagements:", "Missions :". */
const LIST_LABEL = /^[^\s:][^:\n]{0,48}\s?:$/u;
/** What may stand between an opening range and the text after it: a bracket, a colon or dash, spaces. */
const AFTER_OPENING_DATES = /^[\])]?\s{0,3}[:–—-]?\s{0,8}/u;

/**
 * A dated part of a job that heads no entry as a job does, its line being a sentence of work ("Oct 2019 – Jan 2020
 * SOX 404 ITGC testing …", "- 04/2019 – 12/2019: ISO-27001-Audit für …"): a line that opens with its one range,
 * listed deeper than the job above (indented further, or a list item under a line that is none), inside its range.
 * The text after the dates is the part's work, read as its title.
 */
function partOfJob(w: EntryWords, lines: readonly Line[], found: readonly Found[], i: number): Found | typeof LEAVE | undefined {
  const line = lines[i] as Line;
  const r = line.ranges[0];
  if (line.blank || line.cont || line.inBracket || line.ranges.length !== 1 || r === undefined || r.issue) return undefined;
  if (!OPENING_DATES.test(line.body.slice(0, r.index))) return undefined;
  const rest = line.body.slice(r.index + r.length);
  const title = rest.slice(AFTER_OPENING_DATES.exec(rest)?.[0].length ?? 0).trim();
  if (title === '') return undefined;
  if (r.startPrecision !== 'month') return undefined;
  const header: Header = { title, organization: undefined, first: i, last: i };
  const holder = enclosingEntry(lines, found, header, r);
  if (!holder) return undefined;
  // The parts are listed under a label of their own, between the job's header and them ("Selected engagements:").
  const labelled = lines
    .slice(holder.header.first + 1, i)
    .some((l) => !l.blank && l.ranges.length === 0 && l.indent <= line.indent && LIST_LABEL.test(l.body.trim()));
  if (!labelled) return undefined;
  if (w.leave.exec(title)?.index === 0) {
    holder.leaves = [...(holder.leaves ?? []), { start: r.start, end: r.end }];
    return LEAVE;
  }
  return { header, range: r, part: true };
}

/** Dates that open a line, then a colon: "Since 2024: AI red teaming of …". */
const DATES_THEN_COLON = /^[\])]?\s{0,3}:\s/u;

/**
 * A duty of the job above that opens with the dates it began ("Since 2024: AI red teaming of clients' LLM chatbots"),
 * indented as the job's duties, deeper than its header, inside its range, and naming no job or organisation after the
 * colon: a part of the job's work, which stays in the job's duties, and no entry of its own.
 */
function datedDuty(w: EntryWords, lines: readonly Line[], found: readonly Found[], i: number): boolean {
  const line = lines[i] as Line;
  const r = line.ranges[0];
  if (line.blank || line.cont || line.bullet || line.ranges.length !== 1 || r === undefined || r.issue) return false;
  if (!OPENING_DATES.test(line.body.slice(0, r.index))) return false;
  const rest = line.body.slice(r.index + r.length);
  if (!DATES_THEN_COLON.test(rest)) return false;
  const title = rest.slice(AFTER_OPENING_DATES.exec(rest)?.[0].length ?? 0).trim();
  if (title === '' || w.jobWord.test(title) || w.orgMarker.test(title) || w.legalSuffix.test(title)) return false;
  const holder = enclosingEntry(lines, found, { title, organization: undefined, first: i, last: i }, r);
  return holder !== undefined && !holder.header.notWork;
}

/**
 * A list item that opens with a break and its dates inside the job above ("- Sabbatical 01/2019 – 06/2019 (travel)",
 * "• Elternzeit 03/2020 – 11/2020"), or with the dates and then the break ("- 12/2018 - 12/2019 Elternzeit"): leave
 * from that job, added to its leaves.
 */
function bulletLeave(w: EntryWords, line: Line, above: Found | undefined): boolean {
  const r = line.ranges[0];
  if (!line.bullet || line.ranges.length !== 1 || r === undefined || !above || above.header.notWork) return false;
  if (r.start < above.range.start || r.end > above.range.end || r.issue) return false;
  if (w.leave.exec(stripBullet(line.body))?.index !== 0 && !leaveAfterDates(w, line.body, r)) return false;
  above.leaves = [...(above.leaves ?? []), { start: r.start, end: r.end }];
  return true;
}

/** A line that opens with its dates, the break right after them: "- 03/2020 – 11/2020: parental leave". */
function leaveAfterDates(w: EntryWords, body: string, r: DateRange): boolean {
  if (!OPENING_DATES.test(body.slice(0, r.index))) return false;
  const rest = body.slice(r.index + r.length);
  return w.leave.exec(rest.slice(AFTER_OPENING_DATES.exec(rest)?.[0].length ?? 0))?.index === 0;
}

/** Cells that make a line a flattened table's row. */
const MIN_ROW_CELLS = 3;
/** A column gap between two cells, with the cell after it. */
const CELL_GAP = /(?<! ) {2,}(?=\S)/gu;

/**
 * A table flattened to column gaps that sets a job's start and end in cells of their own ("Employer  Position
 * Location  10/2021  Present", under "From  To"): the gap between two cells that are a range only together reads as
 * its dash, at the same length, so that every offset into the line holds.
 */
function withCellRange(body: string, reading: EntryReading): string {
  if (!body.includes('  ')) return body;
  const gaps = [...body.matchAll(CELL_GAP)];
  if (gaps.length + 1 < MIN_ROW_CELLS) return body;
  const cellAt = (k: number) => {
    const from = k === 0 ? 0 : (gaps[k - 1] as RegExpExecArray).index + (gaps[k - 1] as RegExpExecArray)[0].length;
    return { from, to: k < gaps.length ? (gaps[k] as RegExpExecArray).index : body.length };
  };
  for (let k = 0; k < gaps.length; k++) {
    const a = cellAt(k);
    const b = cellAt(k + 1);
    const gap = gaps[k] as RegExpExecArray;
    const dash = `${' '.repeat(gap[0].length - 2)}– `;
    const joined = `${body.slice(0, gap.index)}${dash}${body.slice(b.from)}`;
    const cells = `${body.slice(a.from, a.to)}${dash}${body.slice(b.from, b.to)}`;
    if (findDateRanges(body.slice(a.from, b.to), reading.asOfYm, reading).length > 0) continue;
    const whole = findDateRanges(cells, reading.asOfYm, reading);
    if (whole.length === 1 && whole[0]?.index === 0 && whole[0].length === cells.length && whole[0].issue !== 'inverted') return joined;
  }
  return body;
}

/** A list number set off by a tab or column gap before a word: "1.  ", "2)  ". */
const LIST_NUMBER = unicodeRegex`^\d{1,2}[.)]\s{2,}(?=\p{L})`;

/** A line wholly in brackets: "(parental leave 03/2020 – 11/2020)". */
const BRACKETED = /^\([^()\n]*\)$/u;

/** The longest line read as the rest of a range cut after its connector. */
const MAX_RANGE_REST = 24;

/**
 * `lines` with each range that a wrap cut after its connector joined again ("… Hyderabad from Jun 2014 to" over
 * "  Jul 2016."): the line below, a date alone that makes a range of the line's last date, is read at the end of the line
 * above and left blank. Lines keep their places (and the text its offsets).
 */
function joinCutRanges(lines: readonly string[], reading: EntryReading): string[] {
  const out = [...lines];
  for (let i = 0; i + 1 < out.length; i++) {
    const line = out[i] as string;
    const rest = (out[i + 1] as string).trim();
    if (rest === '' || rest.length > MAX_RANGE_REST || !DIGIT.test(rest) || line.trim().length > MAX_HEADER_CHARS || !CUT_AFTER.test(line)) continue;
    if (findDateRanges(line, reading.asOfYm, reading).length > 0 || findDateRanges(rest, reading.asOfYm, reading).length > 0) continue;
    // The newline becomes a space and the indent stays: the joined line ends where the line below did.
    const joined = `${line} ${out[i + 1] as string}`;
    if (findDateRanges(joined, reading.asOfYm, reading).length === 0) continue;
    out[i] = joined;
    out[i + 1] = '';
    i++;
  }
  return out;
}

/** A digit. */
const DIGIT = /\d/u;
/** A line that ends on a year, then a word that may join it to an end ("from Jun 2014 to", "seit 2019 bis"). */
const CUT_AFTER = unicodeRegex`\d[^\S\n]{1,3}\p{L}{1,8}[^\S\n]{0,3}$`;

function readLines(text: string, region: Section, reading: EntryReading): Line[] {
  const w = entryWordsFor(reading.lex);
  const { fieldLabel, placeLabel } = w;
  const out: Line[] = [];
  const written = text.slice(region.start, region.end).split('\n');
  const raw = joinCutRanges(written, reading);
  let offset = region.start;
  raw.forEach((l, i) => {
    const start = offset;
    offset += (written[i] as string).length + 1;
    // A form's field reads as its value: "Designation : SOC Analyst (L1)", "Duration    : Mar '19 – May '22".
    // A record's number in square brackets before its first field ("[2] Title: Analyst") numbers the record, no more.
    const trimmed = l.trim().replace(RECORD_NUMBER, '');
    const labelled = trimmed.includes(':');
    const place = labelled ? placeLabel.exec(trimmed)?.groups?.value : undefined;
    const label = labelled ? (place ?? labelValue(trimmed, w) ?? fieldLabel.exec(trimmed)?.groups?.value) : undefined;
    // A table's row of column labels ("Period  Role / Employer  Main responsibilities") heads no entry: read as a blank row.
    // A rule of dashes or equals signs between a form's records ("------") ends an entry as a blank line does.
    // An auto-numbered heading ("1.<tab>Application Security Engineer") reads without its number.
    const body = isLabelRow(trimmed, w) || RULE_LINE.test(trimmed) ? '' : withCellRange((label ?? trimmed).trim().replace(LIST_NUMBER, ''), reading);
    // The heading line itself is no part of any entry, nor a second heading of the same section after a blank line
    // ("CURRENT POSITION" … "PRIOR LEGAL PRACTICE"), written in capitals.
    if (i === 0 && region.heading !== '' && body === region.heading) return;
    if (i > 0 && raw[i - 1]?.trim() === '' && !LOWERCASE.test(body) && lineHeading(body, reading.lex) === region.name) return;
    const indent = l.length - l.trimStart().length;
    const textAt = start + Math.max(indent, l.indexOf(body));
    const bullet = EXPERIENCE_PATTERNS.bullet.test(body);
    const prev = out[out.length - 1];
    // A continuation sits deeper than its bullet's marker; a line at the marker's depth starts something new.
    const cont = !bullet && body !== '' && indent > 0 && prev !== undefined && (prev.bullet || prev.cont) && indent > prev.indent;
    // A long table row ("09/2023 – present | Employer | Position | long duties…") is read as its leading cells;
    // the cells after them stay in the text, as the start of the entry's body.
    // A shorter one whose last cells are prose ("2017–2019 | Employer | Title | SQL reporting for retail clients.") too.
    // An ATS export's job collapsed onto one line ("Data Analyst Banco del Plata 02/2014 - 06/2016 - SQL reporting …
    // - Automated …") is read as its header up to the range; the duties after it stay in the text as its body.
    const head = barRowHead(body, reading) ?? inlineDutiesHead(body, reading) ?? (body.length > MAX_HEADER_CHARS ? leadingCells(body) : body);
    // A Word table flattened to column gaps ("06/2023 – now  Employer  Role  Led a team of 9; …"): its leading cells
    // up to the first cell of prose head the entry, as a bar-separated row's do.
    // A table's cell beside the first bullet of the next cell ("IT Auditor  • Audits of ISO 27001 controls, …") is
    // read alone, as the title it is.
    const gapHead = body.includes('|')
      ? undefined
      : (gapRowHead(body, reading) ?? dashRowHead(body, reading) ?? (bullet ? undefined : (bulletCellHead(body) ?? sideCellHead(body, reading))));
    if (gapHead !== undefined) {
      const ranges = findDateRanges(gapHead, reading.asOfYm, reading);
      out.push({ start, textStart: textAt, body: gapHead, blank: false, bullet, cont, indent: cont && prev ? prev.indent : indent, ranges });
      return;
    }
    // Lines too long to be a header or a side line are never searched for dates.
    const found = head === '' || headerLength(head) > MAX_HEADER_CHARS ? [] : findDateRanges(head, reading.asOfYm, reading);
    // A line that closes a bracket the line above left open goes on with it ("(Fall 2022, Fall 2023,⏎Fall 2025); …"): its dates head nothing.
    const closesAbove = i > 0 && closesBracket(body) && leavesBracketOpen(raw[i - 1] as string);
    // A year alone right under a dated line is the rest of its range a wrap cut ("Security Engineer  2021 –" over "2019"), no entry's.
    const ranges = found.length === 0 && indent === 0 ? yearColumnRange(head, reading.asOfYm, prev === undefined || prev.ranges.length === 0) : found;
    const row = head !== body && ranges.length > 0;
    // A dated line that sits left of the bullet's text ("- Ran the ISMS…" over " Officer      09/2020 – 02/2024", a
    // column's jitter) is no wrapped text of the bullet: it heads the next entry.
    // Nor is a line that opens with its dates and a column gap ("  10/2018 – 06/2020  Junior Engineer" under a bullet
    // of the role before it, a second role listed under one employer): a wrapped sentence does not open with a range.
    // A bulleted "Title — Employer" over a line of its dates alone ("▪ Ingeniera de IA — Acme⏎  jun. 2024 – actualidad")
    // heads the entry: its marker sets the job off, no duty, and the date line below is the header's.
    const marksHeader = prev !== undefined && head === body && isBulletHeaderOver(w, prev, body, ranges);
    if (marksHeader) prev.bullet = false;
    const wraps =
      cont && !marksHeader && !(ranges.length > 0 && prev !== undefined && (indent < prev.indent + BULLET_WIDTH || opensWithColumnRange(head, ranges)));
    out.push({
      start,
      textStart: textAt,
      body: row ? head : body,
      blank: body === '',
      bullet,
      cont: wraps,
      indent: wraps && prev ? prev.indent : indent,
      ranges: head === body || row ? ranges : [],
      ...(place !== undefined ? { place: true } : {}),
      ...(closesAbove ? { inBracket: true } : {}),
    });
  });
  return out;
}

/**
 * A job written as a sentence ("Working as Lead Engineer in Acme Ltd, Pune from Jun'19 to Till date.", "Tätig als
 * Analystin bei Acme GmbH seit 03/2020"): the title after the opener, the employer after the place word (without its
 * town after a comma), both before the range `r`; undefined when the line opens no job sentence (convention 118).
 */
function jobSentence(w: EntryWords, body: string, r: DateRange): { title: string; organization: string | undefined } | undefined {
  const open = w.jobSentence.exec(body);
  if (!open || open.index + open[0].length >= r.index) return undefined;
  const rest = body.slice(open.index + open[0].length, r.index).replace(w.sentenceDatesOpener, '');
  // "Currently working with Acme Ltd as Senior Engineer since …": the employer first, then the title.
  if (w.jobSentenceEmployer.test(body)) {
    const as = w.jobSentenceTitle.exec(rest);
    if (!as) return undefined;
    const named = trimEdges(rest.slice(as.index + as[0].length));
    const organization = cleanOrg(rest.slice(0, as.index));
    const job = words(named) <= MAX_POSITION_WORDS && w.jobWord.test(named) && organization !== undefined;
    return job ? { title: named, organization } : undefined;
  }
  const place = w.jobSentencePlace.exec(rest);
  const title = trimEdges(place ? rest.slice(0, place.index) : rest);
  // "Worked as part of the SOC team in 2021" names no job: the title must hold a job word.
  if (words(title) > MAX_POSITION_WORDS || !w.jobWord.test(title)) return undefined;
  return { title, organization: place ? cleanOrg(rest.slice(place.index + place[0].length)) : undefined };
}

/**
 * A job sentence wrapped over two lines ("Working as Lead Engineer in Acme Ltd, Pune" over "from Jun'19 to Till date.",
 * or "… from Jul'15" over "to May'19."): one line, so its range is read whole. The next line must open with the range
 * (after a range opener) or carry the end of a range the sentence's line leaves at its end.
 */
function joinJobSentences(w: EntryWords, lines: Line[], reading: EntryReading): Line[] {
  const out: Line[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as Line;
    const next = lines[i + 1];
    const joined = next && !line.blank && w.jobSentence.test(line.body) ? sentenceGoesOn(w, line, next, reading) : undefined;
    if (!joined) {
      out.push(line);
      continue;
    }
    out.push(joined);
    i++;
  }
  return out;
}

/** The job sentence of `line` joined with `next` when the dates go on there (see `joinJobSentences`). */
function sentenceGoesOn(w: EntryWords, line: Line, next: Line, reading: EntryReading): Line | undefined {
  if (next.blank || next.bullet || w.jobSentence.test(next.body) || EXPERIENCE_PATTERNS.sentenceEnd.test(line.body)) return undefined;
  const body = `${line.body} ${next.body}`;
  const from = line.body.length + 1;
  const ranges = findDateRanges(body, reading.asOfYm, reading);
  const last = line.ranges.at(-1);
  const cut = last !== undefined && trimEdges(line.body.slice(last.index + last.length)) === '';
  const goesOn = ranges.some((r) =>
    cut ? r.index === last.index && r.length > last.length : r.index >= from && body.slice(from, r.index).replace(w.sentenceDatesOpener, '').trim() === '',
  );
  if (!goesOn || (!cut && line.ranges.length > 0)) return undefined;
  return { ...line, body, ranges };
}

/**
 * A plain line that ends on a comma, over a plain line that goes on in lowercase ("Werkstudentin (working student)," over
 * "equipo de Seguridad TI"), a narrow column's wrap: one line, so a title wrapped over two lines is one title.
 */
function joinWrappedLines(w: EntryWords, lines: Line[]): Line[] {
  const plain = (l: Line) => !l.blank && !l.bullet && !l.cont && l.ranges.length === 0;
  const out: Line[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as Line;
    const next = lines[i + 1];
    if (next && plain(line) && hangingHeaderRest(w, line, next)) {
      const shift = line.body.length + 1;
      out.push({ ...line, body: `${line.body} ${next.body}`, ranges: next.ranges.map((r) => ({ ...r, index: r.index + shift })) });
      i++;
      continue;
    }
    // So does a line whose bracket the next closes ("CERTIVIA (organisme de certification⏎accrédité)"), or whose next
    // line opens with an `and` ("Lead Auditrice, Sécurité de l'information⏎et IA").
    const goesOn = line.body.endsWith(',') || (leavesBracketOpen(line.body) && closesBracket(next?.body ?? '')) || w.andFirst.test(next?.body ?? '');
    if (!next || !plain(line) || !plain(next) || !goesOn || !LOWERCASE_START.test(next.body) || line.body.length + next.body.length > MAX_SIDE_LINE) {
      out.push(line);
      continue;
    }
    out.push({ ...line, body: `${line.body} ${next.body}` });
    i++;
  }
  return out;
}

/** Words the rest of a wrapped header holds before its dates ("University of Western Cascadia"). */
const MAX_HANGING_REST_WORDS = 6;

/**
 * A title line cut after a comma ("Assistant Professor, Department of Computer Science,") over a line indented deeper
 * that holds the rest, a name, and the dates in the right-hand column ("    Redmont State University      Aug 2022 –
 * present"): a header wrapped under a hanging indent, one header line.
 */
function hangingHeaderRest(w: EntryWords, line: Line, next: Line): boolean {
  const r = next.ranges[0];
  if (next.blank || next.bullet || next.cont || next.ranges.length !== 1 || r === undefined || next.indent <= line.indent) return false;
  if (!line.body.endsWith(',') || !w.jobWord.test(line.body) || line.body.length + next.body.length > MAX_HEADER_CHARS) return false;
  const rest = next.body.slice(0, r.index);
  return (
    r.index > 0 &&
    EXPERIENCE_PATTERNS.columnGap.test(rest.slice(-2)) &&
    trimEdges(next.body.slice(r.index + r.length)) === '' &&
    EXPERIENCE_PATTERNS.nameStart.test(rest) &&
    words(rest) <= MAX_HANGING_REST_WORDS &&
    !looksLikeSentence(trimEdges(rest))
  );
}

/**
 * A bulleted line at the list's outer depth, undated, that reads as "Title — Employer" (a job word, a separator, few
 * words, no sentence), right over a line that holds only one range.
 */
function isBulletHeaderOver(w: EntryWords, above: Line, body: string, ranges: readonly DateRange[]): boolean {
  const r = ranges[0];
  if (!above.bullet || above.cont || above.indent > 0 || above.ranges.length > 0 || ranges.length !== 1 || r === undefined) return false;
  if (trimEdges(body.slice(0, r.index)) !== '' || trimEdges(body.slice(r.index + r.length)) !== '') return false;
  const text = trimEdges(stripBullet(above.body));
  const p = EXPERIENCE_PATTERNS;
  return w.jobWord.test(text) && p.separator.test(text) && words(text) <= MAX_BULLET_HEADER_WORDS && !p.sentenceEnd.test(text) && !looksLikeSentence(text);
}

/** A column gap after a line's opening range: two spaces or more, or a tab, then the entry's words. */
const COLUMN_GAP_AFTER = /^(?: {2,}|\t)\S/u;

/** The line opens with its one range, month to month or to today, and a column gap follows it: "07/2020 – 04/2023  Engineer". */
function opensWithColumnRange(head: string, ranges: readonly DateRange[]): boolean {
  const r = ranges[0];
  if (ranges.length !== 1 || r === undefined || r.index !== 0 || r.startPrecision !== 'month') return false;
  return COLUMN_GAP_AFTER.test(head.slice(r.index + r.length));
}

/** A line whose last opening bracket is not closed on it. */
function leavesBracketOpen(line: string): boolean {
  return line.lastIndexOf('(') > line.lastIndexOf(')');
}

/** A line that closes a bracket before it opens one. */
function closesBracket(line: string): boolean {
  const close = line.indexOf(')');
  const open = line.indexOf('(');
  return close !== -1 && (open === -1 || close < open);
}

/**
 * A year alone in a date column, a column gap, then the entry's words: "2009        Student job, IT support"; or a
 * year alone on its line over the entry's title, as contracts listed by year are ("2021" over "Data Engineer (contract)").
 */
const YEAR_COLUMN = unicodeRegex`^((?:19|20)\d{2})(?:(?: {2,}|\t)(?=\p{L})|$)`;

/**
 * A year alone in a line's date column stands for that whole year (January to December, capped at asOf); else none.
 * A line of the year alone counts only when `alone` (no dated line right above it).
 */
function yearColumnRange(head: string, asOfYm: number, alone: boolean): DateRange[] {
  const m = YEAR_COLUMN.exec(head);
  if (!m || (!alone && m[0].length === head.length)) return [];
  const year = Number(m[1]);
  const start = toYm(year, 1);
  if (start > asOfYm) return [];
  const end = Math.min(toYm(year, 12), asOfYm);
  return [{ index: 0, length: 4, startPrecision: 'year', start, end, current: false, endPrecision: 'year' }];
}

/** What stands between two terms of a list: a comma, perhaps an "and" or "&". */
const TERM_LIST_GAP = /^\s{0,2}(?:,|&|,?\s{1,2}and)\s{1,2}$/u;
/** A dash inside a range's text: a range of two dates, not one term. */
const RANGE_DASH = /[–—-]/u;

/**
 * A term and the terms listed after it ("Fall 2017, Winter 2018, Fall 2018", "Q1 2020, Q3 2020"): the one period they
 * make, from the term's start to the last one's end. Each must be a single term (no range of two dates), later than
 * the one before it, with only a comma or "and" between them; the list stops at the first that is not.
 */
function withTermsAfter(body: string, ranges: readonly DateRange[], k: number): DateRange {
  const first = ranges[k] as DateRange;
  let last = first;
  const single = (r: DateRange) => !r.current && r.issue === undefined && !RANGE_DASH.test(body.slice(r.index, r.index + r.length));
  if (!single(first)) return first;
  for (const r of ranges.slice(k + 1)) {
    if (!single(r) || r.start <= last.end || !TERM_LIST_GAP.test(body.slice(last.index + last.length, r.index))) break;
    last = r;
  }
  return last === first ? first : { ...first, length: last.index + last.length - first.index, end: last.end, endPrecision: last.endPrecision };
}

/** A bullet's marker and its space, as `normalizeText` writes every bullet ("- "). */
const BULLET_WIDTH = 2;

/** A row of column labels: three cells or more (a field and its value are two), no digit nor job title, the first a field's label. */
function isLabelRow(line: string, w: EntryWords): boolean {
  const gap = line.indexOf('  ');
  if (gap <= 0 || gap > 30 || line.length > MAX_HEADER_CHARS || /\d/u.test(line) || w.jobWord.test(line)) return false;
  return line.split(/ {2,}/u).length >= 3 && w.fieldName.test(line.slice(0, gap));
}

/** A line that is only a drawn rule: "-----", "=====", "_____", "─────". */
const RULE_LINE = /^(?:[-=_─━]{4,}|(?:[-=] ){3,}[-=])$/u;

/** The value of a form's field whose label is an entry's own ("Company     : Vyoma …"), not another field's ("Équipe : 4 personnes"). */
function labelValue(line: string, w: EntryWords): string | undefined {
  const m = LABEL_VALUE.exec(line);
  if (!m) return undefined;
  const name = line.slice(0, line.indexOf(':')).replace(LIST_NUMBER_LABEL, '').trim();
  return w.fieldName.test(name) ? m[1] : undefined;
}

/** A record's number in square brackets before a form's label: "[1] Title: …". */
const RECORD_NUMBER = unicodeRegex`^\[\d{1,2}\]\s{1,3}(?=\p{Lu}\p{L}{1,20}(?: \p{L}{1,20})?\s{0,3}:)`;

/** A list number before a form's label: "1) ", "2. ". */
const LIST_NUMBER_LABEL = /^\d{1,2}[).]\s{1,3}/u;

/** A form's field: a short label, spaces, a colon and its value ("1) Company     : Vyoma Infotech Solutions Ltd."). */
const LABEL_VALUE = unicodeRegex`^(?:\d{1,2}[).]\s{1,3})?\p{Lu}\p{L}{1,20}(?: \p{L}{1,20})?\s{1,12}:\s{1,6}(\S.{0,200})$`;

/**
 * A date column whose range wraps onto the next line ("Janv. 2019 –  Employer" above "févr. 2022  Title"): the
 * range is read whole on the first line, and the next line keeps only the text after its date.
 */
function joinWrappedRanges(lines: Line[], reading: EntryReading): Line[] {
  const out: Line[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as Line;
    const next = lines[i + 1];
    const joined = next ? wrappedRange(line, next, reading) : null;
    if (!joined || !next) {
      out.push(openColumnRange(line, next, reading) ?? line);
      continue;
    }
    out.push({ ...line, ranges: [joined.range] });
    const rest = next.body.slice(joined.endLength).trimStart();
    // The end date alone on its line leaves nothing of that line.
    if (rest !== '') {
      const ranges = findDateRanges(rest, reading.asOfYm, reading);
      out.push({ ...next, body: rest, textStart: next.textStart + next.body.length - rest.length, ranges });
    }
    i++;
  }
  return out;
}

/** Words a title's rest, wrapped under it in its column, holds at most. */
const MAX_WRAPPED_TITLE_WORDS = 4;
/** A rest of a title: lowercase first, words only (no date, no sentence's end). */
const TITLE_REST = unicodeRegex`^\p{Ll}[\p{L}&' -]{0,40}$`;

/**
 * A date column's title that wraps in its own column ("01/02/2023–today  Senior ML engineer, Robustness team" over "and
 * Security" set in the title's column): the rest, lowercase first and a few words long, goes on with the title.
 */
function joinWrappedTitles(lines: Line[]): Line[] {
  const out: Line[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as Line;
    const next = lines[i + 1];
    const r = line.ranges[0];
    if (!next || !r || line.bullet || line.cont || r.index !== 0 || next.blank || next.bullet || next.ranges.length > 0) {
      out.push(line);
      continue;
    }
    // The rest sits in the title's column, right of the dates (the gap between them may have been squeezed).
    const rest = next.body;
    const aligned = next.textStart - next.start > line.textStart - line.start + r.length && line.body.slice(r.length).trim() !== '';
    if (!aligned || !TITLE_REST.test(rest) || rest.split(' ').length > MAX_WRAPPED_TITLE_WORDS) {
      out.push(line);
      continue;
    }
    out.push({ ...line, body: `${line.body} ${rest}` });
    i++;
  }
  return out;
}

/**
 * A line whose first cell is a date and a dangling connector, before a column gap and text, its end on no line below
 * ("2023–          Assistant Professor, Dept. of Computer Science"): the range runs to the present.
 */
function openColumnRange(line: Line, next: Line | undefined, reading: EntryReading): Line | null {
  if (line.blank || line.bullet || line.cont || line.ranges.some((r) => r.index === 0)) return null;
  const head = firstCell(line.body);
  if (head.length === line.body.length || !DANGLING_CONNECTOR.test(head)) return null;
  // An end below in brackets ("07.2021 –" over "12.2021)", a leave noted in the date column) closes the range.
  const below = next ? firstCell(next.body).replace(BRACKET_MARKS, '').trim() : '';
  if (below !== '' && rangeOfWhole(`${head} ${below}`, reading)) return null;
  const range = rangeOfWhole(head, reading);
  return range?.current ? { ...line, ranges: [range, ...line.ranges] } : null;
}

/**
 * The range that starts a line with a dangling connector and ends at the start of the next line, each before a column
 * gap; or the range in a line's last cell, after a column gap, cut by a hard wrap ("Title      Aug 2016 – Dec" over
 * "2018", "Title      Aug 2021 –" over "Present").
 */
function wrappedRange(line: Line, next: Line, reading: EntryReading): { range: DateRange; endLength: number } | null {
  if (line.blank || line.bullet || line.cont || next.blank || next.bullet || next.cont) return null;
  const end = firstCell(next.body);
  if (end === '') return null;
  const head = firstCell(line.body);
  // A closed range up to the dash is whole; one that stops short of it is a single period ("Spring 2022 -").
  if (DANGLING_CONNECTOR.test(head) && !line.ranges.some((r) => r.index === 0 && !r.current && r.length >= head.length)) {
    const range = rangeOfWhole(`${head} ${end}`, reading);
    if (range) return { range: { ...range, length: head.length }, endLength: end.length };
  }
  if (endYearCut(line, head, end, reading)) {
    const range = rangeOfWhole(`${head} ${end}`, reading);
    if (range && range.issue === undefined) return { range: { ...range, length: head.length }, endLength: end.length };
  }
  return wrappedLastCell(line, end, reading);
}

/** A year alone: the end of a first cell whose year wrapped onto the next line. */
const YEAR_CELL = /^(?:19|20)\d{2}$/u;

/**
 * A first cell whose date reads short of its end, a month or season word without its year ("Spring 2020 – Summer"),
 * over a line whose first cell is a year ("2022"): the range's end year wrapped in the date column.
 */
function endYearCut(line: Line, head: string, end: string, reading: EntryReading): boolean {
  if (head.length === line.body.length || !YEAR_CELL.test(end) || !RANGE_DASH.test(head)) return false;
  return rangeOfWhole(head, reading) === undefined;
}

/** The range of a line's last cell that its wrap cut ("Aug 2016 – Dec", "Aug 2021 –"), whole with the next line's first cell ("2018"). */
function wrappedLastCell(line: Line, end: string, reading: EntryReading): { range: DateRange; endLength: number } | null {
  const at = Math.max(line.body.lastIndexOf('  '), line.body.lastIndexOf('\t')) + 1;
  const tail = line.body.slice(at).trimStart();
  if (at === 0 || tail === '' || !WRAP_END.test(end)) return null;
  // A cell whose range is whole by itself ("Jan 2019 – Jul 2021") was not cut; an open one ("Aug 2021 –") may have been.
  const from = line.body.length - tail.length;
  if (line.ranges.some((r) => r.index === from && r.length === tail.length && !r.current)) return null;
  // An end before the start is the next entry's date, no end of this one.
  const range = rangeOfWhole(`${tail} ${end}`, reading);
  return range && range.issue === undefined ? { range: { ...range, index: from, length: tail.length }, endLength: end.length } : null;
}

/** The first cell of a line that can end a cut range: a year, or a short word ("Present", "heute"), nothing else. */
const WRAP_END = unicodeRegex`^(?:(?:19|20)\d{2}|\p{L}{3,12}\.?(?: (?:19|20)\d{2})?)$`;

/** The one range that spans the whole of `text`, if any. */
function rangeOfWhole(text: string, reading: EntryReading): DateRange | undefined {
  return findDateRanges(text, reading.asOfYm, reading).find((r) => r.index === 0 && r.length === text.length);
}

/** Text before the first column gap. */
function firstCell(body: string): string {
  const gap = body.indexOf('  ');
  return gap === -1 ? body : body.slice(0, gap);
}

/** Brackets around a cell. */
const BRACKET_MARKS = /[()[\]]/gu;

/** A cell that ends with a dash, as a range does when its end wraps to the next line. */
const DANGLING_CONNECTOR = /\S\s{0,3}(?:[-–—‒―]{1,2}>?|[→⟶➔➝])$/u;

/**
 * A line whose only range is open ("Analyst N1, then N2 from 2018") right under a closed range that holds its start
 * ("Sept. 2016 – janv. 2020") is a remark inside that entry, not an entry of its own: its range is dropped.
 */
function withoutRemarks(lines: Line[], w: EntryWords): Line[] {
  return lines.map((line, i) => {
    const r = line.ranges[0];
    if (line.ranges.length !== 1 || !r || line.bullet) return line;
    if (r.current && duringClosedJob(lines, i, r)) return { ...line, ranges: [] };
    if (r.index === 0) return line;
    if (!r.current) return closedRemarkHeld(w, lines, i, line, r) ? { ...line, ranges: [] } : line;
    // A line of positions, the next one's dates on the line below ("Manager (Sep 2024 to date) | Senior Specialist").
    const next = lines[i + 1];
    if (next && !line.blank && !line.cont && titleCutFromDates(w, line, next)) return line;
    // A remark in brackets on a title over its own dates ("IT Audit Manager (from April 2019)"⏎employer⏎"October 2016 –
    // February 2022"): the closed range of the header's lines below holds it.
    if (IN_REMARK.test(line.body.slice(0, r.index))) {
      for (let k = i + 1; k <= i + 2 && k < lines.length; k++) {
        const below = lines[k] as Line;
        if (below.blank || below.bullet || below.cont) break;
        if (below.ranges.some((a) => !a.current && a.start <= r.start && r.start <= a.end)) return { ...line, ranges: [] };
      }
    }
    for (let k = i - 1; k >= i - 2 && k >= 0; k--) {
      const above = lines[k] as Line;
      if (above.blank || above.bullet || above.cont) return line;
      // The next position of a header line cut after a comma or arrow ("… (2020–2023) → Senior Manager,⏎AI … (2023–Present)").
      if (k === i - 1 && cutAfterPosition(w, above)) return line;
      // An open range above holds it too when it is a remark in brackets ("Senior Analyst (Team Lead from Apr'22)", "(depuis 2023)").
      const holds = (a: DateRange) => (!a.current || IN_REMARK.test(line.body.slice(0, r.index))) && a.start <= r.start && r.start <= a.end;
      if (above.ranges.some(holds) && !ownPositionDates(w, line, r, above, lines[i + 1])) return { ...line, ranges: [] };
    }
    return line;
  });
}

/**
 * A job title followed by its dates alone in brackets ("Senior Machine Learning Engineer (01/2023 – Present)"), under
 * an employer's dated line that names no job ("Acme Defense, Huntsville   06/2018 – Present"): the position's own
 * period within the employer's, no remark on it.
 */
function ownPositionDates(w: EntryWords, line: Line, r: DateRange, above: Line, below?: Line): boolean {
  if (!bareDatedTitle(w, line, r) || w.jobWord.test(above.body)) return false;
  // "Senior SOC Analyst (seit 01.2024)" over "SOC Analyst L1/L2 (06.2021 – 12.2023)": a since-date is the position's own
  // start when the title below it has its own closed dates that end before it; alone it stays a remark on the job.
  if (!w.sinceStart.test(line.body.slice(r.index, r.index + r.length))) return true;
  const earlier = below !== undefined && !below.blank && !below.bullet && below.ranges.length === 1 ? below.ranges[0] : undefined;
  return earlier !== undefined && !earlier.current && earlier.end < r.start && bareDatedTitle(w, below as Line, earlier);
}

/** A job title followed by its dates alone in brackets at the end of its line: "Senior Engineer (01/2023 – Present)". */
function bareDatedTitle(w: EntryWords, line: Line, r: DateRange): boolean {
  const before = line.body.slice(0, r.index);
  return BARE_DATES_OPEN.test(before) && BARE_DATES_CLOSE.test(line.body.slice(r.index + r.length)) && w.jobWord.test(before);
}

/** A bracket opened right before a range, with no word of its own: "Senior Engineer (". */
const BARE_DATES_OPEN = /\S\s{0,3}\(\s{0,2}$/u;
/** The bracket closed right after the range, at the end of the line. */
const BARE_DATES_CLOSE = /^\s{0,2}\)\s{0,3}$/u;

/** How many lines above a duty line the header of its job may stand. */
const DUTY_REACH = 16;
/** A word of a duty line, outside its dates. */
const DUTY_WORD = /\p{L}{2,}/gu;
/** The fewest words a duty line has besides its dates, and the line above it (a title alone has fewer). */
const MIN_REMARK_DUTY_WORDS = 3;

/**
 * An open range on a duty line below the lines of a job that has ended ("03/2018 – 12/2021 Pentester" … "Ab 2020
 * Leitung von Pentest-Teams"): "since 2020" within that job, a change inside it, no job of its own that runs to today.
 * The job's dated header holds its start, with duty lines of no dates between them and no blank line.
 */
function duringClosedJob(lines: readonly Line[], i: number, r: DateRange): boolean {
  // A date line of its own ("March 2023 - Present (3 years 9 months)") under a title heads a job; a duty says more.
  const line = lines[i] as Line;
  const rest = `${line.body.slice(0, r.index)} ${line.body.slice(r.index + r.length)}`;
  const above = lines[i - 1];
  if ((rest.match(DUTY_WORD)?.length ?? 0) < MIN_REMARK_DUTY_WORDS) return false;
  if (!above || ((above.body.match(DUTY_WORD)?.length ?? 0) < MIN_REMARK_DUTY_WORDS && !above.bullet && !above.cont)) return false;
  let duties = 0;
  for (let k = i - 1; k >= 0 && k >= i - DUTY_REACH; k--) {
    const above = lines[k] as Line;
    if (above.blank) return false;
    if (above.ranges.length === 0) {
      duties++;
      continue;
    }
    return duties > 0 && above.ranges.some((a) => !a.current && a.start <= r.start && r.start <= a.end);
  }
  return false;
}

/**
 * A closed range in a remark in brackets that names an earlier title of the same job ("Senior Manager, Product
 * Security (Manager 2021–2023)") right below a header line whose range holds it whole ("01/2021 – Present"): the
 * title's period within the job, not a job of its own. A bracket of dates alone ("(2019–2022)") is the line's own range,
 * and a leave ("(Elternzeit 03/2020 – 11/2020)") a break within the job.
 */
function closedRemarkHeld(w: EntryWords, lines: readonly Line[], i: number, line: Line, r: DateRange): boolean {
  const before = line.body.slice(0, r.index);
  // The title may follow the dates inside the bracket too: "(08/2013 – 07/2015 Referendariat)".
  const titled = TITLED_REMARK.test(before) || (OPEN_BRACKET_END.test(before) && TITLE_CLOSES_BRACKET.test(line.body.slice(r.index + r.length)));
  // A leave in brackets ("(Elternzeit 03/2020 – 11/2020)") is a break within the job, read as such.
  if (!titled || w.notWork.test(line.body) || w.leave.test(line.body)) return false;
  // A bare year holds any of its months: "2018–2020" lies within "03/2018 – Present".
  const from = r.startPrecision === 'year' ? Math.floor(r.start / 12) * 12 + 11 : r.start;
  const to = r.endPrecision === 'year' ? Math.floor(r.end / 12) * 12 : r.end;
  for (let k = i - 1; k >= i - 2 && k >= 0; k--) {
    const above = lines[k] as Line;
    if (above.blank || above.bullet || above.cont) return false;
    if (above.ranges.some((a) => a.start <= from && to <= a.end)) return true;
  }
  return false;
}

/** Text that ends inside an open bracket after a word: "Product Security (Manager ", "(Analyst from ". */
const TITLED_REMARK = unicodeRegex`\(\s{0,2}\p{L}[^()\n]{0,60}$`;

/** Text that ends with an open bracket: "(" before a remark's dates. */
const OPEN_BRACKET_END = /\(\s{0,2}$/u;

/** Words after a remark's dates that close its bracket: " Vorbereitungsdienst / Referendariat)". */
const TITLE_CLOSES_BRACKET = unicodeRegex`^\s{0,3}[:–—-]?\s{0,3}\p{L}[^()\n]{0,60}\)`;

/** Text that ends inside an open bracket: "Senior Analyst (Team Lead from ", "Data Science (". */
const IN_REMARK = /\([^()\n]{0,60}$/u;

/** A spaced dash between a title and its unit ("Assistant Manager – IS Audit"). */
const UNIT_DASH = /\s[–—-]\s/u;

/** Most cells of a table row read as its header. */
const MAX_HEADER_CELLS = 3;

/** The first cells of a bar-separated row, as many as fit in a header line (at most three), else ''. */
function leadingCells(body: string): string {
  let end = -1;
  let cells = 0;
  for (let k = body.indexOf('|'); k !== -1 && k <= MAX_HEADER_CHARS && cells < MAX_HEADER_CELLS; k = body.indexOf('|', k + 1)) {
    end = k;
    cells++;
  }
  return end === -1 ? '' : body.slice(0, end).trimEnd();
}

/** A header's length, the cells of duties a bar-separated row blanks (`barRowHead`) left out. */
function headerLength(head: string): number {
  let blanks = 0;
  for (let k = head.indexOf('   '); k !== -1; k = head.indexOf('   ', k)) {
    let end = k;
    while (head.charCodeAt(end) === 32) end++;
    blanks += end - k - 2;
    k = end;
  }
  return head.length - blanks;
}

/**
 * The header cells of a bar-separated row ("2017–2019 | Employer | Title | SQL reporting for retail clients.") whose
 * first cells hold a whole date range and whose later cells are prose: the cells before the first prose cell, else
 * undefined.
 */
function barRowHead(body: string, reading: EntryReading): string | undefined {
  if (!body.includes('|')) return undefined;
  const cells = body.split('|');
  if (cells.length < MIN_ROW_CELLS) return undefined;
  const prose = cells.findIndex((c, k) => k > 0 && isDutyCell(c.trim()));
  if (prose < 1 || prose > MAX_HEADER_CELLS + 1) return undefined;
  const whole = (c: string) => findDateRanges(c, reading.asOfYm, reading).some((r) => r.index === 0 && r.length === c.length);
  const lead = cells.slice(0, prose);
  if (prose >= 2 && lead.some((c) => whole(c.trim()))) return lead.join('|').trimEnd();
  // Dates in the last cell, after the duties ("Employer | Title | Ran the SIEM use cases. | 03/2021 – present"): the
  // prose cells read as blanks of their own length, so that every offset into the line holds.
  const last = cells.length - 1;
  if (last <= prose || !whole((cells[last] as string).trim()) || cells.slice(prose, last).some((c) => !isDutyCell(c.trim()) && c.trim() !== ''))
    return undefined;
  return [...lead, ...cells.slice(prose, last).map((c) => ' '.repeat(c.length)), cells[last]].join('|');
}

/**
 * The header cells of a row laid out in column gaps whose first cells hold a whole date range and whose later cells
 * are prose (duties written in the row, as Word tables are): the cells before the first prose cell, else undefined.
 */
function gapRowHead(body: string, reading: EntryReading): string | undefined {
  if (!body.includes('  ')) return undefined;
  const cells = body.split(EXPERIENCE_PATTERNS.columnGap);
  if (cells.length < 3) return undefined;
  // A row too long for a header is read as the cells that fit one: a last cell of short items ("Departments: commercial,
  // litigation, …") is its duties all the same.
  const fits = (k: number) => cells.slice(0, k + 1).join('  ').length <= MAX_HEADER_CHARS;
  const prose = cells.findIndex((c, k) => k > 0 && (isProseCell(c) || !fits(k)));
  if (prose < 2 || prose > MAX_HEADER_CELLS + 1) return undefined;
  const lead = cells.slice(0, prose);
  const dated = lead.some((c) => findDateRanges(c, reading.asOfYm, reading).some((r) => r.index === 0 && r.length === c.length));
  return dated ? lead.join('  ') : undefined;
}

/** A spaced dash or bullet right after a header's range (or the bracket it closes), then a duty that opens in capitals. */
const INLINE_DUTY = /^\)?\s{1,3}[-–—•▪●*]\s{1,3}[\p{Lu}\d]/u;

/**
 * The header of a job collapsed onto one line by an ATS export, "Machine Learning Engineer Vinculo Health (remote)
 * 08/2023 - Present - Build and run the RAG assistant … - Serve the model …": a title and employer, no sentence, then
 * the first range, then its duties after a spaced dash or bullet; the text up to the range's end, else undefined.
 */
function inlineDutiesHead(body: string, reading: EntryReading): string | undefined {
  if (body.includes('|') || EXPERIENCE_PATTERNS.bullet.test(body)) return undefined;
  const range = findDateRanges(body.slice(0, MAX_HEADER_CHARS), reading.asOfYm, reading)[0];
  if (range === undefined || range.index === 0) return undefined;
  const end = range.index + range.length;
  const dash = INLINE_DUTY.exec(body.slice(end));
  const prefix = body.slice(0, range.index).trim();
  if (!dash || outsideBrackets(prefix) > MAX_HEADER_WORDS || looksLikeSentence(prefix) || EXPERIENCE_PATTERNS.lowerStart.test(prefix)) return undefined;
  if (!isDutyList(body.slice(end + dash[0].length - 1))) return undefined;
  return body.slice(0, dash[0].startsWith(')') ? end + 1 : end);
}

/**
 * A half-page résumé's one line per job ("2021–2023   SOC Analyst I, Gulfline – Splunk alert triage, phishing
 * analysis, …"): a whole range, a column gap, the title and organisation, then the duties after a spaced dash; the
 * header is the text before that dash, else undefined.
 */
function dashRowHead(body: string, reading: EntryReading): string | undefined {
  const gap = body.indexOf('  ');
  if (gap <= 0) return undefined;
  const dates = body.slice(0, gap);
  const from = body.length - body.slice(gap).trimStart().length;
  const rest = body.slice(from);
  // The duties' dash is looked for first: most lines with a column gap have none, and then their dates need no reading.
  const dash = DUTY_DASH.exec(rest) ?? DUTY_HYPHEN.exec(rest);
  if (!dash || dash.index === 0) return undefined;
  if (!findDateRanges(dates, reading.asOfYm, reading).some((r) => r.index === 0 && r.length === dates.length)) return undefined;
  const head = rest.slice(0, dash.index);
  const duties = rest.slice(dash.index + dash[0].length);
  if (head.includes('  ') || words(head) > MAX_HEADER_WORDS || !isDutyList(duties)) return undefined;
  // Positions with their own dates after the dash ("— Head of AI Governance (2023– ) · Counsel (2019–2023)") are no duties.
  if (findDateRanges(duties, reading.asOfYm, reading).length >= 2) return undefined;
  return body.slice(0, from + dash.index);
}

/**
 * A table row flattened to one line whose next cell opens with a bullet ("Information Security Manager  • Lead the
 * GRC team"): the first cell, when it is short and no sentence; else undefined.
 */
function bulletCellHead(body: string): string | undefined {
  const gap = body.indexOf('  ');
  if (gap <= 0 || !EXPERIENCE_PATTERNS.bullet.test(body.slice(gap).trimStart())) return undefined;
  const head = body.slice(0, gap);
  return isProseCell(head) ? undefined : head;
}

/**
 * A sidebar's cell flattened onto a line of the main column, before a header written dates first ("ISO 27001 / DORA
 * Depuis février 2024 – Responsable Risques Cyber"): the header alone, when the cell holds no date nor job and the
 * header's dates are followed by a dash and a job title; else undefined.
 */
function sideCellHead(body: string, reading: EntryReading): string | undefined {
  const gap = body.indexOf('  ');
  if (gap <= 0) return undefined;
  const w = entryWordsFor(reading.lex);
  const cell = body.slice(0, gap);
  const head = body.slice(gap).trimStart();
  if (head.includes('  ') || w.jobWord.test(cell) || findDateRanges(cell, reading.asOfYm, reading).length > 0) return undefined;
  const range = findDateRanges(head, reading.asOfYm, reading)[0];
  if (range?.index !== 0) return undefined;
  const title = TITLE_AFTER_DASH.exec(head.slice(range.length))?.[1];
  return title !== undefined && w.jobWord.test(title) && words(title) <= MAX_HEADER_WORDS ? head : undefined;
}

/** The title after a range written dates first: " – Responsable Risques Cyber & IA". */
const TITLE_AFTER_DASH = /^\s{1,3}[–—-]\s{1,3}(\S.{0,120})$/u;

/** A spaced en or em dash between a one-line job's header and its duties. */
const DUTY_DASH = /\s[–—]\s/u;
/** A spaced hyphen standing for that dash in plain text ("2021-2023   Analyst, Acme - RMF packages; scans"), read only when no true dash is. */
const DUTY_HYPHEN = /\s-\s/u;

/** Duties written after a header: prose, or a list of lowercase items ("endpoints, O365, AD accounts"). */
function isDutyList(text: string): boolean {
  return isProseCell(text) || (EXPERIENCE_PATTERNS.lowerStart.test(text) && text.includes(','));
}

/** A table cell of prose: a sentence, or more words than a title has. */
function isProseCell(cell: string): boolean {
  return looksLikeSentence(cell) || words(cell) > MAX_POSITION_WORDS;
}

/** Words a table's cell of duties has at least when it is a short sentence ("Helpdesk tickets and laptop imaging."). */
const MIN_DUTY_WORDS = 3;

/** A table cell of duties: prose, a short sentence ending in a lowercase word and a stop, or an item after a bullet ("• ISO 27001 audits"). */
function isDutyCell(cell: string): boolean {
  return isProseCell(cell) || (words(cell) >= MIN_DUTY_WORDS && EXPERIENCE_PATTERNS.sentenceWord.test(cell)) || BULLET_ITEM.test(cell);
}

/** A bullet's marker and a word after it: a cell that opens a list item. */
const BULLET_ITEM = unicodeRegex`^(?:[•●▪■◦‣∙➢►✓]\s{0,3}|[-–]\s{1,3})\p{L}`;

/** A lowercase letter. */
const LOWERCASE = unicodeRegex`\p{Ll}`;

/** Most words a position's title has when several positions share a line. */
const MAX_POSITION_WORDS = 10;

/**
 * Several positions on one header line, each with its own dates: "IT Audit Analyst (2016–2018), Senior IT Audit
 * Analyst (2018–2021) — Thistle Bank plc" or "Detection Engineer (from July 2021) / Security Operations Analyst
 * (March 2019 – June 2021)". Each title is the text before its dates; the organisation the text after the last
 * one, else a company line above.
 */
function positionsOnOneLine(w: EntryWords, lines: readonly Line[], i: number, consumed: ReadonlySet<number>): Found[] | null {
  const wrapped = wrappedPositions(w, lines, i);
  const line = wrapped ?? (lines[i] as Line);
  const last = wrapped ? i + 1 : i;
  if (line.blank || line.bullet || line.cont || line.ranges.length < 2 || line.body.length > (wrapped ? 2 : 1) * MAX_HEADER_CHARS) return null;
  // "Sept 2019 to date  Employer — Head of X (2023– ) · Counsel (2019–2023)": the employer's period in the date column
  // holds the positions' own; each position is read within it.
  // The line may wrap after a position's dates ("2016-07 – 2020-08 | Employer — Analyst (2016-07 – 2018-02) ·⏎Scientist (…)"):
  // the first line then holds the period and a position's own; a period alone over its positions is the employer's line above.
  const outer = wrapped && (lines[i] as Line).ranges.length < 2 ? undefined : employerPeriod(line.ranges);
  const ranges = outer ? line.ranges.slice(1).map((r) => withinPeriod(r, outer)) : line.ranges;
  const titles: string[] = [];
  const slices: string[] = [];
  let from = outer ? outer.index + outer.length : 0;
  for (const r of ranges) {
    slices.push(line.body.slice(from, r.index));
    from = r.index + r.length;
  }
  // Positions chained by arrows are promotions: one job word among them is enough ("Analyst (2016–2018) → AVP (2018–2021)").
  const chained = slices.slice(1).every((t) => PROMOTION_ARROW.test(t));
  // Positions set apart by a bar each follow their own dates ("Technician  Aug'10 – Jan'13 | Cyber Defense Operations  Feb'13 –
  // Jul'16"): one job word among them is enough, as with arrows; a place after a bar is no position.
  const barred = slices.length > 1 && slices.slice(1).every((t) => POSITION_BAR.test(t) && !w.location.test(t.replace(POSITION_BAR, '')));
  // Under an employer's dated line whose period holds every range, the parts are positions whatever their words
  // ("Inside Sales (2014–2016) – Channel Account Manager (2016–2018)"), each read within that period.
  const period = outer || wrapped ? undefined : employerLinePeriod(lines[i - 1], line.ranges);
  const heldAbove = period !== undefined;
  // Under an employer's period, the first position follows the employer's name ("Employer, City — Head of X").
  let named: { organization: string; title: string } | undefined;
  for (const [k, slice] of slices.entries()) {
    let title = trimEdges(slice.replace(w.rangeOpenerEnd, '').replace(/[([]\s{0,3}$/u, ''));
    named = k === 0 && outer ? employerFirst(w, title) : named;
    title = k === 0 && named ? named.title : title;
    // The first title may follow its employer's name ("Employer (remark), City -- Title"): only the title's words count.
    const own = k === 0 && !named ? (title.split(EMPLOYER_DASH).at(-1) ?? title) : title;
    if (title === '' || (!chained && !barred && !heldAbove && !w.jobWord.test(title)) || words(own) > MAX_POSITION_WORDS) return null;
    titles.push(cleanTitle(k > 0 ? title.replace(w.andFirst, '') : title));
  }
  if ((chained || barred) && !titles.some((t) => w.jobWord.test(t))) return null;
  const tail = trimEdges(line.body.slice(from).replace(/^\s{0,3}[)\]]/u, ''));
  const above = sideLine(lines, i - 1, consumed);
  const company = above && !w.jobWord.test(above.body) && orgLike(above.body) && !w.location.test(above.body) ? above : null;
  // "Quokka Health, Sydney  —  Principal Security Architect (…) · Lead …": the employer may open the line, before a dash.
  const lead = named ?? (tail === '' && !company ? employerFirst(w, titles[0] as string) : undefined);
  if (lead) titles[0] = lead.title;
  const organization =
    tail !== '' && !w.location.test(tail) ? cleanOrg(tail) : company ? cleanOrg(company.body) : lead ? cleanOrg(lead.organization) : undefined;
  const first = tail === '' && company ? i - 1 : i;
  return ranges.map((range, k) => ({ header: { title: titles[k] as string, organization, first, last }, range: period ? withinPeriod(range, period) : range }));
}

/** The one range of the dated line right above when it holds every range of the line below, by year: an employer's period over its positions. */
function employerLinePeriod(above: Line | undefined, ranges: readonly DateRange[]): DateRange | undefined {
  const outer = above?.ranges.length === 1 ? above.ranges[0] : undefined;
  if (!above || above.blank || above.bullet || above.cont || outer === undefined) return undefined;
  const year = (ym: number) => Math.floor(ym / 12);
  return ranges.every((r) => year(r.start) >= year(outer.start) && year(r.end) <= year(outer.end)) ? outer : undefined;
}

/** A range that opens a line and holds the two or more after it: the employer's period over its positions. */
function employerPeriod(ranges: readonly DateRange[]): DateRange | undefined {
  const [outer, ...inner] = ranges;
  if (outer === undefined || outer.index !== 0 || inner.length < 2) return undefined;
  const year = (ym: number) => Math.floor(ym / 12);
  return inner.every((r) => year(r.start) >= year(outer.start) && r.end <= outer.end) ? outer : undefined;
}

/** A position's range within its employer's period: a bound written as a year alone takes the period's month in that year. */
function withinPeriod(r: DateRange, outer: DateRange): DateRange {
  return { ...r, start: Math.max(r.start, outer.start), end: Math.min(r.end, outer.end) };
}

/** A spaced dash or bar between an employer and the first title of a line of positions ("--" is a plain-text dash). */
const EMPLOYER_DASH = /\s(?:--|[—–|-])\s/u;

/** The employer and the title of a first position written "Employer, City — Title" or "Employer | Title", when only the title names a job. */
function employerFirst(w: EntryWords, text: string): { organization: string; title: string } | undefined {
  const dash = EMPLOYER_DASH.exec(text);
  if (!dash) return undefined;
  const organization = text.slice(0, dash.index).trim();
  const title = text.slice(dash.index + dash[0].length).trim();
  // A remark in brackets describes the employer ("Tessal (defence contractor), City -- Lead Engineer"), no job of its own.
  const named = organization.replace(EXPERIENCE_PATTERNS.parenthetical, '');
  if (organization === '' || title === '' || w.jobWord.test(named) || !w.jobWord.test(title) || !orgLike(organization)) return undefined;
  return { organization, title: cleanTitle(title) };
}

/** The bar that sets the next position on its line apart from the dates before it (" | Analyst  2013 – 2016"). */
const POSITION_BAR = /^\s{0,3}[)\]]?\s{0,3}\|\s/u;

/** The arrow that leads from one position's dates to the next position on its line. */
const PROMOTION_ARROW = /^\s{0,3}[)\]]?\s{0,3}(?:[→⟶➔]|->)/u;

/** A line with one range whose next position's title starts after it and is cut ("… (2020–2023) → Senior Manager,"). */
function cutAfterPosition(w: EntryWords, line: Line): boolean {
  const r = line.ranges[0];
  return line.ranges.length === 1 && r !== undefined && CUT_POSITIONS.test(line.body) && w.jobWord.test(line.body.slice(r.index + r.length));
}

/** A header line of positions cut after a comma or an arrow ("Staff Engineer (2020–2023) → Senior Manager,"). */
const CUT_POSITIONS = /[,→>&/]$/u;

/**
 * Two positions whose line wrapped ("Staff Security Engineer (2020–2023) → Senior Manager,⏎AI Security Engineering
 * (2023–Present)"), or wrapped between a title and its dates ("Manager (Sep 2024 to date) | Senior Specialist⏎(Apr 2022
 * – Aug 2024) | Analyst (Jan 2020 – Mar 2022)"): the two lines read as one.
 */
function wrappedPositions(w: EntryWords, lines: readonly Line[], i: number): Line | undefined {
  const line = lines[i] as Line;
  const next = lines[i + 1];
  if (!next || next.blank || next.bullet || next.cont || line.blank || line.bullet || line.cont) return undefined;
  const cut = line.ranges.length === 1 && next.ranges.length === 1 && CUT_POSITIONS.test(line.body);
  if (!cut && !titleCutFromDates(w, line, next) && !cutBeforeFirstDates(w, line, next)) return undefined;
  const shift = line.body.length + 1;
  const ranges = [...line.ranges, ...next.ranges.map((r) => ({ ...r, index: r.index + shift }))];
  return { ...line, body: `${line.body} ${next.body}`, ranges };
}

/** A line of positions ending in a title whose dates, in brackets, open the next line. */
function titleCutFromDates(w: EntryWords, line: Line, next: Line): boolean {
  const last = line.ranges[line.ranges.length - 1];
  const first = next.ranges[0];
  if (last === undefined || first === undefined) return false;
  // The title may be cut inside itself too ("… · Lead ML Security" over "Engineer (Mar 2021 to Aug 2023)").
  const opens = TITLE_END_OPENS.exec(next.body.slice(0, first.index));
  if (!opens) return false;
  const tail = line.body.slice(last.index + last.length);
  return POSITION_SEPARATOR.test(tail) && w.jobWord.test(`${tail} ${opens[1] ?? ''}`);
}

/**
 * An undated header line whose first title's bracketed dates open the next line, another position after them
 * ("Employer, City -- Lead ML Engineer" over "(Jun '18 - Feb '22); Engineering Manager (Mar '22 - now)").
 */
function cutBeforeFirstDates(w: EntryWords, line: Line, next: Line): boolean {
  const first = next.ranges[0];
  if (line.ranges.length > 0 || next.ranges.length < 2 || first === undefined || !w.jobWord.test(line.body)) return false;
  return OPENING_BRACKET.test(next.body.slice(0, first.index)) && CLOSED_THEN_NEXT.test(next.body.slice(first.index + first.length));
}

/** Only an opening bracket before a line's first range. */
const OPENING_BRACKET = /^\s{0,3}[([]\s{0,3}$/u;
/** A closing bracket, then a semicolon or a comma before the next position. */
const CLOSED_THEN_NEXT = /^\s{0,3}[)\]]\s{0,3}[;,]\s{0,3}\S/u;

/** Before a line's first range: at most a few capitalised words of a title cut at the line's end, then an opening bracket. */
const TITLE_END_OPENS = unicodeRegex`^\s{0,3}((?:\p{Lu}[\p{L}.-]{0,20}\s){0,3})\s{0,2}[([]\s{0,3}$`;
/** The separator between positions on one line. */
const POSITION_SEPARATOR = /[|,→/·•]/u;

/** The range that makes a line an entry header, if any. */
function headerRange(w: EntryWords, line: Line, above?: Line): DateRange | null {
  if (line.blank || line.cont || line.inBracket || headerLength(line.body) > MAX_HEADER_CHARS) return null;
  // A job written as a sentence ("Working as Lead Engineer in Acme Ltd from Jun'19 to Till date.") heads its entry.
  const sentence = line.ranges.findIndex((r) => jobSentence(w, line.body, r) !== undefined);
  if (sentence !== -1) return withTermsAfter(line.body, line.ranges, sentence);
  const wraps = above !== undefined && isWrappedTitle(w, above);
  const k = line.ranges.findIndex((r) => isHeaderAt(w, line, r, wraps));
  return k === -1 ? null : withTermsAfter(line.body, line.ranges, k);
}

/** Words a job title's wrapped rest may hold on its date line ("plataforma de IA  03/2023 – actualidad"). */
const MAX_TITLE_REST_WORDS = 5;

/**
 * A job title that wraps after a short function word ("Ingeniero de seguridad sénior – Seguridad de la⏎plataforma
 * de IA  03/2023 – actualidad", "Security Engineer – Security of the⏎corporate network  2021 – 2023"): its rest on
 * the date line below starts in lowercase.
 */
function isWrappedTitle(w: EntryWords, above: Line): boolean {
  return !above.blank && !above.bullet && !above.cont && above.ranges.length === 0 && DANGLING.test(above.body) && w.jobWord.test(above.body);
}

/** A colon right after a bullet's dates (or after the bracket they close), then its duty. */
const DUTY_AFTER_COLON = /^[)\]]?\s{0,2}:\s/u;

/** A bullet with text before its dates and a colon after them: a position listed with its duty ("• Developer co-op, Acme — Winter 2013 (January – April 2013): Java tools"). */
function isListedPosition(line: Line, r: DateRange): boolean {
  return line.bullet && r.index > 0 && DUTY_AFTER_COLON.test(line.body.slice(r.index + r.length));
}

function isHeaderAt(w: EntryWords, line: Line, r: DateRange, wraps = false): boolean {
  const p = EXPERIENCE_PATTERNS;
  const before = line.body.slice(0, r.index).replace(w.rangeOpenerEnd, '');
  const after = withoutRangeRemark(before, line.body.slice(r.index + r.length)).replace(w.duration, '');
  const prefix = trimEdges(stripBullet(before));
  const suffix = trimEdges(after);
  if (prefix === '' && suffix === '') return !line.bullet;
  // A bullet that lists a position with its duty after a colon ("• Developer co-op, Acme — Winter 2013: Java tools").
  const listed = isListedPosition(line, r);
  if (prefix !== '' && suffix !== '' && !listed && (!p.tail.test(after) || words(suffix) > 4 || p.sentenceEnd.test(suffix))) {
    return false;
  }
  const text = prefix === '' ? suffix : prefix;
  const job = w.jobWord.test(text);
  // A break may be written in lowercase after its dates ("(02/2021 – 11/2021 parental leave)"): it heads a period too.
  // A remark after the dates and a separator, on a date line of its own ("09/2019 – 08/2021 – contrat d'apprentissage",
  // "… , part-time"), leaves them the header's: the title stands above.
  const remark = prefix === '' && DATE_REMARK.test(after) && words(suffix) <= MAX_REMARK_WORDS;
  const titleRest = wraps && suffix === '' && words(prefix) <= MAX_TITLE_REST_WORDS;
  const lowerOk = job || remark || titleRest || w.notWork.exec(text)?.index === 0;
  // A bracketed remark on the employer ("Vinculo Health (remoto, empresa de telemedicina con sede en EE. UU.)") adds no length to a header.
  const long = outsideBrackets(text) > MAX_HEADER_WORDS && !isCellRow(text);
  if (long || looksLikeSentence(text) || (p.lowerStart.test(text) && !lowerOk)) return false;
  if (!line.bullet) return true;
  // A bullet heads an entry only as "● Title — Org   Oct 2022 – Now": range last, a job word, a column gap or separator,
  // or with its duty after a colon; or as a role under its employer with its dates in brackets, "> Ingénieure DevOps
  // (sept. 2018 – déc. 2019)".
  const laidOut = before.endsWith('  ') || p.separator.test(prefix);
  // So does a role whose dates follow its title after a dash, "* Analista SOC Nivel 1 — jun. 2023 - ene. 2025".
  const inBracket = before.trimEnd().endsWith('(') && after.trim() === ')';
  const dashed = DASH_BEFORE_DATES.test(before) && after.trim() === '' && isPlainTitle(w, prefix);
  // A title before a dash or bar may be joined by small words ("Responsable de la gouvernance de l'IA | T3 2023 – …").
  const short = inBracket ? words(prefix) <= MAX_BRACKETED_ROLE_WORDS : roleWords(prefix) <= MAX_BRACKETED_ROLE_WORDS;
  const bracketed = (inBracket || dashed) && p.nameStart.test(prefix) && short;
  return (suffix === '' || listed) && job && (laidOut || bracketed) && words(prefix) <= MAX_BULLET_HEADER_WORDS;
}

/** The words of a text outside its brackets. */
function outsideBrackets(text: string): number {
  return words(text.replace(EXPERIENCE_PATTERNS.parenthetical, ' '));
}

/** A small lowercase word that joins a title's words ("de", "la", "des", "of", "the"): no length of the title's own. */
const JOINT_WORD = /^\p{Ll}{1,3}$/u;

/**
 * The words of a bulleted role's title that count towards its length: outside brackets, no small lowercase joints.
 * "Responsable de la gouvernance de l'IA" is as long a title as "Head of AI Governance".
 */
function roleWords(title: string): number {
  return title
    .replace(EXPERIENCE_PATTERNS.parenthetical, ' ')
    .split(' ')
    .filter((t) => t !== '' && !JOINT_WORD.test(t)).length;
}

/** A spaced dash or bar right before a range: "Analista SOC Nivel 2 — ", "Head of AI Governance | ". */
const DASH_BEFORE_DATES = /\S\s{1,3}[—–|-]\s{1,3}$/u;

/** A separator that opens a remark after a date line's range: a dash, comma, middle dot or bar between spaces. */
const DATE_REMARK = /^\s{0,3}(?:[–—-]\s|[,·|]\s)/u;
/** Words a date line's remark may hold. */
const MAX_REMARK_WORDS = 8;

/**
 * A flattened table's header cells ("University – RF Signals Lab  Undergraduate Research Assistant (paid, 15 h/wk)
 * San Diego, CA"): two cells or more, each short and no sentence, may hold more words together than one header line.
 */
function isCellRow(text: string): boolean {
  const cells = text.split(EXPERIENCE_PATTERNS.columnGap);
  return cells.length >= MIN_ROW_CELLS - 1 && words(text) <= 2 * MAX_HEADER_WORDS && cells.every((c) => !isProseCell(c));
}

/** Keeps a header range, or drops it with a warning when it is inverted or wholly in the future. */
function acceptRange(line: Line, r: DateRange, asOfYm: number, warnings: ParseWarning[]): boolean {
  const written = line.body.slice(r.index, r.index + r.length);
  if (r.issue === 'inverted') {
    warnings.push({ code: 'INVERTED_RANGE', message: warn.invertedRange(written) });
    return false;
  }
  if (r.issue !== 'future') return true;
  if (r.start > asOfYm) {
    warnings.push({ code: 'FUTURE_DATE', message: warn.futureStart(written, formatYearMonth(asOfYm)) });
    return false;
  }
  warnings.push({ code: 'FUTURE_DATE', message: warn.futureEnd(written, formatYearMonth(asOfYm)) });
  return true;
}

/** A header of a title and organisation on lines `first` to `last`, written as one literal (a spread of the parts went through V8's slow object clone, ~3 µs a call). */
function headerAt(parts: { title: string; organization: string | undefined }, first: number, last: number): Header {
  return { title: parts.title, organization: parts.organization, first, last };
}

/** Title and organisation of the header at line `i`, with the neighbouring lines it takes. */
function readHeader(w: EntryWords, lines: readonly Line[], i: number, r: DateRange, consumed: ReadonlySet<number>): Header {
  const line = lines[i] as Line;
  const sentence = jobSentence(w, line.body, r);
  if (sentence) return headerAt(sentence, i, i);
  // A listed position's header is the text before its first dates; its duty after the colon is its body.
  const text = isListedPosition(line, r) ? listedTitle(line) : headerText(w, line.body, r);
  if (text === '') return fromNeighbours(w, lines, i, consumed);
  const parts = splitParts(text);
  if (parts.length >= 2) {
    const picked = pickParts(w, parts);
    // Under a company line, "Assistant Manager – IS Audit" names a role and its unit: the unit is no organisation.
    const above = isBlockStart(lines, i - 1) ? sideLine(lines, i - 1, consumed) : null;
    const unit = picked.organization !== undefined && !isOrgName(w, picked.organization) && w.jobWord.test(picked.title) && UNIT_DASH.test(text);
    if (unit && above && isOrgName(w, above.body) && !w.jobWord.test(above.body) && !w.location.test(above.body)) {
      return { title: cleanTitle(text), organization: cleanOrg(above.body), first: i - 1, last: i, company: true };
    }
    const next = sideLine(lines, i + 1, consumed);
    // Over a company line, "Stage de fin d'études – data science" names a role and its field: the field is no organisation.
    const field = picked.organization !== undefined && !isOrgName(w, picked.organization) && UNIT_DASH.test(text);
    if (field && next && isOrgName(w, next.body) && !w.jobWord.test(next.body) && !w.location.test(next.body)) {
      return { title: cleanTitle(text), organization: cleanOrg(next.body), first: i, last: i + 1 };
    }
    const below = next && !proseUnderTitle(w, lines, i, consumed) ? titleOfLine(w, next.body) : undefined;
    if (!w.jobWord.test(picked.title) && below !== undefined) {
      return { title: cleanTitle(below), organization: cleanOrg(parts[0] as string), first: i, last: i + 1 };
    }
    const cell = w.jobWord.test(picked.title) ? undefined : rowTitle(w, lines, i, consumed);
    if (cell !== undefined) return { title: cleanTitle(cell), organization: cleanOrg(parts[0] as string), first: i, last: i };
    // "MARLOWE & ASSOCIÉS – Paris" over "Cabinet d'audit et de conseil" over "Consultante senior – Audit & Risques Cyber":
    // a line that profiles the employer (no job in it) stands between the employer's line and the title.
    // The profile may wrap onto a line of its own that goes on in lowercase ("… pour l'inférence" over "de modèles d'IA").
    const wraps = next !== null && LOWERCASE_START.test(lines[i + 2]?.body ?? '') && !w.jobWord.test(lines[i + 2]?.body ?? '');
    const at = wraps ? i + 3 : i + 2;
    const profiled =
      next && !w.jobWord.test(picked.title) && !w.jobWord.test(next.body) && (!wraps || sideLine(lines, i + 2, consumed))
        ? sideLine(lines, at, consumed)
        : null;
    const third = profiled ? (titleOfLine(w, profiled.body) ?? (w.jobWord.test(profiled.body) ? profiled.body : undefined)) : undefined;
    if (third !== undefined) {
      return { title: cleanTitle(third), organization: cleanOrg(parts[0] as string), first: i, last: at };
    }
    // "SOC Analyst (Level 1, Level 2 from 2018)" over "Iberseg S.L.  ·  Madrid, Spain    Sep 2016 – Jun 2019": the
    // line of employer and place names no job; the plain title starting the block right above does.
    const title = parts.some((part) => w.jobWord.test(part)) ? undefined : plainTitleAbove(w, lines, i, consumed);
    if (title !== undefined) {
      const org = parts.find((part) => !w.location.test(part)) ?? (parts[0] as string);
      return { title: cleanTitle(title), organization: cleanOrg(org), first: i - 1, last: i };
    }
    return headerAt(fieldOfTitle(w, parts, picked, text), i, i);
  }
  return fromSingle(w, lines, i, text, consumed);
}

/**
 * "Senior Machine Learning Engineer – AI Security  |  Semmering Analytics GmbH, Wien": a part after the title's dash that
 * names no organisation, where a later part does, is the title's field; the organisation is that later part. Alone
 * after the dash of a title naming no field, a part that names a field of security or ML work ("Lead Engineer –
 * MLSecOps") is the title's field too.
 */
function fieldOfTitle(
  w: EntryWords,
  parts: readonly string[],
  picked: { title: string; organization: string | undefined },
  text: string,
): { title: string; organization: string | undefined } {
  const field = picked.organization;
  if (field === undefined || isOrgName(w, field) || w.jobWord.test(field)) return picked;
  // "Lead Engineer – MLSecOps" alone: a field of work after the dash of a title that names none, and no other part, is
  // the title's own ("Lead Security Engineer – ML-based Detection" names its field already: the reading stays).
  const bare = w.jobWord.test(picked.title) && !w.titleField.test(picked.title);
  if (parts.length === 2 && bare && w.titleField.test(field) && joinedByDash(text, picked.title, field)) {
    return { title: `${picked.title} – ${field}`, organization: undefined };
  }
  // "IT Audit & Cyber Assurance – Associate": a field of work before the dash of a bare title is the title's own too.
  if (parts.length === 2 && bare && w.titleField.test(field) && joinedByDash(text, field, picked.title)) {
    return { title: `${field} – ${picked.title}`, organization: undefined };
  }
  if (parts.length < 3) return picked;
  const org = parts.find((part) => isOrgName(w, part) && !w.jobWord.test(part));
  if (org === undefined || !joinedByDash(text, picked.title, field)) return picked;
  return { title: `${picked.title} – ${field}`, organization: cleanOrg(org) };
}

/** Whether `text` writes `a`, a blank, a dash, a blank and `b` as a whole word ("Engineer – AI Security"): a scan, no pattern built per entry. */
function joinedByDash(text: string, a: string, b: string): boolean {
  if (a === '') return false;
  for (let i = text.indexOf(a); i >= 0; i = text.indexOf(a, i + 1)) {
    const k = i + a.length;
    if (!/\s/u.test(text.charAt(k)) || !'–—-'.includes(text.charAt(k + 1)) || text.charAt(k + 1) === '' || !/\s/u.test(text.charAt(k + 2))) continue;
    if (text.startsWith(b, k + 3) && !WORD_CHAR_AT.test(text.slice(k + 3 + b.length, k + 5 + b.length))) return true;
  }
  return false;
}
/** A letter or digit opening a text. */
const WORD_CHAR_AT = unicodeRegex`^[\p{L}\p{N}]`;

/** A header line with no separator: the organisation (or the title) comes from the line below or above. */
function fromSingle(w: EntryWords, lines: readonly Line[], i: number, text: string, consumed: ReadonlySet<number>): Header {
  const job = w.jobWord;
  const next = sideLine(lines, i + 1, consumed);
  // The line above starts a block, or follows the dated header of the entry before ("Title / Org | dates" blocks).
  const prevStarts = isBlockStart(lines, i - 1) || ((lines[i - 2]?.ranges.length ?? 0) > 0 && !consumed.has(i - 1));
  const prev = prevStarts ? sideLine(lines, i - 1, consumed) : null;
  // A title right below that sits right above the next dated header titles that entry, when one is right above too.
  const nextIsTheirs =
    next !== null && lines[i + 2] !== undefined && headerRange(w, lines[i + 2] as Line, lines[i + 1]) !== null && prev !== null && isPlainTitle(w, prev.body);
  // "01/03/2022 – CURRENT  Lisbon, Portugal" over "SENIOR DATA SCIENTIST  TAGUS ENERGIA S.A." (Europass): the place is
  // neither title nor organisation; the line below holds both.
  if (w.location.test(text) && next && !nextIsTheirs) {
    const below = splitParts(next.body);
    if (below.length >= 2) return headerAt(pickParts(w, below), i, i + 1);
    if (job.test(next.body)) return { title: cleanTitle(next.body), organization: undefined, first: i, last: i + 1 };
  }
  // A job word in a remark on the company ("Nexora (consultora de ciberseguridad)": a consulting firm) titles nobody.
  const ownWords = text.replace(EXPERIENCE_PATTERNS.parenthetical, '');
  const below = next && !proseUnderTitle(w, lines, i, consumed) ? titleOfLine(w, next.body) : undefined;
  if (!job.test(ownWords) && below !== undefined && !nextIsTheirs) {
    return { title: cleanTitle(below), organization: cleanOrg(text), first: i, last: i + 1 };
  }
  const cell = job.test(ownWords) ? undefined : rowTitle(w, lines, i, consumed);
  if (cell !== undefined) return { title: cleanTitle(cell), organization: cleanOrg(text), first: i, last: i };
  const underPlace = !job.test(ownWords) && !nextIsTheirs ? titleUnderPlace(w, lines, i, text, consumed) : undefined;
  if (underPlace !== undefined) return { title: cleanTitle(underPlace), organization: cleanOrg(text), first: i, last: i + 2 };
  if (!job.test(ownWords) && prev && isPlainTitle(w, prev.body)) {
    return { title: cleanTitle(prev.body), organization: cleanOrg(text), first: i - 1, last: i };
  }
  // "Principal Engineer AI Security⏎Nordhafen AG⏎03/2021 – bis heute, Hamburg" (XING): the title block stands above the
  // dates, and the word after them is the place.
  // "Pentesteuse, Cabinet Argos Sécurité (Villeurbanne)": the title and its employer after a comma on the dated line
  // itself; the line below opens the duties, even with its bullet lost, unless it names an organisation itself
  // ("Working student, Security Operations Center" over "Cyberwacht GmbH, Darmstadt": the part after the comma is a unit).
  const split = job.test(ownWords) && !(next && isOrgName(w, next.body)) ? commaSplit(w, text) : undefined;
  if (split?.organization !== undefined) return headerAt(split, i, i);
  const block = job.test(text) || words(text) > MAX_PLACE_WORDS ? undefined : titleBlockAbove(w, lines, i, consumed);
  if (block) return block;
  // A form's field or a label alone under the title ("Team Size: 4", "Responsibilities:") names no organisation; nor does
  // the line under a title stacked right below another position's dated line: those positions share the employer above them.
  // A short duty under it that ends like a sentence ("Teaches databases.") names no organisation either.
  const duty = EXPERIENCE_PATTERNS.sentenceWord.test(next?.body ?? '');
  if (next && orgLike(next.body) && !duty && !isFieldLine(next.body) && !stackedPosition(w, lines, i, text, consumed))
    return { title: text, organization: cleanOrg(next.body), first: i, last: i + 1 };
  // "University of Maryland — Graduate Research Assistant" above a dated unit ("Secure ML Group   2018 – 2021").
  const above = prev ? splitParts(prev.body) : [];
  if (!job.test(text) && prev && above.length >= 2 && job.test(prev.body) && !w.location.test(prev.body)) {
    const picked = pickParts(w, above);
    return { title: picked.title, organization: picked.organization, first: i - 1, last: i, company: true };
  }
  if (prev && orgLike(prev.body) && !EXPERIENCE_PATTERNS.sentenceWord.test(prev.body) && !job.test(prev.body)) {
    return { title: text, organization: cleanOrg(prev.body), first: i - 1, last: i, company: true };
  }
  return headerAt(commaSplit(w, text), i, i);
}

/** A title on a dated line right under another position's dated line ("09/2023 – present  Professor" over "09/2019 – 08/2023  Lecturer"). */
function stackedPosition(w: EntryWords, lines: readonly Line[], i: number, text: string, consumed: ReadonlySet<number>): boolean {
  const above = lines[i - 1];
  return above !== undefined && consumed.has(i - 1) && above.ranges.length > 0 && !above.blank && w.jobWord.test(text);
}

/**
 * A table's row under the line of dates and employer, the title in its first cell and the first duty beside it
 * ("Security Engineer Cloud⇥Sicherheitsarchitektur der Azure-Landing-Zone …"): the title. The row stays in the body for
 * its duty.
 */
function rowTitle(w: EntryWords, lines: readonly Line[], i: number, consumed: ReadonlySet<number>): string | undefined {
  const l = lines[i + 1];
  if (!l || l.blank || l.bullet || l.cont || l.ranges.length > 0 || consumed.has(i + 1)) return undefined;
  const gap = l.body.indexOf('  ');
  if (gap < 0 || l.body.slice(gap).trim() === '') return undefined;
  const cell = titleOfLine(w, l.body.slice(0, gap));
  return cell !== undefined && w.jobWord.test(cell) ? cell : undefined;
}

/**
 * "Harborview Analytics, LLC  04/2020 – Present" over "Arlington, VA  United States  Hours per week: 40" over "Data
 * Scientist II  Salary: …" (a federal résumé): under an employer's line, a line of place names no job, and the title is
 * the first part of the line under it, beside labelled fields only.
 */
function titleUnderPlace(w: EntryWords, lines: readonly Line[], i: number, text: string, consumed: ReadonlySet<number>): string | undefined {
  const place = sideLine(lines, i + 1, consumed);
  if (!isOrgName(w, text) || !place || w.jobWord.test(place.body) || !w.location.test(splitParts(place.body)[0] ?? '')) return undefined;
  const below = sideLine(lines, i + 2, consumed);
  const [first, ...fields] = below ? splitParts(below.body) : [];
  if (first === undefined || !w.jobWord.test(first.replace(EXPERIENCE_PATTERNS.parenthetical, '')) || !fields.every((f) => LABELLED_FIELD.test(f)))
    return undefined;
  return first;
}

/** A form's field with its value or a label alone: "Team Size: 4", "Aufgaben:". */
function isFieldLine(s: string): boolean {
  const t = s.trim();
  return t.endsWith(':') || LABELLED_FIELD.test(t);
}

/** A form's field and its value ("Salary: $94,796 per year", "Hours per week: 40"). */
const LABELLED_FIELD = unicodeRegex`^\p{L}[\p{L} /]{0,24}:\s`;

/** The most words of a place after the dates ("Hamburg", "San José, Costa Rica"). */
const MAX_PLACE_WORDS = 3;

/** One or two lines right above line `i` that start a block, one of them naming a job: the title, and the organisation. */
function titleBlockAbove(w: EntryWords, lines: readonly Line[], i: number, consumed: ReadonlySet<number>): Header | undefined {
  const up: number[] = [];
  let j = i - 1;
  while (up.length < 2 && sideLine(lines, j, consumed)) up.unshift(j--);
  if (up.length === 0 || !(j < 0 || isBoundary(lines[j] as Line) || consumed.has(j))) return undefined;
  const [a, b] = up.map((k) => (lines[k] as Line).body) as [string, string | undefined];
  const [title, org] = b !== undefined && w.jobWord.test(b) && (!w.jobWord.test(a) || isLegalName(w, a)) ? [b, a] : [a, b];
  if (!w.jobWord.test(title)) return undefined;
  // "TU München, Lehrstuhl für IT-Sicherheit": a research unit after the comma is part of the organisation, not its place.
  const comma = org?.indexOf(', ') ?? -1;
  const unit = comma < 0 ? '' : (org as string).slice(comma + 2);
  const withUnit = unit !== '' && w.researchUnit.test(unit) && !w.location.test(unit);
  const organization = org === undefined ? undefined : withUnit ? trimEdges(org) : cleanOrg(org);
  return { title: cleanTitle(title), organization, first: up[0] as number, last: i };
}

/**
 * The plain job title on the line right above line `i`, when that line starts a block; dates in a remark of it
 * ("(APS6, EL1 from 2024)") date a grade, not another entry.
 */
function plainTitleAbove(w: EntryWords, lines: readonly Line[], i: number, consumed: ReadonlySet<number>): string | undefined {
  const l = lines[i - 1];
  if (!l || l.blank || l.bullet || l.cont || consumed.has(i - 1) || l.body.length > MAX_SIDE_LINE || !isBlockStart(lines, i - 1)) return undefined;
  const own = l.body.replace(EXPERIENCE_PATTERNS.parenthetical, '');
  if (l.ranges.length > 0 && MAY_BE_DATED.test(own)) return undefined;
  return isPlainTitle(w, l.body) ? l.body : undefined;
}

/**
 * "Head of GenAI Security Engineering" over "Nubecita Pagos, Mexico City  Jan 2024 – Present" over "Lead a team of 9
 * engineers … responsible for the security" over "of all GenAI products.": under a dated line whose plain title stands
 * right above it, a line that wraps on in lowercase is a duty whose bullet was lost, no title.
 */
function proseUnderTitle(w: EntryWords, lines: readonly Line[], i: number, consumed: ReadonlySet<number>): boolean {
  return LOWERCASE_START.test(lines[i + 2]?.body ?? '') && plainTitleAbove(w, lines, i, consumed) !== undefined;
}

/** A year, or digits around a slash: text that may hold a date. */
const MAY_BE_DATED = /(?:19|20)\d\d|\d\/\d/u;

/** A date alone on its line: the title block is the one or two lines right above it, else right below. */
function fromNeighbours(w: EntryWords, lines: readonly Line[], i: number, consumed: ReadonlySet<number>): Header {
  // "Senior ML Engineer" right above the dates (LinkedIn, Indeed): the title, with the company above it,
  // past a printed tenure ("4 years 3 months").
  const above = sideLine(lines, i - 1, consumed);
  const over = above ? titleOverEmployer(w, lines, i, above, consumed) : undefined;
  if (over) return over;
  if (above && w.jobWord.test(above.body) && !isDuration(w, above.body)) {
    let k = i - 2;
    while (sideLine(lines, k, consumed) && isDuration(w, (lines[k] as Line).body)) k--;
    const orgLine = sideLine(lines, k, consumed);
    // A break's word right under the dates of the entry above is that break's remark ("Career break⏎Oct 2021 – Mar 2022⏎
    // Parental leave.⏎Data Scientist⏎Jul 2018 – Sep 2021"), no employer of this job.
    const breakRemark = orgLine !== null && consumed.has(k - 1) && w.notWork.test(orgLine.body);
    const org =
      orgLine &&
      !breakRemark &&
      !endsItemAbove(lines, k) &&
      (!w.jobWord.test(orgLine.body) || isLegalName(w, orgLine.body)) &&
      orgLike(orgLine.body) &&
      !w.location.test(orgLine.body)
        ? orgLine
        : null;
    const parts = splitParts(above.body);
    // With the company on a line above, a part after the title that names another is the title's own ("Data Scientist - Ciberseguridad").
    const named = (part: string) => org !== null && cleanOrg(part)?.toLowerCase() === cleanOrg(org.body)?.toLowerCase();
    if (parts.length >= 2 && (org === null || parts.some(named))) return headerAt(pickParts(w, parts), i - 1, i);
    const below = org === null ? employerBelow(w, lines, i, consumed) : undefined;
    if (below) return { title: cleanTitle(above.body), organization: below.organization, first: i - 1, last: below.last };
    return {
      title: cleanTitle(above.body),
      organization: org ? cleanOrg(org.body) : undefined,
      first: org ? k : i - 1,
      last: i,
      ...(org ? { company: true } : {}),
    };
  }
  const up: number[] = [];
  let j = i - 1;
  // A place on a line of its own between them and the dates ("Location: Toronto, ON" in a job board's form) is neither title nor organisation.
  let place: number | undefined;
  for (let side = sideLine(lines, j, consumed); side && up.length < 2; side = sideLine(lines, --j, consumed)) {
    if (place === undefined && up.length === 0 && j === i - 1 && (side.place || w.location.test(side.body))) place = j;
    else up.unshift(j);
  }
  // A break's word right above the dates ("Career Break⏎Travel and volunteering⏎Sep 2020 - Jun 2021") names that block, even
  // right under the last line of the entry before (LinkedIn prints no blank line between entries).
  const breakAbove = up.some((k) => w.notWork.test((lines[k] as Line).body));
  const upOk = up.length > 0 && (j < 0 || isBoundary(lines[j] as Line) || consumed.has(j) || breakAbove);
  const stacked = upOk ? undefined : stackedAbove(w, lines, i, consumed);
  if (stacked) return stacked;
  const down: number[] = [];
  for (let k = i + 1; !upOk && down.length < 2 && sideLine(lines, k, consumed); k++) down.push(k);
  // "Seit Jänner 2023" over "Leiterin Informationssicherheit (CISO), Donauländische Bank AG, Wien" over "Ich leite ein Team
  // … Vorstand.": a line below that names the title and its employer after a comma is the whole header; the line under it
  // opens the duties, whatever job word its prose holds.
  if (down.length === 2 && commaSplit(w, (lines[down[0] as number] as Line).body).organization !== undefined) down.pop();
  // Indeed's export: title, company and dates each on a line of their own, a blank line between them.
  const block = upOk ? up : down.length > 0 ? down : spacedAbove(lines, i, consumed);
  const first = Math.min(i, ...block, ...(upOk && place !== undefined ? [place] : []));
  const last = Math.max(i, ...block);
  const bodies = block.map((k) => (lines[k] as Line).body);
  if (bodies.length === 0) return { title: '', organization: undefined, first, last };
  if (bodies.length === 1) {
    const parts = splitParts(bodies[0] as string);
    return parts.length >= 2
      ? headerAt(fieldOfTitle(w, parts, pickParts(w, parts), bodies[0] as string), first, last)
      : headerAt(commaSplit(w, bodies[0] as string), first, last);
  }
  const [a, b] = bodies as [string, string];
  const job = w.jobWord;
  const [title, org] = job.test(b) && (!job.test(a) || isLegalName(w, a)) ? [b, a] : [a, b];
  return { title: cleanTitle(title), organization: cleanOrg(org), first, last };
}

/** A place abbreviated after its city ("Monterrey, N.L.", "Sydney, NSW", "León, Gto.", "Pasadena, Calif."). */
const ABBREVIATED_PLACE = unicodeRegex`^\p{Lu}[\p{L} .'-]{1,40},\s?(?:(?:\p{Lu}\.?){2,3}|\p{Lu}\p{Ll}{1,4}\.)$`;

/**
 * Indeed's "Data Scientist⏎Grupo Comercial del Norte - Monterrey, N.L.⏎February 2023 to Present": a plain title over
 * an employer and its place, the block alone above its dates. The employer's name may hold a job word ("Comercial"),
 * but a line that ends in a place is no title when a plain title stands over it.
 */
function titleOverEmployer(w: EntryWords, lines: readonly Line[], i: number, above: Line, consumed: ReadonlySet<number>): Header | undefined {
  const top = sideLine(lines, i - 2, consumed);
  const before = lines[i - 3];
  if (!top || !isPlainTitle(w, top.body) || (before !== undefined && !isBoundary(before) && !consumed.has(i - 3))) return undefined;
  const parts = splitParts(above.body);
  const place = (parts[parts.length - 1] ?? '').trim();
  // Indeed joins the employer and its town with a hyphen ("Adeyemi Okafor & Co. - Lagos"): a town no list holds, under a title no organisation's name.
  const town = INDEED_JOIN.test(above.body) && !isOrgName(w, top.body) && isTownName(w, place);
  if (parts.length !== 2 || !(w.location.test(place) || ABBREVIATED_PLACE.test(place) || town)) return undefined;
  return { title: cleanTitle(top.body), organization: cleanOrg(parts[0] as string), first: i - 2, last: i };
}

/** Indeed's hyphen between an employer and its place. */
const INDEED_JOIN = /\S - \S/u;

/** One to three capitalised words naming no job and no organisation ("Lagos", "Cebu City"): a town after the employer's hyphen. */
const TOWN_NAME = unicodeRegex`^\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){0,2}$`;

function isTownName(w: EntryWords, s: string): boolean {
  return TOWN_NAME.test(s) && !w.jobWord.test(s) && !isOrgName(w, s);
}

/**
 * "Research Assistant⏎May 2018 – Jul 2019⏎School of Computing, National University of⏎Singapore" (a two-column PDF read
 * without layout): with no company line above the title, a line right under the dates that names an organisation
 * ("University", "GmbH") is the employer, with the short line it wraps onto after a dangling "of". The name before the first
 * comma holds the marker: in "Bruxelles, Région de Bruxelles-Capitale, Belgique" the marker names a place.
 */
function employerBelow(
  w: EntryWords,
  lines: readonly Line[],
  i: number,
  consumed: ReadonlySet<number>,
): { organization: string | undefined; last: number } | undefined {
  const below = sideLine(lines, i + 1, consumed);
  if (!below || w.jobWord.test(below.body) || !orgLike(below.body)) return undefined;
  const name = below.body.split(',')[0] as string;
  if (!(w.orgMarker.test(name) || w.legalSuffix.test(name)) || !isCapitalised(below.body)) return undefined;
  const wrap = DANGLING.test(below.body) ? sideLine(lines, i + 2, consumed) : null;
  const wrapped = wrap !== null && words(wrap.body) <= MAX_PLACE_WORDS && EXPERIENCE_PATTERNS.nameStart.test(wrap.body) && isCapitalised(wrap.body);
  return { organization: cleanOrg(wrapped ? `${below.body} ${wrap.body}` : below.body), last: wrapped ? i + 2 : i + 1 };
}

/** A line that ends with a short lowercase word a name goes on after ("National University of"). */
const DANGLING = unicodeRegex`\s\p{Ll}{2,3}$`;

/** Every word of four letters or more outside brackets starts with a capital ("Pasar Digital (online marketplace), Singapore"). */
function isCapitalised(s: string): boolean {
  return !unicodeRegex`(?:^|[\s,])\p{Ll}{4}`.test(s.replace(EXPERIENCE_PATTERNS.parenthetical, ''));
}

/**
 * "SOC Analyst⏎Highveld Cyber Defence | Pretoria⏎01/2020 – 01/2023" right under the last line of the entry before,
 * with no blank line between: a plain title over an organisation line over the dates.
 */
function stackedAbove(w: EntryWords, lines: readonly Line[], i: number, consumed: ReadonlySet<number>): Header | undefined {
  const org = sideLine(lines, i - 1, consumed);
  const title = sideLine(lines, i - 2, consumed);
  if (!org || !title || w.jobWord.test(org.body) || !orgLike(org.body) || w.location.test(org.body) || !isPlainTitle(w, title.body)) return undefined;
  return { title: cleanTitle(title.body), organization: cleanOrg(org.body), first: i - 2, last: i };
}

/**
 * The one or two plain lines above line `i` when a single blank line stands before each ("Title⏎⏎Company -⏎⏎dates"),
 * nearest last; none when the line right above is not blank.
 */
function spacedAbove(lines: readonly Line[], i: number, consumed: ReadonlySet<number>): number[] {
  const found: number[] = [];
  let j = i - 1;
  while (found.length < 2 && lines[j]?.blank && sideLine(lines, j - 1, consumed)) {
    found.unshift(j - 1);
    j -= 2;
  }
  return found;
}

/** A line that only prints a duration ("4 years 3 months", "(1 yr 2 mos)"). */
function isDuration(w: EntryWords, body: string): boolean {
  w.duration.lastIndex = 0;
  return body.replace(w.duration, '').trim() === '';
}

/** A plain line next to a header: not blank, bullet, continuation, dated, long, or already used. */
function sideLine(lines: readonly Line[], j: number, consumed: ReadonlySet<number>): Line | null {
  const l = lines[j];
  if (!l || l.blank || l.bullet || l.cont || l.ranges.length > 0 || consumed.has(j)) return null;
  return l.body.length <= MAX_SIDE_LINE && !looksLikeSentence(l.body) ? l : null;
}

/**
 * Line `k` ends a sentence that a list item right above left open ("- Vierteljährliche Vorstellung der Risikolage im"
 * over "Technology Risk Committee."): the item's wrapped end, no company line of the title below it.
 */
function endsItemAbove(lines: readonly Line[], k: number): boolean {
  const up = lines[k - 1];
  return up?.bullet === true && !ITEM_CLOSED.test(up.body) && SENTENCE_CLOSED.test((lines[k] as Line).body);
}
/** A list item's text that ends its clause or sentence. */
const ITEM_CLOSED = /[.;:!?]\s*$/u;
/** A line that ends a sentence. */
const SENTENCE_CLOSED = /[.!?]\s*$/u;

/** The line above `j` is a boundary, so line `j` starts its own block. */
function isBlockStart(lines: readonly Line[], j: number): boolean {
  const above = lines[j - 1];
  return above === undefined || isBoundary(above);
}

function isBoundary(l: Line): boolean {
  return l.blank || l.bullet || l.cont;
}

/** A line that is just a job title: a job word and no separators (a remark in brackets aside: "Apprentice SOC Analyst (alternance — …)"). */
function isPlainTitle(w: EntryWords, s: string): boolean {
  return w.jobWord.test(s) && splitParts(s.replace(EXPERIENCE_PATTERNS.parenthetical, '')).length === 1;
}

/** The title a line holds when it is just a title, or a title with lowercase remarks on the job ("Cloud Penetration Tester — contract"). */
function titleOfLine(w: EntryWords, s: string): string | undefined {
  if (REMARK_LINE.test(s)) return undefined;
  if (isPlainTitle(w, s)) return s;
  const [first, ...rest] = splitParts(s.replace(EXPERIENCE_PATTERNS.parenthetical, ''));
  if (first === undefined || rest.length === 0 || !w.jobWord.test(first)) return undefined;
  if (rest.every((r) => LOWERCASE_START.test(r) && !w.jobWord.test(r))) return first;
  // "Principal Solutions Engineer, AI Security  |  Remote (Denver, CO)": parts after the title that only place it.
  if (rest.every((r) => w.location.test(r) && !w.jobWord.test(r) && !isOrgName(w, r))) return first;
  // "IT Auditor – Technology & Cybersecurity": one part after the title's dash, naming no organisation, job nor place, is its field.
  const field = rest.length === 1 ? (rest[0] as string) : '';
  const named = field === '' || isOrgName(w, field) || w.jobWord.test(field) || w.location.test(field);
  return !named && joinedByDash(s, first, field) ? s : undefined;
}

/** A line that is one bracketed remark, perhaps wrapped before its closing bracket ("(Manager is the firm's grade; I am …"): no title. */
const REMARK_LINE = /^\([^()]*\)?$/u;

/** A remark, not a name: it starts with a lowercase letter. */
const LOWERCASE_START = unicodeRegex`^\p{Ll}`;

/** The end of a sentence: a full stop after a word longer than an abbreviation ("Inc.", "S.A."). */
const SENTENCE_END = unicodeRegex`\p{L}{5}\.$`;

/** A line that is a sentence ("Kestrel entwickelt Computer-Vision-Systeme für die Logistik."): five words or more and its end. */
function isSentence(s: string): boolean {
  return SENTENCE_END.test(s) && words(s) >= 5;
}

/** Looks like an organisation line: starts like a name and its first part is short, and is no sentence. */
function orgLike(s: string): boolean {
  if (!EXPERIENCE_PATTERNS.nameStart.test(s) || isSentence(s)) return false;
  const first = splitParts(s.replace(EXPERIENCE_PATTERNS.parenthetical, ''))[0] ?? '';
  return first !== '' && words(first) <= 8;
}

/** A listed position's text before its first dates, without its bullet and the separator before the dates. */
function listedTitle(line: Line): string {
  const first = smallest(
    line.ranges.map((x) => x.index),
    Number.POSITIVE_INFINITY,
  );
  const text = trimEdges(stripBullet(line.body.slice(0, first)));
  // A season or term named before the dates in brackets ("— Winter 2013 (January – April 2013)") goes with them.
  const dash = Math.max(text.lastIndexOf(' — '), text.lastIndexOf(' – '), text.lastIndexOf(' - '));
  return dash > 0 && ANY_YEAR_IN.test(text.slice(dash)) ? text.slice(0, dash) : text;
}

/** A year anywhere in a text. */
const ANY_YEAR_IN = /(?:19|20)\d{2}/u;

/** The header line without its date range, bullet and edge punctuation; a short tail becomes another part. */
function headerText(w: EntryWords, body: string, r: DateRange): string {
  const before = body.slice(0, r.index).replace(w.rangeOpenerEnd, '');
  const prefix = trimEdges(stripBullet(before));
  const suffix = trimEdges(withoutRangeRemark(before, body.slice(r.index + r.length)).replace(w.duration, ''));
  if (prefix === '') return suffix;
  return suffix === '' ? prefix : `${prefix} | ${suffix}`;
}

/**
 * The text after a header's range without a remark in brackets that ends the line, when a title stands before the
 * range: "Security Engineer, Acme   Jan 2019 – Present (promoted to Senior in Jan 2022)".
 */
function withoutRangeRemark(before: string, after: string): string {
  return RANGE_REMARK.test(after) && unicodeRegex`\p{L}`.test(before) ? '' : after;
}

/** The remark in brackets after a header's range, with the ranges written in it. */
function rangeRemark(line: Line, r: DateRange): { text: string; ranges: DateRange[] } | undefined {
  const from = r.index + r.length;
  const after = line.body.slice(from);
  if (!RANGE_REMARK.test(after) || !unicodeRegex`\p{L}`.test(line.body.slice(0, r.index))) return undefined;
  return { text: after.trim(), ranges: line.ranges.filter((x) => x.index >= from) };
}

/** A remark in brackets right after a range, alone up to the end of its line. */
const RANGE_REMARK = /^\s{0,3}\([^()\n]{1,80}\)\s{0,3}$/u;

/** Splits on column gaps, then on separators; empty parts are dropped. */
function splitParts(text: string): string[] {
  return text
    .split(EXPERIENCE_PATTERNS.columnGap)
    .flatMap((seg) => seg.split(EXPERIENCE_PATTERNS.separator))
    .map(trimEdges)
    .filter((p) => p !== '');
}

/** The part with a job word (and no organisation word) is the title; the first other non-place part the organisation. */
function pickParts(w: EntryWords, parts: readonly string[]): { title: string; organization: string | undefined } {
  let best = 0;
  let bestScore = -1;
  parts.forEach((part, i) => {
    const score = (w.jobWord.test(part) ? 2 : 0) + (isOrgName(w, part) || w.location.test(part) ? 0 : 1);
    if (score > bestScore) {
      best = i;
      bestScore = score;
    }
  });
  const org = parts.find((part, i) => i !== best && !w.location.test(part));
  return { title: cleanTitle(parts[best] as string), organization: org === undefined ? undefined : cleanOrg(org) };
}

/** A name of one to four capitalised words and its town, one word, in brackets ("Lumen Audit (Lyon)"): an employer and its place. */
const NAME_AND_PLACE = unicodeRegex`^\p{Lu}[\p{L}\p{N}&'’.-]*(?: \p{Lu}[\p{L}\p{N}&'’.-]*){0,3} ?\(\p{Lu}\p{Ll}[\p{L}'’-]{1,30}\)$`;

/** "Data Analyst, Acme Corp, Boston, MA": split on the comma only when the rest is clearly an organisation or place. */
function commaSplit(w: EntryWords, text: string): { title: string; organization: string | undefined } {
  const comma = text.indexOf(', ');
  if (comma === -1) return { title: cleanTitle(text), organization: undefined };
  const head = text.slice(0, comma);
  const rest = text.slice(comma + 2);
  if (
    w.jobWord.test(head) &&
    !w.jobWord.test(rest) &&
    (isOrgName(w, rest) || w.location.test(rest) || (NAME_AND_PLACE.test(rest) && !w.titleField.test(rest)))
  ) {
    const org = rest.split(', ')[0] ?? '';
    return { title: cleanTitle(head), organization: w.location.test(rest) && !rest.includes(', ') ? undefined : cleanOrg(org) };
  }
  return { title: cleanTitle(text), organization: undefined };
}

/** A line of one part with a legal suffix ("Kessler & Partner Wirtschaftsprüfungsgesellschaft mbH"): a company's name, whatever job word it holds. */
function isLegalName(w: EntryWords, s: string): boolean {
  return w.legalSuffix.test(s) && splitParts(s).length === 1;
}

function isOrgName(w: EntryWords, s: string): boolean {
  return w.orgMarker.test(s) || w.legalSuffix.test(s);
}

function cleanTitle(s: string): string {
  return trimEdges(stripBullet(s.trim()));
}

/** The organisation's name: first part, without remarks in brackets or a trailing place. */
function cleanOrg(s: string): string | undefined {
  const noRemarks = stripBullet(s.trim()).replace(EXPERIENCE_PATTERNS.parenthetical, '');
  const first = splitParts(noRemarks)[0] ?? '';
  const name = trimEdges(first.split(', ')[0] ?? '');
  return name === '' ? undefined : name;
}

function stripBullet(s: string): string {
  const m = EXPERIENCE_PATTERNS.bullet.exec(s);
  return m ? s.slice(m[0].length).trimStart() : s;
}

function trimEdges(s: string): string {
  return s.replace(EXPERIENCE_PATTERNS.leadingEdge, '').replace(EXPERIENCE_PATTERNS.trailingEdge, '').trim();
}

function words(s: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const sp = s.charCodeAt(i) === 32;
    if (!sp && !inWord) n++;
    inWord = !sp;
  }
  return n;
}

/** Ends like a sentence ("… with the team."), not like an abbreviation ("Inc.", "U.S."). */
function looksLikeSentence(s: string): boolean {
  return s.length > 40 && EXPERIENCE_PATTERNS.sentenceEnd.test(s) && EXPERIENCE_PATTERNS.sentenceWord.test(s.slice(-42));
}

function toEntries(text: string, lines: readonly Line[], found: readonly Found[], regionEnd: number): RawEntry[] {
  return found.map(({ header, range, leaves, part }, k) => {
    const firstLine = lines[header.first] as Line;
    const lastLine = lines[header.last] as Line;
    const headerEnd = lastLine.textStart + lastLine.body.length;
    // Positions on one line ("Analyst (2016–2018), Senior Analyst (2018–2021)") share the duties under it.
    const next = found.slice(k + 1).find((f) => f.header.first > header.last);
    const limit = next ? (lines[next.header.first] as Line).textStart : regionEnd;
    const own = ownPart(lines, found, k, limit);
    let bodyStart = own ? own.start : Math.min(headerEnd + 1, limit);
    let bodyEnd = own ? own.end : limit;
    // A table row's duties start after the column gap that ends its header cells.
    if (!own && text.charAt(headerEnd) === ' ') while (bodyStart < bodyEnd && text.charAt(bodyStart) === ' ') bodyStart++;
    while (bodyEnd > bodyStart && EXPERIENCE_PATTERNS.space.test(text.charAt(bodyEnd - 1))) bodyEnd--;
    // With its own part, a position's header is its own title on the shared line: the others' titles are not its words.
    const at = own ? text.slice(firstLine.textStart, headerEnd).indexOf(header.title) : -1;
    const entry: RawEntry = {
      title: header.title,
      start: range.start,
      end: range.end,
      current: range.current,
      months: monthsBetween(range.start, range.end),
      headerStart: at >= 0 ? firstLine.textStart + at : firstLine.textStart,
      headerEnd: at >= 0 ? firstLine.textStart + at + header.title.length : headerEnd,
      bodyStart,
      bodyEnd,
    };
    if (header.organization !== undefined) entry.organization = header.organization;
    if (header.notWork) entry.notWork = true;
    if (part) entry.part = true;
    if (range.startPrecision === 'year') entry.startYearOnly = true;
    if (range.endPrecision === 'year') entry.endYearOnly = true;
    if (leaves) {
      entry.leaves = leaves;
      entry.months = workedRanges(entry).reduce((n, r) => n + monthsBetween(r.start, r.end), 0);
    }
    return entry;
  });
}

/**
 * An overview table of positions ("Mar 2022 – now⇥Pelican⇥Senior Data Scientist", one row each, no duties) with the
 * duties in blocks after it, each under a line naming its employer and title ("Pelican — Senior Data Scientist"): each
 * row gets the block under the line that names it, instead of the last row getting them all.
 */
function detailBlocks(lines: readonly Line[], entries: RawEntry[]): RawEntry[] {
  const out = [...entries];
  let first = 0;
  for (let k = 0; k < out.length; k++) {
    if (isRow(lines, out[k] as RawEntry)) continue;
    if (k > first) assignBlocks(lines, out, first, k);
    first = k + 1;
  }
  return out;
}

/**
 * Positions that share one header line ("Employer — Head of AI Governance (2023– ) · Senior Privacy Counsel
 * (2019–2023)") with their duties in blocks, each under a line that names its title and ends with a colon ("As Head
 * of AI Governance (team of 4):", "As Senior Privacy Counsel:"): each position gets its own block, instead of all
 * of them getting every duty.
 */
function positionBlocks(lines: readonly Line[], entries: RawEntry[]): RawEntry[] {
  const out = [...entries];
  for (let k = 0; k < out.length; k++) {
    const e = out[k] as RawEntry;
    let last = k;
    while (last + 1 < out.length && (out[last + 1] as RawEntry).headerStart === e.headerStart) last++;
    if (last > k) splitPositionBlocks(lines, out, k, last);
    k = last;
  }
  return out;
}

/** Entries [from, to] share a header and a body: each gets the block under the line that names it, when two or more are named. */
function splitPositionBlocks(lines: readonly Line[], out: RawEntry[], from: number, to: number): void {
  const body = out[from] as RawEntry;
  const named: Array<{ at: number; end: number; k: number }> = [];
  for (let i = indexFrom(lines, body.bodyStart, textStartOf); i < lines.length && (lines[i] as Line).textStart < body.bodyEnd; i++) {
    const line = lines[i] as Line;
    if (line.blank || line.bullet || line.ranges.length > 0 || line.body.length > MAX_SIDE_LINE || !BLOCK_LABEL_END.test(line.body)) continue;
    const k = namedPosition(line.body, out, from, to);
    if (k !== undefined) named.push({ at: line.textStart, end: line.textStart + line.body.length, k });
  }
  if (new Set(named.map((n) => n.k)).size !== named.length || named.length < 2) {
    ownItems(lines, out, from, to);
    return;
  }
  const header = lines[indexFrom(lines, body.headerStart, textStartOf)];
  named.forEach((n, i) => {
    const next = named[i + 1];
    const e = out[n.k] as RawEntry;
    // The header line names every position: each keeps only its own title of it ("Head of AI Governance" is not the counsel's).
    const at = header?.textStart === e.headerStart ? header.body.indexOf(e.title) : -1;
    const own = at >= 0 ? { headerStart: e.headerStart + at, headerEnd: e.headerStart + at + e.title.length } : {};
    out[n.k] = { ...e, ...own, bodyStart: n.end + 1, bodyEnd: next ? next.at - 1 : body.bodyEnd };
  });
}

/** A list item's label: its text up to a colon ("- As Senior Data Analyst: built a churn model"). */
const ITEM_LABEL = /^[-–•*·▪◦]\s{0,3}([^:\n]{3,80}):\s/u;

/** Most words a list item's label has besides the title it names ("As", "En tant que", "In der Rolle als"). */
const MAX_ITEM_LABEL_WORDS = 4;

/**
 * Entries [from, to] share a header and a body of list items, some of which open with one position's title and a colon
 * ("- As Senior Data Analyst: built a churn model"): those items are that position's only. When they close the body
 * (or open it), the other positions' bodies end before them (or start after them); the items between are everyone's.
 */
function ownItems(lines: readonly Line[], out: RawEntry[], from: number, to: number): void {
  const body = out[from] as RawEntry;
  const items: Array<{ at: number; k: number | undefined }> = [];
  for (let i = indexFrom(lines, body.bodyStart, textStartOf); i < lines.length && (lines[i] as Line).textStart < body.bodyEnd; i++) {
    const line = lines[i] as Line;
    if (!line.bullet) continue;
    const label = ITEM_LABEL.exec(line.body)?.[1];
    const k = label !== undefined ? namedPosition(label, out, from, to) : undefined;
    const own = k !== undefined && words(label as string) - words((out[k] as RawEntry).title) <= MAX_ITEM_LABEL_WORDS ? k : undefined;
    items.push({ at: line.textStart, k: own });
  }
  const owners = new Set(items.map((item) => item.k).filter((k) => k !== undefined));
  if (owners.size > 1) {
    ownRuns(lines, out, items, body.bodyEnd);
    return;
  }
  if (owners.size !== 1) return;
  const k = [...owners][0] as number;
  const firstOwn = items.findIndex((item) => item.k === k);
  let lastOwn = items.length - 1;
  while (lastOwn > firstOwn && (items[lastOwn] as { k: number | undefined }).k !== k) lastOwn--;
  if (items.slice(firstOwn, lastOwn + 1).some((item) => item.k !== k)) return;
  const closes = lastOwn === items.length - 1 && firstOwn > 0;
  const opens = firstOwn === 0 && lastOwn < items.length - 1;
  if (!closes && !opens) return;
  const cut = closes ? (items[firstOwn] as { at: number }).at : (items[lastOwn + 1] as { at: number }).at;
  for (let j = from; j <= to; j++) {
    if (j === k) continue;
    const e = out[j] as RawEntry;
    out[j] = closes ? { ...e, bodyEnd: cut - 1 } : { ...e, bodyStart: cut };
  }
}

/**
 * List items of a shared body labelled with two or more positions' titles, the first item labelled ("- As Data Analyst:
 * SQL reporting", "- As Data Scientist: forecasting models"): each labelled item and the unlabelled ones after it, up to
 * the next label, are that position's, when each position's items stand together. A position no label names keeps
 * the whole body.
 */
function ownRuns(lines: readonly Line[], out: RawEntry[], items: ReadonlyArray<{ at: number; k: number | undefined }>, end: number): void {
  const runs: Array<{ at: number; k: number }> = [];
  for (const item of items) {
    const last = runs.at(-1);
    if (item.k === undefined || item.k === last?.k) {
      if (last === undefined) return;
      continue;
    }
    if (runs.some((r) => r.k === item.k)) return;
    runs.push({ at: item.at, k: item.k });
  }
  const header = lines[indexFrom(lines, (out[(runs[0] as { k: number }).k] as RawEntry).headerStart, textStartOf)];
  runs.forEach((r, i) => {
    const e = out[r.k] as RawEntry;
    const next = runs[i + 1];
    // The header line names every position: each keeps only its own title of it.
    const at = header?.textStart === e.headerStart ? header.body.indexOf(e.title) : -1;
    const own = at >= 0 ? { headerStart: e.headerStart + at, headerEnd: e.headerStart + at + e.title.length } : {};
    out[r.k] = { ...e, ...own, bodyStart: r.at, bodyEnd: next ? next.at - 1 : end };
  });
}

/** A label line's end: a colon, perhaps after a bracket ("As Head of AI Governance (team of 4):"). */
const BLOCK_LABEL_END = /:\s{0,3}$/u;

/** The one position of [from, to] whose title the line names (the longest when titles nest), else undefined. */
function namedPosition(body: string, out: readonly RawEntry[], from: number, to: number): number | undefined {
  const text = body.toLowerCase();
  let best: { k: number; length: number } | undefined;
  for (let k = from; k <= to; k++) {
    const title = (out[k] as RawEntry).title.toLowerCase();
    if (title.length > 3 && text.includes(title) && (!best || title.length > best.length)) best = { k, length: title.length };
  }
  return best?.k;
}

/** An entry with no duties of its own: no body, or one line that is no bullet (an undated row of the table: "2022  Sabbatical"). */
function isRow(lines: readonly Line[], e: RawEntry): boolean {
  if (e.bodyEnd <= e.bodyStart) return true;
  // The lines are in text order: the body's are found by binary search, and two are enough to tell.
  let first: Line | undefined;
  for (let k = indexFrom(lines, e.bodyStart, textStartOf); k < lines.length && (lines[k] as Line).textStart < e.bodyEnd; k++) {
    const l = lines[k] as Line;
    if (l.blank) continue;
    if (first) return false;
    first = l;
  }
  return first !== undefined && !first.bullet;
}

const textStartOf = (l: Line): number => l.textStart;

/** Entries [from, last] are table rows; the last one's body holds the blocks. */
function assignBlocks(lines: readonly Line[], out: RawEntry[], from: number, last: number): void {
  const holder = out[last] as RawEntry;
  const named: Array<{ at: number; end: number; k: number }> = [];
  for (let i = indexFrom(lines, holder.bodyStart, textStartOf); i < lines.length && (lines[i] as Line).textStart < holder.bodyEnd; i++) {
    const line = lines[i] as Line;
    if (line.blank || line.bullet || line.cont || line.ranges.length > 0 || line.body.length > MAX_HEADER_CHARS) continue;
    const k = namedRow(line.body, out, from, last);
    if (k !== undefined) named.push({ at: line.textStart, end: line.textStart + line.body.length, k });
  }
  if (new Set(named.map((n) => n.k)).size < 2) return;
  const blocks = named.map((n, i) => ({ ...n, to: i + 1 < named.length ? (named[i + 1] as { at: number }).at - 1 : holder.bodyEnd }));
  const holderBody = { bodyStart: holder.bodyStart, bodyEnd: (blocks[0] as { at: number }).at - 1 };
  for (const b of blocks) {
    const e = out[b.k] as RawEntry;
    if (!isRow(lines, e) && b.k !== last) continue;
    out[b.k] = { ...e, bodyStart: b.end + 1, bodyEnd: Math.max(b.end + 1, b.to) };
  }
  if (!blocks.some((b) => b.k === last)) out[last] = { ...(out[last] as RawEntry), ...holderBody };
}

/** What parts a title of several positions ("Machine Learning Engineer; ML Team Lead"). */
const POSITION_SPLIT = /[;,/]/u;

/** The row whose employer and title (without its bracketed remark) a line names, the longest title first. */
function namedRow(body: string, out: readonly RawEntry[], from: number, last: number): number | undefined {
  const text = body.toLowerCase();
  let best: { k: number; length: number } | undefined;
  for (let k = from; k <= last; k++) {
    const e = out[k] as RawEntry;
    const org = e.organization?.toLowerCase();
    if (!org || !text.includes(org)) continue;
    // The title, or one of its positions ("Machine Learning Engineer; ML Team Lead").
    const parts = e.title.replace(EXPERIENCE_PATTERNS.parenthetical, '').toLowerCase().split(POSITION_SPLIT);
    const length = Math.max(
      0,
      ...parts
        .map((t) => t.trim())
        .filter((t) => t.length > 3 && text.includes(t))
        .map((t) => t.length),
    );
    if (length > 0 && (!best || length > best.length)) best = { k, length };
  }
  return best?.k;
}

/** A title as a line names it: lowercase, without its closing punctuation. */
function titleKey(s: string): string {
  let end = s.length;
  while (end > 0 && TITLE_END.test(s.charAt(end - 1))) end--;
  return s.slice(0, end).trim().toLowerCase();
}

/** A character trimmed from the end of a title line (one at a time: no end-anchored run). */
const TITLE_END = /[\s,.:;]/u;

/**
 * Positions on one header line whose duties come under their titles ("Senior Manager, AI Security Engineering⏎• …⏎
 * Staff Security Engineer⏎• …"): a position's own part runs from its title's line to the next sibling's title line.
 */
function ownPart(lines: readonly Line[], found: readonly Found[], k: number, limit: number): { start: number; end: number } | undefined {
  const { header } = found[k] as Found;
  // Positions read from one header line stand next to each other in `found`.
  const same = (f: Found | undefined) => f !== undefined && f.header.first === header.first && f.header.last === header.last;
  let from = k;
  while (same(found[from - 1])) from--;
  let to = k;
  while (same(found[to + 1])) to++;
  const siblings = found.slice(from, to + 1);
  if (siblings.length < 2) return undefined;
  const keys = new Set(siblings.map((f) => titleKey(f.header.title)));
  const own = titleKey(header.title);
  const unnamed = unnamedSibling(lines, header.last + 1, limit, siblings);
  let start: number | undefined;
  for (let i = header.last + 1; i < lines.length; i++) {
    const line = lines[i] as Line;
    if (line.textStart >= limit) break;
    if (line.blank) continue;
    const written = titleKey(line.body);
    // A title line may shorten its words ("Eng Mgr, GenAI Platform Security" for "Engineering Manager, GenAI …").
    const key = keys.has(written) || line.bullet ? written : (shortenedTitle(line.body, siblings) ?? written);
    // A duty that opens with a sibling's title as its label ("• ML Engineer: moved the stack to PyTorch") starts that sibling's part.
    const labelled = keys.has(key) ? undefined : labelledTitle(line.body, siblings, unnamed);
    if (!keys.has(key) && labelled === undefined) continue;
    const named = labelled ?? key;
    if (start !== undefined && (labelled === undefined || named !== own)) return { start, end: line.start };
    if (named === own) start ??= line.textStart;
  }
  return start === undefined ? undefined : { start, end: limit };
}

/** The title key of the sibling position a whole line names with shortened words ("Sr Eng Mgr" for "Senior Engineering Manager"). */
function shortenedTitle(body: string, siblings: readonly Found[]): string | undefined {
  if (body.length > MAX_SHORT_TITLE) return undefined;
  const found = siblings.find((f) => shortensTitle(body, f.header.title));
  return found ? titleKey(found.header.title) : undefined;
}

/** The longest line read as a sibling's shortened title. */
const MAX_SHORT_TITLE = 80;

/**
 * A line shortens a title when its words are the title's, word for word, each the same or a clipped form of it (its
 * first letter, then others of it in order: "Eng" for "Engineering", "Mgr" for "Manager"), one word at least clipped.
 */
function shortensTitle(line: string, title: string): boolean {
  const said = line.toLowerCase().match(WORD_RUN) ?? [];
  const full = title.replace(EXPERIENCE_PATTERNS.parenthetical, '').toLowerCase().match(WORD_RUN) ?? [];
  if (said.length !== full.length || said.length < 2) return false;
  let clipped = 0;
  for (const [n, word] of said.entries()) {
    const whole = full[n] as string;
    if (word === whole) continue;
    if (word.length < 2 || word.length >= whole.length || !isClipped(word, whole)) return false;
    clipped++;
  }
  return clipped > 0;
}

/** Letters and digits. */
const WORD_RUN = unicodeLiteral`/[\p{L}\p{N}]+/gu`;

/** The word's first letter is the whole's, and its other letters stand in the whole in order. */
function isClipped(word: string, whole: string): boolean {
  if (word.charAt(0) !== whole.charAt(0)) return false;
  let at = 1;
  for (const c of word.slice(1)) {
    at = whole.indexOf(c, at) + 1;
    if (at === 0) return false;
  }
  return true;
}

/** A label closed by a colon that opens a line, after its bullet ("• Data Scientist: demand forecasting …"). */
const DUTY_LABEL = /^(?:[-*•●○▪■◦‣∙➢►✓]\s{1,3})?([^:\s][^:]{1,58}):\s/u;

/** The title key of the sibling position a line's label names, as written or with initials for words ("ML Engineer"). */
function labelledTitle(body: string, siblings: readonly Found[], unnamed?: Found): string | undefined {
  const bracketed = BRACKET_LABEL.exec(body)?.[1];
  const label = DUTY_LABEL.exec(body)?.[1] ?? bracketed;
  if (label === undefined) return undefined;
  const found = siblings.find((f) => namesTitle(label, f.header.title));
  if (found) return titleKey(found.header.title);
  // A bracketed label that names no position as written ("(Ingénieur ML)" for "ingénieur en apprentissage
  // automatique") names the one position no label names, when it shares a word with its title.
  return bracketed !== undefined && unnamed !== undefined && sharesWord(bracketed, unnamed.header.title) ? titleKey(unnamed.header.title) : undefined;
}

/** A title in brackets that opens a duty, after its bullet: "• (ML Engineer) trained the ranking models". */
const BRACKET_LABEL = /^(?:[-*•●○▪■◦‣∙➢►✓]\s{1,3})?\(([^()\n]{2,58})\)\s/u;

/** The one position among several that no bracketed duty label of their part names as written, if any. */
function unnamedSibling(lines: readonly Line[], first: number, limit: number, siblings: readonly Found[]): Found | undefined {
  const labels: string[] = [];
  for (let i = first; i < lines.length && (lines[i] as Line).textStart < limit; i++) {
    const label = BRACKET_LABEL.exec((lines[i] as Line).body)?.[1];
    if (label !== undefined) labels.push(label);
  }
  if (labels.length === 0) return undefined;
  const left = siblings.filter((f) => !labels.some((l) => namesTitle(l, f.header.title)));
  return left.length === 1 ? left[0] : undefined;
}

/** Two texts share a word of three letters or more, case aside. */
function sharesWord(a: string, b: string): boolean {
  const mine = new Set(a.toLowerCase().match(WORD_RUN) ?? []);
  return (b.toLowerCase().match(WORD_RUN) ?? []).some((x) => x.length > 2 && mine.has(x));
}

/**
 * A label names a title when its words are the title's, each either the same word or capitals standing for the
 * initials of as many title words in a row ("ML Engineer" for "Machine Learning Engineer").
 */
function namesTitle(label: string, title: string): boolean {
  const said = label.trim().split(/\s+/u);
  const full = titleKey(title.replace(EXPERIENCE_PATTERNS.parenthetical, '')).split(/\s+/u);
  let j = 0;
  for (const word of said) {
    if (full[j] === word.toLowerCase()) {
      j++;
      continue;
    }
    const initials = INITIALS.test(word) ? full.slice(j, j + word.length) : [];
    if (initials.length < word.length || initials.some((w, n) => w.charAt(0) !== word.charAt(n).toLowerCase())) return false;
    j += word.length;
  }
  return j === full.length;
}

/** Capitals that may stand for words ("ML", "QA"). */
const INITIALS = unicodeRegex`^\p{Lu}{2,4}$`;

/**
 * Roles stacked under one employer's dates ("04/2020 – present  Aquila GmbH" over "Senior ML Engineer (since 01/2023)"
 * over "ML Engineer (04/2020 – 12/2022)", then the duties): an entry with no duties of its own, right above a role
 * within its dates or at the same employer on the very next line, shares the duties written under that role. Two
 * roles that name no employer, the lower one ending the month before the upper one starts, are a promotion at the
 * employer written under them ("Data Scientist  01/2021 – 03/2022" over "Data Analyst  07/2019 – 12/2020" over
 * "Hollin Retail Group, Offenbach"); the label of a form's field before the next role ("Title:") is no duty.
 */
function sharedDuties(text: string, entries: RawEntry[]): RawEntry[] {
  for (let k = entries.length - 2; k >= 0; k--) {
    const e = entries[k] as RawEntry;
    const next = entries[k + 1] as RawEntry;
    const promotion = e.organization === undefined && next.organization === undefined && next.end + 1 === e.start;
    const sameEmployer = within(next, e) || (e.organization !== undefined && e.organization === next.organization) || promotion;
    if (next.bodyEnd <= next.bodyStart || !sameEmployer || next.headerStart < e.headerEnd) continue;
    // On the very next line: a blank line between sets the roles apart, each over its own duties.
    const between = text.slice(e.headerEnd, next.headerStart);
    const newline = between.indexOf('\n');
    if (newline === -1 || newline !== between.lastIndexOf('\n') || between.slice(0, newline).trim() !== '') continue;
    const label = between.slice(newline + 1).trim();
    if (label !== '' && !FIELD_LABEL.test(label)) continue;
    if (e.bodyEnd > e.bodyStart && text.slice(e.bodyStart, e.bodyEnd).trim() !== label) continue;
    entries[k] = { ...e, bodyStart: next.bodyStart, bodyEnd: next.bodyEnd };
  }
  return entries;
}

/** A form's field label ("Title:", "Job title:", "Poste :"): one to three words and a colon. */
const FIELD_LABEL = /^\p{L}+(?:[ -]\p{L}+){0,2} ?:$/u;

/** Most characters before a list item's leading dates ("• 2023–24: built …"): its bullet and a space. */
const MAX_ITEM_DATE_AT = 3;

/**
 * Roles at one employer that share one list of duties, whose items open with their years ("• 2023–24: built the RAG
 * copilot", "• 2018–20: churn models"): each item belongs to the role its years overlap most, an undated item to the
 * role of the dated item above it. When the items then fall in one run per role, each role keeps its run only.
 */
function datedItems(lines: readonly Line[], entries: RawEntry[]): RawEntry[] {
  for (let k = 0; k < entries.length; k++) {
    const e = entries[k] as RawEntry;
    let last = k;
    while (last + 1 < entries.length && (entries[last + 1] as RawEntry).bodyStart === e.bodyStart && (entries[last + 1] as RawEntry).bodyEnd === e.bodyEnd)
      last++;
    if (last > k && e.bodyEnd > e.bodyStart) splitDatedItems(lines, entries, k, last);
    k = last;
  }
  return entries;
}

/** Entries [from, to] share one body: each gets the run of items its years own, when every one of them has one. */
function splitDatedItems(lines: readonly Line[], out: RawEntry[], from: number, to: number): void {
  const body = out[from] as RawEntry;
  const runs = new Map<number, { start: number; end: number }>();
  let owner: number | undefined;
  let dated = 0;
  for (let i = indexFrom(lines, body.bodyStart, textStartOf); i < lines.length && (lines[i] as Line).textStart < body.bodyEnd; i++) {
    const line = lines[i] as Line;
    const end = line.textStart + line.body.length;
    if (!line.bullet) {
      // A bullet's wrapped lines go with it; a line of its own before the first item is everyone's, and one after it
      // ("Tools: …") leaves the list shared.
      if (line.blank || owner === undefined) continue;
      if (!line.cont) return;
      (runs.get(owner) as { end: number }).end = end;
      continue;
    }
    const r = line.ranges[0];
    if (r !== undefined && r.index <= MAX_ITEM_DATE_AT) {
      const k = mostOverlapping(out, from, to, r);
      if (k === undefined) return;
      dated++;
      // The items of one role stand together: a role met again after another one's items is no run.
      if (k !== owner && runs.has(k)) return;
      owner = k;
    } else if (owner === undefined) return;
    const run = runs.get(owner as number);
    if (run) run.end = end;
    else runs.set(owner as number, { start: line.textStart, end });
  }
  if (dated < 2 || runs.size !== to - from + 1) return;
  for (const [k, run] of runs) out[k] = { ...(out[k] as RawEntry), bodyStart: run.start, bodyEnd: run.end };
}

/** The one entry of [from, to] whose range overlaps `r` for the most months (none on a tie or no overlap). */
function mostOverlapping(out: readonly RawEntry[], from: number, to: number, r: { start: number; end: number }): number | undefined {
  let best: number | undefined;
  let most = 0;
  let tie = false;
  for (let k = from; k <= to; k++) {
    const e = out[k] as RawEntry;
    const months = monthsBetween(Math.max(e.start, r.start), Math.min(e.end, r.end));
    if (months > most) {
      best = k;
      most = months;
      tie = false;
    } else if (months === most && months > 0) tie = true;
  }
  return tie ? undefined : best;
}

/** "Acme Corp   2015 – 2020" directly followed by its roles is a company line: it names their organisation. */
function groupHeaders(w: EntryWords, entries: readonly RawEntry[]): RawEntry[] {
  const out: RawEntry[] = [];
  let group: RawEntry | null = null;
  for (let k = 0; k < entries.length; k++) {
    const e = entries[k] as RawEntry;
    const next = entries[k + 1];
    // A dated part of a job (an engagement that names its client) is no company line over the parts after it.
    if (next !== undefined && !e.part && isCompanyLine(w, e, next) && fitWithin(next, e)) {
      group = e;
      continue;
    }
    const fitted = group !== null ? fitWithin(e, group) : undefined;
    if (!fitted) group = null;
    const role = fitted ?? e;
    out.push(group !== null && role.organization === undefined ? { ...role, organization: companyName(w, group) } : role);
  }
  return out;
}

/**
 * A role within its company line's dates, a bound written as a year alone taken as the company's month in that year
 * ("Crown Hill Systems  October 2016 – February 2022" over "Security Engineer (2016 – 2019)": from October 2016); or
 * undefined when the role lies outside them.
 */
function fitWithin(inner: RawEntry, outer: RawEntry): RawEntry | undefined {
  if (within(inner, outer)) return inner;
  const year = (ym: number) => Math.floor(ym / 12);
  const startFits = inner.start >= outer.start || (inner.startYearOnly === true && year(inner.start) === year(outer.start));
  const endFits = inner.end <= outer.end || (inner.endYearOnly === true && year(inner.end) === year(outer.end));
  if (!startFits || !endFits) return undefined;
  const start = Math.max(inner.start, outer.start);
  const end = Math.min(inner.end, outer.end);
  if (end < start) return undefined;
  const fitted = { ...inner, start, end, current: inner.current && end === inner.end };
  return { ...fitted, months: workedRanges(fitted).reduce((n, r) => n + monthsBetween(r.start, r.end), 0) };
}

/**
 * A company line's name: what it read as the organisation when that names a company ("Valencia | Talaia Software
 * S.L.") or its title is only a place or a remark in brackets ("Kestrel GmbH, Nuremberg  (MSSP, 24/7 SOC)"); else its
 * title ("Datalia Analytics · Barcelona").
 */
function companyName(w: EntryWords, group: RawEntry): string {
  const org = group.organization;
  if (org === undefined) return group.title;
  const named = (s: string) => w.orgMarker.test(s) || w.legalSuffix.test(s);
  const place = (s: string) => w.location.test(s.trim());
  if (BRACKETED.test(group.title) || place(group.title) || (named(org) && !named(group.title)) || (!place(org) && !orgLike(group.title))) return org;
  return group.title;
}

function isCompanyLine(w: EntryWords, e: RawEntry, next: RawEntry): boolean {
  if (e.title === '' || w.jobWord.test(e.title)) return false;
  // "Datalia Analytics · Barcelona   Sep 2018 – Jan 2023" over its roles without an employer: what it read as an
  // organisation is the company's place.
  if (e.bodyEnd <= e.bodyStart && (e.organization === undefined || next.organization === undefined)) return true;
  // "Lumera AI GmbH, Munich   since 04.2018" over a line about the company, then its dated roles without an employer.
  return (w.orgMarker.test(e.title) || w.legalSuffix.test(e.title)) && next.organization === undefined;
}

function within(inner: RawEntry, outer: RawEntry): boolean {
  return inner.start >= outer.start && inner.end <= outer.end;
}
