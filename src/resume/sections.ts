import type { Section, SectionName } from '../schemas';
import { type Lexicon, lexiconFor } from '../text/lexicon';
import { escapeRegex, expandPhrase, fold, phrasesRegex, unicodeRegex, unicodeLiteral } from '../text/phrases';
import { bulletTextColumn, WRAPPED_BULLET_LINE } from '../text/tokens';

/** The heading vocabulary of a lexicon, as lookups (built once per lexicon). */
export interface HeadingWords {
  index: ReadonlyMap<string, SectionName>;
  modifiers: ReadonlySet<string>;
  inlineLabels: ReadonlySet<string>;
  weakHeadings: ReadonlySet<string>;
  /** Headings of job titles only ("TEACHING"): a section of their own even after one of the same name. */
  jobTitleHeadings: ReadonlySet<string>;
  and: readonly string[];
  /** " and " between two heading phrases, in any of the lexicon's languages. */
  andSplit: RegExp;
  spoken: RegExp;
}

/** Sections whose entries may carry sub-labels that look like headings. */
const BODY_SECTIONS = new Set<SectionName>(['experience', 'education', 'projects', 'volunteering']);

const headingWordsCache = new WeakMap<Lexicon, HeadingWords>();

export function headingWordsFor(lex: Lexicon): HeadingWords {
  const hit = headingWordsCache.get(lex);
  if (hit) return hit;
  const index = new Map<string, SectionName>();
  for (const [name, phrases] of Object.entries(lex.sections.headings) as Array<[SectionName, string[]]>) {
    for (const key of headingKeys(phrases)) if (!index.has(key)) index.set(key, name);
  }
  const words: HeadingWords = {
    index,
    modifiers: new Set(headingKeys(lex.sections.modifiers)),
    inlineLabels: new Set(headingKeys(lex.sections.inlineLabels)),
    weakHeadings: new Set(headingKeys(lex.sections.weakHeadings)),
    jobTitleHeadings: new Set(headingKeys(lex.sections.jobTitleHeadings)),
    and: lex.sections.and.length > 0 ? lex.sections.and.map(keyOf) : ['and'],
    andSplit: new RegExp(` (?:${(lex.sections.and.length > 0 ? lex.sections.and.map(keyOf) : ['and']).map(escapeRegex).join('|')}) `, 'u'),
    spoken: phrasesRegex(lex.sections.spokenLanguages),
  };
  headingWordsCache.set(lex, words);
  return words;
}

/** Lowercase ASCII words and single spaces: a phrase that is its own only form and key (nothing to expand, fold or drop). */
const KEY_AS_WRITTEN = /^[a-z]+(?: [a-z]+)*$/;

/** The lookup keys of every form of the phrases, in order (3 in 4 heading phrases are keys as written). */
function headingKeys(phrases: readonly string[]): string[] {
  const out: string[] = [];
  for (const p of phrases) {
    if (KEY_AS_WRITTEN.test(p)) out.push(p);
    else for (const form of expandPhrase(p)) out.push(...keysOf(form));
  }
  return out;
}

/**
 * A phrase's lookup keys: as written, and without its hyphens and apostrophes, which a heading line loses
 * ("IT-KENNTNISSE" → "itkenntnisse", "CENTRES D'INTÉRÊT" → "centres dinteret"); one key when it has none.
 */
function keysOf(phrase: string): string[] {
  const key = keyOf(phrase);
  return HYPHEN_OR_APOSTROPHE.test(phrase) ? [key, keyOf(phrase.replace(HYPHENS_AND_APOSTROPHES, ''))] : [key];
}

