// Plans that sit exactly on a threshold of the cost model, where float noise must not decide.
import { describe, expect, it } from 'vitest';
import {
  BILL_CREDIT_DIP_CENTS,
  buildCostModel,
  describeBand,
  dipAt1000Cents,
  EFL_PRICE_TOLERANCE,
  estimateWith,
  formatDollars,
  planTraps,
  type PlanPricing,
} from '~/lib/cost';
import { describeStep } from '~/lib/cost/format';

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

describe('cost model reasons and checks', () => {
  it('says why a plan flagged for a minimum-usage fee is approximate', () => {
    const model = buildCostModel({ ...pricing([0.15, 0.15, 0.15]), hasMinUsageFee: true });
    expect(model).toMatchObject({
      kind: 'interpolated',
      approximate: true,
      reason:
        'Power to Choose flags a minimum-usage fee or credit that the plan text does not describe, so the bill between the posted points may be off.',
    });
  });

  it('says the dip reason in full, and the flat-bill and unfit reasons with their figures', () => {
    expect(buildCostModel(pricing([0.15, 0.13, 0.15])).reason).toBe(
      'The posted prices dip at 1,000 kWh the way a usage credit does, but the plan text does not say which, so the bill between the posted points is interpolated.',
    );
    // A flat bill below 1,000 kWh that the posted 500 and 1,000 kWh bills do not show.
    const flat = buildCostModel(
      pricing([0.2, 0.12, 0.12], 'Pay the same amount every month whenever your usage is below 1,000 kWh.'),
    );
    expect(flat.terms.flatBelowKwh).toBe(1000);
    expect(flat).toMatchObject({
      approximate: true,
      reason: 'The flat bill below 1,000 kWh does not match the posted prices, so the bill is interpolated.',
    });
  });

  it('refuses a tolerance that is negative or not a number, and checks the usage of estimateWith', () => {
    const plan = pricing([0.15, 0.15, 0.15]);
    expect(() => buildCostModel(plan, { tolerance: -0.001 })).toThrow(
      'tolerance must be a non-negative number of $/kWh, got -0.001',
    );
    expect(() => buildCostModel(plan, { tolerance: Number.NaN })).toThrow(/got NaN$/);
    expect(buildCostModel(plan, { tolerance: 0 }).tolerance).toBe(0);
    const model = buildCostModel(plan);
    expect(estimateWith(model, 1000)).toMatchObject({ usageKwh: 1000, bill: 150, centsPerKwh: 15 });
    expect(() => estimateWith(model, -1)).toThrow('usage cannot be negative, got -1 kWh');
  });
});

describe('money and band wording', () => {
  const step = (fromKwh: number | null, toKwh: number | null, inclusive: boolean) => ({
    kind: 'credit' as const,
    amount: 1,
    fromKwh,
    fromInclusive: inclusive,
    toKwh,
    toInclusive: inclusive,
  });

  it('writes dollars with cents only when there are any', () => {
    expect(formatDollars(100)).toBe('$100');
    expect(formatDollars(1250)).toBe('$1,250');
    expect(formatDollars(9.95)).toBe('$9.95');
    expect(formatDollars(1234.05)).toBe('$1,234.05');
    expect(formatDollars(0.5)).toBe('$0.50');
  });

  it('names every kind of band', () => {
    expect(describeBand(step(1000, 2000, true))).toBe('between 1,000 and 2,000 kWh');
    expect(describeBand(step(1000, null, true))).toBe('1,000 kWh or more');
    expect(describeBand(step(1000, null, false))).toBe('more than 1,000 kWh');
    expect(describeBand(step(null, 500, true))).toBe('500 kWh or less');
    expect(describeBand(step(null, 500, false))).toBe('less than 500 kWh');
    expect(describeBand(step(null, null, true))).toBe('any usage');
    expect(describeStep({ ...step(1000, null, true), amount: 9.95, kind: 'fee' })).toBe('$9.95 fee');
    expect(describeStep({ ...step(1000, null, true), amount: 100 })).toBe('$100 bill credit');
  });
});
