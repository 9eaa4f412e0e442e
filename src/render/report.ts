import { guarded } from '../errors';
import { resolveOptions } from '../options';
import { planUpskilling } from '../plan';
import { redactProfile } from '../privacy/redact';
import { type ReportOptions, ReportOptionsSchema, type ResumeProfile, type Role, type RoleFit, type UpskillingPlan } from '../schemas';
import { assertProfile, matchRoles } from '../score/match';
import { escapeMarkdown as md, escapeText as tx } from './escape';
import { renderHtml } from './_html';
import { stepWorth } from './plan-step';

/** Everything a report shows, computed once and rendered by format. */
export interface ReportData {
  profile: ResumeProfile;
  fits: RoleFit[];
  plan: UpskillingPlan | null;
  top: number;
  /** Set when the best fit is already strong and the plan aims at the next stretch role instead. */
  stretch?: { from: RoleFit; to: RoleFit; at: number };
}

/** The sentence that says why the plan aims at another role than the best fit (not escaped). */
export function stretchSentence(s: NonNullable<ReportData['stretch']>): string {
  return `${s.from.title} already fits well (${s.from.score.toFixed(1)}, at least ${s.at}): the plan aims at the next stretch role, ${s.to.title} (${s.to.score.toFixed(1)}).`;
}

/**
 * A gap report: ranked roles, the best role's requirement breakdown with evidence, and the plan towards it.
 * @example
 * const markdown = gapReport(parseResume(text), { format: 'markdown', top: 3 });
 */
export function gapReport(input: ResumeProfile, options?: ReportOptions): string {
  return guarded('gapReport', () => gapReportUnguarded(input, options));
}

function gapReportUnguarded(input: ResumeProfile, options?: ReportOptions): string {
  assertProfile(input);
  const { format, top, catalog, roles, hoursPerWeek, stretchAt, redact, languages } = resolveOptions(ReportOptionsSchema, options, 'gapReport');
  const profile = redact ? redactProfile(input) : input;
  const base = catalog ? { catalog } : { languages };
  const fits = matchRoles(profile, { ...base, ...(roles ? { roles } : {}) });
  const best = fits[0];
  // A strong best fit needs no plan: aim at the best role below the bar instead, when there is one.
  const next = best && best.score >= stretchAt ? fits.find((f) => f.score < stretchAt) : undefined;
  const aim = next ?? best;
  const role = aim && roles?.find((r): r is Role => typeof r !== 'string' && r.id === aim.roleId);
  const plan = aim ? planUpskilling(profile, role ?? aim.roleId, { ...base, hoursPerWeek }) : null;
  return RENDERERS[format]({ profile, fits, plan, top, ...(best && next ? { stretch: { from: best, to: next, at: stretchAt } } : {}) });
}

const RENDERERS = {
  json: renderJson,
  markdown: renderMarkdown,
  text: renderText,
  html: (d: ReportData) => renderHtml({ ...d, ...(d.stretch ? { note: stretchSentence(d.stretch) } : {}) }),
} as const;

/** The report as JSON: measures, ranked fits with breakdowns, and the plan. */
export function renderJson({ profile, fits, plan, top, stretch }: ReportData): string {
  const { experience } = profile;
  return JSON.stringify(
    {
      asOf: profile.asOf,
      catalog: profile.catalog,
      experience: { totalYears: experience.totalYears, securityYears: experience.securityYears, mlYears: experience.mlYears },
      skills: profile.skills.map((s) => ({ id: s.id, years: s.years ?? null, strength: s.strength })),
      roles: fits.slice(0, top),
      plan,
      planFor: plan ? { roleId: plan.target[0], reason: stretch ? 'stretch' : 'best-fit' } : null,
      warnings: profile.warnings,
    },
    null,
    2,
  );
}

const STATUS_MARK = { met: '✅ met', partial: '🟡 partial', missing: '❌ missing', unknown: '❔ unknown' } as const;

const years = (v: number | null) => (v === null ? 'unknown (no dated entries)' : `${v}`);

