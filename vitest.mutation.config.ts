import { defineConfig } from 'vitest/config';

// The suites that exercise the core, for StrykerJS. The CLI, sheets and tarball
// suites run the built dist/, which mutants do not reach.
export default defineConfig({
  test: {
    include: ['test/money/**/*.test.ts', 'test/models/**/*.test.ts', 'test/rules/**/*.test.ts', 'test/crew/**/*.test.ts', 'test/season/**/*.test.ts'],
    testTimeout: 120_000,
    setupFiles: ['test/mutation.setup.ts'],
  },
});
