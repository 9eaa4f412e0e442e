import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { FLAG_VALUES } from '../src/cli/_args';
import { CSV_HEADER, renderCsvError } from '../src/cli/_output';
import { csvField, main, renderHelp, renderProgress } from '../src/cli/main';
import { cliMsg, nodeMsg } from '../src/errors';
import * as make from './fixtures/files/make';

const root = fileURLToPath(new URL('..', import.meta.url));
const sample = join(root, 'examples/sample-resume.txt');

/** Runs the CLI in-process with captured streams (and `stdin` as standard input). */
async function cli(...argv: string[]) {
  return cliWith(undefined, ...argv);
}

async function cliWith(stdin: string | undefined, ...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const io = { out: (s: string) => void (stdout += s), err: (s: string) => void (stderr += s), color: false, progress: false };
  const code = await main(argv, stdin === undefined ? io : { ...io, stdin: [Buffer.from(stdin)] });
  return { code, stdout, stderr };
}

const dir = mkdtempSync(join(tmpdir(), 'rolefit-cli-'));
writeFileSync(join(dir, 'a.txt'), readFileSync(sample));
writeFileSync(join(dir, 'b.pdf'), make.encryptedPdf());
writeFileSync(join(dir, 'c.txt'), make.TWIN_TEXT);
writeFileSync(join(dir, 'notes.bin'), 'ignored: not a résumé extension');

