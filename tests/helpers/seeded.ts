import { parseConfig } from '~/server/core/config';
import { openDatabase } from '~/server/db/client';
import { runMigrations } from '~/server/db/migrate';
import type { DbHandle } from '~/server/db/types';
import { runSync } from '~/server/sync/run-sync';
import { createTempDatabase } from './postgres';
import { planFile, recordedTerritory, type EXPORTS } from './recorded';

/**
 * A throw-away PostgreSQL database, migrated and filled from the recorded exports (in order),
 * with an open handle the caller closes when done writing. `drop()` removes the database.
 */
export async function seededDatabase(
  exports: (keyof typeof EXPORTS)[] = ['jan29'],
): Promise<Awaited<ReturnType<typeof createTempDatabase>> & { handle: DbHandle }> {
  const temp = await createTempDatabase();
  const config = parseConfig({ DATABASE_URL: temp.url, DATABASE_HEALTH_INTERVAL_MS: '0' }).database;
  await runMigrations(config);
  const handle = await openDatabase(config);
  for (const e of exports) await runSync(handle.db, { plans: planFile(e), territory: recordedTerritory() });
  return { ...temp, handle };
}