const HYPHEN_OR_APOSTROPHE = /[-'’]/u;
const HYPHENS_AND_APOSTROPHES = /[-'’]/gu;

/** A heading phrase as a lookup key: lowercase, accents folded, letters and single spaces only. */
function keyOf(phrase: string): string {
  return fold(phrase)
    .replace(unicodeLiteral`/[^\p{L} ]/gu`, ' ')
    .split(' ')
    .filter((w) => w !== '')
    .join(' ');
}

/** Heading patterns; each runs on lines of at most `MAX_HEADING_LINE` characters. */
export const HEADING_PATTERNS = {
  /** One character of decoration before a heading ("== SKILLS ==", "— Experience —", "# Education", "► FORMATION"); stripped by a bounded scan. */
  decorationStart: unicodeRegex`[\s\-_=–—~*#|•·:.>»›«‹\p{So}]`,
  /** One character of decoration after a heading (a full stop there is no decoration). */
  decorationEnd: unicodeRegex`[\s\-_=–—~*#|•·:<«‹»›\p{So}]`,
  /** A trailing "(continued)" / "(cont.)" / "(cont'd)". */
  continued: /\s{0,3}\((?:continued|cont\.?|cont['’]d)\)$/iu,
  /** A section number before a heading ("1.  ACADEMIC QUALIFICATIONS", "IV) Experience"). */
  numbered: unicodeRegex`^(?:\d{1,2}|[IVX]{1,4})[.)]\s{1,4}(?=\p{L})`,
  /** A short remark in brackets at the end of a heading ("(self-rated)", "(selection)"); one class up to a bracket: linear. */
  remark: /\s{0,3}\([^()\n]{1,90}\)$/u,
  /** `&`, `+` and `/` between heading words, read as "and". */
  and: /\s{0,3}[&+/,]\s{0,3}/gu,
  /** Anything that is not a letter or a space. */
  nonLetter: unicodeLiteral`/[^\p{L} ]/gu`,
  /** Accents, removed after decomposition. */
  mark: unicodeLiteral`/\p{M}/gu`,
  /** A run of spaces. */
  spaces: / {2,}/gu,
  /** Sentence punctuation that a heading never ends with. */
  sentenceEnd: /[.!?;]$/u,
  /** Starts with an uppercase letter (after decoration). */
  upperStart: unicodeRegex`^\p{Lu}`,
} as const;

/** Sections a heading may pair with experience and still hold jobs ("Projects & Employment"). */
const JOB_HOLDING: ReadonlySet<SectionName> = new Set(['experience', 'projects', 'volunteering']);

/** Sections whose entries may carry a labelled line of their own ("Skills: …" under a job). */
const JOB_SECTIONS: ReadonlySet<SectionName> = new Set(['experience', 'projects']);
/** Labels that belong to an entry of a section when inline in it ("Honors: Cum Laude" under a degree): that line only. */
const ENTRY_LABELS: ReadonlyMap<SectionName, ReadonlySet<SectionName>> = new Map([['education', new Set<SectionName>(['awards'])]]);

/** A heading line is never longer than this. */
const MAX_HEADING_LINE = 60;
/** At most this many decoration characters are stripped from either end of a heading. */
const MAX_DECORATION = 20;
/** A heading has at most this many words. */
const MAX_HEADING_WORDS = 6;

interface Heading {
  name: SectionName;
  heading: string;
  start: number;
}

/** Splits normalised text into contiguous sections; the part before the first heading is `header`. */
export function findSections(text: string, lex: Lexicon = lexiconFor(), memo?: HeadingMemo): Section[] {
  const words = headingWordsFor(lex);
  const headings: Heading[] = [];
  let current: SectionName = 'header';
  let offset = 0;
  // A labelled line inside a job ("Skills: Python · Kubernetes", as LinkedIn prints under each position) is that
  // section for its own line only: the job's section goes on after it.
  let resume: SectionName | undefined;
  // No line but blank ones since the last heading.
  let emptySince = true;
  let apart = false;
  const hanging = { column: -1, goesOn: false };
  let datedAbove = false;
  // The section's heading is in capitals: a weak label in mixed case under it is one of its entries' sub-labels.
  let capsAbove = false;
  // The line above (blank or not).
  let prev = '';
  const all = text.split('\n');
  all.forEach((line, li) => {
    if (resume !== undefined) {
      if (resume !== current) headings.push({ name: resume, heading: '', start: offset });
      current = resume;
      resume = undefined;
    }
    const wrapped = goesOnBullet(line, hanging);
    // Before any heading, a label right under a dated line ("Sept 2019 – present" over "Selected engagements:") is a
    // sub-label of the job that line heads, as in an experience section.
    const found = readHeading(line, current === 'header' && datedAbove ? 'experience' : current, words, memo, capsAbove);
    if (line.trim() !== '') datedAbove = YEAR.test(line);
    const above = prev;
    prev = line;
    // "SKILLS⏎Languages⏎Python · Java": a languages label right under a skills heading opens the skills list.
    const sublabel = found?.name === 'languages' && current === 'skills' && !found.inline && emptySince;
    // A heading of job titles only ("TEACHING") keeps its own section, to be read apart, also beside an experience one.
    // A heading in capitals heads its section even indented to a bullet's text ("  - Built … Azure Kubernetes⏎    SKILLS").
    // "Diplôme" over "d'ingénieur, département" over "Informatique" over "2013 – 2018" under "FORMATION": a label in mixed
    // case right under a line cut after a lowercase word, below a heading in capitals and over the entry's dates alone,
    // is the rest of a name a narrow column wrapped.
    const cut =
      found !== null &&
      !found.inline &&
      capsAbove &&
      BODY_SECTIONS.has(current) &&
      CUT_AFTER_WORD.test(above) &&
      MIXED_CASE_WORD.test(line.trim()) &&
      DATES_ONLY.test(all[li + 1] ?? '');
    const goesOn = (wrapped && !found?.inline && !(UPPERCASE.test(line) && !LOWERCASE.test(line))) || cut;
    if (found && (found.name !== current || found.apart || apart) && !sublabel && !goesOn) {
      if (found.inline && (JOB_SECTIONS.has(current) || ENTRY_LABELS.get(current)?.has(found.name) === true)) resume = current;
      headings.push({ name: found.name, heading: found.heading, start: offset });
      current = found.name;
      apart = found.apart;
      capsAbove = !found.inline && UPPERCASE.test(found.heading) && !LOWERCASE.test(found.heading);
      emptySince = true;
    } else if (line.trim() !== '' && !found) emptySince = false;
    offset += line.length + 1;
  });
  return toSections(headings, text.length);
}

/** A year of the last two centuries, as a job's dates hold one. */
const YEAR = /(?<!\d)(?:19|20)\d\d(?!\d)/u;

/** A lowercase letter; an uppercase one. A line in capitals has the second and not the first. */
const LOWERCASE = unicodeRegex`\p{Ll}`;
const UPPERCASE = unicodeRegex`\p{Lu}`;
/** A first word in mixed case ("Principales réalisations", not "PROJECTS (selected)"). */
const MIXED_CASE_WORD = unicodeRegex`^\P{L}{0,4}\p{L}\p{Ll}`;
/** A line of dates alone ("2013 – 2018", "09/2013 – 06/2018"). */
const DATES_ONLY = /^\s{0,40}(?:\d{1,2}[/.])?(?:19|20)\d{2}(?:\s{0,3}[-–—]\s{0,3}(?:\d{1,2}[/.])?(?:19|20)\d{2})?\s{0,3}$/u;
/** A line that ends on a lowercase word, no stop after it: a name a wrap may have cut. */
const CUT_AFTER_WORD = unicodeRegex`\p{Ll}$`;
/** The end of a sentence or of a label: the line after it starts something new. */
const LINE_STOP = /[.;:!?]$/u;

/**
 * Whether `line` is indented to the text of the bullet above it (or of that bullet's wrapped lines), right under a
 * long line that stops mid-sentence ("- … auf Azure Kubernetes⏎  Service"): it goes on that bullet and heads nothing.
 * Updates `hanging` (the bullet's text column, and whether the line above goes on) for the next line.
 */
function goesOnBullet(line: string, hanging: { column: number; goesOn: boolean }): boolean {
  const text = line.trim();
  const indent = text === '' ? -1 : line.length - line.trimStart().length;
  const wrapped = hanging.goesOn && indent > 0 && indent === hanging.column;
  const bullet = bulletTextColumn(line);
  if (bullet !== -1) hanging.column = bullet;
  else if (!wrapped) hanging.column = -1;
  // A bullet's text longer than a narrow column's line, not ending a sentence, was wrapped.
  hanging.goesOn = hanging.column !== -1 && text.length > WRAPPED_BULLET_LINE && !LINE_STOP.test(text);
  return wrapped;
}

/** The name of the section that holds `offset` (the last section for an offset past the end). */
export function sectionAt(sections: readonly Section[], offset: number): SectionName {
  let lo = 0;
  let hi = sections.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sections[mid] as Section;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end && mid < sections.length - 1) lo = mid + 1;
    else return s.name;
  }
  return sections[0]?.name ?? 'header';
}

function toSections(headings: readonly Heading[], length: number): Section[] {
  const out: Section[] = [];
  const first = headings[0];
  if (!first || first.start > 0) out.push({ name: 'header', heading: '', start: 0, end: first ? first.start : length });
  headings.forEach((h, i) => {
    const next = headings[i + 1];
    out.push({ name: h.name, heading: h.heading, start: h.start, end: next ? next.start : length });
  });
  return out;
}

/** The section a line names as a heading alone on its line ("PRIOR LEGAL PRACTICE"), or null. */
export function lineHeading(line: string, lex: Lexicon, memo?: HeadingMemo): SectionName | null {
  const found = readHeading(line, 'header', headingWordsFor(lex), memo);
  return found && !found.inline && found.runIn !== true ? found.name : null;
}

/** What a line names as a heading whatever section it stands in: its label's lookup, and the content after a colon. */
interface HeadingLabel {
  key: string;
  name: SectionName;
  cleaned: string;
  colon: number;
  content: string;
  /** A heading in capitals run into its content on its line: a heading all the same, its content the section's first text. */
  runIn?: true;
}

/**
 * The heading labels of one document's lines, by line, for one lexicon: the sidebar mover and `findSections` read the
 * same lines (one memo per document, made by its caller and dropped with it).
 */
export type HeadingMemo = Map<string, HeadingLabel | null>;

/** Reads one line as a heading: alone on its line, or a strong label followed by content after a colon. */
function readHeading(
  line: string,
  current: SectionName,
  words: HeadingWords,
  memo?: HeadingMemo,
  capsAbove = false,
): { name: SectionName; heading: string; inline: boolean; apart: boolean; runIn?: true } | null {
  let label = memo?.get(line);
  if (label === undefined) {
    label = headingLabel(line, words);
    memo?.set(line, label);
  }
  if (label === null) return null;
  const { key, name, cleaned, colon, content } = label;
  if (label.runIn) return name === current ? null : { name, heading: cleaned, inline: false, apart: false, runIn: true };
  if (content !== '' && !inlineOpens(key, name, content, current, words)) return null;
  // Indented, a label in capitals ("    FORMACIÓN" in a main column set off the margin) is a heading, no sub-label.
  // Under a heading in capitals, a label in mixed case ("EXPERIENCE" over "Key achievements") is a sub-label too.
  const sublabel =
    colon !== -1 || (line.startsWith(' ') && !(UPPERCASE.test(cleaned) && !LOWERCASE.test(cleaned))) || (capsAbove && MIXED_CASE_WORD.test(cleaned));
  if (sublabel && isWeakHeading(key, words) && BODY_SECTIONS.has(current)) return null;
  return { name, heading: content === '' ? line.trim() : cleaned, inline: content !== '', apart: content === '' && isJobTitleHeading(key, words) };
}

/** Whether a label is a sub-label inside an entry, as written or after its modifiers ("Selected engagements:"). */
function isWeakHeading(key: string, words: HeadingWords): boolean {
  if (words.weakHeadings.has(key)) return true;
  const parts = key.split(' ');
  let k = 0;
  while (k < parts.length - 1 && words.modifiers.has(parts[k] as string)) k++;
  return k > 0 && words.weakHeadings.has(parts.slice(k).join(' '));
}

/** The part of `readHeading` that does not depend on the section the line stands in. */
function headingLabel(line: string, words: HeadingWords): HeadingLabel | null {
  const t = stripRules(line.trim());
  if (t.length < 2 || t.startsWith('- ')) return null;
  // Exact: a lowercase ASCII letter is no decoration and no section number, so the cleaned label would start with it.
  if (isLowerAscii(t.charCodeAt(0))) return null;
  const colon = t.slice(0, MAX_HEADING_LINE + 1).indexOf(':');
  const label = colon === -1 ? t : t.slice(0, colon);
  // A long remark in brackets after a short heading ("SELECTED PUBLICATIONS (* = equal contribution; full list …)") is no body line.
  if (label.length > MAX_HEADING_LINE && (HEADING_PATTERNS.remark.exec(label)?.index ?? label.length) > MAX_HEADING_LINE) {
    return colon === -1 ? runInLabel(t, words) : null;
  }
  const content = colon === -1 ? '' : t.slice(colon + 1).trim();
  const cleaned = stripDecoration(label);
  if (!HEADING_PATTERNS.upperStart.test(cleaned) || HEADING_PATTERNS.sentenceEnd.test(cleaned)) return null;
  const found = lookupHeading(cleaned, words);
  if (found === null && colon === -1) return columnLabel(t, words) ?? runInLabel(t, words);
  // One literal, no spread of `found`: V8 clones a spread object through a slow path (~3 µs a heading line).
  return found === null ? null : { key: found.key, name: found.name, cleaned, colon, content };
}

/** A word of a heading in capitals ("EDUCATION", "PROJECTS", "&"). */
const CAPS_WORD = unicodeRegex`^(?:\p{Lu}[\p{Lu}/-]*|[&+/])$`;
/** The first word of a run-in heading's content, in mixed case ("Master's", "Python,", "“Evaluating"), maybe after a quote. */
const CONTENT_START = unicodeRegex`^["“']?\p{Lu}\p{Ll}`;

/**
 * A heading in capitals run into its content, as an ATS export collapses a section onto one line ("EDUCATION Master's
 * in Data Mining …", "CORE SKILLS Python, SQL, R | …", "PROJECTS & TALKS "Evaluating RAG …""): the longest run of
 * capital words that names a section, no sub-label, before content in mixed case; else null.
 */
function runInLabel(t: string, words: HeadingWords): HeadingLabel | null {
  if (!LOWERCASE.test(t)) return null;
  const parts = t.slice(0, MAX_HEADING_LINE + 1).split(' ');
  let run = 0;
  while (run < MAX_HEADING_WORDS && run < parts.length - 1 && CAPS_WORD.test(parts[run] as string)) run++;
  for (let k = run; k >= 1; k--) {
    const cleaned = parts.slice(0, k).join(' ');
    const content = t.slice(cleaned.length + 1).trim();
    if (!CONTENT_START.test(content)) continue;
    const found = lookupHeading(cleaned, words);
    if (found !== null && !isWeakHeading(found.key, words)) return { ...found, cleaned, colon: -1, content, runIn: true };
  }
  return null;
}

/** Spaces that end a table row's label column ("Hobbys        Go (Brettspiel)"). */
const COLUMN_GAP = '  ';

/**
 * A table row whose label column names pastimes ("Hobbys      Go (japanisches Brettspiel), Rennrad" under "Kenntnisse"):
 * the row opens the interests section, as "Hobbys: …" does. Only interests: other labels of a skills table stay rows.
 */
function columnLabel(t: string, words: HeadingWords): HeadingLabel | null {
  const gap = t.indexOf(COLUMN_GAP);
  if (gap < 2 || gap > MAX_HEADING_LINE) return null;
  const content = t.slice(gap).trim();
  const cleaned = stripDecoration(t.slice(0, gap));
  if (!HEADING_PATTERNS.upperStart.test(cleaned)) return null;
  const found = lookupHeading(cleaned, words);
  return found?.name === 'interests' ? { key: found.key, name: found.name, cleaned, colon: gap, content } : null;
}

function isLowerAscii(c: number): boolean {
  return c >= 97 && c <= 122;
}

/** The section a heading names: as written, else without a remark in brackets at its end ("Technical skills (self-rated)"). */
function lookupHeading(cleaned: string, words: HeadingWords): { key: string; name: SectionName } | null {
  const remark = HEADING_PATTERNS.remark.exec(cleaned);
  const texts = remark && remark.index > 0 ? [cleaned, cleaned.slice(0, remark.index)] : [cleaned];
  // A hyphen where the phrase has a space ("SKILLS-MATRIX", "WORK-EXPERIENCE"): the words apart, after the joined form.
  if (cleaned.includes('-')) texts.push(...texts.map((t) => t.replace(HYPHENS, ' ')));
  for (const text of texts) {
    const key = headingKey(text, words);
    if (key === '' || key.split(' ').length > MAX_HEADING_WORDS) continue;
    const name = lookup(key, words);
    if (name !== null) return { key, name };
  }
  return null;
}

const HYPHENS = /-/gu;

/** A label with content opens a section only when it is a strong label (spoken languages need evidence). */
function inlineOpens(key: string, name: SectionName, content: string, current: SectionName, words: HeadingWords): boolean {
  if (!words.inlineLabels.has(key) || name === current) return false;
  if (name === 'languages') return words.spoken.test(content);
  return true;
}

/** Characters a banner's rule is drawn with ("----- EDUCATION (1) -----", "==== SKILLS ====", "━━━ PROFILE ━━━"). */
const RULE_CHARS = '-=_~*#─━═';
/** A rule is a run of at least this many of one character. */
const MIN_RULE = 3;

/** A line without the rules drawn on either side of its words, as an ATS export frames a heading; any length, in one pass. */
function stripRules(t: string): string {
  let from = 0;
  while (from < t.length && t.charAt(from) === t.charAt(0)) from++;
  if (from < MIN_RULE || !RULE_CHARS.includes(t.charAt(0))) from = 0;
  let to = t.length;
  while (to > from && t.charAt(to - 1) === t.charAt(t.length - 1)) to--;
  if (t.length - to < MIN_RULE || !RULE_CHARS.includes(t.charAt(t.length - 1))) to = t.length;
  return from === 0 && to === t.length ? t : t.slice(from, to).trim();
}

function stripDecoration(s: string): string {
  const p = HEADING_PATTERNS;
  let from = 0;
  while (from < MAX_DECORATION && from < s.length && p.decorationStart.test(s.charAt(from))) from++;
  let to = s.length;
  while (s.length - to < MAX_DECORATION && to > from && p.decorationEnd.test(s.charAt(to - 1))) to--;
  return s.slice(from, to).replace(p.continued, '').replace(p.numbered, '').trim();
}

/** Lowercase words joined by single spaces, accents folded; `&`/`+`/`/`/`,` become "and"; letter-spaced words are closed up. */
function headingKey(s: string, words: HeadingWords): string {
  const spaced = s
    .split(HEADING_PATTERNS.spaces)
    .map((part) => (isLetterSpaced(part) ? part.replace(/ /gu, '') : part))
    .join(' ');
  return quickKey(spaced, words.and[0] as string) ?? folded(spaced.replace(HEADING_PATTERNS.and, ` ${words.and[0]} `));
}

/** Accents folded, letters and spaces kept, lowercase, single spaces. */
function folded(s: string): string {
  return s
    .normalize('NFD')
    .replace(HEADING_PATTERNS.mark, '')
    .replace(HEADING_PATTERNS.nonLetter, '')
    .toLowerCase()
    .split(' ')
    .filter((w) => w !== '')
    .join(' ');
}

/**
 * `headingKey`'s folding of a text in one pass, unit by unit; undefined (read the slow way) for a surrogate or a unit
 * that folds to something other than letters. Exact: ASCII has no accents and its letters are A–Z and a–z; another
 * unit folds as `folded` does it alone (`FOLDED_UNITS`: its decomposition, marks dropped, only letters kept), since
 * the only characters a whole-text decomposition reorders are marks, which are dropped; lowercasing comes last as
 * there. A space splits words, any other whitespace or character is dropped (joining what stands either side), and
 * each of `&+/,` becomes the "and" word, whatever spaces stand around it.
 */
function quickKey(s: string, and: string): string | undefined {
  let out = '';
  let word = '';
  let from = -1;
  for (let i = 0; i <= s.length; i++) {
    const c = i < s.length ? s.charCodeAt(i) : 32;
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) {
      if (from === -1) from = i;
      continue;
    }
    if (from !== -1) word += s.slice(from, i);
    from = -1;
    if (c >= 128) {
      const piece = foldedUnit(c);
      if (piece === undefined) return undefined;
      word += piece;
      continue;
    }
    const joins = c === 38 || c === 43 || c === 47 || c === 44;
    if (c !== 32 && !joins) continue;
    if (word !== '') out += out === '' ? word : ` ${word}`;
    word = '';
    if (!joins) continue;
    const key = andKeyOf(and);
    if (key === undefined) return undefined;
    if (key !== '') out += out === '' ? key : ` ${key}`;
  }
  return out.toLowerCase();
}

/** What `folded` leaves of each unit past ASCII, before lowercasing, remembered; undefined for a surrogate or when that is not letters only. */
const FOLDED_UNITS = new Map<number, string | undefined>();

function foldedUnit(c: number): string | undefined {
  if (c >= 0xd800 && c <= 0xdfff) return undefined;
  if (FOLDED_UNITS.has(c)) return FOLDED_UNITS.get(c);
  const piece = String.fromCharCode(c).normalize('NFD').replace(HEADING_PATTERNS.mark, '').replace(HEADING_PATTERNS.nonLetter, '');
  const letters = piece.includes(' ') ? undefined : piece;
  FOLDED_UNITS.set(c, letters);
  return letters;
}

/** The "and" words folded, by word, when that is ASCII; else undefined (read the slow way). */
const AND_KEYS = new Map<string, string | undefined>();

function andKeyOf(and: string): string | undefined {
  if (AND_KEYS.has(and)) return AND_KEYS.get(and);
  const key = folded(and);
  const ascii = /^[\x20-\x7e]*$/u.test(key) ? key : undefined;
  AND_KEYS.set(and, ascii);
  return ascii;
}

/** "E X P E R I E N C E": single letters separated by single spaces. */
function isLetterSpaced(part: string): boolean {
  if (part.length < 3) return false;
  for (let i = 0; i < part.length; i++) {
    const c = part.charAt(i);
    if (i % 2 === 1 ? c !== ' ' : c === ' ') return false;
  }
  return true;
}

/** A heading of job titles only, perhaps after modifiers ("Teaching", "Current research"). */
function isJobTitleHeading(key: string, words: HeadingWords): boolean {
  const parts = key.split(' ');
  let k = 0;
  while (k < parts.length - 1 && words.modifiers.has(parts[k] as string)) k++;
  return words.jobTitleHeadings.has(parts.slice(k).join(' '));
}

/** Exact phrase, then without leading modifiers, then "A and B" combinations (the first part names the section). */
function lookup(key: string, words: HeadingWords): SectionName | null {
  const direct = lookupPhrase(key, words);
  if (direct !== null) return direct;
  const parts = key.split(words.andSplit).filter((p) => p !== '');
  if (parts.length < 2) return null;
  // A one-word part before the last shares the last part's head noun: "Academic and professional appointments" is
  // "academic appointments" and "professional appointments". The shared reading is tried first; when it names
  // nothing and the word alone names another section than the last part ("Teaching and research interests"), the
  // last part decides: the word modifies the shared noun and is no heading of its own. Only when that last word is a
  // heading noun itself ("interests"), not an adjective after its noun ("formation et qualifications professionnelles"),
  // and only when the last part opens on no modifier: "Education and professional qualifications" pairs two nouns.
  const last = parts[parts.length - 1] as string;
  const head = last.slice(last.lastIndexOf(' ') + 1);
  const lastName = lookupPhrase(last, words);
  const headNamed = head !== last && !words.modifiers.has(last.slice(0, last.indexOf(' '))) && lookupPhrase(head, words) !== null;
  const names = parts.map((p, k) => {
    if (k === parts.length - 1) return lastName;
    if (p.includes(' ') || head === last) return lookupPhrase(p, words);
    const shared = lookupPhrase(`${p} ${head}`, words);
    if (shared !== null) return shared;
    const alone = lookupPhrase(p, words);
    return alone !== null && lastName !== null && alone !== lastName && headNamed ? lastName : alone;
  });
  if (names.some((n) => n === null)) return null;
  // "Projects & Employment": a section that holds jobs among its projects is read for jobs, whichever comes first.
  if (names.includes('experience') && names.every((n) => n !== null && JOB_HOLDING.has(n))) return 'experience';
  return names.find((n) => n !== 'other') ?? 'other';
}

function lookupPhrase(phrase: string, words: HeadingWords): SectionName | null {
  const direct = words.index.get(phrase);
  if (direct !== undefined) return direct;
  // Without a leading modifier followed by another word, nothing more is looked up (the loop below stops at k = 0).
  const space = phrase.indexOf(' ');
  if (space === -1 || !words.modifiers.has(phrase.slice(0, space))) return null;
  const parts = phrase.split(' ');
  let k = 0;
  while (k < parts.length - 1 && words.modifiers.has(parts[k] as string)) k++;
  if (k === 0) return null;
  // "Current position", "Previous academic appointment": a heading in the singular after its modifiers.
  const rest = parts.slice(k).join(' ');
  return words.index.get(rest) ?? words.index.get(`${rest}s`) ?? null;
}
