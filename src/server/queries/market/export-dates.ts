import { asc, sql } from 'drizzle-orm';
import { planPricingHistory } from '~/server/db/schema';
import { compileSelect } from '~/server/db/compiled-select';
import { rowsOf } from '~/server/db/rows';
import type { Db } from '~/server/db/types';

/**
 * The export dates price history holds, newest first (at most `limit`). A loose index scan on
 * idx_pricing_history_date: one index probe per date, where SELECT DISTINCT read every history
 * row (about 2.5 ms a page at 18 dates, and growing with every daily sync).
 */
export async function listExportDates(db: Db, limit = 10_000): Promise<string[]> {
  const rows = rowsOf<{ date: string }>(
    await db.execute(sql`
    WITH RECURSIVE dates(d) AS (
      (SELECT snapshot_date FROM ${planPricingHistory} ORDER BY snapshot_date DESC LIMIT 1)
      UNION ALL
      SELECT (SELECT h.snapshot_date FROM ${planPricingHistory} h WHERE h.snapshot_date < dates.d
              ORDER BY h.snapshot_date DESC LIMIT 1)
      FROM dates WHERE dates.d IS NOT NULL
    )
    SELECT d::text AS date FROM dates WHERE d IS NOT NULL LIMIT ${limit}`),
  );
  return rows.map((r) => r.date);
}

// Read by every uncached city page: built once (db/compiled-select.ts).
const oldestDate = compileSelect((db) =>
  db
    .select({ date: planPricingHistory.snapshotDate })
    .from(planPricingHistory)
    .orderBy(asc(planPricingHistory.snapshotDate))
    .limit(1),
);

/** The oldest export date in the history: plans already there then are not "new". */
export async function firstExportDate(db: Db): Promise<string | null> {
  const [row] = await oldestDate(db, {});
  return row?.date ?? null;
}
