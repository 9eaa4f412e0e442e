// npm run eval -- <folder> [--verbose] [--checks]: the metrics of ../shared/eval/README.md for a folder of gold cases. On the dev
// set (../shared/eval/dev, the default) it then runs the checks that need it (test/eval/*.eval.ts, vitest.eval.config.ts):
// gold answers per case, metric floors, and the reading stages on each dev résumé. Exits non-zero when a check fails.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type CaseResult, evaluateFolder } from './_eval-lib';

const args = process.argv.slice(2);
const verbose = args.includes('--verbose') || args.includes('-v');
const dir = resolve(args.find((a) => !a.startsWith('-')) ?? '../shared/eval/dev');
if (!existsSync(dir)) {
  console.error(`No such folder: ${dir}\nUsage: npm run eval -- <folder-of-gold-cases> [--verbose]`);
  process.exit(2);
}
const { results, metrics, contractFound } = evaluateFolder(dir);
if (!contractFound) {
  console.error(`warning: no contract/core-taxonomy.json beside ${dir} or ../shared: ids outside the core list are counted too`);
}
const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
if (verbose) for (const r of results) printCase(r);
console.log(`cases                     ${metrics.cases}`);
console.log(`skill precision           ${pct(metrics.skillPrecision)}`);
console.log(`skill recall              ${pct(metrics.skillRecall)}`);
console.log(`skill F1                  ${metrics.skillF1.toFixed(3)}`);
console.log(`years within tolerance    ${pct(metrics.yearsWithinTolerance)}`);
console.log(`education exact           ${pct(metrics.educationExact)}`);
console.log(`certifications exact      ${pct(metrics.certificationsExact)}`);
console.log(`clearance exact           ${pct(metrics.clearanceExact)}`);
console.log(`top role hits             ${metrics.topRoleHits} / ${metrics.cases}`);
console.log(`order pairs respected     ${pct(metrics.orderPairsRespected)}`);
if (metrics.claimsChecked > 0) console.log(`claimed years exact       ${pct(metrics.claimsExact)} (${metrics.claimsChecked} claims)`);
if (dir === resolve('../shared/eval/dev') || args.includes('--checks')) runDevChecks(dir);

/** The dev-set checks, in vitest, on `folder`. */
function runDevChecks(folder: string): void {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const vitest = join(root, 'node_modules/vitest/vitest.mjs');
  const run = spawnSync(process.execPath, [vitest, 'run', '--config', 'vitest.eval.config.ts'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, ROLEFIT_DEV_DIR: folder },
  });
  process.exitCode = run.status ?? 1;
}

function printCase(r: CaseResult): void {
  const lines = [`── ${r.name}`];
  if (r.fp.length) lines.push(`  false positives: ${r.fp.join(', ')}`);
  if (r.fn.length) lines.push(`  missed skills:   ${r.fn.join(', ')}`);
  for (const y of r.years.filter((y) => !y.ok)) lines.push(`  years ${y.label}: want ${y.want}, got ${y.got}`);
  if (!r.education) lines.push(`  education: got ${r.profile.education.map((e) => `${e.level}/${e.field}`).join(', ') || 'none'}`);
  if (!r.certifications) lines.push(`  certifications: got ${r.profile.certifications.map((c) => c.id).join(', ') || 'none'}`);
  if (!r.clearance) lines.push(`  clearance: got ${r.profile.clearance?.level ?? 'null'}`);
  if (!r.topRole.ok) lines.push(`  top role: want ${r.topRole.want.join(' | ')}, got ${r.topRole.got}`);
  for (const o of r.order.filter((o) => !o.ok)) lines.push(`  order: ${o.pair[0]} (${o.scores[0]}) should beat ${o.pair[1]} (${o.scores[1]})`);
  for (const c of r.claims.filter((c) => !c.ok)) lines.push(`  claim ${c.label}: want ${c.want}, got ${c.got}`);
  lines.push(
    `  ranking: ${r.fits
      .slice(0, 5)
      .map((f) => `${f.roleId} ${f.score}`)
      .join(' > ')}`,
  );
  console.log(lines.join('\n'));
}
