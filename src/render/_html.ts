import type { RequirementResult, RoleFit, UpskillingPlan } from '../schemas';
import { escapeHtml as h } from './escape';
import { stepWorth } from './plan-step';

/** What the HTML renderer reads (the same data as every other format). */
export interface HtmlReportData {
  profile: {
    asOf: string;
    catalog: { version: string; hash: string };
    experience: { totalYears: number | null; securityYears: number | null; mlYears: number | null };
    warnings: ReadonlyArray<{ message: string }>;
  };
  fits: readonly RoleFit[];
  plan: UpskillingPlan | null;
  /** A sentence above the plan (why it aims at a stretch role). */
  note?: string;
}

/** No scripts, no network, no frames: the page may only use its own inline styles. */
const CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src 'none'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

const STATUS_LABEL = { met: 'met', partial: 'partial', missing: 'missing', unknown: 'unknown' } as const;

const CSS = `
:root{--ink:#1d2433;--muted:#5b6475;--line:#dde2ea;--accent:#2456c7;--met:#1f8a4c;--partial:#c98a0b;--missing:#c23b3b;--unknown:#7a8394;--bg:#f6f7fb}
*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:var(--ink);font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
main{max-width:1080px;margin:0 auto;padding:32px 40px 48px}
header{border-bottom:3px solid var(--accent);padding-bottom:12px;margin-bottom:20px}
h1{font-size:28px;margin:0 0 4px}
h2{font-size:20px;margin:0 0 12px}
.meta,.note,footer{color:var(--muted);font-size:13px}
.facts{display:flex;gap:12px;flex-wrap:wrap;margin:12px 0 0;padding:0;list-style:none}
.facts li{background:#fff;border:1px solid var(--line);border-radius:8px;padding:8px 14px}
.facts b{display:block;font-size:20px}
section{background:#fff;border:1px solid var(--line);border-radius:10px;padding:20px 24px;margin:0 0 20px}
svg{display:block;width:100%;height:auto}
svg text{font:13px system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;fill:var(--ink)}
svg .score{font-weight:600}
svg .grid{stroke:var(--line)}
rect.bar{fill:#9db4e8}
rect.bar.top{fill:var(--accent)}
rect.bar.ineligible{fill:#c9cfda}
.legend{display:flex;gap:16px;font-size:12px;color:var(--muted);margin-top:6px}
.legend i{display:inline-block;width:12px;height:12px;border-radius:2px;margin-right:4px;vertical-align:-1px}
table{width:100%;border-collapse:collapse;font-size:13.5px}
th,td{text-align:left;vertical-align:top;padding:7px 8px;border-bottom:1px solid var(--line)}
th{font-size:12px;text-transform:uppercase;letter-spacing:.04em;color:var(--muted)}
td.num{text-align:right;white-space:nowrap;font-variant-numeric:tabular-nums}
.status{display:inline-block;min-width:64px;text-align:center;border-radius:999px;padding:1px 8px;font-size:12px;font-weight:600;color:#fff}
.status.met{background:var(--met)}.status.partial{background:var(--partial)}.status.missing{background:var(--missing)}.status.unknown{background:var(--unknown)}
q{quotes:"\\201C" "\\201D";font-style:italic}
.where{color:var(--muted);font-size:12px}
.req{font-size:11px;color:var(--missing);font-weight:600}
ol.timeline{list-style:none;margin:0;padding:0 0 0 18px;border-left:3px solid var(--line)}
ol.timeline li{position:relative;margin:0 0 14px;padding-left:14px}
ol.timeline li::before{content:"";position:absolute;left:-27px;top:6px;width:14px;height:14px;border-radius:50%;background:#fff;border:3px solid var(--accent)}
.when{font-size:12px;color:var(--accent);font-weight:600;text-transform:uppercase;letter-spacing:.04em}
.step{font-weight:600}
.gain{color:var(--met);font-weight:600}
ol.timeline ul{margin:4px 0 0;padding-left:18px;color:var(--muted);font-size:13px}
@media print{
  @page{margin:14mm}
  body{background:#fff;font-size:10.5pt}
  main{max-width:none;padding:0}
  section{border:none;padding:0;margin:0 0 14pt;break-inside:avoid-page}
  table,ol.timeline li{break-inside:avoid}
  tr{break-inside:avoid}
  *{-webkit-print-color-adjust:exact;print-color-adjust:exact}
}`;

