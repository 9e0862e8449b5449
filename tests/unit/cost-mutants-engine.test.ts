// Boundaries and messages of the model picker, the year and annual estimates, the after-term
// stand-in, ranking tie-breaks and number wording, on hand-written pricing objects whose numbers
// are chosen so one comparison decides the result.
import { describe, expect, it } from 'vitest';
import {
  afterTermAssumption,
  annualCost,
  buildCostModel,
  fitStepModel,
  formatDollars,
  formatKwh,
  interpolatedBill,
  median,
  monthlyCost,
  postedBills,
  readUsageTerms,
  yearCost,
  type AfterTermAssumption,
} from '~/lib/cost';
import { assignRanks } from '~/lib/cost/rank';
import { pricing } from '../helpers/pricing';

const plan = pricing;
const thrown = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return (error as Error).message;
  }
  return null;
};
const FLAT_BELOW = (kwh: string) => `You pay the same amount whenever usage is below ${kwh} kWh.`;

describe('buildCostModel boundaries and reasons', () => {
  it('words the reason when no positive energy rate fits the credit', () => {
    // $100, $100 and $20 at 500, 1,000 and 2,000 kWh: with the $30 credit taken out the rate comes out negative.
    const p = plan({
      rate500: 0.2,
      rate1000: 0.1,
      rate2000: 0.01,
      feesCredits: 'A $30 credit applies at 1,000 kWh or more.',
    });
    expect(fitStepModel(postedBills(p), readUsageTerms(p).steps)).toBeNull();
    expect(buildCostModel(p).reason).toBe(
      'The $30 bill credit at 1,000 kWh or more does not reproduce the posted prices, so the bill between 500, 1,000 and 2,000 kWh is interpolated.',
    );
  });

  it('accepts a step fit whose error is exactly the tolerance plus the float slack', () => {
    const p = plan({
      rate500: 0.13,
      rate1000: 0.0955,
      rate2000: 0.1075,
      feesCredits: 'A $30 credit applies at 1,000 kWh or more.',
    });
    const { maxError } = fitStepModel(postedBills(p), readUsageTerms(p).steps)!;
    const tolerance = maxError - 1e-9;
    expect(tolerance + 1e-9).toBe(maxError);
    expect(buildCostModel(p, { tolerance }).kind).toBe('step');
    expect(buildCostModel(p, { tolerance: tolerance * (1 - 1e-9) }).kind).toBe('interpolated');
  });

  it('only trusts a flat bill below 1,000 kWh, even when the 500 and 1,000 kWh bills match', () => {
    const p = plan({ rate500: 0.2, rate1000: 0.1, rate2000: 0.1, specialTerms: FLAT_BELOW('500') });
    expect(buildCostModel(p)).toMatchObject({
      approximate: true,
      reason: 'The flat bill below 500 kWh does not match the posted prices, so the bill is interpolated.',
    });
  });

  it('trusts matching flat bills at zero tolerance, and a $5 gap exactly at the tolerance', () => {
    const equal = plan({ rate500: 0.2, rate1000: 0.1, rate2000: 0.1, specialTerms: FLAT_BELOW('1,000') });
    expect(buildCostModel(equal, { tolerance: 0 })).toMatchObject({ approximate: false, reason: null });
    // $105 and $100: 1,500 kWh × tolerance + slack is exactly $5 at this tolerance.
    const gap = plan({ rate500: 0.21, rate1000: 0.1, rate2000: 0.1, specialTerms: FLAT_BELOW('1,000') });
    const tolerance = (5 - 1e-9) / 1500;
    expect(1500 * tolerance + 1e-9).toBe(5);
    expect(buildCostModel(gap, { tolerance }).approximate).toBe(false);
    expect(buildCostModel(gap, { tolerance: tolerance * (1 - 1e-9) }).approximate).toBe(true);
  });

  it('gives an average price from 1 kWh up', () => {
    expect(monthlyCost(plan(), 1).centsPerKwh).toBeCloseTo(15, 9);
  });
});

