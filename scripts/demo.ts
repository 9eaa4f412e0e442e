// npm run demo: the main job on the bundled sample résumé and the default catalog.
import { readFileSync } from 'node:fs';
import { gapReport, matchRoles, parseResume, planUpskilling } from '../src';
import { allLanguages } from '../src/languages';
import { stepWorth } from '../src/render/plan-step';

const path = process.argv[2] ?? new URL('../examples/sample-resume.txt', import.meta.url);
const asOf = process.argv[3] ?? '2026-11-01';
const profile = parseResume(readFileSync(path, 'utf8'), { asOf, languages: allLanguages });
const fits = matchRoles(profile, { languages: allLanguages });

console.log(`Ranked roles for ${typeof path === 'string' ? path : 'examples/sample-resume.txt'} (as of ${asOf}):\n`);
fits.forEach((f, i) =>
  console.log(
    `${String(i + 1).padStart(3)}. ${f.score.toFixed(1).padStart(5)}  ${f.title}${f.eligible ? '' : '  (a required item is not met)'}${f.heldBack ? '  (held back)' : ''}`,
  ),
);

const best = fits[0];
if (best) {
  const plan = planUpskilling(profile, best.roleId, { hoursPerWeek: 6, languages: allLanguages });
  console.log(`\nPlan towards ${best.title}: ${plan.currentScore} → ${plan.projectedScore} in ${plan.totalHours} h (${plan.weeks} weeks at 6 h/week)`);
  plan.steps.forEach((s, i) => console.log(`  ${i + 1}. ${s.name} (${stepWorth(s, plan.steps, 2)}, ${s.hours} h) — ${s.actions[0]?.title ?? ''}`));
  for (const b of plan.notLearnable) console.log(`  ! ${b.label}: ${b.advice}`);
}
console.log(`\n${gapReport(profile, { format: 'text', top: 3, languages: allLanguages }).split('\n').slice(0, 4).join('\n')}`);
