import { describe, expect, it } from 'vitest';
import {
  annualCost,
  CostInputError,
  costCurve,
  DEFAULT_USAGE_KWH,
  monthlyCost,
  rankPlans,
  USAGE_OPTIONS,
  type RankablePlan,
} from '~/lib/cost';
import { assignRanks } from '~/lib/cost/rank';
import { EXPORT_2026_01_10, readExportPlans } from '../helpers/ptc-export-rows';

const { plans } = readExportPlans(EXPORT_2026_01_10);
const utility = (name: string) => plans.filter((p) => p.tdu === name);
const AEP_CENTRAL = 'AEP TEXAS CENTRAL';
const CENTERPOINT = 'CENTERPOINT ENERGY HOUSTON ELECTRIC LLC';
const flat = (id: string, rates: [number, number, number]): RankablePlan => ({
  id,
  rate500: rates[0],
  rate1000: rates[1],
  rate2000: rates[2],
  isTimeOfUse: false,
  isPrepaid: false,
  rateType: 'fixed',
  termMonths: 12,
});

describe('usage validation', () => {
  it.each([
    ['negative', -1],
    ['NaN', Number.NaN],
    ['infinite', Number.POSITIVE_INFINITY],
    ['a string', '1000'],
    ['above 5,000 kWh', 5000.5],
  ])('rejects %s usage with a 400 CostInputError', (_, usage) => {
    const rank = () => rankPlans(utility(AEP_CENTRAL), usage as number);
    expect(rank).toThrow(CostInputError);
    expect(rank).toThrow(expect.objectContaining({ status: 400, code: 'invalid_input' }));
    expect(() => monthlyCost(plans[0]!, usage as number)).toThrow(CostInputError);
  });

  it('accepts the ends of the range', () => {
    expect(rankPlans(utility(AEP_CENTRAL), 0)).toHaveLength(327);
    expect(rankPlans(utility(AEP_CENTRAL), 5000)).toHaveLength(327);
  });

  it('offers 500 to 3,000 kWh in steps of 250, defaulting to 1,000', () => {
    expect(USAGE_OPTIONS).toEqual([500, 750, 1000, 1250, 1500, 1750, 2000, 2250, 2500, 2750, 3000]);
    expect(DEFAULT_USAGE_KWH).toBe(1000);
  });
});

describe('rankPlans', () => {
  it('at 1,000 kWh follows the posted 1,000 kWh price, ties by numeric id (all 347 CenterPoint offers)', () => {
    const ranked = rankPlans(utility(CENTERPOINT), DEFAULT_USAGE_KWH);
    expect(ranked).toHaveLength(347);
    const expected = [...utility(CENTERPOINT)].sort((a, b) => a.rate1000 - b.rate1000 || Number(a.id) - Number(b.id));
    expect(ranked.map((r) => r.plan.id)).toEqual(expected.map((p) => p.id));
    expect(ranked.map((r) => r.rank)).toEqual(ranked.map((_, i) => i + 1));
  });

  it('drops a real bill-credit plan behind a real flat plan of the same utility below the credit threshold', () => {
    // Rhythm Saver 12 (idKey 35273: 20.8 / 11.0 / 16.1¢) and Cirro Smart Simple 12 (idKey 11682:
    // 15.8 / 15.4 / 15.3¢), both on AEP Texas Central in the 2026-01-10 export.
    const position = (usage: number) => {
      const ranked = rankPlans(utility(AEP_CENTRAL), usage);
      const rankOf = (id: string) => ranked.find((r) => r.plan.id === id)!;
      return { rhythm: rankOf('35273'), cirro: rankOf('11682') };
    };
    const at1000 = position(1000);
    expect(at1000.rhythm.bill).toBeCloseTo(110, 9);
    expect(at1000.cirro.bill).toBeCloseTo(154, 9);
    expect(at1000.rhythm.rank).toBeLessThan(at1000.cirro.rank);

    const at900 = position(900);
    expect(at900.rhythm.model).toBe('step');
    expect(at900.rhythm.centsPerKwh).toBeCloseTo(20.98, 2);
    expect(at900.cirro.centsPerKwh).toBeCloseTo(15.44, 2);
    expect(at900.rhythm.rank).toBeGreaterThan(at900.cirro.rank);
  });

  it('breaks equal bills by the 1,000 kWh price, then by id', () => {
    // Same bill at 500 kWh; b is cheaper at 1,000 kWh. c and d are identical apart from the id.
    const ranked = rankPlans(
      [
        flat('c', [0.15, 0.15, 0.15]),
        flat('a', [0.15, 0.16, 0.16]),
        flat('b', [0.15, 0.14, 0.14]),
        flat('10', [0.15, 0.15, 0.15]),
        flat('9', [0.15, 0.15, 0.15]),
      ],
      500,
    );
    expect(ranked.map((r) => r.plan.id)).toEqual(['b', '9', '10', 'c', 'a']);
  });

  it('compares bills to the micro-dollar: a tenth of a cent decides, float noise does not', () => {
    const entry = (id: string, rate1000: number, dollars: number) => ({
      plan: flat(id, [0.15, rate1000, 0.15]),
      rank: 0,
      dollars,
    });
    // x is 0.4¢ dearer than y but cheaper at 1,000 kWh: rounding to cents would wrongly tie them.
    const byBill = assignRanks([entry('x', 0.1, 75.004), entry('y', 0.2, 75)], (e) => e.dollars);
    expect(byBill.map((e) => [e.plan.id, e.rank])).toEqual([
      ['y', 1],
      ['x', 2],
    ]);
    // One micro-dollar still counts.
    expect(
      assignRanks([entry('x', 0.1, 75.000001), entry('y', 0.2, 75)], (e) => e.dollars).map((e) => e.plan.id),
    ).toEqual(['y', 'x']);
    // 0.1 + 0.2 and 0.3 are one price along two float paths: a tie, broken by the 1,000 kWh price.
    expect(
      assignRanks([entry('p', 0.2, 0.3), entry('q', 0.1, 0.1 + 0.2)], (e) => e.dollars).map((e) => e.plan.id),
    ).toEqual(['q', 'p']);
    expect(
      assignRanks([entry('p', 0.1, 0.1 + 0.2), entry('q', 0.2, 0.3)], (e) => e.dollars).map((e) => e.plan.id),
    ).toEqual(['p', 'q']);
  });
});

