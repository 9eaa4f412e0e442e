/**
 * Text clean-up before anything else reads the résumé. Choices, so downstream code can rely on them:
 * - line ends are `\n`; tabs become two spaces; Unicode spaces become a space; invisible characters go;
 * - leading indentation is kept, and every inner run of 2+ spaces becomes exactly two spaces
 *   (a column gap such as "Title  Jan 2021 – Present" stays visible as `/ {2}/`);
 * - a bullet at line start becomes `- ` after the kept indentation;
 * - Markdown emphasis marks around a phrase (`**Title**`, `*2021 – 2023*`) go;
 * - trailing spaces are trimmed and at most two blank lines stand in a row.
 */

import { splitRecordLines } from './_records';
import { splitColumns } from './columns';
import { allLanguagesLexicon, type Lexicon } from './lexicon';
import { escapeRegex, lazyValues, lexiconRegExp, phrasesSource, unicodeRegex, unicodeLiteral } from './phrases';
import { compiledRegExp } from './repeats';

/** Normalisation patterns; each is linear (bounded or single-class repetitions only). */
export const NORMALIZE_PATTERNS = {
  /** Windows and old Mac line ends, vertical tabs and Unicode line/paragraph separators. */
  lineEnd: /\r\n?|[\v\u2028\u2029\u0085]/gu,
  /** A form feed: a page break. */
  formFeed: /\f/gu,
  /** NBSP and the other Unicode spaces. */
  space: /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/gu,
  /** Zero-width characters, BOM, word joiner and control characters (soft hyphens are handled per line). */
  invisible: /[\u200b-\u200d\u2060\ufeff\u180e\u0000-\u0008\u000e-\u001f\u007f]/gu,
  /** A soft hyphen inside a line (one at the line end marks a hyphenated break and is kept until joining). */
  softHyphen: /\u00ad(?!$)/gu,
  /** Any soft hyphen left after joining. */
  anySoftHyphen: /\u00ad/gu,
  /** Latin ligatures of PDF exports. */
  ligature: /[\ufb00-\ufb06]/gu,
  /** Mathematical bold, italic, script and monospace letters and digits ("𝗪𝗵𝗮𝘁 𝘆𝗼𝘂'𝗹𝗹 𝗼𝘄𝗻"): styled text of social posts. */
  mathLetter: /[\u{1d400}-\u{1d7ff}]/gu,
  /**
   * UTF-8 read as Windows-1252 (job-board exports): "â€‘", "â€™", "Ã©" stand for "‑", "’", "é". A three-byte sequence
   * starting "â" (U+2000–U+2FFF: dashes, quotes, bullets) or a two-byte one starting "Â" or "Ã" (U+0080–U+00FF).
   */
  mojibake:
    /â[\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201a\u201c-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]{2}|[ÂÃ][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201a\u201c-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]/gu,
  /** Hyphen look-alikes that are plain hyphens. */
  hyphen: /[\u2010\u2011\u2212]/gu,
  /**
   * A bullet at line start: a bullet symbol, or a dash, asterisk, ">" or "→" followed by a space, or Word's "o" bullet,
   * or Wingdings' arrow read as Latin-1 ("Ø  Led a team…", the glyph of \uf0d8) before a capital.
   */
  bullet: /^( *)(?:[•●▪■◦○‣∙➢►✓✔➤▸▹◆◇❖□☐⁃·\uf0b7\uf0a7\uf076\uf0d8\uf0fc]|[-–—*>→](?= )|o(?= {1,3}[A-Z])|Ø(?= {1,3}\p{Lu})) */u,
  /** Markdown strong emphasis around a phrase ("**Machine Learning Engineer**"); one class up to the closing marks: linear. */
  strong: unicodeLiteral`/(?<![\p{L}\p{N}*\\])\*\*(?=[^\s*])([^*\n]{1,200})(?<=\S)\*\*(?![\p{L}\p{N}*])/gu`,
  /** Markdown emphasis around a phrase ("*2022-05 → today*"), never a bullet ("* item") nor a product ("5*3*2"). */
  emphasis: unicodeLiteral`/(?<![\p{L}\p{N}*\\])\*(?=[^\s*])([^*\n]{1,200})(?<=\S)\*(?![\p{L}\p{N}*])/gu`,
  /** A run of two or more spaces. */
  spaceRun: / {2,}/gu,
  /** A lone number, a page number only when blank lines surround it. */
  loneNumber: /^\d{1,2}$/u,
  /** Starts with a lowercase letter: a word continued from a hyphenated line end. */
  lowerStart: unicodeRegex`^\p{Ll}`,
  /** Letters or digits. */
  word: unicodeRegex`[\p{L}\p{N}]`,
} as const;

const LIGATURES: Readonly<Record<string, string>> = {
  '\ufb00': 'ff',
  '\ufb01': 'fi',
  '\ufb02': 'fl',
  '\ufb03': 'ffi',
  '\ufb04': 'ffl',
  '\ufb05': 'st',
  '\ufb06': 'st',
};

/** A line longer than this is never a page header or footer. */
const MAX_MARKER_LINE = 120;
/** A line longer than this is never joined with the next (keeps joining linear on hostile input). */
const MAX_JOIN_LINE = 400;
/** Stands for a form feed on its own line until page artefacts are removed. */
const PAGE_BREAK = '\ue000';

