import { getCache, type Cache, type CacheStatus } from '../../cache';
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
  cache: CacheStatus;
}

// Production health output is public, so it names the failure (error code or class) but
// not hosts, ports or paths; development shows the full message.
const describe = (error: unknown, verbose: boolean): string => {
  if (verbose) return error instanceof Error ? error.message : String(error);
  for (let e = error as { code?: unknown; cause?: unknown; name?: unknown } | undefined; e; e = e.cause as typeof e) {
    if (typeof e.code === 'string') return e.code;
  }
  return error instanceof Error ? error.name : 'unknown error';
};

/** Probes the database and reads data freshness; never throws, whatever is broken. */
export async function getHealth(
  _input: void,
  deps: { open?: () => Promise<DbHandle>; timeoutMs?: number; cache?: Cache } = {},
): Promise<HealthReport> {
  const { open = getDatabase, timeoutMs = 2_000, cache = getCache() } = deps;
  const cacheStatus = cache.status();
  const checkedAt = new Date().toISOString();
  const config = getConfig();
  const { driver } = config.database;
  const verbose = config.nodeEnv !== 'production';
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
        error: describe(error, verbose),
      },
      data: { lastSyncAt: null, counts: null },
      cache: cacheStatus,
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
      data: { lastSyncAt: null, counts: null, error: describe(counts.reason, verbose) },
      cache: cacheStatus,
    };
  }
  const { lastSyncAt, ...rest } = counts.value;
  // A failing cache slows pages down but breaks none of them: degraded, still 200.
  return {
    status: cacheStatus.healthy ? 'ok' : 'degraded',
    checkedAt,
    database,
    data: { lastSyncAt: lastSyncAt?.toISOString() ?? null, counts: rest },
    cache: cacheStatus,
  };
}
