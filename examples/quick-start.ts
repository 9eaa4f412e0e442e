import { readFileSync } from 'node:fs';
import { gapReport, matchRoles, parseResume, planUpskilling } from 'rolefit';

const text = readFileSync(new URL('./sample-resume.txt', import.meta.url), 'utf8');
const profile = parseResume(text, { asOf: '2026-11-01' });
const fits = matchRoles(profile); // every role in the catalog, best first
const best = fits[0];
if (!best) throw new Error('the catalog has no roles');
const plan = planUpskilling(profile, best.roleId, { hoursPerWeek: 6 });

console.log(`${best.title}: ${best.score}/100`);
console.log(`Next: ${plan.steps[0]?.name} (+${plan.steps[0]?.scoreGain} points, ${plan.steps[0]?.hours} h)`);
console.log(gapReport(profile, { format: 'markdown', top: 3 }).split('\n').slice(0, 12).join('\n'));