/** Page and document words of every bundled language, compiled once per lexicon. */
interface PageWords {
  /** A page marker ending a short line: "Page 2", "Page 1 of 2", "Seite 2 von 3", "Name – Résumé  Page 1 / 2". */
  pageMarker: RegExp;
  /** A bare page number line: "2 of 3", "2/3", "- 2 -". */
  pageNumber: RegExp;
  /** A running header naming the document ("Résumé", "Lebenslauf", "CV"). */
  documentWord: RegExp;
  /** Words that usually start a real compound, so "data-\npoisoning" keeps its hyphen. */
  compoundHeads: ReadonlySet<string>;
  /** "Start date: Jan 2019" on its own line (group `value`: what follows the label). */
  startLabel: RegExp;
  /** "End date: Present" on the line after it. */
  endLabel: RegExp;
  /** "End Date:" with no date, on the line after a start date. */
  emptyEndLabel: RegExp;
  /** An end label after a start date on the start label's line ("2021-03 End Date: 2024-01"), its value maybe empty. */
  inlineEndLabel: RegExp;
  /** "Current Job: Yes" on the line after an empty end date. */
  currentYes: RegExp;
  /** A field saying whether the job is the current one, the last cell of a line of dates ("…  End date: —    Current: Yes"). */
  currentTail: RegExp;
  /** A table's column label of a start date, alone in its cell ("From", "Start date"). */
  startCell: RegExp;
  /** The same for an end date ("To", "End date"). */
  endCell: RegExp;
  /** The same for the column saying a job is the current one ("Current", "Current job"). */
  currentCell: RegExp;
  /** A cell saying yes ("Yes", "Ja", "Oui", "Sí"). */
  yesCell: RegExp;
  /** The word that ends a range at the present ("present"). */
  presentWord: string;
  /** A table cell that is a date's end alone: a year last, or a word of the present ("Sep 2021", "Present"). */
  dateCell: RegExp;
  /** Words a line that goes on ends with ("to", "the", "and"; `normalize.json` → `lineGoesOn`), lowercase. */
  goesOn: ReadonlySet<string>;
}

const pageWordsCache = new WeakMap<Lexicon, PageWords>();

/** The compiled page words of a lexicon. */
export function pageWordsFor(lex: Lexicon): PageWords {
  const hit = pageWordsCache.get(lex);
  if (hit) return hit;
  const n = lex.normalize;
  const of = n.ofWords.length > 0 ? `(?:${n.ofWords.map(escapeRegex).join('|')}|\\/)` : '\\/';
  const page = n.pageWords.length > 0 ? `(?:${n.pageWords.map(escapeRegex).join('|')})` : '(?!)';
  // Each made on first read: building a phrase list's source costs much on a first document, which needs few of them.
  const words = lazyValues<PageWords>({
    pageMarker: () => compiledRegExp(`(?:^|\\s)${page}\\s{0,3}\\d{1,3}(?:\\s{0,3}${of}\\s{0,3}\\d{1,3})?(?:\\s{0,2}[-–—])?$`, 'iu'),
    pageNumber: () => compiledRegExp(`^(?:[-–—]\\s{0,2})?\\d{1,3}(?:\\s{0,3}${of}\\s{0,3}\\d{1,3})?(?:\\s{0,2}[-–—])?$`, 'iu'),
    documentWord: () => lexiconRegExp(phrasesSource(n.documentWords)),
    compoundHeads: () => new Set(n.compoundHeads),
    startLabel: () => lexiconRegExp(`^\\s{0,8}${phrasesSource(lex.dates.startLabels)}\\s{0,2}:\\s{0,3}(?<value>\\S[^\\n]{0,60})$`),
    endLabel: () => lexiconRegExp(`^\\s{0,8}${phrasesSource(lex.dates.endLabels)}\\s{0,2}:\\s{0,3}(?<value>\\S[^\\n]{0,60})$`),
    emptyEndLabel: () => lexiconRegExp(`^\\s{0,8}${phrasesSource(lex.dates.endLabels)}\\s{0,2}:\\s{0,3}$`),
    inlineEndLabel: () => lexiconRegExp(`\\s${phrasesSource(lex.dates.endLabels)}\\s{0,2}:(?<value>[^\\n:]{0,60})$`),
    currentYes: () => lexiconRegExp(`^\\s{0,8}${phrasesSource(lex.dates.currentLabels)}\\s{0,2}[:?]\\s{0,3}${phrasesSource(lex.dates.yesWords)}\\s{0,3}$`),
    currentTail: () => lexiconRegExp(`^${phrasesSource(lex.dates.currentLabels)}\\s{0,2}:\\s{0,3}(?<answer>\\p{L}{1,6})$`),
    startCell: () => lexiconRegExp(`^${phrasesSource(lex.dates.startLabels)}$`),
    endCell: () => lexiconRegExp(`^${phrasesSource(lex.dates.endLabels)}$`),
    currentCell: () => lexiconRegExp(`^${phrasesSource(lex.dates.currentLabels)}$`),
    yesCell: () => lexiconRegExp(`^${phrasesSource(lex.dates.yesWords)}$`),
    presentWord: () => lex.dates.present[0] ?? '',
    dateCell: () => lexiconRegExp(`^(?:[^|\\n–—-]{0,12}(?:19|20)\\d{2}|${phrasesSource(lex.dates.present)})$`),
    goesOn: () => new Set(n.lineGoesOn.map((w) => w.toLowerCase())),
  });
  pageWordsCache.set(lex, words);
  return words;
}

