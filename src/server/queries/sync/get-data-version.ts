import { desc, eq } from 'drizzle-orm';
import { dataSyncRuns } from '~/server/db/schema';
import type { Db } from '~/server/db/types';

/** The newest successful sync: the data version pages and caches key on, and its provenance. */
export interface DataVersion {
  id: number;
  snapshotDate: string;
  finishedAt: Date | null;
  source: string;
}

/** The latest succeeded data sync, or null before the first one. */
export async function getDataVersion(db: Db): Promise<DataVersion | null> {
  const [row] = await db
    .select({
      id: dataSyncRuns.id,
      snapshotDate: dataSyncRuns.snapshotDate,
      finishedAt: dataSyncRuns.finishedAt,
      source: dataSyncRuns.source,
    })
    .from(dataSyncRuns)
    .where(eq(dataSyncRuns.status, 'succeeded'))
    .orderBy(desc(dataSyncRuns.id))
    .limit(1);
  return row ?? null;
}