const fmt = (n: number) => n.toFixed(1);
const yearsText = (v: number | null) => (v === null ? 'unknown' : `${v}`);

/** The report as one self-contained HTML page (inline CSS and SVG, no script, a CSP that forbids scripts). */
export function renderHtml({ profile, fits, plan, note }: HtmlReportData): string {
  const best = fits[0];
  const e = profile.experience;
  const body = [
    `<header><h1>rolefit gap report</h1><p class="meta">As of ${h(profile.asOf)} · catalog ${h(profile.catalog.version)} (${h(profile.catalog.hash)})</p>`,
    `<ul class="facts"><li><b>${h(yearsText(e.totalYears))}</b>years in total</li><li><b>${h(yearsText(e.securityYears))}</b>years in security</li><li><b>${h(yearsText(e.mlYears))}</b>years in ML/AI</li>${best ? `<li><b>${fmt(best.score)}</b>best fit: ${h(best.title)}</li>` : ''}</ul></header>`,
    chartSection(fits),
    best ? requirementSection(best) : '',
    note ? `<p class="note" id="plan-note">${h(note)}</p>` : '',
    plan ? planSection(plan) : '',
    profile.warnings.length > 0
      ? `<section id="warnings"><h2>Warnings</h2><ul>${profile.warnings.map((w) => `<li>${h(w.message)}</li>`).join('')}</ul></section>`
      : '',
    "<footer>Scores rank fit to a written profile, not a person's ability: use them to explain and plan, not to reject people automatically. Unknown is not missing: what the résumé does not say is left out of the score.</footer>",
  ];
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${CSP}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="referrer" content="no-referrer">',
    `<title>rolefit gap report${best ? ` · ${h(best.title)}` : ''}</title>`,
    `<style>${CSS}</style>`,
    '</head>',
    '<body>',
    `<main>${body.join('\n')}</main>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

const ROW = 30;
const LABEL = 330;
const BAR = 560;
const WIDTH = LABEL + BAR + 60;

/** A horizontal bar chart of every role's score (one `<rect class="bar" data-role>` per role). */
function chartSection(fits: readonly RoleFit[]): string {
  const height = fits.length * ROW + 28;
  const grid = [0, 25, 50, 75, 100]
    .map((v) => {
      const x = LABEL + (BAR * v) / 100;
      return `<line class="grid" x1="${x}" y1="0" x2="${x}" y2="${height - 22}"/><text x="${x}" y="${height - 6}" text-anchor="middle" class="axis">${v}</text>`;
    })
    .join('');
  const bars = fits
    .map((f, i) => {
      const y = i * ROW + 4;
      const w = Math.max(1, (BAR * f.score) / 100);
      const cls = ['bar', i === 0 ? 'top' : '', f.eligible ? 'eligible' : 'ineligible'].filter(Boolean).join(' ');
      const label = `${i + 1}. ${f.title}`;
      return [
        `<g class="role">`,
        `<title>${h(`${f.title}: ${fmt(f.score)}${f.eligible ? '' : ' (a required item is not met)'}${f.heldBack ? ` (held back: ${f.heldBack.reason})` : ''}`)}</title>`,
        `<text x="${LABEL - 10}" y="${y + 16}" text-anchor="end">${h(label.length > 46 ? `${label.slice(0, 45)}…` : label)}</text>`,
        `<rect class="${cls}" data-role="${h(f.roleId)}" data-score="${fmt(f.score)}" data-eligible="${f.eligible}" x="${LABEL}" y="${y}" width="${w.toFixed(1)}" height="${ROW - 10}" rx="3"/>`,
        `<text class="score" x="${(LABEL + w + 6).toFixed(1)}" y="${y + 16}">${fmt(f.score)}</text>`,
        '</g>',
      ].join('');
    })
    .join('\n');
  const legend =
    '<div class="legend"><span><i style="background:var(--accent)"></i>best fit</span><span><i style="background:#9db4e8"></i>every required item met</span><span><i style="background:#c9cfda"></i>a required item is not met</span></div>';
  return `<section id="fit"><h2>Fit for every role</h2><svg id="fit-chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${height}" role="img" aria-label="Fit score (0–100) for each of ${fits.length} roles">${grid}\n${bars}</svg>${legend}</section>`;
}

function evidenceCell(r: RequirementResult): string {
  const ev = r.evidence[0];
  if (!ev) return r.status === 'unknown' ? '<span class="where">the résumé does not say</span>' : '';
  return `<q>${h(ev.text)}</q> <span class="where">(${h(ev.section)})</span>`;
}

/** The best role's requirements, one row each, with the quoted résumé evidence. */
function requirementSection(best: RoleFit): string {
  const rows = best.requirements
    .map(
      (r) =>
        `<tr data-requirement="${h(r.id)}" data-status="${r.status}"><td>${h(r.label)}${r.hard ? ' <span class="req">required</span>' : ''}</td><td><span class="status ${r.status}">${STATUS_LABEL[r.status]}</span></td><td class="num">${fmt(r.points)} / ${fmt(r.maxPoints)}</td><td>${h(r.have)}</td><td>${evidenceCell(r)}</td></tr>`,
    )
    .join('\n');
  const unknown = best.requirements.filter((r) => r.status === 'unknown');
  const note =
    (unknown.length > 0
      ? `<p class="note">Unknown, not missing: ${unknown.map((r) => h(r.label)).join(', ')}. The résumé does not say; these are left out of the score.</p>`
      : '') +
    (best.heldBack ? `<p class="note">Held back: ${h(best.heldBack.reason)}</p>` : '') +
    (best.mustUnmet ? `<p class="note">Must-have missing: ${h(best.mustUnmet.reason)}</p>` : '');
  return `<section id="requirements"><h2>${h(best.title)}: requirement by requirement <span class="meta">(score ${fmt(best.score)}${best.eligible ? '' : ', a required item is not met'})</span></h2><table id="requirements-table"><thead><tr><th>Requirement</th><th>Status</th><th>Points</th><th>Have</th><th>Evidence from the résumé</th></tr></thead><tbody>\n${rows}\n</tbody></table>${note}</section>`;
}

/** The plan as a timeline: each step with the weeks it takes at the plan's pace. */
function planSection(plan: UpskillingPlan): string {
  let done = 0;
  const steps = plan.steps
    .map((s) => {
      const from = Math.floor(done / plan.hoursPerWeek) + 1;
      done += s.hours;
      const to = Math.max(from, Math.ceil(done / plan.hoursPerWeek));
      const actions = s.actions.map((a) => `<li>${h(a.kind)}: ${h(a.title)} (${a.hours} h)</li>`).join('');
      return `<li data-step="${h(s.skillId)}"><div class="when">Week ${from}${to > from ? `–${to}` : ''}</div><div><span class="step">${h(s.name)}</span> <span class="gain">${h(stepWorth(s, plan.steps))}</span> · ${s.hours} h${s.after.length > 0 ? ` · after ${s.after.map(h).join(', ')}` : ''}</div><div class="note">${h(s.why)}</div><ul>${actions}</ul></li>`;
    })
    .join('\n');
  const blockers =
    plan.notLearnable.length > 0
      ? `<h3>Not learnable in a course</h3><ul>${plan.notLearnable.map((b) => `<li><b>${h(b.label)}</b>: ${h(b.advice)}</li>`).join('')}</ul>`
      : '';
  return `<section id="plan"><h2>Upskilling plan: ${fmt(plan.currentScore)} → ${fmt(plan.projectedScore)}</h2><p class="meta">${plan.steps.length} steps, ${plan.totalHours} hours, about ${plan.weeks} weeks at ${plan.hoursPerWeek} h/week.</p><ol class="timeline">\n${steps}\n</ol>${blockers}</section>`;
}
