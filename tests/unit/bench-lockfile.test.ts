import { describe, expect, it } from 'vitest';
import { lockDifferences, runtimeClosure } from '../../scripts/bench/lockfile';

// astro (a dependency) needs vite, which has its own nested esbuild; eslint (a devDependency) needs debug.
const wanted = {
  packages: {
    '': { version: '0.1.0', dependencies: { astro: '^7' }, devDependencies: { eslint: '^10' } },
    'node_modules/astro': { version: '7.3.5', dependencies: { vite: '^7' }, optionalDependencies: { sharp: '*' } },
    'node_modules/vite': { version: '7.1.0', dependencies: { esbuild: '^0.25' } },
    'node_modules/vite/node_modules/esbuild': { version: '0.25.12' },
    'node_modules/esbuild': { version: '0.28.2' },
    'node_modules/sharp': { version: '0.34.5' },
    'node_modules/eslint': { version: '10.1.0', dependencies: { debug: '^4' } },
    'node_modules/debug': { version: '4.4.0' },
  },
};

describe('runtimeClosure', () => {
  it('follows dependencies (optional included) through nested node_modules, not devDependencies', () => {
    expect([...runtimeClosure(wanted)].sort()).toEqual([
      'node_modules/astro',
      'node_modules/sharp',
      'node_modules/vite',
      'node_modules/vite/node_modules/esbuild',
    ]);
  });
});

describe('lockDifferences', () => {
  it('finds nothing when every package has the wanted version (extra installed packages do not matter)', () => {
    const installed = { packages: { ...wanted.packages, 'node_modules/lighthouse': { version: '12.8.2' } } };
    expect(lockDifferences(wanted, installed)).toEqual({ runtime: [], devOnly: [] });
  });

  it('splits a run-time difference from a dev-only one, and names a missing package', () => {
    const installed = {
      packages: {
        ...wanted.packages,
        'node_modules/vite/node_modules/esbuild': { version: '0.25.13' },
        'node_modules/sharp': undefined,
        'node_modules/debug': { version: '4.4.1' },
      },
    };
    expect(lockDifferences(wanted, installed as never)).toEqual({
      runtime: ['vite/node_modules/esbuild 0.25.12 (have 0.25.13)', 'sharp 0.34.5 (have none)'],
      devOnly: ['debug 4.4.0 (have 4.4.1)'],
    });
  });

  it('ignores the root package and tolerates a lockfile without packages', () => {
    expect(lockDifferences({}, wanted)).toEqual({ runtime: [], devOnly: [] });
    expect(lockDifferences({ packages: { '': { version: '9' } } }, {})).toEqual({ runtime: [], devOnly: [] });
  });
});
