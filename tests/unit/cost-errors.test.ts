import { describe, expect, it } from 'vitest';
import { CostInputError } from '~/lib/cost';
import { assertCalendarMonth, assertRate, assertUsage } from '~/lib/cost/errors';
import { assignRanks } from '~/lib/cost/rank';

describe('cost input errors', () => {
  it('are 400s named CostInputError', () => {
    const error = new CostInputError('bad');
    expect(error).toBeInstanceOf(Error);
    expect(error).toMatchObject({ name: 'CostInputError', status: 400, code: 'invalid_input', message: 'bad' });
  });

  it('name the field, the rule and the value, quoting strings', () => {
    expect(() => assertUsage('900')).toThrow(new CostInputError('usage must be a finite number of kWh, got "900"'));
    expect(() => assertUsage(Number.NaN, 'month 3')).toThrow(
      new CostInputError('month 3 must be a finite number of kWh, got NaN'),
    );
    expect(() => assertUsage(-1)).toThrow(new CostInputError('usage cannot be negative, got -1 kWh'));
    expect(() => assertUsage(5001)).toThrow(new CostInputError('usage must be at most 5000 kWh, got 5001 kWh'));
    expect(assertUsage(0)).toBe(0);
    expect(assertUsage(5000)).toBe(5000);
    expect(() => assertCalendarMonth(12)).toThrow(
      new CostInputError('start month must be a whole number from 0 (January) to 11 (December), got 12'),
    );
    expect(() => assertCalendarMonth(-1, 'month')).toThrow(/^month must be a whole number/);
    expect(() => assertCalendarMonth(1.5)).toThrow(CostInputError);
    expect(() => assertCalendarMonth('3')).toThrow(/got "3"$/);
    expect(assertCalendarMonth(0)).toBe(0);
    expect(assertCalendarMonth(11)).toBe(11);
    expect(() => assertRate(-0.01, 'rate500')).toThrow(
      new CostInputError('rate500 must be a price in $/kWh between 0 and 5, got -0.01'),
    );
    expect(() => assertRate(5.01, 'rate1000')).toThrow(/^rate1000 must be a price/);
    expect(() => assertRate(null, 'rate2000')).toThrow(/got null$/);
    expect(() => assertRate(Number.POSITIVE_INFINITY, 'rate2000')).toThrow(CostInputError);
    expect(assertRate(0, 'rate500')).toBe(0);
    expect(assertRate(5, 'rate500')).toBe(5);
  });
});

describe('the id tie-break', () => {
  const entry = (id: string) => ({
    plan: {
      id,
      rate500: 0.1,
      rate1000: 0.1,
      rate2000: 0.1,
      isTimeOfUse: false,
      isPrepaid: false,
      rateType: 'fixed' as const,
      termMonths: 12,
    },
    rank: 0,
  });
  const order = (ids: string[]) => assignRanks(ids.map(entry), () => 100).map((e) => e.plan.id);

  it('orders numeric ids as numbers and anything else by code point', () => {
    expect(order(['10', '9', '100', '2'])).toEqual(['2', '9', '10', '100']);
    expect(order(['19', '10', '12'])).toEqual(['10', '12', '19']);
    // Not both numeric: by code point, so "10" sorts before "9a".
    expect(order(['9a', '10'])).toEqual(['10', '9a']);
    expect(order(['a9', 'a10'])).toEqual(['a10', 'a9']);
    expect(order(['b', 'B', 'a'])).toEqual(['B', 'a', 'b']);
    expect(order(['x1', '1x', '12'])).toEqual(['12', '1x', 'x1']);
    expect(order(['7', '7'])).toEqual(['7', '7']);
    // Only wholly numeric ids compare by length first.
    expect(order(['9', '1x'])).toEqual(['1x', '9']);
    expect(order(['9', '-1'])).toEqual(['-1', '9']);
  });
});
