// StrykerJS over the pure core. `npm run mutation` mutates src/money, src/rules, src/crew
// and src/season in one run; MUTATION_FOLDER=money (or rules, crew, season) mutates one folder.
// Results are incremental: a later run retries only the mutants of changed code.
const folder = process.env.MUTATION_FOLDER;
const folders = folder === undefined || folder === '' ? ['money', 'rules', 'crew', 'season'] : [folder];
const name = folders.length === 1 ? folders[0] : 'all';

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  packageManager: 'npm',
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts' },
  mutate: folders.flatMap((f) => [`src/${f}/**/*.ts`, `!src/${f}/index.ts`]),
  coverageAnalysis: 'perTest',
  reporters: ['clear-text', 'progress', 'json', 'html'],
  jsonReporter: { fileName: `reports/mutation/${name}.json` },
  htmlReporter: { fileName: `reports/mutation/${name}.html` },
  incremental: true,
  incrementalFile: `reports/mutation/${name}-incremental.json`,
  concurrency: 2,
  // A mutant that loops forever is cut after 5 s (the suites take about 1 s): counted as detected.
  timeoutMS: 5000,
  thresholds: { high: 95, low: 90, break: null },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
