import { and, eq, gte } from 'drizzle-orm';
import { utilityDays, type UtilityDay } from '~/lib/market';
import { electricityPlans, planPricingHistory } from '~/server/db/schema';
import type { Db } from '~/server/db/types';
import { listExportDates } from './export-dates';

/**
 * One utility (by DUNS) on each of the `dates` newest export dates (all when omitted), oldest
 * first: the median 1,000 kWh price of its 12-month fixed-rate plans on sale that day and its
 * cheapest plan at 1,000 kWh. Prices come from the history rows of that date only.
 */
export async function getUtilityMarketDays(
  db: Db,
  tdspDuns: string,
  opts: { dates?: number } = {},
): Promise<UtilityDay[]> {
  const dates = await listExportDates(db, opts.dates);
  const oldest = dates.at(-1);
  if (!oldest) return [];
  const rows = await db
    .select({
      date: planPricingHistory.snapshotDate,
      planId: planPricingHistory.planId,
      name: electricityPlans.name,
      termMonths: electricityPlans.termMonths,
      rateType: electricityPlans.rateType,
      rate1000Kwh: planPricingHistory.rate1000Kwh,
    })
    .from(planPricingHistory)
    .innerJoin(electricityPlans, eq(electricityPlans.id, planPricingHistory.planId))
    .where(and(eq(electricityPlans.tdspDuns, tdspDuns), gte(planPricingHistory.snapshotDate, oldest)));
  return utilityDays(rows.flatMap((r) => (r.rate1000Kwh === null ? [] : [{ ...r, rate1000Kwh: r.rate1000Kwh }])));
}
