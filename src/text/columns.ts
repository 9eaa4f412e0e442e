/**
 * Two-column pages in plain text, as `pdftotext -layout` and many ATS exports print them: a sidebar beside the
 * main column on the same lines. The gutter is found from the text alone (a band of spaces most lines share,
 * with text on both sides and a column that starts at one x), and each page is read column by column, between
 * the full-width lines that cut it into bands, as the PDF reader does from positions.
 */

import { unicodeRegex } from './phrases';
import { largest } from './sorted';

/** Lines longer than this never take part (a page is not that wide; keeps the scan linear). */
const MAX_LINE = 300;
/** Where a gutter may be: not at the very edges. */
const EDGE = 12;
/** Lines that must have text on both sides of the gutter: at least this many, and this share of the page's lines. */
const MIN_BOTH = 4;
const MIN_BOTH_SHARE = 0.2;
/** Lines that may run across the gutter (a full-width name or heading): at most this share. */
const MAX_CROSS_SHARE = 0.2;
/** Share of the two-sided lines whose right part starts at the column's x (give or take `ALIGN`). */
const MIN_ALIGNED = 0.5;
const ALIGN = 2;

interface Row {
  text: string;
  /** First and last non-space positions. */
  first: number;
  last: number;
}

/** The columns of the band a page ends with, still open: the next page may go on with them. */
interface Band {
  left: string[];
  right: string[];
  /** The x where its right column starts. */
  start: number;
}

/** A text read column by column, and what its pages showed. */
export interface ColumnReading {
  text: string;
  /** Some page had two columns. */
  columns: boolean;
  /** The first page had two columns. */
  firstPage: boolean;
  /** Some page had a table's date column, read line by line. */
  dateColumn: boolean;
  /** Some page went on with the columns of the page before it. */
  continued?: boolean;
  /** Some page after a page in columns was read as one column, its sidebar (if any) after it. */
  flat?: boolean;
  /** Some page right after a page in columns was a table with a date column (a one-column education table under a two-column first page). */
  datesAfterColumns?: boolean;
}

/**
 * The text with every two-column page rewritten as its left column, then its right one; pages are split at
 * `pageBreak`. A page laid out like the one before it goes on with that page's last columns: a sidebar and a main
 * column each run on across the break, as a reader follows them.
 */
export function splitColumns(raw: string, pageBreak = '\f'): ColumnReading {
  if (!hasInnerSpaceRun(raw)) return { text: raw, columns: false, firstPage: false, dateColumn: false };
  const marker = pageBreak.trim();
  const out: string[] = [];
  let open: Band | undefined;
  let columns = false;
  let dateColumn = false;
  let continued = false;
  let flat = false;
  let datesAfterColumns = false;
  let firstPage: boolean | undefined;
  // The x where the text beside the date column of the page before starts, when that page was such a table.
  let table: number | undefined;
  const pages = raw.split(pageBreak);
  const furniture = marker !== '' ? repeatedEdges(pages) : new Set<string>();
  for (const page of pages) {
    const lines = page.split('\n');
    const rows = rowsOf(lines, furniture);
    const gutter = findGutter(rows);
    // A page with too few lines beside each other to show a gutter of its own goes on with the columns of the page
    // before when none of its lines runs across their gutter (a main column going on under a short sidebar block).
    // So does a page whose top lines keep to that gutter, with some side by side, above full-width text: the columns
    // end where the first line runs across them.
    const fits = gutter === undefined && open !== undefined && marker !== '' && (fitsGutter(rows, open.start) || fitsGutter(rows, open.start, true));
    // A page whose column starts where the text beside the date column of the page before did goes on with that table
    // ("Zertifizierungen      OSCP, 2019" on a Lebenslauf's second page): its left cells are the table's, read line by line.
    const goesOnTable = gutter !== undefined && !gutter.dates && table !== undefined && Math.abs(gutter.start - table) <= ALIGN;
    table = gutter?.dates && !gutter.labels ? gutter.column : goesOnTable ? table : undefined;
    const start = fits ? open?.start : gutter?.dates || gutter?.table || goesOnTable ? undefined : gutter?.start;
    const goesOn = open !== undefined && start !== undefined && Math.abs(start - open.start) <= ALIGN && marker !== '';
    // A one-column page after a page whose main column was the left one goes on with that column: the sidebar beside
    // it is read after the page.
    const sidebar = open && start === undefined && marker !== '' && leftIsMain(open) ? open.right : undefined;
    if (open && sidebar) out.push(open.left.join('\n'), pageBreak);
    else if (open && !goesOn) out.push(bandText(open), pageBreak);
    else if (out.length > 0 && !goesOn) out.push(pageBreak);
    if (gutter?.dates) dateColumn = true;
    if (gutter?.dates && open) datesAfterColumns = true;
    firstPage ??= start !== undefined;
    if (start === undefined) {
      if (open && gutter === undefined && page.trim() !== '') flat = true;
      const read = gutter?.labels ? withoutLabels(lines, rows, gutter.start) : gutter?.dates ? withLabelsAfter(lines, rows, gutter.start) : page;
      out.push(sidebar ? `${read}\n\n${unruled(sidebar).join('\n')}` : read);
      open = undefined;
      continue;
    }
    columns = true;
    if (goesOn) continued = true;
    const carried =
      goesOn && open
        ? { left: [...open.left, marker], right: [...open.right, marker], sidebar: leftIsMain(open) ? ('right' as const) : ('left' as const) }
        : undefined;
    const read = readColumns(lines, rows, start, carried);
    if (read.done.length > 0) out.push(read.done.join('\n'));
    open = { left: read.left, right: read.right, start };
  }
  if (open) out.push(bandText(open));
  return { text: joinPieces(out, pageBreak), columns, firstPage: firstPage ?? false, dateColumn, continued, flat, datesAfterColumns };
}

/** Pieces of text, each on its own lines (page breaks carry their own line ends). */
function joinPieces(pieces: readonly string[], pageBreak: string): string {
  let text = '';
  let prev: string | undefined;
  for (const p of pieces) {
    if (prev !== undefined && p !== pageBreak && prev !== pageBreak) text += '\n';
    text += p;
    prev = p;
  }
  return text;
}