/** The report as Markdown; every string from the résumé is escaped. */
export function renderMarkdown({ profile, fits, plan, top, stretch }: ReportData): string {
  const e = profile.experience;
  const out: string[] = ['# rolefit gap report', ''];
  out.push(`As of ${profile.asOf} · catalog ${md(profile.catalog.version)} (${profile.catalog.hash})`, '');
  out.push(`**Experience:** ${years(e.totalYears)} years total · ${years(e.securityYears)} in security · ${years(e.mlYears)} in ML/AI engineering`, '');
  out.push('## Best-fitting roles', '', '| # | Role | Score | Eligible |', '|---|---|---:|---|');
  fits.slice(0, top).forEach((f, i) => out.push(`| ${i + 1} | ${md(f.title)} | ${f.score.toFixed(1)} | ${f.eligible ? 'yes' : 'no'} |`));
  const held = fits.slice(0, top).filter((f) => f.heldBack);
  if (held.length > 0) out.push('', ...held.map((f) => `- _${md(f.title)} is held back:_ ${md(f.heldBack?.reason ?? '')}`));
  const unmet = fits.slice(0, top).filter((f) => f.mustUnmet);
  if (unmet.length > 0) out.push('', ...unmet.map((f) => `- _${md(f.title)} lacks a must-have:_ ${md(f.mustUnmet?.reason ?? '')}`));
  const best = fits[0];
  if (best) {
    out.push('', `## ${md(best.title)}: requirement by requirement`, '');
    out.push('| Requirement | Status | Points | Have | Evidence |', '|---|---|---:|---|---|');
    for (const r of best.requirements) {
      const quote = r.evidence[0] ? `“${md(r.evidence[0].text)}” (${r.evidence[0].section})` : '';
      out.push(
        `| ${md(r.label)}${r.hard ? ' (required)' : ''} | ${STATUS_MARK[r.status]} | ${r.points.toFixed(1)} / ${r.maxPoints.toFixed(1)} | ${md(r.have)} | ${quote} |`,
      );
    }
    const unknown = best.requirements.filter((r) => r.status === 'unknown');
    if (unknown.length > 0)
      out.push('', `_Unknown, not missing:_ ${unknown.map((r) => md(r.label)).join(', ')}: the résumé does not say; these are left out of the score.`);
  }
  if (stretch) out.push('', `_${md(stretchSentence(stretch))}_`);
  if (plan) out.push('', ...planMarkdown(plan));
  if (profile.warnings.length > 0) out.push('', '## Warnings', '', ...profile.warnings.map((w) => `- ${md(w.message)}`));
  return `${out.join('\n')}\n`;
}

function planMarkdown(plan: UpskillingPlan): string[] {
  const out = [`## Upskilling plan: ${plan.currentScore.toFixed(1)} → ${plan.projectedScore.toFixed(1)}`, ''];
  out.push(`${plan.steps.length} steps, ${plan.totalHours} hours, about ${plan.weeks} weeks at ${plan.hoursPerWeek} h/week.`, '');
  plan.steps.forEach((s, i) => {
    const worth = stepWorth(s, plan.steps);
    out.push(
      `${i + 1}. **${md(s.name)}** (${md(worth)}, ${s.hours} h)${s.after.length ? ` after ${s.after.map(md).join(', ')}` : ''}${s.why !== worth ? `: ${md(s.why)}` : ''}`,
    );
    for (const a of s.actions) out.push(`   - ${a.kind}: ${md(a.title)} (${a.hours} h)`);
  });
  if (plan.notLearnable.length > 0) {
    out.push('', '### Not learnable in a course', '');
    for (const b of plan.notLearnable) out.push(`- **${md(b.label)}**: ${md(b.advice)}`);
  }
  return out;
}

/** The report as plain text for terminals, warnings last; escape sequences in résumé strings are removed. */
export function renderText({ profile, fits, plan, top, stretch }: ReportData): string {
  const e = profile.experience;
  const out: string[] = [`rolefit gap report (as of ${profile.asOf})`, ''];
  const y = (v: number | null) => (v === null ? 'unknown' : `${v} y`);
  out.push(
    `Experience: ${y(e.totalYears)} total, ${y(e.securityYears)} security, ${y(e.mlYears)} ML/AI${e.totalYears === null ? ' (no dated entries)' : ''}`,
    '',
  );
  out.push('Best-fitting roles:');
  fits
    .slice(0, top)
    .forEach((f, i) =>
      out.push(`  ${String(i + 1).padStart(2)}. ${f.score.toFixed(1).padStart(5)}  ${tx(f.title)}${f.eligible ? '' : '  (a required item is not met)'}`),
    );
  for (const f of fits.slice(0, top)) if (f.heldBack) out.push(`  ${tx(f.title)} is held back: ${tx(f.heldBack.reason)}`);
  for (const f of fits.slice(0, top)) if (f.mustUnmet) out.push(`  ${tx(f.title)} lacks a must-have: ${tx(f.mustUnmet.reason)}`);
  const best = fits[0];
  if (best) {
    out.push('', `${tx(best.title)}:`);
    for (const r of best.requirements) {
      out.push(`  [${r.status.padEnd(7)}] ${r.points.toFixed(1).padStart(5)}/${r.maxPoints.toFixed(1).padEnd(5)} ${tx(r.label)}: ${tx(r.have)}`);
    }
  }
  if (stretch) out.push('', tx(stretchSentence(stretch)));
  if (plan) {
    out.push(
      '',
      `Plan: ${plan.currentScore.toFixed(1)} -> ${plan.projectedScore.toFixed(1)} in ${plan.totalHours} h (~${plan.weeks} weeks at ${plan.hoursPerWeek} h/week)`,
    );
    plan.steps.forEach((s, i) => out.push(`  ${i + 1}. ${tx(s.name)} (${tx(stepWorth(s, plan.steps))}, ${s.hours} h): ${tx(s.actions[0]?.title ?? '')}`));
    for (const b of plan.notLearnable) out.push(`  ! ${tx(b.label)}: ${tx(b.advice)}`);
  }
  // Warnings as the CLI's text output shows them (one line each), as the Markdown and HTML reports list them.
  if (profile.warnings.length > 0) out.push('', 'Warnings:', ...profile.warnings.map((w) => `  ! ${w.code}: ${tx(w.message).replaceAll('\n', ' ')}`));
  return `${out.join('\n')}\n`;
}
