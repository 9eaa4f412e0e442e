import { format } from 'node:util';
import { describe, expect, it, vi } from 'vitest';

// Every example runs, so none of them rots. They run in this process (vitest.config.ts resolves `rolefit` and
// `rolefit/node` to src/): what they check is their output, not the process boundary. `.ci/run` also runs the .mjs
// examples with node on the built package after `npm run build`, which checks the package's exports map.

/** Imports `examples/<file>` once with `argv` as its command line arguments and returns what it printed. */
async function run(file: string, ...argv: string[]): Promise<string> {
  const out: string[] = [];
  const saved = process.argv;
  const log = vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => {
    out.push(`${format(...args)}\n`);
  });
  process.argv = [process.execPath, `examples/${file}`, ...argv];
  try {
    await import(/* @vite-ignore */ new URL(`../examples/${file}`, import.meta.url).href);
  } finally {
    process.argv = saved;
    log.mockRestore();
  }
  return out.join('');
}

describe('examples', () => {
  it('quick-start prints the best role, the next step and a report', async () => {
    const out = await run('quick-start.ts');
    expect(out).toMatch(/^Security Engineer: [\d.]+\/100\nNext: .+ \(\+[\d.]+ points, \d+ h\)\n# rolefit gap report/);
  });

  it('custom-role scores a user role and shows a precise catalog error', async () => {
    const out = await run('custom-role.ts');
    expect(out).toContain('LLM Red Teamer: ');
    expect(out).toContain('E_INVALID_DATA: Invalid catalog data in `broken-roles.json`');
    expect(out).toContain('→ at roles[0].id');
  });

  it('batch prints one CSV row per résumé', async () => {
    const out = await run('batch.ts');
    expect(out.trim().split('\n')).toEqual([
      'file,best_role,score,total_years,security_years,ml_years',
      expect.stringMatching(/^sample-resume\.txt,security-engineer,[\d.]+,9\.33,7\.5,0$/),
    ]);
  });
});

describe('examples (.mjs, importing rolefit and rolefit/node by name)', () => {
  it('parse-pdf reads the sample PDF like the text', async () => {
    expect(await run('parse-pdf.mjs')).toMatch(/^pdf, 1 page\(s\), \d+ characters\nexperience: 9\.33 y total, 7\.5 y security\n/);
  });

  it('rank-roles ranks the 12 roles', async () => {
    const lines = (await run('rank-roles.mjs')).trimEnd().split('\n');
    expect(lines).toHaveLength(12);
    expect(lines[0]).toBe(' 1.  78.8  Security Engineer');
  });

  it('plan-role plans towards a target role and writes the HTML report', async () => {
    expect(await run('plan-role.mjs', 'ai-security-engineer')).toMatch(
      /^ai-security-engineer: 56\.54 → [\d.]+ in \d+ h .*\n {2}1\. .*\n[\s\S]*HTML report: .+rolefit-report\.html\n$/,
    );
  });

  it('batch-csv scores every résumé file of the folder', async () => {
    expect((await run('batch-csv.mjs')).trim().split('\n')).toEqual([
      'file,format,best_role,score',
      'sample-resume.pdf,pdf,security-engineer,78.84',
      'sample-resume.txt,text,security-engineer,78.84',
    ]);
  });

  it('custom-catalog scores the roles of my-roles.json', async () => {
    expect(await run('custom-catalog.mjs')).toMatch(/^LLM Red Teamer: [\d.]+\n {2}(?:met|partial|missing) +LLM security: /);
  });
});
