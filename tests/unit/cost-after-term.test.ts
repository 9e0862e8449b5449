import { describe, expect, it } from 'vitest';
import { afterTermAssumption, CostInputError, isMonthToMonth, median, type RankablePlan } from '~/lib/cost';
import { readListedPlans } from '../helpers/ptc-export-rows';

// Oncor's offers as the site lists them (language twins collapsed), 2026-01-29.
const ONCOR = readListedPlans('ptc-export-offers_2026-01-29.reconstructed.csv', 'ONCOR');
const pick = (...ids: string[]): RankablePlan[] => ids.map((id) => ONCOR.find((p) => p.id === id)!);

describe('isMonthToMonth', () => {
  it('is a term of 0 or 1 month: Oncor lists 15 such offers on 2026-01-29, 10 of 1 month and 5 of 0', () => {
    const monthToMonth = ONCOR.filter(isMonthToMonth);
    expect(monthToMonth).toHaveLength(15);
    expect(monthToMonth.filter((p) => p.termMonths === 0)).toHaveLength(5);
    expect(ONCOR.filter((p) => p.termMonths === 3).every((p) => !isMonthToMonth(p))).toBe(true);
  });
});

describe('afterTermAssumption', () => {
  // Four Infuse Flex plans (1 month) and Pronto Saver (0 months), with Rhythm Saver 12 (12 months).
  // Posted ¢/kWh at 500 / 1,000 / 2,000 kWh:
  //   33799 15.9 / 15.0 / 14.5   33794 16.0 / 15.1 / 14.6   33789 15.7 / 15.1 / 14.7
  //   33784 15.6 / 15.0 / 14.7   33671 14.5 / 13.4 / 12.8   35279 19.6 / 9.6 / 14.7 (fixed: left out)
  const subset = pick('33799', '33794', '33789', '33784', '33671', '35279');

  it('takes the median bill of the month-to-month plans at each usage, ignoring fixed-term plans', () => {
    const assumption = afterTermAssumption(subset);
    expect(assumption).toMatchObject({ basis: 'month-to-month', planCount: 5 });
    // 500 kWh: $72.50, $78, $78.50, $79.50, $80 → $78.50 (15.7¢).
    expect(assumption.billAt(500)).toBeCloseTo(78.5, 9);
    expect(assumption.centsPerKwhAt(500)).toBeCloseTo(15.7, 9);
    // 1,000 kWh: $134, $150, $150, $151, $151 → $150 (15.0¢); Rhythm's $96 would not count.
    expect(assumption.billAt(1000)).toBeCloseTo(150, 9);
    expect(assumption.centsPerKwhAt(1000)).toBeCloseTo(15, 9);
    // 2,000 kWh: $256, $290, $292, $294, $294 → $292.
    expect(assumption.billAt(2000)).toBeCloseTo(292, 9);
    // 750 kWh, halfway along each plan's line: $103.25, $114, $114.75, $114.75, $115.50 → $114.75.
    expect(assumption.billAt(750)).toBeCloseTo(114.75, 9);
    expect(assumption.centsPerKwhAt(0)).toBeNull();
  });

  it('averages the middle two of an even count', () => {
    // Without Pronto, 1,000 kWh: $150, $150, $151, $151 → $150.50.
    const even = afterTermAssumption(pick('33799', '33794', '33789', '33784'));
    expect(even.planCount).toBe(4);
    expect(even.billAt(1000)).toBeCloseTo(150.5, 9);
    expect(median([3, 1, 2, 10])).toBe(2.5);
  });

  it('falls back to the median of all the plans, flagged, when none is month-to-month', () => {
    // Rhythm Saver 12, Frontier Power Saver 12 (14.2 / 13.8 / 13.6¢), Chariot Bright Nights 18 (14.7 / 13.3 / 12.6¢).
    const fallback = afterTermAssumption(pick('35279', '28213', '35665'));
    expect(fallback).toMatchObject({ basis: 'all-plans', planCount: 3 });
    expect(fallback.billAt(500)).toBeCloseTo(73.5, 9); // $71, $73.50, $98
    expect(fallback.billAt(1000)).toBeCloseTo(133, 9); // $96, $133, $138
    expect(fallback.billAt(2000)).toBeCloseTo(272, 9); // $252, $272, $294
  });

  it('is based on Oncor’s 15 month-to-month offers on 2026-01-29: 15.0¢/kWh at 1,000 kWh', () => {
    const oncor = afterTermAssumption(ONCOR);
    expect(oncor).toMatchObject({ basis: 'month-to-month', planCount: 15 });
    expect(oncor.centsPerKwhAt(1000)).toBeCloseTo(15, 9);
  });

  it('refuses no plans and a usage the engine does not answer for', () => {
    expect(() => afterTermAssumption([])).toThrow(CostInputError);
    expect(() => afterTermAssumption(ONCOR).billAt(5001)).toThrow(CostInputError);
    expect(() => median([])).toThrow(CostInputError);
  });
});
