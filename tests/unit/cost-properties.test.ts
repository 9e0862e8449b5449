import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildCostModel,
  costCurve,
  formatKwh,
  monthlyCost,
  POSTED_KWH,
  POSTED_PRICE_TOLERANCE,
  type PlanPricing,
} from '~/lib/cost';
import { anyPlan, price, usage } from '../helpers/cost-arbitraries';

describe('bill properties', () => {
  it('is a finite, non-negative number for any valid plan and usage', () => {
    fc.assert(
      fc.property(anyPlan, usage, (plan, u) => {
        const { bill, centsPerKwh } = monthlyCost(plan, u);
        expect(Number.isFinite(bill) && bill >= 0).toBe(true);
        if (u < 1) expect(centsPerKwh).toBeNull();
        else expect(Number.isFinite(centsPerKwh)).toBe(true);
      }),
    );
  });

  it('reproduces the posted prices at 500, 1,000 and 2,000 kWh whatever the text says', () => {
    fc.assert(
      fc.property(anyPlan, (plan) => {
        const model = buildCostModel(plan);
        const posted = [plan.rate500, plan.rate1000, plan.rate2000];
        POSTED_KWH.forEach((u, i) => expect(Math.abs(model.billAt(u) / u - posted[i]!)).toBeLessThan(1e-12));
      }),
    );
  });

  // What holds, precisely: with no credit, fee or flat-bill clause in the text, the bill is the
  // baseline interpolation, which never decreases exactly when the posted bills
  // (500·rate500 ≤ 1000·rate1000 ≤ 2000·rate2000) do not. Posted prices can imply a falling bill
  // (Octopus Lite on CenterPoint: $111.50 at 500 kWh, $93 at 1,000), and then it falls too.
  const nonDecreasingBills = fc
    .integer({ min: 0, max: 10_000 })
    .chain((i500) =>
      fc
        .integer({ min: Math.ceil(i500 / 2), max: 10_000 })
        .chain((i1000) =>
          fc.integer({ min: Math.ceil(i1000 / 2), max: 10_000 }).map((i2000) => [i500, i1000, i2000] as const),
        ),
    );

  it('never decreases with usage for plans without credits or steps whose posted bills do not decrease', () => {
    fc.assert(
      fc.property(nonDecreasingBills, usage, usage, ([i500, i1000, i2000], u1, u2) => {
        const plan: PlanPricing = {
          rate500: i500 / 10_000,
          rate1000: i1000 / 10_000,
          rate2000: i2000 / 10_000,
          isTimeOfUse: false,
          isPrepaid: false,
          rateType: 'fixed',
          termMonths: 12,
        };
        const model = buildCostModel(plan);
        expect(model.kind).toBe('interpolated');
        const [low, high] = u1 <= u2 ? [u1, u2] : [u2, u1];
        // 1e-9: 500 × (2k/10⁴) and 1000 × (k/10⁴) can differ in the last float bit.
        expect(model.billAt(low)).toBeLessThanOrEqual(model.billAt(high) + 1e-9);
      }),
    );
  });

  it('recovers a real step plan from its rounded prices and its credit sentence', () => {
    const stepPlan = fc.record({
      base: fc.integer({ min: 0, max: 2000 }).map((c) => c / 100),
      rate: fc.integer({ min: 800, max: 3000 }).map((m) => m / 10_000),
      amount: fc.integer({ min: 10, max: 150 }),
      kwh: fc.constantFrom(600, 800, 1000, 1200, 1500, 2000),
    });
    fc.assert(
      fc.property(stepPlan, ({ base, rate, amount, kwh }) => {
        const truth = (u: number) => base + rate * u - (u >= kwh ? amount : 0);
        const round4 = (u: number) => Math.round((truth(u) / u) * 10_000) / 10_000;
        // Keep the true bill positive past the threshold so clamping at $0 does not enter.
        fc.pre(truth(kwh) > 0);
        const plan: PlanPricing = {
          rate500: round4(500),
          rate1000: round4(1000),
          rate2000: round4(2000),
          feesCredits: `A bill credit of $${amount} will be applied for each billing cycle in which usage is ${formatKwh(kwh)} kWh or more.`,
          isTimeOfUse: false,
          isPrepaid: false,
          rateType: 'fixed',
          termMonths: 12,
        };
        const model = buildCostModel(plan, { tolerance: POSTED_PRICE_TOLERANCE });
        expect(model.kind).toBe('step');
        // Rounding to 4 decimals moves the fitted base and rate by cents; a dollar is far below any credit (≥ $10).
        for (const u of [kwh - 100, kwh, 3000]) expect(Math.abs(model.billAt(u) - truth(u))).toBeLessThan(1);
      }),
    );
  });

  it('extrapolates with the marginal rate of the nearest segment and clamps at $0', () => {
    fc.assert(
      fc.property(price(), price(), price(), usage, (rate500, rate1000, rate2000, u) => {
        const plan: PlanPricing = {
          rate500,
          rate1000,
          rate2000,
          isTimeOfUse: false,
          isPrepaid: false,
          rateType: 'fixed',
          termMonths: 12,
        };
        const [b500, b1000, b2000] = [rate500 * 500, rate1000 * 1000, rate2000 * 2000];
        const line =
          u < 1000 ? b500 + ((b1000 - b500) / 500) * (u - 500) : b1000 + ((b2000 - b1000) / 1000) * (u - 1000);
        expect(monthlyCost(plan, u).bill).toBeCloseTo(Math.max(0, line), 9);
      }),
    );
    // Posted bills $104, $110, $322: the line through the first two meets 0 kWh at 2·104 − 110 = $98.
    const rhythmPrices: PlanPricing = {
      rate500: 0.208,
      rate1000: 0.11,
      rate2000: 0.161,
      isTimeOfUse: false,
      isPrepaid: false,
      rateType: 'fixed',
      termMonths: 12,
    };
    expect(monthlyCost(rhythmPrices, 0).bill).toBeCloseTo(98, 9);
    expect(monthlyCost({ ...rhythmPrices, rate500: 0.05 }, 0).bill).toBe(0);
    expect(monthlyCost(rhythmPrices, 3000).bill).toBeCloseTo(322 + 212, 9);
  });

  it('gives curve points on the requested grid that match the single-usage estimate', () => {
    fc.assert(
      fc.property(anyPlan, (plan) => {
        const curve = costCurve(plan);
        expect(curve.map((p) => p.usageKwh)).toEqual(Array.from({ length: 12 }, (_, i) => 250 * (i + 1)));
        for (const point of curve) expect(point.bill).toBe(monthlyCost(plan, point.usageKwh).bill);
      }),
      { numRuns: 50 },
    );
  });
});
