import { and, desc, eq, isNotNull, ne } from 'drizzle-orm';
import { dataSyncRuns, TERRITORY_ONLY_SOURCE } from '~/server/db/schema';
import type { Db } from '~/server/db/types';

/** The newest successful plans import and the newest attempt of any outcome, for /api/health. */
export interface SyncStatus {
  lastSucceeded: { exportDate: string; finishedAt: Date | null } | null;
  lastAttempt: { status: string; exportDate: string; finishedAt: Date | null } | null;
}

/**
 * Reads when plans were last imported successfully (refused, failed and skipped runs do not
 * count, nor territory-only runs, which bring no new prices) and how the latest attempt ended.
 */
export async function getSyncStatus(db: Db): Promise<SyncStatus> {
  const plansRuns = ne(dataSyncRuns.source, TERRITORY_ONLY_SOURCE);
  const columns = {
    status: dataSyncRuns.status,
    exportDate: dataSyncRuns.snapshotDate,
    finishedAt: dataSyncRuns.finishedAt,
  };
  const [[succeeded], [attempt]] = await Promise.all([
    db
      .select(columns)
      .from(dataSyncRuns)
      .where(and(eq(dataSyncRuns.status, 'succeeded'), isNotNull(dataSyncRuns.finishedAt), plansRuns))
      .orderBy(desc(dataSyncRuns.finishedAt))
      .limit(1),
    db.select(columns).from(dataSyncRuns).where(plansRuns).orderBy(desc(dataSyncRuns.id)).limit(1),
  ]);
  return {
    lastSucceeded: succeeded ? { exportDate: succeeded.exportDate, finishedAt: succeeded.finishedAt } : null,
    lastAttempt: attempt ?? null,
  };
}