/** The band's left column holds more text than its right one. */
function leftIsMain(band: Band): boolean {
  const size = (lines: readonly string[]) => lines.reduce((n, l) => n + l.trim().length, 0);
  return size(band.left) > size(band.right);
}

function bandText(band: Band): string {
  return [...band.left, ...(band.left.length > 0 && band.right.length > 0 ? [''] : []), ...unruled(band.right)].join('\n');
}

/** A rule that draws the gutter at the start of a column's line ("| CERTIFICATIONS", "│  2023, endorsement"), and the space after it. */
const RULE_FIRST = /^[|│┃](?: {1,2}|$)/u;
/** A page break's line, carried in a column across pages: neither text nor a rule. */
const BREAK_LINE = /^[^\p{L}\p{N}]*$/u;

/**
 * A column whose every line of text opens with the rule drawn along the gutter: the rule is layout, no text of the
 * column's ("| CERTIFICATIONS" is a heading; "(CISSP exam passed⏎| 2023, endorsement⏎| pending …)" one remark).
 */
function unruled(lines: readonly string[]): readonly string[] {
  const text = lines.filter((l) => !BREAK_LINE.test(l) || RULE_FIRST.test(l));
  if (text.length === 0 || !text.every((l) => RULE_FIRST.test(l))) return lines;
  return lines.map((l) => l.replace(RULE_FIRST, ''));
}

/** Page furniture: lines of at least this length found again at the top or bottom of another page. */
const MIN_FURNITURE = 20;
/** How many lines of text at each end of a page may be furniture. */
const FURNITURE_LINES = 4;

/**
 * Running headers and footers (a consent clause, "Name – CV – Role") repeated at the top or bottom of two or more
 * pages: the same line among the first or last `FURNITURE_LINES` lines of text of several pages. They belong to
 * neither column, so they neither hide a gutter nor cut the columns that run on across them.
 */
function repeatedEdges(pages: readonly string[]): Set<string> {
  const seen = new Map<string, number>();
  if (pages.length < 2) return new Set();
  for (const page of pages) {
    const text = page
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l !== '');
    const edges = new Set([...text.slice(0, FURNITURE_LINES), ...text.slice(-FURNITURE_LINES)]);
    for (const t of edges) {
      if (t.length < MIN_FURNITURE || t.length > MAX_LINE) continue;
      const key = furnitureKey(t);
      seen.set(key, (seen.get(key) ?? 0) + 1);
    }
  }
  return new Set([...seen].filter(([, n]) => n >= 2).map(([t]) => t));
}

/** A line's text with its numbers blanked: a footer is the same on every page but for its page number ("Page 1 of 2"). */
function furnitureKey(line: string): string {
  return line.replace(DIGITS, '#');
}
const DIGITS = /\d+/gu;

function rowsOf(lines: readonly string[], furniture: ReadonlySet<string>): Row[] {
  return lines.map((text) => {
    const t = text.length > MAX_LINE || furniture.has(furnitureKey(text.trim())) ? '' : text;
    const first = t.search(/\S/u);
    let last = t.length - 1;
    while (last >= 0 && t.charAt(last) === ' ') last--;
    return { text: t, first, last };
  });
}

const ASCII_DIGIT = /\d/;

/** The x where the right column starts, if the page has two columns. */
function findGutter(rows: readonly Row[]): { start: number; dates: boolean; labels?: boolean; table?: boolean; column?: number } | undefined {
  // A rule across the page (with its page label) is no text of either column.
  const filled = rows.filter((r) => r.first >= 0 && !RULE.test(r.text));
  if (filled.length < MIN_BOTH * 2) return undefined;
  const width = largest(
    filled.map((r) => r.last + 1),
    Number.NEGATIVE_INFINITY,
  );
  // Per x, the lines with text on both sides (`r.first < x <= r.last`) that have a gap there, and all of them: each
  // line adds itself to its own span of x, so the page is read once instead of once per x.
  const gaps = new Int32Array(width + 1);
  const spanning = new Int32Array(width + 2);
  const early = new Int32Array(width + 1);
  for (const r of filled) {
    if (r.first + 1 > r.last) continue;
    spanning[r.first + 1] = (spanning[r.first + 1] as number) + 1;
    spanning[r.last + 1] = (spanning[r.last + 1] as number) - 1;
    const to = Math.min(r.last, width - EDGE - 1);
    // A line that touches the rule drawn along the gutter ("…for 30 clients| ServiceNow") has its gap right before the rule.
    const rule = touchingRule(r.text);
    if (rule > EDGE && rule - 1 <= to) gaps[rule - 1] = (gaps[rule - 1] as number) + 1;
    // A gap is a space beside another or after a date (which holds a digit): a line with neither has none.
    if (!r.text.includes('  ') && !ASCII_DIGIT.test(r.text)) continue;
    // Only a space can be a gap: the line is walked from space to space.
    for (let x = r.text.indexOf(' ', Math.max(r.first + 1, EDGE, hungText(r))); x !== -1 && x <= to; x = r.text.indexOf(' ', x + 1))
      if (isGap(r.text, x)) gaps[x] = (gaps[x] as number) + 1;
    markEarly(r, early, to);
  }
  let best: { x: number; both: number } | undefined;
  let lines = 0;
  for (let x = 0; x < width - EDGE; x++) {
    lines += spanning[x] as number;
    if (x < EDGE) continue;
    const both = gaps[x] as number;
    // A line whose text resumes after a wide gap a little before x (a sidebar word or a main column's line starting
    // early, as `readColumns` splits it) runs across no gutter there.
    const cross = lines - both - (early[x] as number);
    if (both < Math.max(MIN_BOTH, MIN_BOTH_SHARE * filled.length) || cross > MAX_CROSS_SHARE * (both + cross)) continue;
    if (!best || both > best.both) best = { x, both };
  }
  if (!best) return undefined;
  // The column starts where most two-sided lines resume text after the gap.
  const starts = new Map<number, number>();
  const bullets = new Map<number, number>();
  let count = 0;
  for (const r of filled) {
    if (r.first >= best.x || r.last < best.x || !isGap(r.text, best.x)) continue;
    let k = best.x;
    while (k <= r.last && r.text.charAt(k) === ' ') k++;
    starts.set(k, (starts.get(k) ?? 0) + 1);
    if (BULLET_AT.test(r.text.slice(k, k + 2))) bullets.set(k, (bullets.get(k) ?? 0) + 1);
    count++;
  }
  if (starts.size === 0) return undefined;
  const [start, votes] = [...starts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0] as [number, number];
  let aligned = 0;
  for (const [x, n] of starts) if (Math.abs(x - start) <= ALIGN) aligned += n;
  // A main column with dates of its own starts at its dates, left of its titles and duties, whichever x has more lines.
  const inner = innerDateColumn(filled, best.x, starts);
  if (inner !== undefined && inner.start <= start && inner.aligned >= MIN_ALIGNED * count) return { start: inner.start, dates: false };
  if (votes === 0 || aligned < MIN_ALIGNED * count) return undefined;
  if (isDateGutter(filled, best.x)) return { start: best.x, dates: true, column: start };
  if (isLabelGutter(filled, best.x)) return { start: best.x, dates: true, labels: true };
  if (isFieldColumn(rows, best.x)) return { start: best.x, dates: true };
  if (opensWithTableHeader(filled, best.x)) return { start: best.x, dates: false, table: true };
  return { start: hangingStart(start, starts, bullets), dates: false };
}

