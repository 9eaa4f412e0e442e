import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { gapReport, loadCatalog, matchRoles, parseResume } from '../src';

const CHROMIUM = '/usr/bin/chromium';
const root = fileURLToPath(new URL('..', import.meta.url));
const asOf = '2026-11-01';
const sampleText = readFileSync(join(root, 'examples/sample-resume.txt'), 'utf8');

const HOSTILE = `EVIL <script>window.__pwned=1;document.body.setAttribute('data-pwned','1')</script>
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
const hostileCatalog = () =>
  loadCatalog({
    roles: [{ id: 'evil-role', title: '<img src=x onerror="window.__pwned=9">Evil"><script>window.__pwned=10</script>', summary: 's', source: 's', requirements: [{ kind: 'skill', skills: ['python'], weight: 1, source: 's' }, { kind: 'skill', skills: ['adversarial-ml'], weight: 20, source: 's' }] }],
  });

/** A tag the résumé tried to inject (the report itself uses none of these). */
const INJECTED_TAG = /<(?:script|img|iframe|a|b onclick|style>body|svg onload)\b/i;
/** An event-handler attribute inside a tag. */
const EVENT_ATTRIBUTE = /<[^>]*\son[a-z]+=/i;

const tmp = mkdtempSync(join(tmpdir(), 'rolefit-html-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Opens a file in headless Chromium and returns the DOM after load (or writes a screenshot). */
function chromium(file: string, mode: 'dom' | { screenshot: string }): string {
  const profile = mkdtempSync(join(tmp, 'profile-'));
  const flags = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', `--user-data-dir=${profile}`];
  const extra = mode === 'dom' ? ['--dump-dom'] : [`--screenshot=${mode.screenshot}`, '--window-size=1200,1800', '--hide-scrollbars'];
  return execFileSync(CHROMIUM, [...flags, ...extra, `file://${file}`], { encoding: 'utf8', timeout: 60_000, stdio: ['ignore', 'pipe', 'ignore'] });
}

function render(text: string, name: string, catalog = loadCatalog()): { html: string; file: string } {
  const html = gapReport(parseResume(text, { asOf, catalog }), { format: 'html', hoursPerWeek: 6, catalog });
  const file = join(tmp, name);
  writeFileSync(file, html);
  return { html, file };
}

// What the report must hold, checked on the string without a browser.
describe('HTML gap report (string)', () => {
  it('is one self-contained page with a CSP that forbids scripts', () => {
    const { html } = render(sampleText, 'sample.html');
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain("script-src 'none'");
    expect(html).not.toMatch(/<script|<link|src="http|href="http|@import|url\(/i);
    expect(html).toContain('@media print');
  });

  it('escapes everything that came from the résumé', () => {
    const { html } = render(HOSTILE, 'hostile-string.html', hostileCatalog());
    expect(html).not.toMatch(INJECTED_TAG);
    expect(html).not.toMatch(EVENT_ATTRIBUTE);
    expect(html).not.toMatch(/(?:href|src)="javascript:/i);
  });
});

describe.skipIf(!existsSync(CHROMIUM))(`HTML gap report in headless Chromium (skipped where ${CHROMIUM} is not installed: apt-get install chromium)`, () => {
  it('renders one bar per role, the requirement table and the plan timeline', () => {
    const { file } = render(sampleText, 'sample.html');
    const dom = chromium(file, 'dom');
    const fits = matchRoles(parseResume(sampleText, { asOf }));
    const bars = [...dom.matchAll(/<rect class="bar[^"]*" data-role="([^"]+)" data-score="([\d.]+)"/g)];
    expect(bars).toHaveLength(12);
    expect(bars.map((b) => b[1])).toEqual(fits.map((f) => f.roleId));
    expect(bars[0]?.[2]).toBe('77.8');
    const best = fits[0];
    const rows = [...dom.matchAll(/<tr data-requirement="([^"]+)" data-status="(met|partial|missing|unknown)">/g)];
    expect(rows.map((r) => [r[1], r[2]])).toEqual(best?.requirements.map((r) => [r.id, r.status]));
    expect(dom).toContain('<q>secure code review</q>');
    expect(dom).toMatch(/<ol class="timeline">\s*<li data-step="[a-z-]+"><div class="when">Week 1–\d+<\/div>/);
  });

  it('does not run or keep anything injected by a hostile résumé', () => {
    const { file } = render(HOSTILE, 'hostile.html', hostileCatalog());
    const dom = chromium(file, 'dom');
    expect(dom).not.toContain('data-pwned');
    expect(dom).not.toMatch(INJECTED_TAG);
    expect(dom).not.toMatch(EVENT_ATTRIBUTE);
    expect(dom).not.toMatch(/(?:href|src)="javascript:/i);
    // The injected text is shown as text: in the quoted degree line, and in the custom role's chart label.
    expect(dom).toContain('B.S. Computer Science &lt;script&gt;window.__pwned=3&lt;/script&gt;&lt;img src=x onerror=');
    expect(dom).toContain('&lt;img src=x onerror="window.__pwned=9"&gt;Evil"&gt;');
    expect(dom.match(/<rect class="bar/g)).toHaveLength(13);
  });

  it('takes a screenshot of the sample report', () => {
    const { file } = render(sampleText, 'sample.html');
    const png = join(tmp, 'sample.png');
    chromium(file, { screenshot: png });
    expect(readFileSync(png).subarray(1, 4).toString()).toBe('PNG');
  });
});
