import { describe, expect, it } from 'vitest';
import {
  buildCostModel,
  EFL_PRICE_TOLERANCE,
  interpolatedBill,
  POSTED_KWH,
  POSTED_PRICE_TOLERANCE,
  postedBills,
} from '~/lib/cost';
import { EXPORT_2026_01_10, EXPORT_2026_01_29, readExportPlans } from '../helpers/ptc-export-rows';

// Every plan in both recorded exports must come back at its posted 500/1,000/2,000 kWh prices.
// The counts pin what the step model explains today, so a parser change that loses (or
// invents) credits shows up here rather than silently in the ranking.
const cases = [
  {
    file: EXPORT_2026_01_10,
    tolerance: EFL_PRICE_TOLERANCE,
    expected: { plans: 1854, skipped: 0, withTerms: 78, step: 58, approximate: 10 },
  },
  {
    file: EXPORT_2026_01_29,
    tolerance: EFL_PRICE_TOLERANCE,
    expected: { plans: 1539, skipped: 0, withTerms: 50, step: 30, approximate: 10 },
  },
] as const;

describe.each(cases)('$file', ({ file, tolerance, expected }) => {
  const { plans, skipped } = readExportPlans(file);
  const models = plans.map((plan) => ({ plan, model: buildCostModel(plan, { tolerance }) }));

  it('reproduces every posted price within half the last posted digit', () => {
    const misses = models.flatMap(({ plan, model }) => {
      const posted = [plan.rate500, plan.rate1000, plan.rate2000];
      return POSTED_KWH.map((u, i) => ({ id: plan.id, u, miss: Math.abs(model.billAt(u) / u - posted[i]!) }));
    });
    expect(misses.filter(({ miss }) => miss > tolerance + 1e-9)).toEqual([]);
    // Step models carry a sub-rounding correction, so in practice every model is exact to float precision.
    expect(Math.max(...misses.map(({ miss }) => miss))).toBeLessThan(1e-12);
  });

  it('keeps a step model only when its uncorrected fit is within the tolerance', () => {
    const loose = models.filter(({ model }) => model.fit && model.fit.maxError > tolerance + 1e-9);
    expect(loose.map(({ plan }) => plan.id)).toEqual([]);
  });

  it('has a baseline that passes through the posted bills exactly', () => {
    const worst = Math.max(
      ...plans.flatMap((plan) => {
        const bills = postedBills(plan);
        return POSTED_KWH.map((u, i) => Math.abs(interpolatedBill(bills, u) - bills[i]!));
      }),
    );
    expect(worst).toBeLessThan(1e-9);
  });

  it('reports how many plans use the step model and how many are approximate', () => {
    const counts = {
      plans: plans.length,
      skipped,
      withTerms: models.filter(({ model }) => model.terms.steps.length > 0 || model.terms.flatBelowKwh !== null).length,
      step: models.filter(({ model }) => model.kind === 'step').length,
      approximate: models.filter(({ model }) => model.approximate).length,
    };
    console.log(`${file}: ${JSON.stringify(counts)} at tolerance ${tolerance} $/kWh`);
    expect(counts).toEqual(expected);
  });
});

describe('tolerance', () => {
  it('is 0.1¢ rounding by default, which explains every 2026-01-10 credit but TXU Value Edge', () => {
    const { plans } = readExportPlans(EXPORT_2026_01_10);
    const models = plans.map((plan) => ({ plan, model: buildCostModel(plan) }));
    const approximate = models.filter(({ model }) => model.approximate);
    expect(models.filter(({ model }) => model.kind === 'step').length).toBe(58);
    expect(new Set(approximate.map(({ plan }) => `${plan.rep} ${plan.productName}`))).toEqual(
      new Set(['TXU ENERGY Value Edge 12']),
    );
  });

  it('at the strict 4-decimal tolerance keeps only 20 step models and marks 48 plans approximate', () => {
    const { plans } = readExportPlans(EXPORT_2026_01_10);
    const models = plans.map((plan) => buildCostModel(plan, { tolerance: POSTED_PRICE_TOLERANCE }));
    expect(models.filter((m) => m.kind === 'step')).toHaveLength(20);
    expect(models.filter((m) => m.approximate)).toHaveLength(48);
  });
});
