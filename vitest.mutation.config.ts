import { defineConfig } from 'vitest/config';

// The suites that exercise the core, for StrykerJS. The CLI, sheets and tarball
// suites run the built dist/, which mutants do not reach. The catalogue corpus test
// (test/rules/locales.test.ts) evaluates every rule thousands of times at load: run for each
// mutant it would triple the rules' run, and each rule's own file pins its words exactly.
export default defineConfig({
  test: {
    include: ['test/_lib/**/*.test.ts', 'test/money/**/*.test.ts', 'test/models/**/*.test.ts', 'test/rules/**/*.test.ts', 'test/crew/**/*.test.ts', 'test/season/**/*.test.ts'],
    // The HiGHS differential test solves MIPs in wasm for seconds: the optimizer's own tests pin its behaviour.
    exclude: ['test/rules/locales.test.ts', 'test/crew/highs.test.ts'],
    testTimeout: 120_000,
    setupFiles: ['test/_setup.ts', 'test/mutation.setup.ts'],
  },
});
