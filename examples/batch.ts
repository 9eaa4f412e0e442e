// Score a folder of résumés with one compiled matcher and print CSV: the fast path for batches.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createMatcher } from 'rolefit';

const dir = process.argv[2] ?? new URL('.', import.meta.url).pathname;
const matcher = createMatcher({ asOf: '2026-11-01' });
console.log('file,best_role,score,total_years,security_years,ml_years');
for (const file of readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort()) {
  const profile = matcher.parse(readFileSync(join(dir, file), 'utf8'));
  const [best] = matcher.match(profile);
  const { totalYears, securityYears, mlYears } = profile.experience;
  console.log([file, best?.roleId, best?.score, totalYears, securityYears, mlYears].join(','));
}
