import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { csvField, main, renderHelp } from '../src/cli/main';
import * as make from './fixtures/files/make';

const root = fileURLToPath(new URL('..', import.meta.url));
const sample = join(root, 'examples/sample-resume.txt');

/** Runs the CLI in-process with captured streams. */
async function cli(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { out: (s) => void (stdout += s), err: (s) => void (stderr += s), color: false, progress: false });
  return { code, stdout, stderr };
}

const dir = mkdtempSync(join(tmpdir(), 'rolefit-cli-'));
writeFileSync(join(dir, 'a.txt'), readFileSync(sample));
writeFileSync(join(dir, 'b.pdf'), make.encryptedPdf());
writeFileSync(join(dir, 'c.txt'), make.TWIN_TEXT);
writeFileSync(join(dir, 'notes.bin'), 'ignored: not a résumé extension');

describe('rolefit CLI', () => {
  it('match ranks the roles of one file', async () => {
    const r = await cli('match', sample, '--as-of', '2026-11-01');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Ranked roles for .*sample-resume\.txt \(as of 2026-11-01\):\n\n {3}1\. {2}77\.8 .* AI Security Engineer\n/);
    expect(r.stdout.match(/^ +\d+\. /gm)).toHaveLength(12);
    expect(r.stdout).not.toContain('\u001b[');
  });

  it('match over a folder writes NDJSON, reports the bad file on stderr, keeps the others and exits 1', async () => {
    const r = await cli('match', dir, '--json', '--as-of', '2026-11-01');
    expect(r.code).toBe(1);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.file)).toEqual([join(dir, 'a.txt'), join(dir, 'c.txt')]);
    expect(lines[0].roles[0]).toMatchObject({ roleId: 'ai-security-engineer', score: 77.75, eligible: true });
    expect(r.stderr).toContain(`${join(dir, 'b.pdf')}: E_ENCRYPTED:`);
  });

  it('match --csv writes a header and one row per file', async () => {
    const r = await cli('match', join(dir, 'a.txt'), join(dir, 'c.txt'), '--csv', '--as-of', '2026-11-01');
    expect(r.code).toBe(0);
    const rows = r.stdout.trim().split('\n');
    expect(rows[0]).toBe('file,format,best_role,best_score,eligible,second_role,second_score,third_role,third_score,total_years,security_years,ml_years');
    expect(rows[1]).toBe(`${join(dir, 'a.txt')},text,ai-security-engineer,77.75,true,ai-ml-security-engineer,62.84,security-engineer,62.06,9.33,7.5,0`);
    expect(rows).toHaveLength(3);
  });

  it.each([
    ['=HYPERLINK("x")', `"'=HYPERLINK(""x"")"`],
    ['a,b', '"a,b"'],
    ['plain', 'plain'],
  ])('csvField(%s) → %s', (value, expected) => expect(csvField(value)).toBe(expected));

  it('match --job scores a résumé against a job posting read into a role', async () => {
    const posting = join(root, 'test/fixtures/postings/soc-analyst.txt');
    const r = await cli('match', sample, '--job', posting, '--as-of', '2026-11-01', '--json');
    expect(r.code).toBe(0);
    const line = JSON.parse(r.stdout);
    expect(line.roles).toHaveLength(1);
    expect(line.roles[0].roleId).toMatch(/^[a-z0-9-]+$/);
  });

  it('rank --job writes a shortlist, best first, with the reasons', async () => {
    const posting = join(root, 'test/fixtures/postings/soc-analyst.txt');
    const md = await cli('rank', '--job', posting, dir, '--as-of', '2026-11-01');
    expect(md.code).toBe(1); // b.pdf is encrypted: reported, skipped, the others ranked
    expect(md.stdout).toMatch(/^## Shortlist: /);
    expect(md.stdout.match(/^\| [12] \| /gm)).toHaveLength(2);
    const csv = await cli('rank', '--job', posting, join(dir, 'a.txt'), join(dir, 'c.txt'), '--csv', '--as-of', '2026-11-01');
    expect(csv.code).toBe(0);
    expect(csv.stdout.trim().split('\n')).toHaveLength(3);
    expect((await cli('rank', dir)).code).toBe(2);
  });

  it('plan plans towards a role', async () => {
    const r = await cli('plan', sample, '--role', 'ai-security-engineer', '--hours-per-week', '6', '--as-of', '2026-11-01');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Plan towards AI Security Engineer: 77\.75 → [\d.]+ in \d+ h \(\d+ weeks at 6 h\/week\)\n {2}1\. /);
    const json = await cli('plan', sample, '--role', 'ai-security-engineer', '--json', '--as-of', '2026-11-01');
    expect(JSON.parse(json.stdout)).toMatchObject({ target: ['ai-security-engineer'], hoursPerWeek: 5 });
  });

  it('report writes every format, to stdout or -o', async () => {
    const md = await cli('report', sample, '--format', 'md', '--as-of', '2026-11-01');
    expect(md.stdout).toMatch(/^# rolefit gap report/);
    const out = join(dir, 'r.html');
    const html = await cli('report', sample, '--format', 'html', '-o', out, '--as-of', '2026-11-01');
    expect(html).toMatchObject({ code: 0, stdout: '' });
    expect(readFileSync(out, 'utf8')).toMatch(/^<!doctype html>/);
    expect(JSON.parse((await cli('report', sample, '--json', '--as-of', '2026-11-01')).stdout).roles).toHaveLength(3);
    expect((await cli('report', sample, '--format', 'text', '--as-of', '2026-11-01')).stdout).toMatch(/^rolefit gap report \(as of 2026-11-01\)/);
  });

  it('parse prints the profile of a PDF and of a JSON Resume file', async () => {
    const pdf = join(dir, 'one.pdf');
    writeFileSync(pdf, await make.singleColumnPdf());
    const r = await cli('parse', pdf, '--as-of', '2026-11-01');
    expect(r.code).toBe(0);
    const record = JSON.parse(r.stdout);
    expect(record).toMatchObject({ format: 'pdf', pages: 1 });
    expect(record.profile.experience.totalYears).toBe(9.33);
  });

  it('roles lists the catalog, merged with --catalog', async () => {
    const roles = await cli('roles', '--json');
    expect(JSON.parse(roles.stdout)).toHaveLength(12);
    const custom = join(dir, 'my-roles.json');
    writeFileSync(custom, JSON.stringify({ roles: [{ id: 'llm-red-teamer', title: 'LLM Red Teamer', summary: 's', source: 's', requirements: [{ kind: 'skill', skills: ['llm-security'], weight: 1, source: 's' }] }] }));
    const merged = await cli('roles', '--catalog', custom);
    expect(merged.stdout).toMatch(/^llm-red-teamer +LLM Red Teamer/m);
  });

  it.each([
    [['bogus'], 2, 'Unknown command bogus'],
    [['plan', sample, '--role', 'no-such-role'], 2, 'E_UNKNOWN_ROLE'],
    [['report', sample, '--format', 'pdf'], 2, 'Invalid option `--format`'],
    [['match', sample, '--as-of', 'yesterday'], 2, '→ at asOf'],
    [['match'], 2, 'no résumé file given'],
    [['match', '/no/such/file.pdf'], 1, 'ENOENT'],
  ])('%j exits %i', async (argv, code, message) => {
    const r = await cli(...(argv as string[]));
    expect(r.code).toBe(code);
    expect(r.stderr).toContain(message);
  });

  it('a broken --catalog exits 3 and names the JSON path', async () => {
    const bad = join(dir, 'broken.json');
    writeFileSync(bad, JSON.stringify({ roles: [{ id: 'Bad Id', title: 'x', requirements: [] }] }));
    const r = await cli('roles', '--catalog', bad);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('roles[0].id');
  });

  it('--help shows examples and exit codes, without colours', async () => {
    const help = await renderHelp(['match', '--help']);
    expect(help).toContain('USAGE rolefit match');
    expect(help).toContain('EXIT CODES');
    expect(help).toContain('rolefit match resumes/ --csv > fits.csv');
    expect(help).not.toContain('\u001b[');
    expect((await cli('--help')).code).toBe(0);
  });

  it('runs as a program: exit codes, and no colour with NO_COLOR', () => {
    const tsx = join(root, 'node_modules/.bin/tsx');
    const ok = execFileSync(tsx, ['src/cli/bin.ts', 'roles'], { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(ok).toContain('ai-security-engineer');
    expect(ok).not.toContain('\u001b[');
    const bad = spawnSync(tsx, ['src/cli/bin.ts', 'match', join(dir, 'b.pdf')], { cwd: root, encoding: 'utf8' });
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('E_ENCRYPTED');
  });
});