describe('rolefit CLI', () => {
  it('--version prints the version of package.json', async () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
    expect((await cli('--version')).stdout.trim()).toBe(pkg.version);
  });

  it('match ranks the roles of one file', async () => {
    const r = await cli('match', sample, '--as-of', '2026-11-01');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /^Ranked roles for .*sample-resume\.txt \(as of 2026-11-01\):\n\n {3}1\. {2}78\.8 .* Security Engineer\n {3}2\. {2}56\.5 .* AI Security Engineer {2}\(held back\)\n/,
    );
    expect(r.stdout.match(/^ +\d+\. /gm)).toHaveLength(12);
    expect(r.stdout).not.toContain('\u001b[');
  });

  it('match over a folder on the worker pool (-j) writes NDJSON, reports the bad file on stderr, keeps the others and exits 1', async () => {
    const r = await cli('match', dir, '--json', '--as-of', '2026-11-01', '-j', '2');
    expect(r.code).toBe(1);
    const lines = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.file)).toEqual([join(dir, 'a.txt'), join(dir, 'b.pdf'), join(dir, 'c.txt')]);
    expect(lines[0].roles[0]).toMatchObject({ roleId: 'security-engineer', score: 78.84, eligible: true });
    expect(lines[1]).toEqual({ file: join(dir, 'b.pdf'), error: { code: 'E_ENCRYPTED', message: nodeMsg.encrypted(join(dir, 'b.pdf')) } });
    expect(r.stderr).toContain(`${join(dir, 'b.pdf')}: E_ENCRYPTED:`);
  });

  it('match --csv writes a header and one row per file', async () => {
    const r = await cli('match', join(dir, 'a.txt'), join(dir, 'c.txt'), '--csv', '--as-of', '2026-11-01');
    expect(r.code).toBe(0);
    const rows = r.stdout.trim().split('\n');
    expect(rows[0]).toBe(
      'file,format,best_role,best_score,eligible,second_role,second_score,third_role,third_score,held_back_roles,must_unmet_roles,total_years,security_years,ml_years,warnings,error',
    );
    expect(rows[1]).toBe(
      `${join(dir, 'a.txt')},text,security-engineer,78.84,true,ai-security-engineer,56.54,ai-ml-security-engineer,43.12,ai-security-engineer;ai-ml-security-engineer,,9.33,7.5,0,,`,
    );
    expect(rows).toHaveLength(3);
  });

  it("writes an unreadable file's CSV row with as many fields as the header", () => {
    expect(renderCsvError('bad.pdf', 'E_ENCRYPTED').split(',')).toEqual([
      'bad.pdf',
      ...CSV_HEADER.split(',')
        .slice(2)
        .map(() => ''),
      'E_ENCRYPTED',
    ]);
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

  it("match --job prints the ad's warnings and conditions on stderr, never in the JSON", async () => {
    const ad = join(mkdtempSync(join(tmpdir(), 'rolefit-ad-')), 'citizen-ad.txt');
    writeFileSync(ad, 'Analyst\n\nRequirements\n- Splunk SIEM\n- Python\n- Must be a U.S. citizen\n');
    const r = await cli('match', sample, '--job', ad, '--as-of', '2026-11-01', '--json');
    expect(r.code).toBe(0);
    expect(r.stderr.split('\n').filter((l) => l !== '')).toEqual([
      `${ad}: warning SPARSE_ROLE: The posting names few requirements; the role may be too sparse to rank well. Check its headings and wording.`,
      `${ad}: condition (citizenship, not scored): Must be a U.S. citizen`,
    ]);
    expect(JSON.parse(r.stdout).roles).toHaveLength(1);
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
    expect(r.stdout).toMatch(/^Plan towards AI Security Engineer: 56\.54 → [\d.]+ in \d+ h \(\d+ weeks at 6 h\/week\)\n {2}1\. /);
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

  it('reads every language by default; --languages narrows it (en alone: English only), and refuses an unknown code', async () => {
    const german = join(dir, 'lebenslauf.txt');
    writeFileSync(
      german,
      'Max Mustermann\nBerufserfahrung\nSicherheitsingenieur, Beispiel GmbH\n03/2021 – heute\n- Bedrohungsmodellierung mit Python und Kubernetes\n',
    );
    const all = JSON.parse((await cli('parse', german, '--as-of', '2026-11-01')).stdout);
    expect(all.profile.warnings).toEqual([]);
    expect(all.profile.experience.totalYears).toBe(5.75);
    const de = JSON.parse((await cli('parse', german, '--as-of', '2026-11-01', '--languages', 'de,en')).stdout);
    expect(de.profile).toEqual({ ...all.profile, catalog: de.profile.catalog });
    const english = JSON.parse((await cli('parse', german, '--as-of', '2026-11-01', '--languages', 'en')).stdout);
    expect(english.profile.warnings.map((w: { code: string }) => w.code)).toContain('LANGUAGE_NOT_LOADED');
    // The advice is the command line's, not the library's.
    const advice = english.profile.warnings.find((w: { code: string }) => w.code === 'LANGUAGE_NOT_LOADED').message;
    expect(advice.endsWith(`may be missed.${cliMsg.languageNotLoaded('de')}`)).toBe(true);
    expect(advice).not.toContain('rolefit/languages');
    for (const empty of ['', ',']) {
      const slip = await cli('parse', german, `--languages=${empty}`);
      expect(slip.code).toBe(2);
      expect(slip.stderr).toContain(cliMsg.invalidFlag('--languages', 'language codes among en, de, fr, es (use `--languages en` for English only)', empty));
    }
    const bad = await cli('parse', german, '--languages', 'de,it');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain(cliMsg.invalidFlag('--languages', 'language codes among en, de, fr, es, separated by commas', 'de,it'));
  });

  it('roles lists the catalog, merged with --catalog', async () => {
    const roles = await cli('roles', '--json');
    expect(JSON.parse(roles.stdout)).toHaveLength(12);
    const custom = join(dir, 'my-roles.json');
    writeFileSync(
      custom,
      JSON.stringify({
        roles: [
          {
            id: 'llm-red-teamer',
            title: 'LLM Red Teamer',
            summary: 's',
            source: 's',
            requirements: [{ kind: 'skill', skills: ['llm-security'], weight: 1, source: 's' }],
          },
        ],
      }),
    );
    const merged = await cli('roles', '--catalog', custom);
    expect(merged.stdout).toMatch(/^llm-red-teamer +LLM Red Teamer/m);
  });

  it.each([
    [['bogus'], 2, cliMsg.unknownCommand('bogus', undefined)],
    [['mtach', sample], 2, cliMsg.unknownCommand('mtach', 'match')],
    [['match', sample, '--bogus-flag'], 2, cliMsg.unknownFlag('--bogus-flag', 'match', undefined)],
    [['plan', sample, '--hours-per-wek', '1'], 2, cliMsg.unknownFlag('--hours-per-wek', 'plan', '--hours-per-week')],
    [['match', sample, '--csv=yes'], 2, cliMsg.noValueFlag('--csv')],
    [['match', sample, '--job'], 2, cliMsg.missingValue('--job', 'file')],
    [['match', sample, '--max-bytes', 'NaN'], 2, cliMsg.invalidFlag('--max-bytes', FLAG_VALUES['max-bytes'].expected, 'NaN')],
    [['match', sample, '--max-pages', '0'], 2, cliMsg.invalidFlag('--max-pages', FLAG_VALUES['max-pages'].expected, '0')],
    [['match', sample, '--timeout', '-5'], 2, cliMsg.invalidFlag('--timeout', FLAG_VALUES.timeout.expected, '-5')],
    [['match', sample, '--timeout', '5 years'], 2, cliMsg.invalidFlag('--timeout', FLAG_VALUES.timeout.expected, '5 years')],
    [['plan', sample, '--hours-per-week', '1e9'], 2, cliMsg.invalidFlag('--hours-per-week', FLAG_VALUES['hours-per-week'].expected, '1e9')],
    [['report', sample, '--top', '2.5'], 2, cliMsg.invalidFlag('--top', FLAG_VALUES.top.expected, '2.5')],
    [['match', sample, '-j', '0'], 2, cliMsg.invalidFlag('--concurrency', FLAG_VALUES.concurrency.expected, '0')],
    [['match', '-', '-'], 2, cliMsg.stdinTwice()],
    [['report', sample, '-o', '/no/such/folder/r.html'], 2, cliMsg.outputFolderMissing('/no/such/folder/r.html', '/no/such/folder')],
    [['plan', sample, '--role', 'no-such-role'], 2, 'E_UNKNOWN_ROLE'],
    [['report', sample, '--format', 'pdf'], 2, cliMsg.invalidFlag('--format', 'md, html, json or text', 'pdf')],
    [['match', sample, '--as-of', 'yesterday'], 2, '→ at asOf'],
    [['match'], 2, cliMsg.noInputs('match')],
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
    expect(help).toContain('rolefit match resumes/ -o fits.csv');
    expect(help).toContain('--max-bytes <size>');
    expect(help).not.toContain('\u001b[');
    expect((await cli('--help')).code).toBe(0);
  });

  it('runs as a program: no colour with NO_COLOR; a closed stdout (| head) ends quietly', () => {
    const tsx = join(root, 'node_modules/.bin/tsx');
    const ok = execFileSync(tsx, ['src/cli/bin.ts', 'roles'], { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(ok).toContain('ai-security-engineer');
    expect(ok).not.toContain('\u001b[');
    const many = mkdtempSync(join(tmpdir(), 'rolefit-pipe-'));
    for (let i = 0; i < 12; i++) writeFileSync(join(many, `cv${i}.txt`), readFileSync(sample));
    const piped = spawnSync('sh', ['-c', `"${tsx}" src/cli/bin.ts parse "${many}" | head -c 100 > /dev/null`], { cwd: root, encoding: 'utf8' });
    expect(piped.stderr).toBe('');
    expect(piped.status).toBe(0);
  });
});

describe('rolefit CLI: outputs, inputs and hostile names', () => {
  const posting = join(root, 'test/fixtures/postings/soc-analyst.txt');
  const out = mkdtempSync(join(tmpdir(), 'rolefit-out-'));

  it('-o picks the format from the extension', async () => {
    const html = join(out, 'auto.html');
    expect((await cli('report', sample, '-o', html, '--as-of', '2026-11-01')).code).toBe(0);
    expect(readFileSync(html, 'utf8')).toMatch(/^<!doctype html>/);
    const csv = join(out, 'fits.csv');
    expect((await cli('match', join(dir, 'a.txt'), '-o', csv, '--as-of', '2026-11-01')).stdout).toBe('');
    expect(readFileSync(csv, 'utf8').split('\n')[0]).toMatch(/^file,format,best_role/);
  });

  it('- reads standard input, for résumés and for --job', async () => {
    const r = await cliWith(readFileSync(sample, 'utf8'), 'match', '-', '--json', '--as-of', '2026-11-01');
    const line = JSON.parse(r.stdout);
    expect(line.file).toBe('<stdin>');
    expect(line.roles[0]).toMatchObject({ roleId: 'security-engineer', score: 78.84 });
    const job = await cliWith(readFileSync(posting, 'utf8'), 'match', sample, '--job', '-', '--json', '--as-of', '2026-11-01');
    expect(JSON.parse(job.stdout).roles).toHaveLength(1);
  });

  it('rank --job reads a PDF job ad as text (not its bytes)', async () => {
    const pdf = join(out, 'posting.pdf');
    writeFileSync(pdf, await make.textPdf(readFileSync(posting, 'utf8')));
    const fromPdf = await cli('rank', '--job', pdf, sample, '--json', '--as-of', '2026-11-01');
    const fromText = await cli('rank', '--job', posting, sample, '--json', '--as-of', '2026-11-01');
    expect(fromPdf.code).toBe(0);
    expect(JSON.parse(fromPdf.stdout).title).toBe(JSON.parse(fromText.stdout).title);
    const binary = join(out, 'posting.bin.pdf');
    writeFileSync(binary, make.encryptedPdf());
    const bad = await cli('rank', '--job', binary, sample);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('E_ENCRYPTED');
  });

  it('every unreadable file is a row with its code: rank Markdown, CSV and JSON; match text; parse', async () => {
    const mixed = mkdtempSync(join(tmpdir(), 'rolefit-mixed-'));
    writeFileSync(join(mixed, 'a.txt'), readFileSync(sample));
    writeFileSync(join(mixed, 'b.pdf'), make.encryptedPdf());
    writeFileSync(join(mixed, 'c.txt'), make.TWIN_TEXT);
    const bad = join(mixed, 'b.pdf');
    const md = await cli('rank', '--job', posting, mixed, '--as-of', '2026-11-01');
    expect(md.stdout).toContain(`| — | ${bad} | — | — | could not be read: \`E_ENCRYPTED\` | — | — |`);
    const csv = await cli('rank', '--job', posting, mixed, '--csv', '--as-of', '2026-11-01');
    const last = csv.stdout.trim().split('\n').at(-1) ?? '';
    expect(last.startsWith(`,${bad},`) && last.endsWith(',E_ENCRYPTED')).toBe(true);
    const json = JSON.parse((await cli('rank', '--job', posting, mixed, '--json', '--as-of', '2026-11-01')).stdout);
    expect(json.unreadable).toEqual([{ id: bad, code: 'E_ENCRYPTED', message: nodeMsg.encrypted(bad) }]);
    const text = await cli('match', mixed, '--as-of', '2026-11-01');
    expect(text.stdout).toContain(`✖ ${bad}: E_ENCRYPTED (could not be read)`);
    const parsed = await cli('parse', mixed, '--as-of', '2026-11-01');
    expect(
      parsed.stdout
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l).error?.code ?? 'ok'),
    ).toEqual(['ok', 'E_ENCRYPTED', 'ok']);
  });

  it('file names never reach the terminal raw: no forged line, no escape code', async () => {
    const names = mkdtempSync(join(tmpdir(), 'rolefit-names-'));
    writeFileSync(join(names, 'evil\n   1.  99.9  ████ Forged Role.txt'), readFileSync(sample));
    writeFileSync(join(names, '\u001b[31mred\u202e.txt'), readFileSync(sample));
    const forged = join(names, 'evil\\n   1.  99.9  ████ Forged Role.txt');
    for (const flags of [[], ['--csv'], ['--json']]) {
      const r = await cli('match', names, ...flags, '--as-of', '2026-11-01');
      expect(r.code).toBe(0);
      expect(r.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202e]/);
      expect(r.stdout.split('\n').filter((l) => l.includes('Forged Role') && !l.includes('evil'))).toEqual([]);
    }
    expect((await cli('match', names, '--csv', '--as-of', '2026-11-01')).stdout).toContain(`${forged},text,`);
    expect((await cli('match', names, '--as-of', '2026-11-01')).stdout).toContain(`Ranked roles for ${join(names, '\\x1b[31mred\\u202e.txt')}`);
    const shortlist = await cli('rank', '--role', 'ai-security-engineer', names, '--as-of', '2026-11-01');
    expect(shortlist.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u202e]/);
  });

  it('the progress line shows the rate and the time left', () => {
    expect(renderProgress(5, 10, 2000, 'cv.pdf')).toBe(`\r[############------------] 5/10  2.5 files/s  ETA 0:02  ${'cv.pdf'.padEnd(32)}`);
  });
});
