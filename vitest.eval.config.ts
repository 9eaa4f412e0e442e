import { defineConfig } from 'vitest/config';

// The checks that need the dev set beside the repository (../shared/eval/dev): run by `npm run eval` (scripts/eval.ts)
// after it prints the metrics, never by `npm test` (a user's clone has no dev set).
export default defineConfig({
  test: {
    include: ['test/eval/**/*.eval.ts'],
    setupFiles: ['test/setup/fail-on-console.ts'],
    testTimeout: 60_000,
  },
});
