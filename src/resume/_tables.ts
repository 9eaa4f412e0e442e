import type { Section } from '../schemas';
import type { Lexicon } from '../text/lexicon';
import { fold, lexiconRegExp, phrasesSource, unicodeRegex } from '../text/phrases';
import { durationYears, readNumber, type YearsWords } from '../text/years';
import type { TableRow } from './_claims';
import { sectionAt } from './sections';

/** Cells of a table row: split at bars, or (in a skills section) at column gaps of two or more spaces. */
const BAR_CELLS = /\s{0,3}\|\s{0,3}/u;
const GAP_CELLS = /\s{2,}/u;
/** What parts the items of a skills list on one line: a column gap or a bar ("AWS – 2.5 yrs  |  Python – basic"). */
const ITEM_GAPS = /\s{2,}|\s{0,3}\|\s{0,3}/gu;
/** Leader dots between a row's name and its value ("Python ........ learning (0 yrs)"): a table row anywhere. */
const LEADER_CELLS = /\s{0,3}(?:\.{4,}|…{2,}|·{4,}|_{4,})\s{0,3}/u;
/** Where a cell's first statement ends: "none - red team does this", "learning (0 yrs)". */
const CELL_REMARK = /\s{0,2}(?:[(,;]|\s[-–—]\s)/u;
/** A skills-list item that pairs a name with its level by a dash or colon ("Kubernetes – learning (CKAD course)", "Java – 0"). */
const DASH_ITEM = /^\S[^|]{0,59}?(?:\s{1,3}[-–—]|\s{0,3}:)\s{1,3}(\S.{0,119})$/u;
/** A character that `DASH_ITEM` needs between a name and its level. */
const DASH_MARK = /[-–—:]/u;
/** A skills-list item that pairs a name with its level by one middle dot, as job boards print them ("Python · Básico (aprendiendo)"). */
const DOT_ITEM = /^[^\s|·][^|·]{0,59}?\s{1,3}·\s{1,3}([^\s|·][^|·]{0,119})$/u;
/** A Markdown separator row ("|---|:---:|"). */
const SEPARATOR_ROW = /^[\s|:\-–—=+]{3,}$/u;
/** The opening bracket of a remark after a cell's value. */
const BRACKET_REMARK = /\s{0,2}\(/u;
/** A cell holding a number of years: "6", "6 yrs", "2.5 years", "10+". */
const NUMBER_CELL = unicodeRegex`^(\d{1,2}(?:[.,]\d{1,2})?)\s{0,2}\+?\s{0,2}(\p{L}{0,12})\.?$`;
const MAX_ROW = 200;
/** Glyphs of a skills matrix's ratings ("●●●○○", "★★☆☆☆"): a cell made of them alone is a rating. */
const RATING_GLYPHS = '●○◐◑◉◯⬤★☆■□◼◻';
/** The glyphs one by one, split once. */
const RATING_GLYPH_LIST = RATING_GLYPHS.split('');
const RATING_CELL = new RegExp(`^[${RATING_GLYPHS}]{3,10}$`, 'u');
/** A legend pair: a rating, then the words that name its level ("●●●●● expert  ●○○○○ learning"). */
const LEGEND_PAIR = new RegExp(`([${RATING_GLYPHS}]{3,10})[ \\t]{1,3}(\\p{L}[^${RATING_GLYPHS}\\n]{0,40})`, 'gu');
/** A detail under a skills-table row, in brackets at the line's start ("  (scikit-learn)"). */
const BRACKET_CELL = /^\([^()]{1,60}\)$/u;

interface TableWords {
  yearsHeader: RegExp;
  learning: RegExp;
  /** A level word of a skills list ("basic", "Básico", "Grundkenntnisse"). */
  skillLevel: RegExp;
  /** A "learning" level at the start of a legend's words ("en apprentissage EXPÉRIENCE" after a flattened column). */
  learningStart: RegExp;
  /** Words that open a remark of learning, "I'm learning" (`cues.json` → `negationOpeners`: "lerne", "j'apprends"). */
  learningOpener: RegExp;
}

const cache = new WeakMap<Lexicon, TableWords>();

/** The compiled table words of a lexicon (its year words as a header, its "learning" levels). */
export function tableWordsFor(lex: Lexicon): TableWords {
  const hit = cache.get(lex);
  if (hit) return hit;
  const words = {
    yearsHeader: lexiconRegExp(`^(?:\\p{L}{1,15}\\s{1,3}){0,2}${phrasesSource(lex.measures.yearWords)}(?:\\s{1,3}\\p{L}{1,15}){0,3}$`),
    learning: lexiconRegExp(`^(?:${phrasesSource(lex.cues.learningLevels)})$`),
    skillLevel: lexiconRegExp(`^(?:${phrasesSource(lex.measures.skillLevels)})$`),
    learningStart: lexiconRegExp(`^(?:${phrasesSource(lex.cues.learningLevels)})(?![\\p{L}\\p{N}])`),
    learningOpener: lexiconRegExp(`^\\(\\s{0,2}(?:${phrasesSource(lex.cues.negationOpeners)})(?![\\p{L}\\p{N}])`),
  };
  cache.set(lex, words);
  return words;
}

/**
 * Rows of skills tables ("Skill | Years | Level", "Python | 6 | Expert"): the years each row states, and whether
 * it says the skill is not held yet (0 years, or a "learning" level).
 */
export function findTableRows(text: string, sections: readonly Section[], lex: Lexicon, years: YearsWords): TableRow[] {
  const sectionOf = (offset: number) => sectionAt(sections, offset);
  const words = tableWordsFor(lex);
  const out: TableRow[] = [];
  const learningRatings = legendLearningRatings(text, words);
  let yearsCol: number | undefined;
  // How the header's cells line up with a row's: a header that opens with a bar over rows that do not and hold one cell
  // more has an empty corner cell ("        | Level | Years"), so its columns are one to the right of the row's.
  let headerCells = 0;
  let barLed = false;
  // A header of cells apart at column gaps outside a skills section ("SKILL-MATRIX   Niveau   Jahre") opens a table
  // read the same way up to the next blank line.
  let gapTable = false;
  let offset = 0;
  let afterRated = false;
  let pairAbove: { start: number; end: number } | undefined;
  for (const line of text.split('\n')) {
    const start = offset;
    offset += line.length + 1;
    const body = line.trim();
    const rated: RatedRow | undefined = learningRatings.size > 0 ? ratedLearningRow(line, start, learningRatings, afterRated) : undefined;
    afterRated = rated?.rated === true;
    if (rated) {
      out.push(rated.row);
      continue;
    }
    const inSkills = sectionOf(start) === 'skills';
    // A "learning" remark in brackets alone on the line under a row of a name and its rating or level ("Go   ●○○○○" over
    // "(lerne ich gerade)", "(learning)", a narrow column wrapped): the row names a skill being learned.
    const pair = pairAbove;
    pairAbove = inSkills ? pairRow(line, start) : undefined;
    if (pair && BRACKET_CELL.test(body) && (isLearningCell(body, words) || words.learningOpener.test(body))) {
      out.push({ ...pair, years: undefined, learning: true });
      continue;
    }
    const cells = cellsOf(body, inSkills || gapTable) ?? gapHeader(body, words);
    if (!cells || body.length > MAX_ROW) {
      if (body === '') {
        yearsCol = undefined;
        gapTable = false;
      } else if (inSkills && body.length <= MAX_ROW) out.push(...learningItems(line, start, words));
      continue;
    }
    if (SEPARATOR_ROW.test(body)) continue;
    const header = cells.findIndex((c) => words.yearsHeader.test(c) && !/\d/u.test(c));
    if (header >= 0) {
      yearsCol = header;
      headerCells = cells.length;
      barLed = body.startsWith('|');
      gapTable = !inSkills && !body.includes('|');
      continue;
    }
    const stated =
      yearsCol !== undefined
        ? cellYears(cells[yearsCol + (barLed && !body.startsWith('|') && cells.length === headerCells + 1 ? 1 : 0)], years)
        : rowYears(cells, years);
    const learning = stated === 0 || cells.slice(1).some((c) => isLearningCell(c, words));
    if (stated === undefined && !learning) {
      // A list of items joined by bars ("Python – basic  |  Azure – none") is read item by item; a table row has no dash item.
      if (inSkills) out.push(...learningItems(line, start, words));
      continue;
    }
    const lead = line.length - line.trimStart().length;
    out.push({ start: start + lead, end: start + lead + body.length, years: stated, learning });
  }
  return out;
}

/** The longest level cell of a row read as a name and its level ("●○○○○", "Grundkenntnisse"). */
const MAX_LEVEL_CELL = 24;

/** The span of a line of two cells apart at a column gap, a name and its rating or a short level ("Go           ●○○○○"). */
function pairRow(line: string, start: number): { start: number; end: number } | undefined {
  const body = line.trim();
  const cells = body.split(GAP_CELLS);
  if (cells.length !== 2 || (cells[1] as string).length > MAX_LEVEL_CELL || /[,;()]/u.test(body)) return undefined;
  const lead = line.length - line.trimStart().length;
  return { start: start + lead, end: start + lead + body.length };
}

/**
 * The ratings a legend names with a "learning" level ("●○○○○ learning", "●○○○○ im Aufbau"): a skills matrix row with
 * such a rating names a skill being learned, not held.
 */
function legendLearningRatings(text: string, words: TableWords): Set<string> {
  const out = new Set<string>();
  if (!RATING_GLYPH_LIST.some((g) => text.includes(g))) return out;
  LEGEND_PAIR.lastIndex = 0;
  for (let m = LEGEND_PAIR.exec(text); m; m = LEGEND_PAIR.exec(text)) {
    if (words.learningStart.test((m[2] as string).trim())) out.add(m[1] as string);
  }
  return out;
}

/** A row rated at a "learning" level (`rated`), or the bracketed detail under one. */
interface RatedRow {
  row: TableRow;
  rated: boolean;
}

/**
 * A skills-matrix row rated at a "learning" level of the legend ("Machine learning   ●○○○○   <other column>"): its
 * span runs from the name to the rating only, since a flattened second column may follow on the line. A detail in
 * brackets on the next line ("  (scikit-learn)") belongs to that row.
 */
function ratedLearningRow(line: string, start: number, ratings: ReadonlySet<string>, afterRated: boolean): RatedRow | undefined {
  const lead = line.length - line.trimStart().length;
  const cells = line.trim().split(GAP_CELLS);
  const first = cells[0] ?? '';
  if (afterRated && BRACKET_CELL.test(first)) {
    return { row: { start: start + lead, end: start + lead + first.length, years: undefined, learning: true }, rated: false };
  }
  const rating = cells.length >= 2 && RATING_CELL.test(cells[1] as string) && ratings.has(cells[1] as string) ? (cells[1] as string) : undefined;
  if (rating === undefined) return undefined;
  const end = line.indexOf(rating, lead + first.length) + rating.length;
  return { row: { start: start + lead, end: start + end, years: undefined, learning: true }, rated: true };
}

/**
 * The items of a skills line, apart at column gaps, that give a level meaning "not yet" after a dash, a colon or one
 * middle dot: "Kubernetes – learning (CKAD course ongoing)", "Java – 0 (college only)", "Python · Básico (aprendiendo)".
 * Items that state years are left to the claims ("Python – 9 yrs").
 */
function learningItems(line: string, start: number, words: TableWords): TableRow[] {
  const out: TableRow[] = [];
  const gaps = ITEM_GAPS;
  gaps.lastIndex = 0;
  let from = 0;
  for (let m = gaps.exec(line); ; m = gaps.exec(line)) {
    const to = m ? m.index : line.length;
    for (const part of itemParts(line.slice(from, to))) {
      const row = learningItem(part.text, start + from + part.at, words);
      if (row) out.push(row);
    }
    if (!m) break;
    from = m.index + m[0].length;
  }
  return out;
}

/** One item of a skills list and its level, at `at`, when the level says "not yet" ("Kubernetes – learning", "Java – 0"). */
function learningItem(item: string, at: number, words: TableWords): TableRow | undefined {
  const lead = item.length - item.trimStart().length;
  // A dash item holds a dash or a colon: an item without one is not tried.
  const dash = DASH_MARK.test(item) ? DASH_ITEM.exec(item.trim()) : item.includes('·') ? DOT_ITEM.exec(item.trim()) : null;
  const value = dash ? (dash[1] as string).trim() : '';
  const level = dash ? value.split(CELL_REMARK)[0]?.trim() : undefined;
  // A level word with a "learning" remark in brackets ("Basic (learning)") is learning too; a list's last item is no level.
  if (level !== undefined && (level === '0' || words.learning.test(level) || (words.skillLevel.test(level) && isLearningCell(value, words)))) {
    return { start: at + lead, end: at + lead + item.trim().length, years: level === '0' ? 0 : undefined, learning: true };
  }
  return undefined;
}

/** A middle dot or a bullet between two items of a list on one line ("Python – expert · Java – reading knowledge only"). */
const ITEM_DOTS = /\s[·•](?:\s|$)/gu;

/**
 * The items of a cell: the whole cell, or, when it pairs names with levels by dashes and separates them by middle dots
 * ("Python – expert (all research code) · Java – reading knowledge only · Linux – user level"), each of them, at its offset.
 */
function itemParts(cell: string): { text: string; at: number }[] {
  if (!DASH_MARK.test(cell) || (!cell.includes('·') && !cell.includes('•'))) return [{ text: cell, at: 0 }];
  const parts: { text: string; at: number }[] = [];
  let from = 0;
  for (const dot of cell.matchAll(ITEM_DOTS)) {
    parts.push({ text: cell.slice(from, dot.index), at: from });
    from = (dot.index ?? 0) + dot[0].length;
  }
  parts.push({ text: cell.slice(from), at: from });
  return parts.length > 1 && parts.filter((p) => DASH_MARK.test(p.text)).length >= 2 ? parts : [{ text: cell, at: 0 }];
}

/** A cell whose level means "not yet": "learning", "learning (0 yrs)", or a closing remark in brackets, "(exposure only)", "Basics (in training)". */
function isLearningCell(cell: string, words: TableWords): boolean {
  const inner = BRACKETED.exec(cell)?.[1];
  return words.learning.test(cell) || words.learning.test(cell.split(CELL_REMARK)[0] ?? '') || (inner !== undefined && words.learning.test(inner.trim()));
}

/** A cell's closing remark in brackets: the whole cell, or after a level and no list ("Grundkenntnisse (in Weiterbildung)"). */
const BRACKETED = /^[^(),;]{0,40}\(([^()]{1,40})\)$/u;

/** The cells of a row, or undefined when the line is no table row. */
function cellsOf(body: string, inSkills: boolean): string[] | undefined {
  if (hasLeader(body) && LEADER_CELLS.test(body)) {
    const cells = body.split(LEADER_CELLS).map((c) => c.trim());
    return cells.length === 2 && cells[0] !== '' && cells[1] !== '' ? cells : undefined;
  }
  if (body.includes('|')) {
    const cells = body
      .split(BAR_CELLS)
      .map((c) => c.trim())
      .filter((c, i, all) => c !== '' || (i > 0 && i < all.length - 1));
    return cells.length >= 2 ? cells : undefined;
  }
  if (!inSkills) return undefined;
  const cells = body.split(GAP_CELLS).map((c) => c.trim());
  return cells.length >= 2 ? cells : undefined;
}

/** The cells of a line apart at column gaps that heads a table with a years column, at least three cells; else undefined. */
function gapHeader(body: string, words: TableWords): string[] | undefined {
  if (body.includes('|')) return undefined;
  const cells = body.split(GAP_CELLS).map((c) => c.trim());
  return cells.length >= MIN_GAP_HEADER && cells.some((c) => words.yearsHeader.test(c) && !/\d/u.test(c)) ? cells : undefined;
}

/** The fewest cells of a header read at column gaps outside a skills section. */
const MIN_GAP_HEADER = 3;

/** Whether a line holds a run that `LEADER_CELLS` needs (its spaces are optional): a cheap test before the pattern. */
function hasLeader(body: string): boolean {
  return body.includes('....') || body.includes('……') || body.includes('····') || body.includes('____');
}

/**
 * The years a row with no years header states: a cell that names its unit ("2 Year(s) 0 Month(s)") before a bare number,
 * which may be a version ("Python  3  2026  2 Year(s) 0 Month(s)").
 */
function rowYears(cells: readonly string[], years: YearsWords): number | undefined {
  const rest = cells.slice(1);
  for (const c of rest) {
    const d = durationYears(c, years) ?? durationYears(c.split(BRACKET_REMARK)[0] ?? '', years);
    if (d !== undefined && d <= 60) return d;
  }
  return rest.map((c) => cellYears(c, years)).find((y) => y !== undefined);
}

/** The years a cell states ("6", "6 yrs", "0", "4 Year(s) 6 Month(s)"), if it states nothing else. */
function cellYears(cell: string | undefined, years: YearsWords): number | undefined {
  if (cell === undefined) return undefined;
  const duration = durationYears(cell, years);
  if (duration !== undefined) return duration <= 60 ? duration : undefined;
  // A remark in brackets after the years says where they were spent: "1 yr (uni scripts, log parsing)" states one year.
  const m = NUMBER_CELL.exec(cell.split(BRACKET_REMARK)[0]?.trim() ?? '');
  if (!m) return undefined;
  const unit = fold(m[2] ?? '');
  if (unit !== '' && !years.yearWords.has(unit)) return undefined;
  const value = readNumber(m[1] as string, years);
  return value !== undefined && value <= 60 ? value : undefined;
}
