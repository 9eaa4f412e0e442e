// The repository's source files, for the tests that read them (kept apart from _regexes.ts, so that reading them does
// not load TypeScript and recheck into a worker that has no regex to check).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** The repository's root. */
export const ROOT = new URL('..', import.meta.url).pathname;

/** Every `.ts` file under `dir` (relative to the repository root), sorted. */
export function sourceFiles(dir = 'src'): string[] {
  const walk = (d: string): string[] =>
    readdirSync(d)
      .sort()
      .flatMap((f) => {
        const p = join(d, f);
        return statSync(p).isDirectory() ? walk(p) : p.endsWith('.ts') && !p.endsWith('.d.ts') ? [p] : [];
      });
  return walk(join(ROOT, dir)).map((p) => relative(ROOT, p));
}

/** Reads a file of the repository. */
export function readSource(file: string): string {
  return readFileSync(join(ROOT, file), 'utf8');
}
