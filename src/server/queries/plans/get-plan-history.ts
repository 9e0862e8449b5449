import { asc, eq } from 'drizzle-orm';
import { planPricingHistory } from '~/server/db/schema';
import type { Db } from '~/server/db/types';

/** A plan's price snapshots, oldest first. */
export async function getPlanHistory(db: Db, planId: string) {
  return db
    .select({
      date: planPricingHistory.snapshotDate,
      rate500Kwh: planPricingHistory.rate500Kwh,
      rate1000Kwh: planPricingHistory.rate1000Kwh,
      rate2000Kwh: planPricingHistory.rate2000Kwh,
      changedFields: planPricingHistory.changedFields,
    })
    .from(planPricingHistory)
    .where(eq(planPricingHistory.planId, planId))
    .orderBy(asc(planPricingHistory.snapshotDate));
}