/** A table header's cell: a label of a few words, no digit ("Qualification", "Institution / Board", "Year"). */
const HEADER_CELL = unicodeRegex`^[\p{L}%&/().'’ -]{1,30}$`;
/** Words in a table header's cell: at most this many. */
const HEADER_CELL_WORDS = 3;

/**
 * The first line with text on both sides of the gutter is a table's header, its cells labels ("Qualification
 * Institution / Board   Year   Score"), over a row of as many cells: a table across the page, read line by line, so
 * that a row's status ("Pursuing" in its year column) stays beside its degree. A sidebar beside a main column has two.
 */
function opensWithTableHeader(filled: readonly Row[], x: number): boolean {
  const twoSided = (r: Row) => r.first < x && r.last >= x && isGap(r.text, x);
  const at = filled.findIndex(twoSided);
  const header = filled[at];
  const row = filled.slice(at + 1).find(twoSided);
  if (header === undefined || row === undefined || header.first > ALIGN) return false;
  const cells = header.text.trim().split(/\s{2,}/u);
  const isLabel = (c: string) => HEADER_CELL.test(c) && c.split(' ').filter((w) => /\p{L}/u.test(w)).length <= HEADER_CELL_WORDS;
  return cells.length >= MIN_TABLE_CELLS && cells.every(isLabel) && cellCount(row.text.trim()) >= MIN_TABLE_CELLS;
}

/**
 * Adds one to `early` at each x, up to `to`, that lies within `EARLY` columns after the start of a line's text that
 * resumes after three spaces or more (or its indentation), where the line has no gap: the line starts a column early there.
 */
function markEarly(r: Row, early: Int32Array, to: number): void {
  let marked = -1;
  for (let k = r.text.indexOf('   '); k !== -1 && k <= r.last; k = r.text.indexOf('   ', k + 1)) {
    let e = k;
    while (e <= r.last && r.text.charCodeAt(e) === 32) e++;
    if (e > r.last) break;
    for (let x = Math.max(e + 1, marked + 1); x <= Math.min(e + EARLY, to); x++) if (!isGap(r.text, x)) early[x] = (early[x] as number) + 1;
    marked = Math.max(marked, Math.min(e + EARLY, to));
    k = e;
  }
}

/**
 * Whether a run of three spaces or more stands between two characters of text on one line (what `/\S {3,}\S/`
 * tests), read by `indexOf` from run to run without a regex's backtracking stack: one bench run threw a RangeError
 * ("Maximum call stack size exceeded") from that regex on a hostile text of millions of characters.
 */
export function hasInnerSpaceRun(text: string): boolean {
  for (let k = text.indexOf('   '); k !== -1; k = text.indexOf('   ', k)) {
    let e = k + 3;
    while (text.charCodeAt(e) === 32) e++;
    if (k > 0 && /\S/u.test(text.charAt(k - 1)) && e < text.length && /\S/u.test(text.charAt(e))) return true;
    k = e;
  }
  return false;
}

/** Dated lines of a main column's own date column: at least this many. */
const MIN_INNER_DATES = 3;

/**
 * A main column beside a sidebar with a date column of its own ("07/2020 – today    Lead AI Security Researcher", its
 * duties wrapped under the title): its lines start at its x, the dates' x, or at the x of the text beside the dates,
 * where its bullets hang. The leftmost start, when at least `MIN_INNER_DATES` lines have a date cell there with text
 * beside it at one x, and the two-sided lines that start at either x.
 */
function innerDateColumn(filled: readonly Row[], gutter: number, starts: ReadonlyMap<number, number>): { start: number; aligned: number } | undefined {
  const first = Math.min(...[...starts].filter(([, n]) => n >= MIN_HANGING).map(([x]) => x));
  if (!Number.isFinite(first)) return undefined;
  const inner = new Map<number, number>();
  for (const r of filled) {
    let k = r.first;
    if (k < gutter) {
      if (r.last < gutter || !isGap(r.text, gutter)) continue;
      k = gutter;
      while (k <= r.last && r.text.charCodeAt(k) === 32) k++;
    }
    if (Math.abs(k - first) > ALIGN) continue;
    const gap = r.text.indexOf('  ', k);
    if (gap < 0 || gap > r.last || !isDateCell(r.text.slice(k, gap))) continue;
    let x = gap;
    while (x <= r.last && r.text.charCodeAt(x) === 32) x++;
    inner.set(x, (inner.get(x) ?? 0) + 1);
  }
  // The text beside the dates at one x, give or take `ALIGN` ("02/2019  Security Engineer" one space right of "today   Staff …").
  const near = (x: number) => [...inner].reduce((sum, [y, n]) => (Math.abs(y - x) <= ALIGN ? sum + n : sum), 0);
  const [x1, dated] = [...inner.keys()].map((x) => [x, near(x)] as const).sort((a, b) => b[1] - a[1] || a[0] - b[0])[0] ?? [0, 0];
  if (dated < MIN_INNER_DATES || x1 <= first + ALIGN) return undefined;
  let aligned = 0;
  for (const [x, n] of starts) if (Math.abs(x - first) <= ALIGN || (x >= x1 - ALIGN && x <= x1 + ALIGN)) aligned += n;
  return { start: first, aligned };
}

