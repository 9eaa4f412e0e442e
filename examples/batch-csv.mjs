// Score every résumé file of a folder (PDF, DOCX, text, …) and print CSV; a bad file is reported and skipped.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createMatcher, parseResume, RolefitError } from 'rolefit';
import { readResume } from 'rolefit/node';

const dir = process.argv[2] ?? new URL('.', import.meta.url).pathname;
const { catalog, match } = createMatcher({ asOf: '2026-11-01' }); // compile the catalog once
console.log('file,format,best_role,score');
for (const name of readdirSync(dir)
  .filter((f) => /\.(pdf|docx|txt|md)$/i.test(f))
  .sort()) {
  try {
    const file = await readResume(join(dir, name));
    const [best] = match(parseResume(file.json ?? file.text, { asOf: '2026-11-01', catalog }));
    console.log([name, file.format, best?.roleId, best?.score].join(','));
  } catch (error) {
    if (!(error instanceof RolefitError)) throw error;
    console.error(`skipped ${name}: ${error.code}`);
  }
}
