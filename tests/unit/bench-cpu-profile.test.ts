import { describe, expect, it } from 'vitest';
import { selfTimes, shortFile, type CpuProfile } from '../../scripts/bench/cpu-profile';

const frame = (functionName: string, url = '', lineNumber = 0) => ({ functionName, url, lineNumber, columnNumber: 0 });

// root → render (dist) → escape (astro, in node_modules); a GC node and an idle node beside them.
const PROFILE: CpuProfile = {
  nodes: [
    { id: 1, callFrame: frame('(root)'), children: [2, 4, 5] },
    { id: 2, callFrame: frame('render', 'file:///x/dist/server/chunks/page.mjs', 9), children: [3] },
    { id: 3, callFrame: frame('escape', 'file:///x/node_modules/astro/dist/runtime/escape.js', 2) },
    { id: 4, callFrame: frame('(garbage collector)') },
    { id: 5, callFrame: frame('(idle)') },
  ],
  startTime: 0,
  endTime: 10_000,
  samples: [2, 3, 3, 3, 4, 5, 5, 5, 5, 3],
  timeDeltas: [1000, 1000, 1000, 1000, 1000, 1000, 1000, 1000, 1000, 1000],
};

describe('selfTimes', () => {
  it('sums self time per function, largest first, with shares of all and of busy time', () => {
    const top = selfTimes(PROFILE);
    expect(top.map((t) => [t.name, t.ms])).toEqual([
      ['escape (astro/dist/runtime/escape.js:3)', 4],
      ['render (dist/server/chunks/page.mjs:10)', 1],
      ['(garbage collector)', 1],
    ]);
    expect(top[0]!.percent).toBeCloseTo(40);
    expect(top[0]!.busyPercent).toBeCloseTo((4 / 6) * 100);
  });

  it('keeps only the samples inside a time window', () => {
    // Samples land at 1000, 2000, … 10000 µs: 3000–5000 holds escape, escape, (garbage collector).
    const top = selfTimes(PROFILE, 'function', { fromUs: 3000, toUs: 5000 });
    expect(top.map((t) => [t.name, t.ms])).toEqual([
      ['escape (astro/dist/runtime/escape.js:3)', 2],
      ['(garbage collector)', 1],
    ]);
  });

  it('can sum by file instead', () => {
    expect(selfTimes(PROFILE, 'file')[0]).toMatchObject({ name: 'astro/dist/runtime/escape.js', ms: 4 });
  });

  it('shortens paths to the package or the build directory', () => {
    expect(shortFile('file:///a/node_modules/@scope/pkg/lib/x.js')).toBe('@scope/pkg/lib/x.js');
    expect(shortFile('file:///work/wt/dist/server/entry.mjs')).toBe('dist/server/entry.mjs');
    expect(shortFile('node:internal/streams')).toBe('node:internal/streams');
    expect(shortFile('')).toBe('');
  });
});
