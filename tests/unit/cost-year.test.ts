import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  afterTermAssumption,
  CostInputError,
  coveredMonths,
  monthlyCost,
  rankPlansForYear,
  yearCost,
  type PlanPricing,
  type RankablePlan,
} from '~/lib/cost';
import { calendarShapedUsages, shapedUsages } from '~/lib/usage';
import { anyPlan, usage } from '../helpers/cost-arbitraries';
import { EXPORT_2026_01_10, readExportPlans, readListedPlans } from '../helpers/ptc-export-rows';

const ONCOR = readListedPlans('ptc-export-offers_2026-01-29.reconstructed.csv', 'ONCOR');
const oncorAssumption = afterTermAssumption(ONCOR);
const byId = (plans: readonly RankablePlan[], id: string) => plans.find((p) => p.id === id)!;
const twelve = fc.array(usage, { minLength: 12, maxLength: 12 });
const startMonth = fc.integer({ min: 0, max: 11 });
const assumptionFrom = fc.array(anyPlan, { minLength: 1, maxLength: 5 }).map((plans) => afterTermAssumption(plans));
const flat = (id: string, rate: number, termMonths = 12): RankablePlan => ({
  id,
  rate500: rate,
  rate1000: rate,
  rate2000: rate,
  isTimeOfUse: false,
  isPrepaid: false,
  rateType: 'fixed',
  termMonths,
});

describe('yearCost properties', () => {
  it('adds up its twelve bills, prices the term with the plan and the rest with the assumption', () => {
    fc.assert(
      fc.property(anyPlan, twelve, startMonth, assumptionFrom, (plan, usages, start, assumption) => {
        const year = yearCost(plan, usages, start, assumption);
        expect(year.months).toHaveLength(12);
        expect(year.total).toBe(year.months.reduce((sum, m) => sum + m.bill, 0));
        expect(year.coveredMonths).toBe(Math.min(12, Math.max(1, plan.termMonths)));
        year.months.forEach((month, i) => {
          expect(month.calendarMonth).toBe((start + i) % 12);
          expect(month.usageKwh).toBe(usages[i]);
          if (i < year.coveredMonths) {
            expect(month.pricedBy).toBe('plan');
            expect(month.bill).toBe(monthlyCost(plan, usages[i]!).bill);
          } else {
            expect(month.pricedBy).toBe('after-term');
            expect(month.bill).toBe(assumption.billAt(usages[i]!));
          }
        });
      }),
      { numRuns: 200 },
    );
  });

  it('ranks by the same totals yearCost gives, in order, from 1', () => {
    fc.assert(
      fc.property(fc.array(anyPlan, { minLength: 1, maxLength: 8 }), twelve, startMonth, (plans, usages, start) => {
        const rankable = plans.map((plan, i) => ({ ...plan, id: String(i) }));
        const assumption = afterTermAssumption(rankable);
        const ranked = rankPlansForYear(rankable, usages, start, assumption);
        expect(ranked.map((r) => r.rank)).toEqual(rankable.map((_, i) => i + 1));
        for (const entry of ranked) expect(entry.total).toBe(yearCost(entry.plan, usages, start, assumption).total);
        for (let i = 1; i < ranked.length; i++)
          expect(Math.round(ranked[i - 1]!.total * 1e6)).toBeLessThanOrEqual(Math.round(ranked[i]!.total * 1e6));
      }),
      { numRuns: 100 },
    );
  });
});