describe('yearCost months', () => {
  const flatAfterTerm = (calls: number[]): AfterTermAssumption => ({
    basis: 'month-to-month',
    planCount: 1,
    billAt: (usage) => {
      calls.push(usage);
      return 100;
    },
    centsPerKwhAt: () => null,
  });
  const usages = [0, 1, 1000, 500, 600, 700, 800, 900, 1100, 1200, 1300, 1400];

  it('prices each month at 15¢/kWh for a flat plan, with no average below 1 kWh', () => {
    const year = yearCost(plan(), usages, 0, flatAfterTerm([]));
    expect(year.months.map((m) => m.centsPerKwh)).toEqual([null, ...usages.slice(1).map(() => expect.closeTo(15, 9))]);
    expect(year.feeMonths).toEqual([]);
    expect(year.creditMissedMonths).toEqual([]);
  });

  it('asks the after-term assumption only for the months past the term', () => {
    const calls: number[] = [];
    yearCost(plan({ termMonths: 12 }), usages, 0, flatAfterTerm(calls));
    expect(calls).toEqual([]);
    yearCost(plan({ termMonths: 9 }), usages, 0, flatAfterTerm(calls));
    expect(calls).toEqual([1200, 1300, 1400]);
  });

  it('averages a 1 kWh year and leaves a 0 kWh year without an average', () => {
    const one = yearCost(plan(), [1, ...Array<number>(11).fill(0)], 0, flatAfterTerm([]));
    expect(one.averageCentsPerKwh).toBeCloseTo(15, 9);
    expect(yearCost(plan(), Array<number>(12).fill(0), 0, flatAfterTerm([])).averageCentsPerKwh).toBeNull();
  });
});

describe('after-term and annual inputs', () => {
  it('words the empty-input errors', () => {
    expect(thrown(() => median([]))).toBe('the median of no values is undefined');
    expect(thrown(() => afterTermAssumption([]))).toBe(
      'an after-term assumption needs at least one plan of the utility',
    );
  });

  it('gives the after-term average price from 1 kWh up', () => {
    expect(afterTermAssumption([plan({ termMonths: 0 })]).centsPerKwhAt(1)).toBeCloseTo(15, 9);
  });

  it('names the count and the month of a bad annual usage', () => {
    expect(thrown(() => annualCost(plan(), Array<number>(11).fill(1000)))).toBe(
      'monthly usages must be 12 numbers, got 11',
    );
    const usages = Array<number>(12).fill(1000);
    usages[2] = -5;
    expect(thrown(() => annualCost(plan(), usages))).toBe('usage for month 3 cannot be negative, got -5 kWh');
  });
});

describe('posted price checks', () => {
  it('names the field of an implausible price, and rejects NaN', () => {
    const message = (field: string, value: number) => `${field} must be a price in $/kWh between 0 and 5, got ${value}`;
    expect(thrown(() => postedBills(plan({ rate500: NaN })))).toBe(message('rate500', NaN));
    expect(thrown(() => postedBills(plan({ rate1000: 14.9 })))).toBe(message('rate1000', 14.9));
    expect(thrown(() => postedBills(plan({ rate2000: 14.9 })))).toBe(message('rate2000', 14.9));
  });
});

describe('interpolated bill at the posted points', () => {
  it('is the posted 1,000 kWh bill to the last bit, where the 500–1,000 kWh line would round differently', () => {
    const bills = postedBills(plan({ rate500: 0.1301, rate1000: 0.1277, rate2000: 0.12 }));
    expect(bills[0] + ((bills[1] - bills[0]) / 500) * 500).not.toBe(bills[1]);
    expect(interpolatedBill(bills, 1000)).toBe(bills[1]);
  });
});

describe('number wording', () => {
  it('groups every three digits', () => {
    expect(formatKwh(12345)).toBe('12,345');
    expect(formatKwh(1234567)).toBe('1,234,567');
    expect(formatDollars(12345.5)).toBe('$12,345.50');
  });
});

describe('assignRanks id tie-break', () => {
  const entry = (id: string) => ({ plan: { ...plan(), id }, rank: 0 });
  const order = (ids: string[]) =>
    assignRanks(
      ids.map((id) => entry(id)),
      () => 100,
    ).map((e) => e.plan.id);

  it('compares ids as numbers only when both are all digits', () => {
    expect(order(['9', '1a'])).toEqual(['1a', '9']);
    expect(order(['1a', '9'])).toEqual(['1a', '9']);
    expect(order(['100', 'a1'])).toEqual(['100', 'a1']);
    expect(order(['a1', '100'])).toEqual(['100', 'a1']);
    expect(order(['100', '99'])).toEqual(['99', '100']);
  });

  it('keeps the input order of entries that tie on everything', () => {
    const [first, second] = [entry('7'), entry('7')];
    expect(assignRanks([first, second], () => 100)).toEqual([
      { ...first, rank: 1 },
      { ...second, rank: 2 },
    ]);
    expect(assignRanks([first, second], () => 100)[0]).toBe(first);
  });
});