/** Cleans raw résumé text (PDF/DOCX export artefacts) into the form every later stage reads. */
export function normalizeText(raw: string, lex: Lexicon = allLanguagesLexicon()): string {
  const words = pageWordsFor(lex);
  // Columns first: their gutter is a run of spaces that line clean-up would squeeze.
  const clean = splitRecordLines(unquoteReplies(cleanCharacters(raw)));
  const whole = splitColumns(clean, `\n${PAGE_BREAK}\n`);
  // Without form feeds, the pages' footers and headers cut the pages, when only that shows the columns of one.
  // With columns found on the whole text, the pages' markers still cut it when the columns then run on across a page
  // (a sidebar and a main column each continued on the next page): else the bands of each page are read apart.
  const marked = whole.dateColumn ? clean : markPageBreaks(clean, words);
  const split = marked === clean ? whole : splitColumns(marked, `\n${PAGE_BREAK}\n`);
  // So do they when a page after the columns is one column of its own, or a table with a date column (an education
  // table on page 2): the whole text's gutter would cut its lines.
  const pagedFlat = split.firstPage && (split.flat || split.datesAfterColumns);
  const paged = whole.columns && !split.continued && !pagedFlat ? whole : split;
  // Only a first page in columns sets the layout (a sidebar beside page 1); a later page alone in columns is a table of
  // labels, and a page of a date table (a Europass CV) shows the whole document is one, read line by line, unless
  // the columns of the page before it show the layout.
  const read = paged.firstPage && (!paged.dateColumn || paged.datesAfterColumns) ? paged.text : whole.text;
  const lines = mergeLoneBullets(read.split('\n').map(normalizeLine));
  const joined = joinTableRanges(
    joinWrappedRows(joinLabelledDates(joinWrappedFields(joinHyphenated(dropPageArtifacts(lines, words), words.compoundHeads)), words), words),
    words,
  );
  return collapseBlankLines(joined).join('\n').replace(NORMALIZE_PATTERNS.anySoftHyphen, '');
}

/**
 * A page footer or header line ("— page 1 of 2 —", "Name · Résumé   page 2") as a page break, where no form feed was
 * kept: each page's columns are then found on their own (a two-column first page above a one-column second).
 */
function markPageBreaks(text: string, words: PageWords): string {
  if (!text.includes('\n')) return text;
  let marked = false;
  const all = text.split('\n');
  const lines = all.map((l, i) => {
    const t = l.trim();
    if (t === '' || t.length > MAX_MARKER_LINE || !(words.pageMarker.test(t) || isPageNumberLine(t, all, i, words))) return l;
    marked = true;
    return PAGE_BREAK;
  });
  // The same string when no line is a page marker: the caller then skips a second reading of the columns.
  return marked ? lines.join('\n') : text;
}

/**
 * A page number alone between blank lines, with a dash or a count around it ("– 1 –", "2 / 3"): a footer, even
 * without a page word. A bare number is not one here (a rating or a wrapped line's last word may stand alone).
 */
function isPageNumberLine(t: string, lines: readonly string[], i: number, words: PageWords): boolean {
  if (BARE_NUMBER.test(t) || !endsLikePageNumber(t) || !words.pageNumber.test(t)) return false;
  return isBlankAt(lines, i - 1) && isBlankAt(lines, i + 1);
}

/** The Windows-1252 bytes of its characters 0x80–0x9F that are not Latin-1 (the rest map to themselves). */
const CP1252: Readonly<Record<string, number>> = Object.fromEntries(
  [...'€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ'].map((c, i) => [c, 0x80 + i]),
);
const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** A run of mojibake as the character it stands for, when its bytes are valid UTF-8; else the run unchanged. */
function unmojibake(run: string): string {
  const bytes = [...run].map((c) => CP1252[c] ?? c.charCodeAt(0));
  try {
    return UTF8.decode(Uint8Array.from(bytes));
  } catch {
    return run;
  }
}

function cleanCharacters(raw: string): string {
  const p = NORMALIZE_PATTERNS;
  return (
    raw
      .normalize('NFC')
      .replace(p.mojibake, unmojibake)
      .replace(p.lineEnd, '\n')
      // Split and join: a global replace of hundreds of thousands of tabs grows faster than the text (GC of its parts).
      .split('\t')
      .join('  ')
      .replace(p.space, ' ')
      .replace(p.invisible, '')
      .replace(p.formFeed, `\n${PAGE_BREAK}\n`)
      .replace(p.ligature, (c) => LIGATURES[c] ?? c)
      .replace(p.mathLetter, (c) => c.normalize('NFKC'))
      .replace(p.hyphen, '-')
  );
}

/** A line of a quoted e-mail reply: its marks (">", "> >") and the one space after them. */
const QUOTE_MARK = /^ {0,3}>(?: ?>){0,4} ?/u;
/** A quoted blank line: marks alone. */
const QUOTE_BLANK = /^ {0,3}>(?: ?>){0,4} *$/u;
/** The fewest lines of a quoted block: fewer are a bullet list of ">" items at most. */
const MIN_QUOTED_LINES = 3;

/**
 * A résumé pasted into an e-mail reply: a run of lines that each open with ">" and holds a quoted blank line (">"
 * alone), which no list of ">" bullets has, loses its marks, so its headings, dates and bullets read as in the résumé.
 */
function unquoteReplies(text: string): string {
  if (!text.includes('>')) return text;
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; ) {
    let j = i;
    while (j < lines.length && QUOTE_MARK.test(lines[j] as string)) j++;
    if (j - i >= MIN_QUOTED_LINES && lines.slice(i, j).some((l) => QUOTE_BLANK.test(l))) {
      const block = lines.slice(i, j).map((l) => l.replace(QUOTE_MARK, ''));
      lines.splice(i, j - i, ...joinCutWords(block));
      j = i + block.length;
    }
    i = j > i ? j : i + 1;
  }
  return lines.join('\n');
}

/** The most characters a cut line may fall short of the block's widest line (a cut lands where it lands). */
const CUT_SLACK = 10;
/** The narrowest width of a block that a fixed-width cut wraps. */
const MIN_CUT_WIDTH = 50;
/** A line that opens a list item: never the rest of a cut line. */
const ITEM_START = /^\s{0,3}[-–•*▪]\s/u;
/** A line that ends a sentence: the cut, if any, fell on the space after it. */
const SENTENCE_END = /[.!?:;]$/u;

