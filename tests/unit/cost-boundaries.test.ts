// Plans that sit exactly on a threshold of the cost model, where float noise must not decide.
import { describe, expect, it } from 'vitest';
import {
  BILL_CREDIT_DIP_CENTS,
  buildCostModel,
  dipAt1000Cents,
  EFL_PRICE_TOLERANCE,
  planTraps,
  type PlanPricing,
} from '~/lib/cost';

const pricing = (rates: [number, number, number], feesCredits: string | null = null): PlanPricing => ({
  rate500: rates[0],
  rate1000: rates[1],
  rate2000: rates[2],
  feesCredits,
  specialTerms: null,
  isTimeOfUse: false,
  isPrepaid: false,
  rateType: 'fixed',
  termMonths: 12,
});

describe('step-model fit on the tolerance boundary', () => {
  // 0.1025 / 0.0765 / 0.0900 $/kWh with a $25 credit at 1,000 kWh or more: with the credit taken
  // out the prices are 10.25, 10.15 and 10.25¢, which a base + rate line misses by exactly half of
  // 0.1¢ at each point; in floats the miss is 0.00050000000000001.
  const credit = pricing(
    [0.1025, 0.0765, 0.09],
    'A $25 bill credit applies each month your usage is 1,000 kWh or more.',
  );

  it('accepts the fit whose float miss exceeds the tolerance by float noise only', () => {
    const model = buildCostModel(credit);
    expect(model.terms.steps).toHaveLength(1);
    expect(model.fit!.maxError).toBeGreaterThan(EFL_PRICE_TOLERANCE);
    expect(model.fit!.maxError).toBeCloseTo(EFL_PRICE_TOLERANCE, 15);
    expect(model).toMatchObject({ kind: 'step', approximate: false, reason: null });
    expect(model.fit!.energyRate).toBeCloseTo(0.102, 12);
    expect(model.fit!.baseCharge).toBeCloseTo(0, 9);
    // The credit is a cliff: 999 kWh costs more than 1,000 kWh.
    expect(model.billAt(999)).toBeGreaterThan(model.billAt(1000) + 24);
  });

  it('still refuses a fit that misses by a real amount more than the tolerance', () => {
    const model = buildCostModel(credit, { tolerance: EFL_PRICE_TOLERANCE - 0.00001 });
    expect(model.kind).toBe('interpolated');
    expect(model.approximate).toBe(true);
    expect(model.reason).toMatch(/does not reproduce the posted prices \(off by up to 0\.1¢\/kWh\)/);
  });
});

describe('a bill-credit dip of exactly 1¢', () => {
  // Both dip by exactly 1¢ at 1,000 kWh; unrounded, the first comes out 0.9999999999999981¢ and
  // the second 1.0000000000000009¢, so float noise used to flag one and not the other.
  const noisy = pricing([0.15, 0.14, 0.15]);
  const other = pricing([0.13, 0.12, 0.13]);

  it('measures both dips as exactly 1¢', () => {
    expect(dipAt1000Cents(noisy)).toBe(1);
    expect(dipAt1000Cents(other)).toBe(1);
    expect(BILL_CREDIT_DIP_CENTS).toBe(1);
  });

  it('flags both the same way, in the cost model and in the labels', () => {
    for (const plan of [noisy, other]) {
      const model = buildCostModel(plan);
      expect(model.approximate).toBe(true);
      expect(model.reason).toMatch(/^The posted prices dip at 1,000 kWh the way a usage credit does/);
      expect(planTraps(plan).map((l) => [l.kind, l.severity])).toEqual([['bill-credit', 'high']]);
    }
  });

  it('does not flag a dip just under 1¢, or a straight line', () => {
    const under = pricing([0.15, 0.1401, 0.15]);
    expect(dipAt1000Cents(under)).toBeCloseTo(0.99, 12);
    expect(buildCostModel(under).approximate).toBe(false);
    expect(planTraps(under)).toEqual([]);
    const straight = pricing([0.12, 0.12, 0.12]);
    expect(dipAt1000Cents(straight)).toBe(0);
    expect(buildCostModel(straight)).toMatchObject({ kind: 'interpolated', approximate: false, reason: null });
  });
});
