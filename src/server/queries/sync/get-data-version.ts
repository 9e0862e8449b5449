import { desc, eq } from 'drizzle-orm';
import { compileSelect } from '~/server/db/compiled-select';
import { dataSyncRuns } from '~/server/db/schema';
import type { Db } from '~/server/db/types';

/** The newest successful sync: the data version pages and caches key on, and its provenance. */
export interface DataVersion {
  id: number;
  snapshotDate: string;
  finishedAt: Date | null;
  source: string;
}

// Read by every uncached page: built once (db/compiled-select.ts).
const newestSucceeded = compileSelect((db) =>
  db
    .select({
      id: dataSyncRuns.id,
      snapshotDate: dataSyncRuns.snapshotDate,
      finishedAt: dataSyncRuns.finishedAt,
      source: dataSyncRuns.source,
    })
    .from(dataSyncRuns)
    .where(eq(dataSyncRuns.status, 'succeeded'))
    .orderBy(desc(dataSyncRuns.id))
    .limit(1),
);

/** The latest succeeded data sync, or null before the first one. */
export async function getDataVersion(db: Db): Promise<DataVersion | null> {
  const [row] = await newestSucceeded(db, {});
  return row ?? null;
}
