import { describe, expect, it } from 'vitest';
import { chartFrame, extent, linearScale, roundCoord } from '~/lib/charts';

describe('linearScale', () => {
  it('maps the domain ends onto the range ends and interpolates between them', () => {
    const x = linearScale([250, 3000], [60, 616]);
    expect(x(250)).toBe(60);
    expect(x(3000)).toBe(616);
    expect(x(1625)).toBe(338);
    expect(x.domain).toEqual([250, 3000]);
    expect(x.range).toEqual([60, 616]);
  });

  it('flips for a y axis whose pixels grow downwards', () => {
    const y = linearScale([0, 30], [292, 40]);
    expect(y(0)).toBe(292);
    expect(y(30)).toBe(40);
    expect(y(15)).toBe(166);
  });

  it('extrapolates outside the domain instead of clamping', () => {
    expect(linearScale([0, 10], [0, 100])(15)).toBe(150);
  });

  it.each([
    ['a zero-width domain', [5, 5]],
    ['a NaN domain', [Number.NaN, 3]],
    ['an infinite domain', [0, Number.POSITIVE_INFINITY]],
  ] as const)('maps everything to the middle of the range for %s, never NaN', (_, domain) => {
    const scale = linearScale(domain, [60, 616]);
    expect(scale(5)).toBe(338);
    expect(scale(1e9)).toBe(338);
  });
});

describe('extent', () => {
  it('finds the smallest and largest value in any order', () => {
    expect(extent([14.2, 9.8, 27.3, 12])).toEqual([9.8, 27.3]);
  });

  it('skips nulls, undefined, NaN and infinities', () => {
    expect(extent([null, 3, undefined, Number.NaN, -1, Number.POSITIVE_INFINITY])).toEqual([-1, 3]);
  });

  it('gives the same value twice for a single value', () => {
    expect(extent([null, 7])).toEqual([7, 7]);
  });

  it('is null when there is nothing to measure', () => {
    expect(extent([])).toBeNull();
    expect(extent([null, Number.NaN])).toBeNull();
  });
});

describe('chartFrame and roundCoord', () => {
  it('puts the plot inside the margins', () => {
    expect(chartFrame(640, 340, { top: 40, right: 24, bottom: 48, left: 60 })).toEqual({
      width: 640,
      height: 340,
      left: 60,
      right: 616,
      top: 40,
      bottom: 292,
      viewBox: '0 0 640 340',
    });
  });

  it('rounds to hundredths and never prints -0', () => {
    expect(roundCoord(1 / 3)).toBe(0.33);
    expect(roundCoord(99.999)).toBe(100);
    expect(Object.is(roundCoord(-0.001), 0)).toBe(true);
  });
});
