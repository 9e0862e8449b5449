import { eq, sql } from 'drizzle-orm';
import { dataSyncRuns } from '~/server/db/schema';
import type { Db } from '~/server/db/types';

/** The channel a committed sync announces its data version on (see catalog/database/data-version.ts). */
export const DATA_VERSION_CHANNEL = 'choosemypower_data_version';

/**
 * Marks a run succeeded, which makes it the data version, and announces the version with
 * NOTIFY in the same transaction: PostgreSQL delivers it at commit, so a listener never hears
 * of a version it cannot read yet.
 */
export async function markSyncSucceeded(db: Db, runId: number, summary: unknown): Promise<void> {
  await db.transaction(async (tx) => {
    await tx
      .update(dataSyncRuns)
      .set({ status: 'succeeded', finishedAt: new Date(), summary })
      .where(eq(dataSyncRuns.id, runId));
    await tx.execute(sql`select pg_notify(${DATA_VERSION_CHANNEL}, ${String(runId)})`);
  });
}
