// Range checks and jump usages of the cost curve, and the step model's arithmetic, on hand-written
// pricing objects and fits: each number is chosen so one bound or branch decides the result.
import { describe, expect, it } from 'vitest';
import { cliffUsages, costCurve, costCurves, fitStepModel, stepBill, type StepFit, type UsageStep } from '~/lib/cost';
import { pricing } from '../helpers/pricing';

const plan = pricing;
const step = (over: Partial<UsageStep>): UsageStep => ({
  kind: 'credit',
  amount: 100,
  fromKwh: null,
  fromInclusive: false,
  toKwh: null,
  toInclusive: false,
  ...over,
});

describe('cliffUsages sides', () => {
  it('puts the other side of an inclusive floor and an exclusive ceiling just below the threshold', () => {
    expect(cliffUsages([step({ fromKwh: 1000, fromInclusive: true })], 0, 3000)).toEqual([999, 1000]);
    expect(cliffUsages([step({ toKwh: 500, toInclusive: false })], 0, 3000)).toEqual([499, 500]);
  });

  it('keeps a jump usage equal to the end of the range', () => {
    expect(cliffUsages([step({ fromKwh: 1000, fromInclusive: true })], 0, 1000)).toEqual([999, 1000]);
  });
});

describe('costCurve range checks', () => {
  const message = (range: Parameters<typeof costCurve>[1]) => {
    try {
      costCurve(plan(), range);
    } catch (error) {
      return (error as Error).message;
    }
    return null;
  };

  it('names the bound a bad usage came from', () => {
    expect(message({ from: -1 })).toBe('curve start cannot be negative, got -1 kWh');
    expect(message({ to: 6000 })).toBe('curve end must be at most 5000 kWh, got 6000 kWh');
    expect(message({ include: [1000, -5] })).toBe('included usage cannot be negative, got -5 kWh');
  });

  it('rejects an end below the start but draws a single point when they meet', () => {
    expect(message({ from: 1000, to: 500 })).toBe('curve end (500 kWh) is below its start (1000 kWh)');
    expect(costCurve(plan(), { from: 1000, to: 1000 }).map((p) => p.usageKwh)).toEqual([1000]);
  });

  it('rejects a zero step as not positive', () => {
    expect(message({ step: 0 })).toBe('curve step must be a positive number of kWh, got 0');
  });

  it('allows exactly the maximum number of points, and names the count one step beyond it', () => {
    expect(costCurve(plan(), { from: 0, to: 500, step: 1 })).toHaveLength(501);
    expect(message({ from: 0, to: 501, step: 1 })).toBe('curve would have 502 points; at most 501 are allowed');
  });

  it('counts the points over the span, not from zero', () => {
    expect(costCurve(plan(), { from: 2000, to: 3000, step: 4 })).toHaveLength(251);
  });

  it('allows exactly the maximum number of included usages, and names the count one beyond it', () => {
    const usages = (n: number) => Array.from({ length: n }, (_, i) => 1000 + i);
    expect(costCurve(plan(), { from: 250, to: 250, include: usages(24) })).toHaveLength(25);
    expect(message({ include: usages(25) })).toBe('a curve includes at most 24 extra usages, got 25');
  });
});

describe('costCurves without cliffs', () => {
  it('evaluates every plan at the grid and the included usages only', () => {
    const credit = plan({
      rate500: 0.13,
      rate1000: 0.095,
      rate2000: 0.1075,
      feesCredits: 'A $30 credit applies at 1,000 kWh or more.',
    });
    const curves = costCurves([plan(), credit], { from: 500, to: 1500, step: 500, include: [900] });
    expect(curves.map((c) => c.map((p) => p.usageKwh))).toEqual([
      [500, 900, 1000, 1500],
      [500, 900, 1000, 1500],
    ]);
    // Base $5 + 12¢/kWh − $30 from 1,000 kWh.
    expect(curves[1]!.map((p) => p.bill)).toEqual([
      expect.closeTo(65, 9),
      expect.closeTo(113, 9),
      expect.closeTo(95, 9),
      expect.closeTo(155, 9),
    ]);
  });
});

describe('fitStepModel rejections', () => {
  it('rejects a fit whose energy rate comes out negative or zero', () => {
    expect(fitStepModel([100, 80, 60], [])).toBeNull();
    // A flat $60 bill: the rate solves to exactly 0 in floating point, as it does not for every flat bill.
    expect(fitStepModel([60, 60, 60], [])).toBeNull();
  });

  it('rejects a fit whose energy rate comes out infinite', () => {
    expect(fitStepModel([100, Infinity, 200], [])).toBeNull();
  });

  it('accepts a fit with a small positive rate', () => {
    expect(fitStepModel([55, 60, 70], [])?.energyRate).toBeCloseTo(0.01, 12);
  });
});

describe('stepBill corrections', () => {
  it('holds the correction flat outside the posted points and interpolates it between them', () => {
    const fit: StepFit = { baseCharge: 10, energyRate: 0.1, steps: [], maxError: 0, corrections: [1, 2, 4] };
    expect(stepBill(fit, 250)).toBeCloseTo(10 + 25 + 1, 9);
    expect(stepBill(fit, 750)).toBeCloseTo(10 + 75 + 1.5, 9);
    expect(stepBill(fit, 1500)).toBeCloseTo(10 + 150 + 3, 9);
    expect(stepBill(fit, 3000)).toBeCloseTo(10 + 300 + 4, 9);
  });
});
