import type { SectionName } from '../schemas';
import { findDateRanges } from '../text/dates';
import type { Lexicon } from '../text/lexicon';
import { type HeadingMemo, lineHeading } from './sections';
import { unicodeRegex } from '../text/phrases';
import { entryWordsFor } from './_entries';

/**
 * A two-column page extracted without its layout prints the sidebar's blocks in the middle of the main column: a
 * "SKILLS" or "CERTIFICATIONS" block cuts a job's sentence ("wrote the" … "bank's ransomware playbooks") or stands
 * between two jobs. Such a block is moved after the text, so that the jobs read on as written; a block is moved only
 * when the main column visibly comes back after it, in one of two ways:
 * - the sentence it cut goes on: the line before the block ends mid-sentence, and a line in lowercase as wide as the
 *   main column follows the block's narrow lines;
 * - the job whose dates it follows goes on: a wrapped sentence (a wide line, the next in lowercase) follows the block;
 * - a job starts again: a line with a date range followed by a bullet, as the jobs before have, the job's first line
 *   as far above its dates as in the jobs before; or a header as tall as theirs, over a bullet, with its
 *   dates on its first line; or a header one line shorter with no dates, whose dates the extraction dropped into its
 *   bullets (a date line between a line that stops mid-sentence and one that goes on in lowercase): those dates are
 *   moved back under the header.
 */

/** Sections whose entries a sidebar block may cut. */
const BODY: ReadonlySet<SectionName> = new Set(['experience', 'projects', 'volunteering']);
/** A sidebar's lines are narrower than this share of the widest line of the main column. */
const NARROW = 0.7;
/** A main column is at least this wide. */
const MIN_BODY_WIDTH = 45;
/** A line of dates alone is never longer than this. */
const MAX_DATE_ONLY = 30;
/** A line this long is never read for dates here. */
const MAX_DATE_LINE = 100;
/** A sidebar block is read for at most this many lines (keeps the scan linear). */
const MAX_BLOCK = 80;
/** How far above its dates a job's first line may stand. */
const MAX_HEAD = 3;

/** A bullet: `normalizeText`, which runs first, writes every bullet as `- ` after the line's indentation. */
const BULLET = /^\s{0,8}-\s/u;
const LOWER_START = unicodeRegex`^\s{0,8}\p{Ll}`;
/** A rule drawn under a block's heading or table header ("-----", "====="): what follows is the block's own, no job's header. */
const RULE = /^\s*[-=_─━]{3,}\s*$/u;
/** A line that ends a sentence (or a bracket, or a list item with a colon). */
const ENDS_SENTENCE = /[.!?:;)]\s*$/u;

interface Body {
  name: SectionName;
  /** The widest line so far. */
  width: number;
  /** Its lines have bullets: a job starts over a bullet, as the jobs before. */
  bulleted: boolean;
  /** Lines from an entry's first line to its date line, when seen. */
  head: number | undefined;
  /** The line where the current entry began (after the heading or a blank line). */
  entryStart: number;
  /** Where, among the lines kept, a job's header without dates ends: its dates, dropped into its bullets, go there. */
  undated: number | undefined;
}

/** Where the main column comes back after a sidebar block, and how many header lines without dates the job there has. */
interface Return {
  at: number;
  undated: number | undefined;
}

/** The text with sidebar blocks that cut the main column moved after it; the text itself when none does. */
export function moveSidebarBlocks(text: string, lex: Lexicon, asOfYm: number, memo?: HeadingMemo): string {
  if (!text.includes('\n')) return text;
  const lines = text.split('\n');
  const headings = lines.map((l) => (l.length <= 80 ? lineHeading(l, lex, memo) : null));
  const kept: string[] = [];
  const moved: string[] = [];
  let body: Body | undefined;
  let i = 0;
  while (i < lines.length) {
    const line = lines[i] as string;
    const heading = headings[i];
    if (heading !== null && heading !== undefined) {
      if (BODY.has(heading)) body = { name: heading, width: 0, bulleted: false, head: undefined, entryStart: i + 1, undated: undefined };
      else if (body && body.width >= MIN_BODY_WIDTH) {
        const back = returnOf(lines, headings, i, body, kept, lex, asOfYm);
        if (back !== undefined) {
          moved.push(...lines.slice(i, back.at));
          body.undated = back.undated === undefined ? undefined : kept.length + back.undated;
          i = back.at;
          continue;
        }
        body = undefined;
      } else body = undefined;
      kept.push(line);
      i++;
      continue;
    }
    if (body?.undated !== undefined && droppedDates(lines, i, lastText(kept), lex, asOfYm)) {
      kept.splice(body.undated, 0, line);
      body.undated = undefined;
      i++;
      continue;
    }
    if (body) learn(body, lines, i, lex, asOfYm);
    kept.push(line);
    i++;
  }
  if (moved.length === 0) return text;
  return [...kept, '', ...moved].join('\n');
}

/** What a main-column line tells of the column: its width, its bullets, how far a job's dates stand below its first line. */
function learn(body: Body, lines: readonly string[], i: number, lex: Lexicon, asOfYm: number): void {
  const line = lines[i] as string;
  const t = line.trim();
  if (t === '') {
    body.entryStart = i + 1;
    return;
  }
  body.width = Math.max(body.width, t.length);
  if (BULLET.test(line)) body.bulleted = true;
  else if (body.head === undefined && i - body.entryStart <= MAX_HEAD && hasRange(t, lex, asOfYm)) body.head = i - body.entryStart;
}

