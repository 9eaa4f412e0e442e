// Rank every role of the catalog for a résumé file.
import { matchRoles } from 'rolefit';
import { parseResumeFile } from 'rolefit/node';

const path = process.argv[2] ?? new URL('./sample-resume.pdf', import.meta.url).pathname;
const profile = await parseResumeFile(path, { asOf: '2026-11-01' });
for (const [i, fit] of matchRoles(profile).entries()) {
  console.log(
    `${String(i + 1).padStart(2)}. ${fit.score.toFixed(1).padStart(5)}  ${fit.title}${fit.eligible ? '' : '  (a required item is not met)'}${fit.heldBack ? '  (held back)' : ''}`,
  );
}
