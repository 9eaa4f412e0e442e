import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gapReport, loadCatalog, parseResume } from '../src';
import { allLanguages } from '../src/languages';

// What test/html-report.test.ts (the string) and test/browser/html-report.browser.ts (the page in Chromium) share.

const root = fileURLToPath(new URL('..', import.meta.url));
export const asOf = '2026-11-01';
export const sampleText = readFileSync(join(root, 'examples/sample-resume.txt'), 'utf8');

export const HOSTILE = `EVIL <script>window.__pwned=1;document.body.setAttribute('data-pwned','1')</script>
SUMMARY
Security engineer. <img src=x onerror="document.body.setAttribute('data-pwned','2')"> [click](javascript:alert(1))
<a href="javascript:alert(2)">Python</a> **bold** | cell | <svg onload=alert(3)> "quoted' \`code\`

EXPERIENCE
Security Engineer <script>alert(4)</script>    Jan 2020 – Present
Acme" onmouseover="alert(5)
• Threat modeling <iframe src=javascript:alert(6)></iframe> and secure code review in Python <b onclick=alert(7)>x</b>
• Kubernetes and Terraform on AWS </td></tr></table><script>window.__pwned=2</script>

SKILLS
Python, Go, <style>body{display:none}</style> threat modeling

EDUCATION
B.S. Computer Science <script>window.__pwned=3</script><img src=x onerror="window.__pwned=4"> [x](javascript:alert(8)) — University of Pittsburgh, 2017
`;

/** A catalog role whose title is hostile too (titles reach the chart labels and tooltips). */
export const hostileCatalog = () =>
  loadCatalog({
    roles: [
      {
        id: 'evil-role',
        title: '<img src=x onerror="window.__pwned=9">Evil"><script>window.__pwned=10</script>',
        summary: 's',
        source: 's',
        requirements: [
          { kind: 'skill', skills: ['python'], weight: 1, source: 's' },
          { kind: 'skill', skills: ['adversarial-ml'], weight: 20, source: 's' },
        ],
      },
    ],
  });

/** A tag the résumé tried to inject (the report itself uses none of these). */
export const INJECTED_TAG = /<(?:script|img|iframe|a|b onclick|style>body|svg onload)\b/i;
/** An event-handler attribute inside a tag. */
export const EVENT_ATTRIBUTE = /<[^>]*\son[a-z]+=/i;

/** A temporary folder for report files; `cleanup` removes it. */
export function reportFolder(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'rolefit-html-'));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** The HTML gap report of `text` (6 h/week), written to `dir/name`. */
export function render(dir: string, text: string, name: string, catalog = loadCatalog(undefined, { languages: allLanguages })): { html: string; file: string } {
  // Every language, as `rolefit/node` and the CLI read: the sample report stays the one they make.
  const html = gapReport(parseResume(text, { asOf, catalog, languages: allLanguages }), { format: 'html', hoursPerWeek: 6, catalog });
  const file = join(dir, name);
  writeFileSync(file, html);
  return { html, file };
}

/** Chromium: `CHROMIUM` or /usr/bin/chromium. */
export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';

/** Opens a file in headless Chromium and returns the DOM after load (or writes a screenshot: scripts/golden.ts). */
export function chromium(dir: string, file: string, mode: 'dom' | { screenshot: string }): string {
  const profile = mkdtempSync(join(dir, 'profile-'));
  const flags = [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    `--user-data-dir=${profile}`,
  ];
  const extra = mode === 'dom' ? ['--dump-dom'] : [`--screenshot=${mode.screenshot}`, '--window-size=1200,1800', '--hide-scrollbars'];
  return execFileSync(CHROMIUM, [...flags, ...extra, `file://${file}`], { encoding: 'utf8', timeout: 60_000, stdio: ['ignore', 'pipe', 'ignore'] });
}
