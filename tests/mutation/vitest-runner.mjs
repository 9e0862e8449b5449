// StrykerJS's vitest runner (9.6) names a test "describe test" and selects the tests covering a
// mutant with a name pattern built from those names, but vitest 5 matches the pattern against
// "describe > test": every test inside a describe is skipped and every mutant "survives".
// This plugin is that runner with one change: after the dry run it learns each test's vitest
// name, and a mutant run selects tests by it. Registered as the test runner "vitest-names".
import { commonTokens, declareFactoryPlugin, PluginKind, tokens } from '@stryker-mutator/api/plugin';
import { strykerPlugins as vitestPlugins } from '@stryker-mutator/vitest-runner';
import path from 'node:path';

const vitest = vitestPlugins.find((plugin) => plugin.name === 'vitest');

/** Stryker's name for a test: its suites' names and its own, joined by spaces. */
function strykerName(task) {
  const parts = [task.name];
  for (let suite = task.suite; suite; suite = suite.suite) parts.unshift(suite.name);
  return parts.join(' ').trim();
}

function* testsOf(task) {
  for (const child of task.tasks ?? []) {
    if (child.type === 'test') yield child;
    else yield* testsOf(child);
  }
}

function createRunner(injector) {
  const runner = injector.injectFunction(vitest.factory);
  /** Stryker's test id → the same test under the name vitest matches a pattern against. */
  const vitestIds = new Map();
  const dryRun = runner.dryRun.bind(runner);
  runner.dryRun = async (options) => {
    const result = await dryRun(options);
    for (const file of runner.ctx.state.getFiles()) {
      const relative = path.relative(process.cwd(), file.filepath).replace(/\\/g, '/');
      for (const test of testsOf(file))
        vitestIds.set(`${relative}#${strykerName(test)}`, `${relative}#${test.fullTestName}`);
    }
    return result;
  };
  const mutantRun = runner.mutantRun.bind(runner);
  runner.mutantRun = (options) =>
    mutantRun({ ...options, testFilter: options.testFilter?.map((id) => vitestIds.get(id) ?? id) });
  return runner;
}
createRunner.inject = tokens(commonTokens.injector);

export const strykerPlugins = [declareFactoryPlugin(PluginKind.TestRunner, 'vitest-names', createRunner)];
export const strykerValidationSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  type: 'object',
  properties: {},
};
