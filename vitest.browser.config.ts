import { defineConfig } from 'vitest/config';

// `npm run test:browser`: the HTML report in headless Chromium (test/browser/*.browser.ts). Kept out of `npm test`
// so that a clone without Chromium runs everything it has; .ci/run installs Chromium and runs this, which fails
// (not skips) when Chromium is missing.
export default defineConfig({
  test: {
    include: ['test/browser/**/*.browser.ts'],
    setupFiles: ['test/setup/fail-on-console.ts'],
    testTimeout: 90_000,
  },
});
