import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

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

/** The newest modification time under `dir` (ms). */
function newest(dir: string): number {
  return Math.max(0, ...readdirSync(dir, { withFileTypes: true }).map((d) => (d.isDirectory() ? newest(join(dir, d.name)) : statSync(join(dir, d.name)).mtimeMs)));
}

// The .mjs examples import `rolefit` and `rolefit/node` by package name (self-reference through the exports
// map), so they run on dist/: build it first when it is missing or older than src/ (CI tests before building).
describe('examples (.mjs, on the built package)', () => {
  const node = (file: string, ...args: string[]) => execFileSync(process.execPath, [`examples/${file}`, ...args], { cwd: root, encoding: 'utf8' });
  beforeAll(() => {
    const built = join(root, 'dist/node.js');
    if (!existsSync(built) || statSync(built).mtimeMs < newest(join(root, 'src'))) {
      execFileSync(`${root}node_modules/.bin/tsup`, [], { cwd: root, stdio: 'ignore' });
    }
  }, 180_000);

  it('parse-pdf reads the sample PDF like the text', () => {
    expect(node('parse-pdf.mjs')).toMatch(/^pdf, 1 page\(s\), \d+ characters\nexperience: 9\.33 y total, 7\.5 y security\n/);
  });

  it('rank-roles ranks the 12 roles', () => {
    const lines = node('rank-roles.mjs').trimEnd().split('\n');
    expect(lines).toHaveLength(12);
    expect(lines[0]).toBe(' 1.  77.8  AI Security Engineer');
  });

  it('plan-role plans towards a target role and writes the HTML report', () => {
    expect(node('plan-role.mjs', 'ai-security-engineer')).toMatch(/^ai-security-engineer: 77\.75 → [\d.]+ in \d+ h .*\n {2}1\. .*\n[\s\S]*HTML report: .+rolefit-report\.html\n$/);
  });

  it('batch-csv scores every résumé file of the folder', () => {
    expect(node('batch-csv.mjs').trim().split('\n')).toEqual([
      'file,format,best_role,score',
      'sample-resume.pdf,pdf,ai-security-engineer,77.75',
      'sample-resume.txt,text,ai-security-engineer,77.75',
    ]);
  });

  it('custom-catalog scores the roles of my-roles.json', () => {
    expect(node('custom-catalog.mjs')).toMatch(/^LLM Red Teamer: [\d.]+\n {2}(?:met|partial|missing) +LLM security: /);
  });
});
