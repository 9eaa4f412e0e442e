// npm run eval:postings -- [folder] [--verbose]: how well job ads are read (tiers, years, degree, certifications, clearance).
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { aggregate, evaluatePostingFolder, type PostingMetrics, type PostingResult } from './_eval-postings-lib';

const args = process.argv.slice(2);
const verbose = args.includes('--verbose') || args.includes('-v');
const dir = resolve(args.find((a) => !a.startsWith('-')) ?? fileURLToPath(new URL('../test/fixtures/postings-r2', import.meta.url)));
const contract = fileURLToPath(new URL('../test/fixtures/contract/core-taxonomy.json', import.meta.url));
const { results, metrics } = evaluatePostingFolder(dir, contract);
if (results.length === 0) {
  console.error(`${dir}: no job ad with a gold file (NAME.txt beside NAME.gold.json)`);
  process.exit(1);
}
const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

function print(label: string, m: PostingMetrics): void {
  console.log(`── ${label}: ${m.ads} ads`);
  console.log(`rejected                  ${m.rejected}`);
  for (const t of ['required', 'duty', 'preferred'] as const)
    console.log(`${`${t} skills P / R`.padEnd(26)}${pct(m.tiers[t].precision)} / ${pct(m.tiers[t].recall)}`);
  console.log(`example lists as any-of   ${pct(m.anyOfRespected)}`);
  console.log(`minimum years exact       ${pct(m.years)}`);
  console.log(`degree level              ${pct(m.degree)}`);
  console.log(`certifications P / R      ${pct(m.certifications.precision)} / ${pct(m.certifications.recall)}`);
  console.log(`clearance level + active  ${pct(m.clearance)}`);
  console.log(`hardness                  ${pct(m.hardness)}`);
  console.log(`conditions (notes) P / R ${pct(m.conditions.precision)} / ${pct(m.conditions.recall)}`);
  console.log(`ads with no required skill ${m.noRequiredSkill}`);
}

if (verbose) for (const r of results) printAd(r);
print('all', metrics);
for (const lang of [...new Set(results.map((r) => r.language))].sort()) {
  if (lang !== 'en') print(lang, aggregate(results.filter((r) => r.language === lang)));
}

function printAd(r: PostingResult): void {
  const lines = [`── ${r.name}${r.rejected ? ` REJECTED ${r.rejected}` : ''}`];
  for (const t of ['required', 'duty', 'preferred'] as const) {
    if (r.tiers[t].fp.length) lines.push(`  ${t} extra:   ${r.tiers[t].fp.join(', ')}`);
    if (r.tiers[t].fn.length) lines.push(`  ${t} missed:  ${r.tiers[t].fn.join(', ')}`);
  }
  for (const a of r.anyOf.filter((a) => !a.ok)) lines.push(`  any-of not kept: ${a.want.join(' | ')}`);
  for (const y of r.years.filter((y) => !y.ok)) lines.push(`  years ${y.key}: want ${y.want}, got ${y.got}`);
  if (!r.degree.ok) lines.push(`  degree: want ${r.degree.want}, got ${r.degree.got}`);
  if (r.certs.fp.length || r.certs.fn.length) lines.push(`  certs extra ${r.certs.fp.join(', ') || '-'}; missed ${r.certs.fn.join(', ') || '-'}`);
  if (!r.clearance.ok) lines.push(`  clearance: want ${r.clearance.want}, got ${r.clearance.got}`);
  for (const h of r.hard.filter((h) => !h.ok)) lines.push(`  hard ${h.kind}: want ${h.want}, got ${h.got}`);
  console.log(lines.join('\n'));
}
