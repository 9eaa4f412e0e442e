import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

// The dev set lives beside the repository (../shared/eval/dev), not in a user's clone: these checks run in
// `npm run eval` (scripts/eval.ts, vitest.eval.config.ts), never in `npm test`, and fail when the set is missing.

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** The dev set folder: `ROLEFIT_DEV_DIR` (set by scripts/eval.ts) or ../shared/eval/dev. */
export const DEV = resolve(ROOT, process.env.ROLEFIT_DEV_DIR ?? '../shared/eval/dev');
if (!existsSync(join(DEV, 'dev-01.txt'))) {
  throw new Error(`The dev set is missing at ${DEV}: run \`npm run eval -- <folder of the dev set>\`.`);
}

/** The résumé files of the dev set, sorted. */
export const devFiles = (): string[] =>
  readdirSync(DEV)
    .filter((f) => f.endsWith('.txt'))
    .sort();

/** Reads a file of the dev set. */
export const readDev = (file: string): string => readFileSync(join(DEV, file), 'utf8');