/** Two letters or digits either side of a cut: one word split ("tr" + "aining", "(202" + "2"). */
const SPLIT_WORD = unicodeRegex`[\p{L}\p{N}]\n[\p{L}\p{N}]`;
/** A lowercase letter before a capital: two words, the cut on the space a wrap dropped ("an" + "SBOM"). */
const CASE_STEP = unicodeRegex`\p{Ll}\n\p{Lu}`;

/** Whether a cut line's rest goes on inside its last word. */
function glued(line: string, rest: string): boolean {
  const seam = `${line.slice(-1)}\n${rest.charAt(0)}`;
  return SPLIT_WORD.test(seam) && !CASE_STEP.test(seam);
}

/**
 * A quoted block that a fixed width cut, words and all ("…policies for tr" over "aining jobs"): where the cut fell on a
 * space, the next line opens with it (" privilegio"), which no wrap at word boundaries leaves. In such a block every
 * line near its widest goes on with the next, glued where the cut split a word, so words and dates read whole again.
 */
function joinCutWords(block: string[]): string[] {
  const width = block.reduce((w, l) => Math.max(w, l.length), 0);
  if (width < MIN_CUT_WIDTH) return block;
  const cut = (l: string | undefined) => l !== undefined && l.length >= width - CUT_SLACK && !SENTENCE_END.test(l);
  // One space before a dash is the space the cut fell on (" - ago. 2017"), no item's indent.
  const onSpace = (l: string) => / \S/u.test(l.slice(0, 2));
  const goesOn = (l: string | undefined) => l !== undefined && l.trim() !== '' && (onSpace(l) || !ITEM_START.test(l));
  const cutOnSpace = block.some((l, k) => k > 0 && onSpace(l) && cut(block[k - 1]));
  if (!cutOnSpace) return block;
  const out: string[] = [];
  for (let k = 0; k < block.length; k++) {
    let line = block[k] as string;
    let last = line;
    while (cut(last) && goesOn(block[k + 1])) {
      last = block[k + 1] as string;
      line += glued(line, last) ? last : ` ${last.trimStart()}`;
      k++;
    }
    out.push(line);
  }
  return out;
}

/** A letter-spaced word: single characters, at least three letters, one space apart ("S K I L L S", "( s e l e c t e d )"). */
const LETTER_SPACED = unicodeRegex`^\S(?: \S)+$`;
/** A mark alone between letter-spaced words ("&", "/", "|"). */
const LONE_MARK = unicodeRegex`^[^\p{L}\p{N}\s]$`;

/**
 * A line set in letter-spaced capitals, words two spaces or more apart ("E X P E R I E N C E", "C O M P E T E N C I A S"),
 * closed up into its words: its single letters are no words, and a lone "C" would read as a language.
 */
function closeLetterSpacing(line: string): string {
  if (!line.includes(' ') || line.length < 5) return line;
  const words = line.split('  ');
  let letters = 0;
  for (const w of words) {
    if (LONE_MARK.test(w)) continue;
    if (!LETTER_SPACED.test(w)) return line;
    letters += (w.length + 1) / 2;
  }
  return letters >= MIN_SPACED_LETTERS ? words.map((w) => w.replaceAll(' ', '')).join(' ') : line;
}

/** The fewest letters of a letter-spaced line: fewer may be a row of ratings or initials ("A B"). */
const MIN_SPACED_LETTERS = 4;

/** Trims the end, turns the bullet into `- ` and squeezes inner space runs. */
function normalizeLine(line: string): string {
  const l = line.trimEnd().replace(NORMALIZE_PATTERNS.softHyphen, '');
  const indent = l.length - l.trimStart().length;
  const lead = l.slice(0, indent);
  let rest = closeLetterSpacing(l.slice(indent).replace(NORMALIZE_PATTERNS.spaceRun, '  '));
  const m = NORMALIZE_PATTERNS.bullet.exec(rest);
  if (m) rest = rest.length === m[0].length ? '-' : `- ${rest.slice(m[0].length)}`;
  // Markdown résumés mark titles and dates with asterisks, which would hide a header's edges from later readers.
  if (rest.includes('*')) rest = rest.replace(NORMALIZE_PATTERNS.strong, '$1').replace(NORMALIZE_PATTERNS.emphasis, '$1');
  return lead + rest;
}

/**
 * A form's field whose value a hard wrap cut ("Company: Brightwater Analytics Inc. (federal health contrac" over "tor)"),
 * between two labelled fields: the cut-off rest goes on with its field's line, so that it splits no record.
 */
function joinWrappedFields(lines: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i] as string;
    const rest = lines[i + 1];
    const after = lines[i + 2];
    if (
      rest !== undefined &&
      after !== undefined &&
      l.length >= MIN_WRAPPED_FIELD &&
      isWrappedRest(rest) &&
      FORM_FIELD.test(l) &&
      FORM_FIELD.test(after) &&
      !endsRecordField(l, rest)
    ) {
      out.push(`${l.trimEnd()} ${rest.trim()}`);
      i++;
    } else out.push(l);
  }
  return out;
}

/** The shortest field line a hard wrap cuts: a line near a page's width. */
const MIN_WRAPPED_FIELD = 40;
/** The longest rest of a cut field. */
const MAX_WRAPPED_REST = 40;

/** A short line with no label of its own and no bullet: the rest of a field cut by a wrap. */
function isWrappedRest(line: string): boolean {
  const t = line.trim();
  return t !== '' && t.length <= MAX_WRAPPED_REST && !t.includes(':') && !WRAPPED_REST_EXCLUDED.test(t);
}

/** A field's value that ends in a year ("Expires: Mar 2023"): a date, whole. */
const YEAR_END = /(?:19|20)\d{2}\)?$/u;
/** Starts with a capital letter or a digit. */
const CAPITAL_START = unicodeRegex`^[\p{Lu}\p{N}]`;

