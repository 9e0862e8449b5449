import { describe, expect, it } from 'vitest';
import { lockDifferences } from '../../scripts/bench/lockfile';

const wanted = {
  packages: {
    '': { version: '0.1.0' },
    'node_modules/astro': { version: '7.3.5' },
    'node_modules/eslint': { version: '10.1.0', dev: true },
    'node_modules/sharp': { version: '0.34.5', optional: true },
  },
};

describe('lockDifferences', () => {
  it('finds nothing when every package has the wanted version (extra installed packages do not matter)', () => {
    const installed = { packages: { ...wanted.packages, 'node_modules/lighthouse': { version: '12.8.2', dev: true } } };
    expect(lockDifferences(wanted, installed)).toEqual({ runtime: [], devOnly: [] });
  });

  it('splits a run-time difference from a dev-only one, and names a missing package', () => {
    const installed = {
      packages: {
        'node_modules/astro': { version: '7.3.6' },
        'node_modules/eslint': { version: '10.2.0', dev: true },
      },
    };
    expect(lockDifferences(wanted, installed)).toEqual({
      runtime: ['astro 7.3.5 (have 7.3.6)', 'sharp 0.34.5 (have none)'],
      devOnly: ['eslint 10.1.0 (have 10.2.0)'],
    });
  });

  it('ignores the root package and tolerates a lockfile without packages', () => {
    expect(lockDifferences({}, wanted)).toEqual({ runtime: [], devOnly: [] });
    expect(lockDifferences({ packages: { '': { version: '9' } } }, {})).toEqual({ runtime: [], devOnly: [] });
  });
});
