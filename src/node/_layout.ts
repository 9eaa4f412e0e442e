/** One positioned run of text on a PDF page (PDF units, origin bottom-left). */
export interface TextItem {
  str: string;
  x: number;
  y: number;
  width: number;
  /** Font size (or item height) in PDF units. */
  size: number;
}

/** A page's text rebuilt in reading order, and how many columns were read. */
export interface PageText {
  text: string;
  columns: 1 | 2;
}

interface Line {
  y: number;
  size: number;
  items: TextItem[];
}

/** Narrowest empty vertical band, in PDF units, that counts as a column gutter. */
const MIN_GUTTER = 12;
/** A gap between two items wider than this share of the font size is a space (pdf.js uses 0.102). */
const WORD_GAP = 0.1;
/** The widest span of text, in PDF units, searched for a gutter (A0 landscape is 3,370 wide). */
const MAX_PAGE_WIDTH = 4000;
/** Share of the items that may cross the gutter (a full-width name or heading line). */
const MAX_CROSSING = 0.15;
/** Lines each side of the gutter needed before the page counts as two columns. */
const MIN_COLUMN_LINES = 3;
/** Share of the page's lines a column must hold. */
const MIN_COLUMN_SHARE = 0.2;
/** Share of a column's lines that must start at the same x. */
const MIN_ALIGNED_SHARE = 0.6;

/**
 * Rebuilds a page's lines from item positions: groups items into lines by baseline, finds a column gutter,
 * and reads the left column, then the right, between full-width lines.
 */
export function layoutPage(raw: readonly TextItem[]): PageText {
  const items = raw.filter((i) => i.str.trim() !== '' && Number.isFinite(i.x) && Number.isFinite(i.y));
  if (items.length === 0) return { text: '', columns: 1 };
  const gutter = findGutter(items);
  if (!gutter) return { text: renderLines(groupLines(items)), columns: 1 };
  const [g0, g1] = gutter;
  const left = items.filter((i) => i.x + i.width <= g0 + 1);
  const right = items.filter((i) => i.x >= g1 - 1);
  const sides = new Set([...left, ...right]);
  const spanning = items.filter((i) => !sides.has(i));
  // Full-width lines cut the page into bands; inside a band the left column is read before the right one.
  // One sweep down the page (items sorted by height), so many bands stay linear.
  const byHeight = (a: TextItem, b: TextItem) => b.y - a.y;
  const leftDown = [...left].sort(byHeight);
  const rightDown = [...right].sort(byHeight);
  const out: Line[] = [];
  let l = 0;
  let r = 0;
  for (const cut of [...groupLines(spanning), { y: Number.NEGATIVE_INFINITY, size: 0, items: [] }]) {
    const l0 = l;
    const r0 = r;
    while (l < leftDown.length && (leftDown[l] as TextItem).y >= cut.y) l++;
    while (r < rightDown.length && (rightDown[r] as TextItem).y >= cut.y) r++;
    for (const line of [...groupLines(leftDown.slice(l0, l)), ...groupLines(rightDown.slice(r0, r))]) out.push(line);
    if (cut.items.length > 0) out.push(cut);
  }
  return { text: renderLines(out), columns: 2 };
}

