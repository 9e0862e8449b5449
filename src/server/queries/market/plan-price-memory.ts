import { inArray } from 'drizzle-orm';
import { planPriceMemory, type PlanPriceMemory } from '~/lib/market';
import { planPricingHistory } from '~/server/db/schema';
import type { Db } from '~/server/db/types';
import { firstExportDate } from './export-dates';

/**
 * For each plan: first seen, "new on" and every change of its 1,000 kWh price with the export
 * date it appeared in, from its price history alone. One query for a whole list of plans (a
 * city page's 150, say); a plan without history gets an empty memory.
 */
export async function getPlanPriceMemory(db: Db, planIds: string[]): Promise<Map<string, PlanPriceMemory>> {
  if (planIds.length === 0) return new Map();
  const [rows, first] = await Promise.all([
    db
      .select({
        planId: planPricingHistory.planId,
        date: planPricingHistory.snapshotDate,
        rate1000Kwh: planPricingHistory.rate1000Kwh,
      })
      .from(planPricingHistory)
      .where(inArray(planPricingHistory.planId, planIds)),
    firstExportDate(db),
  ]);
  const byPlan = new Map<string, typeof rows>(planIds.map((id) => [id, []]));
  for (const r of rows) byPlan.get(r.planId)?.push(r);
  return new Map([...byPlan].map(([id, points]) => [id, planPriceMemory(points, first)]));
}
