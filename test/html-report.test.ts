import { afterAll, describe, expect, it } from 'vitest';
import { EVENT_ATTRIBUTE, HOSTILE, hostileCatalog, INJECTED_TAG, render, reportFolder, sampleText } from './_html-report';

// The page as a browser shows it (headless Chromium) is checked by `npm run test:browser`
// (test/browser/html-report.browser.ts), which CI runs after installing Chromium.

const { dir: tmp, cleanup } = reportFolder();
afterAll(cleanup);

// What the report must hold, checked on the string without a browser.
describe('HTML gap report (string)', () => {
  it('is one self-contained page with a CSP that forbids scripts', () => {
    const { html } = render(tmp, sampleText, 'sample.html');
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain("script-src 'none'");
    expect(html).not.toMatch(/<script|<link|src="http|href="http|@import|url\(/i);
    expect(html).toContain('@media print');
  });

  it('escapes everything that came from the résumé', () => {
    const { html } = render(tmp, HOSTILE, 'hostile-string.html', hostileCatalog());
    expect(html).not.toMatch(INJECTED_TAG);
    expect(html).not.toMatch(EVENT_ATTRIBUTE);
    expect(html).not.toMatch(/(?:href|src)="javascript:/i);
  });
});