/**
 * The page's lines keep to a gutter ending at `start`: none runs across it, and at least `MIN_BOTH` lines start at the
 * column's x, alone or after a gap that ends there.
 */
function fitsGutter(rows: readonly Row[], start: number, top = false): boolean {
  let atColumn = 0;
  let both = 0;
  for (const r of rows) {
    if (r.first < 0 || RULE.test(r.text)) continue;
    if (r.first >= start - ALIGN) {
      if (r.first <= start + ALIGN) atColumn++;
      continue;
    }
    if (r.last < start - 1) continue;
    let k = start - 1;
    while (k <= r.last && r.text.charCodeAt(k) === 32) k++;
    if (!isGap(r.text, start - 1) || Math.abs(k - start) > ALIGN) {
      // With `top`, the band of columns at the page's top ends at the first line across the gutter.
      if (top) break;
      return false;
    }
    atColumn++;
    both++;
  }
  return atColumn >= MIN_BOTH && (!top || both >= MIN_TOP_BOTH);
}

/** Lines side by side that make a page's top a band going on with the columns of the page before: at least this many. */
const MIN_TOP_BOTH = 2;

/**
 * Where the text of a line that opens with a bullet resumes after the spaces behind it ("•   Threat Modeling …"), else
 * 0: those spaces hang the bullet's text, as a tabular CV's duties do under the title beside the dates, and are no gutter.
 */
function hungText(r: Row): number {
  if (!BULLET_AT.test(r.text.slice(r.first, r.first + 2))) return 0;
  let k = r.first + 1;
  while (k <= r.last && r.text.charCodeAt(k) === 32) k++;
  return k;
}

/** Bullets that make a hanging column start. */
const MIN_HANGING = 2;
/** A bullet and the space after it. */
const BULLET_AT = /^[-*•●○▪■◦‣∙➢►✓] $/u;

/**
 * The column starts at its bullets when they hang left of the lines that wrap under them ("▪ Lead data scientist…"
 * at 41, "real-time card-fraud model" at 43): the x, within `ALIGN` before `start`, where most lines are bullets, more than twice as many as at `start`, whose lines are mostly no bullets.
 */
function hangingStart(start: number, starts: ReadonlyMap<number, number>, bullets: ReadonlyMap<number, number>): number {
  const bulletsAtStart = bullets.get(start) ?? 0;
  // Where the lines at `start` are bullets themselves, the few further left are jitter.
  if (2 * bulletsAtStart >= (starts.get(start) ?? 0)) return start;
  for (let x = start - ALIGN; x < start; x++) {
    const n = bullets.get(x) ?? 0;
    if (n >= MIN_HANGING && n > 2 * bulletsAtStart && 2 * n >= (starts.get(x) ?? 0)) return x;
  }
  return start;
}

/** A bullet and its space at `x`, a space before them. */
function bulletAtColumn(line: string, x: number): boolean {
  return x > 0 && line.charAt(x - 1) === ' ' && BULLET_AT.test(line.slice(x, x + 2));
}

/** A left cell that starts with a date, after at most one word ("09/2017 – 03/2021", "seit 01/2022", "Sept. 2016 – janv. 2020", "01.2023 – Present"). */
const DATE_CELL = unicodeRegex`^(?:\p{L}{1,12}\.?\s{1,3})?\d\P{L}{0,30}(?:\p{L}{1,12}(?:\P{L}{1,30}|$)){0,3}$`;
const YEAR_IN_CELL = /(?:19|20)\d{2}/u;
const MAX_DATE_CELL = 30;
/** Dated left cells that make a gutter a table's date column: at least this many, and this share of the two-sided lines. */
const MIN_DATE_CELLS = 3;
const MIN_DATE_SHARE = 0.3;
/** A long date column (a Europass CV's, among its labels: "Main activities and responsibilities") needs a smaller share. */
const MANY_DATE_CELLS = 5;
const MANY_DATE_SHARE = 0.2;

/**
 * A tabular CV ("09/2017 – 03/2021      IT-Security Consultant") has a column of dates left of its entries: each
 * date belongs to the text beside it, so the page is read line by line, not as a sidebar and a main column.
 */
function isDateGutter(filled: readonly Row[], x: number): boolean {
  let both = 0;
  let dated = 0;
  // Rows at the margin of four cells or more whose first is a date: a table's rows ("04/2021 – Present  Acme,  Engineer
  // Led the …"). A main column's "2019 – 2021  Engineer" with a sidebar's cell beside it makes three.
  let margin = 0;
  let rowDated = 0;
  for (const r of filled) {
    if (r.first >= x || r.last < x || !isGap(r.text, x)) continue;
    both++;
    const cell = r.text.slice(0, x).trim();
    if (isDateCell(cell)) dated++;
    if (r.first > ALIGN) continue;
    margin++;
    const gap = cell.indexOf('  ');
    if (gap > 0 && cellCount(r.text.trim()) >= MIN_TABLE_CELLS && isDateCell(cell.slice(0, gap))) rowDated++;
  }
  if (rowDated >= MIN_DATE_CELLS && rowDated >= MIN_DATE_SHARE * margin) return true;
  return dated >= MIN_DATE_CELLS && dated >= (dated >= MANY_DATE_CELLS ? MANY_DATE_SHARE : MIN_DATE_SHARE) * both;
}

/** Left cells set flush right against the gutter that make it a form's column of labels: at least this many, and this share. */
const MIN_LABEL_CELLS = 8;
const MIN_LABEL_SHARE = 0.6;
/** Labels a form repeats, record after record: at least this many. */
const MIN_REPEATED_LABELS = 2;

