// Merge your own roles (a JSON file) into the catalog and score a résumé against them.
import { readFileSync } from 'node:fs';
import { loadCatalog, matchRoles } from 'rolefit';
import { parseResumeFile } from 'rolefit/node';

const source = new URL('./my-roles.json', import.meta.url).pathname;
const catalog = loadCatalog(JSON.parse(readFileSync(source, 'utf8')), { source: 'my-roles.json' });
const profile = await parseResumeFile(new URL('./sample-resume.pdf', import.meta.url).pathname, { asOf: '2026-11-01', catalog });
const [fit] = matchRoles(profile, { catalog, roles: ['llm-red-teamer'] });
console.log(`${fit.title}: ${fit.score}${fit.eligible ? '' : ' (a required item is not met)'}`);
for (const r of fit.requirements) console.log(`  ${r.status.padEnd(8)} ${r.label}: ${r.have}`);