describe('costCurve', () => {
  it('covers 250 to 3,000 kWh by default and passes through the posted prices', () => {
    const curve = costCurve(plans.find((p) => p.id === '11682')!);
    expect(curve.map((p) => p.usageKwh)).toEqual(Array.from({ length: 12 }, (_, i) => 250 * (i + 1)));
    const at = (u: number) => curve.find((p) => p.usageKwh === u)!.centsPerKwh;
    expect([at(500), at(1000), at(2000)].map((c) => Number(c!.toFixed(6)))).toEqual([15.8, 15.4, 15.3]);
  });

  it('shows the bill-credit cliff of idKey 35273 between 750 and 1,000 kWh', () => {
    const curve = costCurve(
      plans.find((p) => p.id === '35273')!,
      { from: 750, to: 1000, step: 250 },
    );
    expect(curve[0]!.bill).toBeGreaterThan(curve[1]!.bill);
  });

  it.each([
    [{ from: 1000, to: 500 }],
    [{ step: 0 }],
    [{ step: Number.NaN }],
    [{ from: -250 }],
    [{ to: 6000 }],
    [{ from: 0, to: 5000, step: 1 }],
  ])('rejects the range %j', (range) => {
    expect(() => costCurve(plans[0]!, range)).toThrow(CostInputError);
  });
});

describe('annual view', () => {
  it('costs a bill-credit plan more over a year of typed-in usages than twelve 1,000 kWh months (idKey 35273)', () => {
    const rhythm = plans.find((p) => p.id === '35273')!;
    // Twelve usages averaging 1,000 kWh, as a shopper might copy them from a year of bills.
    const typed = [1000, 900, 720, 680, 850, 1220, 1450, 1470, 1250, 900, 720, 840];
    const year = annualCost(rhythm, typed);
    expect(year.months).toHaveLength(12);
    expect(year.total).toBeCloseTo(
      year.months.reduce((sum, m) => sum + m.bill, 0),
      9,
    );
    // February–May and October–December fall below 1,000 kWh and lose the $100 credit.
    expect(year.months.filter((m) => m.usageKwh < 1000).map((m) => m.usageKwh)).toEqual([
      900, 720, 680, 850, 900, 720, 840,
    ]);
    expect(year.months[0]!.usageKwh).toBe(1000);
    // The energy part is linear and the usages average 1,000 kWh, so the year costs exactly the seven lost credits more.
    expect(year.total).toBeCloseTo(12 * monthlyCost(rhythm, 1000).bill + 7 * 100, 6);
  });

  it('wants exactly twelve valid usages', () => {
    const cirro = plans.find((p) => p.id === '11682')!;
    expect(() => annualCost(cirro, Array(11).fill(1000))).toThrow(CostInputError);
    expect(() => annualCost(cirro, [...Array(11).fill(1000), -5])).toThrow(CostInputError);
  });
});
