// StrykerJS's vitest runner (9.6) selects the tests covering a mutant with a name pattern built
// from "describe test" (names joined by spaces), but vitest 5 matches the pattern against
// "describe > test": every test inside a describe was skipped and every mutant "survived" having
// run no test. This plugin is that runner with one change: before each run, a space in the
// pattern also matches vitest's " > ". Registered as the test runner "vitest-names".
import { commonTokens, declareFactoryPlugin, PluginKind, tokens } from '@stryker-mutator/api/plugin';
import { strykerPlugins as vitestPlugins } from '@stryker-mutator/vitest-runner';

const vitest = vitestPlugins.find((plugin) => plugin.name === 'vitest');

function createRunner(injector) {
  const runner = injector.injectFunction(vitest.factory);
  const init = runner.init.bind(runner);
  runner.init = async () => {
    await init();
    const start = runner.ctx.start.bind(runner.ctx);
    runner.ctx.start = (filters) => {
      for (const project of runner.ctx.projects) {
        const pattern = project.config.testNamePattern;
        if (pattern instanceof RegExp)
          project.config.testNamePattern = new RegExp(pattern.source.replaceAll(' ', '(?: > | )'), pattern.flags);
      }
      return start(filters);
    };
  };
  return runner;
}
createRunner.inject = tokens(commonTokens.injector);

export const strykerPlugins = [declareFactoryPlugin(PluginKind.TestRunner, 'vitest-names', createRunner)];
export const strykerValidationSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  type: 'object',
  properties: {},
};
