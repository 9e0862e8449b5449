import { drizzle } from 'drizzle-orm/postgres-js';
import { migrate } from 'drizzle-orm/postgres-js/migrator';
import postgres from 'postgres';
import { sslOption } from './tls';
import type { DatabaseConfig } from '~/server/core/config';
import { migrationsFolder } from './paths';
import { openPglite } from './pglite';

// Any fixed 64-bit key works; it only has to be the same in every process of this app.
const MIGRATION_LOCK_KEY = 7_342_001_913;

/**
 * Applies the committed migrations. On a direct (session) connection it holds an advisory
 * lock for the whole run, so two deploys migrating at once take turns; drizzle records
 * applied files, so a second run is a no-op. Through a transaction pooler (DATABASE_PREPARE=false
 * and no direct URL) a session lock could be taken on one server connection and never released,
 * so it runs without one: drizzle applies all pending files in one transaction, and a deploy
 * racing another fails on the DDL instead of half-applying it (docs/deploy.md).
 */
export async function runMigrations(config: DatabaseConfig): Promise<void> {
  if (config.driver === 'pglite') {
    await (await openPglite(config.dir)).close(); // opening migrates
    return;
  }
  const pooled = !config.directUrl && !config.prepare;
  const client = postgres(config.directUrl ?? config.url, {
    max: 1,
    ssl: sslOption(config),
    connect_timeout: config.connectTimeoutS,
    prepare: !pooled,
    onnotice: () => {},
  });
  try {
    if (!pooled) await client`select pg_advisory_lock(${MIGRATION_LOCK_KEY})`;
    await migrate(drizzle(client), { migrationsFolder: migrationsFolder() });
    if (!pooled) await client`select pg_advisory_unlock(${MIGRATION_LOCK_KEY})`;
  } finally {
    await client.end({ timeout: 5 });
  }
}