/**
 * A form with its labels set flush right before the values ("      Occupation or position held  Network Engineer", the old
 * Europass CV): each label belongs to the value beside it, so the page is read line by line. The left cells of the
 * two-sided lines end at one x (give or take `ALIGN`) and start at many: a sidebar's lines start at one x instead.
 */
function isLabelGutter(filled: readonly Row[], x: number): boolean {
  const ends = new Map<number, number>();
  const cells = new Map<string, number>();
  let both = 0;
  let ragged = 0;
  for (const r of filled) {
    if (r.first >= x || r.last < x || !isGap(r.text, x)) continue;
    both++;
    let end = x - 1;
    while (end > r.first && r.text.charCodeAt(end) === 32) end--;
    ends.set(end, (ends.get(end) ?? 0) + 1);
    const cell = r.text.slice(r.first, end + 1);
    cells.set(cell, (cells.get(cell) ?? 0) + 1);
    if (r.first > ALIGN) ragged++;
  }
  const [edge] = [...ends].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0] ?? [0];
  let flush = 0;
  for (const [end, n] of ends) if (Math.abs(end - edge) <= ALIGN) flush += n;
  // A form asks the same fields of each record ("Dates", "Occupation or position held"); a sidebar set flush right does not repeat itself.
  let repeated = 0;
  for (const n of cells.values()) if (n >= 2) repeated++;
  return flush >= MIN_LABEL_CELLS && flush >= MIN_LABEL_SHARE * both && ragged >= MIN_LABEL_SHARE * both && repeated >= MIN_REPEATED_LABELS;
}

/** Left cells that make a column of field names: at least this many, this share opening a block, and none alone on its row. */
const MIN_FIELD_CELLS = 6;
const MIN_FIELD_OPENING = 0.75;

/**
 * A form whose field names stand flush left in their own column ("Digital skills      Python, Bash", "09/2011 – 06/2015
 * BSc …", the current Europass CV): each name sits on the first line of its value's block, so the page is read line by
 * line. A sidebar's lines stack up one under another, and some stand alone on their rows; a heading in capitals may.
 */
function isFieldColumn(rows: readonly Row[], x: number): boolean {
  let both = 0;
  let opening = 0;
  let rightAbove = false;
  for (const r of rows) {
    const left = r.first >= 0 && r.first < x;
    const right = r.first >= 0 && r.last >= x && (r.first >= x || isGap(r.text, x));
    if (left && !right && !HEADING_AT_EDGE.test(r.text.trim())) return false;
    if (left && right) {
      both++;
      if (!rightAbove) opening++;
    }
    rightAbove = right;
  }
  return both >= MIN_FIELD_CELLS && opening >= MIN_FIELD_OPENING * both;
}

/** Cells of a row that make it a table's rather than a column's beside a sidebar. */
const MIN_TABLE_CELLS = 4;

/** The cells of a trimmed row, split at gaps of two or more spaces. */
function cellCount(text: string): number {
  let n = 1;
  for (let k = text.indexOf('  '); k !== -1; k = text.indexOf('  ', k)) {
    n++;
    while (text.charCodeAt(k) === 32) k++;
  }
  return n;
}

function isDateCell(cell: string): boolean {
  return cell.length <= MAX_DATE_CELL && YEAR_IN_CELL.test(cell) && DATE_CELL.test(cell);
}

/** A wrapped label or sentence going on: it starts with a lowercase letter. */
const GOES_ON = unicodeRegex`^\p{Ll}`;

/**
 * A table with a date column read line by line: the second line of a wrapped label ("Main activities and⏎
 * responsibilities") beside a wrapped sentence's next line ("…information security risk⏎assessments, …") moves after
 * that line's text, so that the sentence reads on.
 */
function withLabelsAfter(lines: readonly string[], rows: readonly Row[], x: number): string {
  return lines
    .map((line, i) => {
      const r = rows[i] as Row;
      if (i === 0 || r.first < 0 || r.first >= x || r.last < x || !isGap(line, x)) return line;
      const cell = line.slice(0, x).trim();
      const rest = line.slice(x);
      const above = lines[i - 1] as string;
      const goesOn = GOES_ON.test(cell) && GOES_ON.test(rest.trim()) && above.slice(0, x).trim() !== '' && !/[.;:!?]\s*$/u.test(above.slice(x));
      return goesOn ? `${' '.repeat(x)}${rest}  ${cell}` : line;
    })
    .join('\n');
}

/**
 * A form read without its labels: a label beside a value, and a wrapped label's lowercase rest alone on its line
 * ("responsibilities"), are the form's words, not the writer's; a line of the label column alone that starts in
 * capitals ("Work experience") heads what follows and stays.
 */
function withoutLabels(lines: readonly string[], rows: readonly Row[], x: number): string {
  const out: string[] = [];
  lines.forEach((line, i) => {
    const r = rows[i] as Row;
    // A blank line, or page furniture ("Page 1 / 2 - Curriculum vitae of …"), which `rows` blanks.
    if (r.first < 0) out.push('');
    else if (r.first >= x) out.push(line.slice(x).trimEnd());
    else if (r.last >= x && isGap(line, x)) out.push(line.slice(x).trimEnd());
    else if (r.last < x && !GOES_ON.test(line.trim())) out.push(line.trim());
  });
  return out.join('\n');
}

/** Inside a run of two or more spaces (or at one space right before the column's text). */
function isGap(text: string, x: number): boolean {
  if (text.charCodeAt(x) !== 32) return false;
  if (beforeBar(text, x)) return false;
  return text.charCodeAt(x - 1) === 32 || text.charCodeAt(x + 1) === 32 || isDateEdge(text, x) || isRuleEdge(text, x);
}

/** One space before the rule a gutter is drawn with, which ends the line or has a space after it ("… de l'information | Lyon"). */
function isRuleEdge(text: string, x: number): boolean {
  const after = text.charCodeAt(x + 2);
  return COLUMN_RULE.test(text.charAt(x + 1)) && (Number.isNaN(after) || after === 32);
}