/**
 * A field that ends in a date over a line that opens in capitals ("Issued: Mar 2019 · Expires: Mar 2023" over "OSCP -
 * OffSec"): the next record's name, between two records' fields, not the rest of a value a wrap cut.
 */
function endsRecordField(line: string, next: string): boolean {
  return YEAR_END.test(line.trimEnd()) && CAPITAL_START.test(next.trim());
}

/** A bullet or a rule: never the rest of a field. */
const WRAPPED_REST_EXCLUDED = /^[-–•*=_|#]/u;

/** A form's labelled field with its value: a label of one to three words (a remark in brackets aside), a colon, a value. */
const FORM_FIELD = unicodeRegex`^\s{0,12}\p{Lu}\p{L}{1,20}(?:[ -]\p{L}{1,20}){0,2}(?: \([\p{L} ]{1,20}\))?\s{0,3}:\s{1,12}\S`;

/**
 * A start date and an end date on two labelled lines (job-board and form CVs: "Start date: Jan 2019" / "End date:
 * Present", "Fecha de ingreso: …" / "Fecha de retiro: …") become one line with the range, as other layouts write it;
 * so do both labels on one line, as an ATS export sets them side by side ("Start date: 10/2024   End date: Current").
 */
function joinLabelledDates(lines: readonly string[], words: PageWords): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i] as string;
    // The colon first: most lines have none, and a pattern run folds its line.
    const start = l.length <= 100 && l.includes(':') ? words.startLabel.exec(l) : null;
    const sideBySide = start?.groups?.value ? sideBySideRange(l, start.groups.value, words, () => isCurrentField(lines, i, words)) : null;
    if (sideBySide !== null) {
      out.push(sideBySide);
      continue;
    }
    const next = lines[i + 1];
    const end = start && next !== undefined && next.length <= 100 && next.includes(':') ? words.endLabel.exec(next) : null;
    if (start?.groups?.value && end?.groups?.value) {
      out.push(`${l.slice(0, l.length - l.trimStart().length)}${start.groups.value.trim()} – ${end.groups.value.trim()}`);
      i++;
    } else if (start?.groups?.value && isCurrentJob(lines, i + 1, words)) {
      // An ATS form's "End Date:" left empty over "Current Job: Yes": the job goes on to the present.
      out.push(`${l.slice(0, l.length - l.trimStart().length)}${start.groups.value.trim()} – ${words.presentWord}`);
      i += 2;
    } else {
      out.push(l);
    }
  }
  return out;
}

/**
 * A table row whose first cell is a range cut after its dash ("| Jul 2020 – | Acme | Assistant Manager, IT Audit & |"),
 * over a row whose first cell ends it ("| Sep 2021 | | Cyber Assurance |"): a cell that wrapped in a DOCX table; the two
 * rows become one, cell by cell.
 */
function joinWrappedRows(lines: readonly string[], words: PageWords): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    let l = lines[i] as string;
    const next = lines[i + 1];
    const merged = next !== undefined && l.includes('|') && next.includes('|') ? mergedRow(l, next, words) : null;
    if (merged !== null) {
      l = merged;
      i++;
    }
    // Rows under a dated row with no date of their own, their cells in its columns, go on with its cells; a long run of
    // them holds a cell's paragraphs or bullets, which keep their lines.
    let run = 0;
    while (run <= MAX_WRAPPED_ROWS && i + run + 1 < lines.length && continuedRow(l, lines[i + run + 1] as string) !== null) run++;
    // The first of them shows a cell's text cut mid-phrase ("Sree Vidyanikethan Inst. of" over "Technology, Tirupati"): a
    // line under a cell that ends its text is another field ("Senior Manager, IT Audit" over "Rheintal Bank AG").
    if (run > 0 && run <= MAX_WRAPPED_ROWS && cutMidPhrase(l, lines[i + 1] as string, words.goesOn))
      for (let k = 0; k < run; k++) {
        l = continuedRow(l, lines[i + 1] as string) as string;
        i++;
      }
    out.push(l);
  }
  return out;
}

