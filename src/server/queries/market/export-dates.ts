import { asc, desc } from 'drizzle-orm';
import { planPricingHistory } from '~/server/db/schema';
import type { Db } from '~/server/db/types';

/** The export dates price history holds, newest first (at most `limit`). */
export async function listExportDates(db: Db, limit?: number): Promise<string[]> {
  const query = db
    .selectDistinct({ date: planPricingHistory.snapshotDate })
    .from(planPricingHistory)
    .orderBy(desc(planPricingHistory.snapshotDate));
  const rows = limit === undefined ? await query : await query.limit(limit);
  return rows.map((r) => r.date);
}

/** The oldest export date in the history: plans already there then are not "new". */
export async function firstExportDate(db: Db): Promise<string | null> {
  const [row] = await db
    .select({ date: planPricingHistory.snapshotDate })
    .from(planPricingHistory)
    .orderBy(asc(planPricingHistory.snapshotDate))
    .limit(1);
  return row?.date ?? null;
}
