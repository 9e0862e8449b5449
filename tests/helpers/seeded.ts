import postgres from 'postgres';
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

/** The first `count` active plans of a seeded database, by export id: real plans for plan and compare pages. */
export async function activePlanIds(url: string, count = 2): Promise<string[]> {
  const sql = postgres(url, { max: 1 });
  try {
    const rows = await sql<{ id: string }[]>`
      SELECT id FROM electricity_plans WHERE is_active ORDER BY external_id LIMIT ${count}`;
    return rows.map((r) => r.id);
  } finally {
    await sql.end();
  }
}