/** Where a cell's text is cut mid-phrase: a comma, `&`, a dash, a slash or an open bracket at its end. */
const OPEN_CELL_END = /[,&(\-–/]$/u;
/** A wrapped cell's next line: it starts in lowercase or with a bracket. */
const GOING_ON_CELL = unicodeRegex`^[\p{Ll}(]`;

/** Some cell of `row` is cut mid-phrase and goes on in the same cell of `next`. */
function cutMidPhrase(row: string, next: string, goesOn: ReadonlySet<string>): boolean {
  const top = row.split('|');
  const below = next.split('|');
  return top.some((c, k) => {
    const a = c.trim();
    const b = (below[k] ?? '').trim();
    if (a === '' || b === '') return false;
    const last = a.slice(a.lastIndexOf(' ') + 1).toLowerCase();
    return OPEN_CELL_END.test(a) || goesOn.has(last) || GOING_ON_CELL.test(b);
  });
}

/** The most rows a table row's cells wrap onto that are read as part of it. */
const MAX_WRAPPED_ROWS = 3;
/** A cell that opens with a bullet: an item of its own, no wrapped text. */
const BULLET_CELL = /^[-•*▪◦–]\s/u;
/** A year in a cell of its own, short as a date cell is ("2026", "2014 – 2018"). */
const YEAR_CELL = /^[^|]{0,12}(?:19|20)\d{2}[^|]{0,12}$/u;
const ANY_YEAR = /(?:19|20)\d{2}/u;

/**
 * A table row whose cells wrapped onto the rows under it in a plain-text export ("B.Tech - Computer | … | 2026 |" over
 * "Science & Engg. | Technology, Tirupati | |"): a row with no year under a row with a year cell, its cells as many and
 * filled only where the row above has text, the year's cell empty. The two rows as one, cell by cell; else null.
 */
function continuedRow(row: string, next: string): string | null {
  const top = row.split('|');
  const below = next.split('|');
  if (top.length !== below.length || top.length < 3 || ANY_YEAR.test(next)) return null;
  const dated = top.findIndex((c) => YEAR_CELL.test(c.trim()));
  // A row that opens with its dates heads an entry whose lines under it are its body, as the entries reader reads them.
  const first = top.findIndex((c) => c.trim() !== '');
  if (dated === -1 || dated === first || (below[dated] as string).trim() !== '') return null;
  let filled = 0;
  for (let k = 0; k < below.length; k++) {
    const cell = (below[k] as string).trim();
    if (cell === '') continue;
    if ((top[k] as string).trim() === '' || BULLET_CELL.test(cell)) return null;
    filled++;
  }
  // A new record fills most of its cells; a wrapped one leaves most of them empty.
  const edges = (row.trimStart().startsWith('|') ? 1 : 0) + (row.trimEnd().endsWith('|') ? 1 : 0);
  if (filled === 0 || 2 * filled > below.length - edges) return null;
  // Each cell goes on after its text, the row's spacing kept: the columns stay where the rows around it have them.
  const cells = top.map((c, k) => {
    const more = (below[k] as string).trim();
    if (more === '') return c;
    const text = c.trimEnd();
    return `${text} ${more}${c.slice(text.length)}`;
  });
  return cells.join('|');
}

/** The two rows as one, when the first one's date cell ends with a dash and the second one's is an end date; else null. */
function mergedRow(row: string, next: string, words: PageWords): string | null {
  const a = row.trim();
  const b = next.trim();
  if (!a.startsWith('|') || !b.startsWith('|')) return null;
  const top = a.split('|');
  const below = b.split('|');
  const first = (top[1] ?? '').trim();
  if (top.length !== below.length || !OPEN_RANGE_CELL.test(first) || !words.dateCell.test((below[1] ?? '').trim())) return null;
  const cells = top.map((c, k) => `${c.trim()} ${(below[k] ?? '').trim()}`.trim());
  return `${row.slice(0, row.length - row.trimStart().length)}${cells.join(' | ').trim()}`;
}

/** The most columns a table's header is read for. */
const MAX_TABLE_CELLS = 16;
/** A year and month cell in ISO order ("2019-01"). */
const ISO_MONTH_CELL = /^(?:19|20)\d{2}-[01]\d$/u;
/** A rule under a table's header ("|---|:---:|"). */
const TABLE_RULE = /^[\s|:=-]+$/u;

/**
 * A table whose header sets a job's start and end in columns of their own ("| Job Title | Company | From | To | Current |"):
 * each row's two date cells become one range cell ("| 07/2020 – 01/2024 |"), and an empty end beside a current-job cell
 * saying yes runs to the present, as an ATS export prints its work history.
 */
function joinTableRanges(lines: readonly string[], words: PageWords): string[] {
  const out = [...lines];
  for (let i = 0; i < out.length; i++) {
    const head = out[i] as string;
    if (!head.includes('|')) continue;
    const labels = head.split('|').map((c) => c.trim());
    if (labels.length > MAX_TABLE_CELLS) continue;
    const from = labels.findIndex((c, k) => c !== '' && words.startCell.test(c) && words.endCell.test(labels[k + 1] ?? ''));
    if (from === -1) continue;
    const current = labels.findIndex((c) => c !== '' && words.currentCell.test(c));
    let j = i + 1;
    for (; j < out.length && (out[j] as string).includes('|'); j++) {
      const row = out[j] as string;
      if (TABLE_RULE.test(row)) continue;
      const joinedRow = rangeRow(row.split('|'), from, current, words);
      if (joinedRow !== null) out[j] = joinedRow;
    }
    // The table's rows are read once: the scan goes on after them (a header repeated on every line stays linear).
    i = j - 1;
  }
  return out;
}

/** A row's start and end cells as one range cell, or null when they are no dates. */
function rangeRow(cells: string[], from: number, current: number, words: PageWords): string | null {
  const start = (cells[from] ?? '').trim();
  let end = (cells[from + 1] ?? '').trim();
  const isDate = (c: string) => ISO_MONTH_CELL.test(c) || words.dateCell.test(c);
  if (!isDate(start)) return null;
  if (end === '' && current !== -1 && words.yesCell.test((cells[current] ?? '').trim())) end = words.presentWord;
  if (end === '' || !isDate(end)) return null;
  const width = (cells[from] as string).length + 1 + (cells[from + 1] as string).length;
  const cell = ` ${start} – ${end}`;
  return [...cells.slice(0, from), cell.padEnd(width), ...cells.slice(from + 2)].join('|');
}

/** A date cell cut after its dash: a year, then the dash ("Jul 2020 –"). */
const OPEN_RANGE_CELL = /(?:19|20)\d{2}\s{0,3}[-–—]$/u;

/** An empty end date at line `i` over a field saying the job is the current one ("End Date:" over "Current Job: Yes"). */
function isCurrentJob(lines: readonly string[], i: number, words: PageWords): boolean {
  const end = lines[i];
  const current = lines[i + 1];
  if (end === undefined || current === undefined || words.presentWord === '' || !end.includes(':') || current.length > 60) return false;
  return words.emptyEndLabel.test(end) && words.currentYes.test(current);
}

/** A field saying the job is the current one ("I currently work here: Yes") on the line before or after line `i`. */
function isCurrentField(lines: readonly string[], i: number, words: PageWords): boolean {
  if (words.presentWord === '') return false;
  return [lines[i - 1], lines[i + 1]].some((l) => l !== undefined && l.length <= 60 && l.includes(':') && words.currentYes.test(l));
}

/**
 * "Start date: 10/2024  End date: Current" as "10/2024 – Current"; so with one space before the end label, as an ATS
 * export prints its fields ("Start Date: 2023-05 End Date: 2024-01"). An end label left empty is the present when a
 * field beside the line says the job is the current one (`current`), as in "I currently work here: Yes".
 */
function sideBySideRange(line: string, whole: string, words: PageWords, current: () => boolean): string | null {
  if (!whole.includes(':')) return null;
  // A third field after the end date says whether the job is the current one ("End date: —    Current: Yes"): a yes is
  // the present, whatever the end field holds; a no leaves the end date as written.
  const trimmed = whole.trimEnd();
  const gap = trimmed.lastIndexOf('  ');
  const tail = gap > 0 ? words.currentTail.exec(trimmed.slice(gap).trim()) : null;
  const value = tail ? trimmed.slice(0, gap) : whole;
  const currentHere = tail !== null && words.yesCell.test(tail.groups?.answer ?? '');
  const end = words.inlineEndLabel.exec(value);
  if (!end) return null;
  const from = value.slice(0, end.index).trim();
  // The start's value is a date alone: no other field ("Location: Lisbon") between it and the end label.
  if (from.includes(':') || !/\d/u.test(from)) return null;
  // A dash alone in the end field is an end left empty ("End date: —").
  let to = (end.groups?.value ?? '').trim().replace(EMPTY_FIELD, '');
  if (currentHere && words.presentWord !== '') to = words.presentWord;
  if (to === '') {
    if (!current()) return null;
    to = words.presentWord;
  }
  return `${line.slice(0, line.length - line.trimStart().length)}${from} – ${to}`;
}

/** A field left empty with a dash: "—", "-", "–". */
const EMPTY_FIELD = /^[-–—]{1,2}$/u;

/** A bullet alone on its line ("•\nBuilt …") takes the next line as its text. */
function mergeLoneBullets(lines: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i] as string;
    const next = lines[i + 1];
    if (l.trim() === '-' && next !== undefined && next.trim() !== '' && !next.trimStart().startsWith('- ')) {
      out.push(`${l.slice(0, l.length - 1)}- ${next.trim()}`);
      i++;
    } else {
      out.push(l);
    }
  }
  return out;
}