/**
 * Spaces up to a bar of a table's row of three cells or more ("2021 – now   | Nordbank AG   | Security Engineer"): a
 * cell's padding, no gutter. One bar on a line may be the gutter itself (a main column, "|", the sidebar).
 */
function beforeBar(text: string, x: number): boolean {
  let k = x;
  while (text.charCodeAt(k) === 32) k++;
  const c = text.charAt(k);
  if ((c !== '|' && c !== '│') || k + 1 >= text.length) return false;
  return text.indexOf(c, k + 1) !== -1 || text.lastIndexOf(c, x) !== -1;
}

/** A date that ends a main column's line, flush right ("03/2022 – present", "2019 – 2021"): a year, perhaps a dash and one word after it. */
const DATE_END = unicodeRegex`(?:19|20)\d{2}(?:\s?[-–—]\s?\p{L}[\p{L}'’.]{1,15})?$`;
const DATE_END_SPAN = 30;

/**
 * One space at `x` between a right-aligned date and the sidebar's next word ("03/2022 – present SIEM: Sentinel"):
 * `pdftotext -layout` leaves a single space where the date runs up to the column.
 */
function isDateEdge(text: string, x: number): boolean {
  if (text.charCodeAt(x) !== 32 || x < 1 || text.charCodeAt(x - 1) === 32) return false;
  const next = text.charCodeAt(x + 1);
  if (Number.isNaN(next) || next === 32) return false;
  const from = Math.max(0, x - DATE_END_SPAN);
  // The year holds a digit: a span without one (most spaces of a page) is not tried.
  return hasDigit(text, from, x) && DATE_END.test(text.slice(from, x));
}