/** The line where the main column comes back after the sidebar block that starts at `from`, if it does. */
function returnOf(
  lines: readonly string[],
  headings: readonly (SectionName | null)[],
  from: number,
  body: Body,
  kept: readonly string[],
  lex: Lexicon,
  asOfYm: number,
): Return | undefined {
  const narrow = body.width * NARROW;
  const before = lastText(kept);
  const cut = before !== undefined && !ENDS_SENTENCE.test(before);
  // The block stands between a job's header and its first lines: the column comes back at a wrapped sentence, and the
  // block's own wide lines (a list of tools on one line, no sentence) do not end it.
  // It follows the header's dates at once, where the jobs before have them (`head` lines below the entry's first line).
  const afterDates = cut && body.head !== undefined && from === body.entryStart + body.head + 1 && hasRange(before, lex, asOfYm);
  // The block holds a line of its own before the column comes back (a heading alone is no sidebar block).
  let own = false;
  let dated = false;
  for (let i = from + 1; i < Math.min(lines.length, from + MAX_BLOCK); i++) {
    const heading = headings[i];
    if (heading !== null && heading !== undefined) {
      if (BODY.has(heading)) return undefined;
      continue;
    }
    const t = (lines[i] as string).trim();
    if (t === '') continue;
    if (own && cut && t.length >= narrow && LOWER_START.test(lines[i] as string)) return { at: i, undated: undefined };
    const job = own && body.head !== undefined ? jobAt(lines, headings, i, body.head, body, lex, asOfYm) : undefined;
    // A block of dated entries after a finished sentence, followed by a header that names no job, is a section of the
    // column ("Education", a degree over its dates, then a bootcamp laid out as the jobs are), no sidebar block.
    if (job) return !cut && dated && !namesJob(lines, job.at, body.head, lex) ? undefined : job;
    if (afterDates && own && t.length >= narrow && LOWER_START.test(lines[i + 1] ?? '')) return { at: i, undated: undefined };
    if (t.length >= narrow && !(afterDates && !ENDS_SENTENCE.test(t))) return undefined;
    own = true;
    if (!dated && hasRange(t, lex, asOfYm)) dated = true;
  }
  return undefined;
}

/** A job that starts at `i`, with a header as the jobs before have it (`head` lines above its dates), if one does. */
function jobAt(
  lines: readonly string[],
  headings: readonly (SectionName | null)[],
  i: number,
  head: number,
  body: Body,
  lex: Lexicon,
  asOfYm: number,
): Return | undefined {
  const at = (k: number) => (lines[k] ?? '').trim();
  // Dates under the header's lines, or above them: no bullet down to the header's last line, a bullet under it.
  if (headerOver(lines, headings, i, head + 1, body) && (hasRange(at(i + head), lex, asOfYm) || (head > 0 && hasRange(at(i), lex, asOfYm)))) {
    return { at: i, undated: undefined };
  }
  // A header without its dates, which stand in its bullets below, where they cut a sentence.
  if (head === 0 || !headerOver(lines, headings, i, head, body)) return undefined;
  for (let k = i; k < i + head; k++) if (hasRange(at(k), lex, asOfYm)) return undefined;
  for (let k = i + head + 1; k < Math.min(lines.length, i + head + MAX_BLOCK); k++) {
    if (at(k) === '' || (headings[k] ?? null) !== null) return undefined;
    if (droppedDates(lines, k, lastText(lines, k), lex, asOfYm)) return { at: i, undated: head };
  }
  return undefined;
}

/** `n` lines of text from `i`, no bullet and no heading among them, over a bullet, in a column whose jobs have them. */
function headerOver(lines: readonly string[], headings: readonly (SectionName | null)[], i: number, n: number, body: Body): boolean {
  for (let k = i; k < i + n; k++) {
    if (BULLET.test(lines[k] ?? '') || (lines[k] ?? '').trim() === '' || (headings[k] ?? null) !== null || RULE.test(lines[k] ?? '')) return false;
  }
  return body.bulleted && BULLET.test(lines[i + n] ?? '');
}

/** A line of dates alone that cuts a sentence: the text before it stops mid-sentence, the line after goes on in lowercase. */
function droppedDates(lines: readonly string[], i: number, last: string | undefined, lex: Lexicon, asOfYm: number): boolean {
  const t = (lines[i] as string).trim();
  if (t.length > MAX_DATE_ONLY || !LOWER_START.test(lines[i + 1] ?? '')) return false;
  if (last === undefined || ENDS_SENTENCE.test(last)) return false;
  const [range] = findDateRanges(t, asOfYm, { lex });
  return range !== undefined && t.slice(0, range.index).trim() === '' && t.slice(range.index + range.length).trim() === '';
}

function hasRange(t: string, lex: Lexicon, asOfYm: number): boolean {
  return t.length <= MAX_DATE_LINE && /\d/u.test(t) && findDateRanges(t, asOfYm, { lex }).length > 0;
}

/** The last line with text among the (up to three) lines before `end`. */
function lastText(kept: readonly string[], end = kept.length): string | undefined {
  for (let k = end - 1; k >= 0 && k >= end - 3; k--) {
    const t = (kept[k] as string).trim();
    if (t !== '') return t;
  }
  return undefined;
}

/** A job word in the header lines from `at` down to its dates (`head` lines below). */
function namesJob(lines: readonly string[], at: number, head: number | undefined, lex: Lexicon): boolean {
  const { jobWord } = entryWordsFor(lex);
  for (let k = at; k <= at + (head ?? 0); k++) if (jobWord.test(lines[k] ?? '')) return true;
  return false;
}
