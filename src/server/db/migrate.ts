import { drizzle } from 'drizzle-orm/postgres-js';
import { migrate } from 'drizzle-orm/postgres-js/migrator';
import postgres from 'postgres';
import type { DatabaseConfig } from '~/server/core/config';
import { migrationsFolder } from './paths';
import { openPglite } from './pglite';

// Any fixed 64-bit key works; it only has to be the same in every process of this app.
const MIGRATION_LOCK_KEY = 7_342_001_913;

/**
 * Applies the committed migrations. On PostgreSQL one dedicated connection holds an
 * advisory lock for the whole run, so two deploys migrating at once take turns instead
 * of racing; drizzle records applied files, so a second run is a no-op.
 */
export async function runMigrations(config: DatabaseConfig): Promise<void> {
  if (config.driver === 'pglite') {
    await (await openPglite(config.dir)).close(); // opening migrates
    return;
  }
  const client = postgres(config.url, {
    max: 1,
    ssl: config.ssl === 'disable' ? false : config.ssl,
    connect_timeout: config.connectTimeoutS,
    onnotice: () => {},
  });
  try {
    await client`select pg_advisory_lock(${MIGRATION_LOCK_KEY})`;
    await migrate(drizzle(client), { migrationsFolder: migrationsFolder() });
    await client`select pg_advisory_unlock(${MIGRATION_LOCK_KEY})`;
  } finally {
    await client.end({ timeout: 5 });
  }
}
