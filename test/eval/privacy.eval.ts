import { describe, expect, it } from 'vitest';
import { checkRedaction } from '../_redaction';
import { devFiles, readDev } from './_dev';

// Moved from test/privacy.test.ts: redaction keeps skills, years, scores and plans on every dev résumé.

describe('redactProfile on the dev résumés', () => {
  it.each(devFiles())('%s', (file) => {
    const r = checkRedaction(readDev(file), '2026-11-01');
    expect(r.text).not.toMatch(/[\w.+-]+@[\w-]+\.[\w.]+/u);
  });
});
