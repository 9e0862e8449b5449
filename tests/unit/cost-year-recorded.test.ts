// The year estimate on Dallas (Oncor) offers as the site lists them on 2026-01-29: the ranking
// that bill credits game at 1,000 kWh for one month does not survive twelve seasonal months.
import { describe, expect, it } from 'vitest';
import { afterTermAssumption, rankPlans, rankPlansForYear } from '~/lib/cost';
import { MONTH_SHORT_NAMES, shapedUsages, texasMonth } from '~/lib/usage';
import { readListedPlans } from '../helpers/ptc-export-rows';

const ONCOR = readListedPlans('ptc-export-offers_2026-01-29.reconstructed.csv', 'ONCOR');
const assumption = afterTermAssumption(ONCOR);
// Rhythm Saver 12 and Energy Texas The Lone Saver 12: 9.6¢ at 1,000 kWh thanks to a $100 credit at ≥ 1,000 kWh.
const CREDIT_PLANS = ['35279', '35289'];

describe('ranking Oncor offers of 2026-01-29 over a year at 1,000 kWh a month', () => {
  it('lists one row per offer, English first', () => {
    expect(ONCOR).toHaveLength(152);
    expect(new Set(ONCOR.map((p) => p.id)).size).toBe(152);
  });

  it('has the two credit plans at #1 and #2 for one month at 1,000 kWh', () => {
    const oneMonth = rankPlans(ONCOR, 1000);
    expect(oneMonth.slice(0, 2).map((r) => r.plan.id)).toEqual(CREDIT_PLANS);
    expect(oneMonth.slice(0, 2).map((r) => r.plan.productName)).toEqual(['Rhythm Saver 12', 'The Lone Saver 12']);
  });

  it('starts the year in January for the export’s own date', () => {
    expect(texasMonth(new Date('2026-01-29T12:00:00-06:00'))).toBe(0);
  });

  it.each(MONTH_SHORT_NAMES.map((name, month) => [name, month] as const))(
    'signing up in %s: no plan missing its credit in 3+ months makes the top 10, nor either credit plan',
    (_, start) => {
      const year = rankPlansForYear(ONCOR, shapedUsages(1000, start), start, assumption);
      const top10 = year.slice(0, 10);
      expect(top10.filter((r) => r.creditMissedMonths.length >= 3)).toEqual([]);
      expect(top10.map((r) => r.plan.id)).not.toContain(CREDIT_PLANS[0]);
      expect(top10.map((r) => r.plan.id)).not.toContain(CREDIT_PLANS[1]);
      for (const id of CREDIT_PLANS) {
        const entry = year.find((r) => r.plan.id === id)!;
        expect(entry.creditMissedMonths).toHaveLength(7);
        expect(entry.rank).toBeGreaterThan(100);
      }
    },
  );
});