describe('yearCost', () => {
  it('costs a flat-price plan of 12 months or more its price times the year’s kWh', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5000 }),
        fc.integer({ min: 12, max: 60 }),
        twelve,
        startMonth,
        (tenThousandths, term, usages, start) => {
          const rate = tenThousandths / 10_000;
          const year = yearCost(flat('1', rate, term), usages, start, oncorAssumption);
          const kwh = usages.reduce((a, b) => a + b, 0);
          expect(year.coveredMonths).toBe(12);
          expect(year.usageKwh).toBeCloseTo(kwh, 6);
          expect(Math.abs(year.total - rate * kwh)).toBeLessThan(1e-6);
          if (kwh >= 1) expect(year.averageCentsPerKwh!).toBeCloseTo(rate * 100, 9);
        },
      ),
    );
  });

  it('prices a month-to-month plan’s posted price for the first month only', () => {
    // Reliant Power On Flex plan (idKey 19786, variable, term 0) on Oncor, 2026-01-29.
    const reliant = byId(ONCOR, '19786');
    expect(reliant).toMatchObject({ rateType: 'variable', termMonths: 0 });
    const usages = shapedUsages(1000, 0);
    const year = yearCost(reliant, usages, 0, oncorAssumption);
    expect(year.coveredMonths).toBe(1);
    expect(year.months.map((m) => m.pricedBy)).toEqual(['plan', ...Array<string>(11).fill('after-term')]);
    expect(year.months[0]!.bill).toBe(monthlyCost(reliant, usages[0]!).bill);
    expect(coveredMonths({ termMonths: 1 })).toBe(1);
  });

  it('does not keep a 4-month teaser price for the rest of the year', () => {
    // Chariot Bright Nights 4 (idKey 35543): #3 at 1,000 kWh for one month on Oncor, 2026-01-29.
    const teaser = byId(ONCOR, '35543');
    expect(teaser.termMonths).toBe(4);
    const usages = shapedUsages(1000, 0);
    const year = yearCost(teaser, usages, 0, oncorAssumption);
    expect(year.coveredMonths).toBe(4);
    const afterTerm = year.months.slice(4);
    expect(afterTerm.every((m) => m.pricedBy === 'after-term')).toBe(true);
    for (const [i, month] of afterTerm.entries()) {
      expect(month.bill).toBe(oncorAssumption.billAt(usages[i + 4]!));
      expect(month.bill).toBeGreaterThan(monthlyCost(teaser, usages[i + 4]!).bill);
    }
  });

  it('lists the months a usage credit misses: Rhythm Saver 12 below 1,000 kWh, in Feb–May and Oct–Dec', () => {
    const rhythm = byId(ONCOR, '35279');
    const year = yearCost(rhythm, shapedUsages(1000, 0), 0, oncorAssumption);
    expect(year.model).toBe('step');
    expect(year.creditMissedMonths).toEqual([1, 2, 3, 4, 9, 10, 11]);
    expect(year.feeMonths).toEqual([]);
    // Signing up in June: the same calendar months, listed in the order they come.
    expect(yearCost(rhythm, shapedUsages(1000, 5), 5, oncorAssumption).creditMissedMonths).toEqual([
      9, 10, 11, 1, 2, 3, 4,
    ]);
  });

  it('counts a month as missed only when none of several credits applies (Constellation $35 at 1,000, $15 more at 2,000)', () => {
    const constellation = byId(readExportPlans(EXPORT_2026_01_10).plans, '12406');
    const year = yearCost(constellation, shapedUsages(1000, 0), 0, oncorAssumption);
    expect(year.model).toBe('step');
    expect(year.creditMissedMonths).toEqual([1, 2, 3, 4, 9, 10, 11]);
  });

  it('lists the months a usage fee applies, within the term only', () => {
    // Base $5 + 12¢/kWh + $10 below 1,000 kWh, posted as the export would: 15.0, 12.5 and 12.25¢.
    const fee: PlanPricing = {
      ...flat('fee', 0),
      rate500: 0.15,
      rate1000: 0.125,
      rate2000: 0.1225,
      feesCredits: 'A $10 fee applies if usage is below 1,000 kWh.',
      termMonths: 6,
    };
    const usages = shapedUsages(1000, 0);
    const year = yearCost(fee, usages, 0, oncorAssumption);
    expect(year.model).toBe('step');
    expect(year.months[1]!.bill).toBeCloseTo(5 + 0.12 * usages[1]! + 10, 6);
    // Below 1,000 kWh: Feb–May within the six-month term; Oct–Dec are after it.
    expect(year.feeMonths).toEqual([1, 2, 3, 4]);
    expect(year.creditMissedMonths).toEqual([]);
  });

  it('refuses usages that are not twelve valid kWh and a start month outside 0–11', () => {
    const usages = calendarShapedUsages(1000);
    const plan = flat('1', 0.14);
    expect(() => yearCost(plan, usages.slice(1), 0, oncorAssumption)).toThrow(/12 monthly usages, got 11/);
    expect(() => yearCost(plan, [...usages.slice(1), 5001], 0, oncorAssumption)).toThrow(
      /usage for month 12 of the year must be at most 5000 kWh/,
    );
    for (const bad of [-1, 12, 0.5]) expect(() => yearCost(plan, usages, bad, oncorAssumption)).toThrow(CostInputError);
    expect(() => rankPlansForYear([plan], usages, 12, oncorAssumption)).toThrow(CostInputError);
  });
});

describe('rankPlansForYear', () => {
  it('breaks equal totals by the 1,000 kWh price, then the id, as rankPlans does', () => {
    // At 500 kWh a month every 14¢-at-500 plan costs $840 a year, whatever it posts at 1,000 kWh.
    const usages = Array<number>(12).fill(500);
    const plans = [flat('20', 0.14), flat('3', 0.14), flat('100', 0.15), { ...flat('7', 0.14), rate1000: 0.13 }];
    const ranked = rankPlansForYear(plans, usages, 0, oncorAssumption);
    expect(ranked.map((r) => r.plan.id)).toEqual(['7', '3', '20', '100']);
    expect(new Set(ranked.slice(0, 3).map((r) => Math.round(r.total * 1e6)))).toEqual(new Set([840e6]));
  });
});
