import { getConfig } from '../../config';
import { getDatabase } from '../../db/client';
import type { DbHandle, HealthSample, PoolStats } from '../../db/types';
import { getCatalogCounts, type CatalogCounts } from '../../queries/catalog';

/** The /api/health body. `down` means the database cannot be reached (HTTP 503). */
export interface HealthReport {
  status: 'ok' | 'degraded' | 'down';
  checkedAt: string;
  database: {
    reachable: boolean;
    driver: 'postgres' | 'pglite';
    latencyMs: number | null;
    pool: PoolStats | null;
    lastPeriodicCheck: HealthSample | null;
    error?: string;
  };
  data: { lastSyncAt: string | null; counts: Omit<CatalogCounts, 'lastSyncAt'> | null; error?: string };
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Probes the database and reads data freshness; never throws, whatever is broken. */
export async function getHealth(
  _input: void,
  deps: { open?: () => Promise<DbHandle>; timeoutMs?: number } = {},
): Promise<HealthReport> {
  const { open = getDatabase, timeoutMs = 2_000 } = deps;
  const checkedAt = new Date().toISOString();
  const driver = getConfig().database.driver;
  let handle: DbHandle;
  let latencyMs: number;
  try {
    handle = await open();
    latencyMs = await handle.ping(timeoutMs);
  } catch (error) {
    return {
      status: 'down',
      checkedAt,
      database: {
        reachable: false,
        driver,
        latencyMs: null,
        pool: null,
        lastPeriodicCheck: null,
        error: message(error),
      },
      data: { lastSyncAt: null, counts: null },
    };
  }

  const [pool, counts] = await Promise.allSettled([handle.poolStats(), getCatalogCounts(handle.db)]);
  const database = {
    reachable: true,
    driver: handle.driver,
    latencyMs,
    pool: pool.status === 'fulfilled' ? pool.value : null,
    lastPeriodicCheck: handle.lastHealth(),
  };
  if (counts.status === 'rejected') {
    // Reachable but unreadable: typically migrations have not been applied.
    return {
      status: 'degraded',
      checkedAt,
      database,
      data: { lastSyncAt: null, counts: null, error: message(counts.reason) },
    };
  }
  const { lastSyncAt, ...rest } = counts.value;
  return { status: 'ok', checkedAt, database, data: { lastSyncAt: lastSyncAt?.toISOString() ?? null, counts: rest } };
}
