// Mutation testing of the pure code (src/lib and the export parser in src/server/sync/ptc) with the
// unit tests only, so it needs no PostgreSQL, Redis or build: `npm run test:mutation`.
// Too slow for every test run (tens of minutes on two cores); run it after changing those folders.
import path from 'node:path';

// The tests read the recorded exports from ../shared/data relative to the checkout; Stryker runs
// them from a copy in .stryker-tmp/, so point them at the real folder.
process.env.SHARED_DATA_DIR ??= path.resolve(import.meta.dirname, '../shared/data');

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  // The vitest runner, selecting tests by the names vitest 5 matches (tests/mutation/vitest-runner.mjs).
  testRunner: 'vitest-names',
  plugins: ['@stryker-mutator/vitest-runner', './tests/mutation/vitest-runner.mjs'],
  // related: false, since the tests import through the ~ alias, which vitest's related mode does not
  // follow; and a config rather than `dir`, which finds no test under the dot-folder .stryker-tmp/.
  vitest: { configFile: 'vitest.unit.config.ts', related: false },
  mutate: ['src/lib/**/*.ts', 'src/server/sync/ptc/**/*.ts', '!**/*.d.ts'],
  coverageAnalysis: 'perTest',
  // A mutant reached only while modules load (a module-level constant or regex) would need the
  // whole unit suite per mutant (~600 h here); such static mutants are left out of the score and
  // counted as ignored in the report. Mutants also reached inside a test run with those tests.
  ignoreStatic: true,
  // Two cores: one test runner each.
  concurrency: 2,
  timeoutMS: 20_000,
  // Re-runs only test the mutants whose code or covering tests changed (reports/stryker-incremental.json).
  incremental: true,
  incrementalFile: 'reports/stryker-incremental.json',
  // event-recorder: every mutant's result as it is known (reports/mutation/events), kept if a run is cut short.
  reporters: ['clear-text', 'progress', 'html', 'json', 'event-recorder'],
  eventReporter: { baseDir: 'reports/mutation/events' },
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  clearTextReporter: { allowColor: false, logTests: false, reportScoreTable: true },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
  thresholds: { high: 90, low: 85, break: 85 },
};
