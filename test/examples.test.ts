import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const run = (file: string, ...args: string[]) =>
  execFileSync(`${root}node_modules/.bin/tsx`, [`examples/${file}`, ...args], { cwd: root, encoding: 'utf8' });

// Every example runs, so none of them rots.
describe('examples', () => {
  it('quick-start prints the best role, the next step and a report', () => {
    const out = run('quick-start.ts');
    expect(out).toMatch(/^AI Security Engineer: [\d.]+\/100\nNext: .+ \(\+[\d.]+ points, \d+ h\)\n# rolefit gap report/);
  });

  it('custom-role scores a user role and shows a precise catalog error', () => {
    const out = run('custom-role.ts');
    expect(out).toContain('LLM Red Teamer: ');
    expect(out).toContain('E_INVALID_DATA: Invalid catalog data in `broken-roles.json`');
    expect(out).toContain('→ at roles[0].id');
  });

  it('batch prints one CSV row per résumé', () => {
    const out = run('batch.ts');
    expect(out.trim().split('\n')).toEqual(['file,best_role,score,total_years,security_years,ml_years', expect.stringMatching(/^sample-resume\.txt,ai-security-engineer,[\d.]+,9\.33,7\.5,0$/)]);
  });
});
