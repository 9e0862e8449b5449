import { getCache, type CacheStatus } from '~/server/cache';
import { getDatabase } from '~/server/db/client';
import type { DbHandle, HealthSample, PoolStats } from '~/server/db/types';
import { getCatalogCounts } from '~/server/queries/catalog';
import { getSyncStatus, type SyncStatus } from '~/server/queries/sync/get-sync-status';
import type { CatalogCounts } from '~/server/catalog/types';

export type { CacheStatus, HealthSample, PoolStats, SyncStatus };

/** What a probe of the database (and the cache beside it) found. */
export type DatabaseHealth =
  | { reachable: false; driver: 'postgres' | 'pglite'; error: unknown; cache: CacheStatus }
  | {
      reachable: true;
      driver: 'postgres' | 'pglite';
      latencyMs: number;
      pool: PoolStats | null;
      lastPeriodicCheck: HealthSample | null;
      /** The catalog counts, or why they could not be read (typically: migrations not applied). */
      counts: { ok: true; value: CatalogCounts } | { ok: false; error: unknown };
      /** The last successful import and the last attempt; null when they could not be read. */
      sync: SyncStatus | null;
      cache: CacheStatus;
    };

/** Dependencies of the probe, injectable by tests. */
export interface HealthDeps {
  open?: () => Promise<DbHandle>;
  timeoutMs?: number;
  driver: 'postgres' | 'pglite';
}

/** Opens (or reuses) the database, pings it within a deadline and reads the counts; never throws. */
export async function databaseHealth(deps: HealthDeps): Promise<DatabaseHealth> {
  const { open = getDatabase, timeoutMs = 2_000, driver } = deps;
  const cache = getCache().status();
  let handle: DbHandle;
  let latencyMs: number;
  try {
    handle = await open();
    latencyMs = await handle.ping(timeoutMs);
  } catch (error) {
    return { reachable: false, driver, error, cache };
  }
  const [pool, counts, sync] = await Promise.allSettled([
    handle.poolStats(),
    getCatalogCounts(handle.db),
    getSyncStatus(handle.db),
  ]);
  return {
    reachable: true,
    driver: handle.driver,
    latencyMs,
    pool: pool.status === 'fulfilled' ? pool.value : null,
    lastPeriodicCheck: handle.lastHealth(),
    counts: counts.status === 'fulfilled' ? { ok: true, value: counts.value } : { ok: false, error: counts.reason },
    sync: sync.status === 'fulfilled' ? sync.value : null,
    cache,
  };
}
