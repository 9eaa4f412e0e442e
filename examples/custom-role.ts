// Add your own role to the default catalog, score against it, and see the error a bad file gets.
import { readFileSync } from 'node:fs';
import { loadCatalog, matchRoles, parseResume, RolefitError } from 'rolefit';

const catalog = loadCatalog(
  {
    roles: [
      {
        id: 'llm-red-teamer',
        title: 'LLM Red Teamer',
        family: 'custom',
        summary: 'Attacks LLM products before launch.',
        source: 'Our hiring plan, 2026',
        requirements: [
          { kind: 'skill', skills: ['llm-security'], weight: 5, source: 'Job ad: "prompt injection and jailbreak testing"' },
          { kind: 'skill', skills: ['penetration-testing'], weight: 3, source: 'Job ad: "offensive security background"' },
          { kind: 'skill', skills: ['python'], weight: 2, source: 'Job ad: "scripting in Python"' },
          { kind: 'experience', measure: 'securityYears', minYears: 3, weight: 3, source: 'Job ad: "3+ years in security"' },
        ],
      },
    ],
  },
  { source: 'my-roles.json' },
);

const profile = parseResume(readFileSync(new URL('./sample-resume.txt', import.meta.url), 'utf8'), { asOf: '2026-11-01', catalog });
const [fit] = matchRoles(profile, { catalog, roles: ['llm-red-teamer'] });
console.log(`${fit?.title}: ${fit?.score}`);
for (const r of fit?.requirements ?? []) console.log(`  ${r.status.padEnd(8)} ${r.label}: ${r.have}`);

try {
  loadCatalog({ roles: [{ id: 'Bad Id', title: 'x', requirements: [] }] }, { source: 'broken-roles.json' });
} catch (error) {
  if (error instanceof RolefitError) console.log(`\n${error.code}: ${error.message.split('\n').slice(0, 4).join('\n')}`);
}
