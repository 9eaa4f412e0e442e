import { resolveOptions } from '../options';
import { type Ranking, type ShortlistFormat, ShortlistFormatSchema } from '../schemas';
import { escapeMarkdown as md, escapeText as tx } from './escape';

/**
 * A shortlist table of a ranking: one row per candidate with score, eligibility, points per requirement
 * (CSV) or the gaps and why it ranks above the next (Markdown). Every candidate-derived string is escaped.
 */
export function renderShortlist(ranking: Ranking, format: ShortlistFormat): string {
  const resolved = resolveOptions(ShortlistFormatSchema, format, 'renderShortlist');
  if (resolved === 'csv') return renderCsv(ranking);
  if (resolved === 'json') return `${JSON.stringify(ranking, null, 2)}\n`;
  return renderMarkdown(ranking);
}

/** A CSV field: quoted when needed; a leading `=`, `+`, `-`, `@` is defused so spreadsheets do not run it. */
function csvField(value: string | number | boolean): string {
  const s = tx(String(value));
  const safe = typeof value === 'string' && /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function renderCsv(ranking: Ranking): string {
  const reqs = ranking.candidates[0]?.fit.requirements ?? [];
  const header = ['rank', 'candidate', 'score', 'eligible', ...reqs.map((r) => r.id), 'ranks_above_next_because'];
  const rows = ranking.candidates.map((c, i) => {
    const points = new Map(c.fit.requirements.map((r) => [r.id, r.points]));
    const why = ranking.comparisons[i]?.summary ?? '';
    return [c.rank, c.id, c.score.toFixed(2), c.eligible, ...reqs.map((r) => (points.get(r.id) ?? 0).toFixed(2)), why];
  });
  return `${[header, ...rows].map((row) => row.map(csvField).join(',')).join('\n')}\n`;
}

function renderMarkdown(ranking: Ranking): string {
  const lines = [
    `## Shortlist: ${md(ranking.title)}`,
    '',
    '| # | Candidate | Score | Eligible | Missing or partial | Why above the next |',
    '|---:|---|---:|:---:|---|---|',
  ];
  ranking.candidates.forEach((c, i) => {
    const gaps = c.fit.requirements
      .filter((r) => r.status === 'missing' || r.status === 'partial')
      .map((r) => md(r.label))
      .join('; ');
    const why = ranking.comparisons[i]?.summary ?? '';
    lines.push(`| ${c.rank} | ${md(c.id)} | ${c.score.toFixed(2)} | ${c.eligible ? 'yes' : 'no'} | ${gaps || '—'} | ${md(why) || '—'} |`);
  });
  if (ranking.candidates.length === 0) lines.push('| — | no candidates | | | | |');
  return `${lines.join('\n')}\n`;
}
