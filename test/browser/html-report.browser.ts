import { existsSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { matchRoles, parseResume } from '../../src';
import { asOf, CHROMIUM, chromium, EVENT_ATTRIBUTE, HOSTILE, hostileCatalog, INJECTED_TAG, render, reportFolder, sampleText } from '../_html-report';

// `npm run test:browser` (vitest.browser.config.ts), run by .ci/run after it installs Chromium: the HTML report as
// headless Chromium loads it (the DOM after load). Not part of `npm test`, so a clone without Chromium skips nothing;
// asked for explicitly, it fails when Chromium is missing.

if (!existsSync(CHROMIUM)) {
  throw new Error(`Chromium is not installed at ${CHROMIUM}: \`apt-get install chromium\`, or set CHROMIUM to its path.`);
}

const { dir: tmp, cleanup } = reportFolder();
afterAll(cleanup);

describe('HTML gap report in headless Chromium', () => {
  it('renders one bar per role, the requirement table and the plan timeline', () => {
    const { file } = render(tmp, sampleText, 'sample.html');
    const dom = chromium(tmp, file, 'dom');
    const fits = matchRoles(parseResume(sampleText, { asOf }));
    const bars = [...dom.matchAll(/<rect class="bar[^"]*" data-role="([^"]+)" data-score="([\d.]+)"/g)];
    expect(bars).toHaveLength(12);
    expect(bars.map((b) => b[1])).toEqual(fits.map((f) => f.roleId));
    expect(bars[0]?.[2]).toBe('78.8');
    const best = fits[0];
    const rows = [...dom.matchAll(/<tr data-requirement="([^"]+)" data-status="(met|partial|missing|unknown)">/g)];
    expect(rows.map((r) => [r[1], r[2]])).toEqual(best?.requirements.map((r) => [r.id, r.status]));
    expect(dom).toContain('<q>security risk analysis</q>');
    expect(dom).toMatch(/<ol class="timeline">\s*<li data-step="[a-z-]+"><div class="when">Week 1–\d+<\/div>/);
  });

  it('does not run or keep anything injected by a hostile résumé', () => {
    const { file } = render(tmp, HOSTILE, 'hostile.html', hostileCatalog());
    const dom = chromium(tmp, file, 'dom');
    expect(dom).not.toContain('data-pwned');
    expect(dom).not.toMatch(INJECTED_TAG);
    expect(dom).not.toMatch(EVENT_ATTRIBUTE);
    expect(dom).not.toMatch(/(?:href|src)="javascript:/i);
    // The injected text is shown as text: in the quoted degree line, and in the custom role's chart label.
    expect(dom).toContain('B.S. Computer Science &lt;script&gt;window.__pwned=3&lt;/script&gt;&lt;img src=x onerror=');
    expect(dom).toContain('&lt;img src=x onerror="window.__pwned=9"&gt;Evil"&gt;');
    expect(dom.match(/<rect class="bar/g)).toHaveLength(13);
  });
});