/** Whether an ASCII digit (`\d`) stands in `text` between `from` and `to`. */
function hasDigit(text: string, from: number, to: number): boolean {
  for (let k = to - 1; k >= from; k--) {
    const c = text.charCodeAt(k);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

/** A main column's heading in capitals ("EXPÉRIENCE PROFESSIONNELLE"), all that follows the column's x on its line. */
const HEADING_AT_EDGE = unicodeRegex`^\p{Lu}[\p{Lu}&'’ -]{2,60}$`;

/**
 * One space at `x` between a sidebar's text and the main column's heading in capitals ("●○○○○ en apprentissage
 * EXPÉRIENCE PROFESSIONNELLE"): a line across the page does not switch from lowercase words to capitals at the column.
 */
function isHeadingEdge(text: string, x: number): boolean {
  if (text.charCodeAt(x) !== 32 || x < 1 || text.charCodeAt(x - 1) === 32) return false;
  return HEADING_AT_EDGE.test(text.slice(x + 1).trimEnd()) && unicodeRegex`\p{Ll}`.test(text.slice(0, x));
}

/** A line of rule characters only ("-----", "_____", "═════"), or a rule that a page label with its number ends ("────── J. Doe – CV – page 1 of 2"). */
const RULE = /^\s{0,20}[-_=─━═~*·]{10,300}(?:\s[^\n\d]{0,50}\d[^\n]{0,20}|\s{0,20})$/u;

/** A vertical rule drawn at a column's start. */
const COLUMN_RULE = /^[|│┃]$/u;

/** The x of a line's one rule ("|", "│") that text touches on its left, with a space or the line's end after it, else -1. */
function touchingRule(line: string): number {
  for (const c of RULE_CHARS) {
    const p = line.indexOf(c);
    if (p >= 1 && line.charCodeAt(p - 1) !== 32 && isLoneRule(line, p)) return p;
  }
  return -1;
}

/** The rule at `p` is the line's only one of its kind and ends the line or has a space after it. */
function isLoneRule(line: string, p: number): boolean {
  const c = line.charAt(p);
  const after = line.charCodeAt(p + 1);
  return line.indexOf(c) === p && line.indexOf(c, p + 1) === -1 && (Number.isNaN(after) || after === 32);
}
const RULE_CHARS = ['|', '│', '┃'] as const;

/** Lines with the rule at the column's x that make the gutter a drawn rule: at least this many, and this share of the lines reaching the column. */
const MIN_RULED = 4;
const MIN_RULED_SHARE = 0.5;

/** The column's lines open with a rule drawn at its x ("| SKILLS", "|"): most lines that reach the column have it there. */
function isRuledColumn(lines: readonly string[], start: number): boolean {
  let reach = 0;
  let ruled = 0;
  for (const line of lines) {
    if (line.length <= start || line.slice(start).trim() === '') continue;
    reach++;
    if (COLUMN_RULE.test(line.charAt(start))) ruled++;
  }
  return ruled >= MIN_RULED && ruled >= MIN_RULED_SHARE * reach;
}

/**
 * Where a main column's line meets the rule drawn at the column's x, when it touches it ("…für 30 Kunden| ServiceNow") or
 * pushes it up to `ALIGN` right ("…Mitarbeiterkonten |"), else -1: the rule ends the line or has a space after it, and
 * is the line's only one. A rule at the column's x with a space before it is the usual split, not this one.
 */
function touchedRule(line: string, start: number): number {
  for (let p = Math.max(1, start - ALIGN); p <= start + ALIGN && p < line.length; p++) {
    if (!COLUMN_RULE.test(line.charAt(p))) continue;
    const usual = p === start && line.charCodeAt(p - 1) === 32;
    return !usual && isLoneRule(line, p) ? p : -1;
  }
  return -1;
}

/** A line that starts with a bullet. */
const WIDE_BULLET = /^\s{0,6}[-*•●○▪■◦‣∙➢►✓]\s/u;

/** How far before the column's x a sidebar word may start. */
const EARLY = 8;

/** The start of a run of three or more spaces that ends within `EARLY` columns before `start`, else -1. */
function earlyGap(line: string, start: number): number {
  let end = start - 1;
  while (end >= start - EARLY && end > 0 && line.charAt(end) !== ' ') end--;
  if (end < start - EARLY) return -1;
  let g = end;
  while (g > 0 && line.charAt(g - 1) === ' ') g--;
  return end - g >= 2 ? g : -1;
}

/**
 * The last space of a run of two or more after which the text resumes between `cut` and `start`, else -1: a column
 * whose lines mostly start at `start` (text wrapped under a bullet) has lines that start at its bullets' x, a word of
 * one letter among them ("3 years …").
 */
function lateGap(line: string, cut: number, start: number): number {
  for (let k = cut; k <= start; k++) if (line.charAt(k) !== ' ' && line.charAt(k - 1) === ' ' && line.charAt(k - 2) === ' ') return k - 1;
  return -1;
}

/** How far past the column's x a sidebar line too long for its column may push the main column's text. */
const OVERRUN = 20;

/**
 * The start of the first run of three or more spaces within `OVERRUN` columns past `start`, with text after it, else -1:
 * where `pdftotext -layout` resumes the main column after a sidebar line that runs into it.
 */
function overrunGap(line: string, start: number, reach = OVERRUN): number {
  const g = line.indexOf('   ', start);
  if (g < 0 || g > start + reach) return -1;
  return line.slice(g).trim() === '' ? -1 : g;
}

/** How far past the column's x a main column's line on the left may run (pushing the sidebar's text right). */
const MAX_PUSH = 4;

/** A word of the line runs across the column's x and ends at most `MAX_PUSH` past it. */
function pastColumn(line: string, start: number): boolean {
  if (line.charCodeAt(start - 1) === 32 || line.charCodeAt(start) === 32) return false;
  let end = start;
  while (end < line.length && line.charCodeAt(end) !== 32) end++;
  return end <= start + MAX_PUSH;
}

/** The index of the next row after `i` with text, or -1. */
function nextFilled(rows: readonly Row[], i: number): number {
  for (let k = i + 1; k < rows.length; k++) if ((rows[k] as Row).first >= 0) return k;
  return -1;
}

/** A row with text on both sides of a gap that ends at the column's x. */
function sideBySide(r: Row | undefined, line: string | undefined, start: number): boolean {
  if (!r || line === undefined || r.first >= start - ALIGN || r.last < start) return false;
  return line.charCodeAt(start - 1) === 32 && line.charCodeAt(start - 2) === 32;
}

/** A running header at the top of a page that goes on with the page before: at most this many lines, each shorter than this. */
const MAX_RUNNING = 2;
const MAX_RUNNING_LINE = 100;

/** Lines at the left margin below both columns that may open the full-width lines after them: a heading, perhaps a subtitle. */
const MAX_OPENER = 2;

/**
 * "EDUCATION" at the margin, a blank row below the main column's last line, right above a full-width line: it opens
 * what follows, not the sidebar, so it is read after the main column. The left column's lines from `tail` on, when
 * they start with a blank row and hold at most `MAX_OPENER` lines of text (and the main column has some).
 */
function belowColumns(left: readonly string[], tail: number, right: readonly string[]): string[] | undefined {
  if (tail >= left.length || left[tail] !== '' || !right.some((l) => l !== '')) return undefined;
  const lines = left.slice(tail);
  const text = lines.filter((l) => l.trim() !== '').length;
  return text > 0 && text <= MAX_OPENER ? lines : undefined;
}

/** Lines of text a main column on the left holds below the sidebar's last line that make the full-width lines after it its own. */
const MIN_RUN_ON = 3;

/**
 * The band's main column is the left one and ran on, `MIN_RUN_ON` lines of text or more, below the sidebar's last line
 * (from `tail` on): a line across the page after it goes on with the main column, not with a new band.
 */
function runsOnPastSidebar(left: string[], tail: number, right: string[]): boolean {
  if (!right.some((l) => l !== '')) return false;
  let below = 0;
  for (let k = tail; k < left.length; k++) if ((left[k] as string).trim() !== '') below++;
  return below >= MIN_RUN_ON && leftIsMain({ left, right, start: 0 });
}

/** One space right before the column's x, with text on both sides of it. */
function singleSpaceEdge(line: string, start: number): boolean {
  return start >= 2 && line.charCodeAt(start - 1) === 32 && line.charCodeAt(start - 2) !== 32 && line.charCodeAt(start) !== 32 && start < line.length;
}

/** A row side by side at the column's x, or of the right column alone starting at its x. */
function reachesColumn(r: Row | undefined, line: string | undefined, start: number): boolean {
  if (!r || line === undefined) return false;
  return sideBySide(r, line, start) || Math.abs(r.first - start) <= ALIGN;
}

/** How far past the column's x the second cell of a table's row starts, at least. */
const TABLE_CELL_PAST = 6;

/** A row whose text after the gutter starts well past the column's x, with the row's text starting at the margin: a table's row across the page. */
function opensTable(line: string, g: number, start: number): boolean {
  let k = g;
  while (line.charCodeAt(k) === 32) k++;
  return k >= start + TABLE_CELL_PAST && line.charCodeAt(0) !== 32;
}

/**
 * The page's lines, column by column inside each band between full-width lines: the bands read (`done`), and the
 * columns of the last one, left open (it starts with `carried`, the open columns of the page before).
 */
function readColumns(
  lines: readonly string[],
  rows: readonly Row[],
  start: number,
  carried?: { left: string[]; right: string[]; sidebar: 'left' | 'right' },
): { done: string[]; left: string[]; right: string[] } {
  const cut = Math.max(1, start - ALIGN);
  const out: string[] = [];
  let left: string[] = carried?.left ?? [];
  let right: string[] = carried?.right ?? [];
  let lastSide: 'left' | 'right' | 'both' | undefined;
  // Where the left column's lines below the right column's last text start.
  let leftTail = left.length;
  // Lines across the top of a page that goes on with the columns before it (a running header: "Jane Doe · jane@…").
  let running = carried ? MAX_RUNNING : 0;
  // Once a heading at the margin below both columns opens a table of its own, the page's lines after it run across.
  let across = false;
  // The column's bullets set at its x after a gap ("Hugging Face      • Fine-tuned …"): one of them right after a space,
  // where a sidebar line runs close to it ("DeepLearning.AI ML Spec. (2023) • Built …"), starts the column there too.
  let hanging = 0;
  for (const line of lines) if (bulletAtColumn(line, start) && line.charAt(start - 2) === ' ' && ++hanging >= MIN_HANGING) break;
  const flush = () => {
    const opener = belowColumns(left, leftTail, right);
    const kept = opener ? left.slice(0, leftTail) : left;
    out.push(...kept, ...(kept.length > 0 && right.length > 0 ? [''] : []), ...unruled(right), ...(opener ?? []));
    left = [];
    right = [];
    leftTail = 0;
  };
  const ruledColumn = isRuledColumn(lines, start);
  rows.forEach((r, i) => {
    const line = lines[i] as string;
    if (across) {
      out.push(line.trimEnd());
      return;
    }
    // A rule across the page (a page break as a DOCX or ATS export draws it) holds no text: the columns go on past it.
    if (r.first < 0 || RULE.test(line)) {
      left.push('');
      right.push('');
      return;
    }
    if (r.first >= cut) {
      right.push(line.slice(Math.min(start, r.first)).trimEnd());
      leftTail = left.length;
      lastSide = 'right';
      running = 0;
      return;
    }
    // A line that ends before the column without a gap in it is the sidebar's, even when it runs close to the column.
    // So is a line that ends, a space before the column, with a date set flush right ("Analyst      10/2017 – 08/2019").
    const dated = r.last < start - 1 && DATE_END.test(line.slice(Math.max(0, r.last + 1 - DATE_END_SPAN), r.last + 1));
    if (r.last < cut || dated || (r.last < start && !line.slice(r.first, r.last + 1).includes('  '))) {
      left.push(line.trimEnd());
      lastSide = 'left';
      running = 0;
      return;
    }
    // A column drawn with a rule: a main column's line that touches the rule, or pushes it a little right, splits at it.
    const rule = ruledColumn ? touchedRule(line, start) : -1;
    if (rule > r.first) {
      left.push(line.slice(0, rule).trimEnd());
      leftTail = left.length;
      right.push(line.slice(rule).trimEnd());
      lastSide = 'both';
      running = 0;
      return;
    }
    // Text on both sides: split at the gap just before the column, or at a wide gap a little before it (pdftotext
    // starts a sidebar word a few columns early), unless the text runs across it (a full-width line).
    let g = start - 1;
    while (g > cut - ALIGN && g > 0 && line.charAt(g) !== ' ') g--;
    // A column drawn with a rule ("… classifier |") needs one space before its rule.
    // So does a bullet of a column that hangs its bullets, a space before it, at the column or a little before it.
    const ruled =
      (g === start - 1 && (COLUMN_RULE.test(line.charAt(start)) || isDateEdge(line, g) || isHeadingEdge(line, g))) ||
      (hanging >= MIN_HANGING && g + 1 >= start - ALIGN && bulletAtColumn(line, g + 1));
    // A gap that opens right before the column and runs past it: a line that ends at the column pushed the other's text right.
    const pushed = !ruled && g === start - 1 && line.charAt(g - 1) !== ' ' && line.slice(g, g + 2) === '  ';
    let early = pushed || (!ruled && (line.charAt(g) !== ' ' || !/ {2}|^ $/u.test(line.slice(Math.max(0, g - 1), g + 1))));
    if (early && !pushed) g = earlyGap(line, start);
    if (g < 0) g = lateGap(line, cut, start);
    if (g < 0 && running > 0 && carried && r.last - r.first < MAX_RUNNING_LINE) {
      // Page furniture, not a band's edge: both columns go on under it, and it is read in the sidebar, after the page break.
      (carried.sidebar === 'left' ? left : right).push(line.trim());
      running--;
      return;
    }
    running = 0;
    // A main column on the left whose line runs a little past the column's x, after a line of its own or side by side.
    const overrunning = lastSide !== undefined && lastSide !== 'right' && r.first < cut && pastColumn(line, start) && leftIsMain({ left, right, start });
    if (g < 0 && (overrunning || (lastSide === 'both' && sideBySide(rows[nextFilled(rows, i)], lines[nextFilled(rows, i)], start)))) {
      // A sidebar line too long for its column, between two lines side by side, pushes the main column's text right;
      // so does a main column's line that runs past the column, on the left.
      g = overrunning ? overrunGap(line, start, MAX_PUSH) : overrunGap(line, start);
      if (g >= 0) early = true;
    }
    // One space right before the column's x, between lines side by side and a next line that reaches the column: a
    // main column's line that runs up to the sidebar ("…ciencia de datos Specialty (2021)").
    if (g < 0 && lastSide === 'both' && singleSpaceEdge(line, start) && reachesColumn(rows[nextFilled(rows, i)], lines[nextFilled(rows, i)], start)) {
      g = start - 1;
      early = false;
    }
    if (g < 0) {
      // A bullet of the main column that runs wide after the sidebar has ended goes on in the left column, and so does
      // a main column's line on the left that runs a little past the column with nothing beside it.
      if ((lastSide === 'left' && WIDE_BULLET.test(line)) || (overrunning && r.last < start + MAX_PUSH)) {
        left.push(line.trimEnd());
        lastSide = 'left';
        return;
      }
      if (runsOnPastSidebar(left, leftTail, right)) {
        // The main column ran on for lines after the sidebar ended, then widened to the full page: the full-width lines
        // go on with it, and the sidebar is read after them, as after a page whose main column goes on over the next.
        out.push(...left, line.trimEnd());
        left = [];
        leftTail = 0;
        lastSide = 'left';
        return;
      }
      flush();
      out.push(line.trimEnd());
      lastSide = undefined;
      return;
    }
    let k = g;
    while (k < (early ? line.length : start) && line.charAt(k) === ' ') k++;
    if (opensTable(line, g, start) && belowColumns(left, leftTail, right)) {
      // "EDUCATION" below both columns over "MSc Cyber Security      University College Dublin      2015 – 2016": the
      // cells after the gap start past the column's x, so the heading opens a table across the page, not the sidebar.
      flush();
      out.push(line.trimEnd());
      across = true;
      return;
    }
    left.push(line.slice(0, g).trimEnd());
    leftTail = left.length;
    right.push(line.slice(k).trimEnd());
    lastSide = 'both';
  });
  return { done: out, left, right };
}
