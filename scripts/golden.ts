/**
 * npm run golden: regenerates every golden file and sample output from the code, so that nobody edits one by hand.
 *
 * - Snapshots (test/__golden__/sample.md, sample.txt and any other file or inline snapshot): `vitest run --update` on
 *   the test files that hold them, so they are written exactly as the tests compare them.
 * - examples/sample-report.html: the HTML gap report of examples/sample-resume.txt (as of 2026-11-01, 6 h/week).
 * - examples/sample-report.png (shown in the README): that page in headless Chromium at 1200×1800 (`CHROMIUM` or
 *   /usr/bin/chromium). Without Chromium the PNG is left as it is, and the script fails if the page changed.
 *
 * Not here: test/__golden__/recheck.json, the recheck verdicts (`npm run recheck`, which takes minutes).
 * Run it after a change that moves an output, read `git diff`, and commit the files with the change.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM, chromium, render, reportFolder, sampleText } from '../test/_html-report';

const root = fileURLToPath(new URL('..', import.meta.url));
const read = (path: string) => (existsSync(join(root, path)) ? readFileSync(join(root, path)) : Buffer.alloc(0));
const changed: string[] = [];
const note = (path: string, before: Buffer) => {
  if (!before.equals(read(path))) changed.push(path);
};

// 1. Snapshots, through the tests that compare them.
const snapshotTests = readdirSync(join(root, 'test'))
  .filter((f) => f.endsWith('.test.ts') && /\.toMatch(?:File|Inline)?Snapshot\(/u.test(readFileSync(join(root, 'test', f), 'utf8')))
  .map((f) => `test/${f}`);
const goldenDir = join(root, 'test/__golden__');
const before = new Map(readdirSync(goldenDir).map((f) => [`test/__golden__/${f}`, read(`test/__golden__/${f}`)]));
for (const f of snapshotTests) before.set(f, read(f));
const vitest = spawnSync(process.execPath, [join(root, 'node_modules/vitest/vitest.mjs'), 'run', ...snapshotTests, '--update=all'], {
  cwd: root,
  stdio: 'inherit',
});
if (vitest.status !== 0) console.error('\nSome tests of these files fail for reasons other than their snapshots: the snapshots were still written.');
for (const f of readdirSync(goldenDir)) if (!before.has(`test/__golden__/${f}`)) changed.push(`test/__golden__/${f}`);
for (const [path, bytes] of before) note(path, bytes);

// 2. The sample HTML report, and 3. its screenshot.
const HTML = 'examples/sample-report.html';
const PNG = 'examples/sample-report.png';
const { dir, cleanup } = reportFolder();
const htmlBefore = read(HTML);
const { html, file } = render(dir, sampleText, 'sample-report.html');
writeFileSync(join(root, HTML), html);
note(HTML, htmlBefore);
let failed = false;
if (existsSync(CHROMIUM)) {
  const pngBefore = read(PNG);
  chromium(dir, file, { screenshot: join(root, PNG) });
  note(PNG, pngBefore);
} else if (changed.includes(HTML)) {
  console.error(`${PNG} is out of date and Chromium is not installed at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM).`);
  failed = true;
} else {
  console.log(`${PNG}: left as it is (Chromium is not installed at ${CHROMIUM}; the page did not change).`);
}
cleanup();

console.log(changed.length === 0 ? '\nEvery golden file is up to date.' : `\nRewritten:\n${changed.map((p) => `  ${p}`).join('\n')}\nReview with git diff.`);
if (failed || vitest.status !== 0) process.exitCode = 1;
