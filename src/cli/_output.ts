// Pure renderers of the command line: strings in, strings out. Nothing here prints.
import { escapeText } from '../render/escape';
import { stepWorth } from '../render/plan-step';
import type { FitSummary } from '../node/worker';
import type { ResumeProfile, UpskillingPlan } from '../schemas';

/** Characters that must never reach a terminal raw: C0/C1 controls, DEL, line and paragraph separators, bidi controls. */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * A file name safe on one line of any output: every control character (newline, escape, bidi override)
 * is written as a visible escape (`\n`, `\x1b`, `\u202e`), so a name can neither forge a line nor colour a terminal.
 */
export function escapeName(name: string): string {
  return name.replace(UNSAFE, (c) => {
    if (c === '\n') return '\\n';
    if (c === '\r') return '\\r';
    if (c === '\t') return '\\t';
    const code = c.charCodeAt(0);
    return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}

/** A message for the terminal: names (in backticks, as every message quotes them) escaped, other controls removed. */
export function escapeMessage(message: string): string {
  return escapeText(message.replace(/`[^`]{0,4096}`/g, escapeName));
}

/** JSON whose every control, separator and bidi character is a `\u` escape (JSON.stringify leaves C1 and bidi raw). */
export function safeJson(value: unknown, indent?: number): string {
  return JSON.stringify(value, null, indent).replace(
    /[\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

const paint = (on: boolean, code: number) => (s: string) => (on ? `\u001b[${code}m${s}\u001b[0m` : s);

/** A progress line for stderr: bar, count, rate and time left. */
export function renderProgress(done: number, total: number, elapsedMs: number, name: string, width = 24): string {
  const filled = Math.round((width * done) / Math.max(1, total));
  const rate = elapsedMs > 0 ? (done * 1000) / elapsedMs : 0;
  const eta = rate > 0 ? (total - done) / rate : Number.NaN;
  const etaText = Number.isFinite(eta) ? `ETA ${clock(eta)}` : 'ETA –';
  const label = escapeName(name).slice(-32).padEnd(32);
  return `\r[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total}  ${rate.toFixed(1)} files/s  ${etaText}  ${label}`;
}

function clock(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  return s >= 3600
    ? `${Math.floor(s / 3600)}:${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`
    : `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

/** A warning as the text outputs show it. */
export interface Note {
  code: string;
  message: string;
}

/** Ranked roles as terminal text, with the warnings below. */
export function renderFits(name: string, fits: readonly FitSummary[], asOf: string, warnings: readonly Note[] = [], color = false): string {
  const bold = paint(color, 1);
  const dim = paint(color, 2);
  const green = paint(color, 32);
  const yellow = paint(color, 33);
  const lines = [bold(`Ranked roles for ${escapeName(name)} (as of ${asOf}):`), ''];
  fits.forEach((f, i) => {
    const bar = '█'.repeat(Math.round(f.score / 5)).padEnd(20, '·');
    const score = f.score.toFixed(1).padStart(5);
    lines.push(
      `  ${String(i + 1).padStart(2)}. ${i === 0 ? green(score) : score}  ${dim(bar)}  ${escapeText(f.title)}${f.eligible ? '' : dim('  (a required item is not met)')}${f.heldBack ? dim('  (held back)') : ''}`,
    );
  });
  for (const w of warnings) lines.push(yellow(`  ! ${w.code}: ${escapeText(w.message).replace(/\n/g, ' ')}`));
  return `${lines.join('\n')}\n`;
}

/** A file that could not be read, as a line of text output. */
export function renderUnreadable(name: string, code: string, color = false): string {
  return `${paint(color, 31)('✖')} ${escapeName(name)}: ${code} (could not be read)\n`;
}

/** A plan as terminal text. */
export function renderPlan(title: string, plan: UpskillingPlan, color = false): string {
  const bold = paint(color, 1);
  const lines = [
    bold(
      `Plan towards ${escapeText(title)}: ${plan.currentScore.toFixed(2)} → ${plan.projectedScore.toFixed(2)} in ${plan.totalHours} h (${plan.weeks} weeks at ${plan.hoursPerWeek} h/week)`,
    ),
  ];
  plan.steps.forEach((s, i) =>
    lines.push(`  ${i + 1}. ${escapeText(s.name)} (${escapeText(stepWorth(s, plan.steps, 2))}, ${s.hours} h) — ${escapeText(s.actions[0]?.title ?? '')}`),
  );
  for (const b of plan.notLearnable) lines.push(`  ! ${escapeText(b.label)}: ${escapeText(b.advice)}`);
  return `${lines.join('\n')}\n`;
}

export const CSV_HEADER =
  'file,format,best_role,best_score,eligible,second_role,second_score,third_role,third_score,held_back_roles,must_unmet_roles,total_years,security_years,ml_years,warnings,error';

/** The columns of `CSV_HEADER`: an error row fills those between the file and the error. */
const CSV_COLUMNS = CSV_HEADER.split(',').length;

/** One CSV field: quoted when needed, never read as a spreadsheet formula, no control characters. */
export function csvField(value: unknown): string {
  let s = value === null || value === undefined ? '' : escapeName(String(value));
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** One CSV row of `match` for a file. */
export function renderCsvRow(name: string, format: string, profile: ResumeProfile, fits: readonly FitSummary[], warnings: readonly Note[]): string {
  const [a, b, c] = fits;
  const e = profile.experience;
  const codes = [...new Set(warnings.map((w) => w.code))].join(';');
  const heldBack = [a, b, c].flatMap((f) => (f?.heldBack ? [f.roleId] : [])).join(';');
  const mustUnmet = [a, b, c].flatMap((f) => (f?.mustUnmet ? [f.roleId] : [])).join(';');
  return [
    name,
    format,
    a?.roleId,
    a?.score,
    a?.eligible,
    b?.roleId,
    b?.score,
    c?.roleId,
    c?.score,
    heldBack,
    mustUnmet,
    e.totalYears,
    e.securityYears,
    e.mlYears,
    codes,
    '',
  ]
    .map(csvField)
    .join(',');
}

/** The CSV row of a file that could not be read: its name and error code. */
export function renderCsvError(name: string, code: string): string {
  return [name, ...Array.from({ length: CSV_COLUMNS - 2 }, () => ''), code].map(csvField).join(',');
}