/** A line drawn across the page with one mark (underscores, dashes, equals signs, box lines): no text. */
const PAGE_RULE = /^(?:[_=─━]{4,}|-{4,})$/u;

/** Removes page footers/headers and the first lines repeated at the top of a later page. */
function dropPageArtifacts(lines: readonly string[], words: PageWords): string[] {
  const firstLines = firstNonBlank(lines, 2).filter((l) => l.length <= 80);
  const counts = new Map<string, number>();
  for (const l of lines) {
    const t = l.trim();
    if (t !== '' && t.length <= MAX_MARKER_LINE) counts.set(t, (counts.get(t) ?? 0) + 1);
  }
  const markers = lines.map((l, i) => {
    const t = l.trim();
    return t !== '' && isPageMarker(t, lines, i, counts, words);
  });
  const headers = runningHeaders(lines, markers);
  const out: string[] = [];
  let afterBreak = false;
  let seen = false;
  let cutSentence = false;
  for (let i = 0; i < lines.length; i++) {
    const t = (lines[i] as string).trim();
    if (t === '') {
      out.push('');
      continue;
    }
    if (markers[i]) {
      // Only a break after some content can be followed by a repeated header.
      afterBreak = seen;
      cutSentence = seen && goesOn(lastNonBlank(out), words.goesOn);
      continue;
    }
    if (afterBreak && (firstLines.includes(t) || isNameHeader(t, firstLines[0]) || headers.has(t))) continue;
    // A page's top rule under the footer ("Page 1 of 2⏎_____⏎ACME LLP  Careers"): the repeated header may follow it.
    if (afterBreak && PAGE_RULE.test(t)) continue;
    // "present AI risk posture to⏎⏎Page 1 of 3⏎⏎the CISO staff": a sentence cut by a page break goes on, one line break apart.
    if (cutSentence && LOWERCASE_START.test(t)) while (out.at(-1) === '') out.pop();
    cutSentence = false;
    afterBreak = false;
    seen = true;
    out.push(lines[i] as string);
  }
  return out;
}

/**
 * Running headers: a line that opens two or more pages, the first text after a page break or footer each time
 * ("Carolyn M. Brandt | c.brandt@… | Active TS/SCI" at the top of pages 2 and 3), though it differs from the first page's lines.
 */
function runningHeaders(lines: readonly string[], markers: readonly boolean[]): Set<string> {
  const tops = new Map<string, number>();
  let afterMarker = false;
  for (let i = 0; i < lines.length; i++) {
    const t = (lines[i] as string).trim();
    if (markers[i]) afterMarker = true;
    else if (t !== '') {
      if (afterMarker && t.length <= MAX_MARKER_LINE && !t.startsWith('- ')) tops.set(t, (tops.get(t) ?? 0) + 1);
      afterMarker = false;
    }
  }
  return new Set([...tops].filter(([, n]) => n >= 2).map(([t]) => t));
}

/** The last word of a line, after its last space. */
const LAST_WORD = /(?:^|\s)(\S+)$/u;

/** A line that ends inside a sentence: on a comma, or on a word that needs more after it ("to", "the", "and"). */
function goesOn(line: string, words: ReadonlySet<string>): boolean {
  if (line.endsWith(',')) return true;
  const last = LAST_WORD.exec(line)?.[1];
  return last !== undefined && words.has(last.toLowerCase());
}

