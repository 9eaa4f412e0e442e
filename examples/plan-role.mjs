// Plan the upskilling towards one target role, and write the HTML gap report next to it.
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gapReport, planUpskilling } from 'rolefit';
import { parseResumeFile } from 'rolefit/node';

const role = process.argv[2] ?? 'mlsecops-specialist';
const profile = await parseResumeFile(new URL('./sample-resume.pdf', import.meta.url).pathname, { asOf: '2026-11-01' });
const plan = planUpskilling(profile, role, { hoursPerWeek: 6 });

console.log(`${role}: ${plan.currentScore} → ${plan.projectedScore} in ${plan.totalHours} h (${plan.weeks} weeks at 6 h/week)`);
plan.steps.forEach((s, i) => console.log(`  ${i + 1}. ${s.name} (+${s.scoreGain} points, ${s.hours} h)`));
const out = join(tmpdir(), 'rolefit-report.html');
writeFileSync(out, gapReport(profile, { format: 'html', hoursPerWeek: 6 }));
console.log(`HTML report: ${out}`);
