import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { niceTicks, stepDecimals, tickStep, ticksWithin } from '~/lib/charts';

describe('niceTicks', () => {
  it('turns 0–27.3¢ into 0, 5, … 30', () => {
    expect(niceTicks(0, 27.3)).toEqual({ min: 0, max: 30, step: 5, values: [0, 5, 10, 15, 20, 25, 30] });
  });

  it('turns $0–$400 into 0, 100, … 400 without widening an already round end', () => {
    expect(niceTicks(0, 400)).toEqual({ min: 0, max: 400, step: 100, values: [0, 100, 200, 300, 400] });
  });

  it('widens to whole steps on both sides of a range that starts above zero', () => {
    expect(niceTicks(12.1, 18.7).values).toEqual([12, 13, 14, 15, 16, 17, 18, 19]);
  });

  it('reaches down to zero when asked', () => {
    expect(niceTicks(12.1, 18.7, 5, { includeZero: true }).values).toEqual([0, 5, 10, 15, 20]);
  });

  it('reaches up to zero for an all-negative range', () => {
    expect(niceTicks(-30, -12, 5, { includeZero: true }).values).toEqual([-30, -25, -20, -15, -10, -5, 0]);
  });

  it('prints decimal steps without float noise', () => {
    expect(niceTicks(0.1, 0.3).values).toEqual([0.1, 0.15, 0.2, 0.25, 0.3]);
    expect(niceTicks(0, 0.7).values).toEqual([0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7]);
  });

  it.each([
    ['all values equal', 12.3, 12.3],
    ['all values zero', 0, 0],
    ['a single tiny value', 0.004, 0.004],
    ['a single negative value', -250, -250],
    ['values differing only by float noise', 0.3, 0.1 + 0.2],
    ['a subnormal value', 0, 5e-324],
  ])('gives a usable axis around %s', (_, min, max) => {
    const ticks = niceTicks(min, max);
    expect(ticks.values.length).toBeGreaterThanOrEqual(2);
    expect(ticks.values.every(Number.isFinite)).toBe(true);
    expect(ticks.min).toBeLessThan(min);
    expect(ticks.max).toBeGreaterThan(max);
    expect(ticks.step).toBeGreaterThan(0);
  });

  it.each([
    ['NaN', Number.NaN, 1],
    ['infinity', 0, Number.POSITIVE_INFINITY],
    ['min above max', 5, 1],
  ])('refuses %s', (_, min, max) => {
    expect(() => niceTicks(min, max)).toThrow(RangeError);
  });

  it('refuses a tick count that is not a positive integer', () => {
    expect(() => niceTicks(0, 10, 0)).toThrow(RangeError);
    expect(() => tickStep(0, 10, 2.5)).toThrow(RangeError);
  });

  it('always covers the data with ascending, evenly spaced, finite ticks', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        fc.double({ min: 0, max: 1e6, noNaN: true }),
        fc.integer({ min: 1, max: 10 }),
        (min, span, count) => {
          const max = min + span;
          const ticks = niceTicks(min, max, count);
          // Float noise below a billionth of a step is not worth a whole extra tick.
          expect(ticks.min).toBeLessThanOrEqual(min + ticks.step * 1e-9);
          expect(ticks.max).toBeGreaterThanOrEqual(max - ticks.step * 1e-9);
          expect(ticks.values.length).toBeLessThanOrEqual(2 * count + 3);
          for (const [i, value] of ticks.values.entries()) {
            expect(Number.isFinite(value)).toBe(true);
            if (i > 0)
              expect(Math.abs(value - ticks.values[i - 1]! - ticks.step)).toBeLessThanOrEqual(ticks.step * 1e-6);
          }
        },
      ),
    );
  });
});

describe('ticksWithin', () => {
  it('keeps the data range and labels the round values inside it (usage 250–3,000 kWh)', () => {
    expect(ticksWithin(250, 3000, 6)).toEqual({
      min: 250,
      max: 3000,
      step: 500,
      values: [500, 1000, 1500, 2000, 2500, 3000],
    });
  });

  it('gives the one value of a zero-width range', () => {
    expect(ticksWithin(1000, 1000)).toEqual({ min: 1000, max: 1000, step: 0, values: [1000] });
  });
});

describe('tickStep and stepDecimals', () => {
  it('steps by 1, 2 or 5 times a power of ten', () => {
    expect(tickStep(0, 27.3, 5)).toBe(5);
    expect(tickStep(0, 9, 5)).toBe(2);
    expect(tickStep(0, 6, 5)).toBe(1);
    expect(tickStep(0, 80, 5)).toBe(20);
    expect(tickStep(0, 0.03, 5)).toBeCloseTo(0.005, 12);
  });

  it('counts the decimals a step needs', () => {
    expect(stepDecimals(5)).toBe(0);
    expect(stepDecimals(0.5)).toBe(1);
    expect(stepDecimals(0.25)).toBe(2);
    expect(stepDecimals(0.1 + 0.2)).toBe(1);
  });
});