/** A line that opens with a lowercase word. */
const LOWERCASE_START = unicodeRegex`^\p{Ll}`;

function lastNonBlank(lines: readonly string[]): string {
  for (let i = lines.length - 1; i >= 0; i--) if ((lines[i] as string).trim() !== '') return (lines[i] as string).trimEnd();
  return '';
}

/**
 * A running header at the top of a page that opens with the document's first line (the name, as written there) and a
 * separator, the rest being the role or the word "CV": "Hélène MARCHETTI – Responsable Gouvernance de l'IA & Risques Cyber".
 */
function isNameHeader(line: string, name: string | undefined): boolean {
  if (name === undefined || name.length < 5 || line.length <= name.length || !line.startsWith(name)) return false;
  return HEADER_SEPARATOR.test(line.slice(name.length));
}

/** A separator between a running header's name and the rest: a dash, bar, bullet or comma between blanks. */
const HEADER_SEPARATOR = /^\s{0,3}[–—|·•,-]\s/u;

function firstNonBlank(lines: readonly string[], n: number): string[] {
  const out: string[] = [];
  for (const l of lines) {
    const t = l.trim();
    if (t !== '' && t !== PAGE_BREAK) out.push(t);
    if (out.length === n) break;
  }
  return out;
}

/**
 * The trimmed line ends in a digit or a dash, as every match of `pageMarker` and `pageNumber` does: other lines (most)
 * skip both patterns, whose unanchored start and `i` flag make them costly to try.
 */
function endsLikePageNumber(t: string): boolean {
  const c = t.charCodeAt(t.length - 1);
  return (c >= 48 && c <= 57) || c === 45 || c === 0x2013 || c === 0x2014;
}

/** A number alone, no page word nor dash around it. */
const BARE_NUMBER = /^\d{1,3}$/u;

/** Line `i` is blank, a page break or outside the text. */
function isBlankAt(lines: readonly string[], i: number): boolean {
  const t = (lines[i] ?? '').trim();
  return t === '' || t === PAGE_BREAK;
}

/** A page count ending a line: "1/2", "2 / 3". */
const PAGE_COUNT_END = /\s\d{1,2}\s?\/\s?\d{1,2}$/u;

function isPageMarker(t: string, lines: readonly string[], i: number, counts: ReadonlyMap<string, number>, words: PageWords): boolean {
  if (t === PAGE_BREAK) return true;
  if (t.length > MAX_MARKER_LINE) return false;
  // A bare number between two lines of text is a wrapped line's last word ("… OWASP Top⏎10⏎- next item"), no page number.
  if (BARE_NUMBER.test(t) && !isBlankAt(lines, i - 1) && !isBlankAt(lines, i + 1)) return false;
  if (endsLikePageNumber(t) && (words.pageMarker.test(t) || words.pageNumber.test(t))) return true;
  // "Hélène Marchetti – CV  1/2": a document's name and a page count, without a page word.
  if (PAGE_COUNT_END.test(t) && t.length <= 80 && words.documentWord.test(t)) return true;
  if (NORMALIZE_PATTERNS.loneNumber.test(t)) return (lines[i - 1] ?? '').trim() === '' && (lines[i + 1] ?? '').trim() === '';
  return (counts.get(t) ?? 0) >= 2 && t.length <= 80 && !t.startsWith('- ') && words.documentWord.test(t);
}

/** Joins "recommen-\n  dation services" into "recommendation\n  services" (compound heads keep the hyphen). */
function joinHyphenated(lines: readonly string[], compoundHeads: ReadonlySet<string>): string[] {
  const out: string[] = [];
  for (const next of lines) {
    const prev = out[out.length - 1];
    const body = next.trimStart();
    if (prev === undefined || !endsHyphenated(prev) || !NORMALIZE_PATTERNS.lowerStart.test(body)) {
      out.push(next);
      continue;
    }
    const cut = body.indexOf(' ');
    const fragment = cut === -1 ? body : body.slice(0, cut);
    const rest = cut === -1 ? '' : body.slice(cut + 1).trimStart();
    const head = prev.slice(0, -1);
    const keepHyphen = prev.endsWith('-') && compoundHeads.has(lastWord(head).toLowerCase());
    out[out.length - 1] = `${head}${keepHyphen ? '-' : ''}${fragment}`;
    if (rest !== '') out.push(`${next.slice(0, next.length - body.length)}${rest}`);
  }
  return out;
}

/** A line ending in "letter-" (a hard break) or in a soft hyphen; absurdly long lines are left alone. */
function endsHyphenated(line: string): boolean {
  if (line.trimStart().length < 3 || line.length > MAX_JOIN_LINE) return false;
  if (line.endsWith('\u00ad')) return true;
  return line.endsWith('-') && isLowerLetter(line.charAt(line.length - 2));
}

function isLowerLetter(c: string): boolean {
  return c !== '' && NORMALIZE_PATTERNS.lowerStart.test(c);
}

/** The letters before the end of `s` (a bounded manual scan: no end-anchored regex on long lines). */
function lastWord(s: string): string {
  let k = s.length;
  const stop = Math.max(0, s.length - 40);
  while (k > stop && NORMALIZE_PATTERNS.word.test(s.charAt(k - 1))) k--;
  return s.slice(k);
}

/** Drops leading blank lines and keeps at most two blank lines in a row. */
function collapseBlankLines(lines: readonly string[]): string[] {
  const out: string[] = [];
  let blanks = 0;
  for (const l of lines) {
    if (l.trim() === '') {
      blanks++;
      if (out.length > 0 && blanks <= 2) out.push('');
    } else {
      blanks = 0;
      out.push(l);
    }
  }
  while (out.length > 0 && out[out.length - 1] === '') out.pop();
  return out;
}
