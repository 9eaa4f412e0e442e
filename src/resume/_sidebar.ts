import type { SectionName } from '../schemas';
import { findDateRanges } from '../text/dates';
import type { Lexicon } from '../text/lexicon';
import { lineHeading } from './sections';

/**
 * A two-column page extracted without its layout prints the sidebar's blocks in the middle of the main column: a
 * "SKILLS" or "CERTIFICATIONS" block cuts a job's sentence ("wrote the" … "bank's ransomware playbooks") or stands
 * between two jobs. Such a block is moved after the text, so that the jobs read on as written; a block is moved only
 * when the main column visibly comes back after it, in one of two ways:
 * - the sentence it cut goes on: the line before the block ends mid-sentence, and a line in lowercase as wide as the
 *   main column follows the block's narrow lines;
 * - a job starts again: a line with a date range followed by a bullet of the jobs' own kind, the job's first line
 *   as far above its dates as in the jobs before.
 */

/** Sections whose entries a sidebar block may cut. */
const BODY: ReadonlySet<SectionName> = new Set(['experience', 'projects', 'volunteering']);
/** A sidebar's lines are narrower than this share of the widest line of the main column. */
const NARROW = 0.7;
/** A main column is at least this wide. */
const MIN_BODY_WIDTH = 45;
/** A line this long is never read for dates here. */
const MAX_DATE_LINE = 100;
/** A sidebar block is read for at most this many lines (keeps the scan linear). */
const MAX_BLOCK = 80;
/** How far above its dates a job's first line may stand. */
const MAX_HEAD = 3;

const BULLET = /^\s{0,8}([●•▪◦■*–-])\s/u;
const LOWER_START = /^\s{0,8}\p{Ll}/u;
/** A line that ends a sentence (or a bracket, or a list item with a colon). */
const ENDS_SENTENCE = /[.!?:;)]\s*$/u;

interface Body {
  name: SectionName;
  /** The widest line so far. */
  width: number;
  /** Bullet characters its lines start with. */
  bullets: Set<string>;
  /** Lines from an entry's first line to its date line, when seen. */
  head: number | undefined;
  /** The line where the current entry began (after the heading or a blank line). */
  entryStart: number;
}

/** The text with sidebar blocks that cut the main column moved after it; the text itself when none does. */
export function moveSidebarBlocks(text: string, lex: Lexicon, asOfYm: number): string {
  if (!text.includes('\n')) return text;
  const lines = text.split('\n');
  const headings = lines.map((l) => (l.length <= 80 ? lineHeading(l, lex) : null));
  const kept: string[] = [];
  const moved: string[] = [];
  let body: Body | undefined;
  let i = 0;
  while (i < lines.length) {
    const line = lines[i] as string;
    const heading = headings[i];
    if (heading !== null && heading !== undefined) {
      if (BODY.has(heading)) body = { name: heading, width: 0, bullets: new Set(), head: undefined, entryStart: i + 1 };
      else if (body && body.width >= MIN_BODY_WIDTH) {
        const back = returnOf(lines, headings, i, body, kept, lex, asOfYm);
        if (back !== undefined) {
          moved.push(...lines.slice(i, back));
          i = back;
          continue;
        }
        body = undefined;
      } else body = undefined;
      kept.push(line);
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
  const bullet = BULLET.exec(line)?.[1];
  if (bullet) body.bullets.add(bullet);
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
): number | undefined {
  const narrow = body.width * NARROW;
  const before = lastText(kept);
  const cut = before !== undefined && !ENDS_SENTENCE.test(before);
  // The block holds a line of its own before the column comes back (a heading alone is no sidebar block).
  let own = false;
  for (let i = from + 1; i < Math.min(lines.length, from + MAX_BLOCK); i++) {
    const heading = headings[i];
    if (heading !== null && heading !== undefined) {
      if (BODY.has(heading)) return undefined;
      continue;
    }
    const t = (lines[i] as string).trim();
    if (t === '') continue;
    if (own && cut && t.length >= narrow && LOWER_START.test(lines[i] as string)) return i;
    if (own && body.head !== undefined && entryStartsAt(lines, i, body.head, body, lex, asOfYm)) return i;
    if (t.length >= narrow) return undefined;
    own = true;
  }
  return undefined;
}

/** A job starts at `i`: no bullet down to its date line, `head` lines below, and a bullet of the jobs' own kind under that. */
function entryStartsAt(lines: readonly string[], i: number, head: number, body: Body, lex: Lexicon, asOfYm: number): boolean {
  for (let k = i; k <= i + head; k++) if (BULLET.test(lines[k] ?? '')) return false;
  const bullet = BULLET.exec(lines[i + head + 1] ?? '')?.[1];
  return bullet !== undefined && body.bullets.has(bullet) && hasRange((lines[i + head] ?? '').trim(), lex, asOfYm);
}

function hasRange(t: string, lex: Lexicon, asOfYm: number): boolean {
  return t.length <= MAX_DATE_LINE && /\d/u.test(t) && findDateRanges(t, asOfYm, { lex }).length > 0;
}

/** The last line with text among those kept. */
function lastText(kept: readonly string[]): string | undefined {
  for (let k = kept.length - 1; k >= 0 && k >= kept.length - 3; k--) {
    const t = (kept[k] as string).trim();
    if (t !== '') return t;
  }
  return undefined;
}