/** The widest empty vertical band in the middle of the text, when both sides hold enough lines. */
export function findGutter(items: readonly TextItem[]): [number, number] | undefined {
  // Loops, not Math.min(...array): a page of 200,000 items would overflow the stack.
  let minX = Number.POSITIVE_INFINITY;
  let maxX = Number.NEGATIVE_INFINITY;
  for (const i of items) {
    minX = Math.min(minX, i.x);
    maxX = Math.max(maxX, i.x + Math.max(0, i.width));
  }
  const width = maxX - minX;
  // A page is at most a few thousand units wide; wider spans come from stray items and never hold a gutter.
  if (!(width >= 4 * MIN_GUTTER) || width > MAX_PAGE_WIDTH) return undefined;
  const bins = coverage(items, minX, Math.ceil(width) + 1);
  // The gutter is the widest band at the lowest coverage of the middle, if only a few full-width items cross it.
  const limit = Math.floor(items.length * MAX_CROSSING);
  const from = Math.floor(width * 0.2);
  const to = Math.ceil(width * 0.8);
  let floor = Number.POSITIVE_INFINITY;
  for (let x = from; x <= to; x++) floor = Math.min(floor, bins[x] ?? 0);
  if (floor > limit) return undefined;
  let best: [number, number] | undefined;
  let runStart = -1;
  for (let x = from; x <= to + 1; x++) {
    const empty = x <= to && (bins[x] ?? 0) <= floor;
    if (empty && runStart < 0) runStart = x;
    if (!empty && runStart >= 0) {
      if (x - runStart >= MIN_GUTTER && (!best || x - runStart > best[1] - best[0])) best = [runStart + minX, x + minX];
      runStart = -1;
    }
  }
  if (!best) return undefined;
  const [g0, g1] = best;
  const crossing = items.filter((i) => i.x < g1 - 1 && i.x + i.width > g0 + 1).length;
  if (crossing > limit) return undefined;
  const left = groupLines(items.filter((i) => i.x + i.width <= g0 + 1));
  const right = groupLines(items.filter((i) => i.x >= g1 - 1));
  return isColumn(left, left.length + right.length) && isColumn(right, left.length + right.length) ? best : undefined;
}

/**
 * A side of the gutter is a column when it holds enough of the lines and most of them start at one x
 * (right-aligned dates beside titles start wherever their width puts them, so they are no column).
 */
function isColumn(lines: readonly Line[], total: number): boolean {
  if (lines.length < MIN_COLUMN_LINES || lines.length < total * MIN_COLUMN_SHARE) return false;
  const starts = new Map<number, number>();
  for (const line of lines) {
    const x = Math.round((line.items[0] as TextItem).x / 3);
    starts.set(x, (starts.get(x) ?? 0) + 1);
  }
  let most = 0;
  for (const count of starts.values()) most = Math.max(most, count);
  return most >= lines.length * MIN_ALIGNED_SHARE;
}

/** How many items cover each unit of x from `minX`: a difference array, linear in items plus width. */
function coverage(items: readonly TextItem[], minX: number, size: number): number[] {
  const delta = new Array<number>(size + 1).fill(0);
  for (const i of items) {
    const start = Math.max(0, Math.floor(i.x - minX));
    const end = Math.min(size, Math.ceil(i.x + Math.max(0, i.width) - minX));
    if (end <= start) continue;
    delta[start] = (delta[start] ?? 0) + 1;
    delta[end] = (delta[end] ?? 0) - 1;
  }
  const bins = new Array<number>(size).fill(0);
  let running = 0;
  for (let x = 0; x < size; x++) {
    running += delta[x] ?? 0;
    bins[x] = running;
  }
  return bins;
}

/** Groups items into lines by baseline (top to bottom), each line's items left to right. */
function groupLines(items: readonly TextItem[]): Line[] {
  const sorted = [...items].sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: Line[] = [];
  for (const item of sorted) {
    const last = lines.at(-1);
    if (last && Math.abs(last.y - item.y) <= Math.max(2, 0.45 * Math.min(last.size, item.size || last.size))) last.items.push(item);
    else lines.push({ y: item.y, size: item.size || 10, items: [item] });
  }
  for (const line of lines) line.items.sort((a, b) => a.x - b.x);
  return lines;
}

/** Joins items into lines (a space for a word gap, two for a column gap) and blank lines for paragraph gaps. */
function renderLines(lines: readonly Line[]): string {
  const out: string[] = [];
  let prev: Line | undefined;
  for (const line of lines) {
    // A paragraph gap, or a jump back up to the top of the next column, leaves a blank line.
    if (prev && (prev.y - line.y > 1.8 * Math.max(prev.size, line.size) || line.y > prev.y)) out.push('');
    let text = '';
    let end = Number.NEGATIVE_INFINITY;
    for (const item of line.items) {
      const gap = item.x - end;
      if (text !== '') text += gap > 3 * line.size ? '    ' : gap > WORD_GAP * line.size && !text.endsWith(' ') && !item.str.startsWith(' ') ? ' ' : '';
      text += item.str;
      end = item.x + item.width;
    }
    out.push(text.trimEnd());
    prev = line;
  }
  return out.join('\n');
}
