/**
 * ATS exports that print a candidate's records on a few very long lines ("Work Experience: [1] Job Title: …; Company:
 * …; Start Date: 05/2022; End Date: ; Current Job: Yes; Description: • … • … [2] Job Title: …"): each labelled field
 * goes on a line of its own, each numbered record after a blank line, each inline bullet on a line of its own and a
 * field that lists short items ("Skills: Python (Advanced, 6 years); Go (3 years)") one item a line, as the same
 * export prints them when it keeps its line breaks.
 */

import { unicodeRegex } from './phrases';

/** A line shorter than this is never a record line: fields a line apart are already read as a form. */
const MIN_RECORD_LINE = 200;
/** A longer line is left as it is (keeps the hostile-input paths linear and bounded). */
const MAX_RECORD_LINE = 20_000;
/** Labelled fields a line must hold to be a record line. */
const MIN_FIELDS = 3;
/** The longest item of a field read as a list. */
const MAX_ITEM = 90;

/** Where a field may start: after "; " or " | ", or at a record's number (" [2] "). */
const FIELD_SEPARATOR = /; | \| | (?=\[\d{1,2}\] )/gu;
/**
 * A field's label at the cursor: a record's number maybe, one to four words the first capitalised, a colon and a space
 * or the line's end ("[1] Job Title: ", "Province/State: ", "End Date: ").
 */
const FIELD_LABEL = unicodeRegex`^(?:\[\d{1,2}\] )?\p{Lu}[\p{L}\p{N}/'’.&-]{0,24}(?: [\p{L}\p{N}/'’&-]{1,24}){0,3}:(?: |$)`;
/** The most characters a label (with its record's number) may take. */
const MAX_LABEL = 140;
/** A record's number opening a field ("[2] "). */
const RECORD_NUMBER = /^\[\d{1,2}\] /u;
/** A bullet inside a field's value, between spaces. */
const INLINE_BULLET = / [•●▪■◦‣►➤▸✓✔] /gu;
/** Item separators of a listing field. */
const ITEM_SEPARATOR = /; | \| /u;

/** The text with every record line (see the module's comment) set out one field a line; other lines unchanged. */
export function splitRecordLines(text: string): string {
  if (!text.includes(': ') || !hasLongLine(text)) return text;
  return text
    .split('\n')
    .map((l) => recordLines(l) ?? l)
    .join('\n');
}

function hasLongLine(text: string): boolean {
  let start = 0;
  for (let end = text.indexOf('\n'); ; end = text.indexOf('\n', start)) {
    const stop = end === -1 ? text.length : end;
    if (stop - start >= MIN_RECORD_LINE) return true;
    if (end === -1) return false;
    start = end + 1;
  }
}

/** The fields of a record line, as lines; null for any other line. */
function recordLines(line: string): string | null {
  if (line.length < MIN_RECORD_LINE || line.length > MAX_RECORD_LINE) return null;
  const cuts = fieldStarts(line);
  // One field listing items ("Skills: Python (Advanced, 6 years); Go (3 years); …") is set out as well.
  if (cuts.length < MIN_FIELDS && !(cuts[0] === 0 && isListField(line))) return null;
  const out: string[] = [];
  // Text before the first field (a title) stays on its own line.
  if ((cuts[0] as number) > 0) out.push(line.slice(0, cuts[0]).trim());
  for (let k = 0; k < cuts.length; k++) {
    let field = line.slice(cuts[k], cuts[k + 1] ?? line.length).trim();
    if (field.endsWith(';') || field.endsWith('|')) field = field.slice(0, -1).trimEnd();
    const numbered = RECORD_NUMBER.exec(field);
    if (numbered) {
      if (out.length > 0) out.push('');
      field = field.slice(numbered[0].length);
    }
    out.push(...fieldLines(field));
  }
  return out.join('\n');
}

/** Where each labelled field of the line starts, after its separator. */
function fieldStarts(line: string): number[] {
  const starts: number[] = [];
  if (labelAt(line, 0)) starts.push(0);
  for (const m of line.matchAll(FIELD_SEPARATOR)) {
    const at = (m.index as number) + m[0].length;
    if (labelAt(line, at) && starts.at(-1) !== at) starts.push(at);
  }
  return starts;
}

/** A field's label starts at `at` (read on a bounded slice: the scan stays linear). */
function labelAt(line: string, at: number): boolean {
  return FIELD_LABEL.test(line.slice(at, at + MAX_LABEL));
}

/** A line of one labelled field whose value lists short items. */
function isListField(line: string): boolean {
  const value = line.slice(line.indexOf(':') + 1);
  const items = value.split(ITEM_SEPARATOR);
  return items.length >= MIN_FIELDS && items.every((i) => i.trim() !== '' && i.trim().length <= MAX_ITEM);
}

/** A field as lines: its label and value, then its inline bullets or its listed items each on a line. */
function fieldLines(field: string): string[] {
  const colon = field.indexOf(':');
  const label = field.slice(0, colon + 1);
  const value = field.slice(colon + 1).trim();
  if (value === '') return [label];
  const bullets = value.split(INLINE_BULLET);
  if (bullets.length > 1 || /^[•●▪■◦‣►➤▸✓✔] /u.test(value)) {
    const [lead, ...items] = bullets.map((b) => b.trim());
    const first = (lead ?? '').replace(/^[•●▪■◦‣►➤▸✓✔] /u, '');
    const opensWithBullet = first !== lead;
    return [opensWithBullet ? label : `${label} ${first}`.trimEnd(), ...(opensWithBullet ? [`- ${first}`] : []), ...items.map((i) => `- ${i}`)];
  }
  const items = value.split(ITEM_SEPARATOR).map((i) => i.trim());
  if (items.length > 1 && items.every((i) => i !== '' && i.length <= MAX_ITEM)) return [label, ...items];
  return [`${label} ${value}`];
}
