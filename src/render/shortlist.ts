import * as z from 'zod/mini';
import { guarded } from '../errors';
import { resolveOptions } from '../options';
import { type RankedCandidate, type Ranking, type ShortlistFormat, ShortlistFormatSchema } from '../schemas';
import { escapeMarkdown as md, escapeText as tx } from './escape';

/** A warning of a candidate's profile or file, as the shortlist shows it. */
const NoteSchema = z.strictObject({ code: z.string().check(z.minLength(1), z.maxLength(100)), message: z.string().check(z.maxLength(10_000)) });

/** Options of `renderShortlist`: what the ranking itself does not hold. */
export const ShortlistOptionsSchema = z.strictObject({
  /** Warnings by candidate id (e.g. each profile's `warnings`): codes in a column, `HIDDEN_TEXT` spelt out below. */
  warnings: z._default(z.record(z.string(), z.array(NoteSchema)), {}),
  /** Files that could not be read: one row each, with the error code. */
  unreadable: z._default(
    z.array(
      z.strictObject({
        id: z.string().check(z.minLength(1)),
        code: z.string().check(z.minLength(1), z.maxLength(100)),
        message: z._default(z.string().check(z.maxLength(10_000)), ''),
      }),
    ),
    [],
  ),
});

/** Options of `renderShortlist`. */
export type ShortlistOptions = z.input<typeof ShortlistOptionsSchema>;
type Resolved = z.output<typeof ShortlistOptionsSchema>;

/** Warnings spelt out under a Markdown shortlist: they change how far a score can be trusted. */
const SPELT_OUT = new Set(['HIDDEN_TEXT', 'LANGUAGE_NOT_LOADED', 'UNSUPPORTED_LANGUAGE']);

/**
 * A shortlist table of a ranking: one row per candidate with score, eligibility, points per requirement
 * (CSV) or the gaps and why it ranks above the next (Markdown), the warnings of each candidate (a
 * `HIDDEN_TEXT` warning is spelt out), and one row per file that could not be read, with its error code.
 * Every candidate-derived string is escaped, and control characters in ids are written as visible escapes.
 */
export function renderShortlist(ranking: Ranking, format: ShortlistFormat, options?: ShortlistOptions): string {
  return guarded('renderShortlist', () => renderShortlistUnguarded(ranking, format, options));
}

function renderShortlistUnguarded(ranking: Ranking, format: ShortlistFormat, options?: ShortlistOptions): string {
  const resolved = resolveOptions(ShortlistFormatSchema, format, 'renderShortlist');
  const o = resolveOptions(ShortlistOptionsSchema, options, 'renderShortlist');
  // The warnings and error columns come with the options that fill them, so older callers keep their columns.
  if (resolved === 'csv') return renderCsv(ranking, o, options !== undefined);
  if (resolved === 'json') return `${JSON.stringify({ ...ranking, warnings: o.warnings, unreadable: o.unreadable }, null, 2)}\n`;
  return renderMarkdown(ranking, o);
}

/** A name on one line: newlines, escapes and bidi controls become visible escapes (`\n`, `\x1b`, `\u202e`). */
function oneLine(s: string): string {
  return s.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, (c) => {
    const code = c.charCodeAt(0);
    if (c === '\n') return '\\n';
    return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}

/** A CSV field: quoted when needed; a leading `=`, `+`, `-`, `@` is defused so spreadsheets do not run it. */
function csvField(value: string | number | boolean): string {
  const s = tx(typeof value === 'string' ? oneLine(value) : String(value));
  const safe = typeof value === 'string' && /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A candidate's warnings: the caller's, and the language warnings the ranking carries (each code once). */
const notesOf = (o: Resolved, c: RankedCandidate) => {
  const all = [...(o.warnings[c.id] ?? []), ...(c.warnings ?? [])];
  return all.filter((w, i) => all.findIndex((x) => x.code === w.code) === i);
};
const codesOf = (o: Resolved, c: RankedCandidate) => notesOf(o, c).map((w) => w.code);

function renderCsv(ranking: Ranking, o: Resolved, extra: boolean): string {
  const reqs = ranking.candidates[0]?.fit.requirements ?? [];
  const more = (warnings: string, error: string) => (extra ? [warnings, error] : []);
  const header = [
    'rank',
    'candidate',
    'score',
    'eligible',
    'held_back',
    'must_unmet',
    ...reqs.map((r) => r.id),
    'ranks_above_next_because',
    ...more('warnings', 'error'),
  ];
  const rows = ranking.candidates.map((c, i) => {
    const points = new Map(c.fit.requirements.map((r) => [r.id, r.points]));
    const why = ranking.comparisons[i]?.summary ?? '';
    return [
      c.rank,
      c.id,
      c.score.toFixed(2),
      c.eligible,
      c.fit.heldBack !== undefined,
      c.fit.mustUnmet !== undefined,
      ...reqs.map((r) => (points.get(r.id) ?? 0).toFixed(2)),
      why,
      ...more(codesOf(o, c).join(';'), ''),
    ];
  });
  const failed = o.unreadable.map((u) => ['', u.id, '', '', '', '', ...reqs.map(() => ''), '', ...more('', u.code)]);
  return `${[header, ...rows, ...failed].map((row) => row.map(csvField).join(',')).join('\n')}\n`;
}

function renderMarkdown(ranking: Ranking, o: Resolved): string {
  const lines = [
    `## Shortlist: ${md(ranking.title)}`,
    '',
    '| # | Candidate | Score | Eligible | Missing or partial | Why above the next | Warnings |',
    '|---:|---|---:|:---:|---|---|---|',
  ];
  ranking.candidates.forEach((c, i) => {
    const gaps = c.fit.requirements
      .filter((r) => r.status === 'missing' || r.status === 'partial')
      .map((r) => md(r.label))
      .join('; ');
    const why = ranking.comparisons[i]?.summary ?? '';
    const codes = codesOf(o, c).join(', ');
    lines.push(
      `| ${c.rank} | ${md(oneLine(c.id))} | ${c.score.toFixed(2)} | ${c.eligible ? 'yes' : 'no'} | ${gaps || '—'} | ${md(why) || '—'} | ${codes ? `**${codes}**` : '—'} |`,
    );
  });
  for (const u of o.unreadable) lines.push(`| — | ${md(oneLine(u.id))} | — | — | could not be read: \`${oneLine(u.code).replace(/`/g, '')}\` | — | — |`);
  if (ranking.candidates.length === 0 && o.unreadable.length === 0) lines.push('| — | no candidates | | | | | |');
  if (ranking.candidates.length > 0 && ranking.eligibleCount === 0) {
    lines.push('', '**No candidate meets every must-have.** The order above is the fit on everything else.');
  }
  const notes = ranking.candidates.flatMap((c) =>
    notesOf(o, c)
      .filter((w) => SPELT_OUT.has(w.code))
      .map((w) => `- ${md(oneLine(c.id))}: **${w.code}**: ${md(w.message)}`),
  );
  if (notes.length > 0) lines.push('', '### Warnings', '', ...notes);
  return `${lines.join('\n')}\n`;
}
